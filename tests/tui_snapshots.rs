//! Snapshots of every screen of the tutor, and of the lesson player on every kind of simulated
//! screen, at 80x24 and 120x40, in the no-colour theme (so the text shows everything). A change
//! to any screen shows up as a reviewable diff (`cargo insta review`).

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Instant;

use digitutor::engine::Input;
use digitutor::engine::lesson::right_inputs;
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use digitutor::tui::views::View;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app() -> App {
    common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::NoColor,
        7,
    )
}

fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.handle(*a, Instant::now());
    }
}

fn snap(app: &App, name: &str) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), transcript::frame(app, w, h));
    }
}

/// The keys that answer the current step rightly, worked out from the engine.
fn right_keys(app: &App) -> Vec<Action> {
    let View::Player(p) = &app.view else {
        return Vec::new();
    };
    let step = p.player.step().unwrap();
    match right_inputs(step).into_iter().next().unwrap() {
        Input::Choose(id) => {
            let n = p
                .player
                .shown_options()
                .iter()
                .position(|o| o.id == id)
                .unwrap();
            vec![Action::Number(n as u8 + 1)]
        }
        Input::Tap(id) => {
            let len = step.screen.elements.len();
            let n = step
                .screen
                .elements
                .iter()
                .position(|e| e.id == id)
                .unwrap();
            // Nothing has the focus at first: the first Right goes to the first element.
            let rights = if p.selected >= len {
                n + 1
            } else {
                (n + len - p.selected) % len
            };
            let mut keys = vec![Action::Right; rights];
            keys.push(Action::Select);
            keys
        }
        Input::Type(text) => {
            let mut keys: Vec<Action> = text.chars().map(Action::Char).collect();
            keys.push(Action::Select);
            keys
        }
        Input::Scan => vec![Action::Scan],
        _ => vec![Action::Select],
    }
}

#[test]
fn the_way_in_who_new_name_home_topic_and_help() {
    let mut app = app();
    snap(&app, "who");
    press(&mut app, &[Action::Number(1)]);
    snap(&app, "new_name");
    for c in "Oyunaa".chars() {
        press(&mut app, &[Action::Char(c)]);
    }
    press(&mut app, &[Action::Select]);
    snap(&app, "home");
    press(&mut app, &[Action::Number(1)]);
    snap(&app, "topic");
    press(&mut app, &[Action::Help]);
    snap(&app, "help");
    press(&mut app, &[Action::Back]);
    for (w, h) in [(79, 24), (40, 10)] {
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), transcript::frame(&app, w, h));
    }
}

#[test]
fn the_player_on_every_kind_of_screen_then_the_step_card() {
    let mut app = app();
    app.start_as_guest();
    press(&mut app, &[Action::Number(1), Action::Number(1)]);
    let mut n = 0;
    while let View::Player(p) = &app.view {
        n += 1;
        let step_id = p.player.step().unwrap().id.clone();
        let other = p
            .player
            .shown_options()
            .iter()
            .position(|o| o.id == "other");
        let name = format!("player_{n:02}_{step_id}");
        snap(&app, &name);
        if step_id == "pay" {
            // The unsafe choice first: what would happen, shown safely.
            let other = other.unwrap();
            press(&mut app, &[Action::Number(other as u8 + 1)]);
            snap(&app, "player_consequence");
            press(&mut app, &[Action::Select]);
            snap(&app, "player_feedback_after_consequence");
        }
        if step_id == "open-camera" {
            press(
                &mut app,
                &[Action::Right, Action::Right, Action::Select, Action::Hint],
            );
            snap(&app, "player_wrong_tap_and_hint");
        }
        let keys = right_keys(&app);
        press(&mut app, &keys);
        if step_is_answer(&app) {
            snap(&app, &format!("{name}_right"));
            press(&mut app, &[Action::Select]);
        }
        assert!(n < 20, "the lesson ends");
    }
    snap(&app, "finished");
}

fn step_is_answer(app: &App) -> bool {
    matches!(&app.view, View::Player(p) if matches!(p.player.phase(), digitutor::engine::Phase::Right { .. }))
}

#[test]
fn the_test_and_its_review() {
    let mut app = app();
    app.start_as_guest();
    press(&mut app, &[Action::Number(1), Action::Number(2)]);
    snap(&app, "quiz");
    // Answer every question with its first shown option, right or not.
    for _ in 0..4 {
        if !matches!(app.view, View::Quiz(_)) {
            break;
        }
        press(&mut app, &[Action::Number(1)]);
    }
    snap(&app, "quiz_done");
}

#[test]
fn the_trainers_screens() {
    let mut app = app();
    press(&mut app, &[Action::Number(3)]);
    snap(&app, "trainer_locked_no_pin");
    app.start_demo(Some(0), Some(0));
    press(&mut app, &[Action::Select, Action::ShowWrong]);
    snap(&app, "demo_wrong_answer");
}
