//! The real binary's `certificate` against temporary data folders: the HTML holds the learner's
//! name (escaped), the topic, the day passed, the score and the centre's name; one page per
//! topic passed; and no pass means exit status 1, a plain message, and no file. Long names in
//! Vietnamese, Korean and Mongolian fit one A4 page: the HTML's structure is checked always, and
//! the page count for real when Chromium is installed (skipped with a note when it is not).

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod common;

use std::path::Path;

use assert_cmd::Command;
use digitutor::engine::QuizResult;
use digitutor::progress::{DataDirs, Store};
use predicates::prelude::*;

/// 2025-03-12 10:00 UTC.
const MARCH_12: u64 = 1_741_773_600;

fn digitutor(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("digitutor").unwrap();
    // A learner without a language of their own gets the computer's: these tests read English.
    cmd.env("DIGITUTOR_HOME", home)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR");
    cmd
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

#[test]
fn a_pass_gives_a_certificate_with_name_topic_date_score_and_centre() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    std::fs::write(
        home.path().join("config.toml"),
        "centre_name = \"Sunrise & Co <Community Centre>\"\n",
    )
    .unwrap();
    let name = "Lan \"Bà\" <Nguyen> & family";
    store.create(name, MARCH_12).unwrap();
    tested(&store, name, "qr-codes", 6, 10, MARCH_12 - 86_400);
    tested(&store, name, "qr-codes", 9, 10, MARCH_12);
    let out = home.path().join("lan.html");

    digitutor(home.path())
        .args([
            "certificate",
            "Lan \"Bà\" <Nguyen> & family",
            "--topic",
            "qr-codes",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote the certificate"))
        .stdout(predicate::str::contains("(QR codes)"));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("Lan &quot;Bà&quot; &lt;Nguyen&gt; &amp; family"),
        "{html}"
    );
    assert!(!html.contains("<Nguyen>"));
    assert!(html.contains("<p class=\"topic\">QR codes</p>"));
    assert!(html.contains("Passed on 12 March 2025"));
    assert!(html.contains("with a score of 90% (9 of 10 questions right)"));
    assert!(html.contains("Sunrise &amp; Co &lt;Community Centre&gt;"));
    assert!(html.contains("@page { size: A4"));
    assert_eq!(html.matches("<section class=\"page\">").count(), 1);
    for outside in ["<script", "<link", "<img", "url(", "http"] {
        assert!(!html.contains(outside), "{outside} in the certificate");
    }
}

#[test]
fn without_a_topic_each_topic_passed_has_its_own_page_and_no_centre_line_when_unset() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Bao", MARCH_12).unwrap();
    tested(&store, "Bao", "scams", 8, 8, MARCH_12);
    tested(&store, "Bao", "qr-codes", 8, 10, MARCH_12);
    tested(&store, "Bao", "messaging", 3, 8, MARCH_12);
    let out = home.path().join("bao.html");
    digitutor(home.path())
        .args(["certificate", "bao", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote 2 certificates"));
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html.matches("<section class=\"page\">").count(), 2);
    // Pack order: QR codes before Spot and stop scams; messaging was not passed.
    let qr = html.find("<p class=\"topic\">QR codes</p>").unwrap();
    let scams = html
        .find("<p class=\"topic\">Spot and stop scams</p>")
        .unwrap();
    assert!(qr < scams);
    assert!(!html.contains("Messages, video calls"));
    assert!(html.contains("page-break-after: always"));
    assert!(!html.contains("class=\"centre\""));
}

#[test]
fn no_pass_means_exit_1_a_plain_message_and_no_file() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Lan", MARCH_12).unwrap();
    tested(&store, "Lan", "qr-codes", 7, 10, MARCH_12);
    let out = home.path().join("lan.html");

    digitutor(home.path())
        .args(["certificate", "Lan", "--topic", "qr-codes", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::diff(
            "Lan has not passed the QR codes assessment yet. A certificate is given after a pass (80% or more).\n",
        ));
    assert!(!out.exists());

    digitutor(home.path())
        .args(["certificate", "Lan", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Lan has not passed any assessment yet.",
        ));
    assert!(!out.exists());
}

#[test]
fn an_unknown_learner_or_topic_is_an_error_that_says_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("Lan", MARCH_12).unwrap();
    let out = home.path().join("x.html");
    digitutor(home.path())
        .args(["certificate", "Nobody", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "there is no learner called Nobody",
        ))
        .stderr(predicate::str::contains("digitutor learners"));
    store.create("Trần Thị Mai", MARCH_12).unwrap();
    digitutor(home.path())
        .args(["certificate", "mai", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Did you mean \"Trần Thị Mai\" (id ",
        ));
    digitutor(home.path())
        .args(["certificate", "Lan", "--topic", "knitting", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no topic \"knitting\""))
        .stderr(predicate::str::contains("qr-codes"));
    assert!(!out.exists());
}

