//! The real binary in plain lines (`--plain`), driven one line at a time as a screen reader
//! user or a script would: what it says until it waits (its prompt), a line typed, the number
//! of a choice on a page.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

/// The tutor in plain lines, with a line to type and the words it says back.
pub struct Plain {
    child: Child,
    /// What the tutor reads.
    pub stdin: ChildStdin,
    stdout: ChildStdout,
    /// Everything said so far, for a failing test's message.
    transcript: String,
}

impl Plain {
    /// Starts the tutor on the fixture packs with `--plain`, on the data folder `data`.
    pub fn start(data: &std::path::Path, language: &str) -> Self {
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/packs/valid");
        Self::start_with(data, &["--language", language, "--lessons", fixtures])
    }

    /// Starts the tutor with `--plain` and these options, on the data folder `data` (without
    /// `--lessons`, on the built-in packs, read as a learner's computer reads them).
    pub fn start_with(data: &std::path::Path, options: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_digitutor"))
            .arg("--plain")
            .args(options)
            .arg("--data-dir")
            .arg(data)
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        // A tutor that stops answering fails the test instead of hanging it.
        let pid = child.id();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(120));
            let _ = Command::new("kill").arg(pid.to_string()).status();
        });
        Plain {
            child,
            stdin,
            stdout,
            transcript: String::new(),
        }
    }

    /// What the tutor says until it waits for the next line (its prompt, "> ", is the last
    /// thing written before it reads).
    pub fn said(&mut self) -> String {
        let mut got = Vec::new();
        let mut chunk = [0u8; 4096];
        while !got.ends_with(b"> ") {
            let n = self.stdout.read(&mut chunk).unwrap();
            assert!(
                n > 0,
                "the tutor stopped. So far:\n{}{}",
                self.transcript,
                String::from_utf8_lossy(&got)
            );
            got.extend_from_slice(&chunk[..n]);
        }
        let text = String::from_utf8(got).expect("UTF-8");
        self.transcript.push_str(&text);
        text
    }

    /// Types a line and returns what the tutor says back.
    pub fn type_line(&mut self, line: &str) -> String {
        self.transcript.push_str(line);
        self.transcript.push('\n');
        writeln!(self.stdin, "{line}").unwrap();
        self.said()
    }

    /// Types the number the page gives to `choice` (a numbered line "n. choice").
    pub fn choose(&mut self, page: &str, choice: &str) -> String {
        let n =
            number_of(page, choice).unwrap_or_else(|| panic!("no choice \"{choice}\" in:\n{page}"));
        self.type_line(&n.to_string())
    }

    /// Closes the input, as a closed window does, and waits for the tutor to end.
    pub fn end(mut self) -> (std::process::ExitStatus, String) {
        drop(self.stdin);
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).unwrap();
        self.transcript.push_str(&rest);
        let status = self.child.wait().unwrap();
        (status, self.transcript)
    }
}

/// The number of the choice that reads `choice` on a page.
pub fn number_of(page: &str, choice: &str) -> Option<usize> {
    page.lines().find_map(|line| {
        let (n, text) = line.split_once(". ")?;
        (text == choice).then(|| n.trim_start_matches("> ").parse().ok())?
    })
}
