//! Learners and their progress on shared computers: where the files live (`dirs`), what they
//! hold (`model`), the progress a running tutor keeps in memory (`memory`), reading and writing
//! it safely (`store`), and moving it between computers (`transfer`).
//!
//! Nothing here knows a terminal exists, and nothing a learner types into a field marked
//! sensitive ever reaches these types.

pub mod class;
pub mod dirs;
pub mod memory;
pub mod model;
pub mod stignore;
pub mod store;
pub mod tally;
pub mod transfer;

pub use dirs::DataDirs;
pub use memory::Memory;
pub use model::{Change, LessonStatus, Place, ProfileInfo, Progress, TestUnderway};
pub use store::{Claim, Loaded, Notice, Store, StoreError};

#[cfg(test)]
mod tests;
