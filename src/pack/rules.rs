//! The meaning of a pack: the rules a well-formed file must also follow. Ids unique and well
//! formed, references that point somewhere, feedback for every wrong answer, hints that say
//! something, fields that fit the screen and action kind, text that fits an 80-column window.
//! Checks that play a lesson through the engine are not here but in `crate::lint`, above both:
//! this module, like all of `pack`, never uses the engine.
//!
//! Every rule reports through `Report`, which finds the line and column of the value it names.
//! All problems are collected; none stops the others.

use std::collections::{HashMap, HashSet};

use super::model::*;
use super::spans::{Path, SpanMap};
use super::structure::closest;
use crate::diagnostic::{Diagnostic, Severity};

/// Widest single-line text (a title, an address, a button) that fits the phone screen at 80x24.
pub const SCREEN_LINE_WIDTH: usize = 34;
/// Widest step-card line that fits an 80-column window.
pub const CARD_LINE_WIDTH: usize = 72;

/// Collects the problems of one file, with positions.
#[derive(Debug)]
pub struct Report<'a> {
    file: &'a str,
    source: &'a str,
    spans: SpanMap<'a>,
    lines: std::cell::OnceCell<crate::diagnostic::LineIndex>,
    /// The problems found so far.
    pub out: Vec<Diagnostic>,
}

impl<'a> Report<'a> {
    /// A report for one file.
    pub fn new(file: &'a str, source: &'a str, spans: SpanMap<'a>) -> Self {
        Report {
            file,
            source,
            spans,
            lines: std::cell::OnceCell::new(),
            out: Vec::new(),
        }
    }

    fn push(&mut self, sev: Severity, code: &'static str, at: &Path, msg: String, help: String) {
        let span = self.spans.value(at);
        let lines = self
            .lines
            .get_or_init(|| crate::diagnostic::LineIndex::new(self.source));
        self.out.push(
            Diagnostic::at_indexed(sev, code, self.file, (self.source, lines), span, msg)
                .with_help(help),
        );
    }

    /// Reports an error at the value `at` names.
    pub fn error(&mut self, code: &'static str, at: &Path, msg: String, help: impl Into<String>) {
        self.push(Severity::Error, code, at, msg, help.into());
    }

    /// Reports a warning at the value `at` names.
    pub fn warn(&mut self, code: &'static str, at: &Path, msg: String, help: impl Into<String>) {
        self.push(Severity::Warning, code, at, msg, help.into());
    }
}

/// Checks everything about a pack that its types cannot say.
pub fn check(pack: &Pack, report: &mut Report<'_>) {
    let root = Path::root();
    if pack.format_version > FORMAT_VERSION {
        report.error(
            "format-too-new",
            &root.key("format_version"),
            format!(
                "this pack is written in format version {}, but this digitutor understands only up to version {FORMAT_VERSION}",
                pack.format_version
            ),
            "Update digitutor to a newer version to use this pack.",
        );
        return;
    }
    if pack.format_version < FORMAT_VERSION {
        report.error(
            "format-too-old",
            &root.key("format_version"),
            format!("format version {} does not exist", pack.format_version),
            format!(
                "Write `format_version = {FORMAT_VERSION}` and check the pack against AUTHORING.md."
            ),
        );
    }
    id_shape(report, &pack.id, &root.key("id"), "the pack");
    if !TOPICS.contains(&pack.topic.as_str()) {
        let guess = closest(&pack.topic, TOPICS.iter().copied())
            .map(|g| format!("Did you mean \"{g}\"? "))
            .unwrap_or_default();
        report.error(
            "unknown-topic",
            &root.key("topic"),
            format!("\"{}\" is not one of the seven topics", pack.topic),
            format!("{guess}Use one of: {}.", TOPICS.join(", ")),
        );
    }
    if !is_language_tag(&pack.language) {
        report.error(
            "bad-language",
            &root.key("language"),
            format!("\"{}\" is not a language tag", pack.language),
            "Use a BCP 47 tag such as \"en\", \"vi\", \"mn\", \"ko\" or \"en-GB\".",
        );
    } else if crate::language::Language::from_code(&pack.language).is_none() {
        report.warn(
            "language-not-spoken",
            &root.key("language"),
            format!(
                "the tutor does not speak \"{}\"; its buttons and help would be in another language",
                pack.language
            ),
            format!(
                "The tutor speaks {}. Use one of them, or ask for the tutor's words to be translated.",
                crate::language::Language::codes()
            ),
        );
    }
    not_empty(
        report,
        &pack.title,
        &root.key("title"),
        "the pack's `title`",
    );
    not_empty(
        report,
        &pack.summary,
        &root.key("summary"),
        "the pack's `summary`",
    );
    if pack.lessons.is_empty() {
        report.error(
            "no-lessons",
            &root.key("lessons"),
            "this pack has no lessons".into(),
            "Add at least one `[[lessons]]` table.",
        );
    }
    let mut lesson_ids = HashMap::new();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        let at = root.at("lessons", li);
        unique(report, &mut lesson_ids, &lesson.id, &at.key("id"), "lesson");
        check_lesson(report, lesson, &at);
    }
    if let Some(assessment) = &pack.assessment {
        check_assessment(report, assessment, &root.key("assessment"));
    }
    text_everywhere(report, pack);
    super::content_rules(pack, report);
}

