//! The plain-text summary printed by `pim-workshop show`: for pipes, printing and screen readers.
//! Every value from the file or the pack goes through [`escape::line`], so no control character,
//! escape sequence or bidi override reaches the terminal. Lines are not wrapped (the reader's tool
//! wraps them); tables are aligned by display width.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::display::{fit, width};
use crate::session::{DecisionStatus, Session, SubstepStatus};

use super::coverage::{CoverageCell, coverage};
use super::escape;
use super::labels::{self, count};
use super::outline::{kind_title, outline, place, principle_name};
use super::records::{
    ActionMark, action_mark, risk_level, risk_map, risks_by_score, supersede_chains,
};

/// One line of text: newlines and controls shown as marks.
fn one(text: &str) -> String {
    escape::line(text).into_owned()
}

/// A multi-line value, each line indented by `indent` spaces.
fn block(out: &mut String, text: &str, indent: usize) {
    let pad = " ".repeat(indent);
    for line in escape::lines(text) {
        out.push_str(&pad);
        out.push_str(&line);
        out.push('\n');
    }
}

fn heading(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
    out.push_str(&"-".repeat(width(title)));
    out.push('\n');
}

fn labelled(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        out.push_str(&format!("{label}: {}\n", one(value)));
    }
}

/// The summary of a session as of `today` (for overdue actions).
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut out = String::new();
    let title = one(&session.title);
    out.push_str(&title);
    out.push('\n');
    out.push_str(&"=".repeat(width(&title).max(1)));
    out.push('\n');
    overview(&mut out, session, pack);
    steps(&mut out, session, pack);
    out.push_str(&super::groups::text(session, pack));
    decisions(&mut out, session, pack);
    actions(&mut out, session, today);
    coverage_grid(&mut out, session, pack);
    risks(&mut out, session);
    out.push_str(&super::landscape::text(session, pack));
    parking(&mut out, session);
    timeline(&mut out, session);
    out
}

fn overview(out: &mut String, s: &Session, pack: &Pack) {
    heading(out, "Overview");
    let c = &s.context;
    labelled(out, "Kind", &kind_title(s, pack));
    labelled(out, "Facilitator", &s.facilitator);
    labelled(out, "Operation", &c.operation);
    labelled(out, "Location", &c.location);
    labelled(out, "Dates", &c.dates);
    labelled(out, "Requested by", &c.requested_by);
    labelled(out, "Requested tool", &c.requested_tool);
    labelled(
        out,
        "Created",
        &s.created.format("%Y-%m-%d %H:%M").to_string(),
    );
    labelled(
        out,
        "Last changed",
        &s.updated.format("%Y-%m-%d %H:%M").to_string(),
    );
    labelled(
        out,
        "Content pack",
        &format!("{} {}", s.content.pack_id, s.content.version),
    );
    if !c.notes.trim().is_empty() {
        out.push_str("Notes:\n");
        block(out, &c.notes, 4);
    }
    out.push_str(&format!("Participants ({}):\n", s.participants.len()));
    for p in &s.participants {
        let parts: Vec<String> = [&p.name, &p.organisation, &p.role]
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| one(t))
            .collect();
        out.push_str(&format!("  - {}\n", parts.join(", ")));
    }
}

fn status_text(status: &SubstepStatus) -> String {
    labels::substep_status_with_reason(status, one)
}

fn steps(out: &mut String, s: &Session, pack: &Pack) {
    for step in outline(s, pack) {
        let title = match step.number {
            Some(n) => format!("Step {n}. {}", one(&step.title)),
            None => one(&step.title),
        };
        heading(out, &title);
        for sub in &step.substeps {
            out.push_str(&format!(
                "\n{} {} [{}]\n",
                one(&sub.code),
                one(&sub.title),
                status_text(&sub.status)
            ));
            for a in &sub.answers {
                out.push_str(&format!("  Q: {}\n", one(&a.question)));
                block(out, &a.text, 6);
            }
            if sub.unanswered > 0 {
                out.push_str(&format!(
                    "  {} not answered.\n",
                    count(sub.unanswered, "prompt", "prompts")
                ));
            }
            if !sub.checks.is_empty() {
                out.push_str("  Principles:\n");
                for c in &sub.checks {
                    out.push_str(&format!(
                        "    - {}: {}",
                        one(&c.principle),
                        labels::principle_status(c.status)
                    ));
                    if c.note.trim().is_empty() {
                        out.push('\n');
                    } else {
                        out.push_str(&format!(". {}\n", one(&c.note)));
                    }
                }
            }
        }
    }
}

