//! The trainer's settings for this computer, in `config.toml`: the centre's name (printed on
//! certificates), the inactivity timeout, the default theme, and the trainer PIN, stored only as
//! a salted argon2 hash, with the count of wrong tries so wrong PINs are slowed down even across
//! restarts and clock changes.
//!
//! The file carries a `format_version`. Settings this digitutor does not know (written by a newer
//! one) are kept when it saves. A file that cannot be read (a syntax error, a wrong value, a newer
//! version) is never written over: the caller reports it and keeps the trainer's corner locked.
//! Every change is made like a progress save: under a lock, on the file as it is on disk now, so
//! two tutors on one computer never write back what the other changed (a new PIN, a wrong try).

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};

use crate::progress::store::{plain_io, write_bytes_atomic};

/// The settings format this digitutor writes and reads.
pub const CONFIG_VERSION: i64 = 1;

/// The longest inactivity timeout, in minutes (four hours); longer values are refused.
pub const MAX_IDLE_MINUTES: u64 = 240;

/// The longest wait after wrong PINs, in seconds (an hour).
pub const MAX_WAIT_SECS: u64 = 3600;

/// The largest settings file read (settings are a few lines).
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// The themes a settings file may name.
pub const THEMES: [&str; 3] = ["default", "high-contrast", "no-color"];

/// The settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The centre's name, printed on certificates.
    pub centre_name: String,
    /// Minutes without a key before the tutor saves and goes back to "Who is learning?".
    pub idle_minutes: u64,
    /// The theme when `--theme` is not given: default, high-contrast or no-color.
    pub theme: String,
    /// The language this computer starts in (`en`, `vi`, `mn`, `ko`); empty: `--language`, else
    /// the system's locale. Each learner then keeps their own.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// A shared computer in kiosk mode: a learner's Q (or Ctrl+C) goes back to "Who is
    /// learning?" instead of closing; only a trainer, in the trainer's corner, closes digitutor.
    pub kiosk: bool,
    /// The speech program that reads steps aloud, called as `COMMAND -v LANGUAGE -s RATE --
    /// TEXT` (espeak-ng's options). Another program that takes the same options can be named.
    #[serde(skip_serializing_if = "is_default_speech_command")]
    pub speech_command: String,
    /// How fast steps are read aloud, in words a minute (kept within 80 and 250). Calm: 140.
    #[serde(skip_serializing_if = "is_default_speech_rate")]
    pub speech_rate: u32,
    /// The trainer PIN and its wrong tries.
    #[serde(skip_serializing_if = "Trainer::is_empty")]
    pub trainer: Trainer,
}

/// The speech program used when the settings name none.
pub const DEFAULT_SPEECH_COMMAND: &str = "espeak-ng";
/// The reading speed when the settings give none: calmer than espeak-ng's own 175.
pub const DEFAULT_SPEECH_RATE: u32 = 140;

fn is_default_speech_command(command: &String) -> bool {
    command == DEFAULT_SPEECH_COMMAND
}

fn is_default_speech_rate(rate: &u32) -> bool {
    *rate == DEFAULT_SPEECH_RATE
}

impl Config {
    /// How long without a key before the tutor saves and goes back to "Who is learning?": the
    /// setting, kept within 1 minute and [`MAX_IDLE_MINUTES`].
    pub fn idle_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.idle_minutes.clamp(1, MAX_IDLE_MINUTES) * 60)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            centre_name: String::new(),
            idle_minutes: 10,
            theme: "default".into(),
            language: String::new(),
            kiosk: false,
            speech_command: DEFAULT_SPEECH_COMMAND.into(),
            speech_rate: DEFAULT_SPEECH_RATE,
            trainer: Trainer::default(),
        }
    }
}

