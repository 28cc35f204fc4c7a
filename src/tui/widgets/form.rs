//! A form (kind = "form"): its title and text, then the labelled fields drawn as boxes holding
//! their value, and the buttons. Short of rows, each field becomes a label over a `[value]` line.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::SimScreen;
use super::flow::{Anchor, Flow};
use super::phone::{pad, phone};
use super::words;

/// Draws a form.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = pad(phone(
        sim,
        s.app.as_deref().unwrap_or(t(words::FORM)),
        area,
        buf,
    ));
    let mut flow = Flow::new(Anchor::Top);
    flow.maybe(s.title.as_deref(), theme.title)
        .maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    flow.render(inner, buf, sim)
}
