//! A QR code (kind = "qr"): a real, scannable code, drawn with half blocks (two modules to a
//! character cell, one above the other) inside a quiet zone of four modules, with the words
//! printed around it, where it is, and a worded mark when a sticker is stuck over another code.
//!
//! A learner may point a real phone at the window, so the code only ever holds a short practice
//! message: the pack's `payload` when `pack::qr_rules` finds nothing in it a phone could open,
//! else the tutor's own message. It must never encode the story's address (`leads_to`).
//!
//! Colours: with `theme.qr = Some((dark, light))` (black and white) every cell of the code and its
//! quiet zone sets both colours, so the code reads the same on any terminal background. In the
//! no-colour theme the code is drawn in the terminal's own colours with block characters: on a
//! dark background the blocks (in the light text colour) are the light modules, on a light
//! background they are the dark ones, so dark modules always show dark.
//!
//! A sticker is also drawn: a dashed outline around the code, when there is room for it.
//!
//! When the area is short, things give way in this order: the phone frame (and the sticker's
//! outline), then the quiet zone (down to two modules), then the place, then the printed words.
//! The sticker mark never gives way: it is what the learner must notice. If the code does not fit
//! with the words it needs, the screen says in words that the window needs to be bigger to show
//! the code, and shows the words.

use crate::tui::text::t;
use crate::tui::theme::{Background, Theme};
use std::cell::RefCell;
use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Widget};

use super::SimScreen;
use super::flow::{Anchor, Fit, Flow, put};
use super::phone::{pad, phone, phone_inner};
use super::words;
use super::wrap::{self, wrap};

/// Quiet zones to try, widest first.
const QUIET_ZONES: [u16; 3] = [4, 3, 2];
/// The narrowest text column beside the code.
const SIDE_TEXT_WIDTH: u16 = 14;
/// Columns between the code and the text beside it.
const SIDE_GAP: u16 = 2;

pub(super) use crate::qr::{Code, encode};

/// Columns and rows a code of `size` modules takes with a quiet zone.
fn cells(size: u16, quiet: u16) -> (u16, u16) {
    let modules = size.saturating_add(quiet.saturating_mul(2));
    (modules, modules.div_ceil(2))
}

thread_local! {
    /// The last payload encoded and its code: a screen is drawn again on every key press, and
    /// placing the modules and choosing the mask is the costly part.
    static LAST: RefCell<Option<(String, Option<Rc<Code>>)>> = const { RefCell::new(None) };
}

/// `encode`, remembering the last payload.
fn encoded(payload: &str) -> Option<Rc<Code>> {
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((seen, code)) = last.as_ref()
            && seen == payload
        {
            return code.clone();
        }
        let code = encode(payload).map(Rc::new);
        *last = Some((payload.to_string(), code.clone()));
        code
    })
}

/// What the drawn code holds: the pack's own practice message if a phone could open nothing in
/// it, else the tutor's.
pub(super) fn scannable(payload: Option<&str>) -> &str {
    crate::qr::scannable(payload, t(words::QR_PRACTICE))
}

/// A line of words around the code.
struct Words<'a> {
    text: &'a str,
    style: Style,
    above: bool,
}

/// How the screen is laid out.
#[derive(Debug, Clone, Copy)]
struct Plan {
    framed: bool,
    quiet: u16,
    /// How many of the words, in order of importance, are kept.
    kept: usize,
    /// Words beside the code rather than above and below it.
    beside: bool,
    /// A dashed outline around the code, to show a sticker.
    outline: bool,
}

impl Plan {
    /// Columns and rows a code of `size` modules takes, with its quiet zone and outline.
    fn cells(&self, size: u16) -> (u16, u16) {
        let (w, h) = cells(size, self.quiet);
        let o = if self.outline { 2 } else { 0 };
        (w.saturating_add(o), h.saturating_add(o))
    }
}

