//! The facilitator's screens: the agenda (plan, timers, module details), a dot vote, attendance and the
//! end-of-day summary; and the timer shown in the header on every screen of an open training.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::content::{AgendaModule, Pack};
use crate::display;
use crate::session::Session;
use crate::session::agenda::{AgendaRecord, TimerPhase, TimerView, format_clock};
use crate::session::agenda_clock::{DayClock, clock_plan, clock_time};
use crate::session::agenda_shape::{Agenda, AgendaDay, AgendaItem, ItemKind};
use crate::t;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::facil::{self, AgendaView, AttendanceView, FacilScreen, SummaryView, active_timer};
use crate::tui::theme::Theme;

pub fn render(app: &App, screen: &FacilScreen, frame: &mut Frame, area: Rect) {
    let Some(w) = app.open.as_ref() else {
        return;
    };
    match screen {
        FacilScreen::Agenda(v) => render_agenda(app, &w.session, v, frame, area),
        FacilScreen::Vote(v) => super::vote::render_vote(app, &w.session, v, frame, area),
        FacilScreen::Votes(v) => super::vote::render_votes(app, &w.session, v, frame, area),
        FacilScreen::Attendance(v) => render_attendance(app, &w.session, v, frame, area),
        FacilScreen::Summary(v) => render_summary(app, v, frame, area),
    }
}

/// The style of a timer: warning when little is left, reversed alert once time is up.
pub fn timer_style(theme: Theme, timer: &TimerView) -> Style {
    match timer.phase {
        TimerPhase::TimeUp { .. } => theme.error().add_modifier(Modifier::REVERSED),
        _ if timer.remaining_secs <= 120 => theme.warning(),
        TimerPhase::Running => theme.success().add_modifier(Modifier::BOLD),
        _ => theme.muted(),
    }
}

/// The header's timer: "▶ 12:34 Matrix", "‖ 12:34 Matrix", "TIME UP -01:05 Matrix", with how far the
/// day runs behind or ahead while it is being run ("+35′", "−10′").
pub fn header_timer(app: &App) -> Option<(String, Style)> {
    let w = app.open.as_ref()?;
    let active = active_timer(&app.content, &w.session, app.clock.now)?;
    let timer = active.timer;
    let done = w
        .session
        .facilitation
        .agenda
        .modules
        .get(&active.module.id)
        .is_some_and(|r| r.done);
    if done
        && timer.phase != TimerPhase::Idle
        && !matches!(timer.phase, TimerPhase::TimeUp { running: true })
    {
        return None;
    }
    let mark = match timer.phase {
        TimerPhase::Running => "▶".to_string(),
        TimerPhase::TimeUp { .. } => t!("agenda-time-up"),
        TimerPhase::Paused => "‖".to_string(),
        TimerPhase::Idle => "·".to_string(),
    };
    // Below 100 columns the session title needs the room: the clock alone.
    let title = if app.size.0 >= 100 {
        format!(
            " {}",
            display::truncate(&display::one_line(active.title()), 18)
        )
    } else {
        String::new()
    };
    let agenda = w.session.effective_agenda(&app.content);
    let drift = agenda
        .day(active.day)
        .map(|d| clock_plan(d, &w.session.facilitation.agenda, app.clock.now))
        .filter(|c| c.live)
        .map(|c| c.behind() / 60)
        .filter(|m| *m != 0)
        .map(|m| format!(" {}", drift_mark(m)))
        .unwrap_or_default();
    Some((
        format!(
            " {mark} {}{title}{drift} ",
            format_clock(timer.remaining_secs)
        ),
        timer_style(app.theme, &timer),
    ))
}

/// "+35′" behind, "−10′" ahead.
fn drift_mark(minutes: i64) -> String {
    if minutes > 0 {
        format!("+{minutes}′")
    } else {
        format!("−{}′", -minutes)
    }
}

