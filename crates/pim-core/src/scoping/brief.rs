//! The scoping brief: a one-to-two-page document the IMO hands the manager after a scoping session —
//! the request, the defined purpose, key questions, what is and is not needed, what already exists,
//! the recommended approach and why, risks and mitigations, and next steps with owners and dates.
//!
//! [`build_brief`] gathers it from the session as plain data (unescaped text); the Markdown and HTML
//! exports and the TUI preview each render that data their own way.

use chrono::NaiveDate;

use crate::content::{Pack, PromptKind};
use crate::session::{DecisionStatus, Session};
use crate::t;

use super::answers::{answer_of_kind, answer_summary, list_items, session_match};
use super::matching::{OutputMatch, join_or};

/// A scoping brief, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    pub title: String,
    /// "Operation · location", when known.
    pub context: String,
    /// Who prepared it (the facilitator).
    pub prepared_by: String,
    /// The session's brief date, or the day it last changed (never the export day).
    pub date: NaiveDate,
    pub sections: Vec<BriefSection>,
    /// Parts of the brief the session has no answer for yet.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BriefSection {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section. All text is as the team wrote it: renderers escape it.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A label and free text (may hold several lines).
    Field { label: String, text: String },
    /// A label and a bulleted list.
    List { label: String, items: Vec<String> },
    /// A table with a header row.
    Table {
        headers: Vec<String>,
        /// Column widths in percent, for the printed page.
        widths: Vec<u8>,
        rows: Vec<Vec<String>>,
    },
    /// Sentences in plain words (the output-first comparison).
    Sentences(Vec<String>),
}

// The prompts the brief quotes, by id. `tests/scoping_brief.rs` checks the scoping template has each.
pub const REQUEST_AS_STATED: &str = "define-purpose.scoping-request-as-stated";
pub const REQUESTED_BY: &str = "define-purpose.scoping-requested-by";
pub const DEADLINE: &str = "define-purpose.scoping-deadline";
pub const WHY_NOW: &str = "define-purpose.scoping-why-now";
pub const DECISIONS: &str = "define-purpose.decisions";
pub const TARGET: &str = "define-purpose.scoping-target-group";
pub const KEY_QUESTIONS: &str = "define-purpose.key-questions";
pub const NOT_NEEDED: &str = "define-purpose.not-needed";
pub const DATA_EXISTS: &str = "data-review.scoping-data-exists";
pub const SENSITIVITY: &str = "develop-system.scoping-sensitivity";
pub const CONSENT: &str = "develop-system.scoping-consent";
pub const RESOURCES: &str = "develop-system.scoping-resources-fit";
pub const RATIONALE: &str = "develop-system.scoping-rationale";
pub const NEXT_ACTIONS: &str = "develop-system.scoping-next-actions";

/// Every prompt id the brief quotes.
pub const QUOTED: [&str; 14] = [
    REQUEST_AS_STATED,
    REQUESTED_BY,
    DEADLINE,
    WHY_NOW,
    DECISIONS,
    TARGET,
    KEY_QUESTIONS,
    NOT_NEEDED,
    DATA_EXISTS,
    SENSITIVITY,
    CONSENT,
    RESOURCES,
    RATIONALE,
    NEXT_ACTIONS,
];

struct Gather<'a> {
    pack: &'a Pack,
    session: &'a Session,
    missing: Vec<String>,
}

impl Gather<'_> {
    fn answer(&self, prompt: &str) -> String {
        let Some((sub, view)) = self.pack.prompt(&self.session.template, prompt) else {
            return String::new();
        };
        self.session
            .substeps
            .get(&sub)
            .and_then(|r| r.answers.get(prompt))
            .map(|a| answer_summary(self.pack, view.kind, a))
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    fn field(&mut self, blocks: &mut Vec<Block>, label: String, prompt: &str) {
        let text = self.answer(prompt);
        if text.is_empty() {
            self.missing.push(label);
        } else {
            blocks.push(Block::Field { label, text });
        }
    }

    fn list(&mut self, blocks: &mut Vec<Block>, label: String, prompt: &str) {
        let items = list_items(&self.answer(prompt));
        if items.is_empty() {
            self.missing.push(label);
        } else {
            blocks.push(Block::List { label, items });
        }
    }
}

/// The brief of a scoping session, dated by the session; actions are marked overdue against `today`.
pub fn build_brief(session: &Session, pack: &Pack, today: NaiveDate) -> Brief {
    let mut g = Gather {
        pack,
        session,
        missing: Vec::new(),
    };
    let m = session_match(pack, session);
    let sections = vec![
        request_section(&mut g),
        purpose_section(&mut g),
        needed_section(&mut g, &m),
        existing_section(&mut g, &m),
        comparison_section(pack, &m),
        recommendation_section(&mut g),
        harm_section(&mut g),
        next_steps_section(&mut g, today),
        approval_section(session),
    ];
    Brief {
        title: session.title.clone(),
        context: brief_context(session),
        prepared_by: session.facilitator.clone(),
        date: session.brief_date(),
        sections: sections
            .into_iter()
            .filter(|s| !s.blocks.is_empty())
            .collect(),
        missing: g.missing,
    }
}

