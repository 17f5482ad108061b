//! Searching inside the library's sessions from the home screen, in a real pseudo-terminal: `f`, a
//! query without its accents, the match listed with its session's title and place, Enter opens the
//! session read-only at the match — nothing written, no lock taken.

mod support;

use support::pty::PtyApp;

#[test]
fn home_search_opens_the_session_read_only_at_the_match() {
    let pack = pim_workshop::content::load_embedded().unwrap();
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    pim_sample::write_library(&pack, &sessions, 25).unwrap();
    let mut s = pim_sample::library_session(&pack, 99);
    s.title = "Kalma — revue des accès".into();
    s.decisions.push(pim_workshop::session::Decision {
        id: "D-500".into(),
        step: "1".into(),
        title: "Réunion sur la route de Tessa chaque lundi".into(),
        ..Default::default()
    });
    let path = sessions.join("kalma-revue.json");
    pim_workshop::storage::save_session_with(&path, &s, false).unwrap();
    let before = std::fs::read(&path).unwrap();
    let names_before = names(&sessions);

    let mut app = PtyApp::spawn(&[], data.path(), 100, 30, &[]);
    app.wait_for("New session");
    app.send("f");
    app.wait_for("Search in sessions:");
    app.send("REUNION sur la route");
    app.wait_for("REUNION sur la route");
    app.send("\r");
    app.wait_for("1 match in 1 session (26 files searched)");
    app.wait_for("Kalma — revue des accès — Decision D-500");
    app.send("\r");
    app.wait_for("Review › Kalma — revue des accès");
    app.wait_for("Read-only");
    // The first line shown is the match, highlighted by the search kept from the library.
    app.wait_until("the match at the top of the review", |screen| {
        let body: Vec<&str> = screen.lines().skip(3).take(3).collect();
        body.iter()
            .any(|l| l.contains("Réunion sur la route de Tessa"))
    });
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is unchanged"
    );
    assert_eq!(
        names(&sessions),
        names_before,
        "no lock, backup or temp file"
    );
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
