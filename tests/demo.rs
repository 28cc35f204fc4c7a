//! The trainer's demonstration: moving through the right path, auto-advance on an injected
//! clock, wrong answers on W, nothing ever saved; and `demo --headless` printing every frame.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

mod common;

use assert_cmd::Command;
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use predicates::prelude::*;

fn app(profiles: Profiles) -> App {
    common::tutor(common::fixture("valid"), profiles, ThemeName::Default, 1)
}

fn screen(app: &App) -> String {
    common::flat(&transcript::frame(app, 100, 30))
}

#[test]
fn a_demo_moves_forward_and_back_and_shows_wrong_answers_on_w() {
    let mut app = app(Profiles::in_memory());
    let now = Instant::now();
    app.start_demo(Some(0), Some(0));
    let t = screen(&app);
    assert!(t.contains("Demonstration (nothing is saved)"), "{t}");
    assert!(t.contains("Step 1 of 10"), "{t}");
    assert!(t.contains("Space: next"), "the keys are named: {t}");
    app.handle(Action::Select, now); // Space
    let t = screen(&app);
    assert!(t.contains("Step 2 of 10"), "{t}");
    // The question first, so the trainer can ask the room; the answer on the next key.
    assert!(t.contains("Ask the room: what would you do?"), "{t}");
    assert!(t.contains("Space: show the answer"), "{t}");
    assert!(!t.contains("The right action"), "not yet: {t}");
    assert!(
        !t.contains("> Camera"),
        "the phone points at nothing yet: {t}"
    );
    app.handle(Action::Select, now);
    let t = screen(&app);
    assert!(t.contains("Step 2 of 10"), "{t}");
    assert!(t.contains("The right action: Tap \"Camera\""), "{t}");
    assert!(t.contains("> Camera"), "now the phone points at it: {t}");
    assert!(t.contains("Why: The camera app can scan codes."), "{t}");
    app.handle(Action::ShowWrong, now);
    let t = screen(&app);
    assert!(t.contains("A wrong answer (1 of 2)"), "{t}");
    assert!(t.contains("Tapping \"Photos\""), "{t}");
    assert!(t.contains("Photos shows pictures you"), "{t}");
    app.handle(Action::ShowWrong, now);
    assert!(screen(&app).contains("A wrong answer (2 of 2)"));
    app.handle(Action::ShowWrong, now);
    assert!(screen(&app).contains("The right action"));
    app.handle(Action::Right, now);
    assert!(screen(&app).contains("Step 3 of 10"));
    app.handle(Action::Left, now);
    let t = screen(&app);
    assert!(
        t.contains("Step 2 of 10") && t.contains("The right action"),
        "{t}"
    );
    app.handle(Action::Left, now);
    assert!(
        screen(&app).contains("Ask the room"),
        "Left hides the answer again"
    );
    app.handle(Action::Left, now);
    assert!(screen(&app).contains("Step 1 of 10"));
    app.handle(Action::Left, now);
    assert!(
        screen(&app).contains("Step 1 of 10"),
        "no step before the first"
    );
    app.handle(Action::Back, now);
    let t = screen(&app);
    assert!(
        t.contains("A tour of the screens"),
        "Esc goes back to the lessons: {t}"
    );
    assert!(!t.contains("Test yourself"), "no test in a demo: {t}");
}

#[test]
fn w_on_an_unsafe_answer_shows_what_would_happen_on_the_phone() {
    let mut app = app(Profiles::in_memory());
    let now = Instant::now();
    app.start_demo(Some(0), Some(0));
    let pay = |app: &App| {
        let digitutor::tui::views::View::Demo(d) = &app.view else {
            return false;
        };
        d.plan[d.at].step_id == "pay"
    };
    for _ in 0..30 {
        if pay(&app) {
            break;
        }
        app.handle(Action::Select, now);
    }
    assert!(pay(&app), "the demo reaches the payment step");
    let digitutor::tui::views::View::Demo(d) = &app.view else {
        unreachable!()
    };
    let unsafe_one = d.plan[d.at]
        .wrongs
        .iter()
        .position(|w| w.consequence_at.is_some())
        .expect("an unsafe answer");
    let lesson = &app.ctx.packs[0].lessons[0];
    let c = &lesson.consequences[d.plan[d.at].wrongs[unsafe_one].consequence_at.unwrap()];
    let words = c.screen.text.clone().or(c.screen.title.clone()).unwrap();
    for _ in 0..=unsafe_one {
        app.handle(Action::ShowWrong, now);
    }
    let t = screen(&app);
    let first = words
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        t.contains(&first),
        "the consequence's own screen shows \"{first}\": {t}"
    );
}