/// The trainer PIN, as a salted hash, and the wrong tries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trainer {
    /// The PIN's argon2 hash in PHC form (`$argon2id$...`); empty until a trainer sets one.
    pub pin_hash: String,
    /// Wrong PINs in a row.
    pub wrong_tries: u32,
    /// No PIN is checked before this time (seconds since 1970, UTC).
    pub locked_until: u64,
    /// When the current wait began (seconds since 1970, UTC), to notice a clock set back.
    pub wait_started: u64,
}

impl Trainer {
    fn is_empty(&self) -> bool {
        self.pin_hash.is_empty()
            && self.wrong_tries == 0
            && self.locked_until == 0
            && self.wait_started == 0
    }
}

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
    /// Too many wrong tries: wait this many seconds, at most [`MAX_WAIT_SECS`] (the PIN was not
    /// checked).
    Wait {
        /// Seconds to wait.
        seconds: u64,
    },
    /// No PIN has been set yet.
    NotSet,
}

/// The wait after `wrong` wrong tries in a row: none for the first few, then 30 seconds,
/// doubling each time, at most an hour.
pub fn wait_after(wrong: u32) -> u64 {
    if wrong < FREE_TRIES {
        return 0;
    }
    let doublings = (wrong - FREE_TRIES).min(7);
    (30u64 << doublings).min(MAX_WAIT_SECS)
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

/// What is wrong with a new PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    /// Fewer than 4 digits.
    TooShort,
    /// More than 12 digits.
    TooLong,
    /// Something other than digits.
    NotDigits,
}

/// Why a new PIN cannot be used, if it cannot: it must be 4 to 12 digits.
pub fn pin_problem(pin: &str) -> Option<PinProblem> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        Some(PinProblem::NotDigits)
    } else if pin.len() < 4 {
        Some(PinProblem::TooShort)
    } else if pin.len() > 12 {
        Some(PinProblem::TooLong)
    } else {
        None
    }
}

/// True when a PIN is acceptable: 4 to 12 digits.
pub fn pin_is_acceptable(pin: &str) -> bool {
    pin_problem(pin).is_none()
}

impl Trainer {
    /// Sets a new PIN (stored only as a salted hash) and forgets the wrong tries.
    pub fn set_pin(&mut self, pin: &str) -> Result<(), String> {
        self.set_hash(hash_pin(pin)?);
        Ok(())
    }

    fn set_hash(&mut self, hash: String) {
        self.pin_hash = hash;
        self.wrong_tries = 0;
        self.locked_until = 0;
        self.wait_started = 0;
    }

    /// Checks a PIN at time `now`, counting wrong tries and making the trainer wait after too
    /// many. A wait never shows more than [`MAX_WAIT_SECS`]: when the clock was set back, or the
    /// file holds a wait no wrong try could have made, the wait starts again from now. The
    /// caller saves the result, so the count survives a restart.
    pub fn check(&mut self, pin: &str, now: u64) -> PinCheck {
        if self.pin_hash.is_empty() {
            return PinCheck::NotSet;
        }
        if self.locked_until > now {
            let remaining = self.locked_until - now;
            if now >= self.wait_started && remaining <= MAX_WAIT_SECS {
                return PinCheck::Wait { seconds: remaining };
            }
            let wait = wait_after(self.wrong_tries);
            self.wait_started = now;
            self.locked_until = now.saturating_add(wait);
            if wait > 0 {
                return PinCheck::Wait { seconds: wait };
            }
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
            self.wait_started = 0;
            return PinCheck::Right;
        }
        self.wrong_tries = self.wrong_tries.saturating_add(1);
        let wait = wait_after(self.wrong_tries);
        if wait > 0 {
            self.wait_started = now;
            self.locked_until = now.saturating_add(wait);
            PinCheck::Wait { seconds: wait }
        } else {
            PinCheck::Wrong {
                tries_left: FREE_TRIES.saturating_sub(self.wrong_tries),
            }
        }
    }
}

