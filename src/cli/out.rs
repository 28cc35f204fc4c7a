//! Everything a command prints goes through here: outside text is cleaned so it cannot steer the
//! terminal (see `safe_text`), and a reader that went away (`digitutor list | head -1`) ends the
//! command quietly instead of with a panic. Use `outln!`/`out!` for standard output,
//! `errln!` for messages, [`json`] for JSON, [`styled`] for text this program coloured itself
//! and [`bom`] for the byte-order mark that starts CSV.

use std::io::{self, Write};

/// Writes to standard output, cleaned (line breaks and tabs kept).
pub fn stdout(text: &str) {
    write(&mut io::stdout().lock(), &crate::safe_text::clean(text));
}

/// Writes to standard error, cleaned.
pub fn stderr(text: &str) {
    write(&mut io::stderr().lock(), &crate::safe_text::clean(text));
}

/// Writes JSON to standard output: bidirectional and invisible characters inside its strings
/// become `\u` escapes, so the data stays exact and nothing steers the terminal.
pub fn json(text: &str) {
    write(&mut io::stdout().lock(), &crate::safe_text::json(text));
}

/// Writes the UTF-8 byte-order mark to standard output, which [`stdout`] would refuse as an
/// invisible character: only at the start of CSV written for a spreadsheet, and never to a
/// terminal (the caller checks).
pub fn bom() {
    write(&mut io::stdout().lock(), crate::report::format::BOM);
}

/// Writes text that holds this program's own colour codes and only cleaned outside text (a
/// rendered diagnostic) to standard output as it is.
pub fn styled(text: &str) {
    write(&mut io::stdout().lock(), text);
}

/// Writes and flushes; a closed pipe ends the program quietly with success, as `head` expects.
/// Any other write error is ignored here: there is nowhere left to report it.
fn write(w: &mut impl Write, text: &str) {
    if let Err(e) = w.write_all(text.as_bytes()).and_then(|()| w.flush())
        && e.kind() == io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// `println!` for commands: cleaned, and quiet on a closed pipe.
macro_rules! outln {
    () => { $crate::cli::out::stdout("\n") };
    ($($arg:tt)*) => { $crate::cli::out::stdout(&format!("{}\n", format_args!($($arg)*))) };
}

/// `print!` for commands: cleaned, and quiet on a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::out::stdout(&format!($($arg)*)) };
}

/// `eprintln!` for commands: cleaned.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::out::stderr(&format!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {errln, out, outln};
