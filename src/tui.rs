//! The learner's tutor in the terminal: the event loop, keys turned into actions, the screens, and
//! the widgets that draw simulated phones. Only this module knows a terminal exists.

pub mod theme;
pub mod widgets;
