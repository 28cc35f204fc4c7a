//! `digitutor validate` from the outside, one broken pack per rule (the bottom habit): every file in
//! `tests/fixtures/packs/invalid/` breaks exactly one rule, named by the file and by the comment at
//! its top. Each test runs the real binary on one file and checks the exit status, the code, the
//! message, the `file:line:col` and that nothing else is reported. Files that cannot sensibly be
//! committed (too big, not UTF-8, missing) are made in a temporary folder by their tests.
//!
//! Every run gets its own temporary `DIGITUTOR_HOME`, so no test can touch a real learner's data.

// Helpers outside `#[test]` functions may fail a test too.
#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn invalid_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/invalid")
}

fn valid_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/valid/all-kinds.toml")
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

fn home() -> TempDir {
    tempfile::tempdir().expect("a temporary data folder")
}

/// What a run printed and how it ended.
struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(mut cmd: Command) -> Run {
    let out = cmd.output().expect("digitutor runs");
    Run {
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Runs `validate CODE.toml` in the fixture folder and checks that exactly one problem is
/// reported: `code`, with this severity and message, at `line:column`.
fn check_fixture(code: &str, severity: Severity, (line, column): (usize, usize), message: &str) {
    let file = format!("{code}.toml");
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.current_dir(invalid_dir()).args(["validate", &file]);
    let out = run(cmd);
    let shown = format!("{code}: validate printed:\n{}{}", out.stdout, out.stderr);

    let expected_status = match severity {
        Severity::Error => 1,
        Severity::Warning => 0,
    };
    assert_eq!(out.status, Some(expected_status), "{shown}");
    let title = format!("{}[{code}]: {message}\n", severity.word());
    assert!(out.stdout.contains(&title), "expected `{title}`\n{shown}");
    let location = format!("--> {file}:{line}:{column}\n");
    assert!(
        out.stdout.contains(&location),
        "expected `{location}`\n{shown}"
    );
    assert!(out.stdout.contains("= help: "), "no help line\n{shown}");
    let summary = match severity {
        Severity::Error => "Checked 1 pack: 0 usable, 1 with errors; 1 error, 0 warnings.",
        Severity::Warning => "Checked 1 pack: 1 usable, 0 with errors; 0 errors, 1 warning.",
    };
    assert!(
        out.stdout.contains(summary),
        "expected exactly one problem: `{summary}`\n{shown}"
    );

    if severity == Severity::Warning {
        let mut cmd = digitutor(&home);
        cmd.current_dir(invalid_dir())
            .args(["validate", "--deny-warnings", &file]);
        let denied = run(cmd);
        assert_eq!(
            denied.status,
            Some(1),
            "{code}: --deny-warnings must fail on a warning\n{}",
            denied.stdout
        );
    }
}

/// One test per fixture file: `name: "file-stem" severity line:column "message";`. The file stem
/// is the rule's code.
macro_rules! fixtures {
    ($($name:ident: $code:literal $severity:ident $line:literal : $column:literal $message:literal;)*) => {
        $(
            #[test]
            fn $name() {
                check_fixture($code, Severity::$severity, ($line, $column), $message);
            }
        )*

        /// Every fixture that has a test above.
        const FIXTURES: &[&str] = &[$($code),*];
    };
}

fixtures! {
    // The file as a whole: TOML syntax and format version.
    toml_syntax: "toml-syntax" Error 6:19 "invalid basic string, expected `\"`";
    format_too_new: "format-too-new" Error 4:18
        "this pack was made for a newer digitutor (format version 2; this one understands up to version 1)";
    format_too_old: "format-too-old" Error 2:18 "format version 0 does not exist";

    // Shape: keys, types and fixed words.
    unknown_key: "unknown-key" Error 12:1 "`titel` is not a key that a lesson can have";
    missing_key: "missing-key" Error 9:1 "a lesson needs `goal`, but it has none";
    wrong_type: "wrong-type" Error 2:18 "`format_version` should be a whole number, but it is text";
    unknown_word: "unknown-word" Error 18:6 "\"contine\" is not allowed for `do`";
    out_of_range: "out-of-range" Error 2:18 "`format_version` cannot be below zero";
    invalid_value: "invalid-value" Error 20:10 "invalid value: integer `99999999999`, expected u32";
    control_character: "control-character" Error 6:9
        "`title` contains an escape character (which could start a terminal escape sequence)";

    // The pack header.
    bad_id: "bad-id" Error 3:6 "\"Tiny Pack\" is not a usable id for the pack";
    unknown_topic: "unknown-topic" Error 4:9 "\"qr-code\" is not one of the seven topics";
    bad_language: "bad-language" Error 5:12 "\"English\" is not a language tag";
    empty_text: "empty-text" Error 6:9 "the pack's `title` is empty";

    // Lessons and the way through them.
    duplicate_id: "duplicate-id" Error 25:6 "two steps have the id \"read\"";
    empty_step_card: "empty-step-card" Error 13:13 "lesson \"one\" has an empty step card";
    no_lessons: "no-lessons" Error 8:11 "this pack has no lessons";
    no_steps: "no-steps" Error 9:1 "lesson \"one\" has no steps";
    unknown_step: "unknown-step" Error 19:8 "there is no step \"reed\" in this lesson";
    unreachable_step: "unreachable-step" Warning 26:6
        "no path through lesson \"one\" reaches step \"never\"";
    cannot_finish: "cannot-finish" Error 10:6
        "following the right answers of lesson \"one\" goes round in a loop and never ends";

    // Steps, screens and text.
    field_not_for_action: "field-not-for-action" Error 19:10
        "`target` is not used when do = \"continue\"";
    field_not_for_screen: "field-not-for-screen" Error 23:11
        "an \"info\" screen does not show `address`";
    missing_screen_field: "missing-screen-field" Error 21:8 "an \"info\" screen needs `text`";
    too_wide: "too-wide" Warning 22:9
        "`title` is 51 columns wide; only 34 fit in an 80-column window";
    todo_left: "todo-left" Warning 17:15 "this text still has a TODO in it";
    no_hint: "no-hint" Error 16:6 "step \"prize\" has no hint";
    empty_hint: "empty-hint" Error 19:53 "this hint is empty";
    hint_repeats_instruction: "hint-repeats-instruction" Warning 19:10
        "this hint only repeats the instruction";
    no_explanation: "no-explanation" Error 16:6 "step \"prize\" has no explanation";
    repeats_banner: "repeats-banner" Warning 19:12
        "this feedback starts with the words the tutor already shows above it: \"Not quite.\"";
    qr_payload_opens: "qr-payload-opens" Error 25:11
        "a learner's own phone could open this QR code: it is a web address";

    // do = "choose".
    too_few_options: "too-few-options" Error 16:6
        "step \"prize\" needs at least two options to choose from";
    no_right_option: "no-right-option" Error 51:1 "no option of step \"pick\" is marked right";
    wrong_option_without_feedback: "wrong-option-without-feedback" Error 33:6
        "wrong option \"reply\" has no feedback";
    same_feedback: "same-feedback" Warning 40:12
        "option \"call\" has the same feedback as option \"reply\"";
    next_on_wrong: "next-on-wrong" Error 36:8
        "option \"reply\" is wrong, so it cannot lead to another step";

    // Consequences.
    consequence_on_right: "consequence-on-right" Error 31:15
        "option \"delete\" is right, but has a consequence \"money-gone\"";
    unknown_consequence: "unknown-consequence" Error 36:15
        "there is no consequence \"money-gone\" in this lesson";
    unused_consequence: "unused-consequence" Warning 38:6
        "no option, tap or mistake leads to consequence \"money-gone\"";

    // do = "tap".
    unknown_element: "unknown-element" Error 19:10 "the screen has no element \"camra\"";
    feedback_on_target: "feedback-on-target" Error 32:11
        "\"camera\" is the right element, but has wrong-answer feedback";
    empty_feedback: "empty-feedback" Error 32:12 "this feedback is empty";
    missing_target: "missing-target" Error 40:6
        "step \"open-camera\" asks to tap, but does not say what";

    // do = "type" and do = "scan".
    missing_check: "missing-check" Error 40:6
        "step \"town\" asks to type, but does not say how to check the answer";
    bad_check: "bad-check" Error 19:9
        "check = \"exact\" needs exactly one answer, but step \"town\" has 2";
    mistake_is_right: "mistake-is-right" Error 31:10
        "the mistake \"hue\" would be accepted as right";
    scan_without_qr: "scan-without-qr" Error 24:8
        "step \"scan\" asks to scan, but its screen is not a QR code";

    // The assessment.
    pool_too_small: "pool-too-small" Error 26:1
        "the assessment draws 8 questions, but its pool has only 1";
    bad_assessment: "bad-assessment" Error 26:16 "a pass mark of 120% is not possible";
    not_one_right_answer: "not-one-right-answer" Error 31:11
        "question \"sticker\" has 2 right options; it needs exactly one";
    field_not_for_question: "field-not-for-question" Error 33:43
        "an assessment option has no `next`";
}

#[test]
fn every_fixture_has_a_test_and_says_which_rule_it_breaks() {
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(invalid_dir()).expect("the fixture folder") {
        let path = entry.expect("a fixture").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("a readable fixture");
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("# Breaks `{stem}`")),
            "{}: the first line should say which rule it breaks, but is `{first}`",
            path.display()
        );
        on_disk.insert(stem);
    }
    let tested: BTreeSet<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        tested.len(),
        FIXTURES.len(),
        "a fixture is listed twice in `fixtures!`"
    );
    let untested: Vec<_> = on_disk.difference(&tested).collect();
    let missing: Vec<_> = tested.difference(&on_disk).collect();
    assert!(untested.is_empty(), "fixtures without a test: {untested:?}");
    assert!(missing.is_empty(), "tests without a fixture: {missing:?}");
}

