//! Playing one lesson: the learner's inputs go in, effects come out. The state is a `Phase`
//! (asking, wrong answer shown, consequence shown, right answer explained, finished) plus a
//! record per step. No I/O, no clock; option order comes from the seed.
//!
//! Nothing the learner types is kept: a typed mistake is recorded as the author's mistake text it
//! matched, or as "other".

use rand::seq::SliceRandom;
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::answer;
use super::{Rng, rng_from_seed};
use crate::pack::{Do, Lesson, Step};

/// What the learner did, as data. Keys in the TUI, a demo script and the tests all become these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Input {
    /// Chose the option with this id (a "choose" step).
    Choose(String),
    /// Submitted this text (a "type" step). Used for checking, then dropped.
    Type(String),
    /// Tapped the screen element with this id (a "tap" step).
    Tap(String),
    /// Scanned the QR code (a "scan" step).
    Scan,
    /// Took a photo of the QR code instead of scanning it (a "scan" step).
    Photo,
    /// Asked for the next hint.
    Hint,
    /// Pressed to go on (after reading, after an explanation, after a consequence).
    Continue,
    /// Asked to see the step before this one again (the one the learner came from).
    Back,
}

/// Where the player is within the current step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for an answer.
    Asking,
    /// A wrong answer: showing its feedback; the learner may answer again.
    Wrong {
        /// The feedback written for that answer.
        feedback: String,
    },
    /// An unsafe choice: showing what would happen. Continue shows the feedback.
    Consequence {
        /// Index into the lesson's consequences.
        consequence: usize,
        /// The feedback to show after it.
        feedback: String,
    },
    /// The right answer: showing the explanation. Continue goes to `next`.
    Right {
        /// Index of the next step, or `None` when the lesson ends.
        next: Option<usize>,
    },
    /// The lesson is over.
    Finished,
}

/// What the caller should show or do after an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show this feedback for a wrong answer, and invite another try.
    Feedback(String),
    /// Show hint number `number` (1-based) of `of`.
    Hint {
        /// Which hint this is, from 1.
        number: usize,
        /// How many hints the step has.
        of: usize,
        /// The hint's text.
        text: String,
    },
    /// Every hint is already showing.
    NoMoreHints,
    /// Show this consequence of an unsafe choice.
    Consequence(String),
    /// The answer was right: show the explanation (may be empty).
    Explanation(String),
    /// A new step begins: show its screen and instruction.
    Step(String),
    /// The lesson is over, with its result.
    Finished(LessonResult),
    /// The input does not apply here (e.g. a tap on a "choose" step); nothing changed.
    Ignored,
}

/// How one step went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The step's id.
    pub step: String,
    /// Answers given, right and wrong.
    pub attempts: u32,
    /// Wrong answers given.
    pub mistakes: u32,
    /// Hints shown.
    pub hints: u32,
    /// What was chosen wrongly: option ids, element ids, the author's mistake text that matched,
    /// `photo`, or `other`. Never the learner's own typed text.
    pub wrong_answers: Vec<String>,
    /// Whether the step was answered rightly.
    pub done: bool,
}

/// How a whole lesson went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonResult {
    /// The lesson's id.
    pub lesson: String,
    /// One record per step visited, in the order first visited.
    pub steps: Vec<StepRecord>,
}

impl LessonResult {
    /// Steps answered rightly at the first try without a hint.
    pub fn first_try(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| s.done && s.mistakes == 0 && s.hints == 0)
            .count()
    }

    /// All wrong answers in the lesson.
    pub fn mistakes(&self) -> u32 {
        self.steps.iter().map(|s| s.mistakes).sum()
    }

    /// All hints shown in the lesson.
    pub fn hints(&self) -> u32 {
        self.steps.iter().map(|s| s.hints).sum()
    }
}

/// Plays one lesson.
#[derive(Debug, Clone)]
pub struct Player<'a> {
    lesson: Cow<'a, Lesson>,
    step: usize,
    phase: Phase,
    hints_shown: usize,
    order: Vec<usize>,
    rng: Rng,
    records: Vec<StepRecord>,
    /// The steps the learner came through to reach this one, oldest first.
    came_from: Vec<usize>,
}

