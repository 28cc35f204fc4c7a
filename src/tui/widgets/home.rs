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
use crate::tui::action::Action;

/// The narrowest column of the grid.
const CELL_WIDTH: u16 = 12;
/// Icons to a row, at most: the arrow keys move by this many for Up and Down, so the grid is
/// the same at every width the phone can have.
pub const COLUMNS: u16 = 3;
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
        let columns = (width / CELL_WIDTH).clamp(1, COLUMNS);
        (columns, width / columns)
    }

    fn label_lines(element: &Element, cell: u16, fit: Fit) -> Vec<String> {
        match fit {
            Fit::Roomy => wrap(&element.label, cell.saturating_sub(2)),
            Fit::Compact => wrap(
                &format!("[{}] {}", letter(&element.label, 1), element.label),
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
                crate::tui::clicks::note(
                    cell_area,
                    crate::tui::clicks::Target::Element(icon.id.clone()),
                );
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
                    let glyph = letters(&self.0, icon);
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

/// The first `n` letters or digits of an app's name, the first in capitals: "C", "Ca".
fn letter(label: &str, n: usize) -> String {
    let mut chars = label.chars().filter(|c| c.is_alphanumeric());
    let mut out: String = match chars.next().or_else(|| label.chars().next()) {
        Some(first) => first.to_uppercase().collect(),
        None => return " ".to_string(),
    };
    out.extend(chars.take(n.saturating_sub(1)).flat_map(char::to_lowercase));
    out
}

/// The letters on an icon's tile: its first letter, or, when other icons on the screen start
/// with the same letter, that letter and one more of its name chosen so that no two tiles are
/// alike ("Ca" for Camera, "Cl" for Clock; "Ph" for Photos, "Po" for Phone).
fn letters(icons: &[&Element], icon: &Element) -> String {
    let first = letter(&icon.label, 1);
    let group: Vec<&&Element> = icons
        .iter()
        .filter(|other| letter(&other.label, 1) == first)
        .collect();
    if group.len() < 2 {
        return first;
    }
    let mut taken: Vec<String> = Vec::new();
    for member in group {
        let rest: Vec<char> = member
            .label
            .chars()
            .filter(|c| c.is_alphanumeric())
            .skip(1)
            .flat_map(char::to_lowercase)
            .collect();
        let mine = rest
            .iter()
            .map(|c| format!("{first}{c}"))
            .find(|pair| !taken.contains(pair))
            .unwrap_or_else(|| format!("{first}{}", taken.len() + 1));
        if member.id == icon.id {
            return mine;
        }
        taken.push(mine);
    }
    first
}

/// Where an arrow key moves the focus on a home screen, as the learner sees it laid out: the
/// icons in rows of [`COLUMNS`] (Left and Right along a row, Up and Down between rows), then the
/// other buttons below them, one to a line. `selected` indexes `elements`; `NOT_CHOSEN` (or any
/// index past the end) means nothing has the focus yet, and then Down or Right goes to the
/// first place and Up or Left to the last.
pub fn arrow(elements: &[Element], selected: usize, action: Action) -> usize {
    // The order the screen shows them: icons first, then the rest.
    let shown: Vec<usize> = (0..elements.len())
        .filter(|&i| elements[i].role == Role::Icon)
        .chain((0..elements.len()).filter(|&i| elements[i].role != Role::Icon))
        .collect();
    let icons = elements.iter().filter(|e| e.role == Role::Icon).count();
    let len = shown.len();
    if len == 0 {
        return selected;
    }
    let Some(at) = shown.iter().position(|&i| i == selected) else {
        return match action {
            Action::Down | Action::Right => shown[0],
            Action::Up | Action::Left => shown[len - 1],
            _ => selected,
        };
    };
    let columns = usize::from(COLUMNS);
    let to = match action {
        Action::Right => (at + 1) % len,
        Action::Left => (at + len - 1) % len,
        Action::Down if at < icons => {
            if at + columns < icons {
                at + columns
            } else if icons < len {
                icons
            } else {
                at % columns
            }
        }
        Action::Up if at < icons => {
            if at >= columns {
                at - columns
            } else if icons < len {
                len - 1
            } else {
                // To the same column of the last row, or the last icon.
                let last_row = (icons - 1) / columns * columns;
                (last_row + at).min(icons - 1)
            }
        }
        Action::Down => (at + 1) % len,
        Action::Up if at == icons && icons > 0 => {
            // From the first button up into the last row of icons.
            (icons - 1) / columns * columns
        }
        Action::Up => (at + len - 1) % len,
        _ => at,
    };
    shown[to]
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    fn screen(labels: &[(&str, bool)]) -> Vec<Element> {
        labels
            .iter()
            .enumerate()
            .map(|(i, (label, icon))| {
                let role = if *icon { "icon" } else { "button" };
                toml::from_str(&format!(
                    "id = \"e{i}\"\nlabel = \"{label}\"\nrole = \"{role}\""
                ))
                .expect("an element")
            })
            .collect()
    }

    #[test]
    fn arrows_move_as_the_icons_are_laid_out() {
        // Photos Messages Camera / Clock Store / [Help]
        let e = screen(&[
            ("Photos", true),
            ("Messages", true),
            ("Camera", true),
            ("Clock", true),
            ("Store", true),
            ("Help", false),
        ]);
        let go = |from: usize, action| arrow(&e, from, action);
        assert_eq!(
            go(usize::MAX, Action::Down),
            0,
            "first press: the first icon"
        );
        assert_eq!(go(usize::MAX, Action::Up), 5, "or the last place");
        assert_eq!(go(0, Action::Right), 1);
        assert_eq!(go(0, Action::Down), 3, "Photos, then Clock under it");
        assert_eq!(go(1, Action::Down), 4, "Messages, then Store under it");
        assert_eq!(
            go(2, Action::Down),
            5,
            "Camera has nothing under it: the button"
        );
        assert_eq!(go(3, Action::Up), 0);
        assert_eq!(
            go(5, Action::Up),
            3,
            "from the button up to the icons' last row"
        );
        assert_eq!(go(0, Action::Up), 5, "from the top row up to the bottom");
        assert_eq!(go(5, Action::Down), 0, "and round again");
        assert_eq!(go(2, Action::Right), 3, "Right reads on to the next row");
    }

    #[test]
    fn no_two_icons_share_their_letters() {
        let e = screen(&[
            ("Camera", true),
            ("Clock", true),
            ("Photos", true),
            ("Phone", true),
            ("Maps", true),
        ]);
        let icons: Vec<&Element> = e.iter().collect();
        let shown: Vec<String> = icons.iter().map(|i| letters(&icons, i)).collect();
        assert_eq!(shown, ["Ca", "Cl", "Ph", "Po", "M"]);
    }
}
