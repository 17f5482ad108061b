//! Drawing pre-wrapped lines scrolled: the scrolled panels of several views share it.

use ratatui::Frame;

/// Draw pre-wrapped lines into `area`, starting `scroll` lines down (clamped so the last page stays full).
pub fn scrolled(
    frame: &mut Frame,
    area: ratatui::layout::Rect,
    lines: Vec<ratatui::text::Line<'static>>,
    scroll: u16,
) {
    let height = usize::from(area.height);
    let max_scroll = lines.len().saturating_sub(height);
    let skip = usize::from(scroll).min(max_scroll);
    let shown: Vec<_> = lines.into_iter().skip(skip).take(height).collect();
    frame.render_widget(ratatui::widgets::Paragraph::new(shown), area);
}