fn check_lesson(report: &mut Report<'_>, lesson: &Lesson, at: &Path) {
    id_shape(report, &lesson.id, &at.key("id"), "a lesson");
    not_empty(
        report,
        &lesson.title,
        &at.key("title"),
        "the lesson's `title`",
    );
    not_empty(report, &lesson.goal, &at.key("goal"), "the lesson's `goal`");
    if lesson.step_card.is_empty() {
        report.error(
            "empty-step-card",
            &at.key("step_card"),
            format!("lesson \"{}\" has an empty step card", lesson.id),
            "Write the few steps to remember, e.g. step_card = [\"Open the camera\", \"Point it at the code\"].",
        );
    }
    for (i, line) in lesson.step_card.iter().enumerate() {
        not_empty(report, line, &at.at("step_card", i), "a step-card line");
        too_wide(
            report,
            line,
            CARD_LINE_WIDTH,
            &at.at("step_card", i),
            "this step-card line",
        );
    }
    if lesson.steps.is_empty() {
        report.error(
            "no-steps",
            at,
            format!("lesson \"{}\" has no steps", lesson.id),
            "Add at least one `[[lessons.steps]]` table under it.",
        );
        return;
    }
    let step_ids: HashSet<&str> = lesson.steps.iter().map(|s| s.id.as_str()).collect();
    let consequence_ids: HashSet<&str> =
        lesson.consequences.iter().map(|c| c.id.as_str()).collect();
    let mut seen = HashMap::new();
    let mut used_consequences = HashSet::new();
    for (si, step) in lesson.steps.iter().enumerate() {
        let sat = at.at("steps", si);
        unique(report, &mut seen, &step.id, &sat.key("id"), "step");
        let refs = Refs {
            steps: &step_ids,
            consequences: &consequence_ids,
        };
        check_step(report, step, &sat, &refs, &mut used_consequences);
    }
    let mut seen_c = HashMap::new();
    for (ci, c) in lesson.consequences.iter().enumerate() {
        let cat = at.at("consequences", ci);
        unique(report, &mut seen_c, &c.id, &cat.key("id"), "consequence");
        id_shape(report, &c.id, &cat.key("id"), "a consequence");
        not_empty(
            report,
            &c.title,
            &cat.key("title"),
            "the consequence's `title`",
        );
        not_empty(
            report,
            &c.explanation,
            &cat.key("explanation"),
            "the consequence's `explanation`",
        );
        check_screen(report, &c.screen, &cat.key("screen"));
        if !used_consequences.contains(c.id.as_str()) {
            report.warn(
                "unused-consequence",
                &cat.key("id"),
                format!(
                    "no option, tap or mistake leads to consequence \"{}\"",
                    c.id
                ),
                "Name it in `consequence = \"...\"` on an unsafe option, or remove it.",
            );
        }
    }
    reachability(report, lesson, at);
}

struct Refs<'r> {
    steps: &'r HashSet<&'r str>,
    consequences: &'r HashSet<&'r str>,
}

