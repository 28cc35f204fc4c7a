//! Drawing the frame around every screen: the header, the key bar (built from the view's
//! commands, never written twice), numbered menus, the help box, notices, and the polite "please
//! make this window bigger". Drawing only reads state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Learner, MIN_HEIGHT, MIN_WIDTH};
use super::text::{t, tf};
use super::theme::Theme;

/// One command offered on a screen: the key in words and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The key, in words ("Enter", "Esc", "1-3").
    pub key: String,
    /// What it does ("choose").
    pub what: String,
}

impl Command {
    /// A command from message ids (or ready text for the key).
    pub fn new(key: impl Into<String>, what_id: &str) -> Self {
        Command {
            key: key.into(),
            what: t(what_id).to_string(),
        }
    }
}

/// Draws the whole tutor and returns where the terminal cursor belongs.
pub fn app(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    // Places noted by an earlier drawing that nobody took (a test, a transcript) are stale.
    let _ = super::clicks::take();
    let cursor = screen(app, area, buf);
    scrub(area, buf);
    cursor
}

/// The last gate before the terminal: ratatui already drops control characters, and this takes
/// out what it lets through that could still steer or fool a terminal (bidirectional overrides,
/// invisible format characters), whatever file the text came from. A cell left empty by it
/// becomes a space.
fn scrub(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell_mut((x, y)) else {
                continue;
            };
            if cell.symbol().chars().any(crate::safe_text::is_unsafe) {
                let kept: String = cell
                    .symbol()
                    .chars()
                    .filter(|c| !crate::safe_text::is_unsafe(*c))
                    .collect();
                cell.set_symbol(if kept.is_empty() { " " } else { &kept });
            }
        }
    }
}

fn screen(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = &app.ctx.theme;
    buf.set_style(area, theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return too_small(theme, area, buf);
    }
    let mut commands = if app.closing.is_some() {
        let mut c = super::views::menu_commands(2);
        c.push(Command::new(t("key.esc"), "do.keep-learning"));
        c
    } else {
        app.view.commands(&app.ctx)
    };
    if app.ctx.preview.is_some() {
        let key = if app.key_mode() == super::action::KeyMode::Typing {
            "F5"
        } else {
            t("key.reload")
        };
        commands.push(Command::new(key, "do.reload"));
    }
    let rows = key_bar_rows(&commands, area.width);
    let key_rows = rows.len().clamp(1, 2) as u16;
    let [head, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(key_rows),
    ])
    .areas(area);
    header(app, head, buf);
    key_bar(&rows, theme, keys, buf);
    let mut body = body;
    if let Some(preview) = app.ctx.preview.as_ref().filter(|p| !p.errors.is_empty()) {
        body = preview_errors(preview, theme, body, buf);
    }
    if let Some(notice) = &app.ctx.notice {
        let words = Paragraph::new(Line::from(vec![
            Span::styled(format!("{} ", t("notice.title")), theme.warn),
            Span::styled(notice.as_str(), theme.base),
        ]))
        .wrap(Wrap { trim: true });
        // Exactly as many rows as the words take, so a notice never stops mid-sentence.
        let lines = u16::try_from(words.line_count(body.width.saturating_sub(2)))
            .unwrap_or(u16::MAX)
            .saturating_add(2)
            .min(body.height.saturating_sub(1));
        let [note, rest] =
            Layout::vertical([Constraint::Length(lines), Constraint::Min(1)]).areas(body);
        words
            .block(
                Block::bordered()
                    .border_type(BorderType::Rounded)
                    .border_style(theme.frame),
            )
            .render(note, buf);
        body = rest;
    }
    let cursor = app.view.render(&app.ctx, body, buf);
    if let Some(selected) = app.closing {
        return closing(app, selected, area, buf);
    }
    if app.help {
        return help(&commands, &app.help_scroll, theme, area, buf);
    }
    cursor
}

/// "Close digitutor?": with everything saved, "No, keep learning" or "Yes, close"; with the last
/// steps not saved, "Try saving again" or "Close anyway".
fn closing(app: &App, selected: usize, area: Rect, buf: &mut Buffer) -> Option<Position> {
    // Only the dialog's answers can be clicked now.
    super::clicks::cover();
    let theme = &app.ctx.theme;
    let unsaved = app.ctx.save_state.is_unsaved();
    let width = area.width.min(64);
    let height = 9.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(if unsaved { theme.warn } else { theme.title })
        .title(Line::styled(format!(" {} ", t("close.title")), theme.title));
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    let [words, choices] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(2)]).areas(inner);
    let (said, items) = if unsaved {
        (
            t("close.unsaved"),
            [
                Line::styled(t("close.retry"), theme.base),
                Line::styled(t("close.anyway"), theme.base),
            ],
        )
    } else {
        (
            match app.ctx.save_state {
                super::effect::SaveState::Saved => t("close.saved"),
                _ => t("close.sure"),
            },
            [
                Line::styled(t("close.keep"), theme.base),
                Line::styled(t("close.yes"), theme.base),
            ],
        )
    };
    Paragraph::new(Line::styled(said, theme.base))
        .wrap(Wrap { trim: true })
        .render(words, buf);
    menu(&items, selected, theme, choices, buf)
}

