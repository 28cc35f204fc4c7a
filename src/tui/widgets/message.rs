//! A text-message or chat thread (kind = "message"): the sender's name and number at the top,
//! then the speech bubbles, oldest first. Bubbles from the other person sit on the left, the
//! learner's own on the right with "You" under them, so the side is told by place and words, not
//! only colour. Each bubble wraps and has its time under it. A long thread shows its newest
//! bubbles, like a phone does.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::SimScreen;
use super::flow::{self, Anchor, Fit, Flow, Focus, Piece, header_and_body, put};
use super::phone::{pad, phone};
use super::words;
use super::wrap::{self, wrap};
use crate::pack::{Bubble, BubbleFrom};

/// Draws a message thread.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = pad(phone(
        sim,
        s.app.as_deref().unwrap_or(t(words::MESSAGES)),
        area,
        buf,
    ));
    let mut header = Flow::new(Anchor::Top);
    match (s.sender.as_deref(), s.number.as_deref()) {
        (Some(sender), number) => {
            header.text(sender, theme.title).maybe(number, theme.dim);
        }
        (None, Some(number)) => {
            header.text(number, theme.title);
        }
        (None, None) => {}
    }
    header.maybe(s.title.as_deref(), theme.dim);
    if !header.is_empty() {
        header.rule();
    }
    let mut body = Flow::new(Anchor::Bottom);
    for (i, bubble) in s.bubbles.iter().enumerate() {
        body.push(BubblePiece {
            bubble,
            first: i == 0,
        });
    }
    body.elements(&s.elements);
    header_and_body(&header, &body, inner, buf, sim)
}

/// One speech bubble with its time (and "You" for the learner's own) under it, and an empty row
/// before it (unless it is the first) when there is room.
struct BubblePiece<'a> {
    bubble: &'a Bubble,
    first: bool,
}

impl BubblePiece<'_> {
    /// The wrapped lines, for a column this wide.
    fn lines(&self, width: u16) -> Vec<String> {
        let bubble = (width.saturating_mul(4) / 5).max(10).min(width);
        wrap(&self.bubble.text, bubble.saturating_sub(2))
    }

    fn space_before(&self, fit: Fit) -> u16 {
        u16::from(fit == Fit::Roomy && !self.first)
    }

    fn footer(&self) -> String {
        match (self.bubble.from, self.bubble.time.as_deref()) {
            (BubbleFrom::Me, Some(time)) => format!("{}, {time}", t(words::YOU)),
            (BubbleFrom::Me, None) => t(words::YOU).to_string(),
            (BubbleFrom::Them, time) => time.unwrap_or("").to_string(),
        }
    }
}

impl Piece for BubblePiece<'_> {
    fn height(&self, width: u16, fit: Fit) -> u16 {
        u16::try_from(self.lines(width).len())
            .unwrap_or(u16::MAX)
            .saturating_add(1 + self.space_before(fit))
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>, fit: Fit) -> Option<Focus> {
        let area = flow::split_rows(area, self.space_before(fit)).1;
        let lines = self.lines(area.width);
        let inside = wrap::widest(&lines);
        let bubble_width = inside.saturating_add(2).min(area.width);
        let (x, style) = match self.bubble.from {
            BubbleFrom::Them => (area.x, sim.theme.bubble_them),
            BubbleFrom::Me => (area.right() - bubble_width, sim.theme.bubble_me),
        };
        let mut y = area.y;
        for line in &lines {
            let fill = usize::from(inside.saturating_sub(wrap::width(line)));
            let padded = format!(" {line}{} ", " ".repeat(fill));
            put(buf, area, x, y, &padded, style);
            y = y.saturating_add(1);
        }
        let footer = self.footer();
        let footer_x = match self.bubble.from {
            BubbleFrom::Them => area.x.saturating_add(1),
            BubbleFrom::Me => area
                .right()
                .saturating_sub(wrap::width(&footer).saturating_add(1))
                .max(area.x),
        };
        put(buf, area, footer_x, y, &footer, sim.theme.dim);
        None
    }
}
