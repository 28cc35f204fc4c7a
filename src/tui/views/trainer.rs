//! The trainer's corner, behind a PIN: the class at a glance, showing a lesson to the room,
//! renaming, resetting or removing a learner, and this computer's settings (the centre's name,
//! the inactivity timeout, the default theme, the PIN itself). The first PIN is never chosen
//! here, where any learner could take it: a trainer sets it with `digitutor trainer set-pin`,
//! and until then, or while the settings file cannot be read, the corner stays locked and says
//! why. Wrong PINs are slowed down. Settings changes go out as `SettingsChange` values.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;

use super::player::{draw_input, edit_input};
use super::{Home, View, Who, menu_commands, numbered, step_selection};
use crate::config::{PinCheck, PinProblem, SettingsChange, hash_pin, pin_problem};
use crate::tui::action::{Action, KeyMode};
use crate::tui::app::{Ctx, Learner, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::text::{t, tf};
use crate::tui::theme::{Theme, ThemeName};

/// Inactivity timeouts a trainer can choose, in minutes.
pub const TIMEOUTS: [u64; 5] = [5, 10, 15, 20, 30];
const THEMES: [ThemeName; 3] = [
    ThemeName::Default,
    ThemeName::HighContrast,
    ThemeName::NoColor,
];
/// Reading-aloud paces, in words a minute, and their names.
const PACES: [(u32, &str); 3] = [
    (110, "trainer.pace-slow"),
    (crate::config::DEFAULT_SPEECH_RATE, "trainer.pace-calm"),
    (175, "trainer.pace-usual"),
];
const MENU: [&str; 12] = [
    "trainer.class",
    "trainer.demo",
    "trainer.learners",
    "trainer.centre",
    "trainer.timeout",
    "trainer.theme",
    "trainer.language",
    "trainer.pace",
    "trainer.change-pin",
    "trainer.kiosk",
    "trainer.close",
    "trainer.leave",
];

/// Where in the trainer's corner we are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// No PIN is set on this computer: the corner is locked until a trainer sets one with the
    /// command `digitutor trainer set-pin`.
    NoPin,
    /// The settings file cannot be read: the corner is locked and says which file and where.
    Broken,
    /// Typing the PIN; `choosing` when a trainer who got in is changing it, with the first
    /// typing kept to compare with the second.
    Pin {
        /// A new PIN is being chosen.
        choosing: bool,
        /// The first of the two typings of a new PIN.
        first: Option<String>,
    },
    /// The menu.
    Menu,
    /// The class at a glance.
    Class,
    /// The list of learners.
    Learners,
    /// What to do with one learner.
    Learner(usize),
    /// Typing a learner's new name.
    Rename(usize),
    /// Asking before resetting (true) or removing (false) a learner.
    Confirm(usize, bool),
    /// Typing the centre's name.
    Centre,
    /// Choosing the inactivity timeout.
    Timeout,
    /// Choosing the default theme.
    Theme,
    /// Choosing the language this computer starts in.
    Language,
    /// Choosing how fast steps are read aloud.
    Pace,
    /// Choosing whether learners may close digitutor (kiosk mode).
    Kiosk,
}

/// The trainer's corner.
#[derive(Debug)]
pub struct Trainer {
    /// Where we are.
    pub mode: Mode,
    /// The selected entry of the current list.
    pub selected: usize,
    /// The text being typed (PIN, name, centre).
    pub input: Input,
    /// A message about the last thing done, in plain words.
    pub message: Option<String>,
    scroll: u16,
    class: Vec<ClassRow>,
    /// The learners at work now on every computer sharing the data folder.
    at_work: Vec<crate::progress::class::Status>,
}

impl Trainer {
    /// The way in: asks for the PIN; locked when none is set or the settings cannot be read.
    pub fn new(ctx: &Ctx) -> Self {
        let mode = if ctx.config_problem.is_some() {
            Mode::Broken
        } else if ctx.config.trainer.pin_hash.is_empty() {
            Mode::NoPin
        } else {
            Mode::Pin {
                choosing: false,
                first: None,
            }
        };
        Trainer {
            mode,
            selected: 0,
            input: Input::default(),
            message: None,
            scroll: 0,
            class: Vec::new(),
            at_work: Vec::new(),
        }
    }

