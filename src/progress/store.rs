//! Profiles and progress on disk. Every save is atomic and durable (a temporary file, synced,
//! renamed over the old one, the folder synced) and keeps the previous version as a backup.
//! Saves take a lock and apply only this tutor's new changes on top of what is on disk, so two
//! tutors on one profile never lose each other's work. A file that cannot be read is moved aside
//! with a timestamp, never silently replaced; a newer version is refused, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::dirs::DataDirs;
use super::memory::Memory;
use super::model::{PROGRESS_FORMAT, PROGRESS_VERSION, Progress};

/// The progress file in a learner's folder.
pub const PROGRESS_FILE: &str = "progress.json";
/// The previous version, kept by every save.
pub const BACKUP_FILE: &str = "progress.json.bak";
pub const SAVE_LOCK: &str = "progress.lock";
pub const SESSION_LOCK: &str = "session.lock";

/// Something the learner or trainer should be told, in plain words, about their progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The progress file could not be read; it was moved aside and the backup used.
    RestoredFromBackup {
        /// Where the unreadable file now is.
        moved_to: PathBuf,
    },
    /// Neither the file nor its backup could be read; both were moved aside and the learner
    /// starts again from nothing (the old files are kept for a trainer).
    StartedAfresh {
        /// Where the unreadable file now is.
        moved_to: PathBuf,
    },
    /// The file was written by a newer digitutor: it is left alone and nothing is saved.
    TooNew {
        /// The file.
        file: PathBuf,
        /// Its version.
        version: u64,
    },
    /// The file could not be read at all (permissions, a disk error): nothing is saved for now.
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The same learner is open in another tutor. Both are saved; nothing is lost.
    AlsoOpenElsewhere,
    /// The progress file could not be read, so its backup was read instead (nothing was
    /// changed on disk: the tutor moves the file aside when the learner next opens it).
    UsedBackup {
        /// The unreadable file.
        file: PathBuf,
    },
}

/// Why a save or a profile change did not happen.
#[derive(Debug)]
pub enum StoreError {
    /// The disk said no (full, read-only, missing permission).
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The progress file is from a newer digitutor.
    TooNew {
        /// The file.
        file: PathBuf,
        /// Its version.
        version: u64,
    },
    /// The name cannot be used: empty, too long, or holding an unprintable character.
    BadName(crate::safe_text::NameProblem),
    /// Another learner already has this name.
    NameTaken(String),
    /// No learner with this id or name.
    NoSuchProfile(String),
    /// This profile may only be read (it was refused when loading).
    ReadOnly,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Io { path, source } => {
                write!(
                    f,
                    "could not write {}: {}",
                    path.display(),
                    plain_io(source)
                )
            }
            StoreError::TooNew { file, version } => write!(
                f,
                "{} was saved by a newer digitutor (progress version {version}; this one knows {PROGRESS_VERSION}). Update digitutor; the file is left as it is",
                file.display()
            ),
            StoreError::BadName(problem) => write!(f, "{problem}"),
            StoreError::NameTaken(name) => write!(
                f,
                "a learner called {} already exists",
                crate::safe_text::Line(name)
            ),
            StoreError::NoSuchProfile(who) => write!(
                f,
                "there is no learner called {}",
                crate::safe_text::Line(who)
            ),
            StoreError::ReadOnly => write!(f, "this learner's progress is not being saved"),
        }
    }
}

impl std::error::Error for StoreError {}

/// The system's words for a disk problem, with the common ones said plainly.
pub fn plain_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotADirectory | io::ErrorKind::AlreadyExists => {
            "the folder is missing, or something else is in its place".into()
        }
        _ => e.to_string(),
    }
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A learner's progress as loaded, with what to tell them.
#[derive(Debug)]
pub struct Loaded {
    /// The progress in memory.
    pub memory: Memory,
    /// Plain-words notices about what happened while loading.
    pub notices: Vec<Notice>,
    /// When true, nothing may be saved for this learner (a newer or unreadable file).
    pub read_only: bool,
}

/// Held while a tutor has a learner open; dropping it lets go.
#[derive(Debug)]
pub struct Claim {
    _file: Option<File>,
}

/// The profiles and progress in one data folder.
#[derive(Debug, Clone)]
pub struct Store {
    dirs: DataDirs,
    /// This computer's id, once read or made.
    computer: std::sync::OnceLock<String>,
}

