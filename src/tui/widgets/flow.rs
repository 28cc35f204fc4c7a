//! The scrolling column every screen kind is built from: a list of pieces (wrapped text, a
//! labelled value, a gap, a rule, an element, a speech bubble, an icon grid), drawn top to bottom
//! onto a private canvas as tall as the content, then copied into the area through a window that
//! keeps the focused element in view. When the area is short, form fields and icons are drawn
//! compactly first; what still does not fit is clipped, never squeezed into a panic.
//!
//! Also here: `put`, the one bounds-checked way pieces write text.

use std::borrow::Cow;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

use super::SimScreen;
use super::elements::ElementPiece;
use super::wrap::{self, wrap};
use crate::pack::Element;

/// The most cells a canvas may hold, so a huge area never allocates without bound.
const MAX_CANVAS_CELLS: u32 = 4_000_000;

/// How much room the pieces may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    /// Everything fits: fields as boxes, icons as tiles.
    Roomy,
    /// Short of rows: fields and icons take fewer lines.
    Compact,
}

/// Where the focused element was drawn: the cursor, and the rows to keep in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Focus {
    /// Where the terminal cursor goes (the focus mark).
    pub cursor: Position,
    /// The rows the element takes.
    pub top: u16,
    /// One past the element's last row.
    pub bottom: u16,
}

impl Focus {
    /// A focus mark at `cursor` for an element drawn in `area`.
    pub fn at(cursor: Position, area: Rect) -> Focus {
        Focus {
            cursor,
            top: area.top(),
            bottom: area.bottom(),
        }
    }
}

/// One piece of a column.
pub(super) trait Piece {
    /// How many rows the piece takes at this width.
    fn height(&self, width: u16, fit: Fit) -> u16;
    /// Draws the piece into `area` (exactly `height` rows, maybe clipped) and says where the
    /// focused element is, if it is here.
    fn draw(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>, fit: Fit) -> Option<Focus>;
}

/// Which end of a column stays in view when it is too tall and nothing is focused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// The top (pages, forms).
    Top,
    /// The bottom (a chat, where the newest bubble is last).
    Bottom,
}

/// How a line of text sits across the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
    Left,
    Center,
}

/// A column of pieces.
pub(super) struct Flow<'a> {
    pieces: Vec<Box<dyn Piece + 'a>>,
    anchor: Anchor,
    ends_with_gap: bool,
}

