//! A session speaks its language: the wizard records it with the pack in that language, reopening it
//! switches the screens and the pack, closing it comes back, and its exports are written in it.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::export::{self, Format};
use pim_workshop::i18n::{self, Lang};
use pim_workshop::tui::language;
use pim_workshop::tui::update::Effect;
use support::app::home;
use support::fixtures::{kalma, pack};
use support::keys::{press, type_text};

fn fr() -> Lang {
    Lang::parse("fr").expect("French is built in")
}

#[test]
fn the_wizard_records_the_language_and_its_pack() {
    i18n::set_current(Lang::EN);
    let mut app = home(80, 24);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Atelier de Goma");
    // The language is the form's last field: Shift+Tab from the title goes round to it.
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    let form = app.form.as_ref().expect("the wizard is open");
    assert_eq!(form.fields[form.focus].key, "language");
    press(&mut app, KeyCode::Right);
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::CreateSession(session)] = effects.as_slice() else {
        panic!("expected CreateSession, got {effects:?}");
    };
    assert_eq!(session.language, "fr");
    assert_eq!(session.content.pack_id, "pim-core-fr");
}

#[test]
fn opening_a_french_session_speaks_french_until_it_is_closed() {
    i18n::set_current(Lang::EN);
    let mut app = home(80, 24);
    let mut session = kalma();
    session.language = "fr".into();
    language::speak_session(&mut app, &session);
    assert_eq!(i18n::current(), fr());
    assert_eq!(app.content.info.id, "pim-core-fr");
    assert_eq!(app.content.process.steps.len(), pack().process.steps.len());
    let start = app.start_lang;
    language::speak(&mut app, start);
    assert_eq!(i18n::current(), Lang::EN);
    assert_eq!(app.content.info.id, "pim-core-en");
    // A session from before languages speaks its pack's language.
    let mut old = kalma();
    old.language.clear();
    old.content.pack_id = "pim-core-fr".into();
    assert_eq!(language::of_session(&old), Some(fr()));
}

#[test]
fn an_adapted_pack_is_kept_whatever_the_session_says() {
    i18n::set_current(Lang::EN);
    let mut app = home(80, 24);
    app.adapted_content = true;
    let mut session = kalma();
    session.language = "fr".into();
    language::speak_session(&mut app, &session);
    assert_eq!(i18n::current(), fr());
    assert_eq!(app.content.info.id, "pim-core-en", "the adapted pack stays");
    i18n::set_current(Lang::EN);
}

#[test]
fn a_french_sessions_exports_are_french() {
    i18n::set_current(Lang::EN);
    let mut session = kalma();
    session.language = "fr".into();
    let fr_pack = pim_workshop::content::load_embedded_lang("fr")
        .expect("a French pack")
        .expect("it loads");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let html = export::render(&session, &fr_pack, Format::Html, today);
    assert!(html.contains("<html lang=\"fr\""), "{}", &html[..200]);
    // The document's words and its dates are French; the team's own text is as typed.
    let markdown = export::render(&session, &fr_pack, Format::Markdown, today);
    assert!(
        markdown.contains("1er décembre 2026"),
        "{}",
        &markdown[..400]
    );
    let words = i18n::with_lang(fr(), || {
        pim_workshop::t!("report-timeline-heading", count = 2)
    });
    assert!(!words.contains("Timeline"), "{words}");
    assert!(markdown.contains(session.title.as_str()));
    let brief = export::render(&session, &fr_pack, Format::Brief, today);
    assert!(
        brief.contains("note de cadrage") || brief.contains("Note de cadrage"),
        "{}",
        &brief[..400]
    );
    let summary = i18n::with_lang(fr(), || {
        let s = export::day_summary::summarize(&session, &fr_pack, 1, Some(today));
        export::day_summary::markdown(&s)
    });
    assert!(summary.contains("1er décembre 2026"), "{summary}");
    assert_eq!(
        i18n::current(),
        Lang::EN,
        "the export leaves the thread's language"
    );
    let english = export::render(&kalma(), &pack(), Format::Html, today);
    assert!(english.contains("<html lang=\"en\""));
}
