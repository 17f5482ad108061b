//! End-to-end in a real pseudo-terminal: open a training, start the current module's timer from the
//! agenda, watch it count in the header, pause it, toggle the presenter view on and off, quit; the
//! timer's state is in the session file.

mod support;

use support::pty::PtyApp;

#[test]
fn start_and_pause_a_timer_and_toggle_presenter_view() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "pim-training", "Tamsin Plain training");
    let mut app = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 80, 24, &[]);
    app.wait_for("sub-step 1 of 12");

    // The agenda, then Enter starts the first module's timer: the header counts down.
    app.send("t");
    app.wait_for("Agenda");
    app.send("\r");
    app.wait_for("▶ 29:5");
    app.wait_until("the timer counts", |s| {
        s.contains("▶ 29:57") || s.contains("▶ 29:56")
    });

    // Space pauses it: the header shows the paused mark and stops changing.
    app.send(" ");
    app.wait_for("‖ 29:");
    let paused: String = app
        .screen_text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    std::thread::sleep(std::time::Duration::from_millis(1300));
    let later: String = app
        .screen_text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let clock = |line: &str| line.split("‖ ").nth(1).map(|s| s[..5].to_string());
    assert_eq!(
        clock(&paused),
        clock(&later),
        "a paused timer does not move"
    );

    // Presenter view: the panels go, the module and its objectives show large; f again brings them back.
    app.send("f");
    app.wait_until("presenter view", |s| {
        s.contains("Learning objectives") && !s.contains("┌ Agenda")
    });
    assert!(app.screen_text().contains("██"), "big digits");
    app.send("f");
    app.wait_for("┌ Agenda");

    // Back in the workshop the presenter view shows the prompt, and the timer stays in the header.
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.send("f");
    app.wait_until("workshop presenter", |s| {
        s.contains("What decisions or actions") && !s.contains("Process")
    });
    assert!(app.screen_text().contains("‖ 29:"));
    app.send("f");
    app.wait_for("Process");

    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    let agenda = &s.facilitation.agenda;
    assert_eq!(agenda.current.as_deref(), Some("opening"));
    let rec = &agenda.modules["opening"];
    assert!(rec.running_since.is_none(), "paused in the file");
    assert!(rec.elapsed_secs >= 2, "{rec:?}");
}
