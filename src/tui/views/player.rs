//! The lesson player: the instruction at the top, the simulated phone in the middle, the answer
//! area beside it (numbered choices, a text field, the phone's elements, scan or photo), and the
//! words that come back (a hint, feedback on the exact mistake, what would happen, why it was
//! right). Keys become engine inputs; the engine decides; this view only shows.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthStr;

use super::{Finished, NOT_CHOSEN, Topic, View, numbered, point};
use crate::engine::{Effect, Input as EngineInput, Phase, Player};
use crate::pack::{Do, Screen, ScreenKind};
use crate::tui::action::{Action, KeyMode};
use crate::tui::app::{Ctx, Nav};
use crate::tui::clicks::{self, Target};
use crate::tui::draw::{Command, wrapped_height};
use crate::tui::plain::page::{Numbers, Page, Word};
use crate::tui::scroll::{self, Scroll};
use crate::tui::text::{t, tf};
use crate::tui::theme::Theme;
use crate::tui::widgets::{SimScreen, home_arrow};

/// A lesson being played.
#[derive(Debug)]
pub struct PlayerView {
    /// Index of the pack in the app's packs.
    pub pack: usize,
    /// Index of the lesson in the pack.
    pub lesson: usize,
    pack_id: String,
    /// The engine.
    pub player: Player<'static>,
    /// Selected option (choose) or focused element (tap), as a position in the shown order.
    pub selected: usize,
    /// The text field (type steps). Its text is never stored.
    pub input: Input,
    /// A note about hints ("that was the last hint").
    hint_note: Option<&'static str>,
    /// How many wrong answers of each step are already in the learner's memory.
    mistakes_kept: std::collections::HashMap<String, usize>,
    /// Where the answer column (answers, feedback, hints) is scrolled to.
    pub panel: Scroll,
}

impl PlayerView {
    /// Starts a lesson at its first step.
    pub fn start(ctx: &mut Ctx, pack: usize, lesson: usize, seed: u64) -> Self {
        let l = ctx.lesson(pack, lesson);
        Self::with_player(ctx, pack, lesson, Player::new(l, seed))
    }

    /// Resumes a lesson at a step.
    pub fn resume(ctx: &mut Ctx, pack: usize, lesson: usize, step: &str, seed: u64) -> Self {
        let l = ctx.lesson(pack, lesson);
        Self::with_player(ctx, pack, lesson, Player::resume(l, step, seed))
    }

    fn with_player(ctx: &mut Ctx, pack: usize, lesson: usize, player: Player<'static>) -> Self {
        let view = PlayerView {
            pack,
            lesson,
            pack_id: ctx.packs[pack].id.clone(),
            player,
            selected: 0,
            input: Input::default(),
            hint_note: None,
            mistakes_kept: std::collections::HashMap::new(),
            panel: Scroll::default(),
        };
        let mut view = view;
        view.selected = view.first_selection();
        view.keep_place(ctx);
        view.read_aloud_if_asked(ctx);
        view
    }

    /// Reads the step aloud when the learner's trainer set each step to be read to them.
    fn read_aloud_if_asked(&self, ctx: &mut Ctx) {
        if ctx.memory.reads_aloud() {
            self.read_aloud(ctx);
        }
    }

    /// Asks for the step to be read aloud.
    fn read_aloud(&self, ctx: &mut Ctx) {
        if let Some(step) = self.player.step() {
            let words = crate::tui::spoken::step(step, &self.player.shown_options());
            ctx.effects.push(crate::tui::effect::Effect::Speak(words));
        }
    }

    /// Remembers the current step as the place to continue.
    pub fn keep_place(&self, ctx: &mut Ctx) {
        if let Some(step) = self.player.step()
            && !matches!(self.player.phase(), Phase::Finished)
        {
            ctx.memory.at_step(
                &self.pack_id,
                &self.player.lesson().id,
                &step.id,
                crate::progress::store::now_secs(),
            );
            // Saved at every step, so even a crash or a power cut loses nothing but this step.
            ctx.save();
        }
    }

