//! A lesson's right path as a presentation, for a trainer showing it to a room: every step the
//! right answers lead through, with the right action and why in words, and each wrong answer a
//! learner might give with the feedback it gets. Pure: built by playing the engine.

use super::lesson::{Effect, Input, Player, right_inputs};
use crate::pack::{Check, Do, Lesson, Step};

/// One step of the demonstration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoStep {
    /// Index of the step in the lesson.
    pub index: usize,
    /// The step's id.
    pub step_id: String,
    /// The right action, in words (`Choose "It is a scam"`, `Tap "Camera"`).
    pub action: String,
    /// Why it is right: the step's explanation.
    pub why: String,
    /// The element to point at on the phone (tap steps).
    pub focus: Option<String>,
    /// The wrong answers a learner might give, with what they would hear.
    pub wrongs: Vec<WrongWay>,
    /// Whether the step asks something (everything but reading and pressing Enter).
    pub asks: bool,
}

/// A wrong answer and what it gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongWay {
    /// The wrong answer, in words.
    pub answer: String,
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

/// The right action of a step, in words.
pub fn right_action(step: &Step) -> String {
    let label = |id: &str| element_label(step, id);
    match step.action {
        Do::Continue => "Read the screen, then press Enter.".into(),
        Do::Scan => "Scan the code (press S), rather than taking a photo of it.".into(),
        Do::Tap => match &step.target {
            Some(t) => format!("Tap \"{}\"", label(t)),
            None => "Tap the right element.".into(),
        },
        Do::Choose => {
            let right: Vec<String> = step
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| format!("\"{}\"", o.text))
                .collect();
            format!("Choose {}", right.join(" or "))
        }
        Do::Type => {
            if step.sensitive {
                return match (step.check, step.digits) {
                    (Some(Check::Digits), Some(n)) => format!(
                        "Type the {n}-digit number. It is private: the screen shows dots, and it is never kept."
                    ),
                    _ => "Type it in. It is private: the screen shows dots, and it is never kept."
                        .into(),
                };
            }
            match step.check {
                Some(Check::Exact | Check::OneOf) => match step.answers.first() {
                    Some(a) => format!("Type \"{a}\", then press Enter."),
                    None => "Type the answer, then press Enter.".into(),
                },
                Some(Check::Digits) => format!(
                    "Type the {}-digit number, then press Enter.",
                    step.digits.unwrap_or(0)
                ),
                Some(Check::Number) => match (step.min, step.max) {
                    (Some(a), Some(b)) if a == b => format!("Type {a}, then press Enter."),
                    (Some(a), Some(b)) => {
                        format!("Type a number from {a} to {b}, then press Enter.")
                    }
                    _ => "Type the number, then press Enter.".into(),
                },
                Some(Check::Date) => match step.answers.first() {
                    Some(a) => format!("Type the date {a}, then press Enter."),
                    None => "Type the date, then press Enter.".into(),
                },
                Some(Check::Pattern) | None => "Type the answer, then press Enter.".into(),
            }
        }
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
                    answer: format!("Choosing \"{}\"", o.text),
                    feedback: o.feedback.clone().unwrap_or_default(),
                    consequence: consequence(&o.consequence),
                    consequence_at: at(&o.consequence),
                });
            }
        }
        Do::Tap => {
            for t in &step.taps {
                out.push(WrongWay {
                    answer: format!("Tapping \"{}\"", label(&t.element)),
                    feedback: t.feedback.clone(),
                    consequence: consequence(&t.consequence),
                    consequence_at: at(&t.consequence),
                });
            }
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: "Tapping something else".into(),
                    feedback: f.clone(),
                    consequence: None,
                    consequence_at: None,
                });
            }
        }
        Do::Type => {
            for m in &step.mistakes {
                out.push(WrongWay {
                    answer: format!("Typing \"{}\"", m.answer),
                    feedback: m.feedback.clone(),
                    consequence: consequence(&m.consequence),
                    consequence_at: at(&m.consequence),
                });
            }
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: "Typing something else".into(),
                    feedback: f.clone(),
                    consequence: None,
                    consequence_at: None,
                });
            }
        }
        Do::Scan => {
            if let Some(f) = &step.feedback {
                out.push(WrongWay {
                    answer: "Taking a photo of the code (P)".into(),
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
        assert_eq!(plan[1].action, "Tap \"Camera\"");
        assert_eq!(plan[1].focus.as_deref(), Some("camera"));
        assert_eq!(plan[1].why, "The camera app can scan codes.");
        assert!(plan[2].action.contains("press S"));
        assert_eq!(plan[3].action, "Choose \"Yes\"");
        assert!(
            plan[4].action.contains("6-digit") && plan[4].action.contains("private"),
            "a private answer is described, never shown: {}",
            plan[4].action
        );
        assert_eq!(plan[5].action, "Type \"Hue\", then press Enter.");
    }

    #[test]
    fn wrong_answers_come_with_their_feedback_and_consequence() {
        let p = pack();
        let plan = plan(&p.lessons[0], 1);
        let tap = &plan[1].wrongs;
        assert_eq!(tap[0].answer, "Tapping \"Photos\"");
        assert!(tap[0].feedback.starts_with("Photos shows pictures"));
        assert_eq!(tap[1].answer, "Tapping something else");
        let pay = &plan[6].wrongs;
        assert_eq!(pay[0].answer, "Choosing \"Send it to another name\"");
        assert_eq!(
            pay[0].consequence.as_deref(),
            Some("This is what would happen")
        );
        assert_eq!(plan[2].wrongs[0].answer, "Taking a photo of the code (P)");
        assert!(plan[0].wrongs.is_empty());
    }
}
