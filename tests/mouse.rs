//! The mouse does what the keys do: a click on a name, a topic, a lesson, an answer, an app on
//! the simulated phone or "go on" acts as Enter on it; the wheel scrolls the words or moves
//! through a list; a click on nothing does nothing. Run through the real loop too, with mouse
//! events from the terminal.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use digitutor::tui::app::{App, Learner};
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::views::View;
use digitutor::tui::{clicks, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn tutor() -> App {
    common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        7,
    )
}

/// Draws a frame as the loop does, keeping what is where.
fn frame(app: &mut App) -> Buffer {
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = Buffer::empty(area);
    draw::app(app, area, &mut buf);
    app.places = clicks::take();
    buf
}

/// Where `text` starts on screen.
fn find(buf: &Buffer, text: &str) -> (u16, u16) {
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(byte) = row.find(text) {
            let x = row[..byte].chars().count();
            return (u16::try_from(x).unwrap(), y);
        }
    }
    panic!("\"{text}\" is not on screen");
}

fn click_on(app: &mut App, text: &str) {
    let buf = frame(app);
    let (x, y) = find(&buf, text);
    app.click(x + 1, y, Instant::now());
}

fn screen(app: &mut App) -> String {
    let buf = frame(app);
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    common::flat(&out)
}

#[test]
fn clicks_open_a_lesson_answer_and_tap_the_phone() {
    let mut app = tutor();
    click_on(&mut app, "Just try");
    assert!(matches!(app.ctx.who, Learner::Guest), "a click on Just try");
    click_on(&mut app, "Every kind, once");
    click_on(&mut app, "A tour of the screens");
    assert!(
        matches!(app.view, View::Player(_)),
        "a click on the lesson opens it"
    );
    assert!(screen(&mut app).contains("Step 1 of 10"));
    click_on(&mut app, "Press Enter when you");
    assert!(screen(&mut app).contains("Step 2 of 10"), "a click goes on");
    // The home screen: a click on Photos taps Photos (a mistake, with its feedback).
    click_on(&mut app, "Photos");
    let shown = screen(&mut app);
    assert!(shown.contains("Photos shows pictures you took"), "{shown}");
    click_on(&mut app, "Camera");
    assert!(screen(&mut app).contains("[OK] Right!"));
    // A click on empty phone glass does nothing.
    let buf = frame(&mut app);
    let before = screen(&mut app);
    let _ = buf;
    app.click(20, 20, Instant::now());
    assert_eq!(screen(&mut app), before);
}

#[test]
fn a_click_on_an_answer_chooses_it() {
    let mut app = tutor();
    app.start_as_guest();
    let last = app.ctx.packs[0].lessons[0]
        .steps
        .iter()
        .find(|s| !s.options.is_empty())
        .unwrap()
        .clone();
    let view = digitutor::tui::views::PlayerView::resume(&mut app.ctx, 0, 0, &last.id, 3);
    app.view = View::Player(Box::new(view));
    let right = last.options.iter().find(|o| o.correct).unwrap();
    click_on(&mut app, &right.text);
    assert!(
        screen(&mut app).contains("[OK] Right!"),
        "{}",
        screen(&mut app)
    );
}

#[test]
fn the_wheel_moves_through_a_list_and_help_closes_on_a_click() {
    let mut app = tutor();
    frame(&mut app);
    app.wheel(false, Instant::now());
    assert!(
        screen(&mut app).contains("> 2. Just try"),
        "{}",
        screen(&mut app)
    );
    app.handle(digitutor::tui::action::Action::Help, Instant::now());
    assert!(app.help);
    frame(&mut app);
    app.click(1, 1, Instant::now());
    assert!(!app.help, "a click closes help");
}

#[test]
fn the_real_loop_turns_terminal_mouse_events_into_actions() {
    let mut app = tutor();
    let buf = frame(&mut app);
    let (x, y) = find(&buf, "Just try");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    digitutor::tui::run_script(&mut terminal, &mut app, vec![click]).unwrap();
    assert!(
        matches!(app.ctx.who, Learner::Guest),
        "the click reached the app"
    );
}
