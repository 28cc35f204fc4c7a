//! Embeds every `lessons/**/*.toml` pack into the binary, so `digitutor` runs from any folder.
//! Writes `$OUT_DIR/builtin_packs.rs`: a slice of (path relative to the crate, file text).

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
    let mut out = String::from("&[\n");
    for file in &files {
        let rel = file.strip_prefix(&root).map_err(io::Error::other)?;
        println!("cargo::rerun-if-changed={}", file.display());
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            rel.to_string_lossy().replace('\\', "/"),
            file.display().to_string()
        ));
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").map_err(io::Error::other)?);
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
