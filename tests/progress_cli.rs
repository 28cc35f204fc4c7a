//! The real binary's progress commands against temporary data folders: `paths`, `learners`
//! (list, rename, delete), `export` and `import` between two "computers".

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use digitutor::engine::{LessonResult, StepRecord};
use digitutor::progress::{DataDirs, LessonStatus, Memory, Store};
use predicates::prelude::*;

fn digitutor(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // Messages come in the computer's language: these tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.env("DIGITUTOR_HOME", data).env_remove("NO_COLOR");
    cmd
}

fn finished(store: &Store, name: &str, pack: &str, lesson: &str) {
    let info = store.find(name).unwrap();
    let mut m: Memory = store.load(&info.id).unwrap().memory;
    m.finished(
        pack,
        &LessonResult {
            lesson: lesson.into(),
            steps: vec![StepRecord {
                step: "s".into(),
                attempts: 1,
                done: true,
                ..StepRecord::default()
            }],
        },
        10,
    );
    store.save(&mut m).unwrap();
}

#[test]
fn paths_names_the_folders_in_use_from_the_environment_or_the_option() {
    let env_dir = tempfile::tempdir().unwrap();
    let opt_dir = tempfile::tempdir().unwrap();
    digitutor(env_dir.path())
        .arg("paths")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "profiles: {}",
            env_dir.path().join("profiles").display()
        )))
        .stdout(predicate::str::contains(format!(
            "lessons:  {}",
            env_dir.path().join("lessons").display()
        )));
    digitutor(env_dir.path())
        .args(["--data-dir"])
        .arg(opt_dir.path())
        .arg("paths")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            opt_dir.path().display().to_string(),
        ))
        .stdout(predicate::str::contains(env_dir.path().display().to_string()).not());
}

#[test]
fn learners_lists_renames_and_deletes_without_erasing() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(data.path()));
    store.create("Bat-Erdene", 1).unwrap();
    finished(&store, "Bat-Erdene", "qr-codes", "scan-not-photo");
    finished(&store, "Bat-Erdene", "qr-codes", "a-lesson-since-removed");
    digitutor(data.path())
        .arg("learners")
        .assert()
        .success()
        .stdout(predicate::str::contains("Bat-Erdene"))
        .stdout(predicate::str::contains("2 lessons done"))
        .stdout(predicate::str::contains("qr-codes/a-lesson-since-removed"));
    digitutor(data.path())
        .args(["learners", "rename", "bat-erdene", "Bat-Erdene Dorj"])
        .assert()
        .success()
        .stdout(predicate::str::contains("is now called Bat-Erdene Dorj"));
    digitutor(data.path())
        .args(["learners", "delete", "Bat-Erdene Dorj"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kept in"));
    assert!(store.find("Bat-Erdene Dorj").is_none());
    let kept = std::fs::read_dir(data.path().join("deleted"))
        .unwrap()
        .count();
    assert_eq!(kept, 1);
    digitutor(data.path())
        .args(["learners", "delete", "Nobody"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "there is no learner called Nobody",
        ));
}

#[test]
fn export_on_one_computer_and_import_on_another_merges_progress() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let stick = tempfile::tempdir().unwrap();
    let file = stick.path().join("lan.json");
    let a = Store::new(DataDirs::at(first.path()));
    let b = Store::new(DataDirs::at(second.path()));
    a.create("Lan", 1).unwrap();
    finished(&a, "Lan", "scams", "four-signs");
    b.create("Lan", 2).unwrap();
    finished(&b, "Lan", "qr-codes", "scan-not-photo");

    digitutor(first.path())
        .args(["export", "Lan"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Saved the progress of Lan"));
    // Lan was added on each computer separately (two ids): the import asks before merging by
    // name alone, and the trainer says it is the same person.
    digitutor(second.path())
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("Nothing was merged"));
    digitutor(second.path())
        .arg("import")
        .arg(&file)
        .args(["--as", "Lan"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Merged the progress into Lan"));
    digitutor(second.path())
        .arg("import")
        .arg(&file)
        .args(["--as", "Lan"])
        .assert()
        .success()
        .stdout(predicate::str::contains("already imported"));
    let lan = b.load(&b.find("Lan").unwrap().id).unwrap().memory;
    assert_eq!(lan.status("scams", "four-signs"), LessonStatus::Done);
    assert_eq!(lan.status("qr-codes", "scan-not-photo"), LessonStatus::Done);
    assert_eq!(
        b.list().len(),
        1,
        "merged into the same learner, not a second Lan"
    );
}

#[test]
fn importing_something_else_names_the_file_and_says_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("photo.jpg");
    std::fs::write(&file, b"\xff\xd8\xff not json").unwrap();
    digitutor(data.path())
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("photo.jpg"))
        .stderr(predicate::str::contains("digitutor export"));
}

#[test]
fn names_are_found_without_case_or_accents_and_near_misses_are_suggested() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Nguyễn Thị Lan", 1).unwrap();
    let out = tempfile::tempdir().unwrap();
    digitutor(dir.path())
        .args(["export", "nguyen thi lan"])
        .arg(out.path().join("lan.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Saved the progress of Nguyễn Thị Lan",
        ));
    digitutor(dir.path())
        .args(["learners", "rename", "Nguyen Thi Lam", "Lan"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "there is no learner called Nguyen Thi Lam; did you mean \"Nguyễn Thị Lan\"?",
        ));
    digitutor(dir.path())
        .args(["certificate", "nguyen thi lam", "--out"])
        .arg(out.path().join("c.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("Did you mean \"Nguyễn Thị Lan\""));
}
