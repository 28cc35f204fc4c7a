//! The tutor's state: which screen is showing, who is learning, the packs, the theme, and the
//! inactivity timer. `handle` takes one action and changes state; `draw` (in `tui::draw`) only
//! reads it. The clock is passed in, so tests can move time.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::action::{Action, KeyMode};
use super::effect::{Effect, Exit, SaveState};
use super::profiles::Profiles;
use super::text::{t, tf};
use super::theme::Theme;
use super::views::{Home, NewName, Topic, View, Who};
use crate::pack::{Pack, TOPICS};
use crate::progress::Memory;
use crate::progress::store::now_secs;

/// The smallest window the tutor draws in.
pub const MIN_WIDTH: u16 = 80;
/// The smallest window the tutor draws in.
pub const MIN_HEIGHT: u16 = 24;
/// How often the trainer's class at a glance is read again while it shows.
pub const CLASS_REFRESH: Duration = Duration::from_secs(2);

/// Who is at the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Learner {
    /// Nobody chose yet.
    Nobody,
    /// A guest: nothing is saved.
    Guest,
    /// A trainer showing lessons: nothing is saved.
    Demo,
    /// An author previewing a pack: nothing is saved.
    Preview,
    /// A learner with a profile.
    Profile {
        /// Profile id.
        id: String,
        /// Display name.
        name: String,
    },
}

/// What a view asks the app to do after an action.
#[derive(Debug)]
pub enum Nav {
    /// Stay on this view.
    Stay,
    /// Show another view.
    Go(View),
    /// Save and close the tutor.
    Quit,
}

/// Everything a view may read or change besides its own state.
#[derive(Debug)]
pub struct Ctx {
    /// The usable packs, in topic order. The built-in ones are outlines, without their
    /// lessons' steps and their test's questions: [`Ctx::lesson`] and [`Ctx::assessment`]
    /// read them when a lesson or the test opens.
    pub packs: Vec<Arc<Pack>>,
    /// The theme.
    pub theme: Theme,
    /// Who is learning.
    pub who: Learner,
    /// Their progress as the screens need it.
    pub memory: Memory,
    /// The profiles on this computer.
    pub profiles: Profiles,
    /// A plain-words notice to show on the next screen (a save problem, the idle return).
    pub notice: Option<String>,
    /// Seed for the next lesson or test (option order, questions drawn).
    pub seed: u64,
    /// Lesson files that could not be loaded, for the "Problems" entry.
    pub problems: Vec<super::views::ProblemFile>,
    /// How long without a key before the tutor saves and returns to "Who is learning?".
    pub idle_timeout: Duration,
    /// This computer's settings (centre name, timeout, theme, trainer PIN).
    pub config: crate::config::Config,
    /// Where the settings are saved; `None` keeps them in memory (tests, previews).
    pub config_file: Option<std::path::PathBuf>,
    /// Why the settings file cannot be read, if it cannot: it is then never written, and the
    /// trainer's corner stays locked and says so.
    pub config_problem: Option<crate::config::ConfigError>,
    /// True once the trainer PIN was given in this session.
    pub trainer: bool,
    /// What the screens asked for after the key being handled, performed by the app.
    pub effects: Vec<Effect>,
    /// How the last save of the learner's progress went.
    pub save_state: SaveState,
    /// The pack being previewed by its author, if this is a preview.
    pub preview: Option<Preview>,
    /// The language the tutor speaks now: the learner's, or the computer's until one signs in.
    pub language: crate::language::Language,
    /// The language this computer starts in, and goes back to when a learner leaves.
    pub computer_language: crate::language::Language,
    /// Open on the list of languages (and come back to it after each learner): a computer
    /// whose tutor speaks several.
    pub ask_language: bool,
    /// Built-in packs not read yet: the packs of a language are read when the tutor starts
    /// speaking it.
    pub shelf: crate::pack::Shelf,
    /// The packs that are not built in (a centre's own), kept beside the shelf's.
    pub own_packs: Vec<Arc<Pack>>,
    /// Reading aloud: the speech program now speaking.
    pub speech: super::speech::Speech,
    /// The tutor speaks in plain lines (`--plain`): the screens say themselves as text, and the
    /// trainer's corner (full screen only) is not offered.
    pub plain: bool,
    /// The learner chose plain lines on the first screen: the full-screen tutor closes and the
    /// plain one starts.
    pub to_plain: bool,
    /// This computer's line in the trainer's class view; `None` when there is no data folder.
    pub class: Option<super::class::ClassBoard>,
}