/// The errors of the last save of a previewed pack, above the last good version. Returns the
/// space left below.
fn preview_errors(
    preview: &super::app::Preview,
    theme: &Theme,
    body: Rect,
    buf: &mut Buffer,
) -> Rect {
    let shown: Vec<&String> = preview.errors.iter().take(3).collect();
    let mut lines = vec![Line::styled(
        tf("preview.errors", &[("n", &preview.errors.len())]),
        theme.bad,
    )];
    for e in &shown {
        lines.push(Line::styled(e.as_str(), theme.base));
    }
    if preview.errors.len() > shown.len() {
        lines.push(Line::styled(
            tf("preview.more", &[("file", &preview.file.display())]),
            theme.dim,
        ));
    }
    let height = lines
        .iter()
        .map(|l| wrapped_height(&l.to_string(), body.width.saturating_sub(4)))
        .sum::<u16>()
        + 2;
    let height = height.min(body.height / 2);
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(1)]).areas(body);
    Clear.render(top, buf);
    buf.set_style(top, theme.base);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .border_style(theme.bad),
        )
        .render(top, buf);
    rest
}

fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.ctx.theme;
    let who = match &app.ctx.who {
        Learner::Nobody => String::new(),
        Learner::Guest => t("header.guest").to_string(),
        Learner::Demo => t("demo.header").to_string(),
        Learner::Preview => t("preview.header").to_string(),
        Learner::Profile { name, .. } if app.ctx.save_state.is_unsaved() => format!(
            "{} ({})",
            tf("header.learner", &[("name", name)]),
            t("header.not-saved")
        ),
        Learner::Profile { name, .. } => tf("header.learner", &[("name", name)]),
    };
    let left = format!(" {} | {}", t("app.name"), app.view.title(&app.ctx));
    let style = theme.title.add_modifier(ratatui::style::Modifier::REVERSED);
    buf.set_style(area, style);
    // Who is at the keyboard (and whether anything is saved) always shows; a long title gives
    // way, ending in "...".
    let w = who.width() as u16 + 1;
    let room = if who.is_empty() || w + 12 > area.width {
        area.width as usize
    } else {
        (area.width - w - 2) as usize
    };
    let left = if left.width() > room {
        let mut cut = String::new();
        for c in left.chars() {
            if cut.width() + c.to_string().width() + 3 > room {
                break;
            }
            cut.push(c);
        }
        format!("{}...", cut.trim_end())
    } else {
        left
    };
    buf.set_stringn(area.x, area.y, &left, area.width as usize, style);
    if !who.is_empty() && room < area.width as usize {
        buf.set_string(area.right() - w, area.y, &who, style);
    }
}

/// The bottom lines: every key named in words, in the rows `key_bar_rows` made.
pub fn key_bar(rows: &[Vec<&Command>], theme: &Theme, area: Rect, buf: &mut Buffer) {
    for (row, line) in rows.iter().enumerate() {
        if row as u16 >= area.height {
            break;
        }
        let mut spans = vec![Span::raw(" ")];
        for c in line {
            spans.push(Span::styled(c.key.clone(), theme.key));
            spans.push(Span::styled(format!(": {}   ", c.what), theme.base));
        }
        Line::from(spans).render(Rect::new(area.x, area.y + row as u16, area.width, 1), buf);
    }
}

/// The key bar's commands in rows that fit the width; a command is never split.
pub fn key_bar_rows(commands: &[Command], width: u16) -> Vec<Vec<&Command>> {
    let mut rows: Vec<Vec<&Command>> = vec![Vec::new()];
    let mut used = 1;
    for c in commands {
        let w = c.key.width() + 2 + c.what.width() + 3;
        let row_has_some = rows.last().is_some_and(|r| !r.is_empty());
        if row_has_some && used + w > usize::from(width) + 3 {
            rows.push(Vec::new());
            used = 1;
        }
        if let Some(row) = rows.last_mut() {
            row.push(c);
        }
        used += w;
    }
    rows
}

