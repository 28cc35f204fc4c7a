//! The report from progress to rows: one row per learner and topic, the same learner from two
//! folders counted once, the hardest steps ranked with the wrong option's text, and the three
//! output shapes.

use super::format::{csv_field, hardest_csv, json, learners_csv, table};
use super::*;
use crate::engine::{LessonResult, QuizResult, StepRecord};
use crate::pack::Pack;
use crate::progress::Change;

const DAY: u64 = 86_400;
/// 2025-03-12 00:00:00 UTC.
const MARCH_12: u64 = 1_741_737_600;

fn pack() -> Pack {
    toml::from_str(include_str!(
        "../../tests/fixtures/packs/valid/all-kinds.toml"
    ))
    .unwrap()
}

fn step(id: &str, mistakes: u32, wrong: &[&str]) -> StepRecord {
    StepRecord {
        step: id.into(),
        attempts: mistakes + 1,
        mistakes,
        hints: 0,
        wrong_answers: wrong.iter().map(|w| w.to_string()).collect(),
        done: true,
    }
}

fn finished(p: &mut Progress, pack: &str, lesson: &str, steps: Vec<StepRecord>, at: u64) {
    p.apply(&Change::Finished {
        pack: pack.into(),
        result: LessonResult {
            lesson: lesson.into(),
            steps,
        },
        at,
        mistakes_counted: false,
    });
}

fn tested(p: &mut Progress, pack: &str, score: u32, total: u32, at: u64) {
    let result = QuizResult {
        score,
        total,
        passed: score * 100 >= 80 * total,
        wrong: Vec::new(),
    };
    p.apply(&Change::tested(pack, &result, at));
}

// --- rows ---

#[test]
fn one_row_per_topic_worked_on_with_lessons_assessment_and_last_day() {
    let pack = pack();
    let mut lan = Progress::new("lan-1", "Lan", MARCH_12);
    finished(&mut lan, "all-kinds", "tour", vec![], MARCH_12 + 3600);
    tested(&mut lan, "all-kinds", 2, 2, MARCH_12 + 2 * DAY);
    finished(&mut lan, "qr-codes", "scan-not-photo", vec![], MARCH_12);

    let rows = rows(&lan, &[&pack]);
    assert_eq!(rows.len(), 2);
    let first = &rows[0];
    assert_eq!(first.pack.as_deref(), Some("all-kinds"));
    assert_eq!(first.topic.as_deref(), Some("Every kind, once"));
    assert_eq!((first.lessons_done, first.lessons_total), (1, Some(1)));
    assert_eq!(
        (first.best_percent, first.best_score, first.best_total),
        (Some(100), Some(2), Some(2))
    );
    assert!(first.passed);
    assert_eq!(first.last_active.as_deref(), Some("2025-03-14"));
    // A pack that is not in use: its id for the topic, no total, no assessment.
    let second = &rows[1];
    assert_eq!(second.topic.as_deref(), Some("qr-codes"));
    assert_eq!((second.lessons_done, second.lessons_total), (1, None));
    assert_eq!(second.best_percent, None);
    assert!(!second.passed);
}

#[test]
fn a_learner_with_nothing_done_still_has_a_row() {
    let rows = rows(&Progress::new("bao-1", "Bao", 0), &[&pack()]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].learner, "Bao");
    assert_eq!(rows[0].pack, None);
    assert_eq!(rows[0].last_active, None);
}

#[test]
fn lessons_done_counts_only_lessons_still_in_the_pack() {
    let mut p = Progress::new("a", "A", 1);
    finished(&mut p, "all-kinds", "tour", vec![], 5);
    finished(&mut p, "all-kinds", "a-lesson-since-removed", vec![], 5);
    let rows = rows(&p, &[&pack()]);
    assert_eq!((rows[0].lessons_done, rows[0].lessons_total), (1, Some(1)));
}

// --- the same learner from two folders ---

