//! Watching one pack file for saves (the `notify` crate), for `digitutor preview --watch`. The
//! folder is watched rather than the file, because many editors save by writing a new file and
//! renaming it over the old one. Each save sends one message; nothing polls.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use notify::{EventKind, RecursiveMode, Watcher};

/// A running watch; dropping it stops watching.
#[derive(Debug)]
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Starts watching `file`; `send` is called after each change to it. An error means watching
/// is not available here (the caller then offers a reload key).
pub fn start(file: &Path, send: impl Fn() + Send + 'static) -> Result<Watch, String> {
    let file = std::fs::canonicalize(file).map_err(|e| e.to_string())?;
    let dir = file
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = file.file_name().map(|n| n.to_os_string());
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let ours = event
            .paths
            .iter()
            .any(|p| p.file_name().map(|n| n.to_os_string()) == name);
        let changed = matches!(
            event.kind,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
        );
        if ours && changed {
            send();
        }
    })
    .map_err(|e| e.to_string())?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .map_err(|e| e.to_string())?;
    Ok(Watch { _watcher: watcher })
}

/// A sender that forwards reloads into the tutor's event channel.
pub fn forward<T: Send + 'static>(
    tx: Sender<T>,
    message: impl Fn() -> T + Send + 'static,
) -> impl Fn() + Send + 'static {
    move || {
        let _ = tx.send(message());
    }
}

/// Starts watching every file in `dir` (not its subfolders); `send` is called after each change
/// there (for `digitutor class --watch`).
pub fn folder(dir: &Path, send: impl Fn() + Send + 'static) -> Result<Watch, String> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
        {
            send();
        }
    })
    .map_err(|e| e.to_string())?;
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(|e| e.to_string())?;
    Ok(Watch { _watcher: watcher })
}
