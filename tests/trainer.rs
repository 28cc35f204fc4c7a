//! The trainer's corner in the TUI: locked until a trainer sets the PIN with the command (never
//! chosen inside the tutor) and while the settings file cannot be read, which is then never
//! written; wrong PINs refused and slowed down, the PIN changed with plain reasons, then the
//! class at a glance, renaming a learner, the centre's name, the
//! timeout, the theme, and showing a lesson to the room with Esc coming back to the menu.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use digitutor::config::{Config, SettingsChange, hash_pin};
use digitutor::engine::{LessonResult, StepRecord};
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};
use digitutor::tui::transcript;

struct Room {
    app: App,
    now: Instant,
    config: std::path::PathBuf,
    store: Store,
    _data: tempfile::TempDir,
}

impl Room {
    /// A computer whose trainer set the PIN 2468 with `digitutor trainer set-pin`.
    fn new() -> Self {
        Room::with_settings(|config| {
            Config::change(config, &SettingsChange::PinHash(hash_pin("2468").unwrap())).unwrap();
        })
    }

    /// A computer whose settings file is made by `prepare` (or not made at all).
    fn with_settings(prepare: impl FnOnce(&std::path::Path)) -> Self {
        let data = tempfile::tempdir().unwrap();
        let store = Store::new(DataDirs::at(data.path()));
        let packs = common::fixture("valid");
        let config = data.path().join("config.toml");
        prepare(&config);
        let now = Instant::now();
        let app = App::new(
            packs,
            Profiles::on_disk(store.clone()),
            Theme::named(ThemeName::Default, Background::Dark),
            2,
            now,
        )
        .with_settings_file(config.clone());
        Room {
            app,
            now,
            config,
            store,
            _data: data,
        }
    }

    fn press(&mut self, actions: &[Action]) -> &mut Self {
        for a in actions {
            self.now += Duration::from_secs(1);
            self.app.handle(*a, self.now);
        }
        self
    }

    fn typed(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.press(&[Action::Char(c)]);
        }
        self
    }

    fn screen(&self) -> String {
        transcript::frame(&self.app, 100, 30)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The trainer entry is the last one on "Who is learning?".
    fn open_trainer(&mut self) -> &mut Self {
        let n = self.store.list().len() as u8 + 3;
        self.press(&[Action::Number(n)])
    }
}

#[test]
fn without_a_pin_the_corner_is_locked_and_names_the_command_that_sets_one() {
    let mut r = Room::with_settings(|_| {});
    let who = r.screen();
    assert!(who.contains("For trainers (PIN needed)"), "{who}");
    r.open_trainer();
    let t = r.screen();
    assert!(t.contains("no trainer PIN is set yet"), "{t}");
    assert!(t.contains("digitutor trainer set-pin"), "{t}");
    // A curious learner typing a PIN and Enter gets nowhere, and nothing is written.
    r.typed("1234").press(&[Action::Select]);
    r.typed("1234").press(&[Action::Select]);
    assert!(!r.screen().contains("The class at a glance"));
    assert!(!r.config.exists(), "no settings file was made");
    r.press(&[Action::Back]);
    assert!(r.screen().contains("Who is learning today?"));
}

#[test]
fn a_settings_file_that_cannot_be_read_locks_the_corner_and_is_never_written() {
    for broken in [
        "centre_name = \"Hue\"\nidle_minutes = \"ten\"\n",
        "format_version = 9\n[trainer]\npin_hash = \"\"\n",
        "theme = \"default\"\ntheme = \"twice\"\n",
    ] {
        let mut r = Room::with_settings(|config| std::fs::write(config, broken).unwrap());
        r.open_trainer();
        let t = r.screen();
        assert!(t.contains("settings cannot be read"), "{t}");
        assert!(t.contains("config.toml, line"), "{t}");
        assert!(t.contains("Fix it in a text editor"), "{t}");
        r.typed("2468").press(&[Action::Select]);
        assert!(!r.screen().contains("The class at a glance"));
        r.press(&[Action::Back]);
        assert!(r.screen().contains("Who is learning today?"));
        assert_eq!(std::fs::read_to_string(&r.config).unwrap(), broken);
    }
}

