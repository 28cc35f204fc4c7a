//! digitutor: a calm terminal tutor where older adults practise everyday digital skills on safe
//! simulations. The library holds everything; `main.rs` only parses the command line.
//!
//! The arrows run one way: `cli` and `tui` use `lint`, `engine`, `pack` and `progress`; `lint`
//! (the checks that play lessons through) uses `engine` and `pack`; `engine` uses `pack` and does
//! no I/O; `pack` uses neither, so the loader can be fuzzed alone; nothing below `tui` knows a
//! terminal exists. The printed pages (`certificate`, `handout`) are pure string building over
//! `pack` and `progress`; `qr` turns a practice message into modules for the screen and the
//! paper alike.

pub mod author;
pub mod certificate;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod handout;
pub mod language;
pub mod lint;
pub mod pack;
pub mod progress;
pub mod qr;
pub mod report;
pub mod safe_fs;
pub mod safe_text;
pub mod tui;
