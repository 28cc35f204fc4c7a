//! `digitutor list`: the packs with their lessons and step counts, as a table or JSON
//! (`[{id, topic, language, title, lessons: [{id, title, steps}]}]`).

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
}

/// Runs the command.
pub fn run(library: &Library, format: Format) -> anyhow::Result<ExitCode> {
    let rows: Vec<PackRow<'_>> = library
        .packs()
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
                    outln!(
                        "  {:<28} {:>2} steps  {}",
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
