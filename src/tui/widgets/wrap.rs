//! Word wrapping by display width, for every text the simulated screens show. Wide characters
//! (Korean) count two columns and combining marks (Vietnamese) count none and stay with their
//! letter. A word longer than the line is broken after `/`, `.`, `-` or `@` when it can be (web
//! and email addresses), else by columns. Never panics, whatever the width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The display width of a text, in terminal columns (at most `u16::MAX`).
pub(super) fn width(text: &str) -> u16 {
    u16::try_from(text.width()).unwrap_or(u16::MAX)
}

/// Wraps `text` at word boundaries into lines no wider than `width` columns. Each `\n` starts a
/// new paragraph; an empty paragraph is an empty line. Spaces between words are collapsed.
pub(super) fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for raw in paragraph.split_whitespace() {
            let word: String = raw.chars().filter(|c| !c.is_control()).collect();
            let word_width = word.width();
            if word.is_empty() {
                continue;
            }
            if line_width > 0 && line_width + 1 + word_width <= width {
                line.push(' ');
                line.push_str(&word);
                line_width += 1 + word_width;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word;
                line_width = word_width;
            } else {
                let mut pieces = break_word(&word, width);
                let last = pieces.pop().unwrap_or_default();
                out.extend(pieces);
                line_width = last.width();
                line = last;
            }
        }
        out.push(line);
    }
    out
}

/// The widest line of a wrapped text.
pub(super) fn widest(lines: &[String]) -> u16 {
    lines.iter().map(|l| width(l)).max().unwrap_or(0)
}

/// How many lines `text` takes at `width`.
pub(super) fn height(text: &str, width: u16) -> u16 {
    u16::try_from(wrap(text, width).len()).unwrap_or(u16::MAX)
}

/// Breaks one over-long word into pieces of at most `width` columns, preferring to break after
/// punctuation found in addresses.
fn break_word(word: &str, width: usize) -> Vec<String> {
    // Clusters: a character with the zero-width marks that follow it.
    let mut clusters: Vec<(String, usize)> = Vec::new();
    for c in word.chars() {
        let w = c.width().unwrap_or(0);
        match clusters.last_mut() {
            Some((s, _)) if w == 0 => s.push(c),
            _ => clusters.push((c.to_string(), w)),
        }
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < clusters.len() {
        let mut used = 0;
        let mut end = start;
        while end < clusters.len() && (end == start || used + clusters[end].1 <= width) {
            used += clusters[end].1;
            end += 1;
        }
        if end < clusters.len() {
            // Break after the last address punctuation in the second half of the piece.
            if let Some(cut) = (start + 1..end)
                .rev()
                .take_while(|&i| i > start + (end - start) / 2)
                .find(|&i| is_break_after(&clusters[i - 1].0))
            {
                end = cut;
            }
        }
        pieces.push(
            clusters[start..end]
                .iter()
                .map(|(s, _)| s.as_str())
                .collect(),
        );
        start = end;
    }
    pieces
}

fn is_break_after(cluster: &str) -> bool {
    matches!(cluster, "/" | "." | "-" | "@" | "_" | "?" | "&" | "=")
}
