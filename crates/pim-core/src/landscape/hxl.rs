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

use crate::content::Pack;
use crate::export::csv::{BOM, CRLF, field};
use crate::session::LandscapeEntry;

use super::table_cells::{category_name, date_cell};

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
pub const COLUMNS: [ColumnSpec; 20] = [
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
    col(
        "sector",
        "#sector+cluster",
        "The sector or cluster a 3W/4W gives it, as written (not a PIM category).",
    ),
    col("sub_category", "#subsector+pim+name", "The sub-category."),
    col("methods", "#activity+methods", "Methods used."),
    col(
        "areas",
        "#loc+name",
        "Areas covered, separated by '; ' (the long export gives one area per row, by level).",
    ),
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
pub const CORE_HASHTAGS: [&str; 14] = [
    "#meta",
    "#activity",
    "#org",
    "#sector",
    "#subsector",
    "#adm1",
    "#adm2",
    "#adm3",
    "#loc",
    "#frequency",
    "#date",
    "#description",
    "#contact",
    "#status",
];

fn list(items: &[String]) -> String {
    items.join("; ")
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

/// A table (rows of cells) as CSV: UTF-8 with a BOM, CRLF, each cell protected ([`cell`]).
pub fn grid_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str(CRLF);
    }
    out
}

/// The register as a wide table: the header row, the HXL hashtag row, one row per system.
pub fn wide_rows(pack: &Pack, landscape: &[LandscapeEntry]) -> Vec<Vec<String>> {
    let mut rows = vec![
        COLUMNS.iter().map(|c| c.header.to_string()).collect(),
        COLUMNS.iter().map(|c| c.hxl.to_string()).collect(),
    ];
    for e in landscape {
        rows.push(vec![
            e.id.clone(),
            e.name.clone(),
            e.organisation.clone(),
            e.category.clone(),
            category_name(pack, e),
            e.sector.clone(),
            e.sub_category.clone(),
            e.methods.clone(),
            list(&e.areas),
            e.frequency.clone(),
            date_cell(e),
            list(&e.outputs),
            e.outputs_note.clone(),
            e.shared_with.as_str().to_string(),
            e.shared_what.clone(),
            e.contact_role.clone(),
            e.status.as_str().to_string(),
            e.reliability.as_str().to_string(),
            e.diagnosis.clone(),
            list(&e.sharing_in_place),
        ]);
    }
    rows
}

/// The register as CSV with the HXL hashtag row (every system as given: filter first to share).
pub fn to_csv(pack: &Pack, landscape: &[LandscapeEntry]) -> String {
    grid_csv(&wide_rows(pack, landscape))
}

/// `docs/landscape-csv.md`, generated from [`COLUMNS`] and [`super::long::LONG_COLUMNS`] (a test
/// fails when the file is stale).
pub fn columns_markdown() -> String {
    let mut s = String::from(DOC_INTRO);
    for c in &COLUMNS {
        s.push_str(&format!(
            "| `{}` | `{}` | {} |\n",
            c.header, c.hxl, c.meaning
        ));
    }
    s.push_str(DOC_LONG);
    for (header, tag) in &super::long::LONG_COLUMNS {
        s.push_str(&format!("| `{header}` | `{tag}` |\n"));
    }
    s.push_str(DOC_IMPORT);
    s
}

const DOC_INTRO: &str = "# The landscape register as a table (with HXL hashtags)

Generated from `src/landscape/hxl.rs` and `src/landscape/long.rs`; regenerate with
`UPDATE_LANDSCAPE_DOC=1 cargo test --test landscape`.

## Export

`pim-workshop export SESSION --format landscape-csv|landscape-long [--include LEVEL] [--out FILE]`
writes the register as one table: a header row, then a row of [HXL](https://hxlstandard.org)
hashtags, then the systems. CSV files are UTF-8 with a byte-order mark, CRLF line ends and RFC 4180
quoting; a value that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) is
written with a leading `'`. With `--out FILE.xlsx` the same table is written as an Excel workbook
(every cell text, the header and hashtag rows frozen).

