//! What an export is asked to hold beyond its format, and the session as such an export sees it: a
//! landscape table filtered by sharing level, an agreement draft narrowed to the systems named.

use std::borrow::Cow;

use crate::session::Session;

/// What an export is asked to hold beyond its format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The sharing level of a landscape table (public systems only by default).
    pub include: crate::landscape::Include,
    /// The systems a sharing-agreement draft covers: ids, names or organisations (empty: every
    /// system of the register).
    pub systems: Vec<String>,
}

/// Which of the options a format heeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A landscape table: the sharing level.
    Table,
    /// The sharing-agreement draft: the systems named.
    Agreement,
    /// Neither: the session as it is.
    Whole,
}

/// The session as a landscape export sees it: for a landscape table, only the systems its sharing
/// level allows (diagnoses dropped below `all`); for the sharing-agreement draft, the systems named
/// (by id, name or organisation; all when none is); any other format gets the session as it is.
pub fn scoped<'a>(session: &'a Session, scope: Scope, options: &ExportOptions) -> Cow<'a, Session> {
    if scope == Scope::Agreement {
        if options.systems.is_empty() {
            return Cow::Borrowed(session);
        }
        let wanted = |e: &crate::session::LandscapeEntry| {
            options.systems.iter().any(|w| {
                let w = w.trim();
                e.id.eq_ignore_ascii_case(w)
                    || e.name.trim().eq_ignore_ascii_case(w)
                    || e.organisation.trim().eq_ignore_ascii_case(w)
            })
        };
        let mut s = session.clone();
        s.landscape.retain(wanted);
        return Cow::Owned(s);
    }
    if scope != Scope::Table {
        return Cow::Borrowed(session);
    }
    let (kept, _) = crate::landscape::shareable(&session.landscape, options.include);
    let mut s = session.clone();
    s.landscape = kept;
    Cow::Owned(s)
}
