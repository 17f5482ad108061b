//! The home screen: where to start, and the sessions found in the data folder.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::display;
use crate::i18n::texts;
use crate::tui::app::{App, HomeItem, StartEntry};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = texts();
    let theme = app.theme;
    let width = usize::from(area.width);
    let inner = width.saturating_sub(4);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;

    lines.push(Line::default());
    lines.push(Line::styled(
        format!("  {}", display::truncate(t.tagline, inner)),
        theme.guidance(),
    ));
    let dir = crate::paths::sessions_dir(&app.data_dir);
    let dir_text = format!(
        "  {}: {}",
        t.home_data_dir,
        display::one_line(&dir.display().to_string())
    );
    lines.push(Line::styled(
        display::truncate(&dir_text, width),
        theme.muted(),
    ));
    lines.push(Line::default());

    let items = app.home_items();
    let focus = |i: usize| i == app.home.cursor;
    let marker = |on: bool| if on { "▶ " } else { "  " };

    lines.push(Line::styled(format!("  {}", t.home_start), theme.title()));
    for (i, item) in items.iter().enumerate() {
        let HomeItem::Start(entry) = item else {
            continue;
        };
        let (label, hint) = match entry {
            StartEntry::NewSession => (t.home_entry_new, t.home_entry_new_hint),
            StartEntry::Reference => (t.home_entry_reference, t.home_entry_reference_hint),
        };
        let label_w = 24.min(inner);
        let style = if focus(i) {
            theme.focus()
        } else {
            theme.text()
        };
        if focus(i) {
            cursor_line = lines.len();
        }
        let hint_w = inner.saturating_sub(label_w + 2);
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                format!("{}{}", marker(focus(i)), display::fit(label, label_w)),
                style,
            ),
            Span::styled(
                format!(" {}", display::truncate(hint, hint_w)),
                theme.muted(),
            ),
        ]));
    }
    lines.push(Line::default());

    lines.push(Line::styled(
        format!("  {} ({})", t.home_sessions, app.sessions.len()),
        theme.title(),
    ));
    if app.sessions.is_empty() {
        lines.push(Line::styled(
            format!("  {}", t.home_no_sessions),
            theme.muted(),
        ));
    } else {
        let changed_w = 16;
        let kind_w = 22.min(inner / 4);
        let title_w = inner.saturating_sub(changed_w + kind_w + 4);
        lines.push(Line::styled(
            format!(
                "    {} {} {}",
                display::fit(t.home_col_title, title_w),
                display::fit(t.home_col_kind, kind_w),
                display::fit(t.home_col_changed, changed_w)
            ),
            theme.muted(),
        ));
        for (i, item) in items.iter().enumerate() {
            let HomeItem::Session(s) = item else {
                continue;
            };
            let row = &app.sessions[*s];
            if focus(i) {
                cursor_line = lines.len();
            }
            let kind = app
                .content
                .template(&row.kind)
                .map(|tpl| tpl.title.clone())
                .unwrap_or_else(|| row.kind.clone());
            let (text, style): (String, Style) = match &row.error {
                None => (
                    format!(
                        "{}{} {} {}",
                        marker(focus(i)),
                        display::fit(&display::one_line(&row.title), title_w),
                        display::fit(&display::one_line(&kind), kind_w),
                        display::fit(&row.changed, changed_w)
                    ),
                    if focus(i) {
                        theme.focus()
                    } else {
                        theme.text()
                    },
                ),
                Some(err) => (
                    format!(
                        "{}{} {}",
                        marker(focus(i)),
                        display::fit(&display::one_line(&row.title), title_w),
                        display::truncate(
                            &format!("{}: {}", t.home_broken_file, display::one_line(err)),
                            kind_w + changed_w + 1
                        )
                    ),
                    if focus(i) {
                        theme.focus()
                    } else {
                        theme.error()
                    },
                ),
            };
            lines.push(Line::from(vec![Span::raw("  "), Span::styled(text, style)]));
        }
    }

    // Keep the cursor on screen.
    let height = usize::from(area.height);
    let offset = cursor_line.saturating_sub(height.saturating_sub(2));
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
}
