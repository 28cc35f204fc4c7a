//! Text from outside (a learner's name, a pack's title, a file name, anything read from an
//! import, a progress file or a pack) made safe to show on a terminal, and learners' names
//! checked when they are made, renamed or imported.
//!
//! A terminal obeys what it prints: an escape character starts a command (colours, clearing
//! the screen, a window title, an OSC 52 write to the clipboard), and bidirectional overrides
//! reorder what the eye sees. So every character that could steer the terminal or hide itself
//! is replaced with a visible `�` before it is printed. Zero-width joiners stay: emoji and some
//! scripts need them. This module only transforms strings; it never prints.

use std::borrow::Cow;
use std::fmt;

use unicode_normalization::UnicodeNormalization;

/// What replaces a character that must not reach the terminal: visible, and harmless.
pub const REPLACEMENT: char = '\u{FFFD}';

/// The longest learner's name, in characters.
pub const NAME_MAX_CHARS: usize = 60;

/// True for a character that must never reach a terminal as it is: C0 and C1 controls (escape,
/// bell, backspace, carriage return and the rest), bidirectional embeddings, overrides, isolates
/// and marks, line and paragraph separators, and invisible format characters (zero-width space,
/// word joiner and invisible operators, byte-order mark, interlinear annotations, tag
/// characters). Line breaks and tabs are judged by the caller ([`clean`] keeps them).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Text for the terminal that may run over several lines: line breaks (`\n`, and `\r\n` as
/// CSV writes them) and tabs stay, every other unsafe character (a lone `\r` too, which could
/// write over a line) becomes `�`. Borrowed when nothing needed changing.
pub fn clean(text: &str) -> Cow<'_, str> {
    let risky = |c: char| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r');
    if !text.chars().any(risky) && !text.replace("\r\n", "").contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let keep = match c {
            '\r' => chars.peek() == Some(&'\n'),
            c => !risky(c),
        };
        out.push(if keep { c } else { REPLACEMENT });
    }
    Cow::Owned(out)
}

/// Text for one line of the terminal (a name, a title, a cell of a table): line breaks and tabs
/// become spaces, every other unsafe character becomes `�`.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\t' | '\r' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

