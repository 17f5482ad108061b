//! The pseudo-locale shows every string that does not come from a catalogue: the interface, the
//! content pack and the session are all in it (accented, longer, bracketed), so a plain ASCII word on
//! any screen is a word left in code. Every main screen is drawn at 80×24 and 120×40 and read back.

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::KeyCode;
use pim_workshop::i18n::{self, Lang};
use pim_workshop::session::Session;
use pim_workshop::tui::app::{App, Screen};
use pim_workshop::tui::keys;
use pim_workshop::tui::theme::Theme;
use pim_workshop::tui::update::{Action, update};
use serde_json::Value;
use support::app::{DATA_DIR, open_session};
use support::fixtures::{manifest_path, read_session};
use support::keys::{press, press_char};
use support::render::screen;

/// Keys of a session file whose strings are codes (ids, dates, statuses): they stay as they are.
const SESSION_CODES: [&str; 31] = [
    "at",
    "kind",
    "target",
    "status",
    "id",
    "principles",
    "outputs",
    "created",
    "substep",
    "due",
    "decisions",
    "picks",
    "step",
    "category",
    "shared_with",
    "reliability",
    "last_update",
    "sharing_in_place",
    "template",
    "updated",
    "pack_id",
    "version",
    "prompt",
    "superseded_by",
    "supersedes",
    "language",
    "module",
    "day",
    "started",
    "verdict",
    "date",
];

fn pseudo_json(value: &mut Value, code: bool) {
    match value {
        Value::String(s) if !code && !s.is_empty() => *s = i18n::pseudo_text(s),
        Value::Array(items) => items.iter_mut().for_each(|v| pseudo_json(v, code)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let code = SESSION_CODES.contains(&key.as_str()) || key.ends_with("_at");
                pseudo_json(v, code);
            }
        }
        _ => {}
    }
}

/// A shipped example session with every text of the team's in the pseudo-locale.
fn pseudo_session(file: &str) -> Session {
    let session = read_session(&manifest_path(&format!("sessions/{file}")));
    let mut value = serde_json::to_value(&session).expect("a session is JSON");
    pseudo_json(&mut value, false);
    serde_json::from_value(value).expect("the pseudo session reads back")
}

fn app(w: u16, h: u16) -> App {
    i18n::set_current(Lang::PSEUDO);
    let pack = pim_workshop::content::load_embedded_lang("pseudo")
        .expect("the pseudo pack is built in")
        .expect("the pseudo pack loads");
    App::new(
        PathBuf::from(DATA_DIR),
        Arc::new(pack),
        Theme::monochrome(),
        (w, h),
    )
}

/// Words allowed on a pseudo screen: the key names (keys are the same in every language) and the
/// languages' names for themselves ("English", "Français" in the wizard's language field).
fn allowed() -> BTreeSet<String> {
    let mut words: BTreeSet<String> = Lang::all().flat_map(|l| ascii_words(&l.name())).collect();
    // A shell command the permission warning quotes, the same in every language.
    words.insert("chmod".into());
    for ctx in keys::Context::ALL {
        for binding in keys::bindings(ctx) {
            for word in ascii_words(&keys::keys_label(binding)) {
                words.insert(word);
            }
        }
    }
    words
}

