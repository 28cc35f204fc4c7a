//! Every piece of text the tutor itself shows (not lesson text, which comes from packs), in
//! Fluent catalogs: `locales/<language>/tutor.ftl`, built into the binary. The code names a
//! message by a dotted id (`"player.step"`), written with dashes in the catalog
//! (`player-step`). `t("id")` gives a message without placeholders; `tf` fills `{ $name }`
//! placeholders, and numbers choose the plural form the language's rules ask for ("1 lesson",
//! "2 lessons").
//!
//! The language is the one set for this thread with [`set_language`] (the tutor runs on one
//! thread; each test thread has its own). A message a catalog lacks falls back to English.

mod catalog;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Display;

use fluent_bundle::{FluentArgs, FluentValue};

use catalog::Catalog;

pub use crate::language::Language;

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
    static CATALOGS: RefCell<HashMap<Language, Catalog>> = RefCell::new(HashMap::new());
    /// Messages without placeholders, formatted once per language.
    static PLAIN: RefCell<HashMap<(Language, String), &'static str>> =
        RefCell::new(HashMap::new());
}

/// Speaks `language` from now on (on this thread).
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language the tutor speaks now.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// The catalog's id for a code id: `player.step` is `player-step`.
fn catalog_id(id: &str) -> String {
    id.replace('.', "-")
}

/// Formats message `id` in `language`, if its catalog has it. Only the language spoken now keeps
/// its catalog read; another language's (the language screen's question, a certificate in a
/// learner's language, English for a message a catalog lacks, which the tests forbid) is read
/// for the message and let go, so a catalog costs its memory only while it is spoken.
fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let kept = language == self::language();
    CATALOGS.with(|catalogs| {
        let mut catalogs = catalogs.borrow_mut();
        catalogs.retain(|l, _| *l == self::language());
        let mut read;
        let catalog = if kept {
            catalogs
                .entry(language)
                .or_insert_with(|| Catalog::read(language))
        } else {
            read = Catalog::read(language);
            &mut read
        };
        catalog.format(&catalog_id(id), args)
    })
}

/// Message `id` in the current language (else English).
fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    text_in(language(), id, args)
}

/// Message `id` in `language` (else English).
fn text_in(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format(language, id, args)
        .or_else(|| format(Language::En, id, args))
        .unwrap_or_else(|| "(missing text)".to_string())
}

/// The message with this id in `language` (else English), whatever the tutor speaks now: the
/// language screen asks its question in every language.
pub fn t_in(language: Language, id: &str) -> String {
    plain_in(language, id).to_string()
}

/// The message with this id, which has no placeholders.
pub fn t(id: &str) -> &'static str {
    plain_in(language(), id)
}

/// A message without placeholders in `language`, formatted once and kept for the life of the
/// program (a few hundred short texts per language), so a screen drawn again reads no catalog.
fn plain_in(language: Language, id: &str) -> &'static str {
    PLAIN.with(|plain| {
        let key = (language, id.to_string());
        if let Some(text) = plain.borrow().get(&key) {
            return *text;
        }
        let text: &'static str = Box::leak(text_in(language, id, None).into_boxed_str());
        plain.borrow_mut().insert(key, text);
        text
    })
}

/// The message with this id, its `{ $name }` placeholders filled. A whole number is passed as
/// a number, so the catalog can choose its plural form.
pub fn tf(id: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = value.to_string();
        let number = (value == "0" || !value.starts_with('0'))
            && value.len() <= 9
            && value.chars().all(|c| c.is_ascii_digit());
        match value.parse::<u32>() {
            Ok(n) if number => fluent.set(*name, FluentValue::from(n)),
            _ => fluent.set(*name, FluentValue::from(value)),
        }
    }
    text(id, Some(&fluent))
}

/// A day (seconds since 1970, UTC) written the way the current language writes it: "28
/// November 2026", "28 tháng 11 năm 2026", "2026 оны 11 сарын 28", "2026년 11월 28일".
pub fn long_date(secs: u64) -> String {
    let day = i64::try_from(secs)
        .ok()
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    tf(
        "date.long",
        &[
            ("day", &day.day()),
            ("month", &u8::from(day.month())),
            ("year", &day.year()),
        ],
    )
}

