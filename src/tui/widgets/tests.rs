//! Tests for the simulated screens: a snapshot of every kind at the two sizes the lesson player
//! uses, the focus mark and cursor, the sides of speech bubbles, the padlock and sticker in
//! words, QR codes read back from the drawn buffer as dark and light terminals show it, wide and
//! combining characters, and every size from 0x0 to 200x60 drawing without a panic.
//!
//! Snapshots are drawn with the no-colour theme: the words are the same in every theme, and
//! without colours the QR code's half blocks show its pattern in the text.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use super::SimScreen;
use super::qr::encode;
use super::wrap::wrap;
use crate::pack::Screen;
use crate::tui::text::t;
use crate::tui::theme::{Background, Theme, ThemeName};

const MESSAGE: &str = r#"
kind = "message"
app = "Messages"
sender = "Unknown number"
number = "+84 97 555 0199"
bubbles = [
  { from = "them", text = "Hi Mum, it's me. My phone broke, this is my new number.", time = "09:12" },
  { from = "me", text = "Is that you, Minh? Why a new number?", time = "09:15" },
  { from = "them", text = "No time to explain. Can you send 5,000,000 VND today? I will pay you back.", time = "09:16" },
]
elements = [
  { id = "reply", label = "Reply" },
  { id = "block", label = "Block this number" },
]
"#;

const EMAIL: &str = r#"
kind = "email"
app = "Email"
sender = "Lucky Draw Centre"
sender_address = "winner@lucky-draw-prize.win"
subject = "You won 50,000,000 VND!"
text = "Congratulations! Your phone number won our lucky draw. To receive your prize, pay a delivery fee of 490,000 VND by card within 24 hours."
elements = [
  { id = "claim", label = "Claim my prize", role = "link" },
  { id = "delete", label = "Delete" },
]
"#;

const CALL: &str = r#"
kind = "call"
caller = "Officer Tran, Police"
number = "+84 24 555 0110"
call_state = "ongoing"
says = [
  "Your digital ID must be updated today, or it will be blocked.",
  "Do not hang up. Do not tell anyone.",
]
elements = [
  { id = "hang-up", label = "Hang up" },
  { id = "speaker", label = "Speaker" },
]
"#;

const WEB: &str = r#"
kind = "web"
address = "lotuspost-fee.top/pay"
secure = false
title = "LotusPost: pay postage"
text = "Your parcel is on hold. Pay 18,000 VND postage to have it delivered today."
elements = [
  { id = "card", label = "Card number", role = "field", value = "" },
  { id = "pay", label = "Pay 18,000 VND" },
  { id = "help", label = "Help and contact", role = "link" },
]
"#;

const FORM: &str = r#"
kind = "form"
app = "E-Services"
title = "Certificate of residence"
text = "Check your details, then press Submit."
elements = [
  { id = "name", label = "Full name", role = "field", value = "Bat-Erdene Dorj" },
  { id = "birth-date", label = "Date of birth", role = "field", value = "21/03/1951" },
  { id = "home", label = "Address", role = "field", value = "Bayanzurkh, Ulaanbaatar" },
  { id = "submit", label = "Submit" },
  { id = "cancel", label = "Cancel" },
]
"#;

const HOME: &str = r#"
kind = "home"
title = "Home screen"
elements = [
  { id = "phone", label = "Phone", role = "icon" },
  { id = "messages", label = "Messages", role = "icon" },
  { id = "camera", label = "Camera", role = "icon" },
  { id = "photos", label = "Photos", role = "icon" },
  { id = "clock", label = "Clock", role = "icon" },
  { id = "weather", label = "Weather", role = "icon" },
  { id = "settings", label = "Settings", role = "icon" },
  { id = "phone-store", label = "Phone Store", role = "icon" },
]
"#;

const QR: &str = r#"
kind = "qr"
leads_to = "busan-parking.pay-now.top"
printed = "Busan City Parking - scan to pay"
place = "On a parking meter, Busan"
sticker = true
text = "Printed on the metal: Parking office 051-888-2020."
"#;

const PAYMENT: &str = r#"
kind = "payment"
app = "Camellia Bank"
title = "Check and confirm"
recipient = "Park Min-su"
account = "Camellia Bank 110-482-339015"
amount = "100,000"
currency = "KRW"
reference = "Happy birthday"
elements = [
  { id = "edit", label = "Edit" },
  { id = "confirm", label = "Confirm transfer" },
  { id = "cancel", label = "Cancel" },
]
"#;

