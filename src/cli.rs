//! The command line: what `digitutor` and its subcommands accept (clap), and which module each
//! one hands over to. With no subcommand it opens the learner's tutor.

mod background;
mod certificate;
mod class;
mod handout;
mod learners;
mod list;
mod out;
mod report;
mod trainer;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::pack::{Library, Origin};
use crate::progress::{DataDirs, Store};
use crate::tui::theme::{Background, Theme, ThemeName};
pub use background::BackgroundChoice;
use out::{errln, out, outln};

use crate::tui::text::tf;

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

    /// Colours that read well on the terminal's background: auto (ask the terminal), dark or
    /// light.
    #[arg(long, global = true, value_enum, default_value_t)]
    pub background: BackgroundChoice,

    /// Minutes without a key before the tutor saves and goes back to "Who is learning?"
    /// (default: the trainer's setting, else 10). From 1 to 240.
    #[arg(long, global = true, value_name = "MINUTES",
          value_parser = clap::value_parser!(u64).range(1..=crate::config::MAX_IDLE_MINUTES))]
    pub idle_minutes: Option<u64>,

    /// The language the tutor starts in: en, vi, mn or ko (when the centre's settings name
    /// none; default: the system's locale, else English). Each learner then keeps their own.
    #[arg(long, global = true, value_name = "CODE", value_parser = language_code)]
    pub language: Option<String>,

    /// The tutor as plain lines instead of a full screen, for a screen reader or a braille
    /// display: each screen said once in reading order, answers typed as a line.
    #[arg(long)]
    pub plain: bool,

    /// The command to run. Without one, the tutor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Checks a `--language` code against the languages the tutor speaks.
