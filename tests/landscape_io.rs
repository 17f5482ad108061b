//! Landscape tables that travel: real 3W/4W tables in (HXL rules, French headers, status words, one
//! row per area, contact columns, Latin-1), malformed CSV refused with its true line, spreadsheets in
//! and out, and the sharing-level filter of the exports.

mod support;

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use pim_workshop::export::{self, ExportOptions, Format};
use pim_workshop::landscape::{
    self, ImportError, Include, RawTable, TableProblem, TableReadError, read_table,
};
use pim_workshop::session::{Session, SharedWith, SystemStatus};
use support::bin::{bin, stderr, stdout};
use support::fixtures::{kalma, kalma_path, manifest_path, pack};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T10:00:00+01:00").unwrap()
}

fn fixture(name: &str) -> PathBuf {
    manifest_path(&format!("tests/fixtures/landscape/{name}"))
}

/// `pim-workshop import-landscape SESSION FILE [ARGS]`.
fn import_cmd(session: &Path, file: &Path, args: &[&str]) -> std::process::Output {
    bin()
        .arg("import-landscape")
        .arg(session)
        .arg(file)
        .args(args)
        .output()
        .unwrap()
}

fn import(path: &Path) -> (Session, landscape::ImportReport) {
    let table = read_table(path, None).expect("the fixture reads");
    let mut s = Session::default();
    let report =
        landscape::import_table(&mut s, &pack(), &table, now(), "x").expect("the fixture imports");
    (s, report)
}

#[test]
fn a_4w_with_title_rows_attributes_and_one_row_per_area_gives_the_expected_register() {
    let (s, report) = import(&fixture("4w_long_hxl.csv"));
    let names: Vec<(&str, &str)> = s
        .landscape
        .iter()
        .map(|e| (e.organisation.as_str(), e.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (
                "Kestrel Humanitarian",
                "Community-based protection monitoring"
            ),
            ("Harbourlight Children's Fund", "Case management"),
            ("Veldara DTM team", "Displacement tracking"),
            ("Kalma Women's Association", "Women's group meetings"),
        ],
        "three rows of one activity are one system; the first #activity+name column is read"
    );
    let pm = &s.landscape[0];
    assert_eq!(pm.areas, ["Kalma town", "Ferrin", "Oskar Valley"]);
    assert_eq!(pm.sector, "Protection");
    assert_eq!(pm.category, "", "the PIM category is left to classify");
    assert_eq!(pm.status, SystemStatus::Active, "Ongoing");
    assert_eq!(pm.frequency, "monthly");
    assert_eq!(s.landscape[1].status, SystemStatus::Active, "Active");
    assert_eq!(s.landscape[1].frequency, "continuous");
    assert_eq!(s.landscape[2].status, SystemStatus::Ended, "Completed");
    assert_eq!(
        s.landscape[2].areas,
        ["South Veldara"],
        "only admin 1 given"
    );
    assert_eq!(s.landscape[3].status, SystemStatus::Planned);
    // Areas are recorded with their level and P-code.
    let kalma_town = s.landscape_area("Kalma town").expect("recorded");
    assert_eq!(
        (kalma_town.level, kalma_town.pcode.as_str()),
        (Some(2), "VD0101")
    );
    assert_eq!(s.landscape_area("South Veldara").unwrap().level, Some(1));
    // No personal contact detail is stored anywhere.
    let json = serde_json::to_string(&s).unwrap();
    for personal in [
        "Amina",
        "kestrel.example",
        "234 5678",
        "Jon Berg",
        "0911 222 333",
    ] {
        assert!(!json.contains(personal), "{personal} was stored");
    }
    // The report says what it did.
    let text = report.to_string();
    assert!(text.contains(": 4 added, 0 updated"), "{text}");
    assert!(
        text.contains("4 systems have no PIM category yet"),
        "{text}"
    );
    assert!(text.contains("hashtag row was found on line 4"), "{text}");
    assert!(
        text.contains("Several columns match #activity+name")
            && text.contains("the first, Activity (#activity+i_en+name), was read"),
        "{text}"
    );
    assert!(
        text.contains("Personal contact columns were left out")
            && text.contains("Focal point e-mail (#contact+email)")
            && text.contains("Focal point phone (#contact+phone)"),
        "{text}"
    );
    assert!(
        text.contains("These columns were not read: Activity (French) (#activity+i_fr+name), Start date (#date+start), People reached (#reached+ind)."),
        "{text}"
    );
    assert!(
        text.contains("Lines 5, 6, 7 are one activity of Kestrel Humanitarian — Community-based protection monitoring and became one system covering 3 areas"),
        "{text}"
    );
}