fn check_step<'s>(
    report: &mut Report<'_>,
    step: &'s Step,
    at: &Path,
    refs: &Refs<'_>,
    used: &mut HashSet<&'s str>,
) {
    id_shape(report, &step.id, &at.key("id"), "a step");
    not_empty(
        report,
        &step.instruction,
        &at.key("instruction"),
        "the step's `instruction`",
    );
    check_screen(report, &step.screen, &at.key("screen"));
    if let Some(next) = &step.next {
        step_ref(report, next, refs, &at.key("next"));
    }
    let answers_needed = step.action != Do::Continue;
    if answers_needed && step.hints.is_empty() {
        report.error(
            "no-hint",
            &at.key("id"),
            format!("step \"{}\" has no hint", step.id),
            "Add `hints = [\"...\"]` with at least one hint that helps without giving the answer away.",
        );
    }
    for (hi, hint) in step.hints.iter().enumerate() {
        let hat = at.at("hints", hi);
        if hint.trim().is_empty() {
            report.error(
                "empty-hint",
                &hat,
                "this hint is empty".into(),
                "Write the hint, or remove the empty \"\" from the list.",
            );
        } else if normalize_words(hint) == normalize_words(&step.instruction) {
            report.warn(
                "hint-repeats-instruction",
                &hat,
                "this hint only repeats the instruction".into(),
                "A hint should add something: where to look, or what to notice.",
            );
        }
    }
    if answers_needed && step.explanation.trim().is_empty() {
        report.error(
            "no-explanation",
            &at.key("id"),
            format!("step \"{}\" has no explanation", step.id),
            "Add `explanation = \"...\"`: why the right answer is right. It is shown after success.",
        );
    }
    fields_for_action(report, step, at);
    match step.action {
        Do::Choose => check_choose(report, step, at, refs, used),
        Do::Tap => check_tap(report, step, at, refs, used),
        Do::Type => check_type(report, step, at, refs, used),
        Do::Scan => {
            if step.screen.kind != ScreenKind::Qr {
                report.error(
                    "scan-without-qr",
                    &at.key("screen").key("kind"),
                    format!(
                        "step \"{}\" asks to scan, but its screen is not a QR code",
                        step.id
                    ),
                    "Use `kind = \"qr\"` for the screen of a scan step.",
                );
            }
            needs_feedback(report, step, at, "taking a photo instead of scanning");
        }
        Do::Continue => {}
    }
}

/// Fields that belong to another `do` are mistakes: say which `do` they are for.
fn fields_for_action(report: &mut Report<'_>, step: &Step, at: &Path) {
    let present: [(&'static str, bool, &[Do]); 13] = [
        ("options", !step.options.is_empty(), &[Do::Choose]),
        ("shuffle", step.shuffle.is_some(), &[Do::Choose]),
        ("target", step.target.is_some(), &[Do::Tap]),
        ("taps", !step.taps.is_empty(), &[Do::Tap]),
        ("label", step.label.is_some(), &[Do::Type]),
        ("check", step.check.is_some(), &[Do::Type]),
        ("answers", !step.answers.is_empty(), &[Do::Type]),
        ("digits", step.digits.is_some(), &[Do::Type]),
        ("min", step.min.is_some(), &[Do::Type]),
        ("max", step.max.is_some(), &[Do::Type]),
        ("pattern", step.pattern.is_some(), &[Do::Type]),
        ("mistakes", !step.mistakes.is_empty(), &[Do::Type]),
        (
            "feedback",
            step.feedback.is_some(),
            &[Do::Tap, Do::Type, Do::Scan],
        ),
    ];
    for (key, is_there, allowed) in present {
        if is_there && !allowed.contains(&step.action) {
            let names: Vec<String> = allowed
                .iter()
                .map(|d| format!("\"{}\"", do_name(*d)))
                .collect();
            report.error(
                "field-not-for-action",
                &at.key(key),
                format!("`{key}` is not used when do = \"{}\"", do_name(step.action)),
                format!(
                    "`{key}` is for do = {}. Remove it, or change `do`.",
                    names.join(" or ")
                ),
            );
        }
    }
    if step.sensitive && step.action != Do::Type {
        report.error(
            "field-not-for-action",
            &at.key("sensitive"),
            format!(
                "`sensitive` is not used when do = \"{}\"",
                do_name(step.action)
            ),
            "`sensitive` marks a typed field (do = \"type\"). Remove it.",
        );
    }
}

fn check_choose<'s>(
    report: &mut Report<'_>,
    step: &'s Step,
    at: &Path,
    refs: &Refs<'_>,
    used: &mut HashSet<&'s str>,
) {
    if step.options.len() < 2 {
        report.error(
            "too-few-options",
            &at.key("id"),
            format!(
                "step \"{}\" needs at least two options to choose from",
                step.id
            ),
            "Add `[[lessons.steps.options]]` tables: one right answer and at least one other.",
        );
    }
    if !step.options.is_empty() && !step.options.iter().any(|o| o.correct) {
        report.error(
            "no-right-option",
            &at.key("options"),
            format!("no option of step \"{}\" is marked right", step.id),
            "Add `correct = true` to the right option.",
        );
    }
    let mut seen = HashMap::new();
    let mut feedbacks: HashMap<String, usize> = HashMap::new();
    for (oi, option) in step.options.iter().enumerate() {
        let oat = at.at("options", oi);
        unique(report, &mut seen, &option.id, &oat.key("id"), "option");
        id_shape(report, &option.id, &oat.key("id"), "an option");
        not_empty(
            report,
            &option.text,
            &oat.key("text"),
            "the option's `text`",
        );
        if option.correct {
            if let Some(c) = &option.consequence {
                report.error(
                    "consequence-on-right",
                    &oat.key("consequence"),
                    format!(
                        "option \"{}\" is right, but has a consequence \"{c}\"",
                        option.id
                    ),
                    "Consequences are for unsafe choices. Remove it, or mark the option wrong.",
                );
            }
            if let Some(next) = &option.next {
                step_ref(report, next, refs, &oat.key("next"));
            }
            continue;
        }
        match option.feedback.as_deref().map(str::trim) {
            None | Some("") => report.error(
                "wrong-option-without-feedback",
                &oat.key("id"),
                format!("wrong option \"{}\" has no feedback", option.id),
                "Add `feedback = \"...\"`: name the exact mistake and how to put it right.",
            ),
            Some(text) => {
                if let Some(&first) = feedbacks.get(&normalize_words(text)) {
                    report.warn(
                        "same-feedback",
                        &oat.key("feedback"),
                        format!(
                            "option \"{}\" has the same feedback as option \"{}\"",
                            option.id, step.options[first].id
                        ),
                        "Feedback should name each option's own mistake.",
                    );
                } else {
                    feedbacks.insert(normalize_words(text), oi);
                }
            }
        }
        if option.next.is_some() {
            report.error(
                "next-on-wrong",
                &oat.key("next"),
                format!("option \"{}\" is wrong, so it cannot lead to another step", option.id),
                "After a wrong answer the learner tries again. Remove `next`, or mark the option right.",
            );
        }
        if let Some(c) = &option.consequence {
            consequence_ref(report, c, refs, &oat.key("consequence"));
            used.insert(c.as_str());
        }
    }
}

