//! Choosing a language: the first screen offers each language by its own name; the tutor then
//! speaks it; a learner's choice is kept in their profile and comes back when they sign in,
//! whatever the screen was set to; progress is the same in every language.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use digitutor::language::Language;
use digitutor::progress::{DataDirs, Store};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;

/// The text of the fixture pack that has every kind of step, in English.
fn english_pack() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/packs/valid/all-kinds.toml"),
    )
    .unwrap()
}

fn shown(app: &App) -> String {
    common::flat(&transcript::frame(app, 80, 24))
}

fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.handle(*a, Instant::now());
    }
}

fn number_of(app: &App, words: &str) -> Action {
    let text = shown(app);
    let at = text
        .find(words)
        .unwrap_or_else(|| panic!("{words}: {text}"));
    let before = text[..at].trim_end().trim_end_matches('.');
    let n: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    Action::Number(n.parse().unwrap())
}

#[test]
fn a_learner_chooses_a_language_keeps_it_and_keeps_progress_across_languages() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let app = common::tutor(
        common::fixture("valid"),
        Profiles::on_disk(store.clone()),
        ThemeName::Default,
        3,
    );
    let mut app = app.ask_language_first();
    let text = shown(&app);
    for language in Language::ALL {
        assert!(text.contains(language.own_name()), "{text}");
    }
    assert!(
        text.contains("Bác chọn ngôn ngữ muốn dùng."),
        "asked in every language: {text}"
    );
    assert!(text.contains("Choose your language."), "{text}");

    // Tiếng Việt: the names screen speaks Vietnamese.
    let vi = number_of(&app, "Tiếng Việt");
    press(&mut app, &[vi]);
    assert!(shown(&app).contains("Hôm nay ai học ạ?"), "{}", shown(&app));
    // A new learner keeps Vietnamese.
    press(&mut app, &[Action::Number(1)]);
    for c in "Lan".chars() {
        press(&mut app, &[Action::Char(c)]);
    }
    press(&mut app, &[Action::Select]);
    let home = shown(&app);
    assert!(home.contains("Hôm nay bác muốn tập gì ạ?"), "{home}");
    assert!(home.contains("Đã xong 0 trên 1 bài"), "{home}");
    // Lan finishes a lesson (its first step is reading), then leaves.
    let lesson = app.ctx.packs[0].lessons[0].clone();
    let result = digitutor::engine::LessonResult {
        lesson: lesson.id.clone(),
        steps: Vec::new(),
    };
    let pack = app.ctx.packs[0].id.clone();
    app.ctx.lesson_finished(&pack, &result);
    app.ctx.perform();
    press(&mut app, &[Action::Back]);
    // The next person starts again at the languages, asked in the computer's language.
    assert!(shown(&app).contains("Choose your language."));
    let en = number_of(&app, "English");
    press(&mut app, &[en]);
    assert!(shown(&app).contains("Who is learning today?"));
    // Lan signs in from the English screen: her tutor speaks Vietnamese, with her lesson done.
    let lan = number_of(&app, "Lan");
    press(&mut app, &[lan]);
    let home = shown(&app);
    assert!(home.contains("Đã xong 1 trên 1 bài"), "{home}");
    let on_disk = std::fs::read_to_string(
        store
            .list()
            .first()
            .map(|p| store.dirs().profile(&p.id).join("progress.json"))
            .unwrap(),
    )
    .unwrap();
    assert!(on_disk.contains("\"language\": \"vi\""), "{on_disk}");
}

#[test]
fn esc_on_the_names_goes_back_to_the_languages() {
    let app = common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        3,
    );
    let mut app = app.ask_language_first();
    let vi = number_of(&app, "Tiếng Việt");
    press(&mut app, &[vi, Action::Back]);
    let text = shown(&app);
    assert!(
        text.contains("English") && text.contains("Tiếng Việt"),
        "{text}"
    );
}

#[test]
fn the_language_option_is_checked_against_the_languages_the_tutor_speaks() {
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .args(["--language", "klingon", "list"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not speak \"klingon\""), "{err}");
    assert!(err.contains(&Language::codes()), "{err}");
}

