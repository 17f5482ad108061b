//! Reading a session back and writing it out: the review (the summary first, then each section,
//! as `pim-workshop show` prints it) and the exports (the core's formats, written where the
//! workshop writes them).

use std::path::Path;

use super::prompt::Io;
use super::workshop::{Workshop, now};
use crate::export::Format;
use crate::t;

/// `review`: the plain summary of the session (the report walk's text), a page at a time.
pub fn review(w: &Workshop, io: &mut Io) {
    let text = crate::export::text::render(&w.session, &w.pack, now().date_naive());
    io.page(&text);
}

/// `export FORMAT`: written to `<data folder>/exports/` under the format's usual name.
pub fn export(w: &Workshop, data_dir: &Path, arg: &str, io: &mut Io) {
    let offered = Format::offered(&w.session, &w.pack);
    let names: Vec<&str> = offered.iter().map(|f| f.name()).collect();
    let mut words = arg.split_whitespace();
    let (name, table) = (words.next().unwrap_or(""), words.next());
    if name.parse::<Format>() == Ok(Format::Csv) {
        csv_tables(w, data_dir, table, io);
        return;
    }
    let format = match name.parse::<Format>() {
        Ok(f) => f,
        Err(_) => {
            io.say(&t!("plain-bad-format", names = names.join(", ")));
            return;
        }
    };
    if let Err(why) = format.offer(&w.session, &w.pack)
        && !why.can_still_write()
    {
        io.say(&t!("plain-format-not-offered", names = names.join(", ")));
        return;
    }
    let dir = crate::tui::export_form::exports_dir(data_dir);
    let out = dir.join(crate::export::default_file_name(&w.session, format));
    let today = now().date_naive();
    match crate::export::export_to(
        &w.session,
        &w.pack,
        (format, &crate::export::ExportOptions::default()),
        today,
        &out,
        &w.path,
        true,
    ) {
        Ok(()) => io.say(&crate::export::exported_message(format, &out)),
        Err(e) => io.say(&t!("run-export-failed", error = e)),
    }
}

/// `export csv [TABLE]`: one tidy table per file (decisions, actions, risks, participants, and the
/// landscape register when it holds a system), or the one table named.
fn csv_tables(w: &Workshop, data_dir: &Path, table: Option<&str>, io: &mut Io) {
    use crate::export::tables::{self, TableKind};
    let kinds = match table {
        None => tables::csv_kinds(&w.session),
        Some(name) => match TableKind::parse(&name.to_lowercase()) {
            Some(kind) => vec![kind],
            None => {
                let names: Vec<&str> = TableKind::ALL.iter().map(|k| k.name()).collect();
                io.say(&t!("plain-bad-table", names = names.join(", ")));
                return;
            }
        },
    };
    let dir = crate::tui::export_form::exports_dir(data_dir);
    let today = now().date_naive();
    match crate::export::csv_files::write_tables(&w.session, &w.pack, &kinds, today, &dir, &w.path)
    {
        Ok(written) => io.say(&crate::export::csv_files::written_message(&written, &dir)),
        Err(e) => io.say(&t!("run-export-failed", error = e)),
    }
}
