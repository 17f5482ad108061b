//! The plain front through a pipe (issue #22): a script of answers on stdin, the session file it
//! leaves, and the bytes it writes.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use pim_workshop::content::PromptKind;
use serde_json::{Value, json};
use support::bin::{bin, new_session};
use support::fixtures::pack;

/// Run `pim-workshop --data-dir DIR ARGS` with `input` on stdin (then closed: the end of input).
fn run(data_dir: &Path, args: &[&str], input: &str) -> Output {
    let mut cmd = bin();
    cmd.arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("PIM_WORKSHOP_PLAIN")
        .env("TERM", "xterm-256color");
    support::bin::with_input(&mut cmd, input)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// A value without the fields that say when and by whom (they differ from run to run).
fn without_times(mut v: Value) -> Value {
    match &mut v {
        Value::Object(map) => {
            map.remove("at");
            map.remove("by");
            map.remove("history");
            for (_, x) in map.iter_mut() {
                *x = without_times(x.take());
            }
        }
        Value::Array(items) => {
            for x in items.iter_mut() {
                *x = without_times(x.take());
            }
        }
        _ => {}
    }
    v
}

fn scoping(dir: &Path) -> PathBuf {
    new_session(dir, "needs-assessment-scoping", "Kalma scoping")
}

/// The script that answers every prompt of every sub-step of a scoping session, and the JSON its
/// `substeps` must come to, both from the pack.
fn full_scoping_script() -> (String, Value) {
    let pack = pack();
    let mut script = String::new();
    let mut expected = serde_json::Map::new();
    let kinds = pack.matrix.request_kinds.clone();
    let approach = pim_workshop::scoping::approach_options(&pack);
    let items = pim_workshop::scoping::pick_items(&pack);
    for sub in pack.template_substeps("needs-assessment-scoping") {
        let mut answers = serde_json::Map::new();
        for (i, p) in pack
            .prompts_for("needs-assessment-scoping", sub)
            .iter()
            .enumerate()
        {
            let n = i + 1;
            let text = format!("Answer to {}\nsecond line", p.id);
            let answer = match p.kind {
                PromptKind::Text | PromptKind::List | PromptKind::Areas => {
                    script += &format!("answer {n}\n{text}\n.\n");
                    json!({ "text": text })
                }
                PromptKind::RequestKind => {
                    script += &format!("answer {n}\n3\n{text}\n.\n");
                    json!({ "text": text, "picks": [kinds[1].id] })
                }
                PromptKind::Approach => {
                    script += &format!("answer {n}\n3 1\n{text}\n.\n");
                    json!({ "text": text, "picks": [approach[0].0, approach[2].0] })
                }
                PromptKind::Outputs => {
                    script += &format!("answer {n}\n4 2\n");
                    json!({ "text": "", "picks": [items[3].id, items[1].id] })
                }
                PromptKind::Landscape => {
                    // A system added at the first register prompt (a date it cannot read is
                    // asked again); at the second, Enter goes back.
                    script += &format!("answer {n}\n");
                    if !script.contains("Kalma monitoring") {
                        script += "Kalma monitoring\nUNHCR\n3\nKalma, Tawila\nKII\nmonthly\nlast week\n2026-10-31\n";
                    } else {
                        script += "\n";
                    }
                    continue;
                }
            };
            answers.insert(p.id.to_string(), answer);
        }
        script += "principles\n2\n2\nChecked with the protection cluster\ndone\nnext\n";
        expected.insert(
            sub.to_string(),
            json!({
                "status": "done",
                "answers": answers,
                "principles": { "do-no-harm": { "status": "addressed", "note": "Checked with the protection cluster" } }
            }),
        );
    }
    (script, Value::Object(expected))
}

#[test]
fn a_full_scoping_session_answered_on_stdin_yields_the_expected_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let (mut script, expected) = full_scoping_script();
    script += "decide\nUse existing monitoring data\nIt covers the districts\n3\n\n";
    script += "act\nAsk for the October dataset\nAmina\n2026-12-15\n";
    script += "risk\nRespondents targeted\n3\n4\nNo names recorded\nOmar\n";
    script += "park\nDonor reporting format\n";
    // No `quit`: the end of the input saves and leaves as cleanly.
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        &script,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = read_json(&path);
    assert_eq!(without_times(file["substeps"].clone()), expected);
    assert_eq!(
        without_times(file["decisions"].clone()),
        json!([{
            "id": "D-1", "step": "design-systems", "substep": "develop-system",
            "title": "Use existing monitoring data", "rationale": "It covers the districts",
            "principles": ["defined-purpose"], "status": "agreed"
        }])
    );
    let action = &file["actions"][0];
    assert_eq!(
        (
            action["text"].as_str(),
            action["owner"].as_str(),
            action["due"].as_str()
        ),
        (
            Some("Ask for the October dataset"),
            Some("Amina"),
            Some("2026-12-15")
        )
    );
    let risk = &file["risks"][0];
    assert_eq!(
        (risk["likelihood"].as_u64(), risk["impact"].as_u64()),
        (Some(3), Some(4))
    );
    assert_eq!(file["parking_lot"][0]["text"], "Donor reporting format");
    let register = file["landscape"].as_array().unwrap();
    assert_eq!(register.len(), 1, "{register:?}");
    assert_eq!(
        (
            &register[0]["name"],
            &register[0]["category"],
            &register[0]["last_update"]
        ),
        (
            &json!("Kalma monitoring"),
            &json!("protection-monitoring"),
            &json!("2026-10-31")
        )
    );
    assert_eq!(register[0]["areas"], json!(["Kalma", "Tawila"]));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("Session closed"), "{said}");
    assert!(
        !said.contains("Earlier sub-steps are untouched"),
        "each was answered first"
    );
}

