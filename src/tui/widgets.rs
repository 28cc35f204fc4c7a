//! Drawing the simulated screens: a phone (or a browser window for web pages) holding one of the
//! ten screen kinds of the pack format. Drawing only reads the screen; it returns where the focused
//! element was drawn so the caller can put the terminal cursor there (screen readers follow it).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::theme::Theme;
use crate::pack::Screen;

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
        let _ = (area, buf);
        None
    }
}
