//! The plain-text summary printed by `pim-workshop show` and shown by the review screen: for pipes,
//! printing and screen readers. It is the report walk ([`super::report`]) written by [`TextWriter`]
//! (see [`super::text_writer`]), which passes every value from the file or the pack through
//! [`escape::line`](super::escape::line), so no control character, escape sequence or bidi override
//! reaches the terminal.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::session::Session;

use super::model::Report;
use super::report;

pub use super::text_writer::TextWriter;

/// The summary of a session as of `today` (for overdue actions).
pub fn render(session: &Session, pack: &Pack, today: NaiveDate) -> String {
    let mut w = TextWriter::default();
    report::write(
        &Report {
            session,
            pack,
            today,
        },
        &mut w,
    );
    w.finish()
}
