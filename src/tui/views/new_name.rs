//! "I'm new here": the learner types their name into a text field (tui-input) and a profile is
//! made. Esc goes back to the list without making anything.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};
use tui_input::Input;

use super::{Home, View, Who};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::Command;
use crate::tui::plain::page::{Page, Word};
use crate::tui::text::t;

/// The name being typed.
#[derive(Debug, Default)]
pub struct NewName {
    /// The text field.
    pub input: Input,
    /// Why the name was not accepted, in plain words.
    pub problem: Option<String>,
}

impl NewName {
    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        match action {
            Action::Back => return Nav::Go(View::Who(Who::default())),
            Action::Select => {
                return match ctx.profiles.create(self.input.value()) {
                    Ok(entry) => {
                        let opened = ctx.profiles.open(&entry.id);
                        ctx.memory = opened.memory;
                        ctx.notice = opened.notice;
                        ctx.who = Learner::Profile {
                            id: entry.id,
                            name: entry.name,
                        };
                        ctx.speak_learners_language();
                        ctx.save();
                        Nav::Go(View::Home(Home::default()))
                    }
                    Err(problem) => {
                        self.problem = Some(problem);
                        Nav::Stay
                    }
                };
            }
            other => {
                super::player::edit_input(&mut self.input, other);
            }
        }
        Nav::Stay
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(t("key.type"), "do.type"),
            Command::new(t("key.enter"), "do.send"),
            Command::new(t("key.esc"), "do.back"),
            Command::new("F1", "do.help"),
        ]
    }

    /// The question said as plain lines: the name is typed as a line.
    pub fn plain(&self) -> Page {
        let mut page = Page::new("new-name", t("name.title"));
        page.lines = vec![t("name.intro").to_string()];
        page.after = self
            .problem
            .iter()
            .map(|p| format!("{} {p}", t("player.mark.wrong")))
            .collect();
        page.typing = true;
        page.commands = vec![(Word::Back, "do.back"), (Word::Help, "do.help")];
        page
    }

    /// Draws the field.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 1));
        let [intro, field, problem] = Layout::vertical([
            Constraint::Length(4),
            Constraint::Length(3),
            Constraint::Min(1),
        ])
        .areas(area);
        Paragraph::new(vec![
            Line::styled(t("name.title"), theme.title),
            Line::raw(""),
            Line::styled(t("name.intro"), theme.base),
        ])
        .wrap(Wrap { trim: true })
        .render(intro, buf);
        let field = Rect::new(field.x, field.y, field.width.min(50), field.height);
        let cursor =
            super::player::draw_input(&self.input, false, t("name.label"), theme, field, buf);
        if let Some(text) = &self.problem {
            Paragraph::new(Line::styled(
                format!("{} {text}", t("player.mark.wrong")),
                theme.bad,
            ))
            .wrap(Wrap { trim: true })
            .block(Block::new().border_type(BorderType::Plain))
            .render(problem, buf);
        }
        cursor
    }
}
