//! End-to-end in a real pseudo-terminal: a session whose module timer was left running overnight
//! (B10). Opening it asks whether to stop the timer at the close time or keep counting; `y` stops it
//! there, keeping the hour really spent; `q` then quits at once (no timer runs); the file holds the
//! stopped timer.

mod support;

use support::pty::PtyApp;

#[test]
fn reopening_a_timer_left_running_asks_and_stops_it_at_the_close_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "pim-training", "Overnight timer test");
    let now = chrono::Local::now().fixed_offset();
    let started = now - chrono::Duration::hours(17);
    let closed = now - chrono::Duration::hours(16);
    support::fixtures::edit_json(&path, |v| {
        v["updated"] = serde_json::json!(closed.to_rfc3339());
        v["facilitation"] = serde_json::json!({ "agenda": {
            "current": "matrix",
            "modules": { "matrix": {
                "elapsed_secs": 0,
                "running_since": started.to_rfc3339(),
                "started": started.to_rfc3339()
            } }
        } });
    });
    let mut app = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 100, 30, &[]);
    app.wait_for("was running when the session");
    let at = closed.format("%H:%M").to_string();
    assert!(
        app.screen_text().contains(&at),
        "the close time: {}",
        app.screen_text()
    );

    app.send("y");
    app.wait_for(&format!("stopped at {at}"));
    assert!(
        !app.screen_text().contains("TIME UP"),
        "{}",
        app.screen_text()
    );

    // No timer runs any more: q quits without a question.
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    let rec = &s.facilitation.agenda.modules["matrix"];
    assert!(rec.running_since.is_none(), "stopped in the file: {rec:?}");
    assert_eq!(
        rec.elapsed_secs, 3600,
        "the hour before the close, not the night"
    );
    assert!(
        s.timeline
            .iter()
            .any(|e| e.summary.contains("stopped at") && e.summary.contains("The PIM Matrix")),
        "{:#?}",
        s.timeline
    );
}
