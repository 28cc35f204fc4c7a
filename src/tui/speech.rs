//! Reading aloud through the speech program installed on the computer (`espeak-ng` on Linux,
//! or the one the settings name). It never waits: the program is started and left to speak,
//! and stopped as soon as the learner does anything. When there is no program, or it has no
//! voice for the language, the learner is told so once, in words, and the tutor carries on.

use std::process::{Child, Command, Stdio};

use crate::language::Language;
use crate::tui::text::t;

/// The speech program now speaking, if any, and what the learner was already told.
#[derive(Debug, Default)]
pub struct Speech {
    speaking: Option<(Child, Language)>,
    told_no_program: bool,
    told_no_voice: Vec<Language>,
}

impl Speech {
    /// Starts reading `text` aloud in `language`, stopping what was being read. Returns what to
    /// tell the learner when reading aloud cannot work here (only the first time).
    pub fn say(
        &mut self,
        text: &str,
        language: Language,
        config: &crate::config::Config,
    ) -> Option<String> {
        let _ = self.stop();
        let command = if config.speech_command.trim().is_empty() {
            crate::config::DEFAULT_SPEECH_COMMAND
        } else {
            config.speech_command.trim()
        };
        let rate = config.speech_rate.clamp(80, 250);
        let started = Command::new(command)
            .args(["-v", language.code(), "-s", &rate.to_string(), "--", text])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match started {
            Ok(child) => {
                self.speaking = Some((child, language));
                None
            }
            Err(_) if !self.told_no_program => {
                self.told_no_program = true;
                Some(t("notice.no-speech").to_string())
            }
            Err(_) => None,
        }
    }

    /// Stops reading aloud. Returns what to tell the learner when the program had already
    /// ended in failure (it has no voice for the language): once per language.
    pub fn stop(&mut self) -> Option<String> {
        let (mut child, language) = self.speaking.take()?;
        let failed = matches!(child.try_wait(), Ok(Some(status)) if !status.success());
        let _ = child.kill();
        let _ = child.wait();
        if failed && !self.told_no_voice.contains(&language) {
            self.told_no_voice.push(language);
            return Some(t("notice.no-voice").to_string());
        }
        None
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}