/// Draws a QR code screen.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let title = s.app.as_deref().unwrap_or(t(words::QR));
    let sticker = s.sticker == Some(true);
    // In order of importance.
    let mut around = Vec::new();
    if sticker {
        around.push(Words {
            text: t(words::STICKER),
            style: theme.warn,
            above: false,
        });
    }
    if let Some(printed) = s.printed.as_deref() {
        around.push(Words {
            text: printed,
            style: theme.title,
            above: true,
        });
    }
    if let Some(place) = s.place.as_deref() {
        around.push(Words {
            text: place,
            style: theme.dim,
            above: true,
        });
    }
    let Some(code) = encoded(scannable(s.payload.as_deref())) else {
        return in_words(sim, t(words::QR_TOO_LONG), &around, area, buf);
    };
    let Some(plan) = choose(code.size, &around, sticker, area) else {
        return in_words(sim, t(words::QR_NEEDS_ROOM), &around, area, buf);
    };
    let code = code.as_ref();
    let region = if plan.framed {
        phone(sim, title, area, buf)
    } else {
        area
    };
    let kept = &around[..plan.kept];
    let (code_width, code_height) = plan.cells(code.size);
    if plan.beside {
        draw_sticker(sim, code, plan, region.x, region.y, buf);
        let x = region.x + code_width + SIDE_GAP;
        let text_area = Rect::new(x, region.y, region.right() - x, region.height);
        let mut flow = Flow::new(Anchor::Top);
        for w in reading_order(kept) {
            flow.text(w.text, w.style);
        }
        extras(sim, &mut flow);
        return flow.render(text_area, buf, sim);
    }
    let text_area = pad(region);
    let mut y = region.y;
    for w in reading_order(kept).filter(|w| w.above) {
        y = centered_lines(w.text, w.style, text_area, y, buf);
    }
    let x = region.x + (region.width - code_width) / 2;
    draw_sticker(sim, code, plan, x, y, buf);
    y += code_height;
    for w in reading_order(kept).filter(|w| !w.above) {
        y = centered_lines(w.text, w.style, text_area, y, buf);
    }
    let mut flow = Flow::new(Anchor::Top);
    extras(sim, &mut flow);
    // An empty row between the code's words and the rest, when there is room for it.
    if text_area.bottom().saturating_sub(y) > flow.height(text_area.width, Fit::Roomy) {
        y += 1;
    }
    let rest = Rect::new(
        text_area.x,
        y,
        text_area.width,
        text_area.bottom().saturating_sub(y),
    );
    flow.render(rest, buf, sim)
}

