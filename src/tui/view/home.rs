//! The home screen: where to start, and the sessions found in the data folder.

use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::display;
use crate::tui::app::{App, HomeItem, SessionRow, StartEntry};

/// The widths of the session table's columns.
struct Columns {
    title: usize,
    kind: usize,
    changed: usize,
    num: usize,
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let inner = width.saturating_sub(4);
    let mut lines: Vec<Line> = header(app, width, inner);
    let mut cursor_line = 0;

    let items = app.home_items();
    start_entries(app, &items, inner, &mut lines, &mut cursor_line);
    lines.push(Line::default());

    sessions_heading(app, &items, &mut lines);
    if app.sessions.is_empty() && app.home.scanning.is_none() {
        lines.push(Line::styled(
            format!("  {}", t!("home-no-sessions")),
            app.theme.muted(),
        ));
    } else {
        session_table(app, &items, width, &mut lines, &mut cursor_line);
    }

    // Keep the cursor on screen.
    let height = usize::from(area.height);
    let offset = cursor_line.saturating_sub(height.saturating_sub(2));
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
}

fn marker(on: bool) -> &'static str {
    if on { "▶ " } else { "  " }
}

/// The tagline and the data folder, each followed by a blank line.
fn header(app: &App, width: usize, inner: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut lines = vec![Line::default()];
    lines.push(Line::styled(
        format!("  {}", display::truncate(&t!("tagline"), inner)),
        theme.guidance(),
    ));
    let dir = crate::paths::sessions_dir(&app.data_dir);
    let dir_text = format!(
        "  {}",
        t!(
            "doc-label-value",
            label = t!("home-data-dir"),
            value = display::one_line(&dir.display().to_string())
        )
    );
    lines.push(Line::styled(
        display::truncate(&dir_text, width),
        theme.muted(),
    ));
    lines.push(Line::default());
    lines
}

/// The "start" heading and its entries (new session, reference library).
fn start_entries(
    app: &App,
    items: &[HomeItem],
    inner: usize,
    lines: &mut Vec<Line<'static>>,
    cursor_line: &mut usize,
) {
    let theme = app.theme;
    let focus = |i: usize| i == app.home.cursor;
    lines.push(Line::styled(
        format!("  {}", t!("home-start")),
        theme.title(),
    ));
    for (i, item) in items.iter().enumerate() {
        let HomeItem::Start(entry) = item else {
            continue;
        };
        let (label, hint) = match entry {
            StartEntry::NewSession => (t!("home-entry-new"), t!("home-entry-new-hint")),
            StartEntry::Reference => (t!("home-entry-reference"), t!("home-entry-reference-hint")),
        };
        let label_w = 24.min(inner);
        let style = if focus(i) {
            theme.focus()
        } else {
            theme.text()
        };
        if focus(i) {
            *cursor_line = lines.len();
        }
        let hint_w = inner.saturating_sub(label_w + 2);
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                format!("{}{}", marker(focus(i)), display::fit(&label, label_w)),
                style,
            ),
            Span::styled(
                format!(" {}", display::truncate(&hint, hint_w)),
                theme.muted(),
            ),
        ]));
    }
}

/// The sessions heading (how many are shown, the sort, the scan) and the filter line.
fn sessions_heading(app: &App, items: &[HomeItem], lines: &mut Vec<Line<'static>>) {
    let theme = app.theme;
    let shown = items
        .iter()
        .filter(|i| matches!(i, HomeItem::Session(_)))
        .count();
    let heading = if shown == app.sessions.len() {
        t!("home-sessions-shown", shown = shown)
    } else {
        t!(
            "home-sessions-shown-of",
            shown = shown,
            total = app.sessions.len()
        )
    };
    let heading = format!("  {heading}");
    let mut status = format!(" · {}", t!("home-sorted-by", order = app.home.sort.label()));
    if let Some((done, total)) = app.home.scanning {
        status.push_str(&format!(
            " · {}",
            t!("home-reading", done = done, total = total)
        ));
    }
    lines.push(Line::from(vec![
        Span::styled(heading, theme.title()),
        Span::styled(status, theme.muted()),
    ]));
    if app.home.filtering || !app.home.filter.is_empty() {
        let cursor = if app.home.filtering { "▏" } else { "" };
        let mut spans = vec![Span::styled(
            format!("  {} ", t!("doc-label", label = t!("ref-search"))),
            theme.key(),
        )];
        match app.search.as_ref().filter(|_| app.home.filtering) {
            Some(field) => spans.extend(super::text_line::spans(field, theme)),
            None => {
                spans.push(Span::raw(display::one_line(&app.home.filter)));
                spans.push(Span::styled(cursor, theme.focus_border()));
            }
        }
        lines.push(Line::from(spans));
    }
}

