//! Tappable elements as they look on a screen: buttons as `[ Confirm ]` (a long label wraps
//! inside the brackets), links underlined, form
//! fields as labelled boxes holding their value (or, when rows are short, a label over a
//! `[value]` line). Every element keeps two columns on its left for the focus mark: the focused
//! one gets `>` there and the focus style, so focus never rests on colour alone. Icons outside a
//! home screen are drawn as buttons.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Widget};

use super::SimScreen;
use super::flow::{Fit, Focus, Piece, put};
use super::wrap::{self, wrap};
use crate::pack::{Element, Role};

/// The focus mark, drawn before the focused element.
pub(super) const MARK: &str = ">";
/// Columns kept for the mark before every element.
pub(super) const MARK_WIDTH: u16 = 2;

/// One element, drawn by its role.
pub(super) struct ElementPiece<'a>(pub &'a Element);

impl ElementPiece<'_> {
    /// A button's lines: `[ label ]`, the label wrapped inside the brackets.
    fn button_lines(&self, content_width: u16) -> Vec<String> {
        let mut lines = wrap(&self.0.label, content_width.saturating_sub(4));
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.iter_mut().enumerate() {
            let open = if i == 0 { "[ " } else { "  " };
            let close = if i == last { " ]" } else { "" };
            *line = format!("{open}{line}{close}");
        }
        lines
    }

    fn value(&self) -> &str {
        self.0.value.as_deref().unwrap_or("")
    }

    /// Field as a box: is there room, and does the label fit in the box's top border?
    fn field_box(&self, content_width: u16, fit: Fit) -> Option<bool> {
        (fit == Fit::Roomy && content_width >= 8)
            .then(|| wrap::width(&self.0.label).saturating_add(4) <= content_width)
    }
}

impl Piece for ElementPiece<'_> {
    fn height(&self, width: u16, fit: Fit) -> u16 {
        let cw = width.saturating_sub(MARK_WIDTH).max(1);
        match self.0.role {
            Role::Button | Role::Icon => {
                u16::try_from(self.button_lines(cw).len()).unwrap_or(u16::MAX)
            }
            Role::Link => wrap::height(&self.0.label, cw),
            Role::Field => match self.field_box(cw, fit) {
                Some(label_in_border) => {
                    let label = if label_in_border {
                        0
                    } else {
                        wrap::height(&self.0.label, cw)
                    };
                    label
                        .saturating_add(2)
                        .saturating_add(wrap::height(self.value(), cw - 4))
                }
                None => wrap::height(&self.0.label, cw)
                    .saturating_add(wrap::height(self.value(), cw.saturating_sub(2))),
            },
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, sim: &SimScreen<'_>, fit: Fit) -> Option<Focus> {
        let theme = sim.theme;
        let focused = sim.focus == Some(self.0.id.as_str());
        crate::tui::clicks::note(
            area.intersection(buf.area),
            crate::tui::clicks::Target::Element(self.0.id.clone()),
        );
        let focus = focused.then(|| {
            put(buf, area, area.x, area.y, MARK, theme.focus);
            Focus::at(Position::new(area.x, area.y), area)
        });
        let x = area.x.saturating_add(MARK_WIDTH.min(area.width));
        let cw = area.width.saturating_sub(MARK_WIDTH).max(1);
        let pick = |normal: Style| if focused { theme.focus } else { normal };
        let mut y = area.y;
        let lines = |buf: &mut Buffer, text: &str, width: u16, style: Style, y: &mut u16| {
            for line in wrap(text, width) {
                put(buf, area, x, *y, &line, style);
                *y = y.saturating_add(1);
            }
        };
        match self.0.role {
            Role::Button | Role::Icon => {
                for line in self.button_lines(cw) {
                    put(buf, area, x, y, &line, pick(theme.base));
                    y = y.saturating_add(1);
                }
            }
            Role::Link => {
                let style = if focused {
                    theme.focus.add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.link
                };
                lines(buf, &self.0.label, cw, style, &mut y);
            }
            Role::Field => match self.field_box(cw, fit) {
                Some(label_in_border) => {
                    let mut block = Block::bordered()
                        .border_type(if focused {
                            BorderType::Thick
                        } else {
                            BorderType::Rounded
                        })
                        .border_style(pick(theme.frame));
                    if label_in_border {
                        block = block.title(Line::styled(
                            format!(" {} ", self.0.label),
                            pick(theme.title),
                        ));
                    } else {
                        lines(buf, &self.0.label, cw, pick(theme.title), &mut y);
                    }
                    let value = wrap(self.value(), cw - 4);
                    let rows = u16::try_from(value.len()).unwrap_or(u16::MAX);
                    let field = Rect::new(x, y, cw, rows.saturating_add(2)).intersection(area);
                    (&block).render(field, buf);
                    for (i, line) in value.iter().enumerate() {
                        let row = y.saturating_add(1 + u16::try_from(i).unwrap_or(u16::MAX));
                        put(buf, field, x + 2, row, line, theme.base);
                    }
                }
                None => {
                    lines(buf, &self.0.label, cw, pick(theme.title), &mut y);
                    let inside = cw.saturating_sub(2);
                    for line in wrap(self.value(), inside) {
                        let pad = usize::from(inside.saturating_sub(wrap::width(&line)));
                        let boxed = format!("[{line}{}]", " ".repeat(pad));
                        put(buf, area, x, y, &boxed, pick(theme.base));
                        y = y.saturating_add(1);
                    }
                }
            },
        }
        focus
    }
}
