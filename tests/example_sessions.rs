//! The shipped example sessions in sessions/ stay valid and consistent with the content pack.

mod support;

use pim_workshop::content;
use pim_workshop::storage;

fn examples() -> Vec<std::path::PathBuf> {
    support::fixtures::json_files(&support::fixtures::manifest_path("sessions"))
}

#[test]
fn there_are_a_scoping_and_a_training_example() {
    let kinds: Vec<String> = examples()
        .iter()
        .map(|p| storage::read_session_read_only(p).unwrap().session.template)
        .collect();
    assert!(
        kinds.contains(&"needs-assessment-scoping".to_string()),
        "{kinds:?}"
    );
    assert!(kinds.contains(&"pim-training".to_string()), "{kinds:?}");
}

#[test]
fn examples_parse_without_warnings_and_reference_real_content() {
    let pack = content::load_embedded().unwrap();
    for path in examples() {
        let parsed = storage::read_session_read_only(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            parsed.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            parsed.warnings
        );
        assert_eq!(
            parsed.migrated_from, None,
            "examples are written in the current schema"
        );
        let s = parsed.session;
        let template = pack.template(&s.template).expect("template exists");
        for (sub_id, record) in &s.substeps {
            let (_, sub) = pack
                .substep(sub_id)
                .unwrap_or_else(|| panic!("{}: sub-step {sub_id}", path.display()));
            for prompt in record.answers.keys() {
                let known = sub.prompts.iter().any(|p| &p.id == prompt)
                    || template
                        .extra_prompts
                        .iter()
                        .any(|p| &p.id == prompt && &p.substep == sub_id);
                assert!(known, "{}: prompt {prompt} under {sub_id}", path.display());
            }
            for principle in record.principles.keys() {
                assert!(
                    pack.principle(principle).is_some(),
                    "{}: principle {principle}",
                    path.display()
                );
            }
        }
        for d in &s.decisions {
            assert!(
                pack.step(&d.step).is_some(),
                "{}: decision {} step {}",
                path.display(),
                d.id,
                d.step
            );
        }
    }
}

#[test]
fn check_command_accepts_the_examples() {
    let out = support::bin::bin()
        .arg("check")
        .args(examples())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
