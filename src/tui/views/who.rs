//! "Who is learning today?": pick your name, "I'm new here", or "Just try" (a guest: nothing is
//! saved). Large numbered entries, most recent learners first.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Home, NewName, Trainer, View, menu_commands, numbered, step_selection};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::text::t;

/// The list's state.
#[derive(Debug, Default)]
pub struct Who {
    /// The selected entry.
    pub selected: usize,
}

enum Entry {
    Profile(usize),
    New,
    Guest,
    Trainer,
}

impl Who {
    fn entries(ctx: &Ctx) -> Vec<Entry> {
        let mut entries: Vec<Entry> = (0..ctx.profiles.list().len()).map(Entry::Profile).collect();
        entries.push(Entry::New);
        entries.push(Entry::Guest);
        entries.push(Entry::Trainer);
        entries
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let entries = Self::entries(ctx);
        let chosen = match action {
            Action::Number(n) => numbered(n, entries.len()),
            Action::Select => Some(self.selected),
            Action::Back => return Nav::Stay,
            other => {
                self.selected = step_selection(self.selected, entries.len(), other);
                return Nav::Stay;
            }
        };
        let Some(index) = chosen else {
            return Nav::Stay;
        };
        self.selected = index;
        match entries.get(index) {
            Some(Entry::Profile(i)) => {
                let Some(entry) = ctx.profiles.list().get(*i).cloned() else {
                    return Nav::Stay;
                };
                let opened = ctx.profiles.open(&entry.id);
                ctx.memory = opened.memory;
                ctx.notice = opened.notice;
                ctx.who = Learner::Profile {
                    id: entry.id,
                    name: entry.name,
                };
                Nav::Go(View::Home(Home::default()))
            }
            Some(Entry::New) => Nav::Go(View::NewName(NewName::default())),
            Some(Entry::Trainer) => Nav::Go(View::Trainer(Box::new(Trainer::new(ctx)))),
            Some(Entry::Guest) => {
                ctx.who = Learner::Guest;
                ctx.memory = Default::default();
                Nav::Go(View::Home(Home::default()))
            }
            None => Nav::Stay,
        }
    }

    /// The key bar's commands.
    pub fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let mut c = menu_commands(Self::entries(ctx).len());
        c.push(Command::new(t("key.help"), "do.help"));
        c.push(Command::new(t("key.quit"), "do.quit"));
        c
    }

    /// Draws the list.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let [intro, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)])
            .areas(area.inner(ratatui::layout::Margin::new(2, 1)));
        let mut lines = vec![Line::styled(t("who.title"), theme.title), Line::raw("")];
        lines.push(Line::styled(t("who.intro"), theme.base));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(intro, buf);
        let items: Vec<Line<'_>> = Self::entries(ctx)
            .iter()
            .map(|e| match e {
                Entry::Profile(i) => Line::raw(ctx.profiles.list()[*i].name.clone()),
                Entry::New => Line::raw(t("who.new")),
                Entry::Guest => Line::raw(t("who.guest")),
                Entry::Trainer => Line::styled(t("who.trainer"), ctx.theme.dim),
            })
            .collect();
        menu(&items, self.selected, theme, list, buf)
    }
}
