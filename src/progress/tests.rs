//! Progress: the model's changes and merges, and the store's saves, recoveries and refusals.
//! Every test uses its own temporary folder.

use std::fs;

use super::model::{Change, LessonStatus, Place, Progress};
use super::store::{BACKUP_FILE, PROGRESS_FILE};
use super::*;
use crate::engine::{LessonResult, StepRecord};

fn result(lesson: &str, steps: &[(&str, u32, &[&str])]) -> LessonResult {
    LessonResult {
        lesson: lesson.into(),
        steps: steps
            .iter()
            .map(|(id, mistakes, wrong)| StepRecord {
                step: (*id).into(),
                attempts: mistakes + 1,
                mistakes: *mistakes,
                hints: 0,
                wrong_answers: wrong.iter().map(|w| (*w).to_string()).collect(),
                done: true,
            })
            .collect(),
    }
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    (dir, store)
}

// --- the model ---

#[test]
fn finishing_a_lesson_marks_it_done_and_counts_mistakes_per_step() {
    let mut p = Progress::new("lan-1", "Lan", 1);
    p.apply(&Change::Reached(Place {
        pack: "qr".into(),
        lesson: "scan".into(),
        step: "a".into(),
        at: 5,
    }));
    assert_eq!(p.status("qr", "scan"), LessonStatus::Started);
    assert!(p.place.is_some());
    p.apply(&Change::Finished {
        pack: "qr".into(),
        result: result("scan", &[("a", 0, &[]), ("b", 2, &["photo", "photo"])]),
        at: 9,
        mistakes_counted: false,
    });
    let l = p.lesson("qr", "scan").unwrap();
    assert_eq!(l.status, LessonStatus::Done);
    assert_eq!((l.best_first_try, l.best_of), (1, 2));
    assert_eq!(l.steps["b"].mistakes, 2);
    assert_eq!(l.steps["b"].wrong_answers["photo"], 2);
    assert_eq!(p.place, None, "a finished lesson is no place to continue");
    assert_eq!(p.profile.last_used, 9);
}

#[test]
fn the_best_assessment_result_is_kept_and_a_pass_stays_a_pass() {
    let mut p = Progress::new("lan-1", "Lan", 1);
    for (score, passed, at) in [(7, true, 10), (3, false, 20)] {
        p.apply(&Change::Tested {
            pack: "scams".into(),
            score,
            total: 8,
            passed,
            at,
        });
    }
    let a = &p.assessments["scams"];
    assert_eq!((a.attempts, a.best_score, a.best_percent), (2, 7, 87));
    assert!(a.passed);
    assert_eq!(a.passed_at, Some(10));
    assert_eq!(a.last_at, Some(20));
}

#[test]
fn merging_unites_completions_keeps_the_best_and_adds_mistakes() {
    let mut a = Progress::new("lan-1", "Lan", 100);
    a.here = "computer-a".into();
    a.apply(&Change::Finished {
        pack: "qr".into(),
        result: result("scan", &[("x", 1, &["photo"]), ("y", 1, &["b"])]),
        at: 200,
        mistakes_counted: false,
    });
    let mut b = Progress::new("lan-1", "Lan", 50);
    b.here = "computer-b".into();
    b.apply(&Change::Finished {
        pack: "qr".into(),
        result: result("scan", &[("x", 0, &[]), ("y", 3, &["b", "c", "c"])]),
        at: 300,
        mistakes_counted: false,
    });
    b.apply(&Change::Finished {
        pack: "scams".into(),
        result: result("signs", &[("s", 0, &[])]),
        at: 310,
        mistakes_counted: false,
    });
    b.apply(&Change::Tested {
        pack: "qr".into(),
        score: 8,
        total: 8,
        passed: true,
        at: 320,
    });
    a.merge(&b);
    let scan = a.lesson("qr", "scan").unwrap();
    assert_eq!(scan.completions, 2);
    assert_eq!((scan.best_first_try, scan.best_of), (1, 2));
    assert_eq!(scan.steps["x"].mistakes, 1);
    assert_eq!(scan.steps["y"].mistakes, 4);
    assert_eq!(scan.steps["y"].wrong_answers["c"], 2);
    assert_eq!(scan.first_finished, Some(200));
    assert_eq!(scan.last_finished, Some(300));
    assert_eq!(a.status("scams", "signs"), LessonStatus::Done);
    assert!(a.assessments["qr"].passed);
    assert_eq!(a.profile.created, 50);
    assert_eq!(a.profile.last_used, 320);
}