    /// Puts each new wrong answer into the learner's memory as it happens, and saves, so the
    /// class report's hardest steps include lessons left before the end (or a crash).
    fn keep_mistakes(&mut self, ctx: &mut Ctx) {
        let lesson = self.player.lesson().id.clone();
        let mut any = false;
        for record in self.player.result().steps {
            let kept = self.mistakes_kept.entry(record.step.clone()).or_default();
            for wrong in record.wrong_answers.iter().skip(*kept) {
                ctx.memory.mistake(
                    &self.pack_id,
                    &lesson,
                    &record.step,
                    wrong,
                    crate::progress::store::now_secs(),
                );
                any = true;
            }
            *kept = (*kept).max(record.wrong_answers.len());
        }
        if any {
            ctx.save();
        }
    }

    /// Where the selection starts on a step: nothing chosen, on a question and on a screen to
    /// tap alike, so a stray Enter never answers.
    fn first_selection(&self) -> usize {
        NOT_CHOSEN
    }

    fn action(&self) -> Option<Do> {
        self.player.step().map(|s| s.action)
    }

    fn answering(&self) -> bool {
        matches!(self.player.phase(), Phase::Asking | Phase::Wrong { .. })
    }

    /// Whether letters are typed text.
    pub fn key_mode(&self) -> KeyMode {
        if self.action() == Some(Do::Type) && self.answering() {
            KeyMode::Typing
        } else {
            KeyMode::Commands
        }
    }

    /// The screen the phone shows: the step's, or a consequence's.
    pub fn screen(&self) -> Option<&Screen> {
        match self.player.consequence() {
            Some(c) => Some(&c.screen),
            None => self.player.step().map(|s| &s.screen),
        }
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        if action == Action::Back {
            self.keep_place(ctx);
            ctx.save();
            return Nav::Go(View::Topic(Topic {
                pack: self.pack,
                selected: self.lesson,
                resume: None,
            }));
        }
        match action {
            Action::ReadAloud => {
                self.read_aloud(ctx);
                return Nav::Stay;
            }
            Action::PageUp => {
                self.panel.page_up();
                return Nav::Stay;
            }
            Action::PageDown => {
                self.panel.page_down();
                return Nav::Stay;
            }
            _ => {}
        }
        let Some(input) = self.engine_input(action) else {
            return Nav::Stay;
        };
        let effects = self.player.handle(input);
        self.hint_note = None;
        self.keep_mistakes(ctx);
        for effect in effects {
            match effect {
                Effect::Step(_) => {
                    self.selected = self.first_selection();
                    self.input = Input::default();
                    self.panel.top();
                    self.keep_place(ctx);
                    self.read_aloud_if_asked(ctx);
                }
                Effect::Feedback(_)
                | Effect::Hint { .. }
                | Effect::Consequence(_)
                | Effect::Explanation(_) => {
                    // The newest words are at the end of the column: show them.
                    self.panel.follow_end();
                    if self.action() == Some(Do::Type) {
                        // Start the next try with an empty field.
                        self.input = Input::default();
                    }
                }
                Effect::Finished(result) => {
                    // Its wrong answers are in memory already (kept as they happened).
                    ctx.lesson_finished(&self.pack_id, &result);
                    let finished = Finished::new(ctx, self.pack, self.lesson, result);
                    return Nav::Go(View::Finished(Box::new(finished)));
                }
                Effect::NoMoreHints => {
                    self.panel.follow_end();
                    self.hint_note = Some(if self.player.hints_shown().is_empty() {
                        "player.no-hints"
                    } else {
                        "player.no-more-hints"
                    });
                }
                _ => {}
            }
        }
        Nav::Stay
    }

