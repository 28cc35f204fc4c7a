//! The class, live, on one data folder shared by two "computers" (two tutors with their own
//! ids, as Syncthing would share it): each tutor keeps a status file for the learner at its
//! keyboard, "I need help" reaches the trainer's view at the top, a learner open on the other
//! computer is told so, and the line goes away when the learner leaves.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use assert_cmd::Command;
use digitutor::progress::class::{self, Doing};
use digitutor::progress::store::now_secs;
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::class::ClassBoard;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;

/// A tutor on the shared folder `data`, as computer `computer`.
fn computer(data: &std::path::Path, computer: &str) -> App {
    let store = Store::new(DataDirs::at(data));
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store),
        ThemeName::Default,
        7,
    );
    app.ctx.class = Some(ClassBoard::new(data.to_path_buf(), computer.to_string()));
    app
}

fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.handle(*a, Instant::now());
    }
}

#[test]
fn help_reaches_the_class_view_and_the_line_goes_when_the_learner_leaves() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(data.path()));
    store.create("Lan", 1).unwrap();
    store.create("Minh", 1).unwrap();

    // Computer A: Lan (names in order: new, guest, Lan, Minh) opens the topic's first lesson.
    let mut a = computer(data.path(), "computer-a");
    press(
        &mut a,
        &[Action::Number(3), Action::Number(1), Action::Number(1)],
    );
    let at_work = class::read_all(data.path(), now_secs());
    assert_eq!(at_work.len(), 1);
    assert_eq!(at_work[0].name, "Lan");
    assert!(
        matches!(
            &at_work[0].doing,
            Doing::Lesson {
                number: 1,
                of: 10,
                ..
            }
        ),
        "{:?}",
        at_work[0].doing
    );

    // Computer B: Minh is choosing.
    let mut b = computer(data.path(), "computer-b");
    press(&mut b, &[Action::Number(4)]);
    // Lan asks for help (T); she is told it reached the trainer.
    press(&mut a, &[Action::Select, Action::AskForHelp]);
    let shown = common::flat(&transcript::frame(&a, 80, 24));
    assert!(shown.contains("Your trainer has been told."), "{shown}");

    // The trainer's view: Lan first, marked, then Minh.
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--data-dir")
        .arg(data.path())
        .arg("class")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "At work now:", "{text}");
    assert!(
        lines[1].starts_with(
            "! Lan asked for help 0 min ago: Every kind, once › A tour of the screens, step 2 of 10"
        ),
        "{text}"
    );
    assert!(
        lines[2].starts_with("  Minh: choosing a lesson (at "),
        "{text}"
    );

    // Moving on to the next step takes the request away: it was for that step.
    let camera = 1; // "Camera" is the phone's first button.
    press(&mut a, &[Action::Pick(camera - 1), Action::Select]);
    let lan = class::read_all(data.path(), now_secs())
        .into_iter()
        .find(|s| s.name == "Lan")
        .unwrap();
    assert_eq!(lan.help, None);
    assert!(
        matches!(lan.doing, Doing::Lesson { number: 3, .. }),
        "{:?}",
        lan.doing
    );

    // Lan signs in on computer B too: she is told she is open elsewhere (here the lock of this
    // one machine says it first; between two machines only the status file can).
    press(&mut b, &[Action::Back, Action::Number(3)]);
    let shown = common::flat(&transcript::frame(&b, 80, 24));
    assert!(
        shown.contains("Your name is also open on another"),
        "{shown}"
    );
    press(&mut b, &[Action::Back]);
    // Minh is at work on a third computer, which only its status file tells: signing him in on
    // B says so.
    let mut far = class::read_all(data.path(), now_secs())
        .into_iter()
        .find(|s| s.name == "Lan")
        .unwrap();
    far.computer = "computer-c".into();
    far.learner = store.find("Minh").unwrap().id;
    far.name = "Minh".into();
    class::write(data.path(), &far).unwrap();
    press(&mut b, &[Action::Number(4)]);
    let shown = common::flat(&transcript::frame(&b, 80, 24));
    assert!(
        shown.contains("Your name is also open on another computer just now."),
        "{shown}"
    );
    class::remove(data.path(), "computer-c", &far.learner);

    // Lan leaves computer A (Esc out of the lesson, the topic, home): her line there goes.
    press(&mut a, &[Action::Back, Action::Back, Action::Back]);
    let lan_id = store.find("Lan").unwrap().id;
    assert!(!class::file(data.path(), "computer-a", &lan_id).exists());
    let names: Vec<String> = class::read_all(data.path(), now_secs())
        .into_iter()
        .map(|s| s.computer)
        .collect();
    assert_eq!(names, ["computer-b"]);
}

#[test]
fn a_status_file_cannot_drive_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut evil = class::Status {
        format: class::STATUS_FORMAT.into(),
        computer: "computer-x".into(),
        computer_name: "pc\u{1b}]0;owned\u{7}".into(),
        learner: "x".into(),
        name: "Lan\u{1b}[2J".into(),
        doing: Doing::Choosing,
        hints: 0,
        mistakes: 0,
        since: now_secs(),
        updated: now_secs(),
        help: None,
    };
    class::write(data.path(), &evil).unwrap();
    evil.computer = "computer-y".into();
    class::write(data.path(), &evil).unwrap();
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("LANG", "C.UTF-8")
        .arg("--data-dir")
        .arg(data.path())
        .arg("class")
        .output()
        .unwrap();
    assert!(
        !out.stdout.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn class_watch_draws_the_class_again_when_a_status_file_comes() {
    use std::io::BufRead;
    let data = tempfile::tempdir().unwrap();
    let mut watch = std::process::Command::new(env!("CARGO_BIN_EXE_digitutor"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--data-dir")
        .arg(data.path())
        .args(["class", "--watch"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = watch.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let wait_for = |words: &str| {
        let deadline = Instant::now() + std::time::Duration::from_secs(20);
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(line) if line.contains(words) => return,
                Ok(line) => seen.push(line),
                Err(_) => break,
            }
        }
        panic!("\"{words}\" never came; seen: {seen:?}");
    };
    wait_for("Nobody is at work just now.");
    let status = class::Status {
        format: class::STATUS_FORMAT.into(),
        computer: "computer-b".into(),
        computer_name: "PC-2".into(),
        learner: "oyunaa-1".into(),
        name: "Oyunaa".into(),
        doing: Doing::Test {
            topic: "QR codes".into(),
            number: 2,
            of: 8,
        },
        hints: 0,
        mistakes: 0,
        since: now_secs(),
        updated: now_secs(),
        help: Some(now_secs()),
    };
    class::write(data.path(), &status).unwrap();
    wait_for("! Oyunaa asked for help 0 min ago: the test of QR codes, question 2 of 8 (at PC-2)");
    watch.kill().unwrap();
    watch.wait().unwrap();
}
