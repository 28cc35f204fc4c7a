//! A centre may share the data folder between its computers with Syncthing. `.stignore` in the
//! data folder lists what belongs to one computer only, so it never travels: the locks, the
//! backups and the temporary files of a save, crash reports, and the computer's own settings
//! (the trainer PIN's hash and its wrong tries) and its id. The learners' progress, the centre's own lesson
//! packs and the learners a trainer removed are shared.
//!
//! digitutor writes the file once, when the first learner is made on a computer, and never
//! replaces it: a centre may add its own lines.

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
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}
