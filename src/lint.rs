//! Checks that need the engine, run after a pack has loaded (the way a compiler runs its lints
//! after type-checking): every lesson is played through with its right answers, taking every
//! branch, and each `mistakes` entry of a typed step must really be refused by the step's check.
//!
//! This module sits above both `pack` and `engine`, so the pack loader stays a leaf that a fuzzer
//! can drive alone. It reads no files: it works on what the loader already read.

use crate::diagnostic::Diagnostic;
use crate::engine::lesson::right_inputs;
use crate::engine::{Effect, Input, Player};
use crate::pack::rules::Report;
use crate::pack::spans::{Path, SpanMap};
use crate::pack::{Do, Lesson, Library, LoadedPack, Pack};

/// Checks one pack's text completely: the loader's checks, then these. The pack comes back only
/// when neither found an error.
pub fn check_source(name: &str, source: &str) -> (Option<Pack>, Vec<Diagnostic>) {
    let (pack, mut diagnostics) = crate::pack::check_source(name, source);
    let Some(pack) = pack else {
        return (None, diagnostics);
    };
    diagnostics.extend(problems(name, source, &pack));
    sort(&mut diagnostics);
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    (ok.then_some(pack), diagnostics)
}

/// Runs these checks on every pack of a library that loaded; a pack they find an error in is
/// kept with its problems but no longer offered, like any other broken pack.
pub fn library(mut library: Library) -> Library {
    for file in &mut library.files {
        lint(file);
    }
    translations(&mut library);
    library
}

/// A translation or country adaptation keeps its English pack's id, and the ids and action
/// kinds of every lesson and step the two share, so progress and the class report line up
/// across languages. Warns, at the translation's own lines, where a shared lesson drifts;
/// lessons only one of them has (a country's own skill) are fine.
fn translations(library: &mut Library) {
    let sources: Vec<Pack> = library
        .files
        .iter()
        .filter_map(|f| f.pack.as_ref())
        .filter(|p| p.language == "en" || p.language.starts_with("en-"))
        .map(|p| (**p).clone())
        .collect();
    for file in &mut library.files {
        let Some(pack) = file.pack.clone() else {
            continue;
        };
        if pack.language == "en" || pack.language.starts_with("en-") {
            continue;
        }
        let Some(source) = sources.iter().find(|s| s.id == pack.id) else {
            continue;
        };
        let found = drift(&file.name, &file.source, source, &pack);
        if !found.is_empty() {
            file.diagnostics.extend(found);
            sort(&mut file.diagnostics);
        }
    }
}

/// Where `translation` differs in shape from `source` in the lessons they share.
fn drift(name: &str, text: &str, source: &Pack, translation: &Pack) -> Vec<Diagnostic> {
    let mut report = Report::new(name, text, SpanMap::lazy(text));
    let root = Path::root();
    for (li, lesson) in translation.lessons.iter().enumerate() {
        let Some(original) = source.lessons.iter().find(|l| l.id == lesson.id) else {
            continue;
        };
        let at = root.at("lessons", li);
        let ids = |l: &Lesson| l.steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        let (theirs, ours) = (ids(original), ids(lesson));
        if theirs != ours {
            let missing: Vec<&String> = theirs.iter().filter(|id| !ours.contains(id)).collect();
            let extra: Vec<&String> = ours.iter().filter(|id| !theirs.contains(id)).collect();
            let what = match (missing.is_empty(), extra.is_empty()) {
                (true, true) => "the same steps in another order".to_string(),
                _ => format!(
                    "steps missing: {}; steps not in English: {}",
                    list(&missing),
                    list(&extra)
                ),
            };
            report.warn(
                "translation-drift",
                &at.key("id"),
                format!(
                    "lesson \"{}\" differs from the English pack \"{}\": {what}",
                    lesson.id, source.id
                ),
                "Keep the English pack's step ids, in its order, so progress and the class report line up across languages. A lesson of your own needs an id of its own.",
            );
        }
        for (si, step) in lesson.steps.iter().enumerate() {
            if let Some(same) = original.steps.iter().find(|s| s.id == step.id)
                && same.action != step.action
            {
                report.warn(
                    "translation-drift",
                    &at.at("steps", si).key("do"),
                    format!(
                        "step \"{}\" is a {:?} step here but a {:?} step in English",
                        step.id, step.action, same.action
                    ),
                    "Keep the same kind of action in every language: learners are compared step by step.",
                );
            }
        }
    }
    report.out
}

