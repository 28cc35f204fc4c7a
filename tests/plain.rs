//! The plain line mode: the real binary driven one line at a time, as a screen reader user (or
//! a script) would, through a whole lesson with its mistakes, hints and a consequence, then the
//! topic's test; the progress it saves is the full-screen tutor's. Also: the first screen of the
//! full-screen tutor offers plain lines.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Write;
use std::time::Instant;

use common::plain::{Plain, number_of};

use digitutor::progress::{DataDirs, LessonStatus, Store};
use digitutor::tui::action::Action;
use digitutor::tui::effect::Exit;
use digitutor::tui::profiles::Profiles;
use digitutor::tui::theme::ThemeName;

#[test]
fn a_whole_lesson_and_its_test_in_plain_lines_are_saved_as_on_screen() {
    let data = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut plain = Plain::start(data.path(), "en");
    let who = plain.said();
    assert!(who.contains("Who is learning today?"), "{who}");
    // Plain lines have no box drawing, no colours, no cursor movement.
    assert!(!who.contains(['│', '─', '╭', '\u{1b}']), "{who}");
    // The trainer's corner is full screen only, so it is not offered.
    assert!(!who.contains("For trainers"), "{who}");

    let name = plain.choose(&who, "I'm new here");
    assert!(name.contains("Type your name, then press Enter."), "{name}");
    let home = plain.type_line("Lan");
    let topic = plain.choose(&home, "Every kind, once, 0 of 1 lesson done");
    let step = plain.choose(&topic, "[new] A tour of the screens");
    // Each step in reading order: the count, the instruction, what the phone says.
    let order = [
        "Step 1 of 10",
        "Read this, then press Enter.",
        "Welcome",
        "Nothing here",
    ];
    let at: Vec<usize> = order.iter().map(|w| step.find(w).expect(w)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{step}");

    // A tap step: the phone's buttons are numbered.
    let tap = plain.type_line("");
    assert!(
        tap.contains("Step 2 of 10") && tap.contains("Open the camera."),
        "{tap}"
    );
    let wrong = plain.choose(&tap, "Photos");
    assert!(wrong.contains("Not quite."), "{wrong}");
    assert!(wrong.contains("Photos shows pictures you took."), "{wrong}");
    // Only the new words: the step is not said again.
    assert!(!wrong.contains("Open the camera."), "{wrong}");
    let hint = plain.type_line("h");
    assert!(hint.contains("Hint 1 of 1: The camera icon"), "{hint}");
    let right = plain.choose(&tap, "Camera");
    assert!(right.contains("Right!") && right.contains("The camera app can scan codes."));

    // A scan step: s and p.
    let scan = plain.type_line("");
    assert!(scan.contains("Lotus Cafe - scan for the menu"), "{scan}");
    let photo = plain.type_line("p");
    assert!(photo.contains("A photo does not open the code."), "{photo}");
    let scanned = plain.type_line("s");
    assert!(
        scanned.contains("menu.lotus-cafe.example/table/4"),
        "{scanned}"
    );

    // A question: a number not offered is said to be so, nothing else happens.
    let question = plain.type_line("");
    assert!(question.contains("menu.lotus-cafe.example"), "{question}");
    let not_here = plain.type_line("7");
    assert!(not_here.contains("Type a number from 1 to 2"), "{not_here}");
    plain.choose(&question, "Yes");

    // Typed answers: a wrong one, then the right one.
    let code = plain.type_line("");
    assert!(code.contains("Your code is 482913."), "{code}");
    let short = plain.type_line("123");
    assert!(short.contains("The code has 6 digits."), "{short}");
    let right = plain.type_line("482913");
    assert!(right.contains("Right!"), "{right}");
    plain.type_line("");
    let town = plain.type_line("Huế");
    assert!(town.contains("Right!"), "{town}");

    // An unsafe choice shows what would happen, then its feedback.
    let pay = plain.type_line("");
    assert!(
        pay.contains("Lotus Cafe") && pay.contains("65,000 VND"),
        "{pay}"
    );
    let consequence = plain.choose(&pay, "Send it to another name");
    for words in [
        "This is what would happen",
        "65,000 VND sent to Tran Van B.",
        "only practice",
    ] {
        assert!(consequence.contains(words), "{words}: {consequence}");
    }
    let feedback = plain.type_line("");
    assert!(
        feedback.contains("Always pay the name you expect"),
        "{feedback}"
    );
    plain.choose(&pay, "Confirm the payment");

    let call = plain.type_line("");
    assert!(
        call.contains("Read me the code we just sent you."),
        "{call}"
    );
    plain.choose(&call, "Hang up");
    plain.type_line("");
    // "r" says the whole step again.
    let again = plain.type_line("r");
    assert!(
        again.contains("Step 9 of 10") && again.contains("Your parcel"),
        "{again}"
    );
    plain.type_line("");
    let done = plain.type_line("");
    assert!(
        done.contains("You finished \"A tour of the screens\""),
        "{done}"
    );
    assert!(done.contains("Your progress is saved."), "{done}");
    assert!(
        done.contains("1. Read the screen."),
        "the step card: {done}"
    );

    // The topic's test.
    let lessons = plain.choose(&done, "Back to the lessons");
    let mut page = plain.choose(&lessons, "Test yourself: 2 questions, no time limit");
    let right = [
        ("sticker over another code", "Do not scan it; ask staff"),
        ("the address is strange", "Close the page"),
    ];
    for _ in 0..2 {
        let answer = right
            .iter()
            .find(|(q, _)| page.contains(q))
            .map(|(_, a)| *a)
            .unwrap_or_else(|| panic!("a question of the test: {page}"));
        page = plain.choose(&page, answer);
    }
    assert!(page.contains("You answered 2 of 2 right (100%)."), "{page}");
    assert!(page.contains("You passed!"), "{page}");
    assert!(
        page.contains("Lan has passed the Every kind, once test"),
        "{page}"
    );

    // q asks before closing; 2 closes.
    let closing = plain.type_line("q");
    assert!(closing.contains("Close digitutor?"), "{closing}");
    let yes = number_of(&closing, "Yes, close digitutor").expect("the answer to close");
    writeln!(plain.stdin, "{yes}").unwrap();
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
    assert!(transcript.ends_with("digitutor is closed. See you next time.\n"));
    eprintln!("played in {:?}", started.elapsed());

    // Saved as the full-screen tutor saves it: the lesson done, the test passed.
    let store = Store::new(DataDirs::at(data.path()));
    let lan = store.find("Lan").expect("Lan's profile");
    let memory = store.load(&lan.id).unwrap().memory;
    assert_eq!(memory.status("all-kinds", "tour"), LessonStatus::Done);
    assert_eq!(memory.best_quiz("all-kinds"), Some((100, true)));
}

#[test]
fn the_end_of_the_input_saves_and_closes_like_a_closed_window() {
    let data = tempfile::tempdir().unwrap();
    let mut plain = Plain::start(data.path(), "en");
    let who = plain.said();
    plain.choose(&who, "I'm new here");
    let home = plain.type_line("Minh");
    let topic = plain.choose(&home, "Every kind, once, 0 of 1 lesson done");
    let step = plain.choose(&topic, "[new] A tour of the screens");
    assert!(step.contains("Step 1 of 10"));
    plain.type_line("");
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
    // The place is kept: the lesson continues at step 2 next time.
    let store = Store::new(DataDirs::at(data.path()));
    let minh = store.find("Minh").unwrap();
    let memory = store.load(&minh.id).unwrap().memory;
    let place = memory.last_place().expect("a place to continue");
    assert_eq!(place.step, "open-camera");
}

#[test]
fn plain_lines_speak_the_learners_language_and_take_their_keyboards_letters() {
    let data = tempfile::tempdir().unwrap();
    let mut plain = Plain::start(data.path(), "ko");
    let who = plain.said();
    assert!(
        who.contains("고를 번호를 입력하고 Enter 키를 눌러 주세요."),
        "{who}"
    );
    // ㅂ is Q on a Korean keyboard.
    let closing = plain.type_line("ㅂ");
    assert!(closing.contains("digitutor를 닫을까요?"), "{closing}");
    let (_, transcript) = plain.end();
    assert!(!transcript.contains("Type the number"), "{transcript}");
}

#[test]
fn the_first_screen_offers_plain_lines_and_choosing_them_ends_the_full_screen_tutor() {
    // On the list of languages: the entry after the languages, named in every language.
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        1,
    )
    .ask_language_first();
    let page = digitutor::tui::plain::page(&app);
    assert_eq!(page.choices.len(), 4, "plain lines list only the languages");
    app.handle(Action::Number(5), Instant::now());
    assert!(app.quit);
    assert_eq!(app.exit, Exit::ToPlain);

    // On "Who is learning today?": the last entry.
    let mut app = common::tutor(
        common::fixture("valid"),
        Profiles::in_memory(),
        ThemeName::Default,
        1,
    );
    // New, guest, the trainer's corner, then plain lines.
    app.handle(Action::Number(4), Instant::now());
    assert_eq!(app.exit, Exit::ToPlain);
}