#[test]
fn the_later_place_to_continue_wins_a_merge() {
    let place = |step: &str, at| Place {
        pack: "qr".into(),
        lesson: "scan".into(),
        step: step.into(),
        at,
    };
    let mut a = Progress::new("lan-1", "Lan", 1);
    a.apply(&Change::Reached(place("one", 10)));
    let mut b = Progress::new("lan-1", "Lan", 1);
    b.apply(&Change::Reached(place("three", 20)));
    a.merge(&b);
    assert_eq!(a.place.as_ref().map(|p| p.step.as_str()), Some("three"));
}

#[test]
fn ids_no_longer_in_the_packs_are_kept_and_listed() {
    let pack: crate::pack::Pack = toml::from_str(include_str!(
        "../../tests/fixtures/packs/valid/all-kinds.toml"
    ))
    .unwrap();
    let mut p = Progress::new("lan-1", "Lan", 1);
    p.apply(&Change::Finished {
        pack: "all-kinds".into(),
        result: result("tour", &[("welcome", 0, &[]), ("gone-step", 0, &[])]),
        at: 2,
        mistakes_counted: false,
    });
    p.apply(&Change::Finished {
        pack: "all-kinds".into(),
        result: result("old-lesson", &[("a", 0, &[])]),
        at: 3,
        mistakes_counted: false,
    });
    p.apply(&Change::Finished {
        pack: "old-pack".into(),
        result: result("l", &[("a", 0, &[])]),
        at: 4,
        mistakes_counted: false,
    });
    let unknown = p.unknown_ids(&[&pack]);
    assert_eq!(
        unknown,
        vec![
            "all-kinds/old-lesson",
            "all-kinds/tour/gone-step",
            "old-pack"
        ]
    );
    // Kept: still there after a save and a load.
    let (_dir, store) = store();
    let created = store.create("Lan", 1).unwrap();
    let mut m = Memory::from_progress(created);
    m.finished("old-pack", &result("l", &[("a", 0, &[])]), 4);
    store.save(&mut m).unwrap();
    let id = m.progress().profile.id.clone();
    let again = store.load(&id).unwrap();
    assert_eq!(again.memory.status("old-pack", "l"), LessonStatus::Done);
}

// --- the store ---

#[test]
fn a_new_learner_is_saved_at_once_and_listed_most_recent_first() {
    let (_dir, store) = store();
    let lan = store.create("  Nguyen   Thi Lan ", 10).unwrap();
    assert_eq!(lan.profile.name, "Nguyen Thi Lan");
    assert!(lan.profile.id.starts_with("nguyen-thi-lan-"));
    let kim = store.create("김영자", 20).unwrap();
    assert!(kim.profile.id.starts_with("learner-"));
    let names: Vec<_> = store.list().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["김영자", "Nguyen Thi Lan"]);
    assert!(matches!(
        store.create("nguyen thi lan", 30),
        Err(StoreError::NameTaken(_))
    ));
    assert!(matches!(
        store.create("   ", 30),
        Err(StoreError::BadName(crate::safe_text::NameProblem::Empty))
    ));
}

#[test]
fn a_save_keeps_the_previous_version_as_a_backup() {
    let (dir, store) = store();
    let mut m = Memory::from_progress(store.create("Lan", 1).unwrap());
    let id = m.progress().profile.id.clone();
    m.finished("qr", &result("scan", &[("a", 0, &[])]), 5);
    store.save(&mut m).unwrap();
    assert!(m.pending().is_empty());
    m.finished("qr", &result("check", &[("a", 0, &[])]), 6);
    store.save(&mut m).unwrap();
    let folder = dir.path().join("profiles").join(&id);
    let backup: Progress =
        serde_json::from_slice(&fs::read(folder.join(BACKUP_FILE)).unwrap()).unwrap();
    assert_eq!(backup.status("qr", "scan"), LessonStatus::Done);
    assert_eq!(backup.status("qr", "check"), LessonStatus::New);
    let loaded = store.load(&id).unwrap();
    assert_eq!(loaded.memory.status("qr", "check"), LessonStatus::Done);
    // No temporary files are left behind.
    let mut names: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["progress.json", "progress.json.bak", "progress.lock"]
    );
}

