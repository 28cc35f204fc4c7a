//! A mutation fuzzer on the stable toolchain for everything digitutor reads from outside: lesson
//! packs (loader, validator, the play-through checks and the rendered diagnostics), progress
//! files, the settings file and imports. Seeds are the built-in packs and real files made by the
//! store; each case flips, cuts, copies and splices bytes, or drops in hostile values (huge and
//! negative numbers, control and bidi characters, escape sequences, deep nesting).
//!
//! Each case must not panic, every diagnostic must point inside its file, and the work must stay
//! bounded (counted in output, never timed). A short run is part of `cargo test`; a longer one:
//!
//! ```sh
//! DIGITUTOR_FUZZ_CASES=20000 cargo test --release --test fuzz -- --nocapture
//! ```
//!
//! A failing case is written to `target/fuzz-failures/` with its seed, so it replays exactly;
//! each one found becomes a fixture.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use digitutor::config::{Config, SettingsChange};
use digitutor::lint::check_source;
use digitutor::progress::store::progress_from_json;
use digitutor::progress::transfer::{self, ImportInto};
use digitutor::progress::{DataDirs, Memory, Store};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};

type Rng = Xoshiro256PlusPlus;

/// Cases per target: a short run by default, more with `DIGITUTOR_FUZZ_CASES`.
fn cases(default: usize) -> usize {
    std::env::var("DIGITUTOR_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Values that have broken parsers before: limits, signs, controls, bidi, escapes, nesting.
const HOSTILE: &[&str] = &[
    "4000000000",
    "18446744073709551615",
    "9223372036854775807",
    "-9223372036854775808",
    "-1",
    "0",
    "1e309",
    "nan",
    "\u{0}",
    "\u{202E}",
    "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}",
    "\"\"\"",
    "'''",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
    "[[lessons]]\n",
    "[[lessons.steps]]\n",
    "\n[assessment]\ndraw = 4000000000\n",
    "digits = 4000000000\n",
    "format_version = 2\n",
    "\"\u{FFFF}\"",
    "\\u0000",
    "𝕏𝕏𝕏",
    "ễ",
];

/// One mutation of `input`, using `others` for splices.
fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    let rounds = rng.random_range(1..=4);
    for _ in 0..rounds {
        let len = out.len().max(1);
        match rng.random_range(0..7) {
            0 => {
                // Flip a byte.
                let i = rng.random_range(0..len);
                if let Some(b) = out.get_mut(i) {
                    *b ^= 1 << rng.random_range(0..8);
                }
            }
            1 => {
                // Cut a piece out.
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(0..64)).min(out.len());
                if a < b {
                    out.drain(a..b);
                }
            }
            2 => {
                // Copy a piece somewhere else.
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(0..256)).min(out.len());
                let piece = out.get(a..b).map(<[u8]>::to_vec).unwrap_or_default();
                let at = rng.random_range(0..=out.len());
                out.splice(at..at, piece);
            }
            3 | 4 => {
                // A hostile value, often where a number or a string was.
                let value = HOSTILE[rng.random_range(0..HOSTILE.len())].as_bytes();
                let at = rng.random_range(0..=out.len());
                let digits = out[at..].iter().take_while(|b| b.is_ascii_digit()).count();
                out.splice(at..at + digits, value.iter().copied());
            }
            5 => {
                // A line from another seed.
                let other = &others[rng.random_range(0..others.len())];
                let lines: Vec<&[u8]> = other.split(|b| *b == b'\n').collect();
                let line = lines[rng.random_range(0..lines.len())];
                let at = rng.random_range(0..=out.len());
                let mut piece = line.to_vec();
                piece.push(b'\n');
                out.splice(at..at, piece);
            }
            _ => {
                // Repeat a piece many times (big files, long lines, deep nesting).
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(1..16)).min(out.len());
                let piece = out.get(a..b).map(<[u8]>::to_vec).unwrap_or_default();
                let times = rng.random_range(2..200);
                let at = rng.random_range(0..=out.len());
                out.splice(at..at, piece.repeat(times));
            }
        }
    }
    out
}

/// Writes a failing case where it can be replayed from, and fails with its name.
fn failed(target: &str, seed: u64, case: usize, input: &[u8], why: &str) -> ! {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(format!("{target}-{seed}-{case}"));
    let _ = std::fs::write(&file, input);
    panic!(
        "{target}: case {case} of seed {seed} failed ({why}); input in {}",
        file.display()
    );
}

fn builtin_packs() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/en");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    seeds.push(
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/valid/all-kinds.toml"),
        )
        .unwrap(),
    );
    seeds
}

