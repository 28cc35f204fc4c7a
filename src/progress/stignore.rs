//! A centre may share the data folder between its computers with Syncthing. `.stignore` in the
//! data folder lists what belongs to one computer only, so it never travels: the locks, the
//! backups and the temporary files of a save, crash reports, and the computer's own settings
//! (the trainer PIN's hash and its wrong tries) and its id. The learners' progress, the centre's own lesson
//! packs and the learners a trainer removed are shared.
//!
//! digitutor writes the file when a tutor starts or a learner is made, and never replaces
//! it: a centre may add its own lines. A file digitutor wrote (it starts with digitutor's
//! first line) gets the patterns a newer digitutor needs added at its end.

use std::io::Write as _;
use std::path::Path;

use super::store::{BACKUP_FILE, PROGRESS_FILE, SAVE_LOCK, SESSION_LOCK};

/// The file's name, in the data folder.
pub const FILE: &str = ".stignore";

/// The patterns, in Syncthing's `.stignore` syntax. A name without `/` matches in every
/// folder; `(?d)` lets Syncthing remove the file with its folder (a learner removed on another
/// computer); a leading `/` means the data folder itself.
pub fn text() -> String {
    format!(
        "// digitutor: what belongs to this computer only, never shared. Written once by digitutor;\n\
         // add your own lines below if you need to. The learners' progress is shared.\n\
         (?d){SAVE_LOCK}\n\
         (?d){SESSION_LOCK}\n\
         (?d){BACKUP_FILE}\n\
         (?d).{PROGRESS_FILE}.*\n\
         (?d)*.corrupt-*\n\
         /crash-reports\n\
         /computer-id\n\
         /class/.*\n\
         /config.toml\n\
         /config.toml.lock\n\
         /.config.toml.*\n"
    )
}

/// Writes `.stignore` in `data` unless the folder already has one. Returns true when it wrote it.
pub fn write_once(data: &Path) -> std::io::Result<bool> {
    crate::safe_fs::create_dir(data)?;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(data.join(FILE))
    {
        Ok(mut file) => {
            file.write_all(text().as_bytes())?;
            file.sync_all()?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => add_missing(data).map(|_| false),
        Err(e) => Err(e),
    }
}

/// Adds to a `.stignore` digitutor wrote the patterns it lacks (written by an older digitutor).
/// A file someone else wrote is left as it is.
fn add_missing(data: &Path) -> std::io::Result<()> {
    let file = data.join(FILE);
    let bytes = crate::safe_fs::read_regular(&file, 64 * 1024)?;
    let have = String::from_utf8_lossy(&bytes);
    let wanted = text();
    let ours = wanted
        .lines()
        .next()
        .is_some_and(|first| have.starts_with(first));
    let missing: Vec<&str> = wanted
        .lines()
        .filter(|l| !l.starts_with("//") && !have.lines().any(|h| h.trim() == *l))
        .collect();
    if !ours || missing.is_empty() {
        return Ok(());
    }
    let mut out = std::fs::OpenOptions::new().append(true).open(&file)?;
    let mut add = String::new();
    if !have.ends_with('\n') {
        add.push('\n');
    }
    for line in missing {
        add.push_str(line);
        add.push('\n');
    }
    out.write_all(add.as_bytes())?;
    out.sync_all()
}