#[test]
fn two_tutors_on_one_learner_lose_nothing() {
    let (_dir, store) = store();
    let created = store.create("Lan", 1).unwrap();
    let id = created.profile.id.clone();
    let mut first = store.load(&id).unwrap().memory;
    let mut second = store.load(&id).unwrap().memory;
    let (_claim, notice) = store.claim(&id);
    assert_eq!(notice, None);
    let (_claim2, notice2) = store.claim(&id);
    assert_eq!(notice2, Some(Notice::AlsoOpenElsewhere));
    first.finished("qr", &result("scan", &[("a", 1, &["photo"])]), 10);
    second.finished("scams", &result("signs", &[("a", 0, &[])]), 11);
    second.finished("qr", &result("scan", &[("a", 2, &["x", "y"])]), 12);
    store.save(&mut first).unwrap();
    store.save(&mut second).unwrap();
    // The second tutor now sees the first one's work too.
    assert_eq!(second.status("qr", "scan"), LessonStatus::Done);
    let on_disk = store.load(&id).unwrap().memory;
    let scan = on_disk.progress().lesson("qr", "scan").unwrap();
    assert_eq!(scan.completions, 2);
    assert_eq!(scan.steps["a"].mistakes, 3);
    assert_eq!(on_disk.status("scams", "signs"), LessonStatus::Done);
}

#[test]
fn two_threads_saving_at_once_lose_no_update() {
    let (_dir, store) = store();
    let id = store.create("Lan", 1).unwrap().profile.id;
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let store = store.clone();
            let id = id.clone();
            std::thread::spawn(move || {
                let mut m = store.load(&id).unwrap().memory;
                for i in 0..25 {
                    m.finished("p", &result(&format!("t{t}-l{i}"), &[("s", 0, &[])]), i);
                    store.save(&mut m).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let done = store.load(&id).unwrap().memory.progress().lessons["p"].len();
    assert_eq!(done, 100);
}

#[test]
fn a_corrupt_file_is_moved_aside_and_the_backup_used() {
    let (dir, store) = store();
    let mut m = Memory::from_progress(store.create("Lan", 1).unwrap());
    let id = m.progress().profile.id.clone();
    m.finished("qr", &result("scan", &[("a", 0, &[])]), 5);
    store.save(&mut m).unwrap();
    m.finished("qr", &result("check", &[("a", 0, &[])]), 6);
    store.save(&mut m).unwrap();
    let folder = dir.path().join("profiles").join(&id);
    fs::write(
        folder.join(PROGRESS_FILE),
        b"{ \"format\": \"digitutor-progr",
    )
    .unwrap();
    let loaded = store.load(&id).unwrap();
    assert!(!loaded.read_only);
    let [Notice::RestoredFromBackup { moved_to }] = loaded.notices.as_slice() else {
        panic!("expected a restore notice, got {:?}", loaded.notices);
    };
    assert!(moved_to.exists(), "the damaged file is kept");
    assert!(
        moved_to
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("progress.json.corrupt-")
    );
    assert_eq!(
        fs::read(moved_to).unwrap(),
        b"{ \"format\": \"digitutor-progr"
    );
    // The backup holds the state before the last save: the first lesson.
    assert_eq!(loaded.memory.status("qr", "scan"), LessonStatus::Done);
    // And it is back in place for the next save.
    assert!(folder.join(PROGRESS_FILE).exists());
}

#[test]
fn when_file_and_backup_are_both_broken_both_are_kept_and_the_learner_starts_again() {
    let (dir, store) = store();
    let id = store.create("Lan", 1).unwrap().profile.id;
    let folder = dir.path().join("profiles").join(&id);
    fs::write(folder.join(PROGRESS_FILE), b"garbage").unwrap();
    fs::write(folder.join(BACKUP_FILE), b"more garbage").unwrap();
    let loaded = store.load(&id).unwrap();
    assert!(matches!(
        loaded.notices.as_slice(),
        [Notice::StartedAfresh { .. }]
    ));
    let kept = fs::read_dir(&folder)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".corrupt-")
        })
        .count();
    assert_eq!(kept, 2);
}

#[test]
fn a_newer_version_is_refused_and_never_overwritten() {
    let (dir, store) = store();
    let id = store.create("Lan", 1).unwrap().profile.id;
    let file = dir.path().join("profiles").join(&id).join(PROGRESS_FILE);
    let newer = format!(
        "{{\"format\":\"digitutor-progress\",\"version\":99,\"profile\":{{\"id\":\"{id}\",\"name\":\"Lan\"}},\"new_thing\":[1,2]}}"
    );
    fs::write(&file, &newer).unwrap();
    let mut loaded = store.load(&id).unwrap();
    assert!(loaded.read_only);
    assert!(matches!(
        loaded.notices.as_slice(),
        [Notice::TooNew { version: 99, .. }]
    ));
    // Even a direct save refuses.
    loaded
        .memory
        .finished("qr", &result("scan", &[("a", 0, &[])]), 5);
    let err = store.save(&mut loaded.memory).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { version: 99, .. }));
    assert!(err.to_string().contains("Update digitutor"));
    assert_eq!(fs::read_to_string(&file).unwrap(), newer);
}

