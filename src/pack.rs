//! Lesson packs: the format (`model`), reading files and folders (`load`), checking them
//! (`structure` for keys and types, `rules` for meaning), finding a value's place in the file
//! (`spans`) and the JSON Schema for editors (`schema`).

pub mod answer_rules;
pub mod dates;
pub mod load;
pub mod model;
pub mod qr_rules;
pub mod rules;
pub mod schema;
pub mod spans;
pub mod structure;
pub mod text_rules;

pub use load::{Library, LoadedPack, Origin, check_source};
pub use model::*;

/// The rules about content that learners read or type: safe QR codes, the tutor's own banner
/// words, dates and numbers as each country writes them. Run after `rules::check`.
fn content_rules(pack: &Pack, report: &mut rules::Report<'_>) {
    qr_rules::check(pack, report);
    text_rules::check(pack, report);
    answer_rules::check(pack, report);
}
