//! The learners on this computer, as the "Who is learning?" screen needs them: list, create,
//! open and save. Backed by the progress store, or by memory alone (tests, previews and demos,
//! which never write progress). Problems come back as plain-words notices from the catalog.

use std::collections::HashMap;

use super::text::{t, tf};
use crate::progress::store::{now_secs, plain_io};
use crate::progress::{Claim, Memory, Notice, Progress, Store, StoreError};
use crate::safe_text::{NAME_MAX_CHARS, NameProblem, check_name};

/// One learner in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileEntry {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Each step is read aloud to them as it appears.
    pub reads_aloud: bool,
}

/// A learner opened from the store.
#[derive(Debug)]
pub struct Opened {
    /// Their progress.
    pub memory: Memory,
    /// What to tell them, if anything.
    pub notice: Option<String>,
}

/// The learners on this computer.
#[derive(Debug, Default)]
pub struct Profiles {
    store: Option<Store>,
    entries: Vec<ProfileEntry>,
    in_memory: HashMap<String, Progress>,
    claim: Option<Claim>,
    read_only: bool,
}

impl Profiles {
    /// Profiles kept in memory only: nothing is ever written.
    pub fn in_memory() -> Self {
        Profiles::default()
    }

    /// Profiles kept in the store.
    pub fn on_disk(store: Store) -> Self {
        let mut p = Profiles {
            store: Some(store),
            ..Profiles::default()
        };
        p.refresh();
        p
    }

    /// Reads the list again (another tutor may have added someone).
    pub fn refresh(&mut self) {
        if let Some(store) = &self.store {
            self.entries = store
                .list()
                .into_iter()
                .map(|p| ProfileEntry {
                    id: p.id,
                    name: p.name,
                    reads_aloud: p.reads_aloud,
                })
                .collect();
        }
    }

    /// The learners, most recently used first.
    pub fn list(&self) -> &[ProfileEntry] {
        &self.entries
    }

    /// Adds a learner (then `open` them). Fails with the reason in plain words when the name is
    /// empty or taken, or the disk said no.
    pub fn create(&mut self, name: &str) -> Result<ProfileEntry, String> {
        let now = now_secs();
        let progress = match &self.store {
            Some(store) => store.create(name, now).map_err(|e| match e {
                StoreError::BadName(problem) => name_problem(&problem),
                StoreError::NameTaken(name) => tf("name.taken", &[("name", &name)]),
                other => tf("notice.create-failed", &[("why", &store_problem(&other))]),
            })?,
            None => {
                let name = check_name(name).map_err(|p| name_problem(&p))?;
                if self
                    .entries
                    .iter()
                    .any(|e| e.name.to_lowercase() == name.to_lowercase())
                {
                    return Err(tf("name.taken", &[("name", &name)]));
                }
                let id = format!("p{}", self.entries.len() + 1);
                let progress = Progress::new(&id, &name, now);
                self.in_memory.insert(id, progress.clone());
                progress
            }
        };
        let entry = ProfileEntry {
            id: progress.profile.id.clone(),
            name: progress.profile.name.clone(),
            reads_aloud: false,
        };
        self.entries.retain(|e| e.id != entry.id);
        self.entries.insert(0, entry.clone());
        // The caller opens the new learner next, which claims them.
        Ok(entry)
    }

    /// Opens a learner: their progress, and anything they should be told (a restored backup,
    /// a newer file, the same learner open on another screen).
    pub fn open(&mut self, id: &str) -> Opened {
        self.claim = None;
        self.read_only = false;
        let mut opened = match &self.store {
            None => Opened {
                memory: Memory::from_progress(
                    self.in_memory
                        .get(id)
                        .cloned()
                        .unwrap_or_else(|| Progress::new(id, "", 0)),
                ),
                notice: None,
            },
            Some(store) => match store.load(id) {
                Ok(loaded) => {
                    self.read_only = loaded.read_only;
                    let mut notices = loaded.notices;
                    if !loaded.read_only {
                        let (claim, notice) = store.claim(id);
                        self.claim = Some(claim);
                        notices.extend(notice);
                    }
                    Opened {
                        memory: loaded.memory,
                        notice: join(notices.iter().map(notice_text)),
                    }
                }
                Err(e) => {
                    self.read_only = true;
                    Opened {
                        memory: Memory::from_progress(Progress::new(id, "", 0)),
                        notice: Some(tf("notice.cannot-open", &[("why", &store_problem(&e))])),
                    }
                }
            },
        };
        opened.memory.used(now_secs());
        if let Some(i) = self.entries.iter().position(|e| e.id == id) {
            let entry = self.entries.remove(i);
            self.entries.insert(0, entry);
        }
        opened
    }

