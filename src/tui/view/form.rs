//! A form drawn as a popup over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::display;
use crate::t;
use crate::tui::app::App;
use crate::tui::form::{Field, FieldKind, Form, Leaving};
use crate::tui::theme::Theme;

pub fn render(app: &App, form: &Form, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    if form.is_question() {
        question(theme, &form.title, frame, area);
        return;
    }
    let width = area.width.saturating_sub(4).min(90);
    let popup = centered(area, width, area.height);
    // The whole body is cleared: nothing of the screen underneath shows beside the form.
    frame.render_widget(Clear, area);
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
    let laid = lay_out(form, label_w, value_w, theme);

    let question = form.leaving.map(|why| match why {
        Leaving::Cancel => t!("edit-discard-form", title = display::one_line(&form.title)),
        Leaving::Quit => t!("edit-quit-form", title = display::one_line(&form.title)),
    });
    let reserved = if question.is_some() { 2 } else { 0 };
    let height = usize::from(inner.height).saturating_sub(reserved);
    let offset = laid.focus_line.saturating_sub(height.saturating_sub(4));
    let total = laid.lines.len();
    let shown: Vec<Line> = laid.lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    super::scroll::marks(frame, inner, offset, total, height, theme);
    if let Some((first, rows)) = laid.editor_at
        && first >= offset
        && first < offset + height
    {
        let x = inner.x + label_w as u16 + 1;
        let rect = Rect {
            x,
            y: inner.y + (first - offset) as u16,
            width: (value_w as u16).min(inner.right().saturating_sub(x)),
            height: ((offset + height - first).min(rows) as u16).max(1),
        };
        draw_editor(form, rect, theme, frame);
    }
    if let Some(question) = question {
        ask_to_leave(&question, inner, theme, frame);
    }
}

/// The form's lines: each field's label and value, its count, its error or hint.
struct Laid {
    lines: Vec<Line<'static>>,
    /// The line the focus is on (the checklist's cursor row in a checklist).
    focus_line: usize,
    /// Where the focused text field's editor goes: its first line and its height.
    editor_at: Option<(usize, usize)>,
}

fn lay_out(form: &Form, label_w: usize, value_w: usize, theme: Theme) -> Laid {
    let mut laid = Laid {
        lines: Vec::new(),
        focus_line: 0,
        editor_at: None,
    };
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let lines = &mut laid.lines;
        let value_lines = field_value(&field.kind, focused, value_w, theme);
        if focused {
            laid.focus_line = lines.len();
            match field.kind {
                FieldKind::Text(_) => laid.editor_at = Some((lines.len(), value_lines.len())),
                FieldKind::Multi { cursor, .. } => laid.focus_line = lines.len() + cursor,
                FieldKind::Choice { .. } => {}
            }
        }
        let label_style = if focused {
            theme.focus()
        } else {
            theme.title()
        };
        let label = display::fit(&field.label, label_w);
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
        for (note, style) in notes(field, focused, theme) {
            for l in display::wrap(&note, value_w) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w + 1)),
                    Span::styled(l, style),
                ]));
            }
        }
    }
    laid
}

/// Under a field: a checklist's count, then its error, or its hint while it has the focus.
fn notes(field: &Field, focused: bool, theme: Theme) -> Vec<(String, Style)> {
    let mut notes = Vec::new();
    if let FieldKind::Multi {
        options, chosen, ..
    } = &field.kind
    {
        let n = chosen.iter().filter(|c| **c).count();
        notes.push((
            t!("edit-chosen-count", n = n, total = options.len()),
            theme.muted(),
        ));
    }
    if let Some(error) = &field.error {
        notes.push((error.clone(), theme.error()));
    } else if focused && !field.hint.is_empty() {
        notes.push((field.hint.clone(), theme.muted()));
    }
    notes
}

/// The focused text field, drawn by its textarea (cursor, selection) over its lines.
fn draw_editor(form: &Form, rect: Rect, theme: Theme, frame: &mut Frame) {
    let Some(FieldKind::Text(field)) = form.fields.get(form.focus).map(|f| &f.kind) else {
        return;
    };
    let mut editor = field.area().clone();
    editor.set_cursor_line_style(Style::default());
    editor.set_selection_style(theme.focus());
    if form.leaving.is_some() {
        editor.set_cursor_style(Style::default());
    }
    frame.render_widget(&editor, rect);
}

/// "Discard what you typed?" at the bottom of the form, with its keys.
fn ask_to_leave(question: &str, inner: Rect, theme: Theme, frame: &mut Frame) {
    let area = Rect {
        y: inner.bottom().saturating_sub(2),
        height: 2.min(inner.height),
        ..inner
    };
    frame.render_widget(Clear, area);
    let lines = vec![
        Line::styled(
            display::truncate(question, usize::from(inner.width)),
            theme.warning(),
        ),
        Line::styled(t!("edit-confirm-hint"), theme.muted()),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// A box of `width` × `height` in the middle of `area` (kept inside it).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// A question before a destructive action: a box in the middle, the question and its keys.
fn question(theme: Theme, text: &str, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(70);
    let inner_w = usize::from(width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = display::wrap(&display::one_line(text), inner_w)
        .into_iter()
        .map(|l| Line::styled(l, theme.warning()))
        .collect();
    lines.push(Line::styled(t!("edit-confirm-hint"), theme.muted()));
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border());
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// The lines of one field's value: the wrapped text, the chosen option, or the checklist (its cursor
/// row marked ▶ and reversed, so it shows without colour too).
fn field_value(
    kind: &FieldKind,
    focused: bool,
    value_w: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    match kind {
        FieldKind::Text(text) => {
            let mut rows: Vec<Line> = Vec::new();
            for line in text.lines() {
                let wrapped = display::wrap(&display::one_line(line), value_w);
                if wrapped.is_empty() {
                    rows.push(Line::raw(""));
                }
                rows.extend(wrapped.into_iter().map(Line::raw));
            }
            if rows.is_empty() {
                rows.push(Line::raw(""));
            }
            if focused && text.is_multi_line() {
                // Room for a line more, so the cursor after the last character is in sight.
                rows.push(Line::raw(""));
            }
            rows
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
                let here = focused && j == *cursor;
                let pointer = if here { "▶" } else { " " };
                let text = display::truncate(
                    &format!("{pointer}{mark} {}", display::one_line(label)),
                    value_w,
                );
                if here {
                    Line::styled(text, theme.focus())
                } else {
                    Line::raw(text)
                }
            })
            .collect(),
    }
}
