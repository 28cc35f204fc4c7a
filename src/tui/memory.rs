//! What a learner has done, as the screens need it: lesson status, the place to
//! continue, best test results. A guest keeps everything in memory only; a profile is backed by
//! the progress store.

use std::collections::HashMap;

use crate::engine::{LessonResult, QuizResult};

/// How far a learner is with one lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    /// Not opened yet.
    New,
    /// Opened, not finished.
    Started,
    /// Finished at least once.
    Done,
}

/// Where a learner stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Step id.
    pub step: String,
}

/// The progress the screens read, kept in memory.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    status: HashMap<(String, String), LessonStatus>,
    quiz: HashMap<String, (u32, bool)>,
    last: Option<Place>,
}

impl Memory {
    /// A lesson's status.
    pub fn status(&self, pack: &str, lesson: &str) -> LessonStatus {
        self.status
            .get(&(pack.to_string(), lesson.to_string()))
            .copied()
            .unwrap_or(LessonStatus::New)
    }

    /// Best test result for a pack: (percent, passed).
    pub fn best_quiz(&self, pack: &str) -> Option<(u32, bool)> {
        self.quiz.get(pack).copied()
    }

    /// Where the learner stopped last, if in an unfinished lesson.
    pub fn last_place(&self) -> Option<&Place> {
        self.last.as_ref()
    }

    /// The learner is at this step.
    pub fn at_step(&mut self, pack: &str, lesson: &str, step: &str) {
        let key = (pack.to_string(), lesson.to_string());
        let status = self.status.entry(key).or_insert(LessonStatus::Started);
        if *status == LessonStatus::New {
            *status = LessonStatus::Started;
        }
        self.last = Some(Place {
            pack: pack.into(),
            lesson: lesson.into(),
            step: step.into(),
        });
    }

    /// The learner finished a lesson.
    pub fn finished(&mut self, pack: &str, result: &LessonResult) {
        self.status.insert(
            (pack.to_string(), result.lesson.clone()),
            LessonStatus::Done,
        );
        if self
            .last
            .as_ref()
            .is_some_and(|p| p.pack == pack && p.lesson == result.lesson)
        {
            self.last = None;
        }
    }

    /// The learner finished a test.
    pub fn tested(&mut self, pack: &str, result: &QuizResult) {
        let entry = self.quiz.entry(pack.to_string()).or_insert((0, false));
        entry.0 = entry.0.max(result.percent());
        entry.1 |= result.passed;
    }

    /// Sets a lesson's status directly (loading saved progress).
    pub fn set_status(&mut self, pack: &str, lesson: &str, status: LessonStatus) {
        self.status
            .insert((pack.to_string(), lesson.to_string()), status);
    }

    /// Sets the best test result directly (loading saved progress).
    pub fn set_quiz(&mut self, pack: &str, percent: u32, passed: bool) {
        self.quiz.insert(pack.to_string(), (percent, passed));
    }

    /// Sets where the learner stopped (loading saved progress).
    pub fn set_last(&mut self, place: Option<Place>) {
        self.last = place;
    }
}
