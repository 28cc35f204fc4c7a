//! The screen says "saved" only when the progress is on disk. The real event loop runs here on
//! ratatui's `TestBackend` with scripted keys; the learner's folder is taken away under it (a
//! file put in its place, so no save can write there), then given back.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::app::App;
use digitutor::tui::effect::Exit;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::views::{PlayerView, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    common::flat(&text)
}

struct Class {
    _dir: tempfile::TempDir,
    store: Store,
    app: App,
    terminal: Terminal<TestBackend>,
}

/// Lan is signed in and in the middle of the first lesson.
fn lan_in_a_lesson() -> Class {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Lan", 1).unwrap();
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store.clone()),
        ThemeName::Default,
        4,
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    // The script ends on a key that changes nothing; the loop then sees the terminal gone.
    let exit = digitutor::tui::run_script(&mut terminal, &mut app, vec![key(KeyCode::Char('3'))]);
    assert_eq!(exit.unwrap(), Exit::Clean);
    app.quit = false;
    let player = PlayerView::resume(&mut app.ctx, 0, 0, "check-address", 9);
    app.view = View::Player(Box::new(player));
    Class {
        _dir: dir,
        store,
        app,
        terminal,
    }
}

impl Class {
    /// Lan's folder (found by the id in the progress, which stays put when the folder moves).
    fn folder(&self) -> std::path::PathBuf {
        let id = match &self.app.ctx.who {
            digitutor::tui::app::Learner::Profile { id, .. } => id.clone(),
            other => panic!("nobody signed in: {other:?}"),
        };
        self.store.dirs().profile(&id)
    }

    /// The learner's folder is replaced by a file: nothing can be saved there.
    fn take_the_folder_away(&self) {
        let folder = self.folder();
        std::fs::rename(&folder, folder.with_extension("away")).unwrap();
        std::fs::write(&folder, "not a folder").unwrap();
    }

    fn give_the_folder_back(&self) {
        let folder = self.folder();
        std::fs::remove_file(&folder).unwrap();
        std::fs::rename(folder.with_extension("away"), &folder).unwrap();
    }

    fn keys(&mut self, events: Vec<Event>) -> Exit {
        self.app.quit = false;
        digitutor::tui::run_script(&mut self.terminal, &mut self.app, events).unwrap()
    }
}

#[test]
fn a_failed_save_is_told_plainly_retried_and_closing_asks_first() {
    let mut class = lan_in_a_lesson();
    class.take_the_folder_away();
    // A wrong answer is kept, and saving it fails: the screen says so, in plain words.
    class.keys(vec![
        key(KeyCode::Char('2')),
        key(KeyCode::Char('q')),
        key(KeyCode::Down),
    ]);
    let shown = screen(&class.terminal);
    assert!(shown.contains("NOT SAVED YET"), "{shown}");
    assert!(shown.contains("could not be saved just now"), "{shown}");
    // Q asked first, with the steps not saved; the last frame shows the question.
    assert!(
        shown.contains("Close digitutor?"),
        "closing asked first: {shown}"
    );
    assert!(shown.contains("Try saving again"), "{shown}");
    assert!(shown.contains("Close anyway"), "{shown}");
    // Then the script ran out (the window was closed): nobody could answer, so it closed, and
    // the tutor says it ended unsaved.
    assert!(
        matches!(class.app.exit, Exit::Unsaved { ref learner, .. } if learner == "Lan"),
        "{:?}",
        class.app.exit
    );

    // The folder comes back: the next key saves, and says so.
    class.app.closing = None;
    class.give_the_folder_back();
    class.keys(vec![key(KeyCode::Right)]);
    let shown = screen(&class.terminal);
    assert!(shown.contains("your progress is saved now"), "{shown}");
    assert!(!shown.contains("NOT SAVED YET"), "{shown}");
}

#[test]
fn closing_with_unsaved_steps_can_try_again_or_close_anyway() {
    let mut class = lan_in_a_lesson();
    class.take_the_folder_away();
    class.keys(vec![key(KeyCode::Char('2'))]);
    class.app.quit = false;
    class.app.exit = Exit::Clean;
    let now = std::time::Instant::now();
    class.app.handle(digitutor::tui::action::Action::Quit, now);
    assert_eq!(class.app.closing, Some(0), "Q asks first");
    assert!(!class.app.quit);
    // 1 tries to save again, and stays while it fails.
    class
        .app
        .handle(digitutor::tui::action::Action::Number(1), now);
    assert!(!class.app.quit && class.app.closing.is_some());
    // Esc goes back to learning.
    class.app.handle(digitutor::tui::action::Action::Back, now);
    assert_eq!(class.app.closing, None);
    class.app.handle(digitutor::tui::action::Action::Quit, now);
    // 2 closes anyway, and the tutor says it ended unsaved (the command exits with status 1).
    class.app.handle(
        digitutor::tui::action::Action::Number(2),
        std::time::Instant::now(),
    );
    assert!(class.app.quit);
    assert!(matches!(class.app.exit, Exit::Unsaved { .. }));
}

