//! The scoping brief: snapshots of the Kalma example's brief, the prompts it quotes, the CLI export to
//! Markdown and HTML, and escaping of hostile text.

mod support;

use std::path::Path;

use chrono::NaiveDate;
use pim_workshop::content::{self, Pack};
use pim_workshop::export::{self, Format};
use pim_workshop::scoping::brief::{QUOTED, build_brief};
use pim_workshop::session::Session;
use support::bin::bin;
use support::fixtures::{kalma_path, pack};

fn kalma() -> (Session, Pack) {
    (support::fixtures::kalma(), pack())
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 13).unwrap()
}

#[test]
fn brief_markdown_of_the_kalma_example() {
    let (s, pack) = kalma();
    insta::assert_snapshot!(
        "kalma_brief_md",
        export::render(&s, &pack, Format::Brief, day())
    );
}

#[test]
fn brief_html_of_the_kalma_example() {
    let (s, pack) = kalma();
    let html = export::render(&s, &pack, Format::BriefHtml, day());
    assert!(html.contains("Content-Security-Policy"));
    assert!(!html.contains("<script"));
    insta::assert_snapshot!("kalma_brief_html", html);
}

#[test]
fn the_complete_example_leaves_nothing_missing_and_has_every_section() {
    let (s, pack) = kalma();
    let brief = build_brief(&s, &pack, day());
    assert!(brief.missing.is_empty(), "{:?}", brief.missing);
    let headings: Vec<&str> = brief.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "The request",
            "Purpose",
            "Information needed, and not needed",
            "What already exists",
            "Reading the Matrix output-first",
            "Recommendation",
            "Proportionality and do no harm",
            "Next steps",
            "Approval"
        ]
    );
}

#[test]
fn every_quoted_prompt_is_in_the_scoping_template() {
    let pack = content::load_embedded().unwrap();
    for id in QUOTED {
        assert!(
            pack.prompt("needs-assessment-scoping", id).is_some(),
            "the brief quotes {id}, which the scoping template does not ask"
        );
    }
}

#[test]
fn an_empty_scoping_session_lists_what_is_missing() {
    let pack = content::load_embedded().unwrap();
    let s = Session::new(
        "Empty",
        "needs-assessment-scoping",
        pack.content_ref(),
        "",
        chrono::DateTime::parse_from_rfc3339("2026-11-21T10:00:00+01:00").unwrap(),
    );
    let brief = build_brief(&s, &pack, day());
    assert!(brief.missing.iter().any(|m| m == "Key questions"));
    assert!(brief.missing.iter().any(|m| m == "Outputs needed"));
    let md = export::render(&s, &pack, Format::Brief, day());
    assert!(md.contains("Not yet recorded in the session"));
}

#[test]
fn hostile_answers_are_escaped_in_both_briefs() {
    let (mut s, pack) = kalma();
    let evil = "<img src=x onerror=alert(1)> [link](https://evil.example) \u{1b}[31m";
    s.substeps
        .get_mut("define-purpose")
        .unwrap()
        .answers
        .get_mut("define-purpose.scoping-why-now")
        .unwrap()
        .text = evil.into();
    s.landscape[0].name = evil.into();
    let html = export::render(&s, &pack, Format::BriefHtml, day());
    assert!(!html.contains("<img"));
    assert!(!html.contains('\u{1b}'));
    let md = export::render(&s, &pack, Format::Brief, day());
    // Every markup character is backslashed, so no tag or link survives.
    assert!(md.contains("\\<img"));
    assert!(md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')));
    assert!(!md.contains("](https://"));
    assert!(!md.contains('\u{1b}'));
}

#[test]
fn cli_exports_the_brief_as_markdown_or_html_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("brief.md");
    let out = bin()
        .args([
            "export",
            kalma_path().to_str().unwrap(),
            "--format",
            "brief",
            "--out",
        ])
        .arg(&md)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Scoping brief: Kalma district"));
    let html = dir.path().join("brief.html");
    let out = bin()
        .args([
            "export",
            kalma_path().to_str().unwrap(),
            "--format",
            "brief",
            "--out",
        ])
        .arg(&html)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Scoping brief (HTML"));
}

#[test]
fn cli_refuses_a_brief_for_a_session_that_is_not_a_scoping() {
    let training = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/pim-training-day-1.json");
    let out = bin()
        .args(["export", training.to_str().unwrap(), "--format", "brief"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--format md"), "{err}");
}

#[test]
fn the_kalma_brief_reads_its_consent_resources_and_request_note() {
    let (s, pack) = kalma();
    let md = export::render(&s, &pack, Format::Brief, day());
    for (prompt, label) in [
        (
            "develop-system.scoping-consent",
            "Consent and confidentiality",
        ),
        (
            "develop-system.scoping-resources-fit",
            "Time, people, money and access",
        ),
        (
            "define-purpose.scoping-request-kind",
            "Note on the kind of exercise",
        ),
    ] {
        let sub = prompt.split('.').next().unwrap();
        let answer = &s.substeps[sub].answers[prompt].text;
        assert!(!answer.is_empty(), "{prompt}");
        let labelled = if answer.contains('\n') {
            format!("**{label}**\\\n")
        } else {
            format!("**{label}:** {answer}")
        };
        assert!(md.contains(&labelled), "{prompt} missing from:\n{md}");
        // An answer merged from two prompts keeps both parts, each on its own line.
        assert!(answer.lines().all(|l| md.contains(l)), "{prompt}: {md}");
    }
}

#[test]
fn the_brief_is_dated_by_the_session_and_carries_the_approval() {
    let (mut s, pack) = kalma();
    // The example records its brief date and approval; without them, and exported long after, the
    // brief keeps the day the session last changed.
    assert_eq!(s.brief.date, NaiveDate::from_ymd_opt(2026, 11, 13));
    s.brief = Default::default();
    let later = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let brief = build_brief(&s, &pack, later);
    assert_eq!(brief.date, s.updated.date_naive());
    let md = export::render(&s, &pack, Format::Brief, later);
    assert!(md.contains("18 November 2026"), "{md}");
    assert!(md.contains("Not yet approved."));
    // Overdue actions say so against the export day.
    assert!(md.contains("(overdue by"), "{md}");

    let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T11:00:00+03:00").unwrap();
    s.set_brief_date(NaiveDate::from_ymd_opt(2026, 11, 13), at, "Amina Haddad");
    s.set_approval(
        pim_workshop::session::approval::Verdict::ChangesRequested,
        "Henrik Solberg",
        "Add the Oskar Valley sites to the discussions.",
        at,
        "Amina Haddad",
    );
    let md = export::render(&s, &pack, Format::Brief, later);
    assert!(md.contains("13 November 2026"));
    assert!(
        md.contains("**Verdict:** Changes requested by Henrik Solberg on 20 November 2026"),
        "{md}"
    );
    assert!(md.contains("**Comments:** Add the Oskar Valley sites to the discussions."));
    let html = export::render(&s, &pack, Format::BriefHtml, later);
    assert!(html.contains("Changes requested by Henrik Solberg"));
    // The verdict is in the file, and in the timeline.
    let back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back.brief, s.brief);
    assert_eq!(s.timeline.last().unwrap().kind.as_str(), "approval");
}
