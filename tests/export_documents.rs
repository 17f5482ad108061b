//! The Word and Excel exports read back by third-party readers: the workbook with calamine and the
//! documents with docx-rs's reader here, and both with Python's openpyxl and python-docx (installed by
//! `.ci/run` in a virtual environment that `PIM_DOCS_PYTHON` names). Without that Python the Python
//! half says so and passes — unless `CI=true`, where it fails.

mod support;

use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader};
use chrono::NaiveDate;
use pim_workshop::content::Pack;
use pim_workshop::export::tables::{TableKind, Value};
use pim_workshop::export::{self, ExportOptions, Format};
use pim_workshop::scoping::brief::WHY_NOW;
use pim_workshop::session::Session;
use support::fixtures::{kalma, pack};

const ARABIC: &str = "نزوح جديد إلى فرين وأوسكار في أكتوبر، والأسر تطلب المأوى قبل الشتاء.";
const ARABIC_NAME: &str = "فاطمة الزهراء بن علي";
const FORMULA: &str = "=HYPERLINK(\"http://x.example\",\"click\")";

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// The Kalma example with an Arabic answer, an Arabic name and a value that looks like a formula.
fn session() -> Session {
    let mut s = kalma();
    let sub = WHY_NOW.split('.').next().unwrap();
    s.substeps
        .get_mut(sub)
        .unwrap()
        .answers
        .get_mut(WHY_NOW)
        .unwrap()
        .text = ARABIC.into();
    s.participants[1].name = ARABIC_NAME.into();
    s.decisions[0].title = FORMULA.into();
    s
}

fn bytes(s: &Session, pack: &Pack, format: Format) -> Vec<u8> {
    let out = format!("out.{}", format.extension());
    export::export_bytes(
        s,
        pack,
        format,
        day(),
        &ExportOptions::default(),
        Path::new(&out),
    )
    .expect("written")
}

/// Each format's export of `s` written into `dir` as `<name>.<extension>`; their paths.
fn write_all(s: &Session, pack: &Pack, dir: &Path, formats: &[Format]) -> Vec<std::path::PathBuf> {
    formats
        .iter()
        .map(|f| {
            let path = dir.join(format!("{}.{}", f.name(), f.extension()));
            std::fs::write(&path, bytes(s, pack, *f)).unwrap();
            path
        })
        .collect()
}

/// The table each sheet must hold (the landscape one at the default sharing level, as the CSV).
fn expected(s: &Session, pack: &Pack, kind: TableKind) -> export::tables::TidyTable {
    export::tables::shared_table(s, pack, kind, day())
}

#[test]
fn calamine_reads_one_sheet_per_table_with_typed_cells() {
    let (s, pack) = (session(), pack());
    let book = bytes(&s, &pack, Format::Xlsx);
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(book)).unwrap();
    let names: Vec<&str> = TableKind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(wb.sheet_names(), names);
    for kind in TableKind::ALL {
        let t = expected(&s, &pack, kind);
        let range = wb.worksheet_range(kind.name()).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        let head: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(head, t.columns, "{}", kind.name());
        assert_eq!(rows.len(), t.rows.len() + 1, "{}", kind.name());
        for (row, want) in rows[1..].iter().zip(&t.rows) {
            for (c, (got, want)) in row.iter().zip(want).enumerate() {
                let ok = match (want, got) {
                    (Value::Text(w), Data::String(g)) => w == g,
                    (Value::Number(w), Data::Float(g)) => *w as f64 == *g,
                    (Value::Date(w), Data::DateTime(g)) => {
                        g.as_datetime().map(|d| d.date()) == Some(*w)
                    }
                    (Value::Empty, Data::Empty) | (Value::Text(_), Data::Empty) => true,
                    _ => false,
                };
                assert!(ok, "{} column {c}: {want:?} read as {got:?}", kind.name());
            }
        }
    }
    let people = wb.worksheet_range("participants").unwrap();
    assert_eq!(people.get((2, 0)), Some(&Data::String(ARABIC_NAME.into())));
    let decisions = wb.worksheet_range("decisions").unwrap();
    assert_eq!(decisions.get((1, 2)), Some(&Data::String(FORMULA.into())));
    // Names, not slugs: the step is its number and title, the principles their names.
    let step = decisions.get((1, 4)).unwrap().to_string();
    assert!(step.starts_with("1.1 "), "{step}");
    assert!(!decisions.get((1, 5)).unwrap().to_string().contains('-'));
}

