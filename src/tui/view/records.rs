//! The records screens of the open session: decisions (with superseded chains), actions (overdue
//! marked against today), risks as a 4×4 map, the parking lot, and the principles × sub-steps coverage.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::content::Pack;
use crate::display;
use crate::export::records::{ActionMark, action_mark, risk_map};
use crate::export::{CoverageCell, coverage};
use crate::session::{DecisionStatus, Session};
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::records::{RecordKind, RecordsState};
use crate::tui::theme::Theme;

/// A tab's label: its title, with how many it holds where that helps (open actions, unresolved points).
fn tab_label(app: &App, s: &Session, kind: RecordKind, entry: Option<&str>) -> String {
    let count = match kind {
        RecordKind::Decisions => format!(" ({})", s.decisions.len()),
        RecordKind::Actions => format!(" ({})", s.open_action_count()),
        RecordKind::Risks => format!(" ({})", s.risks.len()),
        RecordKind::Parking => format!(
            " ({})",
            s.parking_lot.iter().filter(|p| !p.resolved).count()
        ),
        RecordKind::Landscape => format!(" ({})", s.landscape.len()),
        RecordKind::Matrix | RecordKind::Coverage | RecordKind::Brief => String::new(),
        RecordKind::Outputs => format!(
            " ({})",
            crate::tui::scoping::picked(&app.content, app.open.as_ref(), entry).len()
        ),
    };
    format!(" {}{count} ", kind.title())
}

