//! Every landscape export is HXL that libhxl (the HXL Standard's Python library) reads: its hashtag
//! row parses to the tags written, and it finds every data row, in CSV and in .xlsx, at every sharing
//! level. libhxl is installed by `.ci/run` in a virtual environment (`PIM_HXL_PYTHON` names its
//! Python); without it the test says so and passes, unless `PIM_REQUIRE_LIBHXL` is set, as CI sets it.

mod support;

use std::path::PathBuf;
use std::process::Command;

use pim_workshop::export::{self, ExportOptions, Format};
use pim_workshop::landscape::{self, Include};
use support::fixtures::{kalma, pack};

const SCRIPT: &str = r#"
import json, sys, hxl
out = []
for path in sys.argv[1:]:
    ds = hxl.data(path, hxl.InputOptions(allow_local=True))
    tags = [c.display_tag for c in ds.columns]
    rows = [r.values for r in ds]
    out.append({"tags": tags, "rows": len(rows)})
print(json.dumps(out))
"#;

/// The Python with libhxl, or None (and why) when there is none here.
fn python() -> Option<String> {
    let required = std::env::var_os("PIM_REQUIRE_LIBHXL").is_some();
    support::tools::python("PIM_HXL_PYTHON", "hxl", required)
}

#[test]
fn libhxl_parses_every_landscape_export() {
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = kalma();
    let pack = pack();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let mut files: Vec<(PathBuf, Vec<String>, usize)> = Vec::new();
    for format in Format::ALL.into_iter().filter(|f| f.is_landscape_table()) {
        for include in Include::ALL {
            let options = ExportOptions {
                include,
                ..Default::default()
            };
            let text = export::render_with(&s, &pack, format, today, &options);
            let table = landscape::table_file::csv_table(text.as_bytes()).unwrap();
            let tags = table.rows[1].cells.clone();
            let rows = table.rows.len() - 2;
            let name = format!("{}-{}", format.name(), include.name());
            let csv = dir.path().join(format!("{name}.csv"));
            std::fs::write(&csv, &text).unwrap();
            files.push((csv, tags.clone(), rows));
            let book = export::landscape::xlsx(&s, &pack, format, &options)
                .expect("a landscape table")
                .expect("written");
            let xlsx = dir.path().join(format!("{name}.xlsx"));
            std::fs::write(&xlsx, book).unwrap();
            files.push((xlsx, tags, rows));
        }
    }
    let out = Command::new(&python)
        .args(["-c", SCRIPT])
        .args(files.iter().map(|(p, _, _)| p))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(parsed.len(), files.len());
    for ((path, tags, rows), seen) in files.iter().zip(&parsed) {
        let seen_tags: Vec<String> = seen["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_string())
            .collect();
        // libhxl writes a tag's attributes in its own order; compare them as sets.
        let norm = |t: &str| {
            let mut parts: Vec<&str> = t.split('+').collect();
            parts[1..].sort_unstable();
            parts.join("+")
        };
        let ours: Vec<String> = tags.iter().map(|t| norm(t)).collect();
        let theirs: Vec<String> = seen_tags.iter().map(|t| norm(t)).collect();
        assert_eq!(theirs, ours, "{}", path.display());
        assert_eq!(
            seen["rows"].as_u64(),
            Some(*rows as u64),
            "{}",
            path.display()
        );
    }
    assert!(files.len() >= 12, "every format, level and file kind");
}
