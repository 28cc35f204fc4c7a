//! digitutor: a calm terminal tutor where older adults practise everyday digital skills on safe
//! simulations. The library holds everything; `main.rs` only parses the command line.
//!
//! The arrows run one way: `cli` and `tui` use `engine`, `pack` and `progress`; `engine` uses
//! `pack` and does no I/O; nothing below `tui` knows a terminal exists.

pub mod author;
pub mod certificate;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod pack;
pub mod progress;
pub mod report;
pub mod safe_fs;
pub mod safe_text;
pub mod tui;