    /// Turns a key's action into an engine input, moving the selection on the way.
    fn engine_input(&mut self, action: Action) -> Option<EngineInput> {
        let step = self.player.step()?;
        // Backspace, or Left where Left moves nothing (no text field, no phone buttons).
        let left_is_free = !(self.answering() && matches!(step.action, Do::Tap | Do::Type));
        if action == Action::StepBack || (action == Action::Left && left_is_free) {
            return Some(EngineInput::Back);
        }
        if !self.answering() {
            return matches!(action, Action::Select).then_some(EngineInput::Continue);
        }
        if action == Action::Hint {
            return Some(EngineInput::Hint);
        }
        match step.action {
            Do::Continue => (action == Action::Select).then_some(EngineInput::Continue),
            Do::Scan => match action {
                Action::Scan => Some(EngineInput::Scan),
                Action::Photo => Some(EngineInput::Photo),
                _ => None,
            },
            Do::Choose => {
                let shown = self.player.shown_options();
                let len = shown.len();
                let index = match action {
                    Action::Number(n) => numbered(n, len)?,
                    // Nothing is chosen until the learner points at an answer.
                    Action::Select if self.selected >= len => {
                        self.hint_note = Some("player.choose-first");
                        return None;
                    }
                    Action::Select => self.selected,
                    other => {
                        self.selected = point(self.selected, len, other);
                        if self.selected < len {
                            self.hint_note = None;
                        }
                        // Moving among the answers shows the answers.
                        self.panel.top();
                        return None;
                    }
                };
                self.selected = index;
                shown.get(index).map(|o| EngineInput::Choose(o.id.clone()))
            }
            Do::Tap => {
                let elements = &step.screen.elements;
                let action = match action {
                    // A click: the element it names gets the focus, and is tapped.
                    Action::Pick(n) if usize::from(n) < elements.len() => {
                        self.selected = usize::from(n);
                        Action::Select
                    }
                    other => other,
                };
                match action {
                    Action::Select => {
                        let tapped = elements
                            .get(self.selected)
                            .map(|e| EngineInput::Tap(e.id.clone()));
                        if tapped.is_none() {
                            self.hint_note = Some("player.tap-first");
                        }
                        tapped
                    }
                    Action::Up | Action::Down | Action::Left | Action::Right => {
                        self.selected = if step.screen.kind == ScreenKind::Home {
                            home_arrow(elements, self.selected, action)
                        } else {
                            point(self.selected, elements.len(), action)
                        };
                        self.hint_note = None;
                        None
                    }
                    _ => None,
                }
            }
            Do::Type => match action {
                Action::Select => {
                    let text = self.input.value().to_string();
                    (!text.trim().is_empty()).then_some(EngineInput::Type(text))
                }
                other => {
                    edit_input(&mut self.input, other);
                    None
                }
            },
        }
    }

    /// The header's words: the lesson's title.
    pub fn title(&self) -> String {
        self.player.lesson().title.clone()
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let mut c = Vec::new();
        if !self.answering() {
            c.push(Command::new(t("key.enter"), "do.go-on"));
        } else {
            match self.action() {
                Some(Do::Choose) => {
                    let n = self.player.shown_options().len();
                    c.push(Command::new(tf("key.numbers", &[("n", &n)]), "do.choose"));
                    c.push(Command::new(t("key.arrows"), "do.move"));
                }
                Some(Do::Tap) => {
                    c.push(Command::new(t("key.arrows"), "do.next-element"));
                    c.push(Command::new(t("key.enter"), "do.tap"));
                }
                Some(Do::Type) => {
                    c.push(Command::new(t("key.type"), "do.type"));
                    c.push(Command::new(t("key.enter"), "do.send"));
                }
                Some(Do::Scan) => {
                    c.push(Command::new(t("key.scan"), "do.scan"));
                    c.push(Command::new(t("key.photo"), "do.photo"));
                }
                Some(Do::Continue) | None => c.push(Command::new(t("key.enter"), "do.go-on")),
            }
            if self.action() != Some(Do::Continue) {
                let key = if self.key_mode() == KeyMode::Typing {
                    "F2"
                } else {
                    t("key.hint")
                };
                c.push(Command::new(key, "do.hint"));
                let read = if self.key_mode() == KeyMode::Typing {
                    "F3"
                } else {
                    t("key.read")
                };
                c.push(Command::new(read, "do.read-aloud"));
            }
        }
        let ask = if self.key_mode() == KeyMode::Typing {
            "F4"
        } else {
            t("key.ask-help")
        };
        c.push(Command::new(ask, "do.ask-help"));
        if self.player.step_index() > 0 {
            c.push(Command::new(t("key.step-back"), "do.step-back"));
        }
        c.push(Command::new(t("key.esc"), "do.leave-lesson"));
        let help = if self.key_mode() == KeyMode::Typing {
            "F1"
        } else {
            t("key.help")
        };
        c.push(Command::new(help, "do.help"));
        c
    }