    /// The menu, for a trainer already let in (back from a demonstration).
    pub fn menu() -> Self {
        Trainer {
            mode: Mode::Menu,
            selected: 0,
            input: Input::default(),
            message: None,
            scroll: 0,
            class: Vec::new(),
            at_work: Vec::new(),
        }
    }

    fn go(&mut self, mode: Mode) {
        self.mode = mode;
        self.selected = 0;
        self.input = Input::default();
        self.scroll = 0;
    }

    /// Whether letters are typed text.
    pub fn key_mode(&self) -> KeyMode {
        match self.mode {
            Mode::Pin { .. } | Mode::Rename(_) | Mode::Centre => KeyMode::Typing,
            _ => KeyMode::Commands,
        }
    }

    fn list_len(&self, ctx: &Ctx) -> usize {
        match self.mode {
            Mode::Menu => MENU.len(),
            Mode::Learners => ctx.profiles.list().len(),
            Mode::Learner(_) => 4,
            Mode::Confirm(..) => 2,
            Mode::Timeout => TIMEOUTS.len(),
            Mode::Theme => THEMES.len(),
            Mode::Language => crate::language::Language::ALL.len(),
            Mode::Pace => PACES.len(),
            Mode::Kiosk => 2,
            _ => 0,
        }
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        if action == Action::Back {
            return self.back(ctx);
        }
        match self.mode.clone() {
            Mode::Pin { choosing, first } => self.pin(action, ctx, choosing, first),
            Mode::Rename(i) => self.typed(action, ctx, Some(i)),
            Mode::Centre => self.typed(action, ctx, None),
            Mode::Class => {
                match action {
                    Action::Down | Action::Right => self.scroll = self.scroll.saturating_add(1),
                    Action::Up | Action::Left => self.scroll = self.scroll.saturating_sub(1),
                    _ => {}
                }
                Nav::Stay
            }
            _ => {
                let len = self.list_len(ctx);
                let chosen = match action {
                    Action::Number(n) => numbered(n, len),
                    Action::Select => (len > 0).then_some(self.selected),
                    other => {
                        self.selected = step_selection(self.selected, len, other);
                        return Nav::Stay;
                    }
                };
                match chosen {
                    Some(i) => {
                        self.selected = i;
                        self.choose(i, ctx)
                    }
                    None => Nav::Stay,
                }
            }
        }
    }

    fn back(&mut self, ctx: &mut Ctx) -> Nav {
        self.message = None;
        match self.mode {
            Mode::Pin {
                choosing: false, ..
            }
            | Mode::Menu
            | Mode::NoPin
            | Mode::Broken => {
                ctx.trainer = false;
                Nav::Go(View::Who(Who::default()))
            }
            Mode::Learner(_) => {
                self.go(Mode::Learners);
                Nav::Stay
            }
            Mode::Rename(i) | Mode::Confirm(i, _) => {
                self.go(Mode::Learner(i));
                Nav::Stay
            }
            _ => {
                self.go(Mode::Menu);
                Nav::Stay
            }
        }
    }

