//! Printable certificates: which topics a learner has passed (`for_learner`), and one
//! self-contained HTML file with one A4 page per certificate (`html`, in `page`): inline CSS
//! only, no external fonts, images or scripts, so it prints the same from any browser with no
//! network.
//!
//! No I/O here, and no certificate without a pass: a learner who has not passed gets a
//! [`NoCertificate`] that says so and what to do. Every piece of text is HTML-escaped.

use serde::Serialize;

use crate::pack::Pack;
use crate::progress::Progress;

pub mod page;

pub use page::{NameSize, Words, html, name_lang, name_size};

/// The pass mark said in messages when the pack is not at hand (the pack format's default).
pub const DEFAULT_PASS_PERCENT: u32 = 80;

/// One certificate: a learner passed one topic's assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Certificate {
    /// The learner's name.
    pub learner: String,
    /// The pack id.
    pub pack: String,
    /// The topic's title (the pack's title, or its id when the pack is no longer in use).
    pub topic: String,
    /// When the assessment was first passed (seconds since 1970, UTC), if known.
    pub passed_at: Option<u64>,
    /// The best score in percent.
    pub best_percent: u32,
    /// Right answers in the best attempt.
    pub best_score: u32,
    /// Questions in the best attempt.
    pub best_total: u32,
}

/// Why there is no certificate to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoCertificate {
    /// The learner has not passed this topic's assessment.
    NotPassed {
        /// The learner's name.
        learner: String,
        /// The topic's title.
        topic: String,
        /// The pass mark in percent.
        pass_percent: u32,
    },
    /// The learner has not passed any assessment.
    NonePassed {
        /// The learner's name.
        learner: String,
    },
    /// No pack has this id or topic.
    UnknownTopic {
        /// What was asked for.
        topic: String,
        /// The pack ids there are.
        known: Vec<String>,
    },
}

impl std::fmt::Display for NoCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoCertificate::NotPassed {
                learner,
                topic,
                pass_percent,
            } => write!(
                f,
                "{learner} has not passed the {topic} assessment yet. A certificate is given after a pass ({pass_percent}% or more)."
            ),
            NoCertificate::NonePassed { learner } => write!(
                f,
                "{learner} has not passed any assessment yet. A certificate is given after a pass ({DEFAULT_PASS_PERCENT}% or more) in a topic's assessment."
            ),
            NoCertificate::UnknownTopic { topic, known } => write!(
                f,
                "there is no topic \"{topic}\". Give one of: {}",
                known.join(", ")
            ),
        }
    }
}

impl std::error::Error for NoCertificate {}

/// The learner's certificates: for `topic` (a pack id or a topic id) when given, else for every
/// topic passed, packs in use first in their order, then packs no longer in use by id.
pub fn for_learner(
    progress: &Progress,
    packs: &[&Pack],
    topic: Option<&str>,
) -> Result<Vec<Certificate>, NoCertificate> {
    let learner = progress.profile.name.clone();
    let wanted: Vec<String> = match topic {
        Some(t) => {
            let mut ids: Vec<String> = packs
                .iter()
                .filter(|p| p.id == t || p.topic == t)
                .map(|p| p.id.clone())
                .collect();
            // A pack no longer in use still has its pass on record.
            if ids.is_empty() && progress.assessments.contains_key(t) {
                ids.push(t.to_string());
            }
            if ids.is_empty() {
                return Err(NoCertificate::UnknownTopic {
                    topic: t.to_string(),
                    known: packs.iter().map(|p| p.id.clone()).collect(),
                });
            }
            ids
        }
        None => {
            let mut ids: Vec<String> = progress.assessments.keys().cloned().collect();
            let order = |id: &str| packs.iter().position(|p| p.id == id).unwrap_or(usize::MAX);
            ids.sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.cmp(b)));
            ids
        }
    };
    let title = |id: &str| {
        packs
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.title.clone())
    };
    let certificates: Vec<Certificate> = wanted
        .iter()
        .filter_map(|id| {
            let a = progress.assessments.get(id).filter(|a| a.passed)?;
            Some(Certificate {
                learner: learner.clone(),
                pack: id.clone(),
                topic: title(id),
                passed_at: a.passed_at,
                best_percent: a.best_percent,
                best_score: a.best_score,
                best_total: a.best_total,
            })
        })
        .collect();
    if !certificates.is_empty() {
        return Ok(certificates);
    }
    match (topic, wanted.first()) {
        (Some(_), Some(id)) => Err(NoCertificate::NotPassed {
            learner,
            topic: title(id),
            pass_percent: packs
                .iter()
                .find(|p| p.id == *id)
                .and_then(|p| p.assessment.as_ref())
                .map_or(DEFAULT_PASS_PERCENT, |a| a.pass_percent),
        }),
        _ => Err(NoCertificate::NonePassed { learner }),
    }
}