/// The id counts go under when this computer's own id cannot be read or made (a read-only
/// folder, a report on a copied folder).
const UNNAMED_COMPUTER: &str = "this-computer";

/// Seconds since 1970, UTC.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Store {
    /// The store in these folders. Nothing is created until something is saved.
    pub fn new(dirs: DataDirs) -> Self {
        Store {
            dirs,
            computer: std::sync::OnceLock::new(),
        }
    }

    /// This computer's id among the computers that share the data folder: a random name kept
    /// in `computer-id` beside the settings, made the first time it is needed. Each computer
    /// counts a learner's attempts under its own id, so copies merge without counting twice.
    pub fn computer(&self) -> &str {
        self.computer.get_or_init(|| {
            let file = self.dirs.computer_file();
            read_computer_id(&file)
                .or_else(|| make_computer_id(&file))
                .unwrap_or_else(|| UNNAMED_COMPUTER.to_string())
        })
    }

    /// Progress read from this computer's folder counts for this computer from now on; counts
    /// from before they were kept per computer become this computer's.
    fn counted_here(&self, progress: &mut Progress) {
        let here = self.computer().to_string();
        progress.count_untallied_as(&here);
        progress.here = here;
    }

    /// The folders in use.
    pub fn dirs(&self) -> &DataDirs {
        &self.dirs
    }

    /// Every learner, most recently used first. Folders that cannot be read are skipped here
    /// (and reported when that learner is opened).
    pub fn list(&self) -> Vec<super::model::ProfileInfo> {
        let Ok(entries) = fs::read_dir(self.dirs.profiles()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let dir = entry.path();
            if !dir.is_dir() {
                continue;
            }
            let id = entry.file_name().to_string_lossy().into_owned();
            let info = [PROGRESS_FILE, BACKUP_FILE]
                .iter()
                .find_map(|f| read_progress(&dir.join(f)).ok().map(|p| p.profile));
            match info {
                Some(mut info) => {
                    info.id = id;
                    out.push(info);
                }
                None if dir.join(PROGRESS_FILE).exists() || dir.join(BACKUP_FILE).exists() => {
                    // Unreadable or newer: still listed, so the learner can pick it and be told.
                    out.push(super::model::ProfileInfo {
                        name: name_from_id(&id),
                        id,
                        created: 0,
                        last_used: 0,
                        language: None,
                        reads_aloud: false,
                    });
                }
                None => {}
            }
        }
        out.sort_by(|a, b| {
            b.last_used
                .cmp(&a.last_used)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        out
    }

    /// Finds a learner by id, or else by name (ignoring case).
    pub fn find(&self, who: &str) -> Option<super::model::ProfileInfo> {
        let all = self.list();
        let wanted = crate::safe_text::fold(who);
        all.iter()
            .find(|p| p.id == who)
            .or_else(|| {
                all.iter()
                    .find(|p| crate::safe_text::fold(&p.name) == wanted)
            })
            .cloned()
    }

    /// The error for a learner not found, naming the nearest name here when one is close
    /// (case and accents aside), so a typo is easy to mend.
    pub fn missing(&self, who: &str) -> StoreError {
        let wanted = crate::safe_text::fold(who);
        let near = self
            .list()
            .into_iter()
            .map(|p| {
                (
                    strsim::jaro_winkler(&crate::safe_text::fold(&p.name), &wanted),
                    p.name,
                )
            })
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| name);
        match near {
            Some(name) => StoreError::NoSuchProfile(format!("{who}; did you mean \"{name}\"?")),
            None => StoreError::NoSuchProfile(who.to_string()),
        }
    }

    /// Makes a new learner and saves their (empty) progress at once.
    pub fn create(&self, name: &str, now: u64) -> Result<Progress, StoreError> {
        let name = crate::safe_text::check_name(name).map_err(StoreError::BadName)?;
        if self
            .list()
            .iter()
            .any(|p| p.name.to_lowercase() == name.to_lowercase())
        {
            return Err(StoreError::NameTaken(name));
        }
        let id = self.new_id(&name);
        let progress = Progress::new(&id, &name, now);
        self.write_new(&progress)?;
        Ok(progress)
    }

    fn new_id(&self, name: &str) -> String {
        let slug: String = name
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c.to_ascii_lowercase())
                } else if c == ' ' || c == '-' {
                    Some('-')
                } else {
                    None
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let mut slug: String = slug.chars().take(20).collect();
        if slug.is_empty() {
            slug = "learner".into();
        }
        loop {
            let id = format!("{slug}-{:06x}", rand::random::<u32>() & 0xff_ffff);
            if !self.dirs.profile(&id).exists() {
                return id;
            }
        }
    }

    fn write_new(&self, progress: &Progress) -> Result<(), StoreError> {
        // The first learner made here: say what stays on this computer if a centre shares the
        // data folder (a missing list never stops a learner being made).
        let _ = super::stignore::write_once(&self.dirs.data);
        let dir = self.dirs.profile(&progress.profile.id);
        crate::safe_fs::create_dir(&dir).map_err(io_at(&dir))?;
        let _lock = lock(&dir)?;
        write_atomic(&dir.join(PROGRESS_FILE), progress)
    }

    /// Loads a learner's progress. A file that cannot be parsed is moved aside with a timestamp
    /// and the backup is used; a newer version is left alone and nothing will be saved.
    pub fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        let dir = self.dirs.profile(id);
        if !dir.is_dir() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        // Copies Syncthing kept are merged in first; if that cannot be written now, the next
        // save merges them.
        let _ = self.merge_conflict_copies(id);
        let name = name_from_id(id);
        // Reading needs no lock (files are replaced whole), but moving a bad one aside does.
        let lock = lock(&dir).ok();
        let mut notices = Vec::new();
        let main = dir.join(PROGRESS_FILE);
        let progress = match read_progress(&main) {
            Ok(p) => Some(p),
            Err(ReadError::Missing) => match read_progress(&dir.join(BACKUP_FILE)) {
                Ok(p) => Some(p),
                Err(ReadError::Missing) => None,
                Err(e) => return Ok(self.refused(e, &dir.join(BACKUP_FILE), &name, id)),
            },
            Err(e @ (ReadError::TooNew(_) | ReadError::Io(_))) => {
                return Ok(self.refused(e, &main, &name, id));
            }
            Err(ReadError::Bad(reason)) => {
                let Ok(moved_to) = move_aside(&main) else {
                    // Cannot even move it aside (a read-only folder): leave it, save nothing.
                    return Ok(self.refused(ReadError::Bad(reason), &main, &name, id));
                };
                match read_progress(&dir.join(BACKUP_FILE)) {
                    Ok(p) => {
                        notices.push(Notice::RestoredFromBackup { moved_to });
                        // Put the good copy back in place at once, so the next save has a base.
                        if lock.is_some() {
                            let _ = write_atomic(&main, &p);
                        }
                        Some(p)
                    }
                    Err(e @ (ReadError::TooNew(_) | ReadError::Io(_))) => {
                        return Ok(self.refused(e, &dir.join(BACKUP_FILE), &name, id));
                    }
                    Err(_) => {
                        let backup = dir.join(BACKUP_FILE);
                        if backup.exists() {
                            let _ = move_aside(&backup);
                        }
                        notices.push(Notice::StartedAfresh { moved_to });
                        None
                    }
                }
            }
        };
        let mut progress = progress.unwrap_or_else(|| Progress::new(id, &name, 0));
        progress.profile.id = id.to_string();
        self.counted_here(&mut progress);
        Ok(Loaded {
            memory: Memory::from_progress(progress),
            notices,
            read_only: false,
        })
    }

    /// Reads a learner's progress without changing anything on disk, for reports,
    /// certificates and exports (which may read folders copied from other computers): no lock
    /// is taken and nothing is moved aside. An unreadable file falls back to its backup.
    pub fn read(&self, id: &str) -> Result<Loaded, StoreError> {
        let dir = self.dirs.profile(id);
        if !dir.is_dir() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        let name = name_from_id(id);
        let main = dir.join(PROGRESS_FILE);
        let backup = dir.join(BACKUP_FILE);
        let (progress, notices) = match read_progress(&main) {
            Ok(p) => (p, Vec::new()),
            Err(ReadError::Missing) => match read_progress(&backup) {
                Ok(p) => (p, Vec::new()),
                Err(ReadError::Missing) => (Progress::new(id, &name, 0), Vec::new()),
                Err(e) => return Ok(self.refused(e, &backup, &name, id)),
            },
            Err(e @ (ReadError::TooNew(_) | ReadError::Io(_))) => {
                return Ok(self.refused(e, &main, &name, id));
            }
            Err(ReadError::Bad(reason)) => match read_progress(&backup) {
                Ok(p) => (p, vec![Notice::UsedBackup { file: main }]),
                Err(_) => return Ok(self.refused(ReadError::Bad(reason), &main, &name, id)),
            },
        };
        let mut progress = progress;
        progress.profile.id = id.to_string();
        // Copies Syncthing kept count too, merged in memory only.
        for copy in conflict_copies(&dir) {
            if let Ok(theirs) = read_progress(&copy) {
                progress.merge(&as_copy(theirs, &copy));
            }
        }
        // Nothing is written here, not even this computer's id.
        let here = read_computer_id(&self.dirs.computer_file())
            .unwrap_or_else(|| UNNAMED_COMPUTER.to_string());
        progress.count_untallied_as(&here);
        progress.here = here;
        Ok(Loaded {
            memory: Memory::from_progress(progress),
            notices,
            read_only: false,
        })
    }

    fn refused(&self, e: ReadError, file: &Path, name: &str, id: &str) -> Loaded {
        let notice = match e {
            ReadError::TooNew(version) => Notice::TooNew {
                file: file.to_path_buf(),
                version,
            },
            ReadError::Io(err) => Notice::Unreadable {
                file: file.to_path_buf(),
                reason: plain_io(&err),
            },
            ReadError::Bad(reason) => Notice::Unreadable {
                file: file.to_path_buf(),
                reason,
            },
            ReadError::Missing => Notice::Unreadable {
                file: file.to_path_buf(),
                reason: "it is missing".into(),
            },
        };
        Loaded {
            memory: Memory::from_progress(Progress::new(id, name, 0)),
            notices: vec![notice],
            read_only: true,
        }
    }

    /// Marks the learner as open in this tutor. When another tutor already has them open, says
    /// so (both still save safely).
    pub fn claim(&self, id: &str) -> (Claim, Option<Notice>) {
        let dir = self.dirs.profile(id);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(SESSION_LOCK));
        match file {
            Ok(file) => match file.try_lock() {
                Ok(()) => {
                    // Only the first tutor on this learner tidies: no save of another is running.
                    if let Ok(_save) = lock(&dir) {
                        remove_stale_temporaries(&dir);
                    }
                    (Claim { _file: Some(file) }, None)
                }
                Err(fs::TryLockError::WouldBlock) => {
                    (Claim { _file: None }, Some(Notice::AlsoOpenElsewhere))
                }
                Err(fs::TryLockError::Error(_)) => (Claim { _file: None }, None),
            },
            Err(_) => (Claim { _file: None }, None),
        }
    }

    /// Saves the learner's changes: under the lock, reads what is on disk, applies this tutor's
    /// pending changes on top, keeps the old file as the backup, and writes the new one
    /// atomically. On success the memory holds what is on disk now (another tutor's work
    /// included); on failure the changes stay pending and nothing is lost.
    pub fn save(&self, memory: &mut Memory) -> Result<(), StoreError> {
        if memory.pending().is_empty() {
            return Ok(());
        }
        let id = memory.progress().profile.id.clone();
        let dir = self.dirs.profile(&id);
        crate::safe_fs::create_dir(&dir).map_err(io_at(&dir))?;
        let _lock = lock(&dir)?;
        let main = dir.join(PROGRESS_FILE);
        let mut base = self.base_for_save(&dir, &main, memory.progress())?;
        let copies = fold_conflict_copies(&dir, &mut base);
        for change in memory.pending() {
            base.apply(change);
        }
        self.replace(&dir, &main, &base)?;
        remove_all(&copies);
        memory.saved(base);
        Ok(())
    }

    /// Merges the copies Syncthing kept of this learner's progress (two computers changed it
    /// before they synced) into the progress, and removes them: nothing either computer did is
    /// lost, and no copy piles up. Returns how many were merged.
    pub fn merge_conflict_copies(&self, id: &str) -> Result<usize, StoreError> {
        let dir = self.dirs.profile(id);
        if conflict_copies(&dir).is_empty() {
            return Ok(0);
        }
        let mut merged = 0;
        self.update_with(id, |base, dir| {
            let copies = fold_conflict_copies(dir, base);
            merged = copies.len();
            copies
        })?;
        Ok(merged)
    }

    /// What is on disk now, to apply changes on top of. A bad file is moved aside (the backup
    /// is used), never written over.
    fn base_for_save(
        &self,
        dir: &Path,
        main: &Path,
        mine: &Progress,
    ) -> Result<Progress, StoreError> {
        let fresh = || {
            let mut p = Progress::new(&mine.profile.id, &mine.profile.name, mine.profile.created);
            p.profile.last_used = mine.profile.last_used;
            p
        };
        let mut base = self.on_disk(dir, main, fresh)?;
        self.counted_here(&mut base);
        Ok(base)
    }

    /// What is on disk now, or `fresh()` when nothing is.
    fn on_disk(
        &self,
        dir: &Path,
        main: &Path,
        fresh: impl Fn() -> Progress,
    ) -> Result<Progress, StoreError> {
        match read_progress(main) {
            Ok(p) => Ok(p),
            Err(ReadError::Missing) => match read_progress(&dir.join(BACKUP_FILE)) {
                Ok(p) => Ok(p),
                Err(_) => Ok(fresh()),
            },
            Err(ReadError::TooNew(version)) => Err(StoreError::TooNew {
                file: main.to_path_buf(),
                version,
            }),
            Err(ReadError::Io(source)) => Err(StoreError::Io {
                path: main.to_path_buf(),
                source,
            }),
            Err(ReadError::Bad(_)) => {
                move_aside(main).map_err(io_at(main))?;
                Ok(read_progress(&dir.join(BACKUP_FILE)).unwrap_or_else(|_| fresh()))
            }
        }
    }

    /// Keeps the current file as the backup, then writes the new one; both atomically.
    fn replace(&self, dir: &Path, main: &Path, new: &Progress) -> Result<(), StoreError> {
        if let Ok(old) = fs::read(main) {
            let backup = dir.join(BACKUP_FILE);
            write_bytes_atomic(&backup, &old)?;
        }
        write_atomic(main, new)
    }

    /// Changes a learner's name. Their id, and so their progress, stays the same.
    pub fn rename(&self, id: &str, name: &str) -> Result<Progress, StoreError> {
        let name = crate::safe_text::check_name(name).map_err(StoreError::BadName)?;
        if self
            .list()
            .iter()
            .any(|p| p.id != id && p.name.to_lowercase() == name.to_lowercase())
        {
            return Err(StoreError::NameTaken(name));
        }
        self.update(id, |p| p.profile.name = name.clone())
    }

    /// Changes a learner's progress on disk under the lock (rename, import).
    pub fn update(
        &self,
        id: &str,
        change: impl FnOnce(&mut Progress),
    ) -> Result<Progress, StoreError> {
        let dir = self.dirs.profile(id);
        if !dir.is_dir() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        self.update_with(id, |base, dir| {
            let copies = fold_conflict_copies(dir, base);
            change(base);
            copies
        })
    }

    /// Under the lock: reads what is on disk, lets `change` change it (it returns files to
    /// remove once the new progress is written), and writes it.
    fn update_with(
        &self,
        id: &str,
        change: impl FnOnce(&mut Progress, &Path) -> Vec<PathBuf>,
    ) -> Result<Progress, StoreError> {
        let dir = self.dirs.profile(id);
        if !dir.is_dir() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        let _lock = lock(&dir)?;
        let main = dir.join(PROGRESS_FILE);
        let placeholder = Progress::new(id, &name_from_id(id), 0);
        let mut base = self.base_for_save(&dir, &main, &placeholder)?;
        let done_with = change(&mut base, &dir);
        self.replace(&dir, &main, &base)?;
        remove_all(&done_with);
        Ok(base)
    }

    /// Writes a whole progress for a learner who is not here yet (an import).
    /// Its id is kept when it is a safe folder name not used here; otherwise it gets a new one.
    /// The name must pass [`crate::safe_text::check_name`], as when a learner is made here.
    pub fn adopt(&self, progress: &mut Progress) -> Result<(), StoreError> {
        progress.profile.name =
            crate::safe_text::check_name(&progress.profile.name).map_err(StoreError::BadName)?;
        let id = &progress.profile.id;
        let safe = !id.is_empty()
            && id.len() <= 40
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !safe || self.dirs.profile(id).exists() {
            progress.profile.id = self.new_id(&progress.profile.name);
        }
        self.write_new(progress)
    }

    /// Resets a learner's progress to nothing, keeping their name. The old file is kept beside
    /// it as `progress.json.reset-<time>`, never erased. Returns where it went.
    pub fn reset(&self, id: &str) -> Result<PathBuf, StoreError> {
        let dir = self.dirs.profile(id);
        let main = dir.join(PROGRESS_FILE);
        let kept = dir.join(format!("{PROGRESS_FILE}.reset-{}", stamp()));
        let mut copied = Ok(0);
        self.update(id, |p| {
            // Under the lock: keep the old file first; only then start again.
            copied = fs::copy(&main, &kept);
            if copied.is_ok() {
                let mut fresh = Progress::new(id, &p.profile.name, p.profile.created);
                fresh.profile.last_used = p.profile.last_used;
                *p = fresh;
            }
        })?;
        copied.map_err(io_at(&main))?;
        Ok(kept)
    }

    /// Deletes a learner: their folder is moved to `deleted/`, never erased, so a mistake can be
    /// undone by a trainer. Returns where it went.
    pub fn delete(&self, id: &str) -> Result<PathBuf, StoreError> {
        let dir = self.dirs.profile(id);
        if !dir.is_dir() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        let deleted = self.dirs.deleted();
        crate::safe_fs::create_dir(&deleted).map_err(io_at(&deleted))?;
        let to = deleted.join(format!("{id}-{}", stamp()));
        fs::rename(&dir, &to).map_err(io_at(&dir))?;
        Ok(to)
    }
}

