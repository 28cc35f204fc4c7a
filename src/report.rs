//! The trainer's class report, as data: from learners' progress (read from one or several data
//! folders) and the packs in use, one row per learner and topic, and the steps where learners
//! made the most mistakes. `format` turns a report into a table for people, CSV or JSON; `fit`
//! makes the table fit a terminal's width.
//!
//! No I/O here: the caller reads the progress files and prints the result. The same learner
//! (same profile id) found in several data folders is merged into one, so they count once.

pub mod fit;
pub mod format;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::pack::{Do, Pack};
use crate::progress::model::{LessonProgress, StepProgress};
use crate::progress::{LessonStatus, Progress};

/// How many of the hardest steps the table shows (CSV and JSON list all of them).
pub const TABLE_HARDEST: usize = 10;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// One row per learner and topic they have worked on, by learner name, then pack order.
    pub learners: Vec<Row>,
    /// Every step where anybody made a mistake, the hardest first.
    pub hardest_steps: Vec<HardStep>,
}

/// One learner in one topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The learner's profile id (stable across renames and computers).
    pub learner_id: String,
    /// The learner's name.
    pub learner: String,
    /// The pack id, or `None` for a learner who has not started anything yet.
    pub pack: Option<String>,
    /// The pack's title, or its id when the pack is no longer in use.
    pub topic: Option<String>,
    /// Lessons of this pack done at least once.
    pub lessons_done: u32,
    /// Lessons in the pack, or `None` when the pack is no longer in use.
    pub lessons_total: Option<u32>,
    /// The best assessment score in percent, `None` when never taken.
    pub best_percent: Option<u32>,
    /// Right answers in the best attempt.
    pub best_score: Option<u32>,
    /// Questions in the best attempt.
    pub best_total: Option<u32>,
    /// Whether any assessment attempt passed.
    pub passed: bool,
    /// The day the learner last used the tutor, `YYYY-MM-DD` (UTC); `None` if never.
    pub last_active: Option<String>,
}

/// One step where learners made mistakes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HardStep {
    /// `pack/lesson/step`.
    pub id: String,
    /// Pack id.
    pub pack: String,
    /// Lesson id.
    pub lesson: String,
    /// Step id.
    pub step: String,
    /// The lesson's title, when the pack is in use.
    pub lesson_title: Option<String>,
    /// Learners who made at least one mistake here.
    pub learners: u32,
    /// Mistakes made here by everybody.
    pub mistakes: u32,
    /// The wrong answer given most often, as recorded: an option id, an element id, the author's
    /// mistake text, `photo` or `other`. `None` when no wrong answer was recorded.
    pub wrong_answer: Option<String>,
    /// That wrong answer as the learner saw it: the option's text or the element's label from
    /// the pack, else the recorded key.
    pub wrong_answer_text: Option<String>,
    /// How often that wrong answer was given.
    pub wrong_answer_count: u32,
}

/// Merges copies of learners' progress gathered from several data folders: copies with the same
/// profile id become one learner with the union of what was done (`Progress::merge`: lessons
/// done on either, the best scores, the latest day).
///
/// Copies of one learner exist because a folder was copied or exported to another terminal, so
/// they share everything done before the copy. `merge` adds counts up (right for an import,
/// which happens once), which here would count that shared history twice. So in the report, each
/// step's attempts, mistakes, hints and wrong answers, and each lesson's completions, are the
/// most found in any one copy: never counted twice, though work done on both terminals after a
/// copy may count less than it was.
///
/// The name kept is the one from the copy used most recently. The result is sorted by name,
/// then id.
pub fn merge_copies(copies: Vec<Progress>) -> Vec<Progress> {
    let mut by_id: BTreeMap<String, Vec<Progress>> = BTreeMap::new();
    for copy in copies {
        by_id.entry(copy.profile.id.clone()).or_default().push(copy);
    }
    let mut learners: Vec<Progress> = by_id
        .into_values()
        .filter_map(|mut same| {
            same.sort_by_key(|p| std::cmp::Reverse(p.profile.last_used));
            let (first, rest) = same.split_first()?;
            let mut merged = first.clone();
            for other in rest {
                merged.merge(other);
            }
            if !rest.is_empty() {
                count_shared_history_once(&mut merged, &same);
            }
            Some(merged)
        })
        .collect();
    learners.sort_by(|a, b| {
        a.profile
            .name
            .to_lowercase()
            .cmp(&b.profile.name.to_lowercase())
            .then_with(|| a.profile.id.cmp(&b.profile.id))
    });
    learners
}