fn language_code(code: &str) -> Result<String, String> {
    crate::language::Language::from_code(code)
        .map(|l| l.code().to_string())
        .ok_or_else(|| {
            format!(
                "the tutor does not speak \"{code}\"; it speaks {}",
                crate::language::Language::codes()
            )
        })
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

/// Output format for `digitutor report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ReportFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// CSV for spreadsheets (the learners, or the hardest steps with --hardest): UTF-8 that
    /// starts with a byte-order mark when written to a file or a pipe, so Excel and LibreOffice
    /// read every name right; a cell starting with = + - @ gets a leading ' so it stays text.
    Csv,
    /// JSON for scripts: the learners and every hardest step.
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
    /// The learners at work now on every computer sharing this data folder (Syncthing), those
    /// who asked for help first.
    Class {
        /// Keep the list on screen, drawn again as it changes.
        #[arg(long)]
        watch: bool,
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
        /// Width of the frames printed by --headless (80 to 400).
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(80..=400))]
        width: u16,
        /// Height of the frames printed by --headless (24 to 200).
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u16).range(24..=200))]
        height: u16,
    },
    /// Write a new lesson pack that already works, with one commented example of every kind of
    /// screen and answer, to change bit by bit.
    New {
        /// The new pack's id: lowercase letters, digits and dashes, e.g. `parcel-scams`.
        pack_id: String,
        /// Its topic: phone-basics, qr-codes, e-services, digital-payments, messaging,
        /// online-safety or scams.
        #[arg(long, default_value = "scams")]
        topic: String,
        /// Its language, e.g. en, vi, mn, ko.
        #[arg(long, default_value = "en")]
        language: String,
        /// The folder to write it in (the current folder by default).
        #[arg(long, value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Open one pack in the tutor as a learner sees it, starting at a lesson and step; with
    /// --watch it reloads on every save and stays on the same step. Nothing is saved.
    Preview {
        /// The pack file.
        file: PathBuf,
        /// The lesson id to start at.
        #[arg(long)]
        lesson: Option<String>,
        /// The step id to start at (in --lesson, or the first lesson).
        #[arg(long)]
        step: Option<String>,
        /// Reload the pack each time the file is saved.
        #[arg(long)]
        watch: bool,
    },
    /// Print the folders in use: data, profiles, user lessons, config, crash reports.
    Paths,
    /// List the learners on this computer, or rename or delete one (a trainer's job).
    Learners {
        /// What to do; without it, the list.
        #[command(subcommand)]
        action: Option<LearnersAction>,
    },
    /// The trainer's own commands: set the PIN that opens the trainer's corner.
    Trainer {
        /// What to do.
        #[command(subcommand)]
        action: TrainerAction,
    },
    /// Save a learner's progress to a file, to take to another computer.
    Export {
        /// The learner's name or id.
        profile: String,
        /// The file to write, e.g. on a USB stick.
        file: PathBuf,
        /// Replace the file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Bring in a learner's progress from a file made by `export`; merges with a learner who is
    /// already here.
    Import {
        /// The file made by `digitutor export`.
        file: PathBuf,
        /// Merge into this learner (name or id), even though the file's name or id differs.
        #[arg(long = "as", value_name = "WHO", conflicts_with = "new")]
        into: Option<String>,
        /// Add the file's learner as a new learner here, even when a learner here has the same
        /// name or id (a taken name gets a number, e.g. "Lan (2)").
        #[arg(long)]
        new: bool,
    },
    /// Print the class report: each learner's progress per topic, and the hardest steps.
    ///
    /// Per learner and topic: lessons done, the best assessment score, passed or not, and the
    /// last day active. Then the steps where most learners made a mistake, with the wrong answer
    /// chosen most. A learner found in several data folders (the same profile, copied or
    /// exported between terminals) counts once, with everything they did on any of them.
    ///
    /// The table fits the terminal's width (or --width N). The CSV is for spreadsheets: written
    /// to a file or a pipe it starts with a UTF-8 byte-order mark, so Excel and LibreOffice show
    /// Vietnamese, Korean and Cyrillic names right (`digitutor report --format csv > class.csv`).
    Report {
        /// A data folder to read, e.g. one copied from each terminal; give --from once per
        /// folder. Without it, this computer's data folder (--data-dir, else DIGITUTOR_HOME).
        #[arg(long, value_name = "DIR")]
        from: Vec<PathBuf>,
        /// A table for people, CSV for spreadsheets, or JSON for scripts.
        #[arg(long, value_enum, default_value_t)]
        format: ReportFormat,
        /// Only the hardest steps, all of them (table or CSV). Without it, the CSV holds the
        /// learners, and the table the learners and the ten hardest steps.
        #[arg(long)]
        hardest: bool,
        /// The table's width in columns; long names are shortened with "…" to fit. Without
        /// it, the terminal's width (else the COLUMNS variable, else 100).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
        width: Option<u16>,
    },
    /// Write a learner's printable certificate (HTML for A4 paper) for a topic they passed.
    ///
    /// One self-contained HTML file to open in a browser and print, with the centre's name from
    /// the trainer's settings. Each certificate is one A4 page, whatever the name's length or
    /// script (a long name is set smaller; the fonts cover Vietnamese, Cyrillic and Hangul). Without --topic, one page for each topic passed. A learner who
    /// has not passed gets no certificate: exit status 1.
    Certificate {
        /// The learner's name or id.
        profile: String,
        /// The topic: a pack id such as `qr-codes`. Without it, every topic passed.
        #[arg(long, value_name = "ID")]
        topic: Option<String>,
        /// The HTML file to write, e.g. lan-certificate.html.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// Replace the file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Write a large-print handout of a pack's lessons (HTML for A4 paper) to take home.
    ///
    /// One self-contained HTML file to open in a browser and print: each lesson on its own
    /// page, with its goal, its step card in large type, and the QR codes of its steps as
    /// images that scan from the paper (they hold practice messages only). In this computer's
    /// language when the pack has it, else in English.
    Handout {
        /// The pack (topic) id, e.g. `qr-codes`.
        pack: String,
        /// One lesson's id. Without it, every lesson of the pack.
        lesson: Option<String>,
        /// The HTML file to write, e.g. qr-codes-handout.html.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// Replace the file if it already exists.
        #[arg(long)]
        force: bool,
    },
}

/// What `digitutor trainer` can do.
#[derive(Debug, Subcommand)]
pub enum TrainerAction {
    /// Set or change the trainer PIN (4 to 12 digits), typed twice without showing it. When a
    /// PIN exists it is asked for first.
    SetPin {
        /// The old PIN is forgotten: replace it without asking for it.
        #[arg(long)]
        forgotten: bool,
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

/// The tutor's exit status: 0 when everything was saved; 1, with who and where on standard
/// error, when it was closed with a learner's last steps not saved.
fn ended(exit: crate::tui::effect::Exit, data: Option<&std::path::Path>) -> ExitCode {
    match exit {
        crate::tui::effect::Exit::Clean | crate::tui::effect::Exit::ToPlain => ExitCode::SUCCESS,
        crate::tui::effect::Exit::Unsaved { learner, reason } => {
            errln!(
                "digitutor: the last steps of {learner} were not saved: {reason}. The learners' folder: {}. Check that the disk has room and can be written, then open digitutor again.",
                data.map_or_else(|| "(none)".to_string(), |d| d.display().to_string())
            );
            ExitCode::from(1)
        }
    }
}

/// A command that writes a file the user named never replaces one without `--force`.
fn refuse_to_overwrite(file: &std::path::Path, force: bool) -> anyhow::Result<()> {
    if !force && std::fs::symlink_metadata(file).is_ok() {
        anyhow::bail!(tf("cli.exists", &[("file", &file.display())]));
    }
    Ok(())
}

/// The tutor draws on a terminal and reads keys from it: started from a script (input or output
/// not a terminal) it says so and which commands work there, instead of failing half-way.
fn need_terminal() -> anyhow::Result<()> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        return Ok(());
    }
    Err(NoTerminal.into())
}

/// The tutor was started without a terminal.
#[derive(Debug)]
struct NoTerminal;

impl std::fmt::Display for NoTerminal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the tutor needs a terminal window to run in (its input or output is not a terminal here). \
             Open it in a terminal window; in scripts use `digitutor list`, `learners`, `report`, \
             `validate` or `demo --headless`"
        )
    }
}