/// A pack being previewed: its file, and the problems of the last save (while they last, the
/// last good version stays on screen).
#[derive(Debug, Clone, Default)]
pub struct Preview {
    /// The pack file.
    pub file: std::path::PathBuf,
    /// The errors of the last save, as `file:line:col: message`; empty when it loaded.
    pub errors: Vec<String>,
    /// True when saves are noticed by themselves; false when R must be pressed.
    pub watching: bool,
    /// How many times the pack was reloaded.
    pub reloads: u32,
}

impl Ctx {
    /// The next seed: every lesson and test gets its own.
    pub fn next_seed(&mut self) -> u64 {
        self.seed = self
            .seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.seed
    }

    /// The packs to offer, one per pack id, in topic order: the one in the language spoken now,
    /// else the English one, else the first. A translation keeps its pack's id, so a lesson
    /// done in one language is done in all.
    pub fn shown_packs(&self) -> Vec<usize> {
        crate::pack::one_per_id(&self.packs, self.language.code())
    }

    /// A lesson whole, with its steps, to open: read from the program for a built-in pack
    /// (kept as an outline), else the pack's own copy.
    pub fn lesson(&self, pack: usize, lesson: usize) -> crate::pack::Lesson {
        let held = &self.packs[pack];
        self.shelf
            .lesson(held, lesson)
            .unwrap_or_else(|| held.lessons[lesson].clone())
    }

    /// A pack's test whole, with its questions, to open: read from the program for a built-in
    /// pack (kept as an outline), else the pack's own copy.
    pub fn assessment(&self, pack: usize) -> Option<crate::pack::Assessment> {
        let held = &self.packs[pack];
        self.shelf
            .assessment(held)
            .or_else(|| held.assessment.clone())
    }

    /// How many questions a pack's test asks (`None` when it has no test).
    pub fn questions_asked(&self, pack: usize) -> Option<u32> {
        let held = &self.packs[pack];
        let test = held.assessment.as_ref()?;
        let pool = self.shelf.questions(held).unwrap_or(test.questions.len());
        Some(test.draw.min(u32::try_from(pool).unwrap_or(u32::MAX)))
    }

    /// Whether this pack is in the language spoken now.
    pub fn in_my_language(&self, pack: usize) -> bool {
        crate::language::Language::from_code(&self.packs[pack].language) == Some(self.language)
    }

    /// Speaks `language` from now on, with its packs.
    pub fn speak(&mut self, language: crate::language::Language) {
        self.language = language;
        super::text::set_language(language);
        self.read_packs();
    }

    /// This computer starts in `language` (and comes back to it after each learner). When it
    /// asks each learner for a language first, the packs wait for that choice.
    pub fn start_in(&mut self, language: crate::language::Language) {
        self.computer_language = language;
        if self.ask_language {
            self.language = language;
            super::text::set_language(language);
        } else {
            self.speak(language);
        }
    }

    /// Takes from the shelf the built-in packs the language spoken now needs (and lets go of
    /// those it does not), keeping the topics in their order. Only between lessons: the views
    /// that hold a pack's place in the list (a lesson, a test) are not open when the language
    /// changes.
    fn read_packs(&mut self) {
        if self.shelf.is_empty() {
            return;
        }
        let own: Vec<(String, String)> = self
            .own_packs
            .iter()
            .map(|p| (p.id.clone(), p.language.clone()))
            .collect();
        // Let go of the packs of the language spoken before first, so that two languages'
        // packs are never in memory at once.
        self.packs.clear();
        let (builtin, broken) = self.shelf.packs_for(self.language.code(), &own);
        for file in broken {
            let problem = super::views::ProblemFile::from_loaded(&file);
            if !self.problems.iter().any(|p| p.name == problem.name) {
                self.problems.push(problem);
            }
        }
        let mut packs = self.own_packs.clone();
        packs.extend(builtin);
        self.packs = in_topic_order(packs);
    }

    /// A learner signed in: when the class view shows them at work on another computer, they
    /// are told plainly (both computers keep saving safely).
    pub fn tell_if_open_elsewhere(&mut self) {
        let Learner::Profile { id, .. } = &self.who else {
            return;
        };
        if self.notice.is_none()
            && self
                .class
                .as_ref()
                .is_some_and(|board| board.open_elsewhere(id, now_secs()))
        {
            self.notice = Some(t("notice.also-open-elsewhere").to_string());
        }
    }

