//! The plain line mode (`digitutor --plain`, or the choice on the first screen): the same
//! tutor, with the same screens, lessons, tests and saved progress as the full-screen one, said
//! as plain lines for a screen reader or a braille display. Each screen is said once as
//! sentences in reading order (the heading, the instruction, what the simulated phone says, the
//! numbered choices, how to answer and the commands); after an answer only the new words are
//! said. Answers are lines read from standard input: a number, a letter for a command, text
//! where text is asked for, or Enter alone to go on. No box drawing, no colour, no cursor
//! movement, no redraw; and since it reads lines, a script can drive a whole lesson.

pub mod page;
pub mod reply;

use std::io::{self, BufRead, Write};
use std::time::Instant;

use ratatui::text::Line;

use super::app::App;
use super::effect::Exit;
use super::text::{t, tf};
use page::Page;
use reply::Reply;

/// A drawn line's words as one plain line: its parts joined, the spaces that only lined up
/// columns on screen said once.
pub fn said(line: &Line<'_>) -> String {
    let mut joined = String::new();
    for span in &line.spans {
        let words = span
            .content
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if words.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            // A column on screen (a title, then its progress) is a pause in words.
            joined.push_str(
                if joined.ends_with([',', '.', ':', ']']) || words.starts_with(',') {
                    " "
                } else {
                    ", "
                },
            );
        }
        joined.push_str(&words);
    }
    joined.replace(" ,", ",")
}

