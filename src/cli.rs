//! The command line: what `digitutor` and its subcommands accept (clap), and which module each
//! one hands over to. With no subcommand it opens the learner's tutor.

mod list;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::pack::{Library, Origin};

/// digitutor: practise everyday digital skills on safe simulations.
#[derive(Debug, Parser)]
#[command(name = "digitutor", version, about, long_about = None)]
pub struct Cli {
    /// Load lesson packs from this folder (or file) instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub lessons: Option<PathBuf>,

    /// Keep profiles and progress in this folder (overrides DIGITUTOR_HOME).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The command to run. Without one, the tutor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Output format for commands that report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Text for people.
    #[default]
    Text,
    /// JSON for editors and scripts.
    Json,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check lesson packs and report every problem with its file, line and column.
    Validate {
        /// Pack files or folders. Without any, the built-in packs are checked.
        paths: Vec<PathBuf>,
        /// Text for people, or JSON for editors.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Fail (exit status 1) on warnings too, not only on errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// List the packs, their lessons and how many steps each has.
    List {
        /// Text for people, or JSON for scripts.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Print the JSON Schema of the pack format, for TOML editors.
    Schema,
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("digitutor: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Validate {
            paths,
            format,
            deny_warnings,
        }) => Ok(validate::run(&paths, format, deny_warnings)),
        Some(Command::List { format }) => {
            let library = library(&cli.lessons);
            list::run(&library, format)
        }
        Some(Command::Schema) => {
            print!("{}", crate::pack::schema::json_schema_text());
            Ok(ExitCode::SUCCESS)
        }
        None => {
            anyhow::bail!("the tutor screen is not built yet; try `digitutor list`")
        }
    }
}

/// The packs the tutor uses: `--lessons` when given, else the built-in ones.
pub fn library(lessons: &Option<PathBuf>) -> Library {
    match lessons {
        Some(path) => Library::from_path(path, Origin::Folder),
        None => Library::builtin(),
    }
}
