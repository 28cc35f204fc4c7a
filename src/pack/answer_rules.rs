//! Rules for typed answers that must work in every language and country a pack is used in: a
//! date step needs one real date, written year-month-day, and `date_order` belongs to date steps
//! only. (Numbers need no rule: every check = "number" reads `25.000`, `25,000` and `25 000`.)
//!
//! Only reads the pack and reports through `Report`; it must never change a pack.

use super::dates::parse_date;
use super::model::{Check, DateOrder, Do, Pack, Step};
use super::rules::Report;
use super::spans::Path;

/// Checks the date steps of a pack.
pub fn check(pack: &Pack, report: &mut Report<'_>) {
    let root = Path::root();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        for (si, step) in lesson.steps.iter().enumerate() {
            let at = root.at("lessons", li).at("steps", si);
            date_step(report, step, &at);
        }
    }
}

fn date_step(report: &mut Report<'_>, step: &Step, at: &Path) {
    let is_date = step.action == Do::Type && step.check == Some(Check::Date);
    if step.date_order.is_some() && !is_date {
        report.error(
            "field-not-for-action",
            &at.key("date_order"),
            "`date_order` is only used with check = \"date\"".into(),
            "Remove `date_order`, or write `check = \"date\"`.",
        );
    }
    if !is_date {
        return;
    }
    let real = match step.answers.as_slice() {
        [one] => parse_date(one, DateOrder::Ymd).is_some() && one.trim().len() == 10,
        _ => false,
    };
    if !real {
        report.error(
            "bad-check",
            &at.key("check"),
            format!(
                "check = \"date\" needs one answer, a real date written year-month-day, in step \"{}\"",
                step.id
            ),
            "Write e.g. `answers = [\"1951-03-21\"]`, and `date_order = \"dmy\"` if learners write the day first.",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::pack::check_source;

    fn pack(step: &str) -> String {
        format!(
            "format_version = 1\nid = \"tiny\"\ntopic = \"e-services\"\nlanguage = \"en\"\ntitle = \"T\"\nsummary = \"S.\"\n\n[[lessons]]\nid = \"one\"\ntitle = \"One\"\ngoal = \"Type a date.\"\nstep_card = [\"Type the date.\"]\n\n[[lessons.steps]]\nid = \"born\"\ninstruction = \"Type your date of birth.\"\ndo = \"type\"\nlabel = \"Date of birth\"\n{step}\nfeedback = \"Type the date on your card.\"\nhints = [\"Your card shows it.\"]\nexplanation = \"That is the date.\"\n\n[lessons.steps.screen]\nkind = \"info\"\ntext = \"Your card shows 1951-03-21.\"\n"
        )
    }

    fn codes(step: &str) -> Vec<String> {
        let (_, diagnostics) = check_source("tiny.toml", &pack(step));
        diagnostics.iter().map(|d| d.code.to_string()).collect()
    }

    #[test]
    fn a_date_step_with_one_real_iso_date_is_accepted() {
        assert!(
            codes("check = \"date\"\nanswers = [\"1951-03-21\"]\ndate_order = \"ymd\"").is_empty()
        );
    }

    #[test]
    fn a_date_step_needs_one_real_date_written_year_first() {
        // A step that cannot be answered cannot be played through either.
        for step in [
            "check = \"date\"\nanswers = [\"21/03/1951\"]",
            "check = \"date\"\nanswers = [\"1951-02-30\"]",
            "check = \"date\"",
        ] {
            assert!(codes(step).contains(&"bad-check".to_string()), "{step}");
        }
    }

    #[test]
    fn date_order_belongs_to_date_steps() {
        assert_eq!(
            codes("check = \"exact\"\nanswers = [\"x\"]\ndate_order = \"dmy\""),
            ["field-not-for-action"]
        );
    }
}
