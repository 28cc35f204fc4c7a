//! "Who is learning today?": "I'm new here" and "Just try" (a guest: nothing is saved) always at
//! the top, then every learner's name in alphabetical order (accents and case do not count), then
//! the trainer's corner. Typing the first letters of a name jumps to it ("nguyen" finds
//! "Nguyễn"); the arrows, PgUp/PgDn and Home/End move through a long list, and lines above and
//! below it say how many names are out of sight.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Home, NewName, Trainer, View, menu_commands, numbered, step_selection};
use crate::safe_text::fold;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};

/// The list's state.
#[derive(Debug, Default)]
pub struct Who {
    /// The selected entry.
    pub selected: usize,
    /// The letters typed to find a name, folded (no case, no accents).
    typed: String,
    /// The typed letters found no name.
    not_found: bool,
}

/// Entries PgUp and PgDn move by.
const PAGE: usize = 5;

enum Entry {
    Profile(usize),
    New,
    Guest,
    Trainer,
    Plain,
}

impl Who {
    fn entries(ctx: &Ctx) -> Vec<Entry> {
        let mut names: Vec<(String, usize)> = ctx
            .profiles
            .list()
            .iter()
            .enumerate()
            .map(|(i, p)| (fold(&p.name), i))
            .collect();
        names.sort();
        let mut entries = vec![Entry::New, Entry::Guest];
        entries.extend(names.into_iter().map(|(_, i)| Entry::Profile(i)));
        // The trainer's corner is drawn for a trainer; plain lines are offered on screen.
        if !ctx.plain {
            entries.push(Entry::Trainer);
            entries.push(Entry::Plain);
        }
        entries
    }

    /// The words of each entry, as the list shows them.
    fn labels(ctx: &Ctx) -> Vec<(String, bool)> {
        Self::entries(ctx)
            .iter()
            .map(|e| match e {
                Entry::Profile(i) => (ctx.profiles.list()[*i].name.clone(), false),
                Entry::New => (t("who.new").to_string(), false),
                Entry::Guest => (t("who.guest").to_string(), false),
                Entry::Trainer => (t("who.trainer").to_string(), true),
                Entry::Plain => (t("plain.entry").to_string(), true),
            })
            .collect()
    }

    /// Jumps to the first name that starts with the letters typed so far; a letter that matches
    /// nothing starts a new search with itself.
    fn find(&mut self, letter: char, ctx: &Ctx) {
        let entries = Self::entries(ctx);
        let starts = |typed: &str| {
            entries.iter().position(|e| match e {
                Entry::Profile(i) => {
                    let name = fold(&ctx.profiles.list()[*i].name);
                    name.starts_with(typed)
                        || name.split_whitespace().any(|word| word.starts_with(typed))
                }
                _ => false,
            })
        };
        let mut typed = self.typed.clone();
        typed.push_str(&fold(&letter.to_string()));
        let found = starts(&typed).or_else(|| {
            typed = fold(&letter.to_string());
            starts(&typed)
        });
        self.typed = typed;
        self.not_found = found.is_none();
        if let Some(index) = found {
            self.selected = index;
        }
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let entries = Self::entries(ctx);
        let last = entries.len().saturating_sub(1);
        if let Action::Char(c) = action {
            self.find(c, ctx);
            return Nav::Stay;
        }
        self.typed.clear();
        self.not_found = false;
        let chosen = match action {
            Action::Number(n) => numbered(n, entries.len()),
            Action::Select => Some(self.selected),
            // Back to the languages, on a computer that asks for one first.
            Action::Back if ctx.ask_language => {
                return Nav::Go(View::Language(super::LanguageView::new(ctx)));
            }
            Action::Back => return Nav::Stay,
            Action::PageUp => {
                self.selected = self.selected.saturating_sub(PAGE);
                return Nav::Stay;
            }
            Action::PageDown => {
                self.selected = (self.selected + PAGE).min(last);
                return Nav::Stay;
            }
            Action::Home => {
                self.selected = 0;
                return Nav::Stay;
            }
            Action::End => {
                self.selected = last;
                return Nav::Stay;
            }
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
                ctx.speak_learners_language();
                ctx.tell_if_open_elsewhere();
                Nav::Go(View::Home(Home::default()))
            }
            Some(Entry::New) => Nav::Go(View::NewName(NewName::default())),
            Some(Entry::Trainer) => Nav::Go(View::Trainer(Box::new(Trainer::new(ctx)))),
            Some(Entry::Plain) => {
                ctx.to_plain = true;
                Nav::Quit
            }
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
        if !ctx.profiles.list().is_empty() {
            c.push(Command::new(t("key.letters"), "do.find-name"));
        }
        c.push(Command::new(t("key.help"), "do.help"));
        c.push(Command::new(t("key.quit"), "do.quit"));
        c
    }

    /// Draws the list.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(ratatui::layout::Margin::new(2, 1));
        let mut lines = vec![Line::styled(t("who.title"), theme.title), Line::raw("")];
        if self.typed.is_empty() {
            lines.push(Line::styled(t("who.intro"), theme.base));
        } else if self.not_found {
            lines.push(Line::styled(
                tf("who.not-found", &[("typed", &self.typed)]),
                theme.warn,
            ));
        } else {
            lines.push(Line::styled(
                tf("who.looking-for", &[("typed", &self.typed)]),
                theme.key,
            ));
        }
        // As many rows as the words take in this language, and a blank one before the list.
        let words = Paragraph::new(lines).wrap(Wrap { trim: true });
        let rows = u16::try_from(words.line_count(area.width))
            .unwrap_or(4)
            .saturating_add(1);
        let [intro, list] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
        words.render(intro, buf);
        let items: Vec<Line<'_>> = Self::labels(ctx)
            .into_iter()
            .map(|(words, quiet)| {
                if quiet {
                    Line::styled(words, theme.dim)
                } else {
                    Line::raw(words)
                }
            })
            .collect();
        menu(&items, self.selected, theme, list, buf)
    }

    /// The list said as plain lines.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let choices = Self::labels(ctx).into_iter().map(|(w, _)| w).collect();
        let mut page = Page::new("who", t("who.title")).menu(choices, ctx.ask_language);
        page.lines = vec![t("who.intro").to_string()];
        page
    }
}
