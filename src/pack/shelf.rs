//! The built-in packs the tutor has not read yet. Four languages' packs are built in, but a
//! session speaks one language at a time: it reads the packs written in that language (and the
//! English pack of any topic that language has no pack of) when it starts speaking it, so the
//! time and memory of a start do not grow with every language added.
//!
//! A pack's id and language were read when the binary was built, so choosing packs touches
//! none of their text.
//!
//! The packs taken from the shelf are outlines: each lesson keeps its title, goal and step
//! card, but its steps (and the consequences they show) stay in the program until the lesson
//! opens, when [`Shelf::lesson`] reads that one lesson whole; the test's questions stay there
//! until the test opens ([`Shelf::assessment`]). Steps and questions are most of a pack, and a
//! learner is in one lesson or one test at a time.

use std::sync::Arc;

use super::load::{BUILTIN, Builtin, LoadedPack, read_builtin};
use super::model::{Assessment, Lesson, Pack};

/// The built-in packs, each read only while the language spoken needs it.
#[derive(Debug, Clone, Default)]
pub struct Shelf {
    books: Vec<Book>,
}

/// One built-in pack, and its outline while it is read.
#[derive(Debug, Clone)]
struct Book {
    builtin: &'static Builtin,
    outline: Option<Arc<Pack>>,
    /// How many questions its test has (the outline holds none).
    questions: usize,
}

impl Shelf {
    /// Every built-in pack, none read yet.
    pub fn builtin() -> Self {
        Shelf {
            books: BUILTIN
                .iter()
                .map(|builtin| Book {
                    builtin,
                    outline: None,
                    questions: 0,
                })
                .collect(),
        }
    }

    /// True when there are no built-in packs here (a tutor opened on `--lessons`, a test).
    pub fn is_empty(&self) -> bool {
        self.books.is_empty()
    }

    /// How many built-in packs are read (in memory) now.
    pub fn read(&self) -> usize {
        self.books.iter().filter(|b| b.outline.is_some()).count()
    }

    /// The built-in packs a learner who reads `language` needs: those written in it, and the
    /// English packs of topics with no pack in it. Packs not needed any more are let go (they
    /// are read again when a language needs them). `own` holds the (id, language) of the
    /// centre's own packs; a built-in pack with the same id and language is not used, so their
    /// copy wins. Returns the packs, and the files that would not read (never, for packs
    /// checked when the binary was built).
    pub fn packs_for(
        &mut self,
        language: &str,
        own: &[(String, String)],
    ) -> (Vec<Arc<Pack>>, Vec<LoadedPack>) {
        let mut in_language: Vec<&str> = own
            .iter()
            .filter(|(_, l)| l == language)
            .map(|(id, _)| id.as_str())
            .collect();
        in_language.extend(
            self.books
                .iter()
                .filter(|b| b.builtin.language == language)
                .map(|b| b.builtin.id),
        );
        let wanted = |b: &Builtin| {
            let theirs = own.iter().any(|(i, l)| i == b.id && l == b.language);
            !theirs
                && (b.language == language || (b.language == "en" && !in_language.contains(&b.id)))
        };
        let wanted: Vec<bool> = self.books.iter().map(|b| wanted(b.builtin)).collect();
        let mut packs = Vec::new();
        let mut broken = Vec::new();
        for (book, wanted) in self.books.iter_mut().zip(wanted) {
            if !wanted {
                book.outline = None;
                continue;
            }
            if book.outline.is_none() {
                match super::prepared::outline(book.builtin) {
                    Some((outline, questions)) => {
                        book.outline = Some(Arc::new(outline));
                        book.questions = questions;
                    }
                    // Never for a pack checked when the binary was built: it is checked in
                    // full, so its problems show.
                    None => broken.push(read_builtin(book.builtin)),
                }
            }
            packs.extend(book.outline.clone());
        }
        (packs, broken)
    }

    /// The whole lesson at `index` of a pack this shelf gave out (an outline), read now from
    /// the program. `None` when the pack is not one of this shelf's (a centre's own pack,
    /// which is kept whole), so the caller uses the lesson it holds.
    pub fn lesson(&self, pack: &Arc<Pack>, index: usize) -> Option<Lesson> {
        super::prepared::lesson(self.book(pack)?.builtin, index)
    }

    /// The whole test of a pack this shelf gave out, read now from the program. `None` when
    /// the pack is not one of this shelf's (or has no test).
    pub fn assessment(&self, pack: &Arc<Pack>) -> Option<Assessment> {
        super::prepared::assessment(self.book(pack)?.builtin)
    }

    /// How many questions the test of a pack this shelf gave out has (its outline holds none).
    /// `None` when the pack is not one of this shelf's.
    pub fn questions(&self, pack: &Arc<Pack>) -> Option<usize> {
        Some(self.book(pack)?.questions)
    }

