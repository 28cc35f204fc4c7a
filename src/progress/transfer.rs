//! Moving a learner's progress between computers (a USB stick): `export` writes one file,
//! `import` merges it in. Importing into a learner who is already here merges (completions
//! united, best results kept, attempts and mistakes added); the same export imported twice
//! counts once.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::Progress;
use super::store::{Store, now_secs, plain_io, progress_from_json, write_bytes_atomic};

/// What the `format` key of an export file says.
pub const EXPORT_FORMAT: &str = "digitutor-export";
/// The export-file version this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;

/// One exported learner.
#[derive(Debug, Serialize, Deserialize)]
struct Export {
    format: String,
    version: u32,
    /// A random id for this export, so importing it twice counts once.
    export_id: String,
    /// When it was made (seconds since 1970, UTC).
    exported_at: u64,
    /// The learner's whole progress.
    progress: serde_json::Value,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// A learner who was not on this computer was added.
    Added {
        /// Their name.
        name: String,
    },
    /// The progress was merged into a learner already here.
    Merged {
        /// Their name here.
        name: String,
    },
    /// This very export was imported before; nothing changed.
    AlreadyImported {
        /// Their name here.
        name: String,
    },
}

/// Why an export or an import did not happen. The command line says it in the computer's
/// language (`cli`); `Display` gives the English words.
#[derive(Debug)]
pub enum TransferProblem {
    /// The learner's own progress cannot be read just now, so it was not exported.
    NotReadable {
        /// The learner's name.
        name: String,
    },
    /// The file could not be read.
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not an export file made by digitutor.
    NotAnExport {
        /// The file.
        file: PathBuf,
    },
    /// The file was made by a newer digitutor.
    TooNew {
        /// The file.
        file: PathBuf,
        /// Its export version.
        version: u32,
    },
    /// The progress inside cannot be used.
    Unusable {
        /// The file.
        file: PathBuf,
        /// Why.
        why: String,
    },
    /// The file's learner and a different learner here share an id or a name.
    BelongsToOther {
        /// The file.
        file: PathBuf,
        /// The file's learner: name and id.
        theirs: (String, String),
        /// The learner here: name and id.
        ours: (String, String),
        /// True when the id is shared, false when the name is.
        same_id: bool,
    },
}

impl std::fmt::Display for TransferProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransferProblem::NotReadable { name } => write!(
                f,
                "the progress of {name} cannot be read just now, so it was not exported: open the tutor to see why"
            ),
            TransferProblem::Unreadable { file, source } => {
                write!(f, "could not read {}: {}", file.display(), plain_io(source))
            }
            TransferProblem::NotAnExport { file } => write!(
                f,
                "{} is not a digitutor export file. Make one with `digitutor export NAME FILE`",
                file.display()
            ),
            TransferProblem::TooNew { file, version } => write!(
                f,
                "{} was made by a newer digitutor (export version {version}; this one knows {EXPORT_VERSION}). Update digitutor here first",
                file.display()
            ),
            TransferProblem::Unusable { file, why } => {
                write!(
                    f,
                    "the progress in {} cannot be used: {why}",
                    file.display()
                )
            }
            TransferProblem::BelongsToOther {
                file,
                theirs,
                ours,
                same_id,
            } => write!(
                f,
                "{} holds the progress of {} (id {}), but here that {} belongs to {} (id {}). \
                 Nothing was merged. If they are the same person, add --as \"{}\"; if not, add --new",
                file.display(),
                theirs.0,
                theirs.1,
                if *same_id { "id" } else { "name" },
                ours.0,
                ours.1,
                ours.0
            ),
        }
    }
}

impl std::error::Error for TransferProblem {}

/// Writes a learner's progress to `file`, for `import` on another computer.
pub fn export(store: &Store, who: &str, file: &Path) -> anyhow::Result<String> {
    let info = store.find(who).ok_or_else(|| store.missing(who))?;
    let loaded = store.read(&info.id)?;
    if loaded.read_only {
        return Err(TransferProblem::NotReadable { name: info.name }.into());
    }
    let progress = loaded.memory.progress();
    let export = Export {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        export_id: format!("{:016x}", rand::random::<u64>()),
        exported_at: now_secs(),
        progress: serde_json::to_value(progress)?,
    };
    let mut bytes = serde_json::to_vec_pretty(&export)?;
    bytes.push(b'\n');
    write_bytes_atomic(file, &bytes)?;
    Ok(progress.profile.name.clone())
}