const NOTIFICATION: &str = r#"
kind = "notification"
app = "Settings"
title = "Phone update ready"
text = "This update fixes safety problems. Install tonight while your phone charges?"
elements = [
  { id = "install", label = "Install tonight" },
  { id = "later", label = "Later" },
]
"#;

const INFO: &str = r#"
kind = "info"
title = "A birthday gift"
text = "Kim Young-ja lives in Busan. Her grandson, Park Min-su, turns 20 next week. She wants to send him 100,000 won. Nothing here is real money, and nothing can break."
elements = [{ id = "start", label = "Start" }]
"#;

/// Every kind, by name.
const KINDS: [(&str, &str); 10] = [
    ("message", MESSAGE),
    ("email", EMAIL),
    ("call", CALL),
    ("web", WEB),
    ("form", FORM),
    ("home", HOME),
    ("qr", QR),
    ("payment", PAYMENT),
    ("notification", NOTIFICATION),
    ("info", INFO),
];

/// The sizes the lesson player gives the phone at 80x24 and at 120x40.
const SIZES: [(u16, u16); 2] = [(40, 18), (60, 34)];

fn screen(toml_text: &str) -> Screen {
    toml::from_str(toml_text).unwrap()
}

fn theme(name: ThemeName) -> Theme {
    Theme::named(name, Background::Dark)
}

fn draw(
    screen: &Screen,
    theme: &Theme,
    focus: Option<&str>,
    width: u16,
    height: u16,
) -> (Buffer, Option<Position>) {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let cursor = SimScreen {
        screen,
        theme,
        focus,
    }
    .render(area, &mut buf);
    (buf, cursor)
}

/// The buffer's text, row by row, without the blank cells hidden behind wide characters and
/// without trailing spaces.
fn rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in area.left()..area.right() {
                let symbol = buf[(x, y)].symbol();
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                line.push_str(symbol);
                skip = symbol.width().saturating_sub(1);
            }
            line.trim_end().to_string()
        })
        .collect()
}

fn text(buf: &Buffer) -> String {
    rows(buf).join("\n")
}

// --- Snapshots -------------------------------------------------------------------------------

#[test]
fn every_kind_matches_its_snapshot_at_both_player_sizes() {
    let no_colour = theme(ThemeName::NoColor);
    for (name, toml_text) in KINDS {
        let s = screen(toml_text);
        for (w, h) in SIZES {
            let (buf, _) = draw(&s, &no_colour, None, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), text(&buf));
        }
    }
}

#[test]
fn focused_screens_match_their_snapshots() {
    let no_colour = theme(ThemeName::NoColor);
    for (name, focus) in [
        ("form", "home"),
        ("home", "settings"),
        ("web", "card"),
        ("message", "reply"),
    ] {
        let s = screen(KINDS.iter().find(|(n, _)| *n == name).unwrap().1);
        let (buf, _) = draw(&s, &no_colour, Some(focus), 40, 18);
        insta::assert_snapshot!(format!("{name}_focus_{focus}_40x18"), text(&buf));
    }
}

// --- Focus -----------------------------------------------------------------------------------

