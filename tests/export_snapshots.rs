//! Snapshots of the Kalma example session in every export format and in the `show` summary, with
//! "today" fixed so the overdue marks do not change from day to day.

mod support;

use chrono::NaiveDate;
use pim_workshop::content::Pack;
use pim_workshop::export::{self, Format};
use pim_workshop::session::Session;
use support::fixtures::{kalma_path, pack};

fn kalma() -> (Session, Pack) {
    (support::fixtures::kalma(), pack())
}

/// 26 November 2026: A-3 (due 18 November) and A-7 (due 25 November) are overdue.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

#[test]
fn markdown() {
    let (s, pack) = kalma();
    insta::assert_snapshot!(
        "kalma_markdown",
        export::render(&s, &pack, Format::Markdown, today())
    );
}

#[test]
fn html() {
    let (s, pack) = kalma();
    insta::assert_snapshot!(
        "kalma_html",
        export::render(&s, &pack, Format::Html, today())
    );
}

#[test]
fn csv_with_visible_line_ends_and_bom() {
    let (s, pack) = kalma();
    let csv = export::render(&s, &pack, Format::Csv, today());
    assert!(csv.starts_with('\u{feff}'), "CSV starts with a BOM");
    // Snapshots normalise line ends, so show them.
    let visible = csv.replace('\u{feff}', "<BOM>").replace("\r\n", "<CRLF>\n");
    insta::assert_snapshot!("kalma_csv", visible);
}

#[test]
fn json_is_exactly_the_session_file() {
    let (s, pack) = kalma();
    let json = export::render(&s, &pack, Format::Json, today());
    let file = std::fs::read_to_string(kalma_path()).unwrap();
    assert_eq!(
        json, file,
        "the example file is written as a save writes it"
    );
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    insta::assert_snapshot!("kalma_json", json);
}

#[test]
fn show_summary() {
    let (s, pack) = kalma();
    insta::assert_snapshot!("kalma_show", export::text::render(&s, &pack, today()));
}

#[test]
fn overdue_marks_follow_today() {
    let (s, pack) = kalma();
    let text = export::text::render(&s, &pack, today());
    assert!(text.contains("A-3 [open, OVERDUE by 8 days]"), "{text}");
    assert!(text.contains("A-7 [open, OVERDUE by 1 day]"), "{text}");
    assert!(text.contains("5 still to do, 2 overdue"), "{text}");
    let earlier = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let text = export::text::render(&s, &pack, earlier);
    assert!(!text.contains("OVERDUE"), "{text}");
    let csv = export::render(&s, &pack, Format::Csv, today());
    assert!(csv.contains("action,A-3,open,yes,8,"), "{csv}");
}

#[test]
fn superseded_chain_and_coverage_are_shown() {
    let (s, pack) = kalma();
    let text = export::text::render(&s, &pack, today());
    assert!(text.contains("D-2 -> D-5 (last: agreed)"), "{text}");
    let cov = export::coverage(&s, &pack);
    let codes: Vec<&str> = cov.columns.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["1.1", "1.2", "2.2", "2.3"]);
    assert_eq!(cov.rows.len(), 8);
    assert!(cov.gaps().is_empty());
}

#[test]
fn default_file_names() {
    let (s, _) = kalma();
    assert_eq!(
        export::default_file_name(&s, Format::Html),
        "kalma-district-scoping-the-requested-protection-ne.html"
    );
    for f in Format::ALL {
        assert_eq!(f.name().parse::<Format>().unwrap(), f);
    }
    assert!("pdf".parse::<Format>().is_err());
}
