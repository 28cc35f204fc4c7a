//! Engine tests, one section per transition. No terminal, no files: lessons are parsed from text.

use super::lesson::right_inputs;
use super::*;
use crate::pack::{Lesson, Pack};

const PACK: &str = r#"
format_version = 1
id = "t"
topic = "scams"
language = "en"
title = "T"
summary = "S"

[[lessons]]
id = "l"
title = "L"
goal = "G"
step_card = ["One"]

[[lessons.steps]]
id = "intro"
instruction = "Read."
do = "continue"
[lessons.steps.screen]
kind = "info"
text = "Hello"

[[lessons.steps]]
id = "pick"
instruction = "Pick."
do = "choose"
hints = ["First hint.", "Second hint."]
explanation = "Because."
[lessons.steps.screen]
kind = "info"
text = "Pick one"
[[lessons.steps.options]]
id = "good"
text = "Good"
correct = true
[[lessons.steps.options]]
id = "bad"
text = "Bad"
feedback = "Bad is bad."
[[lessons.steps.options]]
id = "unsafe"
text = "Unsafe"
feedback = "That was unsafe."
consequence = "oops"

[[lessons.steps]]
id = "code"
instruction = "Type the code."
do = "type"
check = "digits"
digits = 6
sensitive = true
feedback = "Six digits, please."
hints = ["Look at the message."]
explanation = "Codes are private."
[lessons.steps.screen]
kind = "info"
text = "Code 123456"
[[lessons.steps.mistakes]]
answer = "1234"
feedback = "That is only four digits."

[[lessons.steps]]
id = "tap"
instruction = "Tap OK."
do = "tap"
target = "ok"
feedback = "Not that one."
hints = ["It says OK."]
explanation = "OK it is."
[lessons.steps.screen]
kind = "info"
text = "Tap"
elements = [{ id = "ok", label = "OK" }, { id = "no", label = "No" }, { id = "link", label = "Link", role = "link" }]
[[lessons.steps.taps]]
element = "link"
feedback = "Links can be traps."
consequence = "oops"

[[lessons.steps]]
id = "scan"
instruction = "Scan."
do = "scan"
feedback = "A photo does not open the code."
hints = ["Scan it."]
explanation = "Scanned."
[lessons.steps.screen]
kind = "qr"
leads_to = "example.org"

[[lessons.consequences]]
id = "oops"
title = "What would happen"
explanation = "Money gone."
[lessons.consequences.screen]
kind = "info"
text = "Sent!"
"#;

fn lesson() -> Lesson {
    let pack: Pack = toml::from_str(PACK).expect("test pack parses");
    pack.lessons[0].clone()
}

fn at_step(id: &str) -> Player<'static> {
    Player::resume(lesson(), id, 7)
}

// --- start ---

#[test]
fn start_is_asking_at_the_first_step() {
    let p = Player::new(lesson(), 1);
    assert_eq!(p.step().map(|s| s.id.as_str()), Some("intro"));
    assert_eq!(p.phase(), &Phase::Asking);
}

#[test]
fn resume_starts_at_the_named_step_and_unknown_falls_back_to_first() {
    assert_eq!(at_step("code").step().map(|s| s.id.as_str()), Some("code"));
    assert_eq!(at_step("gone").step().map(|s| s.id.as_str()), Some("intro"));
}

// --- continue ---

#[test]
fn continue_step_goes_straight_to_the_next_step() {
    let mut p = Player::new(lesson(), 1);
    assert_eq!(p.handle(Input::Continue), vec![Effect::Step("pick".into())]);
}

#[test]
fn answers_on_a_continue_step_are_ignored() {
    let mut p = Player::new(lesson(), 1);
    assert_eq!(p.handle(Input::Scan), vec![Effect::Ignored]);
    assert_eq!(p.handle(Input::Hint), vec![Effect::NoMoreHints]);
}

// --- asking -> wrong ---

#[test]
fn wrong_option_shows_its_own_feedback_and_allows_another_try() {
    let mut p = at_step("pick");
    assert_eq!(
        p.handle(Input::Choose("bad".into())),
        vec![Effect::Feedback("Bad is bad.".into())]
    );
    assert_eq!(
        p.phase(),
        &Phase::Wrong {
            feedback: "Bad is bad.".into()
        }
    );
    assert_eq!(
        p.handle(Input::Choose("good".into())),
        vec![Effect::Explanation("Because.".into())]
    );
}

#[test]
fn unknown_option_is_ignored_and_changes_nothing() {
    let mut p = at_step("pick");
    assert_eq!(
        p.handle(Input::Choose("nope".into())),
        vec![Effect::Ignored]
    );
    assert_eq!(p.phase(), &Phase::Asking);
    assert_eq!(p.result().steps[0].attempts, 0);
}

