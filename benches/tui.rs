//! Drawing: one lesson-player frame at 80x24 and at 200x60 (a message step and a QR step), and
//! an author's preview from a save to the refreshed frame (the file watcher's notice, reading
//! and checking the pack, rebuilding the player on the same step, drawing).
//! Run with `cargo bench --bench tui`. Figures go in BENCHMARKS.md.

// A benchmark that cannot set up has nothing to measure: stopping at once is right.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use digitutor::pack::{Library, Origin};
use digitutor::tui::app::App;
use digitutor::tui::draw;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn main() {
    divan::main();
}

const FIXTURE: &str = include_str!("../tests/fixtures/packs/valid/all-kinds.toml");

fn preview_app(file: &Path, step: &str) -> App {
    let packs = Library::from_path(file, Origin::Folder)
        .packs()
        .cloned()
        .collect();
    let mut app = App::new(
        packs,
        Profiles::in_memory(),
        Theme::named(ThemeName::Default, Background::Dark),
        1,
        Instant::now(),
    );
    app.start_preview(file.to_path_buf(), Some("tour"), Some(step), true)
        .expect("preview");
    app
}

/// One lesson-player frame, drawn into a buffer of the given size.
#[divan::bench(args = ["code@80x24", "code@200x60", "scan@80x24", "scan@200x60"])]
fn player_frame(bencher: divan::Bencher, case: &str) {
    let (step, size) = case.split_once('@').expect("case");
    let (w, h) = size.split_once('x').expect("size");
    let (w, h): (u16, u16) = (w.parse().expect("w"), h.parse().expect("h"));
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).expect("write");
    let app = preview_app(&file, step);
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    bencher.bench_local(|| {
        buf.reset();
        draw::app(&app, area, &mut buf)
    });
}

/// From writing the pack file to the refreshed frame: the watcher's notice, the reload, the draw.
#[divan::bench(sample_count = 50, sample_size = 1)]
fn save_to_refreshed_preview(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("pack.toml");
    std::fs::write(&file, FIXTURE).expect("write");
    let mut app = preview_app(&file, "pay");
    let (tx, rx) = mpsc::channel();
    let _watch = digitutor::author::watch::start(&file, move || {
        let _ = tx.send(());
    })
    .expect("watch");
    std::thread::sleep(Duration::from_millis(50));
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = Buffer::empty(area);
    let mut n = 0u32;
    bencher.bench_local(|| {
        n += 1;
        let text = FIXTURE.replace("Check the name", &format!("Check the name ({n})"));
        std::fs::write(&file, text).expect("write");
        rx.recv_timeout(Duration::from_secs(5)).expect("notice");
        while rx.try_recv().is_ok() {}
        app.reload_preview();
        buf.reset();
        draw::app(&app, area, &mut buf);
    });
}
