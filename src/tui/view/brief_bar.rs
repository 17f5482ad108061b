//! The brief path's completeness bar in the workshop: "▰▰▰▱ Brief path: 9 of 14 for the brief".

use ratatui::text::{Line, Span};

use crate::content::Pack;
use crate::scoping::essential::progress;
use crate::t;
use crate::tui::doc::Doc;
use crate::tui::open::OpenSession;

/// Cells the bar takes at most (it shrinks on a narrow panel).
const BAR: usize = 14;

/// The bar and its sentence, on one line when they fit (the sentence wraps under a short bar
/// otherwise).
pub fn bar(
    doc: &mut Doc,
    pack: &Pack,
    o: &OpenSession,
    width: u16,
    theme: crate::tui::theme::Theme,
) {
    let (done, total) = progress(pack, &o.session);
    let cells = BAR.min(usize::from(width) / 4).max(1);
    let filled = (done * cells).checked_div(total).unwrap_or(0);
    let line = Line::from(vec![
        Span::styled("█".repeat(filled), theme.success()),
        Span::styled("░".repeat(cells - filled), theme.muted()),
        Span::raw(" "),
    ]);
    doc.lines.push(line);
    let text = t!("workshop-brief-path", done = done, total = total);
    if let Some(last) = doc.lines.last_mut() {
        let room = usize::from(width).saturating_sub(cells + 1);
        if crate::display::width(&text) <= room {
            last.spans.push(Span::styled(text, theme.title()));
            return;
        }
    }
    doc.styled(&text, theme.title());
}
