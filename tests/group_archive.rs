//! Archiving merged group files: refused while a group's work is not in its plenary, for a session of
//! its own and for a file open elsewhere; once merged, the file and its backup move into `archive/`
//! (never deleted, never over another file) and leave the library; from the home list, `A` asks first.

mod support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use pim_workshop::session::group_plan;
use pim_workshop::storage::{self, archive, groups};
use pim_workshop::tui::form::{Confirmation, FormPurpose};
use pim_workshop::tui::library::SessionRow;
use pim_workshop::tui::msg::{FacilAction, FacilEffect};
use pim_workshop::tui::update::{Action, Effect, update};
use support::keys::{press, press_char};

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

#[test]
fn only_a_merged_group_file_is_archived_and_it_moves_whole() {
    let dir = tempfile::tempdir().unwrap();
    let s = pim_workshop::session::Session::new(
        "Amman",
        "pim-training",
        Default::default(),
        "F",
        now(),
    );
    let plenary = storage::create_session_file(dir.path(), &s).unwrap();
    let plan = group_plan::plan(2, &[], Vec::new(), &[], "");
    let files =
        groups::split_files(&plenary, &plan, &["define-purpose".into()], now(), "F").unwrap();
    let mut g = storage::load_session(&files[0]).unwrap().session;
    g.set_answer(
        "define-purpose",
        "define-purpose.decisions",
        "Mobile teams",
        now(),
        "G1",
    );
    storage::save_session(&files[0], &g).unwrap();

    let why = archive::check(&files[0]).unwrap_err();
    assert!(why.contains("press J"), "{why}");
    assert!(
        archive::check(&plenary)
            .unwrap_err()
            .contains("session of its own")
    );

    groups::merge_files(&plenary, &files, now(), "F").unwrap();
    let ok = archive::check(&files[0]).unwrap();
    assert_eq!(
        (ok.group.as_str(), ok.plenary_title.as_str()),
        ("Group 1", "Amman")
    );
    // An empty group file brings nothing: it is "all merged" too.
    assert!(archive::check(&files[1]).is_ok());

    // Open elsewhere: refused, nothing moved.
    let held = storage::SessionLock::acquire(&files[0]).unwrap();
    assert!(
        archive::archive(&files[0])
            .unwrap_err()
            .contains("open in another")
    );
    drop(held);
    assert!(files[0].exists());

    let bytes = std::fs::read(&files[0]).unwrap();
    let to = archive::archive(&files[0]).unwrap();
    assert_eq!(
        to,
        dir.path()
            .join("archive")
            .join(files[0].file_name().unwrap())
    );
    assert_eq!(std::fs::read(&to).unwrap(), bytes, "moved, not rewritten");
    assert!(!files[0].exists());
    assert!(
        storage::backup_path(&to).exists(),
        "the backup went with it"
    );
    let listed = storage::library::session_files(dir.path());
    assert!(
        !listed.contains(&files[0]) && listed.contains(&plenary),
        "{listed:?}"
    );

    // A second file of the same name never goes over the first.
    std::fs::write(&files[0], &bytes).unwrap();
    let second = archive::archive(&files[0]).unwrap();
    assert_ne!(second, to);
    assert_eq!(std::fs::read(&to).unwrap(), bytes);
}

#[test]
fn from_the_home_list_a_asks_first_then_archives() {
    let mut app = support::app::home(100, 30);
    let path = PathBuf::from("/data/sessions/amman-group-1-2026-12-01.json");
    let row = SessionRow {
        path: path.clone(),
        title: "Amman – Group 1".into(),
        sort_key: "2026-12-01T10:00:00+03:00".into(),
        ..SessionRow::default()
    };
    update(&mut app, Action::SessionsScanned(vec![row]));
    press(&mut app, KeyCode::End);
    let effects = press_char(&mut app, 'A');
    assert_eq!(
        effects,
        vec![Effect::Facil(FacilEffect::CheckArchive(path.clone()))]
    );

    // Not merged yet: a sentence, no question.
    let why = "This file holds work that is not in the plenary yet.".to_string();
    update(
        &mut app,
        Action::Facil(FacilAction::ArchiveChecked(Err(why.clone()))),
    );
    assert!(app.form.is_none());
    assert_eq!(app.notice.as_ref().unwrap().text, why);

    let ok = archive::Archivable {
        path: path.clone(),
        group: "Group 1".into(),
        plenary_title: "Amman".into(),
    };
    update(&mut app, Action::Facil(FacilAction::ArchiveChecked(Ok(ok))));
    let form = app.form.as_ref().expect("a question");
    assert_eq!(
        form.purpose,
        FormPurpose::Confirm(Confirmation::ArchiveGroup(path.clone()))
    );
    assert!(form.title.contains("nothing is deleted"), "{}", form.title);
    let effects = press_char(&mut app, 'y');
    assert_eq!(
        effects,
        vec![Effect::Facil(FacilEffect::Archive(path.clone()))]
    );

    let to = PathBuf::from("/data/sessions/archive/amman-group-1-2026-12-01.json");
    let effects = update(
        &mut app,
        Action::Facil(FacilAction::Archived(Ok((path, to)))),
    );
    assert_eq!(
        effects,
        vec![Effect::ScanSessions],
        "the list is read again"
    );
    assert!(app.notice.as_ref().unwrap().text.contains("archive"));
}