impl std::error::Error for NoTerminal {}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if e.is::<NoTerminal>() => {
            errln!("digitutor: {e}");
            ExitCode::from(1)
        }
        // A learner's file that could not be written or changed is said in this computer's
        // language; the rest are an author's or a system's words.
        Err(e) => {
            if let Some(problem) = e.downcast_ref::<crate::progress::StoreError>() {
                errln!(
                    "digitutor: {}",
                    crate::tui::profiles::store_problem(problem)
                );
            } else if let Some(problem) =
                e.downcast_ref::<crate::progress::transfer::TransferProblem>()
            {
                errln!("digitutor: {}", learners::transfer_problem(problem));
            } else {
                errln!("digitutor: {e:#}");
            }
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // What a trainer reads comes in this computer's language (the tutor then follows each
    // learner's own).
    speak_computer_language(&cli);
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
            out!("{}", crate::pack::schema::json_schema_text());
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
        Some(Command::New {
            ref pack_id,
            ref topic,
            ref language,
            ref dir,
        }) => {
            let file = crate::author::new_pack(dir, pack_id, topic, language)?;
            outln!(
                "Wrote {}. Try it with: digitutor preview {} --watch",
                file.display(),
                file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Preview {
            ref file,
            ref lesson,
            ref step,
            watch,
        }) => preview(&cli, file, lesson.as_deref(), step.as_deref(), watch),
        Some(Command::Paths) => Ok(learners::paths(&dirs(&cli)?)),
        Some(Command::Class { watch }) => class::run(&dirs(&cli)?, watch),
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
        Some(Command::Trainer {
            action: TrainerAction::SetPin { forgotten },
        }) => trainer::set_pin(&dirs(&cli)?.config_file(), forgotten),
        Some(Command::Export {
            ref profile,
            ref file,
            force,
        }) => {
            refuse_to_overwrite(file, force)?;
            learners::export(&Store::new(dirs(&cli)?), profile, file)
        }
        Some(Command::Import {
            ref file,
            ref into,
            new,
        }) => {
            let target = match (into, new) {
                (Some(who), _) => crate::progress::transfer::ImportInto::Learner(who.clone()),
                (None, true) => crate::progress::transfer::ImportInto::New,
                (None, false) => crate::progress::transfer::ImportInto::Matching,
            };
            learners::import(
                &Store::new(dirs(&cli)?),
                file,
                &target,
                &tutor_library(&cli.lessons, &dirs(&cli)?),
            )
        }
        Some(Command::Report {
            ref from,
            format,
            hardest,
            width,
        }) => report::run(&cli, from, format, hardest, width),
        Some(Command::Certificate {
            ref profile,
            ref topic,
            ref out,
            force,
        }) => {
            refuse_to_overwrite(out, force)?;
            certificate::run(&cli, profile, topic.as_deref(), out)
        }
        Some(Command::Handout {
            ref pack,
            ref lesson,
            ref out,
            force,
        }) => {
            refuse_to_overwrite(out, force)?;
            handout::run(&cli, pack, lesson.as_deref(), out)
        }
        None if cli.plain => plain(&cli),
        None => {
            let (app, crash_reports) = tutor(&cli, false)?;
            need_terminal()?;
            let data = app.ctx.profiles.folder();
            match crate::tui::run(app, crash_reports)? {
                // Plain lines were chosen on the first screen: the tutor goes on as lines.
                crate::tui::effect::Exit::ToPlain => plain(&cli),
                exit => Ok(ended(exit, data.as_deref())),
            }
        }
    }
}

