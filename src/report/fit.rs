//! Text made to fit a terminal's width, measured in display columns (unicode-width), so a
//! Hangul or CJK character counts two and a combining accent none: shortening a cell with "…",
//! padding it, choosing column widths for a table, and wrapping prose at word boundaries.
//! Pure string work; nothing here knows a terminal exists. A character is never cut in half.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What marks a shortened cell.
pub const ELLIPSIS: char = '…';

/// Which end of a cell that is too long gives way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// Keep the start: names and titles.
    End,
    /// Keep the end: paths such as `pack/lesson/step`, where the last part says the most.
    Start,
}

/// `text` in at most `width` display columns: as it is when it fits, else shortened at `cut`
/// with "…". Whole characters only (a combining accent stays with its letter), so the result
/// may be one column narrower than `width` when a wide character did not fit.
pub fn shorten(text: &str, width: usize, cut: Cut) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let room = width - 1;
    match cut {
        Cut::End => {
            // "Nguyễn…", not "Nguyễn …".
            let mut out = take_fitting(text.chars(), room).trim_end().to_string();
            out.push(ELLIPSIS);
            out
        }
        Cut::Start => {
            // Taken from the end backwards; an accent whose letter did not fit is dropped.
            let kept: String = take_fitting(text.chars().rev(), room);
            let mut out = String::from(ELLIPSIS);
            out.extend(
                kept.chars()
                    .rev()
                    .skip_while(|c| c.width().unwrap_or(0) == 0 || c.is_whitespace()),
            );
            out
        }
    }
}