#[test]
fn jumping_ahead_warns_of_untouched_sub_steps_but_never_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        "go 2.3
back
quit
",
    );
    let said = String::from_utf8(out.stdout).unwrap();
    let warning = "Earlier sub-steps are untouched (Define purpose and information needs, \
                   Data and information review).";
    assert_eq!(said.matches(warning).count(), 1, "{said}");
    assert!(said.contains("Sub-step 2.3,"), "{said}");
    let position = &read_json(&path)["position"]["substep"];
    assert_eq!(
        position, "sharing-networks",
        "moved (and back), and the place is kept"
    );
}

#[test]
fn bad_commands_and_out_of_range_numbers_get_the_sentence_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let before = std::fs::read(&path).unwrap();
    let script = "fly\ngo 9.9\nanswer 99\nprinciples\n99\nzero\n\nexport pdf\nquit\n";
    // No --plain: a session given on a pipe chooses the plain front.
    let out = run(dir.path(), &["open", path.to_str().unwrap()], script);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    for sentence in [
        "That is not a command: type help to list them, or quit to leave.",
        "There is no such sub-step here: type go and one of 1.1, 1.2, 2.2, 2.3.",
        "Type answer and a number from 1 to 11.",
        "Type a number from 1 to 8, or press Enter to keep what is there.",
        "Type export and one of: md, html, csv, json, brief, brief-html, docx, brief-docx, xlsx.",
    ] {
        assert!(said.contains(sentence), "missing {sentence:?} in:\n{said}");
    }
    assert_eq!(
        said.matches("Type a number from 1 to 8").count(),
        2,
        "once per bad number"
    );
    assert!(!said.contains("saved\n"), "nothing was saved:\n{said}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is unchanged"
    );
}

#[test]
fn the_end_of_input_in_the_middle_of_an_answer_keeps_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        "answer 2\nThe cluster asked for\na needs assessment in Kalma",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = read_json(&path);
    assert_eq!(
        file["substeps"]["define-purpose"]["answers"]["define-purpose.scoping-request-as-stated"]["text"],
        "The cluster asked for\na needs assessment in Kalma"
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        said.matches("saved\n").count(),
        1,
        "saved once for the answer:\n{said}"
    );
}

#[test]
fn no_escape_byte_is_written_even_for_a_hostile_session_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    support::fixtures::edit_json(&path, |v| {
        v["title"] = json!("\u{1b}]0;pwned\u{7}Kalma \u{1b}[2J\u{202e}scoping");
        v["substeps"] = json!({ "define-purpose": { "status": "in_progress", "answers": {
            "define-purpose.scoping-request-as-stated": { "text": "red \u{1b}[31mtext\u{9b}2J" } } } });
    });
    let script = "show\nanswer 2\n.\nreview\nrecords\nhelp\nguide\nlibrary\n3\n1\n\nlibrary\n6\nprotection\n1\n\nquit\n";
    for lang in ["en", "fr"] {
        let out = run(
            dir.path(),
            &["--lang", lang, "--plain", "open", path.to_str().unwrap()],
            script,
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !out.stdout.contains(&0x1b),
            "an escape byte was written ({lang})"
        );
        assert!(
            !out.stdout.windows(2).any(|w| w == [0xc2, 0x9b]),
            "a C1 CSI was written ({lang})"
        );
        let said = String::from_utf8(out.stdout).unwrap();
        assert!(said.contains("␛"), "the escape is shown as a mark ({lang})");
    }
}

#[test]
fn decisions_are_superseded_and_a_substep_skipped_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let script = "decide\nRun a 12-site survey\n\n\n1\n\
                  supersede\n1\nUse existing monitoring data\nThe survey repeats it\n3\n\n\
                  supersede\n2\n1\nA third way\n\n\n\n\
                  skip\nCovered last week\nquit\n";
    let out = run(
        dir.path(),
        &["--plain", "open", path.to_str().unwrap()],
        script,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = support::fixtures::read_session(&path);
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("D-1 is superseded by D-2."), "{said}");
    assert_eq!(s.decisions.len(), 3, "{said}");
    assert_eq!(s.decisions[0].status.as_str(), "superseded");
    assert_eq!(s.decisions[1].supersedes.as_deref(), Some("D-1"));
    assert_eq!(
        s.decisions[1].status.as_str(),
        "superseded",
        "superseded in turn by D-3"
    );
    assert_eq!(s.decisions[2].supersedes.as_deref(), Some("D-2"));
    // "1 of 1" the second time: only the newest of the chain can be superseded.
    assert!(
        said.contains("1 of 1: D-2: Use existing monitoring data"),
        "{said}"
    );
    assert_eq!(
        s.substep_status("define-purpose"),
        pim_workshop::session::SubstepStatus::Skipped {
            reason: "Covered last week".into()
        }
    );
}

#[test]
fn each_line_of_an_answer_is_on_disk_before_the_answer_ends() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let path = scoping(dir.path());
    let mut child = bin()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--plain", "open"])
        .arg(&path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"answer 2\nThe first line, still being written\n")
        .unwrap();
    stdin.flush().unwrap();
    let key = "define-purpose.scoping-request-as-stated";
    let start = std::time::Instant::now();
    let text = loop {
        let file = read_json(&path);
        let text = file["substeps"]["define-purpose"]["answers"][key]["text"].clone();
        if text.is_string() || start.elapsed() > std::time::Duration::from_secs(15) {
            break text;
        }
        std::thread::sleep(std::time::Duration::from_millis(30));
    };
    // Killed mid-answer: what was typed is on disk already.
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(text, "The first line, still being written");
    let file = read_json(&path);
    assert_eq!(
        file["substeps"]["define-purpose"]["answers"][key]["text"],
        text
    );
}