// --- asking -> consequence -> wrong ---

#[test]
fn unsafe_option_plays_the_consequence_then_its_feedback() {
    let mut p = at_step("pick");
    assert_eq!(
        p.handle(Input::Choose("unsafe".into())),
        vec![Effect::Consequence("oops".into())]
    );
    assert_eq!(
        p.consequence().map(|c| c.title.as_str()),
        Some("What would happen")
    );
    // Answers wait until the consequence has been read.
    assert_eq!(
        p.handle(Input::Choose("good".into())),
        vec![Effect::Ignored]
    );
    assert_eq!(
        p.handle(Input::Continue),
        vec![Effect::Feedback("That was unsafe.".into())]
    );
    assert!(p.consequence().is_none());
    assert_eq!(
        p.handle(Input::Choose("good".into())),
        vec![Effect::Explanation("Because.".into())]
    );
}

#[test]
fn unsafe_tap_plays_its_consequence() {
    let mut p = at_step("tap");
    assert_eq!(
        p.handle(Input::Tap("link".into())),
        vec![Effect::Consequence("oops".into())]
    );
    assert_eq!(
        p.handle(Input::Continue),
        vec![Effect::Feedback("Links can be traps.".into())]
    );
}

// --- hints ---

#[test]
fn hints_come_one_at_a_time_then_run_out() {
    let mut p = at_step("pick");
    assert_eq!(
        p.handle(Input::Hint),
        vec![Effect::Hint {
            number: 1,
            of: 2,
            text: "First hint.".into()
        }]
    );
    assert_eq!(
        p.handle(Input::Hint),
        vec![Effect::Hint {
            number: 2,
            of: 2,
            text: "Second hint.".into()
        }]
    );
    assert_eq!(p.handle(Input::Hint), vec![Effect::NoMoreHints]);
    assert_eq!(p.hints_shown().len(), 2);
    assert_eq!(p.result().steps[0].hints, 2);
}

#[test]
fn hints_reset_on_the_next_step() {
    let mut p = at_step("pick");
    p.handle(Input::Hint);
    p.handle(Input::Choose("good".into()));
    p.handle(Input::Continue);
    assert!(p.hints_shown().is_empty());
}

// --- right -> next step ---

#[test]
fn right_answer_explains_then_continue_moves_on() {
    let mut p = at_step("pick");
    p.handle(Input::Choose("good".into()));
    assert!(matches!(p.phase(), Phase::Right { .. }));
    assert_eq!(p.handle(Input::Hint), vec![Effect::Ignored]);
    assert_eq!(p.handle(Input::Continue), vec![Effect::Step("code".into())]);
}

// --- typed answers ---

#[test]
fn typed_answer_is_checked_by_its_rule() {
    let mut p = at_step("code");
    assert_eq!(
        p.handle(Input::Type("1234".into())),
        vec![Effect::Feedback("That is only four digits.".into())]
    );
    assert_eq!(
        p.handle(Input::Type("abcdef".into())),
        vec![Effect::Feedback("Six digits, please.".into())]
    );
    assert_eq!(
        p.handle(Input::Type("482 913".into())),
        vec![Effect::Explanation("Codes are private.".into())]
    );
}

#[test]
fn sensitive_typed_text_is_never_recorded() {
    let mut p = at_step("code");
    p.handle(Input::Type("secret-pass".into()));
    p.handle(Input::Type("1234".into()));
    p.handle(Input::Type("4929123412341234".into()));
    let record = format!("{:?}", p.result());
    assert!(!record.contains("secret-pass"));
    assert!(!record.contains("4929123412341234"));
    assert!(!record.contains("1234\""));
    assert_eq!(
        p.result().steps[0].wrong_answers,
        vec!["other", "mistake", "other"]
    );
}

// --- taps and scans ---

#[test]
fn tapping_the_target_is_right_and_another_element_gets_feedback() {
    let mut p = at_step("tap");
    assert_eq!(
        p.handle(Input::Tap("no".into())),
        vec![Effect::Feedback("Not that one.".into())]
    );
    assert_eq!(p.handle(Input::Tap("ghost".into())), vec![Effect::Ignored]);
    assert_eq!(
        p.handle(Input::Tap("ok".into())),
        vec![Effect::Explanation("OK it is.".into())]
    );
}

#[test]
fn a_photo_is_not_a_scan() {
    let mut p = at_step("scan");
    assert_eq!(
        p.handle(Input::Photo),
        vec![Effect::Feedback("A photo does not open the code.".into())]
    );
    assert_eq!(
        p.handle(Input::Scan),
        vec![Effect::Explanation("Scanned.".into())]
    );
}

