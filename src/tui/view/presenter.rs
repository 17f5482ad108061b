//! The presenter view: one key turns the workshop, the agenda, a dot vote or the reference library into
//! a projector layout — no side panels, one thing at a time (`facil::presenter::projected`) large and
//! spaced, a big-digit timer, high contrast. Its text scrolls with PgUp/PgDn, marked "▲" / "▼ more"
//! where it goes on; subtitle lines are light grey, never the dark grey a projector washes out.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::content::AgendaModule;
use crate::display;
use crate::session::agenda::{TimerPhase, TimerView, format_clock};
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::facil::free_timer::free_timer_title;
use crate::tui::facil::presenter::{Projected, presenter_free_item, presenter_module, projected};
use crate::tui::facil::{ActiveTimer, active_timer};
use crate::tui::open::OpenSession;

use super::presenter_style::{big_clock, plain, projected_text, strong, subtitle};

/// Whether the presenter view replaces the current screen.
pub fn applies(app: &App) -> bool {
    app.facil.presenter && projected(&app.screen, &app.content, app.open.as_ref()).is_some()
}

/// The big clock's style: the timer's own colours, with a stopped clock in light grey, not dark.
fn clock_style(app: &App, t: &TimerView) -> Style {
    let style = super::agenda::timer_style(app.theme, t).add_modifier(Modifier::BOLD);
    match t.phase {
        TimerPhase::Paused | TimerPhase::Idle if t.remaining_secs > 120 => {
            subtitle(app).add_modifier(Modifier::BOLD)
        }
        _ => style,
    }
}

/// What the projector shows: the lines beside the clock, and the clock.
struct Page {
    label: Vec<(String, Style)>,
    clock: Option<TimerView>,
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(what) = projected(&app.screen, &app.content, app.open.as_ref()) else {
        return;
    };
    // Margins grow with the screen so text is not spread across a wide projector.
    let margin = (area.width / 12).clamp(1, 16);
    let inner = Rect {
        x: area.x + margin,
        width: area.width.saturating_sub(margin * 2),
        ..area
    };
    let open = app.open.as_ref();
    let module = match &what {
        Projected::Module(i) => presenter_module(&app.content, open, *i),
        _ => None,
    };
    let module = module.as_ref();
    let page = page(app, open, &what, module);
    // Twice as tall on a large screen.
    let scale = if area.width >= 160 && area.height >= 48 {
        2
    } else {
        1
    };
    let rest = render_top(app, page, scale, frame, inner);
    match (&what, open) {
        (Projected::Prompt, Some(w)) => render_prompt(app, w, frame, rest),
        (Projected::Module(_), Some(w)) => {
            if let Some(m) = module {
                render_module(app, w, m, frame, rest);
            }
        }
        (Projected::Vote(id), Some(w)) => {
            if let Some(vote) = w.session.vote(id) {
                super::presenter_items::render_vote(app, vote, frame, rest);
            }
        }
        (Projected::Reference(key), _) => {
            super::presenter_items::render_reference(app, key, frame, rest);
        }
        _ => {}
    }
}

/// The clock and the lines beside it; returns the area left below them.
fn render_top(app: &App, page: Page, scale: usize, frame: &mut Frame, area: Rect) -> Rect {
    let clock = page.clock.as_ref().map(|t| big_clock(t, scale));
    let clock_w = clock
        .as_ref()
        .and_then(|c| c.first())
        .map_or(0, |l| display::width(l) as u16)
        .min(area.width);
    let label_w = area.width.saturating_sub(clock_w);
    let mut label = Doc::new(label_w.saturating_sub(1), app.theme);
    for (text, style) in &page.label {
        label.styled(text, *style);
    }
    let label = label.into_lines();
    let clock_h = clock.as_ref().map_or(0, |c| c.len());
    let top_h = (clock_h.max(label.len()).max(1) as u16).min(area.height / 2);
    let [top, _, rest] = Layout::vertical([
        Constraint::Length(top_h),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let [label_area, clock_area] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(clock_w)]).areas(top);
    if let (Some(lines), Some(t)) = (clock, &page.clock) {
        let style = clock_style(app, t);
        let lines: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, style)).collect();
        frame.render_widget(Paragraph::new(lines), clock_area);
    }
    super::scroll::scrolled(frame, label_area, label, 0);
    rest
}

/// The page for what is projected: its lines beside the clock, and which clock. A free timer (a break,
/// "back at 11:15") takes the clock whatever is projected.
fn page(
    app: &App,
    open: Option<&OpenSession>,
    what: &Projected,
    module: Option<&AgendaModule>,
) -> Page {
    let now = app.clock.now;
    let active = open.and_then(|w| active_timer(&app.content, &w.session, now));
    let mut label = match (what, module) {
        (Projected::Module(_), Some(m)) => module_title(app, m, active.as_ref()),
        (Projected::Module(i), None) => match presenter_free_item(&app.content, open, *i) {
            Some((title, minutes)) => vec![
                (title, strong(app)),
                (t!("present-free-item", minutes = minutes), subtitle(app)),
            ],
            None => vec![(t!("presenter-no-module"), strong(app))],
        },
        (Projected::Prompt, _) => open.map(|w| prompt_title(app, w)).unwrap_or_default(),
        (Projected::Vote(id), _) => open
            .and_then(|w| w.session.vote(id).map(|v| (w, v)))
            .map(|(w, v)| super::presenter_items::vote_title(app, &w.session, v))
            .unwrap_or_default(),
        (Projected::Reference(_), _) => Vec::new(),
    };
    if let Some((timer, view)) = open.and_then(|w| w.session.free_timer(now)) {
        let caption = t!(
            "present-free-caption",
            what = free_timer_title(timer),
            time = timer.ends_at(now).format("%H:%M").to_string()
        );
        label.push((caption, subtitle(app)));
        return Page {
            label,
            clock: Some(view),
        };
    }
    let clock = match (what, module) {
        (Projected::Module(_), Some(m)) => {
            let (clock, lines) = module_clock(app, open, m, active.as_ref());
            label.extend(lines);
            clock
        }
        (Projected::Reference(_), _) => None,
        _ => active.as_ref().map(|a| {
            label.push((timer_caption(Some(a.title()), &a.timer), subtitle(app)));
            a.timer
        }),
    };
    Page { label, clock }
}

