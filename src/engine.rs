//! The simulation engine: a pure state machine with no I/O and no terminal. It takes a lesson (or
//! an assessment) and the learner's actions as data, and answers with effects as data: feedback,
//! a hint, a consequence to show, an explanation, the next step, the finished result.
//!
//! Randomness (the order of options, the questions an assessment draws) comes only from the seed
//! passed in, so every run can be replayed. The TUI, the trainer's demo, the validator's
//! play-through and the tests all drive this one engine.

pub mod answer;
pub mod demo;
pub mod lesson;
pub mod quiz;

pub use lesson::{Effect, Input, LessonResult, Phase, Player, StepRecord};
pub use quiz::{Quiz, QuizResult};

use rand::SeedableRng;
use rand::rngs::Xoshiro256PlusPlus;

/// The one random generator the engine uses: portable, so a seed replays the same run anywhere.
pub type Rng = Xoshiro256PlusPlus;

/// A generator from a seed.
pub fn rng_from_seed(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}

#[cfg(test)]
mod tests;
