//! The screens and their view state. A leaf of plain data (the screens' own files hold what they do):
//! every handler can name a screen to go to without an import circle.

use std::path::PathBuf;

use super::facil::views::FacilScreen;
use super::library::ReviewState;
use super::reference::RefState;
use super::tabs::{BriefView, LandscapeView, MatrixView, OutputsView, RecordsState};
use super::workshop::WorkshopState;

/// The screens; overlays (help) sit on top of whichever is current.
#[derive(Clone, Debug)]
pub enum Screen {
    Home,
    Reference(RefState),
    Review(Box<ReviewState>),
    Workshop(Box<WorkshopState>),
    /// The session is open in another instance: say who has it, offer read-only.
    LockHeld {
        path: PathBuf,
        message: String,
    },
    /// Decisions, actions, risks, parking lot or coverage of the open session.
    Records(RecordsState),
    /// The landscape register.
    Landscape(LandscapeView),
    /// The operation's Matrix: the register by category and area.
    Matrix(MatrixView),
    /// The output picker (scoping, or a system's outputs).
    Outputs(OutputsView),
    /// The scoping brief's preview.
    Brief(BriefView),
    /// The facilitator's toolkit: agenda, dot vote, attendance, end-of-day summary.
    Facil(Box<FacilScreen>),
}
