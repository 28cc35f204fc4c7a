//! `digitutor trainer set-pin`: the trainer PIN is set here, at the command line, and never
//! chosen inside the tutor, where the first curious learner could take it. The PIN is read
//! without being shown when a terminal is attached, or as lines from standard input in scripts
//! and tests; it is stored only as a salted hash, through the same locked settings update the
//! tutor uses, and a settings file that cannot be read is never written over.

use crate::tui::text::{t, tf};
use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use super::out::{errln, outln};
use crate::config::{Config, PinCheck, PinProblem, SettingsChange, hash_pin, pin_problem};
use crate::progress::store::now_secs;

/// Where PINs come from: the terminal without echo, or standard input's lines.
struct Keyboard {
    terminal: bool,
    lines: std::io::Lines<std::io::StdinLock<'static>>,
}

impl Keyboard {
    fn new() -> Self {
        Keyboard {
            terminal: std::io::stdin().is_terminal(),
            lines: std::io::stdin().lock().lines(),
        }
    }

    /// Asks for a PIN; `None` when nothing more can be read.
    fn ask(&mut self, prompt: &str) -> Option<String> {
        if self.terminal {
            return rpassword::prompt_password(prompt)
                .ok()
                .map(|s| s.trim().to_string());
        }
        errln!("{prompt}");
        self.lines
            .next()
            .and_then(Result::ok)
            .map(|s| s.trim().to_string())
    }
}

/// `digitutor trainer set-pin [--forgotten]`.
pub fn set_pin(file: &Path, forgotten: bool) -> anyhow::Result<ExitCode> {
    let config = match Config::load(file) {
        Ok(config) => config,
        Err(e) => {
            errln!("digitutor: {}", crate::tui::views::settings_problem(&e));
            return Ok(ExitCode::from(1));
        }
    };
    let mut keys = Keyboard::new();
    if !config.trainer.pin_hash.is_empty() {
        if forgotten {
            outln!("{}", t("pin.forgotten"));
        } else {
            let Some(old) = keys.ask(&format!("{} ", t("pin.ask-old"))) else {
                errln!("{}", t("pin.none-typed"));
                return Ok(ExitCode::from(1));
            };
            match Config::check_pin(file, &old, now_secs()) {
                Ok((_, PinCheck::Right)) => {}
                Ok((_, PinCheck::Wait { seconds })) => {
                    errln!("{}", tf("pin.wait", &[("wait", &in_words(seconds))]));
                    return Ok(ExitCode::from(1));
                }
                Ok((_, PinCheck::Wrong { .. } | PinCheck::NotSet)) => {
                    errln!("{}", t("pin.wrong"));
                    return Ok(ExitCode::from(1));
                }
                Err(e) => {
                    errln!("digitutor: {}", crate::tui::views::settings_problem(&e));
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    let Some(new) = keys.ask(&format!("{} ", t("pin.ask-new"))) else {
        errln!("{}", t("pin.none-typed"));
        return Ok(ExitCode::from(1));
    };
    if let Some(problem) = pin_problem(&new) {
        errln!("{} {}", problem_text(problem), t("pin.nothing-changed"));
        return Ok(ExitCode::from(1));
    }
    let again = keys
        .ask(&format!("{} ", t("pin.ask-again")))
        .unwrap_or_default();
    if again != new {
        errln!("{}", t("pin.mismatch"));
        return Ok(ExitCode::from(1));
    }
    let hash = hash_pin(&new).map_err(|e| anyhow::anyhow!("the PIN could not be hashed: {e}"))?;
    match Config::change(file, &SettingsChange::PinHash(hash)) {
        Ok(_) => {
            outln!("{}", tf("pin.set", &[("file", &file.display())]));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            errln!("digitutor: {}", crate::tui::views::settings_problem(&e));
            Ok(ExitCode::from(1))
        }
    }
}

fn problem_text(problem: PinProblem) -> &'static str {
    match problem {
        PinProblem::TooShort => t("pin.too-short"),
        PinProblem::TooLong => t("pin.too-long"),
        PinProblem::NotDigits => t("pin.digits"),
    }
}

/// A wait in words: seconds under a minute, else whole minutes.
fn in_words(seconds: u64) -> String {
    match seconds {
        0..=59 => tf("pin.seconds", &[("n", &seconds)]),
        s => tf("pin.minutes", &[("n", &s.div_ceil(60))]),
    }
}