// --- finished ---

#[test]
fn last_step_finishes_with_a_result_per_step() {
    let mut p = at_step("scan");
    p.handle(Input::Photo);
    p.handle(Input::Hint);
    p.handle(Input::Scan);
    let effects = p.handle(Input::Continue);
    let Some(Effect::Finished(result)) = effects.first() else {
        panic!("expected Finished, got {effects:?}");
    };
    assert_eq!(result.lesson, "l");
    let scan = &result.steps[0];
    assert_eq!(
        (scan.attempts, scan.mistakes, scan.hints, scan.done),
        (2, 1, 1, true)
    );
    assert_eq!(scan.wrong_answers, vec!["photo"]);
    assert_eq!(p.phase(), &Phase::Finished);
    assert_eq!(p.handle(Input::Continue), vec![Effect::Ignored]);
}

#[test]
fn playing_the_right_answers_finishes_the_lesson() {
    let mut p = Player::new(lesson(), 3);
    for _ in 0..20 {
        let Some(step) = p.step() else { break };
        let input = right_inputs(step)
            .into_iter()
            .next()
            .expect("every step has a right input");
        let mut effects = p.handle(input);
        if matches!(effects.first(), Some(Effect::Explanation(_))) {
            effects = p.handle(Input::Continue);
        }
        if let Some(Effect::Finished(result)) = effects.first() {
            assert_eq!(result.first_try(), 5);
            assert_eq!(result.mistakes(), 0);
            return;
        }
    }
    panic!("the lesson never finished");
}

// --- branching ---

#[test]
fn a_right_option_with_next_jumps_and_end_finishes() {
    let text = PACK.replace(
        "id = \"good\"\ntext = \"Good\"\ncorrect = true",
        "id = \"good\"\ntext = \"Good\"\ncorrect = true\nnext = \"scan\"",
    );
    let pack: Pack = toml::from_str(&text).expect("parses");
    let mut p = Player::resume(pack.lessons[0].clone(), "pick", 1);
    p.handle(Input::Choose("good".into()));
    assert_eq!(p.handle(Input::Continue), vec![Effect::Step("scan".into())]);

    let text = PACK.replace(
        "id = \"intro\"\ninstruction = \"Read.\"",
        "id = \"intro\"\nnext = \"end\"\ninstruction = \"Read.\"",
    );
    let pack: Pack = toml::from_str(&text).expect("parses");
    let mut p = Player::new(pack.lessons[0].clone(), 1);
    assert!(matches!(
        p.handle(Input::Continue).first(),
        Some(Effect::Finished(_))
    ));
}

// --- seeds ---

#[test]
fn the_same_seed_shows_options_in_the_same_order() {
    let a = Player::resume(lesson(), "pick", 42);
    let b = Player::resume(lesson(), "pick", 42);
    assert_eq!(a.option_order(), b.option_order());
    let orders: std::collections::HashSet<Vec<usize>> = (0..50)
        .map(|s| Player::resume(lesson(), "pick", s).option_order().to_vec())
        .collect();
    assert!(
        orders.len() > 1,
        "different seeds should give different orders"
    );
}

#[test]
fn shuffle_false_keeps_the_written_order() {
    let text = PACK.replace("do = \"choose\"", "do = \"choose\"\nshuffle = false");
    let pack: Pack = toml::from_str(&text).expect("parses");
    for seed in 0..20 {
        let p = Player::resume(pack.lessons[0].clone(), "pick", seed);
        assert_eq!(p.option_order(), &[0, 1, 2]);
    }
}

// --- assessment ---

fn assessment(n: usize) -> crate::pack::Assessment {
    let questions = (0..n)
        .map(|i| crate::pack::Question {
            id: format!("q{i}"),
            scenario: format!("Question {i}"),
            screen: None,
            options: ["right", "wrong1", "wrong2"]
                .iter()
                .map(|id| crate::pack::Choice {
                    id: (*id).into(),
                    text: (*id).into(),
                    correct: *id == "right",
                    feedback: None,
                    consequence: None,
                    next: None,
                })
                .collect(),
            explanation: "Because.".into(),
        })
        .collect();
    crate::pack::Assessment {
        draw: 8,
        pass_percent: 80,
        questions,
    }
}

#[test]
fn a_quiz_draws_eight_distinct_questions_reproducibly() {
    let a = assessment(12);
    let q1 = Quiz::new(&a, 9);
    let q2 = Quiz::new(&a, 9);
    let ids = |q: &Quiz| {
        q.questions()
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&q1), ids(&q2));
    assert_eq!(q1.questions().len(), 8);
    let unique: std::collections::HashSet<_> = ids(&q1).into_iter().collect();
    assert_eq!(unique.len(), 8);
    let draws: std::collections::HashSet<Vec<String>> =
        (0..20).map(|s| ids(&Quiz::new(&a, s))).collect();
    assert!(draws.len() > 1);
}

