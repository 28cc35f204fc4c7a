//! The built-in packs, played: every lesson is driven through the engine by its right answers, on
//! every branch, to the end; every wrong option gets its feedback; every assessment is passed by
//! its right answers and failed by wrong ones. Also the size every built-in pack must have: at
//! least 4 lessons of at least 6 steps, and a pool of at least 12 questions drawn 8 at a time with
//! a pass mark of 80%. No files, no terminal: the library is embedded in the binary.

// Helpers outside `#[test]` functions may fail a test too.
#![allow(clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use digitutor::engine::lesson::right_inputs;
use digitutor::engine::{Effect, Input, LessonResult, Phase, Player, Quiz};
use digitutor::pack::{Assessment, Do, Library, Pack};

fn builtin_packs() -> Vec<Arc<Pack>> {
    let library = Library::builtin();
    for file in &library.files {
        assert!(
            !file.is_broken(),
            "{} does not load: {:?}",
            file.name,
            file.diagnostics
        );
    }
    let packs: Vec<Arc<Pack>> = library.packs().cloned().collect();
    assert!(!packs.is_empty(), "no built-in packs");
    packs
}

fn finished(effects: &[Effect]) -> Option<&LessonResult> {
    effects.iter().find_map(|e| match e {
        Effect::Finished(result) => Some(result),
        _ => None,
    })
}

/// Follows every right answer from where `player` stands, and returns the result of each path
/// that reaches the end. An error names the step where a path got stuck.
fn every_right_path(player: &Player, budget: usize) -> Result<Vec<LessonResult>, String> {
    let step = player.step().ok_or("the lesson has no step to play")?;
    if budget == 0 {
        return Err(format!("still not finished at step \"{}\"", step.id));
    }
    let inputs = right_inputs(step);
    if inputs.is_empty() {
        return Err(format!("step \"{}\" has no right answer", step.id));
    }
    let mut results = Vec::new();
    for input in inputs {
        let mut next = player.clone();
        let mut effects = next.handle(input.clone());
        if effects.iter().any(|e| matches!(e, Effect::Explanation(_))) {
            effects = next.handle(Input::Continue);
        }
        if let Some(result) = finished(&effects) {
            results.push(result.clone());
        } else if effects.iter().any(|e| matches!(e, Effect::Step(_))) {
            results.extend(every_right_path(&next, budget - 1)?);
        } else {
            return Err(format!(
                "step \"{}\" did not accept its right answer {input:?}: {effects:?}",
                step.id
            ));
        }
    }
    Ok(results)
}

#[test]
fn every_builtin_lesson_can_be_played_to_the_end_on_every_right_path() {
    let mut played = 0;
    for pack in builtin_packs() {
        for lesson in &pack.lessons {
            let name = format!("{}/{}", pack.id, lesson.id);
            let player = Player::new(lesson.clone(), 7);
            let results = every_right_path(&player, lesson.steps.len() * 2 + 2)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!results.is_empty(), "{name}: no path reaches the end");
            for result in &results {
                assert_eq!(result.lesson, lesson.id, "{name}");
                assert!(
                    result.steps.iter().all(|s| s.done && s.mistakes == 0),
                    "{name}: a path of right answers recorded a mistake: {result:?}"
                );
                assert_eq!(
                    result.first_try(),
                    result.steps.len(),
                    "{name}: every step on a right path is right at the first try"
                );
            }
            played += 1;
        }
    }
    assert!(played >= 7 * 4, "only {played} lessons played");
}

