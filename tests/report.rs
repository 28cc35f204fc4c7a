//! The real binary's `report` against temporary data folders: this computer's folder, and
//! several folders copied from terminals where the same learner appears twice (counted once,
//! with the union of what they did); the hardest steps; the table, CSV and JSON shapes; the
//! table fitting 60, 80 and 120 columns with Vietnamese, Korean and Mongolian names; CSV that a
//! spreadsheet opens right (byte-order mark) and cannot be tricked into running a formula.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use assert_cmd::Command;
use digitutor::engine::{LessonResult, QuizResult, StepRecord};
use digitutor::progress::{DataDirs, Store};
use predicates::prelude::*;
use unicode_width::UnicodeWidthStr;

/// 2025-03-12 10:00 UTC.
const MARCH_12: u64 = 1_741_773_600;
const DAY: u64 = 86_400;

fn digitutor(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // The table's width comes from COLUMNS when it is set: leave it to each test.
    // The words come in the computer's language: these tests read English.
    cmd.env("DIGITUTOR_HOME", home)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd
}

/// The UTF-8 byte-order mark that CSV written to a file or pipe starts with.
const BOM: &str = "\u{FEFF}";

/// CSV output without its byte-order mark, which must be there.
fn without_bom(csv: &str) -> &str {
    csv.strip_prefix(BOM)
        .unwrap_or_else(|| panic!("CSV without a byte-order mark: {csv:?}"))
}

fn store(dir: &Path) -> Store {
    Store::new(DataDirs::at(dir))
}

/// One wrong answer per entry in `wrong`, then the right one.
fn step(id: &str, wrong: &[&str]) -> StepRecord {
    StepRecord {
        step: id.into(),
        attempts: wrong.len() as u32 + 1,
        mistakes: wrong.len() as u32,
        hints: 0,
        wrong_answers: wrong.iter().map(|w| w.to_string()).collect(),
        done: true,
    }
}

fn finished(store: &Store, who: &str, pack: &str, lesson: &str, steps: Vec<StepRecord>, at: u64) {
    let info = store.find(who).unwrap();
    let mut m = store.load(&info.id).unwrap().memory;
    m.finished(
        pack,
        &LessonResult {
            lesson: lesson.into(),
            steps,
        },
        at,
    );
    store.save(&mut m).unwrap();
}

