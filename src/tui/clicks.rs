//! Where the mouse can click. While a frame is drawn, each thing a learner may click (an entry
//! of a list, an answer, a button or an app on the simulated phone, "go on") notes its place
//! here; the loop takes the notes after drawing and keeps them with the app, so a click is
//! turned into the same action as the key that does the same thing. Drawing decides nothing:
//! it only says what is where, as it already says where the cursor goes.
//!
//! The notes live in a thread-local list because they are gathered deep inside the widgets,
//! which are drawn through ratatui's `Widget` trait and have no other way out.

use std::cell::RefCell;

use ratatui::layout::{Position, Rect};

use super::action::Action;

/// What a click on a place does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Entry `n` (from 0) of a list or of a question's answers: as its number key.
    Entry(usize),
    /// The element with this id on the simulated phone: moving to it, then Enter.
    Element(String),
    /// Enter: go on.
    Select,
}

/// The places noted while drawing one frame, the last drawn on top.
#[derive(Debug, Default, Clone)]
pub struct Places(Vec<(Rect, Target)>);

impl Places {
    /// What is under the mouse at `(x, y)`: the last thing drawn there.
    pub fn at(&self, x: u16, y: u16) -> Option<&Target> {
        self.0
            .iter()
            .rev()
            .find(|(rect, _)| rect.contains(Position::new(x, y)))
            .map(|(_, target)| target)
    }

    /// The action a click on `(x, y)` stands for, if anything clickable is there. Elements are
    /// turned into actions by the lesson, which knows their order: see [`Action::Click`].
    pub fn action(&self, x: u16, y: u16) -> Option<Action> {
        match self.at(x, y)? {
            Target::Entry(n) => u8::try_from(n + 1).ok().map(Action::Number),
            Target::Element(_) => None,
            Target::Select => Some(Action::Select),
        }
    }

    /// How many places were noted.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing is clickable.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

thread_local! {
    static NOTED: RefCell<Vec<(Rect, Target)>> = const { RefCell::new(Vec::new()) };
}

/// Notes that `rect` of the screen, when clicked, means `target`.
pub fn note(rect: Rect, target: Target) {
    if rect.width > 0 && rect.height > 0 {
        NOTED.with(|n| n.borrow_mut().push((rect, target)));
    }
}

/// How many places are noted so far (to move the ones noted after it, see [`shift_since`]).
pub fn mark() -> usize {
    NOTED.with(|n| n.borrow().len())
}

/// Forgets every place noted so far: a dialog is drawn over them, and only it can be clicked.
pub fn cover() {
    NOTED.with(|n| n.borrow_mut().clear());
}

/// Places noted since `mark` were drawn into a buffer of their own and then copied `dx`
/// columns right and `dy` rows lower (negative: left, higher) into `window`: moves them there,
/// and drops what is out of sight.
pub fn shift_since(mark: usize, dx: i32, dy: i32, window: Rect) {
    NOTED.with(|n| {
        let mut noted = n.borrow_mut();
        let from = mark.min(noted.len());
        let moved: Vec<(Rect, Target)> = noted
            .drain(from..)
            .filter_map(|(rect, target)| {
                // Moved, then cut to what is on screen (nothing left of or above it).
                let move_by = |start: u16, size: u16, by: i32| {
                    let from = i32::from(start) + by;
                    let to = from + i32::from(size);
                    let from = from.max(0);
                    Some((
                        u16::try_from(from).ok()?,
                        u16::try_from((to - from).max(0)).ok()?,
                    ))
                };
                let (x, width) = move_by(rect.x, rect.width, dx)?;
                let (y, height) = move_by(rect.y, rect.height, dy)?;
                let shown = Rect::new(x, y, width, height).intersection(window);
                (!shown.is_empty()).then_some((shown, target))
            })
            .collect();
        noted.extend(moved);
    });
}

/// Takes the places noted since the last call: the frame is drawn.
pub fn take() -> Places {
    Places(NOTED.with(|n| std::mem::take(&mut *n.borrow_mut())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_place_drawn_is_the_one_clicked() {
        let _ = take();
        note(Rect::new(0, 0, 10, 10), Target::Select);
        note(Rect::new(2, 2, 3, 1), Target::Entry(4));
        let places = take();
        assert_eq!(places.action(3, 2), Some(Action::Number(5)));
        assert_eq!(places.action(0, 0), Some(Action::Select));
        assert_eq!(places.action(20, 20), None);
        assert!(take().is_empty(), "taken once");
    }

    #[test]
    fn places_drawn_off_screen_move_with_the_scroll_or_go() {
        let _ = take();
        note(Rect::new(0, 0, 5, 1), Target::Entry(0));
        let mark = mark();
        note(Rect::new(40, 0, 5, 1), Target::Entry(1));
        note(Rect::new(40, 8, 5, 2), Target::Entry(2));
        // Copied 3 rows up into a window of rows 0..6.
        shift_since(mark, 0, -3, Rect::new(40, 0, 30, 6));
        let places = take();
        assert_eq!(places.len(), 2, "the first scrolled out of sight");
        assert_eq!(places.at(41, 5), Some(&Target::Entry(2)));
        assert_eq!(
            places.at(1, 0),
            Some(&Target::Entry(0)),
            "noted before the mark"
        );
    }
}
