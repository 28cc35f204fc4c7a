//! The screens of the tutor. Each view is its own small state machine in its own file: it takes
//! an action and says where to go next, offers its commands for the key bar and help, and draws
//! itself by reading its state.

mod demo;
mod finished;
mod home;
mod language;
mod new_name;
mod player;
mod problems;
mod quiz;
mod topic;
mod trainer;
pub use trainer::settings_problem;
mod who;

pub use demo::{DemoView, say_action, say_wrong};
pub use finished::Finished;
pub use home::Home;
pub use language::LanguageView;
pub use new_name::NewName;
pub use player::PlayerView;
pub use problems::{ProblemFile, Problems};
pub use quiz::{QuizDone, QuizView};
pub use topic::Topic;
pub use trainer::Trainer;
pub use who::Who;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::action::{Action, KeyMode};
use super::app::{Ctx, Nav};
use super::draw::Command;

/// The screen showing.
#[derive(Debug)]
pub enum View {
    /// The languages, each by its own name (first, on a computer that speaks several).
    Language(LanguageView),
    /// "Who is learning today?"
    Who(Who),
    /// "I'm new here": typing a name.
    NewName(NewName),
    /// The seven topics.
    Home(Home),
    /// The lessons of one topic.
    Topic(Topic),
    /// Playing a lesson.
    Player(Box<PlayerView>),
    /// A lesson just finished.
    Finished(Box<Finished>),
    /// Taking a topic's test.
    Quiz(Box<QuizView>),
    /// A test just finished, with the review.
    QuizDone(Box<QuizDone>),
    /// Lesson files that could not be loaded.
    Problems(Problems),
    /// A trainer's demonstration of a lesson.
    Demo(Box<DemoView>),
    /// The trainer's corner, behind the PIN.
    Trainer(Box<Trainer>),
}

impl View {
    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        // Only a lesson has steps to go back through; elsewhere Backspace is Esc.
        let action = match (action, &*self) {
            (Action::StepBack, View::Player(_)) => action,
            (Action::StepBack, _) => Action::Back,
            _ => action,
        };
        match self {
            View::Language(v) => v.handle(action, ctx),
            View::Who(v) => v.handle(action, ctx),
            View::NewName(v) => v.handle(action, ctx),
            View::Home(v) => v.handle(action, ctx),
            View::Topic(v) => v.handle(action, ctx),
            View::Player(v) => v.handle(action, ctx),
            View::Finished(v) => v.handle(action, ctx),
            View::Quiz(v) => v.handle(action, ctx),
            View::QuizDone(v) => v.handle(action, ctx),
            View::Problems(v) => v.handle(action, ctx),
            View::Demo(v) => v.handle(action, ctx),
            View::Trainer(v) => v.handle(action, ctx),
        }
    }

    /// Whether letters are typed text here.
    pub fn key_mode(&self) -> KeyMode {
        match self {
            View::NewName(_) => KeyMode::Typing,
            View::Who(_) => KeyMode::Letters,
            View::Player(v) => v.key_mode(),
            View::Trainer(v) => v.key_mode(),
            _ => KeyMode::Commands,
        }
    }

    /// The commands this screen offers, for the key bar and help.
    pub fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        match self {
            View::Language(v) => v.commands(),
            View::Who(v) => v.commands(ctx),
            View::NewName(v) => v.commands(),
            View::Home(v) => v.commands(ctx),
            View::Topic(v) => v.commands(ctx),
            View::Player(v) => v.commands(),
            View::Finished(v) => v.commands(),
            View::Quiz(v) => v.commands(),
            View::QuizDone(v) => v.commands(),
            View::Problems(v) => v.commands(),
            View::Demo(v) => v.commands(),
            View::Trainer(v) => v.commands(ctx),
        }
    }

    /// The words in the header after the app's name.
    pub fn title(&self, ctx: &Ctx) -> String {
        match self {
            View::Language(_) => super::text::t("language.title").to_string(),
            View::Who(_) | View::NewName(_) => super::text::t("who.title").to_string(),
            View::Home(_) => super::text::t("home.title").to_string(),
            View::Topic(v) => v.title(ctx),
            View::Player(v) => v.title(),
            View::Finished(v) => v.title(),
            View::Quiz(v) => v.title(ctx),
            View::QuizDone(v) => v.title(ctx),
            View::Problems(_) => super::text::tf("problems.title", &[("n", &ctx.problems.len())]),
            View::Demo(v) => v.title(),
            View::Trainer(v) => v.title(),
        }
    }

    /// Draws the screen; returns where the cursor belongs.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        match self {
            View::Language(v) => v.render(ctx, area, buf),
            View::Who(v) => v.render(ctx, area, buf),
            View::NewName(v) => v.render(ctx, area, buf),
            View::Home(v) => v.render(ctx, area, buf),
            View::Topic(v) => v.render(ctx, area, buf),
            View::Player(v) => v.render(ctx, area, buf),
            View::Finished(v) => v.render(ctx, area, buf),
            View::Quiz(v) => v.render(ctx, area, buf),
            View::QuizDone(v) => v.render(ctx, area, buf),
            View::Problems(v) => v.render(ctx, area, buf),
            View::Demo(v) => v.render(ctx, area, buf),
            View::Trainer(v) => v.render(ctx, area, buf),
        }
    }

    /// The screen said as plain lines, for the plain mode: the same words as on screen, in
    /// reading order.
    pub fn plain(&self, ctx: &Ctx) -> super::plain::page::Page {
        match self {
            View::Language(v) => v.plain(ctx),
            View::Who(v) => v.plain(ctx),
            View::NewName(v) => v.plain(),
            View::Home(v) => v.plain(ctx),
            View::Topic(v) => v.plain(ctx),
            View::Player(v) => v.plain(ctx),
            View::Finished(v) => v.plain(ctx),
            View::Quiz(v) => v.plain(ctx),
            View::QuizDone(v) => v.plain(ctx),
            View::Problems(v) => v.plain(ctx),
            // A trainer's screens are drawn for a room or a trainer, not said as lines.
            View::Demo(_) | View::Trainer(_) => {
                let mut page = super::plain::page::Page::new("full-screen", self.title(ctx));
                page.lines = vec![super::text::t("plain.full-screen-only").to_string()];
                page.commands = vec![
                    (super::plain::page::Word::Back, "do.back"),
                    (super::plain::page::Word::Quit, "do.quit"),
                ];
                page
            }
        }
    }

    /// The learner is being signed out (idle): keep their place.
    pub fn leave(&mut self, ctx: &mut Ctx) {
        if let View::Player(v) = self {
            v.keep_place(ctx);
        }
    }
}

