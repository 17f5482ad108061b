//! End-to-end in a real pseudo-terminal: open a dot vote in a training, place dots, leave its screen,
//! come back to it with `V` (the list offers the open vote), go on where the voting stopped, close it;
//! the vote and its result are in the session file. And a free timer set with `w` shows in the header.

mod support;

use support::pty::PtyApp;

#[test]
fn an_open_vote_is_resumed_after_leaving_its_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "pim-training", "Tamsin Plain training");
    let mut app = PtyApp::spawn(&["open", path.to_str().unwrap()], dir.path(), 100, 30, &[]);
    app.wait_for("sub-step 1 of 12");

    // A vote by numbered groups (the session has no participants): the question, then Ctrl+S.
    app.send("V");
    app.wait_for("Question");
    app.send("Which system first?");
    app.send("\x13");
    app.wait_for("Voter: ◀ Group 1");
    // Group 1 places its three dots; the tally stays hidden while the vote is open.
    app.send("+++");
    app.wait_for("3 dots placed");
    assert!(!app.screen_text().contains('█'), "{}", app.screen_text());

    // Esc leaves the vote's screen at once; the notice says V brings it back.
    app.send("\x1b");
    app.wait_for("stays open");
    app.send("V");
    app.wait_for("V-1 Which system first?");
    app.wait_for("3 dots placed, 1 of 4 voters");
    // Enter resumes it with the next group that has dots to place.
    app.send("\r");
    app.wait_for("Voter: ◀ Group 2");
    app.send("j++");
    app.wait_for("5 dots placed");
    // Closing shows the result.
    app.send("c");
    app.wait_for("CLOSED, result recorded");
    assert!(app.screen_text().contains('█'), "{}", app.screen_text());

    // Back in the workshop, a free timer of 5 minutes counts down in the header.
    app.send("\x1b");
    app.wait_for("Dot votes");
    app.send("\x1b");
    app.wait_for("sub-step 1 of 12");
    app.send("w");
    app.wait_for("Free timer");
    app.send("5\tCoffee break");
    app.send("\x13");
    app.wait_until("the free timer counts", |s| {
        s.contains("▶ 04:59 Coffee break") || s.contains("▶ 04:58 Coffee break")
    });

    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    let s = pim_workshop::storage::load_session(&path).unwrap().session;
    let vote = s.vote("V-1").expect("the vote is in the file");
    assert!(vote.closed);
    assert_eq!(vote.totals()[0], 3, "{vote:?}");
    assert_eq!(vote.totals()[1], 2, "{vote:?}");
    assert!(
        s.timeline.iter().any(|e| e.summary.contains("V-1 closed")),
        "the result is in the timeline"
    );
    let timer = s
        .facilitation
        .free_timer
        .expect("the free timer is in the file");
    assert_eq!(
        (timer.label.as_str(), timer.planned_secs),
        ("Coffee break", 300)
    );
}