fn tested(store: &Store, who: &str, pack: &str, score: u32, total: u32, at: u64) {
    let info = store.find(who).unwrap();
    let mut m = store.load(&info.id).unwrap().memory;
    m.tested(
        pack,
        &QuizResult {
            score,
            total,
            passed: score * 100 >= 80 * total,
            wrong: Vec::new(),
        },
        at,
    );
    store.save(&mut m).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Two terminals. Lan started on the first; her folder was copied to the second, and she went
/// on on both. Bao is only on the first, Minh only on the second.
struct Class {
    home: tempfile::TempDir,
    first: tempfile::TempDir,
    second: tempfile::TempDir,
    lan_id: String,
}

fn class() -> Class {
    let home = tempfile::tempdir().unwrap();
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let a = store(first.path());
    let b = store(second.path());

    let lan = a.create("Lan", MARCH_12).unwrap();
    finished(
        &a,
        "Lan",
        "qr-codes",
        "scan-not-photo",
        vec![
            step("open-camera", &["photos"]),
            step("hold-phone", &["shutter", "shutter"]),
        ],
        MARCH_12,
    );
    copy_dir(
        &first.path().join("profiles").join(&lan.profile.id),
        &second.path().join("profiles").join(&lan.profile.id),
    );
    // After the copy: one more lesson on each terminal, and the assessment on the second.
    finished(
        &a,
        "Lan",
        "qr-codes",
        "check-where-it-leads",
        vec![],
        MARCH_12 + DAY,
    );
    finished(
        &b,
        "Lan",
        "qr-codes",
        "sticker-over-code",
        vec![],
        MARCH_12 + 2 * DAY,
    );
    tested(&b, "Lan", "qr-codes", 9, 10, MARCH_12 + 2 * DAY);

    a.create("Bao", MARCH_12).unwrap();
    finished(
        &a,
        "Bao",
        "qr-codes",
        "scan-not-photo",
        vec![step("hold-phone", &["touch"])],
        MARCH_12 + DAY,
    );
    tested(&a, "Bao", "scams", 5, 10, MARCH_12 + DAY);

    b.create("Minh", MARCH_12).unwrap();
    finished(
        &b,
        "Minh",
        "qr-codes",
        "scan-not-photo",
        vec![step("hold-phone", &["shutter"]), step("open-camera", &[])],
        MARCH_12 + 3 * DAY,
    );
    Class {
        home,
        first,
        second,
        lan_id: lan.profile.id,
    }
}

fn report(c: &Class, args: &[&str]) -> String {
    let out = digitutor(c.home.path())
        .arg("report")
        .arg("--from")
        .arg(c.first.path())
        .arg("--from")
        .arg(c.second.path())
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn json(c: &Class) -> serde_json::Value {
    serde_json::from_str(&report(c, &["--format", "json"])).unwrap()
}

#[test]
fn the_same_learner_on_two_terminals_counts_once_with_the_union_of_lessons() {
    let c = class();
    let value = json(&c);
    let rows = value["learners"].as_array().unwrap();
    let lan: Vec<_> = rows
        .iter()
        .filter(|r| r["learner_id"] == c.lan_id.as_str())
        .collect();
    assert_eq!(lan.len(), 1, "Lan has one row for QR codes: {rows:#?}");
    let lan = lan[0];
    assert_eq!(lan["learner"], "Lan");
    assert_eq!(lan["topic"], "QR codes");
    // scan-not-photo on both, check-where-it-leads on the first, sticker-over-code on the second.
    assert_eq!(lan["lessons_done"], 3);
    assert_eq!(lan["lessons_total"], 5);
    assert_eq!(lan["best_percent"], 90);
    assert_eq!(lan["passed"], true);
    assert_eq!(lan["last_active"], "2025-03-14");
    let names: Vec<&str> = rows
        .iter()
        .map(|r| r["learner"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Bao", "Bao", "Lan", "Minh"]);

    let table = report(&c, &[]);
    assert!(table.contains("Learners (3)"), "{table}");
    assert!(table.contains("2 data folders"), "{table}");
    let lan_lines: Vec<&str> = table.lines().filter(|l| l.starts_with("Lan ")).collect();
    assert_eq!(lan_lines.len(), 1, "{table}");
    for cell in ["QR codes", "3 of 5", "90% (9 of 10)", "yes", "2025-03-14"] {
        assert!(lan_lines[0].contains(cell), "{cell} in {}", lan_lines[0]);
    }
    let bao_scams = table
        .lines()
        .find(|l| l.starts_with("Bao ") && l.contains("Spot and stop scams"))
        .unwrap();
    assert!(bao_scams.contains("0 of 13") && bao_scams.contains("50% (5 of 10)"));
    assert!(bao_scams.contains(" no "));
}

#[test]
fn the_hardest_steps_count_learners_then_mistakes_and_name_the_wrong_option() {
    let c = class();
    let value = json(&c);
    let steps = value["hardest_steps"].as_array().unwrap();
    let ids: Vec<&str> = steps.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "qr-codes/scan-not-photo/hold-phone",
            "qr-codes/scan-not-photo/open-camera"
        ]
    );
    let hold = &steps[0];
    // Lan (counted once, though her mistakes are in both folders), Bao and Minh.
    assert_eq!(hold["learners"], 3);
    assert_eq!(hold["mistakes"], 4);
    assert_eq!(hold["wrong_answer"], "shutter");
    assert_eq!(hold["wrong_answer_text"], "Press the big round button");
    assert_eq!(hold["wrong_answer_count"], 3);
    assert_eq!(steps[1]["learners"], 1);
    assert_eq!(steps[1]["wrong_answer_text"], "Photos");

    let table = report(&c, &[]);
    let line = table
        .lines()
        .find(|l| l.starts_with("qr-codes/scan-not-photo/hold-phone"))
        .unwrap();
    assert!(
        line.contains("\"Press the big round button\" (3 times)"),
        "{line}"
    );
}

#[test]
fn csv_lists_the_learners_and_with_hardest_the_steps() {
    let c = class();
    let csv = report(&c, &["--format", "csv"]);
    let lines: Vec<&str> = without_bom(&csv).split_terminator("\r\n").collect();
    assert_eq!(
        lines[0],
        "learner_id,learner,pack,topic,lessons_done,lessons_total,best_percent,best_score,best_total,passed,last_active"
    );
    assert_eq!(lines.len(), 5, "a header and four rows: {csv}");
    assert!(
        lines.contains(
            &format!(
                "{},Lan,qr-codes,QR codes,3,5,90,9,10,yes,2025-03-14",
                c.lan_id
            )
            .as_str()
        )
    );
    assert!(!csv.contains("hold-phone"));

    let hardest = report(&c, &["--format", "csv", "--hardest"]);
    let lines: Vec<&str> = without_bom(&hardest).split_terminator("\r\n").collect();
    assert!(lines[0].starts_with("step,pack,lesson,step_id,lesson_title,learners,mistakes,"));
    assert_eq!(
        lines[1],
        "qr-codes/scan-not-photo/hold-phone,qr-codes,scan-not-photo,hold-phone,\"Scan a code, do not photograph it\",3,4,shutter,Press the big round button,3"
    );
    assert_eq!(lines.len(), 3);
}

#[test]
fn without_from_the_report_reads_this_computers_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let here = store(home.path());
    here.create("Ánh \"Grandma\", Tran", MARCH_12).unwrap();
    finished(
        &here,
        "Ánh \"Grandma\", Tran",
        "scams",
        "four-signs",
        vec![],
        MARCH_12,
    );
    digitutor(home.path())
        .arg("report")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Class report from {}",
            home.path().display()
        )))
        .stdout(predicate::str::contains("Ánh \"Grandma\", Tran"))
        .stdout(predicate::str::contains("nobody has made a mistake yet"));
    digitutor(home.path())
        .args(["report", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            ",\"Ánh \"\"Grandma\"\", Tran\",scams,Spot and stop scams,1,13,,,,no,2025-03-12\r\n",
        ));
    let empty = tempfile::tempdir().unwrap();
    digitutor(empty.path())
        .arg("report")
        .assert()
        .success()
        .stdout(predicate::str::contains("No learners yet"));
}

