//! The screen shown when the terminal is below the minimum size.

use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::display;
use crate::tui::app::{App, MIN_HEIGHT, MIN_WIDTH};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let message = t!(
        "too-small",
        need_w = MIN_WIDTH,
        need_h = MIN_HEIGHT,
        w = area.width,
        h = area.height
    );
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = display::wrap(&message, width)
        .into_iter()
        .map(|l| Line::styled(l, app.theme.warning()))
        .collect();
    lines.extend(
        display::wrap(&t!("too-small-hint"), width)
            .into_iter()
            .map(|l| Line::styled(l, app.theme.muted())),
    );
    lines.truncate(usize::from(area.height));
    frame.render_widget(Paragraph::new(lines), area);
}