#[test]
fn a_learner_sees_the_pack_in_their_language_and_is_told_plainly_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let english = english_pack();
    // The same pack (same id, same lessons) in Vietnamese.
    let vietnamese = english
        .replace("language = \"en\"", "language = \"vi\"")
        .replace(
            "title = \"Every kind, once\"",
            "title = \"Mỗi loại một lần\"",
        );
    std::fs::write(dir.path().join("all-kinds.toml"), &english).unwrap();
    std::fs::write(dir.path().join("all-kinds.vi.toml"), &vietnamese).unwrap();
    let packs = common::packs_at(dir.path());
    assert_eq!(packs.len(), 2, "both load");
    let mut app = common::tutor(packs, Profiles::in_memory(), ThemeName::Default, 3);
    app.start_as_guest();
    // In English: the English pack, and no note.
    let text = shown(&app);
    assert!(text.contains("Every kind, once"), "{text}");
    assert!(!text.contains("Mỗi loại"), "one topic, once: {text}");
    assert!(!text.contains("[EN]"), "{text}");
    // In Vietnamese: the Vietnamese pack.
    app.ctx.speak(Language::Vi);
    let text = shown(&app);
    assert!(text.contains("Mỗi loại một lần"), "{text}");
    assert!(!text.contains("Every kind, once"), "{text}");
    // In Korean: no Korean pack, so the English one, marked, with a plain word about it.
    app.ctx.speak(Language::Ko);
    let text = shown(&app);
    assert!(text.contains("Every kind, once [EN]"), "{text}");
    assert!(
        text.contains("[EN] 표시가 있는 주제는 아직 한국어로 없어요."),
        "{text}"
    );
}

