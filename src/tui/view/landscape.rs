//! The landscape register as a list, and the operation's Matrix: the eight categories with the
//! systems mapped into each, areas across, gaps and possible duplication marked.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::records::{Rows, rows, tab_frame};
use crate::content::Pack;
use crate::display;
use crate::landscape::{Column, OperationMatrix, category_label, operation_matrix};
use crate::session::Session;
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::tabs::{LandscapeView, MatrixView, RecordKind};
use crate::tui::theme::Theme;

pub fn list(pack: &Pack, s: &Session, frame: &mut Frame, area: Rect, cursor: usize, theme: Theme) {
    let w = usize::from(area.width.saturating_sub(1));
    let checklist: usize = pack.data_sharing.groups.iter().map(|g| g.items.len()).sum();
    // Entries are built only when on screen (see `records::Rows`).
    let item = |i: usize| {
        let e = &s.landscape[i];
        let head = display::fit(
            &format!(
                "{} {} — {}",
                e.id,
                display::one_line(&e.name),
                display::one_line(&e.organisation)
            ),
            w,
        );
        let mut doc = Doc::new(area.width.saturating_sub(5), theme);
        let mut facts = vec![
            category_label(pack, &e.category),
            e.status.label().to_string(),
        ];
        if !e.areas.is_empty() {
            facts.push(e.areas.join(", "));
        }
        if let Some(d) = e.last_update {
            facts.push(t!(
                "report-fact-updated",
                date = d.format("%Y-%m-%d").to_string()
            ));
        }
        facts.push(t!(
            "report-fact-reliability",
            reliability = e.reliability.label()
        ));
        facts.push(t!("report-fact-shared", shared = e.shared_with.label()));
        facts.push(t!("landscape-fact-outputs", count = e.outputs.len()));
        facts.push(t!(
            "landscape-fact-sharing",
            done = e.sharing_in_place.len(),
            total = checklist
        ));
        doc.muted(&facts.join(" · "));
        if !e.diagnosis.is_empty() {
            doc.muted(&t!("landscape-fact-diagnosis", text = e.diagnosis.as_str()));
        }
        let mut lines = vec![Line::raw(head)];
        lines.extend(doc.into_lines().into_iter().map(|l| {
            let mut spans = vec![Span::raw("    ")];
            spans.extend(l.spans);
            Line::from(spans)
        }));
        lines
    };
    let list = Rows::new(s.landscape.len(), item, t!("landscape-list-empty"));
    rows(frame, area, cursor, list, theme);
}

pub fn matrix(
    pack: &Pack,
    s: &Session,
    frame: &mut Frame,
    area: Rect,
    cursor: usize,
    theme: Theme,
) {
    let m = operation_matrix(pack, &s.landscape);
    let label_w: usize = 24;
    let width = usize::from(area.width);
    // How many area columns fit (each at least 6 wide), the rest summarised.
    let room = width.saturating_sub(label_w + 6);
    let longest = m
        .areas
        .iter()
        .map(|a| display::width(&display::one_line(a)) + 1)
        .max()
        .unwrap_or(6);
    // Area names are cut rather than columns dropped, down to 7 cells a column.
    let col_w = (room / m.areas.len().max(1))
        .clamp(7, 14)
        .min(longest.max(7));
    let fit = (room / col_w).min(m.areas.len());
    let grid = Grid {
        shown: &m.areas[..fit],
        label_w,
        col_w,
    };
    let grid_h = pack.matrix.categories.len() + 2;
    let [grid_area, detail_area] =
        Layout::vertical([Constraint::Length(grid_h as u16 + 1), Constraint::Min(1)]).areas(area);

    let mut lines = vec![grid_head(&grid, theme)];
    for (i, col) in m.columns.iter().enumerate() {
        lines.push(grid_row(&m, col, &grid, i == cursor, theme));
    }
    let legend = legend(&m, s, fit);
    lines.push(Line::styled(
        display::truncate(&legend, width),
        theme.muted(),
    ));
    frame.render_widget(Paragraph::new(lines), grid_area);

    // The selected category in detail.
    let lines = matrix_detail(pack, &m, cursor, detail_area.width.saturating_sub(1), theme);
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .take(usize::from(detail_area.height))
                .collect::<Vec<_>>(),
        ),
        detail_area,
    );
}

/// The Matrix grid's geometry: the area columns shown and the widths.
struct Grid<'a> {
    shown: &'a [String],
    label_w: usize,
    col_w: usize,
}