#[test]
fn the_focused_element_has_a_mark_and_the_cursor_is_on_it() {
    for name in [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::NoColor,
    ] {
        let theme = theme(name);
        for (kind, toml_text) in KINDS {
            let s = screen(toml_text);
            for element in &s.elements {
                for (w, h) in SIZES {
                    let (buf, cursor) = draw(&s, &theme, Some(&element.id), w, h);
                    let at = format!("{kind} {} at {w}x{h} ({name:?})", element.id);
                    let cursor = cursor.unwrap_or_else(|| panic!("no cursor: {at}"));
                    let cell = &buf[(cursor.x, cursor.y)];
                    assert_eq!(cell.symbol(), ">", "no mark under the cursor: {at}");
                    let colour = |c: Option<Color>| c.unwrap_or(Color::Reset);
                    assert_eq!(
                        cell.fg,
                        colour(theme.focus.fg),
                        "mark not in focus style: {at}"
                    );
                    assert_eq!(
                        cell.bg,
                        colour(theme.focus.bg),
                        "mark not in focus style: {at}"
                    );
                    assert!(
                        cell.style().add_modifier.contains(Modifier::BOLD),
                        "mark not bold: {at}"
                    );
                    let row = &rows(&buf)[usize::from(cursor.y)];
                    let start: String = element.label.chars().take(5).collect();
                    assert!(
                        row.contains(&start),
                        "label not on the cursor row: {at}\n{row}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_focused_element_is_reverse_in_the_no_colour_theme() {
    let theme = theme(ThemeName::NoColor);
    let s = screen(PAYMENT);
    let (buf, cursor) = draw(&s, &theme, Some("confirm"), 40, 18);
    let cursor = cursor.unwrap();
    let style = buf[(cursor.x + 2, cursor.y)].style();
    assert!(style.add_modifier.contains(Modifier::REVERSED));
}

#[test]
fn without_focus_there_is_no_cursor() {
    let theme = theme(ThemeName::Default);
    for (kind, toml_text) in KINDS {
        let (_, cursor) = draw(&screen(toml_text), &theme, None, 60, 34);
        assert_eq!(cursor, None, "{kind}");
    }
}

#[test]
fn a_focused_element_far_down_is_scrolled_into_view() {
    let theme = theme(ThemeName::Default);
    let s = screen(FORM);
    for h in 4..=18 {
        let (buf, cursor) = draw(&s, &theme, Some("cancel"), 40, h);
        let cursor = cursor.unwrap_or_else(|| panic!("no cursor at 40x{h}"));
        assert!(rows(&buf)[usize::from(cursor.y)].contains("[ Cancel ]"));
    }
}

// --- Messages --------------------------------------------------------------------------------

#[test]
fn bubbles_from_me_are_right_of_bubbles_from_them() {
    let theme = theme(ThemeName::NoColor);
    let s = screen(MESSAGE);
    for (w, h) in [(40, 18), (60, 34), (80, 40)] {
        let (buf, _) = draw(&s, &theme, None, w, h);
        let rows = rows(&buf);
        let column = |needle: &str| {
            rows.iter()
                .find_map(|r| r.find(needle).map(|byte| r[..byte].width()))
                .unwrap_or_else(|| panic!("{needle:?} not shown at {w}x{h}:\n{}", rows.join("\n")))
        };
        let them = column("No time");
        let me = column("Is that");
        assert!(me > them + 4, "me at {me}, them at {them} ({w}x{h})");
        let me_footer = column("You, 09:15");
        let them_footer = column("09:16");
        assert!(me_footer > them_footer, "footers at {w}x{h}");
    }
}

#[test]
fn a_long_thread_shows_its_newest_bubble() {
    let theme = theme(ThemeName::NoColor);
    let (buf, _) = draw(&screen(MESSAGE), &theme, None, 40, 12);
    let shown = text(&buf);
    assert!(shown.contains("Unknown number"), "{shown}");
    assert!(shown.contains("09:16"), "{shown}");
    assert!(shown.contains("back."), "{shown}");
}

// --- Web -------------------------------------------------------------------------------------

#[test]
fn the_padlock_is_said_in_words() {
    let theme = theme(ThemeName::NoColor);
    for (secure, words) in [
        ("secure = true", "[lock] secure"),
        ("secure = false", "[!] not secure"),
        ("", "[!] not secure"),
    ] {
        let source = WEB.replace("secure = false", secure);
        for (w, h) in SIZES {
            let (buf, _) = draw(&screen(&source), &theme, None, w, h);
            let shown = text(&buf);
            assert!(shown.contains(words), "{secure:?} at {w}x{h}:\n{shown}");
            assert!(shown.contains("lotuspost-fee.top/pay"), "{shown}");
            if secure == "secure = true" {
                assert!(!shown.contains("not secure"));
            }
        }
    }
}

// --- QR codes --------------------------------------------------------------------------------

#[test]
fn the_sticker_mark_is_written() {
    let theme = theme(ThemeName::Default);
    for (w, h) in [(40, 18), (60, 34), (60, 18), (120, 40)] {
        let (buf, _) = draw(&screen(QR), &theme, None, w, h);
        assert!(
            text(&buf).contains("[sticker stuck on top"),
            "at {w}x{h}:\n{}",
            text(&buf)
        );
        let plain = QR.replace("sticker = true", "sticker = false");
        let (buf, _) = draw(&screen(&plain), &theme, None, w, h);
        assert!(!text(&buf).contains("sticker"), "at {w}x{h}");
    }
}

/// A terminal's own text and background colours, which `Color::Reset` shows.
#[derive(Debug, Clone, Copy)]
struct Terminal {
    name: &'static str,
    background: Background,
    fg: (u8, u8, u8),
    bg: (u8, u8, u8),
}

/// Terminals to read codes on: plain ones, and ones whose own colours are softer.
const TERMINALS: [Terminal; 4] = [
    Terminal {
        name: "black",
        background: Background::Dark,
        fg: (0xFF, 0xFF, 0xFF),
        bg: (0x00, 0x00, 0x00),
    },
    Terminal {
        name: "Ubuntu",
        background: Background::Dark,
        fg: (0xD3, 0xD7, 0xCF),
        bg: (0x30, 0x0A, 0x24),
    },
    Terminal {
        name: "white",
        background: Background::Light,
        fg: (0x00, 0x00, 0x00),
        bg: (0xFF, 0xFF, 0xFF),
    },
    Terminal {
        name: "Solarized light",
        background: Background::Light,
        fg: (0x65, 0x7B, 0x83),
        bg: (0xFD, 0xF6, 0xE3),
    },
];

/// How light a colour looks on `terminal`, from 0 (black) to 255 (white): its WCAG relative
/// luminance, brought back to a perceptual scale.
fn grey(colour: Color, reset: (u8, u8, u8)) -> u8 {
    let (r, g, b) = match colour {
        Color::Reset => reset,
        Color::Rgb(r, g, b) => (r, g, b),
        other => panic!("{other:?} has no known shade"),
    };
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    (luminance.powf(1.0 / 2.2) * 255.0).round() as u8
}

/// The buffer as it shows on `terminal`, two pixels per cell (top and bottom half), each from
/// 0 (black) to 255 (white). Text and borders count as their cell's background.
fn image(buf: &Buffer, terminal: &Terminal) -> Vec<Vec<u8>> {
    let area = buf.area;
    let mut out = vec![vec![0; usize::from(area.width)]; usize::from(area.height) * 2];
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            let mut fg = grey(cell.fg, terminal.fg);
            let mut bg = grey(cell.bg, terminal.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let (top, bottom) = match cell.symbol() {
                "▀" => (fg, bg),
                "▄" => (bg, fg),
                "█" => (fg, fg),
                _ => (bg, bg),
            };
            out[usize::from(y) * 2][usize::from(x)] = top;
            out[usize::from(y) * 2 + 1][usize::from(x)] = bottom;
        }
    }
    out
}

/// The buffer as QR modules on a black terminal: `true` for light.
fn modules(buf: &Buffer) -> Vec<Vec<bool>> {
    image(buf, &TERMINALS[0])
        .into_iter()
        .map(|row| row.into_iter().map(|g| g > 127).collect())
        .collect()
}

/// Reads every QR code in the drawn buffer with `rqrr` as a black terminal shows it.
fn decode(buf: &Buffer) -> Vec<String> {
    decode_on(buf, &TERMINALS[0])
}

/// Reads every QR code in the drawn buffer with `rqrr` as `terminal` shows it, each module
/// four pixels square.
fn decode_on(buf: &Buffer, terminal: &Terminal) -> Vec<String> {
    const SCALE: usize = 4;
    let image = image(buf, terminal);
    let height = image.len();
    let width = image.first().map_or(0, Vec::len);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(width * SCALE, height * SCALE, |x, y| {
            image[y / SCALE][x / SCALE]
        });
    prepared
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().map(|(_, content)| content).unwrap())
        .collect()
}

/// Finds the code's modules in the drawn buffer and returns the quiet zone: the fewest light
/// modules on any side before anything else.
fn quiet_zone(buf: &Buffer, payload: &str) -> usize {
    let code = encode(payload).unwrap();
    let n = usize::from(code.size);
    let modules = modules(buf);
    let (height, width) = (modules.len(), modules[0].len());
    for y0 in 0..=height.saturating_sub(n) {
        for x0 in 0..=width.saturating_sub(n) {
            let same =
                (0..n).all(|y| (0..n).all(|x| modules[y0 + y][x0 + x] != code.dark[y * n + x]));
            if !same {
                continue;
            }
            let light_row =
                |y: usize, x_from: usize, x_to: usize| (x_from..x_to).all(|x| modules[y][x]);
            let mut zone = usize::MAX;
            for side in 0..4 {
                let mut k = 0;
                loop {
                    let next = k + 1;
                    let ok = match side {
                        0 => y0 >= next && light_row(y0 - next, x0, x0 + n),
                        1 => y0 + n - 1 + next < height && light_row(y0 + n - 1 + next, x0, x0 + n),
                        2 => x0 >= next && (y0..y0 + n).all(|y| modules[y][x0 - next]),
                        _ => {
                            x0 + n - 1 + next < width
                                && (y0..y0 + n).all(|y| modules[y][x0 + n - 1 + next])
                        }
                    };
                    if !ok {
                        break;
                    }
                    k = next;
                }
                zone = zone.min(k);
            }
            return zone;
        }
    }
    panic!("the code was not found in the buffer:\n{}", text(buf));
}

#[test]
fn the_drawn_qr_code_decodes_to_the_practice_message_in_every_theme_on_every_terminal() {
    let s = screen(QR);
    let payload = t("screen.qr-practice").to_string();
    for name in ThemeName::ALL {
        for terminal in &TERMINALS {
            // The theme made for the background the terminal really has.
            let theme = Theme::named(name, terminal.background);
            for (w, h) in [(40, 18), (60, 34), (60, 18), (120, 40), (200, 60)] {
                let (buf, _) = draw(&s, &theme, None, w, h);
                assert_eq!(
                    decode_on(&buf, terminal),
                    vec![payload.clone()],
                    "{name:?} on {} at {w}x{h}",
                    terminal.name
                );
            }
        }
    }
}

#[test]
fn a_no_colour_code_drawn_for_the_wrong_background_reads_inverted() {
    // The decoding can fail: drawn for a dark background and shown on a white one, the
    // no-colour code is a negative, which phones (and rqrr) do not read.
    let s = screen(QR);
    let theme = Theme::named(ThemeName::NoColor, Background::Dark);
    let (buf, _) = draw(&s, &theme, None, 60, 34);
    assert!(decode_on(&buf, &TERMINALS[2]).is_empty());
}

#[test]
fn the_quiet_zone_is_four_modules_when_there_is_room_and_at_least_two() {
    let s = screen(QR);
    let payload = t("screen.qr-practice").to_string();
    let theme = theme(ThemeName::Default);
    let (buf, _) = draw(&s, &theme, None, 60, 34);
    assert_eq!(quiet_zone(&buf, &payload), 4);
    let (buf, _) = draw(&s, &theme, None, 40, 18);
    assert!(quiet_zone(&buf, &payload) >= 2);
}

#[test]
fn the_qr_code_is_black_on_white_or_blocks_in_the_ink_that_stands_for_dark() {
    let s = screen(QR);
    let black = Color::Rgb(0, 0, 0);
    let white = Color::Rgb(255, 255, 255);
    for name in [ThemeName::Default, ThemeName::HighContrast] {
        for background in Background::ALL {
            let (buf, _) = draw(&s, &Theme::named(name, background), None, 60, 34);
            let colours: Vec<_> = buf
                .content()
                .iter()
                .filter(|c| c.symbol() == "▀")
                .map(|c| (c.fg, c.bg))
                .collect();
            assert!(!colours.is_empty());
            for colours in colours {
                assert!(
                    colours == (black, white) || colours == (white, black),
                    "{name:?} {background:?}: {colours:?}"
                );
            }
        }
    }
    // Without colours the quiet zone is light: solid blocks of light ink on a dark terminal,
    // the terminal's own (light) background on a light one.
    let code = encode(t("screen.qr-practice")).unwrap();
    let full = |background| {
        let (buf, _) = draw(
            &s,
            &Theme::named(ThemeName::NoColor, background),
            None,
            60,
            34,
        );
        assert!(
            buf.content()
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
        );
        buf.content().iter().filter(|c| c.symbol() == "█").count()
    };
    let (on_dark, on_light) = (full(Background::Dark), full(Background::Light));
    // On a dark terminal the four-module quiet zone alone is more than the code's width in
    // full blocks; on a light one full blocks are only pairs of dark modules inside the code.
    assert!(on_dark > usize::from(code.size) * 4, "{on_dark}");
    assert!(
        on_light < usize::from(code.size) * usize::from(code.size) / 2,
        "{on_light}"
    );
}

#[test]
fn the_sticker_mark_wins_over_the_code_when_both_do_not_fit() {
    let theme = theme(ThemeName::Default);
    let (buf, _) = draw(&screen(QR), &theme, None, 40, 12);
    let shown = text(&buf).replace('\n', " ");
    assert!(shown.contains("[sticker stuck on top"), "{}", text(&buf));
    assert!(shown.contains("bigger"), "{}", text(&buf));
    let plain = QR.replace("sticker = true", "sticker = false");
    let (buf, _) = draw(&screen(&plain), &theme, None, 40, 17);
    assert_eq!(decode(&buf), vec![t("screen.qr-practice").to_string()]);
}

#[test]
fn a_qr_code_too_big_for_the_window_is_explained_in_words() {
    let theme = theme(ThemeName::Default);
    for (w, h) in [(40, 10), (20, 18), (30, 5)] {
        let (buf, _) = draw(&screen(QR), &theme, None, w, h);
        let shown = text(&buf).replace('\n', " ");
        assert!(shown.contains("bigger"), "at {w}x{h}:\n{}", text(&buf));
        assert!(decode(&buf).is_empty());
    }
}

// --- Text ------------------------------------------------------------------------------------

#[test]
fn wrapping_breaks_at_word_boundaries() {
    assert_eq!(
        wrap("Check the address before you tap", 12),
        vec!["Check the", "address", "before you", "tap"]
    );
    assert_eq!(wrap("one\n\ntwo", 10), vec!["one", "", "two"]);
    assert_eq!(wrap("", 10), vec![""]);
    assert_eq!(wrap("abc", 0), vec!["a", "b", "c"]);
}

#[test]
fn wrapping_breaks_long_addresses_after_punctuation() {
    assert_eq!(
        wrap("winner@lucky-draw-prize.win", 16),
        vec!["winner@lucky-", "draw-prize.win"]
    );
}

#[test]
fn wrapping_counts_wide_characters_and_keeps_combining_marks() {
    // Korean: two columns a character.
    for line in wrap("할머니 안녕하세요 오늘 시간 있으세요", 10) {
        assert!(line.width() <= 10, "{line}");
    }
    // Vietnamese written with combining marks: each mark stays with its letter.
    let decomposed = "Ba\u{0300} o\u{031B}i, con đa\u{0303} đe\u{0302}\u{0301}n";
    let lines = wrap(decomposed, 8);
    for line in &lines {
        assert!(line.width() <= 8, "{line}");
        assert!(!line.starts_with(['\u{0300}', '\u{0301}', '\u{0303}', '\u{031B}']));
    }
    assert_eq!(
        lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .count(),
        decomposed.chars().filter(|c| !c.is_whitespace()).count()
    );
}

const KOREAN: &str = r#"
kind = "message"
app = "메시지"
sender = "손자 민수"
number = "010-5550-7788"
bubbles = [
  { from = "them", text = "할머니, 저 민수예요. 휴대폰이 고장 나서 새 번호로 연락드려요.", time = "오전 9:12" },
  { from = "me", text = "민수야, 정말 너니? 전화해 줄래?", time = "오전 9:15" },
]
elements = [{ id = "reply", label = "답장하기" }]
"#;

const VIETNAMESE: &str = "
kind = \"info\"
app = \"Tin nha\u{0306}\u{0301}n\"
title = \"Ba\u{0300} o\u{031B}i, con đa\u{0303} đe\u{0302}\u{0301}n\"
text = \"Ba\u{0300} nho\u{031B}\u{0301} kie\u{0302}\u{0309}m tra đi\u{0323}a chi\u{0309} trang web tru\u{031B}o\u{031B}\u{0301}c khi ba\u{0302}\u{0301}m va\u{0300}o.\"
elements = [{ id = \"ok\", label = \"Đo\u{0302}\u{0300}ng y\u{0301}\" }]
";

#[test]
fn korean_and_vietnamese_line_up_inside_the_frame() {
    let theme = theme(ThemeName::NoColor);
    for (name, source) in [("korean", KOREAN), ("vietnamese", VIETNAMESE)] {
        let s = screen(source);
        for (w, h) in SIZES {
            let (buf, cursor) = draw(&s, &theme, Some(&s.elements[0].id), w, h);
            assert!(cursor.is_some(), "{name} at {w}x{h}");
            let phone = Rect::new((w - w.min(48)) / 2, 0, w.min(48), h);
            for y in 1..h - 1 {
                assert_eq!(
                    buf[(phone.left(), y)].symbol(),
                    "│",
                    "{name} row {y} at {w}x{h}"
                );
                assert_eq!(
                    buf[(phone.right() - 1, y)].symbol(),
                    "│",
                    "{name} row {y} at {w}x{h}:\n{}",
                    text(&buf)
                );
            }
            for row in rows(&buf) {
                assert!(row.width() <= usize::from(w), "{row}");
            }
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), text(&buf));
        }
    }
}

// --- Any size --------------------------------------------------------------------------------

#[test]
fn no_size_from_0x0_to_200x60_panics_for_any_kind() {
    std::thread::scope(|scope| {
        for (kind, source) in KINDS {
            scope.spawn(move || {
                let s = screen(source);
                let theme = theme(ThemeName::Default);
                let ids: Vec<Option<&str>> = std::iter::once(None)
                    .chain(s.elements.iter().map(|e| Some(e.id.as_str())))
                    .collect();
                let mut buf = Buffer::empty(Rect::default());
                // Every small size (where clipping happens), then wider ones in steps.
                for w in (0..=64u16).chain((65..=200).step_by(9)) {
                    for h in (0..=40u16).chain((41..=60).step_by(5)) {
                        let area = Rect::new(0, 0, w, h);
                        buf.resize(area);
                        buf.reset();
                        let focus = ids[usize::from(w + h) % ids.len()];
                        let sim = SimScreen {
                            screen: &s,
                            theme: &theme,
                            focus,
                        };
                        if let Some(p) = sim.render(area, &mut buf) {
                            assert!(area.contains(p), "{kind} cursor outside at {w}x{h}");
                        }
                    }
                }
            });
        }
    });
}

#[test]
fn huge_areas_and_areas_outside_the_buffer_do_not_panic() {
    let theme = theme(ThemeName::HighContrast);
    for (_, source) in KINDS {
        let s = screen(source);
        let focus = s.elements.first().map(|e| e.id.as_str());
        draw(&s, &theme, focus, 1000, 400);
        draw(&s, &theme, focus, u16::MAX, 1);
        draw(&s, &theme, focus, 1, 1000);
        let mut small = Buffer::empty(Rect::new(0, 0, 40, 18));
        let sim = SimScreen {
            screen: &s,
            theme: &theme,
            focus,
        };
        sim.render(Rect::new(0, 0, u16::MAX, u16::MAX), &mut small);
        sim.render(Rect::new(30, 10, 200, 200), &mut small);
        sim.render(Rect::new(100, 100, 10, 10), &mut small);
        sim.render(Rect::new(u16::MAX - 1, u16::MAX - 1, 5, 5), &mut small);
    }
}

#[test]
fn a_payload_a_phone_could_open_is_never_drawn() {
    for unsafe_payload in [
        "https://busan-parking.pay-now.top",
        "WIFI:S:Cafe;T:WPA;P:secret;;",
        "tel:1555 2020",
        "lotuspondcafe.example/menu",
    ] {
        let mut s = screen(QR);
        s.payload = Some(unsafe_payload.to_string());
        let (buf, _) = draw(&s, &theme(ThemeName::Default), None, 60, 34);
        assert_eq!(
            decode(&buf),
            vec![t("screen.qr-practice").to_string()],
            "{unsafe_payload}"
        );
    }
    let mut s = screen(QR);
    s.payload = Some("Practice code for table 4.".to_string());
    let (buf, _) = draw(&s, &theme(ThemeName::Default), None, 60, 34);
    assert_eq!(decode(&buf), vec!["Practice code for table 4.".to_string()]);
}

#[test]
fn the_practice_message_is_safe_and_keeps_the_code_small() {
    let message = t("screen.qr-practice");
    assert_eq!(crate::pack::qr_rules::opens_something(message), None);
    // Version 3 (29 modules) fits the phone at 80x24 with its words.
    assert!(encode(message).unwrap().size <= 29, "{message}");
}