/// Why a progress file could not be used.
#[derive(Debug)]
enum ReadError {
    Missing,
    Io(io::Error),
    TooNew(u64),
    Bad(String),
}

/// The start of the name Syncthing gives a conflict copy of `progress.json`
/// (`progress.sync-conflict-20261128-143000-ABCDEFG.json`).
const CONFLICT_PREFIX: &str = "progress.sync-conflict-";

/// The conflict copies of a learner's progress in their folder, oldest name first.
fn conflict_copies(dir: &Path) -> Vec<PathBuf> {
    crate::safe_fs::files_named(dir, |name| {
        name.starts_with(CONFLICT_PREFIX) && name.ends_with(".json")
    })
}

/// A conflict copy's counts that no computer claims (a copy from before the counts were kept
/// per computer) are the copy's own.
fn as_copy(mut theirs: Progress, file: &Path) -> Progress {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    theirs.count_untallied_as(&format!("copy-{name}"));
    theirs
}

/// Merges every usable conflict copy into `base`; returns those to remove once `base` is
/// written. A damaged copy is moved aside (it stays on this computer); one from a newer
/// digitutor is left for that digitutor.
fn fold_conflict_copies(dir: &Path, base: &mut Progress) -> Vec<PathBuf> {
    let mut merged = Vec::new();
    for copy in conflict_copies(dir) {
        match read_progress(&copy) {
            Ok(theirs) => {
                base.merge(&as_copy(theirs, &copy));
                merged.push(copy);
            }
            Err(ReadError::Bad(_)) => {
                let _ = move_aside(&copy);
            }
            Err(_) => {}
        }
    }
    merged
}

