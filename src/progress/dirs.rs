//! Where digitutor keeps things: the data folder (profiles and progress, user lesson packs,
//! crash reports) and the config folder (trainer settings). `--data-dir` wins, then the
//! `DIGITUTOR_HOME` environment variable, then the system's usual place (`directories`).
//!
//! Layout of the data folder:
//! ```text
//! profiles/<id>/progress.json        one learner's progress (versioned JSON)
//! profiles/<id>/progress.json.bak    the version before the last save
//! profiles/<id>/progress.lock        taken while saving, so two tutors never collide
//! profiles/<id>/session.lock         held while a tutor has the learner open
//! deleted/<id>-<time>/               a learner a trainer deleted (kept, not erased)
//! lessons/                           the user's own lesson packs, loaded beside the built-in ones
//! crash-reports/                     what went wrong, if digitutor ever crashes
//! ```
//! When `--data-dir` or `DIGITUTOR_HOME` is given, the config file lives in that same folder.

use std::path::{Path, PathBuf};

/// The environment variable that moves all of digitutor's data.
pub const HOME_ENV: &str = "DIGITUTOR_HOME";

/// The folders in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDirs {
    /// Profiles, progress, user packs, crash reports.
    pub data: PathBuf,
    /// Trainer settings (`config.toml`).
    pub config: PathBuf,
}

impl DataDirs {
    /// Everything in one folder (what `--data-dir` and `DIGITUTOR_HOME` give, and tests use).
    pub fn at(dir: &Path) -> Self {
        DataDirs {
            data: dir.to_path_buf(),
            config: dir.to_path_buf(),
        }
    }

    /// The folders to use: `--data-dir`, else `DIGITUTOR_HOME`, else the system's usual place.
    /// `None` only when the system has no home folder at all.
    pub fn find(data_dir: Option<&Path>, home_env: Option<&std::ffi::OsStr>) -> Option<Self> {
        if let Some(dir) = data_dir {
            return Some(DataDirs::at(dir));
        }
        if let Some(dir) = home_env.filter(|v| !v.is_empty()) {
            return Some(DataDirs::at(Path::new(dir)));
        }
        let project = directories::ProjectDirs::from("org", "digitutor", "digitutor")?;
        Some(DataDirs {
            data: project.data_dir().to_path_buf(),
            config: project.config_dir().to_path_buf(),
        })
    }

    /// The folder that holds every learner's folder.
    pub fn profiles(&self) -> PathBuf {
        self.data.join("profiles")
    }

    /// One learner's folder.
    pub fn profile(&self, id: &str) -> PathBuf {
        self.profiles().join(id)
    }

    /// Where deleted learners are moved.
    pub fn deleted(&self) -> PathBuf {
        self.data.join("deleted")
    }

    /// The user's own lesson packs.
    pub fn lessons(&self) -> PathBuf {
        self.data.join("lessons")
    }

    /// Crash reports.
    pub fn crash_reports(&self) -> PathBuf {
        self.data.join("crash-reports")
    }

    /// The trainer's settings file.
    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }

    /// The file that names this computer among those sharing the data folder (beside the
    /// settings, which stay on each computer too).
    pub fn computer_file(&self) -> PathBuf {
        self.config.join(COMPUTER_FILE)
    }
}

/// The name of the file that holds this computer's id.
pub const COMPUTER_FILE: &str = "computer-id";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_option_beats_the_environment_which_beats_the_system() {
        let opt = DataDirs::find(Some(Path::new("/a")), Some("/b".as_ref())).unwrap();
        assert_eq!(opt.data, PathBuf::from("/a"));
        assert_eq!(opt.config, PathBuf::from("/a"));
        let env = DataDirs::find(None, Some("/b".as_ref())).unwrap();
        assert_eq!(env.data, PathBuf::from("/b"));
        let empty_env = DataDirs::find(None, Some("".as_ref()));
        assert_ne!(empty_env.map(|d| d.data), Some(PathBuf::from("")));
    }

    #[test]
    fn layout_names_each_folder() {
        let d = DataDirs::at(Path::new("/x"));
        assert_eq!(d.profile("lan-1"), PathBuf::from("/x/profiles/lan-1"));
        assert_eq!(d.lessons(), PathBuf::from("/x/lessons"));
        assert_eq!(d.config_file(), PathBuf::from("/x/config.toml"));
    }
}
