//! `pim-workshop export --format`: the names are the core's (`Format::ALL`), and the core's rule
//! decides which formats a session gets.

use std::path::{Path, PathBuf};
use std::process::Command;

use pim_workshop::export::Format;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pim-workshop"))
}

fn session(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(name)
}

#[test]
fn the_help_lists_every_format_by_its_name() {
    let out = bin().args(["export", "-h"]).output().unwrap();
    // clap wraps the help; read it as one line.
    let help = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
    assert!(
        help.contains(&format!("[possible values: {}]", names.join(", "))),
        "{help}"
    );
}

#[test]
fn every_format_is_accepted_by_name_for_a_scoping_session() {
    let kalma = session("kalma-needs-assessment-scoping.json");
    for f in Format::ALL {
        let out = bin()
            .arg("export")
            .arg(&kalma)
            .args(["--format", f.name()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}: {:?}", f.name(), out);
    }
    let out = bin()
        .arg("export")
        .arg(&kalma)
        .args(["--format", "brief-html"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_training_gets_no_brief_and_an_empty_register_table_with_a_word() {
    let training = session("pim-training-day-1.json");
    let run = |format: &str| {
        bin()
            .arg("export")
            .arg(&training)
            .args(["--format", format])
            .output()
            .unwrap()
    };
    for brief in ["brief", "brief-html"] {
        let out = run(brief);
        assert_eq!(out.status.code(), Some(1), "{brief}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--format md"));
    }
    let out = run("landscape-csv");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("register of this session is empty"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("#meta+id"));
}
