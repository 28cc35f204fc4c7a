//! The few words the simulated screens add around lesson text: default window titles, the
//! padlock in words, "From:", "Incoming call", the sticker mark. Lesson text itself comes from
//! the packs. Kept together so they can move into the tutor's text catalog for translation.

/// Window title for a message thread without an `app`.
pub(super) const MESSAGES: &str = "Messages";
/// Window title for an email without an `app`.
pub(super) const EMAIL: &str = "Email";
/// Window title for a call without an `app`.
pub(super) const PHONE: &str = "Phone";
/// Window title for a web page without an `app`.
pub(super) const BROWSER: &str = "Browser";
/// Window title for a form without an `app`.
pub(super) const FORM: &str = "Form";
/// Window title for a home screen without an `app` or `title`.
pub(super) const HOME: &str = "Home screen";
/// Window title for a QR code without an `app`.
pub(super) const QR: &str = "QR code";
/// Window title for a payment without an `app`.
pub(super) const PAYMENT: &str = "Payment";

/// Under the learner's own speech bubbles: who wrote it.
pub(super) const YOU: &str = "You";

/// The address bar of a page with a padlock.
pub(super) const SECURE: &str = "[lock] secure";
/// The address bar of a page without a padlock.
pub(super) const NOT_SECURE: &str = "[!] not secure";

/// Before the sender of an email.
pub(super) const FROM: &str = "From:";
/// Before the subject of an email.
pub(super) const SUBJECT: &str = "Subject:";

/// A call that is ringing.
pub(super) const INCOMING: &str = "Incoming call";
/// A call under way.
pub(super) const ONGOING: &str = "On a call";
/// A call whose state the pack does not give.
pub(super) const CALL: &str = "Call";
/// Before what the caller says.
pub(super) const YOU_HEAR: &str = "You hear:";

/// Before who receives a payment.
pub(super) const TO: &str = "To:";
/// Before the amount and currency of a payment.
pub(super) const AMOUNT: &str = "Amount:";
/// Before the receiving account.
pub(super) const ACCOUNT: &str = "Account:";
/// Before the note that goes with a payment.
pub(super) const REFERENCE: &str = "Reference:";

/// Shown with a QR code that is a sticker stuck over another code.
pub(super) const STICKER: &str = "[sticker stuck on top of another code]";
/// Shown instead of a QR code when the window is too small to draw it.
pub(super) const QR_NEEDS_ROOM: &str = "[QR code] Please make this window bigger to see the code.";
/// Shown instead of a QR code whose contents are too long to draw.
pub(super) const QR_TOO_LONG: &str = "[QR code] This code holds too much text to draw.";