/// The grid's heading: "Category", "all", then one column per area shown.
fn grid_head(grid: &Grid, theme: Theme) -> Line<'static> {
    let mut head = vec![Span::styled(
        display::fit(&t!("landscape-matrix-col-category"), grid.label_w),
        theme.title(),
    )];
    head.push(Span::styled(
        format!("{:>5} ", t!("landscape-matrix-col-all")),
        theme.title(),
    ));
    for a in grid.shown {
        head.push(Span::styled(
            display::fit(&format!(" {}", display::one_line(a)), grid.col_w),
            theme.title(),
        ));
    }
    Line::from(head)
}

/// One category's row: running/all, then per area the count, a gap or possible duplication.
fn grid_row(
    m: &OperationMatrix,
    col: &Column,
    grid: &Grid,
    focused: bool,
    theme: Theme,
) -> Line<'static> {
    let name = format!("{} {}", col.category.number, col.category.name);
    let style = if focused { theme.focus() } else { theme.text() };
    let mut spans = vec![Span::styled(display::fit(&name, grid.label_w), style)];
    let running = col.running();
    spans.push(Span::styled(
        format!("{:>5} ", format!("{running}/{}", col.entries.len())),
        if running == 0 {
            theme.warning()
        } else {
            theme.text()
        },
    ));
    for a in grid.shown {
        let here = col.running_in(Some(a)).count();
        let dup = m.is_duplicated(&col.category.id, a);
        let (text, st) = match (here, dup) {
            (0, _) => (
                format!(" {}", t!("landscape-matrix-gap-cell")),
                theme.warning(),
            ),
            (n, true) => (format!(" {n} ≡"), theme.error()),
            (n, false) => (format!(" {n}"), theme.success()),
        };
        spans.push(Span::styled(display::fit(&text, grid.col_w), st));
    }
    Line::from(spans)
}

/// The line under the grid: what the marks mean, and how many areas did not fit.
fn legend(m: &OperationMatrix, s: &Session, fit: usize) -> String {
    if m.areas.is_empty() && !s.landscape.is_empty() {
        return t!("landscape-matrix-no-areas");
    }
    let mut legend = t!("landscape-matrix-legend");
    if fit < m.areas.len() {
        legend.push_str(&format!(
            " · {}",
            t!("landscape-matrix-more-areas", count = m.areas.len() - fit)
        ));
    }
    legend
}

/// The selected category in detail: its systems, gaps and possible duplication, then what is
/// not placed on the Matrix.
fn matrix_detail(
    pack: &Pack,
    m: &OperationMatrix,
    cursor: usize,
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut doc = Doc::new(width, theme);
    if let Some(col) = m.columns.get(cursor) {
        doc.styled(
            &format!("{} {}", col.category.number, col.category.name),
            theme.title(),
        );
        if col.entries.is_empty() {
            doc.muted(&t!("landscape-matrix-no-system"));
        }
        for e in &col.entries {
            doc.bullet(&format!(
                "{} {} ({}) · {} · {}",
                e.id,
                e.name,
                e.organisation,
                e.status.label(),
                if e.areas.is_empty() {
                    t!("landscape-matrix-no-area")
                } else {
                    e.areas.join(", ")
                }
            ));
        }
        let gaps = m.gap_areas(&col.category.id);
        if !gaps.is_empty() {
            let gap = if gaps.iter().all(|g| g.is_empty()) {
                t!("landscape-matrix-gap-anywhere")
            } else {
                t!("landscape-matrix-gap-in", areas = gaps.join(", "))
            };
            doc.styled(&gap, theme.warning());
        }
        for d in m
            .duplicates
            .iter()
            .filter(|d| d.entries.iter().any(|e| e.category == col.category.id))
        {
            let output = pack
                .needed_output(&d.output)
                .map_or(d.output.clone(), |(_, i)| i.text.clone());
            let names: Vec<String> = d.entries.iter().map(|e| e.name.clone()).collect();
            doc.styled(
                &t!(
                    "landscape-matrix-duplication",
                    area = d.area.as_str(),
                    output = output,
                    systems = names.join(", ")
                ),
                theme.error(),
            );
        }
    }
    if !m.unplaced.is_empty() {
        let names: Vec<String> = m.unplaced.iter().map(|e| e.name.clone()).collect();
        doc.muted(&t!("landscape-matrix-unplaced", systems = names.join(", ")));
    }
    doc.into_lines()
}

impl super::draw::Draw for LandscapeView {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        if let Some((s, inner)) = tab_frame(app, RecordKind::Landscape, None, frame, area) {
            list(&app.content, s, frame, inner, self.cursor, app.theme);
        }
    }
}

impl super::draw::Draw for MatrixView {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        if let Some((s, inner)) = tab_frame(app, RecordKind::Matrix, None, frame, area) {
            matrix(&app.content, s, frame, inner, self.cursor, app.theme);
        }
    }
}