/// The whole fixture folder at once: one broken file never hides the problems of the next.
#[test]
fn a_folder_of_broken_packs_reports_every_file() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.args(["validate", "--format", "json"])
        .arg(invalid_dir());
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    let reports: Value = serde_json::from_str(&out.stdout).expect("validate prints JSON");
    let reports = reports.as_array().expect("a list of files");
    assert_eq!(reports.len(), FIXTURES.len(), "{}", out.stdout);
    for report in reports {
        let file = report["file"].as_str().expect("a file name");
        let stem = Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a .toml file");
        let codes: Vec<&str> = report["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        assert_eq!(codes, [stem], "{file}");
    }
}

#[test]
fn json_gives_severity_code_file_line_column_message_and_help() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.current_dir(invalid_dir()).args([
        "validate",
        "--format",
        "json",
        "duplicate-id.toml",
        "too-wide.toml",
    ]);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    let reports: Value = serde_json::from_str(&out.stdout).expect("validate prints JSON");

    let dup = &reports[0];
    assert_eq!(dup["file"], "duplicate-id.toml");
    assert_eq!(dup["ok"], false);
    assert_eq!(dup["errors"], 1);
    assert_eq!(dup["warnings"], 0);
    let d = &dup["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "duplicate-id");
    assert_eq!(d["file"], "duplicate-id.toml");
    assert_eq!(d["line"], 25);
    assert_eq!(d["column"], 6);
    assert_eq!(d["message"], "two steps have the id \"read\"");
    assert_eq!(
        d["help"],
        "The first is on line 16. Ids must be unique: rename one of them."
    );

    let wide = &reports[1];
    assert_eq!(wide["file"], "too-wide.toml");
    assert_eq!(wide["ok"], true, "a warning leaves the pack usable");
    assert_eq!(wide["errors"], 0);
    assert_eq!(wide["warnings"], 1);
    let w = &wide["diagnostics"][0];
    assert_eq!(w["severity"], "warning");
    assert_eq!(w["code"], "too-wide");
    assert_eq!(w["line"], 22);
    assert_eq!(w["column"], 9);
    assert_eq!(
        w["help"],
        "Shorten it, or it will be cut off on small screens."
    );
    assert_eq!(reports.as_array().map(Vec::len), Some(2));
}

