//! A test left half-way keeps its answers. Each answer is saved as it is given; when the
//! learner goes away and the tutor signs them out, opening the test again continues with the
//! same questions at the next one, and the result counts every answer, before and after.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use digitutor::tui::views::View;

fn screen(app: &App) -> String {
    common::flat(&transcript::frame(app, 80, 24))
}

/// The number key of the right (or a wrong) answer to the question showing.
fn key_for(app: &App, right: bool) -> Action {
    let View::Quiz(q) = &app.view else {
        panic!("not in a test: {}", screen(app));
    };
    let n = q
        .quiz
        .shown_options()
        .iter()
        .position(|o| o.correct == right)
        .unwrap();
    Action::Number(n as u8 + 1)
}

#[test]
fn answers_given_before_going_away_are_kept_and_the_test_continues() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Lan", 1).unwrap();
    let packs = digitutor::pack::Library::builtin()
        .packs()
        .cloned()
        .collect();
    let mut app = common::tutor(
        packs,
        Profiles::on_disk(store.clone()),
        ThemeName::Default,
        5,
    );
    let mut now = Instant::now();
    // Lan, the topic, its test.
    app.handle(Action::Number(3), now);
    app.handle(Action::Number(1), now);
    app.handle(Action::End, now);
    app.handle(Action::Select, now);
    assert!(screen(&app).contains("Question 1 of"), "{}", screen(&app));
    let asked: Vec<String> = match &app.view {
        View::Quiz(q) => q.quiz.questions().iter().map(|q| q.id.clone()).collect(),
        _ => unreachable!(),
    };
    // Two right answers, one wrong.
    for right in [true, true, false] {
        let key = key_for(&app, right);
        app.handle(key, now);
    }
    // On disk at once.
    let id = match &app.ctx.who {
        digitutor::tui::app::Learner::Profile { id, .. } => id.clone(),
        _ => unreachable!(),
    };
    let text = std::fs::read_to_string(store.dirs().profile(&id).join("progress.json")).unwrap();
    assert!(text.contains("test_underway"), "{text}");

    // Lan goes away; the tutor signs her out.
    now += Duration::from_secs(3600);
    assert!(app.tick(now));
    assert!(screen(&app).contains("Who is learning today?"));

    // Back again: the same test, at question 4, with the answers kept.
    app.handle(Action::Number(3), now);
    app.handle(Action::Number(1), now);
    app.handle(Action::End, now);
    app.handle(Action::Select, now);
    let shown = screen(&app);
    assert!(shown.contains("Question 4 of"), "{shown}");
    assert!(shown.contains("Your 3 answers so far are kept"), "{shown}");
    match &app.view {
        View::Quiz(q) => {
            let again: Vec<String> = q.quiz.questions().iter().map(|q| q.id.clone()).collect();
            assert_eq!(again, asked, "the same questions, in the same order");
        }
        _ => unreachable!(),
    }
    // The rest right: the result counts all of them (one wrong before going away).
    while matches!(app.view, View::Quiz(_)) {
        let key = key_for(&app, true);
        app.handle(key, now);
    }
    let total = asked.len();
    let shown = screen(&app);
    assert!(
        shown.contains(&format!("You answered {} of {total} right", total - 1)),
        "{shown}"
    );
    // Finished: nothing left to continue.
    let text = std::fs::read_to_string(store.dirs().profile(&id).join("progress.json")).unwrap();
    assert!(!text.contains("test_underway"), "{text}");
}
