//! Nothing is cut off at 80x24, the size most shared computers open at. Every step of every
//! built-in lesson is opened in the tutor and drawn at 80x24: its instruction, what its phone
//! screen says, its answers, each hint, the feedback on each wrong answer, what would happen
//! after an unsafe one and the explanation of the right one must all be on screen, or reachable
//! with PgUp and PgDn, whole: a text counts as shown only when all of it appears, in order, in
//! one place on the screen.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use digitutor::engine::Input;
use digitutor::engine::lesson::right_inputs;
use digitutor::language::Language;
use digitutor::pack::{Do, Library, Screen};
use digitutor::tui::action::Action;
use digitutor::tui::app::App;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::text::t;
use digitutor::tui::theme::ThemeName;
use digitutor::tui::transcript;
use digitutor::tui::views::PlayerView;
use digitutor::tui::views::View;

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;

fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.handle(*a, Instant::now());
    }
}

/// A tutor on the built-in packs, in English, at "Who is learning?".
fn builtin_tutor() -> App {
    let packs: Vec<_> = Library::builtin().packs().cloned().collect();
    common::tutor(packs, Profiles::in_memory(), ThemeName::Default, 7)
}

/// Fails, listing them, when any text was cut off.
fn none_cut_off(problems: &[String], what: &str) {
    assert!(
        problems.is_empty(),
        "{what}: {} texts cut off at {WIDTH}x{HEIGHT}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn player(app: &App) -> &PlayerView {
    match &app.view {
        View::Player(p) => p,
        other => panic!("not in a lesson: {other:?}"),
    }
}

/// Text with every space, line break and frame line taken out, so a paragraph wrapped over
/// several rows (or inside a phone frame) reads as one run of characters.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !('\u{2500}'..='\u{257F}').contains(c))
        .collect()
}

/// What one frame shows, read three ways: whole rows (the instruction spans the width), the
/// phone's column and the answer column. The scroll marks are left out.
fn places(frame: &str) -> [String; 3] {
    let marks = [t("scroll.below"), t("scroll.above"), t("scroll.both")];
    let mut rows = String::new();
    let mut left = String::new();
    let mut right = String::new();
    for line in frame.lines() {
        let mut line = line.to_string();
        for mark in marks {
            line = line.replace(mark, "");
        }
        // The phone is the first 40 columns (a Hangul letter takes two).
        let mut width = 0;
        let split = line
            .char_indices()
            .find(|(_, c)| {
                width += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
                width > 40
            })
            .map_or(line.len(), |(at, _)| at);
        rows.push_str(&line);
        left.push_str(&line[..split]);
        right.push_str(&line[split..]);
        rows.push('\n');
        left.push('\n');
        right.push('\n');
    }
    [squeeze(&rows), squeeze(&left), squeeze(&right)]
}

/// Everything the learner can bring onto the screen from here: the column taken to its top
/// with PgUp, then down to its end with PgDn, one frame per key.
fn reachable(app: &mut App) -> Vec<String> {
    for _ in 0..40 {
        let frame = transcript::frame(app, WIDTH, HEIGHT);
        if !frame.contains(t("scroll.above")) && !frame.contains(t("scroll.both")) {
            break;
        }
        press(app, &[Action::PageUp]);
    }
    let mut seen = Vec::new();
    for _ in 0..40 {
        let frame = transcript::frame(app, WIDTH, HEIGHT);
        seen.extend(places(&frame));
        if !frame.contains(t("scroll.below")) && !frame.contains(t("scroll.both")) {
            return seen;
        }
        press(app, &[Action::PageDown]);
    }
    panic!("PgDn never reached the end");
}

/// The sentences of a text: each must be shown whole.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        if word.ends_with(['.', '?', '!']) {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The words a phone screen says, as the learner must be able to read them.
fn screen_words(screen: &Screen) -> Vec<&str> {
    let mut words: Vec<&str> = Vec::new();
    words.extend(screen.title.as_deref());
    words.extend(screen.text.as_deref());
    words.extend(screen.printed.as_deref());
    words.extend(screen.place.as_deref());
    words.extend(screen.subject.as_deref());
    words.extend(screen.says.iter().map(String::as_str));
    words.extend(screen.bubbles.iter().map(|b| b.text.as_str()));
    words.extend(screen.elements.iter().map(|e| e.label.as_str()));
    words
}

