//! The rule that keeps the QR codes on screen safe to scan with a real phone. A learner may
//! point their own phone at the window: a code must then show a short practice message, never
//! something a phone would open, dial, join or save (a web address, `tel:`, `WIFI:`, `SMSTO:`,
//! `mailto:`, a vCard, a long run of digits).
//!
//! Only reads the pack and reports through `Report`; it must never change a pack.

use super::model::{Pack, Screen};
use super::rules::Report;
use super::spans::Path;

/// Why a QR payload could open something real, or `None` when it is a plain message.
pub fn opens_something(payload: &str) -> Option<&'static str> {
    let lower = payload.to_lowercase();
    if lower.contains("www.") {
        return Some("it has a web address in it (www.)");
    }
    if lower.contains("begin:") {
        return Some("it is a contact card or calendar entry (BEGIN:)");
    }
    if let Some(scheme) = leading_scheme(&lower) {
        return Some(match scheme {
            "http" | "https" => "it is a web address",
            "tel" => "it is a phone number to call (tel:)",
            "wifi" => "it is a Wi-Fi network to join (WIFI:)",
            "smsto" | "sms" | "mms" | "mmsto" => "it is a text message to send (SMSTO:)",
            "mailto" | "matmsg" => "it is an email to send (mailto:)",
            "mecard" => "it is a contact card (MECARD:)",
            _ => "it starts like an address a phone would open (a word and a colon)",
        });
    }
    if lower.contains("://") {
        return Some("it has an address in it (://)");
    }
    if lower.split_whitespace().any(looks_like_domain) {
        return Some("it has something that looks like a web or email address in it");
    }
    if longest_digit_run(&lower) >= 6 {
        return Some("it has a long number in it, which a phone may offer to call");
    }
    None
}

/// `http` in `http://...`: letters (and digits, `+ . -`) before the first colon, at the start.
fn leading_scheme(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (head, _) = text.split_once(':')?;
    let mut chars = head.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')))
    .then_some(head)
}

/// `shop.top`, `a@b.mn`, `vnpost-fee.com/pay`: a word, a dot, then two or more letters.
fn looks_like_domain(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    let parts: Vec<&str> = token.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty())
        && parts[1..].iter().any(|p| {
            let ending: String = p.chars().take_while(|c| c.is_alphanumeric()).collect();
            ending.chars().count() >= 2 && ending.chars().all(char::is_alphabetic)
        })
}

/// The longest run of digits, counting spaces, dashes and dots between them as part of it.
fn longest_digit_run(text: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            best = best.max(run);
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            run = 0;
        }
    }
    best
}

/// Refuses every QR payload in the pack that could open something real.
pub fn check(pack: &Pack, report: &mut Report<'_>) {
    let root = Path::root();
    for (li, lesson) in pack.lessons.iter().enumerate() {
        let lat = root.at("lessons", li);
        for (si, step) in lesson.steps.iter().enumerate() {
            screen(report, &step.screen, &lat.at("steps", si).key("screen"));
        }
        for (ci, c) in lesson.consequences.iter().enumerate() {
            screen(report, &c.screen, &lat.at("consequences", ci).key("screen"));
        }
    }
    if let Some(a) = &pack.assessment {
        for (qi, q) in a.questions.iter().enumerate() {
            if let Some(s) = &q.screen {
                let at = root.key("assessment").at("questions", qi).key("screen");
                screen(report, s, &at);
            }
        }
    }
}

/// The longest payload, in bytes, that keeps a code at 25 modules a side (version 2): small
/// enough to leave room on an 80x24 screen for the words around it.
pub const PAYLOAD_MAX_BYTES: usize = 32;

fn screen(report: &mut Report<'_>, screen: &Screen, at: &Path) {
    let Some(payload) = &screen.payload else {
        return;
    };
    if payload.len() > PAYLOAD_MAX_BYTES {
        report.warn(
            "qr-payload-long",
            &at.key("payload"),
            format!(
                "this QR payload is {} bytes; over {PAYLOAD_MAX_BYTES} the code is drawn too big \
                 to leave room for its story on an 80x24 screen",
                payload.len()
            ),
            "Shorten it, e.g. \"Fake page! Keep your card.\", or leave it out for the tutor's \
             own practice message.",
        );
    }
    if let Some(why) = opens_something(payload) {
        report.error(
            "qr-payload-opens",
            &at.key("payload"),
            format!("a learner's own phone could open this QR code: {why}"),
            "Learners may scan the screen with a real phone. Put a short practice message in \
             `payload` (or leave it out for the tutor's own), and put the story's address in \
             `leads_to`.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::opens_something;

    #[test]
    fn anything_a_phone_would_open_is_refused() {
        for payload in [
            "https://vnpost-fee.top/pay",
            "HTTP://EXAMPLE.ORG",
            "www.lotuspondcafe",
            "tel:+84123456789",
            "WIFI:S:Cafe;T:WPA;P:secret;;",
            "SMSTO:5656:STOP",
            "mailto:someone",
            "BEGIN:VCARD\nFN:Minh\nEND:VCARD",
            "MECARD:N:Minh;;",
            "geo:21.0,105.8",
            "Pay at vnpost-fee.com now",
            "Write to help@bank.mn",
            "Call 1555 2020 now",
            "ftp://files",
            "Practice: a word and a colon first",
        ] {
            assert!(opens_something(payload).is_some(), "{payload}");
        }
    }

    #[test]
    fn a_practice_message_is_allowed() {
        for payload in [
            "Practice code. Well done!",
            "Practice code for the cafe menu, table 4.",
            "Bread 7,400 tugrik",
        ] {
            assert_eq!(opens_something(payload), None, "{payload}");
        }
    }
}