/// The first screen for the next person: the languages on a computer that asks for one first,
/// else "Who is learning today?".
pub fn first(ctx: &Ctx) -> View {
    if ctx.ask_language {
        View::Language(LanguageView::new(ctx))
    } else {
        View::Who(Who::default())
    }
}

/// The selection of a question before the learner points at an answer: nothing is chosen, so
/// Enter alone never answers.
pub const NOT_CHOSEN: usize = usize::MAX;

/// Moves a question's selection: from nothing chosen, Down or Right points at the first answer
/// and Up or Left at the last; after that, as [`step_selection`].
pub fn point(selected: usize, len: usize, action: Action) -> usize {
    if selected < len {
        return step_selection(selected, len, action);
    }
    match action {
        Action::Down | Action::Right if len > 0 => 0,
        Action::Up | Action::Left if len > 0 => len - 1,
        _ => selected,
    }
}

/// Moves a selection up or down in a list of `len` entries, wrapping around; Home and End go
/// to the first and last, PgUp and PgDn five at a time.
pub fn step_selection(selected: usize, len: usize, action: Action) -> usize {
    if len == 0 {
        return 0;
    }
    match action {
        Action::Up | Action::Left => (selected + len - 1) % len,
        Action::Down | Action::Right => (selected + 1) % len,
        Action::Home => 0,
        Action::End => len - 1,
        Action::PageUp => selected.min(len - 1).saturating_sub(5),
        Action::PageDown => (selected.saturating_add(5)).min(len - 1),
        _ => selected,
    }
}

/// The entry a number key names, if it exists.
pub fn numbered(n: u8, len: usize) -> Option<usize> {
    let i = (n as usize).checked_sub(1)?;
    (i < len).then_some(i)
}

/// The usual commands of a menu screen.
pub fn menu_commands(len: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    if len > 1 {
        commands.push(Command::new(
            super::text::tf("key.numbers", &[("n", &len.min(9))]),
            "do.choose",
        ));
    }
    commands.push(Command::new(super::text::t("key.arrows"), "do.move"));
    commands.push(Command::new(super::text::t("key.enter"), "do.open"));
    commands
}