fn decisions(out: &mut String, s: &Session, pack: &Pack) {
    heading(out, &format!("Decisions ({})", s.decisions.len()));
    if s.decisions.is_empty() {
        out.push_str("No decisions recorded.\n");
    }
    for d in &s.decisions {
        out.push_str(&format!(
            "\n{} [{}] {}\n",
            one(&d.id),
            labels::decision_status(&d.status),
            one(&d.title)
        ));
        if let DecisionStatus::Superseded { by } = &d.status {
            out.push_str(&format!("    Superseded by {}\n", one(by)));
        }
        if let Some(old) = &d.supersedes {
            out.push_str(&format!("    Replaces {}\n", one(old)));
        }
        if !d.rationale.trim().is_empty() {
            out.push_str("    Why:\n");
            block(out, &d.rationale, 6);
        }
        out.push_str(&format!(
            "    Step: {}\n",
            one(&place(pack, &d.step, d.substep.as_deref()))
        ));
        if !d.principles.is_empty() {
            let names: Vec<String> = d
                .principles
                .iter()
                .map(|p| one(&principle_name(pack, p)))
                .collect();
            out.push_str(&format!("    Principles: {}\n", names.join("; ")));
        }
        out.push_str(&format!(
            "    Recorded {} by {}\n",
            d.at.format("%Y-%m-%d %H:%M"),
            one(&d.by)
        ));
        if !d.history.is_empty() {
            let steps: Vec<String> = d
                .history
                .iter()
                .map(|h| {
                    let by = if h.by.is_empty() {
                        String::new()
                    } else {
                        format!(" by {}", one(&h.by))
                    };
                    format!(
                        "{} {}{by}",
                        one(h.status.as_str()),
                        h.at.format("%Y-%m-%d %H:%M")
                    )
                })
                .collect();
            out.push_str(&format!("    History: {}\n", steps.join(" → ")));
        }
    }
    let chains = supersede_chains(s);
    if !chains.is_empty() {
        out.push_str("\nSuperseded chains (oldest first):\n");
        for chain in chains {
            let ids: Vec<String> = chain.iter().map(|id| one(id)).collect();
            let last = chain
                .last()
                .and_then(|id| s.decision(id))
                .map(|d| labels::decision_status(&d.status))
                .unwrap_or("not in this session");
            out.push_str(&format!("  {} (last: {last})\n", ids.join(" -> ")));
        }
    }
}

fn actions(out: &mut String, s: &Session, today: NaiveDate) {
    let marks: Vec<ActionMark> = s.actions.iter().map(|a| action_mark(a, today)).collect();
    let pending = marks.iter().filter(|m| **m != ActionMark::Finished).count();
    let overdue = marks
        .iter()
        .filter(|m| matches!(m, ActionMark::Overdue { .. }))
        .count();
    heading(out, &format!("Actions ({})", s.actions.len()));
    out.push_str(&format!(
        "As of {}: {} still to do, {} overdue.\n",
        today.format("%Y-%m-%d"),
        pending,
        overdue
    ));
    for (a, mark) in s.actions.iter().zip(marks) {
        out.push_str(&format!(
            "\n{} [{}] {}\n",
            one(&a.id),
            labels::action_mark(a.status, mark),
            one(&a.text)
        ));
        labelled_indented(out, "Owner", &a.owner);
        if let Some(due) = a.due {
            labelled_indented(out, "Due", &due.format("%Y-%m-%d").to_string());
        }
        labelled_indented(out, "From decisions", &a.decisions.join(", "));
    }
}

fn labelled_indented(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        out.push_str(&format!("    {label}: {}\n", one(value)));
    }
}

