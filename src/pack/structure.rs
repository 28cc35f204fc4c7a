//! The shape of a pack: every key known, every required key present, every value of the right
//! type and every fixed word (`kind`, `do`, `check`, ...) one of its allowed values. The allowed
//! shape is read from the JSON Schema generated from the model, so it never drifts from the types.
//! Unlike deserializing, this walk reports every problem in the file, not just the first, and
//! suggests the key the author probably meant.
//!
//! It also checks every piece of text for characters that could drive the learner's terminal.

use std::ops::Range;

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Severity};

/// A place in the document, with owned keys: where an unknown key sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A key in a table.
    Key(String),
    /// A position in an array.
    Index(usize),
}

/// What the walk found.
#[derive(Debug, Default)]
pub struct Shape {
    /// Every problem, in file order.
    pub problems: Vec<Diagnostic>,
    /// Where the unknown keys are. When these are the only problems, the rest of the pack can
    /// still be checked with them left out.
    pub unknown_keys: Vec<Vec<Place>>,
}

/// Walks a parsed document against the schema and collects problems.
pub fn check(file: &str, source: &str, doc: &Spanned<DeTable<'_>>, schema: &Value) -> Shape {
    let mut walker = Walker {
        file,
        source,
        lines: std::cell::OnceCell::new(),
        defs: schema.get("$defs"),
        out: Vec::new(),
        place: Vec::new(),
        unknown: Vec::new(),
    };
    walker.table(
        doc.get_ref(),
        doc.span().start..doc.span().start,
        schema,
        "the pack",
    );
    Shape {
        problems: walker.out,
        unknown_keys: walker.unknown,
    }
}

/// Only the text check, over every string in the document: for packs whose shape is already
/// known to be right.
pub fn check_texts(file: &str, source: &str, doc: &Spanned<DeTable<'_>>) -> Vec<Diagnostic> {
    if !may_hold_forbidden(source) {
        return Vec::new();
    }
    let mut walker = Walker {
        file,
        source,
        lines: std::cell::OnceCell::new(),
        defs: None,
        out: Vec::new(),
        place: Vec::new(),
        unknown: Vec::new(),
    };
    for (key, value) in doc.get_ref().iter() {
        walker.texts_in(value, key.get_ref().as_ref());
    }
    walker.out
}

/// Removes the keys at these places from a TOML table (so the rest can be read).
pub fn remove_keys(table: &mut toml::Table, places: &[Vec<Place>]) {
    for place in places {
        remove_in_table(table, place);
    }
}

fn remove_in_table(table: &mut toml::Table, place: &[Place]) {
    match place {
        [Place::Key(k)] => {
            table.remove(k);
        }
        [Place::Key(k), rest @ ..] => {
            if let Some(v) = table.get_mut(k) {
                remove_in_value(v, rest);
            }
        }
        _ => {}
    }
}

fn remove_in_value(value: &mut toml::Value, place: &[Place]) {
    match (value, place.first()) {
        (toml::Value::Table(t), Some(Place::Key(_))) => remove_in_table(t, place),
        (toml::Value::Array(items), Some(Place::Index(i))) => {
            if let Some(v) = items.get_mut(*i) {
                remove_in_value(v, &place[1..]);
            }
        }
        _ => {}
    }
}

struct Walker<'a> {
    file: &'a str,
    source: &'a str,
    lines: std::cell::OnceCell<crate::diagnostic::LineIndex>,
    defs: Option<&'a Value>,
    out: Vec<Diagnostic>,
    place: Vec<Place>,
    unknown: Vec<Vec<Place>>,
}

impl<'a> Walker<'a> {
    fn push(&mut self, code: &'static str, span: Range<usize>, message: String, help: String) {
        let lines = self
            .lines
            .get_or_init(|| crate::diagnostic::LineIndex::new(self.source));
        self.out.push(
            Diagnostic::at_indexed(
                Severity::Error,
                code,
                self.file,
                (self.source, lines),
                span,
                message,
            )
            .with_help(help),
        );
    }

