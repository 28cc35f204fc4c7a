//! An email (kind = "email"): who it is from, with the sending address under the name, the
//! subject, a line, then the body and its links and buttons. Each label keeps only its own width,
//! so a long sending address has as much of the line as it can get.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::SimScreen;
use super::flow::{Anchor, Flow, header_and_body};
use super::phone::{pad, phone};
use super::words;
use super::wrap;

/// Draws an email.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = pad(phone(
        sim,
        s.app.as_deref().unwrap_or(t(words::EMAIL)),
        area,
        buf,
    ));
    let from = match (s.sender.as_deref(), s.sender_address.as_deref()) {
        (Some(name), Some(address)) => format!("{name}\n<{address}>"),
        (Some(name), None) => name.to_string(),
        (None, Some(address)) => format!("<{address}>"),
        (None, None) => String::new(),
    };
    let mut header = Flow::new(Anchor::Top);
    header
        .labeled(
            t(words::FROM),
            from,
            (theme.dim, theme.base),
            wrap::width(t(words::FROM)) + 1,
        )
        .labeled(
            t(words::SUBJECT),
            s.subject.as_deref().unwrap_or(""),
            (theme.dim, theme.title),
            wrap::width(t(words::SUBJECT)) + 1,
        );
    if !header.is_empty() {
        header.rule();
    }
    let mut body = Flow::new(Anchor::Top);
    body.maybe(s.title.as_deref(), theme.title)
        .maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    header_and_body(&header, &body, inner, buf, sim)
}
