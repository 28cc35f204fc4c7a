//! A topic's test: one scenario question at a time with numbered options and no time limit; at
//! the end, the score, passed or not yet, and each wrong answer with its explanation.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::player::choices;
use super::{NOT_CHOSEN, Topic, View, menu_commands, numbered, point, step_selection};
use crate::engine::{Quiz, QuizResult};
use crate::pack::Assessment;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu, wrapped_height};
use crate::tui::plain::page::Page;
use crate::tui::text::{t, tf};
use crate::tui::widgets::SimScreen;

/// A test under way.
#[derive(Debug)]
pub struct QuizView {
    /// Index of the pack.
    pub pack: usize,
    /// The attempt.
    pub quiz: Quiz,
    /// The selected option; [`NOT_CHOSEN`] until the learner points at one.
    pub selected: usize,
    /// Enter was pressed with nothing chosen: say how to choose.
    choose_first: bool,
    /// How many questions were answered before the learner went away (a test continued).
    pub continued_from: Option<usize>,
}

impl QuizView {
    /// A new attempt drawn with `seed`.
    pub fn new(pack: usize, assessment: &Assessment, seed: u64) -> Self {
        QuizView {
            pack,
            quiz: Quiz::new(assessment, seed),
            selected: NOT_CHOSEN,
            choose_first: false,
            continued_from: None,
        }
    }

    /// The test of pack `pack`: the one the learner left half-way, if it can continue (same
    /// questions, answers kept), else a new attempt drawn with `seed`.
    pub fn open(ctx: &Ctx, pack: usize, assessment: &Assessment, seed: u64) -> Self {
        let underway = ctx.memory.test_underway(&ctx.packs[pack].id).and_then(|t| {
            Quiz::resume(assessment, &t.questions, &t.answers, seed).map(|q| (q, t.answers.len()))
        });
        match underway {
            Some((quiz, answered)) => QuizView {
                pack,
                quiz,
                selected: NOT_CHOSEN,
                choose_first: false,
                continued_from: Some(answered),
            },
            None => Self::new(pack, assessment, seed),
        }
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let options = self.quiz.shown_options();
        let chosen = match action {
            Action::Back => {
                if self.quiz.back() {
                    self.selected = NOT_CHOSEN;
                    return Nav::Stay;
                }
                return Nav::Go(View::Topic(Topic {
                    pack: self.pack,
                    selected: ctx.packs[self.pack].lessons.len(),
                    resume: None,
                }));
            }
            Action::Number(n) => numbered(n, options.len()),
            // Nothing is chosen until the learner points at an answer: Enter alone never
            // answers a question.
            Action::Select if self.selected >= options.len() => {
                self.choose_first = true;
                return Nav::Stay;
            }
            Action::Select => Some(self.selected),
            other => {
                self.selected = point(self.selected, options.len(), other);
                self.choose_first = false;
                return Nav::Stay;
            }
        };
        let Some(id) = chosen.and_then(|i| options.get(i)).map(|o| o.id.clone()) else {
            return Nav::Stay;
        };
        self.quiz.answer(&id);
        self.selected = NOT_CHOSEN;
        self.choose_first = false;
        self.continued_from = None;
        if !self.quiz.is_finished() {
            // Kept at once: a learner who goes away (or a closed tutor) loses no answer.
            let (questions, answers) = self.quiz.so_far();
            let pack_id = ctx.packs[self.pack].id.clone();
            ctx.test_answered(&pack_id, questions, answers);
        }
        if self.quiz.is_finished() {
            let result = self.quiz.result();
            let pack_id = ctx.packs[self.pack].id.clone();
            ctx.quiz_finished(&pack_id, &result);
            // After a pass the way back to the topics is ready, not another attempt.
            let selected = usize::from(result.passed);
            return Nav::Go(View::QuizDone(Box::new(QuizDone {
                pack: self.pack,
                quiz: self.quiz.clone(),
                result,
                selected,
                review: crate::tui::scroll::Scroll::default(),
            })));
        }
        Nav::Stay
    }