#[test]
fn every_wrong_option_in_a_builtin_lesson_gets_feedback_and_another_try() {
    for pack in builtin_packs() {
        for lesson in &pack.lessons {
            for step in lesson.steps.iter().filter(|s| s.action == Do::Choose) {
                let name = format!("{}/{}/{}", pack.id, lesson.id, step.id);
                for option in step.options.iter().filter(|o| !o.correct) {
                    let mut player = Player::resume(lesson.clone(), &step.id, 3);
                    let mut effects = player.handle(Input::Choose(option.id.clone()));
                    if let [Effect::Consequence(id)] = effects.as_slice() {
                        assert_eq!(option.consequence.as_deref(), Some(id.as_str()), "{name}");
                        effects = player.handle(Input::Continue);
                    }
                    match effects.as_slice() {
                        [Effect::Feedback(text)] => assert!(
                            !text.trim().is_empty(),
                            "{name}: option \"{}\" has empty feedback",
                            option.id
                        ),
                        other => panic!("{name}: option \"{}\" gave {other:?}", option.id),
                    }
                    assert!(
                        matches!(player.phase(), Phase::Wrong { .. }),
                        "{name}: after a wrong option the learner may try again"
                    );
                    let right = right_inputs(step)
                        .into_iter()
                        .next()
                        .expect("a right answer");
                    let effects = player.handle(right);
                    assert!(
                        effects.iter().any(|e| matches!(e, Effect::Explanation(_))),
                        "{name}: the right answer after a wrong one gave {effects:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_builtin_pack_has_four_lessons_of_six_steps_and_a_full_assessment() {
    for pack in builtin_packs() {
        assert!(
            pack.lessons.len() >= 4,
            "{}: {} lessons",
            pack.id,
            pack.lessons.len()
        );
        for lesson in &pack.lessons {
            assert!(
                lesson.steps.len() >= 6,
                "{}/{}: {} steps",
                pack.id,
                lesson.id,
                lesson.steps.len()
            );
        }
        let assessment = pack
            .assessment
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no assessment", pack.id));
        assert!(
            assessment.questions.len() >= 12,
            "{}: {} questions",
            pack.id,
            assessment.questions.len()
        );
        assert_eq!(assessment.draw, 8, "{}", pack.id);
        assert_eq!(assessment.pass_percent, 80, "{}", pack.id);
    }
}

#[test]
fn every_builtin_step_that_asks_something_has_a_hint() {
    for pack in builtin_packs() {
        for lesson in &pack.lessons {
            for step in lesson.steps.iter().filter(|s| s.action != Do::Continue) {
                assert!(
                    step.hints.iter().any(|h| !h.trim().is_empty()),
                    "{}/{}/{}: no hint",
                    pack.id,
                    lesson.id,
                    step.id
                );
            }
        }
    }
}

fn right_option(quiz: &Quiz) -> String {
    let q = quiz.question().expect("a question to answer");
    q.options
        .iter()
        .find(|o| o.correct)
        .map(|o| o.id.clone())
        .unwrap_or_else(|| panic!("question \"{}\" has no right option", q.id))
}

fn wrong_option(quiz: &Quiz) -> String {
    let q = quiz.question().expect("a question to answer");
    q.options
        .iter()
        .find(|o| !o.correct)
        .map(|o| o.id.clone())
        .unwrap_or_else(|| panic!("question \"{}\" has no wrong option", q.id))
}

/// Answers `right` questions rightly, then the rest wrongly.
fn attempt(assessment: &Assessment, seed: u64, right: usize) -> digitutor::engine::QuizResult {
    let mut quiz = Quiz::new(assessment, seed);
    let mut answered = 0;
    while !quiz.is_finished() {
        let option = if answered < right {
            right_option(&quiz)
        } else {
            wrong_option(&quiz)
        };
        assert!(quiz.answer(&option), "option \"{option}\" was not taken");
        answered += 1;
    }
    quiz.result()
}

#[test]
fn every_builtin_assessment_is_passed_by_right_answers_and_failed_by_wrong_ones() {
    for pack in builtin_packs() {
        let assessment = pack.assessment.as_ref().expect("an assessment");
        let draw = assessment.draw;
        // The whole pool at once, so every question's right answer is tried.
        let whole = Assessment {
            draw: assessment.questions.len() as u32,
            ..assessment.clone()
        };
        let all_right = attempt(&whole, 1, usize::MAX);
        assert_eq!(
            all_right.score as usize,
            assessment.questions.len(),
            "{}: {:?}",
            pack.id,
            all_right.wrong
        );
        assert!(all_right.passed, "{}", pack.id);
        let all_wrong = attempt(&whole, 1, 0);
        assert_eq!(all_wrong.score, 0, "{}", pack.id);
        assert!(!all_wrong.passed, "{}", pack.id);
        assert_eq!(
            all_wrong.wrong.len(),
            assessment.questions.len(),
            "{}",
            pack.id
        );

        // Real attempts, as a learner gets them: 8 drawn, 80% to pass, so 7 right pass and 6 fail.
        let need = (draw * assessment.pass_percent).div_ceil(100) as usize;
        for seed in 0..20 {
            let pass = attempt(assessment, seed, need);
            assert_eq!(pass.total, draw, "{} seed {seed}", pack.id);
            assert!(
                pass.passed,
                "{} seed {seed}: {need} right should pass",
                pack.id
            );
            let fail = attempt(assessment, seed, need - 1);
            assert!(
                !fail.passed,
                "{} seed {seed}: {} right should fail",
                pack.id,
                need - 1
            );
            assert_eq!(fail.wrong.len(), draw as usize - (need - 1), "{}", pack.id);
        }
    }
}