    /// A learner signed in: the tutor speaks their language; one who never chose keeps the one
    /// on screen, which is kept in their profile from now on.
    pub fn speak_learners_language(&mut self) {
        match self
            .memory
            .language()
            .and_then(crate::language::Language::from_code)
        {
            Some(theirs) => self.speak(theirs),
            None => {
                let code = self.language.code();
                self.memory.speaks(code);
                self.save();
            }
        }
    }

    /// A lesson was finished: remember it, and ask for a save. Its wrong answers were kept as
    /// they happened, so they are not counted again.
    pub fn lesson_finished(&mut self, pack: &str, result: &crate::engine::LessonResult) {
        self.memory
            .finished_after_mistakes(pack, result, now_secs());
        self.save();
    }

    /// A question of a test was answered: keep the answers so far, and ask for a save, so the
    /// test can continue if the learner goes away.
    pub fn test_answered(&mut self, pack: &str, questions: Vec<String>, answers: Vec<String>) {
        self.memory.test_answered(crate::progress::TestUnderway {
            pack: pack.to_string(),
            questions,
            answers,
            at: now_secs(),
        });
        self.save();
    }

    /// A test was finished: remember it, and ask for a save.
    pub fn quiz_finished(&mut self, pack: &str, result: &crate::engine::QuizResult) {
        self.memory.tested(pack, result, now_secs());
        self.save();
    }

    /// Asks for the learner's progress to be saved once this key is handled (screens never
    /// write files themselves; the app does, and keeps the outcome in `save_state`).
    pub fn save(&mut self) {
        if !self.effects.contains(&Effect::SaveProgress) {
            self.effects.push(Effect::SaveProgress);
        }
    }

    /// Writes the learner's progress now, keeping the outcome in `save_state`; a failure
    /// becomes a notice, and a success after a failure says the progress is safe now.
    fn save_now(&mut self) {
        if !matches!(self.who, Learner::Profile { .. }) {
            self.save_state = SaveState::NotSaving;
            return;
        }
        let was_unsaved = self.save_state.is_unsaved();
        self.save_state = match self.profiles.save(&mut self.memory) {
            Ok(true) => {
                if was_unsaved {
                    self.notice = Some(t("notice.saved-now").to_string());
                }
                SaveState::Saved
            }
            Ok(false) => SaveState::NotSaving,
            Err((notice, reason)) => {
                self.notice = Some(notice);
                SaveState::NotSaved { reason }
            }
        };
    }

    /// Does what the screens asked for after the last key. A save that failed before is tried
    /// again at every key, so a disk that comes back is used at once.
    pub fn perform(&mut self) {
        let mut save = self.save_state.is_unsaved();
        for effect in std::mem::take(&mut self.effects) {
            match effect {
                Effect::SaveProgress => save = true,
                Effect::Speak(words) => {
                    if let Some(why) = self.speech.say(&words, self.language, &self.config) {
                        self.notice = Some(why);
                    }
                }
                Effect::ChangeSettings { change, done } => self.change_settings_now(&change, done),
            }
        }
        if save {
            self.save_now();
        }
    }

    /// Asks for one settings change, made after this key is handled (see [`Effect`]); `done`
    /// is said when it was made, and why not when it was not.
    pub fn change_settings(&mut self, change: crate::config::SettingsChange, done: String) {
        self.effects.push(Effect::ChangeSettings { change, done });
    }

    /// Makes one settings change now: on the file as it is on disk, under its lock (or in memory
    /// when there is no file). A settings file that cannot be read is never written. What
    /// depends on the settings (the timeout, the colours) follows only a change that was made.
    fn change_settings_now(&mut self, change: &crate::config::SettingsChange, done: String) {
        use crate::config::SettingsChange;
        if let Some(problem) = &self.config_problem {
            let why = super::views::settings_problem(problem);
            self.notice = Some(tf("notice.settings-failed", &[("why", &why)]));
            return;
        }
        match &self.config_file {
            Some(file) => match crate::config::Config::change(file, change) {
                Ok(fresh) => self.config = fresh,
                Err(e) => {
                    let why = super::views::settings_problem(&e);
                    self.notice = Some(tf("notice.settings-failed", &[("why", &why)]));
                    self.config_problem = Some(e);
                    return;
                }
            },
            None => change.apply(&mut self.config),
        }
        match change {
            SettingsChange::IdleMinutes(_) => self.idle_timeout = self.config.idle_timeout(),
            SettingsChange::Theme(id) => {
                if let Some(name) = super::theme::ThemeName::from_id(id) {
                    self.theme = super::theme::Theme::named(name, self.theme.background);
                }
            }
            _ => {}
        }
        self.notice = Some(done);
    }