/// The English QR pack as built in, read whole.
fn english_qr() -> std::sync::Arc<digitutor::pack::Pack> {
    let library = digitutor::pack::Library::builtin_checked_at_build();
    library
        .packs()
        .find(|p| p.id == "qr-codes" && p.language == "en")
        .expect("the English QR pack")
        .clone()
}

/// How the list of topics names the QR topic before any lesson is done.
fn topic_line(qr: &digitutor::pack::Pack) -> String {
    format!("{}, 0 of {} lessons done", qr.title, qr.lessons.len())
}

/// The tutor in plain lines on the built-in packs, read as a learner's computer reads them
/// (no `--lessons`): a new learner, Lan, on the QR topic. Returns the tutor and the topic's page.
fn lan_at_the_topic(data: &std::path::Path, qr: &digitutor::pack::Pack) -> (Plain, String) {
    let mut plain = Plain::start_with(data, &["--language", "en"]);
    let who = plain.said();
    plain.choose(&who, "I'm new here");
    let home = plain.type_line("Lan");
    let topic = plain.choose(&home, &topic_line(qr));
    (plain, topic)
}

#[test]
fn a_built_in_lesson_plays_through_in_plain_lines_as_a_learners_computer_reads_it() {
    use digitutor::engine::Input;
    use digitutor::engine::lesson::right_inputs;
    // The built-in packs, read from the shelf as the tutor reads them (no --lessons).
    let qr = english_qr();
    let lesson = &qr.lessons[0];
    let data = tempfile::tempdir().unwrap();
    let (mut plain, topic) = lan_at_the_topic(data.path(), &qr);
    let mut page = plain.choose(&topic, &format!("[new] {}", lesson.title));
    for (n, step) in lesson.steps.iter().enumerate() {
        assert!(
            page.contains(&format!("Step {} of {}", n + 1, lesson.steps.len())),
            "{page}"
        );
        assert!(page.contains(step.instruction.trim()), "{page}");
        let right = right_inputs(step)
            .into_iter()
            .next()
            .expect("a right answer");
        let said = match right {
            Input::Continue => plain.type_line(""),
            Input::Scan => plain.type_line("s"),
            Input::Type(text) => plain.type_line(&text),
            Input::Choose(id) => {
                let text = &step.options.iter().find(|o| o.id == id).unwrap().text;
                plain.choose(&page, text)
            }
            Input::Tap(id) => {
                let label = &step
                    .screen
                    .elements
                    .iter()
                    .find(|e| e.id == id)
                    .unwrap()
                    .label;
                plain.choose(&page, label)
            }
            other => panic!("not a right answer: {other:?}"),
        };
        // A step that asks something is answered rightly, then Enter goes on.
        page = if said.contains("[OK] Right!") {
            plain.type_line("")
        } else {
            said
        };
    }
    assert!(
        page.contains(&format!("You finished \"{}\"", lesson.title)),
        "{page}"
    );
    assert!(
        page.contains("You got every step right the first time."),
        "{page}"
    );
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
    let store = Store::new(DataDirs::at(data.path()));
    let lan = store.find("Lan").unwrap();
    let memory = store.load(&lan.id).unwrap().memory;
    assert_eq!(memory.status("qr-codes", &lesson.id), LessonStatus::Done);
}

