//! Split and merge, as properties: no group answer is lost, every group text is attributed to its group,
//! and merging the same files again changes nothing. Plus the refusals (foreign or non-group files).

use chrono::{DateTime, FixedOffset};
use pim_workshop::session::breakout::{self, MergeError};
use pim_workshop::session::*;
use proptest::prelude::*;

fn t(secs: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
        + chrono::Duration::seconds(secs)
}

const SUBSTEPS: [&str; 3] = ["define-purpose", "data-review", "sharing-networks"];
const PROMPTS: [&str; 3] = ["p1", "p2", "p3"];

fn plenary() -> Session {
    let mut s = Session::new(
        "Training",
        "pim-training",
        ContentRef::default(),
        "Fac",
        t(0),
    );
    s.set_answer(
        "define-purpose",
        "define-purpose.p1",
        "The room's own answer",
        t(1),
        "Fac",
    );
    s
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 .,'-]{1,24}",
        1 => any::<String>(),
        1 => Just("\u{202e}evil\u{1b}[2J\0 text".to_string()),
    ]
}

/// What one group writes: answers (sub-step index, prompt index, text), decisions, actions, risks and
/// parking-lot points.
#[derive(Clone, Debug)]
struct GroupWork {
    answers: Vec<(usize, usize, String)>,
    decisions: Vec<(String, String)>,
    actions: Vec<String>,
    risks: Vec<(String, u8)>,
    parking: Vec<String>,
}