impl<'a> Player<'a> {
    /// Starts the lesson at its first step. `seed` fixes the order of options.
    pub fn new(lesson: Lesson, seed: u64) -> Self {
        Self::start_at(Cow::Owned(lesson), 0, seed)
    }

    /// Plays a lesson it borrows, for play-throughs that keep nothing (the validator, demos).
    pub fn borrowed(lesson: &'a Lesson, seed: u64) -> Self {
        Self::start_at(Cow::Borrowed(lesson), 0, seed)
    }

    /// Starts (or resumes) the lesson at the step with this id; the first step if there is none.
    pub fn resume(lesson: Lesson, step_id: &str, seed: u64) -> Self {
        let index = lesson
            .steps
            .iter()
            .position(|s| s.id == step_id)
            .unwrap_or(0);
        Self::start_at(Cow::Owned(lesson), index, seed)
    }

    fn start_at(lesson: Cow<'a, Lesson>, index: usize, seed: u64) -> Self {
        let mut player = Player {
            lesson,
            step: index,
            phase: Phase::Asking,
            hints_shown: 0,
            order: Vec::new(),
            rng: rng_from_seed(seed),
            records: Vec::new(),
            came_from: Vec::new(),
        };
        if player.lesson.steps.is_empty() {
            player.phase = Phase::Finished;
        } else {
            player.enter_step(index);
        }
        player
    }

    /// The lesson being played.
    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    /// The current step (the last one once finished).
    pub fn step(&self) -> Option<&Step> {
        self.lesson.steps.get(self.step)
    }

    /// Index of the current step in the lesson.
    pub fn step_index(&self) -> usize {
        self.step
    }

    /// The current phase.
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// The hints showing now, oldest first.
    pub fn hints_shown(&self) -> &[String] {
        let hints = self.step().map_or(&[][..], |s| s.hints.as_slice());
        &hints[..self.hints_shown.min(hints.len())]
    }

    /// Indices into the current step's options, in the order they are shown.
    pub fn option_order(&self) -> &[usize] {
        &self.order
    }

    /// The current step's options, in the order they are shown.
    pub fn shown_options(&self) -> Vec<&crate::pack::Choice> {
        let Some(step) = self.step() else {
            return Vec::new();
        };
        self.order
            .iter()
            .filter_map(|&i| step.options.get(i))
            .collect()
    }

    /// The consequence being shown, if any.
    pub fn consequence(&self) -> Option<&crate::pack::Consequence> {
        match self.phase {
            Phase::Consequence { consequence, .. } => self.lesson.consequences.get(consequence),
            _ => None,
        }
    }

    /// The records so far.
    pub fn result(&self) -> LessonResult {
        LessonResult {
            lesson: self.lesson.id.clone(),
            steps: self.records.clone(),
        }
    }

