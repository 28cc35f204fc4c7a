//! A web page (kind = "web") in a browser window: the padlock said in words with a mark
//! (`[lock] secure` or `[!] not secure`), the address on its own line, a line, then the page's
//! title, text, links, fields and buttons. A missing `secure` means no padlock.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::BorderType;

use super::SimScreen;
use super::flow::{Anchor, Flow, header_and_body};
use super::phone::{pad, window};
use super::words;

/// Draws a web page in a browser window.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let title = s.app.as_deref().unwrap_or(t(words::BROWSER));
    let inner = pad(window(sim, Some(title), BorderType::Plain, area, buf));
    let mut bar = Flow::new(Anchor::Top);
    if s.secure == Some(true) {
        bar.text(t(words::SECURE), theme.dim);
    } else {
        bar.text(t(words::NOT_SECURE), theme.warn);
    }
    bar.maybe(s.address.as_deref(), theme.title).rule();
    let mut page = Flow::new(Anchor::Top);
    page.maybe(s.title.as_deref(), theme.title)
        .gap()
        .maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    header_and_body(&bar, &page, inner, buf, sim)
}
