//! `digitutor validate [PATH...]`: checks packs and prints every problem, rustc style or JSON.
//! Exit status 1 when any error is found (or any warning, with `--deny-warnings`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::Format;
use super::out::outln;
use crate::diagnostic::{Diagnostic, counts};
use crate::pack::{Library, LoadedPack, Origin};

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    ok: bool,
    errors: usize,
    warnings: usize,
    diagnostics: &'a [Diagnostic],
}

/// Runs the command.
pub fn run(paths: &[PathBuf], format: Format, deny_warnings: bool) -> ExitCode {
    let library = crate::lint::library(if paths.is_empty() {
        Library::builtin()
    } else {
        let mut library = Library::default();
        for path in paths {
            library.add_path(path, Origin::Folder);
        }
        library
    });
    let all: Vec<&Diagnostic> = library.files.iter().flat_map(|f| &f.diagnostics).collect();
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    match format {
        Format::Json => print_json(&library.files),
        Format::Text => print_text(&library.files, errors, warnings),
    }
    if errors > 0 || (deny_warnings && warnings > 0) || library.files.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// How many problems `validate` shows in full before it only counts the rest.
pub const SHOWN_IN_FULL: usize = 50;

fn print_text(files: &[LoadedPack], errors: usize, warnings: usize) {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // Like a compiler: the first problems in full, then a count, so a file with thousands of
    // problems is checked in moments and the first ones (often the cause) stay on screen.
    let mut shown = 0;
    for file in files {
        for d in &file.diagnostics {
            if shown == SHOWN_IN_FULL {
                break;
            }
            super::out::styled(&format!("{}\n\n", d.render(Some(&file.source), color)));
            shown += 1;
        }
    }
    let all: usize = files.iter().map(|f| f.diagnostics.len()).sum();
    if all > shown {
        let rest = all - shown;
        outln!(
            "...and {rest} more problem{} not shown. Fix the ones above first, or see every one with --format json.\n",
            plural(rest)
        );
    }
    if files.is_empty() {
        outln!("No lesson packs found: give pack files (.toml) or folders that hold them.");
        return;
    }
    let ok = files.iter().filter(|f| !f.is_broken()).count();
    outln!(
        "Checked {} pack{}: {} usable, {} with errors; {} error{}, {} warning{}.",
        files.len(),
        plural(files.len()),
        ok,
        files.len() - ok,
        errors,
        plural(errors),
        warnings,
        plural(warnings)
    );
}

fn print_json(files: &[LoadedPack]) {
    let reports: Vec<FileReport<'_>> = files
        .iter()
        .map(|f| {
            let (errors, warnings) = counts(&f.diagnostics);
            FileReport {
                file: &f.name,
                ok: !f.is_broken(),
                errors,
                warnings,
                diagnostics: &f.diagnostics,
            }
        })
        .collect();
    super::out::json(&format!(
        "{}\n",
        serde_json::to_string_pretty(&reports).unwrap_or_default()
    ));
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
