//! The class, live: each tutor keeps one small status file in the data folder's `class/` for the
//! learner at its keyboard (which lesson and step, hints and mistakes on this step, since when,
//! whether they asked for help), named by the computer's id and the learner's. When a centre shares the data
//! folder with Syncthing, every computer's file reaches the trainer's class view. A file is
//! written whole (atomically) and removed when the learner leaves.
//!
//! Reading is forgiving: a file that cannot be read, is too big, or is not a status is skipped,
//! and nothing in one is ever shown without being made safe for the terminal.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the `format` key of a status file says.
pub const STATUS_FORMAT: &str = "digitutor-status";
/// The folder of status files, in the data folder.
pub const CLASS_DIR: &str = "class";
/// A status older than this is left out of the class view: the tutor that wrote it is gone (a
/// learner's tutor goes back to the names after at most four hours without a key).
pub const STALE_SECS: u64 = 4 * 60 * 60;
/// On one step this long, a learner is marked as perhaps stuck.
pub const STUCK_SECS: u64 = 10 * 60;
/// The biggest status file read.
const MAX_STATUS_BYTES: u64 = 16 * 1024;

/// What one computer's tutor is doing now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// Always `digitutor-status`.
    pub format: String,
    /// The computer's id (the file's name).
    pub computer: String,
    /// A name for the computer people recognise (its host name).
    #[serde(default)]
    pub computer_name: String,
    /// The learner's id.
    pub learner: String,
    /// The learner's name.
    pub name: String,
    /// What they are doing.
    pub doing: Doing,
    /// Hints shown on this step.
    #[serde(default)]
    pub hints: u32,
    /// Wrong answers on this step.
    #[serde(default)]
    pub mistakes: u32,
    /// Since when they are on this step (or this screen), seconds since 1970.
    pub since: u64,
    /// When this was written.
    pub updated: u64,
    /// When they asked for help on this step, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<u64>,
}

/// Where a learner is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Doing {
    /// Choosing a topic or a lesson.
    Choosing,
    /// In a lesson.
    Lesson {
        /// The topic's title.
        topic: String,
        /// The lesson's title.
        lesson: String,
        /// The lesson's id (for the class report's hardest steps).
        lesson_id: String,
        /// The step's id.
        step: String,
        /// The step's number, from 1.
        number: usize,
        /// Steps in the lesson.
        of: usize,
    },
    /// Taking a topic's test.
    Test {
        /// The topic's title.
        topic: String,
        /// The question's number, from 1.
        number: usize,
        /// Questions in the test.
        of: usize,
    },
}

impl Status {
    /// The same place and counts, whenever written.
    pub fn same_as(&self, other: &Status) -> bool {
        let mut a = self.clone();
        a.updated = other.updated;
        a == *other
    }

    /// Whether the learner may be stuck: on one step for a long time.
    pub fn stuck(&self, now: u64) -> bool {
        matches!(self.doing, Doing::Lesson { .. }) && now.saturating_sub(self.since) >= STUCK_SECS
    }
}

/// The status file of `learner` at `computer`, in the data folder `data`: one per learner at
/// each computer, so two tutors open on one computer (two learners) keep a line each.
pub fn file(data: &Path, computer: &str, learner: &str) -> PathBuf {
    data.join(CLASS_DIR)
        .join(format!("{computer}.{learner}.json"))
}