/// Whether the English catalog has a message with this id.
pub fn has(id: &str) -> bool {
    format(Language::En, id, None).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalog::source as catalog;
    use fluent_bundle::{FluentBundle, FluentResource};

    #[test]
    fn slots_are_filled() {
        assert_eq!(
            tf("player.step", &[("n", &2), ("total", &6)]),
            "Step 2 of 6"
        );
    }

    #[test]
    fn numbers_choose_the_plural_form() {
        set_language(Language::En);
        let progress =
            |done: u32, total: u32| tf("home.progress", &[("done", &done), ("total", &total)]);
        assert_eq!(progress(1, 1), "1 of 1 lesson done");
        assert_eq!(progress(0, 5), "0 of 5 lessons done");
        assert_eq!(tf("trainer.minutes", &[("n", &1)]), "1 minute");
        assert_eq!(tf("trainer.minutes", &[("n", &10)]), "10 minutes");
    }

    #[test]
    fn a_number_written_with_a_leading_zero_stays_as_written() {
        assert!(tf("header.learner", &[("name", &"0905")]).contains("0905"));
    }

    #[test]
    fn every_catalog_parses_without_a_duplicate_id() {
        for language in Language::ALL {
            let resource = FluentResource::try_new(catalog(language));
            assert!(
                resource.is_ok(),
                "{}: {:?}",
                language.code(),
                resource.err()
            );
            let mut bundle: FluentBundle<FluentResource> = FluentBundle::new(vec![]);
            if let Ok(resource) = resource {
                assert!(
                    bundle.add_resource(resource).is_ok(),
                    "{}: an id is there twice",
                    language.code()
                );
            }
        }
    }

    /// Each message of a catalog, with the placeholders it uses: an id starts a line; the
    /// indented lines and closing braces after it belong to it.
    fn messages(catalog: &str) -> Vec<(String, std::collections::BTreeSet<String>)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for line in catalog.lines() {
            let starts = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            match line.split_once(" = ") {
                Some((id, rest)) if starts => out.push((id.to_string(), rest.to_string())),
                _ if line.starts_with([' ', '}']) => {
                    if let Some(last) = out.last_mut() {
                        last.1.push_str(line);
                    }
                }
                _ => {}
            }
        }
        out.into_iter()
            .map(|(id, text)| {
                let names = text
                    .split('$')
                    .skip(1)
                    .map(|rest| {
                        rest.chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect()
                    })
                    .collect();
                (id, names)
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = messages(&catalog(Language::En));
        assert!(english.len() > 250);
        for language in Language::ALL {
            let theirs = messages(&catalog(language));
            let mut problems = Vec::new();
            for (id, names) in &english {
                match theirs.iter().find(|(other, _)| other == id) {
                    None => problems.push(format!("{id} is missing")),
                    Some((_, their_names)) if their_names != names => {
                        problems.push(format!("{id} uses {their_names:?}, not {names:?}"))
                    }
                    Some(_) => {}
                }
            }
            for (id, _) in &theirs {
                if !english.iter().any(|(other, _)| other == id) {
                    problems.push(format!("{id} is not an English message"));
                }
            }
            assert!(problems.is_empty(), "{}: {problems:#?}", language.code());
        }
    }

    #[test]
    fn the_checker_sees_a_dropped_or_invented_placeholder() {
        let english = messages(
            "a = Hello { $name }.\nb = { $n ->\n    [one] x\n   *[other] y\n} { $last }\n",
        );
        let names = |m: &[(String, std::collections::BTreeSet<String>)], id: &str| {
            m.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone())
        };
        assert_eq!(names(&english, "a").map(|n| n.len()), Some(1));
        assert_eq!(
            names(&english, "b"),
            Some(["last", "n"].map(String::from).into_iter().collect())
        );
    }

    #[test]
    fn each_language_speaks_its_own_words_and_plural_rules() {
        set_language(Language::Vi);
        assert_eq!(t("who.title"), "Hôm nay ai học ạ?");
        assert_eq!(
            tf("home.progress", &[("done", &1), ("total", &1)]),
            "Đã xong 1 trên 1 bài"
        );
        set_language(Language::Ko);
        assert_eq!(
            tf("home.progress", &[("done", &2), ("total", &5)]),
            "수업 5개 중 2개 완료"
        );
        set_language(Language::En);
        assert_eq!(t("who.title"), "Who is learning today?");
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        // 2026-11-28 09:00 UTC.
        let day = 1_795_856_400;
        for (language, written) in [
            (Language::En, "28 November 2026"),
            (Language::Vi, "28 tháng 11 năm 2026"),
            (Language::Mn, "2026 оны 11 сарын 28"),
            (Language::Ko, "2026년 11월 28일"),
        ] {
            set_language(language);
            assert_eq!(long_date(day), written);
        }
        set_language(Language::En);
        assert_eq!(long_date(1_741_771_800), "12 March 2025");
    }

    #[test]
    fn a_missing_message_says_so_and_does_not_panic() {
        let id = ["no", "such-message"].join(".");
        assert_eq!(t(&id), "(missing text)");
    }

    /// Every message id the tutor's source names exists in the English catalog, however it is
    /// passed: to `t` or `tf`, to a key bar command, kept in a constant or a field. Any string
    /// literal shaped like an id whose group (the part before the first dot) is a catalog group
    /// counts.
    #[test]
    fn every_used_id_exists() {
        let catalog = catalog(Language::En);
        let groups: std::collections::BTreeSet<&str> = catalog
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#']))
            .filter_map(|id| id.split('-').next())
            .collect();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/tui");
        let mut missing = Vec::new();
        let mut seen = 0;
        let mut stack = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for literal in text.split('"').skip(1).step_by(2) {
                    let Some((group, rest)) = literal.split_once('.') else {
                        continue;
                    };
                    let shaped = !rest.is_empty()
                        && literal.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || ".-".contains(c)
                        });
                    if !shaped || !groups.contains(group) {
                        continue;
                    }
                    seen += 1;
                    if !has(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
        assert!(seen > 250, "only {seen} ids found in the source");
        assert!(missing.is_empty(), "ids not in the catalog: {missing:?}");
    }
}
