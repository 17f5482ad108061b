//! The screens and their view state, registered once. A leaf of plain data (the screens' own files
//! hold what they do): every handler can name a screen to go to without an import circle.
//!
//! A new screen is its own file — its state type, `impl ScreenKind` (keys, title, commands; in
//! `screen.rs`) and `impl Draw` (in `view/mod.rs`) — plus one line in `screens!` below. The verbs
//! (`Screen::context`, `title`, `handle`, `type_query`, `tab`, and drawing) reach every registered
//! screen through `each_screen!`, which the same line extends.

use std::path::PathBuf;

use super::facil::views::FacilScreen;
use super::library::ReviewState;
use super::reference::RefState;
use super::tabs::{BriefView, LandscapeView, MatrixView, OutputsView, RecordsState};
use super::workshop::WorkshopState;

/// The home screen: the session library and the start entries. Its state (cursor, filter, sort) is
/// the app's `HomeState`, which outlives the screen so that coming back finds the list as it was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HomeScreen;

/// The session is open in another instance: say who has it, offer read-only.
#[derive(Clone, Debug)]
pub struct LockHeld {
    pub path: PathBuf,
    pub message: String,
}

/// Declares `Screen` with one variant per line, and `each_screen!(screen, s => expr)`, which runs
/// `expr` with `s` bound to whichever screen it is (the verbs' one dispatch).
macro_rules! screens {
    ($d:tt $( $(#[$meta:meta])* $variant:ident($ty:ty), )*) => {
        /// The screens; overlays (help, forms) sit on top of whichever is current.
        #[derive(Clone, Debug)]
        pub enum Screen {
            $( $(#[$meta])* $variant($ty), )*
        }

        macro_rules! each_screen {
            ($d screen:expr, $d s:ident => $d body:expr) => {
                match $d screen {
                    $( $crate::tui::screens::Screen::$variant($d s) => $d body, )*
                }
            };
        }
        pub(crate) use each_screen;
    };
}

screens! { $
    Home(HomeScreen),
    /// The knowledge base: process, principles, Matrix, glossary.
    Reference(RefState),
    /// A saved session, read as a document.
    Review(Box<ReviewState>),
    /// The guided workshop on the open session.
    Workshop(Box<WorkshopState>),
    LockHeld(LockHeld),
    /// Decisions, actions, risks, parking lot or coverage of the open session.
    Records(RecordsState),
    /// The landscape register.
    Landscape(LandscapeView),
    /// The operation's Matrix: the register by category and area.
    Matrix(MatrixView),
    /// Classifying the systems without a PIM category, one at a time.
    Classify(super::classify::ClassifyView),
    /// The output picker (scoping, or a system's outputs).
    Outputs(OutputsView),
    /// The scoping brief's preview.
    Brief(BriefView),
    /// The facilitator's toolkit: agenda, dot vote, attendance, end-of-day summary.
    Facil(Box<FacilScreen>),
    /// Searching inside the library's sessions.
    Find(Box<super::find::FindState>),
}