#[test]
fn json_for_a_warning_only_file_exits_zero_unless_warnings_are_denied() {
    let home = home();
    for (deny, status) in [(false, 0), (true, 1)] {
        let mut cmd = digitutor(&home);
        cmd.current_dir(invalid_dir())
            .args(["validate", "--format", "json", "todo-left.toml"]);
        if deny {
            cmd.arg("--deny-warnings");
        }
        let out = run(cmd);
        assert_eq!(out.status, Some(status), "deny={deny}: {}", out.stdout);
        let reports: Value = serde_json::from_str(&out.stdout).expect("validate prints JSON");
        let d = &reports[0]["diagnostics"][0];
        assert_eq!(d["severity"], "warning");
        assert_eq!(d["code"], "todo-left");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(17), Some(15))
        );
    }
}

#[test]
fn every_problem_in_a_file_is_reported_not_just_the_first() {
    // The unknown-key fixture with a second mistake: a bad pack id on line 3.
    let text = std::fs::read_to_string(invalid_dir().join("unknown-key.toml")).expect("fixture");
    let text = text.replacen("id = \"tiny\"", "id = \"Tiny\"", 1);
    let home = home();
    let dir = home.path().join("packs");
    std::fs::create_dir(&dir).expect("a folder");
    std::fs::write(dir.join("two.toml"), text).expect("write the pack");
    let mut cmd = digitutor(&home);
    cmd.current_dir(&dir)
        .args(["validate", "--format", "json", "two.toml"]);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    let reports: Value = serde_json::from_str(&out.stdout).expect("validate prints JSON");
    let found: Vec<(String, u64, u64)> = reports[0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("bad-id".to_string(), 3, 6),
            ("unknown-key".to_string(), 12, 1)
        ]
    );
}

