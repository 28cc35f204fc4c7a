//! `digitutor trainer set-pin`: the trainer PIN is set here, at the command line, and never
//! chosen inside the tutor, where the first curious learner could take it. The PIN is read
//! without being shown when a terminal is attached, or as lines from standard input in scripts
//! and tests; it is stored only as a salted hash, through the same locked settings update the
//! tutor uses, and a settings file that cannot be read is never written over.

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
            errln!("digitutor: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    let mut keys = Keyboard::new();
    if !config.trainer.pin_hash.is_empty() {
        if forgotten {
            outln!(
                "The old PIN will be replaced without asking for it. Anyone who can use this computer's account can do this; the PIN keeps learners out of the trainer's corner, not people at the command line."
            );
        } else {
            let Some(old) = keys.ask("The trainer PIN now: ") else {
                errln!("No PIN was typed. Nothing changed.");
                return Ok(ExitCode::from(1));
            };
            match Config::check_pin(file, &old, now_secs()) {
                Ok((_, PinCheck::Right)) => {}
                Ok((_, PinCheck::Wait { seconds })) => {
                    errln!(
                        "Too many wrong PINs: wait {} and try again. If the PIN is forgotten: digitutor trainer set-pin --forgotten",
                        in_words(seconds)
                    );
                    return Ok(ExitCode::from(1));
                }
                Ok((_, PinCheck::Wrong { .. } | PinCheck::NotSet)) => {
                    errln!(
                        "That PIN is not right. Nothing changed. If the PIN is forgotten: digitutor trainer set-pin --forgotten"
                    );
                    return Ok(ExitCode::from(1));
                }
                Err(e) => {
                    errln!("digitutor: {e}");
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    let Some(new) = keys.ask("The new PIN (4 to 12 digits): ") else {
        errln!("No PIN was typed. Nothing changed.");
        return Ok(ExitCode::from(1));
    };
    if let Some(problem) = pin_problem(&new) {
        errln!("{} Nothing changed.", problem_text(problem));
        return Ok(ExitCode::from(1));
    }
    let again = keys.ask("The same PIN again: ").unwrap_or_default();
    if again != new {
        errln!("The two PINs were not the same. Nothing changed; please run the command again.");
        return Ok(ExitCode::from(1));
    }
    let hash = hash_pin(&new).map_err(|e| anyhow::anyhow!("the PIN could not be hashed: {e}"))?;
    match Config::change(file, &SettingsChange::PinHash(hash)) {
        Ok(_) => {
            outln!(
                "The trainer PIN is set. In the tutor, choose \"For trainers\" on \"Who is learning?\" and type it. It is kept only as a salted hash in {}.",
                file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            errln!("digitutor: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

fn problem_text(problem: PinProblem) -> &'static str {
    match problem {
        PinProblem::TooShort => "That PIN is too short: a PIN has 4 to 12 digits.",
        PinProblem::TooLong => "That PIN is too long: a PIN has 4 to 12 digits.",
        PinProblem::NotDigits => "A PIN has only the digits 0 to 9.",
    }
}

/// A wait in words: seconds under a minute, else whole minutes.
fn in_words(seconds: u64) -> String {
    match seconds {
        0..=59 => format!("{seconds} seconds"),
        60 => "a minute".into(),
        s => format!("{} minutes", s.div_ceil(60)),
    }
}
