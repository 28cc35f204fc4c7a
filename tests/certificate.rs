//! The real binary's `certificate` against temporary data folders: the HTML holds the learner's
//! name (escaped), the topic, the day passed, the score and the centre's name; one page per
//! topic passed; and no pass means exit status 1, a plain message, and no file.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use assert_cmd::Command;
use digitutor::engine::QuizResult;
use digitutor::progress::{DataDirs, Store};
use predicates::prelude::*;

/// 2025-03-12 10:00 UTC.
const MARCH_12: u64 = 1_741_773_600;

fn digitutor(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    cmd.env("DIGITUTOR_HOME", home).env_remove("NO_COLOR");
    cmd
}

fn tested(store: &Store, who: &str, pack: &str, score: u32, total: u32, at: u64) {
    let info = store.find(who).unwrap();
    let mut m = store.load(&info.id).unwrap().memory;
    m.tested(
        pack,
        &QuizResult {
            score,
            total,
            passed: score * 100 >= 80 * total,
            wrong: Vec::new(),
        },
        at,
    );
    store.save(&mut m).unwrap();
}

#[test]
fn a_pass_gives_a_certificate_with_name_topic_date_score_and_centre() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    std::fs::write(
        home.path().join("config.toml"),
        "centre_name = \"Sunrise & Co <Community Centre>\"\n",
    )
    .unwrap();
    let name = "Lan \"Bà\" <Nguyen> & family";
    store.create(name, MARCH_12).unwrap();
    tested(&store, name, "qr-codes", 6, 10, MARCH_12 - 86_400);
    tested(&store, name, "qr-codes", 9, 10, MARCH_12);
    let out = home.path().join("lan.html");

    digitutor(home.path())
        .args([
            "certificate",
            "Lan \"Bà\" <Nguyen> & family",
            "--topic",
            "qr-codes",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote the certificate"))
        .stdout(predicate::str::contains("(QR codes)"));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("Lan &quot;Bà&quot; &lt;Nguyen&gt; &amp; family"),
        "{html}"
    );
    assert!(!html.contains("<Nguyen>"));
    assert!(html.contains("<p class=\"topic\">QR codes</p>"));
    assert!(html.contains("Passed on 12 March 2025"));
    assert!(html.contains("with a score of 90% (9 of 10 questions right)"));
    assert!(html.contains("Sunrise &amp; Co &lt;Community Centre&gt;"));
    assert!(html.contains("@page { size: A4"));
    assert_eq!(html.matches("<section class=\"page\">").count(), 1);
    for outside in ["<script", "<link", "<img", "url(", "http"] {
        assert!(!html.contains(outside), "{outside} in the certificate");
    }
}

#[test]
fn without_a_topic_each_topic_passed_has_its_own_page_and_no_centre_line_when_unset() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Bao", MARCH_12).unwrap();
    tested(&store, "Bao", "scams", 8, 8, MARCH_12);
    tested(&store, "Bao", "qr-codes", 8, 10, MARCH_12);
    tested(&store, "Bao", "messaging", 3, 8, MARCH_12);
    let out = home.path().join("bao.html");
    digitutor(home.path())
        .args(["certificate", "bao", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote 2 certificates"));
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html.matches("<section class=\"page\">").count(), 2);
    // Pack order: QR codes before Spot and stop scams; messaging was not passed.
    let qr = html.find("<p class=\"topic\">QR codes</p>").unwrap();
    let scams = html
        .find("<p class=\"topic\">Spot and stop scams</p>")
        .unwrap();
    assert!(qr < scams);
    assert!(!html.contains("Messages, video calls"));
    assert!(html.contains("page-break-after: always"));
    assert!(!html.contains("class=\"centre\""));
}

#[test]
fn no_pass_means_exit_1_a_plain_message_and_no_file() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Lan", MARCH_12).unwrap();
    tested(&store, "Lan", "qr-codes", 7, 10, MARCH_12);
    let out = home.path().join("lan.html");

    digitutor(home.path())
        .args(["certificate", "Lan", "--topic", "qr-codes", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::diff(
            "Lan has not passed the QR codes assessment yet. A certificate is given after a pass (80% or more).\n",
        ));
    assert!(!out.exists());

    digitutor(home.path())
        .args(["certificate", "Lan", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Lan has not passed any assessment yet.",
        ));
    assert!(!out.exists());
}

#[test]
fn an_unknown_learner_or_topic_is_an_error_that_says_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Lan", MARCH_12).unwrap();
    let out = home.path().join("x.html");
    digitutor(home.path())
        .args(["certificate", "Nobody", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "there is no learner called Nobody",
        ))
        .stderr(predicate::str::contains("digitutor learners"));
    store.create("Trần Thị Mai", MARCH_12).unwrap();
    digitutor(home.path())
        .args(["certificate", "mai", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Did you mean \"Trần Thị Mai\" (id ",
        ));
    digitutor(home.path())
        .args(["certificate", "Lan", "--topic", "knitting", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no topic \"knitting\""))
        .stderr(predicate::str::contains("qr-codes"));
    assert!(!out.exists());
}
