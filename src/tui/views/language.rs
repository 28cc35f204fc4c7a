//! The first screen on a computer that speaks several languages: each language offered by its
//! own name ("Tiếng Việt", "Монгол", "한국어", "English"), so a learner who reads only one finds
//! it without reading the others. The choice is the tutor's language until a learner signs in;
//! a learner who signs in keeps their own, and a new learner keeps this one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{View, Who, menu_commands, numbered, step_selection};
use crate::language::Language;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Nav};
use crate::tui::draw::{Command, menu};
use crate::tui::plain::page::Page;
use crate::tui::text::t;

/// The list of languages.
#[derive(Debug, Default)]
pub struct LanguageView {
    /// The selected language.
    pub selected: usize,
}

impl LanguageView {
    /// The list, with the language on screen now selected.
    pub fn new(ctx: &Ctx) -> Self {
        LanguageView {
            selected: Language::ALL
                .iter()
                .position(|l| *l == ctx.language)
                .unwrap_or(0),
        }
    }

    /// How many entries the list has: the languages, then (on screen) plain lines for a screen
    /// reader.
    fn len(ctx: &Ctx) -> usize {
        Language::ALL.len() + usize::from(!ctx.plain)
    }

    /// Handles one action.
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> Nav {
        let all = Self::len(ctx);
        if self.selected >= all {
            self.selected = 0;
        }
        let chosen = match action {
            Action::Number(n) => numbered(n, all),
            Action::Select => Some(self.selected),
            other => {
                self.selected = step_selection(self.selected, all, other);
                return Nav::Stay;
            }
        };
        match chosen {
            Some(i) if i == Language::ALL.len() && !ctx.plain => {
                ctx.to_plain = true;
                Nav::Quit
            }
            Some(i) => match Language::ALL.get(i) {
                Some(language) => {
                    ctx.speak(*language);
                    Nav::Go(View::Who(Who::default()))
                }
                None => Nav::Stay,
            },
            None => Nav::Stay,
        }
    }

    /// The key bar's commands.
    pub fn commands(&self) -> Vec<Command> {
        let mut c = menu_commands(Language::ALL.len() + 1);
        c.push(Command::new(t("key.quit"), "do.quit"));
        c
    }

    /// Draws the list: the question in every language, then the languages by their own names.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
        let theme = &ctx.theme;
        let area = area.inner(Margin::new(2, 1));
        let asks: Vec<Line<'_>> = Language::ALL
            .iter()
            .map(|l| Line::styled(crate::tui::text::t_in(*l, "language.choose"), theme.title))
            .collect();
        let rows = u16::try_from(asks.len())
            .unwrap_or(u16::MAX)
            .saturating_add(1);
        let [top, list] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
        Paragraph::new(asks)
            .wrap(Wrap { trim: true })
            .render(top, buf);
        let mut items: Vec<Line<'_>> = Language::ALL
            .iter()
            .map(|l| Line::raw(l.own_name()))
            .collect();
        items.push(Line::styled(screen_reader_entry(), theme.dim));
        menu(&items, self.selected, theme, list, buf)
    }

    /// The list said as plain lines: the question in every language, then the languages.
    pub fn plain(&self, _ctx: &Ctx) -> Page {
        let mut page = Page::new("language", "").menu(
            Language::ALL
                .iter()
                .map(|l| l.own_name().to_string())
                .collect(),
            false,
        );
        page.lines = Language::ALL
            .iter()
            .map(|l| crate::tui::text::t_in(*l, "language.choose"))
            .collect();
        page
    }
}

/// The entry for plain lines, in every language the tutor speaks, so a learner who reads only
/// one finds it: "Screen reader · Trình đọc màn hình · …".
fn screen_reader_entry() -> String {
    Language::ALL
        .iter()
        .map(|l| crate::tui::text::t_in(*l, "plain.entry-short"))
        .collect::<Vec<_>>()
        .join(" · ")
}
