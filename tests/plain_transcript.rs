//! A transcript of one sub-step in the plain front, in English and in French (issue #22): what is
//! said, line by line, when the team reads a sub-step and answers one of its prompts.

mod support;

use std::sync::Arc;

use pim_workshop::i18n::{Lang, set_current};
use pim_workshop::plain::prompt::Io;
use pim_workshop::plain::{Options, Start, run};

fn transcript(lang: &str, input: &str) -> String {
    set_current(Lang::parse(lang).unwrap());
    let pack = pim_workshop::content::load_embedded_lang(lang)
        .unwrap()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kalma.json");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let session = support::fixtures::fresh_session(
        "Kalma scoping",
        "needs-assessment-scoping",
        "Amina Haddad",
        at,
    );
    pim_workshop::storage::save_session(&path, &session).unwrap();
    let mut out = Vec::new();
    let mut io = Io::new(input.as_bytes(), &mut out, None);
    let options = Options {
        data_dir: dir.path().to_path_buf(),
        pack: Arc::new(pack),
        start: Start::Open(path),
        user: "tester".into(),
    };
    run(options, &mut io).unwrap();
    drop(io);
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\u{1b}'));
    assert!(
        !text.contains(dir.path().to_str().unwrap()),
        "no absolute path"
    );
    text
}

#[test]
fn one_substep_in_english() {
    let text = transcript(
        "en",
        "go 1.2\nanswer 1\nYes: the October monitoring round\n.\ndone\nquit\n",
    );
    insta::assert_snapshot!(text);
}

#[test]
fn one_substep_in_french() {
    let text = transcript(
        "fr",
        "aller 1.2\nrépondre 1\nOui : la collecte de suivi d'octobre\n.\nfait\nquitter\n",
    );
    insta::assert_snapshot!(text);
}