fn render_agenda(app: &App, session: &Session, v: &AgendaView, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let agenda = session.effective_agenda(&app.content);
    let Some(focused) = agenda.get(v.cursor.min(agenda.len().saturating_sub(1))) else {
        return;
    };
    let now = app.clock.now;
    let record = &session.facilitation.agenda;
    let Some(day) = agenda.day(focused.day) else {
        return;
    };
    let taken_width = agenda
        .items()
        .filter_map(|i| record.modules.get(&i.id))
        .map(|r| format_clock(r.elapsed(now) as i64).len())
        .max()
        .unwrap_or(0)
        .max(4);
    let plan = DayPlan {
        record,
        clock: clock_plan(day, record, now),
        day,
        taken_width,
        now,
    };

    let [status, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(agenda_status(&plan, &agenda, theme)), status);

    let list_w = (body.width * 11 / 20).max(36).min(body.width);
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Min(0)]).areas(body);

    // The items, by day, with their start (real or as now expected), planned and actual minutes.
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} ", t!("agenda-list-title-highlighted")),
            theme.title(),
        ));
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut index = 0;
    for d in &agenda.days {
        lines.push(Line::styled(
            display::fit(&day_heading(d), width),
            theme.muted(),
        ));
        if d.items.is_empty() {
            lines.push(Line::styled(
                display::fit(&t!("agenda-day-empty"), width),
                theme.muted(),
            ));
        }
        for item in &d.items {
            if index == v.cursor {
                cursor_line = lines.len();
            }
            lines.push(agenda_line(&plan, item, index == v.cursor, width, theme));
            index += 1;
        }
    }
    let h = usize::from(inner.height);
    let skip = cursor_line.saturating_sub(h.saturating_sub(2));
    let total = lines.len();
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).take(h).collect::<Vec<_>>()),
        inner,
    );
    on_border_marks(frame, inner, (skip, total, h), theme);

    if detail_area.width >= 20 {
        render_item(app, session, focused, v.scroll, frame, detail_area);
    }
}

/// "Day 2 · Tue 2026-12-02 · 08:30": a day's heading in the list.
fn day_heading(d: &AgendaDay) -> String {
    let start = d.start.format("%H:%M").to_string();
    match d.date {
        Some(date) => t!(
            "agenda-day-heading-dated",
            day = d.day,
            date = crate::i18n::long_date(date),
            start = start
        ),
        None => t!("agenda-day-heading", day = d.day, start = start),
    }
}

/// What the agenda's lines are drawn against: the record, the focused day against the clock.
struct DayPlan<'a, 'p> {
    record: &'a AgendaRecord,
    clock: DayClock,
    day: &'a AgendaDay<'p>,
    /// The width of the "taken" column.
    taken_width: usize,
    now: chrono::DateTime<chrono::FixedOffset>,
}

/// The status line: the clock's sentence while the day is run ("11:20 — 35 min behind; Lunch moves to
/// 13:05"), the day's expected and planned end, the bell.
fn agenda_status(plan: &DayPlan, agenda: &Agenda, theme: Theme) -> Line<'static> {
    let clock = &plan.clock;
    let mut spans = vec![Span::styled(
        format!(" {} ", t!("agenda-day", day = plan.day.day)),
        theme.title(),
    )];
    let title = |id: &str| {
        agenda
            .item(id)
            .map(|i| display::one_line(&i.title))
            .unwrap_or_default()
    };
    if let Some(sentence) = clock.status(title) {
        let style = if clock.behind() > 0 {
            theme.warning()
        } else {
            theme.success()
        };
        spans.push(Span::styled(format!("· {sentence} "), style));
    }
    if !clock.slots.is_empty() {
        let drift = clock.drift() / 60;
        let style = if drift > 0 {
            theme.warning()
        } else {
            theme.success()
        };
        spans.push(Span::styled(
            format!(
                "· {} ",
                t!(
                    "agenda-expected-end",
                    time = clock_time(clock.expected_end()),
                    drift = format!("{}{drift}", if drift >= 0 { "+" } else { "" })
                )
            ),
            style,
        ));
        spans.push(Span::styled(
            format!(
                "· {} ",
                t!("agenda-planned-end", time = clock_time(clock.planned_end()))
            ),
            theme.muted(),
        ));
    }
    spans.push(Span::styled(
        format!(
            "· {}",
            if plan.record.bell {
                t!("agenda-bell-on")
            } else {
                t!("agenda-bell-off")
            }
        ),
        theme.muted(),
    ));
    Line::from(spans)
}

/// One item's line: done/running mark, start (real, or as now expected on the focused day), title,
/// planned and actual minutes.
fn agenda_line(
    plan: &DayPlan,
    item: &AgendaItem,
    focused: bool,
    width: usize,
    theme: Theme,
) -> Line<'static> {
    let record = plan.record;
    let rec = record.module(&item.id);
    let timer = rec.timer(item.minutes, plan.now);
    let is_current = record.current.as_deref() == Some(item.id.as_str());
    let is_module = item.kind == ItemKind::Module;
    let mark = match item.kind {
        ItemKind::Break | ItemKind::Lunch => "—",
        ItemKind::Other => "◦",
        ItemKind::Module if rec.done => "✓",
        ItemKind::Module if is_current && rec.is_running() => "▶",
        ItemKind::Module if is_current => "‖",
        ItemKind::Module => "·",
    };
    let begins = if item.day == plan.day.day {
        plan.clock
            .slots
            .iter()
            .find(|s| s.id == item.id)
            .map(|s| clock_time(s.start))
            .unwrap_or_default()
    } else {
        "     ".to_string()
    };
    // As wide as the longest time taken ("1:02:00"), so the minutes line up.
    let w = plan.taken_width;
    let taken = if is_module && (rec.done || timer.elapsed_secs > 0) {
        format!("{:>w$}", format_clock(timer.elapsed_secs as i64))
    } else {
        " ".repeat(w)
    };
    let tail = format!(" {:>3}′ {taken}", item.minutes);
    let head = format!("{mark} {begins:5} ");
    let title_w = width.saturating_sub(display::width(&head) + display::width(&tail));
    let text = format!(
        "{head}{}{tail}",
        display::fit(&display::one_line(&item.title), title_w)
    );
    let style = if focused {
        theme.focus()
    } else if is_current && matches!(timer.phase, TimerPhase::TimeUp { .. }) {
        theme.error()
    } else if rec.done || !is_module {
        theme.muted()
    } else {
        theme.text()
    };
    Line::styled(display::fit(&text, width), style)
}

