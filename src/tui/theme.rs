//! The three themes (default, high contrast, no colour) as named styles. Every colour the TUI
//! uses is chosen here; drawing code asks for a role (`theme.good`, `theme.focus`), never a colour.
//! Colour never carries meaning alone: right and wrong are also said in words and marks, which
//! live in `tui::text`.

use ratatui::style::{Color, Modifier, Style};

/// Which theme.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Calm colours on the terminal's own background.
    #[default]
    Default,
    /// White and yellow on black, for low vision (contrast of 7:1 or more).
    HighContrast,
    /// No colours at all: bold, underline and reverse only. Chosen when NO_COLOR is set.
    NoColor,
}

impl ThemeName {
    /// Every theme, in the order a trainer chooses from.
    pub const ALL: [ThemeName; 3] = [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::NoColor,
    ];

    /// The id written in `config.toml` and given to `--theme`.
    pub fn id(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::NoColor => "no-color",
        }
    }

    /// The theme with this id, if any.
    pub fn from_id(id: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|n| n.id() == id)
    }

    /// The theme to use: the one asked for, else no colour when `NO_COLOR` is set, else default.
    pub fn choose(asked: Option<ThemeName>, no_color_env: bool) -> ThemeName {
        match asked {
            Some(name) => name,
            None if no_color_env => ThemeName::NoColor,
            None => ThemeName::Default,
        }
    }
}

/// Named styles for every role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which theme this is.
    pub name: ThemeName,
    /// Ordinary text.
    pub base: Style,
    /// Less important text (counts, small print).
    pub dim: Style,
    /// Headings and the instruction.
    pub title: Style,
    /// Borders and frames.
    pub frame: Style,
    /// The focused or selected item.
    pub focus: Style,
    /// A right answer, "done".
    pub good: Style,
    /// A wrong answer's feedback (always with the words "Not quite").
    pub bad: Style,
    /// Something to be careful about (a missing padlock, an unknown sender).
    pub warn: Style,
    /// A link in a message or page.
    pub link: Style,
    /// Key names in the key bar ("Enter", "Esc").
    pub key: Style,
    /// A hint.
    pub hint: Style,
    /// Speech bubbles from the other person.
    pub bubble_them: Style,
    /// Speech bubbles from the learner.
    pub bubble_me: Style,
    /// Dark QR modules and light QR modules. `None` in the no-colour theme, where light modules
    /// are drawn as solid blocks in the text colour so a dark terminal shows the right polarity.
    pub qr: Option<(Color, Color)>,
}

impl Theme {
    /// The theme with this name.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::default_theme(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::NoColor => Theme::no_color(),
        }
    }

    fn default_theme() -> Theme {
        let base = Style::new();
        Theme {
            name: ThemeName::Default,
            base,
            dim: Style::new().fg(Color::Gray),
            title: Style::new().add_modifier(Modifier::BOLD),
            frame: Style::new().fg(Color::Gray),
            focus: Style::new()
                .fg(Color::Black)
                .bg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            good: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            bad: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            warn: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            link: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::UNDERLINED),
            key: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            hint: Style::new().fg(Color::LightMagenta),
            bubble_them: Style::new().fg(Color::White).bg(Color::DarkGray),
            bubble_me: Style::new().fg(Color::Black).bg(Color::LightGreen),
            qr: Some((Color::Black, Color::White)),
        }
    }

    fn high_contrast() -> Theme {
        // White (and yellow) on black: 21:1 and 19.6:1, well above 7:1.
        let base = Style::new().fg(Color::White).bg(Color::Black);
        Theme {
            name: ThemeName::HighContrast,
            base,
            dim: base,
            title: base.add_modifier(Modifier::BOLD),
            frame: base,
            focus: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            good: base.add_modifier(Modifier::BOLD),
            bad: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            warn: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            link: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::UNDERLINED),
            key: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            hint: base.add_modifier(Modifier::ITALIC),
            bubble_them: base.add_modifier(Modifier::BOLD),
            bubble_me: Style::new().fg(Color::Black).bg(Color::White),
            qr: Some((Color::Black, Color::White)),
        }
    }

    fn no_color() -> Theme {
        let base = Style::new();
        Theme {
            name: ThemeName::NoColor,
            base,
            dim: base,
            title: base.add_modifier(Modifier::BOLD),
            frame: base,
            focus: base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            good: base.add_modifier(Modifier::BOLD),
            bad: base.add_modifier(Modifier::BOLD),
            warn: base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            link: base.add_modifier(Modifier::UNDERLINED),
            key: base.add_modifier(Modifier::BOLD),
            hint: base,
            bubble_them: base,
            bubble_me: base.add_modifier(Modifier::BOLD),
            qr: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_theme_sets_no_colours() {
        let t = Theme::named(ThemeName::NoColor);
        for style in [
            t.base,
            t.dim,
            t.title,
            t.frame,
            t.focus,
            t.good,
            t.bad,
            t.warn,
            t.link,
            t.key,
            t.hint,
            t.bubble_them,
            t.bubble_me,
        ] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert_eq!(t.qr, None);
    }

    #[test]
    fn no_color_env_picks_no_color_unless_asked() {
        assert_eq!(ThemeName::choose(None, true), ThemeName::NoColor);
        assert_eq!(ThemeName::choose(None, false), ThemeName::Default);
        assert_eq!(
            ThemeName::choose(Some(ThemeName::HighContrast), true),
            ThemeName::HighContrast
        );
    }
}
