//! The groups' Principles in Action proposals under a principle in the guidance panel: "Group 2
//! proposes: addressed — no names collected", beside the plenary's own status (B9).

use crate::session::breakout;
use crate::t;
use crate::tui::doc::Doc;

/// The groups' proposals for `principle` in `substep`, one line each, in group order.
pub fn principle_proposals(
    doc: &mut Doc,
    session: &crate::session::Session,
    substep: &str,
    principle: &str,
) {
    for p in breakout::proposals(session, substep, principle) {
        let line = if p.note.trim().is_empty() {
            t!(
                "groups-proposal",
                group = p.group.as_str(),
                status = p.status.label()
            )
        } else {
            t!(
                "groups-proposal-note",
                group = p.group.as_str(),
                status = p.status.label(),
                note = p.note.as_str()
            )
        };
        doc.guidance(&line);
    }
}