/// The characters of `chars`, in order, while they fit in `room` columns.
fn take_fitting(chars: impl Iterator<Item = char>, room: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in chars {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// `text` shortened to `width` columns and padded with spaces to exactly `width` columns, on the
/// right (`right_align` false) or on the left.
pub fn cell(text: &str, width: usize, cut: Cut, right_align: bool) -> String {
    let short = shorten(text, width, cut);
    let pad = " ".repeat(width.saturating_sub(short.width()));
    if right_align {
        pad + &short
    } else {
        short + &pad
    }
}

/// Picks the column that gives one display column next, if any still can.
type Chooser<'a> = dyn Fn(&[usize]) -> Option<usize> + 'a;

/// Column widths that fit `total` columns of content (the separators already taken off). Each
/// column wants `natural`. When they do not all fit, the flexible columns (names, titles: those
/// with a `floor`) give way first, one column at a time from the one furthest above its floor,
/// down to the floor; so a name (a higher floor) keeps more than a topic (a lower one). Then the
/// flexible ones, widest first, down to three; only then every column, widest first, down to
/// one (a date or a score cut short misleads more than a name cut short). The sum is at most `total`
/// unless there are more columns than that.
pub fn widths(natural: &[usize], floors: &[Option<usize>], total: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let flexible = |w: &[usize]| {
        (0..w.len())
            .filter_map(|c| Some((c, w[c].checked_sub(floors.get(c).copied().flatten()?)?)))
            .filter(|&(_, excess)| excess > 0)
            .max_by_key(|&(c, excess)| (excess, std::cmp::Reverse(c)))
            .map(|(c, _)| c)
    };
    let widest = |least: usize, only_flexible: bool| {
        move |w: &[usize]| {
            (0..w.len())
                .filter(|&c| {
                    w[c] > least && (!only_flexible || floors.get(c).is_some_and(Option::is_some))
                })
                .max_by_key(|&c| (w[c], std::cmp::Reverse(c)))
        }
    };
    let rounds: [&Chooser; 3] = [&flexible, &widest(3, true), &widest(1, false)];
    for next in rounds {
        while widths.iter().sum::<usize>() > total {
            match next(&widths) {
                Some(c) => widths[c] -= 1,
                None => break,
            }
        }
    }
    widths
}

/// `text` wrapped at spaces into lines of at most `width` columns, each ending in `\n`. A word
/// wider than a whole line (a long folder path) is broken between characters. Line breaks in
/// `text` are kept.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out = String::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let sep = usize::from(!line.is_empty());
            if line.width() + sep + word.width() <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            // The word alone: broken into pieces when even a whole line cannot hold it.
            let mut rest = word;
            while rest.width() > width {
                let piece = take_fitting(rest.chars(), width);
                if piece.is_empty() {
                    // A character wider than the line itself: give it a line of its own.
                    let first = rest.chars().next().map_or(0, char::len_utf8);
                    out.push_str(&rest[..first]);
                    out.push('\n');
                    rest = &rest[first..];
                    continue;
                }
                out.push_str(&piece);
                out.push('\n');
                rest = &rest[piece.len()..];
            }
            line.push_str(rest);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_counts_wide_characters_twice_and_never_splits_one() {
        assert_eq!(shorten("김영자", 6, Cut::End), "김영자");
        assert_eq!(shorten("김영자", 5, Cut::End), "김영…");
        // Four columns: "김" (2) and "…" (1) fit; a second "영" would need five.
        assert_eq!(shorten("김영자", 4, Cut::End), "김…");
        assert_eq!(shorten("김영자", 4, Cut::End).width(), 3);
        assert_eq!(
            shorten("Nguyễn Thị Phương Thảo", 10, Cut::End),
            "Nguyễn Th…"
        );
        assert_eq!(shorten("Батбаяр Эрдэнэчимэг", 8, Cut::End), "Батбаяр…");
        assert_eq!(shorten("a/b/hold-phone", 12, Cut::Start), "…/hold-phone");
        assert_eq!(shorten("anything", 1, Cut::End), "…");
        // No space before the mark.
        assert_eq!(shorten("Trần Thị Mai", 6, Cut::End), "Trần…");
        assert_eq!(shorten("anything", 0, Cut::End), "");
    }

    #[test]
    fn a_decomposed_accent_stays_with_its_letter() {
        // "Nguyễn" with the accents as separate combining marks: each has width 0.
        let decomposed = "Nguye\u{302}\u{303}n Thi\u{323}";
        let short = shorten(decomposed, 6, Cut::End);
        assert_eq!(short, "Nguye\u{302}\u{303}…");
        assert_eq!(short.width(), 6);
    }

    #[test]
    fn cells_are_padded_to_the_width_by_display_width() {
        assert_eq!(cell("김영자", 8, Cut::End, false), "김영자  ");
        assert_eq!(cell("7", 3, Cut::End, true), "  7");
        // A wide character that does not fit leaves a space, so the column still lines up.
        assert_eq!(cell("김영자", 4, Cut::End, false), "김… ");
    }

    #[test]
    fn flexible_columns_give_way_first_the_furthest_above_its_floor_first() {
        let floors = [Some(8), Some(4), None];
        assert_eq!(widths(&[10, 5, 5], &floors, 20), [10, 5, 5]);
        assert_eq!(widths(&[60, 19, 10], &floors, 50), [22, 18, 10]);
        assert_eq!(widths(&[60, 19, 10], &floors, 34), [14, 10, 10]);
        assert_eq!(widths(&[60, 19, 10], &floors, 24), [9, 5, 10]);
        assert_eq!(widths(&[60, 19, 10], &floors, 22), [8, 4, 10]);
        // Then every column, widest first.
        assert_eq!(widths(&[60, 19, 10], &floors, 20), [6, 4, 10]);
        assert_eq!(widths(&[60, 19, 10], &floors, 17), [3, 4, 10]);
        assert_eq!(widths(&[60, 19, 10], &floors, 15), [3, 3, 9]);
        assert_eq!(widths(&[60, 19, 10], &floors, 9), [3, 3, 3]);
        assert_eq!(widths(&[5, 5], &[None, None], 1), [1, 1]);
    }

    #[test]
    fn prose_wraps_at_spaces_and_breaks_only_words_wider_than_a_line() {
        assert_eq!(wrap("one two three", 7), "one two\nthree\n");
        assert_eq!(wrap("one two three", 100), "one two three\n");
        assert_eq!(
            wrap("/tmp/a-very-long-folder", 10),
            "/tmp/a-ver\ny-long-fol\nder\n"
        );
        assert_eq!(wrap("김영자 김영자", 7), "김영자\n김영자\n");
        assert_eq!(wrap("a\n\nb", 5), "a\n\nb\n");
        for line in wrap("Class report from /tmp/x and Батбаяр Эрдэнэчимэг", 9).lines()
        {
            assert!(line.width() <= 9, "{line}");
        }
    }
}