    fn book(&self, pack: &Arc<Pack>) -> Option<&Book> {
        self.books.iter().find(|b| {
            b.outline
                .as_ref()
                .is_some_and(|outline| Arc::ptr_eq(outline, pack))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Library;

    fn count(language: &str) -> usize {
        BUILTIN.iter().filter(|b| b.language == language).count()
    }

    #[test]
    fn every_built_in_pack_was_read_when_the_binary_was_built() {
        let library = Library::builtin_checked_at_build();
        for (file, b) in library.files.iter().zip(BUILTIN) {
            let pack = file.pack.as_ref().expect("a built-in pack reads");
            assert_eq!(
                (b.id, b.language),
                (pack.id.as_str(), pack.language.as_str())
            );
            let from_toml: crate::pack::Pack = toml::from_str(&b.text()).expect("its TOML reads");
            assert_eq!(format!("{from_toml:?}"), format!("{pack:?}"), "{}", b.path);
        }
    }

    #[test]
    fn every_built_in_pack_reads_from_its_prepared_form_not_its_toml() {
        for b in BUILTIN {
            let json = miniz_oxide::inflate::decompress_to_vec(
                &crate::pack::load::PREPARED[b.prepared.clone()],
            )
            .expect("the prepared form inflates");
            if let Err(e) = serde_json::from_slice::<crate::pack::Pack>(&json) {
                panic!("{}: {e}", b.path);
            }
        }
    }

    #[test]
    fn a_pack_that_did_not_read_at_build_is_checked_from_its_toml() {
        // No prepared form: the pack is checked from its text, and reads the same.
        let unprepared = Builtin {
            prepared: 0..0,
            ..BUILTIN[0].clone()
        };
        let file = read_builtin(&unprepared);
        assert!(!file.source.is_empty(), "its text was read");
        let prepared = read_builtin(&BUILTIN[0]);
        assert_eq!(file.pack, prepared.pack);
        // Neither a prepared form nor a text that reads: a broken pack, with its problems.
        let broken = Builtin {
            toml: 0..0,
            prepared: 0..0,
            ..BUILTIN[0].clone()
        };
        let file = read_builtin(&broken);
        assert!(file.is_broken());
        assert!(!file.diagnostics.is_empty());
    }

    fn languages(packs: &[Arc<Pack>]) -> Vec<&str> {
        packs.iter().map(|p| p.language.as_str()).collect()
    }

    #[test]
    fn a_language_takes_its_own_packs_and_english_for_the_rest() {
        let mut shelf = Shelf::builtin();
        let (packs, broken) = shelf.packs_for("en", &[]);
        assert!(broken.is_empty());
        assert_eq!(packs.len(), count("en"));
        assert!(languages(&packs).iter().all(|l| *l == "en"));
        assert_eq!(shelf.read(), count("en"));
        // Each topic once, in the language when it has a pack in it, else in English.
        for language in ["vi", "mn", "ko"] {
            let (packs, _) = shelf.packs_for(language, &[]);
            let topics: std::collections::BTreeSet<&str> = BUILTIN.iter().map(|b| b.id).collect();
            assert_eq!(packs.len(), topics.len(), "{language}");
            assert_eq!(
                languages(&packs).iter().filter(|l| **l == language).count(),
                count(language)
            );
            // The packs of the language spoken before are let go.
            assert_eq!(shelf.read(), packs.len(), "{language}");
        }
    }

    #[test]
    fn a_centres_own_copy_keeps_the_built_in_one_unread() {
        let mut shelf = Shelf::builtin();
        let own = vec![("scams".to_string(), "en".to_string())];
        let (packs, _) = shelf.packs_for("en", &own);
        assert!(packs.iter().all(|p| p.id != "scams"));
        assert_eq!(packs.len(), count("en") - 1);
    }

    #[test]
    fn a_language_with_no_packs_gets_the_english_ones() {
        let mut shelf = Shelf::builtin();
        let (packs, _) = shelf.packs_for("xx", &[]);
        assert_eq!(packs.len(), count("en"));
    }

    #[test]
    fn packs_from_the_shelf_are_outlines_and_a_lesson_opens_whole() {
        let mut shelf = Shelf::builtin();
        let (packs, _) = shelf.packs_for("ko", &[]);
        let whole = Library::builtin_checked_at_build();
        for pack in &packs {
            let full = whole
                .packs()
                .find(|p| p.id == pack.id && p.language == pack.language)
                .expect("the same pack read whole");
            assert_eq!(pack.lessons.len(), full.lessons.len());
            let (outline, whole) = (pack.assessment.as_ref(), full.assessment.as_ref());
            assert!(outline.is_some_and(|a| a.questions.is_empty()));
            assert_eq!(outline.map(|a| a.draw), whole.map(|a| a.draw));
            assert_eq!(
                outline.map(|a| a.pass_percent),
                whole.map(|a| a.pass_percent)
            );
            assert_eq!(shelf.assessment(pack).as_ref(), whole);
            assert_eq!(shelf.questions(pack), whole.map(|a| a.questions.len()));
            for (index, (outline, full)) in pack.lessons.iter().zip(&full.lessons).enumerate() {
                assert!(outline.steps.is_empty() && outline.consequences.is_empty());
                assert_eq!((&outline.id, &outline.title), (&full.id, &full.title));
                assert_eq!(outline.step_card, full.step_card);
                let opened = shelf.lesson(pack, index).expect("the lesson reads");
                assert_eq!(&opened, full, "{} {}", pack.id, full.id);
            }
            assert!(shelf.lesson(pack, pack.lessons.len()).is_none());
        }
        // A pack the shelf did not give out (a centre's own) is not read from it.
        let own = Arc::new((**packs.first().expect("a pack")).clone());
        assert!(shelf.lesson(&own, 0).is_none());
        assert!(shelf.assessment(&own).is_none() && shelf.questions(&own).is_none());
    }
}