/// One change a trainer makes to the settings, as data: the tutor's screens return it, and it
/// is applied to the file as it is on disk at that moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsChange {
    /// The centre's name.
    CentreName(String),
    /// The inactivity timeout, in minutes.
    IdleMinutes(u64),
    /// The default theme's id.
    Theme(String),
    /// A new PIN, already hashed; the wrong tries are forgotten.
    PinHash(String),
    /// Kiosk mode on or off.
    Kiosk(bool),
    /// The language this computer starts in (a code the tutor speaks).
    Language(String),
    /// How fast steps are read aloud, in words a minute.
    SpeechRate(u32),
}

impl SettingsChange {
    /// Applies the change.
    pub fn apply(&self, config: &mut Config) {
        match self {
            SettingsChange::CentreName(name) => config.centre_name = name.clone(),
            SettingsChange::IdleMinutes(m) => config.idle_minutes = (*m).clamp(1, MAX_IDLE_MINUTES),
            SettingsChange::Theme(id) => config.theme = id.clone(),
            SettingsChange::PinHash(hash) => config.trainer.set_hash(hash.clone()),
            SettingsChange::Kiosk(on) => config.kiosk = *on,
            SettingsChange::Language(code) => config.language = code.clone(),
            SettingsChange::SpeechRate(rate) => config.speech_rate = (*rate).clamp(80, 250),
        }
    }
}

/// Why the settings could not be read or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub file: PathBuf,
    /// Where in it, when known (1-based line and column).
    pub at: Option<(usize, usize)>,
    /// What is wrong, in plain words.
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.file.display().to_string();
        let file = crate::safe_text::clean_line(&file);
        match self.at {
            Some((line, col)) => write!(f, "{file}, line {line}, column {col}: ")?,
            None => write!(f, "{file}: ")?,
        }
        write!(
            f,
            "{}. Fix it in a text editor, or move the file away and set the PIN again with \
             `digitutor trainer set-pin`. Until then the trainer's corner stays locked and \
             digitutor does not change this file",
            crate::safe_text::clean_line(&self.reason)
        )
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the settings; a missing file gives the defaults. Settings this digitutor does not
    /// know are allowed (they belong to a newer one); a newer `format_version`, a syntax error
    /// or a wrong value is an error naming the line.
    pub fn load(file: &Path) -> Result<Config, ConfigError> {
        read(file).map(|(config, _)| config)
    }

    /// Changes the settings on disk: under the lock, reads the file as it is now, applies
    /// `change`, and writes it back atomically, keeping settings this digitutor does not know.
    /// Nothing is written when the file cannot be read or the change changed nothing. Returns
    /// the settings as they are now, with what `change` returned.
    pub fn update<R>(
        file: &Path,
        change: impl FnOnce(&mut Config) -> R,
    ) -> Result<(Config, R), ConfigError> {
        let io_error = |e: std::io::Error| ConfigError {
            file: file.to_path_buf(),
            at: None,
            reason: plain_io(&e),
        };
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::safe_fs::create_dir(dir).map_err(io_error)?;
        }
        let _lock = lock(file).map_err(io_error)?;
        let (mut config, mut doc) = read(file)?;
        let before = config.clone();
        let answer = change(&mut config);
        if config == before {
            return Ok((config, answer));
        }
        let known = toml::Table::try_from(&config).map_err(|e| ConfigError {
            file: file.to_path_buf(),
            at: None,
            reason: e.to_string(),
        })?;
        for key in [
            "centre_name",
            "idle_minutes",
            "theme",
            "language",
            "kiosk",
            "speech_command",
            "speech_rate",
            "trainer",
        ] {
            match known.get(key) {
                Some(value) => doc.insert(key.into(), value.clone()),
                None => doc.remove(key),
            };
        }
        doc.insert(
            "format_version".into(),
            toml::Value::Integer(CONFIG_VERSION),
        );
        let text = toml::to_string(&doc).map_err(|e| ConfigError {
            file: file.to_path_buf(),
            at: None,
            reason: e.to_string(),
        })?;
        let text = format!(
            "# digitutor's settings for this computer. The trainer PIN is kept only as a salted hash.\n{text}"
        );
        write_bytes_atomic(file, text.as_bytes()).map_err(|e| ConfigError {
            file: file.to_path_buf(),
            at: None,
            reason: e.to_string(),
        })?;
        Ok((config, answer))
    }

    /// Applies one trainer's change to the file (see [`Config::update`]).
    pub fn change(file: &Path, change: &SettingsChange) -> Result<Config, ConfigError> {
        Config::update(file, |c| change.apply(c)).map(|(c, ())| c)
    }

    /// Checks a PIN against the file as it is now, and saves the count of wrong tries.
    pub fn check_pin(file: &Path, pin: &str, now: u64) -> Result<(Config, PinCheck), ConfigError> {
        Config::update(file, |c| c.trainer.check(pin, now))
    }
}

