//! The words a drawn screen could not show. A phone on an 80x24 terminal is small: a long
//! message thread, a QR code with its story, or a call's buttons may not all fit in it. After
//! drawing, the player asks which of the screen's sentences are not in the phone's cells, and
//! shows those in the answer column, where they scroll, so no word a learner needs is lost.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::pack::Screen;

/// Every piece of text the screen says, in reading order.
fn texts(screen: &Screen) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    texts.extend(screen.title.as_deref());
    texts.extend(screen.subject.as_deref());
    texts.extend(screen.place.as_deref());
    texts.extend(screen.printed.as_deref());
    texts.extend(screen.text.as_deref());
    texts.extend(screen.says.iter().map(String::as_str));
    texts.extend(screen.bubbles.iter().map(|b| b.text.as_str()));
    texts.extend(screen.elements.iter().map(|e| e.label.as_str()));
    texts
}

/// A text's sentences, each ending at `.`, `?` or `!`.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        if word.ends_with(['.', '?', '!']) {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Text without spaces, line breaks or frame lines, so wrapped words read as one run.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !('\u{2500}'..='\u{257F}').contains(c))
        .collect()
}

/// The sentences of `screen` that are not drawn, whole, in `area` of `buf`.
pub fn unseen(screen: &Screen, buf: &Buffer, area: Rect) -> Vec<String> {
    let area = area.intersection(buf.area);
    let mut drawn = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            drawn.push_str(buf[(x, y)].symbol());
        }
    }
    let drawn = squeezed(&drawn);
    let mut missing: Vec<String> = Vec::new();
    for text in texts(screen) {
        for sentence in sentences(text) {
            if !drawn.contains(&squeezed(&sentence)) && !missing.contains(&sentence) {
                missing.push(sentence);
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Line;
    use ratatui::widgets::{Paragraph, Widget, Wrap};

    #[test]
    fn wrapped_words_count_as_shown_and_cut_ones_do_not() {
        let screen: Screen = toml::from_str(
            "kind = \"info\"\ntitle = \"Hello\"\ntext = \"One two three four. Five six seven eight nine ten.\"",
        )
        .expect("a screen");
        let area = Rect::new(0, 0, 12, 3);
        let mut buf = Buffer::empty(area);
        Paragraph::new(vec![
            Line::raw("Hello"),
            Line::raw("One two three four. Five six seven eight nine ten."),
        ])
        .wrap(Wrap { trim: true })
        .render(area, &mut buf);
        assert_eq!(
            unseen(&screen, &buf, area),
            ["Five six seven eight nine ten."]
        );
    }
}
