//! Markdown that reads as text: escaped prose, rendered back by a CommonMark renderer
//! (pulldown-cmark, with GitHub's tables and strikethrough), gives the same text, and ordinary prose
//! carries almost no backslash. Arbitrary punctuation never becomes markup either.

use pim_core::export::escape::{markdown_block, markdown_inline};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// The text a renderer shows for `md`, with line breaks as `\n`; `None` when anything but
/// paragraphs, headings, lists, tables and plain text came out (a link, code, HTML, emphasis…).
fn rendered_text(md: &str) -> Option<String> {
    let mut out = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::List(None)
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell,
            )
            | Event::End(_) => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Words of ordinary prose as a team writes it: names, dates, figures, accents, brackets and the
/// usual punctuation.
fn prose_word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-zà-ÿ]{1,9}",
        2 => "[A-Z][a-zé]{2,8}",
        1 => "[A-Z][a-z]{2,6}-[A-Z][a-z]{2,6}",
        1 => "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        1 => "[0-9]{1,4}(%| km| people)?",
        1 => "\\([a-z]{2,8}\\)",
        1 => "[a-z]{2,8}[.,;:?]",
        1 => "(l'|d'|«|»|—|–|-|/|\")[a-z]{0,6}",
        1 => "[ا-ي]{2,6}",
    ]
}

/// Sentences start with a word, as prose does (a leading `-` or `1.` is a list, not prose).
fn prose() -> impl Strategy<Value = String> {
    (
        "[A-Z][a-zé]{0,8}",
        prop::collection::vec(prose_word(), 0..80),
    )
        .prop_map(|(first, rest)| {
            std::iter::once(first)
                .chain(rest)
                .collect::<Vec<_>>()
                .join(" ")
        })
}

proptest! {
    #[test]
    fn prose_renders_back_with_almost_no_backslash(text in prose()) {
        let md = markdown_block(&text);
        prop_assert_eq!(rendered_text(&md), Some(text.clone()), "{}", md);
        let slashes = md.matches('\\').count();
        prop_assert!(
            slashes * 200 < text.chars().count().max(200),
            "{slashes} backslashes in {} characters: {md}",
            text.chars().count()
        );
    }

    /// Any line of ASCII punctuation and words, in a paragraph, a list item, a heading or a table
    /// cell, shows exactly as typed and makes no markup.
    #[test]
    fn any_punctuation_renders_back_as_typed(text in "[ -~é]{1,40}") {
        let want = text.trim().to_string();
        prop_assume!(!want.is_empty());
        let esc = markdown_inline(&text);
        for md in [
            esc.clone(),
            format!("- {esc}"),
            format!("## {esc}"),
            format!("| h |\n|---|\n| {esc} |"),
        ] {
            let mut want = want.clone();
            if md.starts_with('|') {
                want.insert(0, 'h');
            }
            prop_assert_eq!(rendered_text(&md), Some(want.clone()), "{}", md);
        }
    }
}

#[test]
fn the_walkthrough_sentence_has_no_backslash() {
    let text = "Demandé par Jean-Luc Mbeki (chef de bureau, UNHCR Béni Abbès), le 2026-12-01.";
    assert_eq!(markdown_inline(text), text);
}
