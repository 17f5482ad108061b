//! Text measured, cut and wrapped in terminal cells exactly as ratatui's buffer places it.
//!
//! ratatui writes a string grapheme by grapheme (`Buffer::set_stringn`): each grapheme cluster takes
//! the `unicode-width` of that cluster alone, a cluster of one byte takes one cell, clusters holding a
//! control character or measuring zero cells are not placed at all. Measuring a whole string with
//! `UnicodeWidthStr::width` gives another answer: unicode-width 0.2 counts the Arabic lam-alef pair
//! (`لا`, two clusters) as one column, while the buffer and every terminal give it two — a line
//! wrapped by that measure is one cell too long for each pair, and its last letters fall under the
//! border. So every width here is the sum of the clusters' widths, lines break only between clusters,
//! and [`wrap`] lays the words out with textwrap's first-fit algorithm over those widths.
//!
//! Terminals (vt100, measured in `tests/screen_width.rs`) advance lam-alef, combining accents, CJK,
//! Hangul and Indic clusters by the same number of columns; for emoji ZWJ sequences and skin-tone
//! modifiers some advance per code point (`👩‍👩‍👧` six columns, `👍🏽` four) where ratatui and modern
//! terminals give the cluster two cells. ratatui moves the cursor after every wide cell, so the
//! following text is still placed where the buffer says.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The cells ratatui's buffer gives one grapheme cluster (0 when it is not placed at all).
pub fn grapheme_width(grapheme: &str) -> usize {
    if grapheme.contains(char::is_control) {
        return 0;
    }
    if grapheme.len() == 1 {
        return 1;
    }
    // ratatui adds a cell for each halfwidth (han)dakuten, which terminals draw on their own.
    let sound_marks = grapheme
        .chars()
        .filter(|c| matches!(c, '\u{ff9e}' | '\u{ff9f}'))
        .count();
    UnicodeWidthStr::width(grapheme) + sound_marks
}