    /// Checks the trainer PIN against the settings as they are on disk now, counting a wrong
    /// try there. `Err` when the settings cannot be read (the corner then stays locked).
    pub fn check_pin(&mut self, pin: &str) -> Result<crate::config::PinCheck, String> {
        if let Some(problem) = &self.config_problem {
            return Err(super::views::settings_problem(problem));
        }
        match &self.config_file {
            Some(file) => match crate::config::Config::check_pin(file, pin, now_secs()) {
                Ok((fresh, check)) => {
                    self.config = fresh;
                    Ok(check)
                }
                Err(e) => {
                    let shown = super::views::settings_problem(&e);
                    self.config_problem = Some(e);
                    Err(shown)
                }
            },
            None => Ok(self.config.trainer.check(pin, now_secs())),
        }
    }

    /// Saves, lets go of the learner, and goes back to nobody (the list is read again). When
    /// the last save failed, a notice on "Who is learning?" says so honestly.
    pub fn sign_out(&mut self) {
        self.save();
        self.perform();
        if self.save_state.is_unsaved()
            && let Learner::Profile { name, .. } = &self.who
        {
            self.notice = Some(tf("notice.left-unsaved", &[("name", name)]));
        }
        self.profiles.close();
        self.profiles.refresh();
        self.who = Learner::Nobody;
        self.memory = Memory::default();
        self.save_state = SaveState::NotSaving;
        // The next learner starts in the computer's language.
        let language = self.computer_language;
        self.start_in(language);
    }
}

/// The whole tutor.
#[derive(Debug)]
pub struct App {
    /// Shared state the views use.
    pub ctx: Ctx,
    /// The screen showing.
    pub view: View,
    /// Whether the help box is open.
    pub help: bool,
    /// Where the help box is scrolled to, when it is taller than the window.
    pub help_scroll: crate::tui::scroll::Scroll,
    /// What the last frame showed where, for the mouse.
    pub places: crate::tui::clicks::Places,
    /// Set when the tutor should close.
    pub quit: bool,
    /// Asking before closing with progress not saved yet: the highlighted choice (0: try
    /// saving again, 1: close anyway).
    pub closing: Option<usize>,
    /// How the tutor ended (set when `quit` is).
    pub exit: Exit,
    /// The window is smaller than the tutor needs: only Q acts until it grows (the screen
    /// says how), so no key does something the learner cannot see.
    pub too_small: bool,
    last_input: Instant,
}

impl App {
    /// A tutor on these packs, starting at "Who is learning?". `now` starts the idle timer.
    pub fn new(
        packs: Vec<Arc<Pack>>,
        profiles: Profiles,
        theme: Theme,
        seed: u64,
        now: Instant,
    ) -> Self {
        let packs = in_topic_order(packs);
        let ctx = Ctx {
            packs,
            theme,
            who: Learner::Nobody,
            memory: Memory::default(),
            profiles,
            notice: None,
            seed,
            problems: Vec::new(),
            idle_timeout: Duration::from_secs(600),
            config: crate::config::Config::default(),
            config_file: None,
            config_problem: None,
            trainer: false,
            effects: Vec::new(),
            save_state: SaveState::NotSaving,
            preview: None,
            language: crate::language::Language::default(),
            computer_language: crate::language::Language::default(),
            ask_language: false,
            shelf: crate::pack::Shelf::default(),
            own_packs: Vec::new(),
            speech: super::speech::Speech::default(),
            plain: false,
            to_plain: false,
            class: None,
        };
        super::text::set_language(ctx.language);
        let view = View::Who(Who::default());
        App {
            ctx,
            view,
            help: false,
            help_scroll: crate::tui::scroll::Scroll::default(),
            places: crate::tui::clicks::Places::default(),
            quit: false,
            closing: None,
            exit: Exit::Clean,
            too_small: false,
            last_input: now,
        }
    }

