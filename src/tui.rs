//! The learner's tutor in the terminal: the event loop, keys turned into actions, the screens, and
//! the widgets that draw simulated phones. Only this module knows a terminal exists.
//!
//! The loop draws only when something changed, then blocks on the next event (no CPU while
//! waiting); the only wake-up without a key is the inactivity timeout on a shared computer.

pub mod action;
pub mod app;
pub mod class;
pub mod clicks;
pub mod crash;
pub mod draw;
pub mod effect;
pub mod plain;
pub mod profiles;
pub mod scroll;
pub mod speech;
pub mod spoken;
pub mod text;
pub mod theme;
pub mod transcript;
pub mod views;
pub mod widgets;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::Terminal;
use ratatui::backend::Backend;

use app::App;
use effect::Exit;

/// What wakes the tutor: a key or a resize from the terminal, or a saved pack (preview).
enum Wake {
    Terminal(Event),
    TerminalGone,
    Saved,
}

/// Where wake-ups come from: the terminal alone (read on this thread), a channel that carries
/// keys and saves alike (preview with `--watch`), or a script of events (tests). Either way the
/// loop sleeps until something comes: no polling, no CPU while waiting.
enum Source {
    Terminal,
    Channel(mpsc::Receiver<Wake>),
    Script(std::collections::VecDeque<Event>),
}

impl Source {
    /// The next wake-up; `None` when `timeout` passed first.
    fn next(&mut self, timeout: Option<Duration>) -> Option<Wake> {
        match self {
            Source::Terminal => {
                if let Some(t) = timeout {
                    match event::poll(t) {
                        Ok(false) => return None,
                        Ok(true) => {}
                        Err(_) => return Some(Wake::TerminalGone),
                    }
                }
                Some(event::read().map_or(Wake::TerminalGone, Wake::Terminal))
            }
            Source::Channel(rx) => match timeout {
                Some(t) => match rx.recv_timeout(t) {
                    Ok(w) => Some(w),
                    Err(mpsc::RecvTimeoutError::Timeout) => None,
                    Err(mpsc::RecvTimeoutError::Disconnected) => Some(Wake::TerminalGone),
                },
                None => Some(rx.recv().unwrap_or(Wake::TerminalGone)),
            },
            // A script never waits: when it runs out, the terminal is gone.
            Source::Script(events) => Some(
                events
                    .pop_front()
                    .map_or(Wake::TerminalGone, Wake::Terminal),
            ),
        }
    }

    /// Saves that came just after this one (editors often write in several steps); anything
    /// else that came meanwhile is kept for later.
    fn settle(&mut self, backlog: &mut std::collections::VecDeque<Wake>) {
        if let Source::Channel(rx) = self {
            std::thread::sleep(Duration::from_millis(30));
            while let Ok(w) = rx.try_recv() {
                if !matches!(w, Wake::Saved) {
                    backlog.push_back(w);
                }
            }
        }
    }
}

/// Runs the tutor in the terminal until the learner quits, and says how it ended. ratatui's
/// `init` sets up the screen and a panic hook that restores it; `restore` runs on every way out.
pub fn run(app: App, crash_reports: std::path::PathBuf) -> std::io::Result<Exit> {
    run_watching(app, crash_reports, None)
}

/// Runs the real loop on any backend with a script of terminal events (keys, resizes), as a
/// test would: draw, next event, handle, perform. When the script runs out the terminal counts
/// as gone, so the tutor saves and closes. Returns how it ended.
pub fn run_script<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: Vec<Event>,
) -> Result<Exit, B::Error> {
    let mut source = Source::Script(events.into());
    event_loop(terminal, app, &mut source)?;
    Ok(app.exit.clone())
}

/// Runs the tutor, reloading the previewed pack each time `watch` is saved. When watching is
/// not possible here, the tutor says so and offers the reload key instead.
pub fn run_watching(
    mut app: App,
    crash_reports: std::path::PathBuf,
    watch: Option<std::path::PathBuf>,
) -> std::io::Result<Exit> {
    let mut watching = None;
    let mut source = Source::Terminal;
    if let Some(file) = &watch {
        let (tx, rx) = mpsc::channel();
        match crate::author::watch::start(
            file,
            crate::author::watch::forward(tx.clone(), || Wake::Saved),
        ) {
            Ok(w) => {
                watching = Some(w);
                // Keys are read on their own thread so one channel carries keys and saves.
                std::thread::spawn(move || {
                    loop {
                        let wake = event::read().map_or(Wake::TerminalGone, Wake::Terminal);
                        let gone = matches!(wake, Wake::TerminalGone);
                        if tx.send(wake).is_err() || gone {
                            break;
                        }
                    }
                });
                source = Source::Channel(rx);
            }
            Err(why) => app.no_watching(&why),
        }
    }
    let mut terminal = ratatui::init();
    // Clicks and the wheel work like the keys. (Most terminals still select text with Shift.)
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableMouseCapture);
    crash::install(crash_reports);
    let result = event_loop(&mut terminal, &mut app, &mut source);
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
    ratatui::restore();
    drop(watching);
    result.map(|()| app.exit.clone())
}

fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    source: &mut Source,
) -> Result<(), B::Error> {
    let mut dirty = true;
    let mut backlog = std::collections::VecDeque::new();
    while !app.quit {
        if dirty {
            terminal.draw(|frame| {
                let area = frame.area();
                app.resized(area.width, area.height);
                if let Some(pos) = draw::app(app, area, frame.buffer_mut()) {
                    frame.set_cursor_position(pos);
                }
            })?;
            // What the frame showed where, for the mouse.
            app.places = clicks::take();
            dirty = false;
        }
        // Sleep until a key, a save, or the idle timeout (never a busy loop).
        let wake = match backlog.pop_front() {
            Some(w) => w,
            None => match source.next(app.idle_deadline(Instant::now())) {
                Some(w) => w,
                None => {
                    dirty |= app.tick(Instant::now());
                    continue;
                }
            },
        };
        match wake {
            Wake::Terminal(Event::Key(key)) => {
                if let Some(action) = action::for_key(key, app.key_mode()) {
                    app.handle(action, Instant::now());
                    dirty = true;
                }
            }
            Wake::Terminal(Event::Resize(_, _)) => dirty = true,
            Wake::Terminal(Event::Mouse(mouse)) => {
                use crossterm::event::{MouseButton, MouseEventKind};
                match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        app.click(mouse.column, mouse.row, Instant::now());
                        dirty = true;
                    }
                    MouseEventKind::ScrollUp => {
                        app.wheel(true, Instant::now());
                        dirty = true;
                    }
                    MouseEventKind::ScrollDown => {
                        app.wheel(false, Instant::now());
                        dirty = true;
                    }
                    _ => {}
                }
            }
            Wake::Terminal(_) => {}
            Wake::Saved => {
                source.settle(&mut backlog);
                app.reload_preview();
                dirty = true;
            }
            Wake::TerminalGone => app.terminal_gone(),
        }
    }
    Ok(())
}
