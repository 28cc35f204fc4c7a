//! One language's catalog, read for use. Its messages stay as text, found by id, and each is
//! turned into Fluent's form only when it is first asked for, then kept in the catalog's Fluent
//! bundle. A session uses a fraction of the messages, and a message in Fluent's form takes
//! about twenty times its text, so a language spoken costs a fraction of a whole bundle.
//!
//! A message read on its own must not lean on another (a term, or another message named in a
//! placeable): the catalogs have none, and a test compares every message with a whole bundle.

use std::ops::Range;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::language::Language;

/// A catalog's text, built into the binary deflated (see `build.rs`) and inflated when the
/// language is read.
pub fn source(language: Language) -> String {
    let deflated: &[u8] = match language {
        Language::En => include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.deflate")),
        Language::Vi => include_bytes!(concat!(env!("OUT_DIR"), "/vi.ftl.deflate")),
        Language::Mn => include_bytes!(concat!(env!("OUT_DIR"), "/mn.ftl.deflate")),
        Language::Ko => include_bytes!(concat!(env!("OUT_DIR"), "/ko.ftl.deflate")),
    };
    let bytes = miniz_oxide::inflate::decompress_to_vec(deflated).unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A language's catalog, read.
pub struct Catalog {
    /// The catalog's entries, one after the other (comments left out).
    text: String,
    /// Each message: where its id and its whole entry lie in `text`, sorted by id.
    index: Vec<(Range<usize>, Range<usize>)>,
    /// The messages asked for so far, in Fluent's form.
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("messages", &self.index.len())
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Reads a language's catalog. A catalog with a mistake is a build mistake that the tests
    /// catch; here its good messages are still used.
    pub fn read(language: Language) -> Self {
        Self::from_source(language, &source(language))
    }

    fn from_source(language: Language, source: &str) -> Self {
        let mut text = String::new();
        let mut index = Vec::new();
        for entry in entries(source) {
            if let Some(id) = message_id(entry) {
                let start = text.len();
                text.push_str(entry);
                index.push((start..start + id.len(), start..text.len()));
            }
        }
        index.sort_by(|a, b| text[a.0.clone()].cmp(&text[b.0.clone()]));
        text.shrink_to_fit();
        index.shrink_to_fit();
        Catalog {
            text,
            index,
            bundle: new_bundle(language),
        }
    }

    /// Formats the message with this catalog id, if the catalog has it.
    pub fn format(&mut self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        if !self.bundle.has_message(id) {
            let at = self
                .index
                .binary_search_by(|(at, _)| self.text[at.clone()].cmp(id))
                .ok()?;
            let entry = self.text[self.index[at].1.clone()].to_string();
            // Never refused: the id is not in the bundle yet.
            let _ = self.bundle.add_resource(resource(entry));
        }
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

fn new_bundle(language: Language) -> FluentBundle<FluentResource> {
    let locale = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![locale]);
    // Placeholders are not wrapped in bidi marks: the screen would scrub them anyway.
    bundle.set_use_isolating(false);
    bundle
}

fn resource(text: String) -> FluentResource {
    match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

/// A catalog's entries, each with its continuation lines; comments are left out.
fn entries(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        // A message, a term or a comment begins at the line's start; anything else there
        // (an indent, the `}` that closes a plural choice) goes on the entry before.
        let begins_entry =
            line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if begins_entry {
            if let Some(s) = start.take() {
                out.push(&source[s..offset]);
            }
            if !line.starts_with('#') {
                start = Some(offset);
            }
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(&source[s..]);
    }
    out
}

/// The id of an entry that is a message (not a term), else `None`.
fn message_id(entry: &str) -> Option<&str> {
    let (id, _) = entry.split_once('=')?;
    let id = id.trim_end();
    let message = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    message.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format_in(
        bundle: &FluentBundle<FluentResource>,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// Every message of every catalog reads the same, each read on its own when first asked
    /// for, as from a whole Fluent bundle, with and without values for its placeholders.
    #[test]
    fn a_catalog_read_message_by_message_says_every_message_as_fluent_does() {
        for language in Language::ALL {
            let text = source(language);
            let mut catalog = Catalog::from_source(language, &text);
            let mut whole = new_bundle(language);
            assert!(whole.add_resource(resource(text.clone())).is_ok());
            let ids: Vec<&str> = entries(&text)
                .into_iter()
                .filter_map(|e| e.split_once(" =").map(|(id, _)| id))
                .filter(|id| !id.starts_with('-'))
                .collect();
            assert!(ids.len() > 250, "{}", language.code());
            let mut args = FluentArgs::new();
            for name in ["n", "total", "done", "name", "lesson", "count", "what"] {
                args.set(name, 2);
            }
            for id in ids {
                assert!(
                    !catalog.bundle.has_message(id),
                    "read before it was asked for"
                );
                for args in [None, Some(&args)] {
                    assert_eq!(
                        catalog.format(id, args),
                        format_in(&whole, id, args),
                        "{} {id}",
                        language.code()
                    );
                }
            }
        }
    }

    #[test]
    fn entries_keep_their_continuation_lines_and_leave_comments_out() {
        let text = "# A comment\nhello = Hello\nlong =\n    First line\n    second line\n\n## Group\nother = { $n ->\n    [one] one\n   *[other] many\n} done\n";
        assert_eq!(
            entries(text),
            vec![
                "hello = Hello\n",
                "long =\n    First line\n    second line\n\n",
                "other = { $n ->\n    [one] one\n   *[other] many\n} done\n",
            ]
        );
        assert_eq!(message_id("hello = Hello\n"), Some("hello"));
        assert_eq!(message_id("other = { $n }\n"), Some("other"));
        assert_eq!(message_id("-brand = Digitutor\n"), None);
    }
}