    /// Gives a learner a new name (a trainer's action).
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), String> {
        match &self.store {
            Some(store) => {
                store.rename(id, name).map_err(|e| match e {
                    StoreError::BadName(problem) => name_problem(&problem),
                    StoreError::NameTaken(name) => tf("name.taken", &[("name", &name)]),
                    other => tf("notice.save-refused", &[("why", &store_problem(&other))]),
                })?;
            }
            None => {
                let name = check_name(name).map_err(|p| name_problem(&p))?;
                if let Some(p) = self.in_memory.get_mut(id) {
                    p.profile.name = name;
                }
            }
        }
        self.refresh_memory_list();
        Ok(())
    }

    /// Removes a learner from the list (their folder is moved aside, not erased).
    pub fn delete(&mut self, id: &str) -> Result<(), String> {
        if let Some(store) = &self.store {
            store
                .delete(id)
                .map_err(|e| tf("notice.save-refused", &[("why", &store_problem(&e))]))?;
        } else {
            self.in_memory.remove(id);
        }
        self.entries.retain(|e| e.id != id);
        self.refresh_memory_list();
        Ok(())
    }

    /// Starts a learner's progress again (the old progress is kept aside, not erased).
    pub fn reset(&mut self, id: &str) -> Result<(), String> {
        match &self.store {
            Some(store) => store
                .reset(id)
                .map(|_| ())
                .map_err(|e| tf("notice.save-refused", &[("why", &store_problem(&e))])),
            None => {
                if let Some(p) = self.in_memory.get_mut(id) {
                    *p = Progress::new(id, &p.profile.name, p.profile.created);
                }
                Ok(())
            }
        }
    }

    /// Turns reading each step aloud on or off for a learner (a trainer's setting, kept in
    /// their progress).
    pub fn set_reads_aloud(&mut self, id: &str, on: bool) -> Result<(), String> {
        let change = crate::progress::model::Change::ReadsAloud(on);
        match &self.store {
            Some(store) => {
                store
                    .update(id, |p| p.apply(&change))
                    .map_err(|e| tf("notice.save-refused", &[("why", &store_problem(&e))]))?;
            }
            None => {
                if let Some(p) = self.in_memory.get_mut(id) {
                    p.apply(&change);
                }
            }
        }
        for e in &mut self.entries {
            if e.id == id {
                e.reads_aloud = on;
            }
        }
        Ok(())
    }

    /// A learner's saved progress (for the trainer's class view).
    pub fn progress(&self, id: &str) -> Option<Progress> {
        match &self.store {
            Some(store) => store.load(id).ok().map(|l| l.memory.progress().clone()),
            None => self.in_memory.get(id).cloned(),
        }
    }

    fn refresh_memory_list(&mut self) {
        if self.store.is_some() {
            self.refresh();
        } else {
            for e in &mut self.entries {
                if let Some(p) = self.in_memory.get(&e.id) {
                    e.name = p.profile.name.clone();
                }
            }
        }
    }

    /// The folder that holds the learners' progress, when it is on disk.
    pub fn folder(&self) -> Option<std::path::PathBuf> {
        self.store.as_ref().map(|s| s.dirs().profiles())
    }

    /// The learner is leaving: let go of them.
    pub fn close(&mut self) {
        self.claim = None;
        self.read_only = false;
    }

    /// Saves a learner's progress: `Ok(true)` when it was written, `Ok(false)` when this
    /// learner's progress is not being saved (it could not be read when opened, and the learner
    /// was told). A problem becomes a notice in plain words; the changes stay in memory and are
    /// saved at the next chance. The error is the notice for the learner and the plain reason
    /// for a trainer.
    pub fn save(&mut self, memory: &mut Memory) -> Result<bool, (String, String)> {
        match &self.store {
            None => {
                let mut progress = self
                    .in_memory
                    .get(&memory.progress().profile.id)
                    .cloned()
                    .unwrap_or_else(|| memory.progress().clone());
                for change in memory.pending() {
                    progress.apply(change);
                }
                self.in_memory
                    .insert(progress.profile.id.clone(), progress.clone());
                memory.saved(progress);
                Ok(true)
            }
            Some(_) if self.read_only => Ok(false),
            Some(store) => store
                .save(memory)
                .map(|()| true)
                .map_err(|e| save_problem(&e)),
        }
    }
}

