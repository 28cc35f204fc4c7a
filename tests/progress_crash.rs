//! The crash test: a child process saves progress again and again and is killed with SIGKILL at
//! random moments, hundreds of times. After every kill the file must load, with no notice of
//! damage, and hold exactly the state of some whole save: never half of one, never less than
//! before.
//!
//! The child is this same test binary, run again with `--ignored --exact saving_child`.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::Duration;

use digitutor::engine::{LessonResult, StepRecord};
use digitutor::progress::{DataDirs, Store};
use rand::RngExt;

const CHILD_ENV: &str = "DIGITUTOR_CRASH_CHILD_DIR";

fn lesson(n: usize) -> LessonResult {
    LessonResult {
        lesson: format!("l{n:05}"),
        steps: vec![StepRecord {
            step: "s".into(),
            attempts: 1,
            mistakes: 0,
            hints: 0,
            wrong_answers: Vec::new(),
            done: true,
        }],
    }
}

/// The child: finishes lesson l{n} and saves, for ever, where n is how many are done.
#[test]
#[ignore = "run by kill_a_saving_process_at_random_moments, not on its own"]
fn saving_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = Store::new(DataDirs::at(std::path::Path::new(&dir)));
    let id = store.find("Crash").expect("the parent made the learner").id;
    let mut memory = store.load(&id).unwrap().memory;
    loop {
        let n = memory.progress().lessons.get("p").map_or(0, |l| l.len());
        memory.finished("p", &lesson(n), n as u64);
        store.save(&mut memory).unwrap();
    }
}

#[test]
fn kill_a_saving_process_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let id = store.create("Crash", 0).unwrap().profile.id;
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rng();
    let mut before = 0;
    let kills = 300;
    for round in 0..kills {
        let mut child = Command::new(&exe)
            .args(["--ignored", "--exact", "saving_child", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.random_range(2_000..30_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let loaded = store.load(&id).unwrap();
        assert!(
            loaded.notices.is_empty() && !loaded.read_only,
            "round {round}: {:?}",
            loaded.notices
        );
        let done: BTreeSet<String> = loaded
            .memory
            .progress()
            .lessons
            .get("p")
            .map(|l| l.keys().cloned().collect())
            .unwrap_or_default();
        let whole: BTreeSet<String> = (0..done.len()).map(|n| lesson(n).lesson).collect();
        assert_eq!(
            done, whole,
            "round {round}: not the state of one whole save"
        );
        assert!(
            done.len() >= before,
            "round {round}: progress went backwards"
        );
        before = done.len();
    }
    assert!(
        before > 0,
        "the child never managed a save; the test proved nothing"
    );
}
