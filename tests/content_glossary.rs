//! One glossary and one cast for the English packs. `lessons/glossary.toml` names the one term
//! for each thing and the variants that must not appear; `lessons/cast.toml` says who each
//! recurring character is to the learner. (The packs of each country have their own cast and
//! words, checked by `tests/country_packs.rs`.) These tests read every pack under `lessons/en/` as text
//! and fail, with file and line, when a pack uses a forbidden variant or gives a cast member
//! another relation ("your son Minh" where the cast says grandson, "You are Oyunaa" where the
//! cast says daughter). Comment lines are skipped. Nothing is written.

// Helpers outside `#[test]` functions may fail a test too.
#![allow(clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    term: String,
    means: String,
    forbidden: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cast {
    characters: Vec<Character>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Character {
    /// The name as the text uses it alone: the given name.
    name: String,
    /// The whole name, when the text gives one.
    #[serde(default)]
    full_name: Option<String>,
    /// Who the character is to the learner: a relation word, or "learner" for a story's "you".
    relation: String,
    /// The packs (by file stem) the character appears in.
    packs: Vec<String>,
    /// The city the character lives in, when a story says so.
    #[serde(default)]
    home: Option<String>,
}

/// The cities the stories are set in.
const CITIES: [&str; 9] = [
    "Hanoi",
    "Hue",
    "Da Nang",
    "Ho Chi Minh City",
    "Seoul",
    "Busan",
    "Ulaanbaatar",
    "Darkhan",
    "Erdenet",
];

/// Every city a line says a character lives in: "Lan lives in Hue", "You are Lan, in Hue",
/// "Lan in Hue sent money". A visit ("Lan is at a hotel in Seoul") is not a home.
fn homes_in(line: &str, who: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in line.match_indices(who) {
        let after = &line[at + who.len()..];
        let before_ok = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        let rest = ["'s home in ", " lives in ", ", in ", " in "]
            .iter()
            .find_map(|lead| after.strip_prefix(lead));
        if let (true, Some(rest)) = (before_ok, rest)
            && let Some(city) = CITIES.iter().find(|c| rest.starts_with(**c))
        {
            found.push((*city).to_string());
        }
    }
    found
}

/// Relation words that tie a name to the learner or to the story's "you".
const RELATIONS: [&str; 15] = [
    "son",
    "daughter",
    "grandson",
    "granddaughter",
    "grandchild",
    "neighbour",
    "friend",
    "sister",
    "brother",
    "husband",
    "wife",
    "niece",
    "nephew",
    "cousin",
    "pharmacist",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// Every English pack file under `lessons/en/`, with its text.
fn packs() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).expect("the lessons folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml")
                && !digitutor::pack::load::REFERENCE_FILES
                    .iter()
                    .any(|r| path.file_name().is_some_and(|n| n == *r))
            {
                let text = fs::read_to_string(&path).expect("a readable pack");
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("en"), &mut out);
    out.sort();
    assert!(!out.is_empty(), "no packs under lessons/");
    out
}

/// The lines a learner can read: every line that is not a comment, numbered from 1.
fn text_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
}

/// Where `phrase` occurs in `line` as whole words, ignoring case.
fn has_phrase(line: &str, phrase: &str) -> bool {
    let line = line.to_lowercase();
    let phrase = phrase.to_lowercase();
    let is_word = |c: char| c.is_alphanumeric();
    line.match_indices(&phrase).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + phrase.len()..].chars().next();
        before.is_none_or(|c| !is_word(c)) && after.is_none_or(|c| !is_word(c))
    })
}

fn glossary() -> Glossary {
    let text = fs::read_to_string(root().join("glossary.toml")).expect("lessons/glossary.toml");
    toml::from_str(&text).expect("lessons/glossary.toml is a glossary")
}

fn cast() -> Cast {
    let text = fs::read_to_string(root().join("cast.toml")).expect("lessons/cast.toml");
    toml::from_str(&text).expect("lessons/cast.toml is a cast")
}

/// The words of a line, with the punctuation around each taken off; "(son)" keeps its brackets.
fn words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| ",.!?:;\"'[]{}=".contains(c));
            let w = w.strip_suffix("'s").unwrap_or(w);
            w.trim_end_matches(|c: char| ",.!?:;\"'".contains(c))
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every relation the line gives a name: "your grandson Minh", "her son, Park Min-su",
/// "Minh (grandson)", "You are Tran Van Hung". Returns (name, relation).
fn relations_in(line: &str) -> Vec<(String, String)> {
    let w = words(line);
    let lower: Vec<String> = w.iter().map(|s| s.to_lowercase()).collect();
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    // The capitalised words after position `from`, up to three, skipping "is".
    let names_after = |from: usize| -> Vec<String> {
        let mut names = Vec::new();
        for word in w.iter().skip(from).take(4) {
            if word == "is" {
                continue;
            }
            if !capital(word) {
                break;
            }
            names.push(word.clone());
        }
        names
    };
    for i in 0..w.len() {
        let next = lower.get(i + 1).map(String::as_str);
        if ["your", "his", "her", "my"].contains(&lower[i].as_str())
            && let Some(rel) = next.filter(|n| RELATIONS.contains(n))
        {
            for name in names_after(i + 2) {
                out.push((name, rel.to_string()));
            }
        }
        if lower[i] == "you" && next == Some("are") {
            for name in names_after(i + 2) {
                out.push((name, "learner".to_string()));
            }
        }
        if let Some(rel) = w
            .get(i + 1)
            .and_then(|n| n.strip_prefix('('))
            .and_then(|n| n.strip_suffix(')'))
            .filter(|n| RELATIONS.contains(n))
            && capital(&w[i])
        {
            out.push((w[i].clone(), rel.to_string()));
        }
    }
    out
}