    /// The step said as plain lines: the step count, the instruction, what the phone says,
    /// then the answers (or the phone's buttons, numbered), and what came back from the last
    /// answer.
    pub fn plain(&self, ctx: &Ctx) -> Page {
        let Some(step) = self.player.step() else {
            return Page::new("lesson-end", self.title());
        };
        let index = self.player.step_index();
        let mut page = Page::new(
            format!(
                "lesson:{}:{}:{index}",
                self.pack_id,
                self.player.lesson().id
            ),
            self.title(),
        );
        page.lines = vec![
            tf(
                "player.step",
                &[
                    ("n", &(index + 1)),
                    ("total", &self.player.lesson().steps.len()),
                ],
            ),
            step.instruction.clone(),
        ];
        page.lines.extend(crate::tui::spoken::screen(&step.screen));
        let mut after = crate::tui::plain::said_all(&self.panel_words(&ctx.theme));
        if let Some(c) = self.player.consequence() {
            // What the phone shows now, after the heading and the title of what happened.
            let at = after.len().min(2);
            let shown = crate::tui::spoken::screen(&c.screen);
            after.splice(at..at, shown);
        }
        page.after = after;
        let answering = self.answering();
        page.enter = !answering || step.action == Do::Continue;
        if answering {
            match step.action {
                Do::Choose => {
                    page.choices = self
                        .player
                        .shown_options()
                        .iter()
                        .map(|o| o.text.clone())
                        .collect();
                    page.ask = t("plain.choose").to_string();
                }
                Do::Tap => {
                    page.choices = step
                        .screen
                        .elements
                        .iter()
                        .map(|e| e.label.clone())
                        .collect();
                    page.numbers = Numbers::Elements;
                    page.ask = t("plain.tap").to_string();
                }
                Do::Type => {
                    if step.sensitive {
                        page.lines.push(t("player.typed-hidden").to_string());
                    }
                    page.typing = true;
                    page.ask = t("plain.type").to_string();
                }
                Do::Scan => {
                    page.ask = t("plain.scan").to_string();
                    page.commands.push((Word::Scan, "do.scan"));
                    page.commands.push((Word::Photo, "do.photo"));
                }
                Do::Continue => page.ask = t("player.continue").to_string(),
            }
            if step.action != Do::Continue {
                page.commands.push((Word::Hint, "do.hint"));
            }
        }
        page.commands.push((Word::ReadAloud, "do.read-aloud"));
        page.commands.push((Word::AskForHelp, "do.ask-help"));
        page.commands.push((Word::Back, "do.leave-lesson"));
        page.commands.push((Word::Repeat, "do.repeat"));
        page.commands.push((Word::Help, "do.help"));
        page.commands.push((Word::Quit, "do.quit"));
        page
    }

