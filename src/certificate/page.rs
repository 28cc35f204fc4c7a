//! The certificate as HTML: one A4 page per certificate, whatever the name. The name's font size
//! comes from its display width (a Hangul syllable counts two), so a 60-character name still
//! fits its page; the `lang` attribute says which language a name's letters show, so the
//! browser picks the right font; the font stack covers Vietnamese, Cyrillic (Mongolian
//! included) and Hangul on Windows, macOS and Linux. Pure string building, every piece of
//! outside text escaped.

use unicode_width::UnicodeWidthStr;

use super::{Certificate, escape};

/// How large the learner's name is printed, from its display width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameSize {
    /// Up to 24 columns: one line at the full size.
    Full,
    /// Up to 40 columns.
    Long,
    /// Up to 70 columns: most 60-character names in Latin or Cyrillic letters.
    Longer,
    /// Wider still: a long name in Hangul or CJK characters.
    Longest,
}

impl NameSize {
    /// The CSS class added to the name's paragraph, if any.
    fn class(self) -> Option<&'static str> {
        match self {
            NameSize::Full => None,
            NameSize::Long => Some("name-long"),
            NameSize::Longer => Some("name-longer"),
            NameSize::Longest => Some("name-longest"),
        }
    }
}

/// The size class for a name, by its display width.
pub fn name_size(name: &str) -> NameSize {
    match name.width() {
        0..=24 => NameSize::Full,
        25..=40 => NameSize::Long,
        41..=70 => NameSize::Longer,
        _ => NameSize::Longest,
    }
}

/// The language a name's letters show, for the `lang` attribute: `ko` for Hangul, `vi` for the
/// letters only Vietnamese uses (ă, ơ, ư, đ, and the stacked tone marks such as ễ), `mn` for
/// the Cyrillic letters Ө and Ү, else `und-Cyrl` for other Cyrillic and `und-Hani` for Chinese
/// characters (the script known, the language not). None for plain Latin letters, which any
/// font in the stack shows.
pub fn name_lang(name: &str) -> Option<&'static str> {
    let any = |f: fn(char) -> bool| name.chars().any(f);
    if any(
        |c| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}'),
    ) {
        Some("ko")
    } else if any(|c| {
        matches!(
            c,
            'ă' | 'Ă' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'đ' | 'Đ' | '\u{1EA0}'..='\u{1EF9}'
        )
    }) {
        Some("vi")
    } else if any(|c| matches!(c, 'Ө' | 'ө' | 'Ү' | 'ү')) {
        Some("mn")
    } else if any(|c| matches!(c, '\u{0400}'..='\u{04FF}')) {
        Some("und-Cyrl")
    } else if any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')) {
        Some("und-Hani")
    } else {
        None
    }
}

/// Fonts that show Vietnamese, Cyrillic and Hangul, on Windows (Segoe UI, Arial, Malgun Gothic),
/// macOS (Helvetica Neue, Apple SD Gothic Neo) and Linux (Noto, DejaVu, Nanum). Latin and
/// Cyrillic fonts first; a Hangul syllable falls through to the first Korean font present.
pub const FONTS: &str = "\"Noto Sans\", \"Segoe UI\", \"Helvetica Neue\", Arial, \"DejaVu Sans\", \
\"Noto Sans KR\", \"Noto Sans CJK KR\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \
\"Nanum Gothic\", sans-serif";

