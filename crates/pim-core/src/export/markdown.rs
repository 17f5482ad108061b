//! Markdown export: a heading per step, tables for decisions, actions, coverage and risks.
//!
//! All text from the session and the pack is escaped so nothing in it becomes markup: control
//! characters and bidi overrides become visible marks ([`super::escape::markdown_inline`]), every Markdown
//! markup character gets a backslash (``\ ` * _ { } [ ] < > ( ) # + - . ! | ~ & $`` anywhere, `=` at the
//! start of a line, `:` before `/`; `<` and `>` so no HTML gets through, `[` and `://` so no link
//! does; GitHub still links e-mail addresses, which cannot be escaped), leading spaces are
//! dropped (no code blocks), newlines in table cells become `␤`, and newlines in paragraphs become hard
//! line breaks.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::{DecisionStatus, Session, SubstepStatus};

use super::coverage::{CoverageCell, coverage};
use super::escape::{markdown_block as escape_block, markdown_inline as escape_inline};
use super::labels::{self, count};
use super::outline::{kind_title, outline, place, principle_name};
use super::records::{ActionMark, action_mark, risk_level, risk_map, supersede_chains};

struct Md {
    out: String,
}

impl Md {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.blank();
        self.line(&format!("{} {}", "#".repeat(level), text));
        self.blank();
    }

    fn para(&mut self, text: &str) {
        self.blank();
        self.line(text);
        self.blank();
    }

    /// A table; `rows` are already-escaped cells.
    fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
        self.blank();
        self.line(&format!("| {} |", header.join(" | ")));
        self.line(&format!("|{}", "---|".repeat(header.len())));
        for row in rows {
            let cells: Vec<&str> = row
                .iter()
                .map(|c| if c.is_empty() { " " } else { c.as_str() })
                .collect();
            self.line(&format!("| {} |", cells.join(" | ")));
        }
        self.blank();
    }
}

/// The session as Markdown, with actions marked overdue against `today`.
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut md = Md { out: String::new() };
    let e = escape_inline;
    md.line(&format!("# {}", e(&session.title)));
    md.para(&format!(
        "Session summary from pim\\-workshop, as of {}\\.",
        today.format("%Y\\-%m\\-%d")
    ));
    overview(&mut md, session, pack);
    steps(&mut md, session, pack);
    md.out.push_str(&super::groups::markdown(session, pack));
    decisions(&mut md, session, pack);
    actions(&mut md, session, today);
    coverage_table(&mut md, session, pack);
    risks(&mut md, session);
    md.out.push_str(&super::landscape::markdown(session, pack));
    parking(&mut md, session);
    md.out.truncate(md.out.trim_end().len());
    md.out.push('\n');
    md.out
}

fn overview(md: &mut Md, s: &Session, pack: &Pack) {
    let e = escape_inline;
    md.heading(2, "Overview");
    let c = &s.context;
    let created = s.created.format("%Y-%m-%d %H:%M").to_string();
    let updated = s.updated.format("%Y-%m-%d %H:%M").to_string();
    let pack_ref = format!("{} {}", s.content.pack_id, s.content.version);
    let kind = kind_title(s, pack);
    for (label, value) in [
        ("Kind", kind.as_str()),
        ("Facilitator", &s.facilitator),
        ("Operation", &c.operation),
        ("Location", &c.location),
        ("Dates", &c.dates),
        ("Requested by", &c.requested_by),
        ("Requested tool", &c.requested_tool),
        ("Created", &created),
        ("Last changed", &updated),
        ("Content pack", &pack_ref),
    ] {
        if !value.trim().is_empty() {
            md.line(&format!("- **{label}:** {}", e(value)));
        }
    }
    if !c.notes.trim().is_empty() {
        md.heading(3, "Notes");
        md.para(&escape_block(&c.notes));
    }
    md.heading(3, &format!("Participants \\({}\\)", s.participants.len()));
    let rows: Vec<Vec<String>> = s
        .participants
        .iter()
        .map(|p| vec![e(&p.name), e(&p.organisation), e(&p.role)])
        .collect();
    md.table(&["Name", "Organisation", "Role"], &rows);
}

