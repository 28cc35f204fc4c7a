//! A learner's progress as it is kept on disk: one versioned file per profile, keyed by pack,
//! lesson and step ids (never by position). Plain data with the two ways it changes: `apply`
//! one change (what this tutor did), and `merge` another copy (an import from another computer).
//!
//! No I/O here. Nothing a learner typed is ever in these types: wrong answers are kept as the
//! option, element or author-written mistake they matched, never as the learner's own text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::tally::{LessonTally, Tally, add, add_step};
use crate::engine::{LessonResult, QuizResult};
use crate::pack::Pack;

/// The progress-file version this build writes and reads. A newer one is refused, never
/// overwritten.
pub const PROGRESS_VERSION: u32 = 2;

/// What the `format` key of a progress file says, so a stray file is recognised.
pub const PROGRESS_FORMAT: &str = "digitutor-progress";

/// How far a learner is with one lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LessonStatus {
    /// Not opened yet.
    #[default]
    New,
    /// Opened, not finished.
    Started,
    /// Finished at least once.
    Done,
}

/// Where a learner stopped, to continue from there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Step id.
    pub step: String,
    /// When (seconds since 1970, UTC).
    #[serde(default)]
    pub at: u64,
}

/// Who the progress belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileInfo {
    /// Stable id: never changes, even when the name does.
    pub id: String,
    /// The name the learner chose.
    pub name: String,
    /// When the profile was made (seconds since 1970, UTC).
    #[serde(default)]
    pub created: u64,
    /// When the learner last used it (seconds since 1970, UTC).
    #[serde(default)]
    pub last_used: u64,
    /// The language the learner reads the tutor in (`en`, `vi`, `mn`, `ko`), once chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Each step is read aloud as it appears (a trainer's setting for a learner who sees
    /// poorly).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reads_aloud: bool,
}

/// How one step went, over every time the lesson was played.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepProgress {
    /// Answers given, right and wrong.
    #[serde(default)]
    pub attempts: u32,
    /// Wrong answers given.
    #[serde(default)]
    pub mistakes: u32,
    /// Hints shown.
    #[serde(default)]
    pub hints: u32,
    /// How often each wrong answer was given: option id, element id, the author's mistake text,
    /// `photo` or `other`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub wrong_answers: BTreeMap<String, u32>,
}

/// How one lesson went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// New, started or done.
    pub status: LessonStatus,
    /// How many times it was played to the end.
    #[serde(default)]
    pub completions: u32,
    /// The best result: steps answered rightly at the first try without a hint.
    #[serde(default)]
    pub best_first_try: u32,
    /// How many steps that best result was out of.
    #[serde(default)]
    pub best_of: u32,
    /// When it was first finished (seconds since 1970, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_finished: Option<u64>,
    /// When it was last finished (seconds since 1970, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_finished: Option<u64>,
    /// Per step id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<String, StepProgress>,
}

/// How a topic's assessment went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentProgress {
    /// Attempts finished.
    #[serde(default)]
    pub attempts: u32,
    /// The best score, in percent.
    #[serde(default)]
    pub best_percent: u32,
    /// Right answers in the best attempt.
    #[serde(default)]
    pub best_score: u32,
    /// Questions in the best attempt.
    #[serde(default)]
    pub best_total: u32,
    /// Whether any attempt passed.
    #[serde(default)]
    pub passed: bool,
    /// When it was first passed (seconds since 1970, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_at: Option<u64>,
    /// When the last attempt ended (seconds since 1970, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_at: Option<u64>,
}