#[test]
fn french_headers_without_hashtags_are_read_and_latin1_is_said() {
    for (file, latin1) in [("3w_fr_headers.csv", false), ("3w_fr_latin1.csv", true)] {
        let (s, report) = import(&fixture(file));
        assert_eq!(s.landscape.len(), 2, "{file}");
        let women = &s.landscape[0];
        assert_eq!(women.organisation, "Association des femmes de Kalma");
        assert_eq!(women.name, "Réunions de groupes de femmes");
        assert_eq!(women.areas, ["Basse Tessa", "Ferrin"]);
        assert_eq!(women.status, SystemStatus::Active, "En cours");
        assert_eq!(women.frequency, "weekly");
        assert_eq!(women.last_update, NaiveDate::from_ymd_opt(2026, 10, 31));
        assert_eq!(s.landscape[1].status, SystemStatus::Ended, "Terminé");
        assert_eq!(s.landscape[1].frequency, "one-off");
        assert_eq!(
            s.landscape[1].last_update,
            NaiveDate::from_ymd_opt(2026, 9, 1)
        );
        assert_eq!(s.landscape_area("Basse Tessa").unwrap().level, Some(2));
        let text = report.to_string();
        assert!(text.contains("Point focal, Téléphone"), "{text}");
        assert_eq!(text.contains("read as Latin-1"), latin1, "{text}");
        assert!(!serde_json::to_string(&s).unwrap().contains("Diallo"));
    }
}

/// A table's text with LF or CRLF line ends.
fn with_eol(lines: &[&str], eol: &str) -> Vec<u8> {
    let mut text = lines.join(eol);
    text.push_str(eol);
    text.into_bytes()
}

fn read_bytes(bytes: &[u8]) -> Result<RawTable, TableReadError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(&path, bytes).unwrap();
    read_table(&path, None)
}

#[test]
fn malformed_csv_is_refused_with_its_true_line_for_lf_and_crlf() {
    for eol in ["\n", "\r\n"] {
        // A quoted cell over two lines moves every later line by one: the line numbers are the file's.
        let open = with_eol(
            &[
                "name,notes",
                "A,\"two",
                "lines\"",
                "B,\"never closed",
                "C,x",
            ],
            eol,
        );
        match read_bytes(&open) {
            Err(TableReadError::Csv(TableProblem::UnterminatedQuote { line })) => {
                assert_eq!(line, 4, "{eol:?}")
            }
            other => panic!("{eol:?}: {other:?}"),
        }
        let ragged = with_eol(&["name,notes", "A,\"x", "y\"", "B,fine,extra", "C"], eol);
        let table = read_bytes(&ragged).expect("CSV");
        let mut s = Session::default();
        let err = landscape::import_table(&mut s, &pack(), &table, now(), "x").unwrap_err();
        let ImportError::Rows(rows) = &err else {
            panic!("{err}")
        };
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 5], "{eol:?}: {err}");
        assert!(rows[0].message.contains("3 cells where the header has 2"));
        assert!(
            s.landscape.is_empty() && s.timeline.is_empty(),
            "nothing half-imported"
        );
        let bad_date = with_eol(&["name,last_update", "A,2026-10-31", "", "B,soon"], eol);
        let err =
            landscape::import_table(&mut s, &pack(), &read_bytes(&bad_date).unwrap(), now(), "x")
                .unwrap_err();
        assert!(
            err.to_string().contains("line 4: last update \"soon\""),
            "{err}"
        );
        assert!(s.landscape.is_empty());
    }
    assert!(matches!(read_bytes(b""), Err(TableReadError::Empty)));
    assert!(matches!(read_bytes(b"\r\n\n"), Err(TableReadError::Empty)));
}

