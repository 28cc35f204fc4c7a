//! The reporting commands from the outside: `list` (text and JSON) on the fixture folder and on
//! the built-in packs, `schema` (and that the committed copy matches it), and `validate` on the
//! built-in packs. Every run gets its own temporary `DIGITUTOR_HOME`.

// Helpers outside `#[test]` functions may fail a test too.
#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The seven topics, one built-in pack each.
const TOPICS: [&str; 7] = [
    "digital-payments",
    "e-services",
    "messaging",
    "online-safety",
    "phone-basics",
    "qr-codes",
    "scams",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn valid_dir() -> PathBuf {
    root().join("tests/fixtures/packs/valid")
}

fn home() -> TempDir {
    tempfile::tempdir().expect("a temporary data folder")
}

/// The binary, with a fresh data folder and no colours.
fn digitutor(home: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").expect("the digitutor binary is built");
    // Messages come in the computer's language: these tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.env("DIGITUTOR_HOME", home.path()).env("NO_COLOR", "1");
    cmd
}

/// Runs the command, expects success, and returns what it printed.
fn stdout_of(mut cmd: Command) -> String {
    let out = cmd.output().expect("digitutor runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "exit {:?}\n{stdout}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn list_json(lessons: Option<&Path>) -> Value {
    let home = home();
    let mut cmd = digitutor(&home);
    if let Some(dir) = lessons {
        cmd.arg("--lessons").arg(dir);
    }
    cmd.args(["list", "--format", "json"]);
    serde_json::from_str(&stdout_of(cmd)).expect("list prints JSON")
}

/// The `list` JSON shape: `[{id, topic, language, title, lessons: [{id, title, steps}],
/// questions}]`, every field of its type.
fn assert_list_shape(packs: &Value) {
    let packs = packs.as_array().expect("a list of packs");
    for pack in packs {
        for key in ["id", "topic", "language", "title"] {
            assert!(pack[key].is_string(), "`{key}` in {pack}");
        }
        assert!(pack["questions"].is_u64(), "`questions` in {pack}");
        let lessons = pack["lessons"].as_array().expect("`lessons` is a list");
        assert!(!lessons.is_empty(), "{pack}");
        for lesson in lessons {
            assert!(lesson["id"].is_string(), "{lesson}");
            assert!(lesson["title"].is_string(), "{lesson}");
            assert!(lesson["steps"].as_u64().is_some_and(|n| n > 0), "{lesson}");
        }
    }
}

#[test]
fn list_json_on_the_fixture_folder() {
    let packs = list_json(Some(&valid_dir()));
    assert_list_shape(&packs);
    let pack = &packs[0];
    assert_eq!(packs.as_array().map(Vec::len), Some(1));
    assert_eq!(pack["id"], "all-kinds");
    assert_eq!(pack["topic"], "qr-codes");
    assert_eq!(pack["language"], "en");
    assert_eq!(pack["title"], "Every kind, once");
    assert_eq!(pack["questions"], 2);
    assert_eq!(
        pack["lessons"],
        serde_json::json!([{ "id": "tour", "title": "A tour of the screens", "steps": 10 }])
    );
}

#[test]
fn list_text_on_the_fixture_folder() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.arg("--lessons").arg(valid_dir()).arg("list");
    let text = stdout_of(cmd);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"all-kinds (qr-codes, en): Every kind, once")
    );
    let lesson = lines.get(1).copied().unwrap_or_default();
    assert!(
        lesson.starts_with("  tour ") && lesson.contains("10 steps  A tour of the screens"),
        "{text}"
    );
    assert_eq!(lines.get(2), Some(&"  assessment: 2 questions"));
    assert_eq!(lines.len(), 3, "{text}");
}

#[test]
fn list_json_on_the_builtin_packs_has_the_seven_topics_in_every_language() {
    let packs = list_json(None);
    assert_list_shape(&packs);
    let packs = packs.as_array().expect("a list of packs");
    for language in digitutor::language::Language::ALL {
        let topics: Vec<&str> = packs
            .iter()
            .filter(|p| p["language"] == language.code())
            .filter_map(|p| p["topic"].as_str())
            .collect();
        assert_eq!(
            topics.iter().copied().collect::<BTreeSet<&str>>(),
            BTreeSet::from(TOPICS),
            "{language:?}"
        );
        assert_eq!(topics.len(), 7, "one pack per topic in {language:?}");
    }
    for pack in packs {
        assert_eq!(
            pack["id"], pack["topic"],
            "a built-in pack is named after its topic"
        );
    }
}

#[test]
fn list_text_on_the_builtin_packs_names_every_topic() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.arg("list");
    let text = stdout_of(cmd);
    for topic in TOPICS {
        let header = format!("{topic} ({topic}, en): ");
        assert!(
            text.lines().any(|l| l.starts_with(&header)),
            "no line starting `{header}` in\n{text}"
        );
    }
}

#[test]
fn schema_is_json_and_equals_the_committed_copy() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.arg("schema");
    let printed = stdout_of(cmd);
    let schema: Value = serde_json::from_str(&printed).expect("schema prints JSON");
    assert_eq!(
        schema["title"], "digitutor lesson pack, format version 1",
        "{printed}"
    );
    let required = schema["required"].as_array().expect("required keys");
    for key in ["format_version", "id", "topic", "language", "lessons"] {
        assert!(required.iter().any(|k| k == key), "`{key}` is required");
    }

    let committed_path = root().join("lessons/digitutor-pack.schema.json");
    let committed = std::fs::read_to_string(&committed_path).expect("the committed schema");
    assert!(
        printed == committed,
        "{} is out of date: run `digitutor schema > lessons/digitutor-pack.schema.json`",
        committed_path.display()
    );
}

#[test]
fn validate_with_no_paths_passes_the_builtin_packs_with_warnings_denied() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.args(["validate", "--deny-warnings"]);
    let text = stdout_of(cmd);
    let n = digitutor::pack::load::BUILTIN.len();
    assert_eq!(n, 7 * digitutor::language::Language::ALL.len());
    assert!(
        text.contains(&format!(
            "Checked {n} packs: {n} usable, 0 with errors; 0 errors, 0 warnings."
        )),
        "{text}"
    );
}