/// Everything a learner has done: the whole progress file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Always `digitutor-progress`.
    pub format: String,
    /// The file's version; see [`PROGRESS_VERSION`].
    pub version: u32,
    /// Who this is.
    pub profile: ProfileInfo,
    /// Per pack id, per lesson id.
    #[serde(default)]
    pub lessons: BTreeMap<String, BTreeMap<String, LessonProgress>>,
    /// Per pack id: the topic's assessment.
    #[serde(default)]
    pub assessments: BTreeMap<String, AssessmentProgress>,
    /// Where the learner stopped in an unfinished lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The exports already merged in, so importing the same file twice counts once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imported: Vec<String>,
    /// A test left before its last question (the learner went away, or the tutor closed),
    /// with the answers given so far, to continue where it stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_underway: Option<TestUnderway>,
    /// What each computer counted (by the computer's id): the counts above are their sums.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub counted: BTreeMap<String, Tally>,
    /// The computer this copy counts for: this computer's id when read from its data folder.
    /// Not kept in the file.
    #[serde(skip)]
    pub here: String,
}

/// A test not finished yet: the questions it drew, in order, and the answers given so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestUnderway {
    /// Pack id.
    pub pack: String,
    /// The ids of the questions drawn, in the order asked.
    pub questions: Vec<String>,
    /// The option id chosen for each question answered, in the same order.
    pub answers: Vec<String>,
    /// When the last answer was given (seconds since 1970).
    pub at: u64,
}

/// One thing that happened in the tutor, to be written into the progress file. A save applies
/// the changes not yet saved on top of what is on disk, so two tutors on one profile never
/// lose each other's work.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The learner reached a step.
    Reached(Place),
    /// The learner answered a question of a test not finished yet.
    TestAnswered(TestUnderway),
    /// The learner reads the tutor in this language from now on.
    Speaks(String),
    /// Each step is read aloud to the learner as it appears (true), or only when asked.
    ReadsAloud(bool),
    /// The learner finished a lesson.
    Finished {
        /// Pack id.
        pack: String,
        /// How it went.
        result: LessonResult,
        /// When.
        at: u64,
        /// True when each wrong answer was already recorded as it happened
        /// ([`Change::Mistake`]), so only attempts and hints are added here.
        mistakes_counted: bool,
    },
    /// A wrong answer, recorded as it happens, so the class report's hardest steps include
    /// lessons the learner left before the end.
    Mistake {
        /// Pack id.
        pack: String,
        /// Lesson id.
        lesson: String,
        /// Step id.
        step: String,
        /// What was chosen wrongly (an option or element id, `photo`, `other`); never typed text.
        wrong: String,
        /// When.
        at: u64,
    },
    /// The learner finished an assessment attempt.
    Tested {
        /// Pack id.
        pack: String,
        /// Right answers.
        score: u32,
        /// Questions.
        total: u32,
        /// Passed?
        passed: bool,
        /// When.
        at: u64,
    },
    /// The learner used the profile.
    Used(u64),
}

impl Change {
    /// A finished assessment attempt as a change.
    pub fn tested(pack: &str, result: &QuizResult, at: u64) -> Change {
        Change::Tested {
            pack: pack.to_string(),
            score: result.score,
            total: result.total,
            passed: result.passed,
            at,
        }
    }
}

/// A percentage, rounded down, of `score` out of `total` (0 when there is nothing).
pub fn percent(score: u32, total: u32) -> u32 {
    // Worked out in u64 so a huge score (from a damaged or crafted file) cannot overflow; never
    // more than 100.
    let p = (u64::from(score) * 100)
        .checked_div(u64::from(total))
        .unwrap_or(0);
    u32::try_from(p.min(100)).unwrap_or(100)
}

impl Progress {
    /// Empty progress for a new profile.
    pub fn new(id: &str, name: &str, now: u64) -> Progress {
        Progress {
            format: PROGRESS_FORMAT.to_string(),
            version: PROGRESS_VERSION,
            profile: ProfileInfo {
                id: id.to_string(),
                name: name.to_string(),
                created: now,
                last_used: now,
                language: None,
                reads_aloud: false,
            },
            lessons: BTreeMap::new(),
            assessments: BTreeMap::new(),
            place: None,
            imported: Vec::new(),
            test_underway: None,
            counted: BTreeMap::new(),
            here: String::new(),
        }
    }