/// Text made safe to put in HTML: `&`, `<`, `>`, `"` and `'` become character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A day as people write it on a certificate, e.g. `12 March 2025` (UTC).
pub fn long_date(secs: u64) -> Option<String> {
    let format = time::macros::format_description!("[day padding:none] [month repr:long] [year]");
    let t = time::OffsetDateTime::from_unix_timestamp(i64::try_from(secs).ok()?).ok()?;
    t.format(&format).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::QuizResult;
    use crate::progress::Change;

    /// 2025-03-12 09:30 UTC.
    const MARCH_12: u64 = 1_741_771_800;

    /// The certificate's words from the tutor's English catalog.
    fn english() -> Words<'static> {
        crate::tui::text::set_language(crate::language::Language::En);
        Words {
            lang: "en",
            say: &crate::tui::text::tf,
            date: &crate::tui::text::long_date,
        }
    }

    #[test]
    fn a_certificate_is_written_in_the_learners_language() {
        let mut p = Progress::new("lan-1", "Nguyễn Thị Lan", 1);
        tested(&mut p, "all-kinds", 2, 2, MARCH_12);
        let certs = for_learner(&p, &[&pack()], None).unwrap();
        crate::tui::text::set_language(crate::language::Language::Vi);
        let words = Words {
            lang: "vi",
            say: &crate::tui::text::tf,
            date: &crate::tui::text::long_date,
        };
        let page = html(&certs, "", &words);
        crate::tui::text::set_language(crate::language::Language::En);
        assert!(page.contains("<html lang=\"vi\">"), "{page}");
        assert!(page.contains("<h1>Giấy chứng nhận</h1>"), "{page}");
        assert!(page.contains("Ngày đạt: 12 tháng 3 năm 2025"), "{page}");
        assert!(page.contains("Điểm: 100% (đúng 2 trên 2 câu)"), "{page}");
        assert!(!page.contains("Passed on"), "{page}");
    }

    fn pack() -> Pack {
        toml::from_str(include_str!("../tests/fixtures/packs/valid/all-kinds.toml")).unwrap()
    }

    fn tested(p: &mut Progress, pack: &str, score: u32, total: u32, at: u64) {
        let result = QuizResult {
            score,
            total,
            passed: score * 100 >= 80 * total,
            wrong: Vec::new(),
        };
        p.apply(&Change::tested(pack, &result, at));
    }

    #[test]
    fn escape_makes_names_safe() {
        assert_eq!(
            escape(r#"<b>Tom & "Jerry"</b> O'Neil"#),
            "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; O&#39;Neil"
        );
        assert_eq!(escape("Nguyễn Thị Lan"), "Nguyễn Thị Lan");
    }

    #[test]
    fn a_pass_gives_a_certificate_with_name_topic_date_score_and_centre() {
        let pack = pack();
        let mut p = Progress::new("lan-1", "Lan <Grandma> & co", 1);
        tested(&mut p, "all-kinds", 1, 2, MARCH_12 - 86_400);
        tested(&mut p, "all-kinds", 2, 2, MARCH_12);
        let certs = for_learner(&p, &[&pack], Some("all-kinds")).unwrap();
        assert_eq!(certs.len(), 1);
        assert_eq!(certs[0].topic, "Every kind, once");
        assert_eq!(certs[0].passed_at, Some(MARCH_12));
        let html = html(&certs, "Hanoi \"Sunrise\" Centre", &english());
        assert!(html.contains("<p class=\"name\">Lan &lt;Grandma&gt; &amp; co</p>"));
        assert!(html.contains("<p class=\"topic\">Every kind, once</p>"));
        assert!(html.contains("Passed on 12 March 2025"));
        assert!(html.contains("with a score of 100% (2 of 2 questions right)"));
        assert!(html.contains("<p class=\"centre\">Hanoi &quot;Sunrise&quot; Centre</p>"));
        assert!(html.contains("@page { size: A4"));
        assert!(!html.contains("<Grandma>"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let c = Certificate {
            learner: "Lan".into(),
            pack: "p".into(),
            topic: "QR codes".into(),
            passed_at: None,
            best_percent: 90,
            best_score: 9,
            best_total: 10,
        };
        let html = html(&[c], "  ", &english());
        for outside in ["<script", "<link", "<img", "url(", "@import", "http"] {
            assert!(!html.contains(outside), "{outside} in the certificate");
        }
        // No centre and no date: their lines are left out.
        assert!(!html.contains("class=\"centre\""));
        assert!(!html.contains("Passed on"));
    }

    #[test]
    fn without_a_topic_every_pass_gets_its_own_page() {
        let pack = pack();
        let mut p = Progress::new("lan-1", "Lan", 1);
        tested(&mut p, "all-kinds", 2, 2, MARCH_12);
        tested(&mut p, "scams", 5, 8, MARCH_12);
        tested(&mut p, "an-old-pack", 8, 8, MARCH_12);
        let certs = for_learner(&p, &[&pack], None).unwrap();
        let topics: Vec<&str> = certs.iter().map(|c| c.topic.as_str()).collect();
        assert_eq!(topics, ["Every kind, once", "an-old-pack"]);
        let html = html(&certs, "", &english());
        assert_eq!(html.matches("<section class=\"page\">").count(), 2);
        assert!(html.contains("page-break-after: always"));
    }

    #[test]
    fn no_pass_no_certificate_and_the_message_says_what_to_do() {
        let pack = pack();
        let mut p = Progress::new("lan-1", "Lan", 1);
        tested(&mut p, "all-kinds", 1, 2, MARCH_12);
        let e = for_learner(&p, &[&pack], Some("qr-codes")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Lan has not passed the Every kind, once assessment yet. A certificate is given after a pass (80% or more)."
        );
        let e = for_learner(&p, &[&pack], None).unwrap_err();
        assert_eq!(
            e,
            NoCertificate::NonePassed {
                learner: "Lan".into()
            }
        );
        assert!(e.to_string().contains("has not passed any assessment yet"));
        let e = for_learner(&p, &[&pack], Some("knitting")).unwrap_err();
        assert!(e.to_string().contains("Give one of: all-kinds"));
    }
}
