//! `digitutor handout`: a pack's lessons on paper. The file is written in the pack's language;
//! printed by Chromium it takes one A4 page per lesson, and the QR codes on the printed pages
//! scan (read back with rqrr from the pages as `pdftoppm` draws them). Without Chromium or
//! `pdftoppm` on the computer, the printing part says so and the file checks still hold.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn handout(home: &Path, language: &str, args: &[&str]) -> (PathBuf, String) {
    let file = home.join(format!("handout-{language}.html"));
    let out = Command::cargo_bin("digitutor")
        .unwrap()
        .env("DIGITUTOR_HOME", home)
        .args(["--language", language, "handout"])
        .args(args)
        .arg("--out")
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    (file, String::from_utf8(out).unwrap())
}

/// The QR codes on a greyscale page image (a binary PGM as `pdftoppm -gray` writes it).
fn codes_on(pgm: &[u8]) -> Vec<String> {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).to_string());
    }
    assert_eq!(fields[0], "P5");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[at + 1..];
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

#[test]
fn a_handout_has_each_lesson_on_a_page_whose_codes_scan() {
    let home = tempfile::tempdir().unwrap();
    let (file, said) = handout(home.path(), "ko", &["qr-codes"]);
    assert!(said.contains("안내서(수업 5개)"), "{said}");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"ko\">"));
    assert!(
        html.contains("배울 내용:"),
        "headings in the pack's language"
    );
    assert_eq!(html.matches("<section class=\"lesson\">").count(), 5);
    let drawn = html.matches("<svg").count();
    assert!(
        drawn >= 5,
        "the QR codes of the lessons' steps are drawn: {drawn}"
    );

    // One lesson alone.
    let (one, _) = handout(home.path(), "en", &["qr-codes", "scan-not-photo"]);
    let html = std::fs::read_to_string(&one).unwrap();
    assert_eq!(html.matches("<section class=\"lesson\">").count(), 1);
    assert!(html.contains("Scan a code, do not photograph it"));

    let (Some(browser), Some(rasterizer)) = (common::chromium(), common::on_path(&["pdftoppm"]))
    else {
        common::missing_program("Chromium or pdftoppm");
        return;
    };
    let pdf = match common::print_to_pdf(&browser, &file) {
        Ok(pdf) => pdf,
        Err(why) => {
            common::missing_program(&format!("printing with Chromium ({why})"));
            return;
        }
    };
    let pages = home.path().join("page");
    let status = std::process::Command::new(&rasterizer)
        .args(["-r", "100", "-gray"])
        .arg(&pdf)
        .arg(&pages)
        .status()
        .unwrap();
    assert!(status.success());
    let mut images: Vec<PathBuf> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pgm"))
        .collect();
    images.sort();
    assert_eq!(images.len(), 5, "one A4 page per lesson");
    let read: Vec<String> = images
        .iter()
        .flat_map(|page| codes_on(&std::fs::read(page).unwrap()))
        .collect();
    eprintln!("codes read from the printed pages: {read:?}");
    assert_eq!(read.len(), drawn, "every printed code scans: {read:?}");
    assert!(read.iter().all(|text| !text.contains("://")), "{read:?}");
}