/// The runs of two or more ASCII letters in `text`, skipping paths and file names (the data folder),
/// ids (a token with a digit: `D-1`, a session's hex id, dates) and the pseudo pack's id.
fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace())
        .filter(|token| !token.contains('/') && !token.contains('\\'))
        .filter(|token| !token.chars().any(|c| c.is_ascii_digit()))
        .filter(|token| !token.contains("pim-core-pseudo"))
        .flat_map(|token| {
            token
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The plain words on the screen that no catalogue and no pack gave.
fn untranslated(app: &App, allowed: &BTreeSet<String>) -> Vec<String> {
    let text = screen(app);
    let mut found: Vec<String> = ascii_words(&text)
        .into_iter()
        .filter(|w| !allowed.contains(w))
        .collect();
    found.dedup();
    found
}

struct Visit {
    name: String,
    words: Vec<String>,
    screen: String,
}

fn look(app: &App, name: &str, allowed: &BTreeSet<String>, out: &mut Vec<Visit>) {
    let words = untranslated(app, allowed);
    if !words.is_empty() {
        out.push(Visit {
            name: format!("{name} at {}×{}", app.size.0, app.size.1),
            words,
            screen: screen(app),
        });
    }
}

/// Home, the help overlay, the wizard and the reference library in its sections and Matrix readings.
fn outside_a_session(w: u16, h: u16, allowed: &BTreeSet<String>, out: &mut Vec<Visit>) {
    let mut app = app(w, h);
    look(&app, "home", allowed, out);
    press_char(&mut app, '?');
    look(&app, "help on home", allowed, out);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    look(&app, "new-session wizard", allowed, out);
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'r');
    for section in 0..6 {
        look(&app, &format!("reference section {section}"), allowed, out);
        if section == 2 {
            for mode in 1..3 {
                press_char(&mut app, 'm');
                look(
                    &app,
                    &format!("reference Matrix reading {mode}"),
                    allowed,
                    out,
                );
            }
        }
        press(&mut app, KeyCode::Tab);
    }
    // The entry on the projector.
    press_char(&mut app, 'f');
    look(&app, "reference entry in the presenter view", allowed, out);
}

/// The workshop on `file` (as pseudo), its lists and tabs, the help, and `extra` keys' screens.
fn in_session(
    w: u16,
    h: u16,
    file: &str,
    extra: &[char],
    allowed: &BTreeSet<String>,
    out: &mut Vec<Visit>,
) {
    let mut app = app(w, h);
    let mut session = pseudo_session(file);
    session.language = "pseudo".into();
    open_session(&mut app, file, session, None);
    look(&app, &format!("workshop on {file}"), allowed, out);
    press_char(&mut app, '?');
    look(&app, "help in the workshop", allowed, out);
    press(&mut app, KeyCode::Esc);
    for key in ['D', 'A', 'R', 'P', 'c', 'L', 'M', 'O'] {
        press_char(&mut app, key);
        look(&app, &format!("{file}: tab {key}"), allowed, out);
        if !matches!(app.screen, Screen::Workshop(_)) {
            press(&mut app, KeyCode::Esc);
        }
    }
    for key in extra {
        press_char(&mut app, *key);
        look(&app, &format!("{file}: {key}"), allowed, out);
    }
    if extra.contains(&'t') {
        assert!(matches!(app.screen, Screen::Facil(_)), "the agenda is open");
        assert!(app.facil.presenter, "the presenter view is on");
    }
    update(&mut app, Action::Tick(support::app::clock()));
    look(&app, &format!("{file}: after a tick"), allowed, out);
}

/// The list of votes, an open vote, its counted-dots form and the vote on the projector, on the pseudo
/// training session with a vote on the (pseudo) Matrix categories.
fn voting(w: u16, h: u16, allowed: &BTreeSet<String>, out: &mut Vec<Visit>) {
    let mut app = app(w, h);
    let mut session = pseudo_session("pim-training-day-1.json");
    session.language = "pseudo".into();
    let options = app
        .content
        .matrix
        .categories
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let voters = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    let title = i18n::pseudo_text("Which system first?");
    session.add_vote(
        &title,
        "categories",
        options,
        voters,
        3,
        support::app::clock(),
        "I",
    );
    open_session(&mut app, "day-1.json", session, None);
    for (key, name) in [
        ('V', "votes"),
        ('\n', "a vote"),
        ('+', "a dot"),
        ('f', "vote projected"),
    ] {
        match key {
            '\n' => press(&mut app, KeyCode::Enter),
            c => press_char(&mut app, c),
        };
        look(&app, name, allowed, out);
    }
    press_char(&mut app, 'f');
    press_char(&mut app, '=');
    look(&app, "counted dots form", allowed, out);
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'c');
    press_char(&mut app, 'f');
    look(&app, "closed vote projected", allowed, out);
    assert!(app.facil.presenter, "the vote is projected");
    assert_eq!(app.context(), keys::Context::Vote, "on the vote's screen");
    assert!(
        app.open
            .as_ref()
            .is_some_and(|w| w.session.facilitation.votes[0].closed)
    );
}