/// The tutor as plain lines on standard input and output (`--plain`).
fn plain(cli: &Cli) -> anyhow::Result<ExitCode> {
    let (mut app, _) = tutor(cli, true)?;
    let data = app.ctx.profiles.folder();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let exit = crate::tui::plain::run(&mut app, stdin.lock(), &mut stdout.lock())?;
    Ok(ended(exit, data.as_deref()))
}

/// The learners' tutor as this computer is set up (for plain lines, or for the screen): its packs (the built-in ones on the shelf),
/// settings, colours, learners and language; and where crash reports go.
fn tutor(cli: &Cli, plain: bool) -> anyhow::Result<(crate::tui::app::App, PathBuf)> {
    let dirs = dirs(cli)?;
    // The built-in packs stay on the shelf until the tutor speaks their language.
    let (library, shelf) = match &cli.lessons {
        Some(_) => (library(&cli.lessons), crate::pack::Shelf::default()),
        None => (user_library(&dirs), crate::pack::Shelf::builtin()),
    };
    let problems = library
        .broken()
        .map(crate::tui::views::ProblemFile::from_loaded)
        .collect();
    let packs = usable_packs(&library);
    let config_file = dirs.config_file();
    let settings = crate::config::Config::load(&config_file);
    if let Err(e) = &settings {
        errln!("digitutor: {}", crate::tui::views::settings_problem(e));
    }
    let from_config = settings
        .as_ref()
        .ok()
        .and_then(|config| ThemeName::from_id(&config.theme));
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = Theme::named(
        match (cli.theme, no_color) {
            (Some(asked), _) => asked,
            (None, true) => ThemeName::NoColor,
            (None, false) => from_config.unwrap_or_default(),
        },
        // Plain lines have no colours, and nothing is asked of the terminal.
        if plain {
            Background::Dark
        } else {
            cli.background.resolve()
        },
    );
    let crash_reports = dirs.crash_reports();
    // What stays on this computer if a centre shares the data folder, written before this
    // tutor makes any file of its own there (a folder that cannot be written is told of later).
    let _ = crate::progress::stignore::write_once(&dirs.data);
    let store = Store::new(dirs);
    let class =
        crate::tui::class::ClassBoard::new(store.dirs().data.clone(), store.computer().to_string());
    let profiles = crate::tui::profiles::Profiles::on_disk(store);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    // The computer's language, worked out when the command started.
    let language = crate::tui::text::language();
    let mut app =
        crate::tui::app::App::new(packs, profiles, theme, seed, std::time::Instant::now())
            .with_problems(problems)
            .with_settings(config_file, settings)
            .with_shelf(shelf);
    // The first screen offers every language, unless one was asked for on the command
    // line (a trainer's shortcut for a room that reads one language).
    if crate::language::Language::ALL.len() > 1 && cli.language.is_none() {
        app = app.ask_language_first();
    }
    app.ctx.class = Some(class);
    app.ctx.start_in(language);
    if let Some(minutes) = cli.idle_minutes {
        app.ctx.idle_timeout = std::time::Duration::from_secs(minutes.max(1) * 60);
    }
    Ok((app, crash_reports))
}

