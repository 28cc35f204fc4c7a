//! The trainer's settings for this computer, in `config.toml`: the centre's name (printed on
//! certificates), the inactivity timeout, the default theme, and the trainer PIN, stored only as
//! a salted argon2 hash, with the count of wrong tries so wrong PINs are slowed down even across
//! restarts. Written atomically like progress; a file that cannot be read is reported with its
//! path, never silently replaced.

use std::path::{Path, PathBuf};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};

use crate::progress::store::{StoreError, write_bytes_atomic};

/// The settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The centre's name, printed on certificates.
    pub centre_name: String,
    /// Minutes without a key before the tutor saves and goes back to "Who is learning?".
    pub idle_minutes: u64,
    /// The theme when `--theme` is not given: default, high-contrast or no-color.
    pub theme: String,
    /// The trainer PIN and its wrong tries.
    #[serde(skip_serializing_if = "Trainer::is_empty")]
    pub trainer: Trainer,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            centre_name: String::new(),
            idle_minutes: 10,
            theme: "default".into(),
            trainer: Trainer::default(),
        }
    }
}

/// The trainer PIN, as a salted hash, and the wrong tries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Trainer {
    /// The PIN's argon2 hash in PHC form (`$argon2id$...`); empty until a trainer chooses one.
    pub pin_hash: String,
    /// Wrong PINs in a row.
    pub wrong_tries: u32,
    /// No PIN is checked before this time (seconds since 1970, UTC).
    pub locked_until: u64,
}

impl Trainer {
    fn is_empty(&self) -> bool {
        self.pin_hash.is_empty() && self.wrong_tries == 0 && self.locked_until == 0
    }
}

/// The longest inactivity timeout, in minutes (four hours); longer values are refused.
pub const MAX_IDLE_MINUTES: u64 = 240;

/// Wrong PINs allowed before the wait starts.
pub const FREE_TRIES: u32 = 3;

/// What checking a PIN said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    /// Right PIN.
    Right,
    /// Wrong PIN; this many tries are left before a wait.
    Wrong {
        /// Tries left before a wait.
        tries_left: u32,
    },
    /// Too many wrong tries: wait this many seconds (the PIN was not checked).
    Wait {
        /// Seconds to wait.
        seconds: u64,
    },
    /// No PIN has been chosen yet.
    NotSet,
}

/// The wait after `wrong` wrong tries in a row: none for the first few, then 30 seconds,
/// doubling each time, at most an hour.
pub fn wait_after(wrong: u32) -> u64 {
    if wrong < FREE_TRIES {
        return 0;
    }
    let doublings = (wrong - FREE_TRIES).min(7);
    (30u64 << doublings).min(3600)
}

/// Hashes a PIN with a fresh random salt.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    let salt_bytes: [u8; 16] = rand::random();
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// True when a PIN is acceptable: 4 to 12 digits.
pub fn pin_is_acceptable(pin: &str) -> bool {
    (4..=12).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
}

impl Trainer {
    /// Sets a new PIN (stored only as a salted hash) and forgets the wrong tries.
    pub fn set_pin(&mut self, pin: &str) -> Result<(), String> {
        self.pin_hash = hash_pin(pin)?;
        self.wrong_tries = 0;
        self.locked_until = 0;
        Ok(())
    }

    /// Checks a PIN at time `now`, counting wrong tries and making the trainer wait after too
    /// many. The caller saves the config afterwards, so the count survives a restart.
    pub fn check(&mut self, pin: &str, now: u64) -> PinCheck {
        if self.pin_hash.is_empty() {
            return PinCheck::NotSet;
        }
        if now < self.locked_until {
            return PinCheck::Wait {
                seconds: self.locked_until - now,
            };
        }
        let right = PasswordHash::new(&self.pin_hash)
            .map(|hash| {
                Argon2::default()
                    .verify_password(pin.as_bytes(), &hash)
                    .is_ok()
            })
            .unwrap_or(false);
        if right {
            self.wrong_tries = 0;
            self.locked_until = 0;
            return PinCheck::Right;
        }
        self.wrong_tries += 1;
        let wait = wait_after(self.wrong_tries);
        if wait > 0 {
            self.locked_until = now + wait;
            PinCheck::Wait { seconds: wait }
        } else {
            PinCheck::Wrong {
                tries_left: FREE_TRIES - self.wrong_tries,
            }
        }
    }
}

/// Why the config could not be read.
#[derive(Debug)]
pub struct ConfigError {
    /// The file.
    pub file: PathBuf,
    /// What is wrong, in plain words.
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}. Fix or remove this file (a trainer's settings); digitutor uses its defaults meanwhile",
            self.file.display(),
            self.reason
        )
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the settings; a missing file gives the defaults.
    pub fn load(file: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(ConfigError {
                    file: file.to_path_buf(),
                    reason: crate::progress::store::plain_io(&e),
                });
            }
        };
        toml::from_str(&text).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|s| crate::diagnostic::line_col(&text, s.start))
                .unwrap_or((0, 0));
            ConfigError {
                file: file.to_path_buf(),
                reason: format!("line {line}, column {col}: {}", e.message().trim()),
            }
        })
    }

    /// Writes the settings atomically.
    pub fn save(&self, file: &Path) -> Result<(), StoreError> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let text = toml::to_string(self).map_err(|e| StoreError::Io {
            path: file.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
        let text = format!(
            "# digitutor's settings for this computer. The trainer PIN is kept only as a salted hash.\n{text}"
        );
        write_bytes_atomic(file, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_is_stored_salted_and_hashed_never_in_plain_text() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        let mut c = Config::default();
        c.trainer.set_pin("4826").unwrap();
        c.save(&file).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("4826"));
        assert!(text.contains("$argon2id$"));
        let mut again = Config::load(&file).unwrap();
        assert_eq!(again.trainer.check("4826", 100), PinCheck::Right);
        // The same PIN hashed twice differs: the salt is random.
        assert_ne!(hash_pin("4826").unwrap(), hash_pin("4826").unwrap());
    }

    #[test]
    fn wrong_pins_are_refused_then_slowed_down() {
        let mut t = Trainer::default();
        assert_eq!(t.check("1234", 0), PinCheck::NotSet);
        t.set_pin("2468").unwrap();
        assert_eq!(t.check("1111", 10), PinCheck::Wrong { tries_left: 2 });
        assert_eq!(t.check("2222", 11), PinCheck::Wrong { tries_left: 1 });
        assert_eq!(t.check("3333", 12), PinCheck::Wait { seconds: 30 });
        // While waiting, even the right PIN is not checked.
        assert_eq!(t.check("2468", 20), PinCheck::Wait { seconds: 22 });
        assert_eq!(t.check("4444", 42), PinCheck::Wait { seconds: 60 });
        assert_eq!(t.check("2468", 102), PinCheck::Right);
        assert_eq!(t.wrong_tries, 0);
        assert_eq!(wait_after(100), 3600);
    }

    #[test]
    fn only_four_to_twelve_digits_make_a_pin() {
        assert!(pin_is_acceptable("0000"));
        assert!(!pin_is_acceptable("123"));
        assert!(!pin_is_acceptable("12a4"));
        assert!(!pin_is_acceptable("1234567890123"));
    }

    #[test]
    fn a_broken_config_names_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "centre_name = \"Hue\"\nidle_minutes = \"ten\"\n").unwrap();
        let err = Config::load(&file).unwrap_err().to_string();
        assert!(
            err.contains("config.toml") && err.contains("line 2"),
            "{err}"
        );
        assert_eq!(
            Config::load(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }
}