#[test]
fn the_pin_is_asked_for_wrong_ones_are_slowed_down_and_counted_on_disk() {
    let mut r = Room::new();
    r.open_trainer();
    assert!(r.screen().contains("Type the trainer PIN"));
    r.typed("1111").press(&[Action::Select]);
    let t = r.screen();
    assert!(t.contains("That PIN is not right"), "{t}");
    assert!(!t.contains("The class at a glance"), "{t}");
    r.typed("2222").press(&[Action::Select]);
    r.typed("3333").press(&[Action::Select]);
    assert!(r.screen().contains("Please wait 30 seconds"));
    r.typed("2468").press(&[Action::Select]);
    assert!(
        r.screen().contains("Please wait"),
        "even the right PIN waits its turn"
    );
    // The wrong tries were saved: a restart does not reset them.
    let saved = Config::load(&r.config).unwrap();
    assert_eq!(saved.trainer.wrong_tries, 3);
    // A learner at the PIN screen can always go back.
    r.press(&[Action::Back]);
    assert!(r.screen().contains("Who is learning today?"));
}

#[test]
fn changing_the_pin_says_what_is_wrong_and_keeps_what_was_typed() {
    let mut r = Room::new();
    r.open_trainer();
    r.typed("2468").press(&[Action::Select]);
    assert!(r.screen().contains("The class at a glance"));
    r.press(&[Action::Number(9)]);
    assert!(r.screen().contains("Choose a new trainer PIN"));
    r.typed("12").press(&[Action::Select]);
    assert!(r.screen().contains("That PIN is too short"));
    r.typed("34").press(&[Action::Select]); // "1234" now: the field kept "12"
    assert!(r.screen().contains("Type the same PIN again"));
    let shown = r.screen();
    assert!(!shown.contains("1234"), "the PIN is never shown: {shown}");
    r.typed("4321").press(&[Action::Select]);
    assert!(r.screen().contains("The two PINs were not the same"));
    r.typed("1234567890123").press(&[Action::Select]);
    assert!(r.screen().contains("That PIN is too long"));
    for _ in 0..13 {
        r.press(&[Action::Backspace]);
    }
    r.typed("1357").press(&[Action::Select]);
    r.typed("1357").press(&[Action::Select]);
    assert!(r.screen().contains("The trainer PIN is set."));
    let config = std::fs::read_to_string(&r.config).unwrap();
    assert!(
        config.contains("$argon2id$") && !config.contains("1357"),
        "{config}"
    );
    r.press(&[Action::Back]);
    r.open_trainer();
    r.typed("1357").press(&[Action::Select]);
    assert!(r.screen().contains("The class at a glance"));
}

fn trainer_with_a_learner() -> Room {
    let mut r = Room::new();
    let lan = r.store.create("Lan", 1).unwrap();
    let mut m = r.store.load(&lan.profile.id).unwrap().memory;
    m.finished(
        "all-kinds",
        &LessonResult {
            lesson: "tour".into(),
            steps: vec![StepRecord {
                step: "welcome".into(),
                attempts: 1,
                done: true,
                ..StepRecord::default()
            }],
        },
        1_790_000_000,
    );
    r.store.save(&mut m).unwrap();
    r.app.sign_out(); // reads the list again
    r.open_trainer();
    r.typed("2468").press(&[Action::Select]);
    r
}

