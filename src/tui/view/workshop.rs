//! The workshop screen: the process map, the current sub-step with its prompts and answer, and the
//! guidance (Principles in Action, Matrix, glossary, facilitator notes). At 80 columns the guidance
//! takes the prompts' place when it has the focus; from 120 columns all three panels show.

use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::content::{Pack, PromptView, Step, Substep};
use crate::display;
use crate::session::{PrincipleStatus, SubstepStatus};
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::open::OpenSession;
use crate::tui::theme::Theme;
use crate::tui::workshop::{Panel, WorkshopState};

/// From this width the guidance panel shows beside the prompts.
pub const WIDE: u16 = 120;

pub fn render(app: &App, w: &WorkshopState, o: &OpenSession, frame: &mut Frame, area: Rect) {
    let map_w = if area.width >= WIDE {
        32
    } else {
        (area.width / 4).clamp(18, 26)
    };
    if area.width >= WIDE {
        let [map, main, guide] = Layout::horizontal([
            Constraint::Length(map_w),
            Constraint::Min(40),
            Constraint::Percentage(34),
        ])
        .areas(area);
        render_map(app, w, o, frame, map);
        render_prompts(app, w, o, frame, main);
        render_guidance(app, w, o, frame, guide);
    } else {
        let [map, main] =
            Layout::horizontal([Constraint::Length(map_w), Constraint::Min(20)]).areas(area);
        render_map(app, w, o, frame, map);
        if w.focus == Panel::Guidance {
            render_guidance(app, w, o, frame, main);
        } else {
            render_prompts(app, w, o, frame, main);
        }
    }
}

fn panel(theme: Theme, title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.focus_border()
        } else {
            theme.border()
        })
        .title(Span::styled(
            title,
            if focused {
                theme.title()
            } else {
                theme.muted()
            },
        ))
}

fn substep_mark(status: &SubstepStatus) -> &'static str {
    match status {
        SubstepStatus::Done => "✓",
        SubstepStatus::InProgress => "◐",
        SubstepStatus::Skipped { .. } => "–",
        SubstepStatus::NotStarted => "·",
    }
}