/// The operation, or the place when no operation is named (the areas are in the purpose).
fn brief_context(session: &Session) -> String {
    if session.context.operation.trim().is_empty() {
        session.context.location.trim().to_string()
    } else {
        session.context.operation.trim().to_string()
    }
}

/// Section 1, the request: what kind of exercise was asked for, by whom, by when and why.
fn request_section(g: &mut Gather<'_>) -> BriefSection {
    let (pack, session) = (g.pack, g.session);
    let mut b = Vec::new();
    let asked = answer_of_kind(pack, session, PromptKind::RequestKind);
    let note = asked.as_ref().map_or("", |(_, _, _, text)| text.trim());
    let kind = asked
        .as_ref()
        .and_then(|(_, _, picks, _)| picks.first())
        .map(|id| match pack.request_kind(id) {
            Some(k) if !k.categories.is_empty() => {
                let names: Vec<String> = k
                    .categories
                    .iter()
                    .map(|c| {
                        pack.category(c)
                            .map_or_else(|| c.clone(), |c| c.name.clone())
                    })
                    .collect();
                t!(
                    "brief-asked-for-in-matrix",
                    kind = k.label.as_str(),
                    categories = join_or(&names)
                )
            }
            Some(k) => format!("{} ({})", k.label, k.note),
            None => id.clone(),
        });
    match kind {
        Some(k) => b.push(Block::Field {
            label: t!("brief-asked-for"),
            text: k,
        }),
        None => g.missing.push(t!("brief-kind-asked-for")),
    }
    if !note.is_empty() {
        b.push(Block::Field {
            label: t!("brief-kind-note"),
            text: note.to_string(),
        });
    }
    g.field(&mut b, t!("brief-requester-words"), REQUEST_AS_STATED);
    g.field(&mut b, t!("brief-requested-by"), REQUESTED_BY);
    g.field(&mut b, t!("brief-needed-by"), DEADLINE);
    g.field(&mut b, t!("brief-why-now"), WHY_NOW);
    section(t!("brief-request"), b)
}

/// Section 2, the defined purpose.
fn purpose_section(g: &mut Gather<'_>) -> BriefSection {
    let mut b = Vec::new();
    g.field(&mut b, t!("brief-decisions-to-inform"), DECISIONS);
    g.field(&mut b, t!("brief-target"), TARGET);
    g.list(&mut b, t!("brief-key-questions"), KEY_QUESTIONS);
    section(t!("brief-purpose"), b)
}

/// Section 3, what is needed and what is not.
fn needed_section(g: &mut Gather<'_>, m: &OutputMatch<'_>) -> BriefSection {
    let mut b = Vec::new();
    let needed: Vec<String> = m
        .shares
        .iter()
        .flat_map(|s| {
            s.outputs
                .iter()
                .map(move |o| format!("{} ({})", o.text, s.category.name))
        })
        .collect();
    if needed.is_empty() {
        g.missing.push(t!("brief-outputs-needed"));
    } else {
        b.push(Block::List {
            label: t!("brief-needed"),
            items: needed,
        });
    }
    g.list(&mut b, t!("brief-not-needed"), NOT_NEEDED);
    section(t!("brief-information"), b)
}

/// Section 4, what already exists: the team's word, and the systems that could give what is needed
/// (their category produces a needed output; all of the register when no output is picked yet).
fn existing_section(g: &mut Gather<'_>, m: &OutputMatch<'_>) -> BriefSection {
    let (pack, session) = (g.pack, g.session);
    let mut b = Vec::new();
    g.field(&mut b, t!("brief-existing-data"), DATA_EXISTS);
    let relevant: Vec<&crate::session::LandscapeEntry> = if m.needed == 0 {
        session.landscape.iter().collect()
    } else {
        session
            .landscape
            .iter()
            .filter(|e| m.shares.iter().any(|s| s.category.id == e.category))
            .collect()
    };
    if !relevant.is_empty() {
        b.push(Block::Table {
            headers: vec![
                t!("brief-col-system"),
                t!("brief-col-organisation"),
                t!("brief-col-category"),
                t!("brief-col-areas"),
                t!("brief-col-updated"),
                t!("brief-col-reliability"),
            ],
            widths: vec![24, 18, 20, 18, 10, 10],
            rows: relevant
                .iter()
                .map(|e| {
                    vec![
                        e.name.clone(),
                        e.organisation.clone(),
                        crate::landscape::matrix::category_label(pack, &e.category),
                        e.areas.join(", "),
                        e.last_update
                            .map(|d| d.format("%Y-%m-%d").to_string())
                            .unwrap_or_default(),
                        e.reliability.label(),
                    ]
                })
                .collect(),
        });
    }
    section(t!("brief-existing"), b)
}

/// Section 5, the comparison. The request is already named above, with its category; the comparison
/// starts from the outputs.
fn comparison_section(pack: &Pack, m: &OutputMatch<'_>) -> BriefSection {
    let mut sentences = m.sentences(pack);
    if m.request.is_some() {
        sentences.remove(0);
    }
    section(t!("brief-comparison"), vec![Block::Sentences(sentences)])
}