/// Sets the counts `merge` added up to the most found in any one copy (see [`merge_copies`]).
fn count_shared_history_once(merged: &mut Progress, copies: &[Progress]) {
    for (pack, lessons) in &mut merged.lessons {
        for (lesson, l) in lessons {
            let theirs: Vec<&LessonProgress> = copies
                .iter()
                .filter_map(|c| c.lesson(pack, lesson))
                .collect();
            l.completions = theirs.iter().map(|t| t.completions).max().unwrap_or(0);
            for (step, s) in &mut l.steps {
                let steps: Vec<&StepProgress> =
                    theirs.iter().filter_map(|t| t.steps.get(step)).collect();
                let most = |count: fn(&StepProgress) -> u32| {
                    steps.iter().map(|t| count(t)).max().unwrap_or(0)
                };
                s.attempts = most(|t| t.attempts);
                s.mistakes = most(|t| t.mistakes);
                s.hints = most(|t| t.hints);
                for (key, n) in &mut s.wrong_answers {
                    *n = steps
                        .iter()
                        .filter_map(|t| t.wrong_answers.get(key))
                        .max()
                        .copied()
                        .unwrap_or(0);
                }
            }
        }
    }
    for (pack, a) in &mut merged.assessments {
        a.attempts = copies
            .iter()
            .filter_map(|c| c.assessments.get(pack))
            .map(|t| t.attempts)
            .max()
            .unwrap_or(0);
    }
}

/// Builds the report from learners (one `Progress` each; see [`merge_copies`]) and the packs in
/// use. Learners keep the order given.
pub fn build(learners: &[Progress], packs: &[&Pack]) -> Report {
    Report {
        learners: learners.iter().flat_map(|p| rows(p, packs)).collect(),
        hardest_steps: hardest_steps(learners, packs),
    }
}

/// A learner's rows: one per topic they have started a lesson in or taken the assessment of,
/// packs in use first in their order, then packs no longer in use by id. A learner who has done
/// nothing yet gets one row without a topic, so nobody is missing from the report.
pub fn rows(progress: &Progress, packs: &[&Pack]) -> Vec<Row> {
    let mut touched: Vec<&str> = Vec::new();
    for (pack, lessons) in &progress.lessons {
        if lessons.values().any(|l| l.status != LessonStatus::New) {
            touched.push(pack);
        }
    }
    for (pack, a) in &progress.assessments {
        if a.attempts > 0 && !touched.contains(&pack.as_str()) {
            touched.push(pack);
        }
    }
    let order = |id: &str| packs.iter().position(|p| p.id == id).unwrap_or(usize::MAX);
    touched.sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.cmp(b)));

    let last_active = (progress.profile.last_used > 0).then(|| day(progress.profile.last_used));
    let base = Row {
        learner_id: progress.profile.id.clone(),
        learner: progress.profile.name.clone(),
        pack: None,
        topic: None,
        lessons_done: 0,
        lessons_total: None,
        best_percent: None,
        best_score: None,
        best_total: None,
        passed: false,
        last_active,
    };
    if touched.is_empty() {
        return vec![base];
    }
    touched
        .into_iter()
        .map(|id| {
            let pack = packs.iter().find(|p| p.id == id);
            let done = |lesson: &str| progress.status(id, lesson) == LessonStatus::Done;
            let lessons_done = match pack {
                Some(pack) => pack.lessons.iter().filter(|l| done(&l.id)).count(),
                None => progress
                    .lessons
                    .get(id)
                    .map_or(0, |l| l.keys().filter(|l| done(l)).count()),
            } as u32;
            let assessment = progress.assessments.get(id).filter(|a| a.attempts > 0);
            Row {
                pack: Some(id.to_string()),
                topic: Some(pack.map_or_else(|| id.to_string(), |p| p.title.clone())),
                lessons_done,
                lessons_total: pack.map(|p| p.lessons.len() as u32),
                best_percent: assessment.map(|a| a.best_percent),
                best_score: assessment.map(|a| a.best_score),
                best_total: assessment.map(|a| a.best_total),
                passed: assessment.is_some_and(|a| a.passed),
                ..base.clone()
            }
        })
        .collect()
}