/// Display width of a string in terminal cells, as the buffer places it.
pub fn width(text: &str) -> usize {
    if text.is_ascii() {
        // One cell a character, none for the controls ratatui does not place.
        return text.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    clusters(text).map(|(_, g)| grapheme_width(g)).sum()
}

/// Whether `c` is a grapheme cluster of its own wherever it stands: no rule of Unicode's segmentation
/// (UAX #29) joins it to what comes before or after it. These are the letters, digits and punctuation
/// of the scripts the sessions are written in — Latin, Greek, Cyrillic, Hebrew, Arabic and Persian,
/// kana and CJK ideographs — and symbols and emoji, without their combining marks, variation
/// selectors, skin tones, joiners, Hangul jamo, regional
/// indicators or CR, which can join. A test checks every character this accepts against the
/// segmentation.
pub(crate) fn stands_alone(c: char) -> bool {
    matches!(
        c as u32,
        0x20..=0x7E
            | 0xA0..=0xAC
            | 0xAE..=0x2FF
            | 0x370..=0x482
            | 0x48A..=0x52F
            | 0x5D0..=0x5EA
            | 0x60C
            | 0x61B
            | 0x61F..=0x64A
            | 0x660..=0x66F
            | 0x671..=0x6D3
            | 0x6D5
            | 0x6EE..=0x6FF
            | 0x2010..=0x2027
            | 0x2030..=0x205E
            | 0x20A0..=0x20C0
            | 0x2100..=0x218B
            | 0x2190..=0x23FF
            | 0x2500..=0x27BF
            | 0x3001..=0x3029
            | 0x3041..=0x3096
            | 0x30A1..=0x30FA
            | 0x30FC..=0x30FF
            | 0x4E00..=0x9FFF
            | 0xFF01..=0xFF60
            | 0x1F300..=0x1F3FA
            | 0x1F400..=0x1F64F
            | 0x1F680..=0x1F6FF
            | 0x1F900..=0x1F9FF
    )
}

/// Whether every character of `text` is a grapheme cluster of its own (see [`stands_alone`]; ASCII
/// is, but for CR LF, which never reaches a line).
pub(crate) fn one_cluster_per_char(text: &str) -> bool {
    text.is_ascii() || text.chars().all(stands_alone)
}

/// The grapheme clusters of `text` with their byte offsets. Text whose every character stands alone
/// (all ASCII, or the letters of [`stands_alone`]) is one cluster a character, so it skips the
/// segmentation, which was most of the cost of laying out a screen (BENCHMARKS.md). ASCII controls
/// stand alone too except CR, and the one pair that is a single cluster, CR LF, is never inside a
/// line here: lines are split at LF.
fn clusters(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let simple = one_cluster_per_char(text);
    let fast = simple.then(|| {
        text.char_indices()
            .map(move |(i, c)| (i, &text[i..i + c.len_utf8()]))
    });
    let slow = (!simple).then(|| text.grapheme_indices(true));
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// Cut `text` to at most `max` cells, adding `…` when cut; never inside a grapheme cluster.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for (_, g) in clusters(text) {
        let w = grapheme_width(g);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push_str(g);
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

/// A word (or a piece of a word longer than a line) and the spaces after it, measured in cells.
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    spaces: &'a str,
    width: usize,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.spaces.len() as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// The words of one paragraph: runs of clusters between clusters that are a plain space (a space
/// carrying a combining mark is a letter, not a break), each with the spaces after it. Leading
/// spaces belong to the first word, so an indent is kept.
fn words(para: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut word_end = None;
    for (i, g) in clusters(para) {
        let space = g == " ";
        match word_end {
            None if space && !para[start..i].trim_start_matches(' ').is_empty() => {
                word_end = Some(i);
            }
            Some(end) if !space => {
                pieces.push(piece(&para[start..end], &para[end..i]));
                start = i;
                word_end = None;
            }
            _ => {}
        }
    }
    pieces.push(match word_end {
        Some(end) => piece(&para[start..end], &para[end..]),
        None => piece(&para[start..], ""),
    });
    pieces
}

fn piece<'a>(word: &'a str, spaces: &'a str) -> Piece<'a> {
    Piece {
        word,
        spaces,
        width: width(word),
    }
}

/// Split a word wider than `max` cells into pieces of at most `max` cells (a single cluster wider
/// than the line is a piece of its own), the last piece keeping the word's spaces.
fn break_word<'a>(piece: Piece<'a>, max: usize, out: &mut Vec<Piece<'a>>) {
    if piece.width <= max {
        out.push(piece);
        return;
    }
    let mut start = 0;
    let mut used = 0;
    for (i, g) in clusters(piece.word) {
        let w = grapheme_width(g);
        if used + w > max && i > start {
            out.push(Piece {
                word: &piece.word[start..i],
                spaces: "",
                width: used,
            });
            start = i;
            used = 0;
        }
        used += w;
    }
    out.push(Piece {
        word: &piece.word[start..],
        spaces: piece.spaces,
        width: used,
    });
}

/// Wrap text into lines of at most `max_width` cells, breaking at spaces where possible and between
/// grapheme clusters where a word is longer than a line (a single cluster wider than the line, a CJK
/// character at width 1, is a line of its own). Newlines start new lines; the spaces where a line
/// breaks are dropped. Never returns an empty vector.
pub fn wrap(text: &str, max_width: usize) -> Vec<String> {
    let max_width = max_width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut pieces = Vec::new();
        for p in words(para) {
            break_word(p, max_width, &mut pieces);
        }
        for line in wrap_first_fit(&pieces, &[max_width as f64]) {
            let mut text = String::new();
            for (i, p) in line.iter().enumerate() {
                text.push_str(p.word);
                if i + 1 < line.len() {
                    text.push_str(p.spaces);
                }
            }
            lines.push(text);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII fast path gives the clusters segmentation gives, controls and CR LF included.
    #[test]
    fn ascii_clusters_are_the_graphemes() {
        let samples = [
            "",
            "plain words, then  two spaces",
            "tab\there\u{7}bell\u{1b}[31m",
            "cr\rlf\r\nend",
            "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
        ];
        for s in samples {
            let fast: Vec<(usize, &str)> = clusters(s).collect();
            let slow: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
            if s.contains("\r\n") {
                // The one ASCII cluster of two bytes; lines reaching the layout never hold it.
                assert_ne!(fast, slow);
            } else {
                assert_eq!(fast, slow, "{s:?}");
            }
        }
        assert_eq!(wrap("word another word", 8), ["word", "another", "word"]);
        assert_eq!(truncate("abcdef", 4), "abc…");
    }

    /// Every character the fast path takes for a cluster of its own is one: segmentation never
    /// joins it to a letter before or after it, to itself (regional indicators, Hangul jamo) or to a
    /// line feed (CR). Joining takes one of those pairs (a combining mark or joiner after a letter, a
    /// prepended mark before one), so text made only of such characters is one cluster a character.
    #[test]
    fn characters_that_stand_alone_are_clusters_on_their_own() {
        let mut checked = 0;
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| stands_alone(*c))
        {
            for pair in [[c, 'a'], ['a', c], [c, c], [c, '\n'], ['\u{628}', c]] {
                let s: String = pair.iter().collect();
                assert_eq!(s.graphemes(true).count(), 2, "{:?} joins in {s:?}", c);
            }
            checked += 1;
        }
        assert!(checked > 20_000, "{checked}");
        // And the fast path's layout equals the segmentation's on mixed text.
        let text = "Évaluation à Goma — حماية البيانات، داده‌ها ۱۴۰۲ 東京の避難所 «guillemets»";
        let fast: Vec<(usize, &str)> = clusters("Évaluation à Goma — حماية البيانات").collect();
        let slow: Vec<(usize, &str)> = "Évaluation à Goma — حماية البيانات"
            .grapheme_indices(true)
            .collect();
        assert_eq!(fast, slow);
        // A joiner (ZWNJ in the Persian word) sends the whole text to the segmentation.
        assert!(!text.chars().all(stands_alone));
        assert_eq!(clusters(text).count(), text.graphemes(true).count());
    }
}