    fn pin(&mut self, action: Action, ctx: &mut Ctx, choosing: bool, first: Option<String>) -> Nav {
        if action != Action::Select {
            if matches!(action, Action::Char(c) if !c.is_ascii_digit()) {
                self.message = Some(t("trainer.pin-digits").into());
                return Nav::Stay;
            }
            edit_input(&mut self.input, action);
            return Nav::Stay;
        }
        let typed = self.input.value().to_string();
        if choosing {
            if let Some(problem) = pin_problem(&typed) {
                // The field keeps what was typed, so the trainer can see and mend it.
                self.message = Some(t(pin_problem_text(problem)).into());
                return Nav::Stay;
            }
            self.input = Input::default();
            match first {
                None => {
                    self.mode = Mode::Pin {
                        choosing,
                        first: Some(typed),
                    };
                    self.message = None;
                }
                Some(first) if first == typed => {
                    let hash = match hash_pin(&typed) {
                        Ok(hash) => hash,
                        Err(e) => {
                            self.message = Some(tf("trainer.pin-error", &[("why", &e)]));
                            return Nav::Stay;
                        }
                    };
                    ctx.change_settings(SettingsChange::PinHash(hash), t("trainer.pin-set").into());
                    self.go(Mode::Menu);
                }
                Some(_) => {
                    self.mode = Mode::Pin {
                        choosing,
                        first: None,
                    };
                    self.message = Some(t("trainer.pin-mismatch").into());
                }
            }
            return Nav::Stay;
        }
        self.input = Input::default();
        match ctx.check_pin(&typed) {
            Ok(PinCheck::Right) => {
                ctx.trainer = true;
                self.go(Mode::Menu);
                self.message = None;
            }
            Ok(PinCheck::Wrong { tries_left }) => {
                self.message = Some(tf("trainer.pin-wrong", &[("n", &tries_left)]));
            }
            Ok(PinCheck::Wait { seconds }) => self.message = Some(wait_text(seconds)),
            Ok(PinCheck::NotSet) => self.go(Mode::NoPin),
            Err(_) => self.go(Mode::Broken),
        }
        Nav::Stay
    }

    fn typed(&mut self, action: Action, ctx: &mut Ctx, learner: Option<usize>) -> Nav {
        if action != Action::Select {
            edit_input(&mut self.input, action);
            return Nav::Stay;
        }
        let text = self.input.value().trim().to_string();
        match learner {
            Some(i) => {
                let Some(entry) = ctx.profiles.list().get(i).cloned() else {
                    self.go(Mode::Learners);
                    return Nav::Stay;
                };
                match ctx.profiles.rename(&entry.id, &text) {
                    Ok(()) => {
                        self.message = Some(tf(
                            "trainer.renamed",
                            &[("old", &entry.name), ("new", &text)],
                        ));
                        self.go(Mode::Learners);
                    }
                    Err(problem) => self.message = Some(problem),
                }
            }
            None => {
                let done = tf("trainer.centre-set", &[("name", &text)]);
                ctx.change_settings(SettingsChange::CentreName(text), done);
                self.go(Mode::Menu);
            }
        }
        Nav::Stay
    }

