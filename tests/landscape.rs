//! The landscape register: the operation's Matrix (gaps, duplication), the CSV with its HXL hashtag row,
//! import of that CSV (round trip, row errors by line, all or nothing) and the import command.

mod support;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};
use pim_workshop::content::{self, Pack};
use pim_workshop::landscape::{self, COLUMNS, ImportError, hxl::CORE_HASHTAGS, operation_matrix};
use pim_workshop::session::{LandscapeEntry, Reliability, Session, SharedWith, SystemStatus};
use pim_workshop::storage;
use proptest::prelude::*;
use support::bin::bin;
use support::fixtures::{kalma, kalma_path, pack};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T10:00:00+01:00").unwrap()
}

fn entry(name: &str, category: &str, areas: &[&str], outputs: &[&str]) -> LandscapeEntry {
    LandscapeEntry {
        name: name.into(),
        category: category.into(),
        areas: areas.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        status: SystemStatus::Active,
        ..Default::default()
    }
}

#[test]
fn gaps_are_categories_without_a_running_system_in_an_area() {
    let pack = pack();
    let mut ended = entry("Old", "case-management", &["B"], &[]);
    ended.status = SystemStatus::Ended;
    let register = vec![
        entry(
            "PM",
            "protection-monitoring",
            &["A", "B"],
            &["monitoring-trends"],
        ),
        entry("DTM", "population-data", &["a"], &["population-figures"]),
        ended,
    ];
    let m = operation_matrix(&pack, &register);
    assert_eq!(m.areas, ["A", "B"], "area names compared without case");
    assert!(m.gap_areas("protection-monitoring").is_empty());
    assert_eq!(m.gap_areas("population-data"), ["B"]);
    assert_eq!(
        m.gap_areas("case-management"),
        ["A", "B"],
        "an ended system is a gap"
    );
    assert_eq!(m.gaps.len(), 8 * 2 - 2 - 1);
    assert!(m.duplicates.is_empty());
}

#[test]
fn duplication_is_the_same_output_in_the_same_area() {
    let pack = pack();
    let register = vec![
        entry(
            "DTM",
            "population-data",
            &["Ferrin", "Kalma"],
            &["population-figures"],
        ),
        entry(
            "WASH",
            "sectoral-systems",
            &["Ferrin"],
            &["population-figures", "sector-operational-data"],
        ),
        entry(
            "PDM",
            "sectoral-systems",
            &["Ferrin"],
            &["sector-operational-data", "population-figures"],
        ),
    ];
    let m = operation_matrix(&pack, &register);
    let dupes: Vec<(String, String, usize)> = m
        .duplicates
        .iter()
        .map(|d| (d.output.clone(), d.area.clone(), d.entries.len()))
        .collect();
    assert_eq!(
        dupes,
        [
            ("population-figures".into(), "Ferrin".into(), 3),
            ("sector-operational-data".into(), "Ferrin".into(), 2)
        ]
    );
}

#[test]
fn with_no_areas_gaps_are_whole_categories_and_unplaced_entries_are_kept_apart() {
    let pack = pack();
    let register = vec![
        entry("PM", "protection-monitoring", &[], &[]),
        entry("?", "", &[], &[]),
    ];
    let m = operation_matrix(&pack, &register);
    assert_eq!(m.gaps.len(), 7);
    assert!(m.gaps.iter().all(|g| g.area.is_empty()));
    assert_eq!(m.unplaced.len(), 1);
}

#[test]
fn the_kalma_register_shows_the_ferrin_duplication() {
    let pack = pack();
    let s = kalma();
    let m = operation_matrix(&pack, &s.landscape);
    assert!(
        m.duplicates.iter().any(|d| d.output == "population-figures"
            && d.area == "Ferrin"
            && d.entries.len() == 3)
    );
    assert!(
        m.gap_areas("protection-monitoring")
            .contains(&"Lower Tessa")
    );
}

#[test]
fn the_csv_has_a_well_formed_hxl_row_under_the_header() {
    let pack = pack();
    let csv = landscape::to_csv(&pack, &kalma().landscape);
    assert!(csv.starts_with('\u{feff}'));
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let tags: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header.len(), COLUMNS.len());
    assert_eq!(tags.len(), header.len());
    let mut seen = std::collections::HashSet::new();
    for tag in &tags {
        let mut parts = tag.split('+');
        let hashtag = parts.next().unwrap();
        assert!(
            CORE_HASHTAGS.contains(&hashtag),
            "{hashtag} is not a core HXL hashtag"
        );
        assert!(
            hashtag.len() > 1
                && hashtag[1..]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        );
        for attr in parts {
            assert!(
                !attr.is_empty()
                    && attr
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{tag}"
            );
        }
        assert!(seen.insert(*tag), "{tag} appears twice");
    }
    assert!(
        tags.contains(&"#org+name") && tags.contains(&"#loc+name") && tags.contains(&"#status")
    );
    assert_eq!(csv.matches("\r\n").count(), 2 + kalma().landscape.len());
}

