//! Checking a typed answer against a step's rule (exact, one of several, digits, a number in a
//! range, a simple pattern). Pure functions; the typed text is never kept.

use crate::pack::{Check, Step};

/// Lowercases, trims and squeezes runs of spaces into one, so "  Ha  Noi " equals "ha noi".
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// True when `typed` satisfies the step's check. A step without a check accepts nothing.
pub fn accepts(step: &Step, typed: &str) -> bool {
    let Some(check) = step.check else {
        return false;
    };
    match check {
        Check::Exact | Check::OneOf => {
            let typed = normalize(typed);
            step.answers.iter().any(|a| normalize(a) == typed)
        }
        Check::Digits => {
            let compact: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
            let wanted = step.digits.unwrap_or(0) as usize;
            !compact.is_empty()
                && compact.chars().all(|c| c.is_ascii_digit())
                && compact.chars().count() == wanted
        }
        Check::Number => match parse_number(typed) {
            Some(n) => step.min.is_none_or(|min| n >= min) && step.max.is_none_or(|max| n <= max),
            None => false,
        },
        Check::Pattern => step
            .pattern
            .as_deref()
            .is_some_and(|p| pattern_matches(p, typed.trim())),
    }
}

/// Reads a number as people type it: spaces and thousands commas are ignored.
pub fn parse_number(typed: &str) -> Option<f64> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    compact.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The pattern language for authors: `#` any digit, `@` any letter, `?` any one character, `*`
/// any run of characters (also none); anything else matches itself, ignoring case.
pub fn pattern_matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Classic two-pointer wildcard match with backtracking to the last `*`.
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && one_matches(p[pi], t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

fn one_matches(p: char, t: char) -> bool {
    match p {
        '#' => t.is_ascii_digit(),
        '@' => t.is_alphabetic(),
        '?' => true,
        _ => p.to_lowercase().eq(t.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_case_and_spacing() {
        assert_eq!(normalize("  Ha   NOI "), "ha noi");
    }

    #[test]
    fn patterns() {
        assert!(pattern_matches("##/##/####", "05/11/1950"));
        assert!(!pattern_matches("##/##/####", "5/11/1950"));
        assert!(pattern_matches("*@*.*", "an@example.mn"));
        assert!(pattern_matches("@@-###", "ub-123"));
        assert!(!pattern_matches("@@-###", "ub-12"));
        assert!(pattern_matches("Hello*", "hello there"));
    }

    #[test]
    fn numbers_allow_spaces_and_thousands_commas() {
        assert_eq!(parse_number("25,000"), Some(25000.0));
        assert_eq!(parse_number(" 12 "), Some(12.0));
        assert_eq!(parse_number("twelve"), None);
    }
}
