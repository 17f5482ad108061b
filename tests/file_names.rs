//! Session files are named after their titles in the titles' own scripts: an Arabic and a Chinese
//! session are told apart in a folder, two with the same title do not overwrite each other, and no
//! title leads out of the folder.

mod support;

use pim_workshop::storage;
use support::app::clock;
use support::fixtures::fresh_session;

#[test]
fn titles_in_arabic_and_chinese_give_different_readable_names() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let arabic = fresh_session("تقييم مخيم الأمل", "full-process", "Amina", clock());
    let chinese = fresh_session("卡尔马 需求评估", "full-process", "Li", clock());
    let a = storage::create_session_file(dir.path(), &arabic).expect("written");
    let c = storage::create_session_file(dir.path(), &chinese).expect("written");
    let name = |p: &std::path::Path| {
        p.file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned()
    };
    assert_eq!(name(&a), "تقييم-مخيم-الأمل-2026-11-21.json");
    assert_eq!(name(&c), "卡尔马-需求评估-2026-11-21.json");
    let again = storage::create_session_file(dir.path(), &arabic).expect("written");
    assert_eq!(name(&again), "تقييم-مخيم-الأمل-2026-11-21-2.json");
    for path in [&a, &c, &again] {
        assert_eq!(path.parent(), Some(dir.path()));
        let back = storage::load_session(path).expect("reads back");
        assert!(back.session.title == arabic.title || back.session.title == chinese.title);
    }
    let escape = fresh_session("../../ﻻ/..\\CON", "full-process", "x", clock());
    let e = storage::create_session_file(dir.path(), &escape).expect("written");
    assert_eq!(e.parent(), Some(dir.path()));
}
