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

use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;

use app::App;

/// Runs the tutor in the terminal until the learner quits. ratatui's `init` sets up the screen
/// and a panic hook that restores it; `restore` runs on every way out.
pub fn run(mut app: App, crash_reports: std::path::PathBuf) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    crash::install(crash_reports);
    let result = event_loop(&mut terminal, &mut app);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    let mut dirty = true;
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
        // Block until a key, or until the idle timeout is due (never a busy loop).
        let wait = app
            .idle_deadline(Instant::now())
            .unwrap_or(Duration::from_secs(3600));
        if !event::poll(wait)? {
            dirty |= app.tick(Instant::now());
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                if let Some(action) = action::for_key(key, app.key_mode()) {
                    app.handle(action, Instant::now());
                    dirty = true;
                }
            }
            Event::Resize(_, _) => dirty = true,
            _ => {}
        }
    }
    Ok(())
}