/// The highlighted item's details: a module's (objectives, exercises…), or a free item's length.
fn render_item(
    app: &App,
    session: &Session,
    item: &AgendaItem,
    scroll: u16,
    frame: &mut Frame,
    area: Rect,
) {
    match item.module {
        Some(m) => render_module(app, session, m, item, scroll, frame, area),
        None => {
            let theme = app.theme;
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border())
                .title(Span::styled(
                    format!(" {} ", item.kind.label()),
                    theme.title(),
                ));
            let inner = block.inner(area);
            frame.render_widget(block, area);
            let mut doc = Doc::new(inner.width.saturating_sub(1), theme);
            doc.heading(&item.title);
            doc.muted(&t!(
                "agenda-free-facts",
                day = item.day,
                minutes = item.minutes
            ));
            doc.para(&t!("agenda-free-help"));
            super::scroll::scrolled(frame, inner, doc.into_lines(), scroll);
        }
    }
}

/// A module's details: objectives, competencies, what it covers, its exercises and their scenarios.
fn render_module(
    app: &App,
    session: &Session,
    m: &AgendaModule,
    item: &AgendaItem,
    scroll: u16,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = app.theme;
    let pack = &app.content;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", t!("agenda-module-title")),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut doc = Doc::new(inner.width.saturating_sub(1), theme);
    module_doc(pack, session, m, item, app.clock.now, &mut doc);
    super::scroll::scrolled(frame, inner, doc.into_lines(), scroll);
}

pub(crate) fn module_doc(
    pack: &Pack,
    session: &Session,
    m: &AgendaModule,
    item: &AgendaItem,
    now: chrono::DateTime<chrono::FixedOffset>,
    doc: &mut Doc,
) {
    let rec = session.facilitation.agenda.module(&m.id);
    let timer = rec.timer(item.minutes, now);
    doc.heading(&m.title);
    let taken = format_clock(timer.elapsed_secs as i64);
    doc.muted(&module_facts(item, rec.extended_secs / 60, taken));
    if let Some(real) = real_times(&rec) {
        doc.muted(&real);
    }
    doc.para(&m.summary);
    doc.blank().heading(&t!("agenda-objectives"));
    for o in &m.objectives {
        doc.bullet(o);
    }
    let comps: Vec<&str> = m
        .competencies
        .iter()
        .filter_map(|id| pack.competencies.competencies.iter().find(|c| &c.id == id))
        .map(|c| c.text.as_str())
        .collect();
    if !comps.is_empty() {
        doc.blank().heading(&t!("agenda-competencies"));
        for c in comps {
            doc.bullet(c);
        }
    }
    let covers: Vec<String> = m
        .substeps
        .iter()
        .filter_map(|id| pack.substep(id).map(|(_, s)| s.title.clone()))
        .chain(
            m.categories
                .iter()
                .filter_map(|id| pack.category(id).map(|c| c.name.clone())),
        )
        .collect();
    if !covers.is_empty() {
        doc.blank()
            .labelled(&t!("agenda-covers"), &covers.join(", "));
    }
    if let Some(timing) = &m.timing {
        let total = pack.module_substep_minutes(m).unwrap_or_default();
        doc.labelled(&t!("agenda-timing", total = total), timing);
    }
    for id in &m.exercises {
        if let Some(ex) = pack.exercise(&session.template, id) {
            exercise_doc(pack, session, ex, doc);
        }
    }
}

/// "Day 1 · 30 min planned (+5 min) · 12:05 taken": the module's day, its time planned and taken.
fn module_facts(m: &AgendaItem, extra_minutes: u64, taken: String) -> String {
    if extra_minutes > 0 {
        t!(
            "agenda-module-facts-extended",
            day = m.day,
            minutes = m.minutes,
            extra = extra_minutes,
            taken = taken
        )
    } else {
        t!(
            "agenda-module-facts",
            day = m.day,
            minutes = m.minutes,
            taken = taken
        )
    }
}

