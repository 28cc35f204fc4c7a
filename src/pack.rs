//! Lesson packs: the format (`model`), reading files and folders (`load`), checking them
//! (`structure` for keys and types, `rules` for meaning), finding a value's place in the file
//! (`spans`) and the JSON Schema for editors (`schema`).

pub mod load;
pub mod model;
pub mod rules;
pub mod schema;
pub mod spans;
pub mod structure;

pub use load::{Library, LoadedPack, Origin, check_source};
pub use model::*;