#[test]
fn the_class_at_a_glance_lists_each_learner() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(1)]);
    let t = r.screen();
    assert!(t.contains("Lan"), "{t}");
    // The last day is written in words, as people write dates ("21 September 2026").
    assert!(t.contains("1 of 1 lesson done. Last here: "), "{t}");
    let last = t.split("Last here: ").nth(1).unwrap_or_default();
    let day: Vec<&str> = last.split_whitespace().take(3).collect();
    assert!(
        day.len() == 3 && day[0].parse::<u8>().is_ok() && day[2].starts_with("20"),
        "{t}"
    );
    assert!(!last.starts_with("20"), "not 2026-09-21: {t}");
    assert!(t.contains("No test passed yet."), "{t}");
    r.press(&[Action::Back]);
    assert!(r.screen().contains("Show a lesson to the room"));
}

#[test]
fn a_trainer_renames_and_resets_a_learner_without_losing_anything() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(3), Action::Number(1), Action::Number(1)]);
    for _ in 0..3 {
        r.press(&[Action::Backspace]);
    }
    r.typed("Nguyen Thi Lan").press(&[Action::Select]);
    assert!(r.screen().contains("Lan is now called Nguyen Thi Lan."));
    assert!(r.store.find("Nguyen Thi Lan").is_some());
    r.press(&[Action::Number(1), Action::Number(2)]);
    assert!(
        r.screen()
            .contains("Start the progress of Nguyen Thi Lan again?")
    );
    r.press(&[Action::Number(2)]);
    assert!(r.screen().contains("The old progress is kept."));
    let id = r.store.find("Nguyen Thi Lan").unwrap().id;
    let fresh = r.store.load(&id).unwrap().memory;
    assert!(fresh.progress().lessons.is_empty());
    let kept = std::fs::read_dir(r.store.dirs().profile(&id))
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains(".reset-"));
    assert!(kept, "the old progress is kept beside the new");
}

#[test]
fn settings_are_saved_for_this_computer() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(4)]);
    r.typed("Hue Community Centre").press(&[Action::Select]);
    r.press(&[Action::Number(5), Action::Number(5)]); // 30 minutes
    r.press(&[Action::Number(6), Action::Number(2)]); // high contrast
    assert!(r.screen().contains("Colours: High contrast"));
    let saved = Config::load(&r.config).unwrap();
    assert_eq!(saved.centre_name, "Hue Community Centre");
    assert_eq!(saved.idle_minutes, 30);
    assert_eq!(saved.theme, "high-contrast");
    assert_eq!(r.app.ctx.idle_timeout, Duration::from_secs(1800));
    assert_eq!(r.app.ctx.theme.name, ThemeName::HighContrast);
}

#[test]
fn showing_a_lesson_comes_back_to_the_trainer_menu() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(2)]);
    assert!(r.screen().contains("Choose a lesson to show"));
    r.press(&[Action::Number(1), Action::Number(1)]);
    assert!(r.screen().contains("Showing: A tour of the screens"));
    r.press(&[Action::Back, Action::Back, Action::Back]);
    let t = r.screen();
    assert!(t.contains("Show a lesson to the room"), "{t}");
}

#[test]
fn a_learner_who_passes_sees_the_certificate_and_a_guest_is_told_it_is_not_kept() {
    use digitutor::tui::views::View;
    for guest in [false, true] {
        let mut r = Room::new();
        r.app.ctx.config.centre_name = "Busan Seniors' Centre".into();
        if guest {
            r.app.start_as_guest();
        } else {
            r.store.create("Park Min-su", 1).unwrap();
            r.app.sign_out();
            r.press(&[Action::Number(3)]);
        }
        r.press(&[Action::Number(1), Action::Number(2)]); // the topic, its test
        while let View::Quiz(q) = &r.app.view {
            let question = q.quiz.question().unwrap();
            let right = question.options.iter().find(|o| o.correct).unwrap();
            let n = q
                .quiz
                .shown_options()
                .iter()
                .position(|o| o.id == right.id)
                .unwrap();
            r.press(&[Action::Number(n as u8 + 1)]);
        }
        let t = r.screen();
        assert!(t.contains("[OK] Certificate"), "{t}");
        if guest {
            assert!(t.contains("this is not kept"), "{t}");
        } else {
            assert!(
                t.contains("Park Min-su has passed the Every kind, once test with 100% on"),
                "{t}"
            );
            assert!(t.contains("Busan Seniors' Centre"), "{t}");
            // Said in words, with no command for the learner to read, and a date as people
            // write it ("28 November 2026").
            assert!(
                t.contains("Ask your trainer to print your certificate"),
                "{t}"
            );
            assert!(!t.contains("--topic"), "{t}");
            let months = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            assert!(months.iter().any(|m| t.contains(m)), "{t}");
            // After a pass, the way back to the lessons is ready, not another attempt.
            assert!(t.contains("> 2. Back to the lessons"), "{t}");
        }
    }
}