    /// The one entry point: an input in, effects out.
    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        if matches!(self.phase, Phase::Finished) {
            return vec![Effect::Ignored];
        }
        match input {
            Input::Hint => self.hint(),
            Input::Continue => self.go_on(),
            Input::Back => self.back(),
            answer => self.answer(answer),
        }
    }

    fn enter_step(&mut self, index: usize) {
        self.step = index;
        self.phase = Phase::Asking;
        self.hints_shown = 0;
        let (count, shuffle, id) = match self.lesson.steps.get(index) {
            Some(s) => (s.options.len(), s.shuffle.unwrap_or(true), s.id.clone()),
            None => (0, false, String::new()),
        };
        self.order = (0..count).collect();
        if shuffle {
            self.order.shuffle(&mut self.rng);
        }
        if !self.records.iter().any(|r| r.step == id) {
            self.records.push(StepRecord {
                step: id,
                ..StepRecord::default()
            });
        }
    }

    fn record(&mut self) -> Option<&mut StepRecord> {
        let id = self.lesson.steps.get(self.step)?.id.clone();
        self.records.iter_mut().find(|r| r.step == id)
    }

    fn hint(&mut self) -> Vec<Effect> {
        if !matches!(self.phase, Phase::Asking | Phase::Wrong { .. }) {
            return vec![Effect::Ignored];
        }
        let Some(step) = self.step() else {
            return vec![Effect::Ignored];
        };
        let of = step.hints.len();
        if self.hints_shown >= of {
            return vec![Effect::NoMoreHints];
        }
        let text = step.hints[self.hints_shown].clone();
        self.hints_shown += 1;
        let number = self.hints_shown;
        if let Some(r) = self.record() {
            r.hints += 1;
        }
        vec![Effect::Hint { number, of, text }]
    }

    fn go_on(&mut self) -> Vec<Effect> {
        match self.phase.clone() {
            Phase::Consequence { feedback, .. } => {
                self.phase = Phase::Wrong {
                    feedback: feedback.clone(),
                };
                vec![Effect::Feedback(feedback)]
            }
            Phase::Right { next } => self.advance(next),
            Phase::Asking if self.step().is_some_and(|s| s.action == Do::Continue) => {
                if let Some(r) = self.record() {
                    r.attempts += 1;
                    r.done = true;
                }
                let next = self.next_index(None);
                self.advance(next)
            }
            _ => vec![Effect::Ignored],
        }
    }

    /// Back to the step the learner came from (in a lesson resumed half-way, the step before
    /// this one). What was answered there stays answered; nothing is counted again.
    fn back(&mut self) -> Vec<Effect> {
        let previous = self
            .came_from
            .pop()
            .or_else(|| self.step.checked_sub(1))
            .filter(|p| *p < self.lesson.steps.len());
        match previous {
            Some(index) => {
                self.enter_step(index);
                vec![Effect::Step(self.lesson.steps[index].id.clone())]
            }
            None => vec![Effect::Ignored],
        }
    }

    fn advance(&mut self, next: Option<usize>) -> Vec<Effect> {
        match next {
            Some(index) => {
                self.came_from.push(self.step);
                self.enter_step(index);
                let id = self.lesson.steps[index].id.clone();
                vec![Effect::Step(id)]
            }
            None => {
                self.phase = Phase::Finished;
                vec![Effect::Finished(self.result())]
            }
        }
    }

    /// The step after the current one: an option's `next`, else the step's `next`, else the
    /// following step. `end` (or an id that does not exist) ends the lesson.
    fn next_index(&self, chosen_next: Option<&str>) -> Option<usize> {
        let step = self.step()?;
        match chosen_next.or(step.next.as_deref()) {
            Some(id) => self.lesson.steps.iter().position(|s| s.id == id),
            None => (self.step + 1 < self.lesson.steps.len()).then_some(self.step + 1),
        }
    }

    fn answer(&mut self, input: Input) -> Vec<Effect> {
        if !matches!(self.phase, Phase::Asking | Phase::Wrong { .. }) {
            return vec![Effect::Ignored];
        }
        let Some(step) = self.step() else {
            return vec![Effect::Ignored];
        };
        let verdict = judge(step, &input);
        let verdict = match verdict {
            Some(v) => v,
            None => return vec![Effect::Ignored],
        };
        match verdict {
            Verdict::Right { next } => {
                let explanation = step.explanation.clone();
                let next = self.next_index(next.as_deref());
                if let Some(r) = self.record() {
                    r.attempts += 1;
                    r.done = true;
                }
                self.phase = Phase::Right { next };
                vec![Effect::Explanation(explanation)]
            }
            Verdict::Wrong {
                key,
                feedback,
                consequence,
            } => {
                let consequence = consequence
                    .and_then(|id| self.lesson.consequences.iter().position(|c| c.id == id));
                if let Some(r) = self.record() {
                    r.attempts += 1;
                    r.mistakes += 1;
                    r.wrong_answers.push(key);
                }
                match consequence {
                    Some(index) => {
                        let id = self.lesson.consequences[index].id.clone();
                        self.phase = Phase::Consequence {
                            consequence: index,
                            feedback,
                        };
                        vec![Effect::Consequence(id)]
                    }
                    None => {
                        self.phase = Phase::Wrong {
                            feedback: feedback.clone(),
                        };
                        vec![Effect::Feedback(feedback)]
                    }
                }
            }
        }
    }
}