#[test]
fn a_folder_that_is_not_a_data_folder_is_named_with_what_to_give() {
    let home = tempfile::tempdir().unwrap();
    let not_data = tempfile::tempdir().unwrap();
    digitutor(home.path())
        .arg("report")
        .arg("--from")
        .arg(not_data.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            not_data.path().display().to_string(),
        ))
        .stderr(predicate::str::contains("has no profiles folder"))
        .stderr(predicate::str::contains("digitutor paths"));
    digitutor(home.path())
        .args(["report", "--format", "json", "--hardest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Leave out --hardest"));
}

/// Vietnamese, Korean and Mongolian names, and one of the full 60 characters.
const NAMES: [&str; 4] = [
    "Nguyễn Thị Phương Thảo",
    "김영자",
    "Батбаяр Эрдэнэчимэг",
    "Nguyễn Thị Phương Thảo Trần Lê Hoàng Minh Châu Võ Đặng Ý Nhi",
];

/// A data folder with the four names, each with a lesson done and a mistake made, one with an
/// assessment passed.
fn named_class() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let s = store(home.path());
    assert_eq!(NAMES[3].chars().count(), 60);
    for name in NAMES {
        s.create(name, MARCH_12).unwrap();
        finished(
            &s,
            name,
            "qr-codes",
            "scan-not-photo",
            vec![step("hold-phone", &["shutter"])],
            MARCH_12,
        );
    }
    tested(&s, NAMES[1], "scams", 9, 10, MARCH_12 + DAY);
    home
}

/// The display column where each column of the table under `header` starts, read from the
/// dashes under the header, and the table's rows (header, dashes, then up to the blank line).
fn columns<'a>(text: &'a str, header: &str) -> (Vec<usize>, Vec<&'a str>) {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(header))
        .unwrap_or_else(|| panic!("no {header} line in\n{text}"));
    let rows: Vec<&str> = lines[at..]
        .iter()
        .take_while(|l| !l.is_empty())
        .copied()
        .collect();
    let dashes = rows[1];
    assert!(dashes.chars().all(|c| c == '-' || c == ' '), "{dashes}");
    let starts = (0..dashes.len())
        .filter(|&i| dashes[i..].starts_with('-') && (i == 0 || dashes[..i].ends_with(' ')))
        .collect();
    (starts, rows)
}

/// The text of `line` from display column `from` up to `to`; None when either falls inside a
/// wide character or past the end. An accent belongs to the letter before it.
fn display_slice(line: &str, from: usize, to: usize) -> Option<String> {
    let mut cells: Vec<(usize, usize, char)> = Vec::new();
    let mut at = 0;
    for c in line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        let start = if w == 0 {
            cells.last().map_or(0, |l| l.0)
        } else {
            at
        };
        cells.push((start, w, c));
        at += w;
    }
    let inside = |b: usize| cells.iter().any(|&(s, w, _)| s < b && b < s + w);
    if to > at || inside(from) || inside(to) {
        return None;
    }
    Some(
        cells
            .iter()
            .filter(|&&(s, _, _)| s >= from && s < to)
            .map(|&(_, _, c)| c)
            .collect(),
    )
}

/// Every row of the table has its columns at the same display columns: two spaces before each
/// column, no wide character across a column's edge, and a left-aligned cell starting right at
/// its column.
fn assert_lined_up(text: &str, header: &str, right_aligned: &[usize]) {
    let (starts, rows) = columns(text, header);
    assert!(starts.len() >= 4, "{starts:?} in\n{text}");
    for row in &rows {
        for (c, &start) in starts.iter().enumerate() {
            if c > 0 {
                assert_eq!(
                    display_slice(row, start - 2, start).as_deref(),
                    Some("  "),
                    "column {c} at {start} in {row:?}\n{text}"
                );
            }
            if !right_aligned.contains(&c) {
                let first =
                    display_slice(row, start, row.width()).and_then(|rest| rest.chars().next());
                assert!(
                    first.is_some_and(|f| f != ' '),
                    "column {c} does not start at {start} in {row:?}\n{text}"
                );
            }
        }
    }
}

