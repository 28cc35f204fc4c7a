//! A phone call (kind = "call"): "Incoming call" or "On a call", the caller's name and number
//! centred at the top, then what the caller says as quoted lines under "You hear:", and the
//! call's buttons.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::SimScreen;
use super::flow::{Align, Anchor, Flow, header_and_body};
use super::phone::{pad, phone};
use super::words;
use crate::pack::CallState;

/// Draws a call screen.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = pad(phone(
        sim,
        s.app.as_deref().unwrap_or(t(words::PHONE)),
        area,
        buf,
    ));
    let state = match s.call_state {
        Some(CallState::Incoming) => t(words::INCOMING),
        Some(CallState::Ongoing) => t(words::ONGOING),
        None => t(words::CALL),
    };
    let mut header = Flow::new(Anchor::Top);
    header.centered(state, theme.dim);
    if let Some(caller) = s.caller.as_deref() {
        header.centered(caller, theme.title);
    }
    if let Some(number) = s.number.as_deref() {
        header.centered(number, theme.base);
    }
    header.gap();
    let mut body = Flow::new(Anchor::Top);
    if !s.says.is_empty() {
        body.text(t(words::YOU_HEAR), theme.dim);
        for line in &s.says {
            body.text_with(format!("\"{line}\""), theme.base, Align::Left, 2);
        }
        body.gap();
    }
    body.maybe(s.text.as_deref(), theme.base)
        .elements(&s.elements);
    header_and_body(&header, &body, inner, buf, sim)
}
