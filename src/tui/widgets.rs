//! Drawing the simulated screens: a phone (or a browser window for web pages) holding one of the
//! ten screen kinds of the pack format. Drawing only reads the screen; it returns where the focused
//! element was drawn so the caller can put the terminal cursor there (screen readers follow it).
//!
//! The files in `widgets/`: one per screen kind (`message`, `email`, `call`, `browser` for web
//! pages, `form`, `home`, `qr`, `payment`, `notification`, `info`), the frames they sit in
//! (`phone`), the tappable elements (`elements`), the scrolling column every kind is built from
//! (`flow`), word wrapping (`wrap`) and the few words the screens add (`words`).
//!
//! Every kind draws at any size without panicking: what does not fit is clipped, and the focused
//! element is scrolled into view. The focused element always has a `>` mark as well as the focus
//! style, because colour never carries meaning alone.

mod browser;
mod call;
mod elements;
mod email;
mod flow;
mod form;
pub mod home;
mod info;
mod message;
mod notification;
mod payment;
mod phone;
mod qr;
mod unseen;
mod words;
mod wrap;

#[cfg(test)]
mod tests;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::theme::Theme;
use crate::pack::{Screen, ScreenKind};

pub use home::arrow as home_arrow;
pub use unseen::unseen;

/// What to draw: a screen from a pack, with one of its elements focused (or none).
#[derive(Debug, Clone, Copy)]
pub struct SimScreen<'a> {
    /// The screen from the pack.
    pub screen: &'a Screen,
    /// The theme.
    pub theme: &'a Theme,
    /// The id of the focused element, if the learner is moving between elements.
    pub focus: Option<&'a str>,
}

impl SimScreen<'_> {
    /// Draws the screen into `area` and returns the position of the focused element, if drawn.
    pub fn render(&self, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let area = area.intersection(*buf.area());
        if area.is_empty() {
            return None;
        }
        buf.set_style(area, self.theme.base);
        match self.screen.kind {
            ScreenKind::Message => message::render(self, area, buf),
            ScreenKind::Email => email::render(self, area, buf),
            ScreenKind::Call => call::render(self, area, buf),
            ScreenKind::Web => browser::render(self, area, buf),
            ScreenKind::Form => form::render(self, area, buf),
            ScreenKind::Home => home::render(self, area, buf),
            ScreenKind::Qr => qr::render(self, area, buf),
            ScreenKind::Payment => payment::render(self, area, buf),
            ScreenKind::Notification => notification::render(self, area, buf),
            ScreenKind::Info => info::render(self, area, buf),
        }
    }
}
