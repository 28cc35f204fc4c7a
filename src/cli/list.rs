//! `digitutor list`: the packs with their lessons and step counts, as a table or JSON
//! (`[{id, topic, language, title, lessons: [{id, title, steps, only_in_this_language}]}]`).
//! When a pack comes in several languages (one id), a lesson that only some of them have (a
//! country's own skill) is marked as such.

use std::process::ExitCode;

use serde::Serialize;

use super::Format;
use super::out::{errln, outln};
use crate::pack::Library;

#[derive(Serialize)]
struct PackRow<'a> {
    id: &'a str,
    topic: &'a str,
    language: &'a str,
    title: &'a str,
    lessons: Vec<LessonRow<'a>>,
    questions: usize,
}

#[derive(Serialize)]
struct LessonRow<'a> {
    id: &'a str,
    title: &'a str,
    steps: usize,
    /// The pack comes in other languages too, and they have no lesson with this id.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    only_in_this_language: bool,
}

/// Runs the command.
pub fn run(library: &Library, format: Format) -> anyhow::Result<ExitCode> {
    let packs: Vec<&std::sync::Arc<crate::pack::Pack>> = library.packs().collect();
    let only_here = |pack: &crate::pack::Pack, lesson: &str| {
        let others: Vec<_> = packs
            .iter()
            .filter(|o| o.id == pack.id && o.language != pack.language)
            .collect();
        !others.is_empty()
            && others
                .iter()
                .all(|o| !o.lessons.iter().any(|l| l.id == lesson))
    };
    let rows: Vec<PackRow<'_>> = packs
        .iter()
        .map(|p| PackRow {
            id: &p.id,
            topic: &p.topic,
            language: &p.language,
            title: &p.title,
            lessons: p
                .lessons
                .iter()
                .map(|l| LessonRow {
                    id: &l.id,
                    title: &l.title,
                    steps: l.steps.len(),
                    only_in_this_language: only_here(p, &l.id),
                })
                .collect(),
            questions: p.assessment.as_ref().map_or(0, |a| a.questions.len()),
        })
        .collect();
    match format {
        Format::Json => super::out::json(&format!("{}\n", serde_json::to_string_pretty(&rows)?)),
        Format::Text => {
            for pack in &rows {
                outln!(
                    "{} ({}, {}): {}",
                    pack.id,
                    pack.topic,
                    pack.language,
                    pack.title
                );
                for lesson in &pack.lessons {
                    let only = if lesson.only_in_this_language {
                        format!("  (only in {})", pack.language)
                    } else {
                        String::new()
                    };
                    outln!(
                        "  {:<28} {:>2} steps  {}{only}",
                        lesson.id,
                        lesson.steps,
                        lesson.title
                    );
                }
                if pack.questions > 0 {
                    outln!("  assessment: {} questions", pack.questions);
                }
            }
        }
    }
    for broken in library.broken() {
        errln!(
            "Skipped {}: it has errors. Run `digitutor validate {}` to see them.",
            broken.name,
            broken.name
        );
    }
    Ok(ExitCode::SUCCESS)
}