fn check_tap<'s>(
    report: &mut Report<'_>,
    step: &'s Step,
    at: &Path,
    refs: &Refs<'_>,
    used: &mut HashSet<&'s str>,
) {
    let elements: Vec<&str> = step.screen.elements.iter().map(|e| e.id.as_str()).collect();
    match &step.target {
        None => report.error(
            "missing-target",
            &at.key("id"),
            format!("step \"{}\" asks to tap, but does not say what", step.id),
            "Add `target = \"...\"` with the id of the screen element to tap.",
        ),
        Some(t) if !elements.contains(&t.as_str()) => {
            element_missing(report, t, &elements, &at.key("target"))
        }
        Some(_) => {}
    }
    for (ti, tap) in step.taps.iter().enumerate() {
        let tat = at.at("taps", ti);
        if !elements.contains(&tap.element.as_str()) {
            element_missing(report, &tap.element, &elements, &tat.key("element"));
        } else if step.target.as_deref() == Some(tap.element.as_str()) {
            report.error(
                "feedback-on-target",
                &tat.key("element"),
                format!(
                    "\"{}\" is the right element, but has wrong-answer feedback",
                    tap.element
                ),
                "Remove this `taps` entry: the right element needs no feedback.",
            );
        }
        if tap.feedback.trim().is_empty() {
            report.error(
                "empty-feedback",
                &tat.key("feedback"),
                "this feedback is empty".into(),
                "Name the exact mistake and how to put it right.",
            );
        }
        if let Some(c) = &tap.consequence {
            consequence_ref(report, c, refs, &tat.key("consequence"));
            used.insert(c.as_str());
        }
    }
    let uncovered: Vec<&str> = elements
        .iter()
        .copied()
        .filter(|e| Some(*e) != step.target.as_deref())
        .filter(|e| !step.taps.iter().any(|t| t.element == *e))
        .collect();
    if !uncovered.is_empty() && step.feedback.as_deref().is_none_or(|f| f.trim().is_empty()) {
        report.error(
            "wrong-option-without-feedback",
            &at.key("id"),
            format!(
                "tapping {} in step \"{}\" would get no feedback",
                uncovered.iter().map(|e| format!("\"{e}\"")).collect::<Vec<_>>().join(", "),
                step.id
            ),
            "Add `feedback = \"...\"` for any wrong tap, or a `[[lessons.steps.taps]]` entry for each element.",
        );
    }
}

