//! This tutor's line in the trainer's class view: after each key the app works out where the
//! learner at this keyboard is (`status_of`, reading state only) and the board writes this
//! computer's status file when that changed, removes it when the learner leaves, and keeps an
//! "I need help" until the learner moves on to another step.

use std::path::PathBuf;

use super::app::{App, Learner};
use super::text::t;
use super::views::View;
use crate::progress::class::{self, Doing, STATUS_FORMAT, Status};

/// This computer's place in the class view.
#[derive(Debug)]
pub struct ClassBoard {
    data: PathBuf,
    computer: String,
    computer_name: String,
    /// The status last written (none when no learner is here); its `help` is kept while the
    /// learner stays on the same step.
    last: Option<Status>,
}

impl ClassBoard {
    /// The board of this computer (`computer` is its id) in the data folder `data`.
    pub fn new(data: PathBuf, computer: String) -> Self {
        let computer_name = class::computer_name(&computer);
        ClassBoard {
            data,
            computer,
            computer_name,
            last: None,
        }
    }

    /// Shows `now_doing` in the class view (or, when nobody is learning, takes this computer's
    /// line away). Written only when something changed.
    pub fn publish(&mut self, now_doing: Option<(String, String, Doing, u32, u32)>, now: u64) {
        let Some((learner, name, doing, hints, mistakes)) = now_doing else {
            if let Some(last) = self.last.take() {
                class::remove(&self.data, &self.computer, &last.learner);
            }
            return;
        };
        // Another learner at this keyboard now: the last one's line goes.
        if let Some(last) = self.last.take_if(|l| l.learner != learner) {
            class::remove(&self.data, &self.computer, &last.learner);
        }
        let same_place = self
            .last
            .as_ref()
            .filter(|l| l.learner == learner && l.doing == doing);
        let status = Status {
            format: STATUS_FORMAT.to_string(),
            computer: self.computer.clone(),
            computer_name: self.computer_name.clone(),
            learner,
            name,
            since: same_place.map_or(now, |last| last.since),
            help: same_place.and_then(|last| last.help),
            doing,
            hints,
            mistakes,
            updated: now,
        };
        if self.last.as_ref().is_some_and(|l| l.same_as(&status)) {
            return;
        }
        // A status that cannot be written now is tried again at the next key.
        if class::write(&self.data, &status).is_ok() {
            self.last = Some(status);
        }
    }

    /// "I need help": kept in this computer's status until the learner moves on. Says whether
    /// the trainer's view has it now.
    pub fn ask_for_help(&mut self, now: u64) -> bool {
        let Some(mut status) = self.last.clone() else {
            return false;
        };
        status.help = Some(now);
        status.updated = now;
        match class::write(&self.data, &status) {
            Ok(()) => {
                self.last = Some(status);
                true
            }
            Err(_) => false,
        }
    }

    /// Other computers where this learner is open now.
    pub fn open_elsewhere(&self, learner: &str, now: u64) -> bool {
        !class::open_elsewhere(&self.data, learner, &self.computer, now).is_empty()
    }
}

/// Where the learner at this keyboard is, read from the tutor's state: their id and name, what
/// they are doing, and the hints and mistakes on this step. `None` when nobody is learning.
pub fn status_of(app: &App) -> Option<(String, String, Doing, u32, u32)> {
    let (learner, name) = match &app.ctx.who {
        Learner::Profile { id, name } => (id.clone(), name.clone()),
        Learner::Guest => ("guest".to_string(), t("class.guest").to_string()),
        _ => return None,
    };
    if app.quit {
        return None;
    }
    let (doing, hints, mistakes) = match &app.view {
        View::Player(p) => {
            let lesson = p.player.lesson();
            let Some(step) = p.player.step() else {
                return Some((learner, name, Doing::Choosing, 0, 0));
            };
            let mistakes = p
                .player
                .result()
                .steps
                .iter()
                .find(|r| r.step == step.id)
                .map_or(0, |r| r.mistakes);
            let doing = Doing::Lesson {
                topic: app.ctx.packs[p.pack].title.clone(),
                lesson: lesson.title.clone(),
                lesson_id: lesson.id.clone(),
                step: step.id.clone(),
                number: p.player.step_index() + 1,
                of: lesson.steps.len(),
            };
            let hints = u32::try_from(p.player.hints_shown().len()).unwrap_or(u32::MAX);
            (doing, hints, mistakes)
        }
        View::Quiz(q) => (
            Doing::Test {
                topic: app.ctx.packs[q.pack].title.clone(),
                number: q.quiz.current() + 1,
                of: q.quiz.questions().len(),
            },
            0,
            0,
        ),
        _ => (Doing::Choosing, 0, 0),
    };
    Some((learner, name, doing, hints, mistakes))
}

impl ClassBoard {
    /// Every learner at work now, across the computers that share the data folder, in the
    /// class view's order.
    pub fn at_work(&self, now: u64) -> Vec<Status> {
        class::read_all(&self.data, now)
    }
}

/// How a learner is marked in the class view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Asked for help.
    Help,
    /// On one step for a long time.
    Stuck,
    /// At work.
    Working,
}

/// One learner's line in the class view, in words: "Lan asked for help 2 min ago: QR codes ›
/// Scan a code, step 3 of 8; 2 mistakes, 1 hint on this step (at PC-2)". Everything from the
/// file is made safe for the terminal.
pub fn describe(status: &Status, now: u64) -> (Mark, String) {
    let clean = |s: &str| crate::safe_text::clean_line(s).into_owned();
    let minutes = |since: u64| now.saturating_sub(since) / 60;
    let name = clean(&status.name);
    let (mark, who) = match (status.help, status.stuck(now)) {
        (Some(at), _) => (
            Mark::Help,
            super::text::tf("class.asked", &[("name", &name), ("minutes", &minutes(at))]),
        ),
        (None, true) => (
            Mark::Stuck,
            super::text::tf(
                "class.stuck",
                &[("name", &name), ("minutes", &minutes(status.since))],
            ),
        ),
        (None, false) => (Mark::Working, name),
    };
    let place = match &status.doing {
        Doing::Choosing => t("class.choosing").to_string(),
        Doing::Lesson {
            topic,
            lesson,
            number,
            of,
            ..
        } => super::text::tf(
            "class.in-lesson",
            &[
                ("topic", &clean(topic)),
                ("lesson", &clean(lesson)),
                ("n", number),
                ("of", of),
            ],
        ),
        Doing::Test { topic, number, of } => super::text::tf(
            "class.in-test",
            &[("topic", &clean(topic)), ("n", number), ("of", of)],
        ),
    };
    let mut line = super::text::tf("class.line", &[("who", &who), ("place", &place)]);
    if status.mistakes > 0 || status.hints > 0 {
        line.push_str("; ");
        line.push_str(&super::text::tf(
            "class.counts",
            &[("mistakes", &status.mistakes), ("hints", &status.hints)],
        ));
    }
    line.push(' ');
    line.push_str(&super::text::tf(
        "class.at",
        &[("computer", &clean(&status.computer_name))],
    ));
    (mark, line)
}

/// The sign before a line: `!` asked for help, `?` perhaps stuck.
pub fn sign(mark: Mark) -> &'static str {
    match mark {
        Mark::Help => "!",
        Mark::Stuck => "?",
        Mark::Working => " ",
    }
}