/// Removes files already merged; one that will not go is merged again next time, which counts
/// nothing twice.
fn remove_all(files: &[PathBuf]) {
    for file in files {
        let _ = fs::remove_file(file);
    }
}

/// The computer's id in `file`, if it holds one.
fn read_computer_id(file: &Path) -> Option<String> {
    let text = crate::safe_fs::read_regular(file, 256).ok()?;
    let id = String::from_utf8(text).ok()?.trim().to_string();
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then_some(id)
}

/// Makes this computer's id: a random name, written only if no other tutor wrote one first.
fn make_computer_id(file: &Path) -> Option<String> {
    use std::io::Write as _;
    let id = format!("computer-{:016x}", rand::random::<u64>());
    crate::safe_fs::create_dir(file.parent()?).ok()?;
    match OpenOptions::new().write(true).create_new(true).open(file) {
        Ok(mut f) => {
            f.write_all(format!("{id}\n").as_bytes()).ok()?;
            f.sync_all().ok()?;
            Some(id)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_computer_id(file),
        Err(_) => None,
    }
}

fn read_progress(path: &Path) -> Result<Progress, ReadError> {
    let bytes = match crate::safe_fs::read_regular(path, crate::safe_fs::MAX_DATA_BYTES) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Io(e)),
    };
    parse_progress(&bytes)
}

