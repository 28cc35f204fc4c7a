//! Text from outside never drives the terminal: a learner's name, a pack's title or a file name
//! holding escape sequences (colour, clearing the screen, an OSC 52 clipboard write, a window
//! title) or bidirectional overrides reaches the screen and every command's output cleaned, and
//! such names are refused when they are made, renamed or imported.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use assert_cmd::Command;
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A name a crafted progress file could carry: it clears the screen, sets the window title,
/// writes the clipboard, colours the text and turns the rest of the line around.
const HOSTILE: &str =
    "Lan\u{1b}[2J\u{1b}]0;owned\u{7}\u{1b}]52;c;ZWNobw==\u{7}\u{1b}[31m\u{202E}txt.exe\u{9b}0m";

/// True when no character that could steer a terminal is in the text (line breaks may be).
fn harmless(text: &str) -> bool {
    // CSV ends its lines with \r\n, which is harmless; a lone \r could write over a line.
    !text
        .replace("\r\n", "\n")
        .chars()
        .any(|c| digitutor::safe_text::is_unsafe(c) && c != '\n')
}

/// A data folder with one learner whose progress file was edited to carry the hostile name.
fn data_with_hostile_learner(dir: &Path) -> String {
    let store = Store::new(DataDirs::at(dir));
    let lan = store.create("Lan", 1_700_000_000).unwrap();
    let file = DataDirs::at(dir)
        .profile(&lan.profile.id)
        .join("progress.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let crafted = text.replace(
        "\"name\": \"Lan\"",
        &format!("\"name\": {}", serde_json::to_string(HOSTILE).unwrap()),
    );
    assert_ne!(
        text,
        crafted,
        "the name was not found in {}",
        file.display()
    );
    std::fs::write(&file, crafted).unwrap();
    lan.profile.id
}

#[test]
fn a_crafted_name_reaches_the_tutors_screen_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    data_with_hostile_learner(dir.path());
    let profiles = Profiles::on_disk(Store::new(DataDirs::at(dir.path())));
    let app = common::tutor(common::fixture("valid"), profiles, ThemeName::Default, 3);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| {
            let area = frame.area();
            digitutor::tui::draw::app(&app, area, frame.buffer_mut());
        })
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut text = String::new();
    for cell in buffer.content() {
        text.push_str(cell.symbol());
    }
    assert!(
        harmless(&text),
        "the screen holds unsafe characters: {text:?}"
    );
    assert!(text.contains("Lan"), "the learner is not listed: {text}");
    assert!(text.contains("txt.exe"), "{text}");
}

fn digitutor(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // Messages come in the computer's language: these tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.env("DIGITUTOR_HOME", data)
        .env_remove("NO_COLOR")
        .arg("--data-dir")
        .arg(data);
    cmd
}

#[test]
fn names_that_cannot_be_shown_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    assert!(store.create("Lan\u{1b}[2J", 1).is_err());
    assert!(store.create(&"a".repeat(61), 1).is_err());
    let lan = store.create("  Lan  ", 1).unwrap();
    assert_eq!(lan.profile.name, "Lan");
    let out = digitutor(dir.path())
        .args(["learners", "rename", "Lan", "Lan\u{202E}exe"])
        .assert()
        .failure()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a sign that cannot be shown"), "{err}");
    assert!(harmless(&err), "{err:?}");
    let out = digitutor(dir.path())
        .args(["learners", "rename", "Lan", &"b".repeat(70)])
        .assert()
        .failure()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at most 60"), "{err}");
}

/// Runs a command and returns everything it printed, on both streams.
fn printed(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn every_command_prints_outside_text_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let id = data_with_hostile_learner(&data);
    // A pack whose file name and broken line carry escape sequences.
    let lessons = dir.path().join("lessons");
    std::fs::create_dir(&lessons).unwrap();
    let pack_name = "evil\u{1b}]0;title\u{7}\u{202E}.toml";
    std::fs::write(
        lessons.join(pack_name),
        "format_version = 1\nid = \"evil\"\ntitle = \"\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\"\n",
    )
    .unwrap();
    let export = dir.path().join("lan.json");
    let mut runs: Vec<(&str, String)> = vec![
        ("learners", printed(digitutor(&data).arg("learners"))),
        ("report", printed(digitutor(&data).arg("report"))),
        (
            "report csv",
            // The one invisible character allowed: the byte-order mark that starts CSV written
            // for a spreadsheet. Anywhere else it would be caught below.
            printed(digitutor(&data).args(["report", "--format", "csv"]))
                .strip_prefix('\u{FEFF}')
                .expect("CSV to a pipe starts with a byte-order mark")
                .to_string(),
        ),
        (
            "report json",
            printed(digitutor(&data).args(["report", "--format", "json"])),
        ),
        (
            "certificate",
            printed(
                digitutor(&data)
                    .args(["certificate", &id, "--out"])
                    .arg(dir.path().join("c.html")),
            ),
        ),
        (
            "export",
            printed(digitutor(&data).args(["export", &id]).arg(&export)),
        ),
    ];
    runs.push((
        "import",
        printed(digitutor(&data).arg("import").arg(&export)),
    ));
    runs.push((
        "validate",
        printed(digitutor(&data).arg("validate").arg(&lessons)),
    ));
    runs.push((
        "list",
        printed(digitutor(&data).arg("--lessons").arg(&lessons).arg("list")),
    ));
    runs.push((
        "learners rename",
        printed(digitutor(&data).args(["learners", "rename", &id, "Lan"])),
    ));
    let unsafe_runs: Vec<String> = runs
        .iter()
        .filter(|(_, text)| !harmless(text))
        .map(|(what, text)| format!("{what}: {text:?}"))
        .collect();
    assert!(
        unsafe_runs.is_empty(),
        "printed unsafe characters:\n{}",
        unsafe_runs.join("\n")
    );
    // The commands did run on the hostile learner and pack (the test would prove nothing otherwise).
    let all: String = runs.iter().map(|(_, t)| t.as_str()).collect();
    assert!(all.contains("txt.exe"), "{all}");
    assert!(all.contains("evil"), "{all}");
}
