//! The same answers, typed in the TUI and fed to the plain front on a pipe, give the same session
//! content (issue #22): answers, sub-step and principle statuses, decisions.

mod support;

use crossterm::event::KeyCode;
use pim_workshop::session::Session;
use serde_json::Value;
use support::app::{session_of, with_session};
use support::keys::{press, save_form, type_text};

fn fresh() -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap();
    support::fixtures::fresh_session(
        "Kalma scoping",
        "needs-assessment-scoping",
        "Amina Haddad",
        at,
    )
}

/// What both fronts must agree on, without when and by whom.
fn content(s: &Session) -> Value {
    let mut substeps = serde_json::Map::new();
    for (id, r) in &s.substeps {
        let answers: serde_json::Map<String, Value> = r
            .answers
            .iter()
            .map(|(p, a)| {
                (
                    p.clone(),
                    serde_json::json!({ "text": a.text, "picks": a.picks }),
                )
            })
            .collect();
        let principles: serde_json::Map<String, Value> = r
            .principles
            .iter()
            .map(|(p, c)| {
                (
                    p.clone(),
                    serde_json::json!({ "status": c.status.as_str(), "note": c.note }),
                )
            })
            .collect();
        substeps.insert(
            id.clone(),
            serde_json::json!({ "status": r.status.as_str(), "answers": answers, "principles": principles }),
        );
    }
    let decisions: Vec<Value> = s
        .decisions
        .iter()
        .map(|d| {
            serde_json::json!({ "id": d.id, "step": d.step, "substep": d.substep, "title": d.title,
                "rationale": d.rationale, "principles": d.principles, "status": d.status.as_str() })
        })
        .collect();
    serde_json::json!({ "substeps": substeps, "decisions": decisions })
}

fn typed_in_the_tui() -> Session {
    let mut app = with_session(100, 30, "kalma.json", fresh(), None);
    // The second prompt (the request in the requester's words), written.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Where the mobile teams go next quarter");
    press(&mut app, KeyCode::Esc);
    // The first principle, one step on: addressed.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Char('d'));
    type_text(&mut app, "Run a 12-site survey");
    // Ctrl+S saves a form from any field (Enter in a one-line field goes to the next one).
    save_form(&mut app);
    session_of(&app).clone()
}

fn fed_to_the_plain_front() -> Session {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kalma.json");
    pim_workshop::storage::save_session(&path, &fresh()).unwrap();
    let script = "answer 2\nWhere the mobile teams go next quarter\n.\nprinciples\n1\n2\n\ndone\ndecide\nRun a 12-site survey\n\n\n\nquit\n";
    let mut cmd = support::bin::bin();
    cmd.arg("--data-dir")
        .arg(dir.path())
        .args(["--plain", "open"])
        .arg(&path);
    let out = support::bin::with_input(&mut cmd, script);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    support::fixtures::read_session(&path)
}

#[test]
fn a_script_on_stdin_gives_the_session_the_same_keys_give_in_the_tui() {
    let tui = content(&typed_in_the_tui());
    let plain = content(&fed_to_the_plain_front());
    assert_eq!(plain, tui);
    // And it is not the same by being empty.
    assert_eq!(tui["decisions"][0]["title"], "Run a 12-site survey");
    assert_eq!(tui["substeps"]["define-purpose"]["status"], "done");
    assert_eq!(
        tui["substeps"]["define-purpose"]["principles"]["people-centred"]["status"],
        "addressed"
    );
}