#[test]
fn the_cli_refuses_a_malformed_table_with_its_line_and_leaves_the_session_alone() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.json");
    std::fs::copy(kalma_path(), &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, "name,notes\r\nA,x\r\nB,\"open\r\nC,y\r\n").unwrap();
    let out = import_cmd(&session, &csv, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 3 opens a quoted cell that is never closed"),
        "{}",
        stderr(&out)
    );
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let out = import_cmd(&session, &empty, &[]);
    assert!(
        stderr(&out).contains("the file is empty"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn an_xlsx_export_reads_back_through_import_with_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("landscape.xlsx");
    let out = bin()
        .args(["export", kalma_path().to_str().unwrap()])
        .args(["--format", "landscape-csv", "--include", "all", "--out"])
        .arg(&book)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read(&book).unwrap().starts_with(b"PK"),
        "a zip (xlsx)"
    );
    let session = dir.path().join("new.json");
    let fresh = Session {
        title: "Copy".into(),
        ..Default::default()
    };
    std::fs::write(&session, serde_json::to_string(&fresh).unwrap()).unwrap();
    let out = import_cmd(&session, &book, &["--sheet", "Landscape"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("8 added"), "{}", stdout(&out));
    let back = support::fixtures::read_session(&session);
    assert_eq!(back.landscape, kalma().landscape, "the workbook round trip");
    let out = import_cmd(&session, &book, &["--sheet", "4W"]);
    assert!(stderr(&out).contains("no sheet “4W”"), "{}", stderr(&out));
}

#[test]
fn the_platform_export_of_kalma_holds_no_internal_system_and_no_diagnosis() {
    let s = kalma();
    let pack = pack();
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let internal: Vec<&str> = s
        .landscape
        .iter()
        .filter(|e| e.shared_with != SharedWith::Public)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(internal.len(), 6, "6 of 8 systems are not public");
    for format in [Format::LandscapeCsv, Format::LandscapeLong] {
        let text = export::render(&s, &pack, format, today);
        for name in &internal {
            assert!(!text.contains(name), "{format:?} holds {name}");
        }
        for e in &s.landscape {
            assert!(!text.contains(&e.diagnosis), "{format:?} holds a diagnosis");
        }
        assert!(text.contains("Displacement Tracking Matrix"));
        let widened = ExportOptions {
            include: Include::ProtectionActors,
            ..Default::default()
        };
        let text = export::render_with(&s, &pack, format, today, &widened);
        assert!(text.contains("Protection 4W") && !text.contains("Women's group meetings"));
        assert!(s.landscape.iter().all(|e| !text.contains(&e.diagnosis)));
        let warning = export::landscape::sharing_warning(&s, format, &widened).unwrap();
        assert!(
            warning.contains("3 systems that are not public"),
            "{warning}"
        );
        assert!(warning.contains("Protection 4W"), "{warning}");
    }
    // On the command line, the default is the same, and a widened export says so.
    let out = bin()
        .args(["export", kalma_path().to_str().unwrap()])
        .args(["--format", "landscape-long"])
        .output()
        .unwrap();
    assert!(
        out.status.success() && stderr(&out).is_empty(),
        "{}",
        stderr(&out)
    );
    assert!(!stdout(&out).contains("Women's group meetings"));
    let out = bin()
        .args(["export", kalma_path().to_str().unwrap()])
        .args(["--format", "landscape-long", "--include", "all"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Women's group meetings"));
    assert!(
        stderr(&out).contains("Warning: this export also holds 6 systems that are not public"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_long_export_puts_each_area_in_its_levels_column_with_its_pcode() {
    let mut s = kalma();
    s.record_landscape_area("Kalma town", Some(2), "VD0101");
    s.record_landscape_area("Ferrin", Some(3), "VD010201");
    let text = export::render_with(
        &s,
        &pack(),
        Format::LandscapeLong,
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        &ExportOptions {
            include: Include::All,
            ..Default::default()
        },
    );
    let table = landscape::table_file::csv_table(text.as_bytes()).unwrap();
    let tags = &table.rows[1].cells;
    let col = |t: &str| tags.iter().position(|c| c == t).unwrap();
    let dtm: Vec<&Vec<String>> = table.rows[2..]
        .iter()
        .map(|r| &r.cells)
        .filter(|c| c[0] == "L-1")
        .collect();
    assert_eq!(dtm.len(), 4, "one row per area");
    assert_eq!(dtm[0][col("#adm2+name")], "Kalma town");
    assert_eq!(dtm[0][col("#adm2+code")], "VD0101");
    assert_eq!(dtm[1][col("#adm3+name")], "Ferrin");
    assert_eq!(dtm[1][col("#adm3+code")], "VD010201");
    assert_eq!(
        dtm[2][col("#loc+name")],
        "Oskar Valley",
        "no level recorded"
    );
    assert_eq!(dtm[2][col("#adm1+name")], "");
    // The long table reads back into the same systems.
    let mut back = Session::default();
    landscape::import_table(&mut back, &pack(), &table, now(), "x").unwrap();
    assert_eq!(back.landscape.len(), s.landscape.len());
    assert_eq!(back.landscape[0].areas, s.landscape[0].areas);
}
