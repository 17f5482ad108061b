//! The read-only overview of a session opened from the home screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use crate::i18n::texts;
use crate::session::{Session, SubstepStatus};
use crate::tui::app::{App, OverviewState};
use crate::tui::doc::Doc;

pub fn render(app: &App, state: &OverviewState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = lines(app, state, inner.width.saturating_sub(1));
    super::scrolled(frame, inner, lines, state.scroll);
}

fn lines(app: &App, state: &OverviewState, width: u16) -> Vec<Line<'static>> {
    let t = texts();
    let theme = app.theme;
    let mut doc = Doc::new(width, theme);
    let session = match &state.loaded {
        Ok(session) => session,
        Err(message) => {
            doc.styled(t.overview_cannot_read, theme.error()).blank();
            doc.para(message).blank();
            doc.labelled(t.overview_file, &state.path.display().to_string());
            return doc.into_lines();
        }
    };
    doc.heading(&session.title);
    doc.muted(t.overview_read_only).blank();
    facts(app, session, &mut doc);
    doc.blank();
    progress(app, session, &mut doc);
    doc.blank();
    records(session, &mut doc);
    doc.blank();
    doc.labelled(t.overview_file, &state.path.display().to_string());
    if !state.warnings.is_empty() {
        doc.blank().styled(t.overview_warnings, theme.warning());
        for w in &state.warnings {
            doc.bullet(w);
        }
    }
    doc.into_lines()
}

fn facts(app: &App, s: &Session, doc: &mut Doc) {
    let t = texts();
    let kind = app
        .content
        .template(&s.template)
        .map(|tpl| tpl.title.clone())
        .unwrap_or_else(|| s.template.clone());
    let c = &s.context;
    for (label, value) in [
        (t.overview_kind, kind.as_str()),
        (t.overview_facilitator, s.facilitator.as_str()),
        (t.overview_operation, c.operation.as_str()),
        (t.overview_location, c.location.as_str()),
        (t.overview_dates, c.dates.as_str()),
        (t.overview_requested_by, c.requested_by.as_str()),
        (t.overview_requested_tool, c.requested_tool.as_str()),
    ] {
        if !value.trim().is_empty() {
            doc.labelled(label, value);
        }
    }
    doc.labelled(
        t.overview_created,
        &s.created.format("%Y-%m-%d %H:%M").to_string(),
    );
    doc.labelled(
        t.overview_changed,
        &s.updated.format("%Y-%m-%d %H:%M").to_string(),
    );
    doc.labelled(
        t.overview_content,
        &format!("{} {}", s.content.pack_id, s.content.version),
    );
    if !s.participants.is_empty() {
        let people: Vec<String> = s
            .participants
            .iter()
            .map(|p| {
                let details: Vec<&str> = [p.organisation.as_str(), p.role.as_str()]
                    .into_iter()
                    .filter(|x| !x.trim().is_empty())
                    .collect();
                if details.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, details.join(", "))
                }
            })
            .collect();
        doc.labelled(
            &format!("{} ({})", t.overview_participants, s.participants.len()),
            &people.join("; "),
        );
    }
}

fn progress(app: &App, s: &Session, doc: &mut Doc) {
    let t = texts();
    let pack = &app.content;
    let ids: Vec<&str> = match pack.template(&s.template) {
        Some(tpl) => tpl.substeps.iter().map(String::as_str).collect(),
        None => pack.substeps().map(|(_, sub)| sub.id.as_str()).collect(),
    };
    let p = s.progress_of(ids.iter().copied());
    doc.heading(&format!(
        "{}: {} {} / {} {} / {} {} / {} {}",
        t.overview_progress,
        p.done,
        t.status_done,
        p.skipped,
        t.status_skipped,
        p.in_progress,
        t.status_in_progress,
        p.not_started,
        t.status_not_started
    ));
    for step in &pack.process.steps {
        let subs: Vec<_> = step
            .substeps
            .iter()
            .filter(|sub| ids.contains(&sub.id.as_str()))
            .collect();
        if subs.is_empty() {
            continue;
        }
        doc.styled(
            &format!("Step {}: {}", step.number, step.title),
            app.theme.selected(),
        );
        for sub in subs {
            let record = s.substeps.get(&sub.id);
            let answers = record
                .map(|r| {
                    r.answers
                        .values()
                        .filter(|a| !a.text.trim().is_empty())
                        .count()
                })
                .unwrap_or(0);
            let (mark, status) = match record.map(|r| &r.status) {
                Some(SubstepStatus::Done) => ("✓", t.status_done.to_string()),
                Some(SubstepStatus::InProgress) => ("◐", t.status_in_progress.to_string()),
                Some(SubstepStatus::Skipped { reason }) => {
                    ("–", format!("{}: {reason}", t.status_skipped))
                }
                Some(SubstepStatus::NotStarted) | None => ("·", t.status_not_started.to_string()),
            };
            let answered = if answers > 0 {
                format!(", {answers} answered")
            } else {
                String::new()
            };
            doc.prefixed(
                &format!("  {mark} "),
                &format!("{} — {status}{answered}", sub.title),
            );
        }
    }
}

fn records(s: &Session, doc: &mut Doc) {
    let t = texts();
    let today = chrono::Local::now().date_naive();
    let mut by_status: Vec<(&str, usize)> = Vec::new();
    for d in &s.decisions {
        let name = d.status.as_str();
        match by_status.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => by_status.push((name, 1)),
        }
    }
    let detail: Vec<String> = by_status
        .iter()
        .map(|(n, c)| format!("{c} {}", n.replace('_', " ")))
        .collect();
    doc.labelled(
        t.overview_decisions,
        &if detail.is_empty() {
            "0".into()
        } else {
            format!("{} ({})", s.decisions.len(), detail.join(", "))
        },
    );
    let overdue = s.overdue_actions(today).len();
    doc.labelled(
        t.overview_actions,
        &format!(
            "{}{}",
            s.open_action_count(),
            if overdue > 0 {
                format!(" ({overdue} {})", t.overview_overdue)
            } else {
                String::new()
            }
        ),
    );
    doc.labelled(t.overview_risks, &s.risks.len().to_string());
    let open_parking = s.parking_lot.iter().filter(|p| !p.resolved).count();
    doc.labelled(t.overview_parking, &open_parking.to_string());
}
