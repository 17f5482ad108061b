//! The wrapper loses and shifts nothing: for random text from a multi-script alphabet, every cluster
//! given to it is in the rendered buffer exactly once and in order, no line is wider than its area,
//! and the screen's sanitiser keeps the joiners and marks that correct text is made of; a field
//! padded or cut to its column fills it exactly, so the border after it stays in place.

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;

use pim_workshop::display;

/// Letters, marks, joiners and emoji parts of the scripts the program serves, and spaces and newlines.
const ALPHABET: &[&str] = &[
    // Arabic, with the lam-alef pair and a vowel mark
    "ل",
    "ا",
    "لا",
    "ت",
    "ع",
    "ي",
    "ه",
    "\u{64e}",
    // Persian, with the zero-width non-joiner
    "م",
    "ی",
    "\u{200c}",
    "خ",
    "و",
    "ژ",
    "گ",
    // Devanagari: consonants, virama, vowel signs, anusvara
    "क",
    "\u{94d}",
    "ष",
    "\u{93f}",
    "\u{902}",
    "ब",
    "च",
    "\u{94b}",
    // Thai: consonants, SARA AM, tone and vowel marks
    "ก",
    "\u{e33}",
    "ค",
    "\u{e38}",
    "\u{e49}",
    "เ",
    "ด",
    "\u{e47}",
    // CJK and Hangul (precomposed and conjoining jamo)
    "儿",
    "童",
    "保",
    "日",
    "本",
    "の",
    "아",
    "동",
    "\u{1100}\u{1161}",
    "\u{11a8}",
    // emoji: skin-tone modifiers, ZWJ families, variation selector, a flag tag sequence
    "👍",
    "\u{1f3fd}",
    "👩",
    "\u{200d}",
    "👧",
    "👨\u{200d}👩\u{200d}👧\u{200d}👦",
    "☎",
    "\u{fe0f}",
    "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
    // combining accents on Latin, Latin, Cyrillic, direction marks, soft hyphen
    "e",
    "\u{301}",
    "\u{308}",
    "a",
    "Z",
    "ж",
    "\u{200f}",
    "\u{ad}",
    " ",
    " ",
    " ",
    "\n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..80).prop_map(|parts| parts.concat())
}

/// The clusters that take cells (not spaces), in order, as ratatui reads them.
fn visible(text: &str) -> Vec<String> {
    text.graphemes(true)
        .filter(|g| display::grapheme_width(g) > 0 && g != &" ")
        .map(str::to_string)
        .collect()
}

/// The clusters in a rendered buffer, row by row, skipping the cells a wide cluster covers.
fn on_screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buf = terminal.backend().buffer();
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let symbol = buf[(x, y)].symbol();
            if symbol != " " {
                out.push(symbol.to_string());
            }
            x += u16::try_from(display::grapheme_width(symbol).max(1)).unwrap();
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_cluster_is_on_screen_once_in_order(text in text(), width in 2usize..40) {
        let shown = display::multi_line(&text);
        // A single cluster wider than the whole line (a letter stacked with random spacing marks)
        // cannot be drawn in it at all; real clusters are at most 3 cells, every panel is wider.
        prop_assume!(shown.graphemes(true).all(|g| display::grapheme_width(g) <= width));
        prop_assert_eq!(shown.replace('◌', ""), text.clone(), "the screen keeps every character");
        let lines = display::wrap(&shown, width);
        for line in &lines {
            prop_assert!(display::width(line) <= width, "{:?} is wider than {}", line, width);
        }
        let height = u16::try_from(lines.len()).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(width as u16, height)).unwrap();
        let rows: Vec<Line> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
        terminal.draw(|f| f.render_widget(Paragraph::new(rows), f.area())).unwrap();
        prop_assert_eq!(on_screen(&terminal), visible(&shown));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A field padded or cut to its column fills it exactly: the border drawn after it stays where
    /// it is, and what is shown is the text's first clusters (then `…` when cut).
    #[test]
    fn a_fitted_cell_keeps_the_border_after_it(text in text(), width in 2usize..30) {
        let shown = display::one_line(&text);
        let cell = display::fit(&shown, width);
        prop_assert_eq!(display::width(&cell), width);
        let row = Line::from(vec![cell.clone().into(), "│".into()]);
        let mut terminal = Terminal::new(TestBackend::new(width as u16 + 1, 1)).unwrap();
        terminal.draw(|f| f.render_widget(Paragraph::new(row), f.area())).unwrap();
        prop_assert_eq!(terminal.backend().buffer()[(width as u16, 0)].symbol(), "│");
        let kept = cell.trim_end_matches(' ').trim_end_matches('…');
        prop_assert!(shown.starts_with(kept), "{:?} is not the start of {:?}", kept, shown);
        prop_assert_eq!(on_screen(&terminal).concat(), visible(&format!("{cell}│")).concat());
    }
}

#[test]
fn a_word_longer_than_the_line_is_broken_between_clusters() {
    // The family and the thumb take two cells each; the Devanagari conjunct with its vowel sign is
    // one cluster of three cells, never split between its consonants.
    let lines = display::wrap("👨\u{200d}👩\u{200d}👧\u{200d}👦👍\u{1f3fd}क्षि", 3);
    assert_eq!(
        lines,
        ["👨\u{200d}👩\u{200d}👧\u{200d}👦", "👍\u{1f3fd}", "क्षि"]
    );
}
