//! Reading the framework in the plain front (issue #22): a sub-step's guidance, and the reference
//! library's process, principles, Matrix (by category, by criterion, output first) and glossary.

mod support;

use support::bin::{bin, new_session};
use support::fixtures::pack;

fn said(input: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path(), "full-process", "Reading");
    let mut cmd = bin();
    cmd.arg("--data-dir")
        .arg(dir.path())
        .args(["--plain", "open"])
        .arg(&path);
    let out = support::bin::with_input(&mut cmd, input);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_guidance_of_a_substep_has_its_notes_matrix_glossary_and_principles_in_action() {
    let pack = pack();
    let (_, sub) = pack.substep("define-purpose").unwrap();
    let text = said("guide\nquit\n");
    assert!(text.contains(&sub.facilitator.notes[0]), "{text}");
    for line in pack.related_matrix(sub) {
        assert!(text.contains(&line), "missing {line:?}");
    }
    let term = pack.term(&sub.glossary[0]).unwrap();
    assert!(text.contains(&term.term));
    let first = &pack.principles.principles[0];
    let in_action = pack.in_action("assess-landscape", &first.id, Some("define-purpose"));
    if let Some(q) = in_action.first() {
        assert!(text.contains(q), "missing {q:?}");
    }
}

#[test]
fn the_library_reads_the_matrix_three_ways_and_searches_the_glossary() {
    let pack = pack();
    let row = &pack.matrix.rows[1];
    let output = &pack.matrix.categories[0].output.items[0];
    let term = pack
        .glossary
        .terms
        .iter()
        .find(|t| t.term.to_lowercase().contains("consent"))
        .expect("a glossary term about consent");
    // Part 3: the Matrix by category, its 1st; part 4: by criterion, its 2nd entry; part 5: output first, its 1st; part 6: the glossary.
    let text = said(
        "library\n3\n1\n\nlibrary\n4\n2\n\nlibrary\n5\n1\n\nlibrary\n6\nconsent\n1\n\nlibrary\n2\n3\n\nquit\n",
    );
    assert!(
        text.contains(&row.explanation),
        "the criterion's explanation"
    );
    assert!(
        text.contains(&pack.matrix.categories[0].definition),
        "the first category"
    );
    assert!(text.contains(&output.text));
    assert!(text.contains(&term.definition), "the term found by search");
    assert!(
        text.contains(&pack.principles.principles[2].explanation),
        "the third principle"
    );
}
