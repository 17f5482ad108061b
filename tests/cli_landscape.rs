//! `pim-workshop import-landscape` and the domain agree: the command reports exactly the problems the
//! domain finds (`landscape::parse_csv`, which checks each row with `LandscapeEntry::problems`), and a
//! good table leaves the register the domain's `import_csv` makes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, FixedOffset};
use pim_workshop::content::{self, Pack};
use pim_workshop::landscape::{self, EntryProblem, ImportError, MAX_TABLE_BYTES};
use pim_workshop::session::{LandscapeEntry, Session};
use pim_workshop::storage;

fn pack() -> Pack {
    content::load_embedded().expect("the built-in pack loads")
}

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T10:00:00+01:00").expect("a date")
}

/// A copy of the Kalma example with an empty register, in `dir`.
fn session_in(dir: &Path) -> PathBuf {
    let kalma = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/kalma-needs-assessment-scoping.json");
    let mut s = storage::read_session_read_only(&kalma)
        .expect("the example reads")
        .session;
    s.landscape.clear();
    let path = dir.join("session.json");
    storage::save_session(&path, &s).expect("saved");
    path
}

fn import(session: &Path, csv: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pim-workshop"))
        .arg("import-landscape")
        .arg(session)
        .arg(csv)
        .output()
        .expect("the binary runs")
}

fn register(path: &Path) -> Vec<LandscapeEntry> {
    storage::read_session_read_only(path)
        .expect("the session reads")
        .session
        .landscape
}

const BAD: &str = "name,category,last_update,shared_with,status,reliability,outputs,sharing_in_place,contact_role\n\
    ,weather,31/31/2026,everyone,sometimes,excellent,no-such-output,no-such-solution,amina@example.org\n\
    Protection monitoring,protection-monitoring,2026-10-31,public,active,high,monitoring-environment,retain-staff,Coordinator\n\
    DTM,Population Data,,,paused,,,,call +249 91 234 5678\n";

#[test]
fn the_command_reports_what_the_domain_finds() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let session = session_in(dir.path());
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, BAD).expect("written");
    let before = std::fs::read(&session).expect("read");

    let out = import(&session, &csv);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let domain = landscape::parse_csv(&pack(), BAD).expect_err("the table is wrong");
    assert_eq!(stderr, format!("{domain}\n"));
    assert_eq!(
        std::fs::read(&session).expect("read"),
        before,
        "nothing imported"
    );

    // The row problems are the entry checks the workshop's form uses, in the same order.
    let ImportError::Rows(rows) = domain else {
        panic!("row problems expected")
    };
    let line_2: Vec<&str> = rows
        .iter()
        .filter(|r| r.line == 2)
        .map(|r| r.message.as_str())
        .collect();
    let entry = LandscapeEntry {
        name: String::new(),
        outputs: vec!["no-such-output".into()],
        sharing_in_place: vec!["no-such-solution".into()],
        ..Default::default()
    };
    let checks: Vec<String> = entry
        .problems(&pack())
        .iter()
        .map(EntryProblem::to_string)
        .collect();
    // The e-mail address is not a problem of the row: it is left out, never stored.
    assert_eq!(line_2.len(), 8, "{line_2:?}");
    let entry_level: Vec<&str> = line_2
        .iter()
        .copied()
        .filter(|m| checks.iter().any(|c| c == m))
        .collect();
    assert_eq!(entry_level, checks);
    let line_4: Vec<&str> = rows
        .iter()
        .filter(|r| r.line == 4)
        .map(|r| r.message.as_str())
        .collect();
    assert!(line_4.is_empty(), "a phone number is left out: {line_4:?}");
    let only_4: String = BAD
        .lines()
        .enumerate()
        .filter(|(i, _)| *i == 0 || *i == 3)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    let parsed = landscape::parse_csv(&pack(), &only_4).expect("a good row");
    assert_eq!(parsed.entries[0].contact_role, "");
    assert!(
        parsed
            .notes
            .iter()
            .any(|n| n.contains("Line 2") && n.contains("contact_role"))
    );
}

#[test]
fn a_good_table_gives_the_register_the_domain_gives() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let session = session_in(dir.path());
    let good: String = BAD
        .lines()
        .enumerate()
        .filter(|(i, _)| *i == 0 || *i == 2)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    let csv = dir.path().join("good.csv");
    std::fs::write(&csv, &good).expect("written");

    let mut expected: Session = storage::read_session_read_only(&session)
        .expect("reads")
        .session;
    let report = landscape::import_csv(&mut expected, &pack(), &good, now(), "x")
        .expect("the table is good");
    let out = import(&session, &csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{report}\n"));
    assert_eq!(register(&session), expected.landscape);
    assert!(
        expected.landscape[0].validate(&pack()).is_ok(),
        "what was imported passes the form's checks too"
    );
}

#[test]
fn the_command_reads_the_table_through_the_domain_reader() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let session = session_in(dir.path());
    let big = dir.path().join("big.csv");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(MAX_TABLE_BYTES + 1))
        .expect("a large file");
    let out = import(&session, &big);
    assert_eq!(out.status.code(), Some(1));
    let reason = landscape::read_table(&big, None).expect_err("too large");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "pim-workshop: could not read {}: {reason}. Check the path and try again.\n",
            big.display()
        )
    );
    assert!(register(&session).is_empty());
    // Not UTF-8: read as Latin-1, and the report says so.
    let latin1 = dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"name\n\xe9t\xe9\n").expect("written");
    let out = import(&session, &latin1);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("read as Latin-1"));
    assert_eq!(register(&session)[0].name, "été");
}
