//! The user's own packs: a `lessons` folder in the data folder is loaded beside the built-in
//! packs; a broken one does not stop the others.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;

#[test]
fn packs_in_the_data_folder_are_listed_beside_the_built_in_ones() {
    let data = tempfile::tempdir().unwrap();
    let lessons = data.path().join("lessons");
    std::fs::create_dir_all(&lessons).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/packs/user");
    for name in ["extra.toml", "broken.toml"] {
        std::fs::copy(format!("{fixtures}/{name}"), lessons.join(name)).unwrap();
    }
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let packs: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = packs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"centre-extra"), "{ids:?}");
    assert!(
        ids.contains(&"scams"),
        "the built-in packs are still there: {ids:?}"
    );
    assert!(!ids.contains(&"broken-user-pack"));
    Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .arg("validate")
        .arg(&lessons)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("broken.toml:6:1"));
}
