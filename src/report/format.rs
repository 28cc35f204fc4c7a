//! A report as text: an aligned table for people, CSV (RFC 4180: commas, double quotes, CRLF
//! line ends) for spreadsheets, and JSON for scripts. Pure string building; the caller prints.

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{HardStep, Report, Row, TABLE_HARDEST};

/// What the JSON output's `format` key says.
pub const JSON_FORMAT: &str = "digitutor-report";
/// The JSON output's version.
pub const JSON_VERSION: u32 = 1;

/// The report as a table for people: the learners, then the hardest steps (the first
/// [`TABLE_HARDEST`]).
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    if report.learners.is_empty() {
        out.push_str("No learners yet.\n");
        return out;
    }
    out.push_str(&learners_table(&report.learners));
    out.push('\n');
    out.push_str(&hardest_table(&report.hardest_steps, TABLE_HARDEST));
    out
}

/// The learners as a table.
pub fn learners_table(rows: &[Row]) -> String {
    // Say the learner's id beside a name that two different learners have.
    let shared = |row: &Row| {
        rows.iter()
            .any(|r| r.learner == row.learner && r.learner_id != row.learner_id)
    };
    let mut lines = vec![vec![
        "Learner".to_string(),
        "Topic".to_string(),
        "Lessons done".to_string(),
        "Assessment".to_string(),
        "Passed".to_string(),
        "Last active".to_string(),
    ]];
    for row in rows {
        let learner = if shared(row) {
            format!("{} ({})", row.learner, row.learner_id)
        } else {
            row.learner.clone()
        };
        let topic = row.topic.clone().unwrap_or_else(|| "(nothing yet)".into());
        let lessons = match (row.topic.as_ref(), row.lessons_total) {
            (None, _) => "-".to_string(),
            (Some(_), Some(total)) => format!("{} of {total}", row.lessons_done),
            (Some(_), None) => format!("{} (pack not here)", row.lessons_done),
        };
        let assessment = match (row.best_percent, row.best_score, row.best_total) {
            (Some(p), Some(s), Some(t)) => format!("{p}% ({s} of {t})"),
            _ => "not taken".to_string(),
        };
        let passed = if row.passed { "yes" } else { "no" }.to_string();
        let last = row.last_active.clone().unwrap_or_else(|| "never".into());
        lines.push(vec![learner, topic, lessons, assessment, passed, last]);
    }
    let learners = rows
        .iter()
        .map(|r| &r.learner_id)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let mut out = format!("Learners ({learners})\n\n{}", aligned(&lines, &[false; 6]));
    out.push_str(
        "\nLessons done: lessons finished at least once. Assessment: the best score. Dates are UTC.\n",
    );
    out
}

/// The first `limit` hardest steps as a table.
pub fn hardest_table(steps: &[HardStep], limit: usize) -> String {
    if steps.is_empty() {
        return "Hardest steps: nobody has made a mistake yet.\n".to_string();
    }
    let shown = steps.len().min(limit);
    let heading = if shown < steps.len() {
        format!(
            "Hardest steps (the {shown} with the most learners making a mistake, of {})",
            steps.len()
        )
    } else {
        "Hardest steps (where learners made mistakes, most learners first)".to_string()
    };
    let mut lines = vec![vec![
        "Step (pack/lesson/step)".to_string(),
        "Learners".to_string(),
        "Mistakes".to_string(),
        "Most chosen wrong answer".to_string(),
    ]];
    for s in &steps[..shown] {
        let wrong = match &s.wrong_answer_text {
            Some(text) => match s.wrong_answer_count {
                1 => format!("\"{text}\" (once)"),
                n => format!("\"{text}\" ({n} times)"),
            },
            None => "-".to_string(),
        };
        lines.push(vec![
            s.id.clone(),
            s.learners.to_string(),
            s.mistakes.to_string(),
            wrong,
        ]);
    }
    format!(
        "{heading}\n\n{}",
        aligned(&lines, &[false, true, true, false])
    )
}

/// Lines of cells with every column padded to its widest cell (by display width, so names in
/// any script line up); `right` says which columns are numbers, aligned right. The header is
/// underlined with dashes.
fn aligned(lines: &[Vec<String>], right: &[bool]) -> String {
    let columns = lines.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            lines
                .iter()
                .filter_map(|l| l.get(c))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let render = |cells: &[String]| {
        let mut line = String::new();
        for (c, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
            let last = c + 1 == cells.len();
            if right.get(c).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if !last {
                    line.push_str(&pad);
                }
            }
            if !last {
                line.push_str("  ");
            }
        }
        line.push('\n');
        line
    };
    let mut out = String::new();
    for (i, cells) in lines.iter().enumerate() {
        out.push_str(&render(cells));
        if i == 0 {
            let dashes: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out.push_str(&render(&dashes));
        }
    }
    out
}

/// One CSV field, quoted when it holds a comma, a double quote or a line break (RFC 4180);
/// double quotes inside are doubled.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
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