/// Makes a learner's folder refuse writes: read-only permissions when they hold (not as root),
/// else a folder where the lock file must go, which no one can open for writing. Returns a way
/// to undo it.
#[cfg(unix)]
fn refuse_writes(folder: &std::path::Path) -> impl FnOnce() {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(folder, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(folder.join("probe"), b"x").is_err() {
        let folder = folder.to_path_buf();
        return Box::new(move || {
            fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap()
        }) as Box<dyn FnOnce()>;
    }
    fs::remove_file(folder.join("probe")).unwrap();
    fs::set_permissions(folder, fs::Permissions::from_mode(0o755)).unwrap();
    let lock = folder.join("progress.lock");
    let _ = fs::remove_file(&lock);
    fs::create_dir(&lock).unwrap();
    Box::new(move || fs::remove_dir(&lock).unwrap())
}

#[cfg(unix)]
#[test]
fn a_folder_that_refuses_writes_keeps_progress_in_memory_until_it_can_be_saved() {
    let (dir, store) = store();
    let mut m = Memory::from_progress(store.create("Lan", 1).unwrap());
    let folder = dir.path().join("profiles").join(&m.progress().profile.id);
    let undo = refuse_writes(&folder);
    m.finished("qr", &result("scan", &[("a", 0, &[])]), 5);
    let err = store.save(&mut m).unwrap_err();
    assert!(
        err.to_string().contains(&folder.display().to_string()),
        "the message names the place: {err}"
    );
    assert_eq!(m.pending().len(), 1, "nothing is lost");
    assert_eq!(m.status("qr", "scan"), LessonStatus::Done);
    undo();
    store.save(&mut m).unwrap();
    assert!(m.pending().is_empty());
    let again = store.load(&m.progress().profile.id).unwrap();
    assert_eq!(again.memory.status("qr", "scan"), LessonStatus::Done);
}

#[test]
fn rename_keeps_the_id_and_delete_moves_the_folder_aside() {
    let (dir, store) = store();
    let id = store.create("Lan", 1).unwrap().profile.id;
    store.create("Minh", 2).unwrap();
    assert!(matches!(
        store.rename(&id, "minh"),
        Err(StoreError::NameTaken(_))
    ));
    let p = store.rename(&id, "Nguyen Thi Lan").unwrap();
    assert_eq!(p.profile.id, id);
    assert_eq!(store.find("nguyen thi lan").unwrap().id, id);
    let to = store.delete(&id).unwrap();
    assert!(to.starts_with(dir.path().join("deleted")));
    assert!(to.join(PROGRESS_FILE).exists());
    assert!(store.find(&id).is_none());
}

#[test]
fn export_then_import_adds_merges_and_counts_the_same_file_once() {
    let (_a_dir, a) = store();
    let (_b_dir, b) = store();
    let files = tempfile::tempdir().unwrap();
    let export_file = files.path().join("lan.json");
    let mut m = Memory::from_progress(a.create("Lan", 1).unwrap());
    m.finished("qr", &result("scan", &[("a", 1, &["photo"])]), 5);
    a.save(&mut m).unwrap();
    transfer::export(&a, "Lan", &export_file).unwrap();
    assert_eq!(
        transfer::import(&b, &export_file, &transfer::ImportInto::Matching).unwrap(),
        transfer::Imported::Added { name: "Lan".into() }
    );
    assert_eq!(
        transfer::import(&b, &export_file, &transfer::ImportInto::Matching).unwrap(),
        transfer::Imported::AlreadyImported { name: "Lan".into() }
    );
    // Lan practises on the second computer, then brings it back.
    let id = b.find("Lan").unwrap().id;
    let mut there = b.load(&id).unwrap().memory;
    there.finished("scams", &result("signs", &[("s", 0, &[])]), 9);
    b.save(&mut there).unwrap();
    transfer::export(&b, "Lan", &export_file).unwrap();
    assert_eq!(
        transfer::import(&a, &export_file, &transfer::ImportInto::Matching).unwrap(),
        transfer::Imported::Merged { name: "Lan".into() }
    );
    let back = a.load(&a.find("Lan").unwrap().id).unwrap().memory;
    assert_eq!(back.status("scams", "signs"), LessonStatus::Done);
    assert_eq!(back.status("qr", "scan"), LessonStatus::Done);
}

#[test]
fn an_import_that_is_not_an_export_or_is_newer_is_refused_with_its_file_named() {
    let (dir, store) = store();
    let bad = dir.path().join("notes.json");
    fs::write(&bad, b"{\"hello\": 1}").unwrap();
    let err = transfer::import(&store, &bad, &transfer::ImportInto::Matching)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("notes.json") && err.contains("not a digitutor export"),
        "{err}"
    );
    let newer = dir.path().join("new.json");
    fs::write(
        &newer,
        b"{\"format\":\"digitutor-export\",\"version\":7,\"export_id\":\"x\",\"exported_at\":0,\"progress\":{}}",
    )
    .unwrap();
    let err = transfer::import(&store, &newer, &transfer::ImportInto::Matching)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("new.json") && err.contains("newer digitutor"),
        "{err}"
    );
}

