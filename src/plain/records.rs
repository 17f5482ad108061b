//! The session's records, entered line by line: decisions (and superseding one), actions with due
//! dates, risks, parking-lot points; and the list of them all. The drafts and their checks are the
//! core's (`session::drafts`), as the workshop's forms use them.

use super::prompt::{Choice, Io, Number};
use super::workshop::{Workshop, now};
use crate::display::one_line;
use crate::session::{
    ActionDraft, DecisionDraft, DecisionStatus, NEW_DECISION_STATUS, RiskDraft, dates::parse_due,
};
use crate::t;

/// A required line: asked again with the check's sentence while empty; None at the end of input.
fn required(io: &mut Io, question: &str, empty: &str) -> Option<String> {
    loop {
        let line = io.ask(question)?;
        if !line.trim().is_empty() {
            return Some(line.trim().to_string());
        }
        io.say(empty);
    }
}

/// An optional line ("" when Enter, or at the end of input).
fn optional(io: &mut Io, question: &str) -> String {
    io.ask(question).unwrap_or_default().trim().to_string()
}

/// A decision's fields for the current sub-step; None when the input ended before its title.
fn decision_draft(w: &Workshop, io: &mut Io) -> Option<DecisionDraft> {
    let empty = crate::session::DecisionProblem::TitleEmpty.to_string();
    let title = required(io, &t!("plain-ask-decision"), &empty)?;
    let rationale = optional(io, &t!("plain-ask-rationale"));
    let names: Vec<String> = w
        .pack
        .principles
        .principles
        .iter()
        .map(|p| p.name.clone())
        .collect();
    io.say(&super::prompt::numbered(&names));
    let picked = io
        .numbers(&t!("plain-ask-decision-principles"), names.len())
        .unwrap_or_default();
    let draft = DecisionDraft {
        step: w.step_id(),
        substep: Some(w.substep_id().to_string()).filter(|s| !s.is_empty()),
        title,
        rationale,
        principles: picked
            .into_iter()
            .map(|i| w.pack.principles.principles[i].id.clone())
            .collect(),
    };
    draft.validate().ok()?;
    Some(draft)
}

/// The status the team gives a decision (Enter: the workshop's default, agreed).
fn decision_status(io: &mut Io) -> DecisionStatus {
    let labels: Vec<String> = DecisionStatus::SETTABLE.iter().map(|s| s.label()).collect();
    let question = t!(
        "plain-ask-decision-status",
        default = NEW_DECISION_STATUS.label()
    );
    match io.choose(&labels, &question) {
        Choice::Picked(i) => DecisionStatus::SETTABLE[i].clone(),
        Choice::Keep | Choice::Ended => NEW_DECISION_STATUS,
    }
}

/// Record a decision (replacing `old` when given), say its id and save.
fn record(w: &mut Workshop, old: Option<&str>, io: &mut Io) {
    let Some(draft) = decision_draft(w, io) else {
        return;
    };
    let status = decision_status(io);
    let by = w.by.clone();
    match w.session.record_decision(draft, status, old, now(), &by) {
        Ok(id) => {
            match old {
                Some(old) => io.say(&t!("plain-superseded", old = old, id = id)),
                None => io.say(&t!("plain-recorded", id = id)),
            }
            w.save(io);
        }
        Err(e) => io.say(&e.to_string()),
    }
}

/// `decide`: a decision, with its status.
pub fn decide(w: &mut Workshop, io: &mut Io) {
    if w.can_change(io) {
        record(w, None, io);
    }
}

/// `supersede`: choose a decision, then write the one that replaces it.
pub fn supersede(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let open: Vec<(String, String)> = w
        .session
        .decisions
        .iter()
        .filter(|d| !matches!(d.status, DecisionStatus::Superseded { .. }))
        .map(|d| {
            (
                d.id.clone(),
                format!("{}: {} — {}", d.id, one_line(&d.title), d.status.label()),
            )
        })
        .collect();
    if open.is_empty() {
        io.say(&t!("plain-no-decisions"));
        return;
    }
    let labels: Vec<String> = open.iter().map(|(_, l)| l.clone()).collect();
    let Choice::Picked(i) = io.choose(&labels, &t!("plain-ask-which-decision")) else {
        return;
    };
    let old = open[i].0.clone();
    record(w, Some(&old), io);
}