fn check_type<'s>(
    report: &mut Report<'_>,
    step: &'s Step,
    at: &Path,
    refs: &Refs<'_>,
    used: &mut HashSet<&'s str>,
) {
    needs_feedback(report, step, at, "a wrong typed answer");
    let Some(check) = step.check else {
        report.error(
            "missing-check",
            &at.key("id"),
            format!(
                "step \"{}\" asks to type, but does not say how to check the answer",
                step.id
            ),
            "Add `check = \"exact\"` (or one-of, digits, number, pattern) and what it needs.",
        );
        return;
    };
    let cat = at.key("check");
    match check {
        Check::Exact if step.answers.len() != 1 => report.error(
            "bad-check",
            &cat,
            format!("check = \"exact\" needs exactly one answer, but step \"{}\" has {}", step.id, step.answers.len()),
            "Write `answers = [\"...\"]` with one answer, or use check = \"one-of\" for several.",
        ),
        Check::OneOf if step.answers.is_empty() => report.error(
            "bad-check",
            &cat,
            format!("check = \"one-of\" needs answers, but step \"{}\" has none", step.id),
            "Write `answers = [\"...\", \"...\"]`.",
        ),
        Check::Digits if step.digits.is_none_or(|d| d == 0) => report.error(
            "bad-check",
            &cat,
            format!("check = \"digits\" needs `digits`, the number of digits, in step \"{}\"", step.id),
            "Add e.g. `digits = 6`.",
        ),
        Check::Digits if step.digits.is_some_and(|d| d > super::model::MAX_DIGITS) => report.error(
            "bad-check",
            &at.key("digits"),
            format!(
                "digits = {} is more than any code a learner types; at most {} digits",
                step.digits.unwrap_or_default(),
                super::model::MAX_DIGITS
            ),
            "Use the real length of the code, e.g. `digits = 6`.",
        ),
        Check::Number if step.min.is_none() && step.max.is_none() => report.error(
            "bad-check",
            &cat,
            format!("check = \"number\" needs `min`, `max` or both in step \"{}\"", step.id),
            "Add e.g. `min = 1` and `max = 100`.",
        ),
        Check::Number if step.min.zip(step.max).is_some_and(|(a, b)| a > b) => report.error(
            "bad-check",
            &at.key("min"),
            format!("`min` is larger than `max` in step \"{}\", so no number fits", step.id),
            "Swap them.",
        ),
        Check::Pattern if step.pattern.as_deref().is_none_or(|p| p.trim().is_empty()) => report.error(
            "bad-check",
            &cat,
            format!("check = \"pattern\" needs a `pattern` in step \"{}\"", step.id),
            "Add e.g. `pattern = \"##/##/####\"` (# a digit, @ a letter, ? any character, * anything).",
        ),
        _ => {}
    }
    for (ai, a) in step.answers.iter().enumerate() {
        not_empty(report, a, &at.at("answers", ai), "an answer");
    }
    for (mi, m) in step.mistakes.iter().enumerate() {
        let mat = at.at("mistakes", mi);
        if m.feedback.trim().is_empty() {
            report.error(
                "empty-feedback",
                &mat.key("feedback"),
                "this feedback is empty".into(),
                "Name the exact mistake and how to put it right.",
            );
        }
        if let Some(c) = &m.consequence {
            consequence_ref(report, c, refs, &mat.key("consequence"));
            used.insert(c.as_str());
        }
    }
}

fn needs_feedback(report: &mut Report<'_>, step: &Step, at: &Path, what: &str) {
    if step.feedback.as_deref().is_none_or(|f| f.trim().is_empty()) {
        report.error(
            "wrong-option-without-feedback",
            &at.key("id"),
            format!("step \"{}\" has no feedback for {what}", step.id),
            "Add `feedback = \"...\"`: name the mistake and how to put it right.",
        );
    }
}

/// Which screen fields each kind uses, and which it needs.
fn screen_fields(kind: ScreenKind) -> (&'static [&'static str], &'static [&'static str]) {
    use ScreenKind::*;
    match kind {
        Message => (
            &["app", "title", "sender", "number", "bubbles", "elements"],
            &["sender", "bubbles"],
        ),
        Email => (
            &[
                "app",
                "title",
                "sender",
                "sender_address",
                "subject",
                "text",
                "elements",
            ],
            &["sender", "sender_address", "subject", "text"],
        ),
        Call => (
            &[
                "app",
                "title",
                "caller",
                "number",
                "call_state",
                "says",
                "text",
                "elements",
            ],
            &["caller"],
        ),
        Web => (
            &["app", "title", "address", "secure", "text", "elements"],
            &["address"],
        ),
        Form => (&["app", "title", "text", "elements"], &["title"]),
        Home => (&["app", "title", "text", "elements"], &["elements"]),
        Qr => (
            &[
                "app", "title", "payload", "leads_to", "printed", "place", "sticker", "text",
                "elements",
            ],
            &[],
        ),
        Payment => (
            &[
                "app",
                "title",
                "recipient",
                "amount",
                "currency",
                "account",
                "reference",
                "text",
                "elements",
            ],
            &["recipient", "amount"],
        ),
        Notification => (&["app", "title", "text", "elements"], &["text"]),
        Info => (&["app", "title", "text", "elements"], &["text"]),
    }
}