#[test]
fn no_pack_uses_a_forbidden_variant_of_a_glossary_term() {
    let glossary = glossary();
    let mut found = Vec::new();
    for (path, text) in packs() {
        for (n, line) in text_lines(&text) {
            for term in &glossary.terms {
                for variant in &term.forbidden {
                    if has_phrase(line, variant) {
                        found.push(format!(
                            "{}:{n}: \"{variant}\": write \"{}\" ({})",
                            path.display(),
                            term.term,
                            term.means
                        ));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "forbidden variants:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_glossary_term_is_used_and_no_term_is_its_own_variant() {
    let glossary = glossary();
    let all: String = packs().into_iter().map(|(_, t)| t).collect();
    for term in &glossary.terms {
        assert!(
            has_phrase(&all, &term.term),
            "\"{}\" is in no pack",
            term.term
        );
        for variant in &term.forbidden {
            assert!(
                !has_phrase(&term.term, variant),
                "\"{}\" forbids itself with \"{variant}\"",
                term.term
            );
        }
    }
}

#[test]
fn every_cast_member_keeps_one_relation_in_every_pack() {
    let cast = cast();
    let mut found = Vec::new();
    for (path, text) in packs() {
        for (n, line) in text_lines(&text) {
            for (name, relation) in relations_in(line) {
                if let Some(member) = cast.characters.iter().find(|c| c.name == name)
                    && member.relation != relation
                {
                    found.push(format!(
                        "{}:{n}: {name} is {relation} here, but the cast says {}",
                        path.display(),
                        member.relation
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "cast members with another relation:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_cast_member_appears_in_the_packs_the_cast_names() {
    let cast = cast();
    let packs = packs();
    for member in &cast.characters {
        assert!(!member.packs.is_empty(), "{} is in no pack", member.name);
        for pack in &member.packs {
            let (_, text) = packs
                .iter()
                .find(|(p, _)| p.file_stem().is_some_and(|s| s == pack.as_str()))
                .unwrap_or_else(|| panic!("{}: there is no pack \"{pack}\"", member.name));
            let shown = member.full_name.as_deref().unwrap_or(&member.name);
            assert!(
                text.contains(&member.name) || text.contains(shown),
                "{} is not in {pack}",
                member.name
            );
        }
    }
    let mut names: Vec<&str> = cast.characters.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a name is in the cast twice");
}

#[test]
fn every_cast_member_lives_in_one_city_in_every_pack() {
    let cast = cast();
    let mut found = Vec::new();
    for (path, text) in packs() {
        for (n, line) in text_lines(&text) {
            for member in &cast.characters {
                let names = [Some(member.name.as_str()), member.full_name.as_deref()];
                for who in names.into_iter().flatten() {
                    for city in homes_in(line, who) {
                        if member.home.as_deref() != Some(city.as_str()) {
                            found.push(format!(
                                "{}:{n}: {who} lives in {city} here, but the cast says {}",
                                path.display(),
                                member.home.as_deref().unwrap_or("nothing")
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "cast members who move:\n{}",
        found.join("\n")
    );
}

#[test]
fn homes_are_read_from_the_ways_packs_write_them() {
    assert_eq!(
        homes_in("Nguyen Thi Lan lives in Hue. She", "Nguyen Thi Lan"),
        ["Hue"]
    );
    assert_eq!(homes_in("You are Lan, in Da Nang.", "Lan"), ["Da Nang"]);
    assert_eq!(
        homes_in("Choi Mi-ran in Busan sent money", "Choi Mi-ran"),
        ["Busan"]
    );
    assert!(homes_in("Kim Young-ja is at a hotel in Seoul.", "Kim Young-ja").is_empty());
    assert!(homes_in("Bat-Erdene lives in Ulaanbaatar.", "Erdene").is_empty());
    assert!(homes_in("Her son's phone in Hanoi.", "Lan").is_empty());
}

#[test]
fn relations_are_read_from_the_ways_packs_write_them() {
    let found = |line: &str| relations_in(line);
    assert_eq!(
        found("Your grandson Tran Van Minh sets up Family Call."),
        [
            ("Tran", "grandson"),
            ("Van", "grandson"),
            ("Minh", "grandson")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(found("Her son, Park Min-su, turns 20").contains(&("Min-su".into(), "son".into())));
    assert!(found("caller = \"Min-su (son)\"").contains(&("Min-su".into(), "son".into())));
    assert!(
        found("You are Kim Young-ja. Your son is Park Jun-ho.")
            .contains(&("Jun-ho".into(), "son".into()))
    );
    assert!(found("You are Kim Young-ja.").contains(&("Young-ja".into(), "learner".into())));
    assert!(found("Minh chose cash on delivery.").is_empty());
    assert!(has_phrase("Open the App Shop now", "app shop"));
    assert!(!has_phrase("Open the app-shop icon", "app shop"));
}