#[test]
fn the_same_learner_on_two_computers_counts_once_with_the_union_of_lessons() {
    let mut here = Progress::new("lan-1", "Lan", 1);
    finished(&mut here, "scams", "four-signs", vec![], 10);
    let mut there = Progress::new("lan-1", "Lan", 1);
    finished(&mut there, "scams", "family-in-trouble", vec![], 20);
    tested(&mut there, "scams", 7, 8, 30);
    let other = Progress::new("bao-1", "Bao", 1);

    let learners = merge_copies(vec![here.clone(), other, there, here]);
    assert_eq!(learners.len(), 2, "Lan counts once: {learners:?}");
    assert_eq!(learners[0].profile.name, "Bao");
    let lan = &learners[1];
    assert_eq!(lan.status("scams", "four-signs"), LessonStatus::Done);
    assert_eq!(lan.status("scams", "family-in-trouble"), LessonStatus::Done);
    assert!(lan.assessments["scams"].passed);
    assert_eq!(lan.profile.last_used, 30);
    // The exact same copy given twice (a folder copied twice) is not added twice.
    assert_eq!(lan.lessons["scams"]["four-signs"].completions, 1);
}

#[test]
fn history_shared_by_two_copies_is_counted_once() {
    // Lan made three mistakes on the first terminal; her folder was copied to the second, and
    // she made one more mistake there, at another step.
    let mut first = Progress::new("lan-1", "Lan", 1);
    finished(
        &mut first,
        "all-kinds",
        "tour",
        vec![step("call", 3, &["read-code"; 3])],
        10,
    );
    let mut second = first.clone();
    finished(
        &mut second,
        "all-kinds",
        "tour",
        vec![step("open-camera", 1, &["photos"])],
        20,
    );
    let learners = merge_copies(vec![first, second]);
    assert_eq!(learners.len(), 1);
    let tour = &learners[0].lessons["all-kinds"]["tour"];
    assert_eq!(tour.completions, 2);
    assert_eq!(tour.steps["call"].mistakes, 3);
    assert_eq!(tour.steps["call"].wrong_answers["read-code"], 3);
    assert_eq!(tour.steps["open-camera"].mistakes, 1);
    let steps = hardest_steps(&learners, &[&pack()]);
    assert_eq!((steps[0].learners, steps[0].mistakes), (1, 3));
}

#[test]
fn the_name_kept_is_the_one_used_last() {
    let mut old = Progress::new("lan-1", "Lan", 1);
    old.apply(&Change::Used(10));
    let mut renamed = Progress::new("lan-1", "Lan Nguyen", 1);
    renamed.apply(&Change::Used(20));
    let learners = merge_copies(vec![old, renamed]);
    assert_eq!(learners.len(), 1);
    assert_eq!(learners[0].profile.name, "Lan Nguyen");
}

// --- hardest steps ---

#[test]
fn hardest_steps_rank_by_learners_then_mistakes_and_name_the_wrong_option() {
    let pack = pack();
    let mut a = Progress::new("a", "A", 1);
    finished(
        &mut a,
        "all-kinds",
        "tour",
        vec![
            step("open-camera", 1, &["photos"]),
            step("call", 5, &["read-code"; 5]),
        ],
        2,
    );
    let mut b = Progress::new("b", "B", 1);
    finished(
        &mut b,
        "all-kinds",
        "tour",
        vec![
            step("open-camera", 2, &["photos", "bank"]),
            step("scan", 1, &["photo"]),
        ],
        2,
    );
    let mut c = Progress::new("c", "C", 1);
    finished(
        &mut c,
        "all-kinds",
        "tour",
        vec![step("open-camera", 1, &["bank"]), step("welcome", 0, &[])],
        2,
    );

    let steps = hardest_steps(&[a, b, c], &[&pack]);
    let ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
    // Three learners beat one learner with five mistakes; a step without mistakes is absent.
    assert_eq!(
        ids,
        [
            "all-kinds/tour/open-camera",
            "all-kinds/tour/call",
            "all-kinds/tour/scan"
        ]
    );
    let top = &steps[0];
    assert_eq!((top.learners, top.mistakes), (3, 4));
    // "bank" and "photos" were each chosen twice: the tie goes to the first alphabetically.
    assert_eq!(top.wrong_answer.as_deref(), Some("bank"));
    assert_eq!(top.wrong_answer_text.as_deref(), Some("Bank"));
    assert_eq!(top.wrong_answer_count, 2);
    assert_eq!(top.lesson_title.as_deref(), Some("A tour of the screens"));
    // A wrong option shows its text; a key that is no option or element shows itself.
    assert_eq!(steps[1].wrong_answer_text.as_deref(), Some("Read the code"));
    assert_eq!(steps[1].wrong_answer_count, 5);
    assert_eq!(steps[2].wrong_answer_text.as_deref(), Some("photo"));
}

