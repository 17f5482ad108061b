//! The presenter view: one key turns the workshop (or the agenda) into a projector layout — no side
//! panels, the current prompt and its answers large and spaced, a big-digit timer, high contrast.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::display;
use crate::session::agenda::{TimerView, format_clock};
use crate::t;
use crate::tui::app::{App, Screen};
use crate::tui::doc::Doc;
use crate::tui::facil::{ActiveTimer, FacilScreen, active_timer};
use crate::tui::open::OpenSession;

/// Whether the presenter view replaces the current screen.
pub fn applies(app: &App) -> bool {
    app.facil.presenter
        && match &app.screen {
            Screen::Workshop(_) => true,
            Screen::Facil(f) => matches!(f.as_ref(), FacilScreen::Agenda(_)),
            _ => false,
        }
}

/// High contrast: bold, bright white when colours are allowed.
fn strong(app: &App) -> Style {
    let s = Style::default().add_modifier(Modifier::BOLD);
    if app.theme.no_color {
        s
    } else {
        s.fg(Color::White)
    }
}

fn plain(app: &App) -> Style {
    if app.theme.no_color {
        Style::default()
    } else {
        Style::default().fg(Color::White)
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(w) = app.open.as_ref() else {
        return;
    };
    // Margins grow with the screen so text is not spread across a wide projector.
    let margin = (area.width / 12).clamp(1, 16);
    let inner = Rect {
        x: area.x + margin,
        width: area.width.saturating_sub(margin * 2),
        ..area
    };
    let active = active_timer(&app.content, &w.session, app.clock.now);
    let timer = active.as_ref().map(|a| (a.module, a.timer));
    let scale = if area.width >= 160 && area.height >= 48 {
        2
    } else {
        1
    };
    let clock = timer.as_ref().map(|(_, t)| big_clock(t, scale));
    let clock_h = clock.as_ref().map_or(0, |c| c.len() as u16);
    let [top, _, rest] = Layout::vertical([
        Constraint::Length(clock_h.max(2)),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    let clock_w = clock
        .as_ref()
        .and_then(|c| c.first())
        .map_or(0, |l| display::width(l) as u16);
    let [label_area, clock_area] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(clock_w.min(top.width)),
    ])
    .areas(top);
    if let (Some(lines), Some((_, t))) = (clock, &timer) {
        render_clock(app, lines, t, frame, clock_area);
    }
    let mut label = Doc::new(label_area.width.saturating_sub(1), app.theme);
    match &app.screen {
        Screen::Facil(_) => {
            agenda_label(app, active.as_ref(), &mut label);
            frame.render_widget(Paragraph::new(label.into_lines()), label_area);
            let exercise = active
                .as_ref()
                .and_then(|a| a.exercise)
                .map(|e| e.id.clone());
            render_module(
                app,
                w,
                timer.map(|(m, _)| m.id.clone()),
                exercise,
                frame,
                rest,
            );
        }
        _ => {
            workshop_label(app, w, active.as_ref(), &mut label);
            frame.render_widget(Paragraph::new(label.into_lines()), label_area);
            render_prompt(app, w, frame, rest);
        }
    }
}

/// The big-digit timer, coloured by how much time is left.
fn render_clock(app: &App, lines: Vec<String>, t: &TimerView, frame: &mut Frame, area: Rect) {
    let style = super::agenda::timer_style(app.theme, t).add_modifier(Modifier::BOLD);
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect::<Vec<_>>(),
        ),
        area,
    );
}

/// Beside the clock on the agenda: what is timed, and its exercise or day.
fn agenda_label(app: &App, active: Option<&ActiveTimer>, label: &mut Doc) {
    if let Some(a) = active {
        label.styled(a.title(), strong(app));
        match a.exercise {
            Some(e) => label.muted(&t!(
                "presenter-exercise-in",
                module = a.module.title.as_str(),
                minutes = e.minutes
            )),
            None => label.muted(&t!(
                "presenter-day-planned",
                day = a.module.day,
                minutes = a.module.minutes
            )),
        };
    } else {
        label.styled(&t!("presenter-no-module"), strong(app));
    }
}

/// Beside the clock in the workshop: the step and sub-step, and the running timer.
fn workshop_label(app: &App, w: &OpenSession, active: Option<&ActiveTimer>, label: &mut Doc) {
    let pack = &app.content;
    if let Some((step, sub)) = pack.substep(w.substep_id()) {
        label.styled(
            &t!(
                "presenter-step",
                number = step.number,
                title = sub.title.as_str()
            ),
            app.theme.title(),
        );
    }
    if let Some((a, t)) = active.map(|a| (a, a.timer)) {
        label.muted(&format!(
            "{} · {}",
            a.title(),
            if t.remaining_secs <= 0 {
                t!("presenter-time-up")
            } else {
                t!("presenter-left", time = format_clock(t.remaining_secs))
            }
        ));
    }
}

