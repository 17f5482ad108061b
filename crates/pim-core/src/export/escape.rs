//! Escaping for the reports, in one place: the plain text's sanitising, Markdown's backslashes and
//! HTML's entities. The report walk ([`super::report`]) never calls these; each writer applies its own
//! to every value it is given.
//!
//! Every function first neutralises what is dangerous and keeps the rest exactly as written
//! ([`display::sanitize_text`]): control characters and escape sequences become visible marks, bidi
//! overrides are dropped, isolates are balanced; joiners, non-joiners, direction marks, soft hyphens
//! and emoji sequences pass, so Persian, Arabic and emoji read in the export as they were typed.

use std::borrow::Cow;

use crate::display;

/// One line of plain text: newlines and controls shown as marks.
pub fn line(text: &str) -> Cow<'_, str> {
    display::sanitize_text(text, false)
}

/// Multi-line plain text, trailing blank space cut, each line sanitised (tabs become spaces).
pub fn lines(text: &str) -> Vec<String> {
    display::sanitize_text(text.trim_end(), true)
        .split('\n')
        .map(str::to_string)
        .collect()
}

/// Characters given a backslash wherever they appear: CommonMark's and GitHub's markup characters
/// (`~` strikethrough, `$` maths, `&` entities).
const MD_SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '-', '.', '!', '|', '~',
    '&', '$',
];

/// Characters given a backslash at the start of a line only (`===` under a line makes a heading).
const MD_LEADING: &[char] = &['='];

/// One line of inline Markdown text: newlines become `␤`, controls visible marks, surrounding blank
/// space cut, punctuation escaped.
pub fn markdown_inline(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\n', "␤");
    markdown_line(display::sanitize_text(&text, false).trim())
}

/// Markdown markup characters in `text` given a backslash (`=` only at the start, `:` only before
/// `/`, so GitHub makes no link of `https://…`). For text that is already sanitised or is the
/// program's own words.
pub fn markdown_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let scheme = c == ':' && chars.peek().is_some_and(|(_, n)| *n == '/');
        if MD_SPECIAL.contains(&c) || (i == 0 && MD_LEADING.contains(&c)) || scheme {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Multi-line text as Markdown paragraphs: blank lines separate paragraphs, single newlines become
/// hard line breaks, each line is escaped and loses its leading spaces (no code blocks).
pub fn markdown_block(text: &str) -> String {
    let clean = display::sanitize_text(&text.replace("\r\n", "\n"), true).into_owned();
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in clean.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
        } else if let Some(p) = paragraphs.last_mut() {
            p.push(markdown_line(line));
        }
    }
    paragraphs
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join("\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Text escaped for HTML element content and attribute values (`& < > " ' =`), after sanitising
/// (newlines kept).
pub fn html(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let clean = display::sanitize_text(&text, true);
    let mut out = String::with_capacity(clean.len() + 16);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not needed for safety; it keeps text such as `onerror=` from looking like an attribute.
            '=' => out.push_str("&#61;"),
            c => out.push(c),
        }
    }
    out
}

/// One line of HTML text: newlines shown as marks, then escaped.
pub fn html_line(text: &str) -> String {
    html(&display::sanitize_text(text, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Persian "I want" written with a zero-width non-joiner, as people type it.
    const PERSIAN: &str = "می\u{200c}خواهم";

    #[test]
    fn html_escapes_markup_and_marks_controls() {
        assert_eq!(
            html("<script>alert('x')</script> a=\"b\" & c"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; a&#61;&quot;b&quot; &amp; c"
        );
        assert_eq!(html("a\r\nb"), "a\nb");
        assert_eq!(html_line("a\nb"), "a␊b");
        assert_eq!(html_line("\u{1b}[31mred\u{7}"), "␛[31mred␇");
        // An override is dropped; an isolate left open is closed.
        assert_eq!(html_line("\u{202e}evil\u{2066}"), "evil\u{2066}\u{2069}");
        assert_eq!(
            html_line("a\u{2069}b"),
            "ab",
            "a closing isolate without its opening"
        );
    }

    #[test]
    fn markdown_escapes_every_markup_character() {
        assert_eq!(
            markdown_inline("*b* _i_ `c` [l](x) <b> # | ~ & $ ! + - . { } \\"),
            "\\*b\\* \\_i\\_ \\`c\\` \\[l\\]\\(x\\) \\<b\\> \\# \\| \\~ \\& \\$ \\! \\+ \\- \\. \\{ \\} \\\\"
        );
        assert_eq!(markdown_inline("=x = y"), "\\=x = y", "= only at the start");
        assert_eq!(
            markdown_inline("see https://x.org"),
            "see https\\://x\\.org"
        );
        assert_eq!(markdown_inline("  two\nlines  "), "two␤lines");
        assert_eq!(markdown_inline("\u{1b}]52;c;eA==\u{7}"), "␛\\]52;c;eA==␇");
        assert_eq!(markdown_inline("\u{202e}x"), "x");
        assert_eq!(markdown_line("Step 1. (a)"), "Step 1\\. \\(a\\)");
    }

    #[test]
    fn markdown_blocks_keep_paragraphs_and_drop_indentation() {
        assert_eq!(
            markdown_block("    code?\nnext\n\n\n# not a heading"),
            "code?\\\nnext\n\n\\# not a heading"
        );
    }

    #[test]
    fn plain_text_marks_controls_and_keeps_newlines_only_in_blocks() {
        assert_eq!(line("a\nb\u{1b}c\u{202e}"), "a␊b␛c");
        assert_eq!(line("x\u{fffa}y"), "x⟨U+FFFA⟩y", "what hides text shows");
        assert_eq!(lines("a\n\tb\u{1b}\n\n"), vec!["a", "    b␛"]);
    }

    #[test]
    fn text_in_every_script_passes_exactly() {
        assert_eq!(line("حماية"), "حماية");
        assert_eq!(html_line("حماية"), "حماية");
        assert_eq!(markdown_inline("حماية"), "حماية");
        // The non-joiner is part of the Persian word: it passes in every report.
        assert_eq!(line(PERSIAN), PERSIAN);
        assert_eq!(html_line(PERSIAN), PERSIAN);
        assert_eq!(markdown_inline(PERSIAN), PERSIAN);
        assert_eq!(lines(PERSIAN), vec![PERSIAN]);
        // Emoji families (ZWJ), flags with tags, variation selectors, soft hyphens, direction marks.
        for text in [
            "👩\u{200d}👩\u{200d}👧",
            "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
            "☎\u{fe0f}",
            "Schutz\u{ad}maßnahme",
            "\u{200f}حماية\u{200e} 2026",
            "हिन्दी ไทย 한국어 አማርኛ မြန်မာ",
        ] {
            assert_eq!(line(text), text);
            assert_eq!(html_line(text), text);
            assert_eq!(lines(text), vec![text]);
        }
    }
}
