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

/// Characters given a backslash wherever they appear: what opens a link, an image, a code span,
/// HTML, emphasis or a table cell, or strikes text through, and the backslash itself. Ordinary
/// punctuation (`. , ( ) - : ! ?` inside a line) is left as typed.
const MD_ALWAYS: &[char] = &['\\', '`', '*', '[', ']', '<', '!', '|', '~', '$', '&'];

/// Characters given a backslash at the start of a line only: a heading, a quote, a list item or a
/// setext/thematic rule.
const MD_LEADING: &[char] = &['#', '>', '-', '+', '='];

/// One line of inline Markdown text: newlines become `␤`, controls visible marks, surrounding blank
/// space cut, markup escaped.
pub fn markdown_inline(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\n', "␤");
    markdown_line(display::sanitize_text(&text, false).trim())
}

/// `text` with a backslash before each character that would become Markdown markup in its position,
/// and only those, so prose, dates and names read as typed. The start of `text` is treated as the
/// start of a line (it may be placed after `- ` or in a heading). For text that is already
/// sanitised or is the program's own words.
pub fn markdown_line(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        if needs_escape(&chars, i, digits) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the character at `i` would be markup there. `digits` is the length of the run of digits
/// that starts the line (`1.` and `1)` open an ordered list).
fn needs_escape(chars: &[char], i: usize, digits: usize) -> bool {
    let c = chars[i];
    let prev = i.checked_sub(1).map(|p| chars[p]);
    let next = chars.get(i + 1).copied();
    match c {
        c if MD_ALWAYS.contains(&c) => true,
        c if i == 0 && MD_LEADING.contains(&c) => true,
        // A closing run of `#` at the end of a heading is dropped by the renderer.
        '#' => chars[i..].iter().all(|c| *c == '#'),
        // `_` inside a word never emphasises (CommonMark's rule for intraword underscores).
        '_' => {
            !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric))
        }
        '.' | ')' => {
            let list = i == digits && digits > 0 && digits < 10;
            (list && next.is_none_or(char::is_whitespace)) || www_dot(chars, i)
        }
        // GitHub links `https://…`.
        ':' => next == Some('/'),
        _ => false,
    }
}

/// The dot of a `www.` at the start of a word, which GitHub turns into a link.
fn www_dot(chars: &[char], i: usize) -> bool {
    i >= 3
        && chars[i - 3..i].iter().all(|c| c.eq_ignore_ascii_case(&'w'))
        && (i == 3 || !chars[i - 4].is_alphanumeric())
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
    fn markdown_escapes_markup_where_it_would_act() {
        assert_eq!(
            markdown_inline("*b* _i_ `c` [l](x) <b> | ~ & $ ! \\"),
            "\\*b\\* \\_i\\_ \\`c\\` \\[l\\](x) \\<b> \\| \\~ \\& \\$ \\! \\\\"
        );
        for lead in ["# h", "> q", "- l", "+ l", "=x", "1. l", "12) l"] {
            let out = markdown_inline(lead);
            assert_eq!(out.matches('\\').count(), 1, "{lead} -> {out}");
        }
        assert_eq!(
            markdown_inline("Title #"),
            "Title \\#",
            "a closing # in a heading"
        );
        assert_eq!(markdown_inline("see https://x.org"), "see https\\://x.org");
        assert_eq!(markdown_inline("go to www.x.org"), "go to www\\.x.org");
        assert_eq!(markdown_inline("  two\nlines  "), "two␤lines");
        assert_eq!(markdown_inline("\u{1b}]52;c;eA==\u{7}"), "␛\\]52;c;eA==␇");
        assert_eq!(markdown_inline("\u{202e}x"), "x");
    }

    #[test]
    fn markdown_leaves_prose_dates_and_names_as_typed() {
        for prose in [
            "Step 1. (a)",
            "Jean-Luc Mbeki (chef de bureau, UNHCR Béni Abbès).",
            "2026-12-01",
            "snake_case_name and a C# note: 1.5 people",
            "Due 2026-11-14 - owner: IMO. Done?",
        ] {
            assert_eq!(markdown_inline(prose), prose);
        }
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
