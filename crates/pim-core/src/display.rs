//! Text made safe and measured for display: untrusted text is never passed to a terminal as is.
//!
//! Session files come from colleagues by email; any string in them may hold escape sequences, control
//! characters, bidi overrides or zero-width characters. [`sanitize`] turns each into a visible mark, and
//! [`wrap`] breaks text into lines by display width (ratatui's own wrapping can panic on hostile Unicode).

use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Longest text shown for one field on screen; longer text is cut with a note.
pub const MAX_DISPLAY_CHARS: usize = 20_000;

/// Replace everything that could drive a terminal or hide text with a visible mark.
///
/// - C0/C1 control characters (incl. ESC, NUL, DEL) become the Unicode "control picture" or `␛`/`�`.
/// - Bidi overrides/isolates and zero-width characters become `⟨U+XXXX⟩`.
/// - Newlines and tabs are kept when `keep_newlines` is true (tabs become four spaces).
pub fn sanitize(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if text.chars().all(|c| !needs_mark(c, keep_newlines)) && !text.contains('\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if push_control(c, keep_newlines, &mut out) {
            continue;
        }
        match c {
            c if needs_mark(c, keep_newlines) => {
                out.push_str(&format!("⟨U+{:04X}⟩", c as u32));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text for a document someone else will read (the exports): kept exactly as written — joiners and
/// non-joiners, direction marks, soft hyphens, variation selectors, emoji sequences and tags — with
/// only what is dangerous neutralised:
///
/// - C0/C1 control characters (ESC, NUL, DEL…) become visible marks, as on screen (correct text has
///   none; tabs become four spaces, newlines are kept when `keep_newlines`);
/// - bidi embeddings and overrides (U+202A–U+202E), which can make text read in another order than
///   it is written, are dropped: the words stay, in their own direction;
/// - bidi isolates (U+2066–U+2069) pass when they pair up; a closing one without its opening is
///   dropped, and the ones left open are closed at the end, so no value turns the text after it;
/// - characters that hide text (interlinear annotations U+FFF9–U+FFFB) become visible marks.
pub fn sanitize_text(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let dangerous = |c: char| {
        let u = c as u32;
        (c == '\n' && !keep_newlines)
            || (c != '\n' && u < 0x20)
            || (0x7f..=0x9f).contains(&u)
            || (0x202a..=0x202e).contains(&u)
            || (0x2066..=0x2069).contains(&u)
            || (0xfff9..=0xfffb).contains(&u)
    };
    if !text.chars().any(dangerous) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut open_isolates = 0usize;
    for c in text.chars() {
        if push_control(c, keep_newlines, &mut out) {
            continue;
        }
        match c {
            '\u{202a}'..='\u{202e}' => {}
            '\u{2066}'..='\u{2068}' => {
                open_isolates += 1;
                out.push(c);
            }
            '\u{2069}' if open_isolates > 0 => {
                open_isolates -= 1;
                out.push(c);
            }
            '\u{2069}' => {}
            c if dangerous(c) => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
            c => out.push(c),
        }
    }
    out.extend(std::iter::repeat_n('\u{2069}', open_isolates));
    Cow::Owned(out)
}

/// The C0 controls and DEL as both sanitisers write them: the newline kept when `keep_newlines`, a
/// tab as four spaces, the rest as control pictures (`␛`, `␍`, `␡`…). Whether `c` was one of them.
fn push_control(c: char, keep_newlines: bool, out: &mut String) -> bool {
    match c {
        '\n' if keep_newlines => out.push('\n'),
        '\t' => out.push_str("    "),
        '\r' => out.push('␍'),
        '\u{1b}' => out.push('␛'),
        c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{7f}' => out.push('␡'),
        _ => return false,
    }
    true
}

fn needs_mark(c: char, keep_newlines: bool) -> bool {
    let u = c as u32;
    (c == '\n' && !keep_newlines)
        || (c != '\n' && u < 0x20)
        || (0x7f..=0x9f).contains(&u)
        // bidi embeddings, overrides and isolates; LRM/RLM/ALM
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
        || u == 0x200e
        || u == 0x200f
        || u == 0x061c
        // zero-width and invisible formatting characters
        || (0x200b..=0x200d).contains(&u)
        || u == 0x2060
        || u == 0xfeff
        || u == 0x00ad
        // interlinear annotation, object replacement and other format characters that hide text
        || (0xfff9..=0xfffb).contains(&u)
        || (0xe0000..=0xe007f).contains(&u)
}

/// Sanitise and cap a field for display on one line.
pub fn one_line(text: &str) -> String {
    cap(&sanitize(text, false), MAX_DISPLAY_CHARS)
}

/// Sanitise and cap a multi-line field for display.
pub fn multi_line(text: &str) -> String {
    cap(&sanitize(text, true), MAX_DISPLAY_CHARS)
}

fn cap(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        None => text.to_string(),
        Some((idx, _)) => {
            let hidden = text[idx..].chars().count();
            crate::t!("display-capped", text = &text[..idx], hidden = hidden)
        }
    }
}

/// Display width of a string in terminal cells.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cut `text` to at most `max` cells, adding `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Pad or cut `text` to exactly `cells` cells.
pub fn fit(text: &str, cells: usize) -> String {
    let cut = truncate(text, cells);
    let pad = cells.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

/// Wrap text into lines of at most `max_width` cells, breaking at spaces where possible and inside
/// words where a word is longer than a line. Newlines start new lines. Never returns an empty vector.
pub fn wrap(text: &str, max_width: usize) -> Vec<String> {
    let max_width = max_width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in para.split(' ') {
            let word_w = width(word);
            let sep = usize::from(!line.is_empty());
            if line_w + sep + word_w <= max_width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += sep + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            if word_w <= max_width {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            // A word longer than the line: break it by width.
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_w + w > max_width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push(c);
                line_w += w;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        let s = sanitize("a\u{1b}]52;c;SGVsbG8=\u{7}b", false);
        assert!(!s.contains('\u{1b}'));
        assert!(!s.contains('\u{7}'));
        assert!(s.contains('␛'));
    }

    #[test]
    fn bidi_and_zero_width_are_marked() {
        let s = sanitize("abc\u{202e}def\u{200b}", false);
        assert!(s.contains("⟨U+202E⟩"));
        assert!(s.contains("⟨U+200B⟩"));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            sanitize("Hello, مرحبا 日本語", false),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn c1_controls_are_marked() {
        let s = sanitize("x\u{9b}31m", false);
        assert!(!s.contains('\u{9b}'));
    }

    #[test]
    fn newlines_kept_or_marked() {
        assert_eq!(sanitize("a\nb", true), "a\nb");
        assert_eq!(sanitize("a\nb", false), "a␊b");
    }

    #[test]
    fn wrap_respects_width_with_wide_glyphs() {
        for w in 1..20 {
            for line in wrap("日本語のテキスト and some english words مرحبا بالعالم", w)
            {
                assert!(width(&line) <= w.max(2), "{line:?} at {w}");
            }
        }
    }

    #[test]
    fn wrap_breaks_long_words() {
        let lines = wrap("abcdefghij", 3);
        assert_eq!(lines, vec!["abc", "def", "ghi", "j"]);
    }

    #[test]
    fn truncate_adds_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(fit("ab", 4), "ab  ");
    }

    #[test]
    fn huge_fields_are_capped() {
        let big = "x".repeat(MAX_DISPLAY_CHARS + 10);
        let shown = one_line(&big);
        assert!(shown.contains("10 more characters not shown"));
    }
}

/// A key that sorts words as a reader expects in the Latin-script languages the program speaks:
/// case and accents do not count (`Évaluation` sorts with `evaluation`, before `VBG`).
pub fn collation_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => key.push('a'),
            'ç' => key.push('c'),
            'è' | 'é' | 'ê' | 'ë' => key.push('e'),
            'ì' | 'í' | 'î' | 'ï' => key.push('i'),
            'ñ' => key.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => key.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => key.push('u'),
            'ý' | 'ÿ' => key.push('y'),
            'œ' => key.push_str("oe"),
            'æ' => key.push_str("ae"),
            other => key.push(other),
        }
    }
    key
}

#[cfg(test)]
mod collation_tests {
    #[test]
    fn accents_and_case_do_not_count() {
        let mut words = vec!["VBG", "Évaluation", "enquête", "Œuvre", "abri"];
        words.sort_by_key(|w| super::collation_key(w));
        assert_eq!(words, ["abri", "enquête", "Évaluation", "Œuvre", "VBG"]);
    }
}
