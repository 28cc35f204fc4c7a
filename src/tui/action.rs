//! Keys become named actions before anything changes. A scripted test, a demo and the real
//! keyboard all speak in these actions; `for_key` is the one key map.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::{Deserialize, Serialize};

/// Everything a learner can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Read the step aloud (L, or F3 while typing).
    ReadAloud,
    /// Move up in a list, or to the previous element on the phone.
    Up,
    /// Move down in a list, or to the next element on the phone.
    Down,
    /// Move left (previous element; in a text field, the cursor).
    Left,
    /// Move right (next element; in a text field, the cursor).
    Right,
    /// Enter: choose the selected entry, tap, send the typed answer, go on.
    Select,
    /// A number key: choose entry number n (1-based).
    Number(u8),
    /// Esc: go back one level (out of a lesson, to its topic).
    Back,
    /// Backspace (where no text is typed): inside a lesson, the step before; elsewhere, as Esc.
    StepBack,
    /// Page Up (or the mouse wheel): show the words above.
    PageUp,
    /// Page Down (or the mouse wheel): show the words below.
    PageDown,
    /// `?` or F1: help for this screen.
    Help,
    /// H (or F2 while typing): the next hint.
    Hint,
    /// S: scan the QR code.
    Scan,
    /// P: take a photo of the QR code.
    Photo,
    /// A character typed into a text field; where no text is typed, a letter no command uses
    /// (a list of names jumps to it).
    Char(char),
    /// Backspace in a text field.
    Backspace,
    /// Delete in a text field.
    Delete,
    /// Home in a text field.
    Home,
    /// End in a text field.
    End,
    /// Ctrl+U in a text field: empty it (a line typed in the plain mode starts with this).
    ClearText,
    /// T (F4 while typing): "I need help", shown in the trainer's class view.
    AskForHelp,
    /// Q (outside text fields) or Ctrl-C: save and close.
    Quit,
    /// A (in a demonstration): auto-advance on or off.
    ToggleAuto,
    /// `-` (in a demonstration): less time per step.
    Faster,
    /// `+` (in a demonstration): more time per step.
    Slower,
    /// W (in a demonstration): show what a wrong answer would say.
    ShowWrong,
    /// R or F5 (in an author's preview): read the pack file again.
    Reload,
    /// A click on element number n (from 0) of the simulated phone: move to it and tap it.
    Pick(u8),
}

/// Whether letters are typed text (a text field has the keyboard) or commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMode {
    /// Letters are commands (H for hint, Q to quit, ...).
    Commands,
    /// Letters find a name in a list (in any script); only Q closes, and `?` helps.
    Letters,
    /// Letters go into a text field; only Enter, Esc, arrows, F1 and Ctrl-C are commands.
    Typing,
}

/// The letters of the command keys, and what the same key types on a Korean (2-set) and a
/// Mongolian Cyrillic keyboard, lower and upper case: with the keyboard set to the learner's
/// language, H still asks for a hint.
const SAME_KEY: [(char, &str); 9] = [
    ('h', "ㅗхХ"),
    ('l', "ㅣлЛ"),
    ('s', "ㄴыЫ"),
    ('p', "ㅔㅖзЗ"),
    ('q', "ㅂㅃфФ"),
    ('a', "ㅁйЙ"),
    ('w', "ㅈㅉцЦ"),
    ('r', "ㄱㄲжЖ"),
    ('t', "ㅅㅆэЭ"),
];

/// The Latin command letter typed by the same key as `c` on a Korean or Mongolian keyboard.
fn command_letter(c: char) -> char {
    SAME_KEY
        .iter()
        .find(|(_, others)| others.contains(c))
        .map_or(c, |(latin, _)| *latin)
}

