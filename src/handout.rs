//! A large-print handout of a pack's lessons, as one self-contained HTML file for A4 paper: each
//! lesson on its own page with its goal, its step card in large type, and the QR codes of its
//! steps drawn as real images (SVG squares, dark on white) that scan from the printed page. The
//! codes hold the same practice messages as the tutor's screens. Pure string building: every
//! piece of outside text is escaped.

use crate::certificate::escape;
use crate::certificate::page::FONTS;
use crate::language::Say;
use crate::pack::{Lesson, Pack, ScreenKind};

/// The words of a handout in one language.
#[allow(missing_debug_implementations)]
pub struct Words<'a> {
    /// The language's code, for `lang`.
    pub lang: &'a str,
    /// A message of the catalog by id, its placeholders filled.
    pub say: &'a Say,
    /// The tutor's own practice message, for a code whose pack gives none that is safe.
    pub practice: &'a str,
}

/// Modules of quiet zone around each printed code (the standard asks for four).
const QUIET: usize = 4;

const STYLE: &str = r#"
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: FONTS; color: #111111; background: #ffffff; font-size: 20pt; line-height: 1.35; }
.lesson { break-after: page; page-break-after: always; }
.lesson:last-child { break-after: auto; page-break-after: auto; }
.topic { font-size: 16pt; margin: 0 0 2mm; color: #333333; }
h1 { font-size: 30pt; margin: 0 0 6mm; }
h2 { font-size: 22pt; margin: 8mm 0 3mm; }
.goal { margin: 0 0 4mm; }
ol.card { margin: 0; padding-left: 12mm; }
ol.card li { margin: 0 0 3mm; padding-left: 2mm; }
p, li, h1, h2 { overflow-wrap: anywhere; }
.codes { display: flex; flex-wrap: wrap; gap: 8mm; }
figure { margin: 0; width: 60mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 50mm; height: 50mm; display: block; }
figcaption { font-size: 14pt; margin-top: 2mm; }
.note { font-size: 14pt; margin-top: 6mm; }
@media screen { body { max-width: 180mm; margin: 10mm auto; } }
"#;

/// The handout for `lessons` of `pack`, in the language of `words`.
pub fn html(pack: &Pack, lessons: &[&Lesson], words: &Words<'_>) -> String {
    let say = |id: &str| (words.say)(id, &[]);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        escape(words.lang),
        escape(&pack.title),
        STYLE.replace("FONTS", FONTS)
    ));
    for lesson in lessons {
        out.push_str("<section class=\"lesson\">\n");
        out.push_str(&format!("<p class=\"topic\">{}</p>\n", escape(&pack.title)));
        out.push_str(&format!("<h1>{}</h1>\n", escape(&lesson.title)));
        out.push_str(&format!(
            "<p class=\"goal\"><strong>{}</strong> {}</p>\n",
            escape(&say("handout.goal")),
            escape(&lesson.goal)
        ));
        if !lesson.step_card.is_empty() {
            out.push_str(&format!(
                "<h2>{}</h2>\n<ol class=\"card\">\n",
                escape(&say("handout.steps"))
            ));
            for line in &lesson.step_card {
                out.push_str(&format!("<li>{}</li>\n", escape(line)));
            }
            out.push_str("</ol>\n");
        }
        let codes = codes(lesson, words.practice);
        if !codes.is_empty() {
            out.push_str(&format!(
                "<h2>{}</h2>\n<div class=\"codes\">\n",
                escape(&say("handout.codes"))
            ));
            for (svg, caption) in &codes {
                out.push_str(&format!(
                    "<figure>{svg}<figcaption>{}</figcaption></figure>\n",
                    escape(caption)
                ));
            }
            out.push_str(&format!(
                "</div>\n<p class=\"note\">{}</p>\n",
                escape(&say("handout.codes-note"))
            ));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The QR codes of a lesson's steps, once each, as SVG, with the words printed with them.
fn codes(lesson: &Lesson, practice: &str) -> Vec<(String, String)> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for step in &lesson.steps {
        let screen = &step.screen;
        if screen.kind != ScreenKind::Qr {
            continue;
        }
        let payload = crate::qr::scannable(screen.payload.as_deref(), practice);
        let caption = [screen.printed.as_deref(), screen.place.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ");
        let key = format!("{payload}\u{0}{caption}");
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if let Some(svg) = svg(payload) {
            out.push((svg, caption));
        }
    }
    out
}

/// A code as an SVG image: a white square with its quiet zone, each row's dark modules drawn as
/// black runs, one unit a module.
pub fn svg(payload: &str) -> Option<String> {
    let code = crate::qr::encode(payload)?;
    let size = usize::from(code.size);
    let side = size + 2 * QUIET;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/>"
    );
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.dark[y * size + x] {
                let start = x;
                while x < size && code.dark[y * size + x] {
                    x += 1;
                }
                out.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"1\" fill=\"#000000\"/>",
                    start + QUIET,
                    y + QUIET,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    out.push_str("</svg>");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::qr_rules;

    /// Reads the code drawn by an SVG of `svg` back with rqrr.
    fn read(svg: &str) -> Option<String> {
        let side: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)?
            .split(' ')
            .next()?
            .parse()
            .ok()?;
        let mut dark = vec![false; side * side];
        for rect in svg.split("<rect x=\"").skip(1) {
            let number = |name: &str| -> usize {
                let value = if name == "x" {
                    rect.split('"').next()
                } else {
                    rect.split(&format!("{name}=\""))
                        .nth(1)
                        .and_then(|r| r.split('"').next())
                };
                value.and_then(|v| v.parse().ok()).unwrap_or(0)
            };
            let (x, y, w) = (number("x"), number("y"), number("width"));
            for i in x..x + w {
                dark[y * side + i] = true;
            }
        }
        const SCALE: usize = 6;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side * SCALE, side * SCALE, |x, y| {
                if dark[(y / SCALE) * side + x / SCALE] {
                    0
                } else {
                    255
                }
            });
        let grids = image.detect_grids();
        grids.first()?.decode().ok().map(|(_, text)| text)
    }

    #[test]
    fn a_printed_code_reads_back_as_its_message() {
        for message in [
            "Practice code. Well done!",
            "연습 코드. 잘하셨어요!",
            "Хуурамч код!",
        ] {
            let svg = svg(message).expect("a code");
            assert_eq!(read(&svg).as_deref(), Some(message));
        }
    }

    #[test]
    fn each_lesson_has_its_goal_its_step_card_and_its_codes() {
        let library = crate::pack::Library::builtin_checked_at_build();
        let pack = library
            .packs()
            .find(|p| p.id == "qr-codes" && p.language == "vi")
            .expect("the Vietnamese QR pack");
        let lessons: Vec<&Lesson> = pack.lessons.iter().collect();
        let say = |id: &str, _: &[(&str, &dyn std::fmt::Display)]| format!("[{id}]");
        let words = Words {
            lang: "vi",
            say: &say,
            practice: "Mã tập. Bác làm tốt lắm!",
        };
        let page = html(pack, &lessons, &words);
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"vi\">"));
        for lesson in &lessons {
            assert!(page.contains(&escape(&lesson.goal)), "{}", lesson.id);
            for line in &lesson.step_card {
                assert!(page.contains(&escape(line)), "{line}");
            }
        }
        assert_eq!(
            page.matches("<section class=\"lesson\">").count(),
            lessons.len()
        );
        // Every code on the page scans, and none opens anything.
        let svgs: Vec<&str> = page.split("<svg").skip(1).collect();
        assert!(!svgs.is_empty());
        for svg in svgs {
            let text = read(&format!("<svg{svg}")).expect("a code that scans");
            assert!(qr_rules::opens_something(&text).is_none(), "{text}");
        }
        // Self-contained: nothing is fetched.
        assert!(
            !page.contains("src=") && !page.contains("<link"),
            "nothing to download"
        );
    }
}
