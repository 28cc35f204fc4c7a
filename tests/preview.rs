//! The author's preview: starting at a lesson and step, reloading after a save while staying on
//! the same step (by id), showing a broken save's errors over the last good version, the file
//! watcher noticing saves, and `digitutor new` writing a pack that works.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};
use digitutor::tui::transcript;

const FIXTURE: &str = include_str!("fixtures/packs/valid/all-kinds.toml");

fn open(file: &Path, lesson: Option<&str>, step: Option<&str>) -> App {
    let packs = common::packs_at(file);
    let mut app = App::new(
        packs,
        Profiles::in_memory(),
        Theme::named(ThemeName::Default, Background::Dark),
        1,
        Instant::now(),
    );
    app.start_preview(file.to_path_buf(), lesson, step, true)
        .unwrap();
    app
}

fn screen(app: &App) -> String {
    transcript::frame(app, 120, 40)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_preview_starts_at_the_given_lesson_and_step() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).unwrap();
    let app = open(&file, Some("tour"), Some("pay"));
    let t = screen(&app);
    assert!(t.contains("Preview (nothing is saved)"), "{t}");
    assert!(t.contains("Step 7 of 10"), "{t}");
    assert!(t.contains("Check the name, then choose."), "{t}");
    assert!(t.contains("R: reload"), "{t}");
    let packs = common::packs_at(&file);
    let mut bad = App::new(
        packs,
        Profiles::in_memory(),
        Theme::named(ThemeName::Default, Background::Dark),
        1,
        Instant::now(),
    );
    let err = bad
        .start_preview(file.clone(), Some("tour"), Some("nope"), false)
        .unwrap_err();
    assert!(
        err.contains("no step \"nope\"") && err.contains("pay"),
        "{err}"
    );
}

#[test]
fn a_save_reloads_on_the_same_step_and_a_broken_save_keeps_the_last_good_version() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).unwrap();
    let mut app = open(&file, Some("tour"), Some("pay"));

    // The author rewords the instruction and saves.
    let edited = FIXTURE.replace(
        "instruction = \"Check the name, then choose.\"",
        "instruction = \"Read the name after To, then choose.\"",
    );
    std::fs::write(&file, &edited).unwrap();
    app.reload_preview();
    let t = screen(&app);
    assert!(t.contains("Read the name after To, then choose."), "{t}");
    assert!(t.contains("Step 7 of 10"), "still on the same step: {t}");

    // A typo: the errors show, with file, line and message, over the last good version.
    let broken = edited.replace(
        "do = \"choose\"\nhints = [\"Read the name",
        "do = \"chose\"\nhints = [\"Read the name",
    );
    assert_ne!(broken, edited);
    std::fs::write(&file, &broken).unwrap();
    app.reload_preview();
    let t = screen(&app);
    assert!(t.contains("The saved file has errors (1)"), "{t}");
    assert!(t.contains("pack.toml:"), "{t}");
    assert!(t.contains("chose"), "{t}");
    assert!(
        t.contains("Read the name after To, then choose."),
        "the last good version stays: {t}"
    );

    // Fixed: the errors go away.
    std::fs::write(&file, &edited).unwrap();
    app.handle(Action::Reload, Instant::now());
    let t = screen(&app);
    assert!(!t.contains("errors"), "{t}");
    assert!(t.contains("Step 7 of 10"), "{t}");
}

#[test]
fn a_step_removed_by_a_save_falls_back_to_the_lessons_first_step() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).unwrap();
    let mut app = open(&file, Some("tour"), Some("popup"));
    let without = FIXTURE
        .split("[[lessons.steps]]\nid = \"popup\"")
        .next()
        .unwrap()
        .to_string()
        + FIXTURE
            .split("elements = [{ id = \"later\", label = \"Later\" }]\n")
            .nth(1)
            .unwrap();
    std::fs::write(&file, without).unwrap();
    app.reload_preview();
    let t = screen(&app);
    assert!(t.contains("Step 1 of 9"), "{t}");
}

#[test]
fn the_watcher_notices_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).unwrap();
    let (tx, rx) = mpsc::channel();
    let _watch = digitutor::author::watch::start(&file, move || {
        let _ = tx.send(());
    })
    .expect("file watching works on this machine");
    std::thread::sleep(Duration::from_millis(100));
    // Like many editors: write a new file, then rename it over the old one.
    let tmp = dir.path().join(".pack.toml.swp");
    std::fs::write(&tmp, FIXTURE.replace("Every kind, once", "Every kind")).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    rx.recv_timeout(Duration::from_secs(10))
        .expect("a save is noticed");
    // A change to another file in the folder is not. (Late events of the rename above are let
    // through first: on a busy machine they can arrive a moment after the first.)
    std::thread::sleep(Duration::from_millis(500));
    while rx.try_recv().is_ok() {}
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    assert!(rx.recv_timeout(Duration::from_millis(500)).is_err());
}

#[test]
fn new_writes_a_pack_that_validates_with_the_schema_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", dir.path().join("data"))
        .args([
            "new",
            "parcel-scams",
            "--topic",
            "scams",
            "--language",
            "vi",
            "--dir",
        ])
        .arg(dir.path())
        .assert()
        .success();
    let file = dir.path().join("parcel-scams.toml");
    assert!(dir.path().join("digitutor-pack.schema.json").exists());
    Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", dir.path().join("data"))
        .arg("validate")
        .arg("--deny-warnings")
        .arg(&file)
        .assert()
        .success();
}
