//! The help overlay: every key of the current screen, from the same table as the footer.

use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display;
use crate::tui::app::{App, HelpState};
use crate::tui::keys::{self, Context};

pub fn render(app: &App, help: &HelpState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = area.width.saturating_sub(4).min(72);
    let height = area.height;
    let popup = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y,
        width,
        height,
    };
    let inner_w = usize::from(width.saturating_sub(4));
    let key_w = 18.min(inner_w / 2);

    let mut lines = Vec::new();
    let section = |title: &str, ctx: Context, lines: &mut Vec<Line>| {
        lines.push(Line::styled(title.to_string(), theme.title()));
        for binding in keys::bindings(ctx) {
            let label = keys::keys_label(binding);
            let desc_w = inner_w.saturating_sub(key_w + 1);
            let wrapped = display::wrap(binding.description, desc_w.max(1));
            for (i, part) in wrapped.into_iter().enumerate() {
                let key = if i == 0 {
                    display::fit(&label, key_w)
                } else {
                    " ".repeat(key_w)
                };
                lines.push(Line::from(vec![
                    Span::styled(key, theme.key()),
                    Span::raw(" "),
                    Span::raw(part),
                ]));
            }
        }
        lines.push(Line::default());
    };
    let screen = app.screen_context();
    section(
        &format!("{} — {}", t!("help-intro"), screen.title()),
        screen,
        &mut lines,
    );
    for also in screen.also() {
        section(&also.title(), *also, &mut lines);
    }
    if screen.inherits_global() {
        section(&t!("help-everywhere"), Context::Global, &mut lines);
    }
    lines.push(Line::styled(t!("help-close").to_string(), theme.muted()));

    let visible = usize::from(height.saturating_sub(2));
    let max_scroll = lines.len().saturating_sub(visible);
    let scroll = usize::from(help.scroll).min(max_scroll);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();

    // The whole body is cleared: nothing of the screen underneath shows beside the overlay.
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} ", t!("help-title")),
            theme.title(),
        ));
    let total = max_scroll + visible;
    let inner = block.inner(popup);
    frame.render_widget(
        Paragraph::new(shown).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        popup,
    );
    super::scroll::marks(frame, inner, scroll, total.max(visible), visible, theme);
}
