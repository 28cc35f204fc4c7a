//! The lessons of one topic, each marked done, started or new in words, and the topic's test.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{DemoView, Home, PlayerView, QuizView, View, menu_commands, numbered, step_selection};
use crate::progress::LessonStatus;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};

/// The lesson list's state.
#[derive(Debug)]
pub struct Topic {
    /// Index of the pack in the app's packs.
    pub pack: usize,
    /// The selected entry.
    pub selected: usize,
    /// A started lesson was opened: continue at its saved step, or start again (the lesson's
    /// index, the step's id, and which of the two is highlighted).
    pub resume: Option<Resume>,
}

/// "Continue where you stopped" or "Start again", for a lesson opened half-way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume {
    /// The lesson's index in the pack.
    pub lesson: usize,
    /// The step where the learner stopped.
    pub step: String,
    /// Its number in the lesson, from 1.
    pub number: usize,
    /// How many steps the lesson has.
    pub total: usize,
    /// 0: continue, 1: start again.
    pub selected: usize,
}

impl Topic {
    /// The lesson list of a pack, with the first lesson not done selected.
    pub fn new(pack: usize) -> Self {
        Topic {
            pack,
            selected: 0,
            resume: None,
        }
    }

    /// The choice between continuing and starting again.
    fn resume_choice(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let Some(resume) = self.resume.as_mut() else {
            return Nav::Stay;
        };
        let chosen = match action {
            Action::Number(n) => numbered(n, 2),
            Action::Select => Some(resume.selected),
            Action::Back => {
                self.resume = None;
                return Nav::Stay;
            }
            other => {
                resume.selected = step_selection(resume.selected, 2, other);
                return Nav::Stay;
            }
        };
        let Some(choice) = chosen else {
            return Nav::Stay;
        };
        let Resume { lesson, step, .. } = resume.clone();
        self.resume = None;
        let seed = ctx.next_seed();
        let player = if choice == 0 {
            PlayerView::resume(ctx, self.pack, lesson, &step, seed)
        } else {
            PlayerView::start(ctx, self.pack, lesson, seed)
        };
        Nav::Go(View::Player(Box::new(player)))
    }

    fn len(&self, ctx: &Ctx) -> usize {
        let pack = &ctx.packs[self.pack];
        let quiz = pack.assessment.is_some() && ctx.who != Learner::Demo;
        pack.lessons.len() + usize::from(quiz)
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        if self.resume.is_some() {
            return self.resume_choice(action, ctx);
        }
        let len = self.len(ctx);
        let chosen = match action {
            Action::Number(n) => numbered(n, len),
            Action::Select => Some(self.selected),
            Action::Back => return Nav::Go(View::Home(Home { selected: 0 })),
            other => {
                self.selected = step_selection(self.selected, len, other);
                return Nav::Stay;
            }
        };
        let Some(index) = chosen else {
            return Nav::Stay;
        };
        self.selected = index;
        let pack = ctx.packs[self.pack].clone();
        if index < pack.lessons.len() && ctx.who == Learner::Demo {
            Nav::Go(View::Demo(Box::new(DemoView::new(ctx, self.pack, index))))
        } else if index < pack.lessons.len() {
            // A lesson left half-way is never restarted silently: ask where to begin (when
            // the step it stopped at is still in the lesson).
            let place = ctx
                .memory
                .last_place()
                .filter(|p| p.pack == pack.id && p.lesson == pack.lessons[index].id)
                .map(|p| p.step.clone());
            if let Some(step) = place {
                let whole = ctx.lesson(self.pack, index);
                if let Some(at) = whole.steps.iter().position(|s| s.id == step) {
                    self.resume = Some(Resume {
                        lesson: index,
                        step,
                        number: at + 1,
                        total: whole.steps.len(),
                        selected: 0,
                    });
                    return Nav::Stay;
                }
            }
            let seed = ctx.next_seed();
            Nav::Go(View::Player(Box::new(PlayerView::start(
                ctx, self.pack, index, seed,
            ))))
        } else if let Some(assessment) = ctx.assessment(self.pack) {
            let seed = ctx.next_seed();
            Nav::Go(View::Quiz(Box::new(QuizView::open(
                ctx,
                self.pack,
                &assessment,
                seed,
            ))))
        } else {
            Nav::Stay
        }
    }

