//! Folding text for search: case and accents do not count, in any script. Text is folded one
//! character at a time (so folding a file's raw text and folding each of its fields agree):
//!
//! - canonical decomposition (NFD), then combining marks dropped: `É` → `e`, `ñ` → `n`, Arabic
//!   harakat and the hamza or madda on an alef (`أ`, `إ`, `آ` → `ا`), Hebrew points;
//! - lower case (`Σ` → `σ`, `İ` → `i`); `œ` → `oe`, `æ` → `ae`, `ß` → `ss`;
//! - Arabic and Persian letter forms made one: `ي`/`ى` → `ی`, `ك` → `ک`; the tatweel (`ـ`) dropped;
//! - left alone where a mark changes the word or decomposing helps nobody: Japanese kana keep their
//!   voicing marks (`が` ≠ `か`), Hangul syllables stay whole, CJK ideographs are themselves.
//!
//! The first 65,536 code points are folded through a table built once (a few milliseconds, the first
//! time a search runs); the rest are folded as they come.

use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Table value: the character folds to nothing.
const DROP: u32 = u32::MAX;
/// Table value: the character folds to more than one character (computed when met).
const MANY: u32 = u32::MAX - 1;

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// Appends the folded form of `text` to `out`, as UTF-8 bytes: the fast form, for whole files
/// (ASCII runs are lower-cased in bulk, other characters go through the table).
pub fn fold_bytes_into(text: &str, out: &mut Vec<u8>) {
    let table = table();
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.extend(rest.as_bytes()[..ascii].iter().map(u8::to_ascii_lowercase));
        let mut chars = rest[ascii..].chars();
        let Some(c) = chars.next() else { break };
        let mut utf8 = [0u8; 4];
        match table.get(c as usize).copied() {
            Some(DROP) => {}
            Some(MANY) | None => fold_char(c, |f| {
                out.extend_from_slice(f.encode_utf8(&mut utf8).as_bytes());
            }),
            Some(one) => {
                let f = char::from_u32(one).unwrap_or(c);
                out.extend_from_slice(f.encode_utf8(&mut utf8).as_bytes());
            }
        }
        rest = chars.as_str();
    }
}

/// The folded form of one character, given one character at a time to `push`.
pub fn fold_char(c: char, mut push: impl FnMut(char)) {
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'œ' | 'Œ' => return "oe".chars().for_each(push),
        'æ' | 'Æ' => return "ae".chars().for_each(push),
        'ß' | 'ẞ' => return "ss".chars().for_each(push),
        '\u{0640}' => return,
        'ي' | 'ى' => return push('ی'),
        'ك' => return push('ک'),
        _ => {}
    }
    let kept_whole = |c: char| matches!(c as u32, 0xAC00..=0xD7A3 | 0x3040..=0x30FF);
    if kept_whole(c) {
        return push(c);
    }
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            if !is_combining_mark(l) {
                push(l);
            }
        }
    });
}

/// The table of the first 65,536 code points: each one's single folded character, [`DROP`] or
/// [`MANY`].
fn table() -> &'static [u32] {
    static TABLE: OnceLock<Vec<u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..=0xFFFFu32)
            .map(|u| {
                let Some(c) = char::from_u32(u) else {
                    return u;
                };
                let mut first = None;
                let mut count = 0;
                fold_char(c, |f| {
                    count += 1;
                    first.get_or_insert(f);
                });
                match (count, first) {
                    (0, _) => DROP,
                    (1, Some(f)) => f as u32,
                    _ => MANY,
                }
            })
            .collect()
    })
}

/// The folded form of `text` with, for each byte of it, where the character it comes from starts in
/// `text` (so a match in the folded text can be shown in the original one).
pub fn fold_with_origins(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origins = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, |f| out.push(f));
        origins.resize(origins.len() + (out.len() - before), at);
    }
    (out, origins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_count() {
        assert_eq!(fold("Évaluation"), "evaluation");
        assert_eq!(fold("ÉVALUATION des BESOINS"), "evaluation des besoins");
        assert_eq!(fold("Ñandú çà Œuvre straße"), "nandu ca oeuvre strasse");
        assert_eq!(fold("e\u{301}valuation"), "evaluation");
        assert_eq!(fold("ΣΟΦΊΑ"), "σοφια");
        assert_eq!(fold("Переміщених"), "перемiщених".replace('i', "і"));
    }

    #[test]
    fn arabic_persian_and_cjk() {
        assert_eq!(fold("أُسْرَة"), "اسرة");
        assert_eq!(fold("إحصاء"), fold("احصاء"));
        assert_eq!(fold("آمن"), fold("امن"));
        assert_eq!(fold("كتاب عربي"), fold("کتاب عربی"));
        assert_eq!(fold("مـــخيم"), fold("مخيم"));
        assert_eq!(fold("می‌خواهم"), "می‌خواهم");
        assert_eq!(fold("東京の避難所"), "東京の避難所");
        assert_ne!(fold("が"), fold("か"));
        assert_eq!(fold("한국어"), "한국어");
    }

    #[test]
    fn the_fast_form_agrees_with_folding_each_character() {
        let all: String = (0..=0x2FFFFu32).filter_map(char::from_u32).collect();
        let mut fast = Vec::new();
        fold_bytes_into(&all, &mut fast);
        assert_eq!(String::from_utf8(fast).unwrap(), fold(&all));
        assert_eq!(fold("𝐀 😀"), "𝐀 😀".to_lowercase());
    }

    #[test]
    fn origins_point_back_into_the_text() {
        let text = "Une Évaluation — œuvre";
        let (folded, origins) = fold_with_origins(text);
        assert_eq!(folded, fold(text));
        assert_eq!(origins.len(), folded.len());
        let at = folded.find("evaluation").unwrap();
        assert_eq!(&text[origins[at]..], "Évaluation — œuvre");
        let oe = folded.find("oeuvre").unwrap();
        assert_eq!(&text[origins[oe]..], "œuvre");
    }
}