impl<'a> Flow<'a> {
    /// An empty column.
    pub fn new(anchor: Anchor) -> Self {
        Flow {
            pieces: Vec::new(),
            anchor,
            ends_with_gap: false,
        }
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Adds any piece.
    pub fn push(&mut self, piece: impl Piece + 'a) -> &mut Self {
        self.pieces.push(Box::new(piece));
        self.ends_with_gap = false;
        self
    }

    /// Adds wrapped text, if there is any.
    pub fn text(&mut self, text: impl Into<Cow<'a, str>>, style: Style) -> &mut Self {
        self.text_with(text, style, Align::Left, 0)
    }

    /// Adds wrapped, centred text, if there is any.
    pub fn centered(&mut self, text: impl Into<Cow<'a, str>>, style: Style) -> &mut Self {
        self.text_with(text, style, Align::Center, 0)
    }

    /// Adds wrapped text with an alignment and a left indent, if there is any.
    pub fn text_with(
        &mut self,
        text: impl Into<Cow<'a, str>>,
        style: Style,
        align: Align,
        indent: u16,
    ) -> &mut Self {
        let text = text.into();
        if !text.trim().is_empty() {
            self.push(Text {
                text,
                style,
                align,
                indent,
            });
        }
        self
    }

    /// Adds text from an optional field.
    pub fn maybe(&mut self, text: Option<&'a str>, style: Style) -> &mut Self {
        if let Some(text) = text {
            self.text(text, style);
        }
        self
    }

    /// Adds `label value`, the value wrapped beside the label (or under it when narrow).
    pub fn labeled(
        &mut self,
        label: &'a str,
        value: impl Into<Cow<'a, str>>,
        styles: (Style, Style),
        label_width: u16,
    ) -> &mut Self {
        let value = value.into();
        if !value.trim().is_empty() {
            self.push(Labeled {
                label,
                value,
                label_style: styles.0,
                value_style: styles.1,
                label_width,
            });
        }
        self
    }

    /// Adds an empty row, unless the column is empty or already ends with one.
    pub fn gap(&mut self) -> &mut Self {
        if !self.is_empty() && !self.ends_with_gap {
            self.push(Gap);
            self.ends_with_gap = true;
        }
        self
    }

    /// Adds a thin line across the width.
    pub fn rule(&mut self) -> &mut Self {
        self.push(Rule)
    }

    /// Adds tappable elements, one under the other, after a gap.
    pub fn elements(&mut self, elements: impl IntoIterator<Item = &'a Element>) -> &mut Self {
        let mut first = true;
        for element in elements {
            if first {
                self.gap();
                first = false;
            }
            self.push(ElementPiece(element));
        }
        self
    }

    /// The rows the column takes at this width.
    pub fn height(&self, width: u16, fit: Fit) -> u16 {
        self.pieces
            .iter()
            .fold(0u16, |sum, p| sum.saturating_add(p.height(width, fit)))
    }

    /// The fit to use in an area of this size (roomy if everything fits), with each piece's
    /// height in that fit.
    fn fit(&self, area: Rect) -> (Fit, Vec<u16>) {
        let heights = |fit| -> Vec<u16> {
            self.pieces
                .iter()
                .map(|p| p.height(area.width, fit))
                .collect()
        };
        let roomy = heights(Fit::Roomy);
        if roomy.iter().fold(0u16, |a, &h| a.saturating_add(h)) <= area.height {
            (Fit::Roomy, roomy)
        } else {
            (Fit::Compact, heights(Fit::Compact))
        }
    }

    /// Draws the column into `area`, scrolled so the focused element shows. Returns the cursor.
    pub fn render(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>) -> Option<Position> {
        let area = area.intersection(*buf.area());
        if area.is_empty() || self.pieces.is_empty() {
            return None;
        }
        let (fit, heights) = self.fit(area);
        let width = area.width;
        let max_rows = u16::try_from(MAX_CANVAS_CELLS / u32::from(width)).unwrap_or(u16::MAX);
        let total = heights
            .iter()
            .fold(0u16, |a, &h| a.saturating_add(h))
            .min(max_rows);
        let mut blank = Cell::EMPTY;
        blank.set_style(sim.theme.base);
        let mut canvas = Buffer::filled(Rect::new(0, 0, width, total), blank);
        let noted_since = crate::tui::clicks::mark();
        let mut y = 0u16;
        let mut focus = None;
        let mut starts = Vec::with_capacity(self.pieces.len());
        for (piece, &h) in self.pieces.iter().zip(&heights) {
            if y >= total {
                break;
            }
            starts.push(y);
            let rect = Rect::new(0, y, width, h).intersection(*canvas.area());
            if let Some(f) = piece.draw(rect, &mut canvas, sim, fit) {
                focus = Some(f);
            }
            y = y.saturating_add(h);
        }
        let last_offset = total.saturating_sub(area.height);
        let (mut offset, mut shift) = (0, 0);
        if self.anchor == Anchor::Bottom {
            // Start at a whole piece (no half bubble at the top) when that costs at most a third
            // of the rows; the rows left over stay empty above, so the newest piece still ends at
            // the bottom.
            offset = starts
                .iter()
                .copied()
                .find(|&start| start >= last_offset)
                .filter(|&start| start - last_offset <= area.height / 3)
                .unwrap_or(last_offset);
            shift = offset - last_offset;
        }
        if let Some(f) = focus {
            let visible = offset..offset.saturating_add(area.height - shift);
            if !visible.contains(&f.top) || f.bottom > visible.end {
                shift = 0;
                offset = offset.min(last_offset);
                if f.bottom > offset.saturating_add(area.height) {
                    offset = f.bottom.saturating_sub(area.height);
                }
                if f.top < offset || f.cursor.y < offset {
                    offset = f.top.min(f.cursor.y);
                }
                offset = offset.min(last_offset);
            }
        }
        let (_, shown) = split_rows(area, shift);
        blit(&canvas, offset, buf, shown);
        // What can be clicked moves with the column onto the screen.
        crate::tui::clicks::shift_since(
            noted_since,
            i32::from(shown.x),
            i32::from(shown.y) - i32::from(offset),
            shown,
        );
        let area = shown;
        let cursor = focus?.cursor;
        (cursor.y >= offset && cursor.y - offset < area.height && cursor.x < area.width)
            .then(|| Position::new(area.x + cursor.x, area.y + (cursor.y - offset)))
    }
}

/// Draws a fixed header column above a scrolling body column, sharing `area`. The header gets
/// the rows it needs, but at most two thirds of a short area. Returns the cursor.
pub(super) fn header_and_body(
    header: &Flow<'_>,
    body: &Flow<'_>,
    area: Rect,
    buf: &mut Buffer,
    sim: &SimScreen<'_>,
) -> Option<Position> {
    let wanted = header.height(area.width, Fit::Roomy);
    let header_rows = if body.is_empty() {
        wanted.min(area.height)
    } else {
        wanted.min(area.height - area.height / 3)
    };
    let (top, rest) = split_rows(area, header_rows);
    let a = header.render(top, buf, sim);
    let b = body.render(rest, buf, sim);
    b.or(a)
}

/// Splits an area into its first `rows` rows and the rest.
pub(super) fn split_rows(area: Rect, rows: u16) -> (Rect, Rect) {
    let rows = rows.min(area.height);
    (
        Rect::new(area.x, area.y, area.width, rows),
        Rect::new(area.x, area.y + rows, area.width, area.height - rows),
    )
}

/// Writes `text` at (x, y), clipped to `clip` and the buffer. Returns the columns written.
pub(super) fn put(buf: &mut Buffer, clip: Rect, x: u16, y: u16, text: &str, style: Style) -> u16 {
    let clip = clip.intersection(*buf.area());
    if y < clip.top() || y >= clip.bottom() || x < clip.left() || x >= clip.right() {
        return 0;
    }
    let max = usize::from(clip.right() - x);
    let (end, _) = buf.set_stringn(x, y, text, max, style);
    end.saturating_sub(x)
}

/// Copies rows `offset..` of `canvas` into `area` of `buf`.
fn blit(canvas: &Buffer, offset: u16, buf: &mut Buffer, area: Rect) {
    for row in 0..area.height {
        let Some(source_y) = offset.checked_add(row) else {
            break;
        };
        for col in 0..area.width {
            let Some(cell) = canvas.cell(Position::new(col, source_y)) else {
                break;
            };
            if let Some(target) = buf.cell_mut(Position::new(area.x + col, area.y + row)) {
                *target = cell.clone();
            }
        }
    }
}

/// Wrapped text in one style.
struct Text<'a> {
    text: Cow<'a, str>,
    style: Style,
    align: Align,
    indent: u16,
}

