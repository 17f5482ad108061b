//! Text is measured as the terminal draws it: the width `display` computes for a string is the number
//! of cells ratatui's buffer gives it and the columns a terminal (vt100) advances for it, so a wrapped
//! or cut line never loses a letter under a border.

use std::num::NonZeroU16;

use pim_workshop::display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The cells ratatui's buffer uses for `text` written from column 0 of a wide row.
fn buffer_cells(text: &str) -> usize {
    let mut buf = Buffer::empty(Rect::new(0, 0, 200, 1));
    let (x, _) = buf.set_stringn(0, 0, text, 200, ratatui::style::Style::default());
    usize::from(x)
}

/// The column a terminal's cursor is at after printing `text` from column 0.
fn terminal_columns(text: &str) -> usize {
    let mut parser = vt100::Parser::new(
        NonZeroU16::MIN,
        NonZeroU16::new(200).expect("200 columns"),
        0,
    );
    parser.process(text.as_bytes());
    usize::from(parser.screen().cursor_position().1)
}

#[test]
fn lam_alef_is_two_cells_everywhere() {
    let text = "لا";
    assert_eq!(
        buffer_cells(text),
        2,
        "ratatui places lam and alef in a cell each"
    );
    assert_eq!(terminal_columns(text), 2, "a terminal advances two columns");
    assert_eq!(
        display::width(text),
        2,
        "the program measures what is drawn"
    );
}

#[test]
fn a_wrapped_arabic_line_keeps_its_last_letter() {
    // Nine cells on screen (the lam-alef pair is two), measured as eight by unicode-width.
    let text = "لا تعيلها";
    let lines = display::wrap(text, 8);
    for line in &lines {
        assert!(buffer_cells(line) <= 8, "{line:?} fits its 8 cells");
    }
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, lines.len() as u16));
    for (y, line) in lines.iter().enumerate() {
        buf.set_stringn(0, y as u16, line, 8, ratatui::style::Style::default());
    }
    let shown: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(
        shown.contains("تعيلها"),
        "the word is whole on screen: {shown:?}"
    );
}

/// Clusters of every script the program serves, as the buffer and a terminal measure them.
const SAMPLES: [(&str, usize); 12] = [
    ("لا", 2),                        // Arabic lam-alef: two clusters
    ("e\u{301}", 1),                 // a combining accent
    ("日本", 4),                     // CJK
    ("می\u{200c}خ", 3),              // Persian with a zero-width non-joiner
    ("한", 2),                       // a Hangul syllable
    ("\u{1100}\u{1161}\u{11a8}", 2), // the same syllable in conjoining jamo
    ("क्षि", 3),                      // a Devanagari conjunct and its vowel sign
    ("กำ", 2),                       // Thai with SARA AM
    ("a\u{200e}b", 2),               // a direction mark
    ("a\u{ad}b", 2),                 // a soft hyphen
    ("☎\u{fe0f}", 2),                // a variation selector asking for the emoji
    (
        "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
        2,
    ), // a flag tag sequence
];

#[test]
fn every_script_is_measured_as_the_buffer_and_a_terminal_draw_it() {
    for (text, cells) in SAMPLES {
        assert_eq!(buffer_cells(text), cells, "{text:?} in ratatui's buffer");
        assert_eq!(terminal_columns(text), cells, "{text:?} in a terminal");
        assert_eq!(
            display::width(text),
            cells,
            "{text:?} as the program measures it"
        );
    }
}

/// Emoji sequences: ratatui gives the cluster two cells, as modern terminals draw it; vt100 (and
/// older terminals) advance per code point. The program follows the buffer, which places the cells
/// and moves the cursor after every wide one, so the text after the emoji stays in its place.
#[test]
fn emoji_sequences_take_the_cells_ratatui_gives_them() {
    for (text, vt100) in [("👩\u{200d}👩\u{200d}👧", 6), ("👍🏽", 4)] {
        assert_eq!(buffer_cells(text), 2, "{text:?} in ratatui's buffer");
        assert_eq!(
            display::width(text),
            2,
            "{text:?} as the program measures it"
        );
        assert_eq!(terminal_columns(text), vt100, "{text:?} in vt100");
    }
}

#[test]
fn a_cut_line_ends_before_its_last_cell() {
    let cut = display::truncate("سلام لاجئين", 8);
    assert_eq!(display::width(&cut), 8);
    assert_eq!(
        buffer_cells(&cut),
        8,
        "{cut:?} is drawn in the 8 cells it was cut to"
    );
    assert!(cut.ends_with('…'));
    assert_eq!(
        display::fit("لا", 4),
        "لا  ",
        "padding counts the pair as two cells"
    );
}
