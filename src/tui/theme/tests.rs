//! Tests for the themes: WCAG 2.x contrast of every style of every theme on the backgrounds
//! terminals really have, and the no-colour theme's promise to set no colours.

use super::*;

/// Typical terminal backgrounds of each kind: plain black, VS Code, One Dark, Ubuntu; plain
/// white, Solarized light, light grey.
const DARK_BACKGROUNDS: [(u8, u8, u8); 4] = [
    (0x00, 0x00, 0x00),
    (0x1E, 0x1E, 0x1E),
    (0x28, 0x2C, 0x34),
    (0x30, 0x0A, 0x24),
];
const LIGHT_BACKGROUNDS: [(u8, u8, u8); 3] =
    [(0xFF, 0xFF, 0xFF), (0xFD, 0xF6, 0xE3), (0xF0, 0xF0, 0xF0)];

fn backgrounds(background: Background) -> &'static [(u8, u8, u8)] {
    match background {
        Background::Dark => &DARK_BACKGROUNDS,
        Background::Light => &LIGHT_BACKGROUNDS,
    }
}

/// WCAG 2.x relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2.x contrast ratio, from 1 to 21.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A colour as it reaches the screen: the terminal's own (`None`) or an exact RGB value. A
/// palette slot (`Color::Yellow`) has no known shade, so it fails the test.
fn exact(colour: Option<Color>, what: &str) -> Option<(u8, u8, u8)> {
    match colour {
        None | Some(Color::Reset) => None,
        Some(Color::Rgb(r, g, b)) => Some((r, g, b)),
        Some(other) => panic!("{what} uses {other:?}, whose shade the terminal chooses"),
    }
}

/// The lowest contrast of the theme's text on `terminal` (the terminal's own background), or
/// `None` when every style keeps the terminal's own text and background colours. Panics when a
/// style sets one colour and leaves the other to the terminal in a way that cannot be checked.
fn lowest(theme: &Theme, terminal: (u8, u8, u8)) -> Option<(f64, &'static str)> {
    let base_bg = exact(theme.base.bg, "base background");
    let mut lowest: Option<(f64, &'static str)> = None;
    for (role, style) in theme.styles() {
        let what = format!("{:?} {:?} {role}", theme.name, theme.background);
        // The screen is first filled with the base style, so a style without a background
        // shows on the base background.
        let mut fg = exact(style.fg, &what);
        let mut bg = exact(style.bg, &what).or(base_bg);
        if style.add_modifier.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        let ratio = match (fg, bg) {
            (None, None) => continue,
            (Some(fg), None) => contrast(fg, terminal),
            (Some(fg), Some(bg)) => contrast(fg, bg),
            (None, Some(_)) => {
                panic!("{what} sets a background but leaves the text colour to the terminal")
            }
        };
        if lowest.is_none_or(|(r, _)| ratio < r) {
            lowest = Some((ratio, role));
        }
    }
    lowest
}

#[test]
fn the_contrast_formula_matches_wcag() {
    let black = (0, 0, 0);
    let white = (255, 255, 255);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey that reaches 4.5:1 on white; #777777 just misses it.
    assert!(contrast((0x76, 0x76, 0x76), white) >= 4.5);
    assert!(contrast((0x77, 0x77, 0x77), white) < 4.5);
}

#[test]
fn every_text_colour_is_readable_on_every_background_of_its_kind() {
    for name in ThemeName::ALL {
        let needed = match name {
            ThemeName::HighContrast => 7.0,
            ThemeName::Default | ThemeName::NoColor => 4.5,
        };
        for background in Background::ALL {
            let theme = Theme::named(name, background);
            let mut least: Option<(f64, &str)> = None;
            for &terminal in backgrounds(background) {
                if let Some((ratio, role)) = lowest(&theme, terminal) {
                    assert!(
                        ratio >= needed,
                        "{name:?} on {background:?} {terminal:02X?}: {role} is {ratio:.2}:1, \
                         below {needed}:1"
                    );
                    if least.is_none_or(|(r, _)| ratio < r) {
                        least = Some((ratio, role));
                    }
                }
            }
            match least {
                Some((ratio, role)) => {
                    println!("{name:?} on {background:?}: lowest {ratio:.2}:1 ({role})")
                }
                None => println!("{name:?} on {background:?}: the terminal's own colours only"),
            }
        }
    }
}

#[test]
fn a_dark_palette_on_a_light_terminal_would_fail() {
    // The check can fail: the dark palette's yellow "Not quite." is unreadable on white.
    let theme = Theme::named(ThemeName::Default, Background::Dark);
    let (ratio, _) = lowest(&theme, (0xFF, 0xFF, 0xFF)).unwrap();
    assert!(ratio < 4.5, "{ratio}");
}

#[test]
fn high_contrast_sets_both_colours_of_every_style() {
    for background in Background::ALL {
        let theme = Theme::named(ThemeName::HighContrast, background);
        for (role, style) in theme.styles() {
            assert!(
                matches!(style.fg, Some(Color::Rgb(..)))
                    && matches!(style.bg, Some(Color::Rgb(..))),
                "{background:?} {role}: {style:?}"
            );
        }
    }
}

#[test]
fn no_color_theme_sets_no_colours() {
    for background in Background::ALL {
        let t = Theme::named(ThemeName::NoColor, background);
        for (role, style) in t.styles() {
            assert_eq!(style.fg, None, "{role}");
            assert_eq!(style.bg, None, "{role}");
        }
        assert_eq!(t.qr, None);
        // Without colours, the focus still stands out.
        assert!(t.focus.add_modifier.contains(Modifier::REVERSED));
    }
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
