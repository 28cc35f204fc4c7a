//! A notification or pop-up (kind = "notification"): a box with a double border in the middle of
//! the phone, holding the title, the text and the buttons.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, BorderType, Widget};

use super::SimScreen;
use super::flow::{Anchor, Fit, Flow};
use super::phone::{pad, phone};
use super::words;

/// Draws a pop-up on a phone.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = phone(sim, s.app.as_deref().unwrap_or(t(words::PHONE)), area, buf);
    let mut flow = Flow::new(Anchor::Top);
    flow.maybe(s.title.as_deref(), theme.title)
        .maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    if inner.width < 14 || inner.height < 5 {
        return flow.render(pad(inner), buf, sim);
    }
    // One column of the phone shows on each side of the box.
    let popup_width = inner.width - 2;
    let content_width = pad(Rect::new(0, 0, popup_width - 2, 1)).width;
    let popup_height = flow
        .height(content_width, Fit::Roomy)
        .saturating_add(2)
        .min(inner.height);
    let popup = Rect::new(
        inner.x + 1,
        inner.y + (inner.height - popup_height) / 2,
        popup_width,
        popup_height,
    );
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.frame);
    let content = pad(block.inner(popup));
    block.render(popup, buf);
    flow.render(content, buf, sim)
}