#[test]
fn validate_warns_about_a_language_the_tutor_does_not_speak() {
    let dir = tempfile::tempdir().unwrap();
    let english = english_pack();
    let file = dir.path().join("fr.toml");
    std::fs::write(
        &file,
        english.replace("language = \"en\"", "language = \"fr\""),
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .args(["validate"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("language-not-spoken"), "{text}");
    assert!(
        text.contains("fr.toml:6:"),
        "names the file and line: {text}"
    );
}

#[test]
fn validate_warns_where_a_translation_drifts_from_the_english_pack() {
    let dir = tempfile::tempdir().unwrap();
    let english = english_pack();
    std::fs::write(dir.path().join("en.toml"), &english).unwrap();
    // The same pack in Korean, with one step renamed: it no longer lines up.
    let korean = english
        .replace("language = \"en\"", "language = \"ko\"")
        .replace("id = \"open-camera\"", "id = \"camera-open\"")
        .replace("next = \"open-camera\"", "next = \"camera-open\"");
    std::fs::write(dir.path().join("ko.toml"), &korean).unwrap();
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("translation-drift"), "{text}");
    assert!(
        text.contains("ko.toml:"),
        "at the translation's line: {text}"
    );
    assert!(
        text.contains("steps missing: \"open-camera\"; steps not in English: \"camera-open\""),
        "{text}"
    );
    // The faithful translation is quiet.
    std::fs::write(
        dir.path().join("ko.toml"),
        english.replace("language = \"en\"", "language = \"ko\""),
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .args(["validate", "--deny-warnings"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("translation-drift"), "{text}");
}

#[test]
fn list_marks_a_lesson_only_one_language_has() {
    let dir = tempfile::tempdir().unwrap();
    let english = english_pack();
    std::fs::write(dir.path().join("en.toml"), &english).unwrap();
    // Mongolian, with the first lesson renamed as a lesson of its own.
    let mongolian = english
        .replace("language = \"en\"", "language = \"mn\"")
        .replacen("id = \"tour\"", "id = \"e-mongolia-tour\"", 1);
    std::fs::write(dir.path().join("mn.toml"), &mongolian).unwrap();
    let out = assert_cmd::Command::cargo_bin("digitutor")
        .unwrap()
        .arg("--lessons")
        .arg(dir.path())
        .arg("list")
        .env("DIGITUTOR_HOME", dir.path().join("home"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("(only in mn)"), "{text}");
    let marked: Vec<&str> = text.lines().filter(|l| l.contains("(only in")).collect();
    assert!(
        marked.iter().any(|l| l.contains("e-mongolia-tour"))
            && marked.iter().any(|l| l.contains("tour ")),
        "the English tour is English-only too: {text}"
    );
}

#[test]
fn a_trainers_commands_speak_the_computers_language() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(home.path()));
    store.create("김영자", 1).unwrap();
    let output = |lang: &str, args: &[&str]| {
        assert_cmd::Command::cargo_bin("digitutor")
            .unwrap()
            .env("DIGITUTOR_HOME", home.path())
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(args)
            .output()
            .unwrap()
    };
    let run =
        |lang: &str, args: &[&str]| String::from_utf8_lossy(&output(lang, args).stdout).to_string();
    let korean = run("ko_KR.UTF-8", &["learners"]);
    assert!(
        korean.contains("김영자") && korean.contains("마친 수업 0개"),
        "{korean}"
    );
    let english = run("C.UTF-8", &["learners"]);
    assert!(
        english.contains("0 lessons done, 0 assessments passed"),
        "{english}"
    );
    let file = home.path().join("young-ja.json");
    let mongolian = run("mn_MN.UTF-8", &["export", "김영자", file.to_str().unwrap()]);
    assert!(mongolian.contains("Ахицыг хадгаллаа."), "{mongolian}");

    // What they say when they cannot do what was asked is in that language too.
    let said = |lang: &str, args: &[&str]| {
        let out = output(lang, args);
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let out = home.path().join("c.html");
    let out = out.to_str().unwrap();
    let vietnamese = said("vi_VN.UTF-8", &["certificate", "김영자", "--out", out]);
    assert!(
        vietnamese.contains("김영자 chưa đạt bài kiểm tra nào"),
        "{vietnamese}"
    );
    let korean = said("ko_KR.UTF-8", &["certificate", "영희", "--out", out]);
    assert!(korean.contains("영희 학습자가 없어요"), "{korean}");
    let mongolian = said("mn_MN.UTF-8", &["report", "--from", "/nowhere-at-all"]);
    assert!(mongolian.contains("хавтас биш байна"), "{mongolian}");
    let not_an_export = home.path().join("notes.json");
    std::fs::write(&not_an_export, "{}").unwrap();
    let korean = said("ko_KR.UTF-8", &["import", not_an_export.to_str().unwrap()]);
    assert!(
        korean.contains("digitutor에서 내보낸 파일이 아니에요"),
        "{korean}"
    );
}

#[test]
fn the_built_in_packs_are_read_only_for_the_language_chosen() {
    use digitutor::pack::Shelf;
    use digitutor::pack::load::BUILTIN;

    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(DataDirs::at(dir.path()));
    let app = common::tutor(Vec::new(), Profiles::on_disk(store), ThemeName::Default, 3)
        .with_shelf(Shelf::builtin());
    let mut app = app.ask_language_first();
    app.ctx.start_in(Language::En);
    // The list of languages needs no pack: none is read yet.
    assert!(app.ctx.packs.is_empty());
    assert_eq!(app.ctx.shelf.read(), 0);

    let korean = number_of(&app, "한국어");
    press(&mut app, &[korean]);
    let in_korean = |code: &str| BUILTIN.iter().filter(|b| b.language == code).count();
    // Korean, and English only for the topics with no Korean pack.
    let topics: std::collections::BTreeSet<&str> = BUILTIN.iter().map(|b| b.id).collect();
    assert_eq!(app.ctx.packs.len(), topics.len());
    assert_eq!(
        app.ctx.packs.iter().filter(|p| p.language == "ko").count(),
        in_korean("ko")
    );
    assert!(
        app.ctx
            .packs
            .iter()
            .all(|p| p.language == "ko" || p.language == "en")
    );
    // The topics keep their order whatever was read first.
    let order: Vec<&str> = app.ctx.packs.iter().map(|p| p.topic.as_str()).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|t| {
        digitutor::pack::TOPICS
            .iter()
            .position(|x| x == t)
            .unwrap_or(99)
    });
    assert_eq!(order, sorted);
}

#[test]
fn a_trainer_demonstrates_a_built_in_lesson_read_whole_from_the_shelf() {
    use digitutor::pack::Shelf;
    use digitutor::tui::views::View;

    let app = common::tutor(Vec::new(), Profiles::in_memory(), ThemeName::Default, 3)
        .with_shelf(Shelf::builtin());
    let mut app = app;
    app.ctx.start_in(Language::Ko);
    let qr = app
        .ctx
        .packs
        .iter()
        .position(|p| p.id == "qr-codes")
        .expect("the QR pack");
    // The pack the app holds is an outline: its lessons' steps stay in the program.
    assert!(app.ctx.packs[qr].lessons.iter().all(|l| l.steps.is_empty()));
    let whole = digitutor::pack::Library::builtin_checked_at_build()
        .packs()
        .find(|p| p.id == "qr-codes" && p.language == "ko")
        .expect("the Korean QR pack")
        .lessons[1]
        .clone();
    app.start_demo(Some(qr), Some(1));
    let View::Demo(demo) = &app.view else {
        panic!("a demonstration: {}", shown(&app));
    };
    assert_eq!(demo.whole, whole);
    assert!(!demo.plan.is_empty());
    let first = common::flat(&whole.steps[demo.plan[0].index].instruction);
    assert!(shown(&app).contains(&first), "{}", shown(&app));
}

#[test]
fn help_keeps_a_gap_after_a_long_key_name_in_every_language() {
    use digitutor::tui::text::{set_language, t};
    for language in Language::ALL {
        let app = common::tutor(Vec::new(), Profiles::in_memory(), ThemeName::Default, 3);
        let mut app = app;
        app.ctx.start_in(language);
        press(&mut app, &[Action::Help]);
        set_language(language);
        let arrows = t("key.arrows");
        let frame = transcript::frame(&app, 80, 24);
        let line = frame
            .lines()
            .find(|l| l.contains(arrows))
            .unwrap_or_else(|| panic!("{}: no \"{arrows}\" in\n{frame}", language.code()));
        let after = line.split(arrows).nth(1).unwrap_or_default();
        assert!(after.starts_with("  "), "{}: {line}", language.code());
    }
}