/// Every step where anybody made a mistake: how many learners, how many mistakes, and the wrong
/// answer given most often (ties go to the first in alphabetical order). Sorted by learners,
/// then mistakes, most first, then by id.
pub fn hardest_steps(learners: &[Progress], packs: &[&Pack]) -> Vec<HardStep> {
    #[derive(Default)]
    struct Tally {
        learners: u32,
        mistakes: u32,
        wrong: BTreeMap<String, u32>,
    }
    let mut tallies: BTreeMap<(&str, &str, &str), Tally> = BTreeMap::new();
    for progress in learners {
        for (pack, lessons) in &progress.lessons {
            for (lesson, l) in lessons {
                for (step, s) in &l.steps {
                    if s.mistakes == 0 {
                        continue;
                    }
                    let t = tallies.entry((pack, lesson, step)).or_default();
                    t.learners = t.learners.saturating_add(1);
                    t.mistakes = t.mistakes.saturating_add(s.mistakes);
                    for (key, n) in &s.wrong_answers {
                        let count = t.wrong.entry(key.clone()).or_default();
                        *count = count.saturating_add(*n);
                    }
                }
            }
        }
    }
    let mut out: Vec<HardStep> = tallies
        .into_iter()
        .map(|((pack, lesson, step), t)| {
            let known = packs
                .iter()
                .find(|p| p.id == pack)
                .and_then(|p| p.lessons.iter().find(|l| l.id == lesson));
            // The first of the highest counts: BTreeMap order makes ties alphabetical.
            let top = t
                .wrong
                .iter()
                .fold(None::<(&String, u32)>, |best, (k, &n)| match best {
                    Some((_, b)) if b >= n => best,
                    _ => Some((k, n)),
                });
            let pack_step = known.and_then(|l| l.steps.iter().find(|s| s.id == step));
            HardStep {
                id: format!("{pack}/{lesson}/{step}"),
                pack: pack.to_string(),
                lesson: lesson.to_string(),
                step: step.to_string(),
                lesson_title: known.map(|l| l.title.clone()),
                learners: t.learners,
                mistakes: t.mistakes,
                wrong_answer: top.map(|(k, _)| k.clone()),
                wrong_answer_text: top.map(|(k, _)| wrong_answer_text(pack_step, k)),
                wrong_answer_count: top.map_or(0, |(_, n)| n),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.learners
            .cmp(&a.learners)
            .then(b.mistakes.cmp(&a.mistakes))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// A recorded wrong answer as the learner saw it: for a tap step the element's label, else the
/// option's text; either one when the other does not match; else the key itself.
pub fn wrong_answer_text(step: Option<&crate::pack::Step>, key: &str) -> String {
    let Some(step) = step else {
        return key.to_string();
    };
    let option = || step.options.iter().find(|o| o.id == key).map(|o| &o.text);
    let element = || {
        step.screen
            .elements
            .iter()
            .find(|e| e.id == key)
            .map(|e| &e.label)
    };
    let found = if step.action == Do::Tap {
        element().or_else(option)
    } else {
        option().or_else(element)
    };
    found.map_or_else(|| key.to_string(), |t| t.clone())
}

/// A time (seconds since 1970) as its UTC day, `YYYY-MM-DD`.
pub fn day(secs: u64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    i64::try_from(secs)
        .ok()
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| "?".to_string())
}

#[cfg(test)]
mod tests;
