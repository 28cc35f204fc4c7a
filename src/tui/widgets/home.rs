//! A phone's home screen (kind = "home"): the app icons in a grid, each a small tile with the
//! app's first letter and its name under it; other elements follow as buttons. The focused icon
//! gets a thick tile and `>` before its name. Short of rows, each icon is one `[P] Phone` line.

use crate::tui::text::t;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, BorderType, Widget};

use super::SimScreen;
use super::elements::MARK;
use super::flow::{Anchor, Fit, Flow, Focus, Piece, put};
use super::phone::{pad, phone};
use super::words;
use super::wrap::{self, wrap};
use crate::pack::{Element, Role};

/// The narrowest column of the grid.
const CELL_WIDTH: u16 = 12;
/// The tile's width and height.
const TILE_WIDTH: u16 = 5;
const TILE_HEIGHT: u16 = 3;

/// Draws a home screen.
pub(super) fn render(sim: &SimScreen<'_>, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let s = sim.screen;
    let theme = sim.theme;
    let (frame_title, heading) = match (s.app.as_deref(), s.title.as_deref()) {
        (Some(app), title) => (app, title),
        (None, Some(title)) => (title, None),
        (None, None) => (t(words::HOME), None),
    };
    let inner = pad(phone(sim, frame_title, area, buf));
    let icons: Vec<&Element> = s.elements.iter().filter(|e| e.role == Role::Icon).collect();
    let mut flow = Flow::new(Anchor::Top);
    flow.maybe(heading, theme.title)
        .maybe(s.text.as_deref(), theme.base)
        .gap();
    if !icons.is_empty() {
        flow.push(IconGrid(icons));
    }
    flow.elements(s.elements.iter().filter(|e| e.role != Role::Icon));
    flow.render(inner, buf, sim)
}

/// The icons, in rows, in the order of the pack.
struct IconGrid<'a>(Vec<&'a Element>);

impl IconGrid<'_> {
    /// Columns and the width of each.
    fn columns(width: u16) -> (u16, u16) {
        let columns = (width / CELL_WIDTH).max(1);
        (columns, width / columns)
    }

    fn label_lines(element: &Element, cell: u16, fit: Fit) -> Vec<String> {
        match fit {
            Fit::Roomy => wrap(&element.label, cell.saturating_sub(2)),
            Fit::Compact => wrap(
                &format!("[{}] {}", letter(&element.label), element.label),
                cell.saturating_sub(2),
            ),
        }
    }

    fn row_height(row: &[&Element], cell: u16, fit: Fit) -> u16 {
        let label = row
            .iter()
            .map(|e| Self::label_lines(e, cell, fit).len())
            .max()
            .unwrap_or(0);
        let label = u16::try_from(label).unwrap_or(u16::MAX);
        match fit {
            Fit::Roomy => label.saturating_add(TILE_HEIGHT),
            Fit::Compact => label,
        }
    }

    fn rows(&self, width: u16) -> std::slice::Chunks<'_, &Element> {
        let (columns, _) = Self::columns(width);
        self.0.chunks(usize::from(columns))
    }
}

impl Piece for IconGrid<'_> {
    fn height(&self, width: u16, fit: Fit) -> u16 {
        let (_, cell) = Self::columns(width);
        let gaps = match fit {
            Fit::Roomy => 1,
            Fit::Compact => 0,
        };
        self.rows(width)
            .map(|row| Self::row_height(row, cell, fit).saturating_add(gaps))
            .fold(0u16, u16::saturating_add)
            .saturating_sub(gaps)
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>, fit: Fit) -> Option<Focus> {
        let theme = sim.theme;
        let (_, cell) = Self::columns(area.width);
        let mut focus = None;
        let mut y = area.y;
        for row in self.rows(area.width) {
            let row_height = Self::row_height(row, cell, fit);
            for (i, icon) in row.iter().enumerate() {
                let column = u16::try_from(i).unwrap_or(u16::MAX);
                let x = area.x.saturating_add(column.saturating_mul(cell));
                let cell_area = Rect::new(x, y, cell, row_height).intersection(area);
                let focused = sim.focus == Some(icon.id.as_str());
                let style = if focused { theme.focus } else { theme.base };
                let mut label_y = y;
                if fit == Fit::Roomy && cell >= TILE_WIDTH {
                    let tile = Rect::new(x + (cell - TILE_WIDTH) / 2, y, TILE_WIDTH, TILE_HEIGHT);
                    Block::bordered()
                        .border_type(if focused {
                            BorderType::Thick
                        } else {
                            BorderType::Rounded
                        })
                        .border_style(if focused { theme.focus } else { theme.frame })
                        .render(tile.intersection(area), buf);
                    let glyph = letter(&icon.label);
                    let glyph_x = tile.x + 1 + (3u16.saturating_sub(wrap::width(&glyph))) / 2;
                    let glyph_style = if focused { theme.focus } else { theme.title };
                    put(buf, area, glyph_x, y + 1, &glyph, glyph_style);
                    label_y = y.saturating_add(TILE_HEIGHT);
                }
                for (n, line) in Self::label_lines(icon, cell, fit).iter().enumerate() {
                    let row_y = label_y.saturating_add(u16::try_from(n).unwrap_or(u16::MAX));
                    let (text, line_x) = match fit {
                        Fit::Roomy => {
                            let text = if focused && n == 0 {
                                format!("{MARK} {line}")
                            } else {
                                line.clone()
                            };
                            let free = cell.saturating_sub(wrap::width(&text));
                            (text, x + free / 2)
                        }
                        Fit::Compact => {
                            if focused && n == 0 {
                                put(buf, area, x, row_y, MARK, theme.focus);
                            }
                            (line.clone(), x.saturating_add(2))
                        }
                    };
                    put(buf, area, line_x, row_y, &text, style);
                    if focused && n == 0 {
                        let mark_x = if fit == Fit::Roomy { line_x } else { x };
                        focus = Some(Focus::at(Position::new(mark_x, row_y), cell_area));
                    }
                }
            }
            y = y.saturating_add(row_height);
            if fit == Fit::Roomy {
                y = y.saturating_add(1);
            }
        }
        focus
    }
}

/// The letter on an icon's tile: the first letter or digit of its name, in capitals.
fn letter(label: &str) -> String {
    label
        .chars()
        .find(|c| c.is_alphanumeric())
        .or_else(|| label.chars().next())
        .map_or_else(|| " ".to_string(), |c| c.to_uppercase().collect())
}