    /// Draws the player.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let step = self.player.step()?;
        let total = self.player.lesson().steps.len();
        let instruction_height = u16::try_from(
            Paragraph::new(step.instruction.as_str())
                .wrap(Wrap { trim: true })
                .line_count(area.width.saturating_sub(2)),
        )
        .unwrap_or(u16::MAX)
        .min(area.height / 3);
        let [top, main] = Layout::vertical([
            Constraint::Length(instruction_height + 2),
            Constraint::Min(1),
        ])
        .areas(area);
        // The instruction, with the step count.
        let step_text = tf(
            "player.step",
            &[("n", &(self.player.step_index() + 1)), ("total", &total)],
        );
        Paragraph::new(vec![
            Line::styled(step_text, theme.dim),
            Line::styled(step.instruction.as_str(), theme.title),
        ])
        .wrap(Wrap { trim: true })
        .render(top.inner(Margin::new(1, 0)), buf);
        let phone_width = (main.width / 2).clamp(40, 60);
        let [phone, panel] =
            Layout::horizontal([Constraint::Length(phone_width), Constraint::Min(1)]).areas(main);
        let focus = if self.action() == Some(Do::Tap) && self.answering() {
            step.screen
                .elements
                .get(self.selected)
                .map(|e| e.id.as_str())
        } else {
            None
        };
        let screen = self.screen().unwrap_or(&step.screen);
        let phone_cursor = SimScreen {
            screen,
            theme,
            focus,
        }
        .render(phone, buf);
        // Words the small phone could not hold go to the answer column, where they scroll.
        let unseen = crate::tui::widgets::unseen(screen, buf, phone);
        let panel = panel.inner(Margin::new(1, 0));
        let answer_cursor = self.render_panel(theme, &unseen, panel, buf);
        match self.action() {
            Some(Do::Tap) if self.answering() => phone_cursor.or(answer_cursor),
            _ => answer_cursor.or(phone_cursor),
        }
    }

    /// The answer column: the answers, then what came back (feedback, the explanation, what
    /// would happen), then the hints. Drawn whole, then shown as far as it fits; the rest is
    /// reached with PgDn, and a line says so.
    fn render_panel(
        &self,
        theme: &Theme,
        unseen: &[String],
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let width = area.width;
        let answer_height = if self.answering() {
            self.answer_height(width)
        } else {
            0
        };
        let mut lines = self.panel_words(theme);
        if !unseen.is_empty() {
            if !lines.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(t("player.also-on-screen"), theme.dim));
            for sentence in unseen {
                lines.push(Line::styled(sentence.as_str(), theme.base));
            }
        }
        let words = Paragraph::new(lines).wrap(Wrap { trim: true });
        let words_height = u16::try_from(words.line_count(width)).unwrap_or(u16::MAX);
        let height = answer_height.saturating_add(words_height).max(1);
        // Where nothing is asked, a click anywhere in the column goes on, as Enter does.
        let goes_on = !self.answering() || self.action() == Some(Do::Continue);
        if goes_on {
            clicks::note(area, Target::Select);
        }
        let since = clicks::mark();
        let mut content = scroll::canvas(area.x, width, height, theme.base);
        let cursor = if self.answering() {
            self.render_answer(
                theme,
                Rect::new(area.x, 0, width, answer_height),
                &mut content,
            )
        } else {
            None
        };
        words.render(
            Rect::new(area.x, answer_height, width, words_height),
            &mut content,
        );
        self.panel
            .draw(&content, cursor, theme.key, since, area, buf)
    }

    /// What came back from the last answer, and the hints shown.
    fn panel_words(&self, theme: &Theme) -> Vec<Line<'_>> {
        let Some(step) = self.player.step() else {
            return Vec::new();
        };
        let mut lines: Vec<Line<'_>> = Vec::new();
        match self.player.phase() {
            Phase::Wrong { feedback } => {
                lines.push(Line::styled(
                    format!("{} {}", t("player.mark.wrong"), t("player.wrong")),
                    theme.bad,
                ));
                lines.push(Line::styled(feedback.as_str(), theme.base));
                lines.push(Line::styled(t("player.try-again"), theme.dim));
                lines.push(Line::raw(""));
            }
            Phase::Consequence { feedback: _, .. } => {
                if let Some(c) = self.player.consequence() {
                    lines.push(Line::styled(
                        format!("{} {}", t("player.mark.wrong"), t("player.consequence")),
                        theme.warn,
                    ));
                    lines.push(Line::styled(c.title.as_str(), theme.title));
                    lines.push(Line::styled(c.explanation.as_str(), theme.base));
                    lines.push(Line::raw(""));
                    lines.push(Line::styled(t("player.only-practice"), theme.good));
                    lines.push(Line::styled(t("player.back-to-step"), theme.key));
                }
            }
            Phase::Right { .. } => {
                lines.push(Line::styled(
                    format!("{} {}", t("player.mark.right"), t("player.right")),
                    theme.good,
                ));
                if step.action == Do::Scan
                    && let Some(address) = step.screen.leads_to.as_deref()
                {
                    lines.push(Line::styled(
                        tf("player.scan-leads-to", &[("address", &address)]),
                        theme.title,
                    ));
                }
                if !step.explanation.is_empty() {
                    lines.push(Line::styled(step.explanation.as_str(), theme.base));
                }
                lines.push(Line::raw(""));
                lines.push(Line::styled(t("player.next"), theme.key));
            }
            Phase::Asking | Phase::Finished => {}
        }
        if self.answering() {
            let shown = self.player.hints_shown();
            for (i, hint) in shown.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(
                        format!(
                            "{} {} ",
                            t("player.mark.hint"),
                            tf("player.hint", &[("n", &(i + 1)), ("of", &step.hints.len())])
                        ),
                        theme.hint.add_modifier(ratatui::style::Modifier::BOLD),
                    ),
                    Span::styled(hint.as_str(), theme.hint),
                ]));
            }
            if let Some(note) = self.hint_note {
                lines.push(Line::styled(t(note), theme.dim));
            }
        }
        lines
    }

    /// Rows the answer area needs at this width, so nothing in it is cut.
    fn answer_height(&self, width: u16) -> u16 {
        let Some(step) = self.player.step() else {
            return 0;
        };
        let rows = |text: &str| {
            u16::try_from(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .line_count(width),
            )
            .unwrap_or(u16::MAX)
        };
        match step.action {
            Do::Choose => {
                let options: u16 = self
                    .player
                    .shown_options()
                    .iter()
                    .map(|o| wrapped_height(&o.text, width.saturating_sub(4)))
                    .sum();
                options + 2
            }
            Do::Type => {
                let note = if step.sensitive {
                    rows(t("player.typed-hidden"))
                } else {
                    0
                };
                1 + 3 + note + 1
            }
            Do::Tap => {
                let focus = step
                    .screen
                    .elements
                    .get(self.selected)
                    .map_or(0, |e| rows(&tf("player.tap-focus", &[("label", &e.label)])));
                rows(t("player.tap")) + focus + 1
            }
            Do::Scan => rows(t("player.scan")) + 1,
            Do::Continue => rows(t("player.continue")) + 1,
        }
    }

    fn render_answer(&self, theme: &Theme, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let step = self.player.step()?;
        match step.action {
            Do::Choose => {
                let [head, list] =
                    Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
                Line::styled(t("player.choose"), theme.title).render(head, buf);
                choices(
                    &self
                        .player
                        .shown_options()
                        .iter()
                        .map(|o| o.text.as_str())
                        .collect::<Vec<_>>(),
                    self.selected,
                    theme,
                    list,
                    buf,
                )
            }
            Do::Type => {
                let [head, field, note] = Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Length(3),
                    Constraint::Min(0),
                ])
                .areas(area);
                Line::styled(t("player.type"), theme.title).render(head, buf);
                let label = step.label.as_deref().unwrap_or(t("player.answer"));
                let cursor = draw_input(&self.input, step.sensitive, label, theme, field, buf);
                if step.sensitive {
                    Paragraph::new(Line::styled(t("player.typed-hidden"), theme.dim))
                        .wrap(Wrap { trim: true })
                        .render(note, buf);
                }
                cursor
            }
            Do::Tap => {
                let mut lines = vec![Line::styled(t("player.tap"), theme.title)];
                if let Some(e) = step.screen.elements.get(self.selected) {
                    lines.push(Line::styled(
                        tf("player.tap-focus", &[("label", &e.label)]),
                        theme.focus,
                    ));
                }
                Paragraph::new(lines)
                    .wrap(Wrap { trim: true })
                    .render(area, buf);
                None
            }
            Do::Scan => {
                Paragraph::new(Line::styled(t("player.scan"), theme.title))
                    .wrap(Wrap { trim: true })
                    .render(area, buf);
                None
            }
            Do::Continue => {
                Paragraph::new(Line::styled(t("player.continue"), theme.title))
                    .wrap(Wrap { trim: true })
                    .render(area, buf);
                None
            }
        }
    }
}

