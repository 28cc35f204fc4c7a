//! Reading and writing files that other people may have placed, on a computer many people share:
//! only regular files are read (a pipe or a device named `progress.json` is never opened, since
//! reading it could wait for ever), every file's size is checked before it is read, and what
//! digitutor makes is readable and writable by this account alone (a shared account needs no more,
//! and nothing it writes is ever world-writable).

use std::io;
use std::path::Path;

/// The largest progress, settings or export file read: far more than years of lessons need.
pub const MAX_DATA_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a regular file of at most `max` bytes. A missing file is `NotFound`; anything else
/// that is not a regular file, or is too big, is an error that says so (and is never opened).
pub fn read_regular(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is not a regular file (a folder, a pipe or a device), so it was not read",
        ));
    }
    if meta.len() > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "it is {} bytes long, more than the {max} such a file may have, so it was not read",
                meta.len()
            ),
        ));
    }
    let bytes = std::fs::read(path)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("it grew past {max} bytes while being read"),
        ));
    }
    Ok(bytes)
}

/// Makes a folder and the folders above it, readable only by this account when new.
pub fn create_dir(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

/// The mode of every file digitutor writes: read and write for this account only.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// The files in `dir` whose names `keep` accepts, sorted; none when the folder cannot be read.
pub fn files_named(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<std::path::PathBuf> = entries
        .flatten()
        .filter(|e| keep(&e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_of_a_bounded_size_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.json");
        std::fs::write(&file, b"12345").unwrap();
        assert_eq!(read_regular(&file, 5).unwrap(), b"12345");
        let err = read_regular(&file, 4).unwrap_err().to_string();
        assert!(err.contains("5 bytes long"), "{err}");
        let err = read_regular(dir.path(), 4).unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
        let gone = read_regular(&dir.path().join("none"), 4).unwrap_err();
        assert_eq!(gone.kind(), io::ErrorKind::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("progress.json");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Opening a pipe with no writer would wait for ever; this returns at once.
        let err = read_regular(&fifo, MAX_DATA_BYTES).unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn new_folders_are_this_accounts_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        create_dir(&deep).unwrap();
        let mode = std::fs::metadata(&deep).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
}
