//! The pseudo-locale: English words with every letter accented, a third longer, between brackets —
//! so that a string not taken from the catalogue (plain letters), or one cut short (no closing
//! bracket), shows on screen.

/// The letters' accented stand-ins, `a` to `z` then `A` to `Z`.
const LOWER: [char; 26] = [
    'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Á', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// The opening and closing marks of a pseudo message.
pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// A stand-in for the `i`th value given to a message, which the transformation leaves alone.
pub(super) fn placeholder(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// `text` as the pseudo-locale writes it: letters accented, about a third longer (`~` after the
/// words), between ⟦ and ⟧. Stand-ins for values (`placeholder`) pass unchanged. An empty text stays
/// empty.
pub fn pseudo_text(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(text.len() * 2);
    out.push(OPEN);
    let mut in_value = false;
    let mut letters = 0usize;
    for c in text.chars() {
        match c {
            '\u{E000}' => in_value = true,
            '\u{E001}' => in_value = false,
            _ => {}
        }
        if !in_value && c.is_ascii_alphabetic() {
            letters += 1;
            let i = usize::from(c.to_ascii_lowercase() as u8 - b'a');
            out.push(if c.is_ascii_lowercase() {
                LOWER[i]
            } else {
                UPPER[i]
            });
        } else {
            out.push(c);
        }
    }
    out.extend(std::iter::repeat_n('~', letters.div_ceil(3)));
    out.push(CLOSE);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_lengthened_and_bracketed() {
        assert_eq!(pseudo_text("Save"), "⟦Šáṽé~~⟧");
        assert_eq!(pseudo_text(""), "");
        let with_value = format!("Open {}", placeholder(0));
        assert_eq!(
            pseudo_text(&with_value),
            format!("⟦Óþéñ {}~~⟧", placeholder(0))
        );
        assert!(
            !pseudo_text("Decisions and actions")
                .chars()
                .any(|c| c.is_ascii_alphabetic())
        );
    }
}