    fn choose(&mut self, i: usize, ctx: &mut Ctx) -> Nav {
        self.message = None;
        match self.mode.clone() {
            Mode::Menu => match MENU[i] {
                "trainer.class" => {
                    self.go(Mode::Class);
                    self.class = class_rows(ctx);
                    self.refresh_at_work(ctx);
                }
                "trainer.demo" => {
                    ctx.who = Learner::Demo;
                    return Nav::Go(View::Home(Home::default()));
                }
                "trainer.learners" => self.go(Mode::Learners),
                "trainer.centre" => {
                    self.go(Mode::Centre);
                    self.input = Input::new(ctx.config.centre_name.clone());
                }
                "trainer.timeout" => {
                    self.go(Mode::Timeout);
                    self.selected = TIMEOUTS
                        .iter()
                        .position(|m| *m == ctx.config.idle_minutes)
                        .unwrap_or(1);
                }
                "trainer.theme" => {
                    self.go(Mode::Theme);
                    self.selected = THEMES
                        .iter()
                        .position(|n| *n == ctx.theme.name)
                        .unwrap_or(0);
                }
                "trainer.pace" => {
                    self.go(Mode::Pace);
                    self.selected = PACES
                        .iter()
                        .position(|(rate, _)| *rate == ctx.config.speech_rate)
                        .unwrap_or(1);
                }
                "trainer.language" => {
                    self.go(Mode::Language);
                    self.selected = crate::language::Language::ALL
                        .iter()
                        .position(|l| *l == ctx.computer_language)
                        .unwrap_or(0);
                }
                "trainer.change-pin" => self.go(Mode::Pin {
                    choosing: true,
                    first: None,
                }),
                "trainer.kiosk" => {
                    self.go(Mode::Kiosk);
                    self.selected = usize::from(ctx.config.kiosk);
                }
                "trainer.close" => return Nav::Quit,
                _ => {
                    ctx.trainer = false;
                    return Nav::Go(View::Who(Who::default()));
                }
            },
            Mode::Learners => self.go(Mode::Learner(i)),
            Mode::Learner(l) => match i {
                0 => {
                    let name = ctx
                        .profiles
                        .list()
                        .get(l)
                        .map(|e| e.name.clone())
                        .unwrap_or_default();
                    self.go(Mode::Rename(l));
                    self.input = Input::new(name);
                }
                1 => self.go(Mode::Confirm(l, true)),
                2 => self.go(Mode::Confirm(l, false)),
                _ => {
                    let Some(entry) = ctx.profiles.list().get(l).cloned() else {
                        self.go(Mode::Learners);
                        return Nav::Stay;
                    };
                    let on = !entry.reads_aloud;
                    self.message = Some(match ctx.profiles.set_reads_aloud(&entry.id, on) {
                        Ok(()) if on => tf("trainer.reads-aloud-now", &[("name", &entry.name)]),
                        Ok(()) => tf("trainer.reads-aloud-no-more", &[("name", &entry.name)]),
                        Err(problem) => problem,
                    });
                }
            },
            Mode::Confirm(l, reset) => {
                if i == 0 {
                    self.go(Mode::Learner(l));
                    return Nav::Stay;
                }
                let Some(entry) = ctx.profiles.list().get(l).cloned() else {
                    self.go(Mode::Learners);
                    return Nav::Stay;
                };
                let done = if reset {
                    ctx.profiles.reset(&entry.id)
                } else {
                    ctx.profiles.delete(&entry.id)
                };
                self.message = Some(match done {
                    Ok(()) if reset => tf("trainer.reset-done", &[("name", &entry.name)]),
                    Ok(()) => tf("trainer.delete-done", &[("name", &entry.name)]),
                    Err(problem) => problem,
                });
                self.go(Mode::Learners);
            }
            Mode::Timeout => {
                let done = tf("trainer.timeout-set", &[("n", &TIMEOUTS[i])]);
                ctx.change_settings(SettingsChange::IdleMinutes(TIMEOUTS[i]), done);
                self.go(Mode::Menu);
            }
            Mode::Kiosk => {
                let on = i == 1;
                let done = t(if on {
                    "trainer.kiosk-on"
                } else {
                    "trainer.kiosk-off"
                })
                .to_string();
                ctx.change_settings(SettingsChange::Kiosk(on), done);
                self.go(Mode::Menu);
            }
            Mode::Theme => {
                let done = tf("trainer.theme-set", &[("name", &t(theme_text(THEMES[i])))]);
                ctx.change_settings(SettingsChange::Theme(THEMES[i].id().into()), done);
                self.go(Mode::Menu);
            }
            Mode::Pace => {
                if let Some((rate, name)) = PACES.get(i) {
                    let done = tf("trainer.pace-set", &[("name", &t(name))]);
                    ctx.change_settings(SettingsChange::SpeechRate(*rate), done);
                }
                self.go(Mode::Menu);
            }
            Mode::Language => {
                if let Some(language) = crate::language::Language::ALL.get(i).copied() {
                    // From now on this computer starts in it; the trainer reads it at once.
                    ctx.start_in(language);
                    let done = tf("trainer.language-set", &[("name", &language.own_name())]);
                    ctx.change_settings(SettingsChange::Language(language.code().into()), done);
                }
                self.go(Mode::Menu);
            }
            _ => {}
        }
        Nav::Stay
    }

    /// The header's words.
    pub fn title(&self) -> String {
        t("trainer.title").to_string()
    }