#[test]
fn the_table_fits_60_80_and_120_columns_with_names_in_any_script_lined_up() {
    let home = named_class();
    for width in [60, 80, 120] {
        let out = digitutor(home.path())
            .args(["report", "--width", &width.to_string()])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for line in text.lines() {
            assert!(
                line.width() <= width,
                "{} columns at --width {width}: {line:?}\n{text}",
                line.width()
            );
        }
        assert_lined_up(&text, "Learner ", &[]);
        assert_lined_up(&text, "Step ", &[1, 2]);
        // The long name shortened to fit, even at 120 (the table would need 126); the others
        // whole from 80 on, and at 60 the Korean one, which is narrow enough.
        assert!(!text.contains(NAMES[3]), "{text}");
        assert!(
            text.lines()
                .any(|l| l.starts_with("Nguyễn Thị") && l.contains('…') || width == 60),
            "{text}"
        );
        assert!(text.contains("김영자"), "{text}");
        if width >= 80 {
            for name in &NAMES[1..3] {
                assert!(text.contains(name), "{name} whole at {width}:\n{text}");
            }
        }
        if width == 120 {
            assert!(text.contains(NAMES[0]), "{text}");
            assert!(text.contains(&NAMES[3][..50]), "{text}");
        }
    }
}

#[test]
fn the_width_comes_from_columns_when_not_on_a_terminal_and_else_is_100() {
    let home = named_class();
    let widest = |columns: Option<&str>| {
        let mut cmd = digitutor(home.path());
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        }
        let out = cmd.arg("report").assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        text.lines().map(UnicodeWidthStr::width).max().unwrap()
    };
    assert!(widest(Some("70")) <= 70);
    assert!(widest(Some("70")) > 60);
    let default = widest(None);
    assert!(default <= 100 && default > 90, "{default}");
    assert_eq!(widest(Some("not a number")), default);
    // --width wins over COLUMNS; less than 20 is refused.
    let out = digitutor(home.path())
        .env("COLUMNS", "200")
        .args(["report", "--width", "60"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.lines().all(|l| l.width() <= 60), "{text}");
    digitutor(home.path())
        .args(["report", "--width", "10"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--width"));
}

#[test]
fn csv_for_a_spreadsheet_starts_with_a_bom_and_keeps_names_and_formulas_as_text() {
    let home = named_class();
    let s = store(home.path());
    let tricky = [
        "=HYPERLINK(\"http://x.example\",\"Lan\")",
        "+84 Lan",
        "-Bao",
        "@Minh",
        "Trần, \"Bà\" Mai",
    ];
    for name in tricky {
        s.create(name, MARCH_12).unwrap();
    }
    let out = digitutor(home.path())
        .args(["report", "--format", "csv"])
        .assert()
        .success();
    let bytes = out.get_output().stdout.clone();
    assert_eq!(
        &bytes[..3],
        [0xEF, 0xBB, 0xBF],
        "UTF-8 byte-order mark first"
    );
    let csv = String::from_utf8(bytes).unwrap();
    let body = without_bom(&csv);
    assert!(!body.contains(BOM), "one mark, at the start only");
    assert!(body.ends_with("\r\n"));
    assert!(!body.replace("\r\n", "").contains(['\r', '\n']));
    for name in NAMES {
        assert!(
            body.contains(&format!(",{name},qr-codes,QR codes,1,5,")),
            "{name} in {body}"
        );
    }
    let name_cells: Vec<&str> = body
        .split("\r\n")
        .filter_map(|line| line.split_once(',').map(|(_, rest)| rest))
        .collect();
    let has = |cell: &str| name_cells.iter().any(|rest| rest.starts_with(cell));
    assert!(
        has("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Lan\"\")\","),
        "{body}"
    );
    assert!(has("'+84 Lan,"), "{body}");
    assert!(has("'-Bao,"), "{body}");
    assert!(has("'@Minh,"), "{body}");
    assert!(has("\"Trần, \"\"Bà\"\" Mai\","), "{body}");
    for rest in &name_cells {
        assert!(!rest.starts_with(['=', '+', '-', '@']), "{rest}");
    }
}

#[test]
fn the_report_speaks_the_computers_language() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = digitutor(home.path());
    cmd.env("LANG", "vi_VN.UTF-8")
        .args(["report", "--width", "100"]);
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Chưa có học viên nào"), "{text}");
}