/// Reads the settings and the whole document (to keep what this digitutor does not know).
fn read(file: &Path) -> Result<(Config, toml::Table), ConfigError> {
    let error = |at: Option<(usize, usize)>, reason: String| ConfigError {
        file: file.to_path_buf(),
        at,
        reason,
    };
    let meta = match std::fs::metadata(file) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Config::default(), toml::Table::new()));
        }
        Err(e) => return Err(error(None, plain_io(&e))),
    };
    if !meta.is_file() {
        return Err(error(None, "it is not a regular file".into()));
    }
    if meta.len() > MAX_CONFIG_BYTES {
        return Err(error(
            None,
            format!(
                "it is {} bytes long; a settings file is at most {MAX_CONFIG_BYTES}",
                meta.len()
            ),
        ));
    }
    let bytes = crate::safe_fs::read_regular(file, MAX_CONFIG_BYTES)
        .map_err(|e| error(None, plain_io(&e)))?;
    let text = String::from_utf8(bytes).map_err(|_| error(None, "it is not UTF-8 text".into()))?;
    let at = |offset: usize| Some(crate::diagnostic::line_col(&text, offset));
    let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        error(
            e.span().and_then(|s| at(s.start)),
            e.message().trim().to_string(),
        )
    })?;
    match doc.get("format_version") {
        None => {}
        Some(toml::Value::Integer(v)) if *v > CONFIG_VERSION => {
            return Err(error(
                key_at(&text, "format_version"),
                format!(
                    "it was written by a newer digitutor (settings version {v}; this one knows {CONFIG_VERSION}). Update digitutor"
                ),
            ));
        }
        Some(toml::Value::Integer(v)) if *v >= 1 => {}
        Some(other) => {
            return Err(error(
                key_at(&text, "format_version"),
                format!("format_version must be a whole number like 1, not {other}"),
            ));
        }
    }
    let config: Config = toml::from_str(&text).map_err(|e| {
        error(
            e.span().and_then(|s| at(s.start)),
            e.message().trim().to_string(),
        )
    })?;
    if !(1..=MAX_IDLE_MINUTES).contains(&config.idle_minutes) {
        return Err(error(
            key_at(&text, "idle_minutes"),
            format!(
                "idle_minutes is {}; it must be from 1 to {MAX_IDLE_MINUTES} minutes",
                config.idle_minutes
            ),
        ));
    }
    if !(80..=250).contains(&config.speech_rate) {
        return Err(error(
            key_at(&text, "speech_rate"),
            format!(
                "speech_rate is {}; it must be from 80 to 250 words a minute",
                config.speech_rate
            ),
        ));
    }
    if !THEMES.contains(&config.theme.as_str()) {
        return Err(error(
            key_at(&text, "theme"),
            format!(
                "theme is \"{}\"; it must be one of {}",
                config.theme,
                THEMES.join(", ")
            ),
        ));
    }
    if !config.language.is_empty()
        && crate::language::Language::from_code(&config.language).is_none()
    {
        return Err(error(
            key_at(&text, "language"),
            format!(
                "language is \"{}\"; it must be one of {}",
                config.language,
                crate::language::Language::codes()
            ),
        ));
    }
    Ok((config, doc))
}

