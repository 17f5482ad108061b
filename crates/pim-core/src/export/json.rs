//! JSON export: the session exactly as the model holds it (unknown fields included), pretty-printed.
//!
//! serde_json already writes C0 controls as `\u00XX`; here DEL, C1 controls, bidi overrides and
//! zero-width characters are written as `\uXXXX` escapes too, so the output is safe to print on a
//! terminal and still parses to exactly the same data.

use crate::display;
use crate::session::Session;
use crate::storage::save::to_json_bytes;

/// The session as pretty JSON with a final newline.
pub fn render(session: &Session) -> String {
    let bytes = to_json_bytes(session);
    inert_json(&String::from_utf8_lossy(&bytes))
}

/// The session as an export (the format table's writer): `pack` and `today` change nothing.
pub fn export(
    session: &Session,
    _pack: &crate::content::Pack,
    _today: chrono::NaiveDate,
) -> String {
    render(session)
}

/// Any JSON value as pretty JSON with a final newline, with the same escaping as [`render`].
pub fn to_pretty(value: &impl serde::Serialize) -> String {
    // Serialising plain data with string keys cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    inert_json(&text)
}

/// Rewrites characters that could drive a terminal or hide text as `\uXXXX` escapes. JSON text only
/// holds such characters inside strings, where the escape means the same character.
pub fn inert_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let plain = (' '..='~').contains(&c) || c == '\n';
        if !plain && needs_escape(c) {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// True when [`display::sanitize`] would replace `c` with a visible mark.
fn needs_escape(c: char) -> bool {
    let mut buf = [0; 4];
    let s: &str = c.encode_utf8(&mut buf);
    display::sanitize(s, true) != s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inert_json_round_trips() {
        let original =
            serde_json::json!({"a": "x\u{1b}]0;t\u{7}\u{202e}\u{9b}\u{200b}\u{e0041}\ty"});
        let text = inert_json(&serde_json::to_string_pretty(&original).unwrap());
        assert!(
            text.chars()
                .all(|c| c == '\n' || (c as u32 >= 0x20 && c != '\u{202e}'))
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, original);
    }
}