#[test]
fn an_imported_id_that_is_not_a_safe_folder_name_gets_a_new_one() {
    let (dir, store) = store();
    let mut p = Progress::new("../../escape", "Lan", 1);
    store.adopt(&mut p).unwrap();
    assert!(p.profile.id.starts_with("lan-"));
    assert!(dir.path().join("profiles").join(&p.profile.id).is_dir());
    assert!(!dir.path().join("escape").exists());
}

#[test]
fn reading_for_a_report_changes_nothing_on_disk() {
    let (dir, store) = store();
    let mut m = Memory::from_progress(store.create("Lan", 1).unwrap());
    let id = m.progress().profile.id.clone();
    m.finished("qr", &result("scan", &[("a", 0, &[])]), 5);
    store.save(&mut m).unwrap();
    m.finished("qr", &result("check", &[("a", 0, &[])]), 6);
    store.save(&mut m).unwrap();
    let folder = dir.path().join("profiles").join(&id);
    fs::remove_file(folder.join("progress.lock")).unwrap();
    fs::write(folder.join(PROGRESS_FILE), b"not json").unwrap();
    let before: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let read = store.read(&id).unwrap();
    assert!(!read.read_only);
    assert!(matches!(
        read.notices.as_slice(),
        [Notice::UsedBackup { .. }]
    ));
    assert_eq!(read.memory.status("qr", "scan"), LessonStatus::Done);
    let after: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "no lock file, nothing moved aside");
    assert_eq!(fs::read(folder.join(PROGRESS_FILE)).unwrap(), b"not json");
}

#[test]
fn imports_of_huge_counts_saturate_instead_of_wrapping() {
    let (_a_dir, a) = store();
    let (_b_dir, b) = store();
    let files = tempfile::tempdir().unwrap();
    let export_file = files.path().join("lan.json");
    let mut m = Memory::from_progress(a.create("Lan", 1).unwrap());
    m.finished("qr", &result("scan", &[("a", 1, &["photo"])]), 5);
    a.save(&mut m).unwrap();
    transfer::export(&a, "Lan", &export_file).unwrap();
    let mut export: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&export_file).unwrap()).unwrap();
    let step = &mut export["progress"]["lessons"]["qr"]["scan"]["steps"]["a"];
    assert!(step.is_object(), "{export:#}");
    step["attempts"] = u32::MAX.into();
    step["mistakes"] = u32::MAX.into();
    export["progress"]["lessons"]["qr"]["scan"]["completions"] = u32::MAX.into();
    // A file with counts but no tallies (as before counts were kept per computer): each
    // export's counts become its own, and the sum of the two saturates.
    export["progress"]
        .as_object_mut()
        .unwrap()
        .remove("counted");
    // The same huge counts, brought in twice as two different exports.
    for export_id in ["0000000000000001", "0000000000000002"] {
        export["export_id"] = export_id.into();
        std::fs::write(&export_file, serde_json::to_vec(&export).unwrap()).unwrap();
        transfer::import(&b, &export_file, &transfer::ImportInto::Matching).unwrap();
    }
    let id = b.find("Lan").unwrap().id;
    let lesson = b.load(&id).unwrap().memory.progress().lessons["qr"]["scan"].clone();
    assert_eq!(lesson.completions, u32::MAX);
    assert_eq!(lesson.steps["a"].attempts, u32::MAX);
    assert_eq!(lesson.steps["a"].mistakes, u32::MAX);
}

