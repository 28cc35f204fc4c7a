//! `digitutor demo --headless`: every frame of a demonstration drawn into an in-memory terminal
//! and written out as plain text, frames separated, with the captions and every wrong answer in
//! words. For checking lessons, printing handouts, and tests. Writes nothing to disk.

use std::fmt::Write as _;
use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::App;
use super::text::{t, tf};
use super::views::View;

/// The transcript of one lesson's demonstration at this size. Each step is a heading line, the
/// frame (the instruction and the phone, nothing beside it), then the words a trainer says: the
/// right action, why, and what each wrong answer would bring. Blocks are separated by blank
/// lines, so the text reads in order, aloud or on paper.
pub fn lesson(app: &mut App, pack: usize, lesson: usize, width: u16, height: u16) -> String {
    app.start_demo(Some(pack), Some(lesson));
    if let View::Demo(demo) = &mut app.view {
        demo.paper = true;
    }
    let mut out = String::new();
    let title = app.packs()[pack].lessons[lesson].title.clone();
    let _ = writeln!(out, "# {title} ({})", app.packs()[pack].lessons[lesson].id);
    let steps = match &app.view {
        View::Demo(d) => d.plan.len(),
        _ => 0,
    };
    for _ in 0..steps {
        // The printed frame shows each step with its answer revealed.
        if let View::Demo(demo) = &app.view
            && demo.plan.get(demo.at).is_some_and(|s| s.asks)
            && !demo.revealed
        {
            app.handle(super::action::Action::Select, Instant::now());
        }
        let View::Demo(demo) = &app.view else { break };
        let Some(step) = demo.plan.get(demo.at) else {
            break;
        };
        let _ = writeln!(
            out,
            "\n## {} ({})\n",
            tf("demo.position", &[("n", &(demo.at + 1)), ("of", &steps)]),
            step.step_id
        );
        let step = step.clone();
        out.push_str(&view_frame(app, width, height));
        out.push('\n');
        let _ = writeln!(
            out,
            "{} {}",
            t("demo.right-action"),
            super::views::say_action(&step.action)
        );
        if !step.why.is_empty() {
            let _ = writeln!(out, "{} {}", t("demo.why"), step.why);
        }
        for w in &step.wrongs {
            let answer = super::views::say_wrong(&w.answer);
            let line = match &w.consequence {
                Some(c) => tf(
                    "demo.if-wrong-consequence",
                    &[("answer", &answer), ("title", c), ("feedback", &w.feedback)],
                ),
                None => tf(
                    "demo.if-wrong",
                    &[("answer", &answer), ("feedback", &w.feedback)],
                ),
            };
            let _ = writeln!(out, "{line}");
        }
        app.handle(super::action::Action::Select, Instant::now());
    }
    out
}

/// The view alone as text (no title bar, no keys), its blank rows at the end left out.
fn view_frame(app: &App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let _ = app.view.render(&app.ctx, area, &mut buf);
    let text = rows(&buf, width, height);
    format!("{}\n", text.trim_end_matches('\n'))
}

/// One frame as text: each row with its trailing spaces removed.
pub fn frame(app: &App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    super::draw::app(app, area, &mut buf);
    rows(&buf, width, height)
}

/// The rows of a drawn buffer as text, each with its trailing spaces removed.
fn rows(buf: &Buffer, width: u16, height: u16) -> String {
    let mut out = String::new();
    for y in 0..height {
        let mut row = String::new();
        let mut x = 0;
        while x < width {
            // A wide character (Hangul, CJK) covers the next cell too: it is written once.
            let symbol = buf[(x, y)].symbol();
            row.push_str(symbol);
            x += u16::try_from(unicode_width::UnicodeWidthStr::width(symbol).max(1)).unwrap_or(1);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}
