//! The three themes (default, high contrast, no colour) as named styles, each with a palette for
//! a dark and for a light terminal background. Every colour the TUI uses is chosen here, as an
//! exact RGB value (never a palette slot whose shade the terminal picks); drawing code asks for a
//! role (`theme.good`, `theme.focus`), never a colour. Colour never carries meaning alone: right
//! and wrong are also said in words and marks, which live in `tui::text`.
//!
//! Which background the terminal has is found out by the caller (the command line) and passed
//! in as data; nothing here asks the terminal.

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

/// The terminal's background: dark (light text) or light (dark text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Background {
    /// A dark background; also what is assumed when it cannot be found out.
    #[default]
    Dark,
    /// A light background, such as white or cream.
    Light,
}

impl Background {
    /// Both backgrounds.
    pub const ALL: [Background; 2] = [Background::Dark, Background::Light];
}

/// Named styles for every role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which theme this is.
    pub name: ThemeName,
    /// The background it was made for.
    pub background: Background,
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
    /// Dark QR modules and light QR modules. `None` in the no-colour theme, where the code is
    /// drawn with block characters in the terminal's own colours, the ink (the text colour)
    /// standing for dark modules on a light background and for light modules on a dark one.
    pub qr: Option<(Color, Color)>,
}

/// Black and white, for QR codes and high contrast.
const BLACK: Color = Color::Rgb(0, 0, 0);
const WHITE: Color = Color::Rgb(255, 255, 255);

/// The colours of the default theme for one background. Text colours reach 4.5:1 or more on
/// every background of that kind the theme test knows (black, #1E1E1E, #282C34, #300A24; white,
/// #FDF6E3, #F0F0F0); ordinary text keeps the terminal's own colour.
struct Palette {
    dim: Color,
    frame: Color,
    good: Color,
    bad: Color,
    warn: Color,
    accent: Color,
    hint: Color,
    focus: (Color, Color),
    bubble_them: (Color, Color),
    bubble_me: (Color, Color),
}

const CALM_ON_DARK: Palette = Palette {
    dim: Color::Rgb(0xB0, 0xB0, 0xB0),
    frame: Color::Rgb(0xA0, 0xA0, 0xA0),
    good: Color::Rgb(0x5F, 0xD7, 0x5F),
    bad: Color::Rgb(0xFF, 0xD7, 0x5F),
    warn: Color::Rgb(0xFF, 0x87, 0x87),
    accent: Color::Rgb(0x5F, 0xD7, 0xFF),
    hint: Color::Rgb(0xD7, 0xAF, 0xFF),
    focus: (BLACK, Color::Rgb(0x5F, 0xD7, 0xFF)),
    bubble_them: (WHITE, Color::Rgb(0x3A, 0x3A, 0x3A)),
    bubble_me: (BLACK, Color::Rgb(0x87, 0xD7, 0x87)),
};

const CALM_ON_LIGHT: Palette = Palette {
    dim: Color::Rgb(0x59, 0x59, 0x59),
    frame: Color::Rgb(0x60, 0x60, 0x60),
    good: Color::Rgb(0x24, 0x6B, 0x24),
    bad: Color::Rgb(0x8A, 0x4B, 0x00),
    warn: Color::Rgb(0xA4, 0x00, 0x00),
    accent: Color::Rgb(0x00, 0x5F, 0xAF),
    hint: Color::Rgb(0x6A, 0x1B, 0x9A),
    focus: (WHITE, Color::Rgb(0x00, 0x5F, 0x87)),
    bubble_them: (BLACK, Color::Rgb(0xE4, 0xE4, 0xE4)),
    bubble_me: (BLACK, Color::Rgb(0xC8, 0xEB, 0xC8)),
};

impl Theme {
    /// The theme with this name, for this background.
    pub fn named(name: ThemeName, background: Background) -> Theme {
        match name {
            ThemeName::Default => Theme::default_theme(background),
            ThemeName::HighContrast => Theme::high_contrast(background),
            ThemeName::NoColor => Theme::no_color(background),
        }
    }

