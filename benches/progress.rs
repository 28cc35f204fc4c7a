//! Progress on disk: one save with its syncs (temporary file, fsync, rename, folder fsync, and
//! the backup written the same way), and loading a learner who finished 1,000 lessons.
//! Run with `cargo bench --bench progress`. Figures go in BENCHMARKS.md.

// A benchmark that cannot set up has nothing to measure: stopping at once is right.
#![allow(clippy::expect_used)]

use digitutor::engine::{LessonResult, StepRecord};
use digitutor::progress::{DataDirs, Memory, Store};

fn main() {
    divan::main();
}

fn lesson(n: usize) -> LessonResult {
    LessonResult {
        lesson: format!("lesson-{n:04}"),
        steps: (0..8)
            .map(|s| StepRecord {
                step: format!("step-{s}"),
                attempts: 2,
                mistakes: 1,
                hints: 1,
                wrong_answers: vec!["other".into()],
                done: true,
            })
            .collect(),
    }
}

/// One save after finishing a lesson, on a learner with 50 lessons done: median and slowest
/// of 1,000.
#[divan::bench(sample_count = 1000, sample_size = 1)]
fn save_with_sync(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(DataDirs::at(dir.path()));
    let mut memory = Memory::from_progress(store.create("Bench", 0).expect("create"));
    for n in 0..50 {
        memory.finished("pack", &lesson(n), n as u64);
    }
    store.save(&mut memory).expect("save");
    let mut n = 50;
    bencher.bench_local(|| {
        memory.finished("pack", &lesson(n % 60), n as u64);
        n += 1;
        store.save(&mut memory).expect("save");
    });
}

/// Loading a learner with 1,000 finished lessons of 8 steps each.
#[divan::bench(sample_count = 100)]
fn load_1000_lessons(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(DataDirs::at(dir.path()));
    let mut memory = Memory::from_progress(store.create("Bench", 0).expect("create"));
    for n in 0..1000 {
        memory.finished("pack", &lesson(n), n as u64);
    }
    store.save(&mut memory).expect("save");
    let id = memory.progress().profile.id.clone();
    let size = std::fs::metadata(dir.path().join("profiles").join(&id).join("progress.json"))
        .expect("file")
        .len();
    println!("progress file with 1,000 lessons: {} KiB", size / 1024);
    bencher.bench_local(|| store.load(&id).expect("load"));
}
