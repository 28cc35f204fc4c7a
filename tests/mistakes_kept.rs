//! A wrong answer is kept the moment it is given: a learner who leaves a lesson half-way still
//! shows up in the class report's hardest steps. (That finishing later counts it once is
//! tested on the progress model.)

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use digitutor::pack::Do;
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::views::{PlayerView, View};

/// The number of a wrong option as shown on the current step.
fn a_wrong_option(app: &digitutor::tui::app::App) -> u8 {
    let View::Player(p) = &app.view else {
        panic!("not in a lesson")
    };
    assert_eq!(p.player.step().map(|s| s.action), Some(Do::Choose));
    let wrong = p
        .player
        .shown_options()
        .iter()
        .position(|o| !o.correct)
        .unwrap();
    wrong as u8 + 1
}

fn mistakes_on_disk(store: &Store, step: &str) -> u32 {
    let id = store.find("Lan").unwrap().id;
    let progress = store.read(&id).unwrap().memory.progress().clone();
    progress
        .lessons
        .values()
        .flat_map(|lessons| lessons.values())
        .filter_map(|l| l.steps.get(step))
        .map(|s| s.mistakes)
        .sum()
}

#[test]
fn a_mistake_in_a_lesson_left_half_way_is_saved_at_once_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Lan", 1).unwrap();
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store.clone()),
        ThemeName::Default,
        5,
    );
    let mut now = Instant::now();
    // Lan signs in and continues the first lesson at a step that asks to choose.
    now += Duration::from_secs(1);
    app.handle(Action::Number(3), now);
    let step = "check-address".to_string();
    let player = PlayerView::resume(&mut app.ctx, 0, 0, &step, 9);
    app.view = View::Player(Box::new(player));
    let wrong = a_wrong_option(&app);
    now += Duration::from_secs(1);
    app.handle(Action::Number(wrong), now);
    // Saved at once: even a power cut now would keep it.
    assert_eq!(mistakes_on_disk(&store, &step), 1);
    // Lan leaves the lesson, and the tutor.
    now += Duration::from_secs(1);
    app.handle(Action::Back, now);
    app.sign_out();
    assert_eq!(mistakes_on_disk(&store, &step), 1);

    // The class report names the step, though the lesson was never finished.
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", dir.path())
        .args(["report", "--hardest", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.contains(&step), "{csv}");
}
