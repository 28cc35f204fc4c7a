//! Rules about what the tutor itself already says around an author's text. The player puts a
//! banner over every answer ("Not quite." over wrong-answer feedback, "Right!" over a step's
//! explanation); feedback that starts with the same words makes the learner read them twice.
//!
//! Only reads the pack and reports through `Report`; it must never change a pack.

use super::model::{Pack, Step};
use super::rules::Report;
use super::spans::Path;

/// The first words of the banner over wrong-answer feedback, as the English catalog says them.
const WRONG_BANNER: &str = "not quite";
/// The first word of the banner over a step's explanation.
const RIGHT_BANNER: &str = "right";

/// Warns where a step's feedback or explanation opens with the banner's own words.
pub fn check(pack: &Pack, report: &mut Report<'_>) {
    let root = Path::root();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        for (si, step) in lesson.steps.iter().enumerate() {
            let at = root.at("lessons", li).at("steps", si);
            step_texts(report, step, &at);
        }
    }
}

fn step_texts(report: &mut Report<'_>, step: &Step, at: &Path) {
    let mut wrong: Vec<(Path, &str)> = Vec::new();
    if let Some(f) = &step.feedback {
        wrong.push((at.key("feedback"), f));
    }
    for (i, o) in step.options.iter().enumerate() {
        if let Some(f) = &o.feedback {
            wrong.push((at.at("options", i).key("feedback"), f));
        }
    }
    for (i, tap) in step.taps.iter().enumerate() {
        wrong.push((at.at("taps", i).key("feedback"), &tap.feedback));
    }
    for (i, m) in step.mistakes.iter().enumerate() {
        wrong.push((at.at("mistakes", i).key("feedback"), &m.feedback));
    }
    for (path, text) in wrong {
        if opens_with(text, WRONG_BANNER) {
            repeats(report, &path, "Not quite.", "feedback");
        }
    }
    if opens_with(&step.explanation, RIGHT_BANNER) {
        repeats(report, &at.key("explanation"), "Right!", "explanation");
    }
}

fn repeats(report: &mut Report<'_>, at: &Path, banner: &str, what: &str) {
    report.warn(
        "repeats-banner",
        at,
        format!("this {what} starts with the words the tutor already shows above it: \"{banner}\""),
        format!(
            "The tutor writes \"{banner}\" over every {what}. Start with what the learner did, e.g. \"The address ends in .top\"."
        ),
    );
}

/// True when `text` starts with the `words` (any case), followed by the end or a non-letter.
fn opens_with(text: &str, words: &str) -> bool {
    let text = text.trim_start();
    let Some(head) = text.get(..words.len()) else {
        return false;
    };
    head.eq_ignore_ascii_case(words)
        && text[words.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::opens_with;

    #[test]
    fn the_banner_words_are_found_only_as_whole_words() {
        assert!(opens_with(
            "Not quite. The address ends in .top.",
            "not quite"
        ));
        assert!(opens_with("Right. The code was private.", "right"));
        assert!(opens_with("right!", "right"));
        assert!(!opens_with("Rightly so.", "right"));
        assert!(!opens_with("Not quickly.", "not quite"));
        assert!(!opens_with("Yes. The name is right.", "right"));
    }
}
