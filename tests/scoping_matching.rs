//! Output-first matching: which categories produce the outputs a team needs, compared with what was
//! requested and with what already runs in the landscape register. Driven by the Matrix content.

mod support;

use pim_workshop::scoping::{Fit, match_outputs, session_match};
use pim_workshop::session::{LandscapeEntry, Session, SystemStatus};
use support::fixtures::pack;

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn system(
    name: &str,
    org: &str,
    category: &str,
    areas: &[&str],
    status: SystemStatus,
) -> LandscapeEntry {
    LandscapeEntry {
        id: format!("L-{name}"),
        name: name.into(),
        organisation: org.into(),
        category: category.into(),
        areas: ids(areas),
        status,
        ..Default::default()
    }
}

#[test]
fn every_output_and_decision_item_maps_to_the_category_that_lists_it() {
    let pack = pack();
    for cat in &pack.matrix.categories {
        for item in cat
            .output
            .items
            .iter()
            .chain(&cat.output_examples.decision_data)
        {
            let (found, _) = pack.needed_output(&item.id).expect("known item");
            assert_eq!(found.id, cat.id, "{}", item.id);
        }
    }
}

#[test]
fn outputs_are_grouped_by_category_most_first() {
    let pack = pack();
    let m = match_outputs(
        &pack,
        &ids(&[
            "population-figures",
            "monitoring-trends",
            "monitoring-risks",
            "monitoring-decision-trends",
        ]),
        None,
        &[],
        &[],
    );
    assert_eq!(m.needed, 4);
    assert_eq!(m.shares[0].category.id, "protection-monitoring");
    assert_eq!(m.shares[0].outputs.len(), 3);
    assert_eq!(m.shares[1].category.id, "population-data");
    assert_eq!(m.fit(), Fit::Open);
}

#[test]
fn a_needs_assessment_request_against_monitoring_outputs_differs_and_says_so() {
    let pack = pack();
    let landscape = vec![
        system(
            "Monitoring",
            "Kestrel",
            "protection-monitoring",
            &["Ferrin", "Kalma town"],
            SystemStatus::Active,
        ),
        system(
            "Old survey",
            "X",
            "protection-monitoring",
            &["Ferrin"],
            SystemStatus::Ended,
        ),
    ];
    let needed = ids(&[
        "monitoring-trends",
        "monitoring-risks",
        "monitoring-periodic-data",
        "population-figures",
    ]);
    let m = match_outputs(
        &pack,
        &needed,
        Some("needs-assessment"),
        &landscape,
        &ids(&["Ferrin"]),
    );
    assert_eq!(m.fit(), Fit::Differs);
    assert_eq!(m.from_requested(), 0);
    // Only the running system counts, and only where the request is.
    assert_eq!(m.shares[0].running.len(), 1);
    let text = m.sentences(&pack).join("\n");
    assert!(
        text.contains(
            "Requested: a needs assessment. In the Matrix that is Protection Needs Assessment."
        ),
        "{text}"
    );
    assert!(
        text.contains("3 of your 4 needed outputs come from Protection Monitoring, which already runs in Ferrin: Monitoring (Kestrel)."),
        "{text}"
    );
    assert!(
        text.contains("None of the needed outputs come from Protection Needs Assessment"),
        "{text}"
    );
    assert!(
        text.contains("3 of the 4 needed outputs may already exist: ask Kestrel"),
        "{text}"
    );
    // The category names come from the pack, not from the code.
    let mut renamed = pack.clone();
    renamed.matrix.categories[2].name = "Monitoraggio".into();
    let again = match_outputs(
        &renamed,
        &needed,
        Some("needs-assessment"),
        &landscape,
        &ids(&["Ferrin"]),
    );
    assert!(
        again
            .sentences(&renamed)
            .join("\n")
            .contains("come from Monitoraggio")
    );
}

#[test]
fn a_request_that_matches_fits_and_a_partial_one_counts() {
    let pack = pack();
    let fits = match_outputs(
        &pack,
        &ids(&["assessment-threats", "assessment-vulnerabilities"]),
        Some("needs-assessment"),
        &[],
        &[],
    );
    assert_eq!(fits.fit(), Fit::Fits);
    assert!(
        fits.sentences(&pack)
            .iter()
            .any(|s| s.starts_with("The request fits"))
    );
    let partly = match_outputs(
        &pack,
        &ids(&["assessment-threats", "population-figures"]),
        Some("needs-assessment"),
        &[],
        &[],
    );
    assert_eq!(partly.fit(), Fit::Partly);
    assert!(
        partly
            .sentences(&pack)
            .iter()
            .any(|s| s.contains("covers 1 of the 2 needed outputs"))
    );
    // Monitoring points to two categories in the content.
    let monitoring = match_outputs(
        &pack,
        &ids(&["response-who-what-where"]),
        Some("monitoring"),
        &[],
        &[],
    );
    assert_eq!(monitoring.fit(), Fit::Fits);
}

#[test]
fn a_survey_is_a_method_and_nothing_picked_is_said_plainly() {
    let pack = pack();
    let m = match_outputs(
        &pack,
        &ids(&["population-figures"]),
        Some("survey"),
        &[],
        &[],
    );
    assert_eq!(m.fit(), Fit::Open);
    let text = m.sentences(&pack).join("\n");
    assert!(text.contains("a method, not a category"), "{text}");
    assert!(text.contains("point first to Population Data"), "{text}");
    let none = match_outputs(&pack, &[], Some("survey"), &[], &[]);
    assert_eq!(none.fit(), Fit::NothingNeeded);
    assert!(
        none.sentences(&pack)
            .iter()
            .any(|s| s.starts_with("No needed outputs picked yet"))
    );
}

#[test]
fn unknown_and_repeated_picks_are_handled() {
    let pack = pack();
    let m = match_outputs(
        &pack,
        &ids(&["monitoring-trends", "monitoring-trends", "gone-item"]),
        None,
        &[],
        &[],
    );
    assert_eq!(m.needed, 1);
    assert_eq!(m.unknown, ids(&["gone-item"]));
    assert!(m.sentences(&pack).iter().any(|s| s.contains("gone-item")));
}

#[test]
fn areas_partly_covered_are_named() {
    let pack = pack();
    let landscape = vec![system(
        "M",
        "K",
        "protection-monitoring",
        &["Ferrin"],
        SystemStatus::Active,
    )];
    let m = match_outputs(
        &pack,
        &ids(&["monitoring-trends"]),
        None,
        &landscape,
        &ids(&["Ferrin", "Lower Tessa"]),
    );
    let text = m.sentences(&pack).join("\n");
    assert!(
        text.contains("already runs in Ferrin (not in Lower Tessa)"),
        "{text}"
    );
}

#[test]
fn the_kalma_example_reads_as_a_partial_match() {
    let pack = pack();
    let s: Session = support::fixtures::kalma();
    let m = session_match(&pack, &s);
    assert_eq!(m.needed, 5);
    assert_eq!(m.fit(), Fit::Partly);
    assert_eq!(m.shares[0].category.id, "protection-monitoring");
    assert_eq!(m.areas.len(), 4);
}
