//! Reading packs: the built-in ones embedded in the binary, a folder given with `--lessons`, or
//! single files. Each file is checked on its own (size, TOML syntax, shape, meaning); a broken
//! pack is kept with its problems and never stops the others from loading.

use std::fs;
use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::de::DeTable;

use super::model::Pack;
use super::rules::{self, Report};
use super::schema::json_schema;
use super::spans::SpanMap;
use super::structure;
use crate::diagnostic::{Diagnostic, Severity};

/// Packs larger than this are refused: a lesson pack is text, and this is far more than enough.
pub const MAX_PACK_BYTES: usize = 1024 * 1024;

/// A pack compiled into the binary.
#[derive(Debug, Clone)]
pub struct Builtin {
    /// Its path inside the crate, such as `lessons/en/qr-codes.toml`.
    pub path: &'static str,
    /// Its `id`, read when the binary was built ("" if the file did not read).
    pub id: &'static str,
    /// Its `language`, read when the binary was built ("" if the file did not read).
    pub language: &'static str,
    /// Where in [`TEXTS`] the file's text lies, deflated when the binary was built (see
    /// [`Builtin::text`]).
    pub toml: std::ops::Range<usize>,
    /// Where in [`PREPARED`] the same pack lies as JSON, deflated when the binary was built
    /// (an empty range if the file did not read).
    pub prepared: std::ops::Range<usize>,
}

impl Builtin {
    /// The file's text (inflated now: only checking a pack or showing a problem needs it).
    pub fn text(&self) -> Arc<str> {
        let deflated = TEXTS.get(self.toml.clone()).unwrap_or_default();
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_PACK_BYTES)
            .unwrap_or_default();
        String::from_utf8_lossy(&bytes).into()
    }
}

/// Every built-in pack's prepared form, one after the other.
pub const PREPARED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_prepared.bin"));

/// Every built-in pack's TOML text, deflated, one after the other.
pub const TEXTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_texts.bin"));

/// The packs compiled into the binary, in the order of their paths.
pub const BUILTIN: &[Builtin] = include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

/// Where a pack came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary.
    BuiltIn,
    /// A folder or file named on the command line.
    Folder,
    /// The `lessons` folder in the data directory.
    User,
}

/// A pack file's text: read from a file (or inflated from the program), or not kept.
#[derive(Debug, Clone)]
pub enum Text {
    /// A built-in pack read from its prepared form: its text was not needed, so it was not
    /// inflated (it reads as empty).
    NotKept,
    /// A file's text as read.
    Read(Arc<str>),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::NotKept => "",
            Text::Read(text) => text,
        }
    }
}

/// One file after checking: the pack if it can be used, and every problem found.
#[derive(Debug, Clone)]
pub struct LoadedPack {
    /// The file as shown to people: a path, or `built-in lessons/en/qr-codes.toml`.
    pub name: String,
    /// Where it came from.
    pub origin: Origin,
    /// The file's text (kept to show the lines that problems point at).
    pub source: Text,
    /// The pack, when it has no errors (warnings allowed).
    pub pack: Option<Arc<Pack>>,
    /// Every problem found, errors first.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedPack {
    /// True when the pack has errors and cannot be used.
    pub fn is_broken(&self) -> bool {
        self.pack.is_none()
    }
}

/// Checks one pack's text. Returns the pack when it has no errors, and every problem found.
pub fn check_source(name: &str, source: &str) -> (Option<Pack>, Vec<Diagnostic>) {
    if source.len() > MAX_PACK_BYTES {
        let d = Diagnostic::whole_file(
            Severity::Error,
            "file-too-big",
            name,
            format!(
                "this file is {} KiB; a pack may be at most {} KiB",
                source.len() / 1024,
                MAX_PACK_BYTES / 1024
            ),
        )
        .with_help(
            "Split the lessons into several packs, or check that this is really a lesson pack.",
        );
        return (None, vec![d]);
    }
    check_text(name, source)
}