#[test]
fn mistakes_kept_as_they_happen_count_once_when_the_lesson_is_finished() {
    let mut m = Memory::from_progress(Progress::new("lan", "Lan", 1));
    m.mistake("qr", "scan", "a", "photo", 2);
    let lesson = m.progress().lessons["qr"]["scan"].clone();
    assert_eq!(lesson.status, LessonStatus::Started);
    assert_eq!(lesson.steps["a"].mistakes, 1);
    assert_eq!(lesson.steps["a"].wrong_answers["photo"], 1);
    // The engine's result holds the same mistake; it is not added again.
    m.finished_after_mistakes("qr", &result("scan", &[("a", 1, &["photo"])]), 3);
    let lesson = m.progress().lessons["qr"]["scan"].clone();
    assert_eq!(lesson.status, LessonStatus::Done);
    assert_eq!(lesson.steps["a"].mistakes, 1);
    assert_eq!(lesson.steps["a"].wrong_answers["photo"], 1);
    assert_eq!(
        lesson.best_first_try, 0,
        "a step with a mistake is not a first try"
    );
}

#[test]
fn a_score_too_big_to_multiply_gives_a_percent_of_at_most_100() {
    assert_eq!(crate::progress::model::percent(u32::MAX, u32::MAX), 100);
    assert_eq!(crate::progress::model::percent(u32::MAX, 1), 100);
    assert_eq!(crate::progress::model::percent(1, 4), 25);
    assert_eq!(crate::progress::model::percent(3, 0), 0);
}

/// Whether a path inside the data folder (with `/` between parts) matches a line of digitutor's
/// `.stignore`: the subset of Syncthing's syntax it uses (`(?d)`, a leading `/`, `*`).
fn ignored(path: &str, patterns: &str) -> bool {
    fn glob(pattern: &str, name: &str) -> bool {
        match pattern.split_once('*') {
            None => pattern == name,
            Some((head, tail)) => {
                name.starts_with(head)
                    && (0..=name.len() - head.len()).any(|i| {
                        name.is_char_boundary(head.len() + i) && glob(tail, &name[head.len() + i..])
                    })
            }
        }
    }
    patterns
        .lines()
        .filter(|l| !l.starts_with("//") && !l.trim().is_empty())
        .map(|l| l.trim_start_matches("(?d)"))
        .any(|p| match p.strip_prefix('/') {
            // From the data folder: the path itself or anything inside it.
            Some(rooted) => glob(rooted, path) || path.starts_with(&format!("{rooted}/")),
            // Any folder: the last part of the path.
            None => path.split('/').any(|part| glob(p, part)),
        })
}

#[test]
fn the_first_learner_writes_what_stays_on_this_computer_and_everything_else_is_shared() {
    let dir = tempfile::tempdir().unwrap();
    let dirs = DataDirs::at(dir.path());
    let store = Store::new(dirs.clone());
    assert!(!dir.path().join(super::stignore::FILE).exists());
    let lan = store.create("Lan", 1).unwrap();
    let written = std::fs::read_to_string(dir.path().join(super::stignore::FILE)).unwrap();
    assert_eq!(written, super::stignore::text());

    // A learner's life on this computer: opened, saved twice (a backup), the settings written,
    // a crash report, then a second learner.
    let id = lan.profile.id.clone();
    let (_claim, _) = store.claim(&id);
    let mut memory = store.load(&id).unwrap().memory;
    memory.speaks("vi");
    store.save(&mut memory).unwrap();
    memory.speaks("ko");
    store.save(&mut memory).unwrap();
    crate::config::Config::change(
        &dirs.config_file(),
        &crate::config::SettingsChange::CentreName("Hue".into()),
    )
    .unwrap();
    crate::tui::crash::write_report(&dirs.crash_reports(), "x", "y").unwrap();
    store.create("Minh", 2).unwrap();

    let mut files = Vec::new();
    let mut stack = vec![dir.path().to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir.path()).unwrap();
                files.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    let shared: Vec<&String> = files.iter().filter(|f| !ignored(f, &written)).collect();
    let local: Vec<&String> = files.iter().filter(|f| ignored(f, &written)).collect();
    // Shared: the progress files and the list itself. Everything else stays here.
    assert!(
        shared
            .iter()
            .all(|f| f.ends_with("/progress.json") || *f == ".stignore"),
        "shared: {shared:?}"
    );
    assert_eq!(
        shared.len(),
        3,
        "two learners' progress and the list: {shared:?}"
    );
    for kept in [
        "progress.lock",
        "session.lock",
        "progress.json.bak",
        "config.toml",
    ] {
        assert!(
            local.iter().any(|f| f.ends_with(kept)),
            "{kept} stays here: {local:?}"
        );
    }
    assert!(
        local.iter().any(|f| f.starts_with("crash-reports/")),
        "{local:?}"
    );
    // What a save or a repair leaves for a moment, or for a trainer to look at, stays too.
    for moment in [
        "profiles/lan-1/.progress.json.Ab3dE9",
        "profiles/lan-1/.progress.json.bak.Ab3dE9",
        "profiles/lan-1/progress.json.corrupt-20261128-101500",
        ".config.toml.Xy12Zq",
    ] {
        assert!(ignored(moment, &written), "{moment}");
    }
    assert!(!ignored("profiles/lan-1/progress.json", &written));
    assert!(!ignored("lessons/our-pack.toml", &written));

    // A centre's own lines are never replaced.
    std::fs::write(dir.path().join(super::stignore::FILE), "// ours\n").unwrap();
    store.create("Hoa", 3).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join(super::stignore::FILE)).unwrap(),
        "// ours\n"
    );
}