fn render_map(app: &App, w: &WorkshopState, o: &OpenSession, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let pack = &app.content;
    let block = panel(
        theme,
        format!(" {} ", t!("workshop-process")),
        w.focus == Panel::Map,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut current_line = 0;
    for step in &pack.process.steps {
        let subs: Vec<_> = step
            .substeps
            .iter()
            .filter(|s| o.substeps.contains(&s.id))
            .collect();
        if subs.is_empty() {
            continue;
        }
        let done = subs
            .iter()
            .filter(|s| {
                matches!(
                    o.session.substep_status(&s.id),
                    SubstepStatus::Done | SubstepStatus::Skipped { .. }
                )
            })
            .count();
        let count = format!(" {done}/{}", subs.len());
        let title = display::truncate(
            &format!("{} {}", step.number, step.title),
            width.saturating_sub(count.len()),
        );
        lines.push(Line::from(vec![
            Span::styled(
                display::fit(&title, width.saturating_sub(count.len())),
                theme.title(),
            ),
            Span::styled(count, theme.muted()),
        ]));
        for sub in subs {
            let is_current = o.substep_id() == sub.id;
            if is_current {
                current_line = lines.len();
            }
            let mark = substep_mark(&o.session.substep_status(&sub.id));
            let text = display::fit(
                &format!("{}{mark} {}", if is_current { "▶" } else { " " }, sub.title),
                width,
            );
            let style = if is_current && w.focus == Panel::Map {
                theme.focus()
            } else if is_current {
                theme.selected()
            } else {
                theme.text()
            };
            lines.push(Line::styled(text, style));
        }
    }
    let height = usize::from(inner.height);
    let offset = current_line.saturating_sub(height.saturating_sub(1));
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

fn render_prompts(app: &App, w: &WorkshopState, o: &OpenSession, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let pack = &app.content;
    let Some((step, sub)) = pack.substep(o.substep_id()) else {
        return;
    };
    let prompts = o.prompts(pack);
    let code = pack
        .substep_code(&sub.id)
        .unwrap_or_else(|| step.number.to_string());
    let title = format!(" {code} {} ", sub.title);
    let block = panel(
        theme,
        display::truncate(&title, usize::from(area.width.saturating_sub(2))),
        w.focus == Panel::Prompts,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height < 4 {
        return;
    }
    let width = inner.width.saturating_sub(1);

    let top_lines = prompt_top(pack, o, sub, &prompts, width, inner.height, theme);
    let list = prompt_list(o, sub, &prompts, width, theme);

    let list_h = (list.len() as u16).min(inner.height / 4).max(1);
    let top_h = (top_lines.len() as u16).min(inner.height.saturating_sub(list_h + 4));
    let [top_area, answer_area, list_area] = Layout::vertical([
        Constraint::Length(top_h),
        Constraint::Min(3),
        Constraint::Length(list_h),
    ])
    .areas(inner);
    // The question and its hint cut short on a small screen end in "…" (the presenter view, f, and
    // the reference library show them whole).
    let mut top_lines = top_lines;
    if top_lines.len() > usize::from(top_h) {
        top_lines.truncate(usize::from(top_h));
        if let Some(last) = top_lines.last_mut() {
            last.spans.push(Span::styled(" …", theme.muted()));
        }
    }
    frame.render_widget(Paragraph::new(top_lines), top_area);

    render_answer(app, w, o, sub, prompts.get(o.prompt), frame, answer_area);

    let offset = o
        .prompt
        .saturating_sub(usize::from(list_h).saturating_sub(1));
    frame.render_widget(
        Paragraph::new(
            list.into_iter()
                .skip(offset)
                .take(usize::from(list_h))
                .collect::<Vec<_>>(),
        ),
        list_area,
    );
}

/// The top of the prompts panel: the purpose (short), then the focused prompt, its hint and how
/// to answer it.
fn prompt_top(
    pack: &Pack,
    o: &OpenSession,
    sub: &Substep,
    prompts: &[PromptView],
    width: u16,
    height: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut top = Doc::new(width, theme);
    // The purpose, cut to a few lines on small screens (the reference library has it whole).
    let purpose_lines = if height >= 30 {
        6
    } else if height >= 20 {
        3
    } else {
        2
    };
    let mut purpose = Doc::new(width, theme);
    purpose.muted(&sub.purpose);
    let mut purpose_lines_vec = purpose.into_lines();
    if purpose_lines_vec.len() > purpose_lines {
        purpose_lines_vec.truncate(purpose_lines);
        if let Some(last) = purpose_lines_vec.last_mut() {
            last.spans.push(Span::styled(" …", theme.muted()));
        }
    }
    top.lines.extend(purpose_lines_vec);
    top.blank();
    if o.brief_path {
        super::brief_bar::bar(&mut top, pack, o, width, theme);
        if prompts.is_empty() {
            top.muted(&t!("workshop-brief-path-empty"));
        }
    }
    if let Some(p) = prompts.get(o.prompt) {
        let of = t!(
            "workshop-prompt-of",
            n = o.prompt + 1,
            total = prompts.len()
        );
        top.muted(&of);
        top.styled(p.question, theme.title());
        top.guidance(p.hint);
        if let Some((_, items)) = crate::scoping::brief_path::offered_items(pack, &o.session, p) {
            top.muted(&t!("workshop-offer-items", count = items.len()));
        }
    }
    if let Some(p) = prompts.get(o.prompt) {
        use crate::content::PromptKind as K;
        let how = match p.kind {
            K::List | K::Areas => t!("workshop-how-list"),
            K::RequestKind | K::Approach => t!("workshop-how-choose"),
            K::Outputs => t!("workshop-how-outputs"),
            K::Landscape => t!("workshop-how-landscape"),
            K::Text => String::new(),
        };
        if !how.is_empty() {
            top.muted(&how);
        }
    }
    top.into_lines()
}

/// The bottom of the prompts panel: every prompt, one line each, answered ones marked.
fn prompt_list(
    o: &OpenSession,
    sub: &Substep,
    prompts: &[PromptView],
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let answered = crate::tui::scoping::is_answered(&o.session, &sub.id, p);
            let mark = if answered { "✓" } else { "·" };
            let cursor = if i == o.prompt { "▶" } else { " " };
            let text = display::fit(
                &format!("{cursor}{mark} {}", p.question),
                usize::from(width),
            );
            if i == o.prompt {
                Line::styled(text, theme.selected())
            } else {
                Line::styled(text, theme.text())
            }
        })
        .collect()
}

/// The answer: the editor while typing, the saved text (and the groups' answers) otherwise.
fn render_answer(
    app: &App,
    w: &WorkshopState,
    o: &OpenSession,
    sub: &Substep,
    prompt: Option<&PromptView>,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = app.theme;
    let editing = w.editor.is_some();
    let answer_block = Block::default()
        .borders(Borders::ALL)
        .border_style(if editing {
            theme.focus_border()
        } else {
            theme.border()
        })
        .title(Span::styled(
            format!(
                " {} ({}) ",
                t!("workshop-answer"),
                if editing {
                    t!("workshop-editing")
                } else {
                    t!("workshop-answer-hint")
                }
            ),
            if editing {
                theme.title()
            } else {
                theme.muted()
            },
        ));
    let answer_inner = answer_block.inner(area);
    frame.render_widget(answer_block, area);
    match &w.editor {
        Some(editor) => {
            frame.render_widget(editor.field.area(), answer_inner);
            // The editor scrolls to the cursor: a mark says when lines are out of sight.
            let (top, _) = editor.field.area().scroll_offset();
            let height = usize::from(answer_inner.height);
            let rows = editor.field.lines().len().max(usize::from(top) + height);
            super::scroll::marks(frame, answer_inner, usize::from(top), rows, height, theme);
        }
        None => {
            let text = prompt
                .map(|p| crate::tui::scoping::shown_answer(&app.content, &o.session, &sub.id, p))
                .unwrap_or_default();
            let text = text.as_str();
            let mut doc = Doc::new(answer_inner.width.saturating_sub(1), theme);
            if text.trim().is_empty() {
                doc.muted(&t!("workshop-no-answer"));
            } else {
                doc.para(text);
            }
            if let Some(p) = prompt {
                super::presenter::group_answers(&mut doc, app, &o.session, &sub.id, p.id);
            }
            let mut lines = doc.into_lines();
            let h = usize::from(answer_inner.height);
            if lines.len() > h && h > 0 {
                // Cut: the last row shown ends in "…" (the text is wrapped a cell short of the box,
                // so the mark always has room); Enter opens the whole answer in the editor.
                lines.truncate(h);
                if let Some(last) = lines.last_mut() {
                    last.spans.push(Span::styled("…", theme.muted()));
                }
            }
            frame.render_widget(Paragraph::new(lines), answer_inner);
        }
    }
}

fn status_label(status: PrincipleStatus) -> (&'static str, String) {
    match status {
        PrincipleStatus::Open => ("○", t!("workshop-principle-open")),
        PrincipleStatus::Addressed => ("✓", t!("workshop-principle-addressed")),
        PrincipleStatus::Concern => ("!", t!("workshop-principle-concern")),
        PrincipleStatus::NotApplicable => ("–", t!("workshop-principle-na")),
    }
}

fn render_guidance(app: &App, w: &WorkshopState, o: &OpenSession, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let pack: &Pack = &app.content;
    let block = panel(
        theme,
        format!(" {} ", t!("workshop-guidance")),
        w.focus == Panel::Guidance,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some((step, sub)) = pack.substep(o.substep_id()) else {
        return;
    };
    let mut doc = Doc::new(inner.width.saturating_sub(1), theme);
    doc.heading(&t!("workshop-pia-step", number = step.number));
    doc.muted(&t!("workshop-set-status"));
    let focused_line = guidance_principles(pack, w, o, step, sub, theme, &mut doc);
    guidance_notes(pack, sub, &mut doc);
    let lines = doc.into_lines();
    let height = usize::from(inner.height);
    // The focused principle stays in view while the focus moves; PgUp/PgDn then scroll freely, to
    // the glossary and the facilitator notes at the end.
    let mut scroll = usize::from(w.guidance_scroll);
    if w.guidance_anchored
        && (focused_line < scroll || focused_line >= scroll + height.saturating_sub(2))
    {
        scroll = focused_line.saturating_sub(2);
    }
    let total = lines.len();
    let max_scroll = total.saturating_sub(height);
    let scroll = scroll.min(max_scroll);
    w.guidance_drawn
        .set((u16::try_from(scroll).unwrap_or(u16::MAX), inner.height));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    super::scroll::marks(frame, inner, scroll, total, height, theme);
}

/// Each principle's status for this sub-step, its note and its prompts in action; returns the
/// line of the focused principle.
fn guidance_principles(
    pack: &Pack,
    w: &WorkshopState,
    o: &OpenSession,
    step: &Step,
    sub: &Substep,
    theme: Theme,
    doc: &mut Doc,
) -> usize {
    let mut focused_line = 0;
    for (i, p) in pack.principles.principles.iter().enumerate() {
        let status = o
            .session
            .substeps
            .get(&sub.id)
            .and_then(|r| r.principles.get(&p.id))
            .map(|c| c.status)
            .unwrap_or_default();
        let (mark, label) = status_label(status);
        if i == w.principle {
            focused_line = doc.lines.len();
        }
        let style = if i == w.principle && w.focus == Panel::Guidance {
            theme.focus()
        } else if status == PrincipleStatus::Concern {
            theme.warning()
        } else {
            theme.selected()
        };
        doc.styled(
            &format!("[{mark}] {}. {} — {label}", p.number, p.name),
            style,
        );
        let note = o
            .session
            .substeps
            .get(&sub.id)
            .and_then(|r| r.principles.get(&p.id))
            .map(|c| c.note.as_str())
            .unwrap_or("");
        if !note.is_empty() {
            doc.guidance(&t!("workshop-principle-note", text = note));
        }
        super::group_view::principle_proposals(doc, &o.session, &sub.id, &p.id);
        for prompt in pack.in_action(&step.id, &p.id, Some(&sub.id)) {
            doc.bullet(prompt);
        }
    }
    focused_line
}

/// The related Matrix, the glossary and the facilitator's notes for this sub-step.
fn guidance_notes(pack: &Pack, sub: &Substep, doc: &mut Doc) {
    if !sub.matrix.is_empty() {
        doc.blank().heading(&t!("ref-related-matrix"));
        for line in pack.related_matrix(sub) {
            doc.bullet(&line);
        }
    }
    if !sub.glossary.is_empty() {
        doc.blank().heading(&t!("ref-glossary"));
        for term in sub.glossary.iter().filter_map(|g| pack.term(g)) {
            doc.labelled(&term.term, &term.definition);
        }
    }
    doc.blank().heading(&t!(
        "ref-facilitator-minutes",
        minutes = sub.facilitator.minutes
    ));
    for note in &sub.facilitator.notes {
        doc.bullet(note);
    }
}

/// The screen shown when another instance holds the session's lock.
pub fn render_lock_held(app: &App, message: &str, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let block = panel(theme, format!(" {} ", t!("lock-held-title")), true);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut doc = Doc::new(inner.width.saturating_sub(1), theme);
    doc.blank().styled(message, theme.warning());
    frame.render_widget(Paragraph::new(doc.into_lines()), inner);
}

impl super::draw::Draw for WorkshopState {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        if let Some(o) = &app.open {
            render(app, self, o, frame, area);
        }
    }
}

impl super::draw::Draw for crate::tui::screens::LockHeld {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render_lock_held(app, &self.message, frame, area);
    }
}
