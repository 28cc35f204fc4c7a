//! What a screen asks the tutor to do beyond changing its own state, as data: a key handler
//! decides, the app performs it after the handler returns, and the outcome is kept as state for
//! the screens to read. So "Your progress is saved" is shown only when a save really happened.

/// Something for the app to do after a key was handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the learner's progress (the changes still pending in memory) to disk.
    SaveProgress,
    /// Read these words aloud, in the language spoken, through the computer's speech program.
    Speak(String),
    /// Make one change to this computer's settings (under their lock, on the file as it is
    /// now), then say `done` when it was made, or why it was not.
    ChangeSettings {
        /// The change.
        change: crate::config::SettingsChange,
        /// What to tell the trainer once it is made.
        done: String,
    },
}

/// Where the learner's progress stands, as the last save left it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Nothing is saved for whoever is here (a guest, a demonstration, a preview), or nothing
    /// was asked yet.
    #[default]
    NotSaving,
    /// Everything the learner did is on disk.
    Saved,
    /// The last save failed: the changes are kept in memory and tried again at the next key.
    NotSaved {
        /// What went wrong, naming the file, for a trainer (the learner was told in a notice).
        reason: String,
    },
}

impl SaveState {
    /// True when the learner's last changes are not on disk.
    pub fn is_unsaved(&self) -> bool {
        matches!(self, SaveState::NotSaved { .. })
    }
}

/// How the tutor ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Closed with everything saved (or nothing to save).
    Clean,
    /// Closed on the first screen because plain lines were chosen: the plain tutor starts.
    ToPlain,
    /// Closed while a learner's last changes could not be saved: who, and why.
    Unsaved {
        /// The learner's name.
        learner: String,
        /// What went wrong, naming the file or folder.
        reason: String,
    },
}
