//! Every typed answer in every built-in pack is accepted however a learner in Vietnam, Mongolia
//! or Korea would write it: amounts with dots, commas or spaces and the local currency, dates in
//! the local order and words, phone and account numbers grouped any way, names with or without
//! accents. A learner who writes the right thing their own way is never told it is wrong.

// Helpers outside `#[test]` functions may fail a test too.
#![allow(clippy::expect_used, clippy::panic)]

use digitutor::engine::answer::accepts;
use digitutor::pack::{Check, DateOrder, Do, Library, Step};

/// Every typed step of every built-in pack, named "pack / lesson / step".
fn typed_steps() -> Vec<(String, Step)> {
    let library = Library::builtin();
    let mut steps = Vec::new();
    for pack in library.packs() {
        for lesson in &pack.lessons {
            for step in &lesson.steps {
                if step.action == Do::Type {
                    let name = format!("{} / {} / {}", pack.id, lesson.id, step.id);
                    steps.push((name, step.clone()));
                }
            }
        }
    }
    assert!(steps.len() >= 20, "only {} typed steps found", steps.len());
    steps
}

/// `45000` grouped in threes with `sep`: "45.000", "45,000", "45 000".
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The ways an amount is written in the three countries, and plainly.
fn amount_forms(n: u64) -> Vec<String> {
    let (dot, comma, space) = (grouped(n, "."), grouped(n, ","), grouped(n, " "));
    vec![
        n.to_string(),
        format!("{dot}"),
        format!("{dot}đ"),
        format!("{dot} đồng"),
        format!("{dot} VND"),
        format!("{comma}"),
        format!("₩{comma}"),
        format!("{comma}원"),
        format!("{comma} 원"),
        format!("{comma}₮"),
        format!("{comma} төгрөг"),
        format!("{space}"),
        format!("{space} ₫"),
    ]
}

/// The ways a day is written: year first everywhere (Korea and Mongolia write it so), and in
/// the order the step allows (Vietnam writes the day first).
fn date_forms(y: u32, m: u32, d: u32, order: DateOrder) -> Vec<String> {
    let mut forms = vec![
        format!("{y}-{m:02}-{d:02}"),
        format!("{y}.{m:02}.{d:02}"),
        format!("{y}. {m}. {d}."),
        format!("{y}년 {m}월 {d}일"),
        format!("{y} оны {m} сарын {d}"),
        format!("{y}/{m}/{d}"),
    ];
    match order {
        DateOrder::Ymd => {}
        DateOrder::Dmy => forms.extend([
            format!("{d:02}/{m:02}/{y}"),
            format!("{d}/{m}/{y}"),
            format!("{d}.{m}.{y}"),
            format!("{d}-{m}-{y}"),
            format!("ngày {d} tháng {m} năm {y}"),
        ]),
        DateOrder::Mdy => forms.extend([format!("{m:02}/{d:02}/{y}"), format!("{m}/{d}/{y}")]),
    }
    forms
}

/// `digits` digits grouped as people copy them from a card or a screen.
fn digit_forms(digits: &str) -> Vec<String> {
    let chunks = |size: usize, sep: &str| {
        digits
            .as_bytes()
            .chunks(size)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(sep)
    };
    vec![
        digits.to_string(),
        chunks(3, " "),
        chunks(4, " "),
        chunks(3, "-"),
        chunks(4, "."),
        format!("  {digits}  "),
    ]
}

/// True for an answer made of digits and separators only: a phone, account or code number.
fn is_a_number(answer: &str) -> bool {
    answer.chars().any(|c| c.is_ascii_digit())
        && answer
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.'))
}

fn refused(step: &Step, forms: &[String]) -> Vec<String> {
    forms
        .iter()
        .filter(|form| !accepts(step, form))
        .cloned()
        .collect()
}

#[test]
fn every_typed_answer_is_accepted_in_each_countrys_way_of_writing_it() {
    let mut problems = Vec::new();
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (name, step) in typed_steps() {
        let check = step.check.expect("a typed step has a check");
        kinds_seen.insert(format!("{check:?}"));
        let forms: Vec<String> = match check {
            Check::Number => {
                let wanted = step.min.or(step.max).expect("a number step has a range");
                assert!(wanted.fract() == 0.0, "{name}: whole amounts only");
                amount_forms(wanted as u64)
            }
            Check::Date => {
                let answer = step.answers.first().expect("a date step has its day");
                let parts: Vec<u32> = answer.split('-').map(|p| p.parse().unwrap()).collect();
                date_forms(
                    parts[0],
                    parts[1],
                    parts[2],
                    step.date_order.unwrap_or(DateOrder::Ymd),
                )
            }
            Check::Digits => {
                let count = step.digits.expect("a digits step says how many") as usize;
                let digits: String = "0123456789".chars().cycle().take(count).collect();
                digit_forms(&digits)
            }
            Check::Exact | Check::OneOf => {
                let mut forms = Vec::new();
                for answer in &step.answers {
                    if is_a_number(answer) {
                        let digits: String = answer.chars().filter(char::is_ascii_digit).collect();
                        forms.extend(digit_forms(&digits));
                    } else {
                        forms.push(answer.to_uppercase());
                        forms.push(format!("  {}  ", answer.replace(' ', "   ")));
                    }
                }
                forms
            }
            Check::Pattern => {
                // A pattern's own letters must match in any case; its sample answer is played
                // by tests/play_builtin.rs.
                let pattern = step
                    .pattern
                    .as_deref()
                    .expect("a pattern step has a pattern");
                let sample: String = pattern
                    .chars()
                    .map(|c| match c {
                        '#' => '7',
                        '@' | '?' => 'Ă',
                        '*' => 'ồ',
                        c => c,
                    })
                    .collect();
                vec![sample.to_uppercase(), sample.to_lowercase()]
            }
        };
        let refused = refused(&step, &forms);
        if !refused.is_empty() {
            problems.push(format!("{name} refuses {refused:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for kind in ["Number", "Date", "Digits", "OneOf", "Exact", "Pattern"] {
        assert!(
            kinds_seen.contains(kind),
            "no built-in step checks a {kind}"
        );
    }
}

#[test]
fn names_typed_with_their_vietnamese_accents_are_accepted() {
    // The English packs spell the cast without accents; a Vietnamese learner types them with.
    let (_, step) = typed_steps()
        .into_iter()
        .find(|(_, s)| s.answers.iter().any(|a| a == "Tran Minh"))
        .expect("the messaging pack asks for Tran Minh's name");
    for typed in ["Trần Minh", "trần minh", "Tran Minh", "MINH"] {
        assert!(accepts(&step, typed), "{typed}");
    }
    assert!(!accepts(&step, "Trần Mai"));
}

#[test]
fn a_wrong_number_in_a_local_form_is_still_wrong() {
    let (name, step) = typed_steps()
        .into_iter()
        .find(|(_, s)| s.check == Some(Check::Number))
        .expect("a number step");
    let wanted = step.min.expect("a range") as u64;
    for form in amount_forms(wanted * 10)
        .into_iter()
        .chain(amount_forms(wanted + 1))
    {
        assert!(!accepts(&step, &form), "{name} accepts {form}");
    }
}
