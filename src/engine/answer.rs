//! Checking a typed answer against a step's rule (exact, one of several, digits, a number in a
//! range, a simple pattern, a date). Pure functions; the typed text is never kept.
//!
//! Numbers and dates are read the ways the learners' countries write them: `25.000`, `25,000`,
//! `25 000` and `25000 dong` are the same amount; `21/03/1951`, `21.3.1951` and `1951. 3. 21.`
//! are the same day. Nothing here may depend on English words.

use crate::pack::{Check, DateOrder, Step};

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
        Check::Exact | Check::OneOf => step.answers.iter().any(|a| same_words(a, typed)),
        Check::Digits => {
            let compact: String = typed
                .chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
                .collect();
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
        Check::Date => {
            let wanted = step
                .answers
                .first()
                .and_then(|a| parse_date(a, DateOrder::Ymd));
            let order = step.date_order.unwrap_or(DateOrder::Ymd);
            wanted.is_some() && parse_date(typed, order) == wanted
        }
    }
}

/// True when a typed answer says the same as an author's answer. Case, runs of spaces and
/// accents do not count ("Tran Minh" is "Trần  minh"), and an answer made only of digits and
/// separators is compared by its digits, however they are grouped ("1555 2020", "1555-2020",
/// "1555.2020" and "15552020" are one phone number).
pub fn same_words(answer: &str, typed: &str) -> bool {
    let is_separator = |c: char| c.is_whitespace() || matches!(c, '-' | '.' | '/' | '(' | ')');
    let digits_only = |s: &str| {
        let s = s.trim();
        (!s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || is_separator(c))
            && s.chars().any(|c| c.is_ascii_digit()))
        .then(|| s.chars().filter(char::is_ascii_digit).collect::<String>())
    };
    match (digits_only(answer), digits_only(typed)) {
        (Some(a), Some(t)) => a == t,
        _ => crate::safe_text::fold(answer) == crate::safe_text::fold(typed),
    }
}

/// Currency signs a learner may type before or after an amount.
const CURRENCY_SIGNS: [char; 8] = ['₫', '₩', '₮', '$', '€', '£', '¥', '￦'];

