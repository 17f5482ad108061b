//! The data-sharing agreement draft: every section of the content, in English and French, filled from
//! the register, with what the session does not hold marked to fill in; `content check` refuses a pack
//! that lacks a section.

mod support;

use chrono::NaiveDate;
use pim_workshop::content::{self, agreement::SECTION_IDS};
use pim_workshop::export::{self, ExportOptions, Format};
use support::bin::{bin, stderr, stdout};
use support::fixtures::{kalma, kalma_path, pack};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

#[test]
fn the_kalma_draft_has_every_section_and_marks_what_to_fill_in() {
    let s = kalma();
    let pack = pack();
    let md = export::render(&s, &pack, Format::SharingAgreement, today());
    let html = export::render(&s, &pack, Format::SharingAgreementHtml, today());
    assert_eq!(pack.sharing_agreement.sections.len(), SECTION_IDS.len());
    for (i, id) in SECTION_IDS.iter().enumerate() {
        let section = pack.sharing_agreement.section(id).expect("in the pack");
        let title = export::escape::markdown_inline(&section.title);
        assert!(
            md.contains(&format!("## {}. {title}", i + 1)),
            "{id} in Markdown"
        );
        assert!(
            html.contains(&format!(
                "<h2>{}. {}</h2>",
                i + 1,
                export::escape::html(&section.title)
            )),
            "{id} in HTML"
        );
        assert_eq!(section.source.doc, "wm3-2016");
        assert_eq!(section.source.section, "Section 8; Annex 3");
    }
    // From the register: the organisations, the focal-point roles, what is shared, the solutions.
    for e in &s.landscape {
        assert!(
            md.contains(&export::escape::markdown_inline(&e.organisation)),
            "{}",
            e.organisation
        );
    }
    assert!(md.contains("Protection monitoring coordinator"));
    assert!(md.contains("already published for anyone"));
    let in_place = s
        .landscape
        .iter()
        .flat_map(|e| &e.sharing_in_place)
        .next()
        .expect("the example records a solution in place");
    let solution = pack
        .data_sharing
        .groups
        .iter()
        .flat_map(|g| &g.items)
        .find(|i| &i.id == in_place)
        .unwrap();
    assert!(md.contains(&export::escape::markdown_inline(&solution.text)));
    // What the session lacks is marked, and nothing else is said in its place.
    assert!(md.matches("**\\[to fill in\\]**").count() >= 14, "{md}");
    assert!(html.contains("<span class=\"fill\">[to fill in]</span>"));
    assert!(html.contains("Content-Security-Policy") && !html.contains("<script"));
    assert!(md.contains("Third PIM Working Meeting Outcome Document, Section 8; Annex 3"));
}

#[test]
fn the_draft_speaks_the_sessions_language_and_covers_the_systems_named() {
    let mut s = kalma();
    s.language = "fr".into();
    let fr = content::load_embedded_lang("fr").unwrap().unwrap();
    let options = ExportOptions {
        systems: vec!["L-2".into(), "WASH cluster".into()],
        ..Default::default()
    };
    let md = export::render_with(&s, &fr, Format::SharingAgreement, today(), &options);
    assert!(md.contains("Parties et fonctions des points focaux"));
    assert!(md.contains("\\[à compléter\\]"));
    assert!(
        md.contains("Community-based protection monitoring")
            && md.contains("WASH sectoral assessment")
    );
    assert!(!md.contains("Protection 4W"), "only the systems named");
}

/// `pim-workshop export KALMA --format sharing-agreement ARGS`.
fn agreement(args: &[&str]) -> std::process::Output {
    bin()
        .args(["export", kalma_path().to_str().unwrap()])
        .args(["--format", "sharing-agreement"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_cli_writes_the_draft_as_html_by_extension_and_refuses_an_unknown_system() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("agreement.html");
    let out_arg = out_file.to_str().unwrap();
    let out = agreement(&["--system", "L-1", "--out", out_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Displacement Tracking Matrix"));
    assert!(!html.contains("Protection 4W"));
    let out = agreement(&["--system", "L-99"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("No system of the register matches L-99"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn content_check_refuses_a_pack_without_a_section() {
    let mut pack = pack();
    assert!(
        content::check(&pack)
            .iter()
            .all(|i| i.file != "sharing_agreement.json")
    );
    pack.sharing_agreement.sections.retain(|s| s.id != "breach");
    pack.sharing_agreement.sections[0].id = "preamble".into();
    let issues: Vec<String> = content::check(&pack)
        .iter()
        .filter(|i| i.file == "sharing_agreement.json")
        .map(|i| i.message.clone())
        .collect();
    assert!(
        issues.iter().any(|m| m.contains("no section “breach”")),
        "{issues:?}"
    );
    assert!(
        issues.iter().any(|m| m.contains("no section “parties”")),
        "{issues:?}"
    );
    assert!(
        issues
            .iter()
            .any(|m| m.contains("fills no section “preamble”")),
        "{issues:?}"
    );
}
