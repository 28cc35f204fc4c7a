//! What a learner has done, as the screens need it, with the changes not yet saved. Pure: the
//! store writes the pending changes when it can; until then they stay here, so a full disk or a
//! read-only folder never loses anything.

use super::model::{Change, LessonStatus, Place, Progress, TestUnderway, percent};
use crate::engine::{LessonResult, QuizResult};

/// A learner's progress in memory: the last known state plus the changes not yet on disk.
#[derive(Debug, Clone)]
pub struct Memory {
    progress: Progress,
    pending: Vec<Change>,
}

impl Default for Memory {
    /// A guest's memory: nobody's progress, saved nowhere.
    fn default() -> Self {
        Memory::from_progress(Progress::new("guest", "", 0))
    }
}

impl Memory {
    /// Memory that starts from saved progress, with nothing pending.
    pub fn from_progress(progress: Progress) -> Self {
        Memory {
            progress,
            pending: Vec::new(),
        }
    }

    /// The progress as it stands, pending changes included.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The changes not yet saved.
    pub fn pending(&self) -> &[Change] {
        &self.pending
    }

    /// After a save: the state on disk (which may hold another tutor's work too) becomes the
    /// known state, and nothing is pending.
    pub fn saved(&mut self, on_disk: Progress) {
        self.progress = on_disk;
        self.pending.clear();
    }

    fn record(&mut self, change: Change) {
        self.progress.apply(&change);
        self.pending.push(change);
    }

    /// A lesson's status.
    pub fn status(&self, pack: &str, lesson: &str) -> LessonStatus {
        self.progress.status(pack, lesson)
    }

    /// The best assessment result for a pack: (percent, passed).
    pub fn best_quiz(&self, pack: &str) -> Option<(u32, bool)> {
        self.progress
            .assessments
            .get(pack)
            .map(|a| (percent(a.best_score, a.best_total), a.passed))
    }

    /// Where the learner stopped, if in an unfinished lesson.
    pub fn last_place(&self) -> Option<&Place> {
        self.progress.place.as_ref()
    }

    /// The learner is at this step, at time `now` (seconds since 1970).
    pub fn at_step(&mut self, pack: &str, lesson: &str, step: &str, now: u64) {
        let same = self
            .progress
            .place
            .as_ref()
            .is_some_and(|p| p.pack == pack && p.lesson == lesson && p.step == step);
        if same {
            return;
        }
        self.record(Change::Reached(Place {
            pack: pack.into(),
            lesson: lesson.into(),
            step: step.into(),
            at: now,
        }));
    }

    /// The learner finished a lesson; its mistakes are counted from `result`.
    pub fn finished(&mut self, pack: &str, result: &LessonResult, now: u64) {
        self.record(Change::Finished {
            pack: pack.into(),
            result: result.clone(),
            at: now,
            mistakes_counted: false,
        });
    }

    /// The learner finished a lesson whose every wrong answer was already recorded with
    /// [`Memory::mistake`]: only attempts, hints and the finish are added.
    pub fn finished_after_mistakes(&mut self, pack: &str, result: &LessonResult, now: u64) {
        self.record(Change::Finished {
            pack: pack.into(),
            result: result.clone(),
            at: now,
            mistakes_counted: true,
        });
    }

    /// A wrong answer at a step, recorded as it happens.
    pub fn mistake(&mut self, pack: &str, lesson: &str, step: &str, wrong: &str, now: u64) {
        self.record(Change::Mistake {
            pack: pack.into(),
            lesson: lesson.into(),
            step: step.into(),
            wrong: wrong.into(),
            at: now,
        });
    }

    /// A test not finished yet, in this pack.
    pub fn test_underway(&self, pack: &str) -> Option<&TestUnderway> {
        self.progress
            .test_underway
            .as_ref()
            .filter(|t| t.pack == pack)
    }

    /// The learner answered a question of a test; the answers so far are kept, so the test
    /// can continue after the learner went away.
    pub fn test_answered(&mut self, underway: TestUnderway) {
        self.record(Change::TestAnswered(underway));
    }

    /// The language the learner chose, if any.
    pub fn language(&self) -> Option<&str> {
        self.progress.profile.language.as_deref()
    }

    /// Each step is read aloud to the learner as it appears (a trainer's setting).
    pub fn reads_aloud(&self) -> bool {
        self.progress.profile.reads_aloud
    }

    /// The learner reads the tutor in this language from now on (kept in their profile).
    pub fn speaks(&mut self, code: &str) {
        if self.language() != Some(code) {
            self.record(Change::Speaks(code.to_string()));
        }
    }

    /// The learner finished an assessment attempt.
    pub fn tested(&mut self, pack: &str, result: &QuizResult, now: u64) {
        self.record(Change::tested(pack, result, now));
    }

    /// The learner started using the profile.
    pub fn used(&mut self, now: u64) {
        self.record(Change::Used(now));
    }
}
