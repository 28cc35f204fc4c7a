//! Nothing typed into a field marked sensitive is ever written anywhere: a learner with a real
//! progress store in a temporary folder types a fake password, one-time code and card number
//! (wrong ones first, then right ones), finishes the lesson and quits; then every file in the
//! data folder is searched for them.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use digitutor::pack::{Library, Origin, Pack};
use digitutor::progress::{DataDirs, LessonStatus, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};

fn packs() -> Vec<Arc<Pack>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/packs/private");
    let library = Library::from_path(Path::new(dir), Origin::Folder);
    assert!(
        library.broken().next().is_none(),
        "the fixture pack is valid"
    );
    library.packs().cloned().collect()
}

struct Keys {
    app: App,
    now: Instant,
}

impl Keys {
    fn press(&mut self, actions: &[Action]) {
        for a in actions {
            self.now += Duration::from_secs(1);
            self.app.handle(*a, self.now);
        }
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(&[Action::Char(c)]);
        }
    }

    fn answer(&mut self, text: &str) {
        self.typed(text);
        self.press(&[Action::Select]);
    }
}

fn every_file(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            every_file(&path, out);
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
}

#[test]
fn private_answers_are_never_written_to_the_data_folder() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(data.path()));
    let now = Instant::now();
    let app = App::new(
        packs(),
        Profiles::on_disk(store.clone()),
        Theme::named(ThemeName::Default, Background::Dark),
        3,
        now,
    );
    let mut k = Keys { app, now };
    k.press(&[Action::Number(1)]); // I'm new here
    k.answer("Oyunaa");
    k.press(&[Action::Number(1), Action::Number(1)]); // the topic, the lesson
    // Wrong ones first: they are the ones most at risk of being kept as "mistakes".
    k.answer("Hunter2 Secret Word");
    k.press(&[Action::Select]); // try again
    k.answer("Blue river 42 lantern");
    k.press(&[Action::Select]); // go on
    k.answer("48213");
    k.press(&[Action::Select]);
    k.answer("731904");
    k.press(&[Action::Select]);
    k.answer("4111 2222 3333 444");
    k.press(&[Action::Select]);
    k.answer("5500 1234 5678 9012");
    k.press(&[Action::Select]);
    k.press(&[Action::Quit, Action::Quit]);
    assert!(k.app.quit, "Q twice closes");

    // The lesson really was played and saved, so the search below means something.
    let id = store.find("Oyunaa").expect("saved learner").id;
    let progress = store.load(&id).unwrap().memory;
    assert_eq!(progress.status("private", "secrets"), LessonStatus::Done);
    let lesson = progress.progress().lesson("private", "secrets").unwrap();
    assert_eq!(lesson.steps["password"].mistakes, 1);
    assert_eq!(lesson.steps["card"].mistakes, 1);

    let mut files = Vec::new();
    every_file(data.path(), &mut files);
    assert!(files.len() >= 2, "progress and its backup were written");
    let secrets = [
        "Hunter2 Secret Word",
        "Hunter2",
        "Blue river 42 lantern",
        "lantern",
        "48213",
        "731904",
        "4111 2222 3333 444",
        "4111222233334",
        "5500 1234 5678 9012",
        "5500123456789012",
        "9012",
    ];
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for secret in secrets {
            assert!(
                !text.contains(&secret.to_lowercase()),
                "{name} holds the private text {secret:?}"
            );
        }
    }
}