#[test]
fn a_file_over_one_mebibyte_is_refused_without_a_line() {
    let home = home();
    let dir = home.path().join("packs");
    std::fs::create_dir(&dir).expect("a folder");
    let mut text = std::fs::read_to_string(valid_pack()).expect("the valid pack");
    let filler = "# padding to make the file too big\n";
    while text.len() <= 1024 * 1024 {
        text.push_str(filler);
    }
    std::fs::write(dir.join("file-too-big.toml"), &text).expect("write the pack");
    let kib = text.len() / 1024;

    let mut cmd = digitutor(&home);
    cmd.current_dir(&dir)
        .args(["validate", "file-too-big.toml"]);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    let title =
        format!("error[file-too-big]: this file is {kib} KiB; a pack may be at most 1024 KiB\n");
    assert!(out.stdout.contains(&title), "{}", out.stdout);
    assert!(
        out.stdout.contains("note: in file-too-big.toml"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("-->"),
        "no line to point at: {}",
        out.stdout
    );

    let mut cmd = digitutor(&home);
    cmd.current_dir(&dir)
        .args(["validate", "--format", "json", "file-too-big.toml"]);
    let out = run(cmd);
    let reports: Value = serde_json::from_str(&out.stdout).expect("validate prints JSON");
    let d = &reports[0]["diagnostics"][0];
    assert_eq!(d["code"], "file-too-big");
    assert_eq!(d["file"], "file-too-big.toml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(
        d["help"],
        "Split the lessons into several packs, or check that this is really a lesson pack."
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused() {
    let home = home();
    let dir = home.path().join("packs");
    std::fs::create_dir(&dir).expect("a folder");
    // "Huế" saved in a Windows code page rather than UTF-8.
    std::fs::write(dir.join("latin.toml"), b"title = \"Hu\xea\"\n").expect("write the pack");
    let mut cmd = digitutor(&home);
    cmd.current_dir(&dir).args(["validate", "latin.toml"]);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("error[not-utf8]: this file is not UTF-8 text\n"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("note: in latin.toml"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("help: Save the file as UTF-8 in your text editor."),
        "{}",
        out.stdout
    );
}

#[test]
fn a_missing_file_is_reported_as_unreadable() {
    let home = home();
    let missing = home.path().join("no-such-pack.toml");
    let mut cmd = digitutor(&home);
    cmd.arg("validate").arg(&missing);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("error[unreadable]: cannot read this file: "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(&format!("note: in {}", missing.display())),
        "{}",
        out.stdout
    );
}

#[test]
fn a_broken_pack_next_to_a_good_one_does_not_stop_it_loading() {
    let home = home();
    let dir = home.path().join("packs");
    std::fs::create_dir(&dir).expect("a folder");
    std::fs::copy(valid_pack(), dir.join("all-kinds.toml")).expect("copy the good pack");
    std::fs::copy(
        invalid_dir().join("unknown-key.toml"),
        dir.join("broken.toml"),
    )
    .expect("copy the broken pack");
    let broken = dir.join("broken.toml");

    let mut cmd = digitutor(&home);
    cmd.arg("validate").arg(&dir);
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    assert!(
        out.stdout
            .contains(&format!("--> {}:12:1\n", broken.display())),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("Checked 2 packs: 1 usable, 1 with errors; 1 error, 0 warnings."),
        "{}",
        out.stdout
    );

    let mut cmd = digitutor(&home);
    cmd.arg("--lessons")
        .arg(&dir)
        .args(["list", "--format", "json"]);
    let out = run(cmd);
    assert_eq!(out.status, Some(0), "{}{}", out.stdout, out.stderr);
    let packs: Value = serde_json::from_str(&out.stdout).expect("list prints JSON");
    let ids: Vec<&str> = packs
        .as_array()
        .expect("a list of packs")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, ["all-kinds"]);
    assert!(
        out.stderr.contains(&format!(
            "Skipped {}: it has errors. Run `digitutor validate {}` to see them.",
            broken.display(),
            broken.display()
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn validating_writes_nothing_to_the_data_folder() {
    let home = home();
    let mut cmd = digitutor(&home);
    cmd.arg("validate").arg(invalid_dir()).arg(valid_pack());
    let out = run(cmd);
    assert_eq!(out.status, Some(1), "{}", out.stdout);
    let left: Vec<_> = std::fs::read_dir(home.path())
        .expect("the data folder")
        .collect();
    assert!(left.is_empty(), "validate wrote {left:?}");
}
