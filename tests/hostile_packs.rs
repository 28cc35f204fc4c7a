//! Packs made to hurt: a huge count of digits, tens of thousands of problems, a pipe named like
//! a pack and a folder link that points back up. Each is checked quickly, named plainly, and
//! never hangs the checker.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use assert_cmd::Command;

fn validate(home: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", home)
        .arg("validate")
        .args(args)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn valid_pack() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/packs/valid/all-kinds.toml"
    ))
    .unwrap()
}

#[test]
fn a_step_asking_for_billions_of_digits_is_refused_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = valid_pack().replace("digits = 6", "digits = 4000000000");
    let line = text
        .lines()
        .position(|l| l == "digits = 4000000000")
        .unwrap()
        + 1;
    let file = dir.path().join("digits.toml");
    std::fs::write(&file, &text).unwrap();
    let (code, out) = validate(dir.path(), &[file.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "digits = 4000000000 is more than any code a learner types; at most 32 digits"
        ),
        "{out}"
    );
    assert!(out.contains(&format!("digits.toml:{line}:10")), "{out}");
}

/// A pack whose step card has `count` empty entries: one problem each, three bytes each.
fn many_problems(dir: &Path, count: usize) -> std::path::PathBuf {
    let card = format!("step_card = [{}]", "\"\",".repeat(count));
    let text = valid_pack().replacen(
        "step_card = [\"Read the screen.\", \"Do one thing at a time.\"]",
        &card,
        1,
    );
    assert_ne!(text, valid_pack());
    let file = dir.join("many.toml");
    std::fs::write(&file, text).unwrap();
    file
}

#[test]
fn thousands_of_problems_show_the_first_fifty_and_count_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let file = many_problems(dir.path(), 40_000);
    let (code, out) = validate(dir.path(), &[file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("error[").count(), 50, "fifty in full");
    assert!(
        out.contains("...and 39950 more problems not shown. Fix the ones above first, or see every one with --format json."),
        "{}",
        &out[out.len().saturating_sub(400)..]
    );
    assert!(out.contains("40000 errors"), "{}", &out[out.len() - 200..]);
    let (_, json) = validate(dir.path(), &["--format", "json", file.to_str().unwrap()]);
    let reports: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(reports[0]["diagnostics"].as_array().unwrap().len(), 40_000);
    // Every problem points inside the file: the line of the card, a column on it.
    let line = valid_pack()
        .lines()
        .position(|l| l.starts_with("step_card"))
        .unwrap()
        + 1;
    let last = &reports[0]["diagnostics"][39_999];
    assert_eq!(last["line"], line);
    assert_eq!(last["column"], 14 + 3 * 39_999);
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_pack_and_a_folder_link_going_round_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let packs = dir.path().join("packs");
    std::fs::create_dir(&packs).unwrap();
    std::fs::write(packs.join("good.toml"), valid_pack()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(packs.join("pipe.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink(&packs, packs.join("again")).unwrap();
    std::os::unix::fs::symlink(&packs, packs.join("loop.toml")).unwrap();
    let (code, out) = validate(dir.path(), &[packs.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[not-a-file]"), "{out}");
    assert!(out.contains("pipe.toml"), "{out}");
    assert!(
        out.contains("Checked 2 packs: 1 usable, 1 with errors"),
        "{out}"
    );
}