/// The review screen on the pseudo scoping session.
fn reviewing(w: u16, h: u16, allowed: &BTreeSet<String>, out: &mut Vec<Visit>) {
    let mut app = app(w, h);
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("kalma.json");
    let mut session = pseudo_session("kalma-needs-assessment-scoping.json");
    session.language = "pseudo".into();
    session.content.pack_id = "pim-core-pseudo".into();
    let json = serde_json::to_string(&session).expect("a session is JSON");
    std::fs::write(&path, json).expect("written");
    let state = pim_workshop::tui::sessions::load_review(&path, &app.content, review_day());
    update(&mut app, Action::ReviewLoaded(Box::new(state)));
    look(&app, "review", allowed, out);
}

#[test]
fn no_screen_shows_a_word_outside_the_catalogues() {
    let allowed = allowed();
    let mut found = Vec::new();
    for (w, h) in [(80, 24), (120, 40)] {
        outside_a_session(w, h, &allowed, &mut found);
        in_session(
            w,
            h,
            "kalma-needs-assessment-scoping.json",
            &[],
            &allowed,
            &mut found,
        );
        reviewing(w, h, &allowed, &mut found);
        in_session(
            w,
            h,
            "pim-training-day-1.json",
            &['t', 'f', 'w'],
            &allowed,
            &mut found,
        );
        voting(w, h, &allowed, &mut found);
    }
    let report: Vec<String> = found
        .iter()
        .map(|v| format!("{}: {:?}\n{}", v.name, v.words, v.screen))
        .collect();
    assert!(
        found.is_empty(),
        "{} screens show words that are not in a catalogue:\n{}",
        found.len(),
        report.join("\n")
    );
}

/// The exports' own words, drawn from the catalogue: a pseudo session's Markdown, HTML (its text),
/// brief and day summary have no plain word either.
#[test]
fn no_export_has_a_word_outside_the_catalogues() {
    use pim_workshop::export::{self, Format, day_summary};
    let allowed = allowed();
    let app = app(80, 24);
    let pack = &*app.content;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let mut problems = Vec::new();
    for file in [
        "kalma-needs-assessment-scoping.json",
        "pim-training-day-1.json",
    ] {
        let mut session = pseudo_session(file);
        session.language = "pseudo".into();
        session.content.pack_id = "pim-core-pseudo".into();
        let mut texts = vec![
            (
                "markdown",
                export::render(&session, pack, Format::Markdown, today),
            ),
            (
                "html",
                html_text(&export::render(&session, pack, Format::Html, today)),
            ),
            ("text", export::text::render(&session, pack, today)),
        ];
        if Format::Brief.offer(&session, pack).is_ok() {
            texts.push((
                "brief",
                export::render(&session, pack, Format::Brief, today),
            ));
            let brief = export::render(&session, pack, Format::BriefHtml, today);
            texts.push(("brief html", html_text(&brief)));
        }
        let summary = day_summary::summarize(&session, pack, 1, Some(today));
        texts.push(("day summary", day_summary::markdown(&summary)));
        if Format::TrainingReport.offer(&session, pack).is_ok() {
            for f in [
                Format::SignIn,
                Format::SignInCsv,
                Format::Certificates,
                Format::CertificatesCsv,
                Format::TrainingReport,
            ] {
                texts.push((f.name(), export::render(&session, pack, f, today)));
            }
            let report = export::render(&session, pack, Format::TrainingReportHtml, today);
            texts.push(("training report html", html_text(&report)));
        }
        for (what, text) in texts {
            let words: BTreeSet<String> = ascii_words(&text)
                .into_iter()
                .filter(|w| !allowed.contains(w))
                .collect();
            if !words.is_empty() {
                problems.push(format!("{file} {what}: {words:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The text of an HTML page: no style, no tags, no entities.
fn html_text(html: &str) -> String {
    let body = html.split("</style>").last().unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split('&')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once(';').map_or(part, |(_, rest)| rest)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The day reviews are dated in these tests (what is overdue is counted from it), so the screens do
/// not change with the calendar.
fn review_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}
