//! `digitutor report`: the class report for trainers, read from this computer's data folder or
//! from several data folders copied from the class's terminals (`--from DIR`, once per folder).
//! Reading, measuring the terminal and printing only; the report itself is built in
//! `crate::report`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out::{errln, out, outln};
use super::{Cli, ReportFormat};
use crate::pack::Origin;
use crate::progress::{DataDirs, Progress, Store};
use crate::report::{self, format};

/// The table's width when no terminal or `COLUMNS` says otherwise.
pub const DEFAULT_WIDTH: usize = 100;
/// The narrowest table drawn, whatever the terminal says (`--width` refuses less).
const MIN_WIDTH: usize = 20;

/// Prints the report of the learners in `from` (this computer's data folder when empty); the
/// table is `width` columns wide, else as wide as the terminal.
pub fn run(
    cli: &Cli,
    from: &[PathBuf],
    output: ReportFormat,
    hardest: bool,
    width: Option<u16>,
) -> anyhow::Result<ExitCode> {
    if hardest && output == ReportFormat::Json {
        anyhow::bail!(crate::tui::text::t("report.hardest-json"));
    }
    let folders: Vec<DataDirs> = if from.is_empty() {
        vec![super::dirs(cli)?]
    } else {
        from.iter()
            .map(|dir| check_folder(dir).map(|()| DataDirs::at(dir)))
            .collect::<anyhow::Result<_>>()?
    };

    let mut library = match super::dirs(cli) {
        Ok(dirs) => super::tutor_library(&cli.lessons, &dirs),
        Err(_) => super::library(&cli.lessons),
    };
    if cli.lessons.is_none() && !from.is_empty() {
        // A terminal's own packs, copied with its data folder, give their titles and lessons.
        for dirs in &folders {
            if dirs.lessons().is_dir() {
                library.add_path(&dirs.lessons(), Origin::User);
            }
        }
    }
    let packs = super::usable_packs(&library);
    let packs: Vec<&crate::pack::Pack> = packs.iter().map(|p| p.as_ref()).collect();
    // One column per topic, titled in the language the report is printed in (progress is kept
    // by ids, so a lesson done in any language counts).
    let packs: Vec<&crate::pack::Pack> =
        crate::pack::one_per_id(&packs, crate::tui::text::language().code())
            .into_iter()
            .map(|i| packs[i])
            .collect();

    let mut copies = Vec::new();
    for dirs in &folders {
        copies.extend(read_folder(dirs));
    }
    let learners = report::merge_copies(copies);
    let built = report::build(&learners, &packs);

    match output {
        ReportFormat::Table => {
            let width = width.map_or_else(table_width, usize::from);
            let names: Vec<String> = folders
                .iter()
                .map(|d| d.data.display().to_string())
                .collect();
            super::speak_computer_language(cli);
            let say: &crate::language::Say = &crate::tui::text::tf;
            if built.learners.is_empty() {
                let text = say("report.none-in", &[("folders", &names.join(", "))]);
                out!("{}", report::fit::wrap(&text, width));
                return Ok(ExitCode::SUCCESS);
            }
            let heading = match names.as_slice() {
                [one] => say("report.from-one", &[("folder", one)]),
                many => say(
                    "report.from-many",
                    &[("n", &many.len()), ("folders", &many.join(", "))],
                ),
            };
            outln!("{}", report::fit::wrap(&heading, width));
            if hardest {
                out!(
                    "{}",
                    format::hardest_table(
                        &built.hardest_steps,
                        built.hardest_steps.len(),
                        width,
                        say
                    )
                );
            } else {
                out!("{}", format::table(&built, width, say));
            }
        }
        ReportFormat::Csv => {
            // For a spreadsheet (a file or a pipe), not for reading on the terminal.
            if !std::io::stdout().is_terminal() {
                super::out::bom();
            }
            if hardest {
                out!("{}", format::hardest_csv(&built.hardest_steps));
            } else {
                out!("{}", format::learners_csv(&built.learners));
            }
        }
        ReportFormat::Json => super::out::json(&format::json(&built)),
    }
    Ok(ExitCode::SUCCESS)
}

/// The terminal's width when standard output is one, else `COLUMNS` when set to a number, else
/// [`DEFAULT_WIDTH`]; never less than 20.
fn table_width() -> usize {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(crossterm::terminal::size)
        .and_then(Result::ok)
        .map(|(columns, _)| usize::from(columns))
        .filter(|&c| c > 0);
    let columns = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0)
    };
    terminal
        .or_else(columns)
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// A folder given with `--from` must be a digitutor data folder: one that holds `profiles/`.
fn check_folder(dir: &Path) -> anyhow::Result<()> {
    if !dir.is_dir() {
        anyhow::bail!(crate::tui::text::tf(
            "report.from-not-folder",
            &[("dir", &dir.display())]
        ));
    }
    if !dir.join("profiles").is_dir() {
        anyhow::bail!(crate::tui::text::tf(
            "report.from-no-profiles",
            &[("dir", &dir.display())]
        ));
    }
    Ok(())
}

/// Every learner's progress in one data folder. A learner whose progress cannot be read is left
/// out of the report, and the trainer is told why on stderr.
fn read_folder(dirs: &DataDirs) -> Vec<Progress> {
    let store = Store::new(dirs.clone());
    let mut out = Vec::new();
    for info in store.list() {
        let loaded = match store.read(&info.id) {
            Ok(loaded) => loaded,
            Err(e) => {
                errln!(
                    "note: {} in {} is left out of the report: {e}",
                    info.name,
                    dirs.profile(&info.id).display()
                );
                continue;
            }
        };
        for notice in &loaded.notices {
            errln!(
                "note: {}: {}",
                info.name,
                crate::tui::profiles::notice_text(notice)
            );
        }
        if loaded.read_only {
            errln!(
                "note: {} in {} is left out of the report: their progress cannot be read (see the note above)",
                info.name,
                dirs.profile(&info.id).display()
            );
            continue;
        }
        out.push(loaded.memory.progress().clone());
    }
    out
}
