//! What the presenter view projects: one thing at a time, chosen by the screen under it — the
//! workshop's prompt, one agenda module (its title, its timer and its text together), a dot vote, or
//! an entry of the reference library. `update` uses it for the presenter's keys, the view to draw it.

use crate::content::{AgendaModule, Pack};
use crate::session::VoteId;
use crate::tui::keys::Command;
use crate::tui::open::OpenSession;
use crate::tui::reference::{EntryKey, entries};
use crate::tui::screens::Screen;

use super::views::FacilScreen;

/// What is on the projector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Projected {
    /// The workshop's current prompt, with the room's and the groups' answers.
    Prompt,
    /// One module of the agenda (an index into the session's agenda, [`presenter_module`]).
    Module(usize),
    /// A dot vote: its options and the count of dots while it is open, its result once closed.
    Vote(VoteId),
    /// An entry of the reference library (a Matrix category, a principle, a glossary term…).
    Reference(EntryKey),
}

/// What the presenter view shows over `screen`; `None` where it does not apply (that screen is drawn
/// as usual).
pub fn projected(screen: &Screen, pack: &Pack, open: Option<&OpenSession>) -> Option<Projected> {
    match screen {
        Screen::Workshop(_) => open.map(|_| Projected::Prompt),
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => Some(Projected::Module(a.cursor)),
            FacilScreen::Vote(v) => Some(Projected::Vote(v.vote.clone())),
            FacilScreen::Votes(v) => open?
                .session
                .votes_listed()
                .get(v.cursor)
                .map(|vote| Projected::Vote(vote.id.as_str().into())),
            FacilScreen::Attendance(_) | FacilScreen::Summary(_) => None,
        },
        Screen::Reference(r) => entries(pack, r)
            .get(r.cursor)
            .map(|e| Projected::Reference(e.key.clone())),
        _ => None,
    }
}

/// The module at `index` of the session's agenda (`Session::effective_agenda`, the facilitator's
/// shaping) as the presenter shows it: the template's module with the title, day and minutes the
/// agenda gives it; `None` for a break, lunch or another free item.
pub fn presenter_module(
    pack: &Pack,
    open: Option<&OpenSession>,
    index: usize,
) -> Option<AgendaModule> {
    let agenda = super::common::agenda(pack, open);
    let item = agenda.get(index)?;
    let mut module = item.module?.clone();
    module.title = item.title.clone();
    module.day = item.day;
    module.minutes = item.minutes;
    Some(module)
}

/// The free item (a break, lunch, another item) at `index` of the session's agenda: its title and
/// planned minutes; `None` for a module.
pub fn presenter_free_item(
    pack: &Pack,
    open: Option<&OpenSession>,
    index: usize,
) -> Option<(String, u32)> {
    let agenda = super::common::agenda(pack, open);
    let item = agenda.get(index)?;
    item.module
        .is_none()
        .then(|| (item.title.clone(), item.minutes))
}

/// Whether a key moves to another thing to project (another prompt, module, vote or entry): the
/// presenter's scroll then goes back to the top.
pub fn moves_on(command: Command) -> bool {
    matches!(
        command,
        Command::Up
            | Command::Down
            | Command::First
            | Command::Last
            | Command::NextSubstep
            | Command::PrevSubstep
            | Command::NextTab
            | Command::PrevTab
            | Command::NextMode
    )
}