/// `digitutor preview`: one pack in the tutor, starting at a lesson and step, reloading on save.
fn preview(
    cli: &Cli,
    file: &std::path::Path,
    lesson: Option<&str>,
    step: Option<&str>,
    watch: bool,
) -> anyhow::Result<ExitCode> {
    let library = crate::lint::library(Library::from_path(file, Origin::Folder));
    let Some(loaded) = library.files.first() else {
        anyhow::bail!("{} holds no lesson pack (.toml)", file.display());
    };
    if loaded.pack.is_none() {
        let source = loaded.source.to_string();
        for d in &loaded.diagnostics {
            errln!("{}", d.render(Some(&source), false));
        }
        anyhow::bail!(
            "{} has errors, so it cannot be shown yet. Fix them, then preview again",
            file.display()
        );
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // The computer's language, spoken since the command started; each topic's pack in it
    // when there is one.
    let language = crate::tui::text::language();
    let mut app = crate::tui::app::App::new(
        packs_in(&usable_packs(&library), language.code()),
        crate::tui::profiles::Profiles::in_memory(),
        Theme::named(
            ThemeName::choose(cli.theme, no_color),
            cli.background.resolve(),
        ),
        0,
        std::time::Instant::now(),
    );
    app.ctx.start_in(language);
    app.start_preview(file.to_path_buf(), lesson, step, watch)
        .map_err(|why| anyhow::anyhow!("{}: {why}", file.display()))?;
    let crash_reports = dirs(cli).map(|d| d.crash_reports()).unwrap_or_default();
    need_terminal()?;
    crate::tui::run_watching(app, crash_reports, watch.then(|| file.to_path_buf()))?;
    Ok(ExitCode::SUCCESS)
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
    // The computer's language, spoken since the command started; each topic's pack in it
    // when there is one.
    let language = crate::tui::text::language();
    let mut theme = Theme::named(
        ThemeName::choose(
            cli.theme,
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        ),
        // Headless frames are plain text, read or printed in black on white: the terminal is
        // never asked.
        if headless {
            Background::Light
        } else {
            cli.background.resolve()
        },
    );
    if headless {
        // A QR code is drawn in full and half blocks, the ink standing for its dark modules,
        // so the code survives as text and scans from the printed page.
        theme.qr = None;
    }
    let mut app = crate::tui::app::App::new(
        packs_in(&usable_packs(&library), language.code()),
        crate::tui::profiles::Profiles::in_memory(),
        theme,
        0,
        std::time::Instant::now(),
    );
    app.ctx.start_in(language);
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
                    anyhow::anyhow!(tf("demo.no-pack", &[("id", &id), ("packs", &ids(&app))]))
                })?,
        ),
        None => None,
    };
    let lesson_index = match (pack_index, lesson) {
        (Some(p), Some(id)) => {
            let lessons = &app.packs()[p].lessons;
            Some(lessons.iter().position(|l| l.id == id).ok_or_else(|| {
                anyhow::anyhow!(tf(
                    "demo.no-lesson",
                    &[
                        ("pack", &app.packs()[p].id),
                        ("id", &id),
                        (
                            "lessons",
                            &lessons
                                .iter()
                                .map(|l| l.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ],
                ))
            })?)
        }
        _ => None,
    };
    if headless {
        let Some(p) = pack_index else {
            anyhow::bail!(tf("demo.needs-pack", &[("packs", &ids(&app))]));
        };
        if width < crate::tui::app::MIN_WIDTH || height < crate::tui::app::MIN_HEIGHT {
            anyhow::bail!(tf(
                "demo.frame-size",
                &[
                    ("width", &crate::tui::app::MIN_WIDTH),
                    ("height", &crate::tui::app::MIN_HEIGHT),
                ],
            ));
        }
        let lessons: Vec<usize> = match lesson_index {
            Some(l) => vec![l],
            None => (0..app.packs()[p].lessons.len()).collect(),
        };
        for l in lessons {
            out!(
                "{}",
                crate::tui::transcript::lesson(&mut app, p, l, width, height)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    app.start_demo(pack_index, lesson_index);
    let crash_reports = dirs(cli).map(|d| d.crash_reports()).unwrap_or_default();
    need_terminal()?;
    crate::tui::run(app, crash_reports)?;
    Ok(ExitCode::SUCCESS)
}

/// The folders in use: `--data-dir`, else `DIGITUTOR_HOME`, else the system's usual place.
pub fn dirs(cli: &Cli) -> anyhow::Result<DataDirs> {
    if let Some(dir) = &cli.data_dir
        && std::fs::metadata(dir).is_ok_and(|m| !m.is_dir())
    {
        anyhow::bail!(tf("cli.data-dir-not-folder", &[("dir", &dir.display())]));
    }
    let env = std::env::var_os(crate::progress::dirs::HOME_ENV);
    DataDirs::find(cli.data_dir.as_deref(), env.as_deref())
        .ok_or_else(|| anyhow::anyhow!(crate::tui::text::t("cli.no-home")))
}

/// The packs the tutor opens: `--lessons` alone when given; else the built-in packs and the
/// user's own `lessons` folder in the data folder, when there is one.
pub fn tutor_library(lessons: &Option<PathBuf>, dirs: &DataDirs) -> Library {
    if lessons.is_some() {
        return library(lessons);
    }
    // The built-in packs were checked when the binary was built; the user's own are checked now.
    let mut library = Library::builtin_checked_at_build();
    library.files.extend(user_library(dirs).files);
    library
}

/// The packs in the user's own `lessons` folder in the data folder, checked now.
fn user_library(dirs: &DataDirs) -> Library {
    let user = dirs.lessons();
    if user.is_dir() {
        crate::lint::library(Library::from_path(&user, Origin::User))
    } else {
        Library::default()
    }
}

/// Speaks this computer's language in what a trainer reads (the report): the centre's setting
/// in `config.toml`, else `--language`, else the system's locale, else English.
pub fn speak_computer_language(cli: &Cli) -> crate::language::Language {
    let centre = dirs(cli)
        .ok()
        .and_then(|d| crate::config::Config::load(&d.config_file()).ok())
        .map(|c| c.language)
        .filter(|l| !l.is_empty());
    let language = crate::language::starting(
        centre.as_deref(),
        cli.language.as_deref(),
        &crate::language::system_locale(),
    );
    crate::tui::text::set_language(language);
    language
}

/// The usable packs; when two have the same id and language, the one loaded later (the user's
/// own copy of a built-in pack) is used. The same id in another language is a translation, kept
/// beside it.
pub fn usable_packs(library: &Library) -> Vec<std::sync::Arc<crate::pack::Pack>> {
    let mut packs: Vec<std::sync::Arc<crate::pack::Pack>> = Vec::new();
    for pack in library.packs() {
        match packs
            .iter()
            .position(|p| p.id == pack.id && p.language == pack.language)
        {
            Some(i) => packs[i] = pack.clone(),
            None => packs.push(pack.clone()),
        }
    }
    packs
}

/// One pack per id, in `language` when there is one (else English): what a room that reads
/// `language` is shown.
fn packs_in(
    packs: &[std::sync::Arc<crate::pack::Pack>],
    language: &str,
) -> Vec<std::sync::Arc<crate::pack::Pack>> {
    crate::pack::one_per_id(packs, language)
        .into_iter()
        .map(|i| packs[i].clone())
        .collect()
}

/// The packs the tutor uses: `--lessons` when given, else the built-in ones.
pub fn library(lessons: &Option<PathBuf>) -> Library {
    crate::lint::library(match lessons {
        Some(path) => Library::from_path(path, Origin::Folder),
        None => Library::builtin(),
    })
}
