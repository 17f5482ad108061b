//! End-to-end: a whole workshop in the real binary — the wizard, answers in two sub-steps (é, 日本語,
//! Arabic), principle statuses, two decisions (one superseding the other), an action with a due date, a
//! risk; quit, reopen, and everything is on screen again and in the JSON file.

mod support;

use std::path::PathBuf;

use support::pty::PtyApp;

/// The session file the wizard created.
fn session_file(dir: &std::path::Path) -> PathBuf {
    support::fixtures::only_file(&dir.join("sessions"), "json")
}

#[test]
fn a_whole_session_survives_quit_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 100, 30, &[]);
    app.wait_for("New session");

    // The wizard: template stays "Full PIM Process"; title, facilitator, participants.
    app.send("\r");
    app.wait_for("Kind");
    app.send("\t");
    app.send("Kalma scoping");
    app.send("\t");
    app.send("Amina Haddad");
    app.send("\t");
    app.send("José Ferreira (Kestrel, PM)");
    app.send("\x13");
    app.wait_for("sub-step 1 of 12");

    // Two answers in sub-step 1, one in sub-step 2.
    app.send("\r");
    app.wait_for("typing: Esc when done");
    app.send("Décider où vont les équipes 日本語");
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.send("j");
    app.send("\r");
    app.send("No household lists are needed");
    app.send("\x1b");
    // After Esc, wait for the screen: Esc followed at once by a key reads as Alt+key.
    app.wait_for("Enter to write");
    app.send("]");
    app.wait_for("sub-step 2 of 12");
    app.send("\r");
    app.send("تقرير الرصد الشهري");
    app.send("\x1b");
    app.wait_for("Enter to write");

    // Principles in Action: people-centred addressed, do no harm a concern (for sub-step 2).
    app.send("\t");
    app.wait_for("Principles in Action");
    app.send(" ");
    app.send("j");
    app.send("  ");
    app.wait_for("Do no harm — concern");
    app.send("\t");
    app.send("\t");

    // Decision D-1, then D-2 superseding it.
    app.send("d");
    app.wait_for("Record a decision");
    app.send("Run a 12-site survey");
    app.send("\x13");
    app.wait_for("Decision D-1 recorded");
    app.send("D");
    app.wait_for("D-1 [agreed]");
    app.send("s");
    app.wait_for("superseding D-1");
    app.send("Use existing monitoring data");
    app.send("\x13");
    app.wait_for("superseded by D-2");

    // An action due in a week, from the actions list.
    app.send("\t");
    app.send("n");
    app.wait_for("Add an action");
    app.send("Ask Kestrel for the October dataset");
    app.send("\t");
    app.send("Amina");
    app.send("\t");
    app.send("+7d");
    app.send("\x13");
    let due = (chrono::Local::now().date_naive() + chrono::Days::new(7)).to_string();
    app.wait_for(&format!("due {due}"));

    // A risk on the map.
    app.send("\t");
    app.send("n");
    app.wait_for("Add a risk");
    app.send("Respondents targeted after FGDs");
    app.send("\x13");
    app.wait_for("R-1 L2×I2=4");
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.wait_for("✓ saved");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    // The file holds it all.
    let path = session_file(dir.path());
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    assert_eq!(s.title, "Kalma scoping");
    assert_eq!(s.participants[0].organisation, "Kestrel");
    assert_eq!(
        s.answer_text("define-purpose", "define-purpose.decisions"),
        "Décider où vont les équipes 日本語"
    );
    assert_eq!(
        s.answer_text("define-purpose", "define-purpose.not-needed"),
        "No household lists are needed"
    );
    let review = pim_workshop::content::load_embedded().unwrap();
    let first_review_prompt = review.prompts_for("full-process", "data-review")[0].id;
    assert_eq!(
        s.answer_text("data-review", first_review_prompt),
        "تقرير الرصد الشهري"
    );
    let checks = &s.substeps["data-review"].principles;
    assert_eq!(
        checks["people-centred"].status,
        pim_workshop::session::PrincipleStatus::Addressed
    );
    assert_eq!(
        checks["do-no-harm"].status,
        pim_workshop::session::PrincipleStatus::Concern
    );
    assert_eq!(
        s.decisions[0].status,
        pim_workshop::session::DecisionStatus::Superseded { by: "D-2".into() }
    );
    assert_eq!(s.decisions[1].supersedes.as_deref(), Some("D-1"));
    assert_eq!(s.actions[0].due.map(|d| d.to_string()), Some(due.clone()));
    assert_eq!(s.risks[0].description, "Respondents targeted after FGDs");

    // Reopen: back where it was left, and everything is on screen again.
    let mut again = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 100, 30, &[]);
    again.wait_for("sub-step 2 of 12");
    again.wait_for("تقرير الرصد الشهري");
    again.send("\t");
    again.wait_for("Do no harm — concern");
    again.send("\t");
    again.send("\t");
    again.send("[");
    again.wait_for("Décider où vont les équipes 日本語");
    again.send("D");
    again.wait_for("D-1 [superseded by D-2] Run a 12-site survey");
    again.wait_for("D-2 [agreed] Use existing monitoring data");
    again.send("\t");
    again.wait_for(&format!("due {due}"));
    again.send("\t");
    again.wait_for("Respondents targeted after FGDs");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}
