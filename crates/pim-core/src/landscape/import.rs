//! Import of a landscape table, by HXL's rules: the hashtag row may be anywhere in the first rows
//! (after one or more header rows); columns are matched by tag pattern or, with no hashtag row, by
//! header; real 3W/4W words are read (status, frequency, dates); rows of one organisation's activity
//! in several areas become one system; personal contact details are never kept. Every row is checked
//! first: on any problem nothing is imported and each problem is reported with its true line.

use chrono::{DateTime, FixedOffset};

use super::entry::{self, EntryProblem, looks_personal};
use super::hxl_tags::{Tag, is_hashtag_row};
use super::import_columns::{ColumnInfo, Field, Layout};
use super::import_report::{ImportError, ImportReport, RowError, join};
use super::table::{RawRow, RawTable};
use super::table_file::csv_table;
use super::vocab;
use crate::content::Pack;
use crate::export::csv::{FORMULA_START, undo_inner_guard};
use crate::session::{LandscapeEntry, Session};
use crate::t;

/// How many rows from the top are searched for the hashtag row or the header row.
pub const HEADER_SEARCH_ROWS: usize = 25;

/// One area a row names, with the level and P-code the table gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaFound {
    pub name: String,
    pub level: Option<u8>,
    pub pcode: String,
}

/// What a table holds: the systems (rows merged), the areas with their levels, and what to say.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub entries: Vec<LandscapeEntry>,
    pub areas: Vec<AreaFound>,
    pub notes: Vec<String>,
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

