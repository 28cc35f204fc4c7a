//! Reading a step aloud, with a stand-in for the speech program: a small script that writes
//! what it was asked to say (and its process id) to a file, then keeps "speaking". The tutor
//! must start it without waiting, in the learner's language, at the rate in the settings; stop
//! it when the learner acts; and say once, in words, when there is no program or no voice.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use digitutor::config::Config;
use digitutor::language::Language;
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::views::{PlayerView, View};

/// A stand-in speech program: writes its arguments, one per line, and its process id to
/// `said`, then stays `seconds` "speaking" before it ends with `status`.
fn speaker(dir: &Path, said: &Path, seconds: u32, status: u32) -> PathBuf {
    let script = dir.join("speak.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.tmp'\necho \"pid $$\" >> '{}.tmp'\nmv '{}.tmp' '{}'\nsleep {seconds}\nexit {status}\n",
            said.display(),
            said.display(),
            said.display(),
            said.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

fn app_on_a_question(command: &str, rate: u32, language: Language) -> App {
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        4,
    )
    .with_config(
        Config {
            speech_command: command.to_string(),
            speech_rate: rate,
            ..Config::default()
        },
        None,
    );
    app.ctx.speak(language);
    let player = PlayerView::resume(&mut app.ctx, 0, 0, "check-address", 9);
    app.view = View::Player(Box::new(player));
    app
}

/// Waits (a few seconds at most) for the stand-in to write what it was asked to say.
fn heard(said: &Path) -> String {
    let until = Instant::now() + Duration::from_secs(10);
    while Instant::now() < until {
        if let Ok(text) = std::fs::read_to_string(said) {
            return text;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("nothing was said");
}

fn running(pid: &str) -> bool {
    std::process::Command::new("kill")
        .args(["-0", pid])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn l_reads_the_step_aloud_without_waiting_and_stops_when_the_learner_acts() {
    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said.txt");
    let command = speaker(dir.path(), &said, 30, 0);
    let mut app = app_on_a_question(command.to_str().unwrap(), 120, Language::En);

    let started = Instant::now();
    app.handle(Action::ReadAloud, Instant::now());
    // The tutor does not wait for the speaking to end (the stand-in speaks for 30 s).
    assert!(started.elapsed() < Duration::from_secs(5));
    let text = heard(&said);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(&lines[..5], &["-v", "en", "-s", "120", "--"], "{text}");
    let words = lines[5];
    let question = words
        .find("Is this the cafe's own web address?")
        .expect("the instruction");
    let first = words.find("1: ").expect("the first answer, numbered");
    assert!(question < first, "{words}");
    assert!(app.ctx.notice.is_none());

    // The learner moves on: the reading stops.
    let pid = lines[6].trim_start_matches("pid ").to_string();
    assert!(running(&pid));
    app.handle(Action::Down, Instant::now());
    let until = Instant::now() + Duration::from_secs(5);
    while running(&pid) && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!running(&pid), "still speaking after the learner acted");
}

#[test]
fn the_step_is_read_in_the_learners_language() {
    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said.txt");
    let command = speaker(dir.path(), &said, 0, 0);
    let mut app = app_on_a_question(command.to_str().unwrap(), 500, Language::Vi);
    app.handle(Action::ReadAloud, Instant::now());
    let text = heard(&said);
    let lines: Vec<&str> = text.lines().collect();
    // Vietnamese, and a rate kept within what a listener can follow.
    assert_eq!(&lines[..4], &["-v", "vi", "-s", "250"], "{text}");
    assert!(lines[5].contains("Số 1: "), "{text}");
}

#[test]
fn no_speech_program_is_said_once_in_words() {
    let mut app = app_on_a_question("/nowhere/no-such-speaker", 140, Language::Ko);
    app.handle(Action::ReadAloud, Instant::now());
    let notice = app.ctx.notice.take().expect("told");
    assert!(
        notice.contains("espeak-ng") && notice.contains("없어요"),
        "{notice}"
    );
    app.handle(Action::ReadAloud, Instant::now());
    assert_eq!(app.ctx.notice, None, "told only once");
}

#[test]
fn a_program_without_the_voice_is_said_once_and_the_tutor_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said.txt");
    // Ends at once in failure, as espeak-ng does for a language it has no voice for.
    let command = speaker(dir.path(), &said, 0, 1);
    let mut app = app_on_a_question(command.to_str().unwrap(), 140, Language::Mn);
    app.handle(Action::ReadAloud, Instant::now());
    heard(&said);
    std::thread::sleep(Duration::from_millis(300));
    app.handle(Action::Down, Instant::now());
    let notice = app.ctx.notice.take().expect("told");
    assert!(notice.contains("монгол хоолой алга"), "{notice}");
    assert!(matches!(app.view, View::Player(_)), "the lesson goes on");
    std::fs::remove_file(&said).unwrap();
    app.handle(Action::ReadAloud, Instant::now());
    heard(&said);
    std::thread::sleep(Duration::from_millis(300));
    app.handle(Action::Down, Instant::now());
    assert_eq!(app.ctx.notice, None, "told only once");
}

#[test]
fn a_learner_set_to_hear_each_step_hears_it_as_it_appears() {
    use digitutor::progress::{DataDirs, Store};

    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said.txt");
    let command = speaker(dir.path(), &said, 0, 0);
    let store = Store::new(DataDirs::at(&dir.path().join("data")));
    let lan = store.create("Lan", 1).unwrap();
    // The trainer's setting, kept in Lan's progress.
    let mut profiles = Profiles::on_disk(store.clone());
    profiles.set_reads_aloud(&lan.profile.id, true).unwrap();
    assert!(store.load(&lan.profile.id).unwrap().memory.reads_aloud());

    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store),
        ThemeName::Default,
        4,
    )
    .with_config(
        Config {
            speech_command: command.to_str().unwrap().to_string(),
            ..Config::default()
        },
        None,
    );
    // Lan signs in (1 is a new learner, 2 just trying, 3 Lan), then opens the first lesson.
    app.handle(Action::Number(3), Instant::now());
    assert!(app.ctx.memory.reads_aloud());
    let player = PlayerView::start(&mut app.ctx, 0, 0, 4);
    app.view = View::Player(Box::new(player));
    app.ctx.perform();
    let first = heard(&said);
    assert!(first.contains("-v\nen"), "{first}");
    std::fs::remove_file(&said).unwrap();
    // Enter goes on to the next step, which is read by itself too.
    app.handle(Action::Select, Instant::now());
    let next = heard(&said);
    assert_ne!(first, next, "the next step is read");
}