/// Checks a pack's text whatever its size (the size limit is `check_source`'s). For benchmarks of
/// very large generated packs.
pub fn check_text(name: &str, source: &str) -> (Option<Pack>, Vec<Diagnostic>) {
    // One spelling for every text: "Nguyễn" typed with combining marks is the same as "Nguyễn"
    // typed precomposed (NFC), so names, answers and ids compare equal.
    let normalized: String;
    let source = if unicode_normalization::is_nfc(source) {
        source
    } else {
        normalized = unicode_normalization::UnicodeNormalization::nfc(source).collect();
        &normalized
    };
    if let Some(newer) = newer_format(name, source) {
        return (None, vec![newer]);
    }
    let doc = match DeTable::parse(source) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_string();
            let d = Diagnostic::at(Severity::Error, "toml-syntax", name, source, span, message)
                .with_help(
                    "This is not valid TOML here. Check quotes \"...\", brackets [...] and = signs near this spot.",
                );
            return (None, vec![d]);
        }
    };
    // Read the typed pack from the document already parsed, rather than parsing twice. When
    // that works, keys and types are right by construction; only text needs a look.
    let mut diagnostics = structure::check_texts(name, source, &doc);
    let typed = Pack::deserialize(toml::de::Deserializer::from(doc));
    let pack = match typed {
        Ok(pack) => pack,
        Err(first) => {
            // The rare path: parse again to walk the shape and find every problem.
            let Ok(doc) = DeTable::parse(source) else {
                return (None, diagnostics);
            };
            // Deserializing stops at the first problem; the shape walk finds them all.
            let shape = structure::check(name, source, &doc, &json_schema());
            let mut diagnostics = shape.problems;
            if diagnostics.is_empty() {
                let span = first.span().unwrap_or(0..0);
                diagnostics.push(
                    Diagnostic::at(
                        Severity::Error,
                        "invalid-value",
                        name,
                        source,
                        span,
                        first.message().trim(),
                    )
                    .with_help("Check this value against AUTHORING.md."),
                );
            } else if diagnostics
                .iter()
                .all(|d| matches!(d.code, "unknown-key" | "control-character"))
            {
                // Only unknown keys: leave them out and check the rest, so one typo does not
                // hide the other problems in the file.
                if let Some(pack) = without_keys(source, &shape.unknown_keys) {
                    let mut report = Report::new(name, source, SpanMap::new(&doc));
                    rules::check(&pack, &mut report);
                    diagnostics.extend(report.out);
                }
            }
            sort(&mut diagnostics);
            return (None, diagnostics);
        }
    };
    let mut report = Report::new(name, source, SpanMap::lazy(source));
    rules::check(&pack, &mut report);
    diagnostics.extend(report.out);
    sort(&mut diagnostics);
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    (ok.then_some(pack), diagnostics)
}

/// A pack made for a newer digitutor is told so before anything else is checked: its other
/// keys, and even its syntax, may be what the newer format allows. Looks only at a top-level
/// `format_version = N` line (before the first table header).
fn newer_format(name: &str, source: &str) -> Option<Diagnostic> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        let Some(rest) = trimmed.strip_prefix("format_version") else {
            continue;
        };
        let value = rest.trim_start().strip_prefix('=')?.trim_start();
        let digits: String = value
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '_')
            .filter(|c| *c != '_')
            .collect();
        let version: u64 = digits.parse().ok()?;
        if version <= u64::from(super::model::FORMAT_VERSION) {
            return None;
        }
        let at = start + (line.len() - value.len());
        return Some(
            Diagnostic::at(
                Severity::Error,
                "format-too-new",
                name,
                source,
                at..at + digits.len().max(1),
                format!(
                    "this pack was made for a newer digitutor (format version {version}; this one understands up to version {})",
                    super::model::FORMAT_VERSION
                ),
            )
            .with_help("Update digitutor to a newer version to use this pack."),
        );
    }
    None
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.line, d.column));
}

/// The pack read with the unknown keys left out, when that makes it readable.
fn without_keys(source: &str, places: &[Vec<structure::Place>]) -> Option<Pack> {
    let mut table: toml::Table = toml::from_str(source).ok()?;
    structure::remove_keys(&mut table, places);
    toml::Value::Table(table).try_into().ok()
}

/// Checks one pack and wraps the outcome.
pub fn load_text(name: String, origin: Origin, source: Text) -> LoadedPack {
    let (pack, diagnostics) = check_source(&name, &source);
    LoadedPack {
        name,
        origin,
        source,
        pack: pack.map(Arc::new),
        diagnostics,
    }
}