/// Drawn lines as plain lines, the empty ones left out.
pub fn said_all(lines: &[Line<'_>]) -> Vec<String> {
    lines.iter().map(said).filter(|l| !l.is_empty()).collect()
}

/// The page showing now: the question before closing, or the screen's own.
pub fn page(app: &App) -> Page {
    match app.closing {
        Some(_) => closing(app),
        None => app.view.plain(&app.ctx),
    }
}

/// "Close digitutor?" as a page: the same words and the same two answers as on screen.
fn closing(app: &App) -> Page {
    let unsaved = app.ctx.save_state.is_unsaved();
    let (words, choices) = if unsaved {
        (t("close.unsaved"), [t("close.retry"), t("close.anyway")])
    } else {
        let words = match app.ctx.save_state {
            super::effect::SaveState::Saved => t("close.saved"),
            _ => t("close.sure"),
        };
        (words, [t("close.keep"), t("close.yes")])
    };
    let mut page = Page::new(format!("closing:{unsaved}"), t("close.title"));
    page.lines = vec![words.to_string()];
    page.choices = choices.iter().map(|c| c.to_string()).collect();
    page.ask = t("plain.choose").to_string();
    page.commands = vec![
        (page::Word::Back, "do.keep-learning"),
        (page::Word::Help, "do.help"),
    ];
    page
}

/// What was said last, so that only what is new is said next.
#[derive(Debug, Default)]
struct Said {
    place: Option<String>,
    title: String,
    after: Vec<String>,
    notice: Option<String>,
}

impl Said {
    /// Says `page` (and the notice, if it is new): the whole page when it is about something
    /// else than the last one, else the words that came back since.
    fn say(&mut self, page: &Page, notice: Option<&str>, out: &mut impl Write) -> io::Result<()> {
        if notice != self.notice.as_deref()
            && let Some(words) = notice
        {
            writeln!(out, "{} {words}", t("notice.title"))?;
        }
        self.notice = notice.map(str::to_string);
        if self.place.as_deref() != Some(page.place.as_str()) {
            whole(page, page.title != self.title, out)?;
        } else {
            let same = self
                .after
                .iter()
                .zip(&page.after)
                .take_while(|(a, b)| a == b)
                .count();
            let new = &page.after[same..];
            if !new.is_empty() {
                lines(new, out)?;
            } else if !page.after.is_empty() {
                // The same words came back again (the same wrong answer twice): said again, so
                // an answer is never met with silence.
                lines(&page.after, out)?;
            } else {
                writeln!(out, "{}", page.ask)?;
            }
        }
        self.place = Some(page.place.clone());
        self.title = page.title.clone();
        self.after = page.after.clone();
        Ok(())
    }

    /// The next page is said whole (the learner asked to hear it again).
    fn forget(&mut self) {
        self.place = None;
        self.title.clear();
    }
}

/// Says a page from its heading to its commands.
fn whole(page: &Page, with_title: bool, out: &mut impl Write) -> io::Result<()> {
    writeln!(out)?;
    if with_title && !page.title.is_empty() {
        writeln!(out, "{}", page.title)?;
    }
    lines(&page.lines, out)?;
    for (i, choice) in page.choices.iter().enumerate() {
        writeln!(out, "{}. {choice}", i + 1)?;
    }
    lines(&page.after, out)?;
    if !page.ask.is_empty() {
        writeln!(out, "{}", page.ask)?;
    }
    if !page.commands.is_empty() {
        writeln!(
            out,
            "{}",
            tf("plain.commands", &[("list", &page.commands_line())])
        )?;
    }
    Ok(())
}

fn lines(lines: &[String], out: &mut impl Write) -> io::Result<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// What can be typed on this page, for `?`.
fn help(page: &Page, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", t("help.calm"))?;
    if !page.ask.is_empty() {
        writeln!(out, "{}", page.ask)?;
    }
    for (word, what) in &page.commands {
        writeln!(out, "{}: {}", word.key(), t(what))?;
    }
    writeln!(out, "{}", t("plain.help"))
}

/// A line that fits nothing here: said plainly, with how to answer.
fn not_here(typed: &str, page: &Page, out: &mut impl Write) -> io::Result<()> {
    let typed = typed.trim();
    let words = match (typed.is_empty(), page.choices.len()) {
        (true, _) => page.ask.clone(),
        (false, 0) => tf("plain.not-here", &[("typed", &typed)]),
        (false, n) => tf("plain.not-here-numbers", &[("typed", &typed), ("n", &n)]),
    };
    writeln!(out, "{words}")
}

/// Runs the tutor as plain lines: says the page, reads a line, acts on it, until the learner
/// closes or the input ends (then the progress is saved and the tutor closes, as when a
/// terminal goes away). Returns how it ended.
pub fn run(app: &mut App, input: impl BufRead, out: &mut impl Write) -> io::Result<Exit> {
    app.ctx.plain = true;
    writeln!(out, "{}", t("plain.welcome"))?;
    let mut said = Said::default();
    let mut input = input;
    let mut line = Vec::new();
    // After help or a line that fit nothing, the page is not said again.
    let mut speak = true;
    while !app.quit {
        let page = page(app);
        if speak {
            said.say(&page, app.ctx.notice.as_deref(), out)?;
        }
        speak = true;
        // The prompt: the tutor waits for a line now.
        write!(out, "> ")?;
        out.flush()?;
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            app.terminal_gone();
            break;
        }
        let typed = String::from_utf8_lossy(&line);
        match reply::reply(&typed, &page) {
            Reply::Act(actions) => {
                for action in actions {
                    app.handle(action, Instant::now());
                    if app.quit {
                        break;
                    }
                }
            }
            Reply::Repeat => said.forget(),
            Reply::Help => {
                help(&page, out)?;
                speak = false;
            }
            Reply::NotHere => {
                not_here(&typed, &page, out)?;
                speak = false;
            }
        }
    }
    // A notice left at the end (the last steps could not be saved) is said before closing.
    if let Some(words) = app
        .ctx
        .notice
        .as_deref()
        .filter(|n| Some(*n) != said.notice.as_deref())
    {
        writeln!(out, "{} {words}", t("notice.title"))?;
    }
    if app.quit {
        writeln!(out, "{}", t("plain.closed"))?;
    }
    out.flush()?;
    Ok(app.exit.clone())
}