    /// The window's size changed (or is known for the first time).
    pub fn resized(&mut self, width: u16, height: u16) {
        self.too_small = width < MIN_WIDTH || height < MIN_HEIGHT;
    }

    /// Whether letters are text or commands right now.
    pub fn key_mode(&self) -> KeyMode {
        if self.help || self.closing.is_some() || self.too_small {
            KeyMode::Commands
        } else {
            self.view.key_mode()
        }
    }

    /// Handles one action at time `now`.
    pub fn handle(&mut self, action: Action, now: Instant) {
        self.last_input = now;
        // Reading aloud stops as soon as the learner does anything.
        let told = self.ctx.speech.stop();
        self.react(action);
        if let Some(why) = told {
            self.ctx.notice = Some(why);
        }
        // What the screen asked for (a save) is done now, after it decided.
        self.ctx.perform();
        self.publish();
    }

    /// Shows where the learner is in the trainer's class view (written only when it changed).
    pub fn publish(&mut self) {
        let doing = super::class::status_of(self);
        if let Some(board) = self.ctx.class.as_mut() {
            board.publish(doing, now_secs());
        }
    }

    /// "I need help": the trainer's class view shows it at the top, and the learner is told
    /// plainly whether it reached the trainer.
    fn ask_for_help(&mut self) {
        let told = self
            .ctx
            .class
            .as_mut()
            .is_some_and(|board| board.ask_for_help(now_secs()));
        self.ctx.notice = Some(
            if told {
                t("class.told")
            } else {
                t("class.not-told")
            }
            .to_string(),
        );
    }

    /// A click at `(x, y)`: what Enter (or the number key) does on the thing drawn there. With
    /// help open, a click closes it; elsewhere on the screen a click does nothing.
    pub fn click(&mut self, x: u16, y: u16, now: Instant) {
        if self.help {
            self.handle(Action::Help, now);
            return;
        }
        let action = match self.places.at(x, y) {
            Some(crate::tui::clicks::Target::Element(id)) => match &self.view {
                View::Player(p) => p
                    .player
                    .step()
                    .and_then(|s| s.screen.elements.iter().position(|e| &e.id == id))
                    .and_then(|i| u8::try_from(i).ok())
                    .map(Action::Pick),
                _ => None,
            },
            _ => self.places.action(x, y),
        };
        if let Some(action) = action {
            self.handle(action, now);
        }
    }

    /// The mouse wheel: scrolls the words where a column of words scrolls (a lesson, the help,
    /// a test's review), else moves through the list.
    pub fn wheel(&mut self, up: bool, now: Instant) {
        let scrolls = self.help || matches!(self.view, View::Player(_) | View::QuizDone(_));
        let action = match (scrolls, up) {
            (true, true) => Action::PageUp,
            (true, false) => Action::PageDown,
            (false, true) => Action::Up,
            (false, false) => Action::Down,
        };
        self.handle(action, now);
    }

    fn react(&mut self, action: Action) {
        if self.too_small {
            if action == Action::Quit {
                self.close();
            }
            return;
        }
        if self.closing.is_some() {
            self.closing_choice(action);
            return;
        }
        if action == Action::Reload && self.ctx.preview.is_some() {
            self.reload_preview();
            return;
        }
        if action == Action::Quit {
            self.ask_to_close();
            return;
        }
        if self.help {
            match action {
                Action::Back | Action::StepBack | Action::Help | Action::Select => {
                    self.help = false;
                }
                Action::PageUp | Action::Up => self.help_scroll.page_up(),
                Action::PageDown | Action::Down => self.help_scroll.page_down(),
                _ => {}
            }
            return;
        }
        if action == Action::Help {
            self.help = true;
            self.help_scroll.top();
            return;
        }
        if action == Action::AskForHelp && self.learning() {
            self.ask_for_help();
            return;
        }
        // A notice is read once; any key moves on from it.
        self.ctx.notice = None;
        match self.view.handle(action, &mut self.ctx) {
            Nav::Stay => {}
            Nav::Go(next) => self.view = next,
            Nav::Quit => self.close(),
        }
    }

