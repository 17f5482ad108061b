//! Breakout groups on the screens: the split form assigns participants (balanced by organisation,
//! by hand with a rapporteur) and labels the round; the guidance panel shows the groups' principle
//! proposals beside the plenary's own; a live group's answer shows as "Group 2 · updated 40 s ago" in
//! the workshop and the presenter view; a read-only session follows its file, a writable one never
//! takes a changed file over its own.

mod support;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use pim_workshop::session::{PrincipleStatus, Session, breakout};
use pim_workshop::tui::facil::{FacilAction, FacilEffect};
use pim_workshop::tui::msg::LiveFile;
use pim_workshop::tui::update::{Action, Effect, update};
use support::app::session_of;
use support::keys::{press, press_char, save_form, type_text};
use support::render::screen;

fn at(secs: i64) -> DateTime<FixedOffset> {
    support::app::clock() + chrono::Duration::seconds(secs)
}

fn plenary() -> Session {
    let mut s =
        support::fixtures::fresh_session("Amman training", "pim-training", "Hélène", at(-3600));
    s.participants = pim_workshop::session::participants::parse_list(
        "Amina (NRC); Ben (NRC); Dana (UNHCR); Eli (UNHCR)",
    );
    s
}

fn first_prompt() -> (String, String) {
    let pack = support::fixtures::pack();
    let sub = pack.template_substeps("pim-training")[0].to_string();
    let prompt = pack.prompts_for("pim-training", &sub)[0].id.to_string();
    (sub, prompt)
}

