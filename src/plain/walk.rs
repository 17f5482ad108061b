//! Walking the sub-steps: where the team is (its purpose and prompts), moving in order or jumping
//! (`go 2.3`), and marking a sub-step done or skipped.

use super::prompt::Io;
use super::workshop::{Workshop, now};
use crate::content::Pack;
use crate::display;
use crate::session::SubstepStatus;
use crate::t;

/// "2.3": the step's number and the sub-step's place in it.
pub fn number(pack: &Pack, substep: &str) -> String {
    pack.process
        .steps
        .iter()
        .find_map(|step| {
            let i = step.substeps.iter().position(|s| s.id == substep)?;
            Some(format!("{}.{}", step.number, i + 1))
        })
        .unwrap_or_default()
}

/// The current sub-step: where it is, its status, its purpose, and its prompts numbered, each said
/// answered or not.
pub fn show(w: &Workshop, io: &mut Io) {
    let pack = std::sync::Arc::clone(&w.pack);
    let Some((step, sub)) = pack.substep(w.substep_id()) else {
        io.say(&t!("plain-no-substeps"));
        return;
    };
    let status = w.session.substep_status(&sub.id).label();
    let mut text = vec![
        t!(
            "plain-substep-heading",
            number = number(&pack, &sub.id),
            title = sub.title.as_str(),
            step = step.title.as_str(),
            n = w.sub + 1,
            total = w.substeps.len(),
            status = status
        ),
        t!("plain-purpose", text = sub.purpose.as_str()),
    ];
    let prompts = pack.prompts_for(&w.session.template, &sub.id);
    for (i, p) in prompts.iter().enumerate() {
        let answered = crate::scoping::is_answered(&w.session, &sub.id, p);
        let mark = if answered {
            t!("plain-answered")
        } else {
            t!("plain-not-answered")
        };
        let item = format!("{} — {mark}", p.question);
        text.push(t!(
            "plain-list-item",
            n = i + 1,
            total = prompts.len(),
            item = item
        ));
    }
    text.push(t!("plain-what-next"));
    io.page(&text.join("\n"));
}

/// Move by `delta` sub-steps (clamped), then show where the team is.
pub fn step_by(w: &mut Workshop, delta: isize, io: &mut Io) {
    let len = w.substeps.len() as isize;
    let target = (w.sub as isize + delta).clamp(0, (len - 1).max(0)) as usize;
    if target == w.sub {
        io.say(&if delta > 0 {
            t!("plain-at-last")
        } else {
            t!("plain-at-first")
        });
        return;
    }
    move_to(w, target, io);
}

/// Move to the sub-step at `target`, say where the team is, and warn (never block) when earlier
/// sub-steps were left untouched, as the workshop does.
fn move_to(w: &mut Workshop, target: usize, io: &mut Io) {
    let from_step = w.step_id();
    w.sub = target;
    w.remember_position(io);
    let untouched = crate::session::walk::untouched_before(
        &w.pack,
        &w.session,
        &w.substeps,
        &from_step,
        w.substep_id(),
    );
    if !untouched.is_empty() {
        io.say(&t!("plain-untouched", steps = untouched.join(", ")));
    }
    show(w, io);
}

/// `go 2.3` (or a sub-step's place in the walk, or its id): jump there.
pub fn go(w: &mut Workshop, arg: &str, io: &mut Io) {
    let arg = arg.trim();
    let found = w
        .substeps
        .iter()
        .position(|s| number(&w.pack, s) == arg || s == arg);
    match found {
        Some(i) => move_to(w, i, io),
        None => {
            let numbers: Vec<String> = w.substeps.iter().map(|s| number(&w.pack, s)).collect();
            io.say(&t!("plain-bad-go", numbers = numbers.join(", ")));
        }
    }
}

/// `done`: the sub-step done, or back in progress when it was done (the TUI's rule).
pub fn done(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let substep = w.substep_id().to_string();
    let next = w.session.substep_status(&substep).next();
    let by = w.by.clone();
    if w.session
        .set_substep_status(&substep, next.clone(), now(), &by)
    {
        io.say(&t!("plain-status-now", status = next.label()));
        w.save(io);
    }
}

/// `skip`: asks why, then marks the sub-step skipped with that reason.
pub fn skip(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let Some(reason) = io.ask(&t!("plain-ask-skip-reason")) else {
        return;
    };
    let substep = w.substep_id().to_string();
    let by = w.by.clone();
    let status = SubstepStatus::Skipped {
        reason: reason.trim().to_string(),
    };
    if w.session.set_substep_status(&substep, status, now(), &by) {
        io.say(&t!(
            "plain-status-now",
            status = t!("status-substep-skipped")
        ));
        w.save(io);
    }
}

/// A text of the session (untrusted) as lines, each indented, for reading back.
pub fn quoted(text: &str) -> String {
    display::multi_line(text)
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