    /// Q or Ctrl+C: saves first, then asks "Close digitutor?" with "No, keep learning" ready,
    /// so a stray key never ends a lesson; with steps not saved, it offers to try again.
    fn ask_to_close(&mut self) {
        self.ctx.save();
        self.ctx.perform();
        // A kiosk: a learner's Q goes back to the names; only a trainer closes.
        if self.ctx.config.kiosk && !self.ctx.trainer {
            if !matches!(self.view, View::Who(_)) {
                self.view.leave(&mut self.ctx);
                self.sign_out();
            }
            self.help = false;
            if self.ctx.notice.is_none() {
                self.ctx.notice = Some(t("notice.kiosk").to_string());
            }
            return;
        }
        self.closing = Some(0);
    }

    /// Closing without asking (a demonstration's Esc on its first screen): saves first; only
    /// when the progress cannot be saved does it ask.
    fn close(&mut self) {
        self.ctx.save();
        self.ctx.perform();
        if self.ctx.save_state.is_unsaved() {
            self.closing = Some(0);
        } else {
            if self.ctx.to_plain {
                self.exit = Exit::ToPlain;
            }
            self.quit = true;
        }
    }

    /// The answer to "Close digitutor?". When everything is saved: 1 keeps learning, 2 closes.
    /// When the last steps are not saved: 1 tries saving again (and closes once it works), 2
    /// closes anyway. Esc keeps learning; Q (or Ctrl+C) again closes.
    fn closing_choice(&mut self, action: Action) {
        let chosen = match action {
            Action::Number(n @ 1..=2) => Some(usize::from(n) - 1),
            Action::Select => self.closing,
            // Asked to close a second time: close.
            Action::Quit => Some(1),
            Action::Up | Action::Down | Action::Left | Action::Right => {
                self.closing = self.closing.map(|c| 1 - c.min(1));
                None
            }
            Action::Back => {
                self.closing = None;
                None
            }
            _ => None,
        };
        let unsaved = self.ctx.save_state.is_unsaved();
        match chosen {
            Some(0) if !unsaved => self.closing = None,
            Some(0) => {
                self.ctx.save();
                self.ctx.perform();
                if !self.ctx.save_state.is_unsaved() {
                    self.closing = None;
                    self.quit = true;
                }
            }
            Some(_) if unsaved => self.quit_unsaved(),
            Some(_) => {
                self.closing = None;
                self.quit = true;
            }
            None => {}
        }
    }

    /// Closes although the learner's last changes are not on disk, remembering who and why for
    /// the exit status and the message printed after the screen is restored.
    fn quit_unsaved(&mut self) {
        let learner = match &self.ctx.who {
            Learner::Profile { name, .. } => name.clone(),
            _ => String::new(),
        };
        let reason = match &self.ctx.save_state {
            SaveState::NotSaved { reason } => reason.clone(),
            _ => String::new(),
        };
        self.exit = Exit::Unsaved { learner, reason };
        self.closing = None;
        self.quit = true;
    }

    /// The terminal went away (the window was closed): saves what it can and closes, without
    /// asking, since nobody can answer.
    pub fn terminal_gone(&mut self) {
        self.ctx.save();
        self.ctx.perform();
        if self.ctx.save_state.is_unsaved() {
            self.quit_unsaved();
        } else {
            self.quit = true;
        }
        self.publish();
    }

    fn learning(&self) -> bool {
        matches!(self.ctx.who, Learner::Guest | Learner::Profile { .. })
    }

