//! Reading a date as people type it, for `check = "date"` steps: the engine uses it to judge an
//! answer, and the pack's own rules to check that an author's answer is a real date. It lives
//! here, in the pack, so the loader needs nothing from the engine.

use super::model::DateOrder;

/// Reads a date written with any separators between three runs of digits. A four-digit first
/// run is a year, and then the order is year-month-day; otherwise `order` says which run is
/// which. Returns (year, month, day) for a real calendar day, else `None`.
pub fn parse_date(typed: &str, order: DateOrder) -> Option<(u32, u32, u32)> {
    let runs: Vec<&str> = typed
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect();
    let [a, b, c] = runs.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 {
        (a, b, c)
    } else {
        match order {
            DateOrder::Ymd => return None,
            DateOrder::Dmy => (c, b, a),
            DateOrder::Mdy => (c, a, b),
        }
    };
    if y.len() != 4 || m.len() > 2 || d.len() > 2 {
        return None;
    }
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}