/// Numbered choices that wrap, the selected one marked with `>` and the focus style.
pub fn choices(
    texts: &[&str],
    selected: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let mut y = area.y;
    let mut cursor = None;
    for (i, text) in texts.iter().enumerate() {
        if y >= area.bottom() {
            break;
        }
        let is_selected = i == selected;
        let style = if is_selected { theme.focus } else { theme.base };
        let prefix = format!("{}{}. ", if is_selected { ">" } else { " " }, i + 1);
        let indent = prefix.width() as u16;
        let height = wrapped_height(text, area.width.saturating_sub(indent)).min(area.bottom() - y);
        let row = Rect::new(area.x, y, area.width, height);
        clicks::note(row, Target::Entry(i));
        if is_selected {
            buf.set_style(row, theme.focus);
            cursor = Some(Position::new(area.x, y));
        }
        buf.set_stringn(area.x, y, &prefix, area.width as usize, style);
        Paragraph::new(Line::styled(*text, style))
            .wrap(Wrap { trim: true })
            .render(
                Rect::new(
                    area.x + indent.min(area.width),
                    y,
                    area.width.saturating_sub(indent),
                    height,
                ),
                buf,
            );
        y += height;
    }
    // Nothing chosen yet: the terminal's cursor (which screen readers follow) rests on the first.
    cursor.or((!texts.is_empty() && area.height > 0).then(|| Position::new(area.x, area.y)))
}