#[test]
fn auto_advance_moves_on_at_its_pace_and_stops_at_the_end() {
    let mut app = app(Profiles::in_memory());
    let start = Instant::now();
    app.handle(Action::Help, start); // any key starts the clock...
    app.handle(Action::Help, start); // ...and help closes again
    app.start_demo(Some(0), Some(0));
    assert_eq!(
        app.idle_deadline(start),
        None,
        "nothing is due: no idle sign-out in a demo"
    );
    app.handle(Action::ToggleAuto, start);
    assert!(screen(&app).contains("every 8 seconds"));
    app.handle(Action::Slower, start);
    app.handle(Action::Slower, start);
    app.handle(Action::Faster, start);
    assert!(screen(&app).contains("every 9 seconds"));
    assert_eq!(app.idle_deadline(start), Some(Duration::from_secs(9)));
    assert!(!app.tick(start + Duration::from_secs(8)));
    assert!(app.tick(start + Duration::from_secs(9)));
    assert!(screen(&app).contains("Step 2 of 10"));
    let mut t = start + Duration::from_secs(9);
    for _ in 0..20 {
        t += Duration::from_secs(9);
        app.tick(t);
    }
    let s = screen(&app);
    assert!(
        s.contains("Step 10 of 10") && s.contains("last step"),
        "{s}"
    );
    assert_eq!(
        app.idle_deadline(t),
        None,
        "auto-advance stopped at the end"
    );
}

#[test]
fn a_demo_never_writes_progress() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(Profiles::on_disk(Store::new(DataDirs::at(data.path()))));
    app.start_demo(Some(0), Some(0));
    let now = Instant::now();
    for _ in 0..12 {
        app.handle(Action::Select, now);
    }
    app.handle(Action::Quit, now);
    assert!(!app.quit, "Q asks first");
    app.handle(Action::Number(2), now);
    assert!(app.quit);
    let written: Vec<_> = walk(data.path());
    assert!(written.is_empty(), "a demo wrote {written:?}");
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path().display().to_string());
        }
    }
    out
}

#[test]
fn headless_prints_every_frame_with_its_caption() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args([
            "--lessons",
            "tests/fixtures/packs/valid",
            "demo",
            "--headless",
            "all-kinds",
            "tour",
            "--width",
            "100",
            "--height",
            "30",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.matches("\n## Step ").count(), 10);
    // Each step once, in order, with its answer shown on the phone.
    for n in 1..=10 {
        assert_eq!(
            text.matches(&format!("## Step {n} of 10 ")).count(),
            1,
            "{text}"
        );
    }
    // Nothing a screen reader would read out as noise between the steps.
    assert!(!text.contains("===="), "{text}");
    let camera = text.split("## Step 2 of 10").nth(1).unwrap_or_default();
    assert!(
        camera.contains("> Camera"),
        "the right button is pointed at: {camera}"
    );
    assert!(text.contains("\n## Step 10 of 10 (popup)\n"));
    assert!(text.contains("The right action: Choose \"Confirm the payment\""));
    assert!(text.contains(
        "If a learner is wrong: Choosing \"Send it to another name\": first they see \"This is what would happen\""
    ));
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 300);
    // The frame (the instruction and the phone) and the words for the room are separate
    // blocks: no row of the frame holds the caption's words beside the phone.
    let step = text.split("## Step 2 of 10").nth(1).unwrap();
    let (frame, caption) = step.split_once("The right action:").unwrap();
    // (After the rest of the heading line and a blank line.)
    let frame = frame.split_once("\n\n").unwrap().1;
    let frame_rows = frame.trim_matches('\n').lines().count();
    assert!(
        (10..=30).contains(&frame_rows),
        "at most the asked height: {frame}"
    );
    assert!(frame.lines().all(|l| !l.contains("Why:")), "{frame}");
    assert!(caption.contains("Why:"), "{caption}");
    assert!(std::fs::read_dir(data.path()).unwrap().next().is_none());
}

#[test]
fn headless_names_the_packs_when_one_is_unknown() {
    let data = tempfile::tempdir().unwrap();
    Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .args(["demo", "--headless", "scam"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no pack \"scam\""))
        .stderr(predicate::str::contains("scams"));
}

