//! Home: "Continue where you stopped" when there is a place to go back to, then the seven topics
//! with plain progress ("2 of 4 lessons done").

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{PlayerView, Problems, Topic, Trainer, View, menu_commands, numbered, step_selection};
use crate::progress::LessonStatus;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};

/// The home screen's state.
#[derive(Debug, Default)]
pub struct Home {
    /// The selected entry.
    pub selected: usize,
}

enum Entry {
    Continue,
    Topic(usize),
    Problems,
}

impl Home {
    fn entries(ctx: &Ctx) -> Vec<Entry> {
        let mut entries = Vec::new();
        if continue_target(ctx).is_some() {
            entries.push(Entry::Continue);
        }
        entries.extend(ctx.shown_packs().into_iter().map(Entry::Topic));
        if !ctx.problems.is_empty() {
            entries.push(Entry::Problems);
        }
        entries
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let entries = Self::entries(ctx);
        let chosen = match action {
            Action::Number(n) => numbered(n, entries.len()),
            Action::Select => Some(self.selected),
            Action::Back if ctx.who == Learner::Demo && ctx.trainer => {
                ctx.who = Learner::Nobody;
                return Nav::Go(View::Trainer(Box::new(Trainer::menu())));
            }
            Action::Back if ctx.who == Learner::Demo => return Nav::Quit,
            Action::Back => {
                ctx.sign_out();
                return Nav::Go(super::first(ctx));
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
            Some(Entry::Continue) => match continue_target(ctx) {
                Some((pack, lesson, step)) => {
                    let seed = ctx.next_seed();
                    Nav::Go(View::Player(Box::new(PlayerView::resume(
                        ctx, pack, lesson, &step, seed,
                    ))))
                }
                None => Nav::Stay,
            },
            Some(Entry::Topic(p)) => Nav::Go(View::Topic(Topic::new(*p))),
            Some(Entry::Problems) => Nav::Go(View::Problems(Problems::default())),
            None => Nav::Stay,
        }
    }

    /// The key bar's commands.
    pub fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let mut c = menu_commands(Self::entries(ctx).len());
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(t("key.help"), "do.help"));
        c.push(Command::new(t("key.quit"), "do.quit"));
        c
    }

    /// Draws the topics.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 1));
        let title = if ctx.who == Learner::Demo {
            t("demo.choose")
        } else {
            t("home.title")
        };
        let mut head_lines = vec![Line::styled(title, theme.title)];
        if let Some(words) = other_language(ctx) {
            head_lines.push(Line::styled(words, theme.dim));
        }
        let head_text = Paragraph::new(head_lines).wrap(ratatui::widgets::Wrap { trim: true });
        let head_height = u16::try_from(head_text.line_count(area.width))
            .unwrap_or(2)
            .saturating_add(1);
        let [head, list] =
            Layout::vertical([Constraint::Length(head_height), Constraint::Min(1)]).areas(area);
        head_text.render(head, buf);
        let items = Self::items(ctx, list.width);
        menu(&items, self.selected, theme, list, buf)
    }

    /// The screen said as plain lines.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let title = if ctx.who == Learner::Demo {
            t("demo.choose")
        } else {
            t("home.title")
        };
        let choices = crate::tui::plain::said_all(&Self::items(ctx, 0));
        let mut page = Page::new("home", title).menu(choices, true);
        page.lines = other_language(ctx).into_iter().collect();
        page
    }

    /// The entries as the list shows them; the progress lines up in a column `width` allows.
    fn items(ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        Self::entries(ctx)
            .iter()
            .map(|e| match e {
                Entry::Continue => {
                    let title = continue_target(ctx)
                        .map(|(p, l, _)| ctx.packs[p].lessons[l].title.clone())
                        .unwrap_or_default();
                    Line::styled(tf("home.continue", &[("lesson", &title)]), theme.title)
                }
                Entry::Topic(p) => {
                    let pack = &ctx.packs[*p];
                    let done = pack
                        .lessons
                        .iter()
                        .filter(|l| ctx.memory.status(&pack.id, &l.id) == LessonStatus::Done)
                        .count();
                    let pad = title_column(ctx, width);
                    let title = format!("{}  ", shown_title(ctx, *p));
                    let gap = pad.saturating_sub(title.width());
                    let mut spans = vec![
                        Span::styled(format!("{title}{}", " ".repeat(gap)), theme.base),
                        Span::styled(
                            tf(
                                "home.progress",
                                &[("done", &done), ("total", &pack.lessons.len())],
                            ),
                            theme.dim,
                        ),
                    ];
                    if ctx
                        .memory
                        .best_quiz(&pack.id)
                        .is_some_and(|(_, passed)| passed)
                    {
                        spans.push(Span::styled(format!(", {}", t("home.passed")), theme.good));
                    }
                    Line::from(spans)
                }
                Entry::Problems => Line::styled(
                    tf("home.problems", &[("n", &ctx.problems.len())]),
                    theme.warn,
                ),
            })
            .collect()
    }
}

/// Said once, plainly, when some topics are only in another language for now.
fn other_language(ctx: &Ctx) -> Option<String> {
    let other = ctx
        .shown_packs()
        .into_iter()
        .find(|&p| !ctx.in_my_language(p))?;
    let language = pack_language_name(&ctx.packs[other].language);
    Some(tf("home.other-language", &[("language", &language)]))
}

/// A topic's title, with its language's name when that is not the language spoken now.
fn shown_title(ctx: &Ctx, pack: usize) -> String {
    let p = &ctx.packs[pack];
    if ctx.in_my_language(pack) {
        p.title.clone()
    } else {
        format!("{} [{}]", p.title, pack_language_name(&p.language))
    }
}

/// A pack's language as a short mark: its code in capitals ("EN"), as the line above the list
/// explains.
fn pack_language_name(code: &str) -> String {
    code.to_uppercase()
}

/// The width of the topic-title column: the longest title and two spaces, so the progress
/// lines up, unless that leaves too little room for it.
fn title_column(ctx: &Ctx, width: u16) -> usize {
    let longest = ctx
        .shown_packs()
        .into_iter()
        .map(|p| shown_title(ctx, p).width())
        .max()
        .unwrap_or(0)
        + 2;
    let room = usize::from(width).saturating_sub(7 + 24);
    longest.min(room)
}

/// The lesson to continue: (pack index, lesson index, step id), if it still exists.
fn continue_target(ctx: &Ctx) -> Option<(usize, usize, String)> {
    let place = ctx.memory.last_place()?;
    let p = ctx.packs.iter().position(|p| p.id == place.pack)?;
    let l = ctx.packs[p]
        .lessons
        .iter()
        .position(|l| l.id == place.lesson)?;
    Some((p, l, place.step.clone()))
}
