//! "Problems with lesson files": each pack that could not be loaded (from the user's lessons
//! folder or `--lessons`), with its first errors as file:line:column, what is wrong and how to
//! fix it. For the trainer or author; a learner just presses Esc. The other packs work as usual.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Home, View};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Nav};
use crate::tui::draw::Command;
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};

/// How many errors of each file are shown; `digitutor validate FILE` shows them all.
pub const ERRORS_SHOWN: usize = 3;

/// A pack that could not be loaded, as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemFile {
    /// The file.
    pub name: String,
    /// Its first errors: `line:col: message`, then the help, if any.
    pub errors: Vec<(String, Option<String>)>,
    /// How many errors it has in all.
    pub total: usize,
}

impl ProblemFile {
    /// The screen's summary of a broken pack.
    pub fn from_loaded(file: &crate::pack::LoadedPack) -> Self {
        let errors: Vec<_> = file.diagnostics.iter().filter(|d| d.is_error()).collect();
        ProblemFile {
            name: file.name.clone(),
            total: errors.len(),
            errors: errors
                .iter()
                .take(ERRORS_SHOWN)
                .map(|d| {
                    (
                        format!("{}:{}: {}", d.line, d.column, d.message),
                        d.help.clone(),
                    )
                })
                .collect(),
        }
    }
}

/// The problems screen's state: how far it is scrolled.
#[derive(Debug, Default)]
pub struct Problems {
    /// Lines scrolled off the top.
    pub scroll: u16,
}

impl Problems {
    /// Handles one action.
    pub fn handle(&mut self, action: Action, _ctx: &mut Ctx) -> Nav {
        match action {
            Action::Back | Action::Select => Nav::Go(View::Home(Home::default())),
            Action::Down | Action::Right => {
                self.scroll = self.scroll.saturating_add(1);
                Nav::Stay
            }
            Action::Up | Action::Left => {
                self.scroll = self.scroll.saturating_sub(1);
                Nav::Stay
            }
            _ => Nav::Stay,
        }
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(t("key.arrows"), "do.scroll"),
            Command::new(t("key.esc"), "do.back"),
            Command::new(t("key.help"), "do.help"),
        ]
    }

    /// Draws the list of broken packs.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 1));
        let [head, body] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(area);
        Paragraph::new(vec![
            Line::styled(
                tf("problems.title", &[("n", &ctx.problems.len())]),
                theme.title,
            ),
            Line::styled(t("problems.intro"), theme.dim),
        ])
        .wrap(Wrap { trim: true })
        .render(head, buf);
        let lines = Self::files(ctx);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(body, buf);
        Some(Position::new(head.x, head.y))
    }

    /// Each file that could not be opened, its errors and how to fix them.
    fn files(ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        let mut lines = Vec::new();
        for file in &ctx.problems {
            lines.push(Line::styled(
                format!("{} {}", t("player.mark.wrong"), file.name),
                theme.bad,
            ));
            for (error, help) in &file.errors {
                lines.push(Line::styled(format!("    {error}"), theme.base));
                if let Some(help) = help {
                    lines.push(Line::styled(
                        format!("    {} {help}", t("problems.help")),
                        theme.dim,
                    ));
                }
            }
            if file.total > file.errors.len() {
                lines.push(Line::styled(
                    tf(
                        "problems.more",
                        &[
                            ("n", &(file.total - file.errors.len())),
                            ("file", &file.name),
                        ],
                    ),
                    theme.dim,
                ));
            }
            lines.push(Line::raw(""));
        }
        lines
    }

    /// The list said as plain lines.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let title = tf("problems.title", &[("n", &ctx.problems.len())]);
        let mut page = Page::new("problems", title).menu(Vec::new(), true);
        page.ask = t("plain.enter-back").to_string();
        page.enter = true;
        page.lines = vec![t("problems.intro").to_string()];
        page.lines
            .extend(crate::tui::plain::said_all(&Self::files(ctx)));
        page
    }
}