- `landscape-csv` (wide): one row per system; lists are one cell separated by `; `.
- `landscape-long`: one row per system and area, the form 4W tools and data platforms expect. Each
  area goes in the column of the administrative level the register records for it (`#adm1`, `#adm2`,
  `#adm3`, with its P-code in the `+code` column beside it), or in `#loc+name` when no level is
  recorded.

**Sharing level.** A landscape table is meant for a data platform, so by default it holds only the
systems whose outputs are shared publicly, and no diagnosis. `--include protection-actors` adds the
systems shared with protection actors (still without diagnoses); `--include all` gives every system
and the team's diagnoses, for the team's own copy. A widened export prints a warning line naming the
systems that became shareable. The workshop's export form offers the same three choices.

**Tags.** Every tag uses a core HXL hashtag (`#org`, `#activity`, `#sector`, `#subsector`, `#adm1`,
`#adm2`, `#adm3`, `#loc`, `#frequency`, `#date`, `#status`, `#contact`, `#description`, `#meta`).
Attributes are the standard's own where it has one (`+name`, `+code`, `+cluster`, `+role`,
`+updated`); the few the register adds are lower-case words that HXL tools (libhxl, the HXL Proxy,
HDX) accept as custom attributes and pass through: `+pim` (the PIM Matrix category, beside the
cluster's sector), `+methods`, `+output`, `+shared`, `+shared_with`, `+diagnosis`, `+reliability`,
`+sharing`, `+id`. A test parses every export with libhxl.

### Wide columns

| Column | HXL tag | What it holds |
|---|---|---|
";

const DOC_LONG: &str = "
### Long columns

| Column | HXL tag |
|---|---|
";

const DOC_IMPORT: &str = "
## Import

`pim-workshop import-landscape SESSION FILE [--sheet NAME]` (or `i` on the landscape screen) reads a
table into the register: this program's export, or a colleague's 3W/4W. CSV (UTF-8; a file that is
not UTF-8 is read as Latin-1, and the report says so) or a spreadsheet (.xlsx, .xls, .ods: the first
sheet, or the one `--sheet` names). The largest file accepted is 16 MiB, in the workshop and on the
command line alike.

- **Columns by HXL's rules.** The hashtag row may be anywhere in the first 25 rows, under one or more
  header rows. A field's tag pattern matches a column that carries every attribute it names and more
  (`#org` matches `#org+name+i_fr`), never one it excludes (`#sector-pim`); case and spaces in tags do
  not matter; columns may come in any order. When several columns match, the first is read and the
  report says so. Columns no field reads are listed in the report.
- **Without a hashtag row**, columns are found by header, in English or French (`Organisation`,
  `Activité`, `Secteur`, `Statut`, `District`, `Fréquence`…).
- **3W/4W words.** Status words (Ongoing, Active, Planned, Completed, Closed, On hold, En cours,
  Terminé…), frequency words (monthly, bi-weekly, mensuel, trimestriel…) and dates in the usual forms
  (2026-10-31, 31/10/2026, 31.10.2026, 31 Oct 2026, 31 octobre 2026, 2026-10) are read.
- **One row per area.** Rows of the same organisation and activity (or the same id) become one system
  covering every area; the report names the lines merged. The deepest administrative level given
  (`#adm3`, then `#adm2`, then `#adm1`) is the row's area, and its level and P-code are recorded.
- **Sector, not category.** A cluster's `#sector` is kept as the system's sector; the PIM category is
  left to classify (the classification screen, key `C` on the landscape, takes one system at a time
  with the Matrix definitions beside it).
- **No personal data.** Columns of personal contact details (`#contact+email`, `#contact+phone`, any
  `#contact` other than `+role`, headers such as e-mail, phone, focal point) are left out, and a value
  shaped like an e-mail address or a phone number is dropped; the report says each.
- **All or nothing.** Every row is checked first; on any problem nothing is imported and each is
  listed with its true line (counted for LF and CRLF files alike). A quoted cell never closed, a
  stray quote, a row with more or fewer cells than the header, and an empty file are refused with
  their line.

A row whose `id` is already in the register updates that entry; other rows are added. Categories may
be given by id or by name.
";

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
