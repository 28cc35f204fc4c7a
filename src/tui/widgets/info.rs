//! Plain information (kind = "info"): a title and text, with any buttons under them. With an
//! `app` it is a phone screen of that app; without one it is a story card with square corners,
//! so it does not look like a phone.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::BorderType;

use super::SimScreen;
use super::flow::{Anchor, Flow};
use super::phone::{PHONE_WIDTH, centered, pad, phone, window};

/// Draws an information screen.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = match s.app.as_deref() {
        Some(app) => phone(sim, app, area, buf),
        None => window(
            sim,
            None,
            BorderType::Plain,
            centered(area, PHONE_WIDTH),
            buf,
        ),
    };
    let mut flow = Flow::new(Anchor::Top);
    flow.maybe(s.title.as_deref(), theme.title)
        .gap()
        .maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    flow.render(pad(inner), buf, sim)
}