#[test]
fn headless_frames_are_the_same_whatever_the_background() {
    // Headless frames are plain text: `--background` changes nothing and the terminal is
    // never asked (`auto` would wait for an answer on a terminal; here there is none).
    let frames = |background: &str| {
        let data = tempfile::tempdir().unwrap();
        let out = Command::cargo_bin("digitutor")
            .unwrap()
            .env("DIGITUTOR_HOME", data.path())
            .args([
                "--lessons",
                "tests/fixtures/packs/valid",
                "--background",
                background,
                "demo",
                "--headless",
                "all-kinds",
                "tour",
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let dark = frames("dark");
    assert!(dark.contains("## Step 1 of 10"), "{dark}");
    assert_eq!(frames("light"), dark);
    assert_eq!(frames("auto"), dark);
}

#[test]
fn the_background_option_is_explained_and_checked() {
    Command::cargo_bin("digitutor")
        .unwrap()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--background <BACKGROUND>"))
        .stdout(predicate::str::contains("[default: auto]"))
        .stdout(predicate::str::contains("- light:"));
    Command::cargo_bin("digitutor")
        .unwrap()
        .args(["--background", "beige", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("invalid value 'beige'"))
        .stderr(predicate::str::contains("auto, dark, light"));
}

#[test]
fn a_demonstration_speaks_the_tutors_language() {
    let mut app = app(Profiles::in_memory());
    let now = Instant::now();
    app.ctx.speak(digitutor::language::Language::Ko);
    app.start_demo(Some(0), Some(0));
    app.handle(Action::Select, now);
    assert!(
        screen(&app).contains("다 같이 생각해 봐요"),
        "{}",
        screen(&app)
    );
    app.handle(Action::Select, now);
    let t = screen(&app);
    assert!(t.contains("\"Camera\"을(를) 눌러요."), "{t}");
    app.handle(Action::ShowWrong, now);
    assert!(
        screen(&app).contains("\"Photos\" 누르기"),
        "{}",
        screen(&app)
    );
}

/// Every frame of a demonstration of the built-in `pack`'s `lesson` in `language`, as text.
fn headless_in(language: &str, pack: &str, lesson: &str) -> String {
    let data = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .args(["--language", language, "demo", "--headless", pack, lesson])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_demonstration_shows_the_pack_in_the_rooms_language() {
    for (language, title) in [
        ("vi", "Bốn dấu hiệu của lừa đảo"),
        ("en", "The four signs of a scam"),
    ] {
        let text = headless_in(language, "scams", "four-signs");
        let first = text.lines().take(40).collect::<Vec<_>>().join("\n");
        assert!(
            first.contains(title) || text.contains(title),
            "{language}: {first}"
        );
        if language == "vi" {
            assert!(!text.contains("The four signs of a scam"), "{first}");
        }
    }
}

/// Reads the QR code drawn in a frame of plain text: each character is two modules, the ink of
/// `█`, `▀` and `▄` standing for the dark ones, as on a printed page.
fn qr_in_text(frame: &str) -> Option<String> {
    let lines: Vec<Vec<char>> = frame.lines().map(|l| l.chars().collect()).collect();
    let inked = |c: char| matches!(c, '█' | '▀' | '▄');
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&r| lines[r].iter().any(|c| inked(*c)))
        .collect();
    let (top, bottom) = (*rows.first()?, *rows.last()?);
    let left = rows
        .iter()
        .filter_map(|&r| lines[r].iter().position(|c| inked(*c)))
        .min()?;
    let right = rows
        .iter()
        .filter_map(|&r| lines[r].iter().rposition(|c| inked(*c)))
        .max()?;
    const QUIET: usize = 4;
    const SCALE: usize = 4;
    let width = right - left + 1 + 2 * QUIET;
    let height = 2 * (bottom - top + 1) + 2 * QUIET;
    let dark = |x: usize, y: usize| {
        if x < QUIET || y < QUIET || x >= width - QUIET || y >= height - QUIET {
            return false;
        }
        let (col, row) = (left + x - QUIET, top + (y - QUIET) / 2);
        let c = lines[row].get(col).copied().unwrap_or(' ');
        if (y - QUIET).is_multiple_of(2) {
            matches!(c, '█' | '▀')
        } else {
            matches!(c, '█' | '▄')
        }
    };
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width * SCALE, height * SCALE, |x, y| {
            if dark(x / SCALE, y / SCALE) { 0 } else { 255 }
        });
    let grids = image.detect_grids();
    grids.first()?.decode().ok().map(|(_, content)| content)
}

#[test]
fn a_printed_demonstration_holds_qr_codes_that_scan() {
    for (language, words) in [
        ("en", "Practice code. Well done!"),
        ("ko", "연습 코드. 잘하셨어요!"),
    ] {
        let text = headless_in(language, "qr-codes", "scan-not-photo");
        let frame = text
            .split("\n## ")
            .find(|f| f.contains("(scan-menu)"))
            .expect("the frame of the scan step");
        assert_eq!(
            qr_in_text(frame).as_deref(),
            Some(words),
            "{language}: the code read from\n{frame}"
        );
    }
}