enum Verdict {
    Right {
        next: Option<String>,
    },
    Wrong {
        key: String,
        feedback: String,
        consequence: Option<String>,
    },
}

/// Judges an answer against a step. `None` when the input is not an answer to this kind of step.
fn judge(step: &Step, input: &Input) -> Option<Verdict> {
    let general = || step.feedback.clone().unwrap_or_default();
    match (step.action, input) {
        (Do::Choose, Input::Choose(id)) => {
            let option = step.options.iter().find(|o| &o.id == id)?;
            Some(if option.correct {
                Verdict::Right {
                    next: option.next.clone(),
                }
            } else {
                Verdict::Wrong {
                    key: option.id.clone(),
                    feedback: option.feedback.clone().unwrap_or_default(),
                    consequence: option.consequence.clone(),
                }
            })
        }
        (Do::Tap, Input::Tap(id)) => {
            if step.target.as_deref() == Some(id.as_str()) {
                return Some(Verdict::Right { next: None });
            }
            if !step.screen.elements.iter().any(|e| &e.id == id) {
                return None;
            }
            let specific = step.taps.iter().find(|t| &t.element == id);
            Some(Verdict::Wrong {
                key: id.clone(),
                feedback: specific.map_or_else(general, |t| t.feedback.clone()),
                consequence: specific.and_then(|t| t.consequence.clone()),
            })
        }
        (Do::Type, Input::Type(text)) => {
            if answer::accepts(step, text) {
                return Some(Verdict::Right { next: None });
            }
            let specific = step
                .mistakes
                .iter()
                .find(|m| answer::same_words(&m.answer, text));
            Some(match specific {
                Some(m) => Verdict::Wrong {
                    key: if step.sensitive {
                        "mistake".into()
                    } else {
                        answer::normalize(&m.answer)
                    },
                    feedback: m.feedback.clone(),
                    consequence: m.consequence.clone(),
                },
                None => Verdict::Wrong {
                    key: "other".into(),
                    feedback: general(),
                    consequence: None,
                },
            })
        }
        (Do::Scan, Input::Scan) => Some(Verdict::Right { next: None }),
        (Do::Scan, Input::Photo) => Some(Verdict::Wrong {
            key: "photo".into(),
            feedback: general(),
            consequence: None,
        }),
        _ => None,
    }
}

/// The inputs that answer a step rightly, for play-throughs (validator, demo, tests). Several
/// when several options are right; the first is the main path.
pub fn right_inputs(step: &Step) -> Vec<Input> {
    match step.action {
        Do::Choose => step
            .options
            .iter()
            .filter(|o| o.correct)
            .map(|o| Input::Choose(o.id.clone()))
            .collect(),
        Do::Tap => step.target.iter().map(|t| Input::Tap(t.clone())).collect(),
        Do::Type => sample_right_text(step)
            .map(Input::Type)
            .into_iter()
            .collect(),
        Do::Scan => vec![Input::Scan],
        Do::Continue => vec![Input::Continue],
    }
}

/// A text that the step's check accepts, made from its rule.
fn sample_right_text(step: &Step) -> Option<String> {
    use crate::pack::Check;
    let text = match step.check? {
        Check::Exact | Check::OneOf | Check::Date => step.answers.first()?.clone(),
        Check::Digits => {
            let n = step.digits.filter(|n| *n <= crate::pack::MAX_DIGITS)?;
            "7".repeat(n as usize)
        }
        Check::Number => {
            let n = match (step.min, step.max) {
                (Some(a), Some(b)) => a + (b - a) / 2.0,
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (None, None) => 0.0,
            };
            format!("{n}")
        }
        Check::Pattern => step
            .pattern
            .as_deref()?
            .chars()
            .map(|c| match c {
                '#' => '1',
                '@' | '?' => 'a',
                '*' => 'x',
                other => other,
            })
            .collect(),
    };
    answer::accepts(step, &text).then_some(text)
}
