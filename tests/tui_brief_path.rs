//! The brief path: `b` lists only the essential prompts, with a bar "9 of 14 for the brief"; the
//! other prompts come back with `b`. A prompt that refers to the key questions offers them (`i`).
//! Counted in the core, shown at 80×24.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::content::PromptKind;
use pim_workshop::scoping::brief_path::{offered_items, shown_prompts};
use pim_workshop::scoping::essential::{essential_prompts, progress};
use pim_workshop::session::Session;
use pim_workshop::tui::app::App;
use support::app::session_of as session;
use support::fixtures::{fresh_session, kalma, pack};
use support::keys::{press as key, press_char as ch};
use support::render::screen;

const SCOPING: &str = "needs-assessment-scoping";

fn empty_scoping() -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    fresh_session("Tessa scoping", SCOPING, "Amina Haddad", at)
}

fn open(session: Session) -> App {
    support::app::with_session(80, 24, "s.json", session, None)
}

/// The session with its first `n` essential prompts answered.
fn answered(n: usize) -> Session {
    let pack = pack();
    let mut s = empty_scoping();
    let at = s.created;
    for (sub, p) in essential_prompts(&pack, &s.clone()).into_iter().take(n) {
        let picks = match p.kind {
            PromptKind::RequestKind => vec![pack.matrix.request_kinds[0].id.clone()],
            PromptKind::Outputs => vec![pack.matrix.categories[0].output.items[0].id.clone()],
            PromptKind::Approach => vec![pim_workshop::scoping::USE_EXISTING_DATA.to_string()],
            _ => Vec::new(),
        };
        s.set_answer_picks(&sub, p.id, picks, "Written.", at, "A");
    }
    s
}

#[test]
fn the_brief_path_counts_the_essential_prompts_answered() {
    let pack = pack();
    assert_eq!(progress(&pack, &empty_scoping()), (0, 14));
    assert_eq!(progress(&pack, &answered(9)), (9, 14));
    assert_eq!(progress(&pack, &answered(14)), (14, 14));
    assert_eq!(
        progress(&pack, &kalma()),
        (14, 14),
        "the example answers them all"
    );
    // On the brief path each sub-step lists its essential prompts only, in order.
    let s = empty_scoping();
    let per_substep: Vec<usize> = pack
        .template_substeps(SCOPING)
        .into_iter()
        .map(|sub| shown_prompts(&pack, &s, sub, true).len())
        .collect();
    assert_eq!(per_substep, [7, 2, 0, 5]);
    let all: usize = pack
        .template_substeps(SCOPING)
        .into_iter()
        .map(|sub| shown_prompts(&pack, &s, sub, false).len())
        .sum();
    assert_eq!(all, 37);
    // A training marks no brief path: the toggle changes nothing there.
    let training = fresh_session("T", "pim-training", "A", s.created);
    assert_eq!(
        shown_prompts(&pack, &training, "define-purpose", true).len(),
        pack.prompts_for("pim-training", "define-purpose").len()
    );
}

#[test]
fn b_shows_the_essential_prompts_with_the_bar_and_b_again_shows_all() {
    let mut app = open(answered(9));
    let before = screen(&app);
    assert!(before.contains("prompt 1 of 11"), "{before}");
    ch(&mut app, 'b');
    let text = screen(&app);
    assert!(text.contains("Brief path: 9 of 14 for the brief"), "{text}");
    assert!(text.contains("prompt 1 of 7"), "{text}");
    insta::assert_snapshot!("brief_path_80x24", text);
    // ] passes over the sub-step with no essential prompt (2.2) to 2.3 after 1.2.
    ch(&mut app, ']');
    assert!(screen(&app).contains("prompt 1 of 2"), "{}", screen(&app));
    ch(&mut app, ']');
    let last = screen(&app);
    assert!(last.contains("Develop IM system"), "{last}");
    assert!(last.contains("prompt 1 of 5"), "{last}");
    // Down to the third essential prompt here (resources), then b: the same prompt, all listed.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    ch(&mut app, 'b');
    let all = screen(&app);
    assert!(all.contains("prompt 3 of 12"), "{all}");
    assert!(!all.contains("of 14 for the brief"), "{all}");
}

#[test]
fn the_data_review_offers_the_key_questions_one_by_one() {
    let pack = pack();
    let mut s = empty_scoping();
    let at = s.created;
    s.set_answer_picks(
        "define-purpose",
        "define-purpose.key-questions",
        vec![],
        "KQ1 Where are risks highest?\nKQ2 Who does monitoring miss?",
        at,
        "A",
    );
    let (_, view) = pack.prompt(SCOPING, "data-review.what-it-says").unwrap();
    let (from, items) = offered_items(&pack, &s, &view).unwrap();
    assert_eq!(from, "What key questions must the information answer?");
    assert_eq!(items.len(), 2);
    let mut app = open(s);
    ch(&mut app, ']');
    // To "What does the existing information already tell us about each of our key questions?".
    let prompts = pack.prompts_for(SCOPING, "data-review");
    let at = prompts
        .iter()
        .position(|p| p.id == "data-review.what-it-says")
        .unwrap();
    for _ in 0..at {
        key(&mut app, KeyCode::Down);
    }
    let text = screen(&app);
    assert!(
        text.contains("Press i to add the 2 key questions"),
        "{text}"
    );
    ch(&mut app, 'i');
    assert_eq!(
        session(&app).answer_text("data-review", "data-review.what-it-says"),
        "KQ1 Where are risks highest?: \nKQ2 Who does monitoring miss?: "
    );
    // The editor is open on it: what is typed follows the last question.
    for c in "partly".chars() {
        ch(&mut app, c);
    }
    key(&mut app, KeyCode::Esc);
    assert!(
        session(&app)
            .answer_text("data-review", "data-review.what-it-says")
            .ends_with("miss?: partly")
    );
    // Pressed again, nothing is doubled.
    ch(&mut app, 'i');
    key(&mut app, KeyCode::Esc);
    let text = session(&app).answer_text("data-review", "data-review.what-it-says");
    assert_eq!(text.matches("KQ1").count(), 1, "{text}");
}