/// The screen without the code: what is wrong, in words, then the words around the code.
fn in_words(
    sim: &SimScreen<'_>,
    problem: &str,
    around: &[Words<'_>],
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = sim.theme;
    let title = sim.screen.app.as_deref().unwrap_or(t(words::QR));
    let inner = pad(phone(sim, title, area, buf));
    let mut flow = Flow::new(Anchor::Top);
    flow.text(problem, theme.warn).gap();
    for w in reading_order(around) {
        flow.text(w.text, w.style);
    }
    flow.gap();
    extras(sim, &mut flow);
    flow.render(inner, buf, sim)
}

/// The first plan that fits, trying the most words, then the widest quiet zone, then a frame,
/// then the sticker's outline. With a sticker, the sticker mark (the first word) must fit.
fn choose(size: u16, around: &[Words<'_>], sticker: bool, area: Rect) -> Option<Plan> {
    let required = usize::from(sticker).min(around.len());
    let outlines: &[bool] = if sticker { &[true, false] } else { &[false] };
    for kept in (required..=around.len()).rev() {
        for quiet in QUIET_ZONES {
            for framed in [true, false] {
                for &outline in outlines {
                    for beside in [false, true] {
                        let plan = Plan {
                            framed,
                            quiet,
                            kept,
                            beside,
                            outline,
                        };
                        if fits(size, &around[..kept], area, plan) {
                            return Some(plan);
                        }
                    }
                }
            }
        }
    }
    None
}

fn fits(size: u16, kept: &[Words<'_>], area: Rect, plan: Plan) -> bool {
    let region = if plan.framed {
        match phone_inner(area) {
            Some(inner) => inner,
            None => return false,
        }
    } else {
        area
    };
    let (code_width, code_height) = plan.cells(size);
    let lines = |width: u16| {
        kept.iter()
            .map(|w| wrap::height(w.text, width))
            .fold(0u16, u16::saturating_add)
    };
    if plan.beside {
        let text_width = region
            .width
            .saturating_sub(code_width.saturating_add(SIDE_GAP));
        text_width >= SIDE_TEXT_WIDTH
            && code_height <= region.height
            && lines(text_width) <= region.height
    } else {
        code_width <= region.width
            && code_height.saturating_add(lines(pad(region).width)) <= region.height
    }
}

/// The words in the order they are read: the place, the printed words, then the sticker mark.
fn reading_order<'w, 'a>(words: &'w [Words<'a>]) -> impl Iterator<Item = &'w Words<'a>> {
    words.iter().rev()
}

/// The screen's title, text and elements, under the code or beside it.
fn extras<'a>(sim: &SimScreen<'a>, flow: &mut Flow<'a>) {
    let s = sim.screen;
    flow.maybe(s.title.as_deref(), sim.theme.title)
        .maybe(s.text.as_deref(), sim.theme.base)
        .elements(&s.elements);
}

/// Writes wrapped, centred lines from row `y`; returns the row after them.
fn centered_lines(text: &str, style: Style, area: Rect, mut y: u16, buf: &mut Buffer) -> u16 {
    for line in wrap(text, area.width) {
        let x = area.x + area.width.saturating_sub(wrap::width(&line)) / 2;
        put(buf, area, x, y, &line, style);
        y = y.saturating_add(1);
    }
    y
}

/// Draws the code at (x, y), inside a dashed outline if the plan has one.
fn draw_sticker(sim: &SimScreen<'_>, code: &Code, plan: Plan, x: u16, y: u16, buf: &mut Buffer) {
    if plan.outline {
        let (width, height) = plan.cells(code.size);
        Block::bordered()
            .border_type(BorderType::LightDoubleDashed)
            .border_style(sim.theme.warn)
            .render(Rect::new(x, y, width, height), buf);
        draw_code(code, plan.quiet, x + 1, y + 1, sim.theme, buf);
    } else {
        draw_code(code, plan.quiet, x, y, sim.theme, buf);
    }
}

/// Draws the code with its quiet zone, its top left corner at (x, y). Each cell holds two
/// modules: the upper one in the top half, the lower one in the bottom half.
fn draw_code(code: &Code, quiet: u16, x: u16, y: u16, theme: &Theme, buf: &mut Buffer) {
    let (width, height) = cells(code.size, quiet);
    // Without colours, the block characters are drawn in the text colour: light on a dark
    // background, dark on a light one.
    let ink_is_light = theme.background == Background::Dark;
    for row in 0..height {
        for col in 0..width {
            let top = code.light(quiet, col, row * 2);
            let bottom = code.light(quiet, col, row * 2 + 1);
            let Some(cell) =
                buf.cell_mut(Position::new(x.saturating_add(col), y.saturating_add(row)))
            else {
                continue;
            };
            cell.reset();
            match theme.qr {
                Some((dark, light)) => {
                    let paint = |is_light: bool| if is_light { light } else { dark };
                    if top == bottom {
                        cell.set_char(' ').set_bg(paint(top));
                    } else {
                        cell.set_char('▀').set_fg(paint(top)).set_bg(paint(bottom));
                    }
                }
                None => {
                    let (top, bottom) = (top == ink_is_light, bottom == ink_is_light);
                    cell.set_char(match (top, bottom) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    });
                }
            }
        }
    }
}