fn status_text(status: &SubstepStatus) -> String {
    labels::substep_status_with_reason(status, escape_inline)
}

fn steps(md: &mut Md, s: &Session, pack: &Pack) {
    let e = escape_inline;
    for step in outline(s, pack) {
        let title = match step.number {
            Some(n) => format!("Step {n}\\. {}", e(&step.title)),
            None => e(&step.title),
        };
        md.heading(2, &title);
        for sub in &step.substeps {
            md.heading(
                3,
                &format!(
                    "{} {} \\({}\\)",
                    e(&sub.code),
                    e(&sub.title),
                    status_text(&sub.status)
                ),
            );
            for a in &sub.answers {
                md.para(&format!("**{}**", e(&a.question)));
                md.para(&escape_block(&a.text));
            }
            if sub.unanswered > 0 {
                md.para(&format!(
                    "*{} not answered\\.*",
                    count(sub.unanswered, "prompt", "prompts")
                ));
            }
            if !sub.checks.is_empty() {
                md.para("Principles considered:");
                for c in &sub.checks {
                    let note = if c.note.trim().is_empty() {
                        String::new()
                    } else {
                        format!("\\. {}", e(&c.note))
                    };
                    md.line(&format!(
                        "- {}: {}{note}",
                        e(&c.principle),
                        e(labels::principle_status(c.status))
                    ));
                }
                md.blank();
            }
        }
    }
}

fn decisions(md: &mut Md, s: &Session, pack: &Pack) {
    let e = escape_inline;
    md.heading(2, &format!("Decisions \\({}\\)", s.decisions.len()));
    if s.decisions.is_empty() {
        md.para("No decisions recorded\\.");
        return;
    }
    let rows: Vec<Vec<String>> = s
        .decisions
        .iter()
        .map(|d| {
            let mut status = labels::decision_status(&d.status).to_string();
            if let DecisionStatus::Superseded { by } = &d.status {
                status = format!("superseded by {}", e(by));
            }
            if let Some(old) = &d.supersedes {
                status.push_str(&format!("; replaces {}", e(old)));
            }
            let principles: Vec<String> = d
                .principles
                .iter()
                .map(|p| e(&principle_name(pack, p)))
                .collect();
            vec![
                e(&d.id),
                status,
                e(&d.title),
                e(&d.rationale),
                e(&place(pack, &d.step, d.substep.as_deref())),
                principles.join("; "),
                format!("{} {}", e(&d.by), d.at.format("%Y\\-%m\\-%d")),
            ]
        })
        .collect();
    md.table(
        &[
            "ID",
            "Status",
            "Decision",
            "Why",
            "Step",
            "Principles",
            "Recorded",
        ],
        &rows,
    );
    let chains = supersede_chains(s);
    if !chains.is_empty() {
        md.para("Superseded chains \\(oldest first\\):");
        for chain in chains {
            let ids: Vec<String> = chain.iter().map(|id| e(id)).collect();
            let last = chain
                .last()
                .and_then(|id| s.decision(id))
                .map_or("not in this session", |d| {
                    labels::decision_status(&d.status)
                });
            md.line(&format!("- {} \\(last: {}\\)", ids.join(" → "), e(last)));
        }
        md.blank();
    }
}

fn actions(md: &mut Md, s: &Session, today: NaiveDate) {
    let e = escape_inline;
    md.heading(2, &format!("Actions \\({}\\)", s.actions.len()));
    let marks: Vec<ActionMark> = s.actions.iter().map(|a| action_mark(a, today)).collect();
    let pending = marks.iter().filter(|m| **m != ActionMark::Finished).count();
    let overdue = marks
        .iter()
        .filter(|m| matches!(m, ActionMark::Overdue { .. }))
        .count();
    md.para(&format!(
        "As of {}: {pending} still to do, {overdue} overdue\\.",
        today.format("%Y\\-%m\\-%d")
    ));
    if s.actions.is_empty() {
        return;
    }
    let rows: Vec<Vec<String>> = s
        .actions
        .iter()
        .zip(marks)
        .map(|(a, mark)| {
            let status = e(&labels::action_mark(a.status, mark));
            let status = if matches!(mark, ActionMark::Overdue { .. }) {
                format!("**{status}**")
            } else {
                status
            };
            vec![
                e(&a.id),
                status,
                e(&a.text),
                e(&a.owner),
                a.due
                    .map(|d| d.format("%Y\\-%m\\-%d").to_string())
                    .unwrap_or_default(),
                e(&a.decisions.join(", ")),
            ]
        })
        .collect();
    md.table(
        &["ID", "Status", "Action", "Owner", "Due", "Decisions"],
        &rows,
    );
}

