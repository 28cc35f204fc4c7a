//! The trainer's demonstration of a lesson: the right path shown like a presentation. Each step
//! shows its screen and a caption with the right action and why; Space or Right goes on, Left
//! goes back, A turns auto-advance on and off (its pace changed with + and -), W shows what a
//! wrong answer would say, to talk about mistakes with the room. A demo never writes progress.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Topic, View};
use crate::engine::demo::{DemoStep, RightAction, WrongDone, plan};
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Nav};
use crate::tui::draw::{Command, wrapped_height};
use crate::tui::text::{t, tf};
use crate::tui::widgets::SimScreen;

/// Seconds per step when auto-advance starts.
pub const DEFAULT_PACE: u64 = 8;
/// The slowest and fastest pace, in seconds per step.
pub const PACE_RANGE: (u64, u64) = (3, 60);

/// A lesson being demonstrated.
#[derive(Debug)]
pub struct DemoView {
    /// Index of the pack in the app's packs.
    pub pack: usize,
    /// Index of the lesson in the pack.
    pub lesson: usize,
    /// The lesson whole, with its steps (the pack the app holds may be an outline).
    pub whole: crate::pack::Lesson,
    /// The right path.
    pub plan: Vec<DemoStep>,
    /// Which step of the plan shows.
    pub at: usize,
    /// Which wrong answer shows (W), if any.
    pub wrong: Option<usize>,
    /// Whether the right answer of this step shows. A step that asks something opens with the
    /// question and its choices only, so the trainer can ask the room first.
    pub revealed: bool,
    /// Auto-advance on?
    pub auto: bool,
    /// Seconds per step when auto-advancing.
    pub pace: u64,
    /// Drawn for paper or a screen reader (`demo --headless`): the instruction and the phone
    /// only, the words of the side panel printed after the frame instead of beside it.
    pub paper: bool,
}

impl DemoView {
    /// A demonstration of a lesson, from its first step.
    pub fn new(ctx: &Ctx, pack: usize, lesson: usize) -> Self {
        let whole = ctx.lesson(pack, lesson);
        DemoView {
            pack,
            lesson,
            plan: plan(&whole, 0),
            whole,
            at: 0,
            wrong: None,
            revealed: false,
            auto: false,
            pace: DEFAULT_PACE,
            paper: false,
        }
    }

    /// Whether the step showing asks the room something (all but reading steps).
    fn asks(&self) -> bool {
        self.plan.get(self.at).is_some_and(|s| s.asks)
    }

    /// Shows the right answer of a step that asks, else goes to the next step; false at the
    /// end.
    pub fn forward(&mut self) -> bool {
        self.wrong = None;
        if !self.revealed && self.asks() {
            self.revealed = true;
            return true;
        }
        if self.at + 1 < self.plan.len() {
            self.at += 1;
            self.revealed = false;
            true
        } else {
            false
        }
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, _ctx: &mut Ctx) -> Nav {
        match action {
            Action::Back => {
                return Nav::Go(View::Topic(Topic {
                    pack: self.pack,
                    selected: self.lesson,
                    resume: None,
                }));
            }
            Action::Select | Action::Right | Action::Down if !self.forward() => {
                self.auto = false;
            }
            Action::Left | Action::Up | Action::StepBack => {
                self.wrong = None;
                if self.revealed && self.asks() {
                    self.revealed = false;
                } else if self.at > 0 {
                    // The step before was talked about already: its answer shows.
                    self.at -= 1;
                    self.revealed = true;
                }
            }
            Action::ToggleAuto => self.auto = !self.auto,
            Action::Slower => self.pace = (self.pace + 1).min(PACE_RANGE.1),
            Action::Faster => self.pace = self.pace.saturating_sub(1).max(PACE_RANGE.0),
            Action::ShowWrong => {
                let n = self.plan.get(self.at).map_or(0, |s| s.wrongs.len());
                self.wrong = match self.wrong {
                    None if n > 0 => Some(0),
                    Some(i) if i + 1 < n => Some(i + 1),
                    _ => None,
                };
            }
            _ => {}
        }
        Nav::Stay
    }