#[test]
fn a_built_in_lesson_left_half_way_opens_where_it_stopped_as_a_learners_computer_reads_it() {
    // The built-in packs are kept as outlines; the lesson is read whole again when it opens.
    let qr = english_qr();
    let lesson = &qr.lessons[0];
    let data = tempfile::tempdir().unwrap();
    let (mut plain, topic) = lan_at_the_topic(data.path(), &qr);
    plain.choose(&topic, &format!("[new] {}", lesson.title));
    // The first step is read; then the learner closes on the second.
    let second = plain.type_line("");
    assert!(
        second.contains(lesson.steps[1].instruction.trim()),
        "{second}"
    );
    plain.type_line("q");
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");

    let mut plain = Plain::start_with(data.path(), &["--language", "en"]);
    let who = plain.said();
    let home = plain.choose(&who, "Lan");
    let topic = plain.choose(&home, &topic_line(&qr));
    let ask = plain.choose(&topic, &format!("[started] {}", lesson.title));
    let total = lesson.steps.len();
    let again = format!("Continue where you stopped (step 2 of {total})");
    assert!(ask.contains(&again), "{ask}");
    let page = plain.choose(&ask, &again);
    assert!(page.contains(&format!("Step 2 of {total}")), "{page}");
    assert!(page.contains(lesson.steps[1].instruction.trim()), "{page}");
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
}

#[test]
fn a_built_in_topics_test_opens_whole_as_a_learners_computer_reads_it() {
    // The packs are kept as outlines: the test's questions are read when it opens.
    let qr = english_qr();
    let test = qr.assessment.as_ref().expect("the QR test");
    let asked = test.draw.min(test.questions.len() as u32);
    let data = tempfile::tempdir().unwrap();
    let (mut plain, topic) = lan_at_the_topic(data.path(), &qr);
    let offer = format!("Test yourself: {asked} questions, no time limit");
    let first = plain.choose(&topic, &offer);
    assert!(first.contains(&format!("Question 1 of {asked}")), "{first}");
    assert!(
        test.questions
            .iter()
            .any(|q| first.contains(q.scenario.trim())),
        "{first}"
    );
    let (status, transcript) = plain.end();
    assert!(status.success(), "{transcript}");
}
