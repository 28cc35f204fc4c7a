//! A report as text: an aligned table for people that fits a given width (long cells shortened
//! with "…", see `fit`), CSV (RFC 4180: commas, double quotes, CRLF line ends; a cell that a
//! spreadsheet would run as a formula is defused) for spreadsheets, and JSON for scripts. Pure
//! string building; the caller measures the terminal, adds the byte-order mark and prints.

use crate::language::Say;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::fit::{self, Cut};
use super::{HardStep, Report, Row, TABLE_HARDEST};

/// What the JSON output's `format` key says.
pub const JSON_FORMAT: &str = "digitutor-report";
/// The JSON output's version.
pub const JSON_VERSION: u32 = 1;

/// How a table's column behaves when the table is too wide.
#[derive(Debug, Clone, Copy)]
struct Column {
    /// Numbers, aligned right.
    right: bool,
    /// For a name or title, which gives way first when the table is too wide: the width it
    /// keeps while the other columns can still give way (see [`fit::widths`]). The learner's
    /// name has the highest, so it keeps the most.
    floor: Option<usize>,
    /// Which end of a long cell gives way (a header always keeps its start).
    cut: Cut,
}

const NAME: Column = Column {
    right: false,
    floor: Some(10),
    cut: Cut::End,
};
const TITLE: Column = Column {
    right: false,
    floor: Some(4),
    cut: Cut::End,
};
const FIXED: Column = Column {
    right: false,
    floor: None,
    cut: Cut::End,
};
const NUMBER: Column = Column {
    right: true,
    floor: None,
    cut: Cut::End,
};
const PATH: Column = Column {
    right: false,
    floor: Some(8),
    cut: Cut::Start,
};

/// Columns between two table columns.
const GAP: &str = "  ";

/// The report as a table for people, every line at most `width` display columns: the learners,
/// then the hardest steps (the first [`TABLE_HARDEST`]).
pub fn table(report: &Report, width: usize, say: &Say) -> String {
    let mut out = String::new();
    if report.learners.is_empty() {
        out.push_str(&say("report.none", &[]));
        out.push('\n');
        return out;
    }
    out.push_str(&learners_table(&report.learners, width, say));
    out.push('\n');
    out.push_str(&hardest_table(
        &report.hardest_steps,
        TABLE_HARDEST,
        width,
        say,
    ));
    out
}

/// The learners as a table of at most `width` display columns.
pub fn learners_table(rows: &[Row], width: usize, say: &Say) -> String {
    // Say the learner's id beside a name that two different learners have.
    let shared = |row: &Row| {
        rows.iter()
            .any(|r| r.learner == row.learner && r.learner_id != row.learner_id)
    };
    let mut lines = vec![
        [
            "report.col-learner",
            "report.col-topic",
            "report.col-lessons",
            "report.col-assessment",
            "report.col-passed",
            "report.col-last",
        ]
        .map(|id| say(id, &[]))
        .to_vec(),
    ];
    for row in rows {
        let learner = if shared(row) {
            format!("{} ({})", row.learner, row.learner_id)
        } else {
            row.learner.clone()
        };
        let topic = row
            .topic
            .clone()
            .unwrap_or_else(|| say("report.nothing-yet", &[]));
        let lessons = match (row.topic.as_ref(), row.lessons_total) {
            (None, _) => "-".to_string(),
            (Some(_), Some(total)) => say(
                "report.lessons-of",
                &[("done", &row.lessons_done), ("total", &total)],
            ),
            (Some(_), None) => say("report.lessons-pack-gone", &[("done", &row.lessons_done)]),
        };
        let assessment = match (row.best_percent, row.best_score, row.best_total) {
            (Some(p), Some(s), Some(t)) => say(
                "report.score",
                &[("percent", &p), ("score", &s), ("total", &t)],
            ),
            _ => say("report.not-taken", &[]),
        };
        let passed = say(
            if row.passed {
                "report.yes"
            } else {
                "report.no"
            },
            &[],
        );
        let last = row
            .last_active
            .clone()
            .unwrap_or_else(|| say("report.never", &[]));
        lines.push(vec![learner, topic, lessons, assessment, passed, last]);
    }
    let learners = rows
        .iter()
        .map(|r| &r.learner_id)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let columns = [NAME, TITLE, FIXED, FIXED, FIXED, FIXED];
    let mut out = fit::wrap(&say("report.learners", &[("n", &learners)]), width);
    out.push('\n');
    out.push_str(&aligned(&lines, &columns, width));
    out.push('\n');
    out.push_str(&fit::wrap(&say("report.note", &[]), width));
    out
}