fn group_work() -> impl Strategy<Value = GroupWork> {
    (
        prop::collection::vec((0..3usize, 0..3usize, text()), 0..6),
        prop::collection::vec((text(), text()), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec((text(), 1..=4u8), 0..2),
        prop::collection::vec(text(), 0..2),
    )
        .prop_map(|(answers, decisions, actions, risks, parking)| GroupWork {
            answers,
            decisions,
            actions,
            risks,
            parking,
        })
}

fn fill(group: &mut Session, work: &GroupWork) {
    let by = "member";
    for (s, p, text) in &work.answers {
        let sub = SUBSTEPS[*s];
        group.set_answer(sub, &format!("{sub}.{}", PROMPTS[*p]), text, t(100), by);
    }
    for (title, why) in &work.decisions {
        group.add_decision(
            DecisionDraft {
                step: "assess-landscape".into(),
                substep: Some("define-purpose".into()),
                title: title.clone(),
                rationale: why.clone(),
                principles: vec![],
            },
            t(100),
            by,
        );
    }
    for a in &work.actions {
        group.add_action(
            ActionDraft {
                text: a.clone(),
                owner: "Ana".into(),
                ..Default::default()
            },
            t(100),
            by,
        );
    }
    for (r, score) in &work.risks {
        group.add_risk(
            RiskDraft {
                description: r.clone(),
                likelihood: *score,
                impact: *score,
                ..Default::default()
            },
            t(100),
            by,
        );
    }
    for p in &work.parking {
        group.add_parking(p, t(100), by);
    }
}

fn substeps() -> Vec<String> {
    SUBSTEPS.iter().map(|s| s.to_string()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn merge_loses_nothing_attributes_everything_and_is_idempotent(
        works in prop::collection::vec(group_work(), 1..5),
        order in any::<bool>(),
    ) {
        let mut plenary = plenary();
        let own_answer = plenary.answer_text("define-purpose", "define-purpose.p1").to_string();
        let mut groups = breakout::split(&plenary, works.len(), &substeps(), t(10), "Fac");
        prop_assert_eq!(groups.len(), works.len());
        for (g, w) in groups.iter_mut().zip(&works) {
            fill(g, w);
        }
        let mut merge_order: Vec<usize> = (0..groups.len()).collect();
        if order {
            merge_order.reverse();
        }
        for &i in &merge_order {
            breakout::merge(&mut plenary, &groups[i], t(200), "Fac").unwrap();
        }

        // The plenary's own answer is untouched.
        prop_assert_eq!(plenary.answer_text("define-purpose", "define-purpose.p1"), own_answer.as_str());

        for (g, w) in groups.iter().zip(&works) {
            let name = &g.breakout.origin.as_ref().unwrap().group;
            // Every non-empty answer the group holds is in the plenary, attributed to this group.
            for (sub, rec) in &g.substeps {
                for (prompt, answer) in &rec.answers {
                    if answer.text.trim().is_empty() {
                        continue;
                    }
                    let list = &plenary.breakout.answers[&format!("{sub}/{prompt}")];
                    let mine: Vec<_> = list.iter().filter(|a| a.group_session == g.id).collect();
                    prop_assert_eq!(mine.len(), 1, "one entry per group and prompt");
                    prop_assert_eq!(&mine[0].text, &answer.text);
                    prop_assert_eq!(&mine[0].group, name);
                }
            }
            // Every decision, action, risk and point is there once, with the group's name.
            let tagged = |t: &str| format!("{name}: {t}");
            for (title, _) in &w.decisions {
                let hits = plenary.decisions.iter().filter(|d| d.title == tagged(title)).count();
                prop_assert!(hits >= 1, "decision {title:?} lost");
                let d = plenary.decisions.iter().find(|d| d.title == tagged(title)).unwrap();
                prop_assert_eq!(&d.status, &DecisionStatus::Proposed);
            }
            for a in &w.actions {
                prop_assert!(plenary.actions.iter().any(|x| x.text == tagged(a)), "action {a:?} lost");
            }
            for (r, _) in &w.risks {
                prop_assert!(plenary.risks.iter().any(|x| x.description == tagged(r)), "risk {r:?} lost");
            }
            for p in &w.parking {
                prop_assert!(plenary.parking_lot.iter().any(|x| x.text == tagged(p)), "point {p:?} lost");
            }
        }
        let group_items: usize = groups
            .iter()
            .map(|g| g.decisions.len() + g.actions.len() + g.risks.len() + g.parking_lot.len())
            .sum();
        prop_assert_eq!(
            plenary.decisions.len() + plenary.actions.len() + plenary.risks.len() + plenary.parking_lot.len(),
            group_items,
            "nothing duplicated in the first merge"
        );

        // Merging every file again changes nothing at all.
        let before = plenary.clone();
        for g in &groups {
            let report = breakout::merge(&mut plenary, g, t(300), "Fac").unwrap();
            prop_assert!(!report.changed(), "{}", report.summary());
        }
        prop_assert_eq!(&plenary, &before);
    }

    #[test]
    fn a_changed_group_answer_keeps_its_earlier_wording(first in text(), second in text()) {
        prop_assume!(first != second && !first.trim().is_empty() && !second.trim().is_empty());
        let mut plenary = plenary();
        let mut g = breakout::split(&plenary, 1, &substeps(), t(10), "Fac").remove(0);
        g.set_answer("data-review", "data-review.p1", &first, t(20), "m");
        breakout::merge(&mut plenary, &g, t(30), "Fac").unwrap();
        g.set_answer("data-review", "data-review.p1", &second, t(40), "m");
        let report = breakout::merge(&mut plenary, &g, t(50), "Fac").unwrap();
        prop_assert_eq!(report.answers_changed, 1);
        let entry = &plenary.breakout.answers["data-review/data-review.p1"][0];
        prop_assert_eq!(&entry.text, &second);
        prop_assert_eq!(&entry.earlier, &vec![first.clone()]);
    }
}

#[test]
fn split_makes_named_groups_carrying_the_sub_steps() {
    let plenary = plenary();
    let subs = vec!["data-review".to_string()];
    let groups = breakout::split(&plenary, 3, &subs, t(5), "Fac");
    let names: Vec<&str> = groups
        .iter()
        .map(|g| g.breakout.origin.as_ref().unwrap().group.as_str())
        .collect();
    assert_eq!(names, ["Group 1", "Group 2", "Group 3"]);
    for g in &groups {
        let o = g.breakout.origin.as_ref().unwrap();
        assert_eq!(o.plenary_id, plenary.id);
        assert_eq!(o.substeps, subs);
        assert_eq!(g.template, plenary.template);
        assert_ne!(g.id, plenary.id);
        assert!(g.substeps.is_empty(), "groups start with no answers");
        assert_eq!(g.position.as_ref().unwrap().substep, "data-review");
    }
    assert_ne!(groups[0].id, groups[1].id);
}

#[test]
fn foreign_and_non_group_files_are_refused_without_change() {
    let mut plenary = plenary();
    let before = plenary.clone();
    let other = Session::new("Other", "pim-training", ContentRef::default(), "X", t(0));
    assert_eq!(
        breakout::merge(&mut plenary, &other, t(1), "Fac"),
        Err(MergeError::NotAGroup)
    );
    let mut foreign = breakout::split(&other, 1, &substeps(), t(1), "X").remove(0);
    foreign.set_answer("data-review", "data-review.p1", "text", t(2), "m");
    assert!(matches!(
        breakout::merge(&mut plenary, &foreign, t(3), "Fac"),
        Err(MergeError::OtherPlenary(_))
    ));
    let copy = plenary.clone();
    let mut plenary_as_group = copy.clone();
    plenary_as_group.breakout.origin = Some(breakout::GroupOrigin {
        plenary_id: plenary.id.clone(),
        ..Default::default()
    });
    assert_eq!(
        breakout::merge(&mut plenary, &plenary_as_group, t(3), "Fac"),
        Err(MergeError::SameSession)
    );
    assert_eq!(plenary, before);
}

#[test]
fn merged_actions_keep_links_to_merged_decisions() {
    let mut plenary = plenary();
    let mut g = breakout::split(&plenary, 1, &substeps(), t(10), "Fac").remove(0);
    let d = g.add_decision(
        DecisionDraft {
            step: "assess-landscape".into(),
            title: "Use the existing registration data".into(),
            ..Default::default()
        },
        t(20),
        "m",
    );
    g.add_action(
        ActionDraft {
            text: "Ask for access".into(),
            decisions: vec![d],
            ..Default::default()
        },
        t(21),
        "m",
    );
    let report = breakout::merge(&mut plenary, &g, t(30), "Fac").unwrap();
    assert_eq!((report.decisions, report.actions), (1, 1));
    let new_d = &plenary.decisions[0];
    assert_eq!(new_d.title, "Group 1: Use the existing registration data");
    assert_eq!(plenary.actions[0].decisions, vec![new_d.id.clone()]);
    assert!(report.summary().contains("1 decision (as a proposal)"));
}

const PRINCIPLES: [&str; 3] = ["people-centred", "do-no-harm", "defined-purpose"];

fn principle_checks() -> impl Strategy<Value = Vec<(usize, usize, usize, String)>> {
    prop::collection::vec(
        (
            0..3usize,
            0..3usize,
            0..4usize,
            prop_oneof![Just(String::new()), text()],
        ),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    /// B9 and B16: the groups' Principles in Action come back as proposals beside the plenary's own,
    /// attributed to the group, in group order whatever order the files are merged in, and a second
    /// merge changes nothing.
    #[test]
    fn principles_come_back_in_group_order_and_only_once(
        checks in prop::collection::vec(principle_checks(), 1..5),
        order in Just((0..4usize).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let mut plenary = plenary();
        plenary.set_principle_check(
            "define-purpose", "do-no-harm", PrincipleStatus::Concern, "the room's concern", t(2), "Fac",
        );
        let own = plenary.substeps["define-purpose"].principles["do-no-harm"].clone();
        let mut groups = breakout::split(&plenary, checks.len(), &substeps(), t(10), "Fac");
        for (g, list) in groups.iter_mut().zip(&checks) {
            let by = g.facilitator.clone();
            for (s, p, status, note) in list {
                g.set_principle_check(
                    SUBSTEPS[*s], PRINCIPLES[*p], PrincipleStatus::ALL[*status], note, t(100), &by,
                );
            }
        }
        // Merged in a shuffled order, with the files handed over in that order too.
        for &i in order.iter().filter(|&&i| i < groups.len()) {
            breakout::merge(&mut plenary, &groups[i], t(200), "Fac").unwrap();
        }
        prop_assert_eq!(&plenary.substeps["define-purpose"].principles["do-no-harm"], &own);
        for (n, g) in groups.iter().enumerate() {
            let name = format!("Group {}", n + 1);
            prop_assert_eq!(&g.facilitator, &name, "a group file speaks for its group");
            for (sub, rec) in &g.substeps {
                for (principle, check) in &rec.principles {
                    let mine: Vec<_> = breakout::proposals(&plenary, sub, principle)
                        .iter()
                        .filter(|p| p.group_session == g.id)
                        .collect();
                    if check.status == PrincipleStatus::Open && check.note.trim().is_empty() {
                        prop_assert!(mine.is_empty());
                        continue;
                    }
                    prop_assert_eq!(mine.len(), 1);
                    prop_assert_eq!(mine[0].status, check.status);
                    prop_assert_eq!(&mine[0].note, &check.note);
                    prop_assert_eq!(&mine[0].group, &name, "attributed to the group");
                }
            }
        }
        // Every list, answers and principles alike, reads Group 1, Group 2… in order.
        let index = |id: &str| groups.iter().position(|g| g.id == id).unwrap();
        for list in plenary.breakout.principles.values() {
            let seen: Vec<usize> = list.iter().map(|p| index(&p.group_session)).collect();
            let mut sorted = seen.clone();
            sorted.sort_unstable();
            prop_assert_eq!(seen, sorted);
        }
        let before = plenary.clone();
        for g in groups.iter().rev() {
            let report = breakout::merge(&mut plenary, g, t(300), "Fac").unwrap();
            prop_assert!(!report.changed(), "{}", report.summary());
        }
        prop_assert_eq!(&plenary, &before);
    }
}

#[test]
fn the_merge_message_counts_the_principles() {
    let mut plenary = plenary();
    let mut g = breakout::split(&plenary, 2, &substeps(), t(10), "Fac").remove(1);
    g.set_principle_check(
        "data-review",
        "do-no-harm",
        PrincipleStatus::Addressed,
        "no names collected",
        t(20),
        "m",
    );
    let report = breakout::merge(&mut plenary, &g, t(30), "Fac").unwrap();
    assert_eq!(report.principles, 1);
    assert!(
        report
            .summary()
            .ends_with("1 principle status (as a proposal)"),
        "{}",
        report.summary()
    );
    let p = &breakout::proposals(&plenary, "data-review", "do-no-harm")[0];
    assert_eq!(
        (p.group.as_str(), p.note.as_str()),
        ("Group 2", "no names collected")
    );
}

#[test]
fn a_second_round_is_named_with_its_round_and_comes_after_the_first() {
    let mut plenary = plenary();
    let mut first = breakout::split(&plenary, 2, &substeps(), t(10), "Fac");
    breakout::stamp_round(&mut first, 1);
    let round = breakout::next_round(first.iter().filter_map(|g| g.breakout.origin.as_ref()));
    assert_eq!(round, 2);
    let mut second = breakout::split(&plenary, 2, &substeps(), t(20), "Fac");
    breakout::stamp_round(&mut second, round);
    for g in second.iter_mut().chain(first.iter_mut()) {
        let name = g.facilitator.clone();
        g.set_answer("data-review", "data-review.p1", &name, t(30), "m");
    }
    // Round 2 merged first, group 2 before group 1: the plenary still reads them in order.
    for g in second.iter().rev().chain(first.iter().rev()) {
        breakout::merge(&mut plenary, g, t(40), "Fac").unwrap();
    }
    let names: Vec<&str> = plenary.breakout.answers["data-review/data-review.p1"]
        .iter()
        .map(|a| a.group.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Group 1",
            "Group 2",
            "Round 2 · Group 1",
            "Round 2 · Group 2"
        ]
    );
}