    /// The key bar's commands.
    pub fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let mut c = match self.key_mode() {
            KeyMode::Typing => vec![
                Command::new(t("key.type"), "do.type"),
                Command::new(t("key.enter"), "do.send"),
            ],
            KeyMode::Commands if self.mode == Mode::Class => {
                vec![Command::new(t("key.arrows"), "do.scroll")]
            }
            KeyMode::Commands if matches!(self.mode, Mode::NoPin | Mode::Broken) => Vec::new(),
            KeyMode::Commands | KeyMode::Letters => menu_commands(self.list_len(ctx)),
        };
        c.push(Command::new(t("key.esc"), "do.back"));
        c.push(Command::new(
            if self.key_mode() == KeyMode::Typing {
                "F1"
            } else {
                t("key.help")
            },
            "do.help",
        ));
        c
    }

    /// Draws the current part of the trainer's corner.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 1));
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Min(1),
            Constraint::Length(2),
        ])
        .areas(area);
        let (heading, intro) = self.heading(ctx);
        Paragraph::new(vec![
            Line::styled(heading, theme.title),
            Line::styled(intro, theme.dim),
        ])
        .wrap(Wrap { trim: true })
        .render(head, buf);
        if let Some(message) = &self.message {
            Paragraph::new(Line::styled(message.as_str(), theme.warn))
                .wrap(Wrap { trim: true })
                .render(foot, buf);
        }
        match &self.mode {
            Mode::NoPin | Mode::Broken => {
                let why = match &self.mode {
                    Mode::NoPin => t("trainer.no-pin-explain").to_string(),
                    _ => ctx
                        .config_problem
                        .as_ref()
                        .map(settings_problem)
                        .unwrap_or_default(),
                };
                Paragraph::new(Line::styled(why, theme.base))
                    .wrap(Wrap { trim: true })
                    .render(body, buf);
                Some(Position::new(body.x, body.y))
            }
            Mode::Pin { .. } => {
                let field = Rect::new(body.x, body.y, body.width.min(30), 3.min(body.height));
                draw_input(&self.input, true, t("trainer.pin-label"), theme, field, buf)
            }
            Mode::Rename(_) | Mode::Centre => {
                let field = Rect::new(body.x, body.y, body.width.min(50), 3.min(body.height));
                let label = if self.mode == Mode::Centre {
                    t("trainer.centre-label")
                } else {
                    t("name.label")
                };
                draw_input(&self.input, false, label, theme, field, buf)
            }
            Mode::Class => {
                let mut lines = at_work_lines(&self.at_work, theme);
                lines.extend(class_lines(&self.class, theme));
                Paragraph::new(lines)
                    .wrap(Wrap { trim: false })
                    .scroll((self.scroll, 0))
                    .render(body, buf);
                Some(Position::new(body.x, body.y))
            }
            _ => {
                let items = self.items(ctx);
                menu(&items, self.selected, theme, body, buf)
            }
        }
    }

    fn heading(&self, ctx: &Ctx) -> (String, String) {
        let name = |i: &usize| {
            ctx.profiles
                .list()
                .get(*i)
                .map(|e| e.name.clone())
                .unwrap_or_default()
        };
        match &self.mode {
            Mode::NoPin => (t("trainer.no-pin").into(), t("trainer.locked-intro").into()),
            Mode::Broken => (
                t("trainer.settings-broken").into(),
                t("trainer.locked-intro").into(),
            ),
            Mode::Pin {
                choosing: true,
                first: None,
            } => (
                t("trainer.choose-pin").into(),
                t("trainer.choose-pin-intro").into(),
            ),
            Mode::Pin {
                choosing: true,
                first: Some(_),
            } => (
                t("trainer.repeat-pin").into(),
                t("trainer.choose-pin-intro").into(),
            ),
            Mode::Pin { .. } => (
                t("trainer.enter-pin").into(),
                t("trainer.enter-pin-intro").into(),
            ),
            Mode::Menu => (t("trainer.title").into(), t("trainer.menu-intro").into()),
            Mode::Class => (t("trainer.class").into(), t("trainer.class-intro").into()),
            Mode::Learners => (
                t("trainer.learners").into(),
                t("trainer.learners-intro").into(),
            ),
            Mode::Learner(i) => (name(i), t("trainer.learner-intro").into()),
            Mode::Rename(i) => (
                tf("trainer.rename-title", &[("name", &name(i))]),
                String::new(),
            ),
            Mode::Confirm(i, true) => (
                tf("trainer.reset-ask", &[("name", &name(i))]),
                t("trainer.reset-explain").into(),
            ),
            Mode::Confirm(i, false) => (
                tf("trainer.delete-ask", &[("name", &name(i))]),
                t("trainer.delete-explain").into(),
            ),
            Mode::Centre => (t("trainer.centre").into(), t("trainer.centre-intro").into()),
            Mode::Timeout => (
                t("trainer.timeout").into(),
                t("trainer.timeout-intro").into(),
            ),
            Mode::Theme => (t("trainer.theme").into(), t("trainer.theme-intro").into()),
            Mode::Language => (
                t("trainer.language").into(),
                t("trainer.language-intro").into(),
            ),
            Mode::Pace => (t("trainer.pace").into(), t("trainer.pace-intro").into()),
            Mode::Kiosk => (t("trainer.kiosk").into(), t("trainer.kiosk-intro").into()),
        }
    }

    fn items(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = &ctx.theme;
        let line = |s: String| Line::styled(s, theme.base);
        match &self.mode {
            Mode::Menu => MENU.iter().map(|id| line(t(id).to_string())).collect(),
            Mode::Learners => ctx
                .profiles
                .list()
                .iter()
                .map(|e| line(e.name.clone()))
                .collect(),
            Mode::Learner(l) => {
                let reads_aloud = ctx.profiles.list().get(*l).is_some_and(|e| e.reads_aloud);
                let read = if reads_aloud {
                    "trainer.reads-aloud-on"
                } else {
                    "trainer.reads-aloud-off"
                };
                ["trainer.rename", "trainer.reset", "trainer.delete", read]
                    .iter()
                    .map(|id| line(t(id).to_string()))
                    .collect()
            }
            Mode::Confirm(_, reset) => vec![
                line(t("trainer.no-keep").into()),
                line(
                    t(if *reset {
                        "trainer.yes-reset"
                    } else {
                        "trainer.yes-delete"
                    })
                    .into(),
                ),
            ],
            Mode::Timeout => TIMEOUTS
                .iter()
                .map(|m| line(tf("trainer.minutes", &[("n", m)])))
                .collect(),
            Mode::Theme => THEMES
                .iter()
                .map(|n| line(t(theme_text(*n)).into()))
                .collect(),
            Mode::Pace => PACES
                .iter()
                .map(|(_, name)| line(t(name).to_string()))
                .collect(),
            Mode::Language => crate::language::Language::ALL
                .iter()
                .map(|l| line(l.own_name().to_string()))
                .collect(),
            Mode::Kiosk => ["trainer.kiosk-no", "trainer.kiosk-yes"]
                .iter()
                .map(|id| line(t(id).to_string()))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The words for a new PIN that cannot be used.
fn pin_problem_text(problem: PinProblem) -> &'static str {
    match problem {
        PinProblem::TooShort => "trainer.pin-too-short",
        PinProblem::TooLong => "trainer.pin-too-long",
        PinProblem::NotDigits => "trainer.pin-digits",
    }
}

/// A wait in words, in whole minutes once it is a minute or more (never more than an hour).
fn wait_text(seconds: u64) -> String {
    let seconds = seconds.min(crate::config::MAX_WAIT_SECS);
    if seconds >= 60 {
        match seconds.div_ceil(60) {
            1 => t("trainer.pin-wait-minute").to_string(),
            minutes => tf("trainer.pin-wait-minutes", &[("n", &minutes)]),
        }
    } else {
        tf("trainer.pin-wait", &[("s", &seconds)])
    }
}

fn theme_text(name: ThemeName) -> &'static str {
    match name {
        ThemeName::Default => "trainer.theme-default",
        ThemeName::HighContrast => "trainer.theme-high",
        ThemeName::NoColor => "trainer.theme-none",
    }
}

