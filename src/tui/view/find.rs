//! The search inside the library's sessions: the query, the progress, and the matches — each with its
//! session, its place by name and the text around it, the match itself highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::display;
use crate::t;
use crate::tui::app::App;
use crate::tui::find::FindState;

fn render(app: &App, f: &FindState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = usize::from(area.width).saturating_sub(4).max(1);
    let mut lines = vec![
        Line::default(),
        query_line(app, f),
        status_line(app, f),
        Line::default(),
    ];
    let head = lines.len();
    let height = usize::from(area.height).saturating_sub(head);
    // Two lines a match; keep the cursor's on screen.
    let per_page = (height / 2).max(1);
    let first = f.cursor.saturating_sub(per_page.saturating_sub(1));
    for (i, row) in f.rows.iter().enumerate().skip(first).take(per_page) {
        let on = i == f.cursor;
        let marker = if on { "▶ " } else { "  " };
        let heading = format!("{marker}{} — {}", row.title, row.place);
        let style = if on { theme.selected() } else { theme.title() };
        lines.push(Line::styled(display::truncate(&heading, width + 2), style));
        let room = width.saturating_sub(2);
        let before = display::truncate(&row.before, room / 2);
        let matched = display::truncate(&row.matched, room.saturating_sub(display::width(&before)));
        let left = room.saturating_sub(display::width(&before) + display::width(&matched));
        lines.push(Line::from(vec![
            Span::raw("    "),
            Span::styled(before, theme.muted()),
            Span::styled(matched, theme.selected()),
            Span::styled(display::truncate(&row.after, left), theme.muted()),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// "Search in sessions: the query", typed in place while typing.
fn query_line<'a>(app: &'a App, f: &'a FindState) -> Line<'a> {
    let theme = app.theme;
    let mut spans = vec![Span::styled(
        format!("  {} ", t!("find-label")),
        theme.key(),
    )];
    match app.search.as_ref().filter(|_| f.typing) {
        Some(field) => spans.extend(super::text_line::spans(field, theme)),
        None => {
            spans.push(Span::raw(display::one_line(&f.query)));
            if f.typing {
                spans.push(Span::styled("▏", theme.focus_border()));
            }
        }
    }
    Line::from(spans)
}

/// What the search has done: a hint before the first, progress, then the count.
fn status_line<'a>(app: &'a App, f: &'a FindState) -> Line<'a> {
    let theme = app.theme;
    let query = display::one_line(&f.searched_for);
    let (text, style) = if f.searched_for.is_empty() {
        (t!("find-hint"), theme.guidance())
    } else if let Some((done, total)) = f.progress {
        let text = t!(
            "find-progress",
            done = done,
            total = total,
            matches = f.rows.len()
        );
        (text, theme.muted())
    } else if f.rows.is_empty() {
        let text = t!("find-none", query = query.as_str(), searched = f.searched);
        (text, theme.warning())
    } else {
        let text = t!(
            "find-count",
            matches = f.rows.len(),
            sessions = f.sessions,
            searched = f.searched
        );
        (text, theme.muted())
    };
    let mut spans = vec![Span::styled(format!("  {text}"), style)];
    if f.unreadable > 0 {
        let note = t!("find-unreadable", count = f.unreadable);
        spans.push(Span::styled(format!("  {note}"), theme.warning()));
    }
    Line::from(spans)
}

impl super::draw::Draw for FindState {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, self, frame, area);
    }
}