/// Reads and checks one file. A file that cannot be read becomes a broken pack naming the file.
pub fn load_file(path: &FsPath, origin: Origin) -> LoadedPack {
    let name = path.display().to_string();
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            // A pipe or a device named `*.toml` is never opened: reading it could wait forever.
            let d = Diagnostic::whole_file(
                Severity::Error,
                "not-a-file",
                &name,
                "this is not a regular file (it is a folder, a pipe or a device), so it was not read",
            )
            .with_help("Lesson packs are ordinary text files. Remove this entry or give the pack file itself.");
            return broken(name, origin, d);
        }
        Ok(meta) if meta.len() > MAX_PACK_BYTES as u64 => {
            // Do not read a huge file into memory just to refuse it.
            let d = Diagnostic::whole_file(
                Severity::Error,
                "file-too-big",
                &name,
                format!(
                    "this file is {} KiB; a pack may be at most {} KiB",
                    meta.len() / 1024,
                    MAX_PACK_BYTES / 1024
                ),
            )
            .with_help(
                "Split the lessons into several packs, or check that this is really a lesson pack.",
            );
            return broken(name, origin, d);
        }
        _ => {}
    }
    match fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => load_text(name, origin, Text::Read(text.into())),
            Err(_) => {
                let d = Diagnostic::whole_file(
                    Severity::Error,
                    "not-utf8",
                    &name,
                    "this file is not UTF-8 text",
                )
                .with_help("Save the file as UTF-8 in your text editor.");
                broken(name, origin, d)
            }
        },
        Err(e) => {
            let d = Diagnostic::whole_file(
                Severity::Error,
                "unreadable",
                &name,
                format!("cannot read this file: {e}"),
            )
            .with_help("Check that the file exists and that you may read it.");
            broken(name, origin, d)
        }
    }
}

fn broken(name: String, origin: Origin, d: Diagnostic) -> LoadedPack {
    LoadedPack {
        name,
        origin,
        source: Text::NotKept,
        pack: None,
        diagnostics: vec![d],
    }
}

/// All `.toml` files under a folder, sorted, or the file itself. Folders are entered only when
/// they are real folders, never through a symbolic link, so a link that points back up cannot
/// make the walk go round for ever; a linked file is listed like any other.
pub fn pack_files(path: &FsPath) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    if path.is_dir() {
        collect(path, &mut files, 0)?;
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    Ok(files)
}

/// How deep folders of packs may nest.
const MAX_DEPTH: usize = 16;

/// The files next to the built-in packs that are not packs: `glossary.toml` (one word for each
/// thing) and `cast.toml` (who each recurring character is). A folder of packs skips them.
pub const REFERENCE_FILES: [&str; 2] = ["glossary.toml", "cast.toml"];

fn is_reference(path: &FsPath) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| REFERENCE_FILES.contains(&n))
}

fn collect(dir: &FsPath, files: &mut Vec<PathBuf>, depth: usize) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                collect(&path, files, depth + 1)?;
            }
        } else if path.extension().is_some_and(|e| e == "toml") && !is_reference(&path) {
            // Regular files, links and anything else named *.toml are listed; `load_file`
            // reads only what turns out to be a regular file and names the rest.
            let linked_folder = kind.is_symlink() && path.is_dir();
            if !linked_folder {
                files.push(path);
            }
        }
    }
    Ok(())
}

/// Every pack available to the tutor, the usable and the broken.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Every file checked, in load order.
    pub files: Vec<LoadedPack>,
}

impl Library {
    /// The built-in packs, one after the other: they load every time the tutor starts, often
    /// on old shared computers, and a second thread would cost more memory than it saves time.
    pub fn builtin() -> Self {
        let files = BUILTIN
            .iter()
            .map(|b| {
                load_text(
                    format!("built-in {}", b.path),
                    Origin::BuiltIn,
                    Text::Read(b.text()),
                )
            })
            .collect();
        Library { files }
    }

    /// The built-in packs, only read: every rule and play-through was checked when the binary
    /// was built (`validate --deny-warnings` in CI, and the tests that play every built-in
    /// lesson), so the tutor does not check them again each time it starts on a learner's
    /// computer. A pack that does not read is checked in full, so its problems still show.
    pub fn builtin_checked_at_build() -> Self {
        let files = BUILTIN.iter().map(read_builtin).collect();
        Library { files }
    }

    /// The packs in a folder (or one file). A folder that cannot be read becomes one broken
    /// entry naming it.
    pub fn from_path(path: &FsPath, origin: Origin) -> Self {
        let mut library = Library::default();
        library.add_path(path, origin);
        library
    }

