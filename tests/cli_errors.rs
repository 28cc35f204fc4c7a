//! Errors, not panics: a reader that goes away, a start without a terminal, and numbers out of
//! range on the command line each end with a plain message (or quietly), never a Rust panic.

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;

fn digitutor(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // Messages come in the computer's language: these tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.env("DIGITUTOR_HOME", data).arg("--data-dir").arg(data);
    cmd
}

/// Starts a command, reads one line of its output, closes the pipe, and returns what it said on
/// standard error and how it ended.
fn read_one_line_then_hang_up(args: &[&str], data: &std::path::Path) -> (String, Option<i32>) {
    let mut child = Process::new(cargo_bin("digitutor"))
        .env("DIGITUTOR_HOME", data)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    assert!(!first.is_empty(), "{args:?} printed nothing");
    // The reader is dropped here: the pipe is closed while the command still has much to say.
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["demo", "--headless", "scams"][..],
        &["list"][..],
        &["schema"][..],
    ] {
        let (stderr, code) = read_one_line_then_hang_up(args, dir.path());
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        assert_eq!(code, Some(0), "{args:?}");
    }
}

#[test]
fn without_a_terminal_the_tutor_says_it_needs_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = digitutor(dir.path())
        .write_stdin("")
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal window"), "{err}");
    assert!(err.contains("digitutor list"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for args in [
        &["demo", "scams"][..],
        &["preview", "lessons/en/scams.toml"][..],
    ] {
        let out = digitutor(dir.path())
            .args(args)
            .write_stdin("")
            .assert()
            .code(1)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("needs a terminal window"), "{args:?}: {err}");
    }
}

#[test]
fn numbers_out_of_range_are_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["--idle-minutes", "18446744073709551615", "list"][..],
            "1..=240",
        ),
        (&["--idle-minutes", "0", "list"][..], "1..=240"),
        (
            &["demo", "--headless", "scams", "--width", "60000"][..],
            "80..=400",
        ),
        (
            &["demo", "--headless", "scams", "--height", "10"][..],
            "24..=200",
        ),
    ] {
        let out = digitutor(dir.path())
            .args(args)
            .assert()
            .failure()
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_huge_timeout_in_the_settings_file_does_not_stop_the_tutor() {
    // The tutor itself needs a terminal; what matters here is that reading the settings and
    // building the tutor does not panic before that check.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "idle_minutes = 9223372036854775807\n",
    )
    .unwrap();
    let out = digitutor(dir.path())
        .write_stdin("")
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}
