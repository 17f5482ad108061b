//! The example `sessions/pim-training-day-2-groups.json` is built here with the program's own operations
//! — a training day with its agenda timers, attendance, three breakout groups split and merged back, and
//! a dot vote — so it always matches what pim-workshop writes. This test fails when the file is stale;
//! regenerate it with `UPDATE_EXAMPLES=1 cargo test --test example_training_groups`.

mod support;

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use pim_workshop::content;
use pim_workshop::session::breakout;
use pim_workshop::session::{
    ActionDraft, Context, DecisionDraft, Participant, PrincipleStatus, RiskDraft, Session,
};
use pim_workshop::storage;

fn at(hm: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2026-11-18T{hm}:00+03:00")).unwrap()
}

const FAC: &str = "Ingrid Halvorsen";

fn build() -> Session {
    let pack = content::load_embedded().unwrap();
    let mut s = Session::new(
        "Veldara Protection Cluster PIM training, Port Selin: day 2 with breakout groups",
        "pim-training",
        pack.content_ref(),
        FAC,
        at("08:30"),
    );
    s.id = "18e8c3a1d2b4f6a8-2c1a-0".into();
    s.set_context(
        Context {
            operation: "Veldara Protection Cluster: PIM capacity building for cluster members".into(),
            location: "Port Selin, Veldara (cluster training room)".into(),
            dates: "18 November 2026 (day 2 of 4)".into(),
            notes: "Fictional example: all people, organisations and places are invented. The groups work on the Tamsin Plain camps scenario.".into(),
            ..Context::default()
        },
        at("08:31"),
        FAC,
    );
    for (name, org, role) in [
        (
            "Ingrid Halvorsen",
            "Veldara Protection Cluster",
            "Lead facilitator",
        ),
        ("Samir Benali", "Northbridge Relief", "Co-facilitator"),
        (
            "Amina Haddad",
            "Northbridge Relief",
            "Information management officer",
        ),
        (
            "Pedro Salgueiro",
            "Northbridge Relief",
            "Protection officer",
        ),
        (
            "Lucía Paredes",
            "Kestrel Humanitarian",
            "Protection monitoring officer",
        ),
        (
            "Rania Al-Khatib",
            "Tamsin Women's Association",
            "Programme lead",
        ),
        ("Oğuz Demir", "Selin Legal Aid Centre", "Legal counsellor"),
    ] {
        s.add_participant(
            Participant {
                name: name.into(),
                organisation: org.into(),
                role: role.into(),
                ..Participant::default()
            },
            at("08:32"),
            FAC,
        );
    }
    for name in [
        "Ingrid Halvorsen",
        "Samir Benali",
        "Amina Haddad",
        "Pedro Salgueiro",
        "Lucía Paredes",
        "Rania Al-Khatib",
    ] {
        s.set_present(2, name, true, at("08:55"), FAC);
    }

    // The morning: two category modules, the first overrunning by ten minutes.
    s.start_module("population-data", at("09:00"));
    s.finish_module("population-data", "Population Data", 60, at("10:10"), FAC);
    s.start_module("protection-needs-assessment", at("10:25"));
    s.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Whether the camp manager's request needs a new assessment, or whether monitoring data already answers it.",
        at("10:45"),
        FAC,
    );

    // Three groups take the purpose and the data review on the camp scenario.
    let subs = vec!["define-purpose".to_string(), "data-review".to_string()];
    let mut groups = breakout::split(&s, 3, &subs, at("10:50"), FAC);
    breakout::stamp_round(&mut groups, 1);
    s.start_exercise("ex-output-first", at("10:50"));
    let work = [
        (
            "Amina Haddad",
            "Which of the three camps gets the next protection team visit, and what the winter plan must budget for.",
            "Households in camp 3 without documents; women and girls who collect water or distributions after dark.",
            "Ask camp management for the arrival registration and its last update",
        ),
        (
            "Pedro Salgueiro",
            "Whether night distributions should stop, and where lighting is most needed.",
            "Girls and women in all three camps; people with disabilities who cannot queue.",
            "Map lighting and distribution points with the women's groups",
        ),
        (
            "Lucía Paredes",
            "Which questions the health survey already covers, so protection partners do not ask them again.",
            "All households; no names are needed for this purpose.",
            "Compare the health survey questionnaire with ours",
        ),
    ];
    for (n, (g, (who, decisions, target, action))) in groups.iter_mut().zip(work).enumerate() {
        g.id = format!("18e8c3a1d2b4f6a8-2c1a-{}", n + 1);
        g.set_answer(
            "define-purpose",
            "define-purpose.decisions",
            decisions,
            at("11:20"),
            who,
        );
        g.set_answer(
            "define-purpose",
            "define-purpose.target-group",
            target,
            at("11:25"),
            who,
        );
        g.add_action(
            ActionDraft {
                text: action.into(),
                owner: who.into(),
                ..ActionDraft::default()
            },
            at("11:30"),
            who,
        );
    }
    groups[2].add_decision(
        DecisionDraft {
            step: "assess-landscape".into(),
            substep: Some("data-review".into()),
            title: "Reuse the health survey's household data instead of asking again".into(),
            rationale: "The same households were asked two weeks ago; asking again costs their time and trust.".into(),
            principles: vec!["coordination".into(), "do-no-harm".into()],
        },
        at("11:35"),
        "Lucía Paredes",
    );
    groups[1].add_risk(
        RiskDraft {
            description: "Mapping distribution points exposes where women and girls are at night"
                .into(),
            likelihood: 2,
            impact: 4,
            mitigation: "Keep the map among protection partners; share only counts".into(),
            owner: "Pedro Salgueiro".into(),
        },
        at("11:36"),
        "Pedro Salgueiro",
    );
    // Group 1's Principles in Action come back as a proposal beside the plenary's own.
    groups[0].set_principle_check(
        "define-purpose",
        "do-no-harm",
        PrincipleStatus::Concern,
        "No names are needed to choose the camp: count households only.",
        at("11:38"),
        "Amina Haddad",
    );
    s.stop_exercise(at("11:40"));
    for g in &groups {
        breakout::merge(&mut s, g, at("11:50"), FAC).unwrap();
    }
    s.finish_module(
        "protection-needs-assessment",
        "Protection Needs Assessment",
        60,
        at("12:00"),
        FAC,
    );

    // The room votes on which group's question to take into the afternoon.
    let options = groups
        .iter()
        .map(|g| {
            g.answer_text("define-purpose", "define-purpose.decisions")
                .to_string()
        })
        .collect();
    let vote = s.add_vote(
        "Which decision should the afternoon's design serve first?",
        "define-purpose.decisions",
        options,
        vec!["Group 1".into(), "Group 2".into(), "Group 3".into()],
        3,
        at("12:05"),
        FAC,
    );
    let dots = [
        (0, 0),
        (0, 1),
        (0, 1),
        (1, 1),
        (1, 1),
        (1, 0),
        (2, 2),
        (2, 1),
        (2, 0),
    ];
    for (voter, option) in dots {
        s.vote_mut(&vote).unwrap().give(voter, option).unwrap();
    }
    s.close_vote(&vote, at("12:10"), FAC).unwrap();
    s.add_parking(
        "How long may the groups keep their maps after the training?",
        at("12:12"),
        FAC,
    );
    s.set_position("define-purpose", Some("define-purpose.decisions"));
    s
}

