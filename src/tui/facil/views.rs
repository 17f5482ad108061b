//! The facilitator's screens and their view state (cursors, the day shown): plain data.

use crate::session::VoteId;
use crate::t;
use crate::tui::keys::Context;

/// The facilitator's screens.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilScreen {
    Agenda(AgendaView),
    Vote(VoteView),
    /// The session's votes, open ones first.
    Votes(VotesView),
    Attendance(AttendanceView),
    Summary(SummaryView),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AgendaView {
    /// Index into the agenda.
    pub cursor: usize,
    pub scroll: u16,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct VoteView {
    /// The vote's id.
    pub vote: VoteId,
    pub option: usize,
    pub voter: usize,
}

/// The list of votes: the cursor is an index into `Session::votes_listed`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VotesView {
    pub cursor: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AttendanceView {
    pub day: u8,
    pub cursor: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SummaryView {
    pub day: u8,
    pub scroll: usize,
}

impl FacilScreen {
    pub fn context(&self) -> Context {
        match self {
            FacilScreen::Agenda(_) => Context::Agenda,
            FacilScreen::Vote(_) => Context::Vote,
            FacilScreen::Votes(_) => Context::Votes,
            FacilScreen::Attendance(_) => Context::Attendance,
            FacilScreen::Summary(_) => Context::DaySummary,
        }
    }

    pub fn title(&self) -> String {
        match self {
            FacilScreen::Agenda(_) => t!("facil-title-agenda"),
            FacilScreen::Vote(_) => t!("facil-title-vote"),
            FacilScreen::Votes(_) => t!("present-title-votes"),
            FacilScreen::Attendance(_) => t!("facil-title-attendance"),
            FacilScreen::Summary(_) => t!("facil-title-summary"),
        }
    }
}
