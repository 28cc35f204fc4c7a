//! A lesson just finished: what went well, the step card to remember, and where to go next
//! (the next lesson, practise again, back to the lessons).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::{PlayerView, Topic, View, menu_commands, numbered, step_selection};
use crate::engine::LessonResult;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::effect::SaveState;
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};

/// The end-of-lesson screen's state.
#[derive(Debug)]
pub struct Finished {
    /// Index of the pack.
    pub pack: usize,
    /// Index of the lesson.
    pub lesson: usize,
    /// How it went.
    pub result: LessonResult,
    /// The selected entry.
    pub selected: usize,
    title: String,
    card: Vec<String>,
    next_title: Option<String>,
    saved: bool,
}

enum Entry {
    Next,
    Again,
    Topics,
}

impl Finished {
    /// The screen for a finished lesson.
    pub fn new(ctx: &Ctx, pack: usize, lesson: usize, result: LessonResult) -> Self {
        let p = &ctx.packs[pack];
        let l = &p.lessons[lesson];
        Finished {
            pack,
            lesson,
            result,
            selected: 0,
            title: l.title.clone(),
            card: l.step_card.clone(),
            next_title: p.lessons.get(lesson + 1).map(|n| n.title.clone()),
            saved: matches!(ctx.who, Learner::Profile { .. }),
        }
    }

    fn entries(&self) -> Vec<Entry> {
        let mut e = Vec::new();
        if self.next_title.is_some() {
            e.push(Entry::Next);
        }
        e.push(Entry::Again);
        e.push(Entry::Topics);
        e
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let entries = self.entries();
        let chosen = match action {
            Action::Number(n) => numbered(n, entries.len()),
            Action::Select => Some(self.selected),
            Action::Back => return self.back(),
            other => {
                self.selected = step_selection(self.selected, entries.len(), other);
                return Nav::Stay;
            }
        };
        let Some(i) = chosen else { return Nav::Stay };
        match entries.get(i) {
            Some(Entry::Next) => {
                let seed = ctx.next_seed();
                Nav::Go(View::Player(Box::new(PlayerView::start(
                    ctx,
                    self.pack,
                    self.lesson + 1,
                    seed,
                ))))
            }
            Some(Entry::Again) => {
                let seed = ctx.next_seed();
                Nav::Go(View::Player(Box::new(PlayerView::start(
                    ctx,
                    self.pack,
                    self.lesson,
                    seed,
                ))))
            }
            Some(Entry::Topics) | None => self.back(),
        }
    }

    fn back(&self) -> Nav {
        Nav::Go(View::Topic(Topic {
            pack: self.pack,
            selected: self.lesson,
            resume: None,
        }))
    }

    /// The header's words.
    pub fn title(&self) -> String {
        self.title.clone()
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let mut c = menu_commands(self.entries().len());
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(t("key.help"), "do.help"));
        c
    }

    /// Draws the screen.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 0));
        let well = self.well(ctx);
        let well_height = well.len() as u16;
        let card_width = area.width.saturating_sub(4);
        let card_height = self
            .card
            .iter()
            .enumerate()
            .map(|(i, s)| crate::tui::draw::wrapped_height(&format!("{}. {s}", i + 1), card_width))
            .sum::<u16>()
            + 2;
        let [top, card, list] = Layout::vertical([
            Constraint::Length(well_height),
            Constraint::Length(card_height),
            Constraint::Min(3),
        ])
        .areas(area);
        Paragraph::new(well)
            .wrap(Wrap { trim: true })
            .render(top, buf);
        let lines: Vec<Line<'_>> = self
            .card
            .iter()
            .enumerate()
            .map(|(i, s)| Line::styled(format!("{}. {s}", i + 1), theme.base))
            .collect();
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(
                Block::bordered()
                    .border_type(BorderType::Double)
                    .border_style(theme.title)
                    .padding(ratatui::widgets::Padding::horizontal(1))
                    .title(Line::styled(format!(" {} ", t("done.card")), theme.title)),
            )
            .render(card, buf);
        let items: Vec<Line<'_>> = self.items().into_iter().map(Line::raw).collect();
        menu(&items, self.selected, theme, list, buf)
    }

    /// What went well, and whether it is saved.
    fn well(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        let total = self.result.steps.len();
        let first = self.result.first_try();
        let mut well = vec![
            Line::styled(tf("done.title", &[("lesson", &self.title)]), theme.good),
            Line::styled(
                if first == total {
                    t("done.all-first-try").to_string()
                } else {
                    tf("done.first-try", &[("n", &first), ("total", &total)])
                },
                theme.base,
            ),
        ];
        let mistakes = self.result.mistakes();
        if mistakes > 0 {
            well.push(Line::styled(
                tf("done.mistakes", &[("n", &mistakes)]),
                theme.base,
            ));
        }
        let hints = self.result.hints();
        if hints > 0 {
            well.push(Line::styled(tf("done.hints", &[("n", &hints)]), theme.base));
        }
        // Read from the outcome of the save itself, performed after this screen was made.
        let (saved_words, saved_style) = match (&ctx.save_state, self.saved) {
            (_, false) => (t("done.guest"), theme.dim),
            (SaveState::Saved, true) => (t("done.saved"), theme.dim),
            (_, true) => (t("done.not-saved"), theme.warn),
        };
        well.push(Line::styled(saved_words, saved_style));
        well
    }

    /// The entries, in words.
    fn items(&self) -> Vec<String> {
        self.entries()
            .iter()
            .map(|e| match e {
                Entry::Next => tf(
                    "done.next",
                    &[("lesson", &self.next_title.clone().unwrap_or_default())],
                ),
                Entry::Again => t("done.again").to_string(),
                Entry::Topics => t("done.topics").to_string(),
            })
            .collect()
    }

    /// The screen said as plain lines: what went well, the step card, where to go next.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let mut page = Page::new(
            format!("finished:{}:{}", self.pack, self.lesson),
            self.title(),
        )
        .menu(self.items(), true);
        page.lines = crate::tui::plain::said_all(&self.well(ctx));
        page.lines.push(t("done.card").to_string());
        page.lines.extend(
            self.card
                .iter()
                .enumerate()
                .map(|(i, s)| format!("{}. {s}", i + 1)),
        );
        page
    }
}