/// A 60-character Vietnamese name (the longest a name may be), a Korean name, a long Mongolian
/// one, and one a browser must not read as markup.
const NAMES: [&str; 4] = [
    "Nguyễn Thị Phương Thảo Trần Lê Hoàng Minh Châu Võ Đặng Ý Nhi",
    "김영자",
    "Батбаяр Эрдэнэчимэг Өлзийбаярын Гантулга",
    "<b>Lan</b> & \"Bà\" Nguyễn",
];

/// Each name's certificate for QR codes, written by the real binary: (name, HTML file).
fn certificates(home: &Path) -> Vec<(&'static str, std::path::PathBuf)> {
    let store = Store::new(DataDirs::at(home));
    NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            store.create(name, MARCH_12).unwrap();
            tested(&store, name, "qr-codes", 9, 10, MARCH_12);
            let out = home.join(format!("c{i}.html"));
            digitutor(home)
                .args(["certificate", name, "--topic", "qr-codes", "--out"])
                .arg(&out)
                .assert()
                .success();
            (*name, out)
        })
        .collect()
}

#[test]
fn any_name_is_laid_out_for_one_a4_page_in_fonts_that_have_its_letters() {
    let home = tempfile::tempdir().unwrap();
    assert_eq!(NAMES[0].chars().count(), 60);
    let html: Vec<String> = certificates(home.path())
        .iter()
        .map(|(_, file)| std::fs::read_to_string(file).unwrap())
        .collect();
    for page in &html {
        assert!(page.contains("@page { size: A4; margin: 12mm; }"), "{page}");
        // The page is shorter than A4 less the margins (273 mm), and nothing is fixed wider.
        assert!(page.contains("height: 270mm;"));
        assert!(page.contains("overflow-wrap: anywhere"));
        assert!(
            !page.contains("width: 210mm;\n"),
            "a fixed width outside @media screen"
        );
        let fonts = page
            .split("font-family:")
            .nth(1)
            .unwrap()
            .split(';')
            .next()
            .unwrap();
        for font in [
            "\"Malgun Gothic\"",
            "\"Apple SD Gothic Neo\"",
            "\"Noto Sans CJK KR\"",
            "Arial",
        ] {
            assert!(fonts.contains(font), "{font} in {fonts}");
        }
    }
    assert!(
        html[0].contains(&format!(
            "<p class=\"name name-longer\" lang=\"vi\">{}</p>",
            NAMES[0]
        )),
        "{}",
        html[0]
    );
    assert!(html[1].contains("<p class=\"name\" lang=\"ko\">김영자</p>"));
    assert!(html[2].contains(
        "<p class=\"name name-long\" lang=\"mn\">Батбаяр Эрдэнэчимэг Өлзийбаярын Гантулга</p>"
    ));
    assert!(html[3].contains(
        "<p class=\"name\" lang=\"vi\">&lt;b&gt;Lan&lt;/b&gt; &amp; &quot;Bà&quot; Nguyễn</p>"
    ));
    assert!(!html[3].contains("<b>Lan"));
}

/// Pages in a PDF as Chromium writes it: one `/Type /Page` object per page (`/Pages` is the
/// page tree, not a page).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count()
}

#[test]
fn chromium_prints_each_certificate_on_exactly_one_page() {
    let Some(browser) = common::chromium() else {
        common::missing_program("Chromium");
        return;
    };
    let home = tempfile::tempdir().unwrap();
    for (name, file) in certificates(home.path()) {
        let pdf = match common::print_to_pdf(&browser, &file) {
            Ok(pdf) => pdf,
            Err(why) => {
                // The HTML checks above still hold.
                common::missing_program(&format!("printing with Chromium ({why}) for {name}"));
                return;
            }
        };
        let pages = pdf_pages(&std::fs::read(&pdf).unwrap());
        eprintln!("{name}: {pages} page(s)");
        assert_eq!(pages, 1, "{name} printed on {pages} pages");
    }
}