fn coverage_table(md: &mut Md, s: &Session, pack: &Pack) {
    let e = escape_inline;
    let cov = coverage(s, pack);
    md.heading(2, "Principles coverage");
    if cov.columns.is_empty() {
        md.para("No sub\\-steps in this session\\.");
        return;
    }
    let legend: Vec<String> = CoverageCell::ALL
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                e(labels::coverage_symbol(*c)),
                e(labels::coverage_word(*c))
            )
        })
        .collect();
    md.para(&format!("Key: {}\\.", legend.join(", ")));
    let cols: Vec<String> = cov
        .columns
        .iter()
        .map(|c| format!("{} {}", e(&c.code), e(&c.title)))
        .collect();
    md.para(&format!("Sub\\-steps: {}\\.", cols.join("; ")));
    let mut header = vec!["Principle".to_string()];
    header.extend(cov.columns.iter().map(|c| e(&c.code)));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = cov
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![e(&r.name)];
            row.extend(r.cells.iter().map(|c| e(labels::coverage_symbol(*c))));
            row
        })
        .collect();
    md.table(&header, &rows);
    let gaps = cov.gaps();
    if gaps.is_empty() {
        md.para("No gaps: every principle was considered in every sub\\-step\\.");
        return;
    }
    md.para("Gaps \\(open or never discussed\\):");
    for (row, cols) in gaps {
        let codes: Vec<String> = cols.iter().map(|c| e(&c.code)).collect();
        md.line(&format!("- {}: {}", e(&row.name), codes.join(", ")));
    }
    md.blank();
}

fn risks(md: &mut Md, s: &Session) {
    let e = escape_inline;
    md.heading(2, &format!("Risks \\({}\\)", s.risks.len()));
    if s.risks.is_empty() {
        md.para("No risks recorded\\.");
        return;
    }
    let rows: Vec<Vec<String>> = super::records::risks_by_score(s)
        .into_iter()
        .map(|r| {
            vec![
                e(&r.id),
                format!(
                    "{} {}",
                    labels::risk_level(risk_level(r.score())),
                    r.score()
                ),
                r.likelihood.clamp(1, 4).to_string(),
                r.impact.clamp(1, 4).to_string(),
                e(&r.description),
                e(&r.mitigation),
                e(&r.owner),
            ]
        })
        .collect();
    md.table(
        &[
            "ID",
            "Level",
            "Likelihood",
            "Impact",
            "Risk",
            "Mitigation",
            "Owner",
        ],
        &rows,
    );
    md.para("Risk map \\(rows: likelihood, columns: impact\\):");
    let map = risk_map(s);
    let header: Vec<String> = std::iter::once("Likelihood".to_string())
        .chain((0..4).map(|i| format!("{} {}", i + 1, labels::IMPACT[i])))
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = (0..4)
        .rev()
        .map(|l| {
            std::iter::once(format!("{} {}", l + 1, labels::LIKELIHOOD[l]))
                .chain(
                    map[l]
                        .iter()
                        .map(|rs| rs.iter().map(|r| e(&r.id)).collect::<Vec<_>>().join(", ")),
                )
                .collect()
        })
        .collect();
    md.table(&header, &rows);
}

fn parking(md: &mut Md, s: &Session) {
    let e = escape_inline;
    md.heading(2, &format!("Parking lot \\({}\\)", s.parking_lot.len()));
    if s.parking_lot.is_empty() {
        md.para("Nothing parked\\.");
        return;
    }
    for p in &s.parking_lot {
        let state = if p.resolved { "resolved" } else { "open" };
        md.line(&format!("- {} \\({state}\\): {}", e(&p.id), e(&p.text)));
    }
}