/// `act`: an action, its owner and its due date (asked again while the date cannot be read).
pub fn act(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let empty = crate::session::ActionProblem::TextEmpty.to_string();
    let Some(text) = required(io, &t!("plain-ask-action"), &empty) else {
        return;
    };
    let owner = optional(io, &t!("plain-ask-owner"));
    let today = now().date_naive();
    let due = loop {
        let typed = optional(io, &t!("plain-ask-due"));
        match parse_due(&typed, today) {
            Ok(due) => break due,
            Err(problem) => io.say(&problem.to_string()),
        }
    };
    let draft = ActionDraft {
        text,
        owner,
        due,
        ..ActionDraft::default()
    };
    let by = w.by.clone();
    let id = w.session.add_action(draft, now(), &by);
    io.say(&t!("plain-recorded", id = id));
    w.save(io);
}

/// A score from 1 to 4, asked again until one is typed; Enter gives 2.
fn score(io: &mut Io, question: &str) -> u8 {
    loop {
        let Some(typed) = io.ask(question) else {
            return 2;
        };
        match super::prompt::pick(&typed, 4) {
            Number::At(i) => return i as u8 + 1,
            Number::Enter => return 2,
            Number::Bad => io.say(&t!("plain-bad-number", total = 4)),
        }
    }
}

/// `risk`: what could go wrong, how likely, how bad, what reduces it and who watches it.
pub fn risk(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let empty = crate::session::RiskProblem::DescriptionEmpty.to_string();
    let Some(description) = required(io, &t!("plain-ask-risk"), &empty) else {
        return;
    };
    let likelihood = score(io, &t!("plain-ask-likelihood"));
    let impact = score(io, &t!("plain-ask-impact"));
    let mitigation = optional(io, &t!("plain-ask-mitigation"));
    let owner = optional(io, &t!("plain-ask-owner"));
    let draft = RiskDraft {
        description,
        likelihood,
        impact,
        mitigation,
        owner,
    };
    let by = w.by.clone();
    let id = w.session.add_risk(draft, now(), &by);
    io.say(&t!("plain-recorded", id = id));
    w.save(io);
}

/// `park`: a point for later.
pub fn park(w: &mut Workshop, io: &mut Io) {
    if !w.can_change(io) {
        return;
    }
    let Some(text) = required(io, &t!("plain-ask-park"), &t!("plain-empty-park")) else {
        return;
    };
    let by = w.by.clone();
    let id = w.session.add_parking(&text, now(), &by);
    io.say(&t!("plain-recorded", id = id));
    w.save(io);
}

/// `records`: the decisions, actions, risks and parking-lot points, each a line.
pub fn list(w: &Workshop, io: &mut Io) {
    let s = &w.session;
    let mut out = vec![t!("plain-records-decisions", n = s.decisions.len())];
    out.extend(
        s.decisions
            .iter()
            .map(|d| format!("{}: {} — {}", d.id, one_line(&d.title), d.status.label())),
    );
    out.push(t!("plain-records-actions", n = s.actions.len()));
    out.extend(s.actions.iter().map(|a| {
        let due = a
            .due
            .map(|d| d.to_string())
            .unwrap_or_else(|| t!("plain-no-due"));
        format!(
            "{}: {} — {}, {due}, {}",
            a.id,
            one_line(&a.text),
            one_line(&a.owner),
            a.status.label()
        )
    }));
    out.push(t!("plain-records-risks", n = s.risks.len()));
    out.extend(s.risks.iter().map(|r| {
        format!(
            "{}: {} — {}",
            r.id,
            one_line(&r.description),
            t!("plain-risk-score", score = r.score())
        )
    }));
    out.push(t!("plain-records-parking", n = s.parking_lot.len()));
    out.extend(
        s.parking_lot
            .iter()
            .map(|p| format!("{}: {}", p.id, one_line(&p.text))),
    );
    io.page(&out.join("\n"));
}