fn present_screen_fields(s: &Screen) -> Vec<&'static str> {
    let mut v = Vec::new();
    let mut add = |name: &'static str, there: bool| {
        if there {
            v.push(name);
        }
    };
    add("app", s.app.is_some());
    add("title", s.title.is_some());
    add("text", s.text.is_some());
    add("elements", !s.elements.is_empty());
    add("sender", s.sender.is_some());
    add("number", s.number.is_some());
    add("bubbles", !s.bubbles.is_empty());
    add("sender_address", s.sender_address.is_some());
    add("subject", s.subject.is_some());
    add("caller", s.caller.is_some());
    add("call_state", s.call_state.is_some());
    add("says", !s.says.is_empty());
    add("address", s.address.is_some());
    add("secure", s.secure.is_some());
    add("payload", s.payload.is_some());
    add("leads_to", s.leads_to.is_some());
    add("printed", s.printed.is_some());
    add("place", s.place.is_some());
    add("sticker", s.sticker.is_some());
    add("recipient", s.recipient.is_some());
    add("amount", s.amount.is_some());
    add("currency", s.currency.is_some());
    add("account", s.account.is_some());
    add("reference", s.reference.is_some());
    v
}

fn check_screen(report: &mut Report<'_>, screen: &Screen, at: &Path) {
    let kind = kind_name(screen.kind);
    let (allowed, needed) = screen_fields(screen.kind);
    let present = present_screen_fields(screen);
    for field in &present {
        if !allowed.contains(field) {
            report.error(
                "field-not-for-screen",
                &at.key(field),
                format!(
                    "{} \"{kind}\" screen does not show `{field}`",
                    article(kind)
                ),
                format!(
                    "A \"{kind}\" screen uses: {}. Remove `{field}`, or change `kind`.",
                    allowed.join(", ")
                ),
            );
        }
    }
    for field in needed {
        if !present.contains(field) {
            report.error(
                "missing-screen-field",
                &at.key("kind"),
                format!("{} \"{kind}\" screen needs `{field}`", article(kind)),
                format!("Add `{field} = ...` to this screen."),
            );
        }
    }
    if screen.kind == ScreenKind::Form && !screen.elements.iter().any(|e| e.role == Role::Field) {
        report.error(
            "missing-screen-field",
            &at.key("kind"),
            "a \"form\" screen needs at least one element with role = \"field\"".into(),
            "Add `elements = [{ id = \"name\", label = \"Full name\", role = \"field\" }]`.",
        );
    }
    let mut seen = HashMap::new();
    for (ei, e) in screen.elements.iter().enumerate() {
        let eat = at.at("elements", ei);
        unique(report, &mut seen, &e.id, &eat.key("id"), "element");
        id_shape(report, &e.id, &eat.key("id"), "an element");
        not_empty(report, &e.label, &eat.key("label"), "the element's `label`");
        too_wide(
            report,
            &e.label,
            SCREEN_LINE_WIDTH,
            &eat.key("label"),
            "this label",
        );
        if e.value.is_some() && e.role != Role::Field {
            report.error(
                "field-not-for-screen",
                &eat.key("value"),
                format!(
                    "element \"{}\" is a {}, so it has no `value`",
                    e.id,
                    role_name(e.role)
                ),
                "Only elements with role = \"field\" hold a value.",
            );
        }
    }
    for (bi, b) in screen.bubbles.iter().enumerate() {
        not_empty(
            report,
            &b.text,
            &at.at("bubbles", bi).key("text"),
            "a bubble's `text`",
        );
    }
    let one_line: [(&'static str, Option<&String>); 10] = [
        ("app", screen.app.as_ref()),
        ("title", screen.title.as_ref()),
        ("sender", screen.sender.as_ref()),
        ("number", screen.number.as_ref()),
        ("sender_address", screen.sender_address.as_ref()),
        ("caller", screen.caller.as_ref()),
        ("address", screen.address.as_ref()),
        ("recipient", screen.recipient.as_ref()),
        ("account", screen.account.as_ref()),
        ("amount", screen.amount.as_ref()),
    ];
    for (field, value) in one_line {
        if let Some(v) = value {
            too_wide(
                report,
                v,
                SCREEN_LINE_WIDTH,
                &at.key(field),
                &format!("`{field}`"),
            );
        }
    }
    if let Some(text) = &screen.text {
        long_words(report, text, &at.key("text"));
    }
}

fn check_assessment(report: &mut Report<'_>, a: &Assessment, at: &Path) {
    if a.draw == 0 {
        report.error(
            "bad-assessment",
            &at.key("draw"),
            "an assessment must draw at least one question".into(),
            "Use e.g. `draw = 8`.",
        );
    }
    if a.pass_percent == 0 || a.pass_percent > 100 {
        report.error(
            "bad-assessment",
            &at.key("pass_percent"),
            format!("a pass mark of {}% is not possible", a.pass_percent),
            "Use a number from 1 to 100, e.g. `pass_percent = 80`.",
        );
    }
    if (a.questions.len() as u32) < a.draw {
        report.error(
            "pool-too-small",
            &at.key("questions"),
            format!(
                "the assessment draws {} questions, but its pool has only {}",
                a.draw,
                a.questions.len()
            ),
            "Write more questions, or lower `draw`.",
        );
    }
    let mut seen = HashMap::new();
    for (qi, q) in a.questions.iter().enumerate() {
        let qat = at.at("questions", qi);
        unique(report, &mut seen, &q.id, &qat.key("id"), "question");
        id_shape(report, &q.id, &qat.key("id"), "a question");
        not_empty(
            report,
            &q.scenario,
            &qat.key("scenario"),
            "the question's `scenario`",
        );
        not_empty(
            report,
            &q.explanation,
            &qat.key("explanation"),
            "the question's `explanation`",
        );
        if let Some(screen) = &q.screen {
            check_screen(report, screen, &qat.key("screen"));
        }
        let right = q.options.iter().filter(|o| o.correct).count();
        if right != 1 {
            report.error(
                "not-one-right-answer",
                &qat.key("options"),
                format!(
                    "question \"{}\" has {right} right options; it needs exactly one",
                    q.id
                ),
                "Mark exactly one option with `correct = true`.",
            );
        }
        if q.options.len() < 2 {
            report.error(
                "too-few-options",
                &qat.key("id"),
                format!("question \"{}\" needs at least two options", q.id),
                "Add options: one right answer and at least one other.",
            );
        }
        let mut seen_o = HashMap::new();
        for (oi, o) in q.options.iter().enumerate() {
            let oat = qat.at("options", oi);
            unique(report, &mut seen_o, &o.id, &oat.key("id"), "option");
            not_empty(report, &o.text, &oat.key("text"), "the option's `text`");
            for (key, there) in [
                ("consequence", o.consequence.is_some()),
                ("next", o.next.is_some()),
            ] {
                if there {
                    report.error(
                        "field-not-for-question",
                        &oat.key(key),
                        format!("an assessment option has no `{key}`"),
                        format!("Remove `{key}`: assessment answers are reviewed at the end."),
                    );
                }
            }
        }
    }
}

/// Steps no path of right answers reaches from the first step.
fn reachability(report: &mut Report<'_>, lesson: &Lesson, at: &Path) {
    let index: HashMap<&str, usize> = lesson
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut reached = vec![false; lesson.steps.len()];
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        if reached[i] {
            continue;
        }
        reached[i] = true;
        let step = &lesson.steps[i];
        let default_next = match &step.next {
            Some(id) => index.get(id.as_str()).copied(),
            None => (i + 1 < lesson.steps.len()).then_some(i + 1),
        };
        let mut nexts = Vec::new();
        if step.action == Do::Choose {
            for o in step.options.iter().filter(|o| o.correct) {
                match &o.next {
                    Some(id) => nexts.push(index.get(id.as_str()).copied()),
                    None => nexts.push(default_next),
                }
            }
        } else {
            nexts.push(default_next);
        }
        stack.extend(nexts.into_iter().flatten());
    }
    for (i, r) in reached.iter().enumerate() {
        if !r {
            report.warn(
                "unreachable-step",
                &at.at("steps", i).key("id"),
                format!(
                    "no path through lesson \"{}\" reaches step \"{}\"",
                    lesson.id, lesson.steps[i].id
                ),
                "Point a `next` at it, or remove it.",
            );
        }
    }
}