/// Where an import goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportInto {
    /// Into the learner here with the same id and name; a new learner when neither is here. A
    /// file whose id or name belongs to a different learner here is refused, naming them.
    Matching,
    /// Into this learner (name or id), whatever the file's name and id.
    Learner(String),
    /// As a new learner, with a fresh id and, when the name is taken, a number after it.
    New,
}

/// Reads an export file: the learner's progress in it and the export's id. Only a regular
/// file of a bounded size is read; its format and version are checked.
pub fn read(file: &Path) -> anyhow::Result<(Progress, String)> {
    let bytes =
        crate::safe_fs::read_regular(file, crate::safe_fs::MAX_DATA_BYTES).map_err(|source| {
            TransferProblem::Unreadable {
                file: file.to_path_buf(),
                source,
            }
        })?;
    let not_an_export = || TransferProblem::NotAnExport {
        file: file.to_path_buf(),
    };
    let export: Export = serde_json::from_slice(&bytes).map_err(|_| not_an_export())?;
    if export.format != EXPORT_FORMAT {
        return Err(not_an_export().into());
    }
    if export.version > EXPORT_VERSION {
        return Err(TransferProblem::TooNew {
            file: file.to_path_buf(),
            version: export.version,
        }
        .into());
    }
    let progress_bytes = serde_json::to_vec(&export.progress)?;
    let theirs: Progress =
        progress_from_json(&progress_bytes).map_err(|why| TransferProblem::Unusable {
            file: file.to_path_buf(),
            why: why.to_string(),
        })?;
    Ok((theirs, export.export_id))
}

/// Reads an export file and merges it in (see [`ImportInto`]).
pub fn import(store: &Store, file: &Path, into: &ImportInto) -> anyhow::Result<Imported> {
    let (mut theirs, id) = read(file)?;
    // An export from before the counts were kept per computer: its counts are the export's.
    theirs.count_untallied_as(&format!("export-{id}"));
    let by_id = store
        .find(&theirs.profile.id)
        .filter(|p| p.id == theirs.profile.id);
    let by_name = store
        .list()
        .into_iter()
        .find(|p| same_name(&p.name, &theirs.profile.name));
    let here = match into {
        ImportInto::Learner(who) => Some(store.find(who).ok_or_else(|| store.missing(who))?),
        ImportInto::New => {
            theirs.profile.id = String::new();
            theirs.profile.name = free_name(store, &theirs.profile.name);
            None
        }
        ImportInto::Matching => match (by_id, by_name) {
            (Some(a), Some(b)) if a.id == b.id => Some(a),
            (None, None) => None,
            (Some(other), _) | (None, Some(other)) => {
                return Err(TransferProblem::BelongsToOther {
                    file: file.to_path_buf(),
                    theirs: (theirs.profile.name.clone(), theirs.profile.id.clone()),
                    same_id: other.id == theirs.profile.id,
                    ours: (other.name, other.id),
                }
                .into());
            }
        },
    };
    match here {
        Some(info) => {
            let mut already = false;
            let merged = store.update(&info.id, |ours| {
                if ours.imported.contains(&id) {
                    already = true;
                    return;
                }
                ours.merge(&theirs);
                ours.imported.push(id.clone());
            })?;
            let name = merged.profile.name;
            Ok(if already {
                Imported::AlreadyImported { name }
            } else {
                Imported::Merged { name }
            })
        }
        None => {
            theirs.imported.push(id);
            store.adopt(&mut theirs)?;
            Ok(Imported::Added {
                name: theirs.profile.name,
            })
        }
    }
}

/// Names compare as people read them: case and spacing aside.
fn same_name(a: &str, b: &str) -> bool {
    let tidy = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    tidy(a) == tidy(b)
}

/// The name itself when nobody here has it, else the name with the first free number: "Lan (2)".
fn free_name(store: &Store, name: &str) -> String {
    let taken: Vec<String> = store.list().into_iter().map(|p| p.name).collect();
    let free = |n: &str| !taken.iter().any(|t| same_name(t, n));
    if free(name) {
        return name.to_string();
    }
    (2u32..)
        .map(|i| format!("{name} ({i})"))
        .find(|n| free(n))
        .unwrap_or_else(|| name.to_string())
}
