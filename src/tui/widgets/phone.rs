//! The frames screens sit in: the phone (a rounded border, no wider than a phone, with the app's
//! name in its top bar) and the plain window used for a browser or a story card. A frame too
//! small to be worth drawing is left out, so the content keeps every row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Widget};

use super::SimScreen;

/// The widest a phone is drawn, in columns; it is centred in a wider area.
pub(super) const PHONE_WIDTH: u16 = 48;

/// Frames smaller than this are left out.
const MIN_WIDTH: u16 = 12;
const MIN_HEIGHT: u16 = 5;

/// Draws a phone with `title` in its top bar and returns the area inside it.
pub(super) fn phone(sim: &SimScreen<'_>, title: &str, area: Rect, buf: &mut Buffer) -> Rect {
    window(
        sim,
        Some(title),
        BorderType::Rounded,
        centered(area, PHONE_WIDTH),
        buf,
    )
}

/// Draws a window with square corners and an optional title; returns the area inside it.
pub(super) fn window(
    sim: &SimScreen<'_>,
    title: Option<&str>,
    border: BorderType,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return area;
    }
    let mut block = Block::bordered()
        .border_type(border)
        .border_style(sim.theme.frame);
    if let Some(title) = title {
        block = block.title(Line::styled(format!(" {title} "), sim.theme.title).centered());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// The area narrowed to at most `width` columns, centred.
pub(super) fn centered(area: Rect, width: u16) -> Rect {
    let width = width.min(area.width);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y,
        width,
        area.height,
    )
}

/// One column of padding on each side, when there is room for it.
pub(super) fn pad(area: Rect) -> Rect {
    if area.width >= MIN_WIDTH {
        Rect::new(area.x + 1, area.y, area.width - 2, area.height)
    } else {
        area
    }
}

/// The area inside a phone drawn in `area`, or `None` when the frame would be left out.
pub(super) fn phone_inner(area: Rect) -> Option<Rect> {
    let outer = centered(area, PHONE_WIDTH);
    (outer.width >= MIN_WIDTH && outer.height >= MIN_HEIGHT)
        .then(|| Rect::new(outer.x + 1, outer.y + 1, outer.width - 2, outer.height - 2))
}
