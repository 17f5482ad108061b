//! Every word the plain front says comes from a catalogue or the pack (issue #22): run in the
//! pseudo-locale (English made accented and bracketed), a plain ASCII word in what it says is a word
//! left in code.

mod support;

use std::sync::Arc;

use pim_workshop::export::Format;
use pim_workshop::i18n::{self, Lang};
use pim_workshop::plain::commands::WORDS;
use pim_workshop::plain::prompt::Io;
use pim_workshop::plain::{Options, Start, run};

/// Runs of two or more ASCII letters, skipping ids, dates and paths (tokens with a digit or a slash).
fn ascii_words(text: &str) -> Vec<String> {
    text.split(char::is_whitespace)
        .filter(|t| !t.contains('/') && !t.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|t| {
            t.split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.len() >= 2)
        .collect()
}

#[test]
fn nothing_the_plain_front_says_is_left_untranslated() {
    i18n::set_current(Lang::PSEUDO);
    let pack = pim_workshop::content::load_embedded_lang("pseudo")
        .unwrap()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pseudo.json");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let title = i18n::pseudo_text("Kalma scoping");
    let session = support::fixtures::fresh_session(&title, "needs-assessment-scoping", "", at);
    pim_workshop::storage::save_session(&path, &session).unwrap();
    // Every record is given a pseudo text (an empty one is asked again, as it should be), and each
    // question is also answered wrongly once, for its sentence.
    let script = "help\nfly\nanswer 99\nanswer 1\n9\n2\n\n.\nanswer 2\n\n.\nprinciples\n2\n2\n\n\
                  decide\n\nŢéšţ\n\n\n\nact\nŢéšţ\n\n+x\n\nrisk\nŢéšţ\n9\n\n\n\n\n\
                  park\n\nŢéšţ\nrecords\nsupersede\n1\nŢéšţ\n\n\n\ndone\nskip\n\nguide\n\
                  library\n6\n\n1\n\ngo 9\nnext\nback\nback\nexport pdf\nquit\n";
    let mut out = Vec::new();
    let mut io = Io::new(script.as_bytes(), &mut out, None);
    let options = Options {
        data_dir: dir.path().to_path_buf(),
        pack: Arc::new(pack),
        start: Start::Open(path),
        user: String::new(),
    };
    run(options, &mut io).unwrap();
    drop(io);
    let said = String::from_utf8(out).unwrap();
    // Codes are the same in every language: the commands' short forms and the formats' names.
    let mut codes: Vec<String> = WORDS.iter().map(|w| w.short.to_string()).collect();
    codes.extend(
        Format::ALL
            .iter()
            .flat_map(|f| ascii_words(&f.name().replace('-', " "))),
    );
    let mut left: Vec<String> = ascii_words(&said)
        .into_iter()
        .filter(|w| !codes.contains(w))
        .collect();
    left.sort();
    left.dedup();
    assert!(left.is_empty(), "words left in code: {left:?}\n{said}");
    assert!(
        said.len() > 5000,
        "the script went through: {} bytes",
        said.len()
    );
}