/// Writes this computer's status (atomically).
pub fn write(data: &Path, status: &Status) -> Result<(), super::StoreError> {
    let dir = data.join(CLASS_DIR);
    crate::safe_fs::create_dir(&dir).map_err(|source| super::StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let mut bytes = serde_json::to_vec_pretty(status).map_err(|e| super::StoreError::Io {
        path: dir.clone(),
        source: std::io::Error::other(e),
    })?;
    bytes.push(b'\n');
    super::store::write_bytes_atomic(&file(data, &status.computer, &status.learner), &bytes)
}

/// Removes a learner's status at this computer (the learner left). Gone already is fine.
pub fn remove(data: &Path, computer: &str, learner: &str) {
    let _ = std::fs::remove_file(file(data, computer, learner));
}

/// Every computer's status in the data folder, the stale ones left out: those who asked for
/// help first (the longest waiting first), then those perhaps stuck, then the others by name.
pub fn read_all(data: &Path, now: u64) -> Vec<Status> {
    let files = crate::safe_fs::files_named(&data.join(CLASS_DIR), |name| {
        !name.starts_with('.') && name.ends_with(".json") && !name.contains("sync-conflict")
    });
    let mut all: Vec<Status> = files
        .iter()
        .filter_map(|file| read_one(file))
        .filter(|s| now.saturating_sub(s.updated) < STALE_SECS)
        .collect();
    all.sort_by(|a, b| {
        let rank = |s: &Status| match (s.help, s.stuck(now)) {
            (Some(at), _) => (0, at),
            (None, true) => (1, s.since),
            (None, false) => (2, 0),
        };
        rank(a)
            .cmp(&rank(b))
            .then_with(|| crate::safe_text::fold(&a.name).cmp(&crate::safe_text::fold(&b.name)))
    });
    all
}

fn read_one(path: &Path) -> Option<Status> {
    let bytes = crate::safe_fs::read_regular(path, MAX_STATUS_BYTES).ok()?;
    let status: Status = serde_json::from_slice(&bytes).ok()?;
    (status.format == STATUS_FORMAT).then_some(status)
}

/// Other computers where this learner is open now (their status is recent).
pub fn open_elsewhere(data: &Path, learner: &str, computer: &str, now: u64) -> Vec<Status> {
    read_all(data, now)
        .into_iter()
        .filter(|s| s.learner == learner && s.computer != computer)
        .collect()
}

/// A name people recognise for this computer: its host name, else the start of its id.
pub fn computer_name(computer: &str) -> String {
    let from_env = ["COMPUTERNAME", "HOSTNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()));
    let from_file = || {
        std::fs::read_to_string("/etc/hostname")
            .ok()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
    };
    let name = from_env.or_else(from_file).unwrap_or_else(|| {
        computer
            .trim_start_matches("computer-")
            .chars()
            .take(6)
            .collect()
    });
    crate::safe_text::clean_line(&name)
        .chars()
        .take(40)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(computer: &str, name: &str, since: u64, help: Option<u64>) -> Status {
        Status {
            format: STATUS_FORMAT.into(),
            computer: computer.into(),
            computer_name: computer.into(),
            learner: name.to_lowercase(),
            name: name.into(),
            doing: Doing::Lesson {
                topic: "QR codes".into(),
                lesson: "Scan a code".into(),
                lesson_id: "scan".into(),
                step: "hold".into(),
                number: 3,
                of: 8,
            },
            hints: 0,
            mistakes: 0,
            since,
            updated: since,
            help,
        }
    }

    #[test]
    fn help_first_then_stuck_then_by_name_and_stale_ones_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let now = 100_000;
        for s in [
            status("c1", "Oyunaa", now - 60, None),
            status("c2", "Bat", now - 60, None),
            status("c3", "Lan", now - 20 * 60, None),
            status("c4", "Minh", now - 60, Some(now - 30)),
            status("c5", "Kim", now - 60, Some(now - 90)),
            status("c6", "Gone", now - STALE_SECS - 1, None),
        ] {
            write(dir.path(), &s).unwrap();
        }
        std::fs::write(dir.path().join(CLASS_DIR).join("junk.json"), b"{").unwrap();
        let names: Vec<String> = read_all(dir.path(), now)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["Kim", "Minh", "Lan", "Bat", "Oyunaa"]);
        let elsewhere = open_elsewhere(dir.path(), "lan", "c9", now);
        assert_eq!(elsewhere.len(), 1);
        assert!(open_elsewhere(dir.path(), "lan", "c3", now).is_empty());
        remove(dir.path(), "c3", "lan");
        assert!(open_elsewhere(dir.path(), "lan", "c9", now).is_empty());
    }
}