fn path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/pim-training-day-2-groups.json")
}

#[test]
fn committed_example_is_what_the_program_writes() {
    let bytes = storage::save::to_json_bytes(&build());
    support::fixtures::check_example(&path(), &bytes, "example_training_groups");
}

#[test]
fn the_example_shows_the_toolkit_at_work() {
    let s = build();
    assert_eq!(
        s.facilitation.agenda.modules["population-data"].elapsed_secs,
        70 * 60
    );
    assert_eq!(s.breakout.merged.len(), 3);
    assert_eq!(
        s.breakout.answers["define-purpose/define-purpose.decisions"].len(),
        3
    );
    assert!(s.decisions[0].title.starts_with("Group 3: "));
    let proposals = breakout::proposals(&s, "define-purpose", "do-no-harm");
    assert_eq!(proposals.len(), 1);
    assert_eq!(
        (proposals[0].group.as_str(), proposals[0].status),
        ("Group 1", PrincipleStatus::Concern)
    );
    assert!(s.facilitation.votes[0].closed);
    let tally = s.facilitation.votes[0].tally();
    assert_eq!(
        tally.iter().map(|r| r.dots).collect::<Vec<_>>(),
        [5, 3, 1],
        "{tally:?}"
    );
    assert_eq!(s.present_on(2).len(), 6);
    assert_eq!(
        s.facilitation.agenda.exercises["ex-output-first"].elapsed_secs,
        50 * 60
    );
}
