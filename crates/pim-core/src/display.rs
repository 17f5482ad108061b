//! Text made safe and measured for display: untrusted text is never passed to a terminal as is.
//!
//! Session files come from colleagues by email; any string in them may hold escape sequences, control
//! characters, bidi overrides or zero-width characters. [`sanitize`] turns each into a visible mark, and
//! [`wrap`] breaks text into lines by display width (ratatui's own wrapping can panic on hostile Unicode).

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

mod cells;

pub use cells::{fit, grapheme_width, truncate, width, wrap};

/// Longest text shown for one field on screen; longer text is cut with a note.
pub const MAX_DISPLAY_CHARS: usize = 20_000;

/// Replace everything that could drive a terminal or hide text with a visible mark, and keep what
/// correct text is made of.
///
/// - C0/C1 control characters (incl. ESC, NUL, DEL) become the Unicode "control picture" or `␛`/`�`.
/// - Bidi overrides, embeddings and isolates, the byte-order mark, interlinear annotations and tag
///   characters outside an emoji flag sequence become `⟨U+XXXX⟩`.
/// - Joiners and non-joiners (Persian `می‌خواهم`, emoji families), direction marks, soft hyphens,
///   word joiners, zero-width spaces, variation selectors and flag tags are kept: they are part of
///   correct text. ratatui places no cell for the ones that stand alone, so nothing shifts.
/// - A combining mark with no letter to sit on (at the start of a line) is shown on `◌`, as Unicode
///   charts do; ratatui would otherwise drop it.
/// - Newlines and tabs are kept when `keep_newlines` is true (tabs become four spaces).
pub fn sanitize(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let plain = |b: u8| (0x20..0x7f).contains(&b) || (b == b'\n' && keep_newlines);
    if text.bytes().all(plain) {
        return Cow::Borrowed(text);
    }
    let marks = screen_marks(text, keep_newlines);
    if !marks.clone().any(|(c, mark)| mark || c == '\t') && !needs_base(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (c, mark) in marks {
        if push_control(c, keep_newlines, &mut out) {
            continue;
        }
        if mark {
            out.push_str(&format!("⟨U+{:04X}⟩", c as u32));
        } else {
            out.push(c);
        }
    }
    if needs_base(&out) {
        out = with_bases(&out);
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

/// Each character of `text` and whether the screen shows it as a `⟨U+XXXX⟩` mark. Tag characters
/// are kept only in a flag sequence (`🏴` then tags, as in the flags of Scotland or Wales): anywhere
/// else they carry text nobody can see.
fn screen_marks(text: &str, keep_newlines: bool) -> impl Iterator<Item = (char, bool)> + Clone {
    text.chars().scan(false, move |in_flag, c| {
        let tag = ('\u{e0000}'..='\u{e007f}').contains(&c);
        let mark = needs_mark(c, keep_newlines) || (tag && !*in_flag);
        *in_flag = c == '\u{1f3f4}' || (*in_flag && tag && c != '\u{e007f}');
        Some((c, mark))
    })
}

fn needs_mark(c: char, keep_newlines: bool) -> bool {
    let u = c as u32;
    (c == '\n' && !keep_newlines)
        || (c != '\n' && u < 0x20)
        || (0x7f..=0x9f).contains(&u)
        // bidi embeddings, overrides and isolates
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
        // the byte-order mark, and interlinear annotations, which hide text
        || u == 0xfeff
        || (0xfff9..=0xfffb).contains(&u)
}

/// Whether a grapheme cluster is a combining mark with nothing to sit on: no cell would hold it.
fn lone_mark(grapheme: &str) -> bool {
    let invisible_on_purpose = |c: char| {
        c.is_control()
            || matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{feff}')
            || ('\u{200b}'..='\u{200f}').contains(&c)
            || ('\u{2060}'..='\u{2064}').contains(&c)
            || ('\u{e0000}'..='\u{e007f}').contains(&c)
    };
    cells::grapheme_width(grapheme) == 0 && !grapheme.starts_with(invisible_on_purpose)
}

/// Whether some cluster of `text` is a lone combining mark. Text whose every character is a cluster
/// of its own holds no combining mark, and is not segmented (BENCHMARKS.md, keystrokes).
fn needs_base(text: &str) -> bool {
    !cells::one_cluster_per_char(text) && text.graphemes(true).any(lone_mark)
}

fn with_bases(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    for g in text.graphemes(true) {
        if lone_mark(g) {
            out.push('◌');
        }
        out.push_str(g);
    }
    out
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

#[cfg(test)]
mod tests {
    /// No character laid out without segmentation is a mark needing a base.
    #[test]
    fn characters_that_stand_alone_are_never_lone_marks() {
        let alone = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| super::cells::stands_alone(*c));
        for c in alone {
            assert!(!super::lone_mark(&c.to_string()), "{c:?}");
        }
        assert!(super::needs_base("\u{301}abc") && super::needs_base("\u{64b}"));
        assert!(!super::needs_base("Évaluation à Goma, حماية البيانات"));
    }

    use super::*;

    #[test]
    fn escapes_become_visible() {
        let s = sanitize("a\u{1b}]52;c;SGVsbG8=\u{7}b", false);
        assert!(!s.contains('\u{1b}'));
        assert!(!s.contains('\u{7}'));
        assert!(s.contains('␛'));
    }

    #[test]
    fn bidi_overrides_and_hidden_text_are_marked() {
        let s = sanitize("abc\u{202e}def\u{2066}x\u{e0041}", false);
        assert!(s.contains("⟨U+202E⟩"));
        assert!(s.contains("⟨U+2066⟩"));
        assert!(s.contains("⟨U+E0041⟩"), "a tag outside a flag hides text");
    }

    #[test]
    fn joiners_and_marks_of_correct_text_are_kept() {
        for text in [
            "می\u{200c}خواهیم",
            "👩\u{200d}👩\u{200d}👧",
            "\u{200f}حماية\u{200e}",
            "Schutz\u{ad}maßnahmen",
            "☎\u{fe0f}",
            "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
        ] {
            assert_eq!(sanitize(text, false), text);
        }
    }

    #[test]
    fn a_mark_with_no_letter_sits_on_a_dotted_circle() {
        assert_eq!(sanitize("\u{301}e", false), "◌\u{301}e");
        assert_eq!(sanitize("a\n\u{94d}", true), "a\n◌\u{94d}");
        assert_eq!(sanitize("e\u{301}", false), "e\u{301}");
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
