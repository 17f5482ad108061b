//! Spreadsheets in and out: one sheet of a workbook (.xlsx, .xls, .ods; read with `calamine`) as a
//! table of text cells, and a table written as an .xlsx workbook (`rust_xlsxwriter`) whose cells are
//! all text, so a value is never run as a formula and a P-code keeps its leading zeros.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::table::{RawRow, RawTable, TableReadError};
use crate::t;

/// The sheet named `sheet` (or the first) of a workbook's bytes, as rows numbered as the spreadsheet
/// numbers them.
pub fn read_sheet(bytes: Vec<u8>, sheet: Option<&str>) -> Result<RawTable, TableReadError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| TableReadError::Workbook(e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            .or_else(|| {
                // A sheet number, 1 for the first.
                wanted
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| names.get(i))
            })
            .cloned()
            .ok_or_else(|| TableReadError::NoSuchSheet {
                sheet: wanted.to_string(),
                sheets: names.clone(),
            })?,
        None => names.first().cloned().ok_or(TableReadError::Empty)?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| TableReadError::Workbook(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| RawRow {
            line: u64::from(top) + i as u64 + 1,
            cells: std::iter::repeat_n(String::new(), left as usize)
                .chain(cells.iter().map(cell_text))
                .collect(),
        })
        .collect();
    let mut notes = Vec::new();
    if names.len() > 1 {
        notes.push(t!(
            "landscape-read-sheet",
            sheet = name.as_str(),
            count = names.len()
        ));
    }
    Ok(RawTable { rows, notes })
}

/// A cell as text: whole numbers without `.0`, dates as YYYY-MM-DD.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|dt| {
                if dt.time() == chrono::NaiveTime::MIN {
                    dt.format("%Y-%m-%d").to_string()
                } else {
                    dt.format("%Y-%m-%d %H:%M").to_string()
                }
            })
            .unwrap_or_else(|| d.as_f64().to_string()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// A table as an .xlsx workbook of one sheet named `sheet`, every cell written as text; the first
/// `frozen` rows stay in view when scrolling (the header and the HXL row).
pub fn write_workbook(sheet: &str, rows: &[Vec<String>], frozen: u32) -> Result<Vec<u8>, String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(|e| e.to_string())?;
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if !value.is_empty() {
                ws.write_string(r as u32, c as u16, value)
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    ws.set_freeze_panes(frozen, 0).map_err(|e| e.to_string())?;
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_workbook_reads_back_cell_for_cell() {
        let rows = vec![
            vec!["name".to_string(), "pcode".to_string(), "note".to_string()],
            vec!["#activity+name".into(), "#adm2+code".into(), "".into()],
            vec!["Monitoring".into(), "SD0201".into(), "=1+1".into()],
        ];
        let bytes = write_workbook("Landscape", &rows, 2).expect("written");
        let table = read_sheet(bytes.clone(), None).expect("read");
        let cells: Vec<Vec<String>> = table.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(cells, rows);
        assert_eq!(table.rows[2].line, 3);
        let named = read_sheet(bytes.clone(), Some("landscape")).expect("by name");
        assert_eq!(named.rows.len(), 3);
        let e = read_sheet(bytes, Some("4W")).expect_err("no such sheet");
        assert!(e.to_string().contains("Landscape"), "{e}");
        assert!(matches!(
            read_sheet(b"name\nx\n".to_vec(), None),
            Err(TableReadError::Workbook(_))
        ));
    }
}