#[test]
fn right_answers_pass_and_wrong_answers_fail_with_a_review() {
    let a = assessment(12);
    let mut quiz = Quiz::new(&a, 3);
    while !quiz.is_finished() {
        assert!(quiz.answer("right"));
    }
    let r = quiz.result();
    assert_eq!((r.score, r.total, r.passed, r.percent()), (8, 8, true, 100));

    let mut quiz = Quiz::new(&a, 3);
    let mut i = 0;
    while !quiz.is_finished() {
        quiz.answer(if i < 2 { "wrong1" } else { "right" });
        i += 1;
    }
    let r = quiz.result();
    assert_eq!((r.score, r.passed), (6, false), "6 of 8 is 75%, under 80%");
    assert_eq!(r.wrong.len(), 2);
    assert_eq!(r.wrong[0].right, "right");
}

#[test]
fn a_quiz_answer_can_be_changed_by_going_back() {
    let a = assessment(12);
    let mut quiz = Quiz::new(&a, 3);
    quiz.answer("wrong1");
    assert!(quiz.back());
    quiz.answer("right");
    assert_eq!(quiz.current(), 1);
    assert!(!quiz.answer("nonsense"));
}

// --- back ---

#[test]
fn back_returns_to_the_step_the_learner_came_from_without_counting_again() {
    let mut p = Player::new(lesson(), 1);
    assert_eq!(
        p.handle(Input::Back),
        vec![Effect::Ignored],
        "nothing before the first"
    );
    p.handle(Input::Continue);
    assert_eq!(p.step().map(|s| s.id.as_str()), Some("pick"));
    p.handle(Input::Hint);
    assert_eq!(p.handle(Input::Back), vec![Effect::Step("intro".into())]);
    assert_eq!(p.phase(), &Phase::Asking);
    assert!(p.hints_shown().is_empty());
    p.handle(Input::Continue);
    let record = |p: &Player<'_>, id: &str| {
        p.result()
            .steps
            .into_iter()
            .find(|r| r.step == id)
            .expect("visited")
    };
    assert_eq!(
        record(&p, "intro").attempts,
        2,
        "each Enter on a reading step counts"
    );
    assert_eq!(
        record(&p, "pick").hints,
        1,
        "the hint seen before going back is kept"
    );
}

#[test]
fn back_follows_a_branch_back_the_way_it_came() {
    let text = PACK.replace(
        "id = \"good\"\ntext = \"Good\"\ncorrect = true",
        "id = \"good\"\ntext = \"Good\"\ncorrect = true\nnext = \"scan\"",
    );
    let pack: Pack = toml::from_str(&text).expect("parses");
    let mut p = Player::new(pack.lessons[0].clone(), 1);
    p.handle(Input::Continue);
    p.handle(Input::Choose("good".into()));
    assert_eq!(p.handle(Input::Continue), vec![Effect::Step("scan".into())]);
    assert_eq!(p.handle(Input::Back), vec![Effect::Step("pick".into())]);
    assert_eq!(p.handle(Input::Back), vec![Effect::Step("intro".into())]);
}

#[test]
fn back_in_a_lesson_resumed_half_way_goes_to_the_step_before() {
    let mut p = at_step("code");
    let before = p.step_index() - 1;
    let expected = p.lesson().steps[before].id.clone();
    assert_eq!(p.handle(Input::Back), vec![Effect::Step(expected)]);
}

#[test]
fn a_quiz_left_half_way_continues_with_its_answers_or_not_at_all() {
    let a = assessment(12);
    let mut quiz = Quiz::new(&a, 4);
    quiz.answer("right");
    quiz.answer("wrong1");
    let (ids, answers) = quiz.so_far();
    assert_eq!(answers, ["right", "wrong1"]);
    let mut again = Quiz::resume(&a, &ids, &answers, 99).expect("continues");
    assert_eq!(again.current(), 2);
    while !again.is_finished() {
        again.answer("right");
    }
    let result = again.result();
    assert_eq!(
        (result.score, result.total),
        (7, 8),
        "the earlier wrong answer counts"
    );
    // A question gone from the pack, or an answer that is not an option: a new test instead.
    let mut smaller = a.clone();
    smaller.questions.retain(|q| q.id != ids[0]);
    assert!(Quiz::resume(&smaller, &ids, &answers, 1).is_none());
    assert!(Quiz::resume(&a, &ids, &["nonsense".to_string()], 1).is_none());
    assert!(Quiz::resume(&a, &ids, &vec!["right".to_string(); 8], 1).is_none());
}
