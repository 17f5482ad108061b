//! What tests are given to work on: the embedded content pack, small sessions built here, the committed
//! example and hostile files, and temp folders (a copy of the pack, the names of what is in a folder).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use pim_workshop::content::{self, Pack};
use pim_workshop::session::{ContentRef, Session};
use pim_workshop::storage;

/// The embedded content pack.
pub fn pack() -> Pack {
    content::load_embedded().expect("the embedded pack parses")
}

/// `rel` below the root of the `pim-workshop` package.
pub fn manifest_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The committed Kalma scoping example.
pub fn kalma_path() -> PathBuf {
    manifest_path("sessions/kalma-needs-assessment-scoping.json")
}

/// A session file read as it is (read-only: no migration written, no lock).
pub fn read_session(path: &Path) -> Session {
    storage::read_session_read_only(path)
        .unwrap_or_else(|e| panic!("{}: the fixture must load: {e}", path.display()))
        .session
}

/// The committed Kalma scoping example, read.
pub fn kalma() -> Session {
    read_session(&kalma_path())
}

/// The hostile corpus's folder (tests/fixtures/hostile).
pub fn hostile_dir() -> PathBuf {
    manifest_path("tests/fixtures/hostile")
}

/// The hostile corpus's session files, in name order.
pub fn hostile_files() -> Vec<PathBuf> {
    json_files(&hostile_dir())
}

/// The `.json` files in `dir`, in name order.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// The content reference of the embedded pack, as a session made with it records it.
pub fn pim_core_content() -> ContentRef {
    ContentRef {
        pack_id: "pim-core-en".into(),
        version: "1.0.0".into(),
        ..ContentRef::default()
    }
}

/// A new session on the embedded pack (in memory; `bin::new_session` makes a file with the binary).
pub fn fresh_session(
    title: &str,
    template: &str,
    facilitator: &str,
    at: DateTime<FixedOffset>,
) -> Session {
    Session::new(title, template, pim_core_content(), facilitator, at)
}

/// The toolkit tests' training: "Tamsin Plain training" on `template`, facilitated by Ingrid, with
/// three participants (Ana Ruiz, Ben Okafor, Chen Li), begun `at`.
pub fn tamsin_training(template: &str, at: DateTime<FixedOffset>) -> Session {
    let mut s = fresh_session("Tamsin Plain training", template, "Ingrid", at);
    for name in ["Ana Ruiz", "Ben Okafor", "Chen Li"] {
        s.participants
            .push(pim_workshop::session::Participant::named(name));
    }
    s
}

/// A temp folder holding a copy of the embedded pack's files.
pub fn copy_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in content::embedded_sources() {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// Read the JSON file at `path`, change it with `f` and write it back.
pub fn edit_json(path: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    f(&mut v);
    fs::write(path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

/// The names in `dir`, sorted.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The first file in `dir` whose extension is `ext`; panics when there is none.
pub fn only_file(dir: &Path, ext: &str) -> PathBuf {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == ext))
        .unwrap_or_else(|| panic!("no .{ext} file in {}", dir.display()))
}

/// Copy `from` into `dir`; returns the copy's path.
pub fn copy_into(dir: &Path, from: &Path) -> PathBuf {
    let to = dir.join(from.file_name().unwrap());
    fs::copy(from, &to).unwrap();
    to
}

/// A committed example in `sessions/` is exactly `bytes` (what the program writes when the test file
/// `test` builds it); with `UPDATE_EXAMPLES` set, it is rewritten instead.
pub fn check_example(path: &Path, bytes: &[u8], test: &str) {
    if std::env::var_os("UPDATE_EXAMPLES").is_some() {
        fs::write(path, bytes).unwrap();
        return;
    }
    let have = fs::read(path).unwrap_or_default();
    assert!(
        have == bytes,
        "{} is stale: regenerate it with UPDATE_EXAMPLES=1 cargo test --test {test}",
        path.display()
    );
}