#[test]
fn wrong_answer_text_prefers_elements_on_a_tap_step_and_options_elsewhere() {
    let pack = pack();
    let steps = &pack.lessons[0].steps;
    let pay = steps.iter().find(|s| s.id == "pay").unwrap();
    // "confirm" is both an option and an element on this choose step: the option wins.
    assert_eq!(
        wrong_answer_text(Some(pay), "confirm"),
        "Confirm the payment"
    );
    assert_eq!(wrong_answer_text(Some(pay), "cancel"), "Cancel");
    let tap = steps.iter().find(|s| s.id == "open-camera").unwrap();
    assert_eq!(wrong_answer_text(Some(tap), "photos"), "Photos");
    assert_eq!(wrong_answer_text(None, "photos"), "photos");
}

#[test]
fn steps_of_packs_no_longer_in_use_keep_their_ids() {
    let mut a = Progress::new("a", "A", 1);
    finished(&mut a, "gone", "old", vec![step("s", 1, &["x"])], 2);
    let steps = hardest_steps(&[a], &[]);
    assert_eq!(steps[0].id, "gone/old/s");
    assert_eq!(steps[0].lesson_title, None);
    assert_eq!(steps[0].wrong_answer_text.as_deref(), Some("x"));
}

// --- output shapes ---

#[test]
fn csv_fields_are_quoted_only_when_needed_and_quotes_doubled() {
    assert_eq!(csv_field("Lan"), "Lan");
    assert_eq!(csv_field("Nguyen, Lan"), "\"Nguyen, Lan\"");
    assert_eq!(csv_field("Lan \"Grandma\""), "\"Lan \"\"Grandma\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field(""), "");
}

#[test]
fn csv_fields_that_a_spreadsheet_would_run_as_formulas_stay_text() {
    assert_eq!(csv_field("=1+1"), "'=1+1");
    assert_eq!(csv_field("+84 912"), "'+84 912");
    assert_eq!(csv_field("-2"), "'-2");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_field("\t=1"), "'\t=1");
    // Defused first, then quoted: the quote mark ends up inside the quotes.
    assert_eq!(
        csv_field("=HYPERLINK(\"http://x\",\"Lan\")"),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"Lan\"\")\""
    );
    // Only the first character counts; dates and plain names are left alone.
    assert_eq!(csv_field("Lan = Bà"), "Lan = Bà");
    assert_eq!(csv_field("2025-03-12"), "2025-03-12");
}

fn sample() -> Report {
    let pack = pack();
    let mut lan = Progress::new("lan-1", "Nguyen, Lan", MARCH_12);
    finished(
        &mut lan,
        "all-kinds",
        "tour",
        vec![step("call", 2, &["read-code", "read-code"])],
        MARCH_12,
    );
    tested(&mut lan, "all-kinds", 1, 2, MARCH_12);
    build(&[lan, Progress::new("bao-1", "Bao", 0)], &[&pack])
}

#[test]
fn csv_has_a_header_and_one_crlf_line_per_row() {
    let report = sample();
    let csv = learners_csv(&report.learners);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "learner_id,learner,pack,topic,lessons_done,lessons_total,best_percent,best_score,best_total,passed,last_active"
    );
    assert_eq!(
        lines[1],
        "lan-1,\"Nguyen, Lan\",all-kinds,\"Every kind, once\",1,1,50,1,2,no,2025-03-12"
    );
    assert_eq!(lines[2], "bao-1,Bao,,,0,,,,,no,");
    assert_eq!(lines[3], "", "ends with CRLF");
    let hardest = hardest_csv(&report.hardest_steps);
    assert!(hardest.starts_with("step,pack,lesson,step_id,lesson_title,learners,mistakes,"));
    assert!(hardest.contains(
        "all-kinds/tour/call,all-kinds,tour,call,A tour of the screens,1,2,read-code,Read the code,2\r\n"
    ));
}

#[test]
fn json_has_learners_and_hardest_steps() {
    let value: serde_json::Value = serde_json::from_str(&json(&sample())).unwrap();
    assert_eq!(value["format"], "digitutor-report");
    assert_eq!(value["version"], 1);
    assert_eq!(value["learners"][0]["learner"], "Nguyen, Lan");
    assert_eq!(value["learners"][0]["lessons_done"], 1);
    assert_eq!(value["learners"][0]["best_percent"], 50);
    assert_eq!(value["learners"][0]["passed"], false);
    assert_eq!(value["learners"][1]["pack"], serde_json::Value::Null);
    assert_eq!(value["hardest_steps"][0]["id"], "all-kinds/tour/call");
    assert_eq!(
        value["hardest_steps"][0]["wrong_answer_text"],
        "Read the code"
    );
}