    /// Follows `$ref` and drops the `null` alternative schemars adds for optional fields.
    fn resolve(&self, mut schema: &'a Value) -> &'a Value {
        loop {
            if let Some(name) = schema
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            {
                match self.defs.and_then(|d| d.get(name)) {
                    Some(def) => schema = def,
                    None => return schema,
                }
                continue;
            }
            if let Some(alts) = schema.get("anyOf").and_then(Value::as_array) {
                let non_null: Vec<&Value> = alts
                    .iter()
                    .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if let [only] = non_null.as_slice() {
                    schema = only;
                    continue;
                }
            }
            return schema;
        }
    }

    fn value(&mut self, value: &Spanned<DeValue<'_>>, schema: &'a Value, what: &str) {
        let schema = self.resolve(schema);
        let span = value.span();
        // A fixed set of words: `oneOf` of `const`s, or `enum`.
        if let Some(allowed) = allowed_words(schema) {
            match value.get_ref() {
                DeValue::String(s) if allowed.iter().any(|a| a == s.as_ref()) => {}
                DeValue::String(s) => {
                    let suggestion = closest(s, allowed.iter().map(String::as_str))
                        .map(|m| format!("Did you mean \"{m}\"? "))
                        .unwrap_or_default();
                    self.push(
                        "unknown-word",
                        span,
                        format!("\"{s}\" is not allowed for {what}"),
                        format!("{suggestion}Use one of: {}.", allowed.join(", ")),
                    );
                }
                other => self.wrong_type(span, what, "a word in quotes", other),
            }
            return;
        }
        let types = schema_types(schema);
        let actual = value.get_ref();
        let fits = types.iter().any(|t| {
            matches!(
                (*t, actual),
                ("string", DeValue::String(_))
                    | ("integer", DeValue::Integer(_))
                    | ("number", DeValue::Integer(_) | DeValue::Float(_))
                    | ("boolean", DeValue::Boolean(_))
                    | ("array", DeValue::Array(_))
                    | ("object", DeValue::Table(_))
            )
        });
        if !fits && !types.is_empty() {
            let expected = describe_types(&types);
            self.wrong_type(span, what, &expected, actual);
            return;
        }
        match actual {
            DeValue::String(s) => self.text(s, span, what),
            DeValue::Integer(i) => {
                let negative = i.as_str().trim_start().starts_with('-');
                if negative && schema.get("minimum").and_then(Value::as_f64) == Some(0.0) {
                    self.push(
                        "out-of-range",
                        span,
                        format!("{what} cannot be below zero"),
                        "Use a whole number of 0 or more.".into(),
                    );
                }
            }
            DeValue::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    let noun = item_noun(what);
                    for (i, item) in items.iter().enumerate() {
                        self.place.push(Place::Index(i));
                        self.value(item, item_schema, &noun);
                        self.place.pop();
                    }
                }
            }
            DeValue::Table(table) => self.table(table, span, schema, what),
            DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_) => {}
        }
    }

    fn table(&mut self, table: &DeTable<'_>, span: Range<usize>, schema: &'a Value, what: &str) {
        let schema = self.resolve(schema);
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (key, value) in table.iter() {
            let name: &str = key.get_ref().as_ref();
            match properties.get(name) {
                Some(prop) => {
                    self.place.push(Place::Key(name.to_string()));
                    self.value(value, prop, &format!("`{name}`"));
                    self.place.pop();
                }
                None => {
                    let mut at = self.place.clone();
                    at.push(Place::Key(name.to_string()));
                    self.unknown.push(at);
                    let suggestion = closest(name, properties.keys().map(String::as_str))
                        .map(|m| format!("Did you mean `{m}`? "))
                        .unwrap_or_default();
                    let mut known: Vec<&str> = properties.keys().map(String::as_str).collect();
                    known.sort_unstable();
                    self.push(
                        "unknown-key",
                        key.span(),
                        format!("`{name}` is not a key that {what} can have"),
                        format!("{suggestion}The keys here are: {}.", known.join(", ")),
                    );
                }
            }
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !table.iter().any(|(k, _)| k.get_ref().as_ref() == name) {
                    self.push(
                        "missing-key",
                        span.clone(),
                        format!("{what} needs `{name}`, but it has none"),
                        format!("Add a line such as `{name} = ...` here."),
                    );
                }
            }
        }
    }

    fn wrong_type(&mut self, span: Range<usize>, what: &str, expected: &str, actual: &DeValue<'_>) {
        self.push(
            "wrong-type",
            span,
            format!(
                "{what} should be {expected}, but it is {}",
                describe_value(actual)
            ),
            format!("Write {what} as {expected}."),
        );
    }

    fn texts_in(&mut self, value: &Spanned<DeValue<'_>>, key: &str) {
        match value.get_ref() {
            DeValue::String(s) if s.chars().any(is_forbidden_char) => {
                self.text(s, value.span(), &format!("`{key}`"));
            }
            DeValue::Array(items) => items.iter().for_each(|v| self.texts_in(v, key)),
            DeValue::Table(t) => {
                for (k, v) in t.iter() {
                    self.texts_in(v, k.get_ref().as_ref());
                }
            }
            _ => {}
        }
    }

    /// Text must never carry control characters or escape sequences: a pack must not be able to
    /// drive the learner's terminal.
    fn text(&mut self, text: &str, span: Range<usize>, what: &str) {
        if let Some(c) = text.chars().find(|c| is_forbidden_char(*c)) {
            let name = if c == '\u{1b}' {
                "an escape character (which could start a terminal escape sequence)".to_string()
            } else if c == '\t' {
                "a tab".to_string()
            } else {
                format!("the control character U+{:04X}", u32::from(c))
            };
            self.push(
                "control-character",
                span,
                format!("{what} contains {name}"),
                "Remove it. Text in a pack may hold letters, digits, punctuation, spaces and line breaks only.".into(),
            );
        }
    }
}

