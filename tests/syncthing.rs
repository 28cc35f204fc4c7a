//! Two computers of a centre sharing one data folder through the real Syncthing (two instances
//! on 127.0.0.1 only, no discovery, relays or usage reporting), each running digitutor: a
//! learner made on one appears on the other; lock files, backups and each computer's settings
//! never travel; the same learner changed on both while they were apart ends with all of both
//! computers' work and no conflict copy left; "I need help" on one reaches the trainer's class
//! view on the other. The times it took are printed (BENCHMARKS.md quotes them).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::plain::Plain;
use common::syncthing::Cluster;
use digitutor::progress::{DataDirs, Store};

/// How long one change may take to reach the other computer before the test fails.
const REACH: Duration = Duration::from_secs(90);

fn digitutor(data: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_digitutor"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

/// Every file under `dir`, as paths inside it with `/` between parts.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

fn conflict_copies(data: &Path) -> Vec<String> {
    files(data)
        .into_iter()
        .filter(|f| f.contains(".sync-conflict-"))
        .collect()
}

/// Lan, opened on this computer: the topic's first lesson, its first step read, then a wrong
/// button on the phone (`wrong`), and the tutor closed (everything saved).
fn lan_taps_wrong(data: &Path, wrong: &str) {
    let mut plain = Plain::start(data, "en");
    let who = plain.said();
    let home = plain.choose(&who, "Lan");
    let first = home
        .lines()
        .any(|l| l.starts_with("1. Continue where you stopped"));
    let topic = plain.choose(&home, "Every kind, once, 0 of 1 lesson done");
    let mut step = plain.choose(
        &topic,
        if first {
            "[started] A tour of the screens"
        } else {
            "[new] A tour of the screens"
        },
    );
    if step.contains("Where would you like to begin?") {
        step = plain.type_line("2");
    }
    assert!(step.contains("Step 1 of 10"), "{step}");
    let tap = plain.type_line("");
    let said = plain.choose(&tap, wrong);
    assert!(said.contains("Not quite."), "{said}");
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
}

#[test]
fn a_class_on_two_computers_shares_learners_work_and_help_through_syncthing() {
    if !common::syncthing::available() {
        common::missing_program("Syncthing");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let (a, b): (PathBuf, PathBuf) = (root.path().join("a"), root.path().join("b"));
    // Each computer has opened digitutor once (so each has its .stignore), and A has a trainer
    // PIN: its settings stay on A.
    for data in [&a, &b] {
        let (status, _) = Plain::start(data, "en").end();
        assert!(status.success());
    }
    let mut set_pin = std::process::Command::new(env!("CARGO_BIN_EXE_digitutor"))
        .arg("--data-dir")
        .arg(&a)
        .args(["trainer", "set-pin"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let stdin = set_pin.stdin.as_mut().unwrap();
        writeln!(stdin, "2468\n2468").unwrap();
    }
    assert!(set_pin.wait().unwrap().success());
    let cluster = Cluster::start(&[a.clone(), b.clone()]);

    // A learner made on A appears on B.
    let made = Instant::now();
    let mut plain = Plain::start(&a, "en");
    let who = plain.said();
    plain.choose(&who, "I'm new here");
    plain.type_line("Lan");
    let (status, _) = plain.end();
    assert!(status.success());
    cluster.wait_until("Lan to reach B", REACH, || {
        Store::new(DataDirs::at(&b)).find("Lan").is_some()
    });
    let reached = made.elapsed();
    let listed = String::from_utf8(digitutor(&b, &["learners"]).stdout).unwrap();
    assert!(listed.contains("Lan"), "{listed}");

    // What belongs to one computer never travels.
    cluster.wait_until("A and B in sync", REACH, || cluster.in_sync());
    let on_b = files(&b);
    for local in [
        "config.toml",
        "progress.lock",
        "session.lock",
        "progress.json.bak",
    ] {
        assert!(
            !on_b.iter().any(|f| f.ends_with(local)),
            "{local} reached B: {on_b:?}"
        );
    }
    let id = |data: &Path| std::fs::read_to_string(data.join("computer-id")).unwrap();
    assert_ne!(id(&a), id(&b), "each computer keeps its own id");
    let lan = Store::new(DataDirs::at(&a)).find("Lan").unwrap().id;
    let lan_on_b: Vec<&String> = on_b.iter().filter(|f| f.contains(&lan)).collect();
    assert_eq!(
        lan_on_b,
        [&format!("profiles/{lan}/progress.json")],
        "{on_b:?}"
    );

    // Apart, both computers change Lan: a wrong button on each.
    cluster.separate(1);
    lan_taps_wrong(&a, "Photos");
    lan_taps_wrong(&b, "Bank");
    // Syncthing has looked at both changes before the computers meet again (in_sync can only
    // know what it has scanned).
    cluster.rescan();
    let joined = Instant::now();
    cluster.join(1);
    cluster.wait_until("A and B in sync again", REACH, || cluster.in_sync());
    let synced = joined.elapsed();
    let copies: Vec<String> = [&a, &b].iter().flat_map(|d| conflict_copies(d)).collect();
    eprintln!("conflict copies after joining: {copies:?}");

    assert!(!copies.is_empty(), "Syncthing kept a conflict copy");
    // Opening Lan on one computer merges the copy and removes it; the removal travels too.
    let mut plain = Plain::start(&a, "en");
    let who = plain.said();
    plain.choose(&who, "Lan");
    plain.end();
    cluster.rescan();
    cluster.wait_until("no conflict copy left on A or B", REACH, || {
        conflict_copies(&a).is_empty() && conflict_copies(&b).is_empty() && cluster.in_sync()
    });
    for data in [&a, &b] {
        let progress = Store::new(DataDirs::at(data)).read(&lan).unwrap().memory;
        let step = &progress.progress().lessons["all-kinds"]["tour"].steps["open-camera"];
        assert_eq!(
            step.wrong_answers.get("photos"),
            Some(&1),
            "{step:?} on {data:?}"
        );
        assert_eq!(
            step.wrong_answers.get("bank"),
            Some(&1),
            "{step:?} on {data:?}"
        );
        assert_eq!(step.mistakes, 2, "counted once each on {data:?}");
    }

    // "I need help" on B reaches the class view on A.
    let mut plain = Plain::start(&b, "en");
    let who = plain.said();
    let home = plain.choose(&who, "Lan");
    let step = plain.type_line("1");
    assert!(step.contains("Open the camera."), "{step}");
    let told = plain.type_line("t");
    assert!(told.contains("Your trainer has been told."), "{told}");
    let asked = Instant::now();
    cluster.wait_until("Lan's call for help to reach A", REACH, || {
        String::from_utf8(digitutor(&a, &["class"]).stdout)
            .unwrap()
            .contains("! Lan asked for help")
    });
    let helped = asked.elapsed();
    assert!(home.contains("Continue where you stopped"), "{home}");
    plain.end();
    eprintln!(
        "Syncthing on 127.0.0.1: a new learner reached the other computer in {reached:?}; \
         after rejoining, both were in sync in {synced:?}; a call for help reached the \
         trainer's view in {helped:?}"
    );
}