/// The column headings and one row per listed session, with the focused one's details.
fn session_table(
    app: &App,
    items: &[HomeItem],
    width: usize,
    lines: &mut Vec<Line<'static>>,
    cursor_line: &mut usize,
) {
    let inner = width.saturating_sub(4);
    // Title | kind | last change | progress | decisions | open actions
    let (changed, num) = (16, 13);
    let kind = 20.min(inner / 5);
    let cols = Columns {
        title: inner.saturating_sub(changed + kind + num + 5),
        kind,
        changed,
        num,
    };
    lines.push(Line::styled(
        format!(
            "    {} {} {} {}",
            display::fit(&t!("home-col-title"), cols.title),
            display::fit(&t!("home-col-kind"), cols.kind),
            display::fit(&t!("home-col-changed"), cols.changed),
            display::fit(&t!("home-col-numbers"), cols.num)
        ),
        app.theme.muted(),
    ));
    for (i, item) in items.iter().enumerate() {
        let HomeItem::Session(s) = item else {
            continue;
        };
        let row = &app.sessions[*s];
        let focused = i == app.home.cursor;
        if focused {
            *cursor_line = lines.len();
        }
        lines.push(session_line(app, row, focused, &cols));
        // The focused session's operation and facilitator, and where the file is.
        if focused && row.error.is_none() {
            let detail: Vec<String> = [&row.operation, &row.facilitator]
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| display::one_line(s))
                .collect();
            let text = format!("      {}", detail.join(" · "));
            if !detail.is_empty() {
                lines.push(Line::styled(
                    display::truncate(&text, width),
                    app.theme.muted(),
                ));
            }
        }
    }
}

/// One session's row: its columns, or why its file cannot be read.
fn session_line(app: &App, row: &SessionRow, focused: bool, cols: &Columns) -> Line<'static> {
    let theme = app.theme;
    let kind = app
        .content
        .template(&row.kind)
        .map(|tpl| tpl.title.clone())
        .unwrap_or_else(|| row.kind.clone());
    let title = display::fit(&display::one_line(&row.title), cols.title);
    let (text, style): (String, Style) = match &row.error {
        None => (
            format!(
                "{}{title} {} {} {}",
                marker(focused),
                display::fit(&display::one_line(&kind), cols.kind),
                display::fit(&row.changed, cols.changed),
                display::fit(
                    &format!(
                        "{:>5} {:>2} {:>2}",
                        row.progress, row.decisions, row.open_actions
                    ),
                    cols.num
                )
            ),
            if focused { theme.focus() } else { theme.text() },
        ),
        Some(err) => (
            format!(
                "{}{title} {}",
                marker(focused),
                display::truncate(
                    &t!(
                        "doc-label-value",
                        label = t!("home-broken-file"),
                        value = display::one_line(err)
                    ),
                    cols.kind + cols.changed + cols.num + 2
                )
            ),
            if focused {
                theme.focus()
            } else {
                theme.error()
            },
        ),
    };
    Line::from(vec![Span::raw("  "), Span::styled(text, style)])
}

impl super::draw::Draw for crate::tui::screens::HomeScreen {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, frame, area);
    }
}
