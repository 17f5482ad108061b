//! The review's lines as drawn: wrapping one source line to the screen's width. The view draws them
//! and the paging keys count them, by this one rule.

use crate::display;

/// One line of the review as drawn `width` cells wide: wrapped, continuation lines indented two more
/// cells (wrapped to the narrower width, so no character is pushed past the border). Paging counts
/// these rows, so PgDn never skips a line that did not fit.
pub fn wrapped(source: &str, width: usize) -> Vec<String> {
    let clean = display::one_line(source);
    let indent: String = clean.chars().take_while(|c| *c == ' ').collect();
    let text = clean.trim_start();
    let avail = width.saturating_sub(indent.len()).max(1);
    let wrap_at = if display::width(text) <= avail {
        avail
    } else {
        avail.saturating_sub(2).max(1)
    };
    display::wrap(text, wrap_at)
        .into_iter()
        .enumerate()
        .map(|(j, part)| {
            if j == 0 {
                format!("{indent}{part}")
            } else {
                format!("{indent}  {part}")
            }
        })
        .collect()
}

/// The text's width inside the review's frame on a terminal `columns` wide (borders and the last
/// column, kept free for a wide character, left out).
pub fn text_width(columns: u16) -> usize {
    usize::from(columns.saturating_sub(3)).max(1)
}
