//! No answer is given by accident: on a question nothing is chosen until the learner points at
//! an answer, so Enter alone says "Choose an answer first" and changes nothing, in a lesson and
//! in a test. (Pressing Enter eight times used to finish a test, unread.)

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::time::Instant;

use digitutor::pack::Do;
use digitutor::tui::action::Action;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use digitutor::tui::views::{PlayerView, View};

fn app() -> digitutor::tui::app::App {
    common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        3,
    )
}

#[test]
fn enter_on_a_test_question_answers_nothing_until_an_answer_is_chosen() {
    let mut app = app();
    app.start_as_guest();
    let now = Instant::now();
    app.handle(Action::Number(1), now);
    app.handle(Action::Number(2), now); // the topic's test
    assert!(matches!(app.view, View::Quiz(_)));
    for _ in 0..8 {
        app.handle(Action::Select, now);
    }
    let View::Quiz(q) = &app.view else {
        panic!("the test was left")
    };
    assert!(!q.quiz.is_finished(), "eight Enters answered nothing");
    let shown = common::flat(&transcript::frame(&app, 80, 24));
    assert!(shown.contains("Choose an answer first"), "{shown}");
    assert!(!shown.contains(">1."), "nothing is pre-selected: {shown}");
    // Pointing with an arrow chooses the first answer; Enter then answers it.
    app.handle(Action::Down, now);
    let shown = common::flat(&transcript::frame(&app, 80, 24));
    assert!(!shown.contains("Choose an answer first"), "{shown}");
    app.handle(Action::Select, now);
    let View::Quiz(q) = &app.view else {
        panic!("a two-question test ended after one answer")
    };
    assert!(q.quiz.question().is_some());
}

#[test]
fn enter_on_a_lesson_question_records_no_mistake() {
    let mut app = app();
    app.start_as_guest();
    let player = PlayerView::resume(&mut app.ctx, 0, 0, "check-address", 5);
    app.view = View::Player(Box::new(player));
    let now = Instant::now();
    for _ in 0..3 {
        app.handle(Action::Select, now);
    }
    let View::Player(p) = &app.view else {
        panic!("left the lesson")
    };
    assert_eq!(p.player.step().map(|s| s.action), Some(Do::Choose));
    assert_eq!(p.player.result().mistakes(), 0, "no answer was given");
    let shown = common::flat(&transcript::frame(&app, 80, 24));
    assert!(shown.contains("Choose an answer first"), "{shown}");
    // Up from nothing points at the last answer.
    app.handle(Action::Up, now);
    let View::Player(p) = &app.view else {
        panic!("left the lesson")
    };
    assert_eq!(p.selected, p.player.shown_options().len() - 1);
}
