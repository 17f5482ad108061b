//! End-to-end in the real binary: create a scoping session with the wizard, record the request, the
//! areas and a system in the landscape register, pick the outputs needed and read the comparison,
//! record the approach, a decision and an action, preview the brief and export it.

mod support;

use support::fixtures::only_file;
use support::pty::PtyApp;

#[test]
fn a_request_is_scoped_and_the_brief_exported() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn(&[], dir.path(), 100, 30, &[]);
    app.wait_for("New session");

    // The wizard: the scoping template, a title, the facilitator.
    app.send("\r");
    app.wait_for("Kind");
    app.send("\x1b[D");
    app.send("\x1b[D");
    app.wait_for("Scoping a request with a manager");
    app.send("\t");
    app.send("Tessa scoping");
    app.send("\t");
    app.send("Amina Haddad");
    app.send("\x13");
    app.wait_for("sub-step 1 of 4");
    app.wait_for("What kind of exercise was requested?");

    // The request: a needs assessment, chosen in a form.
    app.send("\r");
    app.wait_for("Asked for");
    app.send("\x1b[C");
    app.wait_for("A needs assessment");
    app.send("\x13");
    app.wait_for("Request recorded.");

    // The request in the manager's words, then the areas (one per line).
    app.send("j");
    app.send("\r");
    app.wait_for("typing: Esc when done");
    app.send("We need a needs assessment in Lower Tessa");
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.send("jjjjjj");
    app.wait_for("Which areas does the request cover?");
    app.send("\r");
    app.wait_for("typing: Esc when done");
    app.send("Ferrin\rLower Tessa");
    app.send("\x1b");
    app.wait_for("Enter to write");

    // The landscape register: protection monitoring runs in Ferrin.
    app.send("L");
    app.wait_for("No systems mapped yet");
    app.send("n");
    app.wait_for("A system or source in the landscape");
    app.send("Kestrel monitoring\tKestrel\t\x1b[C\x1b[C\x1b[C\t\t\tFerrin");
    app.send("\x13");
    app.wait_for("Landscape L-1 added.");
    app.send(" ");
    app.wait_for("Protection Monitoring · active");
    app.send("\x1b");
    app.wait_for("Enter to write");

    // Output-first: two outputs from protection monitoring, one from population data.
    app.send("O");
    app.wait_for("1 Population Data");
    app.send(" ");
    app.wait_for("1 Population Data — 1 picked");
    app.send(&"j".repeat(20));
    app.send(" ");
    app.send("jj");
    app.send(" ");
    app.wait_for("3 Protection Monitoring — 2 picked");
    app.wait_for("Requested: a needs assessment");
    app.wait_until("the comparison", |s| {
        let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
        flat.contains("2 of your 3 needed outputs come from Protection Monitoring")
            && flat.contains("None of the needed outputs come from Protection Needs Assessment")
    });
    app.send("\x1b");
    app.wait_for("Enter to write");

    // The recommendation: use existing data, with the methods; the rationale; a decision; an action.
    app.send("]]]");
    app.wait_for("sub-step 4 of 4");
    app.send("jjj");
    app.wait_for("Which approach do you recommend");
    app.send("\r");
    app.wait_for("The approach recommended");
    app.send(" ");
    app.send("\t");
    app.send("Analyse Kestrel's monthly data with DTM figures");
    app.send("\x13");
    app.wait_for("Approach recorded.");
    app.send("j");
    app.send("\r");
    app.wait_for("typing: Esc when done");
    app.send("Kestrel already covers Ferrin every month");
    app.send("\x1b");
    app.wait_for("Enter to write");
    app.send("d");
    app.wait_for("Record a decision");
    app.send("No new assessment in Ferrin");
    app.send("\x13");
    app.wait_for("Decision D-1 recorded");
    app.send("a");
    app.wait_for("Add an action");
    // A due date far ahead: a date near the day the test was written became "overdue" the day after.
    app.send("Request Kestrel's site table\tAmina Haddad\t2099-12-31");
    app.send("\x13");
    app.wait_for("Action A-1 added");

    // The brief, previewed and exported.
    app.send("B");
    app.wait_for("THE REQUEST");
    app.wait_for("Asked for");
    app.send("x");
    app.wait_for("Export the session");
    app.wait_for("Scoping brief (Markdown)");
    app.send("\x13");
    // The file name comes first, so it is whole even at 80 columns (IMO walkthrough B14).
    app.wait_for("-brief.md as Scoping brief (Markdown) in ");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);

    let brief = std::fs::read_to_string(only_file(&dir.path().join("exports"), "md")).unwrap();
    assert!(
        brief.starts_with("# Scoping brief: Tessa scoping"),
        "{brief}"
    );
    for part in [
        "**Asked for:** A needs assessment",
        "We need a needs assessment in Lower Tessa",
        "Protection trends over time",
        "which already runs in Ferrin (not in Lower Tessa): Kestrel monitoring (Kestrel)",
        "Use data that already exists.",
        "Analyse Kestrel's monthly data with DTM figures",
        "D-1: No new assessment in Ferrin",
        "| A-1: Request Kestrel's site table | Amina Haddad | 2099-12-31 |",
    ] {
        assert!(brief.contains(part), "the brief lacks {part:?}:\n{brief}");
    }
    let session: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(only_file(&dir.path().join("sessions"), "json")).unwrap(),
    )
    .unwrap();
    assert_eq!(session["landscape"][0]["status"], "active");
    assert_eq!(
        session["substeps"]["develop-system"]["answers"]["develop-system.scoping-approach"]["picks"]
            [0],
        "use-existing-data"
    );
}