fn text_everywhere(report: &mut Report<'_>, pack: &Pack) {
    // `TODO` left in any text: walk the strings that authors write most.
    let root = Path::root();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        let lat = root.at("lessons", li);
        for (si, step) in lesson.steps.iter().enumerate() {
            let sat = lat.at("steps", si);
            let mut texts: Vec<(Path, &str)> = vec![
                (sat.key("instruction"), &step.instruction),
                (sat.key("explanation"), &step.explanation),
            ];
            if let Some(f) = &step.feedback {
                texts.push((sat.key("feedback"), f));
            }
            for (hi, h) in step.hints.iter().enumerate() {
                texts.push((sat.at("hints", hi), h));
            }
            for (oi, o) in step.options.iter().enumerate() {
                texts.push((sat.at("options", oi).key("text"), &o.text));
                if let Some(f) = &o.feedback {
                    texts.push((sat.at("options", oi).key("feedback"), f));
                }
            }
            if let Some(t) = &step.screen.text {
                texts.push((sat.key("screen").key("text"), t));
            }
            for (p, t) in texts {
                if t.contains("TODO") {
                    report.warn(
                        "todo-left",
                        &p,
                        "this text still has a TODO in it".into(),
                        "Finish the text and remove the TODO before learners see it.",
                    );
                }
                long_words(report, t, &p);
            }
        }
    }
}