fn parse_progress(bytes: &[u8]) -> Result<Progress, ReadError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ReadError::Bad(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PROGRESS_FORMAT) {
        return Err(ReadError::Bad(
            "this is not a digitutor progress file".into(),
        ));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(PROGRESS_VERSION) {
        return Err(ReadError::TooNew(version));
    }
    serde_json::from_value(value).map_err(|e| ReadError::Bad(e.to_string()))
}

/// Reads a progress file that is not in the store (an export's contents).
pub fn progress_from_json(bytes: &[u8]) -> Result<Progress, String> {
    parse_progress(bytes).map_err(|e| match e {
        ReadError::TooNew(v) => format!(
            "it was saved by a newer digitutor (progress version {v}; this one knows {PROGRESS_VERSION}): update digitutor"
        ),
        ReadError::Bad(reason) => reason,
        ReadError::Io(e) => plain_io(&e),
        ReadError::Missing => "it is missing".into(),
    })
}

/// Removes what a save killed half-way can leave in a learner's folder: the atomic writer's
/// temporary `.progress.json.XXXXXX` (where the system has no anonymous temporary files). Only
/// that exact pattern goes, never the progress, its backup or anything a trainer kept.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_temporary(&name) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// `.progress.json.Ab3dE9` or `.progress.json.bak.Ab3dE9`: a temporary of the atomic writer.
fn is_temporary(name: &str) -> bool {
    [PROGRESS_FILE, BACKUP_FILE].iter().any(|base| {
        name.strip_prefix('.')
            .and_then(|rest| rest.strip_prefix(base))
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|suffix| {
                suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric())
            })
    })
}

