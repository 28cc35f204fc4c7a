//! The lesson-pack format, version 1, as Rust types: what a pack file may contain.
//!
//! These types mirror the TOML an author writes, field for field. They are plain data: no
//! validation lives here (see `pack::validate`), and no field is flattened, so every key keeps its
//! position for error messages. Doc comments become the descriptions in `digitutor schema`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The newest pack format this build understands.
pub const FORMAT_VERSION: u32 = 1;

/// The most digits a `check = "digits"` answer may have: longer than any real code or card
/// number, and small enough that playing the answer through stays quick.
pub const MAX_DIGITS: u32 = 32;

/// The seven core topics. A pack's `topic` must be one of these ids.
pub const TOPICS: [&str; 7] = [
    "phone-basics",
    "qr-codes",
    "e-services",
    "digital-payments",
    "messaging",
    "online-safety",
    "scams",
];

/// One lesson pack: one topic in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// The version of the pack format this file is written in. Use 1.
    pub format_version: u32,
    /// A short id for the pack, in lowercase letters, digits and dashes, e.g. `qr-codes`.
    /// Progress is kept under this id, so do not change it once learners use the pack.
    pub id: String,
    /// The topic this pack teaches: one of phone-basics, qr-codes, e-services, digital-payments,
    /// messaging, online-safety, scams.
    pub topic: String,
    /// The language of the text, as a BCP 47 tag: `en`, `vi`, `mn`, `ko`, `en-GB`.
    pub language: String,
    /// The pack's title, as learners see it in the list of topics.
    pub title: String,
    /// One or two sentences about what the learner will be able to do.
    pub summary: String,
    /// The lessons, in the order learners should take them.
    pub lessons: Vec<Lesson>,
    /// The topic's assessment: a pool of questions, some drawn at random for each attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
}

/// One lesson: a short guided simulation with a step card at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// A stable id, unique in the pack: lowercase letters, digits and dashes.
    pub id: String,
    /// The lesson's title.
    pub title: String,
    /// One line: what the learner will be able to do after this lesson.
    pub goal: String,
    /// The few steps to remember, shown at the end of the lesson and printable.
    pub step_card: Vec<String>,
    /// The steps of the lesson. The learner starts at the first one.
    pub steps: Vec<Step>,
    /// What would happen after an unsafe choice. Options, taps and typed mistakes refer to these
    /// by id; the learner sees the consequence, reads why, and returns to the step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<Consequence>,
}

/// What the learner must do in a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Do {
    /// Choose one of the numbered `options`.
    Choose,
    /// Type an answer, checked by `check`.
    Type,
    /// Tap one element of the screen: the one named in `target`.
    Tap,
    /// Scan the QR code on the screen (rather than, say, take a photo of it).
    Scan,
    /// Read the screen, then press a key to go on.
    Continue,
}

/// One step: one instruction, one simulated screen, one thing to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A stable id, unique in the lesson. Progress and reports are kept by this id.
    pub id: String,
    /// What to do, in plain words. One thing at a time.
    pub instruction: String,
    /// What the learner must do: choose, type, tap, scan or continue.
    #[serde(rename = "do")]
    pub action: Do,
    /// The simulated screen the learner sees.
    pub screen: Screen,
    /// Hints, shown one at a time when the learner asks. Each should say a little more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    /// Shown after the right answer: why it was right.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// The id of the step that comes after this one. Without it, the next step in the file
    /// follows; write `end` to finish the lesson here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,

    // --- do = "choose" ---
    /// The numbered options (do = "choose"). Exactly the right ones have `correct = true`;
    /// every other option needs `feedback`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Show the options in a different order each time (do = "choose"). On by default; turn it
    /// off for options that have a natural order, such as Yes and No.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shuffle: Option<bool>,

    // --- do = "tap" ---
    /// The id of the screen element to tap (do = "tap").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Feedback for tapping a particular wrong element (do = "tap").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub taps: Vec<WrongTap>,

    // --- do = "type" ---
    /// The label of the text field the learner types into (do = "type").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// How the typed answer is checked (do = "type").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    /// The accepted answers, for check = "exact" (one answer) or "one-of" (several).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    /// How many digits the answer must have, for check = "digits".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digits: Option<u32>,
    /// The smallest accepted number, for check = "number".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The largest accepted number, for check = "number".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// How the learner's country writes a date, for check = "date": "ymd", "dmy" or "mdy".
    /// Year first is always accepted too. Without it, only year first is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_order: Option<DateOrder>,
    /// The shape of the answer, for check = "pattern": `#` is any digit, `@` any letter, `?` any
    /// one character, `*` any run of characters; everything else must match itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The typed text is private (a password, a code, a card number): it is hidden on screen and
    /// never stored or logged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Feedback for particular wrong answers the learner might type (do = "type").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mistakes: Vec<Mistake>,

    // --- tap, type, scan ---
    /// Feedback for any other wrong answer: a wrong element tapped, a wrong text typed, or a photo
    /// taken instead of a scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

