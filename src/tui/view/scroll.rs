//! Drawing pre-wrapped lines scrolled: the scrolled panels of several views share it. A panel with more
//! above shows "▲" at its top-right corner, and one with more below "▼ more" at its bottom-right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::display;
use crate::t;
use crate::tui::theme::Theme;

/// Draw pre-wrapped lines into `area`, starting `scroll` lines down (clamped so the last page stays full).
/// Returns how far down it was drawn from, once clamped.
pub fn scrolled(
    frame: &mut Frame,
    area: ratatui::layout::Rect,
    lines: Vec<ratatui::text::Line<'static>>,
    scroll: u16,
) -> u16 {
    let height = usize::from(area.height);
    let total = lines.len();
    let max_scroll = total.saturating_sub(height);
    let skip = usize::from(scroll).min(max_scroll);
    let shown: Vec<_> = lines.into_iter().skip(skip).take(height).collect();
    frame.render_widget(ratatui::widgets::Paragraph::new(shown), area);
    marks(frame, area, skip, total, height, Theme::monochrome());
    u16::try_from(skip).unwrap_or(u16::MAX)
}

/// The "▲" and "▼ more" marks of a panel showing `height` of `total` lines from `offset`.
pub fn marks(
    frame: &mut Frame,
    area: Rect,
    offset: usize,
    total: usize,
    height: usize,
    theme: Theme,
) {
    if area.width < 4 || area.height == 0 {
        return;
    }
    let mut mark = |text: String, y: u16| {
        let w = display::width(&text) as u16;
        if w >= area.width {
            return;
        }
        let rect = Rect {
            x: area.right() - w,
            y,
            width: w,
            height: 1,
        };
        frame.render_widget(Span::styled(text, theme.key()), rect);
    };
    if offset > 0 {
        mark(t!("edit-more-above"), area.y);
    }
    if offset + height < total {
        mark(t!("edit-more-below"), area.bottom() - 1);
    }
}