/// The first `limit` hardest steps as a table of at most `width` display columns.
pub fn hardest_table(steps: &[HardStep], limit: usize, width: usize, say: &Say) -> String {
    if steps.is_empty() {
        return fit::wrap(&say("report.hardest-none", &[]), width);
    }
    let shown = steps.len().min(limit);
    let heading = if shown < steps.len() {
        say(
            "report.hardest-some",
            &[("shown", &shown), ("total", &steps.len())],
        )
    } else {
        say("report.hardest-all", &[])
    };
    let mut lines = vec![
        [
            "report.col-step",
            "report.col-learners",
            "report.col-mistakes",
            "report.col-wrong",
        ]
        .map(|id| say(id, &[]))
        .to_vec(),
    ];
    for s in &steps[..shown] {
        let wrong = match &s.wrong_answer_text {
            Some(text) => say(
                "report.wrong-times",
                &[("text", text), ("n", &s.wrong_answer_count)],
            ),
            None => "-".to_string(),
        };
        lines.push(vec![
            s.id.clone(),
            s.learners.to_string(),
            s.mistakes.to_string(),
            wrong,
        ]);
    }
    let columns = [PATH, NUMBER, NUMBER, TITLE];
    format!(
        "{}\n{}",
        fit::wrap(&heading, width),
        aligned(&lines, &columns, width)
    )
}

/// Lines of cells in columns that fit `width` display columns: each column as wide as its widest
/// cell (by display width, so names in any script line up) while that fits, else narrower with
/// long cells shortened (see [`fit::widths`]). The header is underlined with dashes.
fn aligned(lines: &[Vec<String>], columns: &[Column], width: usize) -> String {
    let natural: Vec<usize> = (0..columns.len())
        .map(|c| {
            lines
                .iter()
                .filter_map(|l| l.get(c))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let floors: Vec<Option<usize>> = columns.iter().map(|c| c.floor).collect();
    let gaps = GAP.len() * columns.len().saturating_sub(1);
    let widths = fit::widths(&natural, &floors, width.saturating_sub(gaps));
    let render = |cells: &[String], header: bool| {
        let cells: Vec<String> = cells
            .iter()
            .zip(columns)
            .zip(&widths)
            .map(|((cell, col), w)| {
                let cut = if header { Cut::End } else { col.cut };
                fit::cell(cell, *w, cut, col.right)
            })
            .collect();
        // The last column's padding would only be trailing spaces.
        let mut line = cells.join(GAP).trim_end().to_string();
        line.push('\n');
        line
    };
    let mut out = String::new();
    for (i, cells) in lines.iter().enumerate() {
        out.push_str(&render(cells, i == 0));
        if i == 0 {
            let dashes: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out.push_str(&render(&dashes, true));
        }
    }
    out
}

/// The UTF-8 byte-order mark that starts CSV written for a spreadsheet: without it, Excel reads
/// the file in the computer's old code page and "Nguyễn" or "김영자" come out garbled.
pub const BOM: &str = "\u{FEFF}";

/// What a spreadsheet takes as the start of a formula (or, for tab and carriage return, strips
/// before looking again), when a cell begins with it.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field. Text that begins like a formula (`=`, `+`, `-`, `@`, a tab or a carriage
/// return) gets a leading `'`, so a name such as `=HYPERLINK(..)` stays text when the file is
/// opened in a spreadsheet (CSV injection). Then it is quoted when it holds a comma, a double
/// quote or a line break (RFC 4180), double quotes inside doubled.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// The learners as CSV, with a header line. Empty cells mean "none" (no topic yet, pack not
/// here, assessment not taken, never used).
pub fn learners_csv(rows: &[Row]) -> String {
    let mut out = csv_line(
        &[
            "learner_id",
            "learner",
            "pack",
            "topic",
            "lessons_done",
            "lessons_total",
            "best_percent",
            "best_score",
            "best_total",
            "passed",
            "last_active",
        ]
        .map(String::from),
    );
    for r in rows {
        out.push_str(&csv_line(&[
            r.learner_id.clone(),
            r.learner.clone(),
            opt(r.pack.as_ref()),
            opt(r.topic.as_ref()),
            r.lessons_done.to_string(),
            opt(r.lessons_total),
            opt(r.best_percent),
            opt(r.best_score),
            opt(r.best_total),
            if r.passed { "yes" } else { "no" }.to_string(),
            opt(r.last_active.as_ref()),
        ]));
    }
    out
}

/// Every hardest step as CSV, with a header line.
pub fn hardest_csv(steps: &[HardStep]) -> String {
    let mut out = csv_line(
        &[
            "step",
            "pack",
            "lesson",
            "step_id",
            "lesson_title",
            "learners",
            "mistakes",
            "wrong_answer",
            "wrong_answer_text",
            "wrong_answer_count",
        ]
        .map(String::from),
    );
    for s in steps {
        out.push_str(&csv_line(&[
            s.id.clone(),
            s.pack.clone(),
            s.lesson.clone(),
            s.step.clone(),
            opt(s.lesson_title.as_ref()),
            s.learners.to_string(),
            s.mistakes.to_string(),
            opt(s.wrong_answer.as_ref()),
            opt(s.wrong_answer_text.as_ref()),
            s.wrong_answer_count.to_string(),
        ]));
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    format: &'static str,
    version: u32,
    learners: &'a [Row],
    hardest_steps: &'a [HardStep],
}

/// The whole report as pretty JSON: `format`, `version`, `learners` and every one of the
/// `hardest_steps`.
pub fn json(report: &Report) -> String {
    let value = Json {
        format: JSON_FORMAT,
        version: JSON_VERSION,
        learners: &report.learners,
        hardest_steps: &report.hardest_steps,
    };
    // Plain strings, numbers and options: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