/// Takes the save lock of a learner's folder (waits while another tutor is saving, a moment).
fn lock(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join(SAVE_LOCK);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io_at(&path))?;
    file.lock().map_err(io_at(&path))?;
    Ok(file)
}

fn write_atomic(path: &Path, progress: &Progress) -> Result<(), StoreError> {
    // Written in this version's form, whatever version it was read from.
    let mut progress = std::borrow::Cow::Borrowed(progress);
    if progress.version != PROGRESS_VERSION {
        progress.to_mut().version = PROGRESS_VERSION;
    }
    let mut bytes = serde_json::to_vec_pretty(&*progress).map_err(|e| StoreError::Io {
        path: path.to_path_buf(),
        source: io::Error::other(e),
    })?;
    bytes.push(b'\n');
    write_bytes_atomic(path, &bytes)
}

/// Writes a file atomically and durably: a temporary file beside it, synced, renamed over the
/// old one, and the folder synced (`atomic-write-file` does each step).
/// The new file is this account's alone (mode 0600 on Unix), whatever the old one's mode was, and
/// a symbolic link planted at `path` is replaced, never written through.
pub fn write_bytes_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut options = AtomicWriteFile::options();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.preserve_mode(false).mode(crate::safe_fs::FILE_MODE);
    }
    let mut file = options.open(path).map_err(io_at(path))?;
    file.write_all(bytes).map_err(io_at(path))?;
    file.commit().map_err(io_at(path))
}

/// Moves an unreadable file aside, keeping it for a trainer: `progress.json.corrupt-<time>`.
fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".corrupt-{}", stamp()));
    let mut to = path.with_file_name(&name);
    let mut n = 1;
    while to.exists() {
        n += 1;
        let mut again = name.clone();
        again.push(format!("-{n}"));
        to = path.with_file_name(again);
    }
    fs::rename(path, &to)?;
    Ok(to)
}

/// The time now, for file names: `20261124-033353`.
fn stamp() -> String {
    let now = time::OffsetDateTime::now_utc();
    let format = time::macros::format_description!("[year][month][day]-[hour][minute][second]");
    now.format(&format)
        .unwrap_or_else(|_| now_secs().to_string())
}

/// A readable name from an id (`lan-3f9a2c` gives `Lan`), for a learner whose file is unreadable.
fn name_from_id(id: &str) -> String {
    let base = id.rsplit_once('-').map_or(id, |(b, _)| b);
    let mut chars = base.chars();
    match chars.next() {
        Some(c) => c
            .to_uppercase()
            .chain(chars)
            .collect::<String>()
            .replace('-', " "),
        None => id.to_string(),
    }
}