fn written_groups(effects: &[Effect]) -> Vec<Session> {
    match effects {
        [Effect::Facil(FacilEffect::WriteGroups { groups, .. })] => groups.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_split_form_balances_organisations_and_takes_groups_by_hand() {
    let mut app = support::app::with_session(100, 30, "amman.json", plenary(), None);
    press_char(&mut app, 'G');
    press(&mut app, KeyCode::Backspace);
    press_char(&mut app, '2');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    // Assign: nobody → at random → balanced by organisation.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "Data review");
    let groups = written_groups(&save_form(&mut app));
    assert_eq!(groups.len(), 2);
    for g in &groups {
        let orgs: Vec<&str> = g
            .participants
            .iter()
            .map(|p| p.organisation.as_str())
            .collect();
        assert_eq!(orgs, ["NRC", "UNHCR"], "one of each organisation per group");
        assert_eq!(
            g.breakout.origin.as_ref().unwrap().round_label,
            "Data review"
        );
    }

    // By hand: the number of groups follows what is written.
    press_char(&mut app, 'G');
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(
        &mut app,
        "Water: Amina, *Dana | Shelter: Ben, Eli | Health: Zoe",
    );
    let groups = written_groups(&save_form(&mut app));
    let names: Vec<&str> = groups
        .iter()
        .map(|g| g.breakout.origin.as_ref().unwrap().group.as_str())
        .collect();
    assert_eq!(names, ["Water", "Shelter", "Health"]);
    assert_eq!(
        groups[0].facilitator, "Dana",
        "the rapporteur speaks for the group"
    );
    assert_eq!(groups[1].facilitator, "Shelter");
    assert_eq!(groups[2].participants[0].name, "Zoe");
}

#[test]
fn random_assignment_without_participants_keeps_the_form_open_with_a_sentence() {
    let mut s = plenary();
    s.participants.clear();
    let mut app = support::app::with_session(100, 30, "amman.json", s, None);
    press_char(&mut app, 'G');
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    assert!(save_form(&mut app).is_empty());
    let text = screen(&app);
    assert!(text.contains("no participants to assign"), "{text}");
}

/// A group file of `plenary`, number `n`, answering the first prompt and setting a principle.
fn group_of(plenary: &Session, n: usize, answer: &str) -> Session {
    let mut g = breakout::split(plenary, n, &[first_prompt().0], at(0), "Hélène").remove(n - 1);
    let (sub, prompt) = first_prompt();
    g.set_answer(&sub, &prompt, answer, at(10), "G");
    g.set_principle_check(
        &sub,
        "do-no-harm",
        PrincipleStatus::Concern,
        "names on paper",
        at(10),
        "G",
    );
    g
}

#[test]
fn live_and_merged_groups_show_in_order_with_when_they_were_saved() {
    let p = plenary();
    let id = p.id.clone();
    let mut app = support::app::with_session(140, 40, "amman.json", p.clone(), None);
    // Group 1 was merged; group 2 is only on disk, saved 40 s ago.
    let g1 = group_of(&p, 1, "Mobile teams by governorate");
    support::app::session_of_mut(&mut app).breakout = {
        let mut merged = p.clone();
        breakout::merge(&mut merged, &g1, at(20), "Hélène").unwrap();
        merged.breakout
    };
    let g2 = group_of(&p, 2, "Winter cash targeting");
    update(
        &mut app,
        Action::Facil(FacilAction::Live(LiveFile {
            path: "/data/sessions/amman-group-2.json".into(),
            session: Box::new(g2),
            modified: at(-40),
        })),
    );
    // A file of another plenary is ignored.
    let other = support::fixtures::fresh_session("Other", "pim-training", "X", at(0));
    update(
        &mut app,
        Action::Facil(FacilAction::Live(LiveFile {
            path: "/data/sessions/other-group-1.json".into(),
            session: Box::new(group_of(&other, 1, "Not ours")),
            modified: at(-5),
        })),
    );
    let text = screen(&app);
    assert!(text.contains("Group 2 · updated 40 s ago"), "{text}");
    assert!(text.contains("Winter cash targeting"), "{text}");
    assert!(!text.contains("Not ours"), "{text}");
    let one = text.find("Mobile teams").expect("group 1 shown");
    let two = text.find("Winter cash").expect("group 2 shown");
    assert!(one < two, "group order");
    // The presenter view puts them side by side, in the same order.
    press_char(&mut app, 'f');
    let text = screen(&app);
    let (one, two) = (
        text.find("Group 1").unwrap(),
        text.find("Group 2 · updated").unwrap(),
    );
    assert!(one < two, "{text}");
    press_char(&mut app, 'f');
    // The guidance panel shows group 1's principle proposal beside the plenary's own status.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let text = screen(&app);
    assert!(
        text.contains("Group 1 proposes: concern — names on paper"),
        "{text}"
    );
    assert_eq!(session_of(&app).id, id, "nothing replaced the plenary");
}

#[test]
fn a_read_only_session_follows_its_file_and_a_writable_one_never_does() {
    let p = plenary();
    let mut changed = p.clone();
    let (sub, prompt) = first_prompt();
    changed.set_answer(
        &sub,
        &prompt,
        "Typed in the other instance",
        at(5),
        "Hélène",
    );
    let file = |s: &Session| LiveFile {
        path: "/data/sessions/amman.json".into(),
        session: Box::new(s.clone()),
        modified: at(5),
    };
    let mut writable = support::app::with_session(120, 35, "amman.json", p.clone(), None);
    update(
        &mut writable,
        Action::Facil(FacilAction::Live(file(&changed))),
    );
    assert_eq!(
        session_of(&writable),
        &p,
        "the writer's own session is never taken over"
    );

    let mut reader = support::app::with_session(120, 35, "amman.json", p, Some("open on host vm"));
    let effects = update(
        &mut reader,
        Action::Facil(FacilAction::Live(file(&changed))),
    );
    assert!(effects.is_empty(), "nothing is saved");
    assert_eq!(session_of(&reader), &changed);
    let text = screen(&reader);
    assert!(text.contains("Typed in the other instance"), "{text}");
    assert!(text.contains("follows it"), "{text}");
}

#[test]
fn the_merge_form_says_which_groups_are_merged_already() {
    let p = plenary();
    let mut app = support::app::with_session(120, 35, "amman.json", p.clone(), None);
    let mut merged = p.clone();
    for n in [2, 1] {
        let g = group_of(&p, n, &format!("answer {n}"));
        breakout::merge(&mut merged, &g, at(20 + n as i64 * 60), "Hélène").unwrap();
    }
    support::app::session_of_mut(&mut app).breakout = merged.breakout;
    let effects = press_char(&mut app, 'J');
    assert!(matches!(
        &effects[..],
        [Effect::Facil(FacilEffect::FindGroups { .. })]
    ));
    update(
        &mut app,
        Action::Facil(FacilAction::GroupsFound(vec![
            "/data/sessions/g1.json".into(),
        ])),
    );
    let text = screen(&app);
    assert!(
        text.contains("Merged already: Group 1 (10:01), Group 2 (10:02)"),
        "{text}"
    );
}
