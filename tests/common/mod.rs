//! What several test files share: the fixture packs, a tutor built on them, and a way to search
//! a drawn screen's text. Each test file uses some of it.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

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
