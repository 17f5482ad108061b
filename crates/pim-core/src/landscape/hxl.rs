//! The landscape register as CSV with an HXL hashtag row, for a humanitarian data platform or a 4W
//! table, and back.
//!
//! Layout: a header row, then the HXL hashtag row (each tag a core HXL hashtag with attributes; see
//! `docs/landscape-csv.md`), then one row per system. UTF-8 with a byte-order mark, CRLF, RFC 4180
//! quoting; values are sanitised and formula-like values get a leading `'`, as in the other CSV export.
//! Lists (areas, outputs, sharing solutions) are one cell separated by `; `.
//!
//! Import reads the same layout, or a colleague's table: columns are matched by HXL tag when the table
//! has a hashtag row, otherwise by header name; unknown columns are ignored. Every row is checked first;
//! if any row is wrong, nothing is imported and each problem is reported with its line.

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

use super::entry::{self, EntryProblem};
use crate::content::Pack;
use crate::export::csv::{BOM, CRLF, FORMULA_START, field, undo_inner_guard};
use crate::session::{LandscapeEntry, Session};
use crate::t;

/// Kept here too: the contact-role check, whose home is [`super::entry`].
pub use super::entry::looks_personal;

/// One column: its header, its HXL tag, and how it reads and writes an entry.
pub struct ColumnSpec {
    pub header: &'static str,
    pub hxl: &'static str,
    /// What the column holds, for the documentation.
    pub meaning: &'static str,
}

/// The columns, in order.
pub const COLUMNS: [ColumnSpec; 19] = [
    col(
        "id",
        "#meta+id",
        "The entry's id in the register, e.g. L-3.",
    ),
    col("name", "#activity+name", "The system's or source's name."),
    col(
        "organisation",
        "#org+name",
        "The organisation that runs it.",
    ),
    col(
        "category",
        "#sector+pim+code",
        "The PIM Matrix category id, e.g. protection-monitoring (a category name is accepted on import).",
    ),
    col(
        "category_name",
        "#sector+pim+name",
        "The category's name (written for readers; ignored on import).",
    ),
    col("sub_category", "#subsector+pim+name", "The sub-category."),
    col("methods", "#activity+methods", "Methods used."),
    col("areas", "#adm1+name", "Areas covered, separated by '; '."),
    col("frequency", "#frequency", "How often it is updated."),
    col("last_update", "#date+updated", "Last update, YYYY-MM-DD."),
    col(
        "outputs",
        "#meta+output+code",
        "Matrix output item ids it produces, separated by '; '.",
    ),
    col(
        "outputs_note",
        "#description+output",
        "What it produces, in the team's words.",
    ),
    col(
        "shared_with",
        "#meta+shared_with",
        "public, protection_actors, internal_only or unknown.",
    ),
    col("shared_what", "#description+shared", "What is shared."),
    col(
        "contact_role",
        "#contact+role",
        "A role to contact; never a person's phone or e-mail.",
    ),
    col(
        "status",
        "#status",
        "active, paused, planned, ended or unknown.",
    ),
    col(
        "reliability",
        "#meta+reliability",
        "high, medium, low or unknown.",
    ),
    col(
        "diagnosis",
        "#description+diagnosis",
        "The team's diagnosis or evaluation of the system.",
    ),
    col(
        "sharing_in_place",
        "#meta+sharing+code",
        "Ids of the data-sharing solutions in place, separated by '; '.",
    ),
];

const fn col(header: &'static str, hxl: &'static str, meaning: &'static str) -> ColumnSpec {
    ColumnSpec {
        header,
        hxl,
        meaning,
    }
}

/// The core HXL hashtags this export uses (HXL Standard 1.1); the test checks every tag is one of them.
pub const CORE_HASHTAGS: [&str; 11] = [
    "#meta",
    "#activity",
    "#org",
    "#sector",
    "#subsector",
    "#adm1",
    "#frequency",
    "#date",
    "#description",
    "#contact",
    "#status",
];

