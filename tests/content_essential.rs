//! The essential prompts (the brief path) are data in `templates.json`: at most 15 per template,
//! each one read by the scoping brief or the report's summary, and named there while unanswered.

mod support;

use chrono::{DateTime, NaiveDate};
use pim_workshop::content::{Pack, PromptKind};
use pim_workshop::export::{self, Format};
use pim_workshop::scoping::USE_EXISTING_DATA;
use pim_workshop::scoping::essential::{MAX_ESSENTIAL, essential_prompts, progress};
use pim_workshop::session::Session;
use support::fixtures::{fresh_session, pack};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

/// What a prompt of this kind is answered with: a pick the program reasons with, and a marker text.
fn picks(pack: &Pack, kind: PromptKind) -> Vec<String> {
    match kind {
        PromptKind::RequestKind => vec![pack.matrix.request_kinds[0].id.clone()],
        PromptKind::Outputs => vec![pack.matrix.categories[0].output.items[0].id.clone()],
        PromptKind::Approach => vec![USE_EXISTING_DATA.to_string()],
        _ => Vec::new(),
    }
}

#[test]
fn every_essential_prompt_is_read_by_the_brief_or_the_summary() {
    let pack = pack();
    let at = DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    let templates: Vec<_> = pack
        .templates
        .templates
        .iter()
        .filter(|t| !t.essential.is_empty())
        .collect();
    assert!(
        templates.iter().any(|t| t.id == "needs-assessment-scoping"),
        "the scoping template marks its brief path"
    );
    for t in templates {
        let empty = fresh_session("Essential", &t.id, "Amina Haddad", at);
        let listed = essential_prompts(&pack, &empty);
        assert_eq!(
            listed.len(),
            t.essential.len(),
            "{}: every id is a prompt",
            t.id
        );
        assert!(
            listed.len() <= MAX_ESSENTIAL,
            "{}: {} essential",
            t.id,
            listed.len()
        );
        let scoping = pim_workshop::scoping::is_scoping(&pack, &empty);
        let read = |s: &Session| {
            let mut out = export::render(s, &pack, Format::Markdown, day());
            if scoping {
                out.push_str(&export::render(s, &pack, Format::Brief, day()));
            }
            out
        };
        let before = read(&empty);
        for (n, (sub, prompt)) in listed.iter().enumerate() {
            assert!(
                before.contains(prompt.question),
                "{}: the unanswered essential prompt {} is not named",
                t.id,
                prompt.id
            );
            let mut s = empty.clone();
            let marker = format!("Marker answer number {n} for the brief.");
            s.set_answer_picks(sub, prompt.id, picks(&pack, prompt.kind), &marker, at, "A");
            let after = read(&s);
            let brief_or_summary = if scoping {
                export::render(&s, &pack, Format::Brief, day())
            } else {
                after.clone()
            };
            assert!(
                brief_or_summary.contains(&marker)
                    || (prompt.kind != PromptKind::Text && after != before),
                "{}: nothing reads the essential prompt {}",
                t.id,
                prompt.id
            );
            assert_eq!(progress(&pack, &s), (1, listed.len()));
        }
    }
}