/// A4 is 210 × 297 mm; with 12 mm margins the page's box is 186 × 273 mm. Each certificate is a
/// little shorter than that (270 mm), so rounding never pushes it onto a second sheet; nothing
/// has a fixed width, and long words may break anywhere rather than run off the page.
const STYLE: &str = r#"
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: FONTS;
  color: #1a1a1a;
  background: #ffffff;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.page {
  height: 270mm;
  padding: 3mm;
  overflow: hidden;
  page-break-after: always;
  break-after: page;
  page-break-inside: avoid;
  break-inside: avoid;
}
.page:last-child { page-break-after: auto; break-after: auto; }
.frame {
  height: 100%;
  border: 2.5mm double #1f4e5f;
  outline: 0.6mm solid #1f4e5f;
  outline-offset: 1.5mm;
  padding: 14mm 12mm;
  display: flex;
  flex-direction: column;
  justify-content: center;
  align-items: center;
  text-align: center;
}
p, h1 { max-width: 100%; overflow-wrap: anywhere; }
h1 { font-size: 36pt; font-weight: normal; color: #1f4e5f; margin: 0 0 12mm; }
.lead { font-size: 18pt; margin: 0; }
.name {
  font-size: 34pt;
  line-height: 1.25;
  font-weight: bold;
  margin: 6mm 0;
  padding: 0 4mm 3mm;
  border-bottom: 0.4mm solid #1f4e5f;
}
.name.name-long { font-size: 27pt; }
.name.name-longer { font-size: 21pt; }
.name.name-longest { font-size: 17pt; }
.topic { font-size: 26pt; font-weight: bold; margin: 6mm 0 9mm; }
.score, .date { font-size: 18pt; margin: 2mm 0; }
.centre { font-size: 20pt; margin: 12mm 0 0; }
.signature { margin-top: 20mm; width: 40%; min-width: 50mm; border-top: 0.4mm solid #1a1a1a; padding-top: 2mm; font-size: 13pt; }
@media screen {
  body { background: #d9d9d9; }
  .page { width: 210mm; max-width: 100%; height: 297mm; padding: 15mm; margin: 8mm auto; background: #ffffff; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.3); }
}
"#;

pub use crate::language::Say;

/// The words of a certificate in one language: its code (for `lang`), the message catalog
/// (`say("certificate.heading", &[])`) and how that language writes a date. The caller owns the
/// catalog; this module only places the words.
#[allow(missing_debug_implementations)]
pub struct Words<'a> {
    /// The language's code, e.g. `vi`.
    pub lang: &'a str,
    /// A message of the catalog by id, its placeholders filled.
    pub say: &'a Say,
    /// A day (seconds since 1970) as the language writes it.
    pub date: &'a dyn Fn(u64) -> String,
}

/// One HTML file with one A4 page per certificate, in the language of `words`. `centre` is the
/// centre's name from the trainer's settings; its line is left out when it is empty.
pub fn html(certificates: &[Certificate], centre: &str, words: &Words<'_>) -> String {
    let say = words.say;
    let title = match certificates.first() {
        Some(c) => say("certificate.title", &[("name", &c.learner)]),
        None => say("certificate.heading", &[]),
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(words.lang)
    ));
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!(
        "<style>{}</style>\n</head>\n<body>\n",
        STYLE.replace("FONTS", FONTS)
    ));
    for c in certificates {
        out.push_str(&page(c, centre.trim(), words));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn page(c: &Certificate, centre: &str, words: &Words<'_>) -> String {
    let say = words.say;
    let line = |class: &str, text: String| {
        if text.trim().is_empty() {
            String::new()
        } else {
            format!("<p class=\"{class}\">{}</p>\n", escape(&text))
        }
    };
    let mut out = String::from("<section class=\"page\">\n<div class=\"frame\">\n");
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        escape(&say("certificate.heading", &[]))
    ));
    out.push_str(&line("lead", say("certificate.certify", &[])));
    out.push_str(&format!(
        "<p {}>{}</p>\n",
        name_attributes(&c.learner),
        escape(&c.learner)
    ));
    out.push_str(&line("lead", say("certificate.passed-in", &[])));
    let topic_lang = name_lang(&c.topic).map_or_else(String::new, |l| format!(" lang=\"{l}\""));
    out.push_str(&format!(
        "<p class=\"topic\"{topic_lang}>{}</p>\n",
        escape(&c.topic)
    ));
    out.push_str(&line(
        "score",
        say(
            "certificate.score",
            &[
                ("percent", &c.best_percent),
                ("score", &c.best_score),
                ("total", &c.best_total),
            ],
        ),
    ));
    if let Some(day) = c.passed_at {
        let date = (words.date)(day);
        out.push_str(&line("date", say("certificate.date", &[("date", &date)])));
    }
    if !centre.is_empty() {
        let lang = name_lang(centre).map_or_else(String::new, |l| format!(" lang=\"{l}\""));
        out.push_str(&format!(
            "<p class=\"centre\"{lang}>{}</p>\n",
            escape(centre)
        ));
    }
    out.push_str(&line("signature", say("certificate.signature", &[])));
    out.push_str("</div>\n</section>\n");
    out
}

/// `class="name …"` with the size class, and `lang` when the letters say the language.
fn name_attributes(name: &str) -> String {
    let class = match name_size(name).class() {
        Some(size) => format!("class=\"name {size}\""),
        None => "class=\"name\"".to_string(),
    };
    match name_lang(name) {
        Some(lang) => format!("{class} lang=\"{lang}\""),
        None => class,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_wide_names_get_smaller_sizes() {
        assert_eq!(name_size("Lan"), NameSize::Full);
        assert_eq!(name_size("Nguyễn Thị Phương Thảo"), NameSize::Full);
        assert_eq!(name_size("Батбаяр Эрдэнэчимэг Гантулга"), NameSize::Long);
        let sixty = "Nguyễn Thị Phương Thảo Trần Lê Hoàng Minh Châu Võ Đặng Ý Nhi";
        assert_eq!(name_size(sixty), NameSize::Longer);
        // 30 Hangul syllables are 60 columns wide; 40 are 80.
        assert_eq!(name_size(&"김".repeat(30)), NameSize::Longer);
        assert_eq!(name_size(&"김".repeat(40)), NameSize::Longest);
    }

    #[test]
    fn the_language_comes_from_the_letters() {
        assert_eq!(name_lang("김영자"), Some("ko"));
        assert_eq!(name_lang("Nguyễn Thị Phương Thảo"), Some("vi"));
        assert_eq!(name_lang("Trần Văn Đức"), Some("vi"));
        assert_eq!(name_lang("Өлзий Батбаяр"), Some("mn"));
        assert_eq!(name_lang("Батбаяр Эрдэнэчимэг"), Some("und-Cyrl"));
        assert_eq!(name_lang("王芳"), Some("und-Hani"));
        assert_eq!(name_lang("Lan Tran"), None);
    }

    #[test]
    fn the_font_stack_has_korean_fonts_for_each_system() {
        for font in [
            "Malgun Gothic",
            "Apple SD Gothic Neo",
            "Noto Sans CJK KR",
            "Segoe UI",
        ] {
            assert!(FONTS.contains(font), "{font}");
        }
        assert!(FONTS.ends_with("sans-serif"));
        assert!(!STYLE.replace("FONTS", FONTS).contains("FONTS"));
    }
}