/// One numbered option in a "choose" step or an assessment question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// A stable id, unique in the step.
    pub id: String,
    /// The option's text.
    pub text: String,
    /// True for a right answer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
    /// For a wrong option: what the mistake is and how to put it right. Required for wrong options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// For an unsafe option: the id of the consequence to play before the feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
    /// For a right option: the id of the step it leads to (instead of the step's `next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Feedback for tapping one particular wrong element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WrongTap {
    /// The id of the screen element.
    pub element: String,
    /// What the mistake is and how to put it right.
    pub feedback: String,
    /// For an unsafe tap: the id of the consequence to play before the feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
}

/// Feedback for one particular wrong typed answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mistake {
    /// The wrong answer, compared ignoring case and spaces.
    pub answer: String,
    /// What the mistake is and how to put it right.
    pub feedback: String,
    /// For an unsafe answer: the id of the consequence to play before the feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<String>,
}

/// How a typed answer is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// The one answer in `answers`, ignoring upper and lower case, extra spaces and accents
    /// (`Tran Minh` accepts `Trần Minh`). An answer of digits and separators is compared by its
    /// digits (`1555 2020` accepts `1555-2020` and `1555.2020`).
    Exact,
    /// Any of the answers in `answers`, compared as for `exact`.
    OneOf,
    /// Exactly `digits` digits; spaces, dashes and dots between them are ignored.
    Digits,
    /// A number from `min` to `max`. The learner may write it with thousands separators
    /// (`25,000`, `25.000`, `25 000`) and a currency word or sign (`25.000 dong`, `₩25,000`).
    Number,
    /// Text of the shape given in `pattern`.
    Pattern,
    /// A date: the one answer in `answers`, written year-month-day (`1951-03-21`). The learner
    /// may write it the ways `date_order` allows, with any separators (`/`, `.`, `-`, spaces)
    /// and with or without leading zeros; year first (`1951.03.21`) is always accepted.
    Date,
}

/// The order in which a country writes the day, the month and the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Year, month, day: `1951.03.21` (Mongolia, Korea).
    Ymd,
    /// Day, month, year: `21/03/1951` (Vietnam).
    Dmy,
    /// Month, day, year: `03/21/1951`.
    Mdy,
}

/// What would happen after an unsafe choice, shown safely, then explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consequence {
    /// A stable id, unique in the lesson.
    pub id: String,
    /// A short heading, e.g. "This is what would happen".
    pub title: String,
    /// The screen that shows what would happen.
    pub screen: Screen,
    /// Why it happened and what to do instead.
    pub explanation: String,
}

/// The kinds of simulated screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScreenKind {
    /// A text-message or chat thread: `sender`, `number`, `bubbles`.
    Message,
    /// An email: `sender`, `sender_address`, `subject`, `text`.
    Email,
    /// A phone call: `caller`, `number`, `call_state`, `says`.
    Call,
    /// A web page: `address`, `secure`, `title`, `text`.
    Web,
    /// A form of labelled fields: `title`, `text`, and elements of kind "field".
    Form,
    /// A phone's home screen: elements of kind "icon".
    Home,
    /// A QR code: `leads_to`, `payload`, `printed`, `place`, `sticker`.
    Qr,
    /// A payment to confirm: `recipient`, `amount`, `currency`, `account`, `reference`.
    Payment,
    /// A notification or pop-up: `title`, `text`, buttons.
    Notification,
    /// Plain information: `title`, `text`.
    Info,
}

