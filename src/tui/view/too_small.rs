//! The screen shown when the terminal is below the minimum size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::display;
use crate::i18n::texts;
use crate::tui::app::{App, MIN_HEIGHT, MIN_WIDTH};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = texts();
    let message = t
        .too_small
        .replace("{need_w}", &MIN_WIDTH.to_string())
        .replace("{need_h}", &MIN_HEIGHT.to_string())
        .replace("{w}", &area.width.to_string())
        .replace("{h}", &area.height.to_string());
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = display::wrap(&message, width)
        .into_iter()
        .map(|l| Line::styled(l, app.theme.warning()))
        .collect();
    lines.extend(
        display::wrap(t.too_small_hint, width)
            .into_iter()
            .map(|l| Line::styled(l, app.theme.muted())),
    );
    lines.truncate(usize::from(area.height));
    frame.render_widget(Paragraph::new(lines), area);
}
