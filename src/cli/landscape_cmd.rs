//! `pim-workshop import-landscape PATH CSV`: bring a landscape table (exported earlier, or a
//! colleague's) into a session's register. All or nothing; the session is locked while it is written.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use super::failure::report;
use crate::content::Pack;
use crate::display;
use crate::landscape::{self, TableReadError};
use crate::storage::{self, LockError, SessionLock};
use crate::t;

fn one(text: &str) -> String {
    display::sanitize(text, false).into_owned()
}

/// Imports `csv` into the session at `path`: every row is checked first ([`landscape::import_csv`]);
/// on any problem nothing is imported and each problem is printed with its line.
pub fn import(path: &Path, csv: &Path, sheet: Option<&str>, pack: &Pack) -> Result<ExitCode> {
    let table = read_table(csv, sheet)?;
    let _lock = lock(path)?;
    let not_imported = |e: &dyn std::fmt::Display| {
        anyhow!("{}", t!("cli-import-failed", error = one(&e.to_string())))
    };
    let mut loaded = storage::load_session(path).map_err(|e| not_imported(&e))?;
    let now = chrono::Local::now().fixed_offset();
    let by = loaded.session.facilitator.clone();
    let outcome =
        landscape::import_table(&mut loaded.session, pack, &table, now, &by).map_err(|e| {
            let lines: Vec<String> = e.to_string().lines().map(one).collect();
            report(lines.join("\n"))
        })?;
    storage::save_session(path, &loaded.session).map_err(|e| not_imported(&e))?;
    for line in outcome.to_string().lines() {
        println!("{}", one(line));
    }
    Ok(ExitCode::SUCCESS)
}

/// The table, through the domain's reader (size limit, CSV or a spreadsheet's sheet).
fn read_table(csv: &Path, sheet: Option<&str>) -> Result<landscape::RawTable> {
    let shown = one(&csv.display().to_string());
    landscape::read_table(csv, sheet).map_err(|e: TableReadError| {
        anyhow!(
            "{}",
            t!(
                "cli-import-unreadable",
                path = &shown,
                error = e.to_string()
            )
        )
    })
}

/// The session's lock, or why it cannot be had (it is open in the workshop elsewhere).
fn lock(path: &Path) -> Result<SessionLock> {
    SessionLock::acquire(path).map_err(|e| match e {
        LockError::Held(_) => anyhow!("{}", t!("cli-import-locked", error = one(&e.to_string()))),
        e => anyhow!("{}", one(&e.to_string())),
    })
}