#[test]
fn a_finished_lesson_says_saved_only_when_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Lan", 1).unwrap();
    for works in [true, false] {
        let mut app = common::tutor(
            common::fixture("valid"),
            Profiles::on_disk(store.clone()),
            ThemeName::Default,
            4,
        );
        app.handle(
            digitutor::tui::action::Action::Number(3),
            std::time::Instant::now(),
        );
        let last = app.ctx.packs[0].lessons[0].steps.last().unwrap().id.clone();
        let player = PlayerView::resume(&mut app.ctx, 0, 0, &last, 9);
        app.view = View::Player(Box::new(player));
        let folder = store.dirs().profile(&store.find("Lan").unwrap().id);
        if !works {
            std::fs::rename(&folder, folder.with_extension("away")).unwrap();
            std::fs::write(&folder, "x").unwrap();
        }
        for _ in 0..12 {
            if matches!(app.view, View::Finished(_)) {
                break;
            }
            app.handle(
                digitutor::tui::action::Action::Select,
                std::time::Instant::now(),
            );
        }
        assert!(
            matches!(app.view, View::Finished(_)),
            "the last step was continue"
        );
        let shown = common::flat(&digitutor::tui::transcript::frame(&app, 80, 24));
        if works {
            assert!(shown.contains("Your progress is saved."), "{shown}");
        } else {
            assert!(shown.contains("Your progress is not saved yet"), "{shown}");
            assert!(!shown.contains("Your progress is saved."), "{shown}");
            std::fs::remove_file(&folder).unwrap();
            std::fs::rename(folder.with_extension("away"), &folder).unwrap();
        }
    }
}

#[test]
fn q_asks_before_closing_with_keep_learning_ready() {
    let mut class = lan_in_a_lesson();
    class.keys(vec![
        key(KeyCode::Char('q')),
        key(KeyCode::Enter),
        key(KeyCode::Char('q')),
    ]);
    let shown = screen(&class.terminal);
    assert!(shown.contains("Close digitutor?"), "{shown}");
    assert!(shown.contains("Your progress is saved."), "{shown}");
    assert!(shown.contains("> 1. No, keep learning"), "{shown}");
    assert!(shown.contains("Yes, close digitutor"), "{shown}");
    // Enter on the first Q kept learning (the lesson is still there), the second Q asked again.
    assert!(matches!(class.app.view, View::Player(_)));
    let now = std::time::Instant::now();
    class.app.quit = false;
    class
        .app
        .handle(digitutor::tui::action::Action::Select, now);
    assert!(
        !class.app.quit && class.app.closing.is_none(),
        "Enter keeps learning"
    );
    class.app.handle(digitutor::tui::action::Action::Quit, now);
    class
        .app
        .handle(digitutor::tui::action::Action::Number(2), now);
    assert!(class.app.quit);
    assert_eq!(class.app.exit, Exit::Clean);
}

#[test]
fn a_window_too_small_ignores_every_key_but_q_and_says_how_to_grow() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store),
        ThemeName::Default,
        4,
    );
    let mut terminal = Terminal::new(TestBackend::new(60, 20)).unwrap();
    let mut events = vec![
        key(KeyCode::Char('2')),
        key(KeyCode::Enter),
        key(KeyCode::Down),
    ];
    events.push(key(KeyCode::Char('1')));
    digitutor::tui::run_script(&mut terminal, &mut app, events).unwrap();
    let shown = screen(&terminal);
    assert!(shown.contains("Please make this window bigger."), "{shown}");
    assert!(
        shown.contains("hold Ctrl and press the minus key"),
        "{shown}"
    );
    assert!(
        matches!(app.view, View::Who(_)),
        "no key acted: {:?}",
        app.view
    );
    // Q closes, even here (nothing was asked, since nothing could be shown).
    app.quit = false;
    app.handle(
        digitutor::tui::action::Action::Quit,
        std::time::Instant::now(),
    );
    assert!(app.quit);
}