/// Every paragraph's text and whether it is set right to left (docx-rs's reader keeps the alignment,
/// not the direction: the Python readers below check `w:bidi`), and every table's cells, as docx-rs's
/// reader sees them.
/// A document's paragraphs (text, set right to left) and its tables (rows of cells).
type DocText = (Vec<(String, bool)>, Vec<Vec<Vec<String>>>);

fn docx_text(bytes: &[u8]) -> DocText {
    let doc = docx_rs::read_docx(bytes).expect("a readable .docx");
    let mut paras = Vec::new();
    let mut tables = Vec::new();
    for child in &doc.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => {
                let right = p
                    .property
                    .alignment
                    .as_ref()
                    .is_some_and(|j| j.val == "right");
                paras.push((p.raw_text(), right));
            }
            docx_rs::DocumentChild::Table(t) => {
                let rows = t
                    .rows
                    .iter()
                    .map(|docx_rs::TableChild::TableRow(r)| {
                        r.cells
                            .iter()
                            .map(|docx_rs::TableRowChild::TableCell(c)| {
                                c.children
                                    .iter()
                                    .filter_map(|cc| match cc {
                                        docx_rs::TableCellContent::Paragraph(p) => {
                                            Some(p.raw_text())
                                        }
                                        _ => None,
                                    })
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            })
                            .collect()
                    })
                    .collect();
                tables.push(rows);
            }
            _ => {}
        }
    }
    (paras, tables)
}

#[test]
fn the_word_report_and_brief_hold_what_the_html_holds() {
    let (s, pack) = (session(), pack());
    for (format, html_format) in [
        (Format::Docx, Format::Html),
        (Format::BriefDocx, Format::BriefHtml),
    ] {
        let (paras, tables) = docx_text(&bytes(&s, &pack, format));
        let html = export::render(&s, &pack, html_format, day());
        let all: String = paras
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let cells: String = tables
            .iter()
            .flatten()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        // Every section heading of the HTML is a paragraph of the document (the HTML names the
        // landscape section after its Matrix picture, which the document gives as tables).
        for h2 in html.split("<h2").skip(1) {
            let text = h2.split_once('>').unwrap().1.split("</h2>").next().unwrap();
            let text = text.replace("&#39;", "'").replace("&amp;", "&");
            if text.contains("PIM landscape") {
                continue;
            }
            assert!(
                paras.iter().any(|(p, _)| *p == text),
                "{format:?}: heading {text:?}"
            );
        }
        // The Arabic answer comes back exactly, in a paragraph set right to left.
        assert!(
            paras.iter().any(|(p, rtl)| p == ARABIC && *rtl),
            "{format:?}: {:?}",
            paras
                .iter()
                .filter(|(p, _)| p.contains("نزوح"))
                .collect::<Vec<_>>()
        );
        assert!(!paras.iter().any(|(p, rtl)| *rtl && p.starts_with("The")));
        // What the session holds reaches the document: each answer's lines, each action.
        if format == Format::Docx {
            for record in s.substeps.values() {
                for a in record.answers.values() {
                    for line in a.text.lines().filter(|l| !l.trim().is_empty()) {
                        assert!(all.contains(line.trim()), "answer line missing: {line}");
                    }
                }
            }
            for a in &s.actions {
                assert!(cells.contains(&a.text), "action {} missing", a.id);
            }
            assert!(cells.contains(ARABIC_NAME) && cells.contains(FORMULA));
        } else {
            assert!(all.contains("Henrik"), "{all}");
            assert!(!tables.is_empty(), "the brief's tables");
        }
    }
}

/// What Python's readers see, as JSON: each sheet's title, frozen cell, rows (dates as ISO dates) and
/// cell types; each document's paragraphs (style, text, right to left) and tables.
const SCRIPT: &str = r#"
import json, sys, datetime, docx, openpyxl
from docx.oxml.ns import qn
book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            cells.append([v, c.data_type])
        rows.append(cells)
    sheets.append({"title": ws.title, "freeze": ws.freeze_panes, "rows": rows})