/// Where a key is set in the file (the start of its line), for messages about its value.
fn key_at(text: &str, key: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let rest = line.trim_start().strip_prefix(key)?;
        rest.trim_start()
            .starts_with('=')
            .then(|| (i + 1, line.len() - line.trim_start().len() + 1))
    })
}

/// Takes the settings lock beside the file (waits while another tutor is changing them).
fn lock(file: &Path) -> std::io::Result<File> {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    let path = file.with_file_name(name);
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)?;
    lock.lock()?;
    Ok(lock)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_in(dir: &tempfile::TempDir) -> PathBuf {
        dir.path().join("config.toml")
    }

    #[test]
    fn the_speech_settings_are_kept_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        std::fs::write(&file, "speech_command = \"/opt/say\"\n").unwrap();
        Config::change(&file, &SettingsChange::SpeechRate(110)).unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(
            (config.speech_command.as_str(), config.speech_rate),
            ("/opt/say", 110)
        );
        std::fs::write(&file, "centre_name = \"Hue\"\nspeech_rate = 900\n").unwrap();
        let e = Config::load(&file).unwrap_err();
        assert_eq!(e.at, Some((2, 1)));
        assert!(e.reason.contains("from 80 to 250"), "{e}");
    }

    #[test]
    fn the_pin_is_stored_salted_and_hashed_never_in_plain_text() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        let hash = hash_pin("4826").unwrap();
        Config::change(&file, &SettingsChange::PinHash(hash)).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("4826"));
        assert!(text.contains("$argon2id$"));
        assert!(text.contains("format_version = 1"), "{text}");
        let (_, check) = Config::check_pin(&file, "4826", 100).unwrap();
        assert_eq!(check, PinCheck::Right);
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
    fn the_wait_survives_a_clock_set_back_and_absurd_values_without_absurd_numbers() {
        let mut t = Trainer::default();
        t.set_pin("2468").unwrap();
        let start = 200_000;
        for now in start..start + 3 {
            t.check("0000", now);
        }
        assert_eq!(t.check("2468", start + 10), PinCheck::Wait { seconds: 22 });
        // The clock is set back a day: the wait starts again from now, never a day long.
        assert_eq!(
            t.check("2468", start - 86_400),
            PinCheck::Wait { seconds: 30 }
        );
        // A hand-edited file: a wait that ends at the end of time, and every try used.
        t.locked_until = u64::MAX;
        t.wrong_tries = u32::MAX;
        assert_eq!(
            t.check("2468", 5000),
            PinCheck::Wait {
                seconds: MAX_WAIT_SECS
            }
        );
        assert_eq!(
            t.check("1111", 5000 + MAX_WAIT_SECS),
            PinCheck::Wait {
                seconds: MAX_WAIT_SECS
            }
        );
        assert_eq!(t.wrong_tries, u32::MAX);
        assert_eq!(t.check("2468", u64::MAX), PinCheck::Right);
    }

    #[test]
    fn the_wait_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        Config::change(&file, &SettingsChange::PinHash(hash_pin("2468").unwrap())).unwrap();
        for now in 1000..1003 {
            Config::check_pin(&file, "0000", now).unwrap();
        }
        // A new tutor reads the file: the wait goes on.
        let (_, check) = Config::check_pin(&file, "2468", 1010).unwrap();
        assert_eq!(check, PinCheck::Wait { seconds: 22 });
        let (_, check) = Config::check_pin(&file, "2468", 1040).unwrap();
        assert_eq!(check, PinCheck::Right);
    }

    #[test]
    fn new_pins_are_four_to_twelve_digits_with_the_reason_when_not() {
        assert!(pin_is_acceptable("0000"));
        assert_eq!(pin_problem("123"), Some(PinProblem::TooShort));
        assert_eq!(pin_problem("12a4"), Some(PinProblem::NotDigits));
        assert_eq!(pin_problem("1234567890123"), Some(PinProblem::TooLong));
        assert_eq!(pin_problem("123456789012"), None);
    }

    #[test]
    fn a_broken_config_names_its_file_and_line_and_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        for (text, line, words) in [
            (
                "centre_name = \"Hue\"\nidle_minutes = \"ten\"\n",
                2,
                "invalid type",
            ),
            (
                "centre_name = \"Hue\"\nidle_minutes = 99999\n",
                2,
                "from 1 to 240",
            ),
            ("theme = \"neon\"\n", 1, "must be one of"),
            ("language = \"klingon\"\n", 1, "must be one of"),
            (
                "format_version = 7\nfuture = { a = 1 }\n",
                1,
                "newer digitutor",
            ),
            ("centre_name = \"Hue\n", 1, ""),
        ] {
            std::fs::write(&file, text).unwrap();
            let err = Config::load(&file).unwrap_err();
            assert_eq!(err.at.map(|a| a.0), Some(line), "{text}: {err}");
            let shown = err.to_string();
            assert!(
                shown.contains("config.toml") && shown.contains(words),
                "{shown}"
            );
            assert!(shown.contains("digitutor trainer set-pin"), "{shown}");
            // No change is ever written over it, not even a wrong try.
            assert!(Config::change(&file, &SettingsChange::CentreName("X".into())).is_err());
            assert!(Config::check_pin(&file, "1234", 5).is_err());
            assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
        }
        assert_eq!(
            Config::load(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn settings_from_a_newer_digitutor_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        std::fs::write(
            &file,
            "format_version = 1\nkiosk = true\ncentre_name = \"Hue\"\n[speech]\nrate = 140\n",
        )
        .unwrap();
        Config::change(&file, &SettingsChange::Theme("high-contrast".into())).unwrap();
        let doc: toml::Table = std::fs::read_to_string(&file).unwrap().parse().unwrap();
        assert_eq!(doc["kiosk"].as_bool(), Some(true));
        assert_eq!(doc["speech"]["rate"].as_integer(), Some(140));
        assert_eq!(doc["centre_name"].as_str(), Some("Hue"));
        assert_eq!(doc["theme"].as_str(), Some("high-contrast"));
    }

    #[test]
    fn two_tutors_never_write_back_what_the_other_changed() {
        let dir = tempfile::tempdir().unwrap();
        let file = file_in(&dir);
        // Both tutors started with the same settings; each makes its own change.
        Config::change(&file, &SettingsChange::CentreName("Hue".into())).unwrap();
        Config::change(&file, &SettingsChange::Theme("no-color".into())).unwrap();
        let now = Config::load(&file).unwrap();
        assert_eq!(
            (now.centre_name.as_str(), now.theme.as_str()),
            ("Hue", "no-color")
        );
        // A trainer sets a new PIN in one tutor; a wrong try in the other counts against it
        // and does not bring back an old hash; the right PIN in either clears the count.
        let new = hash_pin("1357").unwrap();
        Config::change(&file, &SettingsChange::PinHash(new.clone())).unwrap();
        let (after, check) = Config::check_pin(&file, "0000", 10).unwrap();
        assert_eq!(check, PinCheck::Wrong { tries_left: 2 });
        assert_eq!(after.trainer.pin_hash, new);
        let (after, check) = Config::check_pin(&file, "1357", 11).unwrap();
        assert_eq!(check, PinCheck::Right);
        assert_eq!(after.trainer.wrong_tries, 0);
        assert_eq!(Config::load(&file).unwrap().centre_name, "Hue");
    }
}
