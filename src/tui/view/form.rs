//! A form drawn as a popup over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display;
use crate::tui::app::App;
use crate::tui::form::{FieldKind, Form};
use crate::tui::theme::Theme;

pub fn render(app: &App, form: &Form, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = area.width.saturating_sub(4).min(90);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y,
        width,
        height: area.height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} ", display::one_line(&form.title)),
            theme.title(),
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let w = usize::from(inner.width.saturating_sub(1));
    let label_w = 15.min(w / 3);
    let value_w = w.saturating_sub(label_w + 1).max(1);

    let mut lines: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        if focused {
            focus_line = lines.len();
        }
        let label = display::fit(&field.label, label_w);
        let label_style = if focused {
            theme.focus()
        } else {
            theme.title()
        };
        let value_lines = field_value(&field.kind, focused, value_w, theme);
        for (j, value) in value_lines.into_iter().enumerate() {
            let head = if j == 0 {
                Span::styled(label.clone(), label_style)
            } else {
                Span::raw(" ".repeat(label_w))
            };
            let mut spans = vec![head, Span::raw(" ")];
            spans.extend(value.spans);
            lines.push(Line::from(spans));
        }
        if let Some(error) = &field.error {
            for l in display::wrap(error, value_w) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w + 1)),
                    Span::styled(l, theme.error()),
                ]));
            }
        } else if focused && !field.hint.is_empty() {
            for l in display::wrap(&field.hint, value_w) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w + 1)),
                    Span::styled(l, theme.muted()),
                ]));
            }
        }
    }
    let height = usize::from(inner.height);
    let offset = focus_line.saturating_sub(height.saturating_sub(4));
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// The lines of one field's value: the wrapped text, the chosen option, or the checklist.
fn field_value(
    kind: &FieldKind,
    focused: bool,
    value_w: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    match kind {
        FieldKind::Text(text) => {
            let shown = display::one_line(text);
            let cursor = if focused { "▏" } else { "" };
            let wrapped = display::wrap(&format!("{shown}{cursor}"), value_w);
            wrapped.into_iter().map(Line::raw).collect()
        }
        FieldKind::Choice { options, selected } => {
            let label = options
                .get(*selected)
                .map(|(_, l)| l.as_str())
                .unwrap_or("");
            let text = if focused {
                format!("◀ {} ▶", display::one_line(label))
            } else {
                display::one_line(label)
            };
            vec![Line::styled(
                display::truncate(&text, value_w),
                theme.selected(),
            )]
        }
        FieldKind::Multi {
            options,
            chosen,
            cursor,
        } => options
            .iter()
            .zip(chosen)
            .enumerate()
            .map(|(j, ((_, label), on))| {
                let mark = if *on { "[x]" } else { "[ ]" };
                let text =
                    display::truncate(&format!("{mark} {}", display::one_line(label)), value_w);
                if focused && j == *cursor {
                    Line::styled(text, theme.focus())
                } else {
                    Line::raw(text)
                }
            })
            .collect(),
    }
}
