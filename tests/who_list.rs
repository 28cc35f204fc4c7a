//! "Who is learning today?" with a whole class on one computer: "I'm new here" and "Just try"
//! stay at the top, the names follow in alphabetical order, a long list scrolls with marks
//! saying how many names are out of sight, and typing the first letters of a name jumps to it,
//! whatever its accents.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::{App, Learner};
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;

fn class(names: &[&str]) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    for (i, name) in names.iter().enumerate() {
        store.create(name, i as u64 + 1).unwrap();
    }
    let app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store),
        ThemeName::Default,
        3,
    );
    (dir, app)
}

fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.handle(*a, Instant::now());
    }
}

/// The screen, with runs of spaces squeezed ("> 5. Nguyễn").
fn shown(app: &App) -> String {
    common::flat(&transcript::frame(app, 80, 24))
}

fn signed_in(app: &App) -> String {
    match &app.ctx.who {
        Learner::Profile { name, .. } => name.clone(),
        other => panic!("nobody signed in: {other:?}"),
    }
}

#[test]
fn new_and_just_try_stay_on_top_and_names_are_in_alphabetical_order() {
    let (_dir, app) = class(&["Oyunaa", "Bat-Erdene", "Ánh", "kim Young-ja"]);
    let text = shown(&app);
    let at = |what: &str| text.find(what).unwrap_or_else(|| panic!("{what}:\n{text}"));
    assert!(at("1. I'm new here") < at("2. Just try"));
    assert!(
        at("2. Just try") < at("3. Ánh"),
        "accents do not move a name:\n{text}"
    );
    assert!(at("3. Ánh") < at("4. Bat-Erdene"));
    assert!(at("4. Bat-Erdene") < at("5. kim Young-ja"), "nor does case");
    assert!(at("5. kim Young-ja") < at("6. Oyunaa"));
    assert!(at("6. Oyunaa") < at("For trainers"));
}

#[test]
fn thirty_learners_scroll_with_marks_and_every_key_reaches_the_last() {
    let names: Vec<String> = (1..=30).map(|i| format!("Learner {i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let (_dir, mut app) = class(&refs);
    let text = shown(&app);
    assert!(
        text.contains("I'm new here") && text.contains("Just try"),
        "{text}"
    );
    assert!(text.contains("more below: press ↓ or PgDn"), "{text}");
    assert!(!text.contains("more above"), "{text}");
    press(&mut app, &[Action::End]);
    let text = shown(&app);
    assert!(
        text.contains("> 34. Plain text, for a screen reader"),
        "{text}"
    );
    assert!(text.contains("33. For trainers"), "{text}");
    assert!(text.contains("more above: press ↑ or PgUp"), "{text}");
    press(&mut app, &[Action::Up, Action::Up, Action::Select]);
    assert_eq!(signed_in(&app), "Learner 30");
    app.sign_out();
    press(
        &mut app,
        &[Action::Home, Action::PageDown, Action::PageDown],
    );
    let text = shown(&app);
    assert!(text.contains("> 11. Learner 09"), "{text}");
    press(&mut app, &[Action::PageDown]);
    let text = shown(&app);
    assert!(text.contains("> 16. Learner 14"), "{text}");
    assert!(
        text.contains("more above") && text.contains("more below"),
        "{text}"
    );
}

#[test]
fn typing_letters_finds_a_name_ignoring_case_and_accents() {
    let (_dir, mut app) = class(&["Nguyễn Thị Lan", "Ngô Văn Minh", "Oyunaa", "Đặng Hoa"]);
    for c in "nguyen".chars() {
        press(&mut app, &[Action::Char(c)]);
    }
    let text = shown(&app);
    assert!(text.contains("Looking for: nguyen"), "{text}");
    assert!(text.contains("> 5. Nguyễn Thị Lan"), "{text}");
    press(&mut app, &[Action::Select]);
    assert_eq!(signed_in(&app), "Nguyễn Thị Lan");
    app.sign_out();
    // A later word of the name, and đ typed as d.
    for c in "dang".chars() {
        press(&mut app, &[Action::Char(c)]);
    }
    assert!(shown(&app).contains("> 3. Đặng Hoa"), "{}", shown(&app));
    // A letter nobody's name has says so, and moves nothing.
    press(&mut app, &[Action::Char('x')]);
    let text = shown(&app);
    assert!(text.contains("No name starts with \"x\"."), "{text}");
    assert!(text.contains("> 3. Đặng Hoa"), "{text}");
    // An arrow forgets the letters.
    press(&mut app, &[Action::Down]);
    assert!(!shown(&app).contains("Looking for"));
}
