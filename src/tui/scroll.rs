//! A column of words taller than its place on screen: drawn whole into a buffer of its own, then
//! shown a window at a time, with a last line that says there is more and which key shows it
//! ("▼ More below: press PgDn"). Nothing is ever cut off; it is only further down.
//!
//! Keys move the window (`page_up`, `page_down`); `follow_end` shows the newest words at the
//! bottom (a hint or feedback just added). How far the window can go depends on the screen's
//! size, which only drawing knows: drawing records it in a `Cell`, as a list remembers its
//! offset, so the next key press can stop at the end instead of running past it.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::clicks;
use super::text::t;

/// Lines a page key moves.
pub const PAGE: u16 = 5;

/// Where a scrolled column stands.
#[derive(Debug, Default, Clone)]
pub struct Scroll {
    /// Rows hidden above the window, as the keys asked.
    offset: u16,
    /// Show the last rows (the newest words) whatever the offset.
    at_end: bool,
    /// The furthest offset at the last drawing.
    max: Cell<u16>,
}

impl Scroll {
    /// Back to the top.
    pub fn top(&mut self) {
        self.offset = 0;
        self.at_end = false;
    }

    /// Show the end, where the newest words are.
    pub fn follow_end(&mut self) {
        self.at_end = true;
    }

    /// Page Up: the words above.
    pub fn page_up(&mut self) {
        self.offset = self.shown().saturating_sub(PAGE);
        self.at_end = false;
    }

    /// Page Down: the words below.
    pub fn page_down(&mut self) {
        self.offset = self.shown().saturating_add(PAGE).min(self.max.get());
        self.at_end = false;
    }

    /// Whether the window was not at the top at the last drawing.
    pub fn is_scrolled(&self) -> bool {
        self.shown() > 0
    }

    /// The offset the window shows, as far as the last drawing knew.
    fn shown(&self) -> u16 {
        if self.at_end {
            self.max.get()
        } else {
            self.offset.min(self.max.get())
        }
    }

    /// Draws `content` (a buffer as wide as `area`, as tall as the words need) into `area`: all
    /// of it when it fits, else a window of it and a line saying what is above or below. A
    /// cursor inside the content moves with it, or is dropped when out of the window.
    ///
    /// Clickable places noted since `noted_since` (a [`clicks::mark`] taken before drawing into
    /// `content`) move with the window.
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        content: &Buffer,
        cursor: Option<Position>,
        mark_style: Style,
        noted_since: usize,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let needed = content.area.height;
        let (window, max) = if needed <= area.height {
            (area.height, 0)
        } else {
            let window = area.height.saturating_sub(1);
            (window, needed - window)
        };
        self.max.set(max);
        let offset = self.shown();
        clicks::shift_since(
            noted_since,
            i32::from(area.x) - i32::from(content.area.x),
            i32::from(area.y) - i32::from(content.area.y) - i32::from(offset),
            Rect::new(area.x, area.y, area.width, window.min(needed)),
        );
        for row in 0..window.min(needed) {
            for col in 0..area.width.min(content.area.width) {
                let from = Position::new(content.area.x + col, content.area.y + offset + row);
                let to = Position::new(area.x + col, area.y + row);
                if let (Some(src), Some(dst)) = (content.cell(from), buf.cell_mut(to)) {
                    *dst = src.clone();
                }
            }
        }
        if max > 0 {
            let words = match (offset > 0, offset < max) {
                (true, true) => t("scroll.both"),
                (false, true) => t("scroll.below"),
                _ => t("scroll.above"),
            };
            let last = Rect::new(area.x, area.y + window, area.width, 1);
            buf.set_style(last, mark_style);
            Line::styled(words, mark_style).render(last, buf);
        }
        let cursor = cursor?;
        let row = cursor.y.checked_sub(content.area.y)?.checked_sub(offset)?;
        (row < window).then(|| {
            Position::new(
                area.x + cursor.x.saturating_sub(content.area.x),
                area.y + row,
            )
        })
    }
}

/// An empty buffer for a column `width` wide and `height` tall, in `style`, placed where the
/// column will be shown (so widgets drawn into it use the same x).
pub fn canvas(x: u16, width: u16, height: u16, style: Style) -> Buffer {
    let mut content = Buffer::empty(Rect::new(x, 0, width, height));
    content.set_style(content.area, style);
    content
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::{Paragraph, Wrap};

    fn words(n: u16) -> Buffer {
        let mut content = canvas(0, 10, n, Style::default());
        let lines: Vec<Line<'_>> = (0..n).map(|i| Line::raw(format!("line {i}"))).collect();
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(content.area, &mut content);
        content
    }

    fn shown(scroll: &Scroll, content: &Buffer, height: u16) -> Vec<String> {
        let area = Rect::new(0, 0, 30, height);
        let mut buf = Buffer::empty(area);
        scroll.draw(content, None, Style::default(), 0, area, &mut buf);
        (0..height)
            .map(|y| {
                (0..30)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn words_that_fit_are_shown_whole_without_a_mark() {
        let content = words(3);
        let rows = shown(&Scroll::default(), &content, 5);
        assert_eq!(rows[..3], ["line 0", "line 1", "line 2"]);
        assert!(rows[3..].iter().all(String::is_empty));
    }

    #[test]
    fn more_words_show_a_window_and_say_how_to_see_the_rest() {
        let content = words(12);
        let mut scroll = Scroll::default();
        let rows = shown(&scroll, &content, 5);
        assert_eq!(rows[..4], ["line 0", "line 1", "line 2", "line 3"]);
        assert!(rows[4].contains("PgDn"), "{rows:?}");
        scroll.page_down();
        let rows = shown(&scroll, &content, 5);
        assert_eq!(rows[0], "line 5");
        assert!(
            rows[4].contains("PgUp") && rows[4].contains("PgDn"),
            "{rows:?}"
        );
        scroll.page_down();
        let rows = shown(&scroll, &content, 5);
        assert_eq!(rows[3], "line 11", "the last line is reachable");
        assert!(rows[4].contains("PgUp") && !rows[4].contains("PgDn"));
        scroll.page_down();
        scroll.page_up();
        assert_eq!(
            shown(&scroll, &content, 5)[0],
            "line 3",
            "no run past the end"
        );
    }

    #[test]
    fn following_the_end_shows_the_newest_words() {
        let content = words(12);
        let mut scroll = Scroll::default();
        scroll.follow_end();
        let rows = shown(&scroll, &content, 5);
        assert_eq!(rows[3], "line 11");
        scroll.page_up();
        assert_eq!(shown(&scroll, &content, 5)[3], "line 6");
        scroll.top();
        assert_eq!(shown(&scroll, &content, 5)[0], "line 0");
    }
}
