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

    let shown = items
        .iter()
        .filter(|i| matches!(i, HomeItem::Session(_)))
        .count();
    let mut heading = format!("  {} ({shown}", t.home_sessions);
    if shown != app.sessions.len() {
        heading.push_str(&format!(" of {}", app.sessions.len()));
    }
    heading.push(')');
    let mut status = format!(" · sorted by {}", app.home.sort.label());
    if let Some((done, total)) = app.home.scanning {
        status.push_str(&format!(" · reading {done} of {total}…"));
    }
    lines.push(Line::from(vec![
        Span::styled(heading, theme.title()),
        Span::styled(status, theme.muted()),
    ]));
    if app.home.filtering || !app.home.filter.is_empty() {
        let cursor = if app.home.filtering { "▏" } else { "" };
        lines.push(Line::from(vec![
            Span::styled(format!("  {}: ", t.ref_search), theme.key()),
            Span::raw(display::one_line(&app.home.filter)),
            Span::styled(cursor, theme.focus_border()),
        ]));
    }
    if app.sessions.is_empty() && app.home.scanning.is_none() {
        lines.push(Line::styled(
            format!("  {}", t.home_no_sessions),
            theme.muted(),
        ));
    } else {
        // Title | kind | last change | progress | decisions | open actions
        let (changed_w, num_w) = (16, 13);
        let kind_w = 20.min(inner / 5);
        let title_w = inner.saturating_sub(changed_w + kind_w + num_w + 5);
        lines.push(Line::styled(
            format!(
                "    {} {} {} {}",
                display::fit(t.home_col_title, title_w),
                display::fit(t.home_col_kind, kind_w),
                display::fit(t.home_col_changed, changed_w),
                display::fit("done  D  A", num_w)
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
            let title = display::fit(&display::one_line(&row.title), title_w);
            let (text, style): (String, Style) = match &row.error {
                None => (
                    format!(
                        "{}{title} {} {} {}",
                        marker(focus(i)),
                        display::fit(&display::one_line(&kind), kind_w),
                        display::fit(&row.changed, changed_w),
                        display::fit(
                            &format!(
                                "{:>5} {:>2} {:>2}",
                                row.progress, row.decisions, row.open_actions
                            ),
                            num_w
                        )
                    ),
                    if focus(i) {
                        theme.focus()
                    } else {
                        theme.text()
                    },
                ),
                Some(err) => (
                    format!(
                        "{}{title} {}",
                        marker(focus(i)),
                        display::truncate(
                            &format!("{}: {}", t.home_broken_file, display::one_line(err)),
                            kind_w + changed_w + num_w + 2
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
            // The focused session's operation and facilitator, and where the file is.
            if focus(i) && row.error.is_none() {
                let detail: Vec<String> = [&row.operation, &row.facilitator]
                    .iter()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| display::one_line(s))
                    .collect();
                let text = format!("      {}", detail.join(" · "));
                if !detail.is_empty() {
                    lines.push(Line::styled(display::truncate(&text, width), theme.muted()));
                }
            }
        }
    }

    // Keep the cursor on screen.
    let height = usize::from(area.height);
    let offset = cursor_line.saturating_sub(height.saturating_sub(2));
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
}
