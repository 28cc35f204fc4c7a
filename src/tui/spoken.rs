//! The words of a step in the order a person reads them, for reading aloud: the instruction,
//! then what the simulated screen says, top to bottom, then the numbered answers. No box
//! drawing, no layout: sentences only.

use crate::pack::{CallState, Choice, Do, Screen, ScreenKind, Step};
use crate::tui::text::{t, tf};

/// Everything a learner needs to hear to answer `step`: `options` are its choices in the order
/// shown on screen.
pub fn step(step: &Step, options: &[&Choice]) -> String {
    let mut parts: Vec<String> = vec![step.instruction.clone()];
    parts.extend(screen(&step.screen));
    match step.action {
        Do::Choose => {
            for (i, option) in options.iter().enumerate() {
                parts.push(tf(
                    "spoken.option",
                    &[("n", &(i + 1)), ("text", &option.text)],
                ));
            }
        }
        Do::Tap => {
            let labels: Vec<&str> = step
                .screen
                .elements
                .iter()
                .map(|e| e.label.as_str())
                .collect();
            if !labels.is_empty() {
                parts.push(tf("spoken.can-tap", &[("things", &labels.join(", "))]));
            }
        }
        Do::Type | Do::Scan | Do::Continue => {}
    }
    let mut said = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !said.is_empty() {
            said.push(' ');
        }
        said.push_str(part);
        if !part.ends_with(['.', '?', '!', ':', '。']) {
            said.push('.');
        }
    }
    said
}

/// What a simulated screen says, top to bottom.
pub fn screen(screen: &Screen) -> Vec<String> {
    let mut parts: Vec<Option<String>> = vec![screen.app.clone()];
    match screen.kind {
        ScreenKind::Message => {
            parts.push(screen.sender.clone());
            parts.push(screen.number.clone());
            parts.extend(screen.bubbles.iter().map(|b| Some(b.text.clone())));
        }
        ScreenKind::Email => {
            parts.push(screen.sender.clone());
            parts.push(screen.sender_address.clone());
            parts.push(screen.subject.clone());
        }
        ScreenKind::Call => {
            parts.push(screen.caller.clone());
            parts.push(screen.number.clone());
            if screen.call_state == Some(CallState::Ongoing) && !screen.says.is_empty() {
                parts.push(Some(t("spoken.caller-says").to_string()));
                parts.extend(screen.says.iter().map(|s| Some(s.clone())));
            }
        }
        ScreenKind::Web => parts.push(screen.address.clone()),
        ScreenKind::Qr => {
            parts.push(screen.place.clone());
            parts.push(screen.printed.clone());
        }
        ScreenKind::Payment => {
            parts.push(screen.recipient.clone());
            parts.push(screen.amount.as_ref().map(|amount| {
                let currency = screen.currency.as_deref().unwrap_or_default();
                format!("{amount} {currency}").trim().to_string()
            }));
            parts.push(screen.account.clone());
            parts.push(screen.reference.clone());
        }
        _ => {}
    }
    parts.push(screen.title.clone());
    parts.push(screen.text.clone());
    parts.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::pack::Library;

    /// The first question of the scams pack in `language`, and its answers.
    fn first_question(language: &str) -> (Step, Vec<Choice>) {
        let library = Library::builtin_checked_at_build();
        let scams = library
            .packs()
            .find(|p| p.id == "scams" && p.language == language)
            .expect("the scams pack");
        let choose = scams.lessons[0]
            .steps
            .iter()
            .find(|s| s.action == Do::Choose)
            .expect("a choose step")
            .clone();
        let options = choose.options.clone();
        (choose, options)
    }

    #[test]
    fn a_step_is_said_in_reading_order_with_its_answers_numbered() {
        crate::tui::text::set_language(Language::En);
        let (choose, options) = first_question("en");
        let options: Vec<&Choice> = options.iter().collect();
        let said = step(&choose, &options);
        let instruction = said
            .find(choose.instruction.trim())
            .expect("the instruction");
        let first = said
            .find(&format!("1: {}", options[0].text))
            .expect("option 1");
        let last = said
            .find(&format!(
                "{}: {}",
                options.len(),
                options[options.len() - 1].text
            ))
            .expect("the last option");
        assert!(instruction < first && first < last, "{said}");
        // Sentences only: no box drawing, no line breaks.
        assert!(!said.contains(['│', '─', '╭', '\n']), "{said}");
    }

    #[test]
    fn a_step_is_said_in_the_language_spoken() {
        crate::tui::text::set_language(Language::Ko);
        let (choose, options) = first_question("ko");
        let options: Vec<&Choice> = options.iter().collect();
        let said = step(&choose, &options);
        assert!(
            said.contains(&format!("1번: {}", options[0].text)),
            "{said}"
        );
        crate::tui::text::set_language(Language::En);
    }
}
