//! The header bar, the notice line and the footer hints: the frame around every screen.

use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::display;
use crate::tui::app::{App, NoticeKind};
use crate::tui::keys;

pub fn header(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let place = app.screen.title(app.open.as_ref());
    let (status, status_style) = match app.open.as_ref() {
        Some(w) => save_status(app, w),
        None => (String::new(), theme.muted()),
    };
    let width = usize::from(area.width);
    // The free timer, else the running timer of a training, always in sight.
    let (timer, timer_style) = super::free_timer::header(app)
        .or_else(|| super::agenda::header_timer(app))
        .unwrap_or_default();
    let status_w = display::width(&status) + display::width(&timer);
    let left = format!(" {} › {place}", t!("app-name"));
    let left_w = width.saturating_sub(status_w + 1);
    // A place cut short keeps one blank cell before the status, so "…" never runs into it.
    let next = if timer.is_empty() { &status } else { &timer };
    let shown = if display::width(&left) > left_w && !next.is_empty() && !next.starts_with(' ') {
        format!("{} ", display::fit(&left, left_w.saturating_sub(1)))
    } else {
        display::fit(&left, left_w)
    };
    let line = Line::from(vec![
        Span::styled(shown, theme.title()),
        Span::styled(timer, timer_style),
        Span::styled(format!("{status} "), status_style),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
}

/// "sub-step 2 of 4 · ✓ saved 14:02:33": where the team is and whether its work is on disk.
fn save_status(app: &App, w: &crate::tui::open::OpenSession) -> (String, ratatui::style::Style) {
    let theme = app.theme;
    let position = t!("workshop-position", n = w.sub + 1, total = w.substeps.len());
    if w.read_only.is_some() {
        return (
            format!("{position} · {}", t!("workshop-read-only")),
            theme.warning(),
        );
    }
    if w.save.failed.is_some() {
        // Why, in a few words: "disk full — 0 bytes free on /media/usb".
        let why = w
            .save
            .problem
            .as_ref()
            .map(|p| format!(" — {}", p.short()))
            .unwrap_or_default();
        return (
            format!("{position} · {}{why}", t!("workshop-not-saved")),
            theme.error(),
        );
    }
    if w.save.all_saved() {
        let at = w
            .save
            .saved
            .map(|(_, at)| at.format("%H:%M:%S").to_string())
            .unwrap_or_default();
        return (
            format!("{position} · {} {at}", t!("workshop-saved")),
            theme.success(),
        );
    }
    if w.save.saved.is_none() && !w.save.dirty && w.save.submitted == 0 {
        return (
            format!("{position} · {}", t!("workshop-on-disk")),
            theme.muted(),
        );
    }
    (
        format!("{position} · {}", t!("workshop-saving")),
        theme.warning(),
    )
}

pub fn notice(app: &App, frame: &mut Frame, area: Rect) {
    let Some(notice) = &app.notice else {
        return;
    };
    let style = match notice.kind {
        NoticeKind::Info => app.theme.success(),
        NoticeKind::Warning => app.theme.warning(),
        NoticeKind::Error => app.theme.error(),
    };
    let text = display::truncate(
        &display::one_line(&notice.text),
        usize::from(area.width.saturating_sub(1)),
    );
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(format!(" {text}"), style))),
        area,
    );
}

/// A footer hint as shown: its key and its words.
type Shown = (String, String);

pub fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let (own, global) = keys::footer_hints(app.context());
    // A hint never claims the work is saved when the last save failed.
    let true_to_saving = |hints: Vec<keys::Hint>| -> Vec<Shown> {
        hints
            .into_iter()
            .map(|(k, d)| (k, crate::tui::save_failure::footer_description(app, d)))
            .collect()
    };
    let (mut own, global) = (true_to_saving(own), true_to_saving(global));
    let width = |hints: &[Shown]| -> usize {
        hints
            .iter()
            .map(|(k, d)| display::width(k) + 1 + display::width(d) + 2)
            .sum()
    };
    // Help and quit always show; then the screen's own keys; then other global keys if there is room.
    let (essential, mut optional): (Vec<Shown>, Vec<Shown>) =
        global.into_iter().partition(|(k, _)| k == "?" || k == "q");
    let max = usize::from(area.width).saturating_sub(1);
    // The way back (Esc) stays whatever else has to go.
    while !own.is_empty() && width(&own) + width(&essential) > max {
        match own.iter().rposition(|(k, _)| k != "Esc") {
            Some(i) => {
                own.remove(i);
            }
            None => {
                own.pop();
            }
        }
    }
    while !optional.is_empty() && width(&own) + width(&optional) + width(&essential) > max {
        optional.pop();
    }
    let mut spans = vec![Span::raw(" ")];
    for (key, description) in own.into_iter().chain(optional).chain(essential) {
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::styled(format!(" {description}  "), app.theme.muted()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