    /// The header's words.
    pub fn title(&self, ctx: &Ctx) -> String {
        tf("quiz.title", &[("topic", &ctx.packs[self.pack].title)])
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let n = self.quiz.shown_options().len();
        let mut c = vec![
            Command::new(tf("key.numbers", &[("n", &n)]), "do.choose"),
            Command::new(t("key.arrows"), "do.move"),
            Command::new(t("key.enter"), "do.choose"),
        ];
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(t("key.help"), "do.help"));
        c
    }

    /// Before the first answer: how many questions, the pass mark, no time limit, retakes
    /// welcome. Then only the time-limit reminder.
    fn about(&self) -> String {
        if let Some(answered) = self.continued_from {
            tf(
                "quiz.continued",
                &[("n", &answered), ("total", &self.quiz.questions().len())],
            )
        } else if self.quiz.current() == 0 {
            tf(
                "quiz.before",
                &[
                    ("total", &self.quiz.questions().len()),
                    ("percent", &self.quiz.pass_percent()),
                ],
            )
        } else {
            t("quiz.no-limit").to_string()
        }
    }

    /// The question said as plain lines: its number, the scenario and its screen, the answers.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let Some(q) = self.quiz.question() else {
            return Page::new("quiz-end", self.title(ctx));
        };
        let choices = self
            .quiz
            .shown_options()
            .iter()
            .map(|o| o.text.clone())
            .collect();
        let mut page = Page::new(
            format!("quiz:{}:{}", self.pack, self.quiz.current()),
            self.title(ctx),
        )
        .menu(choices, true);
        page.lines = vec![
            tf(
                "quiz.question",
                &[
                    ("n", &(self.quiz.current() + 1)),
                    ("total", &self.quiz.questions().len()),
                ],
            ),
            self.about(),
        ];
        if let Some(screen) = &q.screen {
            page.lines.extend(crate::tui::spoken::screen(screen));
        }
        page.lines.push(q.scenario.clone());
        page
    }

    /// Draws the question.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let q = self.quiz.question()?;
        let area = area.inner(Margin::new(1, 0));
        let (left, right) = if q.screen.is_some() {
            let [l, r] =
                Layout::horizontal([Constraint::Length(40), Constraint::Min(1)]).areas(area);
            (Some(l), r.inner(Margin::new(1, 0)))
        } else {
            (None, area)
        };
        if let (Some(screen), Some(l)) = (&q.screen, left) {
            SimScreen {
                screen,
                theme,
                focus: None,
            }
            .render(l, buf);
        }
        let about = self.about();
        let about_height = wrapped_height(&about, right.width);
        let head = vec![
            Line::styled(
                tf(
                    "quiz.question",
                    &[
                        ("n", &(self.quiz.current() + 1)),
                        ("total", &self.quiz.questions().len()),
                    ],
                ),
                theme.dim,
            ),
            Line::styled(about, theme.dim),
            Line::raw(""),
            Line::styled(q.scenario.as_str(), theme.title),
        ];
        let note = self
            .choose_first
            .then(|| Line::styled(t("player.choose-first"), theme.warn));
        let note_height = if self.choose_first {
            wrapped_height(t("player.choose-first"), right.width)
        } else {
            0
        };
        let head_height = 2 + about_height + wrapped_height(&q.scenario, right.width) + note_height;
        let [top, list] =
            Layout::vertical([Constraint::Length(head_height + 1), Constraint::Min(1)])
                .areas(right);
        let mut head = head;
        head.extend(note);
        Paragraph::new(head)
            .wrap(Wrap { trim: true })
            .render(top, buf);
        let texts: Vec<&str> = self
            .quiz
            .shown_options()
            .iter()
            .map(|o| o.text.as_str())
            .collect();
        choices(&texts, self.selected, theme, list, buf)
    }
}

/// A finished test with its review.
#[derive(Debug)]
pub struct QuizDone {
    /// Index of the pack.
    pub pack: usize,
    /// The attempt (for the questions' texts).
    pub quiz: Quiz,
    /// How it went.
    pub result: QuizResult,
    /// The selected entry.
    pub selected: usize,
    /// Where the result and the questions to look at again are scrolled to.
    pub review: crate::tui::scroll::Scroll,
}

