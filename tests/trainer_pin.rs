//! `digitutor trainer set-pin`: the only way to set the first PIN, driven here through standard
//! input as a script would. The old PIN is asked for before a change (unless it is forgotten),
//! each wrong shape gets its own reason, and a settings file that cannot be read is never
//! written over.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use digitutor::config::{Config, PinCheck};

fn set_pin(data: &std::path::Path, args: &[&str], typed: &str) -> (bool, String) {
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data)
        // Messages come in the computer's language: these tests read English.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--data-dir"])
        .arg(data)
        .args(["trainer", "set-pin"])
        .args(args)
        .write_stdin(typed)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

fn pin_works(data: &std::path::Path, pin: &str) -> bool {
    let (_, check) = Config::check_pin(&data.join("config.toml"), pin, 1).unwrap();
    check == PinCheck::Right
}

#[test]
fn the_first_pin_is_set_typed_twice_and_kept_only_hashed() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, said) = set_pin(dir.path(), &[], "2468\n2468\n");
    assert!(ok, "{said}");
    assert!(said.contains("The trainer PIN is set"), "{said}");
    let text = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(
        text.contains("$argon2id$") && !text.contains("2468"),
        "{text}"
    );
    assert!(pin_works(dir.path(), "2468"));
}

#[test]
fn each_wrong_new_pin_gets_its_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (typed, reason) in [
        ("12\n12\n", "too short"),
        ("1234567890123\n", "too long"),
        ("12a4\n", "only the digits"),
        ("2468\n1357\n", "not the same"),
        ("", "No PIN was typed"),
    ] {
        let (ok, said) = set_pin(dir.path(), &[], typed);
        assert!(!ok, "{typed:?}: {said}");
        assert!(said.contains(reason), "{typed:?}: {said}");
        assert!(!dir.path().join("config.toml").exists(), "{typed:?}");
    }
}

#[test]
fn changing_a_pin_needs_the_old_one_unless_it_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    assert!(set_pin(dir.path(), &[], "2468\n2468\n").0);
    let (ok, said) = set_pin(dir.path(), &[], "1111\n1357\n1357\n");
    assert!(!ok && said.contains("not right"), "{said}");
    assert!(said.contains("--forgotten"), "{said}");
    assert!(pin_works(dir.path(), "2468"));
    let (ok, said) = set_pin(dir.path(), &[], "2468\n1357\n1357\n");
    assert!(ok, "{said}");
    assert!(pin_works(dir.path(), "1357"));
    let (ok, said) = set_pin(dir.path(), &["--forgotten"], "9753\n9753\n");
    assert!(ok, "{said}");
    assert!(said.contains("replaced without asking"), "{said}");
    assert!(pin_works(dir.path(), "9753"));
}

#[test]
fn a_settings_file_that_cannot_be_read_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let broken = "centre_name = \"Hue\"\nidle_minutes = [\n";
    std::fs::write(&file, broken).unwrap();
    let (ok, said) = set_pin(dir.path(), &["--forgotten"], "2468\n2468\n");
    assert!(!ok, "{said}");
    assert!(said.contains("config.toml, line"), "{said}");
    assert!(said.contains("Fix it in a text editor"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);
}

#[test]
fn setting_the_pin_speaks_the_computers_language() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", data.path())
        .env("LANG", "vi_VN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["trainer", "set-pin"])
        .write_stdin("12\n12\n")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(said.contains("Mã PIN này ngắn quá"), "{said}");
}