/// The tab strip over the session's lists, and the bordered body under it: returns the open session and
/// the body's inner area (None when no session is open). `entry` is the output picker's system, if any.
pub fn tab_frame<'a>(
    app: &'a App,
    current: RecordKind,
    entry: Option<&str>,
    frame: &mut Frame,
    area: Rect,
) -> Option<(&'a Session, Rect)> {
    let theme = app.theme;
    let w = app.open.as_ref()?;
    let s = &w.session;
    let [tabs, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let scoping = crate::scoping::is_scoping(&app.content, s);
    let kinds = RecordKind::offered(scoping);
    let labels: Vec<(RecordKind, String)> = kinds
        .iter()
        .map(|&kind| (kind, tab_label(app, s, kind, entry)))
        .collect();
    // Every tab when they fit; otherwise a window around the current one, marked ‹ ›.
    let width = usize::from(area.width);
    let total: usize = labels
        .iter()
        .map(|(_, l)| display::width(l) + 1)
        .sum::<usize>()
        + 1;
    let current_at = kinds.iter().position(|k| *k == current).unwrap_or(0);
    let (mut first, mut last) = (0, labels.len());
    if total > width {
        first = current_at;
        last = current_at + 1;
        let used = |a: usize, b: usize| -> usize {
            labels[a..b]
                .iter()
                .map(|(_, l)| display::width(l) + 1)
                .sum::<usize>()
                + 4
        };
        loop {
            let mut grew = false;
            if last < labels.len() && used(first, last + 1) <= width {
                last += 1;
                grew = true;
            }
            if first > 0 && used(first - 1, last) <= width {
                first -= 1;
                grew = true;
            }
            if !grew {
                break;
            }
        }
    }
    let mut spans = vec![Span::styled(
        if first > 0 { "‹" } else { " " },
        theme.muted(),
    )];
    for (kind, label) in &labels[first..last] {
        let style = if *kind == current {
            theme.focus()
        } else {
            theme.muted()
        };
        spans.push(Span::styled(label.clone(), style));
        spans.push(Span::raw(" "));
    }
    if last < labels.len() {
        spans.push(Span::styled("›", theme.muted()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    Some((s, inner))
}

/// Decisions, actions, risks, the parking lot or the coverage grid.
pub fn render(app: &App, state: &RecordsState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some((s, inner)) = tab_frame(app, state.kind, None, frame, area) else {
        return;
    };
    let list = match state.kind {
        RecordKind::Decisions => decision_rows(&app.content, s, inner.width, theme),
        RecordKind::Actions => action_rows(s, inner.width, app.clock.today(), theme),
        RecordKind::Parking => parking_rows(s, inner.width, theme),
        RecordKind::Risks => return risks(frame, inner, state.cursor, s, theme),
        RecordKind::Coverage => return coverage_grid(app, frame, inner, s, state.cursor),
        _ => return,
    };
    rows(frame, inner, state.cursor, list, theme);
}

/// A list of records: how many entries, how to draw entry `i` (its lines; the first is the one the
/// cursor marks), and the message for an empty list. Entries are drawn only when they are on screen, so
/// a list of thousands costs what a screenful does.
pub(super) struct Rows<'a> {
    count: usize,
    item: Box<dyn Fn(usize) -> Vec<Line<'static>> + 'a>,
    empty: String,
}

impl<'a> Rows<'a> {
    pub(super) fn new(
        count: usize,
        item: impl Fn(usize) -> Vec<Line<'static>> + 'a,
        empty: impl Into<String>,
    ) -> Rows<'a> {
        Rows {
            count,
            item: Box::new(item),
            empty: empty.into(),
        }
    }
}

/// Draws the entries around the cursor: the view scrolls so that up to `height - 3` lines show above the
/// cursor's entry. Only the entries in that window are built.
pub(super) fn rows(frame: &mut Frame, area: Rect, cursor: usize, list: Rows, theme: Theme) {
    if list.count == 0 {
        // The empty-list sentence is wrapped to the area: no word is cut at the border.
        let lines: Vec<Line> = display::wrap(&list.empty, usize::from(area.width).max(1))
            .into_iter()
            .map(|l| Line::styled(l, theme.muted()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let height = usize::from(area.height);
    let keep = height.saturating_sub(3);
    // The entry the view is anchored on (a cursor past the end marks nothing and shows the top).
    let anchor = if cursor < list.count { cursor } else { 0 };
    // Walk back from it until `keep` lines are above it, or the list starts.
    let mut first = anchor;
    let mut above = Vec::new();
    let mut above_lines = 0;
    while first > 0 && above_lines < keep {
        first -= 1;
        let item = (list.item)(first);
        above_lines += item.len();
        above.push(item);
    }
    let skip = above_lines.saturating_sub(keep);
    let mut lines: Vec<Line> = above.into_iter().rev().flatten().collect();
    let mut i = anchor;
    while i < list.count && lines.len() < skip + height {
        for (j, line) in (list.item)(i).into_iter().enumerate() {
            if i == cursor && j == 0 {
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                lines.push(Line::styled(text, theme.focus()));
            } else {
                lines.push(line);
            }
        }
        i += 1;
    }
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .skip(skip)
                .take(height)
                .collect::<Vec<_>>(),
        ),
        area,
    );
}

fn decision_rows<'a>(pack: &'a Pack, s: &'a Session, width: u16, theme: Theme) -> Rows<'a> {
    let w = usize::from(width.saturating_sub(1));
    let item = move |i: usize| {
        let d = &s.decisions[i];
        let status = match &d.status {
            DecisionStatus::Superseded { by } => t!("records-list-superseded-by", id = by),
            other => other.label().to_string(),
        };
        let head = display::fit(
            &format!("{} [{status}] {}", d.id, display::one_line(&d.title)),
            w,
        );
        let mut lines = vec![Line::raw(head)];
        let mut doc = Doc::new(width.saturating_sub(5), theme);
        if !d.rationale.is_empty() {
            doc.muted(&t!("records-list-why", text = d.rationale.as_str()));
        }
        let mut meta = Vec::new();
        if let Some(old) = &d.supersedes {
            meta.push(t!("records-list-supersedes", id = old));
        }
        if !d.principles.is_empty() {
            // People read the principles' names, not their ids.
            let names: Vec<&str> = d
                .principles
                .iter()
                .map(|id| pack.principle(id).map_or(id.as_str(), |p| p.name.as_str()))
                .collect();
            meta.push(t!("records-list-rests-on", principles = names.join(", ")));
        }
        meta.push(format!("{} {}", d.by, d.at.format("%Y-%m-%d %H:%M")));
        doc.muted(&meta.join(" · "));
        lines.extend(doc.into_lines().into_iter().map(|l| {
            let mut spans = vec![Span::raw("    ")];
            spans.extend(l.spans);
            Line::from(spans)
        }));
        lines
    };
    Rows::new(s.decisions.len(), item, t!("records-list-no-decisions"))
}

fn action_rows(s: &Session, width: u16, today: NaiveDate, theme: Theme) -> Rows<'_> {
    let w = usize::from(width.saturating_sub(1));
    let item = move |i: usize| {
        let a = &s.actions[i];
        let due = a
            .due
            .map(|d| d.to_string())
            .unwrap_or_else(|| t!("records-list-no-date"));
        let (mark, style): (String, Style) = match action_mark(a, today) {
            ActionMark::Overdue { days } => (
                format!(" {}", t!("records-list-overdue", days = days)),
                theme.error(),
            ),
            ActionMark::Finished => (String::new(), theme.muted()),
            ActionMark::Pending => (String::new(), theme.text()),
        };
        let owner = if a.owner.is_empty() {
            t!("records-list-no-owner")
        } else {
            display::one_line(&a.owner)
        };
        let head = format!(
            "{} [{}] {}{mark} · {owner}",
            a.id,
            a.status.label(),
            t!("records-list-due", date = due)
        );
        vec![
            Line::styled(display::fit(&head, w), style),
            Line::raw(format!(
                "    {}",
                display::truncate(&display::one_line(&a.text), w.saturating_sub(4))
            )),
        ]
    };
    Rows::new(s.actions.len(), item, t!("records-list-no-actions"))
}

fn parking_rows(s: &Session, width: u16, _theme: Theme) -> Rows<'_> {
    let w = usize::from(width.saturating_sub(1));
    let item = move |i: usize| {
        let p = &s.parking_lot[i];
        let mark = if p.resolved { "✓" } else { "○" };
        vec![Line::raw(display::fit(
            &format!("{mark} {} {}", p.id, display::one_line(&p.text)),
            w,
        ))]
    };
    Rows::new(s.parking_lot.len(), item, t!("records-list-no-parking"))
}

/// The 4×4 risk map (likelihood up, impact across) beside the list of risks.
/// The 4×4 map: likelihood up, impact across, each cell with its risks' ids or its shade.
fn risk_map_lines(s: &Session, theme: Theme) -> Vec<Line<'static>> {
    let map = risk_map(s);
    let mut lines = vec![Line::styled(t!("records-list-risk-axes"), theme.title())];
    for l in (0..4).rev() {
        let mut spans = vec![Span::styled(format!("  {}  ", l + 1), theme.muted())];
        for (i, cell) in map[l].iter().enumerate() {
            let score = (l + 1) * (i + 1);
            // Heavier marks for higher scores, so the map reads without colour.
            let shade = match score {
                0..=3 => "·",
                4..=6 => "░",
                7..=9 => "▒",
                _ => "▓",
            };
            let ids: Vec<&str> = cell.iter().map(|r| r.id.as_str()).collect();
            let text = if ids.is_empty() {
                shade.repeat(8)
            } else {
                display::fit(&ids.join(","), 8)
            };
            let style = match score {
                0..=3 => theme.success(),
                4..=6 => theme.text(),
                7..=9 => theme.warning(),
                _ => theme.error(),
            };
            spans.push(Span::styled(text, style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
        if l > 0 {
            lines.push(Line::default());
        }
    }
    lines.push(Line::styled(
        "      1        2        3        4",
        theme.muted(),
    ));
    lines
}

/// Under the map (from line `used`), the focused risk in full: its row in the list ends in "…".
fn risk_in_full(
    frame: &mut Frame,
    map_area: Rect,
    used: u16,
    r: &crate::session::Risk,
    theme: Theme,
) {
    if map_area.height <= used + 2 {
        return;
    }
    let detail = Rect {
        y: map_area.y + used,
        height: map_area.height - used,
        ..map_area
    };
    let mut doc = Doc::new(detail.width.saturating_sub(1), theme);
    doc.styled(&format!("{} {}", r.id, r.description), theme.title());
    doc.muted(&risk_details(r));
    super::scroll::scrolled(frame, detail, doc.into_lines(), 0);
}

fn risks(frame: &mut Frame, area: Rect, cursor: usize, s: &Session, theme: Theme) {
    let map_w = 6 + 4 * 9;
    let [map_area, list_area] = if area.width >= map_w + 30 {
        Layout::horizontal([Constraint::Length(map_w), Constraint::Min(20)]).areas(area)
    } else {
        Layout::vertical([Constraint::Length(12), Constraint::Min(3)]).areas(area)
    };
    let lines = risk_map_lines(s, theme);
    let used = lines.len() as u16 + 1;
    frame.render_widget(Paragraph::new(lines), map_area);
    if let Some(r) = s.risks.get(cursor) {
        risk_in_full(frame, map_area, used, r, theme);
    }

    let w = usize::from(list_area.width.saturating_sub(1));
    let item = |i: usize| {
        let r = &s.risks[i];
        vec![
            Line::raw(display::fit(
                &format!(
                    "{} {} {}",
                    r.id,
                    t!(
                        "records-list-risk-score",
                        likelihood = r.likelihood,
                        impact = r.impact,
                        score = r.score()
                    ),
                    display::one_line(&r.description)
                ),
                w,
            )),
            Line::styled(
                display::truncate(&format!("    {}", risk_details(r)), w),
                theme.muted(),
            ),
        ]
    };
    rows(
        frame,
        list_area,
        cursor,
        Rows::new(s.risks.len(), item, t!("records-list-no-risks")),
        theme,
    );
}

/// "mitigation: … · owner: …", leaving out what was not filled in.
fn risk_details(r: &crate::session::Risk) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !r.mitigation.trim().is_empty() {
        let text = display::one_line(&r.mitigation);
        parts.push(t!("records-list-mitigation", text = text));
    }
    if !r.owner.trim().is_empty() {
        parts.push(t!("records-list-owner", text = display::one_line(&r.owner)));
    }
    if parts.is_empty() {
        t!("records-list-no-mitigation")
    } else {
        parts.join(" · ")
    }
}

/// Principles × sub-steps: ✓ addressed, ! concern, – not applicable, ? open, · never discussed.
fn coverage_grid(app: &App, frame: &mut Frame, area: Rect, s: &Session, scroll: usize) {
    let theme = app.theme;
    let grid = coverage(s, &app.content);
    let name_w = usize::from(area.width)
        .saturating_sub(grid.columns.len() * 4 + 1)
        .clamp(8, 30);
    let mut lines = vec![Line::styled(t!("records-coverage-legend"), theme.muted())];
    let mut head = vec![Span::raw(" ".repeat(name_w))];
    for c in &grid.columns {
        head.push(Span::styled(
            format!("{:>4}", display::truncate(&c.code, 4)),
            theme.title(),
        ));
    }
    lines.push(Line::from(head));
    for row in &grid.rows {
        let mut spans = vec![Span::raw(display::fit(
            &display::one_line(&row.name),
            name_w,
        ))];
        for cell in &row.cells {
            let (mark, style) = match cell {
                CoverageCell::Addressed => ("✓", theme.success()),
                CoverageCell::Concern => ("!", theme.warning()),
                CoverageCell::NotApplicable => ("–", theme.muted()),
                CoverageCell::Open => ("?", theme.text()),
                CoverageCell::NeverDiscussed => ("·", theme.error()),
            };
            spans.push(Span::styled(format!("{mark:>4}"), style));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    let gaps = grid.gaps();
    if gaps.is_empty() {
        lines.push(Line::styled(
            t!("records-coverage-no-gaps"),
            theme.success(),
        ));
    } else {
        lines.push(Line::styled(
            t!("records-coverage-gaps", count = gaps.len()),
            theme.warning(),
        ));
        let mut doc = Doc::new(area.width.saturating_sub(1), theme);
        for (row, cols) in gaps {
            let codes: Vec<&str> = cols.iter().map(|c| c.code.as_str()).collect();
            doc.bullet(&t!(
                "records-coverage-never-discussed",
                principle = row.name.as_str(),
                substeps = codes.join(", ")
            ));
        }
        lines.extend(doc.into_lines());
    }
    // The gap list scrolls (↑/↓, PgUp/PgDn), with ▲ / ▼ more when there is more.
    super::scroll::scrolled(
        frame,
        area,
        lines,
        u16::try_from(scroll).unwrap_or(u16::MAX),
    );
}

impl super::draw::Draw for RecordsState {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, self, frame, area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    /// The list as it was drawn before entries were built lazily: every entry, then the window.
    fn all_at_once(frame: &mut Frame, area: Rect, cursor: usize, list: Rows, theme: Theme) {
        let mut lines = Vec::new();
        let mut cursor_line = 0;
        for i in 0..list.count {
            if i == cursor {
                cursor_line = lines.len();
            }
            for (j, line) in (list.item)(i).into_iter().enumerate() {
                if i == cursor && j == 0 {
                    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                    lines.push(Line::styled(text, theme.focus()));
                } else {
                    lines.push(line);
                }
            }
        }
        let height = usize::from(area.height);
        let offset = cursor_line.saturating_sub(height.saturating_sub(3));
        let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
        frame.render_widget(Paragraph::new(shown), area);
    }

    /// Entries of one to four lines.
    fn list(count: usize) -> Rows<'static> {
        Rows::new(
            count,
            |i| {
                (0..1 + (i * 7) % 4)
                    .map(|j| Line::raw(format!("entry {i} line {j}")))
                    .collect()
            },
            "empty",
        )
    }

    #[test]
    fn lazy_rows_draw_exactly_what_drawing_every_entry_drew() {
        let theme = Theme::monochrome();
        for height in [1u16, 2, 3, 4, 7, 20] {
            for count in [0usize, 1, 2, 5, 40] {
                for cursor in 0..count + 2 {
                    let area = Rect::new(0, 0, 24, height);
                    let draw = |lazy: bool| {
                        let mut t = Terminal::new(TestBackend::new(24, height)).unwrap();
                        t.draw(|f| {
                            if lazy {
                                rows(f, area, cursor, list(count), theme)
                            } else if count == 0 {
                                rows(f, area, cursor, list(0), theme)
                            } else {
                                all_at_once(f, area, cursor, list(count), theme)
                            }
                        })
                        .unwrap();
                        t.backend().buffer().clone()
                    };
                    assert_eq!(
                        draw(true),
                        draw(false),
                        "height {height}, {count} entries, cursor {cursor}"
                    );
                }
            }
        }
    }
}