docs = []
for path in sys.argv[2:]:
    d = docx.Document(path)
    paras = []
    for p in d.paragraphs:
        ppr = p._p.pPr
        rtl = ppr is not None and ppr.find(qn("w:bidi")) is not None
        paras.append([p.style.name, p.text, rtl])
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    docs.append({"paragraphs": paras, "tables": tables})
print(json.dumps({"sheets": sheets, "docs": docs}, ensure_ascii=False))
"#;

/// The Python with openpyxl and python-docx (None, skipped, when there is none here and not on CI).
fn python() -> Option<String> {
    support::tools::python("PIM_DOCS_PYTHON", "docx, openpyxl", support::tools::on_ci())
}

#[test]
fn openpyxl_and_python_docx_read_the_documents() {
    let Some(python) = python() else { return };
    let (s, pack) = (session(), pack());
    let dir = tempfile::tempdir().unwrap();
    let paths = write_all(
        &s,
        &pack,
        dir.path(),
        &[Format::Xlsx, Format::Docx, Format::BriefDocx],
    );
    let out = support::tools::run_ok(Command::new(&python).arg("-c").arg(SCRIPT).args(&paths));
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sheets = seen["sheets"].as_array().unwrap();
    assert_eq!(sheets.len(), TableKind::ALL.len());
    for (sheet, kind) in sheets.iter().zip(TableKind::ALL) {
        assert_eq!(sheet["title"], kind.name());
        assert_eq!(
            sheet["freeze"],
            "A2",
            "{}: the header row stays in view",
            kind.name()
        );
        let t = expected(&s, &pack, kind);
        let rows = sheet["rows"].as_array().unwrap();
        let head: Vec<&str> = rows[0]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c[0].as_str().unwrap())
            .collect();
        assert_eq!(head, t.columns);
        assert_eq!(rows.len(), t.rows.len() + 1);
        for (row, want) in rows[1..].iter().zip(&t.rows) {
            for (cell, want) in row.as_array().unwrap().iter().zip(want) {
                let (value, kind_of) = (&cell[0], cell[1].as_str().unwrap());
                match want {
                    Value::Text(w) if !w.is_empty() => {
                        assert_eq!((value.as_str(), kind_of), (Some(w.as_str()), "s"));
                    }
                    Value::Number(n) => assert_eq!(value.as_f64(), Some(*n as f64)),
                    Value::Date(d) => {
                        assert_eq!(
                            (value.as_str(), kind_of),
                            (Some(d.to_string().as_str()), "d")
                        );
                    }
                    _ => assert!(value.is_null()),
                }
            }
        }
    }
    // The formula-like title is a text cell ("s"), never a formula ("f").
    assert_eq!(sheets[0]["rows"][1][2], serde_json::json!([FORMULA, "s"]));
    let docs = seen["docs"].as_array().unwrap();
    for doc in docs {
        let paras = doc["paragraphs"].as_array().unwrap();
        let arabic = paras
            .iter()
            .find(|p| p[1] == ARABIC)
            .expect("the Arabic answer, exactly");
        assert_eq!(arabic[2], true, "set right to left");
        let headings: Vec<&str> = paras
            .iter()
            .filter(|p| p[0] == "Heading 1")
            .map(|p| p[1].as_str().unwrap())
            .collect();
        assert!(headings.len() >= 8, "{headings:?}");
        assert_eq!(paras[0][0], "Title");
        assert!(!doc["tables"].as_array().unwrap().is_empty());
    }
    let report_headings: Vec<&str> = docs[0]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p[0] == "Heading 1")
        .map(|p| p[1].as_str().unwrap())
        .collect();
    assert_eq!(report_headings[0], "Summary", "{report_headings:?}");
    assert!(report_headings.iter().any(|h| h.starts_with("Actions (7)")));
}

/// LibreOffice (None, skipped, when it is not installed and not on CI).
fn soffice() -> Option<&'static str> {
    let missing = "LibreOffice (soffice) is not installed";
    support::tools::available("soffice", &["--version"], missing, support::tools::on_ci())
        .then_some("soffice")
}