/// Checks one pack's text: no panic, every problem inside the file, bounded output.
fn check_pack(text: &str) -> Result<(), String> {
    let (_, diagnostics) = check_source("fuzz.toml", text);
    let lines: Vec<&str> = text.split('\n').collect();
    if diagnostics.len() > text.len() + 10 {
        return Err(format!(
            "{} problems in {} bytes",
            diagnostics.len(),
            text.len()
        ));
    }
    for d in diagnostics.iter().take(200) {
        if d.line == 0 {
            continue;
        }
        let Some(line) = lines.get(d.line - 1) else {
            return Err(format!("line {} of {}: {}", d.line, lines.len(), d.message));
        };
        if d.column == 0 || d.column > line.chars().count() + 1 {
            return Err(format!("{}:{}: {}", d.line, d.column, d.message));
        }
        let shown = d.render(Some(text), false);
        if shown.len() > 8 * (line.len() + d.message.len() + 400) {
            return Err(format!("a rendering of {} bytes", shown.len()));
        }
    }
    Ok(())
}

#[test]
fn packs_never_panic_and_every_problem_points_inside_the_file() {
    let seeds = builtin_packs();
    let seed = 0x5eed_0001;
    let mut rng = Rng::seed_from_u64(seed);
    for case in 0..cases(400) {
        let base = &seeds[case % seeds.len()];
        let input = mutate(&mut rng, base, &seeds);
        let text = String::from_utf8_lossy(&input).into_owned();
        match catch_unwind(AssertUnwindSafe(|| check_pack(&text))) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failed("pack", seed, case, &input, &why),
            Err(_) => failed("pack", seed, case, &input, "panicked"),
        }
    }
}

/// A data folder with one learner who has done a little, and that learner's files.
fn real_learner(dir: &Path) -> (Store, PathBuf) {
    let store = Store::new(DataDirs::at(dir));
    let lan = store.create("Lan", 1_700_000_000).unwrap();
    let mut memory = Memory::from_progress(lan.clone());
    memory.mistake("qr-codes", "scan-not-photo", "scan", "photo", 1_700_000_100);
    memory.at_step("scams", "four-signs", "pretend", 1_700_000_200);
    store.save(&mut memory).unwrap();
    let file = DataDirs::at(dir)
        .profile(&lan.profile.id)
        .join("progress.json");
    (store, file)
}

#[test]
fn progress_files_never_panic_and_merge_without_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let (_, file) = real_learner(dir.path());
    let seeds = vec![std::fs::read(&file).unwrap()];
    let seed = 0x5eed_0002;
    let mut rng = Rng::seed_from_u64(seed);
    for case in 0..cases(400) {
        let input = mutate(&mut rng, &seeds[0], &seeds);
        let run = catch_unwind(AssertUnwindSafe(|| {
            if let Ok(progress) = progress_from_json(&input) {
                let mut twice = progress.clone();
                twice.merge(&progress);
                twice.merge(&progress);
                let _ = digitutor::report::rows(&twice, &[]);
            }
        }));
        if run.is_err() {
            failed("progress", seed, case, &input, "panicked");
        }
    }
}

#[test]
fn settings_files_never_panic_and_unreadable_ones_are_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    Config::change(&file, &SettingsChange::CentreName("Hue".into())).unwrap();
    Config::change(
        &file,
        &SettingsChange::PinHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g".into()),
    )
    .unwrap();
    let seeds = vec![std::fs::read(&file).unwrap()];
    let seed = 0x5eed_0003;
    let mut rng = Rng::seed_from_u64(seed);
    for case in 0..cases(300) {
        let input = mutate(&mut rng, &seeds[0], &seeds);
        std::fs::write(&file, &input).unwrap();
        let run = catch_unwind(AssertUnwindSafe(|| match Config::load(&file) {
            Ok(_) => {
                Config::change(&file, &SettingsChange::Theme("no-color".into())).unwrap();
            }
            Err(e) => {
                let _ = e.to_string();
                let after = Config::change(&file, &SettingsChange::Theme("no-color".into()));
                assert!(after.is_err());
                assert_eq!(
                    std::fs::read(&file).unwrap(),
                    input,
                    "an unreadable file was written"
                );
            }
        }));
        if run.is_err() {
            failed(
                "config",
                seed,
                case,
                &input,
                "panicked or wrote an unreadable file",
            );
        }
    }
}

#[test]
fn imports_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = real_learner(&dir.path().join("source"));
    let export = dir.path().join("lan.json");
    transfer::export(&store, "Lan", &export).unwrap();
    let seeds = vec![std::fs::read(&export).unwrap()];
    let seed = 0x5eed_0004;
    let mut rng = Rng::seed_from_u64(seed);
    let here = Store::new(DataDirs::at(&dir.path().join("here")));
    here.create("Lan", 1).unwrap();
    let file = dir.path().join("case.json");
    for case in 0..cases(150) {
        let input = mutate(&mut rng, &seeds[0], &seeds);
        std::fs::write(&file, &input).unwrap();
        let into = match case % 3 {
            0 => ImportInto::Matching,
            1 => ImportInto::New,
            _ => ImportInto::Learner("Lan".into()),
        };
        let run = catch_unwind(AssertUnwindSafe(|| {
            let _ = transfer::import(&here, &file, &into).map_err(|e| e.to_string());
            let _ = here.list();
        }));
        if run.is_err() {
            failed("import", seed, case, &input, "panicked");
        }
    }
}
