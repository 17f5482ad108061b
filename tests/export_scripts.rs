//! Text in every script passes through every export exactly: a corpus of sentences in the languages
//! of the operations this program serves is typed as decision titles, and read back from the JSON
//! (parsed), the CSV (parsed), the HTML (its text) and the Markdown (its escapes undone).

mod support;

use pim_workshop::export::{self, Format};
use support::fixtures::{kalma, pack};

/// Sentences as people type them, with the joiners, non-joiners and marks their scripts use.
const CORPUS: [&str; 15] = [
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

fn session() -> pim_workshop::session::Session {
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

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}

/// The corpus as the session holds it: the decisions' titles, then the actions' texts, then the
/// risks' descriptions (the example's 6 decisions, 5 actions and the first 4 risks: the 15 lines).
fn typed(s: &pim_workshop::session::Session) -> Vec<String> {
    let decisions = s.decisions.iter().map(|d| d.title.clone());
    let actions = s.actions.iter().map(|a| a.text.clone());
    let risks = s.risks.iter().map(|r| r.description.clone());
    decisions.chain(actions).chain(risks).collect()
}

#[test]
fn json_reads_back_exactly() {
    let s = session();
    let json = export::render(&s, &pack(), Format::Json, today());
    let back: pim_workshop::session::Session = serde_json::from_str(&json).expect("parses");
    assert_eq!(typed(&back), typed(&s));
    assert_eq!(typed(&back), CORPUS);
}

#[test]
fn csv_reads_back_exactly() {
    let s = session();
    let csv = export::render(&s, &pack(), Format::Csv, today());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.strip_prefix('\u{feff}').unwrap_or(&csv).as_bytes());
    let cells: Vec<String> = reader
        .records()
        .flatten()
        .flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>())
        .collect();
    // The CSV holds decisions, actions and participants (not risks).
    let in_csv = s.decisions.len() + s.actions.len();
    for text in &typed(&s)[..in_csv] {
        assert!(cells.contains(text), "{text:?} not read back from the CSV");
    }
}

/// HTML text content: tags dropped, the entities the writer uses undone.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#61;", "=")
        .replace("&amp;", "&")
}

#[test]
fn html_text_holds_every_sentence_exactly() {
    let s = session();
    let html = export::render(&s, &pack(), Format::Html, today());
    let text = html_text(&html);
    for typed in typed(&s) {
        assert!(text.contains(&typed), "{typed:?} not in the HTML's text");
    }
    assert!(html.contains("dir=\"auto\""));
}

#[test]
fn markdown_holds_every_sentence_once_its_escapes_are_undone() {
    let s = session();
    let md = export::render(&s, &pack(), Format::Markdown, today());
    let mut plain = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        plain.push(c);
    }
    for typed in typed(&s) {
        assert!(plain.contains(&typed), "{typed:?} not in the Markdown");
    }
}
