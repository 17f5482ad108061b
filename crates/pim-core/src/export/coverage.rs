//! The principles × sub-steps coverage grid: for each PIM principle, how it was considered in each
//! sub-step of the session. Columns are the session's sub-steps in process order, grouped by step.

use crate::content::Pack;
use crate::session::{PrincipleStatus, Session};

use super::outline::session_substeps;

/// One cell of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverageCell {
    /// Discussed and addressed.
    Addressed,
    /// Discussed; a concern remains.
    Concern,
    /// Does not apply to this sub-step.
    NotApplicable,
    /// Marked open (to be discussed).
    Open,
    /// No check recorded at all.
    NeverDiscussed,
}

impl CoverageCell {
    /// True for cells still to be looked at: open or never discussed.
    pub fn is_gap(self) -> bool {
        matches!(self, CoverageCell::Open | CoverageCell::NeverDiscussed)
    }

    /// Every kind of cell, in legend order.
    pub const ALL: [CoverageCell; 5] = [
        CoverageCell::Addressed,
        CoverageCell::Concern,
        CoverageCell::NotApplicable,
        CoverageCell::Open,
        CoverageCell::NeverDiscussed,
    ];
}

impl From<PrincipleStatus> for CoverageCell {
    fn from(s: PrincipleStatus) -> Self {
        match s {
            PrincipleStatus::Open => CoverageCell::Open,
            PrincipleStatus::Addressed => CoverageCell::Addressed,
            PrincipleStatus::Concern => CoverageCell::Concern,
            PrincipleStatus::NotApplicable => CoverageCell::NotApplicable,
        }
    }
}

/// A column: one sub-step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageColumn {
    /// The sub-step id.
    pub substep: String,
    /// Its number, e.g. `1.2` (`?1`, `?2`… when the pack does not know it).
    pub code: String,
    /// Its title (the id when the pack does not know it).
    pub title: String,
}

/// A row: one principle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    /// The principle id.
    pub principle: String,
    /// Its name (the id when the pack does not know it).
    pub name: String,
    /// One cell per column.
    pub cells: Vec<CoverageCell>,
}

/// The whole grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The sub-steps.
    pub columns: Vec<CoverageColumn>,
    /// The principles: the pack's, then any other principle id the session records.
    pub rows: Vec<CoverageRow>,
}

impl Coverage {
    /// For each principle with gaps, the sub-steps where it is open or never discussed.
    pub fn gaps(&self) -> Vec<(&CoverageRow, Vec<&CoverageColumn>)> {
        self.rows
            .iter()
            .filter_map(|row| {
                let cols: Vec<&CoverageColumn> = row
                    .cells
                    .iter()
                    .zip(&self.columns)
                    .filter(|(c, _)| c.is_gap())
                    .map(|(_, col)| col)
                    .collect();
                (!cols.is_empty()).then_some((row, cols))
            })
            .collect()
    }
}

/// The coverage grid of a session.
pub fn coverage(session: &Session, pack: &Pack) -> Coverage {
    let columns: Vec<CoverageColumn> = session_substeps(session, pack)
        .into_iter()
        .map(|(id, code)| CoverageColumn {
            title: pack
                .substep(&id)
                .map_or_else(|| id.clone(), |(_, s)| s.title.clone()),
            substep: id,
            code,
        })
        .collect();
    let mut principles: Vec<(String, String)> = pack
        .principles
        .principles
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    for record in session.substeps.values() {
        for id in record.principles.keys() {
            if !principles.iter().any(|(p, _)| p == id) {
                principles.push((id.clone(), id.clone()));
            }
        }
    }
    let rows = principles
        .into_iter()
        .map(|(id, name)| CoverageRow {
            cells: columns
                .iter()
                .map(|col| {
                    session
                        .substeps
                        .get(&col.substep)
                        .and_then(|r| r.principles.get(&id))
                        .map_or(CoverageCell::NeverDiscussed, |c| c.status.into())
                })
                .collect(),
            principle: id,
            name,
        })
        .collect();
    Coverage { columns, rows }
}
