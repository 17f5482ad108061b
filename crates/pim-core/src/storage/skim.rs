//! The library's summary pass: a session file read for its list row only. The large parts (answers,
//! principle notes, the timeline, the landscape, participants, decision texts and histories) are
//! skipped by the JSON parser without being built (serde ignores a field the struct does not
//! name, as `serde::de::IgnoredAny`: scanned, checked as JSON, never allocated); what is kept is put into
//! a skeleton [`Session`] so that the rules a row shows — progress, open and overdue actions, the
//! warnings of [`load::sanitize`] — are the model's own, never written twice.
//!
//! Only a file of the current schema is skimmed. Anything else — an older file (migrated in memory),
//! a newer one, invalid UTF-8, JSON that does not fit — goes through the full parse, so its row and
//! its error are exactly the ones opening it gives.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

use super::load::{self, LoadError, Parsed};
use crate::session::status::{DecisionState, DecisionStatusWire, SubstepState, SubstepStatusWire};
use crate::session::{
    ActionItem, ActionStatus, Context, Decision, ParkingItem, Risk, SCHEMA_VERSION, Session,
    SubstepRecord,
};

/// What a row needs, as written in the file; every other field is skipped.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Skim {
    schema_version: Option<u64>,
    id: String,
    title: String,
    template: String,
    updated: DateTime<FixedOffset>,
    facilitator: String,
    context: SkimContext,
    substeps: BTreeMap<String, SkimSubstep>,
    decisions: Vec<SkimDecision>,
    actions: Vec<SkimAction>,
    risks: Vec<SkimRisk>,
    parking_lot: Vec<SkimId>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimContext {
    operation: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimSubstep {
    status: SubstepState,
    reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimDecision {
    id: String,
    status: DecisionState,
    superseded_by: Option<String>,
    supersedes: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimAction {
    id: String,
    status: ActionStatus,
    due: Option<NaiveDate>,
    decisions: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimRisk {
    id: String,
    likelihood: u8,
    impact: u8,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkimId {
    id: String,
}

impl Skim {
    /// The skeleton: a session holding only what the row shows and what its checks read.
    fn into_session(self) -> Session {
        let substeps = self
            .substeps
            .into_iter()
            .map(|(id, s)| {
                let status = SubstepStatusWire {
                    status: s.status,
                    reason: s.reason,
                };
                let record = SubstepRecord {
                    status: status.into(),
                    ..SubstepRecord::default()
                };
                (id, record)
            })
            .collect();
        let decisions = self
            .decisions
            .into_iter()
            .map(|d| Decision {
                id: d.id,
                status: DecisionStatusWire {
                    status: d.status,
                    superseded_by: d.superseded_by,
                }
                .into(),
                supersedes: d.supersedes,
                ..Decision::default()
            })
            .collect();
        let actions = self
            .actions
            .into_iter()
            .map(|a| ActionItem {
                id: a.id,
                status: a.status,
                due: a.due,
                decisions: a.decisions,
                ..ActionItem::default()
            })
            .collect();
        let risks = self
            .risks
            .into_iter()
            .map(|r| Risk {
                id: r.id,
                likelihood: r.likelihood,
                impact: r.impact,
                ..Risk::default()
            })
            .collect();
        let parking_lot = self
            .parking_lot
            .into_iter()
            .map(|p| ParkingItem {
                id: p.id,
                ..ParkingItem::default()
            })
            .collect();
        Session {
            id: self.id,
            title: self.title,
            template: self.template,
            updated: self.updated,
            facilitator: self.facilitator,
            context: Context {
                operation: self.context.operation,
                ..Context::default()
            },
            substeps,
            decisions,
            actions,
            risks,
            parking_lot,
            ..Session::default()
        }
    }
}

/// The session as far as a list row needs it (a skeleton for a current file, the whole session
/// otherwise), with the warnings opening it would give. `now` dates a migration, as in
/// [`load::parse_session`].
pub fn skim_session(
    path: &Path,
    bytes: &[u8],
    now: DateTime<FixedOffset>,
) -> Result<Parsed, LoadError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let skimmed = std::str::from_utf8(body)
        .ok()
        .and_then(|text| serde_json::from_str::<Skim>(text).ok())
        .filter(|s| s.schema_version == Some(u64::from(SCHEMA_VERSION)));
    match skimmed {
        Some(skim) => {
            let mut session = skim.into_session();
            let warnings = load::sanitize(&mut session);
            Ok(Parsed {
                session,
                migrated_from: None,
                warnings,
            })
        }
        None => load::parse_session(path, bytes, now),
    }
}