/// A simulated phone or browser screen. Which fields apply depends on `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Screen {
    /// The kind of screen: message, email, call, web, form, home, qr, payment, notification, info.
    pub kind: ScreenKind,
    /// The app or window name shown at the top, e.g. "Messages", "Bank app".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// A heading: the page title, the form's name, the notification's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The main text: an email's body, a web page's text, a notification, information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What can be tapped on this screen: buttons, links, icons and form fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,

    // --- message, email ---
    /// Who the message or email seems to come from (kind = "message" or "email").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The phone number shown (kind = "message" or "call").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The speech bubbles of a message thread, oldest first (kind = "message").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bubbles: Vec<Bubble>,
    /// The email address the email came from (kind = "email").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_address: Option<String>,
    /// The email's subject line (kind = "email").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,

    // --- call ---
    /// The name or words shown for the caller (kind = "call").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
    /// Whether the phone is ringing or the call is under way (kind = "call").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_state: Option<CallState>,
    /// What the caller says, one line each (kind = "call").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub says: Vec<String>,

    // --- web ---
    /// The web address shown in the address bar (kind = "web").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Whether the address bar shows a padlock (kind = "web"). A padlock only means the
    /// connection is private; it does not prove the site is honest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure: Option<bool>,

    // --- qr ---
    /// What the drawn QR code contains (kind = "qr"): a short practice message, never an address.
    /// Learners may scan the screen with a real phone, so validation refuses anything a phone
    /// could open, call or join. Leave it out for the tutor's own practice message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// Where the code leads in the story, e.g. "steppepost.example/track" (kind = "qr"). The
    /// simulated phone shows it after a scan; it is never put into the drawn code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leads_to: Option<String>,
    /// The words printed around the code, e.g. "Scan to pay - Lotus Cafe" (kind = "qr").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
    /// Where the code is, e.g. "On a parking meter" (kind = "qr").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// True if the code is a sticker stuck over another code (kind = "qr").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticker: Option<bool>,

    // --- payment ---
    /// The name of the person or shop receiving the money (kind = "payment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The amount, as written, e.g. "25,000" (kind = "payment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The currency, e.g. "VND", "MNT", "KRW" (kind = "payment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The receiving account or phone number (kind = "payment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// A note or reference that goes with the payment (kind = "payment").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Whether a call is ringing or under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CallState {
    /// The phone is ringing.
    Incoming,
    /// The call has been answered.
    Ongoing,
}

/// One speech bubble in a message thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bubble {
    /// Who wrote it: "them" (shown on the left) or "me" (shown on the right).
    pub from: BubbleFrom,
    /// What the bubble says.
    pub text: String,
    /// The time shown under the bubble, e.g. "10:42".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

/// The side a speech bubble is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BubbleFrom {
    /// The other person.
    Them,
    /// The learner.
    Me,
}

/// Something on the screen that can be tapped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// A stable id, unique on the screen. Steps name it in `target` and `taps`.
    pub id: String,
    /// What the element shows.
    pub label: String,
    /// What kind of element it is. Button by default.
    #[serde(default)]
    pub role: Role,
    /// For a field: the text already in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The kind of a tappable element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A button.
    #[default]
    Button,
    /// A link in a message, an email or a page.
    Link,
    /// An app icon on the home screen.
    Icon,
    /// A form field.
    Field,
}

/// A topic's assessment: a pool of scenario questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// How many questions one attempt draws from the pool. 8 by default.
    #[serde(default = "default_draw")]
    pub draw: u32,
    /// The share of right answers needed to pass, in percent. 80 by default.
    #[serde(default = "default_pass_percent")]
    pub pass_percent: u32,
    /// The pool of questions. It must hold at least `draw` of them.
    pub questions: Vec<Question>,
}

pub(crate) fn default_draw() -> u32 {
    8
}

pub(crate) fn default_pass_percent() -> u32 {
    80
}

/// One assessment question: a small scenario with exactly one right option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A stable id, unique in the assessment.
    pub id: String,
    /// The scenario and the question, in plain words.
    pub scenario: String,
    /// A simulated screen that goes with the scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screen: Option<Screen>,
    /// The options; exactly one has `correct = true`.
    pub options: Vec<Choice>,
    /// Shown at the end of the attempt: why the right answer is right.
    pub explanation: String,
}
