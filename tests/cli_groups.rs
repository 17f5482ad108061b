//! `pim-workshop split`, `merge` and `summary` on real files: group files beside the plenary (0600),
//! merge under the plenary's lock, never over a plenary that failed to load, idempotent, hostile group
//! files inert on the terminal.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use pim_workshop::session::{ActionDraft, DecisionDraft};
use pim_workshop::storage;
use support::bin::{bin, stderr, stdout};

fn run(args: &[&str], paths: &[&Path]) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    for p in paths {
        cmd.arg(p);
    }
    cmd.output().unwrap()
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// A plenary training session and `n` group files split from it for step 1.
fn plenary_and_groups(dir: &Path, n: usize) -> (PathBuf, Vec<PathBuf>) {
    let plenary = support::bin::new_session(dir, "pim-training", "Port Veyra training");
    let out = bin()
        .arg("split")
        .arg(&plenary)
        .args(["--groups", &n.to_string(), "--steps", "assess-landscape"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("1.1 Define purpose and information needs, 1.2 Data and information review"),
        "{text}"
    );
    let groups: Vec<PathBuf> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Group "))
        .map(|l| PathBuf::from(l.split_once(": ").unwrap().1))
        .collect();
    assert_eq!(groups.len(), n, "{text}");
    (plenary, groups)
}

fn fill_group(path: &Path, answer: &str) {
    let mut g = storage::load_session(path).unwrap().session;
    g.set_answer(
        "define-purpose",
        "define-purpose.training-scenario",
        answer,
        now(),
        "member",
    );
    let d = g.add_decision(
        DecisionDraft {
            step: "assess-landscape".into(),
            title: format!("Decision of {}", g.title),
            ..Default::default()
        },
        now(),
        "member",
    );
    g.add_action(
        ActionDraft {
            text: "Ask the camp manager".into(),
            decisions: vec![d],
            ..Default::default()
        },
        now(),
        "member",
    );
    storage::save_session(path, &g).unwrap();
}

#[test]
fn split_writes_private_named_group_files_with_the_chosen_sub_steps() {
    let dir = tempfile::tempdir().unwrap();
    let (plenary, groups) = plenary_and_groups(dir.path(), 3);
    let p = storage::load_session(&plenary).unwrap().session;
    for (i, path) in groups.iter().enumerate() {
        assert_eq!(path.parent(), plenary.parent());
        let g = storage::load_session(path).unwrap().session;
        let origin = g.breakout.origin.unwrap();
        assert_eq!(origin.group, format!("Group {}", i + 1));
        assert_eq!(origin.plenary_id, p.id);
        assert_eq!(origin.substeps, ["define-purpose", "data-review"]);
        // People read the sub-steps by number and name, not by id.
        let split = &g.timeline.last().unwrap().summary;
        assert!(
            split.contains("1.1 Define purpose and information needs, 1.2 "),
            "{split}"
        );
        assert!(!split.contains("define-purpose"), "{split}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
    // A second split never overwrites the first one's files.
    let before: Vec<Vec<u8>> = groups.iter().map(|g| std::fs::read(g).unwrap()).collect();
    let out = run(&["split", "--groups", "3"], &[&plenary]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(sub-steps: 1.1 Define purpose"),
        "{}",
        stdout(&out)
    );
    let after: Vec<Vec<u8>> = groups.iter().map(|g| std::fs::read(g).unwrap()).collect();
    assert_eq!(before, after);
}

#[test]
fn split_refuses_bad_counts_and_unknown_steps() {
    let dir = tempfile::tempdir().unwrap();
    let plenary = support::bin::new_session(dir.path(), "pim-training", "T");
    let out = run(&["split", "--groups", "0"], &[&plenary]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("between 1 and 30"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &["split", "--groups", "2", "--steps", "no-such-step"],
        &[&plenary],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no-such-step"), "{}", stderr(&out));
}

#[test]
fn merge_reports_brings_everything_in_and_a_second_merge_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (plenary, groups) = plenary_and_groups(dir.path(), 2);
    fill_group(&groups[0], "Tamsin Plain, first camp");
    fill_group(&groups[1], "Port Veyra, legal status");
    let mut args: Vec<&Path> = vec![&plenary];
    args.extend(groups.iter().map(PathBuf::as_path));
    let out = run(&["merge"], &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Group 1: 1 new answer,"), "{text}");
    assert!(
        text.contains("1 decision (as a proposal), 1 action,"),
        "{text}"
    );
    assert!(text.contains("Saved"), "{text}");
    let p = storage::load_session(&plenary).unwrap().session;
    let answers = &p.breakout.answers["define-purpose/define-purpose.training-scenario"];
    let by_group: Vec<(&str, &str)> = answers
        .iter()
        .map(|a| (a.group.as_str(), a.text.as_str()))
        .collect();
    assert_eq!(
        by_group,
        [
            ("Group 1", "Tamsin Plain, first camp"),
            ("Group 2", "Port Veyra, legal status")
        ]
    );
    assert_eq!(p.decisions.len(), 2);
    assert!(p.decisions[0].title.starts_with("Group 1: "));
    assert_eq!(p.actions[1].decisions, vec![p.decisions[1].id.clone()]);
    assert!(storage::backup_path(&plenary).exists());

    // Same files again: nothing new, the file is not even rewritten.
    let bytes = std::fs::read(&plenary).unwrap();
    let out = run(&["merge"], &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("nothing new"), "{}", stdout(&out));
    assert!(stdout(&out).contains("was not changed"), "{}", stdout(&out));
    assert_eq!(std::fs::read(&plenary).unwrap(), bytes);
}

#[test]
fn merge_respects_the_lock_and_never_writes_a_plenary_it_cannot_load() {
    let dir = tempfile::tempdir().unwrap();
    let (plenary, groups) = plenary_and_groups(dir.path(), 1);
    fill_group(&groups[0], "words");
    let bytes = std::fs::read(&plenary).unwrap();
    {
        let _lock = storage::SessionLock::acquire(&plenary).unwrap();
        let out = run(&["merge"], &[&plenary, &groups[0]]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("open in another"), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("Nothing was merged"),
            "{}",
            stderr(&out)
        );
        assert_eq!(std::fs::read(&plenary).unwrap(), bytes);
    }
    std::fs::write(&plenary, b"{ \"schema_version\": 2, broken").unwrap();
    let out = run(&["merge"], &[&plenary, &groups[0]]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&plenary).unwrap(),
        b"{ \"schema_version\": 2, broken"
    );
}

#[test]
fn foreign_broken_and_hostile_group_files_are_reported_and_inert() {
    let dir = tempfile::tempdir().unwrap();
    let (plenary, groups) = plenary_and_groups(dir.path(), 1);
    // A hostile group: escape sequences in its name and answer.
    let mut g = storage::load_session(&groups[0]).unwrap().session;
    g.breakout.origin.as_mut().unwrap().group = "\u{1b}]0;pwned\u{7}Group\u{1b}[2J".into();
    g.set_answer(
        "define-purpose",
        "define-purpose.training-scenario",
        "\u{202e}x\u{1b}[31m",
        now(),
        "m",
    );
    storage::save_session(&groups[0], &g).unwrap();
    let other = support::bin::new_session(dir.path(), "pim-training", "Another training");
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, b"not json").unwrap();
    let out = run(&["merge"], &[&plenary, &groups[0], &other, &broken]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped file makes the exit status 1"
    );
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("not a group file"), "{text}");
    assert!(text.contains("broken.json: not merged"), "{text}");
    let p = storage::load_session(&plenary).unwrap().session;
    assert_eq!(p.breakout.merged.len(), 1, "the good group was merged");
}

#[test]
fn summary_prints_the_day_and_writes_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::bin::new_session(dir.path(), "pim-training", "Summary day");
    let mut s = storage::load_session(&path).unwrap().session;
    let t = now();
    s.start_module("opening", t);
    s.finish_module("opening", "Opening and expectations", 30, t, "F");
    s.set_present(1, "Ana", true, t, "F");
    s.add_parking("What about host communities?", t, "F");
    storage::save_session(&path, &s).unwrap();
    let date = t.date_naive().to_string();
    let out = run(&["summary", "--day", "1", "--date", &date], &[&path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for want in [
        "Summary day: day 1",
        "## Attendance (1 of 0)",
        "Opening and expectations (30 min planned, 0 min taken)",
        "## Modules of the day not finished",
        "What PIM is",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    assert!(text.contains("P-1 What about host communities?"), "{text}");
    let md = dir.path().join("day1.md");
    let out = run(&["summary", "--day", "1", "--out"], &[&md, &path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = std::fs::read_to_string(&md).unwrap();
    assert!(written.starts_with("# Summary day: day 1"), "{written}");
    assert!(written.contains("## Parking lot to review"), "{written}");
}

/// Paths of the group files a split printed ("Name: path · …").
fn printed_paths(text: &str, names: &[&str]) -> Vec<PathBuf> {
    names
        .iter()
        .map(|name| {
            let line = text
                .lines()
                .find(|l| l.trim().starts_with(&format!("{name}: ")))
                .unwrap_or_else(|| panic!("{name} not in {text}"));
            let rest = line.trim().strip_prefix(&format!("{name}: ")).unwrap();
            PathBuf::from(rest.split(" · ").next().unwrap())
        })
        .collect()
}

#[test]
fn split_assigns_names_rapporteurs_and_rounds_and_the_files_carry_their_members() {
    let dir = tempfile::tempdir().unwrap();
    let plenary = support::bin::new_session(dir.path(), "pim-training", "Amman training");
    let mut p = storage::load_session(&plenary).unwrap().session;
    p.participants = pim_workshop::session::participants::parse_list(
        "Amina (NRC); Ben (NRC); Dana (UNHCR); Eli (UNHCR); Hugo (IRC); Jun",
    );
    storage::save_session(&plenary, &p).unwrap();
    let out = run(
        &[
            "split",
            "--groups",
            "2",
            "--assign",
            "organisation",
            "--names",
            "Water; Shelter",
            "--rapporteurs",
            "Amina; Dana",
            "--round",
            "Data review",
        ],
        &[&plenary],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("3 members: "), "{text}");
    assert!(text.contains("rapporteur Amina"), "{text}");
    let files = printed_paths(&text, &["Water", "Shelter"]);
    let mut everyone = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let g = storage::load_session(f).unwrap().session;
        let o = g.breakout.origin.clone().unwrap();
        assert_eq!((o.number, o.round), (i as u32 + 1, 1));
        assert_eq!(o.round_label, "Data review");
        assert_eq!(
            g.facilitator,
            ["Amina", "Dana"][i],
            "the rapporteur speaks for the group"
        );
        let orgs: Vec<&str> = g
            .participants
            .iter()
            .map(|m| m.organisation.as_str())
            .collect();
        assert_eq!(orgs.iter().filter(|o| **o == "NRC").count(), 1, "{orgs:?}");
        everyone.extend(g.participants.iter().map(|m| m.name.clone()));
    }
    everyone.sort();
    assert_eq!(everyone, ["Amina", "Ben", "Dana", "Eli", "Hugo", "Jun"]);

    // A second round, written by hand, is round 2.
    let out = run(
        &["split", "--members", "Amina, *Jun | Hugo, Ben"],
        &[&plenary],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let second = printed_paths(&stdout(&out), &["Group 1", "Group 2"]);
    let g = storage::load_session(&second[0]).unwrap().session;
    assert_eq!(g.breakout.origin.as_ref().unwrap().round, 2);
    assert_eq!(g.facilitator, "Jun");

    // The groups' principle statuses come back on merge, in group order.
    for (f, note) in files.iter().zip(["water note", "shelter note"]).rev() {
        let mut g = storage::load_session(f).unwrap().session;
        let by = g.facilitator.clone();
        g.set_principle_check(
            "define-purpose",
            "do-no-harm",
            pim_workshop::session::PrincipleStatus::Concern,
            note,
            now(),
            &by,
        );
        storage::save_session(f, &g).unwrap();
    }
    let out = run(&["merge"], &[&plenary, &files[1], &files[0]]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1 principle status (as a proposal)"),
        "{}",
        stdout(&out)
    );
    let p = storage::load_session(&plenary).unwrap().session;
    let groups: Vec<&str> =
        pim_workshop::session::breakout::proposals(&p, "define-purpose", "do-no-harm")
            .iter()
            .map(|g| g.group.as_str())
            .collect();
    assert_eq!(groups, ["Data review · Water", "Data review · Shelter"]);
    let out = run(
        &["split", "--groups", "2", "--members", "A | B | C"],
        &[&plenary],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("3 groups are written by hand"),
        "{}",
        stderr(&out)
    );
}