/// Problems with what `app` can show now: every text in `texts` must be reachable.
fn check(app: &mut App, at: &str, texts: &[&str], problems: &mut Vec<String>) {
    let seen = reachable(app);
    for text in texts {
        for sentence in sentences(text) {
            let wanted = squeeze(&sentence);
            if !seen.iter().any(|place| place.contains(&wanted)) {
                problems.push(format!("{at}: \"{sentence}\" is not on screen"));
            }
        }
    }
}

/// Gives `input` with the keys a learner would press.
fn answer(app: &mut App, input: &Input) {
    let p = player(app);
    let step = p.player.step().unwrap().clone();
    let keys = match input {
        Input::Choose(id) => {
            let n = p
                .player
                .shown_options()
                .iter()
                .position(|o| &o.id == id)
                .unwrap();
            vec![Action::Number(n as u8 + 1)]
        }
        Input::Type(text) => {
            let mut keys: Vec<Action> = text.chars().map(Action::Char).collect();
            keys.push(Action::Select);
            keys
        }
        Input::Tap(id) => {
            let target = step.screen.elements.iter().position(|e| &e.id == id);
            for _ in 0..step.screen.elements.len() * 3 {
                if Some(player(app).selected) == target {
                    break;
                }
                press(app, &[Action::Right]);
            }
            assert_eq!(
                Some(player(app).selected),
                target,
                "Right reaches every button"
            );
            vec![Action::Select]
        }
        Input::Scan => vec![Action::Scan],
        Input::Photo => vec![Action::Photo],
        _ => vec![Action::Select],
    };
    press(app, &keys);
}

/// Opens every step of the built-in lessons (of one pack, when `only` names it) with the tutor
/// speaking `language`, and returns every text that is not shown whole, and how many steps.
fn walk(language: Language, only: Option<&str>) -> (Vec<String>, usize) {
    let mut app = builtin_tutor();
    app.ctx.speak(language);
    app.start_as_guest();
    let mut problems = Vec::new();
    let mut steps = 0;
    let pack_count = app.packs().len();
    for pi in 0..pack_count {
        let lessons = app.packs()[pi].lessons.clone();
        let pack_id = app.packs()[pi].id.clone();
        if only.is_some_and(|id| id != pack_id) {
            continue;
        }
        for (li, lesson) in lessons.iter().enumerate() {
            for step in &lesson.steps {
                steps += 1;
                let at = format!("{pack_id} / {} / {}", lesson.id, step.id);
                let fresh = |app: &mut App| {
                    let view = PlayerView::resume(&mut app.ctx, pi, li, &step.id, 7);
                    app.view = View::Player(Box::new(view));
                };
                fresh(&mut app);
                let mut texts: Vec<&str> = vec![step.instruction.as_str()];
                texts.extend(screen_words(&step.screen));
                if step.action == Do::Choose {
                    texts.extend(step.options.iter().map(|o| o.text.as_str()));
                }
                check(&mut app, &at, &texts, &mut problems);

                // Every hint, all showing at once.
                if step.action != Do::Continue && !step.hints.is_empty() {
                    press(&mut app, &vec![Action::Hint; step.hints.len()]);
                    let hints: Vec<&str> = step.hints.iter().map(String::as_str).collect();
                    check(&mut app, &format!("{at} (hints)"), &hints, &mut problems);
                }

                // Each wrong answer's feedback, and what would happen after an unsafe one.
                let wrong: Vec<(Input, &str)> = match step.action {
                    Do::Choose => step
                        .options
                        .iter()
                        .filter(|o| !o.correct)
                        .map(|o| {
                            let feedback = o.feedback.as_deref().unwrap_or_default();
                            (Input::Choose(o.id.clone()), feedback)
                        })
                        .collect(),
                    Do::Type => step
                        .mistakes
                        .iter()
                        .map(|m| (Input::Type(m.answer.clone()), m.feedback.as_str()))
                        .collect(),
                    _ => Vec::new(),
                };
                for (input, feedback) in wrong {
                    fresh(&mut app);
                    answer(&mut app, &input);
                    if let Some(c) = player(&app).player.consequence().cloned() {
                        let mut texts = vec![c.title.as_str(), c.explanation.as_str()];
                        texts.extend(screen_words(&c.screen));
                        check(
                            &mut app,
                            &format!("{at} (what would happen)"),
                            &texts,
                            &mut problems,
                        );
                        press(&mut app, &[Action::Select]);
                    }
                    check(
                        &mut app,
                        &format!("{at} (feedback)"),
                        &[feedback],
                        &mut problems,
                    );
                }

                // The right answer's explanation.
                fresh(&mut app);
                if let Some(input) = right_inputs(step).into_iter().next()
                    && step.action != Do::Continue
                {
                    answer(&mut app, &input);
                    let explanation = step.explanation.as_str();
                    if matches!(app.view, View::Player(_)) {
                        check(
                            &mut app,
                            &format!("{at} (right)"),
                            &[explanation],
                            &mut problems,
                        );
                    }
                }
            }
        }
    }
    (problems, steps)
}