/// The current prompt, the room's answer and the groups' answers side by side, spaced for reading from
/// the back of the room.
fn render_prompt(app: &App, w: &OpenSession, frame: &mut Frame, area: Rect) {
    let pack = &app.content;
    let prompts = pack.prompts_for(&w.session.template, w.substep_id());
    let Some(p) = prompts.get(w.prompt) else {
        return;
    };
    let width = area.width.saturating_sub(1);
    let mut doc = Doc::new(width, app.theme);
    doc.styled(p.question, strong(app).add_modifier(Modifier::UNDERLINED));
    doc.blank();
    let text = w.session.answer_text(w.substep_id(), p.id);
    if text.trim().is_empty() {
        doc.muted(&t!("workshop-no-answer"));
    }
    for para in text.lines().filter(|l| !l.trim().is_empty()) {
        doc.styled(para, plain(app));
        if area.height >= 16 {
            doc.blank();
        }
    }
    let groups = crate::tui::live::columns(
        &w.session,
        &app.facil.live,
        w.substep_id(),
        p.id,
        app.clock.now,
    );
    let lines = doc.into_lines();
    let scroll = app.facil.presenter_scroll;
    if groups.is_empty() {
        super::scroll::scrolled(frame, area, lines, scroll);
        return;
    }
    let own_h = (lines.len() as u16).min(area.height / 2).max(1);
    let [own, _, cols] = Layout::vertical([
        Constraint::Length(own_h),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    super::scroll::scrolled(frame, own, lines, scroll);
    let n = groups.len().min(4) as u32;
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, n); n as usize]).split(cols);
    for (g, col) in groups.iter().zip(areas.iter()) {
        let mut d = Doc::new(col.width.saturating_sub(2), app.theme);
        d.styled(&g.title, app.theme.title());
        for para in g.text.lines().filter(|l| !l.trim().is_empty()) {
            d.styled(para, plain(app));
        }
        super::scroll::scrolled(frame, *col, d.into_lines(), 0);
    }
}

fn render_module(
    app: &App,
    w: &OpenSession,
    current: Option<String>,
    exercise: Option<String>,
    frame: &mut Frame,
    area: Rect,
) {
    let agenda = app.content.agenda(&w.session.template);
    let cursor = match &app.screen {
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => a.cursor,
            _ => 0,
        },
        _ => 0,
    };
    // The module under the cursor (the one being prepared or taught), else the current one.
    let module = agenda
        .get(cursor)
        .or_else(|| agenda.iter().find(|m| Some(&m.id) == current.as_ref()));
    let Some(m) = module else {
        return;
    };
    let mut doc = Doc::new(area.width.saturating_sub(1), app.theme);
    doc.styled(&m.summary, plain(app));
    doc.blank();
    doc.styled(&t!("agenda-objectives"), strong(app));
    for o in &m.objectives {
        doc.bullet(o);
    }
    for id in &m.exercises {
        if let Some(ex) = app.content.exercise(&w.session.template, id) {
            doc.blank();
            let mark = if exercise.as_deref() == Some(ex.id.as_str()) {
                "▶ "
            } else {
                ""
            };
            doc.styled(
                &format!(
                    "{mark}{}",
                    t!("presenter-exercise", title = ex.title.as_str())
                ),
                strong(app),
            );
            for (n, step) in ex.instructions.iter().enumerate() {
                doc.prefixed(&format!("{}. ", n + 1), step);
            }
        }
    }
    super::scroll::scrolled(frame, area, doc.into_lines(), app.facil.presenter_scroll);
}

/// The groups' answers to a prompt, each under its group's name (for the workshop's answer panel),
/// live ones with when they were saved.
pub fn group_answers(
    doc: &mut Doc,
    app: &App,
    session: &crate::session::Session,
    substep: &str,
    prompt: &str,
) {
    for g in crate::tui::live::columns(session, &app.facil.live, substep, prompt, app.clock.now) {
        doc.blank();
        doc.styled(
            &t!("doc-label", label = g.title.as_str()),
            app.theme.title(),
        );
        doc.para(&g.text);
        if !g.earlier.is_empty() {
            doc.muted(&t!("presenter-earlier", text = g.earlier.join(" / ")));
        }
    }
}

/// Glyphs 3 pixels wide (':' 1) and 5 high.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["###", "#.#", "#.#", "#.#", "###"],
        '1' => [".#.", "##.", ".#.", ".#.", "###"],
        '2' => ["###", "..#", "###", "#..", "###"],
        '3' => ["###", "..#", "###", "..#", "###"],
        '4' => ["#.#", "#.#", "###", "..#", "..#"],
        '5' => ["###", "#..", "###", "..#", "###"],
        '6' => ["###", "#..", "###", "#.#", "###"],
        '7' => ["###", "..#", "..#", "..#", "..#"],
        '8' => ["###", "#.#", "###", "#.#", "###"],
        '9' => ["###", "#.#", "###", "..#", "###"],
        ':' => [".", "#", ".", "#", "."],
        '-' => ["...", "...", "###", "...", "..."],
        _ => ["...", "...", "...", "...", "..."],
    }
}

/// The remaining time in big digits (each pixel two cells wide, times `scale`), one string per row.
pub fn big_clock(timer: &TimerView, scale: usize) -> Vec<String> {
    big_text(&format_clock(timer.remaining_secs), scale)
}

pub fn big_text(text: &str, scale: usize) -> Vec<String> {
    let scale = scale.max(1);
    let mut rows = vec![String::new(); 5 * scale];
    for (i, c) in text.chars().enumerate() {
        let g = glyph(c);
        for (r, pattern) in g.iter().enumerate() {
            for row in rows.iter_mut().skip(r * scale).take(scale) {
                if i > 0 {
                    row.push_str(&" ".repeat(2 * scale));
                }
                for px in pattern.chars() {
                    let cell = if px == '#' { "█" } else { " " };
                    row.push_str(&cell.repeat(2 * scale));
                }
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_digits_have_even_rows() {
        let rows = big_text("-12:05", 1);
        assert_eq!(rows.len(), 5);
        let w = display::width(&rows[0]);
        assert!(rows.iter().all(|r| display::width(r) == w));
        assert_eq!(big_text("1", 2).len(), 10);
        assert_eq!(display::width(&big_text("8", 2)[0]), 12);
    }
}
