//! Embeds every `lessons/**/*.toml` pack and the tutor's catalogs into the binary, so
//! `digitutor` runs from any folder. Writes to `$OUT_DIR`:
//! - `builtin_packs.rs`: for each pack, its path relative to the crate, its id and language (so
//!   the tutor can choose packs without reading them), and where its two forms lie;
//! - `builtin_prepared.bin`: every pack already turned into JSON and deflated, which the tutor
//!   reads as it inflates it, in a fraction of the time TOML takes;
//! - `builtin_texts.bin`: every pack's TOML text, deflated, needed only to check a pack or show
//!   where a problem is, and kept apart so a session never touches its pages;
//! - `<language>.ftl.deflate`: each language's catalog of the tutor's own words.
//!
//! A pack that is not valid TOML gets an empty id, language and prepared form, so the tutor
//! checks its TOML in full and shows its problems.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

fn main() -> io::Result<()> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?);
    let lessons = root.join("lessons");
    println!("cargo::rerun-if-changed=lessons");
    let mut files = Vec::new();
    collect(&lessons, &mut files)?;
    files.sort();
    let dest = PathBuf::from(std::env::var("OUT_DIR").map_err(io::Error::other)?);
    // Every pack's prepared form, one after the other in one file (so reading one language's
    // packs touches one stretch of the program, not pages spread among the TOML texts).
    let mut prepared_all: Vec<u8> = Vec::new();
    let mut texts_all: Vec<u8> = Vec::new();
    let mut out = String::from("&[\n");
    for file in &files {
        let rel = file.strip_prefix(&root).map_err(io::Error::other)?;
        println!("cargo::rerun-if-changed={}", file.display());
        let text = fs::read_to_string(file)?;
        let value = toml::from_str::<serde_json::Value>(&text).ok();
        let field = |key: &str| {
            value
                .as_ref()
                .and_then(|v| v.get(key))
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let json = value
            .as_ref()
            .and_then(|v| serde_json::to_string(v).ok())
            .unwrap_or_default();
        let start = prepared_all.len();
        if !json.is_empty() {
            prepared_all.extend(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9));
        }
        let end = prepared_all.len();
        // The text itself is needed only to check a pack (`validate`) or to show where a
        // problem is: it is kept deflated, all the texts together in one file apart from the
        // prepared forms, so a session that reads packs never touches the pages of any TOML.
        let text_start = texts_all.len();
        texts_all.extend(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9));
        let text_end = texts_all.len();
        out.push_str(&format!(
            "    Builtin {{ path: {:?}, id: {:?}, language: {:?}, toml: {text_start}..{text_end}, prepared: {start}..{end} }},\n",
            rel.to_string_lossy().replace('\\', "/"),
            field("id"),
            field("language"),
        ));
    }
    out.push_str("]\n");
    fs::write(dest.join("builtin_prepared.bin"), prepared_all)?;
    // The tutor's own words, one catalog per language, deflated: a session inflates only the
    // language it speaks, and the others' pages are never touched.
    for language in ["en", "vi", "mn", "ko"] {
        let catalog = root.join("locales").join(language).join("tutor.ftl");
        println!("cargo::rerun-if-changed={}", catalog.display());
        fs::write(
            dest.join(format!("{language}.ftl.deflate")),
            miniz_oxide::deflate::compress_to_vec(&fs::read(&catalog)?, 9),
        )?;
    }
    fs::write(dest.join("builtin_texts.bin"), texts_all)?;
    fs::write(dest.join("builtin_packs.rs"), out)
}

/// `lessons/glossary.toml` and `lessons/cast.toml` keep the packs' words and characters the same;
/// they are not packs (the same names are skipped in `pack::load`).
fn is_reference(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == "glossary.toml" || n == "cast.toml")
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            println!("cargo::rerun-if-changed={}", path.display());
            collect(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "toml") && !is_reference(&path) {
            files.push(path);
        }
    }
    Ok(())
}
