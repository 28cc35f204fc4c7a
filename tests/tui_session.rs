//! Scripted sessions of the learner's TUI on ratatui's `TestBackend`: keys go in as actions,
//! frames come out as text we can read. No real terminal, no real data folder.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use digitutor::pack::{Library, Origin, Pack};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::draw;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::{Background, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::Color;

fn fixture_packs() -> Vec<Arc<Pack>> {
    common::fixture("valid")
}

struct Session {
    app: App,
    now: Instant,
    width: u16,
    height: u16,
}

impl Session {
    fn new(theme: ThemeName) -> Self {
        Session::on(theme, Background::Dark)
    }

    fn on(theme: ThemeName, background: Background) -> Self {
        let now = Instant::now();
        let app = App::new(
            fixture_packs(),
            Profiles::in_memory(),
            Theme::named(theme, background),
            11,
            now,
        );
        Session {
            app,
            now,
            width: 80,
            height: 24,
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
        let actions: Vec<Action> = text.chars().map(Action::Char).collect();
        self.press(&actions)
    }

    fn frame(&self) -> (Buffer, Option<Position>) {
        let mut terminal =
            Terminal::new(TestBackend::new(self.width, self.height)).expect("test terminal");
        let mut cursor = None;
        terminal
            .draw(|f| {
                let area = f.area();
                cursor = draw::app(&self.app, area, f.buffer_mut());
            })
            .expect("draw");
        (terminal.backend().buffer().clone(), cursor)
    }

    fn text(&self) -> String {
        let (buf, _) = self.frame();
        buffer_text(&buf)
    }
}

fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

use common::flat;

#[test]
fn a_new_learner_types_a_name_and_reaches_the_topics() {
    let mut s = Session::new(ThemeName::Default);
    let first = s.text();
    assert!(first.contains("Who is learning today?"));
    assert!(first.contains("I'm new here"));
    assert!(first.contains("Just try (nothing is saved)"));
    assert!(
        first.contains("Enter: open"),
        "keys are named in words:\n{first}"
    );
    s.press(&[Action::Number(1)]);
    assert!(s.text().contains("What is your name?"));
    s.press(&[Action::Select]);
    assert!(s.text().contains("Please type a name first."));
    s.typed("Lan").press(&[Action::Select]);
    let home = s.text();
    assert!(home.contains("Learning: Lan"), "{home}");
    assert!(home.contains("Every kind, once"));
    assert!(home.contains("0 of 1 lesson done"), "{home}");
    // Lan is now in the list for next time.
    s.press(&[Action::Back]);
    assert!(s.text().contains("3. Lan"));
}

#[test]
fn playing_a_lesson_through_shows_feedback_hints_consequences_and_the_step_card() {
    let mut s = Session::new(ThemeName::Default);
    s.app.start_as_guest();
    s.press(&[Action::Number(1)]); // the topic
    assert!(s.text().contains("[new]"));
    s.press(&[Action::Number(1)]); // the lesson
    let t = s.text();
    assert!(t.contains("Step 1 of 10"), "{t}");
    assert!(t.contains("Read this, then press Enter."));
    s.press(&[Action::Select]); // continue
    // Tap step: a wrong element first.
    assert!(s.text().contains("Open the camera."));
    // Nothing has the focus yet: Enter alone taps nothing and says what to do.
    s.press(&[Action::Select]);
    let t = flat(&s.text());
    assert!(t.contains("First move to a button"), "{t}");
    assert!(
        !t.contains("Not quite"),
        "a stray Enter is not a mistake: {t}"
    );
    s.press(&[Action::Right, Action::Right, Action::Select]); // Camera, then Photos
    let t = flat(&s.text());
    assert!(t.contains("[!] Not quite."), "{t}");
    assert!(t.contains("Photos shows pictures you took"), "{t}");
    s.press(&[Action::Hint]);
    assert!(flat(&s.text()).contains("Hint 1 of 1:"));
    s.press(&[Action::Left, Action::Select]); // Camera
    let t = flat(&s.text());
    assert!(t.contains("[OK] Right!"), "{t}");
    assert!(t.contains("The camera app can scan codes."));
    s.press(&[Action::Select]);
    // Scan step: a photo is not a scan.
    s.press(&[Action::Photo]);
    assert!(flat(&s.text()).contains("You took a photo."));
    s.press(&[Action::Scan]);
    let t = flat(&s.text());
    assert!(
        t.contains("The phone shows where the code leads: menu.lotus-cafe.example/table/4"),
        "{t}"
    );
    s.press(&[Action::Select]);
    // Choose step with shuffle = false: 1 is Yes.
    s.press(&[Action::Number(2)]);
    assert!(flat(&s.text()).contains("Look again"));
    s.press(&[Action::Number(1), Action::Select]);
    // Sensitive code: typed digits are hidden.
    s.typed("7351");
    let t = s.text();
    assert!(!t.contains("7351"), "a sensitive field shows dots:\n{t}");
    assert!(t.contains("••••"));
    s.press(&[Action::Select]);
    assert!(flat(&s.text()).contains("The code has 6 digits."));
    s.typed("482913").press(&[Action::Select, Action::Select]);
    // Town.
    s.typed("hue").press(&[Action::Select, Action::Select]);
    // Payment: the unsafe option plays its consequence.
    let payment_options = s.app_shown_options();
    let other = payment_options
        .iter()
        .position(|o| o == "other")
        .expect("option") as u8
        + 1;
    s.press(&[Action::Number(other)]);
    let t = flat(&s.text());
    assert!(t.contains("This is what would happen"), "{t}");
    assert!(t.contains("This was only practice."), "{t}");
    s.press(&[Action::Select]);
    assert!(flat(&s.text()).contains("Always pay the name you expect"));
    let confirm = s
        .app_shown_options()
        .iter()
        .position(|o| o == "confirm")
        .expect("option") as u8
        + 1;
    s.press(&[Action::Number(confirm), Action::Select]);
    let hang = s
        .app_shown_options()
        .iter()
        .position(|o| o == "hang-up")
        .expect("option") as u8
        + 1;
    s.press(&[Action::Number(hang), Action::Select]);
    s.press(&[Action::Select, Action::Select]); // email, notification
    let t = flat(&s.text());
    assert!(
        t.contains("Well done! You finished \"A tour of the screens\"."),
        "{t}"
    );
    assert!(t.contains("Your step card"));
    assert!(t.contains("1. Read the screen."));
    assert!(t.contains("You are just trying, so nothing was saved."));
    s.press(&[Action::Back]);
    assert!(s.text().contains("[done]"));
}

impl Session {
    fn app_shown_options(&self) -> Vec<String> {
        match &self.app.view {
            digitutor::tui::views::View::Player(p) => p
                .player
                .shown_options()
                .iter()
                .map(|o| o.id.clone())
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[test]
fn esc_goes_back_one_level_and_home_offers_to_continue() {
    let mut s = Session::new(ThemeName::Default);
    s.app.start_as_guest();
    s.press(&[Action::Select, Action::Select, Action::Select]); // topic, lesson, past step 1
    assert!(s.text().contains("Step 2 of 10"));
    s.press(&[Action::Back]);
    assert!(s.text().contains("[started]"));
    s.press(&[Action::Back]);
    let home = flat(&s.text());
    assert!(
        home.contains("Continue where you stopped: A tour of the screens"),
        "{home}"
    );
    s.press(&[Action::Number(1)]);
    assert!(s.text().contains("Step 2 of 10"));
    s.press(&[Action::Back, Action::Back, Action::Back]);
    assert!(s.text().contains("Who is learning today?"));
}

#[test]
fn help_names_the_keys_and_closes_with_esc() {
    let mut s = Session::new(ThemeName::Default);
    s.press(&[Action::Help]);
    let t = s.text();
    assert!(t.contains("Nothing here can break."), "{t}");
    assert!(flat(&t).contains("Esc always goes back."), "{t}");
    s.press(&[Action::Back]);
    assert!(!flat(&s.text()).contains("Esc always goes back."));
}

#[test]
fn a_too_small_window_asks_politely_and_recovers() {
    let mut s = Session::new(ThemeName::Default);
    s.width = 60;
    s.height = 20;
    assert!(flat(&s.text()).contains("Please make this window bigger."));
    s.width = 80;
    s.height = 24;
    assert!(s.text().contains("Who is learning today?"));
}

#[test]
fn no_size_panics_on_any_screen() {
    let mut s = Session::new(ThemeName::Default);
    s.app.start_as_guest();
    s.press(&[Action::Select, Action::Select]);
    for (w, h) in [
        (0, 0),
        (1, 1),
        (10, 3),
        (79, 23),
        (80, 24),
        (81, 25),
        (120, 40),
        (200, 60),
    ] {
        s.width = w;
        s.height = h;
        let _ = s.frame();
    }
}

#[test]
fn the_cursor_sits_on_the_selected_entry() {
    let mut s = Session::new(ThemeName::Default);
    s.press(&[Action::Down]);
    let (buf, cursor) = s.frame();
    let cursor = cursor.expect("a cursor position");
    let row: String = (0..buf.area.width)
        .map(|x| buf[(x, cursor.y)].symbol().to_string())
        .collect();
    assert!(row.contains("Just try"), "cursor row: {row}");
}

#[test]
fn after_ten_idle_minutes_progress_is_saved_and_who_is_learning_returns() {
    let mut s = Session::new(ThemeName::Default);
    s.press(&[Action::Number(1)])
        .typed("Minh")
        .press(&[Action::Select]);
    s.press(&[Action::Select, Action::Select, Action::Select]);
    assert!(!s.app.tick(s.now + Duration::from_secs(599)));
    assert!(s.app.tick(s.now + Duration::from_secs(600)));
    let t = flat(&s.text());
    assert!(t.contains("Who is learning today?"));
    assert!(t.contains("You were away for a while"), "{t}");
    // Minh's place was kept.
    s.press(&[Action::Number(3)]);
    assert!(flat(&s.text()).contains("Continue where you stopped"));
}

#[test]
fn no_color_theme_draws_without_any_colour() {
    let mut s = Session::new(ThemeName::NoColor);
    s.app.start_as_guest();
    s.press(&[
        Action::Select,
        Action::Select,
        Action::Select,
        Action::Right,
        Action::Right,
        Action::Select,
    ]);
    let (buf, _) = s.frame();
    for cell in buf.content() {
        assert!(
            matches!(cell.fg, Color::Reset),
            "fg colour {:?} at {:?}",
            cell.fg,
            cell.symbol()
        );
        assert!(matches!(cell.bg, Color::Reset), "bg colour {:?}", cell.bg);
    }
    // Right and wrong are said in words and marks, not colour.
    assert!(flat(&buffer_text(&buf)).contains("[!] Not quite."));
}

#[test]
fn high_contrast_theme_is_white_on_black_or_black_on_white() {
    let white = Color::Rgb(255, 255, 255);
    let black = Color::Rgb(0, 0, 0);
    for (background, colours) in [
        (Background::Dark, (white, black)),
        (Background::Light, (black, white)),
    ] {
        let s = Session::on(ThemeName::HighContrast, background);
        let (buf, _) = s.frame();
        let cell = &buf[(40, 12)];
        assert_eq!((cell.fg, cell.bg), colours, "{background:?}");
    }
}

#[test]
fn a_broken_pack_is_listed_under_problems_and_the_others_still_work() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/packs/user");
    let library = Library::from_path(std::path::Path::new(dir), Origin::User);
    let problems: Vec<_> = library
        .broken()
        .map(digitutor::tui::views::ProblemFile::from_loaded)
        .collect();
    assert_eq!(problems.len(), 1);
    let packs: Vec<_> = library.packs().cloned().collect();
    let now = Instant::now();
    let mut s = Session {
        app: App::new(
            packs,
            Profiles::in_memory(),
            Theme::named(ThemeName::Default, Background::Dark),
            5,
            now,
        )
        .with_problems(problems),
        now,
        width: 80,
        height: 24,
    };
    s.app.start_as_guest();
    let home = flat(&s.text());
    assert!(home.contains("1. Our centre's extra practice"), "{home}");
    assert!(home.contains("2. Problems with lesson files (1)"), "{home}");
    s.press(&[Action::Number(2)]);
    let t = flat(&s.text());
    assert!(t.contains("broken.toml"), "{t}");
    assert!(t.contains("6:1:"), "the line and column of the typo: {t}");
    assert!(t.contains("titel"), "{t}");
    assert!(t.contains("The other lessons work as usual"), "{t}");
    s.press(&[Action::Back]);
    assert!(flat(&s.text()).contains("Our centre's extra practice"));
}