    fn default_theme(background: Background) -> Theme {
        let p = match background {
            Background::Dark => CALM_ON_DARK,
            Background::Light => CALM_ON_LIGHT,
        };
        // Ordinary text and headings keep the terminal's own colours, which its owner chose
        // to read; everything else is an exact colour picked for this background.
        let base = Style::new();
        let pair = |(fg, bg): (Color, Color)| Style::new().fg(fg).bg(bg);
        Theme {
            name: ThemeName::Default,
            background,
            base,
            dim: Style::new().fg(p.dim),
            title: Style::new().add_modifier(Modifier::BOLD),
            frame: Style::new().fg(p.frame),
            focus: pair(p.focus).add_modifier(Modifier::BOLD),
            good: Style::new().fg(p.good).add_modifier(Modifier::BOLD),
            bad: Style::new().fg(p.bad).add_modifier(Modifier::BOLD),
            warn: Style::new().fg(p.warn).add_modifier(Modifier::BOLD),
            link: Style::new().fg(p.accent).add_modifier(Modifier::UNDERLINED),
            key: Style::new().fg(p.accent).add_modifier(Modifier::BOLD),
            hint: Style::new().fg(p.hint),
            bubble_them: pair(p.bubble_them),
            bubble_me: pair(p.bubble_me),
            qr: Some((BLACK, WHITE)),
        }
    }

    fn high_contrast(background: Background) -> Theme {
        // Every style sets both colours, so the contrast does not depend on the terminal.
        // Dark: white and yellow on black (21:1 and 19.6:1). Light: black and navy on white
        // (21:1 and 16:1). The focus is a solid bar that stands out from both.
        let (ink, paper, accent, bar) = match background {
            Background::Dark => (
                WHITE,
                BLACK,
                Color::Rgb(0xFF, 0xFF, 0x00),
                (BLACK, Color::Rgb(0xFF, 0xFF, 0x00)),
            ),
            Background::Light => (
                BLACK,
                WHITE,
                Color::Rgb(0x00, 0x00, 0x80),
                (WHITE, Color::Rgb(0x00, 0x00, 0x80)),
            ),
        };
        let base = Style::new().fg(ink).bg(paper);
        let accented = Style::new().fg(accent).bg(paper);
        Theme {
            name: ThemeName::HighContrast,
            background,
            base,
            dim: base,
            title: base.add_modifier(Modifier::BOLD),
            frame: base,
            focus: Style::new()
                .fg(bar.0)
                .bg(bar.1)
                .add_modifier(Modifier::BOLD),
            good: base.add_modifier(Modifier::BOLD),
            bad: accented.add_modifier(Modifier::BOLD),
            warn: accented.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            link: accented.add_modifier(Modifier::UNDERLINED),
            key: accented.add_modifier(Modifier::BOLD),
            hint: base.add_modifier(Modifier::ITALIC),
            bubble_them: base.add_modifier(Modifier::BOLD),
            bubble_me: Style::new().fg(paper).bg(ink),
            qr: Some((BLACK, WHITE)),
        }
    }

    fn no_color(background: Background) -> Theme {
        let base = Style::new();
        Theme {
            name: ThemeName::NoColor,
            background,
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

    /// Every style with its role's name, for tests and checks.
    pub fn styles(&self) -> [(&'static str, Style); 13] {
        [
            ("base", self.base),
            ("dim", self.dim),
            ("title", self.title),
            ("frame", self.frame),
            ("focus", self.focus),
            ("good", self.good),
            ("bad", self.bad),
            ("warn", self.warn),
            ("link", self.link),
            ("key", self.key),
            ("hint", self.hint),
            ("bubble_them", self.bubble_them),
            ("bubble_me", self.bubble_me),
        ]
    }
}

#[cfg(test)]
mod tests;