#[test]
fn export_then_import_gives_the_same_register() {
    let pack = pack();
    let original = kalma();
    let csv = landscape::to_csv(&pack, &original.landscape);
    let mut fresh = Session::default();
    let report = landscape::import_csv(&mut fresh, &pack, &csv, now(), "x").unwrap();
    assert_eq!(report.added.len(), original.landscape.len());
    assert_eq!(fresh.landscape, original.landscape);
    // A second import of the same table changes nothing.
    let again = landscape::import_csv(&mut fresh, &pack, &csv, now(), "x").unwrap();
    assert_eq!(again.unchanged.len(), original.landscape.len());
    assert!(again.added.is_empty() && again.updated.is_empty());
    assert_eq!(fresh.landscape, original.landscape);
}

fn cell() -> impl Strategy<Value = String> {
    // Text a spreadsheet keeps: letters in several scripts, punctuation, quotes, commas, formula starts.
    prop::string::string_regex("[-=+@a-zA-Z0-9 ,\"'éğش中]{0,12}")
        .unwrap()
        .prop_map(|s| s.trim().to_string())
}

fn list() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop::string::string_regex("[a-zA-Z][a-zA-Z ]{0,8}[a-zA-Z]").unwrap(),
        0..3,
    )
}

fn any_entry(pack: &Pack) -> impl Strategy<Value = LandscapeEntry> {
    let categories: Vec<String> = std::iter::once(String::new())
        .chain(pack.matrix.categories.iter().map(|c| c.id.clone()))
        .collect();
    let outputs: Vec<String> = pack
        .matrix
        .categories
        .iter()
        .flat_map(|c| c.output.items.iter().map(|i| i.id.clone()))
        .collect();
    let sharing: Vec<String> = pack
        .data_sharing
        .groups
        .iter()
        .flat_map(|g| g.items.iter().map(|i| i.id.clone()))
        .collect();
    (
        (
            prop::string::string_regex("[A-Za-zé][A-Za-z é,]{0,10}").unwrap(),
            cell(),
            prop::sample::select(categories),
            cell(),
            list(),
        ),
        (
            prop::option::of((2000i32..2100, 1u32..13, 1u32..29)),
            prop::sample::subsequence(outputs, 0..3),
            prop::sample::subsequence(sharing, 0..3),
        ),
        (
            prop::sample::select(SharedWith::ALL.to_vec()),
            prop::sample::select(SystemStatus::ALL.to_vec()),
            prop::sample::select(Reliability::ALL.to_vec()),
            cell(),
            cell(),
        ),
    )
        .prop_map(
            |(
                (name, organisation, category, methods, areas),
                (date, outputs, sharing_in_place),
                (shared_with, status, reliability, diagnosis, frequency),
            )| LandscapeEntry {
                name: name.trim().to_string(),
                organisation,
                category,
                methods,
                areas,
                last_update: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                outputs,
                sharing_in_place,
                shared_with,
                status,
                reliability,
                diagnosis,
                frequency,
                ..Default::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_register_survives_the_round_trip(entries in prop::collection::vec(any_entry(&content::load_embedded().unwrap()), 0..6)) {
        let pack = pack();
        let entries: Vec<LandscapeEntry> = entries.into_iter().filter(|e| !e.name.is_empty()).collect();
        let mut original = Session::default();
        for e in entries {
            original.add_landscape_entry(e, now(), "x");
        }
        let csv = landscape::to_csv(&pack, &original.landscape);
        let mut back = Session::default();
        landscape::import_csv(&mut back, &pack, &csv, now(), "x").unwrap();
        prop_assert_eq!(back.landscape, original.landscape);
    }
}

#[test]
fn bad_rows_are_reported_by_line_and_nothing_is_imported() {
    let pack = pack();
    let csv = "name,organisation,category,last_update,status,contact_role,outputs\n\
               Monitoring,Kestrel,protection-monitoring,2026-10-31,active,Coordinator,monitoring-trends\n\
               ,Nobody,population-data,,,,\n\
               Survey,\"Multi\nline org\",Weather,31/31/2026,sometimes,amina@example.org,made-up\n\
               Case files,Harbourlight,Case Management,,ended,+41 22 123 45 67,\n";
    let mut s = Session::default();
    let err = landscape::import_csv(&mut s, &pack, csv, now(), "x").unwrap_err();
    let ImportError::Rows(rows) = &err else {
        panic!("{err}")
    };
    let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
    // The e-mail address and the phone number are no problem of their rows: they are left out.
    assert_eq!(lines, [3, 4, 4, 4, 4]);
    assert!(rows[0].message.contains("name is empty"));
    assert!(
        rows[1]
            .message
            .contains("\"Weather\" is not a PIM Matrix category")
    );
    assert!(rows[2].message.contains("YYYY-MM-DD"));
    assert!(rows[3].message.contains("status \"sometimes\""));
    assert!(
        rows.iter()
            .any(|r| r.line == 4 && r.message.contains("output \"made-up\""))
    );
    assert!(
        s.landscape.is_empty() && s.timeline.is_empty(),
        "nothing half-imported"
    );
    let text = err.to_string();
    assert!(
        text.starts_with("Nothing was imported: 5 problems in 2 rows to fix first."),
        "{text}"
    );
    assert!(text.contains("line 4: category"));
}

#[test]
fn a_colleagues_table_is_read_by_hxl_tag_or_by_header() {
    let pack = pack();
    // Different headers, columns in another order, an extra column, HXL attributes in another order.
    let by_tag = "Agency,Where,System,Notes\n#org +name,#adm1+name,#activity+name,#x_notes\nDRC,Ferrin; Kalma town,Border monitoring,ignored\n";
    let mut s = Session::default();
    let report = landscape::import_csv(&mut s, &pack, by_tag, now(), "x").unwrap();
    assert_eq!(report.added, ["L-1"]);
    assert_eq!(s.landscape[0].organisation, "DRC");
    assert_eq!(s.landscape[0].areas, ["Ferrin", "Kalma town"]);
    let by_header = "NAME,Category,Reliability\nRegistration,Population Data,High\n";
    landscape::import_csv(&mut s, &pack, by_header, now(), "x").unwrap();
    assert_eq!(s.landscape[1].category, "population-data");
    assert_eq!(s.landscape[1].reliability, Reliability::High);
    let nothing = "org,area\nDRC,Ferrin\n";
    assert_eq!(
        landscape::import_csv(&mut s, &pack, nothing, now(), "x"),
        Err(ImportError::NoNameColumn)
    );
}

#[test]
fn formula_like_values_are_neutralised_on_export_and_restored_on_import() {
    let pack = pack();
    let mut s = Session::default();
    s.add_landscape_entry(
        LandscapeEntry {
            name: "=HYPERLINK(\"http://x\")".into(),
            diagnosis: "-3 sites missing".into(),
            ..Default::default()
        },
        now(),
        "x",
    );
    let csv = landscape::to_csv(&pack, &s.landscape);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    assert!(csv.contains("'-3 sites missing"));
    let mut back = Session::default();
    landscape::import_csv(&mut back, &pack, &csv, now(), "x").unwrap();
    assert_eq!(back.landscape, s.landscape);
}

#[test]
fn cli_exports_and_imports_the_register() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("landscape.csv");
    let out = bin()
        .args([
            "export",
            kalma_path().to_str().unwrap(),
            "--format",
            "landscape-csv",
            "--include",
            "all",
            "--out",
        ])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The team's own copy, widened past the public systems: the warning names what became shareable.
    let warning = String::from_utf8_lossy(&out.stderr);
    assert!(
        warning.contains("Warning:") && warning.contains("internal diagnoses"),
        "{warning}"
    );

    // Into a new session made by the CLI.
    let data = dir.path().join("data");
    let made = bin()
        .args([
            "--data-dir",
            data.to_str().unwrap(),
            "new",
            "--template",
            "full-process",
            "--title",
            "Mapping",
            "--no-open",
        ])
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let session = PathBuf::from(
        String::from_utf8_lossy(&made.stdout)
            .trim()
            .lines()
            .last()
            .unwrap()
            .trim(),
    );
    let out = bin()
        .arg("import-landscape")
        .arg(&session)
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("8 added, 0 updated, 0 unchanged"));
    let loaded = storage::read_session_read_only(&session).unwrap().session;
    assert_eq!(loaded.landscape, kalma().landscape);

    // A bad table: the error names the line and the file is untouched.
    let before = std::fs::read(&session).unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "name,status\nA,active\nB,sometimes\n").unwrap();
    let out = bin()
        .arg("import-landscape")
        .arg(&session)
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3: status \"sometimes\""), "{err}");
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn the_csv_documentation_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/landscape-csv.md");
    let want = landscape::hxl::columns_markdown();
    if std::env::var_os("UPDATE_LANDSCAPE_DOC").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/landscape-csv.md is stale: run UPDATE_LANDSCAPE_DOC=1 cargo test --test landscape"
    );
}

#[test]
fn the_text_matrix_counts_systems_in_areas_whose_names_hold_control_characters() {
    let pack = pack();
    let mut s = Session::default();
    s.add_landscape_entry(
        entry("PM", "protection-monitoring", &["Fer\u{7}rin"], &[]),
        now(),
        "x",
    );
    let text = pim_workshop::export::landscape::text(&s, &pack);
    let row = text
        .lines()
        .find(|l| l.contains("3 Protection Monitoring"))
        .unwrap();
    assert!(row.trim_end().ends_with('1'), "{row}");
    assert!(!text.contains('\u{7}'));
}
