//! Opening a lesson left half-way never restarts it silently: the learner is asked whether to
//! continue at the saved step or start again, and Esc keeps the saved place untouched.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::time::Instant;

use digitutor::progress::{DataDirs, Memory, Store};
use digitutor::tui::action::Action;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use digitutor::tui::views::View;

fn step_shown(app: &digitutor::tui::app::App) -> String {
    match &app.view {
        View::Player(p) => p.player.step().unwrap().id.clone(),
        other => panic!("not in a lesson: {other:?}"),
    }
}

#[test]
fn a_started_lesson_asks_to_continue_or_start_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let lan = store.create("Lan", 1).unwrap();
    let mut memory = Memory::from_progress(lan);
    memory.at_step("all-kinds", "tour", "check-address", 5);
    store.save(&mut memory).unwrap();
    for (choice, expected) in [(1u8, "check-address"), (2, "welcome")] {
        let mut app = common::tutor(
            common::fixture("valid"),
            Profiles::on_disk(store.clone()),
            ThemeName::Default,
            2,
        );
        let now = Instant::now();
        // Lan, the topic, its first lesson (the one left half-way).
        app.handle(Action::Number(3), now);
        app.handle(Action::Number(2), now);
        app.handle(Action::Number(1), now);
        let shown = common::flat(&transcript::frame(&app, 80, 24));
        assert!(shown.contains("Where would you like to begin?"), "{shown}");
        assert!(
            shown.contains("Continue where you stopped (step 4 of 10)"),
            "{shown}"
        );
        assert!(shown.contains("Start the lesson again"), "{shown}");
        // Esc goes back to the list; the saved place is untouched.
        app.handle(Action::Back, now);
        assert!(matches!(app.view, View::Topic(_)));
        let id = store.find("Lan").unwrap().id;
        let place = store
            .read(&id)
            .unwrap()
            .memory
            .last_place()
            .cloned()
            .unwrap();
        assert_eq!(place.step, "check-address");
        app.handle(Action::Number(1), now);
        app.handle(Action::Number(choice), now);
        assert_eq!(step_shown(&app), expected);
    }
}