/// Reads a number as people type it in Vietnam, Korea, Mongolia and elsewhere.
///
/// Spaces are ignored, and a currency word or sign around the number is dropped (`25.000 dong`,
/// `₩25,000`, `7400₮`). A dot or a comma followed by groups of exactly three digits separates
/// thousands (`25.000`, `25,000`, `1.234.567`); otherwise the one dot or comma is the decimal
/// mark (`1.5`, `1,5`). With both, the last one is the decimal mark (`1.234,5`, `1,234.5`).
pub fn parse_number(typed: &str) -> Option<f64> {
    let compact: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let is_noise = |c: char| c.is_alphabetic() || CURRENCY_SIGNS.contains(&c);
    let core = compact.trim_matches(is_noise).trim_end_matches('.');
    let core = core.trim_matches(is_noise);
    let (sign, digits) = match core.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", core),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let marks: Vec<(usize, char)> = digits
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    let plain = match marks.as_slice() {
        [] => digits.to_string(),
        [.., (last_at, last)] => {
            let groups: Vec<&str> = digits.split(['.', ',']).collect();
            let mixed = marks.iter().any(|(_, c)| c != last);
            let thousands = |gs: &[&str]| {
                gs.first().is_some_and(|g| (1..=3).contains(&g.len()))
                    && gs[1..].iter().all(|g| g.len() == 3)
            };
            if mixed {
                // The last mark is the decimal mark; the others separate thousands.
                let (whole, fraction) = digits.split_at(*last_at);
                let whole_groups: Vec<&str> = whole.split(['.', ',']).collect();
                if !thousands(&whole_groups) || whole.contains(*last) {
                    return None;
                }
                format!("{}.{}", whole_groups.concat(), &fraction[1..])
            } else if thousands(&groups) {
                groups.concat()
            } else if marks.len() == 1 {
                digits.replace(',', ".")
            } else {
                return None;
            }
        }
    };
    format!("{sign}{plain}")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

pub use crate::pack::dates::parse_date;

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
    fn words_are_compared_without_case_spacing_or_accents() {
        assert!(same_words("Tran Minh", "  trần   MINH "));
        assert!(same_words("Nguyễn", "nguyen"));
        assert!(!same_words("Tran Minh", "Tran Mai"));
        assert!(!same_words("green kite", "greenkite"));
    }

    #[test]
    fn numbers_are_compared_by_their_digits_however_grouped() {
        for typed in [
            "1555 2020",
            "1555-2020",
            "1555.2020",
            "15552020",
            " 1555 - 2020 ",
        ] {
            assert!(same_words("1555 2020", typed), "{typed}");
        }
        assert!(!same_words("1555 2020", "1555 2021"));
        assert!(!same_words("1555 2020", "1555 2020 a"));
        assert!(!same_words("2816", "28 16 0"));
    }

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

    #[test]
    fn numbers_written_the_vietnamese_way_are_read_as_thousands() {
        for typed in ["25.000", "25,000", "25 000", "25000", "25\u{a0}000"] {
            assert_eq!(parse_number(typed), Some(25000.0), "{typed}");
        }
        assert_eq!(parse_number("2.000.000"), Some(2_000_000.0));
        assert_eq!(parse_number("1,234,567"), Some(1_234_567.0));
    }

    #[test]
    fn a_currency_word_or_sign_around_a_number_is_dropped() {
        for typed in [
            "25.000 dong",
            "25.000đ",
            "25.000 ₫",
            "25,000 VND",
            "₩25,000",
            "25,000원",
        ] {
            assert_eq!(parse_number(typed), Some(25000.0), "{typed}");
        }
        assert_eq!(parse_number("7,400₮"), Some(7400.0));
        assert_eq!(parse_number("7 400 tugrik"), Some(7400.0));
        assert_eq!(parse_number("dong"), None);
        assert_eq!(parse_number("25 dong 000"), None);
    }

    #[test]
    fn decimal_marks_are_read_when_not_thousands() {
        assert_eq!(parse_number("1.5"), Some(1.5));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("12,34,567"), None);
    }

    fn typed_step(toml_body: &str) -> Step {
        let text = format!(
            "id = \"s\"\ninstruction = \"Type.\"\ndo = \"type\"\n{toml_body}\n[screen]\nkind = \"info\"\ntext = \"x\"\n"
        );
        toml::from_str(&text).expect("a step")
    }

    #[test]
    fn a_number_step_accepts_every_local_way_of_writing_the_amount() {
        let step = typed_step("check = \"number\"\nmin = 25000\nmax = 25000");
        for typed in [
            "25.000",
            "25,000",
            "25 000",
            "25000",
            "25.000 dong",
            "₫25.000",
        ] {
            assert!(accepts(&step, typed), "{typed}");
        }
        assert!(!accepts(&step, "25"));
        assert!(!accepts(&step, "250.00"));
    }

    #[test]
    fn dates_read_year_first_or_in_the_order_the_pack_allows() {
        assert_eq!(
            parse_date("1951.03.21", DateOrder::Ymd),
            Some((1951, 3, 21))
        );
        assert_eq!(
            parse_date("1951. 3. 21.", DateOrder::Ymd),
            Some((1951, 3, 21))
        );
        assert_eq!(parse_date("1951/3/21", DateOrder::Dmy), Some((1951, 3, 21)));
        assert_eq!(
            parse_date("21/03/1951", DateOrder::Dmy),
            Some((1951, 3, 21))
        );
        assert_eq!(parse_date("21-3-1951", DateOrder::Dmy), Some((1951, 3, 21)));
        assert_eq!(
            parse_date("03/21/1951", DateOrder::Mdy),
            Some((1951, 3, 21))
        );
        assert_eq!(parse_date("21/03/1951", DateOrder::Ymd), None);
        assert_eq!(parse_date("1951.02.30", DateOrder::Ymd), None);
        assert_eq!(
            parse_date("1952.02.29", DateOrder::Ymd),
            Some((1952, 2, 29))
        );
        assert_eq!(parse_date("21/03/51", DateOrder::Dmy), None);
    }

    #[test]
    fn a_date_step_accepts_the_local_forms_and_refuses_the_others() {
        let step = typed_step("check = \"date\"\nanswers = [\"1951-03-21\"]");
        for typed in ["1951.03.21", "1951/3/21", "1951-03-21", "1951. 3. 21."] {
            assert!(accepts(&step, typed), "{typed}");
        }
        assert!(
            !accepts(&step, "21/03/1951"),
            "a Mongolian form is year first"
        );
        let vietnam =
            typed_step("check = \"date\"\nanswers = [\"1951-03-21\"]\ndate_order = \"dmy\"");
        for typed in ["21/03/1951", "21.3.1951", "21-03-1951", "1951-03-21"] {
            assert!(accepts(&vietnam, typed), "{typed}");
        }
        assert!(!accepts(&vietnam, "03/21/1951"));
    }
}
