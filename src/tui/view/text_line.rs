//! A one-line text field drawn inline (a search box): the text with its cursor cell reversed.

use ratatui::style::Modifier;
use ratatui::text::Span;

use crate::display;
use crate::tui::text_field::TextField;
use crate::tui::theme::Theme;

/// The spans of a one-line field: before the cursor, the cell under it (reversed; a bar at the end),
/// after it.
pub fn spans(field: &TextField, theme: Theme) -> Vec<Span<'static>> {
    let text = display::one_line(&field.text());
    let (_, col) = field.cursor();
    let before: String = text.chars().take(col).collect();
    let mut rest = text.chars().skip(col);
    let under = rest.next();
    let after: String = rest.collect();
    let cursor = theme.focus_border().add_modifier(Modifier::REVERSED);
    vec![
        Span::raw(before),
        match under {
            Some(c) => Span::styled(c.to_string(), cursor),
            None => Span::styled("▏", theme.focus_border()),
        },
        Span::raw(after),
    ]
}
