//! A corpus of real sentences in the scripts of the operations this program serves, with the joiners,
//! non-joiners and marks those scripts use, and a session that holds it (exports, screens, entry).

use super::fixtures::kalma;

/// Sentences as people type them, with the joiners, non-joiners and marks their scripts use.
pub const CORPUS: [&str; 15] = [
    "حماية الأطفال في المخيمات",                         // Arabic
    "می\u{200c}خواهیم داده\u{200c}ها را امن نگه داریم", // Persian, with ZWNJ
    "ہم معلومات کو محفوظ رکھیں گے",                     // Urdu
    "د ماشومانو ساتنه",                                 // Pashto
    "बच्चों की सुरक्षा और गोपनीयता",                        // Hindi
    "শিশুদের সুরক্ষা",                                      // Bengali
    "การคุ้มครองเด็กในค่าย",                                // Thai
    "የህጻናት ጥበቃ",                                        // Amharic
    "ကလေးများ၏ ကာကွယ်ရေး",                                // Burmese
    "儿童保护与数据安全",                               // Chinese
    "子どもの保護とデータ",                             // Japanese
    "아동 보호와 데이터 보안",                          // Korean
    "Захист дітей у таборах",                           // Ukrainian
    "👩\u{200d}👩\u{200d}👧 family, 👍🏽 ok, ☎\u{fe0f}", // emoji families, skin tone, variation selector
    "Schutz\u{ad}maßnahmen \u{200f}حماية\u{200e} 2026", // soft hyphen, direction marks
];

pub fn session() -> pim_workshop::session::Session {
    let mut s = kalma();
    for (d, text) in s.decisions.iter_mut().zip(CORPUS) {
        d.title = text.to_string();
    }
    let rest = &CORPUS[s.decisions.len()..];
    for (a, text) in s.actions.iter_mut().zip(rest) {
        a.text = text.to_string();
    }
    let rest = &rest[s.actions.len().min(rest.len())..];
    s.risks.truncate(rest.len());
    for (r, text) in s.risks.iter_mut().zip(rest) {
        r.description = text.to_string();
    }
    assert_eq!(
        typed(&s).len(),
        CORPUS.len(),
        "every line of the corpus is in the session"
    );
    s
}

pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}

/// The corpus as the session holds it: the decisions' titles, then the actions' texts, then the
/// risks' descriptions (the example's 6 decisions, 5 actions and the first 4 risks: the 15 lines).
pub fn typed(s: &pim_workshop::session::Session) -> Vec<String> {
    let decisions = s.decisions.iter().map(|d| d.title.clone());
    let actions = s.actions.iter().map(|a| a.text.clone());
    let risks = s.risks.iter().map(|r| r.description.clone());
    decisions.chain(actions).chain(risks).collect()
}

/// `sentence` as ratatui's buffer holds it: the clusters that take cells, in order (direction marks
/// and soft hyphens take none and are not placed).
pub fn drawn(sentence: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    sentence
        .graphemes(true)
        .filter(|g| pim_workshop::display::grapheme_width(g) > 0)
        .collect()
}

/// Border and padding cells, which a wrapped sentence may have between its rows.
fn frame_cell(c: char) -> bool {
    c == ' ' || ('\u{2500}'..='\u{257f}').contains(&c) || c == '▏'
}

/// Checks that every corpus sentence on the screen `rows` is whole, or cut by the program with `…`
/// between two clusters, or wrapped onto the next rows between two words — never missing a cluster,
/// never with a cluster moved away from the ones beside it. Returns the sentences that are whole.
pub fn assert_whole_or_cut(rows: &[String]) -> Vec<&'static str> {
    let mut whole = Vec::new();
    for sentence in CORPUS {
        let want = drawn(sentence);
        // Found by its first two words (one Pashto letter is in other words too).
        let key: Vec<&str> = want.split(' ').take(2).collect();
        let key = key.join(" ");
        for (y, row) in rows.iter().enumerate() {
            let Some(at) = row.find(&key) else {
                continue;
            };
            let mut text = row[at..].trim_end_matches(frame_cell).to_string();
            for next in &rows[y + 1..] {
                if text.len() >= want.len() || !want.starts_with(&format!("{text} ")) {
                    break;
                }
                text = format!("{text} {}", next.trim_matches(frame_cell));
            }
            if text.starts_with(&want) {
                whole.push(sentence);
                continue;
            }
            let cut = text.split('…').next().unwrap_or("");
            assert!(
                text.contains('…') && want.starts_with(cut),
                "{sentence:?} is not whole on screen and not cut with …: row {y} reads {row:?}"
            );
        }
    }
    whole
}