/// One learner in the class at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRow {
    /// The learner's name.
    pub name: String,
    /// Lessons done, of all the lessons in the packs.
    pub done: u32,
    /// All the lessons in the packs.
    pub total: usize,
    /// The day they were last here.
    pub last: String,
    /// The topics whose test they passed.
    pub passed: Vec<String>,
}

/// The class at a glance, read from the store when the trainer opens it (drawing never reads
/// files): each learner with lessons done, tests passed, and when they were last here, counted
/// as `digitutor report` counts, one computer's worth.
fn class_rows(ctx: &Ctx) -> Vec<ClassRow> {
    let packs: Vec<&crate::pack::Pack> = ctx.packs.iter().map(|p| p.as_ref()).collect();
    let total: usize = packs.iter().map(|p| p.lessons.len()).sum();
    ctx.profiles
        .list()
        .iter()
        .filter_map(|entry| {
            let progress = ctx.profiles.progress(&entry.id)?;
            let rows = crate::report::rows(&progress, &packs);
            Some(ClassRow {
                name: entry.name.clone(),
                done: rows.iter().map(|r| r.lessons_done).sum(),
                total,
                last: date(progress.profile.last_used),
                passed: rows
                    .iter()
                    .filter(|r| r.passed)
                    .filter_map(|r| r.topic.clone())
                    .collect(),
            })
        })
        .collect()
}