/// Section 6, the recommendation: the approach, why, and the decisions agreed or proposed.
fn recommendation_section(g: &mut Gather<'_>) -> BriefSection {
    let (pack, session) = (g.pack, g.session);
    let mut b = Vec::new();
    // The approach prompt is found by its kind; `Gather::answer` reads it like any other.
    let approach = pack
        .prompt_of_kind(&session.template, PromptKind::Approach)
        .map(|(_, p)| g.answer(p.id))
        .unwrap_or_default();
    if approach.is_empty() {
        g.missing.push(t!("brief-recommended-approach"));
    } else {
        b.push(Block::Field {
            label: t!("brief-approach"),
            text: approach,
        });
    }
    g.field(&mut b, t!("brief-why"), RATIONALE);
    let decisions: Vec<String> = session
        .decisions
        .iter()
        .filter(|d| matches!(d.status, DecisionStatus::Agreed | DecisionStatus::Proposed))
        .map(|d| {
            let state = if d.status == DecisionStatus::Agreed {
                DecisionStatus::Agreed.label()
            } else {
                t!("brief-for-approval")
            };
            t!(
                "brief-decision",
                id = d.id.as_str(),
                title = d.title.as_str(),
                state = state
            )
        })
        .collect();
    if !decisions.is_empty() {
        b.push(Block::List {
            label: t!("brief-decisions"),
            items: decisions,
        });
    }
    section(t!("brief-recommendation"), b)
}

/// Section 7, proportionality and do no harm: the data's sensitivity and the risks, highest first.
fn harm_section(g: &mut Gather<'_>) -> BriefSection {
    let session = g.session;
    let mut b = Vec::new();
    g.field(&mut b, t!("brief-sensitivity"), SENSITIVITY);
    g.field(&mut b, t!("brief-consent"), CONSENT);
    g.field(&mut b, t!("brief-resources"), RESOURCES);
    if session.risks.is_empty() {
        g.missing.push(t!("brief-risks-missing"));
    } else {
        let mut risks: Vec<_> = session.risks.iter().collect();
        risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
        b.push(Block::Table {
            headers: vec![
                t!("brief-col-risk"),
                t!("brief-col-score"),
                t!("brief-col-mitigation"),
                t!("brief-col-owner"),
            ],
            widths: vec![42, 9, 36, 13],
            rows: risks
                .iter()
                .map(|r| {
                    vec![
                        format!("{}: {}", r.id, r.description),
                        format!("{}×{} = {}", r.likelihood, r.impact, r.score()),
                        r.mitigation.clone(),
                        r.owner.clone(),
                    ]
                })
                .collect(),
        });
    }
    section(t!("brief-harm"), b)
}

/// Section 8, next steps: the pending actions, overdue ones marked; without any, the team's own
/// list stands in.
fn next_steps_section(g: &mut Gather<'_>, today: NaiveDate) -> BriefSection {
    let mut b = Vec::new();
    let actions: Vec<Vec<String>> = g
        .session
        .actions
        .iter()
        .filter(|a| a.status.is_pending())
        .map(|a| {
            vec![
                format!("{}: {}", a.id, a.text),
                a.owner.clone(),
                a.due.map(|d| due_cell(d, today)).unwrap_or_default(),
            ]
        })
        .collect();
    if !actions.is_empty() {
        b.push(Block::Table {
            headers: vec![
                t!("brief-col-action"),
                t!("brief-col-owner"),
                t!("brief-col-due"),
            ],
            widths: vec![66, 20, 14],
            rows: actions,
        });
        return section(t!("brief-next-steps"), b);
    }
    let notes = g.answer(NEXT_ACTIONS);
    if notes.is_empty() {
        g.missing.push(t!("brief-next-steps-missing"));
    } else {
        b.push(Block::Field {
            label: t!("brief-next-steps"),
            text: notes,
        });
    }
    section(t!("brief-next-steps"), b)
}

/// A due date, with how late it is when it has passed.
fn due_cell(due: NaiveDate, today: NaiveDate) -> String {
    let date = due.format("%Y-%m-%d").to_string();
    let late = (today - due).num_days();
    if late > 0 {
        t!("brief-due-overdue", date = date, days = late)
    } else {
        date
    }
}

/// Section 9, the approval recorded in the session: the verdict, by whom and when, and comments.
fn approval_section(session: &Session) -> BriefSection {
    let blocks = match &session.brief.approval {
        Some(a) => {
            let mut b = vec![Block::Field {
                label: t!("brief-approval-verdict"),
                text: a.sentence(),
            }];
            if !a.comments.trim().is_empty() {
                b.push(Block::Field {
                    label: t!("brief-approval-comments"),
                    text: a.comments.clone(),
                });
            }
            b
        }
        None => vec![Block::Sentences(vec![t!("brief-approval-pending")])],
    };
    section(t!("brief-approval"), blocks)
}

fn section(heading: String, blocks: Vec<Block>) -> BriefSection {
    BriefSection { heading, blocks }
}
