//! The learner's tutor in the terminal: the event loop, keys turned into actions, the screens, and
//! the widgets that draw simulated phones. Only this module knows a terminal exists.
//!
//! The loop draws only when something changed, then blocks on the next event (no CPU while
//! waiting); the only wake-up without a key is the inactivity timeout on a shared computer.

pub mod action;
pub mod app;
pub mod crash;
pub mod draw;
pub mod profiles;
pub mod text;
pub mod theme;
pub mod transcript;
pub mod views;
pub mod widgets;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;

use app::App;

/// What wakes the tutor: a key or a resize from the terminal, or a saved pack (preview).
enum Wake {
    Terminal(Event),
    TerminalGone,
    Saved,
}

/// Runs the tutor in the terminal until the learner quits. ratatui's `init` sets up the screen
/// and a panic hook that restores it; `restore` runs on every way out.
pub fn run(app: App, crash_reports: std::path::PathBuf) -> std::io::Result<()> {
    run_watching(app, crash_reports, None)
}

/// Runs the tutor, reloading the previewed pack each time `watch` is saved. When watching is
/// not possible here, the tutor says so and offers the reload key instead.
pub fn run_watching(
    mut app: App,
    crash_reports: std::path::PathBuf,
    watch: Option<std::path::PathBuf>,
) -> std::io::Result<()> {
    let (tx, rx) = mpsc::channel();
    let _watch = match &watch {
        Some(file) => {
            match crate::author::watch::start(
                file,
                crate::author::watch::forward(tx.clone(), || Wake::Saved),
            ) {
                Ok(w) => Some(w),
                Err(why) => {
                    app.no_watching(&why);
                    None
                }
            }
        }
        None => None,
    };
    let mut terminal = ratatui::init();
    crash::install(crash_reports);
    // Keys are read on their own thread, so one channel carries keys and saves alike and the
    // loop sleeps until either comes (no polling, no CPU while waiting).
    std::thread::spawn(move || {
        loop {
            match event::read() {
                Ok(e) => {
                    if tx.send(Wake::Terminal(e)).is_err() {
                        break;
                    }
                }
                Err(_) => {
                    let _ = tx.send(Wake::TerminalGone);
                    break;
                }
            }
        }
    });
    let result = event_loop(&mut terminal, &mut app, &rx);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &mpsc::Receiver<Wake>,
) -> std::io::Result<()> {
    let mut dirty = true;
    let mut backlog = std::collections::VecDeque::new();
    while !app.quit {
        if dirty {
            terminal.draw(|frame| {
                let area = frame.area();
                if let Some(pos) = draw::app(app, area, frame.buffer_mut()) {
                    frame.set_cursor_position(pos);
                }
            })?;
            dirty = false;
        }
        // Sleep until a key, a save, or the idle timeout (never a busy loop).
        let wake = if let Some(w) = backlog.pop_front() {
            w
        } else {
            match app.idle_deadline(Instant::now()) {
                Some(wait) => match rx.recv_timeout(wait) {
                    Ok(w) => w,
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        dirty |= app.tick(Instant::now());
                        continue;
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => Wake::TerminalGone,
                },
                None => rx.recv().unwrap_or(Wake::TerminalGone),
            }
        };
        match wake {
            Wake::Terminal(Event::Key(key)) => {
                if let Some(action) = action::for_key(key, app.key_mode()) {
                    app.handle(action, Instant::now());
                    dirty = true;
                }
            }
            Wake::Terminal(Event::Resize(_, _)) => dirty = true,
            Wake::Terminal(_) => {}
            Wake::Saved => {
                // Editors often write a file in several steps: take them all as one save.
                std::thread::sleep(Duration::from_millis(30));
                while let Ok(w) = rx.try_recv() {
                    if !matches!(w, Wake::Saved) {
                        backlog.push_back(w);
                    }
                }
                app.reload_preview();
                dirty = true;
            }
            Wake::TerminalGone => {
                app.handle(action::Action::Quit, Instant::now());
            }
        }
    }
    Ok(())
}
