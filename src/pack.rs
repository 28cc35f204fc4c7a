//! Lesson packs: the format (`model`), reading files and folders (`load`), checking them
//! (`structure` for keys and types, `rules` for meaning), finding a value's place in the file
//! (`spans`) and the JSON Schema for editors (`schema`).

pub mod answer_rules;
pub mod dates;
pub mod load;
pub mod model;
pub mod prepared;
pub mod qr_rules;
pub mod rules;
pub mod schema;
pub mod shelf;
pub mod spans;
pub mod structure;
pub mod text_rules;

pub use load::{Library, LoadedPack, Origin, check_source};
pub use model::*;
pub use shelf::Shelf;

/// Where in `packs` the one pack of each pack id is, in the order the ids first appear: the one
/// written in `language`, else the English one, else the first. A translation keeps its pack's
/// id, so this is what a learner who reads `language` is shown, and what their certificate is
/// made from.
pub fn one_per_id<P: std::borrow::Borrow<Pack>>(packs: &[P], language: &str) -> Vec<usize> {
    let mut ids: Vec<&str> = Vec::new();
    for p in packs {
        let p: &Pack = p.borrow();
        if !ids.contains(&p.id.as_str()) {
            ids.push(&p.id);
        }
    }
    // `vi-VN` is written in `vi`.
    let written_in = |p: &Pack, code: &str| {
        p.language == code
            || crate::language::Language::from_code(&p.language).is_some_and(|l| l.code() == code)
    };
    ids.iter()
        .filter_map(|id| {
            let same = || (0..packs.len()).filter(|&i| packs[i].borrow().id == *id);
            same()
                .find(|&i| written_in(packs[i].borrow(), language))
                .or_else(|| same().find(|&i| written_in(packs[i].borrow(), "en")))
                .or_else(|| same().next())
        })
        .collect()
}

/// The rules about content that learners read or type: safe QR codes, the tutor's own banner
/// words, dates and numbers as each country writes them. Run after `rules::check`.
fn content_rules(pack: &Pack, report: &mut rules::Report<'_>) {
    qr_rules::check(pack, report);
    text_rules::check(pack, report);
    answer_rules::check(pack, report);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pack_per_id_in_the_language_else_english() {
        let library = Library::builtin_checked_at_build();
        let packs: Vec<&Pack> = library.packs().map(|p| p.as_ref()).collect();
        for language in ["vi", "mn", "ko", "en"] {
            let chosen: Vec<&Pack> = one_per_id(&packs, language)
                .into_iter()
                .map(|i| packs[i])
                .collect();
            assert_eq!(chosen.len(), TOPICS.len(), "{language}");
            for pack in &chosen {
                let has = packs
                    .iter()
                    .any(|p| p.id == pack.id && p.language == language);
                let expected = if has { language } else { "en" };
                assert_eq!(pack.language, expected, "{} in {language}", pack.id);
            }
        }
        // A language no pack is written in gets the English ones.
        assert!(
            one_per_id(&packs, "xx")
                .iter()
                .all(|&i| packs[i].language == "en")
        );
    }
}