// --- counts kept per computer, and the copies Syncthing keeps ---

/// A learner on computer `here` who finished lesson `scan` once with one wrong answer on `a`.
fn played_on(here: &str) -> Progress {
    let mut p = Progress::new("lan-1", "Lan", 1);
    p.here = here.into();
    p.apply(&Change::Finished {
        pack: "qr".into(),
        result: result("scan", &[("a", 1, &["photo"])]),
        at: 10,
        mistakes_counted: false,
    });
    p
}

#[test]
fn merging_the_same_history_twice_counts_it_once() {
    let mut a = played_on("computer-a");
    let b = played_on("computer-b");
    a.merge(&b);
    a.merge(&b);
    let scan = &a.lessons["qr"]["scan"];
    assert_eq!(scan.completions, 2, "one on each computer");
    assert_eq!(scan.steps["a"].mistakes, 2);
    assert_eq!(scan.steps["a"].wrong_answers["photo"], 2);
    // B takes in A's copy (which holds B's own work too), then A takes B's back: still two.
    let mut b = b;
    b.merge(&a);
    a.merge(&b);
    assert_eq!(a.lessons["qr"]["scan"].completions, 2);
    assert_eq!(b.lessons["qr"]["scan"], a.lessons["qr"]["scan"]);
    // More work on A after the merge counts on top.
    a.apply(&Change::Mistake {
        pack: "qr".into(),
        lesson: "scan".into(),
        step: "a".into(),
        wrong: "photo".into(),
        at: 20,
    });
    b.merge(&a);
    assert_eq!(b.lessons["qr"]["scan"].steps["a"].mistakes, 3);
}

#[test]
fn a_progress_file_from_before_counts_per_computer_becomes_this_computers() {
    let (dir, store) = store();
    let lan = store.create("Lan", 1).unwrap();
    let file = dir
        .path()
        .join("profiles")
        .join(&lan.profile.id)
        .join(PROGRESS_FILE);
    let mut old: serde_json::Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    old["version"] = 1.into();
    old["lessons"] = serde_json::json!({ "qr": { "scan": {
        "status": "done", "completions": 3,
        "steps": { "a": { "attempts": 5, "mistakes": 2, "hints": 1 } } } } });
    old.as_object_mut().unwrap().remove("counted");
    fs::write(&file, serde_json::to_vec(&old).unwrap()).unwrap();
    let mut memory = store.load(&lan.profile.id).unwrap().memory;
    let here = store.computer().to_string();
    assert!(here.starts_with("computer-"), "{here}");
    assert_eq!(
        memory.progress().counted[&here].lessons["qr"]["scan"].completions,
        3
    );
    memory.finished("qr", &result("scan", &[("a", 0, &[])]), 20);
    store.save(&mut memory).unwrap();
    let saved: serde_json::Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(saved["version"], 2);
    assert_eq!(saved["lessons"]["qr"]["scan"]["completions"], 4);
    assert_eq!(
        saved["counted"][&here]["lessons"]["qr"]["scan"]["completions"],
        4
    );
    // The id stays: the same computer next time.
    assert_eq!(Store::new(DataDirs::at(dir.path())).computer(), here);
}

