//! A payment to confirm (kind = "payment"): who gets the money, how much in which currency, the
//! receiving account and the reference, each on its own labelled line so they can be checked one
//! by one, then the buttons.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::SimScreen;
use super::flow::{Anchor, Flow};
use super::phone::{pad, phone};
use super::words;
use super::wrap;

/// Draws a payment screen.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let inner = pad(phone(
        sim,
        s.app.as_deref().unwrap_or(t(words::PAYMENT)),
        area,
        buf,
    ));
    let labels = [
        t(words::TO),
        t(words::AMOUNT),
        t(words::ACCOUNT),
        t(words::REFERENCE),
    ];
    let label_width = labels.iter().map(|l| wrap::width(l)).max().unwrap_or(0) + 1;
    let amount = match (s.amount.as_deref(), s.currency.as_deref()) {
        (Some(amount), Some(currency)) => format!("{amount} {currency}"),
        (Some(amount), None) => amount.to_string(),
        (None, _) => String::new(),
    };
    let label = (theme.dim, theme.base);
    let strong = (theme.dim, theme.title);
    let mut flow = Flow::new(Anchor::Top);
    flow.maybe(s.title.as_deref(), theme.title)
        .gap()
        .labeled(
            t(words::TO),
            s.recipient.as_deref().unwrap_or(""),
            strong,
            label_width,
        )
        .labeled(t(words::AMOUNT), amount, strong, label_width)
        .labeled(
            t(words::ACCOUNT),
            s.account.as_deref().unwrap_or(""),
            label,
            label_width,
        )
        .labeled(
            t(words::REFERENCE),
            s.reference.as_deref().unwrap_or(""),
            label,
            label_width,
        );
    if s.text.is_some() {
        flow.gap().maybe(s.text.as_deref(), theme.base);
    }
    flow.elements(&s.elements);
    flow.render(inner, buf, sim)
}