#[test]
fn the_table_lines_up_and_shows_at_most_ten_hardest_steps() {
    let pack = pack();
    let mut a = Progress::new("a", "Ánh", 1);
    let many: Vec<StepRecord> = (0..12).map(|i| step(&format!("s{i:02}"), 1, &[])).collect();
    finished(&mut a, "all-kinds", "tour", many, MARCH_12);
    let text = table(
        &build(&[a, Progress::new("b", "Bao", 0)], &[&pack]),
        100,
        english(),
    );
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("Learner "))
        .unwrap();
    // Each column starts at the same place on every line, names in any script included.
    let topic_at = lines[header].find("Topic").unwrap();
    assert_eq!(lines[header + 2].chars().nth(topic_at - 1), Some(' '));
    assert!(lines[header + 2].starts_with("Ánh  "));
    assert_eq!(&lines[header + 3][topic_at..topic_at + 13], "(nothing yet)");
    assert!(text.contains("1 of 1"));
    assert!(text.contains("the 10 with the most learners making a mistake, of 12"));
    assert!(text.contains("all-kinds/tour/s09"));
    assert!(!text.contains("all-kinds/tour/s10"));
}

#[test]
fn a_name_two_learners_share_is_shown_with_the_id() {
    let text = table(
        &build(
            &[
                Progress::new("lan-1", "Lan", 1),
                Progress::new("lan-2", "Lan", 1),
            ],
            &[],
        ),
        100,
        english(),
    );
    assert!(text.contains("Lan (lan-1)"));
    assert!(text.contains("Lan (lan-2)"));
    assert!(text.contains("Learners (2)"));
}

#[test]
fn days_are_utc_dates() {
    assert_eq!(day(MARCH_12), "2025-03-12");
    assert_eq!(day(MARCH_12 + DAY - 1), "2025-03-12");
    assert_eq!(day(0), "1970-01-01");
}

#[test]
fn the_table_fits_the_width_with_long_names_shortened_in_any_script() {
    use unicode_width::UnicodeWidthStr;
    let pack = pack();
    let long = "Nguyễn Thị Phương Thảo Trần Lê Hoàng Minh Châu Võ Đặng Ý Nhi";
    assert_eq!(long.chars().count(), 60);
    let mut learners = Vec::new();
    for (i, name) in [
        "Nguyễn Thị Phương Thảo",
        "김영자",
        "Батбаяр Эрдэнэчимэг",
        long,
    ]
    .into_iter()
    .enumerate()
    {
        let mut p = Progress::new(&format!("l{i}"), name, MARCH_12);
        finished(
            &mut p,
            "all-kinds",
            "tour",
            vec![step("call", 1, &["read-code"])],
            MARCH_12,
        );
        learners.push(p);
    }
    let report = build(&learners, &[&pack]);
    for width in [20, 40, 60, 80, 120] {
        let text = table(&report, width, english());
        for line in text.lines() {
            assert!(
                line.width() <= width,
                "{width}: {line:?} is {}",
                line.width()
            );
        }
        assert_eq!(text.contains(long), width >= 120, "{width}:\n{text}");
    }
    let wide = table(&report, 120, english());
    assert!(wide.contains("김영자  ") && wide.contains("Батбаяр Эрдэнэчимэг  "));
    let narrow = table(&report, 60, english());
    assert!(narrow.contains('…'), "{narrow}");
    assert!(
        narrow.contains("김영자"),
        "a short name is never shortened:\n{narrow}"
    );
}

/// The report's words from the tutor's English catalog.
fn english() -> &'static crate::language::Say {
    crate::tui::text::set_language(crate::language::Language::En);
    &crate::tui::text::tf
}

#[test]
fn the_report_is_written_in_the_computers_language() {
    let report = build(&[Progress::new("lan-1", "Lan", 1)], &[]);
    crate::tui::text::set_language(crate::language::Language::Ko);
    let text = table(&report, 100, &crate::tui::text::tf);
    crate::tui::text::set_language(crate::language::Language::En);
    assert!(text.contains("배우는 분 (1명)"), "{text}");
    assert!(text.contains("(아직 없음)"), "{text}");
    assert!(!text.contains("Learners"), "{text}");
}