/// A numbered menu, one entry per line with a blank line between when there is room. Returns
/// the position of the selected entry.
pub fn menu(
    items: &[Line<'_>],
    selected: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let spacing = if (items.len() as u16) * 2 <= area.height {
        2
    } else {
        1
    };
    // Longer than the area: a window that keeps the selected entry in view, with a line above
    // and below saying how many more there are.
    let fits = items.len() <= usize::from(area.height / spacing).max(1);
    let (list_area, visible) = if fits {
        (area, items.len())
    } else {
        let inner = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(2),
        );
        (inner, usize::from(inner.height).max(1))
    };
    let area = list_area;
    let first = if selected < items.len() {
        selected.saturating_sub(visible.saturating_sub(1))
    } else {
        0
    };
    if !fits {
        let above = first;
        let below = items.len().saturating_sub(first + visible);
        if above > 0 {
            Line::styled(tf("menu.more-above", &[("n", &above)]), theme.key)
                .render(Rect::new(area.x, area.y - 1, area.width, 1), buf);
        }
        if below > 0 {
            Line::styled(tf("menu.more-below", &[("n", &below)]), theme.key)
                .render(Rect::new(area.x, area.bottom(), area.width, 1), buf);
        }
    }
    let spacing = if fits { spacing } else { 1 };
    let mut cursor = None;
    for (row, (i, item)) in items
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .enumerate()
    {
        let y = area.y + row as u16 * spacing;
        let number = format!(" {:>2}. ", i + 1);
        let is_selected = i == selected;
        let (mark, style) = if is_selected {
            (">", theme.focus)
        } else {
            (" ", theme.base)
        };
        let line_area = Rect::new(area.x, y, area.width, 1);
        super::clicks::note(line_area, super::clicks::Target::Entry(i));
        if is_selected {
            buf.set_style(line_area, theme.focus);
            cursor = Some(Position::new(area.x, y));
        }
        let mut spans = vec![Span::styled(mark, style), Span::styled(number, style)];
        spans.extend(item.spans.iter().map(|s| {
            if is_selected {
                Span::styled(s.content.clone(), theme.focus)
            } else {
                s.clone()
            }
        }));
        Line::from(spans).render(line_area, buf);
    }
    cursor
}

/// The help box over the screen: the calm words and this screen's keys.
fn help(
    commands: &[Command],
    scroll: &super::scroll::Scroll,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let width = area.width.min(70);
    let mut lines = vec![
        Line::styled(t("help.calm"), theme.base),
        Line::raw(""),
        Line::styled(t("help.keys"), theme.title),
    ];
    // The keys in a column as wide as the widest (as the screen measures it, so "Phím mũi
    // tên" or "화살표 키" keeps its gap), with two spaces before what they do.
    let column = commands
        .iter()
        .map(|c| c.key.width())
        .max()
        .unwrap_or(0)
        .min(24);
    for c in commands {
        let gap = column.saturating_sub(c.key.width()) + 2;
        lines.push(Line::from(vec![
            Span::styled(format!("  {}{}", c.key, " ".repeat(gap)), theme.key),
            Span::styled(c.what.clone(), theme.base),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t("help.esc"), theme.base));
    lines.push(Line::styled(t("help.mouse"), theme.base));
    lines.push(Line::styled(t("help.quit"), theme.base));
    lines.push(Line::raw(""));
    lines.push(Line::styled(t("help.close"), theme.key));
    super::clicks::cover();
    let words = Paragraph::new(lines).wrap(Wrap { trim: false });
    let words_width = width.saturating_sub(4);
    let words_height = u16::try_from(words.line_count(words_width)).unwrap_or(u16::MAX);
    let height = words_height.saturating_add(2).min(area.height);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let rect = Rect::new(x, y, width, height);
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.title)
        .title(Line::styled(format!(" {} ", t("help.title")), theme.title));
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    // Taller than the window: shown a part at a time, with PgUp and PgDn named.
    let since = super::clicks::mark();
    let mut content = super::scroll::canvas(inner.x, inner.width, words_height.max(1), theme.base);
    words.render(content.area, &mut content);
    scroll.draw(&content, None, theme.key, since, inner, buf);
    Some(Position::new(inner.x, inner.y))
}

/// The polite message for a window that is too small. Never panics, whatever the size.
fn too_small(theme: &Theme, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let text = vec![
        Line::styled(t("small.title"), theme.title),
        Line::styled(
            tf(
                "small.body",
                &[
                    ("w", &MIN_WIDTH),
                    ("h", &MIN_HEIGHT),
                    ("cw", &area.width),
                    ("ch", &area.height),
                ],
            ),
            theme.base,
        ),
    ];
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
    (area.width > 0 && area.height > 0).then_some(Position::new(area.x, area.y))
}

/// How many lines a text takes when wrapped at `width` (a close estimate for layout).
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = width.max(1) as usize;
    let mut lines = 0usize;
    for para in text.split('\n') {
        let mut line = 0usize;
        let mut count = 1usize;
        for word in para.split_whitespace() {
            let w = word.width();
            if line == 0 {
                line = w;
            } else if line + 1 + w <= width {
                line += 1 + w;
            } else {
                count += 1 + (w.saturating_sub(1)) / width;
                line = w % width.max(1);
            }
        }
        lines += count;
    }
    lines as u16
}