/// False when no string in this text can hold a forbidden character: none is written as it is,
/// and no escape could make one (the only escapes are `\"`, `\\` and `\n`). A quick look
/// that spares walking every string of a large pack.
fn may_hold_forbidden(source: &str) -> bool {
    if source.chars().any(|c| c != '\n' && is_forbidden_char(c)) {
        return true;
    }
    let mut rest = source;
    while let Some(i) = rest.find('\\') {
        match rest[i + 1..].chars().next() {
            Some('"' | 'n') => rest = &rest[i + 2..],
            Some('\\') => rest = &rest[i + 2..],
            _ => return true,
        }
    }
    false
}

/// Characters a pack's text must not contain: C0 and C1 controls (except line breaks), and the
/// invisible marks that reorder text on screen.
pub fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// "a step" for the items of `steps`, and so on.
fn item_noun(list: &str) -> String {
    let key = list.trim_matches('`');
    let noun = match key {
        "lessons" => "a lesson",
        "steps" => "a step",
        "options" => "an option",
        "taps" => "a `taps` entry",
        "mistakes" => "a `mistakes` entry",
        "consequences" => "a consequence",
        "elements" => "an element",
        "bubbles" => "a bubble",
        "questions" => "a question",
        "hints" => "a hint",
        "answers" => "an answer",
        "says" => "a line in `says`",
        "step_card" => "a step-card line",
        _ => return format!("an item of {list}"),
    };
    noun.to_string()
}

fn allowed_words(schema: &Value) -> Option<Vec<String>> {
    if let Some(alts) = schema.get("oneOf").and_then(Value::as_array) {
        let words: Option<Vec<String>> = alts
            .iter()
            .map(|a| a.get("const").and_then(Value::as_str).map(str::to_string))
            .collect();
        return words;
    }
    schema.get("enum").and_then(Value::as_array).map(|e| {
        e.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    })
}

fn schema_types(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect(),
        _ => Vec::new(),
    }
}

fn describe_types(types: &[&str]) -> String {
    let words: Vec<&str> = types
        .iter()
        .map(|t| match *t {
            "string" => "text in quotes",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            "array" => "a list in [brackets]",
            "object" => "a table",
            other => other,
        })
        .collect();
    words.join(" or ")
}

fn describe_value(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a number with a point",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub fn closest<'c>(word: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::may_hold_forbidden;

    #[test]
    fn the_quick_look_misses_nothing_that_could_be_a_control_character() {
        assert!(!may_hold_forbidden(
            "a = \"plain \\\"quoted\\\" text\\n\"\n"
        ));
        assert!(may_hold_forbidden("a = \"tab\there\"\n"));
        assert!(may_hold_forbidden("a = \"\\u001b[31m\"\n"));
        assert!(may_hold_forbidden("a = \"\\e\"\n"));
        assert!(may_hold_forbidden("a = \"bell \\b\"\n"));
        assert!(may_hold_forbidden("a = \"\u{202E}reversed\"\n"));
        assert!(!may_hold_forbidden("a = \"back\\\\slash\"\n"));
    }
}
