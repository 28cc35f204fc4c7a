//! What several test files share: the fixture packs, a tutor built on them, and a way to search
//! a drawn screen's text. Each test file uses some of it.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod plain;
pub mod syncthing;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use digitutor::pack::{Library, Origin, Pack};
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};

/// The usable packs of a folder or file under `tests/fixtures/packs/`.
pub fn fixture(name: &str) -> Vec<Arc<Pack>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/packs")
        .join(name);
    packs_at(&path)
}

/// The usable packs of any folder or file.
pub fn packs_at(path: &Path) -> Vec<Arc<Pack>> {
    Library::from_path(path, Origin::Folder)
        .packs()
        .cloned()
        .collect()
}

/// A tutor on these packs, at "Who is learning?".
pub fn tutor(packs: Vec<Arc<Pack>>, profiles: Profiles, theme: ThemeName, seed: u64) -> App {
    App::new(
        packs,
        profiles,
        Theme::named(theme, Background::Dark),
        seed,
        Instant::now(),
    )
}

/// Squeezes runs of spaces and line breaks, so wrapped text can be searched for.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first of these programs on the PATH.
#[allow(dead_code)]
pub fn on_path(names: &[&str]) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    names
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|file| file.is_file())
}

/// The first Chromium-like browser on the PATH.
#[allow(dead_code)]
pub fn chromium() -> Option<std::path::PathBuf> {
    on_path(&[
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ])
}

/// Prints an HTML file to PDF (beside it) with a headless Chromium, as a browser's "Print"
/// would. Returns the PDF, or what the browser said when it printed none (no sandbox or no
/// display here says nothing about the page).
#[allow(dead_code)]
pub fn print_to_pdf(browser: &Path, html: &Path) -> Result<std::path::PathBuf, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let pdf = html.with_extension("pdf");
    let status = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .map_err(|e| e.to_string())?;
    if pdf.is_file() {
        Ok(pdf)
    } else {
        Err(format!("{} printed no PDF: {status:?}", browser.display()))
    }
}

/// A program a test drives is not installed: a note on a developer's machine, but a failure
/// where the programs must be there (`bash .ci/run` installs them and says so).
#[allow(dead_code, clippy::panic)]
pub fn missing_program(what: &str) {
    if std::env::var_os("DIGITUTOR_REQUIRE_PROGRAMS").is_some() {
        panic!("{what} is needed for this test here; bash .ci/run installs it");
    }
    eprintln!("note: {what} is not installed here, so this test was not run in full");
}
