//! A line typed in the plain mode becomes what the tutor does with it: a number chooses, a
//! letter is a command (the same key as in the full-screen tutor, on a Vietnamese, Korean or
//! Mongolian keyboard alike), Enter alone goes on, and other text is an answer where text is
//! asked for. A line that fits nothing on this page is said to be so, never guessed at.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::page::{Numbers, Page, Word};
use crate::tui::action::{Action, KeyMode, for_key};

/// What to do with one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Hand these actions to the tutor, in order.
    Act(Vec<Action>),
    /// Say the whole page again.
    Repeat,
    /// Say what can be typed here.
    Help,
    /// The line fits nothing on this page.
    NotHere,
}

/// The reply to `line` on `page`.
pub fn reply(line: &str, page: &Page) -> Reply {
    let typed = line.trim();
    if typed.is_empty() {
        return if page.enter || page.typing {
            Reply::Act(vec![Action::Select])
        } else {
            Reply::NotHere
        };
    }
    if let Some(word) = command(typed).filter(|w| page.offers(*w)) {
        return match word {
            Word::Repeat => Reply::Repeat,
            Word::Help => Reply::Help,
            Word::Back => Reply::Act(vec![Action::Back]),
            Word::Hint => Reply::Act(vec![Action::Hint]),
            Word::Scan => Reply::Act(vec![Action::Scan]),
            Word::Photo => Reply::Act(vec![Action::Photo]),
            Word::ReadAloud => Reply::Act(vec![Action::ReadAloud]),
            Word::AskForHelp => Reply::Act(vec![Action::AskForHelp]),
            Word::Quit => Reply::Act(vec![Action::Quit]),
        };
    }
    if !page.choices.is_empty()
        && let Ok(n) = typed.parse::<usize>()
    {
        return match (n, u8::try_from(n)) {
            (1.., Ok(n8)) if n <= page.choices.len() => Reply::Act(vec![match page.numbers {
                Numbers::Entries => Action::Number(n8),
                Numbers::Elements => Action::Pick(n8 - 1),
            }]),
            _ => Reply::NotHere,
        };
    }
    if page.typing {
        // The field starts empty, whatever a refused line left in it.
        let mut actions = vec![Action::ClearText];
        actions.extend(typed.chars().map(Action::Char));
        actions.push(Action::Select);
        return Reply::Act(actions);
    }
    Reply::NotHere
}

/// The command a line names: `0`, `?`, or one letter typed by the key of h, s, p, l, r or q on
/// the learner's keyboard.
fn command(typed: &str) -> Option<Word> {
    match typed {
        "0" => return Some(Word::Back),
        "?" => return Some(Word::Help),
        _ => {}
    }
    let mut chars = typed.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    match for_key(key, KeyMode::Commands)? {
        Action::Hint => Some(Word::Hint),
        Action::Scan => Some(Word::Scan),
        Action::Photo => Some(Word::Photo),
        Action::ReadAloud => Some(Word::ReadAloud),
        Action::AskForHelp => Some(Word::AskForHelp),
        Action::Reload => Some(Word::Repeat),
        Action::Quit => Some(Word::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step_page() -> Page {
        let mut page = Page::new("step", "A lesson");
        page.choices = vec!["Delete it".into(), "Open the link".into()];
        page.commands = vec![
            (Word::Hint, "do.hint"),
            (Word::Back, "do.leave-lesson"),
            (Word::Repeat, "do.repeat"),
            (Word::Help, "do.help"),
            (Word::Quit, "do.quit"),
        ];
        page
    }

    #[test]
    fn a_number_chooses_and_a_number_not_offered_is_said_to_be_so() {
        let page = step_page();
        assert_eq!(reply("2", &page), Reply::Act(vec![Action::Number(2)]));
        assert_eq!(reply(" 1 \n", &page), Reply::Act(vec![Action::Number(1)]));
        assert_eq!(reply("3", &page), Reply::NotHere);
        assert_eq!(reply("300", &page), Reply::NotHere);
        // Enter alone does not answer a question.
        assert_eq!(reply("", &page), Reply::NotHere);
    }

    #[test]
    fn on_a_phone_a_number_taps_that_button() {
        let mut page = step_page();
        page.numbers = Numbers::Elements;
        assert_eq!(reply("2", &page), Reply::Act(vec![Action::Pick(1)]));
    }

    #[test]
    fn letters_are_the_same_keys_on_every_keyboard() {
        let page = step_page();
        for hint in ["h", "H", "ㅗ", "х"] {
            assert_eq!(reply(hint, &page), Reply::Act(vec![Action::Hint]), "{hint}");
        }
        assert_eq!(reply("0", &page), Reply::Act(vec![Action::Back]));
        assert_eq!(reply("r", &page), Reply::Repeat);
        assert_eq!(reply("ㄱ", &page), Reply::Repeat);
        assert_eq!(reply("?", &page), Reply::Help);
        assert_eq!(reply("q", &page), Reply::Act(vec![Action::Quit]));
        // A command this page does not offer is not guessed at.
        assert_eq!(reply("s", &page), Reply::NotHere);
        assert_eq!(reply("hello", &page), Reply::NotHere);
    }

    #[test]
    fn where_text_is_asked_for_a_line_is_the_answer() {
        let mut page = step_page();
        page.choices.clear();
        page.typing = true;
        assert_eq!(
            reply("Lan 5", &page),
            Reply::Act(vec![
                Action::ClearText,
                Action::Char('L'),
                Action::Char('a'),
                Action::Char('n'),
                Action::Char(' '),
                Action::Char('5'),
                Action::Select,
            ])
        );
        // Digits are text here: a code, an amount.
        assert_eq!(
            reply("42", &page),
            Reply::Act(vec![
                Action::ClearText,
                Action::Char('4'),
                Action::Char('2'),
                Action::Select
            ])
        );
        // The commands still work.
        assert_eq!(reply("h", &page), Reply::Act(vec![Action::Hint]));
    }
}