/// "The PIM Principles · 43:52 left", "… · paused, 12:00 left", "… · time is up" (without the name
/// when the page's title already says it).
fn timer_caption(what: Option<&str>, t: &TimerView) -> String {
    let state = match t.phase {
        TimerPhase::TimeUp { .. } => t!("presenter-time-up"),
        TimerPhase::Paused => t!("present-paused-left", time = format_clock(t.remaining_secs)),
        TimerPhase::Idle => t!("present-not-started"),
        TimerPhase::Running => t!("presenter-left", time = format_clock(t.remaining_secs)),
    };
    match what {
        Some(what) => format!("{} · {state}", display::one_line(what)),
        None => state,
    }
}

/// The workshop's page: the step and sub-step.
fn prompt_title(app: &App, w: &OpenSession) -> Vec<(String, Style)> {
    app.content
        .substep(w.substep_id())
        .map(|(step, sub)| {
            vec![(
                t!(
                    "presenter-step",
                    number = step.number,
                    title = sub.title.as_str()
                ),
                app.theme.title(),
            )]
        })
        .unwrap_or_default()
}

/// A module's page: its title, and its exercise being timed or its day and planned time.
fn module_title(app: &App, m: &AgendaModule, active: Option<&ActiveTimer>) -> Vec<(String, Style)> {
    let exercise = active
        .filter(|a| a.module.id == m.id)
        .and_then(|a| a.exercise);
    let second = match exercise {
        Some(e) => t!(
            "presenter-exercise-in",
            module = m.title.as_str(),
            minutes = e.minutes
        ),
        None => t!("presenter-day-planned", day = m.day, minutes = m.minutes),
    };
    vec![(m.title.clone(), strong(app)), (second, subtitle(app))]
}

/// The clock of a module's page — that module's own timer (its exercise's when one is timed), never
/// another module's — and what is said under its title: its state, and which other module runs.
fn module_clock(
    app: &App,
    open: Option<&OpenSession>,
    m: &AgendaModule,
    active: Option<&ActiveTimer>,
) -> (Option<TimerView>, Vec<(String, Style)>) {
    let now = app.clock.now;
    let mut lines = Vec::new();
    let record = open.and_then(|w| w.session.facilitation.agenda.modules.get(&m.id));
    let own = active.filter(|a| a.module.id == m.id);
    let clock = match (own, record) {
        (Some(a), _) => {
            let exercise = a.exercise.map(|e| e.title.as_str());
            lines.push((timer_caption(exercise, &a.timer), subtitle(app)));
            Some(a.timer)
        }
        (None, Some(r)) if r.done => {
            let taken = format_clock(r.elapsed(now) as i64);
            lines.push((t!("present-finished", time = taken), subtitle(app)));
            None
        }
        (None, Some(r)) if r.elapsed(now) > 0 => {
            let t = r.timer(m.minutes, now);
            lines.push((timer_caption(None, &t), subtitle(app)));
            Some(t)
        }
        _ => {
            lines.push((t!("present-not-started"), subtitle(app)));
            None
        }
    };
    if let Some(other) = active.filter(|a| a.module.id != m.id) {
        let running = matches!(
            other.timer.phase,
            TimerPhase::Running | TimerPhase::TimeUp { running: true }
        );
        if running {
            let now_running = timer_caption(Some(other.title()), &other.timer);
            lines.push((t!("present-running-now", what = now_running), subtitle(app)));
        }
    }
    (clock, lines)
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
        doc.styled(&t!("workshop-no-answer"), subtitle(app));
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
    if groups.is_empty() {
        projected_text(app, frame, area, lines);
        return;
    }
    let own_h = (lines.len() as u16).min(area.height / 2).max(1);
    let [own, _, cols] = Layout::vertical([
        Constraint::Length(own_h),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    // The room's answer and the groups' columns scroll together, until the longest has been read.
    let scroll = app.facil.presenter_scroll;
    let mut drawn = super::scroll::scrolled(frame, own, lines, scroll);
    let n = groups.len().min(4) as u32;
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, n); n as usize]).split(cols);
    for (g, col) in groups.iter().zip(areas.iter()) {
        let mut d = Doc::new(col.width.saturating_sub(2), app.theme);
        d.styled(&g.title, app.theme.title());
        for para in g.text.lines().filter(|l| !l.trim().is_empty()) {
            d.styled(para, plain(app));
        }
        drawn = drawn.max(super::scroll::scrolled(frame, *col, d.into_lines(), scroll));
    }
    let height = own.height.min(cols.height);
    app.facil
        .presenter_drawn
        .set((drawn, height, app.facil.presenter_scroll));
}

/// One module's text: what it is about, its objectives and its exercises (the one timed marked ▶).
fn render_module(app: &App, w: &OpenSession, m: &AgendaModule, frame: &mut Frame, area: Rect) {
    let agenda = &w.session.facilitation.agenda;
    let timed = (agenda.current.as_deref() == Some(m.id.as_str()))
        .then_some(agenda.exercise.as_deref())
        .flatten();
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
            let mark = if timed == Some(ex.id.as_str()) {
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
    projected_text(app, frame, area, doc.into_lines());
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