/// Applies a text-editing action to a text field.
pub fn edit_input(input: &mut Input, action: Action) {
    let request = match action {
        Action::Char(c) => InputRequest::InsertChar(c),
        Action::Backspace => InputRequest::DeletePrevChar,
        Action::Delete => InputRequest::DeleteNextChar,
        Action::Left => InputRequest::GoToPrevChar,
        Action::Right => InputRequest::GoToNextChar,
        Action::Home => InputRequest::GoToStart,
        Action::End => InputRequest::GoToEnd,
        Action::ClearText => {
            input.reset();
            return;
        }
        _ => return,
    };
    input.handle(request);
}

/// A bordered text field with its label; private text is shown as dots. Returns the cursor.
pub fn draw_input(
    input: &Input,
    masked: bool,
    label: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(
            theme
                .focus
                .remove_modifier(ratatui::style::Modifier::REVERSED),
        )
        .title(Line::styled(format!(" {label} "), theme.title));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return None;
    }
    let width = inner.width.saturating_sub(1) as usize;
    let scroll = input.visual_scroll(width);
    let shown: String = if masked {
        "•".repeat(input.value().chars().count())
    } else {
        input.value().to_string()
    };
    let visible: String = skip_columns(&shown, scroll);
    buf.set_stringn(inner.x, inner.y, &visible, width, theme.base);
    let cursor_col = if masked {
        input.value()[..byte_index(input.value(), input.cursor())]
            .chars()
            .count()
    } else {
        input.visual_cursor()
    };
    let x = inner.x + (cursor_col.saturating_sub(scroll)).min(width) as u16;
    Some(Position::new(x, inner.y))
}

fn byte_index(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(i, _)| i)
}

fn skip_columns(s: &str, columns: usize) -> String {
    let mut skipped = 0;
    let mut out = String::new();
    for c in s.chars() {
        if skipped < columns {
            skipped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            continue;
        }
        out.push(c);
    }
    out
}