    /// Adds the packs in a folder (or one file).
    pub fn add_path(&mut self, path: &FsPath, origin: Origin) {
        match pack_files(path) {
            Ok(files) => self
                .files
                .extend(in_parallel(&files, |f| load_file(f, origin))),
            Err(e) => {
                let name = path.display().to_string();
                let d = Diagnostic::whole_file(
                    Severity::Error,
                    "unreadable",
                    &name,
                    format!("cannot read this folder: {e}"),
                )
                .with_help("Check that the folder exists and that you may read it.");
                self.files.push(broken(name, origin, d));
            }
        }
    }

    /// The packs that can be used, in load order.
    pub fn packs(&self) -> impl Iterator<Item = &Arc<Pack>> {
        self.files.iter().filter_map(|f| f.pack.as_ref())
    }

    /// The files with errors.
    pub fn broken(&self) -> impl Iterator<Item = &LoadedPack> {
        self.files.iter().filter(|f| f.is_broken())
    }

    /// The usable pack with this id, if any (the first loaded wins).
    pub fn pack(&self, id: &str) -> Option<&Arc<Pack>> {
        self.packs().find(|p| p.id == id)
    }
}

/// Reads one built-in pack from the form prepared when the binary was built, without checking
/// it again (every rule and play-through was checked then). A pack that does not read is
/// checked in full from its TOML, so its problems still show.
pub fn read_builtin(builtin: &Builtin) -> LoadedPack {
    let name = format!("built-in {}", builtin.path);
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(
        PREPARED.get(builtin.prepared.clone()).unwrap_or_default(),
        4 * MAX_PACK_BYTES,
    )
    .unwrap_or_default();
    match serde_json::from_slice::<Pack>(&json) {
        Ok(mut pack) => LoadedPack {
            name,
            origin: Origin::BuiltIn,
            source: Text::NotKept,
            pack: Some(Arc::new({
                compact(&mut pack);
                pack
            })),
            diagnostics: Vec::new(),
        },
        Err(_) => load_text(name, Origin::BuiltIn, Text::Read(builtin.text())),
    }
}

/// Gives back the room the lists of a pack read from JSON grew into (a list read without its
/// length doubles as it grows): a step is about 900 bytes, and a session keeps a language's
/// packs for as long as it speaks it.
fn compact(pack: &mut Pack) {
    pack.lessons.shrink_to_fit();
    for lesson in &mut pack.lessons {
        lesson.steps.shrink_to_fit();
        lesson.consequences.shrink_to_fit();
        for step in &mut lesson.steps {
            step.options.shrink_to_fit();
            step.hints.shrink_to_fit();
        }
    }
    if let Some(assessment) = &mut pack.assessment {
        assessment.questions.shrink_to_fit();
    }
}

/// Checks the packs of a folder on every core the computer has (each pack is independent),
/// keeping their order: an author's folder of many packs is checked in a fraction of the time.
fn in_parallel<T: Sync>(items: &[T], load: impl Fn(&T) -> LoadedPack + Sync) -> Vec<LoadedPack> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return items.iter().map(&load).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().map(&load).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

#[cfg(test)]
mod nfc_tests {
    use super::check_source;

    #[test]
    fn text_with_combining_marks_is_read_precomposed() {
        let fixture = include_str!("../../tests/fixtures/packs/valid/all-kinds.toml");
        // "Nguyễn" with e, a circumflex and a tilde as separate combining marks.
        let decomposed = fixture.replace("Every kind, once", "Nguye\u{302}\u{303}n");
        assert_ne!(
            decomposed.as_str(),
            fixture.replace("Every kind, once", "Nguyễn")
        );
        let (pack, problems) = check_source("all-kinds.toml", &decomposed);
        let pack = pack.unwrap_or_else(|| panic!("{problems:?}"));
        assert_eq!(pack.title, "Nguyễn");
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::Library;

    /// Reading the built-in packs without checking them gives the very packs checking gives,
    /// and the checks find nothing in them (else the tutor would skip a real problem).
    #[test]
    fn the_built_in_packs_read_unchecked_are_the_checked_ones() {
        let checked = Library::builtin();
        let read = Library::builtin_checked_at_build();
        assert_eq!(checked.files.len(), read.files.len());
        for (a, b) in checked.files.iter().zip(&read.files) {
            assert!(a.diagnostics.is_empty(), "{}: {:?}", a.name, a.diagnostics);
            assert_eq!(a.pack, b.pack, "{}", a.name);
        }
    }
}