impl QuizDone {
    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let chosen = match action {
            Action::Number(n) => numbered(n, 2),
            Action::Select => Some(self.selected),
            Action::Back => Some(1),
            Action::PageUp => {
                self.review.page_up();
                return Nav::Stay;
            }
            Action::PageDown => {
                self.review.page_down();
                return Nav::Stay;
            }
            other => {
                self.selected = step_selection(self.selected, 2, other);
                return Nav::Stay;
            }
        };
        match chosen {
            Some(0) => match ctx.assessment(self.pack) {
                Some(a) => {
                    let seed = ctx.next_seed();
                    Nav::Go(View::Quiz(Box::new(QuizView::new(self.pack, &a, seed))))
                }
                None => Nav::Stay,
            },
            Some(_) => Nav::Go(View::Topic(Topic {
                pack: self.pack,
                selected: ctx.packs[self.pack].lessons.len(),
                resume: None,
            })),
            None => Nav::Stay,
        }
    }

    /// The header's words.
    pub fn title(&self, ctx: &Ctx) -> String {
        tf("quiz.title", &[("topic", &ctx.packs[self.pack].title)])
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let mut c = menu_commands(2);
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(t("key.help"), "do.help"));
        c
    }

    /// Draws the score and the review.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 0));
        let lines = self.words(ctx);
        let [top, list] = Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
        // Every question to look at again is kept: what does not fit scrolls with PgDn.
        let words = Paragraph::new(lines).wrap(Wrap { trim: true });
        let height = u16::try_from(words.line_count(top.width)).unwrap_or(u16::MAX);
        let since = crate::tui::clicks::mark();
        let mut content = crate::tui::scroll::canvas(top.x, top.width, height.max(1), theme.base);
        words.render(content.area, &mut content);
        self.review.draw(&content, None, theme.key, since, top, buf);
        let items = vec![Line::raw(t("quiz.again")), Line::raw(t("quiz.back"))];
        menu(&items, self.selected, theme, list, buf)
    }

    /// The score, the certificate, and the questions to look at again.
    fn words(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        let pass = ctx.packs[self.pack]
            .assessment
            .as_ref()
            .map_or(80, |a| a.pass_percent);
        let mut lines = vec![
            Line::styled(
                tf(
                    "quiz.result",
                    &[
                        ("score", &self.result.score),
                        ("total", &self.result.total),
                        ("percent", &self.result.percent()),
                    ],
                ),
                theme.title,
            ),
            if self.result.passed {
                Line::styled(
                    format!("{} {}", t("player.mark.right"), t("quiz.passed")),
                    theme.good,
                )
            } else {
                Line::styled(tf("quiz.not-yet", &[("pass", &pass)]), theme.bad)
            },
            Line::raw(""),
        ];
        if self.result.passed {
            lines.extend(certificate_lines(ctx, self.pack, self.result.percent()));
        }
        if self.result.wrong.is_empty() {
            lines.push(Line::styled(t("quiz.all-right"), theme.base));
        } else {
            lines.push(Line::styled(t("quiz.review"), theme.title));
            for w in &self.result.wrong {
                let Some(q) = self.quiz.questions().iter().find(|q| q.id == w.question) else {
                    continue;
                };
                let text_of = |id: &str| {
                    q.options
                        .iter()
                        .find(|o| o.id == id)
                        .map(|o| o.text.clone())
                        .unwrap_or_default()
                };
                lines.push(Line::styled(format!("- {}", q.scenario), theme.base));
                lines.push(Line::styled(
                    format!(
                        "  {} {}",
                        t("player.mark.wrong"),
                        tf("quiz.your-answer", &[("answer", &text_of(&w.chosen))])
                    ),
                    theme.bad,
                ));
                lines.push(Line::styled(
                    format!(
                        "  {} {}",
                        t("player.mark.right"),
                        tf("quiz.right-answer", &[("answer", &text_of(&w.right))])
                    ),
                    theme.good,
                ));
                lines.push(Line::styled(format!("  {}", q.explanation), theme.base));
            }
        }
        lines
    }

    /// The result said as plain lines.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let choices = vec![t("quiz.again").to_string(), t("quiz.back").to_string()];
        let mut page =
            Page::new(format!("quiz-done:{}", self.pack), self.title(ctx)).menu(choices, true);
        page.lines = crate::tui::plain::said_all(&self.words(ctx));
        page
    }
}

/// The certificate the learner sees on passing: who, what, when (written as people write dates),
/// the score and the centre, and that a trainer can print it, once the result is saved. A guest
/// is told that nothing is kept.
fn certificate_lines(ctx: &Ctx, pack: usize, percent: u32) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let topic = ctx.packs[pack].title.clone();
    let now = crate::progress::store::now_secs();
    let today = crate::tui::text::long_date(now);
    let mut lines = vec![Line::styled(
        format!("{} {}", t("player.mark.right"), t("cert.heading")),
        theme.good,
    )];
    match &ctx.who {
        Learner::Profile { name, .. } => {
            lines.push(Line::styled(
                tf(
                    "cert.body",
                    &[
                        ("name", name),
                        ("topic", &topic),
                        ("percent", &percent),
                        ("date", &today),
                    ],
                ),
                theme.title,
            ));
            if !ctx.config.centre_name.is_empty() {
                lines.push(Line::styled(ctx.config.centre_name.clone(), theme.base));
            }
            lines.push(if ctx.save_state.is_unsaved() {
                Line::styled(t("cert.not-saved"), theme.warn)
            } else {
                Line::styled(t("cert.print"), theme.dim)
            });
        }
        _ => lines.push(Line::styled(t("cert.guest"), theme.dim)),
    }
    lines.push(Line::raw(""));
    lines
}