#[test]
fn every_step_of_every_builtin_lesson_shows_all_its_words_at_80x24() {
    let (problems, steps) = walk(Language::En, None);
    assert!(steps > 300, "only {steps} steps walked");
    none_cut_off(&problems, "lessons");
}

#[test]
fn in_vietnamese_mongolian_and_korean_nothing_is_cut_off_either() {
    // The tutor's own words are longer in some languages, and Hangul takes two columns.
    for language in [Language::Vi, Language::Mn, Language::Ko] {
        let (problems, steps) = walk(language, Some("qr-codes"));
        assert!(steps > 30, "{}: only {steps} steps", language.code());
        none_cut_off(&problems, language.code());
    }
}

#[test]
fn every_test_question_and_the_review_of_a_failed_test_show_all_their_words_at_80x24() {
    use digitutor::tui::views::QuizView;
    let mut app = builtin_tutor();
    app.start_as_guest();
    let mut problems = Vec::new();
    let mut questions = 0;
    for pi in 0..app.packs().len() {
        let pack_id = app.packs()[pi].id.clone();
        let Some(mut assessment) = app.packs()[pi].assessment.clone() else {
            continue;
        };
        // Every question of the pool in one attempt.
        assessment.draw = u32::try_from(assessment.questions.len()).unwrap();
        app.view = View::Quiz(Box::new(QuizView::new(pi, &assessment, 5)));
        while let View::Quiz(q) = &app.view {
            let question = q.quiz.question().unwrap().clone();
            let wrong = q
                .quiz
                .shown_options()
                .iter()
                .position(|o| !o.correct)
                .unwrap();
            questions += 1;
            let at = format!("{pack_id} test / {}", question.id);
            let mut texts = vec![question.scenario.as_str()];
            texts.extend(question.options.iter().map(|o| o.text.as_str()));
            if let Some(screen) = &question.screen {
                texts.extend(screen_words(screen));
            }
            check(&mut app, &at, &texts, &mut problems);
            // A wrong answer each time, so the review holds every question.
            press(&mut app, &[Action::Number(wrong as u8 + 1)]);
        }
        let View::QuizDone(done) = &app.view else {
            panic!("the test did not end");
        };
        let mut texts: Vec<String> = Vec::new();
        for question in done.quiz.questions() {
            texts.push(question.scenario.clone());
            texts.push(question.explanation.clone());
            let right = question.options.iter().find(|o| o.correct).unwrap();
            texts.push(right.text.clone());
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        check(
            &mut app,
            &format!("{pack_id} test review"),
            &texts,
            &mut problems,
        );
    }
    assert!(questions > 100, "only {questions} questions seen");
    none_cut_off(&problems, "tests");
}

#[test]
fn a_notice_is_shown_whole_even_with_the_longest_name() {
    let mut app = builtin_tutor();
    let name = "Nguyễn Thị Phương Thảo Hoàng Bảo Ngọc Trần Lê Minh Anh Đức Huy";
    let notice = digitutor::tui::text::tf("notice.left-unsaved", &[("name", &name)]);
    let mut problems = Vec::new();
    for text in [t("idle.saved").to_string(), notice] {
        app.ctx.notice = Some(text.clone());
        check(&mut app, "notice", &[text.as_str()], &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_lessons_step_card_is_shown_whole_when_it_is_finished() {
    use digitutor::engine::LessonResult;
    use digitutor::tui::views::Finished;
    let mut app = builtin_tutor();
    app.start_as_guest();
    let mut problems = Vec::new();
    for pi in 0..app.packs().len() {
        let lessons = app.packs()[pi].lessons.clone();
        for (li, lesson) in lessons.iter().enumerate() {
            let result = LessonResult {
                lesson: lesson.id.clone(),
                steps: Vec::new(),
            };
            let done = Finished::new(&app.ctx, pi, li, result);
            app.view = View::Finished(Box::new(done));
            let card: Vec<&str> = lesson.step_card.iter().map(String::as_str).collect();
            check(
                &mut app,
                &format!("{} card", lesson.id),
                &card,
                &mut problems,
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