    /// A lesson's progress, if any.
    pub fn lesson(&self, pack: &str, lesson: &str) -> Option<&LessonProgress> {
        self.lessons.get(pack).and_then(|l| l.get(lesson))
    }

    /// A lesson's status.
    pub fn status(&self, pack: &str, lesson: &str) -> LessonStatus {
        self.lesson(pack, lesson)
            .map(|l| l.status)
            .unwrap_or_default()
    }

    /// Applies one change.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::Reached(place) => {
                let lesson = self.lesson_mut(&place.pack, &place.lesson);
                lesson.status = lesson.status.max(LessonStatus::Started);
                self.place = Some(place.clone());
                self.used(place.at);
            }
            Change::Speaks(code) => self.profile.language = Some(code.clone()),
            Change::ReadsAloud(on) => self.profile.reads_aloud = *on,
            Change::TestAnswered(underway) => {
                self.test_underway = Some(underway.clone());
                self.used(underway.at);
            }
            Change::Finished {
                pack,
                result,
                at,
                mistakes_counted,
            } => {
                let mut counts = LessonTally {
                    completions: 1,
                    steps: BTreeMap::new(),
                };
                for record in &result.steps {
                    let step = counts.steps.entry(record.step.clone()).or_default();
                    add(&mut step.attempts, record.attempts);
                    add(&mut step.hints, record.hints);
                    if *mistakes_counted {
                        continue;
                    }
                    add(&mut step.mistakes, record.mistakes);
                    for wrong in &record.wrong_answers {
                        add(step.wrong_answers.entry(wrong.clone()).or_default(), 1);
                    }
                }
                self.count(pack, &result.lesson, &counts);
                let lesson = self.lesson_mut(pack, &result.lesson);
                lesson.status = LessonStatus::Done;
                let first = result.first_try() as u32;
                let of = result.steps.len() as u32;
                if lesson.best_of == 0
                    || percent(first, of) > percent(lesson.best_first_try, lesson.best_of)
                {
                    lesson.best_first_try = first;
                    lesson.best_of = of;
                }
                lesson.first_finished = Some(lesson.first_finished.map_or(*at, |t| t.min(*at)));
                lesson.last_finished = Some(lesson.last_finished.map_or(*at, |t| t.max(*at)));
                if self
                    .place
                    .as_ref()
                    .is_some_and(|p| p.pack == *pack && p.lesson == result.lesson)
                {
                    self.place = None;
                }
                self.used(*at);
            }
            Change::Mistake {
                pack,
                lesson,
                step,
                wrong,
                at,
            } => {
                let progress = self.lesson_mut(pack, lesson);
                progress.status = progress.status.max(LessonStatus::Started);
                let mut counts = LessonTally::default();
                let stats = counts.steps.entry(step.clone()).or_default();
                stats.mistakes = 1;
                stats.wrong_answers.insert(wrong.clone(), 1);
                self.count(pack, lesson, &counts);
                self.used(*at);
            }
            Change::Tested {
                pack,
                score,
                total,
                passed,
                at,
            } => {
                let here = self.here.clone();
                add(
                    self.counted
                        .entry(here)
                        .or_default()
                        .tests
                        .entry(pack.clone())
                        .or_default(),
                    1,
                );
                let a = self.assessments.entry(pack.clone()).or_default();
                add(&mut a.attempts, 1);
                let p = percent(*score, *total);
                if a.best_total == 0 || p > a.best_percent {
                    a.best_percent = p;
                    a.best_score = *score;
                    a.best_total = *total;
                }
                if *passed {
                    a.passed = true;
                    a.passed_at = Some(a.passed_at.map_or(*at, |t| t.min(*at)));
                }
                a.last_at = Some(a.last_at.map_or(*at, |t| t.max(*at)));
                // The test is over: nothing is left to continue.
                if self.test_underway.as_ref().is_some_and(|t| &t.pack == pack) {
                    self.test_underway = None;
                }
                self.used(*at);
            }
            Change::Used(at) => self.used(*at),
        }
    }

    /// Adds counts to this computer's tally and to the totals alike.
    fn count(&mut self, pack: &str, lesson: &str, counts: &LessonTally) {
        let here = self.here.clone();
        let tally = self
            .counted
            .entry(here)
            .or_default()
            .lesson_mut(pack, lesson);
        add(&mut tally.completions, counts.completions);
        for (step, c) in &counts.steps {
            add_step(tally.steps.entry(step.clone()).or_default(), c);
        }
        let total = self.lesson_mut(pack, lesson);
        add(&mut total.completions, counts.completions);
        for (step, c) in &counts.steps {
            add_step(total.steps.entry(step.clone()).or_default(), c);
        }
    }

    /// Progress read from a file of before the counts were kept per computer (or any copy with
    /// counts but no tallies): its counts become the tally of `computer`.
    pub fn count_untallied_as(&mut self, computer: &str) {
        if !self.counted.is_empty() {
            return;
        }
        let mut tally = Tally::default();
        for (pack, lessons) in &self.lessons {
            for (id, lesson) in lessons {
                let t = tally.lesson_mut(pack, id);
                t.completions = lesson.completions;
                t.steps.clone_from(&lesson.steps);
            }
        }
        for (pack, a) in &self.assessments {
            tally.tests.insert(pack.clone(), a.attempts);
        }
        if !tally.is_empty() {
            self.counted.insert(computer.to_string(), tally);
        }
    }

    /// The totals worked out again as the sums of the computers' tallies.
    fn recount(&mut self) {
        for lesson in self.lessons.values_mut().flat_map(BTreeMap::values_mut) {
            lesson.completions = 0;
            for step in lesson.steps.values_mut() {
                *step = StepProgress::default();
            }
        }
        for a in self.assessments.values_mut() {
            a.attempts = 0;
        }
        let counted = std::mem::take(&mut self.counted);
        for tally in counted.values() {
            for (pack, lessons) in &tally.lessons {
                for (id, t) in lessons {
                    let total = self.lesson_mut(pack, id);
                    add(&mut total.completions, t.completions);
                    for (step, c) in &t.steps {
                        add_step(total.steps.entry(step.clone()).or_default(), c);
                    }
                }
            }
            for (pack, n) in &tally.tests {
                add(
                    &mut self.assessments.entry(pack.clone()).or_default().attempts,
                    *n,
                );
            }
        }
        self.counted = counted;
    }

    fn used(&mut self, at: u64) {
        self.profile.last_used = self.profile.last_used.max(at);
    }

    fn lesson_mut(&mut self, pack: &str, lesson: &str) -> &mut LessonProgress {
        self.lessons
            .entry(pack.to_string())
            .or_default()
            .entry(lesson.to_string())
            .or_default()
    }

    /// Merges another copy of the same learner's progress (from another computer) into this
    /// one: each computer's counts kept at the larger of the two copies (so the same history
    /// merged twice counts once) and summed, the best results kept, the later place to
    /// continue kept.
    pub fn merge(&mut self, other: &Progress) {
        // Counts that no computer claims yet are this copy's own, and the other's its sender's.
        let here = self.here.clone();
        self.count_untallied_as(&here);
        let mut other = other.clone();
        other.count_untallied_as("elsewhere");
        for (computer, tally) in &other.counted {
            self.counted
                .entry(computer.clone())
                .or_default()
                .merge(tally);
        }
        if self.profile.language.is_none() {
            self.profile.language.clone_from(&other.profile.language);
        }
        // Reading aloud, once a trainer turned it on anywhere, stays on.
        self.profile.reads_aloud |= other.profile.reads_aloud;
        for (pack, lessons) in &other.lessons {
            for (id, theirs) in lessons {
                let ours = self.lesson_mut(pack, id);
                merge_lesson(ours, theirs);
            }
        }
        for (pack, theirs) in &other.assessments {
            let ours = self.assessments.entry(pack.clone()).or_default();
            if ours.best_total == 0 || theirs.best_percent > ours.best_percent {
                ours.best_percent = theirs.best_percent;
                ours.best_score = theirs.best_score;
                ours.best_total = theirs.best_total;
            }
            ours.passed |= theirs.passed;
            ours.passed_at = min_opt(ours.passed_at, theirs.passed_at);
            ours.last_at = ours.last_at.max(theirs.last_at);
        }
        let later_test = match (&self.test_underway, &other.test_underway) {
            (None, Some(theirs)) => Some(theirs.clone()),
            (Some(ours), Some(theirs)) if theirs.at > ours.at => Some(theirs.clone()),
            _ => None,
        };
        if let Some(test) = later_test {
            self.test_underway = Some(test);
        }
        let later = match (&self.place, &other.place) {
            (None, Some(theirs)) => Some(theirs.clone()),
            (Some(ours), Some(theirs)) if theirs.at > ours.at => Some(theirs.clone()),
            _ => None,
        };
        if let Some(place) = later {
            self.place = Some(place);
        }
        // A place in a lesson that is now done elsewhere is no longer a place to continue.
        if let Some(p) = &self.place
            && self.status(&p.pack, &p.lesson) == LessonStatus::Done
            && self
                .lesson(&p.pack, &p.lesson)
                .and_then(|l| l.last_finished)
                .is_some_and(|t| t >= p.at)
        {
            self.place = None;
        }
        self.profile.created = match (self.profile.created, other.profile.created) {
            (0, t) | (t, 0) => t,
            (a, b) => a.min(b),
        };
        self.profile.last_used = self.profile.last_used.max(other.profile.last_used);
        for id in &other.imported {
            if !self.imported.contains(id) {
                self.imported.push(id.clone());
            }
        }
        self.recount();
    }

    /// Lessons, steps and assessments kept here whose ids no longer exist in these packs (a
    /// pack was edited or removed). They are kept, never dropped; this lists them so a trainer
    /// can be told. Each entry is `pack`, `pack/lesson` or `pack/lesson/step`.
    pub fn unknown_ids(&self, packs: &[&Pack]) -> Vec<String> {
        let mut out = Vec::new();
        for (pack_id, lessons) in &self.lessons {
            let Some(pack) = packs.iter().find(|p| p.id == *pack_id) else {
                out.push(pack_id.clone());
                continue;
            };
            for (lesson_id, lesson) in lessons {
                let Some(known) = pack.lessons.iter().find(|l| l.id == *lesson_id) else {
                    out.push(format!("{pack_id}/{lesson_id}"));
                    continue;
                };
                for step_id in lesson.steps.keys() {
                    if !known.steps.iter().any(|s| s.id == *step_id) {
                        out.push(format!("{pack_id}/{lesson_id}/{step_id}"));
                    }
                }
            }
        }
        for pack_id in self.assessments.keys() {
            if !packs.iter().any(|p| p.id == *pack_id) && !out.contains(pack_id) {
                out.push(pack_id.clone());
            }
        }
        out
    }
}

/// Merges what is not a count (the counts come from the tallies): the status, the best
/// result, when it was first and last finished.
fn merge_lesson(ours: &mut LessonProgress, theirs: &LessonProgress) {
    ours.status = ours.status.max(theirs.status);
    if theirs.best_of > 0
        && (ours.best_of == 0
            || percent(theirs.best_first_try, theirs.best_of)
                > percent(ours.best_first_try, ours.best_of))
    {
        ours.best_first_try = theirs.best_first_try;
        ours.best_of = theirs.best_of;
    }
    ours.first_finished = min_opt(ours.first_finished, theirs.first_finished);
    ours.last_finished = ours.last_finished.max(theirs.last_finished);
}

fn min_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, None) => a,
        (None, b) => b,
    }
}
