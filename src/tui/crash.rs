//! If digitutor ever crashes: the terminal is put back as it was (ratatui's own panic hook does
//! that first), a report is written to the data folder's `crash-reports/`, and the person at the
//! keyboard is told in plain words where it is. The report holds what went wrong and where in
//! the code, never anything a learner typed.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Installs the crash-report hook on top of the hook already installed (ratatui's, which
/// restores the terminal). Call after `ratatui::init`.
pub fn install(reports: PathBuf) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown problem".into());
        let place = info.location().map_or_else(
            || "an unknown place".into(),
            |l| format!("{}:{}", l.file(), l.line()),
        );
        let report = write_report(&reports, &what, &place);
        eprintln!("\n{}", told(report.as_deref().ok(), &what, &place));
    }));
}

/// What the person at the keyboard is told, in the language on screen when it happened: where
/// the report is, or (when none could be written) what went wrong and where.
fn told(report: Option<&Path>, what: &str, place: &str) -> String {
    match report {
        Some(file) => super::text::tf("crash.told", &[("file", &file.display())]),
        None => super::text::tf(
            "crash.told-no-report",
            &[("what", &what), ("place", &place)],
        ),
    }
}

/// Writes one report file and returns its path.
pub fn write_report(dir: &Path, what: &str, place: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let now = crate::progress::store::now_secs();
    let file = dir.join(format!("crash-{now}-{}.txt", std::process::id()));
    let mut f = std::fs::File::create(&file)?;
    writeln!(f, "digitutor {} crash report", env!("CARGO_PKG_VERSION"))?;
    writeln!(f, "time (seconds since 1970, UTC): {now}")?;
    writeln!(f, "what went wrong: {what}")?;
    writeln!(f, "where in the code: {place}")?;
    writeln!(
        f,
        "backtrace:\n{}",
        std::backtrace::Backtrace::force_capture()
    )?;
    f.sync_all()?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_is_told_in_the_language_on_screen() {
        use crate::language::Language;
        super::super::text::set_language(Language::Vi);
        let text = told(Some(Path::new("/data/crash-1.txt")), "x", "y");
        assert!(
            text.contains("Xin lỗi bác") && text.contains("/data/crash-1.txt"),
            "{text}"
        );
        super::super::text::set_language(Language::Ko);
        let text = told(None, "index out of range", "src/x.rs:3");
        assert!(
            text.contains("죄송해요") && text.contains("src/x.rs:3"),
            "{text}"
        );
        super::super::text::set_language(Language::En);
    }

    #[test]
    fn a_report_names_what_and_where() {
        let dir = tempfile::tempdir().unwrap();
        let file = write_report(dir.path(), "index out of range", "src/x.rs:3").unwrap();
        let text = std::fs::read_to_string(file).unwrap();
        assert!(text.contains("index out of range"));
        assert!(text.contains("src/x.rs:3"));
    }
}
