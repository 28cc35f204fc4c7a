//! `--background dark|light|auto`: which palette the tutor uses, and, for `auto`, asking the
//! terminal for its background colour (OSC 11, through `terminal-colorsaurus`). This is the only
//! place that asks; it runs before the screen is taken over, and the answer is handed to
//! `Theme::named` as data. Headless output and tests never come here.

use std::io::IsTerminal;

use clap::ValueEnum;

use crate::tui::theme::Background;

/// The `--background` option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum BackgroundChoice {
    /// Ask the terminal; dark when it does not answer.
    #[default]
    Auto,
    /// A dark background with light text.
    Dark,
    /// A light background with dark text.
    Light,
}

impl BackgroundChoice {
    /// The background to draw for: the one asked for, else what the terminal says.
    pub fn resolve(self) -> Background {
        match self {
            BackgroundChoice::Dark => Background::Dark,
            BackgroundChoice::Light => Background::Light,
            BackgroundChoice::Auto => detect(),
        }
    }
}

/// Asks the terminal whether its background is dark or light. Dark when input or output is not
/// a terminal, when the terminal does not answer in time, or when it cannot be asked.
fn detect() -> Background {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Background::Dark;
    }
    // The crate's own timeout (1 s) is kept, as it advises: a terminal that cannot answer is
    // found out at once, so the wait is only ever for a slow one (over SSH, say).
    match terminal_colorsaurus::theme_mode(terminal_colorsaurus::QueryOptions::default()) {
        Ok(terminal_colorsaurus::ThemeMode::Light) => Background::Light,
        Ok(terminal_colorsaurus::ThemeMode::Dark) | Err(_) => Background::Dark,
    }
}
