//! The Principles in Action for the current sub-step: each principle's status and note, chosen from
//! numbered lists ("3 of 8: Do no harm — open.").

use super::prompt::{Choice, Io};
use super::workshop::{Workshop, now};
use crate::session::PrincipleStatus;
use crate::t;

/// `principles`: pick a principle, then its status, then its note; saved once entered.
pub fn principles(w: &mut Workshop, io: &mut Io) {
    let pack = std::sync::Arc::clone(&w.pack);
    let substep = w.substep_id().to_string();
    let checks = w
        .session
        .substeps
        .get(&substep)
        .map(|r| r.principles.clone())
        .unwrap_or_default();
    let items: Vec<String> = pack
        .principles
        .principles
        .iter()
        .map(|p| {
            let status = checks.get(&p.id).map(|c| c.status).unwrap_or_default();
            format!("{} — {}", p.name, status.label())
        })
        .collect();
    if w.read_only.is_some() {
        io.page(&items.join("\n"));
        w.can_change(io);
        return;
    }
    let i = match io.choose(&items, &t!("plain-ask-principle")) {
        Choice::Picked(i) => i,
        Choice::Keep | Choice::Ended => return,
    };
    let p = &pack.principles.principles[i];
    let (status, note) = checks
        .get(&p.id)
        .map(|c| (c.status, c.note.clone()))
        .unwrap_or((PrincipleStatus::Open, String::new()));
    io.say(&t!(
        "plain-principle-summary",
        name = p.name.as_str(),
        text = p.summary.as_str()
    ));
    for q in pack.in_action(&w.step_id(), &p.id, Some(&substep)) {
        io.say(&format!("- {q}"));
    }
    let labels: Vec<String> = PrincipleStatus::ALL.iter().map(|s| s.label()).collect();
    let status = match io.choose(&labels, &t!("plain-ask-status", current = status.label())) {
        Choice::Picked(k) => PrincipleStatus::ALL[k],
        Choice::Keep => status,
        Choice::Ended => return,
    };
    if !note.is_empty() {
        io.say(&t!(
            "plain-current-note",
            note = crate::display::one_line(&note)
        ));
    }
    let typed = io.ask(&t!("plain-ask-note"));
    let note = match typed {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => note,
    };
    let by = w.by.clone();
    if w.session
        .set_principle_check(&substep, &p.id, status, &note, now(), &by)
    {
        w.save(io);
    } else {
        io.say(&t!("plain-kept"));
    }
}
