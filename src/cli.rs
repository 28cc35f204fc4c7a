//! The command line: what `digitutor` and its subcommands accept (clap), and which module each
//! one hands over to. With no subcommand it opens the learner's tutor.

mod learners;
mod list;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::pack::{Library, Origin};
use crate::progress::{DataDirs, Store};
use crate::tui::theme::{Theme, ThemeName};

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

    /// Colours: default, high-contrast, or no-color (chosen by itself when NO_COLOR is set).
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeName>,

    /// Minutes without a key before the tutor saves and goes back to "Who is learning?"
    /// (default: the trainer's setting, else 10).
    #[arg(long, global = true, value_name = "MINUTES")]
    pub idle_minutes: Option<u64>,

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
    /// Show a lesson's right path like a presentation, for a room (nothing is saved).
    Demo {
        /// The pack (topic) id, e.g. `scams`. Without it, choose on screen.
        pack: Option<String>,
        /// The lesson id. Without it, choose on screen (or, with --headless, every lesson).
        lesson: Option<String>,
        /// Print every frame as plain text instead of opening the screen.
        #[arg(long)]
        headless: bool,
        /// Width of the frames printed by --headless.
        #[arg(long, default_value_t = 80)]
        width: u16,
        /// Height of the frames printed by --headless.
        #[arg(long, default_value_t = 24)]
        height: u16,
    },
    /// Print the folders in use: data, profiles, user lessons, config, crash reports.
    Paths,
    /// List the learners on this computer, or rename or delete one (a trainer's job).
    Learners {
        /// What to do; without it, the list.
        #[command(subcommand)]
        action: Option<LearnersAction>,
    },
    /// Save a learner's progress to a file, to take to another computer.
    Export {
        /// The learner's name or id.
        profile: String,
        /// The file to write, e.g. on a USB stick.
        file: PathBuf,
    },
    /// Bring in a learner's progress from a file made by `export`; merges with a learner who is
    /// already here.
    Import {
        /// The file made by `digitutor export`.
        file: PathBuf,
    },
}

/// What `digitutor learners` can do.
#[derive(Debug, Subcommand)]
pub enum LearnersAction {
    /// Give a learner a new name; their progress stays.
    Rename {
        /// The learner's name or id.
        profile: String,
        /// The new name.
        name: String,
    },
    /// Remove a learner from the list. Their progress is moved aside, not erased.
    Delete {
        /// The learner's name or id.
        profile: String,
    },
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
            let library = match dirs(&cli) {
                Ok(dirs) => tutor_library(&cli.lessons, &dirs),
                Err(_) => library(&cli.lessons),
            };
            list::run(&library, format)
        }
        Some(Command::Schema) => {
            print!("{}", crate::pack::schema::json_schema_text());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Demo {
            ref pack,
            ref lesson,
            headless,
            width,
            height,
        }) => demo(
            &cli,
            pack.as_deref(),
            lesson.as_deref(),
            headless,
            (width, height),
        ),
        Some(Command::Paths) => Ok(learners::paths(&dirs(&cli)?)),
        Some(Command::Learners { ref action }) => {
            let store = Store::new(dirs(&cli)?);
            match action {
                None => learners::list(&store, &library(&cli.lessons)),
                Some(LearnersAction::Rename { profile, name }) => {
                    learners::rename(&store, profile, name)
                }
                Some(LearnersAction::Delete { profile }) => learners::delete(&store, profile),
            }
        }
        Some(Command::Export {
            ref profile,
            ref file,
        }) => learners::export(&Store::new(dirs(&cli)?), profile, file),
        Some(Command::Import { ref file }) => learners::import(&Store::new(dirs(&cli)?), file),
        None => {
            let dirs = dirs(&cli)?;
            let library = tutor_library(&cli.lessons, &dirs);
            let problems = library
                .broken()
                .map(crate::tui::views::ProblemFile::from_loaded)
                .collect();
            let packs = usable_packs(&library);
            let config_file = dirs.config_file();
            let config = match crate::config::Config::load(&config_file) {
                Ok(config) => config,
                Err(e) => {
                    eprintln!("digitutor: {e}");
                    crate::config::Config::default()
                }
            };
            let from_config = match config.theme.as_str() {
                "high-contrast" => Some(ThemeName::HighContrast),
                "no-color" => Some(ThemeName::NoColor),
                _ => None,
            };
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let theme = Theme::named(match (cli.theme, no_color) {
                (Some(asked), _) => asked,
                (None, true) => ThemeName::NoColor,
                (None, false) => from_config.unwrap_or_default(),
            });
            let crash_reports = dirs.crash_reports();
            let profiles = crate::tui::profiles::Profiles::on_disk(Store::new(dirs));
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64);
            let mut app =
                crate::tui::app::App::new(packs, profiles, theme, seed, std::time::Instant::now())
                    .with_problems(problems)
                    .with_config(config, Some(config_file));
            if let Some(minutes) = cli.idle_minutes {
                app.ctx.idle_timeout = std::time::Duration::from_secs(minutes.max(1) * 60);
            }
            crate::tui::run(app, crash_reports)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `digitutor demo`: a demonstration on screen, or its frames as text with `--headless`.