fn class_lines(rows: &[ClassRow], theme: &Theme) -> Vec<Line<'static>> {
    if rows.is_empty() {
        return vec![Line::styled(t("trainer.no-learners"), theme.base)];
    }
    let mut lines = Vec::new();
    for row in rows {
        lines.push(Line::styled(row.name.clone(), theme.title));
        lines.push(Line::styled(
            tf(
                "trainer.class-row",
                &[
                    ("done", &row.done),
                    ("total", &row.total),
                    ("last", &row.last),
                ],
            ),
            theme.base,
        ));
        lines.push(Line::styled(
            if row.passed.is_empty() {
                t("trainer.class-no-pass").to_string()
            } else {
                tf(
                    "trainer.class-passed",
                    &[("topics", &row.passed.join(", "))],
                )
            },
            theme.dim,
        ));
        lines.push(Line::raw(""));
    }
    lines
}

impl Trainer {
    /// Whether the class at a glance is showing (it is read again every few seconds).
    pub fn watching_class(&self) -> bool {
        self.mode == Mode::Class
    }

    /// Reads again who is at work now, on every computer sharing the data folder.
    pub fn refresh_at_work(&mut self, ctx: &Ctx) {
        self.at_work = ctx.class.as_ref().map_or_else(Vec::new, |board| {
            board.at_work(crate::progress::store::now_secs())
        });
    }
}

/// Who is at work now, one line each, those who asked for help first.
fn at_work_lines(at_work: &[crate::progress::class::Status], theme: &Theme) -> Vec<Line<'static>> {
    use crate::tui::class::{Mark, describe, sign};
    let now = crate::progress::store::now_secs();
    let mut lines = vec![Line::styled(t("class.title"), theme.title)];
    if at_work.is_empty() {
        lines.push(Line::styled(t("class.nobody"), theme.dim));
    }
    for status in at_work {
        let (mark, words) = describe(status, now);
        let style = match mark {
            Mark::Help => theme.bad,
            Mark::Stuck => theme.warn,
            Mark::Working => theme.base,
        };
        lines.push(Line::styled(format!("{} {words}", sign(mark)), style));
    }
    lines.push(Line::raw(""));
    lines
}

/// A date from seconds since 1970 (UTC), written the language's way; "not yet" for none.
pub fn date(secs: u64) -> String {
    if secs == 0 {
        return t("trainer.never").to_string();
    }
    crate::tui::text::long_date(secs)
}

/// Why the settings file cannot be read or written, and what to do, in the language spoken.
/// (What is wrong inside the file, such as a TOML mistake, stays in the reader's words.)
pub fn settings_problem(problem: &crate::config::ConfigError) -> String {
    let file = problem.file.display().to_string();
    let file = crate::safe_text::clean_line(&file);
    let why = crate::safe_text::clean_line(&problem.reason);
    match problem.at {
        Some((line, col)) => tf(
            "settings.problem-at",
            &[
                ("file", &file),
                ("line", &line),
                ("col", &col),
                ("why", &why),
            ],
        ),
        None => tf("settings.problem", &[("file", &file), ("why", &why)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn a_settings_problem_is_said_in_the_language_spoken() {
        let problem = crate::config::ConfigError {
            file: std::path::PathBuf::from("/data/config.toml"),
            at: Some((3, 5)),
            reason: "expected `=`".to_string(),
        };
        crate::tui::text::set_language(Language::Vi);
        let said = settings_problem(&problem);
        assert!(
            said.contains("/data/config.toml, dòng 3, cột 5: expected `=`"),
            "{said}"
        );
        crate::tui::text::set_language(Language::En);
        assert_eq!(settings_problem(&problem), problem.to_string());
    }
}
