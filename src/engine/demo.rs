//! A lesson's right path as a presentation, for a trainer showing it to a room: every step the
//! right answers lead through, with the right action and why in words, and each wrong answer a
//! learner might give with the feedback it gets. Pure: built by playing the engine.

use super::lesson::{Effect, Input, Player, right_inputs};
use crate::pack::{Check, Do, Lesson, Step};

/// One step of the demonstration.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoStep {
    /// Index of the step in the lesson.
    pub index: usize,
    /// The step's id.
    pub step_id: String,
    /// The right action, as data the screen words in the learner's language.
    pub action: RightAction,
    /// Why it is right: the step's explanation.
    pub why: String,
    /// The element to point at on the phone (tap steps).
    pub focus: Option<String>,
    /// The wrong answers a learner might give, with what they would hear.
    pub wrongs: Vec<WrongWay>,
    /// Whether the step asks something (everything but reading and pressing Enter).
    pub asks: bool,
}

/// The right action of a step, to be said in words by whoever shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum RightAction {
    /// Read the screen, then go on.
    Read,
    /// Scan the code rather than photograph it.
    Scan,
    /// Tap the element with this label.
    Tap(String),
    /// Tap the right element (the step names none).
    TapTheRightOne,
    /// Choose one of these answers.
    Choose(Vec<String>),
    /// Type a private number of this many digits (never shown).
    TypePrivateDigits(u32),
    /// Type something private (never shown).
    TypePrivate,
    /// Type this text.
    Type(String),
    /// Type a number of this many digits.
    TypeDigits(u32),
    /// Type this amount.
    TypeAmount(f64),
    /// Type a number from the first to the second.
    TypeBetween(f64, f64),
    /// Type this date (year-month-day).
    TypeDate(String),
    /// Type the answer.
    TypeAnswer,
}

/// A wrong answer a learner might give, to be said in words by whoever shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrongDone {
    /// Choosing this answer.
    Choosing(String),
    /// Tapping the element with this label.
    Tapping(String),
    /// Tapping any other element.
    TappingSomethingElse,
    /// Typing this.
    Typing(String),
    /// Typing anything else.
    TypingSomethingElse,
    /// Taking a photo of the code instead of scanning it.
    Photo,
}

/// A wrong answer and what it gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongWay {
    /// The wrong answer.
    pub answer: WrongDone,
    /// The feedback written for it.
    pub feedback: String,
    /// The title of what would happen, for an unsafe answer.
    pub consequence: Option<String>,
    /// Which of the lesson's consequences that is (its index), to show its screen.
    pub consequence_at: Option<usize>,
}

/// The right path through a lesson: each step it visits, in order. Stops at the end, or after
/// as many steps as the lesson has twice over (a loop the validator reports).
pub fn plan(lesson: &Lesson, seed: u64) -> Vec<DemoStep> {
    let mut player = Player::borrowed(lesson, seed);
    let mut out = Vec::new();
    for _ in 0..lesson.steps.len() * 2 + 2 {
        let Some(step) = player.step() else { break };
        let step = step.clone();
        out.push(DemoStep {
            index: player.step_index(),
            step_id: step.id.clone(),
            action: right_action(&step),
            why: step.explanation.clone(),
            focus: (step.action == Do::Tap)
                .then(|| step.target.clone())
                .flatten(),
            wrongs: wrong_ways(lesson, &step),
            asks: step.action != Do::Continue,
        });
        let Some(input) = right_inputs(&step).into_iter().next() else {
            break;
        };
        let mut effects = player.handle(input);
        if effects.iter().any(|e| matches!(e, Effect::Explanation(_))) {
            effects = player.handle(Input::Continue);
        }
        if effects.iter().any(|e| matches!(e, Effect::Finished(_))) || player.step().is_none() {
            break;
        }
    }
    out
}

/// The right action of a step.
pub fn right_action(step: &Step) -> RightAction {
    match step.action {
        Do::Continue => RightAction::Read,
        Do::Scan => RightAction::Scan,
        Do::Tap => match &step.target {
            Some(t) => RightAction::Tap(element_label(step, t)),
            None => RightAction::TapTheRightOne,
        },
        Do::Choose => RightAction::Choose(
            step.options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.text.clone())
                .collect(),
        ),
        Do::Type if step.sensitive => match (step.check, step.digits) {
            (Some(Check::Digits), Some(n)) => RightAction::TypePrivateDigits(n),
            _ => RightAction::TypePrivate,
        },
        Do::Type => match step.check {
            Some(Check::Exact | Check::OneOf) => step
                .answers
                .first()
                .map_or(RightAction::TypeAnswer, |a| RightAction::Type(a.clone())),
            Some(Check::Digits) => RightAction::TypeDigits(step.digits.unwrap_or(0)),
            Some(Check::Number) => match (step.min, step.max) {
                (Some(a), Some(b)) if a == b => RightAction::TypeAmount(a),
                (Some(a), Some(b)) => RightAction::TypeBetween(a, b),
                _ => RightAction::TypeAnswer,
            },
            Some(Check::Date) => step.answers.first().map_or(RightAction::TypeAnswer, |a| {
                RightAction::TypeDate(a.clone())
            }),
            Some(Check::Pattern) | None => RightAction::TypeAnswer,
        },
    }
}