impl Piece for Text<'_> {
    fn height(&self, width: u16, _fit: Fit) -> u16 {
        wrap::height(&self.text, width.saturating_sub(self.indent))
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, _sim: &SimScreen<'_>, _fit: Fit) -> Option<Focus> {
        let inner = area.width.saturating_sub(self.indent);
        let x0 = area.x.saturating_add(self.indent.min(area.width));
        for (i, line) in wrap(&self.text, inner).iter().enumerate() {
            let y = area.y.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
            let x = match self.align {
                Align::Left => x0,
                Align::Center => x0 + inner.saturating_sub(wrap::width(line)) / 2,
            };
            put(buf, area, x, y, line, self.style);
        }
        None
    }
}

/// A label and its value, the value wrapped beside the label, or under it when narrow.
struct Labeled<'a> {
    label: &'a str,
    value: Cow<'a, str>,
    label_style: Style,
    value_style: Style,
    label_width: u16,
}

impl Labeled<'_> {
    /// True when the value goes beside the label.
    fn beside(&self, width: u16) -> bool {
        self.label_width.saturating_add(12) <= width
    }
}

impl Piece for Labeled<'_> {
    fn height(&self, width: u16, _fit: Fit) -> u16 {
        if self.beside(width) {
            wrap::height(&self.value, width - self.label_width)
        } else {
            wrap::height(self.label, width).saturating_add(wrap::height(&self.value, width))
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, _sim: &SimScreen<'_>, _fit: Fit) -> Option<Focus> {
        let mut y = area.y;
        let (x, value_width) = if self.beside(area.width) {
            put(buf, area, area.x, y, self.label, self.label_style);
            (area.x + self.label_width, area.width - self.label_width)
        } else {
            for line in wrap(self.label, area.width) {
                put(buf, area, area.x, y, &line, self.label_style);
                y = y.saturating_add(1);
            }
            (area.x, area.width)
        };
        for line in wrap(&self.value, value_width) {
            put(buf, area, x, y, &line, self.value_style);
            y = y.saturating_add(1);
        }
        None
    }
}

/// An empty row.
struct Gap;

impl Piece for Gap {
    fn height(&self, _width: u16, _fit: Fit) -> u16 {
        1
    }

    fn draw(&self, _: Rect, _: &mut Buffer, _: &SimScreen<'_>, _: Fit) -> Option<Focus> {
        None
    }
}

/// A thin line across the width, in the frame style.
struct Rule;

impl Piece for Rule {
    fn height(&self, _width: u16, _fit: Fit) -> u16 {
        1
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>, _: Fit) -> Option<Focus> {
        let line = "─".repeat(usize::from(area.width));
        put(buf, area, area.x, area.y, &line, sim.theme.frame);
        None
    }
}