#[test]
fn two_exports_of_the_same_history_imported_count_once() {
    let (_a_dir, a) = store();
    let (_b_dir, b) = store();
    let files = tempfile::tempdir().unwrap();
    let mut m = Memory::from_progress(a.create("Lan", 1).unwrap());
    m.finished("qr", &result("scan", &[("a", 2, &["photo", "photo"])]), 5);
    a.save(&mut m).unwrap();
    for name in ["monday.json", "tuesday.json"] {
        let file = files.path().join(name);
        transfer::export(&a, "Lan", &file).unwrap();
        transfer::import(&b, &file, &transfer::ImportInto::Matching).unwrap();
    }
    let id = b.find("Lan").unwrap().id;
    let scan = b.load(&id).unwrap().memory.progress().lessons["qr"]["scan"].clone();
    assert_eq!(scan.completions, 1);
    assert_eq!(scan.steps["a"].mistakes, 2);
}

#[test]
fn syncthing_conflict_copies_are_merged_and_removed_and_never_listed() {
    let (dir, here) = store();
    let lan = here.create("Lan", 1).unwrap();
    let id = lan.profile.id.clone();
    let folder = dir.path().join("profiles").join(&id);
    let mut m = here.load(&id).unwrap().memory;
    m.finished("qr", &result("scan", &[("a", 1, &["photo"])]), 10);
    here.save(&mut m).unwrap();
    // The other computer's version of the same learner, kept by Syncthing as a conflict copy:
    // it has this computer's older work and a lesson of its own.
    let mut theirs: Progress =
        serde_json::from_slice(&fs::read(folder.join(PROGRESS_FILE)).unwrap()).unwrap();
    theirs.here = "computer-other".into();
    theirs.apply(&Change::Finished {
        pack: "scams".into(),
        result: result("signs", &[("s", 1, &["reply"])]),
        at: 30,
        mistakes_counted: false,
    });
    let copy = folder.join("progress.sync-conflict-20261128-101500-ABCDEFG.json");
    fs::write(&copy, serde_json::to_vec(&theirs).unwrap()).unwrap();
    // Reports see both computers' work without changing anything.
    let read = here.read(&id).unwrap().memory;
    assert_eq!(read.status("scams", "signs"), LessonStatus::Done);
    assert!(copy.exists());
    assert_eq!(here.list().len(), 1, "a conflict copy is not a learner");
    // This computer goes on, then saves: the copy is merged and gone, nothing counted twice.
    m.finished("qr", &result("scan", &[("a", 0, &[])]), 40);
    here.save(&mut m).unwrap();
    assert!(!copy.exists());
    let p = m.progress();
    assert_eq!(p.status("scams", "signs"), LessonStatus::Done);
    assert_eq!(p.lessons["qr"]["scan"].completions, 2);
    assert_eq!(p.lessons["qr"]["scan"].steps["a"].mistakes, 1);
    assert_eq!(
        p.lessons["scams"]["signs"].steps["s"].wrong_answers["reply"],
        1
    );
    // Opening the learner merges copies too; a damaged one is set aside, not kept around.
    fs::write(&copy, serde_json::to_vec(&theirs).unwrap()).unwrap();
    let broken = folder.join("progress.sync-conflict-20261128-101600-ABCDEFG.json");
    fs::write(&broken, b"{ not json").unwrap();
    let opened = here.load(&id).unwrap().memory;
    assert_eq!(opened.progress().lessons["qr"]["scan"].completions, 2);
    assert!(!copy.exists() && !broken.exists());
}

#[test]
fn a_stignore_from_an_older_digitutor_gets_the_new_lines_and_a_centres_own_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(super::stignore::FILE);
    let old: String = super::stignore::text()
        .lines()
        .filter(|l| !l.contains("computer-id") && !l.contains("/class/"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        + "// the centre's own\n/photos\n";
    fs::write(&file, &old).unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    store.create("Lan", 1).unwrap();
    let now = fs::read_to_string(&file).unwrap();
    assert!(now.starts_with(&old), "{now}");
    assert!(now.ends_with("/computer-id\n/class/.*\n"), "{now}");
    store.create("Minh", 1).unwrap();
    assert_eq!(fs::read_to_string(&file).unwrap(), now, "added once");

    let theirs = "// the centre's list\n/photos\n";
    fs::write(&file, theirs).unwrap();
    store.create("Oyunaa", 1).unwrap();
    assert_eq!(fs::read_to_string(&file).unwrap(), theirs);
}