fn coverage_grid(out: &mut String, s: &Session, pack: &Pack) {
    let cov = coverage(s, pack);
    heading(out, "Principles coverage (principles x sub-steps)");
    if cov.columns.is_empty() {
        out.push_str("No sub-steps in this session.\n");
        return;
    }
    let legend: Vec<String> = CoverageCell::ALL
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                labels::coverage_ascii(*c),
                labels::coverage_word(*c)
            )
        })
        .collect();
    out.push_str(&format!("Key: {}\n", legend.join(", ")));
    out.push_str("Sub-steps:");
    for col in &cov.columns {
        out.push_str(&format!(" {} {};", one(&col.code), one(&col.title)));
    }
    out.pop();
    out.push_str("\n\n");
    let names: Vec<String> = cov.rows.iter().map(|r| one(&r.name)).collect();
    let name_w = names
        .iter()
        .map(|n| width(n))
        .max()
        .unwrap_or(0)
        .clamp(9, 50);
    let col_w: Vec<usize> = cov
        .columns
        .iter()
        .map(|c| width(&one(&c.code)).max(3))
        .collect();
    let mut header = fit("Principle", name_w);
    for (col, w) in cov.columns.iter().zip(&col_w) {
        header.push_str(&format!(" {}", fit(&one(&col.code), *w)));
    }
    out.push_str(header.trim_end());
    out.push('\n');
    for (row, name) in cov.rows.iter().zip(&names) {
        let mut line = fit(name, name_w);
        for (cell, w) in row.cells.iter().zip(&col_w) {
            line.push_str(&format!(" {}", fit(labels::coverage_ascii(*cell), *w)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let gaps = cov.gaps();
    if gaps.is_empty() {
        out.push_str("\nNo gaps: every principle was considered in every sub-step.\n");
        return;
    }
    out.push_str("\nGaps (open or never discussed):\n");
    for (row, cols) in gaps {
        let codes: Vec<String> = cols.iter().map(|c| one(&c.code)).collect();
        out.push_str(&format!("  - {}: {}\n", one(&row.name), codes.join(", ")));
    }
}

fn risks(out: &mut String, s: &Session) {
    heading(out, &format!("Risks ({})", s.risks.len()));
    if !s.risks.is_empty() {
        risk_map_text(out, s);
    }
    if s.risks.is_empty() {
        out.push_str("No risks recorded.\n");
        return;
    }
    for r in risks_by_score(s) {
        out.push_str(&format!(
            "\n{} [{} {}: likelihood {} x impact {}] {}\n",
            one(&r.id),
            labels::risk_level(risk_level(r.score())),
            r.score(),
            r.likelihood.clamp(1, 4),
            r.impact.clamp(1, 4),
            one(&r.description)
        ));
        labelled_indented(out, "Mitigation", &r.mitigation);
        labelled_indented(out, "Owner", &r.owner);
    }
    out.push_str("\nRisk map (rows: likelihood, columns: impact):\n");
    let map = risk_map(s);
    let cells: Vec<Vec<String>> = map
        .iter()
        .map(|row| {
            row.iter()
                .map(|rs| {
                    let ids: Vec<String> = rs.iter().map(|r| one(&r.id)).collect();
                    if ids.is_empty() {
                        ".".into()
                    } else {
                        ids.join(",")
                    }
                })
                .collect()
        })
        .collect();
    let label_w = labels::LIKELIHOOD
        .iter()
        .map(|l| width(l) + 2)
        .max()
        .unwrap_or(0);
    let col_w: Vec<usize> = (0..4)
        .map(|i| {
            let content = cells.iter().map(|row| width(&row[i])).max().unwrap_or(0);
            content.max(width(labels::IMPACT[i]) + 2).min(40)
        })
        .collect();
    let mut header = " ".repeat(label_w);
    for (i, w) in col_w.iter().enumerate() {
        header.push_str(&format!(
            " | {}",
            fit(&format!("{} {}", i + 1, labels::IMPACT[i]), *w)
        ));
    }
    out.push_str(header.trim_end());
    out.push('\n');
    for l in (0..4).rev() {
        let mut line = fit(&format!("{} {}", l + 1, labels::LIKELIHOOD[l]), label_w);
        for (i, w) in col_w.iter().enumerate() {
            line.push_str(&format!(" | {}", fit(&cells[l][i], *w)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// The 4×4 risk map as text: likelihood up, impact across, risk ids in the cells.
fn risk_map_text(out: &mut String, s: &Session) {
    let map = crate::export::records::risk_map(s);
    out.push_str("Risk map (likelihood up, impact across):\n");
    for l in (0..4).rev() {
        let mut row = format!("  {} |", l + 1);
        for cell in &map[l] {
            let ids: Vec<String> = cell.iter().map(|r| one(&r.id)).collect();
            let text = if ids.is_empty() {
                ".".to_string()
            } else {
                ids.join(",")
            };
            row.push_str(&format!(" {text:^9}"));
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    let axis: String = (1..=4).map(|i| format!(" {i:^9}")).collect();
    out.push_str(&format!("      {}\n", axis.trim_end()));
}

/// The append-only record of changes, oldest first.
fn timeline(out: &mut String, s: &Session) {
    heading(out, &format!("Timeline of changes ({})", s.timeline.len()));
    for e in &s.timeline {
        let by = if e.by.is_empty() {
            String::new()
        } else {
            format!(" ({})", one(&e.by))
        };
        out.push_str(&format!(
            "{} {}: {}{by}\n",
            e.at.format("%Y-%m-%d %H:%M"),
            one(e.kind.as_str()),
            one(&e.summary)
        ));
    }
}

fn parking(out: &mut String, s: &Session) {
    heading(out, &format!("Parking lot ({})", s.parking_lot.len()));
    if s.parking_lot.is_empty() {
        out.push_str("Nothing parked.\n");
    }
    for p in &s.parking_lot {
        let state = if p.resolved { "resolved" } else { "open" };
        out.push_str(&format!("{} [{state}] {}\n", one(&p.id), one(&p.text)));
    }
}
