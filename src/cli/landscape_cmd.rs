//! `pim-workshop import-landscape PATH CSV`: bring a landscape table (exported earlier, or a
//! colleague's) into a session's register. All or nothing; the session is locked while it is written.

use std::path::Path;
use std::process::ExitCode;

use crate::display;
use crate::landscape;
use crate::storage::{self, LockError, SessionLock};

use super::content_cmd;

fn one(text: &str) -> String {
    display::sanitize(text, false).into_owned()
}

/// Imports `csv` into the session at `path`.
pub fn import(path: &Path, csv: &Path, content: Option<&Path>) -> ExitCode {
    let pack = match content_cmd::pack_for_run(content) {
        Ok(p) => p,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let text = match std::fs::read(csv) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                eprintln!(
                    "pim-workshop: {} is not UTF-8 text. Save the table as \"CSV UTF-8\" and try again.",
                    one(&csv.display().to_string())
                );
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!(
                "pim-workshop: could not read {}: {e}. Check the path and try again.",
                one(&csv.display().to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    let _lock = match SessionLock::acquire(path) {
        Ok(lock) => lock,
        Err(e @ LockError::Held(_)) => {
            eprintln!(
                "pim-workshop: {} Nothing was imported; close the session there first.",
                one(&e.to_string())
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("pim-workshop: {}", one(&e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let mut loaded = match storage::load_session(path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "pim-workshop: {} Nothing was imported.",
                one(&e.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    let now = chrono::Local::now().fixed_offset();
    let by = loaded.session.facilitator.clone();
    match landscape::import_csv(&mut loaded.session, &pack, &text, now, &by) {
        Ok(report) => {
            if let Err(e) = storage::save_session(path, &loaded.session) {
                eprintln!(
                    "pim-workshop: {} Nothing was imported.",
                    one(&e.to_string())
                );
                return ExitCode::FAILURE;
            }
            println!("{}", one(&report.to_string()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("{}", one(line));
            }
            ExitCode::FAILURE
        }
    }
}
