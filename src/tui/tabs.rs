//! The tab strip the session's lists share: decisions, actions, risks, the parking lot, coverage, the
//! landscape register, the operation's Matrix, and in a scoping session the outputs and the brief. Each
//! tab is a screen of its own; Tab and Shift+Tab go from one to the next (`Screen::handle`).

use std::cell::Cell;

use super::keys::{Command, Context};
use crate::session::EntryId;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Decisions,
    Actions,
    Risks,
    Parking,
    Coverage,
    /// The landscape register.
    Landscape,
    /// The operation's Matrix: the register read by category, with gaps and duplication.
    Matrix,
    /// The output picker and the output-first comparison (scoping sessions).
    Outputs,
    /// The scoping brief, as it will be exported (scoping sessions).
    Brief,
}

impl RecordKind {
    pub const ALL: [RecordKind; 9] = [
        RecordKind::Decisions,
        RecordKind::Actions,
        RecordKind::Risks,
        RecordKind::Parking,
        RecordKind::Coverage,
        RecordKind::Landscape,
        RecordKind::Matrix,
        RecordKind::Outputs,
        RecordKind::Brief,
    ];

    pub fn title(self) -> String {
        match self {
            RecordKind::Decisions => t!("tab-decisions"),
            RecordKind::Actions => t!("tab-actions"),
            RecordKind::Risks => t!("tab-risks"),
            RecordKind::Parking => t!("tab-parking"),
            RecordKind::Coverage => t!("tab-coverage"),
            RecordKind::Landscape => t!("tab-landscape"),
            RecordKind::Matrix => t!("ref-matrix"),
            RecordKind::Outputs => t!("tab-outputs"),
            RecordKind::Brief => t!("tab-brief"),
        }
    }

    /// The keys that apply on this tab's screen.
    pub fn context(self) -> Context {
        match self {
            RecordKind::Landscape => Context::Landscape,
            RecordKind::Matrix => Context::OperationMatrix,
            RecordKind::Outputs => Context::Outputs,
            RecordKind::Brief => Context::Brief,
            RecordKind::Risks => Context::Risks,
            RecordKind::Coverage => Context::Coverage,
            _ => Context::Records,
        }
    }

    /// The kinds a session offers: the outputs and the brief only in a scoping session.
    pub fn offered(scoping: bool) -> Vec<RecordKind> {
        RecordKind::ALL
            .into_iter()
            .filter(|k| scoping || !matches!(k, RecordKind::Outputs | RecordKind::Brief))
            .collect()
    }

    pub fn next(self, forward: bool, scoping: bool) -> RecordKind {
        let all = RecordKind::offered(scoping);
        let i = all.iter().position(|k| *k == self).unwrap_or(0);
        let n = all.len();
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

/// Move a list cursor for ↑/↓/PgUp/PgDn over `len` rows; whether the command was a move.
pub fn move_cursor(cursor: &mut usize, command: Command, len: usize) -> bool {
    let last = len.saturating_sub(1);
    *cursor = match command {
        Command::Up => cursor.saturating_sub(1),
        Command::Down => (*cursor + 1).min(last),
        Command::PageUp => cursor.saturating_sub(10),
        Command::PageDown => (*cursor + 10).min(last),
        _ => return false,
    };
    true
}

/// The list screen of decisions, actions, risks, the parking lot or coverage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordsState {
    /// Decisions, actions, risks, the parking lot or the coverage grid.
    pub kind: RecordKind,
    pub cursor: usize,
}

impl RecordsState {
    pub fn new(kind: RecordKind) -> Self {
        RecordsState { kind, cursor: 0 }
    }
}

/// The landscape register's screen: the cursor on its list.
/// The landscape register's screen: the cursor on its list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LandscapeView {
    pub cursor: usize,
}

/// The operation's Matrix screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatrixView {
    /// Index into the Matrix's categories.
    pub cursor: usize,
}

/// The output picker's screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutputsView {
    pub cursor: usize,
    /// The landscape entry whose outputs are picked (None: the outputs the session needs).
    pub entry: Option<EntryId>,
    /// How far the pane beside the list (the focused output in full, the comparison) is scrolled.
    pub side_scroll: u16,
}

/// The brief preview's screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BriefView {
    /// The first line shown.
    pub scroll: usize,
    /// How far it can scroll, as the last drawing found (the number of lines depends on the width), so
    /// scrolling stops at the last page.
    pub scroll_limit: Cell<usize>,
}