#[test]
fn a_setting_is_said_to_be_changed_only_when_it_was() {
    let mut r = trainer_with_a_learner();
    // Another tutor (or a hand edit) leaves the file unreadable while the trainer is in.
    let broken = "centre_name = \"Hue\"\nidle_minutes = [\n";
    std::fs::write(&r.config, broken).unwrap();
    r.press(&[Action::Number(4)]);
    r.typed("Busan Centre").press(&[Action::Select]);
    let t = r.screen();
    assert!(t.contains("The setting was not changed"), "{t}");
    assert!(t.contains("config.toml, line 2"), "{t}");
    assert!(!t.contains("The centre's name is now"), "{t}");
    r.press(&[Action::Number(6), Action::Number(2)]); // high contrast
    assert_eq!(r.app.ctx.theme.name, ThemeName::Default, "nothing changed");
    assert_eq!(std::fs::read_to_string(&r.config).unwrap(), broken);
}

#[test]
fn in_kiosk_mode_a_learners_q_goes_back_to_the_names_and_only_a_trainer_closes() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(10)]);
    assert!(r.screen().contains("Who may close digitutor"));
    r.press(&[Action::Number(2)]);
    assert!(r.screen().contains("Learners' Q now goes back"));
    assert!(Config::load(&r.config).unwrap().kiosk);
    r.press(&[Action::Back]); // leave the corner
    // Lan signs in, opens a topic, and presses Q (or Ctrl+C).
    r.press(&[Action::Number(1), Action::Number(1)]);
    r.press(&[Action::Quit]);
    assert!(!r.app.quit && r.app.closing.is_none());
    let t = r.screen();
    assert!(t.contains("Who is learning today?"), "{t}");
    assert!(t.contains("A trainer closes digitutor"), "{t}");
    r.press(&[Action::Quit, Action::Quit]);
    assert!(!r.app.quit, "not even twice");
    // The trainer closes it from the corner.
    r.open_trainer();
    r.typed("2468").press(&[Action::Select]);
    r.press(&[Action::Number(11)]);
    assert!(r.app.quit);
}

#[test]
fn a_trainer_sets_the_language_this_computer_starts_in() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(7)]);
    let t = r.screen();
    assert!(t.contains("Language of this computer"), "{t}");
    for name in ["Tiếng Việt", "Монгол", "English"] {
        assert!(t.contains(name), "{t}");
    }
    r.press(&[Action::Number(1)]);
    assert_eq!(Config::load(&r.config).unwrap().language, "vi");
    assert!(
        r.screen()
            .contains("Từ giờ máy này bắt đầu bằng Tiếng Việt."),
        "{}",
        r.screen()
    );
}

#[test]
fn a_trainer_chooses_how_fast_steps_are_read_aloud() {
    let mut r = trainer_with_a_learner();
    r.press(&[Action::Number(8)]);
    let t = r.screen();
    assert!(t.contains("How fast steps are read aloud"), "{t}");
    assert!(t.contains("Calm (as it starts)"), "{t}");
    r.press(&[Action::Number(1)]);
    assert!(
        r.screen()
            .contains("Steps are now read aloud at this pace: Slow.")
    );
    assert_eq!(Config::load(&r.config).unwrap().speech_rate, 110);
}