/// The action for a key press, if any. Key releases and repeats are ignored.
pub fn for_key(key: KeyEvent, mode: KeyMode) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') | KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Char('u') if mode == KeyMode::Typing => Some(Action::ClearText),
            _ => None,
        };
    }
    let common = match key.code {
        KeyCode::Up => Some(Action::Up),
        KeyCode::Down => Some(Action::Down),
        KeyCode::Left => Some(Action::Left),
        KeyCode::Right => Some(Action::Right),
        KeyCode::Tab => Some(Action::Down),
        KeyCode::BackTab => Some(Action::Up),
        KeyCode::Enter => Some(Action::Select),
        KeyCode::Esc => Some(Action::Back),
        KeyCode::F(1) => Some(Action::Help),
        KeyCode::F(2) => Some(Action::Hint),
        KeyCode::F(3) => Some(Action::ReadAloud),
        KeyCode::F(4) => Some(Action::AskForHelp),
        KeyCode::F(5) => Some(Action::Reload),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match mode {
        KeyMode::Letters => match key.code {
            KeyCode::Char(c) if command_letter(c).eq_ignore_ascii_case(&'q') => Some(Action::Quit),
            KeyCode::Char(c) if c.is_alphabetic() => Some(Action::Char(c)),
            other => for_key(KeyEvent::new(other, key.modifiers), KeyMode::Commands),
        },
        KeyMode::Typing => match key.code {
            KeyCode::Char(c) => Some(Action::Char(c)),
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Delete => Some(Action::Delete),
            KeyCode::Home => Some(Action::Home),
            KeyCode::End => Some(Action::End),
            _ => None,
        },
        KeyMode::Commands => match key.code {
            KeyCode::Char(c) if c != command_letter(c) => for_key(
                KeyEvent::new(KeyCode::Char(command_letter(c)), key.modifiers),
                mode,
            ),
            KeyCode::Char(c) if c.is_ascii_digit() && c != '0' => {
                Some(Action::Number(c as u8 - b'0'))
            }
            KeyCode::Char('?') => Some(Action::Help),
            KeyCode::Char('h' | 'H') => Some(Action::Hint),
            KeyCode::Char('l' | 'L') => Some(Action::ReadAloud),
            KeyCode::Char('s' | 'S') => Some(Action::Scan),
            KeyCode::Char('p' | 'P') => Some(Action::Photo),
            KeyCode::Char('q' | 'Q') => Some(Action::Quit),
            KeyCode::Char('a' | 'A') => Some(Action::ToggleAuto),
            KeyCode::Char('+' | '=') => Some(Action::Slower),
            KeyCode::Char('-' | '_') => Some(Action::Faster),
            KeyCode::Char('w' | 'W') => Some(Action::ShowWrong),
            KeyCode::Char('r' | 'R') => Some(Action::Reload),
            KeyCode::Char('t' | 'T') => Some(Action::AskForHelp),
            KeyCode::Char(' ') => Some(Action::Select),
            // Any other letter, in any script: a list may jump to names starting with it.
            KeyCode::Char(c) if c.is_alphabetic() => Some(Action::Char(c)),
            KeyCode::Backspace => Some(Action::StepBack),
            KeyCode::Home => Some(Action::Home),
            KeyCode::End => Some(Action::End),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn letters_are_commands_or_text_by_mode() {
        let h = press(KeyCode::Char('h'));
        assert_eq!(for_key(h, KeyMode::Commands), Some(Action::Hint));
        assert_eq!(for_key(h, KeyMode::Typing), Some(Action::Char('h')));
        let q = press(KeyCode::Char('q'));
        assert_eq!(for_key(q, KeyMode::Typing), Some(Action::Char('q')));
    }

    #[test]
    fn ctrl_c_and_esc_work_everywhere() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [KeyMode::Commands, KeyMode::Typing] {
            assert_eq!(for_key(ctrl_c, mode), Some(Action::Quit));
            assert_eq!(for_key(press(KeyCode::Esc), mode), Some(Action::Back));
            assert_eq!(for_key(press(KeyCode::F(1)), mode), Some(Action::Help));
        }
    }

    #[test]
    fn command_keys_work_on_korean_and_mongolian_keyboards() {
        let key = |c| for_key(press(KeyCode::Char(c)), KeyMode::Commands);
        assert_eq!(key('ㅗ'), Some(Action::Hint), "H on a Korean keyboard");
        assert_eq!(key('х'), Some(Action::Hint), "H on a Mongolian keyboard");
        assert_eq!(key('ㄴ'), Some(Action::Scan));
        assert_eq!(key('ы'), Some(Action::Scan));
        assert_eq!(key('ㅂ'), Some(Action::Quit));
        assert_eq!(key('Ф'), Some(Action::Quit));
        // Typing stays typing.
        assert_eq!(
            for_key(press(KeyCode::Char('х')), KeyMode::Typing),
            Some(Action::Char('х'))
        );
    }

    #[test]
    fn a_list_of_names_takes_letters_of_any_script() {
        let key = |c| for_key(press(KeyCode::Char(c)), KeyMode::Letters);
        assert_eq!(key('х'), Some(Action::Char('х')), "Хулан, not a hint");
        assert_eq!(key('h'), Some(Action::Char('h')));
        assert_eq!(key('김'), Some(Action::Char('김')));
        assert_eq!(key('q'), Some(Action::Quit));
        assert_eq!(key('ㅂ'), Some(Action::Quit));
        assert_eq!(key('3'), Some(Action::Number(3)));
        assert_eq!(
            for_key(press(KeyCode::Down), KeyMode::Letters),
            Some(Action::Down)
        );
    }

    #[test]
    fn number_keys_choose() {
        assert_eq!(
            for_key(press(KeyCode::Char('3')), KeyMode::Commands),
            Some(Action::Number(3))
        );
        assert_eq!(for_key(press(KeyCode::Char('0')), KeyMode::Commands), None);
    }
}