fn clean_with(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_unsafe(c) && !keep(c) {
                    REPLACEMENT
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Text that may hold this program's own colour codes (a rendered diagnostic): every unsafe
/// character that is not a control character (bidirectional and invisible ones) becomes `�`;
/// control characters are left for the caller, who cleaned the outside text it put in.
pub fn clean_invisible(text: &str) -> Cow<'_, str> {
    clean_with(text, char::is_control)
}

/// JSON for the terminal or a file: serde_json already writes control characters as `\u` escapes;
/// this does the same for the other unsafe characters (bidirectional overrides, invisible ones),
/// which can only stand inside JSON strings, so the data is kept exactly and nothing steers the
/// terminal that shows it.
pub fn json(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_unsafe(c) && !matches!(c, '\n' | '\t'))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && !matches!(c, '\n' | '\t') {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Shows text on one line, cleaned: `println!("{}", Line(&name))`.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a>(pub &'a str);

impl fmt::Display for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` keeps width and alignment (`{:<20}`) working on the cleaned text.
        f.pad(&clean_line(self.0))
    }
}

/// Shows text that may run over several lines, cleaned.
#[derive(Debug, Clone, Copy)]
pub struct Block<'a>(pub &'a str);

impl fmt::Display for Block<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&clean(self.0))
    }
}

/// A name as people compare names when looking one up: case, accents and spacing aside
/// ("nguyen thi lan" finds "Nguyễn Thị Lan"; the Vietnamese đ counts as d).
pub fn fold(name: &str) -> String {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a learner's name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`NAME_MAX_CHARS`]; how long it was.
    TooLong(usize),
    /// It holds a character that cannot be shown (a control or invisible character).
    Unprintable,
}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameProblem::Empty => write!(f, "the name is empty"),
            NameProblem::TooLong(n) => write!(
                f,
                "the name is {n} characters long; at most {NAME_MAX_CHARS} fit"
            ),
            NameProblem::Unprintable => write!(
                f,
                "the name holds a control or invisible character; use letters, digits, spaces and punctuation"
            ),
        }
    }
}

impl std::error::Error for NameProblem {}

/// A learner's name as it is kept: composed the usual way (NFC, so "Nguyễn" typed either way is
/// one name), spaces tidied (trimmed, runs made one), at most [`NAME_MAX_CHARS`] characters, and
/// no control or invisible characters (a line break or a tab inside is refused too; around
/// it they are trimmed like spaces).
pub fn check_name(raw: &str) -> Result<String, NameProblem> {
    let composed: String = raw.nfc().collect();
    // Spaces, tabs and line breaks around the name are trimmed; inside it, nothing unsafe.
    if composed.trim().chars().any(is_unsafe) {
        return Err(NameProblem::Unprintable);
    }
    let tidy = composed.split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.is_empty() {
        return Err(NameProblem::Empty);
    }
    let len = tidy.chars().count();
    if len > NAME_MAX_CHARS {
        return Err(NameProblem::TooLong(len));
    }
    Ok(tidy)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: [&str; 8] = [
        "\u{1b}[2J\u{1b}[H",                  // clear the screen
        "\u{1b}]52;c;ZWNobyBoaQ==\u{7}",      // write the clipboard (OSC 52)
        "\u{1b}]0;owned\u{1b}\\",             // set the window title
        "\u{1b}[31mred",                      // colour
        "\u{9b}31m",                          // a C1 control sequence introducer
        "abc\u{202E}fdp.exe",                 // right-to-left override
        "\u{2066}x\u{2069}\u{200B}\u{FEFF}",  // isolates and invisible characters
        "tag\u{E0041}\u{E007F}\u{8}\u{7f}\r", // tag characters, backspace, delete, return
    ];

    #[test]
    fn nothing_that_steers_a_terminal_survives_cleaning() {
        for text in HOSTILE {
            for cleaned in [clean(text), clean_line(text)] {
                assert!(
                    !cleaned
                        .chars()
                        .any(|c| is_unsafe(c) && c != '\n' && c != '\t'),
                    "{text:?} gave {cleaned:?}"
                );
                assert!(cleaned.contains(REPLACEMENT), "{text:?} gave {cleaned:?}");
            }
        }
        assert_eq!(clean_line("a\nb\tc"), "a b c");
        assert_eq!(clean("a\nb\tc"), "a\nb\tc");
        assert_eq!(clean("a,b\r\nc\rd"), "a,b\r\nc\u{FFFD}d");
    }

    #[test]
    fn ordinary_text_in_every_language_passes_unchanged_and_borrowed() {
        for text in [
            "Nguyễn Thị Lan",
            "Батбаяр Оюунаа",
            "김영희",
            "Zoë O'Brien-Smith",
            "👨\u{200D}👩\u{200D}👧 family",
        ] {
            assert!(matches!(clean(text), Cow::Borrowed(_)), "{text}");
            assert!(matches!(clean_line(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn display_wrappers_clean_and_keep_alignment() {
        assert_eq!(format!("[{:<6}]", Line("a\u{1b}b")), "[a\u{FFFD}b   ]");
        assert_eq!(format!("{}", Block("x\ny\u{7}")), "x\ny\u{FFFD}");
    }

    #[test]
    fn json_keeps_the_data_but_escapes_what_could_steer_a_terminal() {
        let value = serde_json::json!({ "name": "a\u{202E}b\u{E0041}" });
        let text = serde_json::to_string(&value).unwrap();
        let safe = json(&text);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        assert_eq!(safe, r#"{"name":"a\u202eb\udb40\udc41"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn names_are_compared_without_case_or_accents() {
        assert_eq!(fold("Nguyễn  Thị Lan"), "nguyen thi lan");
        assert_eq!(fold("Đặng Văn Đức"), "dang van duc");
        assert_eq!(fold("김영희"), fold("김영희"));
        assert_eq!(fold("Батбаяр"), "батбаяр");
    }

    #[test]
    fn names_are_trimmed_composed_and_limited() {
        assert_eq!(check_name("  Lan   Anh ").as_deref(), Ok("Lan Anh"));
        // "ễ" typed as e + circumflex + tilde becomes the one composed letter.
        let decomposed = "Nguye\u{302}\u{303}n";
        assert_eq!(check_name(decomposed).as_deref(), Ok("Nguyễn"));
        assert_eq!(check_name("   "), Err(NameProblem::Empty));
        let long = "a".repeat(61);
        assert_eq!(check_name(&long), Err(NameProblem::TooLong(61)));
        assert!(check_name(&"ê".repeat(60)).is_ok());
        for hostile in HOSTILE {
            assert_eq!(
                check_name(hostile),
                Err(NameProblem::Unprintable),
                "{hostile:?}"
            );
        }
        assert_eq!(check_name("Lan\nAnh"), Err(NameProblem::Unprintable));
    }
}