fn demo(
    cli: &Cli,
    pack: Option<&str>,
    lesson: Option<&str>,
    headless: bool,
    (width, height): (u16, u16),
) -> anyhow::Result<ExitCode> {
    let library = match dirs(cli) {
        Ok(dirs) => tutor_library(&cli.lessons, &dirs),
        Err(_) => library(&cli.lessons),
    };
    let mut app = crate::tui::app::App::new(
        usable_packs(&library),
        crate::tui::profiles::Profiles::in_memory(),
        Theme::named(ThemeName::choose(
            cli.theme,
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        )),
        0,
        std::time::Instant::now(),
    );
    let ids = |app: &crate::tui::app::App| {
        app.packs()
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let pack_index = match pack {
        Some(id) => Some(
            app.packs()
                .iter()
                .position(|p| p.id == id || p.topic == id)
                .ok_or_else(|| {
                    anyhow::anyhow!("there is no pack \"{id}\". The packs are: {}", ids(&app))
                })?,
        ),
        None => None,
    };
    let lesson_index = match (pack_index, lesson) {
        (Some(p), Some(id)) => {
            let lessons = &app.packs()[p].lessons;
            Some(lessons.iter().position(|l| l.id == id).ok_or_else(|| {
                anyhow::anyhow!(
                    "pack \"{}\" has no lesson \"{id}\". Its lessons are: {}",
                    app.packs()[p].id,
                    lessons
                        .iter()
                        .map(|l| l.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?)
        }
        _ => None,
    };
    if headless {
        let Some(p) = pack_index else {
            anyhow::bail!(
                "--headless needs a pack: digitutor demo --headless PACK [LESSON]. The packs are: {}",
                ids(&app)
            );
        };
        if width < crate::tui::app::MIN_WIDTH || height < crate::tui::app::MIN_HEIGHT {
            anyhow::bail!(
                "frames must be at least {}x{}",
                crate::tui::app::MIN_WIDTH,
                crate::tui::app::MIN_HEIGHT
            );
        }
        let lessons: Vec<usize> = match lesson_index {
            Some(l) => vec![l],
            None => (0..app.packs()[p].lessons.len()).collect(),
        };
        for l in lessons {
            print!(
                "{}",
                crate::tui::transcript::lesson(&mut app, p, l, width, height)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    app.start_demo(pack_index, lesson_index);
    let crash_reports = dirs(cli).map(|d| d.crash_reports()).unwrap_or_default();
    crate::tui::run(app, crash_reports)?;
    Ok(ExitCode::SUCCESS)
}

/// The folders in use: `--data-dir`, else `DIGITUTOR_HOME`, else the system's usual place.
pub fn dirs(cli: &Cli) -> anyhow::Result<DataDirs> {
    let env = std::env::var_os(crate::progress::dirs::HOME_ENV);
    DataDirs::find(cli.data_dir.as_deref(), env.as_deref()).ok_or_else(|| {
        anyhow::anyhow!(
            "this computer has no home folder to keep progress in: give one with --data-dir DIR or DIGITUTOR_HOME"
        )
    })
}

/// The packs the tutor opens: `--lessons` alone when given; else the built-in packs and the
/// user's own `lessons` folder in the data folder, when there is one.
pub fn tutor_library(lessons: &Option<PathBuf>, dirs: &DataDirs) -> Library {
    if lessons.is_some() {
        return library(lessons);
    }
    let mut library = Library::builtin();
    let user = dirs.lessons();
    if user.is_dir() {
        library.add_path(&user, Origin::User);
    }
    library
}

/// The usable packs; when two have the same id, the one loaded later (the user's own copy of a
/// built-in pack) is used.
pub fn usable_packs(library: &Library) -> Vec<std::sync::Arc<crate::pack::Pack>> {
    let mut packs: Vec<std::sync::Arc<crate::pack::Pack>> = Vec::new();
    for pack in library.packs() {
        match packs.iter().position(|p| p.id == pack.id) {
            Some(i) => packs[i] = pack.clone(),
            None => packs.push(pack.clone()),
        }
    }
    packs
}

/// The packs the tutor uses: `--lessons` when given, else the built-in ones.
pub fn library(lessons: &Option<PathBuf>) -> Library {
    match lessons {
        Some(path) => Library::from_path(path, Origin::Folder),
        None => Library::builtin(),
    }
}
