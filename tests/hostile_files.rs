//! Files and folders that others placed on a shared computer: a pipe where progress should be, a
//! link planted to write elsewhere, a file given as the data folder, an export that would
//! overwrite something, a half-finished save's leftovers, and an import that names a different
//! learner. Each is refused or handled with a plain message; nothing outside is touched.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use assert_cmd::Command;
use digitutor::progress::{DataDirs, Store};

fn digitutor(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // Messages come in the computer's language: these tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.env("DIGITUTOR_HOME", data)
        .arg("--data-dir")
        .arg(data)
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

fn said(cmd: &mut Command) -> (bool, String) {
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[cfg(unix)]
#[test]
fn a_pipe_in_place_of_progress_is_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let lan = store.create("Lan", 1).unwrap();
    let file = DataDirs::at(dir.path())
        .profile(&lan.profile.id)
        .join("progress.json");
    std::fs::remove_file(&file).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&file)
        .status()
        .unwrap();
    assert!(made.success());
    // Each of these would wait for ever if it opened the pipe.
    for args in [
        &["learners"][..],
        &["report"][..],
        &["export", "Lan", "x.json"][..],
    ] {
        let out = digitutor(dir.path())
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn a_planted_link_is_replaced_never_written_through_and_new_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("important.txt");
    std::fs::write(&target, "do not touch").unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let lan = store.create("Lan", 1).unwrap();
    let profile = DataDirs::at(dir.path()).profile(&lan.profile.id);
    let file = profile.join("progress.json");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(
        mode & 0o077,
        0,
        "progress is this account's alone: {mode:o}"
    );
    let folder = std::fs::metadata(&profile).unwrap().permissions().mode();
    assert_eq!(folder & 0o077, 0, "{folder:o}");
    // Someone replaces the backup and progress with links to a file elsewhere.
    let copy = std::fs::read(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&target, &copy).unwrap();
    std::os::unix::fs::symlink(&target, &file).unwrap();
    store.rename(&lan.profile.id, "Lan Anh").unwrap();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        copy,
        "the outside file is untouched"
    );
    assert!(
        !std::fs::symlink_metadata(&file)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(store.find("Lan Anh").unwrap().id, lan.profile.id);
}

#[test]
fn export_and_certificate_never_replace_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    Store::new(DataDirs::at(dir.path()))
        .create("Lan", 1)
        .unwrap();
    let existing = dir.path().join("lan.json");
    std::fs::write(&existing, "a file that was here first").unwrap();
    let (ok, out) = said(
        digitutor(dir.path())
            .arg("export")
            .arg("Lan")
            .arg(&existing),
    );
    assert!(!ok, "{out}");
    assert!(out.contains("already exists. Add --force"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "a file that was here first"
    );
    let (ok, out) = said(
        digitutor(dir.path())
            .args(["certificate", "Lan", "--out"])
            .arg(&existing),
    );
    assert!(!ok && out.contains("already exists. Add --force"), "{out}");
    let (ok, out) = said(
        digitutor(dir.path())
            .arg("export")
            .arg("Lan")
            .arg(&existing)
            .arg("--force"),
    );
    assert!(ok, "{out}");
    assert!(
        std::fs::read_to_string(&existing)
            .unwrap()
            .contains("digitutor")
    );
}

#[test]
fn the_data_folder_must_be_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let (ok, out) = said(digitutor(&file).arg("learners"));
    assert!(!ok, "{out}");
    assert!(out.contains("is not a folder"), "{out}");
}

#[test]
fn a_killed_saves_leftovers_are_tidied_when_the_learner_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let lan = store.create("Lan", 1).unwrap();
    let profile = DataDirs::at(dir.path()).profile(&lan.profile.id);
    std::fs::write(profile.join(".progress.json.Ab3dE9"), "half").unwrap();
    std::fs::write(profile.join(".progress.json.bak.x7Yz01"), "half").unwrap();
    std::fs::write(profile.join(".progress.json.keep-me"), "a trainer's").unwrap();
    std::fs::write(profile.join("notes.txt"), "a trainer's").unwrap();
    let (_claim, _) = store.claim(&lan.profile.id);
    let left: Vec<String> = std::fs::read_dir(&profile)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !left.iter().any(|n| n == ".progress.json.Ab3dE9"),
        "{left:?}"
    );
    assert!(
        !left.iter().any(|n| n == ".progress.json.bak.x7Yz01"),
        "{left:?}"
    );
    assert!(
        left.iter().any(|n| n == ".progress.json.keep-me"),
        "{left:?}"
    );
    assert!(left.iter().any(|n| n == "notes.txt"), "{left:?}");
    assert!(left.iter().any(|n| n == "progress.json"), "{left:?}");
}

#[test]
fn an_import_that_names_a_different_learner_asks_before_merging() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    // Two different people called Lan, one on each computer.
    Store::new(DataDirs::at(here.path()))
        .create("Lan", 1)
        .unwrap();
    Store::new(DataDirs::at(there.path()))
        .create("Lan", 2)
        .unwrap();
    let file = there.path().join("lan.json");
    let (ok, out) = said(digitutor(there.path()).arg("export").arg("Lan").arg(&file));
    assert!(ok, "{out}");
    let (ok, out) = said(digitutor(here.path()).arg("import").arg(&file));
    assert!(!ok, "{out}");
    assert!(out.contains("Nothing was merged"), "{out}");
    assert!(
        out.contains("--as \"Lan\"") && out.contains("--new"),
        "{out}"
    );
    let (ok, out) = said(digitutor(here.path()).arg("import").arg(&file).arg("--new"));
    assert!(ok, "{out}");
    assert!(out.contains("Added Lan (2)"), "{out}");
    let store = Store::new(DataDirs::at(here.path()));
    assert_eq!(store.list().len(), 2);
    // The same file again, now on purpose into the first Lan.
    let (ok, out) = said(
        digitutor(here.path())
            .arg("import")
            .arg(&file)
            .args(["--as", "Lan"]),
    );
    assert!(ok, "{out}");
    assert!(out.contains("Merged the progress into Lan"), "{out}");
    assert_eq!(store.list().len(), 2);
}

#[test]
fn an_import_says_which_lessons_belong_to_packs_not_here_and_keeps_them() {
    let there = tempfile::tempdir().unwrap();
    let here = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(there.path()));
    let lan = store.create("Lan", 1).unwrap();
    let mut memory = digitutor::progress::Memory::from_progress(lan);
    memory.at_step("a-pack-from-elsewhere", "its-lesson", "first", 5);
    memory.at_step("scams", "four-signs", "pretend", 6);
    store.save(&mut memory).unwrap();
    let file = there.path().join("lan.json");
    assert!(said(digitutor(there.path()).arg("export").arg("Lan").arg(&file)).0);
    let (ok, out) = said(digitutor(here.path()).arg("import").arg(&file));
    assert!(ok, "{out}");
    assert!(out.contains("Added Lan"), "{out}");
    assert!(
        out.contains("1 lesson in the file is from packs not on this computer. It is kept"),
        "{out}"
    );
    let kept = Store::new(DataDirs::at(here.path()));
    let id = kept.find("Lan").unwrap().id;
    let progress = kept.read(&id).unwrap().memory.progress().clone();
    assert!(progress.lessons.contains_key("a-pack-from-elsewhere"));
}