#[test]
fn libreoffice_opens_the_word_documents() {
    let Some(soffice) = soffice() else { return };
    let (s, pack) = (session(), pack());
    let dir = tempfile::tempdir().unwrap();
    let paths = write_all(&s, &pack, dir.path(), &[Format::Docx, Format::BriefDocx]);
    support::tools::run_ok(
        Command::new(soffice)
            // Its own profile, so a LibreOffice already open (or a first run) does not get in the way.
            .env("HOME", dir.path())
            .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
            .arg(dir.path().join("txt"))
            .args(&paths),
    );
    for (path, html_format) in paths.iter().zip([Format::Html, Format::BriefHtml]) {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let txt = std::fs::read_to_string(dir.path().join("txt").join(format!("{name}.txt")))
            .unwrap_or_else(|e| panic!("{name}: LibreOffice wrote no text: {e}"));
        let lines: Vec<&str> = txt
            .lines()
            .map(|l| l.trim_start_matches('\u{feff}'))
            .collect();
        assert!(
            lines.contains(&ARABIC),
            "{name}: the Arabic answer, exactly\n{txt}"
        );
        let html = export::render(&s, &pack, html_format, day());
        let title = html.split("<h1").nth(1).unwrap().split_once('>').unwrap().1;
        let title = title.split("</h1>").next().unwrap().replace("&#39;", "'");
        assert_eq!(lines[0], title, "{name}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Next steps") || l.starts_with("Actions (7)"))
        );
    }
}

#[test]
fn the_plain_front_writes_one_tidy_table_per_csv_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::fixtures::copy_into(dir.path(), &support::fixtures::kalma_path());
    let run = |input: &str| {
        let mut cmd = support::bin::bin();
        cmd.arg("--data-dir")
            .arg(dir.path())
            .args(["--plain", "open", path.to_str().unwrap()]);
        String::from_utf8(support::bin::with_input(&mut cmd, input).stdout).unwrap()
    };
    let said = run("export csv\nquit\n");
    assert!(
        said.contains("Exported 5 tables as CSV, one file each"),
        "{said}"
    );
    let exports = dir.path().join("exports");
    let mut names = support::fixtures::names_in(&exports);
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    for kind in TableKind::ALL {
        let file = names
            .iter()
            .find(|n| n.ends_with(&format!("-{}.csv", kind.name())))
            .unwrap();
        let text = std::fs::read_to_string(exports.join(file)).unwrap();
        // The tidy table: its header row, then one row per record, nothing stacked under it (the
        // plain front dates overdue actions by the clock, so the rows are counted, not compared).
        let want = expected(&kalma(), &pack(), kind);
        let rows = pim_workshop::landscape::table_file::csv_table(text.as_bytes())
            .unwrap()
            .rows;
        assert_eq!(rows[0].cells, want.columns, "{file}");
        assert_eq!(rows.len(), want.rows.len() + 1, "{file}");
        assert!(
            rows.iter().all(|r| r.cells.len() == want.columns.len()),
            "{file}"
        );
    }
    let said = run("export csv actions\nexport csv budgets\nquit\n");
    assert!(said.contains("Exported the actions table as CSV"), "{said}");
    assert!(said.contains("There is no such table"), "{said}");
}

/// The data-sharing agreement draft in Word (#20): every section of the content as a heading, its
/// facts with their values or "to fill in", and only the systems asked for.
#[test]
fn the_word_sharing_agreement_has_every_section_for_the_systems_asked_for() {
    let s = kalma();
    let pack = pack();
    let system = s.landscape[0].id.clone();
    let other = s.landscape[1].name.clone();
    let options = ExportOptions {
        systems: vec![system.clone()],
        ..ExportOptions::default()
    };
    let out = Path::new("agreement.docx");
    let word = export::export_bytes(
        &s,
        &pack,
        Format::SharingAgreementDocx,
        day(),
        &options,
        out,
    )
    .expect("written");
    let (paras, _) = docx_text(&word);
    let text: Vec<&str> = paras.iter().map(|(t, _)| t.as_str()).collect();
    for (i, section) in pack.sharing_agreement.sections.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, section.title);
        assert!(
            text.contains(&heading.as_str()),
            "{heading} missing: {text:?}"
        );
    }
    assert!(
        text.iter().any(|t| t.contains(&s.landscape[0].name)),
        "the chosen system is named"
    );
    assert!(
        !text.iter().any(|t| t.contains(&other)),
        "{other} was not asked for"
    );
    assert!(text.iter().any(|t| t.contains("to fill in")), "{text:?}");
}