fn list(items: &[String]) -> String {
    items.join("; ")
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split([';', '\n'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// One cell: like the other CSV export, plus a `'` before a value that itself starts with `'`, so the
/// import (which drops one leading `'` before a formula character or a `'`) gives the value back.
fn cell(value: &str) -> String {
    if value.trim_start().starts_with('\'') {
        field(&format!("'{}", value.trim_start()))
    } else {
        field(value)
    }
}

/// The register as CSV with the HXL hashtag row.
pub fn to_csv(pack: &Pack, landscape: &[LandscapeEntry]) -> String {
    let mut out = String::new();
    out.push(BOM);
    let row = |out: &mut String, cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str(CRLF);
    };
    row(
        &mut out,
        COLUMNS.iter().map(|c| c.header.to_string()).collect(),
    );
    row(
        &mut out,
        COLUMNS.iter().map(|c| c.hxl.to_string()).collect(),
    );
    for e in landscape {
        row(
            &mut out,
            vec![
                e.id.clone(),
                e.name.clone(),
                e.organisation.clone(),
                e.category.clone(),
                pack.category(&e.category)
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                e.sub_category.clone(),
                e.methods.clone(),
                list(&e.areas),
                e.frequency.clone(),
                e.last_update
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                list(&e.outputs),
                e.outputs_note.clone(),
                e.shared_with.as_str().to_string(),
                e.shared_what.clone(),
                e.contact_role.clone(),
                e.status.as_str().to_string(),
                e.reliability.as_str().to_string(),
                e.diagnosis.clone(),
                list(&e.sharing_in_place),
            ],
        );
    }
    out
}

/// A problem with one row (or the header) of an imported table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file where the row starts (1-based).
    pub line: u64,
    pub message: String,
}

/// Why a table could not be imported. Nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("{}", t!("landscape-import-no-name-column"))]
    NoNameColumn,
    #[error("{}", describe_rows(.0))]
    Rows(Vec<RowError>),
}

fn describe_rows(errors: &[RowError]) -> String {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.dedup();
    let mut s = t!(
        "landscape-import-nothing",
        problems = errors.len(),
        rows = lines.len()
    );
    for e in errors.iter().take(50) {
        s.push_str("\n  ");
        s.push_str(&t!(
            "landscape-import-line",
            line = e.line,
            message = e.message.as_str()
        ));
    }
    if errors.len() > 50 {
        s.push_str("\n  ");
        s.push_str(&t!("landscape-import-more", count = errors.len() - 50));
    }
    s
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "landscape-imported",
            added = self.added.len(),
            updated = self.updated.len(),
            unchanged = self.unchanged.len()
        ))
    }
}

fn is_tag_row(row: &csv::StringRecord) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    !cells.is_empty() && cells.iter().all(|c| c.starts_with('#'))
}

/// Normalises an HXL tag for matching: lower case, no spaces, attributes sorted.
fn norm_tag(tag: &str) -> String {
    let tag = tag.trim().to_lowercase().replace(' ', "");
    let mut parts = tag.split('+');
    let head = parts.next().unwrap_or("").to_string();
    let mut attrs: Vec<&str> = parts.filter(|a| !a.is_empty()).collect();
    attrs.sort_unstable();
    std::iter::once(head.as_str())
        .chain(attrs)
        .collect::<Vec<_>>()
        .join("+")
}

/// Undoes the export's protection of formula-like values (a leading `'`, and the `'` after a `,` or
/// `;` inside a value).
fn cell_value(raw: &str) -> String {
    let v = raw.trim();
    let v = match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\'') => rest,
        _ => v,
    };
    undo_inner_guard(v).into_owned()
}

