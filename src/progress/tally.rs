//! What each computer counted for a learner: attempts, mistakes, hints and wrong answers per
//! step, lessons finished, tests taken. A computer only ever adds to its own tally, so two copies
//! of a learner's progress (a Syncthing conflict copy, an import, the same file synced twice)
//! merge by keeping the larger of each computer's numbers, never by adding them: merging the same
//! history twice counts it once. The totals the screens and reports read are the sums over the
//! computers.
//!
//! No I/O here; the computer's id comes from the store.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::StepProgress;

/// One computer's counts for one learner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Per pack id, per lesson id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lessons: BTreeMap<String, BTreeMap<String, LessonTally>>,
    /// Per pack id: test attempts finished.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tests: BTreeMap<String, u32>,
}

/// One computer's counts for one lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonTally {
    /// Times played to the end.
    #[serde(default)]
    pub completions: u32,
    /// Per step id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<String, StepProgress>,
}

impl Tally {
    /// A lesson's counts, made when first counted.
    pub fn lesson_mut(&mut self, pack: &str, lesson: &str) -> &mut LessonTally {
        self.lessons
            .entry(pack.to_string())
            .or_default()
            .entry(lesson.to_string())
            .or_default()
    }

    /// Whether anything is counted.
    pub fn is_empty(&self) -> bool {
        self.tests.values().all(|n| *n == 0)
            && self.lessons.values().flat_map(BTreeMap::values).all(|l| {
                l.completions == 0 && l.steps.values().all(|s| *s == StepProgress::default())
            })
    }

    /// Takes in another copy of the same computer's counts: the larger of each number, since a
    /// computer's counts only grow.
    pub fn merge(&mut self, other: &Tally) {
        for (pack, lessons) in &other.lessons {
            for (lesson, theirs) in lessons {
                let ours = self.lesson_mut(pack, lesson);
                ours.completions = ours.completions.max(theirs.completions);
                for (step, t) in &theirs.steps {
                    let o = ours.steps.entry(step.clone()).or_default();
                    o.attempts = o.attempts.max(t.attempts);
                    o.mistakes = o.mistakes.max(t.mistakes);
                    o.hints = o.hints.max(t.hints);
                    for (wrong, n) in &t.wrong_answers {
                        let mine = o.wrong_answers.entry(wrong.clone()).or_default();
                        *mine = (*mine).max(*n);
                    }
                }
            }
        }
        for (pack, n) in &other.tests {
            let ours = self.tests.entry(pack.clone()).or_default();
            *ours = (*ours).max(*n);
        }
    }
}

/// Adds `more` to a count without overflowing.
pub fn add(count: &mut u32, more: u32) {
    *count = count.saturating_add(more);
}

/// Adds one step's counts into another's.
pub fn add_step(into: &mut StepProgress, from: &StepProgress) {
    add(&mut into.attempts, from.attempts);
    add(&mut into.mistakes, from.mistakes);
    add(&mut into.hints, from.hints);
    for (wrong, n) in &from.wrong_answers {
        add(into.wrong_answers.entry(wrong.clone()).or_default(), *n);
    }
}