fn list(ids: &[&String]) -> String {
    if ids.is_empty() {
        "none".to_string()
    } else {
        ids.iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Runs these checks on one loaded pack.
pub fn lint(file: &mut LoadedPack) {
    let Some(pack) = file.pack.clone() else {
        return;
    };
    let found = problems(&file.name, &file.source, &pack);
    if found.is_empty() {
        return;
    }
    file.diagnostics.extend(found);
    sort(&mut file.diagnostics);
    if file.diagnostics.iter().any(Diagnostic::is_error) {
        file.pack = None;
    }
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.line, d.column));
}

/// Everything these checks find in one pack.
fn problems(name: &str, source: &str, pack: &Pack) -> Vec<Diagnostic> {
    let mut report = Report::new(name, source, SpanMap::lazy(source));
    let root = Path::root();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        let at = root.at("lessons", li);
        mistakes_are_refused(&mut report, lesson, &at);
        play_through(&mut report, lesson, &at);
    }
    report.out
}

/// A typed step's `mistakes` describe wrong answers; one its check accepts could never be shown,
/// and neither could one an earlier mistake already catches ("7555-0190" after "7555 0190":
/// typed answers are compared by their digits and words, not their spacing or accents).
fn mistakes_are_refused(report: &mut Report<'_>, lesson: &Lesson, at: &Path) {
    for (si, step) in lesson.steps.iter().enumerate() {
        if step.action != Do::Type {
            continue;
        }
        for (mi, m) in step.mistakes.iter().enumerate() {
            if crate::engine::answer::accepts(step, &m.answer) {
                report.error(
                    "mistake-is-right",
                    &at.at("steps", si).at("mistakes", mi).key("answer"),
                    format!("the mistake \"{}\" would be accepted as right", m.answer),
                    "Remove it from `mistakes`, or change the check so it is not accepted.",
                );
            } else if let Some(first) = step.mistakes[..mi]
                .iter()
                .find(|earlier| crate::engine::answer::same_words(&earlier.answer, &m.answer))
            {
                report.warn(
                    "mistake-repeated",
                    &at.at("steps", si).at("mistakes", mi).key("answer"),
                    format!(
                        "the mistake \"{}\" is the same answer as \"{}\" above, so its feedback is never shown",
                        m.answer, first.answer
                    ),
                    "Remove it: spaces, dashes, dots, case and accents do not make answers different.",
                );
            }
        }
    }
}

/// Plays the lesson through the engine with its right answers, taking every branch, and reports
/// a lesson that cannot be finished that way (an answer the check refuses, a loop).
fn play_through(report: &mut Report<'_>, lesson: &Lesson, at: &Path) {
    let limit = lesson.steps.len() * 2 + 2;
    let mut player = Player::borrowed(lesson, 0);
    for _ in 0..limit {
        let Some(step) = player.step() else { return };
        let step_id = step.id.clone();
        let index = player.step_index();
        let Some(input) = right_inputs(step).into_iter().next() else {
            report.error(
                "cannot-finish",
                &at.at("steps", index).key("id"),
                format!("step \"{step_id}\" has no right answer, so lesson \"{}\" cannot be finished", lesson.id),
                "Give the step a right answer: `correct = true`, a `target`, or `answers` its check accepts.",
            );
            return;
        };
        let effects = player.handle(input);
        if !effects.iter().any(|e| {
            matches!(
                e,
                Effect::Explanation(_) | Effect::Step(_) | Effect::Finished(_)
            )
        }) {
            report.error(
                "cannot-finish",
                &at.at("steps", index).key("id"),
                format!("the right answer to step \"{step_id}\" is not accepted"),
                "Check that the step's answers pass its own check.",
            );
            return;
        }
        if effects.iter().any(|e| matches!(e, Effect::Finished(_))) {
            return;
        }
        if effects.iter().any(|e| matches!(e, Effect::Explanation(_)))
            && player
                .handle(Input::Continue)
                .iter()
                .any(|e| matches!(e, Effect::Finished(_)))
        {
            return;
        }
    }
    report.error(
        "cannot-finish",
        &at.key("id"),
        format!("following the right answers of lesson \"{}\" goes round in a loop and never ends", lesson.id),
        "Check the `next` fields: one of the paths must reach the end (`next = \"end\"` or the last step).",
    );
}

#[cfg(test)]
mod tests {
    /// The pack loader is a leaf: nothing under `src/pack/` reaches up to the engine (or to
    /// these checks), so it can be loaded, tested and fuzzed on its own.
    #[test]
    fn the_pack_loader_never_uses_the_engine() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pack");
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.push(dir.with_extension("rs"));
        let mut found = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (i, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if code.contains("crate::engine") || code.contains("crate::lint") {
                    found.push(format!("{}:{}: {line}", file.display(), i + 1));
                }
            }
        }
        assert!(
            found.is_empty(),
            "the pack loader uses the engine: {found:#?}"
        );
    }
}