/// Reads a table into entries (ids as written, possibly empty), or every row problem found. Each row
/// is checked as the workshop's form checks an entry ([`LandscapeEntry::problems`]), after its cells
/// are read.
pub fn parse_csv(pack: &Pack, text: &str) -> Result<Vec<LandscapeEntry>, ImportError> {
    let records = read_records(text)?;
    let Some(header) = records.first() else {
        return Err(ImportError::NoNameColumn);
    };
    let tags = records.get(1).filter(|r| is_tag_row(r));
    let columns = Columns::find(header, tags);
    if columns.at("name").is_none() {
        return Err(ImportError::NoNameColumn);
    }
    let skip = if tags.is_some() { 2 } else { 1 };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for record in records.iter().skip(skip) {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        let (entry, problems) = read_row(pack, &columns, record);
        errors.extend(problems.into_iter().map(|p| RowError {
            line,
            message: p.to_string(),
        }));
        entries.push(entry);
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// Every record of the table, or the rows that are not CSV.
fn read_records(text: &str) -> Result<Vec<csv::StringRecord>, ImportError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for result in reader.records() {
        match result {
            Ok(r) => records.push(r),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(RowError {
                    line,
                    message: t!("landscape-import-bad-row", error = e.to_string()),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// Where each of [`COLUMNS`] is in this table: by HXL tag when the table has a hashtag row, otherwise
/// (or when the tag is missing) by header name.
struct Columns(Vec<Option<usize>>);

impl Columns {
    fn find(header: &csv::StringRecord, tags: Option<&csv::StringRecord>) -> Columns {
        let find = |spec: &ColumnSpec| -> Option<usize> {
            if let Some(tags) = tags {
                let want = norm_tag(spec.hxl);
                if let Some(i) = tags.iter().position(|t| norm_tag(t) == want) {
                    return Some(i);
                }
            }
            header.iter().position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(spec.header)
            })
        };
        Columns(COLUMNS.iter().map(find).collect())
    }

    /// The index of our column `name` in the table.
    fn at(&self, name: &str) -> Option<usize> {
        COLUMNS
            .iter()
            .position(|c| c.header == name)
            .and_then(|i| self.0[i])
    }

    /// The value of column `name` in `record` (empty when the table has no such column).
    fn get(&self, record: &csv::StringRecord, name: &str) -> String {
        self.at(name)
            .and_then(|i| record.get(i))
            .map(cell_value)
            .unwrap_or_default()
    }
}

/// The value read from a cell, or its default with the problem noted.
fn or_default<T: Default>(read: Result<T, EntryProblem>, problems: &mut Vec<EntryProblem>) -> T {
    read.unwrap_or_else(|p| {
        problems.push(p);
        T::default()
    })
}

/// One row as an entry, with every problem of its cells and of the entry, in report order.
fn read_row(
    pack: &Pack,
    columns: &Columns,
    record: &csv::StringRecord,
) -> (LandscapeEntry, Vec<EntryProblem>) {
    let get = |name: &str| columns.get(record, name);
    let mut problems = Vec::new();
    let category = or_default(
        entry::resolve_category(pack, &get("category")),
        &mut problems,
    );
    let last_update = or_default(entry::parse_last_update(&get("last_update")), &mut problems);
    let shared_with = or_default(entry::parse_shared_with(&get("shared_with")), &mut problems);
    let status = or_default(entry::parse_status(&get("status")), &mut problems);
    let reliability = or_default(entry::parse_reliability(&get("reliability")), &mut problems);
    let entry = LandscapeEntry {
        id: get("id"),
        name: get("name"),
        organisation: get("organisation"),
        category,
        sub_category: get("sub_category"),
        methods: get("methods"),
        areas: split_list(&get("areas")),
        frequency: get("frequency"),
        last_update,
        outputs: split_list(&get("outputs")),
        outputs_note: get("outputs_note"),
        shared_with,
        shared_what: get("shared_what"),
        contact_role: get("contact_role"),
        status,
        reliability,
        diagnosis: get("diagnosis"),
        sharing_in_place: split_list(&get("sharing_in_place")),
        extra: Default::default(),
    };
    problems.extend(entry.problems(pack));
    entry::sort_problems(&mut problems);
    (entry, problems)
}

/// Imports a table into the session's register: a row whose id is in the register updates that entry;
/// any other row is added ([`Session::add_landscape_entry`] keeps a free `L-n` id). All or
/// nothing: on any row problem the session is not touched.
pub fn import_csv(
    session: &mut Session,
    pack: &Pack,
    text: &str,
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<ImportReport, ImportError> {
    let entries = parse_csv(pack, text)?;
    let mut report = ImportReport::default();
    for entry in entries {
        let id = entry.id.trim().to_string();
        if !id.is_empty() && session.landscape_entry(&id).is_some() {
            match session.update_landscape_entry(&id, entry, now, by) {
                Ok(true) => report.updated.push(id),
                _ => report.unchanged.push(id),
            }
        } else {
            report
                .added
                .push(session.add_landscape_entry(entry, now, by));
        }
    }
    Ok(report)
}

/// `docs/landscape-csv.md`, generated from [`COLUMNS`] (a test fails when the file is stale).
pub fn columns_markdown() -> String {
    let mut s = String::from(
        "# The landscape register as CSV (with HXL hashtags)\n\n\
         Generated from `src/landscape/hxl.rs`; regenerate with\n\
         `UPDATE_LANDSCAPE_DOC=1 cargo test --test landscape`.\n\n\
         `pim-workshop export SESSION --format landscape-csv [--out FILE]` writes the session's landscape\n\
         register as one table: a header row, then a row of [HXL](https://hxlstandard.org) hashtags, then\n\
         one row per system. The file is UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting,\n\
         so spreadsheets open it as it is; a value that a spreadsheet would run as a formula (starting with\n\
         `=`, `+`, `-` or `@`) is written with a leading `'`. Lists are one cell separated by `; `.\n\n\
         Every tag uses a core HXL hashtag (`#org`, `#activity`, `#sector`, `#subsector`, `#adm1`,\n\
         `#frequency`, `#date`, `#status`, `#contact`, `#description`, `#meta`) with attributes, so the table\n\
         can be combined with a 4W or loaded into a humanitarian data platform; fields HXL has no hashtag\n\
         for use `#meta` or `#description` with an attribute naming them.\n\n\
         `pim-workshop import-landscape SESSION FILE` (or `i` on the landscape screen) reads the same table\n\
         back, or a colleague's: columns are found by HXL tag when the second row holds hashtags\n\
         (attribute order and spaces do not matter), otherwise by header name; other columns are ignored.\n\
         Only `name` is required. A row whose `id` is already in the register updates that entry; other\n\
         rows are added. Every row is checked first; when any row is wrong nothing is imported and each\n\
         problem is listed with its line. Categories may be given by id or by name. Contact details of\n\
         persons (e-mail addresses, phone numbers) are refused: record a role.\n\n\
         | Column | HXL tag | What it holds |\n|---|---|---|\n",
    );
    for c in &COLUMNS {
        s.push_str(&format!(
            "| `{}` | `{}` | {} |\n",
            c.header, c.hxl, c.meaning
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Reliability, SharedWith, SystemStatus};

    /// The column documentation lists the values the enums list, in their order.
    #[test]
    fn the_columns_list_the_enums_values() {
        let meaning = |header: &str| {
            COLUMNS
                .iter()
                .find(|c| c.header == header)
                .map(|c| c.meaning)
                .unwrap_or_default()
        };
        let words = |names: Vec<&str>| {
            let (last, rest) = names.split_last().expect("values");
            format!("{} or {last}.", rest.join(", "))
        };
        assert_eq!(
            meaning("shared_with"),
            words(SharedWith::LISTED.iter().map(|v| v.as_str()).collect())
        );
        assert_eq!(
            meaning("status"),
            words(SystemStatus::LISTED.iter().map(|v| v.as_str()).collect())
        );
        assert_eq!(
            meaning("reliability"),
            words(Reliability::LISTED.iter().map(|v| v.as_str()).collect())
        );
    }
}