/// "Started 08:42 · finished 09:20": when the module really ran.
fn real_times(rec: &crate::session::agenda::ModuleRecord) -> Option<String> {
    let started = rec.started?.format("%H:%M").to_string();
    Some(match rec.finished.filter(|_| rec.done) {
        Some(f) => t!(
            "agenda-real-times-finished",
            start = started,
            end = f.format("%H:%M").to_string()
        ),
        None => t!("agenda-real-times", start = started),
    })
}

/// One exercise of a module: its steps, what it should produce and its scenario.
fn exercise_doc(pack: &Pack, session: &Session, ex: &crate::content::Exercise, doc: &mut Doc) {
    doc.blank().heading(&if ex.group_work {
        t!(
            "agenda-exercise-groups",
            title = ex.title.as_str(),
            minutes = ex.minutes
        )
    } else {
        t!(
            "agenda-exercise",
            title = ex.title.as_str(),
            minutes = ex.minutes
        )
    });
    for (n, step) in ex.instructions.iter().enumerate() {
        doc.prefixed(&format!("{}. ", n + 1), step);
    }
    if ex.shows_definition {
        doc.guidance(&pack.framework.definition.marked());
    }
    doc.labelled(&t!("agenda-expected"), &ex.expected_outputs.join(" · "));
    if let Some(sc) = pack.scenario(&session.template, &ex.scenario) {
        doc.labelled(
            &t!("agenda-scenario"),
            &format!("{} ({})", sc.title, sc.context),
        );
        doc.muted(&sc.setting);
        for f in &sc.facts {
            doc.bullet(f);
        }
    }
}

fn render_attendance(
    app: &App,
    session: &Session,
    v: &AttendanceView,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = app.theme;
    let present = session.present_on(v.day);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(
                " {} ",
                t!(
                    "attendance-day-title",
                    day = v.day,
                    days = facil::days(&app.content, app.open.as_ref()),
                    present = present.len(),
                    total = session.participants.len()
                )
            ),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    if session.participants.is_empty() {
        lines.push(Line::styled(t!("attendance-empty"), theme.muted()));
    }
    for (i, p) in session.participants.iter().enumerate() {
        let here = present.contains(&p.name);
        let org = if p.organisation.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.organisation)
        };
        let text = format!(
            "{} [{}] {}{org}{}",
            if i == v.cursor { "▶" } else { " " },
            if here { "x" } else { " " },
            p.name,
            facil::lateness_note(session.presence(v.day, &p.name))
        );
        let style = if i == v.cursor {
            theme.focus()
        } else if here {
            theme.text()
        } else {
            theme.muted()
        };
        lines.push(Line::styled(
            display::fit(&display::one_line(&text), width),
            style,
        ));
    }
    let h = usize::from(inner.height);
    let skip = (v.cursor + 1).saturating_sub(h);
    let total = lines.len();
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).take(h).collect::<Vec<_>>()),
        inner,
    );
    on_border_marks(frame, inner, (skip, total, h), theme);
}

/// "▲" / "▼ more" on a list's frame (its top and bottom borders), so no row's last column is covered.
fn on_border_marks(
    frame: &mut Frame,
    inner: Rect,
    (skip, total, h): (usize, usize, usize),
    theme: Theme,
) {
    let framed = Rect {
        y: inner.y.saturating_sub(1),
        height: inner.height + 2,
        ..inner
    };
    super::scroll::marks(frame, framed, skip, total, h, theme);
}

fn render_summary(app: &App, v: &SummaryView, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(
                " {} ",
                t!(
                    "summary-day-title",
                    day = v.day,
                    days = facil::days(&app.content, app.open.as_ref())
                )
            ),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width.saturating_sub(1);
    let mut doc = Doc::new(width, theme);
    for line in facil::summary_lines(&app.content, app.open.as_ref(), v.day) {
        if let Some(title) = line.strip_prefix("## ") {
            doc.heading(title);
        } else if line.is_empty() {
            doc.blank();
        } else if let Some(item) = line.strip_prefix("  • ") {
            doc.bullet(item);
        } else if let Some(note) = line.strip_prefix("  ") {
            doc.muted(note);
        } else {
            doc.heading(&line);
        }
    }
    let lines = doc.into_lines();
    super::scroll::scrolled(
        frame,
        inner,
        lines,
        v.scroll.min(usize::from(u16::MAX)) as u16,
    );
}

impl super::draw::Draw for FacilScreen {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, self, frame, area);
    }
}
