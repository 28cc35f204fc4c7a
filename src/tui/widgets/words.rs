//! The message ids of the few words the simulated screens add around lesson text: default
//! window titles, the padlock in words, "From:", "Incoming call", the sticker mark. The words
//! themselves live in the tutor's text catalog (`tui::text`), like all its text; lesson text
//! comes from the packs.

/// Window title for a message thread without an `app`.
pub(super) const MESSAGES: &str = "screen.messages";
/// Window title for an email without an `app`.
pub(super) const EMAIL: &str = "screen.email";
/// Window title for a call without an `app`.
pub(super) const PHONE: &str = "screen.phone";
/// Window title for a web page without an `app`.
pub(super) const BROWSER: &str = "screen.browser";
/// Window title for a form without an `app`.
pub(super) const FORM: &str = "screen.form";
/// Window title for a home screen without an `app` or `title`.
pub(super) const HOME: &str = "screen.home";
/// Window title for a QR code without an `app`.
pub(super) const QR: &str = "screen.qr";
/// Window title for a payment without an `app`.
pub(super) const PAYMENT: &str = "screen.payment";

/// Under the learner's own speech bubbles: who wrote it.
pub(super) const YOU: &str = "screen.you";

/// The address bar of a page with a padlock.
pub(super) const SECURE: &str = "screen.secure";
/// The address bar of a page without a padlock.
pub(super) const NOT_SECURE: &str = "screen.not-secure";

/// Before the sender of an email.
pub(super) const FROM: &str = "screen.from";
/// Before the subject of an email.
pub(super) const SUBJECT: &str = "screen.subject";

/// A call that is ringing.
pub(super) const INCOMING: &str = "screen.incoming";
/// A call under way.
pub(super) const ONGOING: &str = "screen.ongoing";
/// A call whose state the pack does not give.
pub(super) const CALL: &str = "screen.call";
/// Before what the caller says.
pub(super) const YOU_HEAR: &str = "screen.you-hear";

/// Before who receives a payment.
pub(super) const TO: &str = "screen.to";
/// Before the amount and currency of a payment.
pub(super) const AMOUNT: &str = "screen.amount";
/// Before the receiving account.
pub(super) const ACCOUNT: &str = "screen.account";
/// Before the note that goes with a payment.
pub(super) const REFERENCE: &str = "screen.reference";

/// Shown with a QR code that is a sticker stuck over another code.
pub(super) const STICKER: &str = "screen.sticker";
/// Shown instead of a QR code when the window is too small to draw it.
pub(super) const QR_NEEDS_ROOM: &str = "screen.qr-needs-room";
/// Shown instead of a QR code whose contents are too long to draw.
pub(super) const QR_TOO_LONG: &str = "screen.qr-too-long";
/// What every drawn QR code holds unless the pack gives its own safe practice message.
pub(super) const QR_PRACTICE: &str = "screen.qr-practice";

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_is_in_the_catalog() {
        for id in [
            super::MESSAGES,
            super::EMAIL,
            super::PHONE,
            super::BROWSER,
            super::FORM,
            super::HOME,
            super::QR,
            super::PAYMENT,
            super::YOU,
            super::SECURE,
            super::NOT_SECURE,
            super::FROM,
            super::SUBJECT,
            super::INCOMING,
            super::ONGOING,
            super::CALL,
            super::YOU_HEAR,
            super::TO,
            super::AMOUNT,
            super::ACCOUNT,
            super::REFERENCE,
            super::STICKER,
            super::QR_NEEDS_ROOM,
            super::QR_TOO_LONG,
            super::QR_PRACTICE,
        ] {
            assert!(crate::tui::text::has(id), "{id} is not in the catalog");
        }
    }
}
