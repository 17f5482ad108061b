//! The groups' merged answers reach the reports (show/review text, Markdown, HTML), attributed and
//! escaped; a session without groups gets no such section.

use chrono::DateTime;
use pim_workshop::content;
use pim_workshop::export::{self, Format};
use pim_workshop::session::breakout;
use pim_workshop::session::{ContentRef, Session};

fn plenary_with_groups() -> Session {
    let at = DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let mut p = Session::new(
        "Veyra training",
        "pim-training",
        ContentRef::default(),
        "I",
        at,
    );
    let mut groups = breakout::split(&p, 2, &["define-purpose".into()], at, "I");
    groups[0].set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Where legal aid is most needed",
        at,
        "m",
    );
    groups[1].set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "<script>alert(1)</script>\u{1b}[2J **bold** | pipe",
        at,
        "m",
    );
    groups[1].breakout.origin.as_mut().unwrap().group = "Group <b>2</b>\u{202e}".into();
    for g in &groups {
        breakout::merge(&mut p, g, at, "I").unwrap();
    }
    p
}

#[test]
fn reports_carry_the_groups_answers_attributed_and_escaped() {
    let pack = content::load_embedded().unwrap();
    let s = plenary_with_groups();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let text = export::render(&s, &pack, Format::Markdown, today);
    assert!(text.contains("## Breakout groups' answers"), "{text}");
    assert!(text.contains("*Group 1:*"), "{text}");
    assert!(text.contains("Where legal aid is most needed"), "{text}");
    assert!(
        !text.replace("\\<", "").contains("<script>") && !text.contains('\u{1b}'),
        "{text}"
    );

    let html = export::render(&s, &pack, Format::Html, today);
    assert!(html.contains("id=\"groups\""));
    assert!(html.contains("&lt;script&gt;"), "escaped");
    assert!(!html.contains("<script>") && !html.contains("<b>2"));

    let show = pim_workshop::export::text::render(&s, &pack, today);
    assert!(
        show.contains("Breakout groups' answers\n------------------------"),
        "{show}"
    );
    assert!(
        show.contains("    Group 1:\n      Where legal aid is most needed"),
        "{show}"
    );
    assert!(!show.contains('\u{1b}') && !show.contains('\u{202e}'));
}

#[test]
fn no_groups_no_section() {
    let pack = content::load_embedded().unwrap();
    let at = DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let s = Session::new("Plain", "full-process", ContentRef::default(), "I", at);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    for f in [Format::Markdown, Format::Html] {
        assert!(!export::render(&s, &pack, f, today).contains("Breakout groups"));
    }
}