fn join(texts: impl Iterator<Item = String>) -> Option<String> {
    let all: Vec<String> = texts.collect();
    (!all.is_empty()).then(|| all.join(" "))
}

/// A notice from the store in plain words.
pub fn notice_text(notice: &Notice) -> String {
    match notice {
        Notice::RestoredFromBackup { moved_to } => {
            tf("notice.restored", &[("file", &moved_to.display())])
        }
        Notice::StartedAfresh { moved_to } => tf("notice.afresh", &[("file", &moved_to.display())]),
        Notice::TooNew { file, .. } => tf("notice.too-new", &[("file", &file.display())]),
        Notice::Unreadable { file, reason } => tf(
            "notice.unreadable",
            &[("file", &file.display()), ("why", reason)],
        ),
        Notice::AlsoOpenElsewhere => t("notice.also-open").to_string(),
        Notice::UsedBackup { file } => tf("notice.used-backup", &[("file", &file.display())]),
    }
}

fn save_problem(e: &StoreError) -> (String, String) {
    let notice = match e {
        StoreError::Io { path, source } => tf(
            "notice.save-failed",
            &[("file", &path.display()), ("why", &io_words(source))],
        ),
        other => tf("notice.save-refused", &[("why", &store_problem(other))]),
    };
    (notice, e.to_string())
}

/// A disk problem in the words of the language spoken, the common ones said plainly.
pub fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull => t("io.disk-full").to_string(),
        ErrorKind::ReadOnlyFilesystem => t("io.read-only").to_string(),
        ErrorKind::PermissionDenied => t("io.permission").to_string(),
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => t("io.folder-missing").to_string(),
        _ => plain_io(e),
    }
}

/// Why a save or a change to a learner did not happen, in the language spoken.
pub fn store_problem(e: &StoreError) -> String {
    match e {
        StoreError::Io { path, source } => tf(
            "store.io",
            &[("file", &path.display()), ("why", &io_words(source))],
        ),
        StoreError::TooNew { file, version } => tf(
            "store.too-new",
            &[
                ("file", &file.display()),
                ("version", version),
                ("known", &crate::progress::model::PROGRESS_VERSION),
            ],
        ),
        StoreError::BadName(problem) => name_problem(problem),
        StoreError::NameTaken(name) => tf("name.taken", &[("name", name)]),
        StoreError::NoSuchProfile(who) => tf("store.no-such", &[("name", who)]),
        StoreError::ReadOnly => t("store.read-only").to_string(),
    }
}

/// A refused name, in the learner's words.
fn name_problem(problem: &NameProblem) -> String {
    match problem {
        NameProblem::Empty => t("name.empty").to_string(),
        NameProblem::TooLong(_) => tf("name.too-long", &[("max", &NAME_MAX_CHARS)]),
        NameProblem::Unprintable => t("name.unprintable").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn a_disk_problem_is_said_in_the_language_spoken() {
        let full = StoreError::Io {
            path: std::path::PathBuf::from("/data/profiles/lan.json"),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        };
        crate::tui::text::set_language(Language::Vi);
        let said = store_problem(&full);
        assert!(
            said.contains("ổ đĩa đã đầy") && said.contains("/data/profiles/lan.json"),
            "{said}"
        );
        let (notice, _) = save_problem(&StoreError::ReadOnly);
        assert!(notice.contains("không được lưu"), "{notice}");
        crate::tui::text::set_language(Language::Ko);
        assert_eq!(
            store_problem(&StoreError::ReadOnly),
            "이 학습자의 진도는 지금 저장되지 않고 있어요"
        );
        crate::tui::text::set_language(Language::En);
        assert!(store_problem(&full).contains("the disk is full"));
    }
}
