//! QR codes as modules: the one way digitutor turns a short practice message into a code, for
//! the phone screens of the tutor and for the printed handouts, so both hold the same code.

use qrcode::bits::encode_auto;
use qrcode::{EcLevel, QrCode};

/// A QR code's modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Modules per side, without the quiet zone.
    pub size: u16,
    /// Row by row, true for a dark module.
    pub dark: Vec<bool>,
}

impl Code {
    /// True for a light module at (x, y) of the code with a quiet zone of `quiet` around it.
    pub fn light(&self, quiet: u16, x: u16, y: u16) -> bool {
        if x < quiet || y < quiet || x >= quiet + self.size || y >= quiet + self.size {
            return true;
        }
        let index = usize::from(y - quiet) * usize::from(self.size) + usize::from(x - quiet);
        !self.dark.get(index).copied().unwrap_or(false)
    }
}

/// Encodes a payload at the error-correction level that gives the smallest code: level M when
/// it is no bigger than level L, else L. `None` if it is too long for any code.
pub fn encode(payload: &str) -> Option<Code> {
    let low = encode_auto(payload.as_bytes(), EcLevel::L).ok()?;
    let (bits, level) = match encode_auto(payload.as_bytes(), EcLevel::M) {
        Ok(medium) if medium.version() == low.version() => (medium, EcLevel::M),
        _ => (low, EcLevel::L),
    };
    let code = QrCode::with_bits(bits, level).ok()?;
    Some(Code {
        size: u16::try_from(code.width()).ok()?,
        dark: code
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect(),
    })
}

/// What a drawn code holds: the pack's own practice message when a phone could open nothing in
/// it, else `practice`, the tutor's own message.
pub fn scannable<'a>(payload: Option<&'a str>, practice: &'a str) -> &'a str {
    match payload {
        Some(p) if !p.trim().is_empty() && crate::pack::qr_rules::opens_something(p).is_none() => p,
        _ => practice,
    }
}
