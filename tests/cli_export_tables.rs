//! `export --format csv --table NAME`: one tidy table per file, one header row and one row per
//! record, names instead of slugs, the same values as the session file.

mod support;

use support::bin::bin;
use support::fixtures::{kalma, kalma_path};

/// The records of an RFC 4180 text (quoted fields may hold commas, quotes and newlines).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// `pim-workshop export KALMA --format FORMAT --table NAME`.
fn export(format: &str, name: &str) -> std::process::Output {
    let path = kalma_path();
    let args = [
        "export",
        path.to_str().unwrap(),
        "--format",
        format,
        "--table",
        name,
    ];
    bin().args(args).output().unwrap()
}

fn table(name: &str) -> Vec<Vec<String>> {
    let out = export("csv", name);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_csv(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn each_table_is_tidy_and_holds_the_sessions_values() {
    let s = kalma();
    let decisions = table("decisions");
    let actions = table("actions");
    let risks = table("risks");
    let participants = table("participants");
    for (rows, records) in [
        (&decisions, s.decisions.len()),
        (&actions, s.actions.len()),
        (&risks, s.risks.len()),
        (&participants, s.participants.len()),
    ] {
        assert_eq!(
            rows.len(),
            records + 1,
            "one header row, one row per record"
        );
        assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{rows:?}");
    }
    for (row, a) in actions[1..].iter().zip(&s.actions) {
        assert_eq!(row[0], a.id);
        assert_eq!(row[3], a.text);
        assert_eq!(row[5], a.due.map(|d| d.to_string()).unwrap_or_default());
    }
    for (row, r) in risks[1..].iter().zip(&s.risks) {
        assert_eq!(row[1], r.description);
        assert_eq!(row[4], r.score().to_string());
    }
    // Names, not slugs: the step and the principles read as in the framework.
    let d1 = &decisions[1];
    assert!(
        !d1[4].contains("define-purpose") && !d1[5].contains("do-no-harm"),
        "{d1:?}"
    );
    assert_eq!(participants[1][0], s.participants[0].name);
}

#[test]
fn table_needs_the_csv_format() {
    let out = export("md", "risks");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format csv"));
}

/// `--table landscape` is filtered by sharing level as every landscape table is: by default only the
/// systems shared publicly; `--include all` widens it.
#[test]
fn the_landscape_table_keeps_to_the_sharing_level() {
    let s = kalma();
    let public = s
        .landscape
        .iter()
        .filter(|e| e.shared_with == pim_workshop::session::SharedWith::Public)
        .count();
    assert!(
        public < s.landscape.len(),
        "the example holds non-public systems"
    );
    assert_eq!(
        table("landscape").len(),
        public + 1,
        "header and public systems"
    );
    let path = kalma_path();
    let out = bin()
        .args(["export", path.to_str().unwrap(), "--format", "csv"])
        .args(["--table", "landscape", "--include", "all"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let all = parse_csv(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(all.len(), s.landscape.len() + 1);
}
