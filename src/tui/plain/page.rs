//! One screen of the tutor said as plain lines: what it is about, its sentences in reading
//! order, the numbered things to choose, the words that came back from the last answer, and the
//! commands typed as a letter. Each view makes its own page by reading its state, as it draws
//! itself; nothing here knows a terminal.

/// How a number typed on this page acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Numbers {
    /// Chooses entry n of a list, as the number key does.
    #[default]
    Entries,
    /// Taps element n of the simulated phone, as a click on it does.
    Elements,
}

/// A command typed as one letter (or `0`, or `?`), the same on every page that offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// `0`: go back (out of a lesson, to the list before).
    Back,
    /// `h`: the next hint.
    Hint,
    /// `s`: scan the QR code.
    Scan,
    /// `p`: take a photo of the QR code.
    Photo,
    /// `l`: read the step aloud through the speech program.
    ReadAloud,
    /// `t`: "I need help", shown in the trainer's class view.
    AskForHelp,
    /// `r`: say this page again, whole.
    Repeat,
    /// `?`: what can be typed here.
    Help,
    /// `q`: save and close.
    Quit,
}

impl Word {
    /// What is typed for it.
    pub fn key(self) -> &'static str {
        match self {
            Word::Back => "0",
            Word::Hint => "h",
            Word::Scan => "s",
            Word::Photo => "p",
            Word::ReadAloud => "l",
            Word::AskForHelp => "t",
            Word::Repeat => "r",
            Word::Help => "?",
            Word::Quit => "q",
        }
    }
}

/// One screen, said as lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// What the page is about (a screen, a step, a question): when it changes, the whole page
    /// is said; while it stays the same, only the words that are new.
    pub place: String,
    /// The screen's heading.
    pub title: String,
    /// Its sentences in reading order.
    pub lines: Vec<String>,
    /// The things to choose, numbered from 1 in this order.
    pub choices: Vec<String>,
    /// What a typed number does.
    pub numbers: Numbers,
    /// The words that came back from the last answer (feedback, hints, an explanation).
    pub after: Vec<String>,
    /// How to answer here, in a sentence.
    pub ask: String,
    /// Whether Enter alone does something here (go on); when not, an empty line is met with
    /// the sentence that says how to answer.
    pub enter: bool,
    /// Whether text typed here is an answer (a name, a typed step) rather than a command.
    pub typing: bool,
    /// The commands offered here, each with the message id of what it does.
    pub commands: Vec<(Word, &'static str)>,
}

impl Page {
    /// A page about `place` with this heading; the rest is filled in by the view.
    pub fn new(place: impl Into<String>, title: impl Into<String>) -> Self {
        Page {
            place: place.into(),
            title: title.into(),
            ..Page::default()
        }
    }

    /// A list to choose from by number (a menu), with back, help and close.
    pub fn menu(mut self, choices: Vec<String>, back: bool) -> Self {
        self.choices = choices;
        self.ask = crate::tui::text::t("plain.choose").to_string();
        if back {
            self.commands.push((Word::Back, "do.back"));
        }
        self.commands.push((Word::Repeat, "do.repeat"));
        self.commands.push((Word::Help, "do.help"));
        self.commands.push((Word::Quit, "do.quit"));
        self
    }

    /// Whether this page offers `word`.
    pub fn offers(&self, word: Word) -> bool {
        self.commands.iter().any(|(w, _)| *w == word)
    }

    /// The line that names the commands: "h: hint; 0: back; ?: help".
    pub fn commands_line(&self) -> String {
        self.commands
            .iter()
            .map(|(word, what)| format!("{}: {}", word.key(), crate::tui::text::t(what)))
            .collect::<Vec<_>>()
            .join("; ")
    }
}