/// What an element of the step's screen shows, or its id when there is no such element.
fn element_label(step: &Step, id: &str) -> String {
    step.screen
        .elements
        .iter()
        .find(|e| e.id == id)
        .map_or(id.to_string(), |e| e.label.clone())
}

/// Every wrong answer the author wrote feedback for, in the order written.
fn wrong_ways(lesson: &Lesson, step: &Step) -> Vec<WrongWay> {
    let consequence = |id: &Option<String>| {
        id.as_ref().and_then(|id| {
            lesson
                .consequences
                .iter()
                .find(|c| c.id == *id)
                .map(|c| c.title.clone())
        })
    };
    let at = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| lesson.consequences.iter().position(|c| c.id == *id))
    };
    let label = |id: &str| element_label(step, id);
    let mut out = Vec::new();
    match step.action {
        Do::Choose => {
            for o in step.options.iter().filter(|o| !o.correct) {
                out.push(WrongWay {
                    answer: WrongDone::Choosing(o.text.clone()),
                    feedback: o.feedback.clone().unwrap_or_default(),
                    consequence: consequence(&o.consequence),
                    consequence_at: at(&o.consequence),
                });
            }
        }
        Do::Tap => {
            for t in &step.taps {
                out.push(WrongWay {
                    answer: WrongDone::Tapping(label(&t.element)),
                    feedback: t.feedback.clone(),
                    consequence: consequence(&t.consequence),
                    consequence_at: at(&t.consequence),
                });
            }
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: WrongDone::TappingSomethingElse,
                    feedback: f.clone(),
                    consequence: None,
                    consequence_at: None,
                });
            }
        }
        Do::Type => {
            for m in &step.mistakes {
                out.push(WrongWay {
                    answer: WrongDone::Typing(m.answer.clone()),
                    feedback: m.feedback.clone(),
                    consequence: consequence(&m.consequence),
                    consequence_at: at(&m.consequence),
                });
            }
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: WrongDone::TypingSomethingElse,
                    feedback: f.clone(),
                    consequence: None,
                    consequence_at: None,
                });
            }
        }
        Do::Scan => {
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: WrongDone::Photo,
                    feedback: f.clone(),
                    consequence: None,
                    consequence_at: None,
                });
            }
        }
        Do::Continue => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Pack;

    fn pack() -> Pack {
        toml::from_str(include_str!(
            "../../tests/fixtures/packs/valid/all-kinds.toml"
        ))
        .unwrap()
    }

    #[test]
    fn the_plan_follows_the_right_path_to_the_end() {
        let p = pack();
        let plan = plan(&p.lessons[0], 1);
        let ids: Vec<_> = plan.iter().map(|s| s.step_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "welcome",
                "open-camera",
                "scan",
                "check-address",
                "code",
                "name",
                "pay",
                "call",
                "email",
                "popup"
            ]
        );
    }

    #[test]
    fn each_step_says_the_right_action_and_why() {
        let p = pack();
        let plan = plan(&p.lessons[0], 1);
        assert_eq!(plan[1].action, RightAction::Tap("Camera".into()));
        assert_eq!(plan[1].focus.as_deref(), Some("camera"));
        assert_eq!(plan[1].why, "The camera app can scan codes.");
        assert_eq!(plan[2].action, RightAction::Scan);
        assert_eq!(plan[3].action, RightAction::Choose(vec!["Yes".into()]));
        assert_eq!(
            plan[4].action,
            RightAction::TypePrivateDigits(6),
            "a private answer is described, never shown"
        );
        assert_eq!(plan[5].action, RightAction::Type("Hue".into()));
    }

    #[test]
    fn wrong_answers_come_with_their_feedback_and_consequence() {
        let p = pack();
        let plan = plan(&p.lessons[0], 1);
        let tap = &plan[1].wrongs;
        assert_eq!(tap[0].answer, WrongDone::Tapping("Photos".into()));
        assert!(tap[0].feedback.starts_with("Photos shows pictures"));
        assert_eq!(tap[1].answer, WrongDone::TappingSomethingElse);
        let pay = &plan[6].wrongs;
        assert_eq!(
            pay[0].answer,
            WrongDone::Choosing("Send it to another name".into())
        );
        assert_eq!(
            pay[0].consequence.as_deref(),
            Some("This is what would happen")
        );
        assert_eq!(plan[2].wrongs[0].answer, WrongDone::Photo);
        assert!(plan[0].wrongs.is_empty());
    }
}
