//! The packs written for Vietnam, Mongolia and Korea (`lessons/vi`, `lessons/mn`, `lessons/ko`):
//! every word a learner reads is in the pack's language, with no English left behind except in
//! names, brands, addresses and key names; each country's packs use one word for each thing;
//! and each pack covers every lesson and step of its English pack, so progress lines up.
//!
//! The text is read from the TOML files as values, so every field a learner can see is
//! checked, whatever kind of screen it sits on.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use toml::Value;

/// Keys whose values are names for the program, never shown as sentences.
const NOT_SHOWN: [&str; 17] = [
    "id",
    "kind",
    "do",
    "role",
    "element",
    "target",
    "next",
    "consequence",
    "check",
    "topic",
    "language",
    "date_order",
    "pattern",
    "call_state",
    "from",
    "answer",
    "format_version",
];

/// English words that no Vietnamese, Mongolian or Korean sentence uses, and that any English
/// sentence left behind is sure to hold.
const ENGLISH: [&str; 24] = [
    "the", "and", "you", "your", "is", "are", "of", "for", "this", "that", "with", "press", "tap",
    "step", "here", "what", "not", "do", "it", "on", "in", "if", "be", "can",
];

/// Of those, the ones that are also Vietnamese words ("do": because of, by; "in": to print;
/// "be", "to", "a" are Vietnamese too).
const ALSO_VIETNAMESE: [&str; 3] = ["do", "in", "be"];

fn is_english(word: &str, language: &str) -> bool {
    ENGLISH.contains(&word) && !(language == "vi" && ALSO_VIETNAMESE.contains(&word))
}

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// Every (key, text) a learner may read in a pack.
fn shown(value: &Value, key: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) if !NOT_SHOWN.contains(&key) => out.push((key.to_string(), s.clone())),
        Value::Array(items) => items.iter().for_each(|v| shown(v, key, out)),
        Value::Table(table) => table.iter().for_each(|(k, v)| shown(v, k, out)),
        _ => {}
    }
}

fn packs(language: &str) -> Vec<(PathBuf, Value)> {
    let mut out = Vec::new();
    let dir = lessons().join(language);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("a readable pack");
            let value: Value = toml::from_str(&text).expect("a pack that reads");
            out.push((path, value));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The words of letters only, in lower case: not an address, a number, a time, or a name
/// written in capitals as banks and senders write them (`HUH TAL BANK`, `TRAN VAN MINH`).
fn plain_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| !w.contains(['.', '/', '@', ':', '_']) || w.ends_with(['.', ':']))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
        .filter(|w| w.chars().count() < 2 || w.chars().any(char::is_lowercase))
        .map(str::to_lowercase)
        .collect()
}

fn has_script(text: &str, language: &str) -> bool {
    text.chars().any(|c| match language {
        "ko" => ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{3131}'..='\u{318E}').contains(&c),
        "mn" => ('\u{0400}'..='\u{04FF}').contains(&c),
        _ => true,
    })
}

fn english_left_in(language: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (path, pack) in packs(language) {
        assert_eq!(
            pack.get("language").and_then(Value::as_str),
            Some(language),
            "{}",
            path.display()
        );
        let mut texts = Vec::new();
        shown(&pack, "", &mut texts);
        assert!(texts.len() > 500, "{}: too little text", path.display());
        for (key, text) in texts {
            let words = plain_words(&text);
            let english: Vec<&String> = words.iter().filter(|w| is_english(w, language)).collect();
            // A sentence of three or more words with none in the language's own script.
            let foreign = words.len() >= 3 && !has_script(&text, language);
            if !english.is_empty() || foreign {
                found.push(format!("{} [{key}]: {text}", path.display()));
            }
        }
    }
    found
}

#[test]
fn every_vietnamese_pack_is_in_vietnamese() {
    let found = english_left_in("vi");
    assert!(
        found.is_empty(),
        "English left behind:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_mongolian_pack_is_in_mongolian() {
    let found = english_left_in("mn");
    assert!(
        found.is_empty(),
        "English left behind:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_korean_pack_is_in_korean() {
    let found = english_left_in("ko");
    assert!(
        found.is_empty(),
        "English left behind:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_an_english_sentence_left_in_a_pack() {
    let pack: Value = toml::from_str(
        "id = \"x\"\n[[lessons]]\nid = \"l\"\ninstruction = \"Xin chào bác. Press Enter to go on.\"\n",
    )
    .expect("reads");
    let mut texts = Vec::new();
    shown(&pack, "", &mut texts);
    assert_eq!(texts.len(), 1, "ids are not text: {texts:?}");
    let words = plain_words(&texts[0].1);
    assert!(words.iter().any(|w| is_english(w, "vi")));
    // "in" (to print) is Vietnamese; a bank's name in capitals is a name.
    assert!(
        !plain_words("Số in trên thẻ. CUA HANG THE VANG")
            .iter()
            .any(|w| is_english(w, "vi"))
    );
    assert!(!has_script("Press Enter to go on", "ko"));
    assert!(has_script("Enter 키를 누르세요", "ko"));
    assert!(has_script("Enter товчийг дарна уу", "mn"));
    // Addresses, numbers and key names are not words.
    assert!(plain_words("lotus-bank.vn/the 1555 09:12").is_empty());
}

/// The words each country's packs agree on: a variant that must not appear, and the word to
/// write instead.
const ONE_WORD: [(&str, &str, &str); 8] = [
    ("vi", "mã xác thực", "mã OTP"),
    ("vi", "mã xác minh", "mã OTP"),
    ("ko", "OTP", "인증번호"),
    ("ko", "일회용 비밀번호", "인증번호"),
    ("ko", "패스워드", "비밀번호"),
    ("mn", "OTP", "нэг удаагийн код"),
    ("mn", "баталгаажуулах код", "нэг удаагийн код"),
    ("mn", "пасспорт", "нууц үг"),
];

#[test]
fn each_countrys_packs_use_one_word_for_each_thing() {
    let mut found = Vec::new();
    for (language, variant, word) in ONE_WORD {
        for (path, pack) in packs(language) {
            let mut texts = Vec::new();
            shown(&pack, "", &mut texts);
            for (key, text) in texts {
                if text.to_lowercase().contains(&variant.to_lowercase()) {
                    found.push(format!(
                        "{} [{key}]: \"{variant}\": write \"{word}\": {text}",
                        path.display()
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The ids of a pack's lessons, and of each lesson's steps, in order.
fn shape(pack: &Value) -> Vec<(String, Vec<String>)> {
    let id = |v: &Value| {
        v.get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    pack.get("lessons")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|lesson| {
            let steps = lesson
                .get("steps")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(id)
                .collect();
            (id(lesson), steps)
        })
        .collect()
}

#[test]
fn every_country_pack_has_every_lesson_and_step_of_its_english_pack() {
    let english = packs("en");
    for language in ["vi", "mn", "ko"] {
        for (path, pack) in packs(language) {
            let id = pack.get("id").and_then(Value::as_str).expect("an id");
            let (_, source) = english
                .iter()
                .find(|(_, p)| p.get("id").and_then(Value::as_str) == Some(id))
                .unwrap_or_else(|| panic!("{}: no English pack {id}", path.display()));
            let ours = shape(&pack);
            for lesson in shape(source) {
                assert!(
                    ours.contains(&lesson),
                    "{}: lesson {} is missing or its steps differ",
                    path.display(),
                    lesson.0
                );
            }
        }
    }
}