    /// How long until something is due without a key, from `now`: the idle timeout while
    /// someone is learning, or the next step of a demonstration that moves on by itself. `None`
    /// when nothing is due (the loop then sleeps until a key).
    pub fn idle_deadline(&self, now: Instant) -> Option<Duration> {
        let idle = self
            .learning()
            .then(|| (self.last_input + self.ctx.idle_timeout).saturating_duration_since(now));
        let screen = match &self.view {
            View::Demo(d) if d.auto => {
                Some((self.last_input + Duration::from_secs(d.pace)).saturating_duration_since(now))
            }
            // The class at a glance is read again every few seconds while it shows.
            View::Trainer(t) if t.watching_class() => Some(CLASS_REFRESH),
            _ => None,
        };
        match (idle, screen) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Called when no key came for a while: a demonstration that moves on by itself shows its
    /// next step; after the idle timeout, a learner's progress is saved and the tutor goes back
    /// to "Who is learning?". Returns true when the screen changed.
    pub fn tick(&mut self, now: Instant) -> bool {
        if let View::Trainer(t) = &mut self.view
            && t.watching_class()
        {
            t.refresh_at_work(&self.ctx);
            return true;
        }
        if let View::Demo(d) = &mut self.view
            && d.auto
        {
            if now.duration_since(self.last_input) < Duration::from_secs(d.pace) {
                return false;
            }
            if !d.forward() {
                d.auto = false;
            }
            self.last_input = now;
            return true;
        }
        if !self.learning() || now.duration_since(self.last_input) < self.ctx.idle_timeout {
            return false;
        }
        self.view.leave(&mut self.ctx);
        self.ctx.notice = None;
        let profile = matches!(self.ctx.who, Learner::Profile { .. });
        self.sign_out();
        self.publish();
        // Only a save that happened is called saved (sign_out says when it did not).
        if self.ctx.notice.is_none() {
            let words = if profile { "idle.saved" } else { "idle.back" };
            self.ctx.notice = Some(t(words).to_string());
        }
        self.help = false;
        true
    }

    /// Back to "Who is learning?" with nobody signed in.
    pub fn sign_out(&mut self) {
        self.ctx.sign_out();
        self.view = self.first_view();
    }

    /// The first screen: the languages, when this computer asks for one, else the names.
    pub fn first_view(&self) -> View {
        super::views::first(&self.ctx)
    }

    /// Reads the built-in packs from `shelf` as each language needs them.
    pub fn with_shelf(mut self, shelf: crate::pack::Shelf) -> Self {
        self.ctx.shelf = shelf;
        self.ctx.own_packs = self.ctx.packs.clone();
        self
    }

    /// Opens on the list of languages, and comes back to it after each learner.
    pub fn ask_language_first(mut self) -> Self {
        self.ctx.ask_language = true;
        self.view = self.first_view();
        self
    }

    /// This computer's settings, saved to `file` when given. The idle timeout and the theme
    /// come from them unless the command line said otherwise.
    pub fn with_config(
        mut self,
        config: crate::config::Config,
        file: Option<std::path::PathBuf>,
    ) -> Self {
        self.ctx.idle_timeout = config.idle_timeout();
        self.ctx.config = config;
        self.ctx.config_file = file;
        self
    }

    /// This computer's settings, read from `file`. When it cannot be read the tutor runs on
    /// the defaults, never writes the file, and the trainer's corner says what is wrong.
    pub fn with_settings_file(self, file: std::path::PathBuf) -> Self {
        let loaded = crate::config::Config::load(&file);
        self.with_settings(file, loaded)
    }

    /// This computer's settings as already read from `file` (or why they could not be).
    pub fn with_settings(
        self,
        file: std::path::PathBuf,
        loaded: Result<crate::config::Config, crate::config::ConfigError>,
    ) -> Self {
        match loaded {
            Ok(config) => self.with_config(config, Some(file)),
            Err(problem) => {
                let mut app = self.with_config(crate::config::Config::default(), Some(file));
                app.ctx.config_problem = Some(problem);
                app
            }
        }
    }

    /// Lesson files that could not be loaded: listed under "Problems" on the home screen.
    pub fn with_problems(mut self, problems: Vec<super::views::ProblemFile>) -> Self {
        self.ctx.problems = problems;
        self
    }

    /// Starts a trainer's demonstration: at the lesson when one is given, at its topic's lesson
    /// list when only the topic is, else at the list of topics. Nothing is saved.
    pub fn start_demo(&mut self, pack: Option<usize>, lesson: Option<usize>) {
        self.ctx.who = Learner::Demo;
        self.ctx.memory = Memory::default();
        self.view = match (pack, lesson) {
            (Some(p), Some(l)) => {
                View::Demo(Box::new(super::views::DemoView::new(&self.ctx, p, l)))
            }
            (Some(p), None) => View::Topic(Topic::new(p)),
            _ => View::Home(Home::default()),
        };
    }

    /// Starts an author's preview of one pack: at `lesson` and `step` when given (ids), else
    /// at the pack's lesson list. Nothing is saved.
    pub fn start_preview(
        &mut self,
        file: std::path::PathBuf,
        lesson: Option<&str>,
        step: Option<&str>,
        watching: bool,
    ) -> Result<(), String> {
        self.ctx.who = Learner::Preview;
        self.ctx.memory = Memory::default();
        self.ctx.preview = Some(Preview {
            file,
            errors: Vec::new(),
            watching,
            reloads: 0,
        });
        let Some(pack) = self.ctx.packs.first().cloned() else {
            return Err("the pack has errors".into());
        };
        let lesson_index =
            match lesson {
                Some(id) => Some(pack.lessons.iter().position(|l| l.id == id).ok_or_else(
                    || {
                        format!(
                            "there is no lesson \"{id}\"; the lessons are: {}",
                            pack.lessons
                                .iter()
                                .map(|l| l.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    },
                )?),
                None if step.is_some() => Some(0),
                None => None,
            };
        self.view = match lesson_index {
            Some(l) => {
                let lesson = &pack.lessons[l];
                if let Some(id) = step
                    && !lesson.steps.iter().any(|s| s.id == id)
                {
                    return Err(format!(
                        "lesson \"{}\" has no step \"{id}\"; its steps are: {}",
                        lesson.id,
                        lesson
                            .steps
                            .iter()
                            .map(|s| s.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                let step = step.unwrap_or(lesson.steps.first().map_or("", |s| s.id.as_str()));
                let seed = self.ctx.next_seed();
                View::Player(Box::new(super::views::PlayerView::resume(
                    &mut self.ctx,
                    0,
                    l,
                    step,
                    seed,
                )))
            }
            None => View::Topic(Topic::new(0)),
        };
        Ok(())
    }

    /// Watching for saves is not possible here: say so; R reloads instead.
    pub fn no_watching(&mut self, why: &str) {
        if let Some(p) = &mut self.ctx.preview {
            p.watching = false;
        }
        self.ctx.notice = Some(tf("preview.no-watch", &[("why", &why)]));
    }

    /// Reads the previewed pack again. When it loads, it replaces the one on screen and the
    /// learner stays on the same lesson and step (by id); when it has errors, they are shown and
    /// the last good version stays.
    pub fn reload_preview(&mut self) {
        let Some(preview) = &self.ctx.preview else {
            return;
        };
        let library = crate::lint::library(crate::pack::Library::from_path(
            &preview.file,
            crate::pack::Origin::Folder,
        ));
        let Some(loaded) = library.files.into_iter().next() else {
            return;
        };
        let errors: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("{}:{}:{}: {}", loaded.name, d.line, d.column, d.message))
            .collect();
        if let Some(p) = &mut self.ctx.preview {
            p.reloads += 1;
            p.errors = errors;
        }
        let Some(pack) = loaded.pack else { return };
        let place = match &self.view {
            View::Player(p) => Some((
                p.player.lesson().id.clone(),
                p.player.step().map(|s| s.id.clone()),
            )),
            _ => None,
        };
        self.ctx.packs = vec![pack.clone()];
        self.view = match place {
            Some((lesson_id, step_id)) => match pack.lessons.iter().position(|l| l.id == lesson_id)
            {
                Some(l) => {
                    let lesson = &pack.lessons[l];
                    let step = step_id
                        .filter(|id| lesson.steps.iter().any(|s| s.id == *id))
                        .or_else(|| lesson.steps.first().map(|s| s.id.clone()))
                        .unwrap_or_default();
                    let seed = self.ctx.next_seed();
                    View::Player(Box::new(super::views::PlayerView::resume(
                        &mut self.ctx,
                        0,
                        l,
                        &step,
                        seed,
                    )))
                }
                None => View::Topic(Topic::new(0)),
            },
            None => View::Topic(Topic::new(0)),
        };
        self.help = false;
    }

    /// The packs in the order the tutor shows them.
    pub fn packs(&self) -> &[Arc<Pack>] {
        &self.ctx.packs
    }

    /// Starts as a guest on the home screen (used by tests and `--guest`).
    pub fn start_as_guest(&mut self) {
        self.ctx.who = Learner::Guest;
        self.ctx.memory = Memory::default();
        self.view = View::Home(Home::default());
    }

    /// Opens a topic's lesson list directly (used by previews and tests).
    pub fn open_topic(&mut self, pack_index: usize) {
        self.view = View::Topic(Topic::new(pack_index));
    }

    /// Shows the "I'm new here" screen (used by tests).
    pub fn new_name(&mut self) {
        self.view = View::NewName(NewName::default());
    }
}

/// Packs sorted by the order of the seven topics; unknown topics last, in load order.
fn in_topic_order(mut packs: Vec<Arc<Pack>>) -> Vec<Arc<Pack>> {
    packs.sort_by_key(|p| {
        TOPICS
            .iter()
            .position(|t| *t == p.topic)
            .unwrap_or(TOPICS.len())
    });
    packs
}