fn split_list(cell: &str) -> Vec<String> {
    cell.split([';', '\n'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Where the table's columns are named: the hashtag row (and the header above it) or the header row.
struct Head {
    columns: Vec<ColumnInfo>,
    /// Index of the first data row.
    data: usize,
    tag_line: Option<u64>,
}

fn find_head(rows: &[RawRow]) -> Option<Head> {
    let top = rows.len().min(HEADER_SEARCH_ROWS);
    if let Some(i) = (0..top).find(|&i| is_hashtag_row(&rows[i].cells)) {
        let header = (0..i)
            .rev()
            .find(|&h| rows[h].cells.iter().any(|c| !c.trim().is_empty()))
            .map(|h| rows[h].cells.clone())
            .unwrap_or_default();
        let columns = rows[i]
            .cells
            .iter()
            .enumerate()
            .map(|(c, tag)| ColumnInfo {
                header: header
                    .get(c)
                    .map(|h| h.trim().to_string())
                    .unwrap_or_default(),
                tag: Tag::parse(tag),
            })
            .collect();
        return Some(Head {
            columns,
            data: i + 1,
            tag_line: Some(rows[i].line),
        });
    }
    (0..top).find_map(|i| {
        let columns: Vec<ColumnInfo> = rows[i]
            .cells
            .iter()
            .map(|h| ColumnInfo {
                header: h.trim().trim_start_matches('\u{feff}').to_string(),
                tag: None,
            })
            .collect();
        Layout::find(&columns).at(Field::Name).map(|_| Head {
            columns,
            data: i + 1,
            tag_line: None,
        })
    })
}

/// A table's text (CSV) read into systems; see [`parse_table`].
pub fn parse_csv(pack: &Pack, text: &str) -> Result<Parsed, ImportError> {
    let table = csv_table(text.as_bytes()).map_err(|e| match e {
        super::table::TableReadError::Csv(p) => ImportError::Csv(p),
        _ => ImportError::NoNameColumn,
    })?;
    parse_table(pack, &table)
}

/// Reads a table into systems, areas and notes, or every problem found (nothing is imported then).
pub fn parse_table(pack: &Pack, table: &RawTable) -> Result<Parsed, ImportError> {
    if table
        .rows
        .iter()
        .all(|r| r.cells.iter().all(|c| c.trim().is_empty()))
    {
        return Err(ImportError::Empty);
    }
    let head = find_head(&table.rows).ok_or(ImportError::NoNameColumn)?;
    let layout = Layout::find(&head.columns);
    if layout.at(Field::Name).is_none() {
        return Err(ImportError::NoNameColumn);
    }
    let mut notes = table.notes.clone();
    notes.extend(column_notes(&head, &layout));
    // The table's width: up to its last named column.
    let width = head
        .columns
        .iter()
        .rposition(|c| c.tag.is_some() || !c.header.is_empty())
        .map_or(0, |p| p + 1);
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for raw in &table.rows[head.data..] {
        if raw.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let filled = raw
            .cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |p| p + 1);
        if filled > width || raw.cells.len() < width {
            errors.push(RowError {
                line: raw.line,
                message: t!(
                    "landscape-import-ragged",
                    found = raw.cells.len(),
                    expected = width
                ),
            });
            continue;
        }
        let row = read_row(pack, &layout, raw, &head.columns, &mut notes);
        errors.extend(row.problems.iter().map(|p| RowError {
            line: raw.line,
            message: p.to_string(),
        }));
        rows.push(row);
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let (entries, merged) =
        super::merge::merge_rows(rows.iter().map(|r| (r.line, r.entry.clone())).collect());
    notes.extend(merged);
    let mut areas: Vec<AreaFound> = Vec::new();
    for r in &rows {
        for a in &r.areas {
            if !areas.iter().any(|b| b.name.eq_ignore_ascii_case(&a.name)) {
                areas.push(a.clone());
            }
        }
    }
    Ok(Parsed {
        entries,
        areas,
        notes,
    })
}

/// What the report says about the columns: the hashtag row's line, several matches, personal
/// columns left out, columns not read.
fn column_notes(head: &Head, layout: &Layout) -> Vec<String> {
    let name = |i: &usize| head.columns[*i].shown();
    let mut notes = Vec::new();
    if let Some(line) = head.tag_line.filter(|l| *l > 2) {
        notes.push(t!("landscape-import-tag-row", line = line));
    }
    for (pattern, cols) in &layout.several {
        notes.push(t!(
            "landscape-import-several",
            pattern = pattern.as_str(),
            columns = join(cols.iter().map(name).collect()),
            first = name(&cols[0])
        ));
    }
    if !layout.personal.is_empty() {
        notes.push(t!(
            "landscape-import-personal-columns",
            columns = join(layout.personal.iter().map(name).collect())
        ));
    }
    if !layout.unknown.is_empty() {
        notes.push(t!(
            "landscape-import-unknown-columns",
            columns = join(layout.unknown.iter().map(name).collect())
        ));
    }
    notes
}

/// One data row read.
pub struct Row {
    pub line: u64,
    pub entry: LandscapeEntry,
    pub areas: Vec<AreaFound>,
    pub problems: Vec<EntryProblem>,
}

/// The fields whose free text is checked for personal contact details.
const TEXT_FIELDS: [Field; 10] = [
    Field::Name,
    Field::Organisation,
    Field::Sector,
    Field::SubCategory,
    Field::Methods,
    Field::Frequency,
    Field::OutputsNote,
    Field::SharedWhat,
    Field::ContactRole,
    Field::Diagnosis,
];

/// A value shaped like personal contact details: an e-mail address (`name@domain.tld`) or a phone
/// number (seven or more digits in a row, spaces, dashes, dots and brackets allowed between).
pub fn personal_value(text: &str) -> bool {
    let email = text.split_whitespace().any(|w| {
        w.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
    });
    email || looks_personal(&text.replace('@', " "))
}

/// The value read from a cell, or its default with the problem noted.
fn or_default<T: Default>(problems: &mut Vec<EntryProblem>, read: Result<T, EntryProblem>) -> T {
    read.unwrap_or_else(|p| {
        problems.push(p);
        T::default()
    })
}

/// The value of a field in a row; a value shaped like personal contact details in a text field is
/// left out (empty) and a note says so.
fn cell_of(
    layout: &Layout,
    raw: &RawRow,
    columns: &[ColumnInfo],
    field: Field,
    notes: &mut Vec<String>,
) -> String {
    let value = layout
        .at(field)
        .and_then(|i| raw.cells.get(i))
        .map(|c| cell_value(c))
        .unwrap_or_default();
    if TEXT_FIELDS.contains(&field) && personal_value(&value) {
        let column = layout
            .at(field)
            .map(|i| columns[i].shown())
            .unwrap_or_default();
        notes.push(t!(
            "landscape-import-personal-value",
            line = raw.line,
            column = column
        ));
        return String::new();
    }
    value
}

/// A last-update cell read in the usual forms (empty is none); a problem when it is none of them.
fn last_update(text: &str, problems: &mut Vec<EntryProblem>) -> Option<chrono::NaiveDate> {
    if text.is_empty() {
        return None;
    }
    vocab::date(text).or_else(|| {
        problems.push(EntryProblem::BadLastUpdate(text.to_string()));
        None
    })
}

fn read_row(
    pack: &Pack,
    layout: &Layout,
    raw: &RawRow,
    columns: &[ColumnInfo],
    notes: &mut Vec<String>,
) -> Row {
    let mut get = |field: Field| cell_of(layout, raw, columns, field, notes);
    // A table this program exported (it has the register's ids) keeps its frequency words as written.
    let own_table = layout.at(Field::Id).is_some();
    let mut problems = Vec::new();
    let category = entry::resolve_category(pack, &get(Field::Category)).unwrap_or_else(|p| {
        problems.push(p);
        String::new()
    });
    let last_update = last_update(&get(Field::LastUpdate), &mut problems);
    let shared_with = or_default(
        &mut problems,
        entry::parse_shared_with(&get(Field::SharedWith)),
    );
    let status_text = get(Field::Status);
    let status = match vocab::status_word(&status_text) {
        Some(s) => s,
        None => or_default(&mut problems, entry::parse_status(&status_text)),
    };
    let reliability = or_default(
        &mut problems,
        entry::parse_reliability(&get(Field::Reliability)),
    );
    let areas = row_areas(layout, raw);
    let entry = LandscapeEntry {
        id: get(Field::Id),
        name: get(Field::Name),
        organisation: get(Field::Organisation),
        category,
        sector: get(Field::Sector),
        sub_category: get(Field::SubCategory),
        methods: get(Field::Methods),
        areas: areas.iter().map(|a| a.name.clone()).collect(),
        frequency: if own_table {
            get(Field::Frequency)
        } else {
            vocab::frequency(&get(Field::Frequency))
        },
        last_update,
        outputs: split_list(&get(Field::Outputs)),
        outputs_note: get(Field::OutputsNote),
        shared_with,
        shared_what: get(Field::SharedWhat),
        contact_role: get(Field::ContactRole),
        status,
        reliability,
        diagnosis: get(Field::Diagnosis),
        sharing_in_place: split_list(&get(Field::SharingInPlace)),
        extra: Default::default(),
    };
    problems.extend(entry.problems(pack));
    entry::sort_problems(&mut problems);
    Row {
        line: raw.line,
        entry,
        areas,
        problems,
    }
}

/// The areas a row names: the list column (`#loc+name`, several separated by `;`), and the deepest
/// administrative level filled in (`#adm3` before `#adm2` before `#adm1`) with its P-code. A cell that
/// holds a `;` list is read as a list of areas whose level is not known.
fn row_areas(layout: &Layout, raw: &RawRow) -> Vec<AreaFound> {
    let cell = |f: Field| {
        layout
            .at(f)
            .and_then(|i| raw.cells.get(i))
            .map(|c| cell_value(c))
            .unwrap_or_default()
    };
    let unleveled = |text: &str| -> Vec<AreaFound> {
        split_list(text)
            .into_iter()
            .map(|name| AreaFound {
                name,
                level: None,
                pcode: String::new(),
            })
            .collect()
    };
    let mut areas = unleveled(&cell(Field::Areas));
    let levels = [
        (3, Field::Adm3, Field::Adm3Code),
        (2, Field::Adm2, Field::Adm2Code),
        (1, Field::Adm1, Field::Adm1Code),
    ];
    for (level, name_field, code_field) in levels {
        let name = cell(name_field);
        let code = cell(code_field);
        if name.contains(';') {
            areas.extend(unleveled(&name));
            break;
        }
        if name.is_empty() && code.is_empty() {
            continue;
        }
        areas.push(AreaFound {
            name: if name.is_empty() { code.clone() } else { name },
            level: Some(level),
            pcode: code,
        });
        break;
    }
    areas
}

/// Imports a table into the session's register: a system whose id is in the register updates that
/// entry; any other is added; the areas' levels and P-codes are recorded. All or nothing: on any
/// problem the session is not touched.
pub fn import_table(
    session: &mut Session,
    pack: &Pack,
    table: &RawTable,
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<ImportReport, ImportError> {
    let parsed = parse_table(pack, table)?;
    Ok(apply(session, parsed, now, by))
}

/// [`import_table`] for CSV text.
pub fn import_csv(
    session: &mut Session,
    pack: &Pack,
    text: &str,
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<ImportReport, ImportError> {
    let parsed = parse_csv(pack, text)?;
    Ok(apply(session, parsed, now, by))
}

fn apply(
    session: &mut Session,
    parsed: Parsed,
    now: DateTime<FixedOffset>,
    by: &str,
) -> ImportReport {
    let mut report = ImportReport {
        notes: parsed.notes,
        ..Default::default()
    };
    for entry in parsed.entries {
        let id = entry.id.trim().to_string();
        if entry.category.is_empty() {
            report.to_classify += 1;
        }
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
    for a in parsed.areas {
        if let crate::session::AreaRecorded::Conflict { .. } =
            session.record_landscape_area(&a.name, a.level, &a.pcode)
        {
            report
                .notes
                .push(t!("landscape-import-area-conflict", area = a.name.as_str()));
        }
    }
    report
}