fn step_ref(report: &mut Report<'_>, id: &str, refs: &Refs<'_>, at: &Path) {
    if id != "end" && !refs.steps.contains(id) {
        let guess = closest(id, refs.steps.iter().copied())
            .map(|g| format!("Did you mean \"{g}\"? "))
            .unwrap_or_default();
        report.error(
            "unknown-step",
            at,
            format!("there is no step \"{id}\" in this lesson"),
            format!("{guess}Use the id of a step in the same lesson, or \"end\"."),
        );
    }
}

fn consequence_ref(report: &mut Report<'_>, id: &str, refs: &Refs<'_>, at: &Path) {
    if !refs.consequences.contains(id) {
        let guess = closest(id, refs.consequences.iter().copied())
            .map(|g| format!("Did you mean \"{g}\"? "))
            .unwrap_or_default();
        report.error(
            "unknown-consequence",
            at,
            format!("there is no consequence \"{id}\" in this lesson"),
            format!(
                "{guess}Add a `[[lessons.consequences]]` table with id = \"{id}\", or fix the name."
            ),
        );
    }
}

fn element_missing(report: &mut Report<'_>, id: &str, elements: &[&str], at: &Path) {
    let guess = closest(id, elements.iter().copied())
        .map(|g| format!("Did you mean \"{g}\"? "))
        .unwrap_or_default();
    let list = if elements.is_empty() {
        "The screen has no elements yet: add `elements = [...]` to it.".to_string()
    } else {
        format!("The screen's elements are: {}.", elements.join(", "))
    };
    report.error(
        "unknown-element",
        at,
        format!("the screen has no element \"{id}\""),
        format!("{guess}{list}"),
    );
}

fn unique<'v>(
    report: &mut Report<'_>,
    seen: &mut HashMap<&'v str, Path>,
    id: &'v str,
    at: &Path,
    what: &str,
) {
    if let Some(first) = seen.get(id) {
        let (line, _) = crate::diagnostic::line_col(report.source, report.spans.value(first).start);
        report.error(
            "duplicate-id",
            at,
            format!("two {what}s have the id \"{id}\""),
            format!("The first is on line {line}. Ids must be unique: rename one of them."),
        );
    } else {
        seen.insert(id, *at);
    }
}

fn id_shape(report: &mut Report<'_>, id: &str, at: &Path, what: &str) {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if !ok {
        let suggestion: String = id
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let help = if suggestion.is_empty() {
            "Use lowercase letters a-z, digits and dashes, e.g. \"scan-the-code\".".to_string()
        } else {
            format!("Use lowercase letters a-z, digits and dashes, e.g. \"{suggestion}\".")
        };
        report.error(
            "bad-id",
            at,
            format!("\"{id}\" is not a usable id for {what}"),
            help,
        );
    }
}

fn not_empty(report: &mut Report<'_>, text: &str, at: &Path, what: &str) {
    if text.trim().is_empty() {
        report.error(
            "empty-text",
            at,
            format!("{what} is empty"),
            "Write the text, or remove the key if it is optional.",
        );
    }
}

fn too_wide(report: &mut Report<'_>, text: &str, width: usize, at: &Path, what: &str) {
    let w = unicode_width::UnicodeWidthStr::width(text);
    if w > width {
        report.warn(
            "too-wide",
            at,
            format!("{what} is {w} columns wide; only {width} fit in an 80-column window"),
            "Shorten it, or it will be cut off on small screens.",
        );
    }
}

/// A word longer than the phone screen cannot wrap and will be cut off.
fn long_words(report: &mut Report<'_>, text: &str, at: &Path) {
    if let Some(word) = text
        .split_whitespace()
        .find(|w| unicode_width::UnicodeWidthStr::width(*w) > SCREEN_LINE_WIDTH)
    {
        report.warn(
            "too-wide",
            at,
            format!("the word \"{word}\" is too long to fit on one line of an 80-column window"),
            format!("Keep words and web addresses under {SCREEN_LINE_WIDTH} characters."),
        );
    }
}

fn normalize_words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The word an author writes for a `do`.
pub fn do_name(d: Do) -> &'static str {
    match d {
        Do::Choose => "choose",
        Do::Type => "type",
        Do::Tap => "tap",
        Do::Scan => "scan",
        Do::Continue => "continue",
    }
}

/// "a" or "an" before a word, for messages.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// The word an author writes for a screen kind.
pub fn kind_name(k: ScreenKind) -> &'static str {
    match k {
        ScreenKind::Message => "message",
        ScreenKind::Email => "email",
        ScreenKind::Call => "call",
        ScreenKind::Web => "web",
        ScreenKind::Form => "form",
        ScreenKind::Home => "home",
        ScreenKind::Qr => "qr",
        ScreenKind::Payment => "payment",
        ScreenKind::Notification => "notification",
        ScreenKind::Info => "info",
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Button => "button",
        Role::Link => "link",
        Role::Icon => "icon",
        Role::Field => "field",
    }
}