    /// The header's words.
    pub fn title(&self) -> String {
        tf("demo.title", &[("lesson", &self.whole.title)])
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let next = if !self.revealed && self.asks() {
            "do.show-answer"
        } else {
            "do.next-step"
        };
        vec![
            Command::new(t("key.space"), next),
            Command::new(t("key.left"), "do.previous-step"),
            Command::new(
                "A",
                if self.auto {
                    "do.auto-off"
                } else {
                    "do.auto-on"
                },
            ),
            Command::new("+/-", "do.pace"),
            Command::new("W", "do.show-wrong"),
            Command::new(t("key.esc"), "do.back"),
        ]
    }

    /// The caption: where we are, then the question and its choices for the room, the right
    /// action and why, or a wrong answer and its feedback. `choices` are the step's answers.
    pub fn caption_with(&self, choices: &[&str]) -> Vec<String> {
        let Some(step) = self.plan.get(self.at) else {
            return Vec::new();
        };
        let mut lines = vec![tf(
            "demo.position",
            &[("n", &(self.at + 1)), ("of", &self.plan.len())],
        )];
        if self.auto {
            lines.push(tf("demo.auto", &[("s", &self.pace)]));
        }
        lines.push(String::new());
        match self.wrong.and_then(|i| step.wrongs.get(i).map(|w| (i, w))) {
            Some((i, w)) => {
                lines.push(tf(
                    "demo.wrong-heading",
                    &[("n", &(i + 1)), ("of", &step.wrongs.len())],
                ));
                lines.push(say_wrong(&w.answer));
                if let Some(c) = &w.consequence {
                    lines.push(tf("demo.wrong-consequence", &[("title", c)]));
                }
                lines.push(format!("{} {}", t("demo.they-read"), w.feedback));
            }
            None if !self.revealed && step.asks => {
                lines.push(t("demo.ask-room").to_string());
                for (i, choice) in choices.iter().enumerate() {
                    lines.push(format!("{}. {choice}", i + 1));
                }
                lines.push(String::new());
                lines.push(t("demo.reveal").to_string());
                if !step.wrongs.is_empty() {
                    lines.push(tf("demo.wrongs-available", &[("n", &step.wrongs.len())]));
                }
            }
            None => {
                lines.push(format!(
                    "{} {}",
                    t("demo.right-action"),
                    say_action(&step.action)
                ));
                if !step.why.is_empty() {
                    lines.push(format!("{} {}", t("demo.why"), step.why));
                }
                if !step.wrongs.is_empty() {
                    lines.push(String::new());
                    lines.push(tf("demo.wrongs-available", &[("n", &step.wrongs.len())]));
                }
            }
        }
        if self.at + 1 == self.plan.len() {
            lines.push(String::new());
            lines.push(t("demo.last").to_string());
        }
        lines
    }

    /// The caption, with the step's choices taken from the lesson.
    pub fn caption(&self) -> Vec<String> {
        let lesson = &self.whole;
        let choices: Vec<&str> = self
            .plan
            .get(self.at)
            .and_then(|s| lesson.steps.get(s.index))
            .map(|s| s.options.iter().map(|o| o.text.as_str()).collect())
            .unwrap_or_default();
        self.caption_with(&choices)
    }

