//! CSV read by hand into rows that know the line they start on, counted the way an editor counts
//! them (LF, CRLF and a lone CR each end one line; a line break inside a quoted cell counts too), so
//! every message names the true line. RFC 4180 quoting; a quoted cell left open at the end of the file
//! is an error, not data. Bytes that are not UTF-8 are read as Latin-1, and the table says so.

use super::table::{RawRow, TableProblem};

/// The text of the file: UTF-8 (a byte-order mark dropped), or Latin-1 when it is not UTF-8 (`true`).
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), false),
        Err(_) => (bytes.iter().map(|&b| char::from(b)).collect(), true),
    }
}

/// Reads CSV text into rows, or the first problem (with its line): a quote left open, or a stray
/// quote inside an unquoted cell.
pub fn parse(text: &str) -> Result<Vec<RawRow>, TableProblem> {
    let mut rows = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line: u64 = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(TableProblem::UnterminatedQuote { line: start });
                }
                cells.push(std::mem::take(&mut cell));
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => quoted = false,
                    '\r' => {
                        if chars.peek() == Some(&'\n') {
                            chars.next();
                        }
                        line += 1;
                        cell.push('\n');
                    }
                    '\n' => {
                        line += 1;
                        cell.push('\n');
                    }
                    c => cell.push(c),
                }
                continue;
            }
            match c {
                ',' => cells.push(std::mem::take(&mut cell)),
                '"' if cell.trim().is_empty() => {
                    cell.clear();
                    quoted = true;
                }
                '"' => return Err(TableProblem::StrayQuote { line }),
                '\r' | '\n' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    cells.push(std::mem::take(&mut cell));
                    break;
                }
                c => cell.push(c),
            }
        }
        rows.push(RawRow { line: start, cells });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u64, Vec<String>)> {
        parse(text)
            .expect("CSV")
            .into_iter()
            .map(|r| (r.line, r.cells))
            .collect()
    }

    #[test]
    fn rows_know_their_true_line_with_lf_cr_and_crlf() {
        for eol in ["\n", "\r\n", "\r"] {
            let text = format!("a,b{eol}\"x{eol}y\",2{eol}c,\"q\"\"\"{eol}");
            let rows = lines(&text);
            assert_eq!(rows.len(), 3, "{eol:?}");
            assert_eq!(rows[0].0, 1);
            assert_eq!(rows[1], (2, vec!["x\ny".to_string(), "2".to_string()]));
            assert_eq!(rows[2], (4, vec!["c".to_string(), "q\"".to_string()]));
        }
    }

    #[test]
    fn an_open_quote_and_a_stray_quote_are_errors_with_their_line() {
        assert_eq!(
            parse("a,b\r\nc,d\r\n\"open,e\r\nf,g\r\n"),
            Err(TableProblem::UnterminatedQuote { line: 3 })
        );
        assert_eq!(
            parse("a,b\nc,d\"x\n"),
            Err(TableProblem::StrayQuote { line: 2 })
        );
    }

    #[test]
    fn latin1_is_read_when_the_bytes_are_not_utf8() {
        assert_eq!(decode(b"\xef\xbb\xbfname\n"), ("name\n".into(), false));
        assert_eq!(decode(b"\xe9t\xe9"), ("été".into(), true));
    }
}