    /// The header's words.
    pub fn title(&self, ctx: &Ctx) -> String {
        ctx.packs[self.pack].title.clone()
    }

    /// The key bar's commands.
    pub fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let mut c = menu_commands(self.len(ctx));
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(t("key.help"), "do.help"));
        c.push(Command::new(t("key.quit"), "do.quit"));
        c
    }

    /// Draws the lessons.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let pack = &ctx.packs[self.pack];
        let area = area.inner(Margin::new(2, 1));
        let summary_rows = crate::tui::draw::wrapped_height(&pack.summary, area.width).min(3);
        let [head, list] =
            Layout::vertical([Constraint::Length(summary_rows + 2), Constraint::Min(1)])
                .areas(area);
        Paragraph::new(vec![
            Line::styled(pack.title.as_str(), theme.title),
            Line::styled(pack.summary.as_str(), theme.base),
        ])
        .wrap(Wrap { trim: true })
        .render(head, buf);
        if let Some((ask, items, selected)) = self.resume_words(ctx) {
            let [top, choices] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(2)]).areas(list);
            Paragraph::new(Line::styled(ask, theme.title))
                .wrap(Wrap { trim: true })
                .render(top, buf);
            let items: Vec<Line<'_>> = items
                .into_iter()
                .map(|i| Line::styled(i, theme.base))
                .collect();
            return menu(&items, selected, theme, choices, buf);
        }
        let items = self.items(ctx);
        menu(&items, self.selected, theme, list, buf)
    }

    /// The lessons, each with its mark, then the test.
    fn items(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        let pack = &ctx.packs[self.pack];
        let mut items: Vec<Line<'static>> = pack
            .lessons
            .iter()
            .map(|l| {
                let status = if ctx.who == Learner::Demo {
                    LessonStatus::New
                } else {
                    ctx.memory.status(&pack.id, &l.id)
                };
                let (mark, style) = match status {
                    LessonStatus::Done => (t("topic.status.done"), theme.good),
                    LessonStatus::Started => (t("topic.status.started"), theme.base),
                    LessonStatus::New => (t("topic.status.new"), theme.dim),
                };
                Line::from(vec![
                    Span::styled(format!("{mark:<10}"), style),
                    Span::styled(l.title.clone(), theme.base),
                ])
            })
            .collect();
        if let Some(asked) = ctx
            .questions_asked(self.pack)
            .filter(|_| ctx.who != Learner::Demo)
        {
            let text = match ctx.memory.best_quiz(&pack.id) {
                Some((best, true)) => tf("topic.quiz-passed", &[("best", &best)]),
                Some((best, false)) => tf("topic.quiz-tried", &[("best", &best)]),
                None => tf("topic.quiz", &[("n", &asked)]),
            };
            items.push(Line::styled(text, theme.title));
        }
        items
    }

    /// A lesson opened half-way: the question, its two answers, and which is highlighted.
    fn resume_words(&self, ctx: &Ctx) -> Option<(String, Vec<String>, usize)> {
        let resume = self.resume.as_ref()?;
        let lesson = &ctx.packs[self.pack].lessons[resume.lesson];
        Some((
            tf("topic.resume", &[("lesson", &lesson.title)]),
            vec![
                tf(
                    "topic.resume-continue",
                    &[("n", &resume.number), ("total", &resume.total)],
                ),
                t("topic.resume-again").to_string(),
            ],
            resume.selected,
        ))
    }

    /// The lessons said as plain lines (or, for a lesson opened half-way, where to begin).
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let pack = &ctx.packs[self.pack];
        if let Some((ask, choices, _)) = self.resume_words(ctx) {
            let mut page =
                Page::new(format!("topic:{}:resume", pack.id), self.title(ctx)).menu(choices, true);
            page.lines = vec![ask];
            return page;
        }
        let choices = crate::tui::plain::said_all(&self.items(ctx));
        let mut page = Page::new(format!("topic:{}", pack.id), self.title(ctx)).menu(choices, true);
        page.lines = vec![pack.summary.clone()];
        page
    }
}
