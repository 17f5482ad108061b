//! Shared helpers for integration tests.
#![allow(dead_code)]

pub mod pty;

use std::path::{Path, PathBuf};

/// Create a session with `pim-workshop new --no-open` in `data_dir`; returns the path it printed.
pub fn new_session(data_dir: &Path, template: &str, title: &str) -> PathBuf {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pim-workshop"))
        .env_remove(pim_workshop::paths::DATA_DIR_ENV)
        .arg("--data-dir")
        .arg(data_dir)
        .args(["new", "--template", template, "--title", title, "--no-open"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{title}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}
