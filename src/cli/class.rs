//! `digitutor class [--watch]`: the learners at work now on every computer that shares this
//! data folder, one line each, those who asked for help first and those on one step for a long
//! time marked. With `--watch` it is drawn again as the status files change (Syncthing brings
//! other computers' files in), and every half minute so the minutes stay right.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use super::out::outln;
use crate::progress::DataDirs;
use crate::progress::class::{CLASS_DIR, read_all};
use crate::progress::store::now_secs;
use crate::tui::class::{describe, sign};
use crate::tui::text::t;

/// The class now, as lines of text.
pub fn text(data: &std::path::Path) -> String {
    let now = now_secs();
    let all = read_all(data, now);
    let mut out = String::new();
    out.push_str(t("class.title"));
    out.push('\n');
    if all.is_empty() {
        out.push_str(t("class.nobody"));
        out.push('\n');
    }
    for status in &all {
        let (mark, line) = describe(status, now);
        out.push_str(&format!("{} {line}\n", sign(mark)));
    }
    out
}

/// Prints the class once, or keeps it on screen with `watch`.
pub fn run(dirs: &DataDirs, watch: bool) -> anyhow::Result<ExitCode> {
    if !watch {
        outln!("{}", text(&dirs.data).trim_end());
        return Ok(ExitCode::SUCCESS);
    }
    let folder = dirs.data.join(CLASS_DIR);
    crate::safe_fs::create_dir(&folder)?;
    let (tx, rx) = std::sync::mpsc::channel();
    let _watch = crate::author::watch::folder(&folder, move || {
        let _ = tx.send(());
    })
    .map_err(anyhow::Error::msg)?;
    let screen = std::io::stdout().is_terminal();
    loop {
        let mut out = std::io::stdout().lock();
        if screen {
            crossterm::execute!(
                out,
                crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
                crossterm::cursor::MoveTo(0, 0)
            )?;
        }
        writeln!(out, "{}", text(&dirs.data))?;
        writeln!(out, "{}", t("class.watching"))?;
        out.flush()?;
        drop(out);
        // A change, or half a minute for the minutes: then the files settle a moment.
        match rx.recv_timeout(Duration::from_secs(30)) {
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            _ => {
                std::thread::sleep(Duration::from_millis(150));
                while rx.try_recv().is_ok() {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