    /// The screen the phone shows: the step's, or what would happen after the wrong answer
    /// showing (W).
    fn screen<'a>(&self, lesson: &'a crate::pack::Lesson) -> Option<&'a crate::pack::Screen> {
        let plan = self.plan.get(self.at)?;
        let consequence = self
            .wrong
            .and_then(|i| plan.wrongs.get(i))
            .and_then(|w| w.consequence_at)
            .and_then(|c| lesson.consequences.get(c));
        match consequence {
            Some(c) => Some(&c.screen),
            None => lesson.steps.get(plan.index).map(|s| &s.screen),
        }
    }

    /// Draws the step's screen and the caption.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let lesson = &self.whole;
        let step = self
            .plan
            .get(self.at)
            .and_then(|s| lesson.steps.get(s.index))?;
        let instruction_height =
            wrapped_height(&step.instruction, area.width.saturating_sub(2)).clamp(1, 3);
        let [top, main] = Layout::vertical([
            Constraint::Length(instruction_height + 1),
            Constraint::Min(1),
        ])
        .areas(area);
        Paragraph::new(Line::styled(step.instruction.as_str(), theme.title))
            .wrap(Wrap { trim: true })
            .render(top.inner(Margin::new(1, 0)), buf);
        let phone_width = (main.width / 2).clamp(40, 60);
        let [phone, panel] =
            Layout::horizontal([Constraint::Length(phone_width), Constraint::Min(1)]).areas(main);
        // The right button is pointed at only once the answer shows.
        let focus = if self.revealed && self.wrong.is_none() {
            self.plan[self.at].focus.as_deref()
        } else {
            None
        };
        let phone_cursor = SimScreen {
            screen: self.screen(lesson).unwrap_or(&step.screen),
            theme,
            focus,
        }
        .render(phone, buf);
        if self.paper {
            return phone_cursor;
        }
        let panel = panel.inner(Margin::new(1, 0));
        let caption = self.caption();
        let lines: Vec<Line<'_>> = caption
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let style = if i == 0 {
                    theme.dim
                } else if l.starts_with(t("demo.right-action")) {
                    theme.good
                } else if self.wrong.is_some() && i > 1 {
                    theme.warn
                } else {
                    theme.base
                };
                Line::styled(l.clone(), style)
            })
            .collect();
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(panel, buf);
        phone_cursor.or(Some(Position::new(panel.x, panel.y)))
    }
}

/// The right action in the tutor's language.
pub fn say_action(action: &RightAction) -> String {
    let amount = |n: f64| {
        if n.fract() == 0.0 && n.abs() < 1e15 {
            format!("{}", n as i64)
        } else {
            n.to_string()
        }
    };
    match action {
        RightAction::Read => t("demo.do-read").to_string(),
        RightAction::Scan => t("demo.do-scan").to_string(),
        RightAction::Tap(label) => tf("demo.do-tap", &[("label", label)]),
        RightAction::TapTheRightOne => t("demo.do-tap-right").to_string(),
        RightAction::Choose(answers) => {
            let quoted: Vec<String> = answers.iter().map(|a| format!("\"{a}\"")).collect();
            tf("demo.do-choose", &[("answers", &quoted.join(" / "))])
        }
        RightAction::TypePrivateDigits(n) => tf("demo.do-type-private-digits", &[("n", n)]),
        RightAction::TypePrivate => t("demo.do-type-private").to_string(),
        RightAction::Type(text) => tf("demo.do-type", &[("text", text)]),
        RightAction::TypeDigits(n) => tf("demo.do-type-digits", &[("n", n)]),
        RightAction::TypeAmount(n) => tf("demo.do-type", &[("text", &amount(*n))]),
        RightAction::TypeBetween(a, b) => tf(
            "demo.do-type-between",
            &[("min", &amount(*a)), ("max", &amount(*b))],
        ),
        RightAction::TypeDate(date) => tf("demo.do-type", &[("text", date)]),
        RightAction::TypeAnswer => t("demo.do-type-answer").to_string(),
    }
}

/// A wrong answer in the tutor's language.
pub fn say_wrong(wrong: &WrongDone) -> String {
    match wrong {
        WrongDone::Choosing(text) => tf("demo.wrong-choosing", &[("text", text)]),
        WrongDone::Tapping(label) => tf("demo.wrong-tapping", &[("label", label)]),
        WrongDone::TappingSomethingElse => t("demo.wrong-tapping-else").to_string(),
        WrongDone::Typing(text) => tf("demo.wrong-typing", &[("text", text)]),
        WrongDone::TypingSomethingElse => t("demo.wrong-typing-else").to_string(),
        WrongDone::Photo => t("demo.wrong-photo").to_string(),
    }
}
