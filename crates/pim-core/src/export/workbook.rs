//! The session's records as an Excel workbook (.xlsx, written with `rust_xlsxwriter`): one sheet per
//! tidy table ([`super::tables`]) — decisions, actions, risks, participants, landscape — with the
//! header row frozen and filterable, numbers as numbers and dates as dates.
//!
//! Safety as in the CSV: every value is sanitised ([`display::sanitize_text`]), and text is always
//! written as a text cell, never as a formula, so `=HYPERLINK(…)` typed in a session stays the
//! characters it is. The landscape sheet holds what the landscape table's sharing level allows.

use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook, Worksheet};

use crate::content::Pack;
use crate::display;
use crate::session::Session;

use super::options::{ExportOptions, Scope, scoped};
use super::tables::{TableKind, TidyTable, Value, table};

/// How wide a column is drawn, in characters: long text wider, ids and numbers narrow.
fn width(column: &str) -> f64 {
    match column {
        "id" | "likelihood" | "impact" | "score" | "days_overdue" => 10.0,
        "text" | "title" | "rationale" | "description" | "mitigation" => 48.0,
        _ => 18.0,
    }
}

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> String {
    e.to_string()
}

/// One tidy table on its own sheet.
fn write_sheet(ws: &mut Worksheet, t: &TidyTable) -> Result<(), String> {
    let head = CellFormat::new().set_bold();
    let day = CellFormat::new().set_num_format("yyyy-mm-dd");
    ws.set_name(t.kind.name()).map_err(xlsx_error)?;
    for (c, name) in t.columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, *name, &head)
            .map_err(xlsx_error)?;
        ws.set_column_width(c, width(name)).map_err(xlsx_error)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            let c = c as u16;
            match value {
                Value::Text(s) if !s.is_empty() => {
                    let clean = display::sanitize_text(s, true);
                    ws.write_string(r, c, clean.as_ref()).map_err(xlsx_error)?;
                }
                Value::Number(n) => {
                    ws.write_number(r, c, *n as f64).map_err(xlsx_error)?;
                }
                Value::Date(d) => {
                    let at = excel_date(*d)?;
                    ws.write_datetime_with_format(r, c, &at, &day)
                        .map_err(xlsx_error)?;
                }
                Value::Text(_) | Value::Empty => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    let last_col = t.columns.len().saturating_sub(1) as u16;
    ws.autofilter(0, 0, t.rows.len() as u32, last_col)
        .map_err(xlsx_error)?;
    Ok(())
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, String> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    let y = u16::try_from(y).map_err(|_| format!("{d}"))?;
    ExcelDateTime::from_ymd(y, m as u8, day as u8).map_err(xlsx_error)
}

/// The session's tables as a workbook, one sheet each; actions are marked overdue against `today`.
pub fn workbook(
    session: &Session,
    pack: &Pack,
    today: NaiveDate,
    options: &ExportOptions,
) -> Result<Vec<u8>, String> {
    let shared = scoped(session, Scope::Table, options);
    let mut book = Workbook::new();
    for kind in TableKind::ALL {
        let from = if kind == TableKind::Landscape {
            shared.as_ref()
        } else {
            session
        };
        let t = table(from, pack, kind, today);
        write_sheet(book.add_worksheet(), &t)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}
