//! The reference library screens: section tabs, the entry list, and the details of the focused entry.

use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::content::Pack;
use crate::display;
use crate::tui::app::App;
use crate::tui::doc::Doc;
use crate::tui::reference::{self, Entry, EntryKey, MatrixMode, RefState, Section};
use crate::tui::theme::Theme;

use super::reference_about::{
    about_detail, example_bullets, example_legend, project_bullets, source_line,
};

pub fn render(app: &App, state: &RefState, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let show_search = state.searching || !state.query.is_empty();
    let [tabs, search, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(show_search)),
        Constraint::Min(1),
    ])
    .areas(area);

    render_tabs(state, theme, frame, tabs);
    if show_search {
        render_search(state, theme, frame, search);
    }

    // Output-first entries are sentences: give them half the width so they can be told apart.
    let list_w = if state.section == Section::Matrix && state.matrix_mode == MatrixMode::OutputFirst
    {
        body.width / 2
    } else {
        (body.width / 3).clamp(20, 40)
    };
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Min(10)]).areas(body);

    let entries = reference::entries(&app.content, state);
    render_list(&entries, state, theme, frame, list_area);

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            entries
                .get(state.cursor)
                .map(|e| {
                    format!(
                        " {} ",
                        display::truncate(
                            &e.label,
                            usize::from(detail_area.width.saturating_sub(4))
                        )
                    )
                })
                .unwrap_or_default(),
            theme.title(),
        ));
    let inner = block.inner(detail_area);
    frame.render_widget(block, detail_area);
    let lines = match entries.get(state.cursor) {
        Some(entry) => detail(
            &app.content,
            &entry.key,
            inner.width.saturating_sub(1),
            theme,
        ),
        None => {
            let mut doc = Doc::new(inner.width, theme);
            doc.muted(&t!("ref-no-match"));
            doc.into_lines()
        }
    };
    super::scroll::scrolled(frame, inner, lines, state.scroll);
}

/// The section tabs along the top.
/// The tabs are padded when they all fit that way, and set closer together when they do not.
fn render_tabs(state: &RefState, theme: Theme, frame: &mut Frame, area: Rect) {
    let titles: Vec<String> = Section::ALL.iter().map(|s| s.title()).collect();
    let padded: usize = 1 + titles.iter().map(|t| display::width(t) + 3).sum::<usize>();
    let (pad, gap) = if padded <= usize::from(area.width) {
        (" ", " ")
    } else {
        ("", " ")
    };
    let mut spans = vec![Span::raw(" ")];
    for (section, title) in Section::ALL.iter().zip(&titles) {
        let style = if *section == state.section {
            theme.focus()
        } else {
            theme.muted()
        };
        spans.push(Span::styled(format!("{pad}{title}{pad}"), style));
        spans.push(Span::raw(gap));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The search line, while searching or filtered.
fn render_search(state: &RefState, theme: Theme, frame: &mut Frame, area: Rect) {
    let cursor = if state.searching { "▏" } else { "" };
    let line = Line::from(vec![
        Span::styled(
            format!(" {} ", t!("doc-label", label = t!("ref-search"))),
            theme.key(),
        ),
        Span::raw(display::one_line(&state.query)),
        Span::styled(cursor, theme.focus_border()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

fn render_list(entries: &[Entry], state: &RefState, theme: Theme, frame: &mut Frame, area: Rect) {
    let height = usize::from(area.height);
    let width = usize::from(area.width.saturating_sub(1));
    let offset = state.cursor.saturating_sub(height.saturating_sub(1));
    let lines: Vec<Line> = entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, e)| {
            let indent = if e.indent { "   " } else { " " };
            let text = display::fit(&format!("{indent}{}", display::one_line(&e.label)), width);
            if i == state.cursor {
                Line::styled(text, theme.focus())
            } else if e.indent {
                Line::styled(text, theme.text())
            } else {
                Line::styled(
                    text,
                    theme
                        .selected()
                        .remove_modifier(ratatui::style::Modifier::UNDERLINED),
                )
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The details of one entry, wrapped to `width`.
pub fn detail(pack: &Pack, key: &EntryKey, width: u16, theme: Theme) -> Vec<Line<'static>> {
    let mut doc = Doc::new(width, theme);
    match key {
        EntryKey::Step(id) => step_detail(pack, id, &mut doc),
        EntryKey::Substep(id) => substep_detail(pack, id, &mut doc),
        EntryKey::Principle(id) => principle_detail(pack, id, theme, &mut doc),
        EntryKey::Category(id) => category_detail(pack, id, theme, &mut doc),
        EntryKey::Row(id) => row_detail(pack, id, theme, &mut doc),
        EntryKey::Output(id) => output_detail(pack, id, theme, &mut doc),
        EntryKey::Term(id) => term_detail(pack, id, &mut doc),
        EntryKey::SharingGroup(id) => sharing_group_detail(pack, id, &mut doc),
        EntryKey::Competency(id) => competency_detail(pack, id, &mut doc),
        EntryKey::About(part) => about_detail(pack, *part, theme, &mut doc),
    }
    doc.into_lines()
}

fn step_detail(pack: &Pack, id: &str, doc: &mut Doc) {
    if let Some(step) = pack.step(id) {
        doc.heading(&t!(
            "ref-step-heading",
            number = step.number,
            title = step.title.as_str()
        ));
        doc.para(&step.summary).blank();
        doc.guidance(&pack.process.rule).blank();
        for sub in &step.substeps {
            doc.bullet(&format!("{} — {}", sub.title, sub.summary));
        }
        doc.blank().muted(&source_line(pack, &step.source));
    }
}

fn substep_detail(pack: &Pack, id: &str, doc: &mut Doc) {
    if let Some((step, sub)) = pack.substep(id) {
        doc.muted(&t!(
            "ref-step-heading",
            number = step.number,
            title = step.title.as_str()
        ));
        doc.heading(&sub.title);
        doc.para(&sub.summary).blank();
        doc.labelled(&t!("ref-purpose"), &sub.purpose).blank();
        doc.heading(&t!("ref-prompts"));
        for p in &sub.prompts {
            doc.bullet(&p.question);
            doc.muted(&format!("  {}", p.hint));
        }
        doc.blank().heading(&t!("ref-outputs"));
        for o in &sub.outputs {
            doc.bullet(o);
        }
        doc.blank().heading(&t!(
            "ref-facilitator-minutes",
            minutes = sub.facilitator.minutes
        ));
        for n in &sub.facilitator.notes {
            doc.bullet(n);
        }
        if !sub.matrix.is_empty() {
            doc.blank().heading(&t!("ref-related-matrix"));
            for line in pack.related_matrix(sub) {
                doc.bullet(&line);
            }
        }
        if !sub.glossary.is_empty() {
            let terms: Vec<&str> = sub
                .glossary
                .iter()
                .filter_map(|g| pack.term(g))
                .map(|t| t.term.as_str())
                .collect();
            doc.blank().labelled(&t!("ref-glossary"), &terms.join(", "));
        }
        doc.blank().muted(&source_line(pack, &sub.source));
    }
}

fn principle_detail(pack: &Pack, id: &str, theme: Theme, doc: &mut Doc) {
    if let Some(p) = pack.principle(id) {
        doc.heading(&format!("{}. {}", p.number, p.name));
        doc.guidance(&p.summary).blank();
        doc.para(&p.explanation).blank();
        doc.heading(&t!("ref-guiding-questions"));
        for q in &p.questions {
            doc.bullet(q);
        }
        doc.blank().heading(&t!("ref-in-action"));
        doc.muted(&pack.principles.in_action.note).blank();
        for step in &pack.process.steps {
            doc.styled(
                &t!(
                    "ref-step-heading",
                    number = step.number,
                    title = step.title.as_str()
                ),
                theme.selected(),
            );
            for prompt in pack.in_action(&step.id, &p.id, None) {
                doc.bullet(prompt);
            }
            for item in pack
                .principles
                .in_action
                .items
                .iter()
                .filter(|i| i.step == step.id && i.principle == p.id && i.substep.is_some())
            {
                let sub_title = item
                    .substep
                    .as_deref()
                    .and_then(|s| pack.substep(s))
                    .map(|(_, s)| s.title.as_str())
                    .unwrap_or_default();
                for prompt in &item.prompts {
                    doc.bullet(&t!(
                        "doc-label-value",
                        label = sub_title,
                        value = prompt.as_str()
                    ));
                }
            }
            doc.blank();
        }
        doc.muted(&source_line(pack, &p.source));
    }
}

fn category_detail(pack: &Pack, id: &str, theme: Theme, doc: &mut Doc) {
    if let Some(c) = pack.category(id) {
        doc.heading(&format!("{}. {}", c.number, c.name));
        example_legend(doc);
        doc.blank();
        for row in &pack.matrix.rows {
            let title = if row.fixed {
                t!("ref-row-fixed", title = row.title.as_str())
            } else {
                row.title.clone()
            };
            doc.styled(&title, theme.selected());
            category_row(pack, c, &row.id, doc);
            doc.blank();
        }
        doc.muted(&source_line(pack, &c.source));
    }
}

fn row_detail(pack: &Pack, id: &str, theme: Theme, doc: &mut Doc) {
    if let Some(row) = pack.row(id) {
        doc.heading(&row.title);
        doc.guidance(&if row.fixed {
            t!("ref-fixed-row")
        } else {
            t!("ref-adaptable-row")
        });
        doc.para(&row.explanation);
        if !row.fixed || row.id == "output" {
            example_legend(doc);
        }
        doc.blank();
        for c in &pack.matrix.categories {
            doc.styled(&format!("{}. {}", c.number, c.name), theme.selected());
            category_row(pack, c, &row.id, doc);
            doc.blank();
        }
        doc.muted(&source_line(pack, &row.source));
    }
}

fn output_detail(pack: &Pack, id: &str, theme: Theme, doc: &mut Doc) {
    if let Some((c, item)) = pack.output_item(id) {
        doc.heading(&item.text);
        doc.blank();
        doc.labelled(&t!("ref-produced-by"), &format!("{}. {}", c.number, c.name));
        doc.guidance(&c.definition).blank();
        doc.styled(
            &pack
                .row("methods")
                .map(|r| r.title.as_str())
                .map_or_else(|| t!("ref-fallback-methods"), str::to_string),
            theme.selected(),
        );
        example_bullets(&c.methods, doc);
        doc.blank();
        doc.styled(
            &pack
                .row("specific-examples")
                .map(|r| r.title.as_str())
                .map_or_else(|| t!("ref-fallback-specific-examples"), str::to_string),
            theme.selected(),
        );
        example_bullets(&c.specific_examples, doc);
        doc.blank();
        doc.styled(
            &pack
                .row("sources")
                .map(|r| r.title.as_str())
                .map_or_else(|| t!("ref-fallback-sources"), str::to_string),
            theme.selected(),
        );
        example_bullets(&c.sources, doc);
        doc.blank();
        doc.styled(&t!("ref-decision-data"), theme.selected());
        project_bullets(
            c.output_examples
                .decision_data
                .iter()
                .map(|m| m.text.as_str()),
            doc,
        );
        doc.blank().muted(&source_line(pack, &c.source));
        doc.muted(&source_line(pack, &c.output_examples.source));
    }
}

fn term_detail(pack: &Pack, id: &str, doc: &mut Doc) {
    if let Some(term) = pack.term(id) {
        doc.heading(&term.term);
        if let Some(exp) = &term.expansion {
            doc.guidance(exp);
        }
        if let Some(english) = &term.english {
            doc.labelled(&t!("ref-term-english"), english);
        }
        doc.blank().para(&term.definition);
        if !term.see.is_empty() {
            let see: Vec<&str> = term
                .see
                .iter()
                .filter_map(|s| pack.term(s))
                .map(|t| t.term.as_str())
                .collect();
            doc.blank().labelled(&t!("ref-see-also"), &see.join(", "));
        }
        doc.blank().muted(&source_line(pack, &term.source));
    }
}

fn sharing_group_detail(pack: &Pack, id: &str, doc: &mut Doc) {
    if let Some(g) = pack.data_sharing.groups.iter().find(|g| g.id == id) {
        doc.heading(&g.title);
        doc.guidance(&g.summary).blank();
        for item in &g.items {
            doc.checkbox(&item.text);
        }
        doc.blank().muted(&source_line(pack, &g.source));
    }
}

fn competency_detail(pack: &Pack, id: &str, doc: &mut Doc) {
    if let Some(c) = pack.competencies.competencies.iter().find(|c| c.id == id) {
        doc.heading(&c.area.label());
        doc.para(&c.text).blank();
        doc.muted(&pack.competencies.intro).blank();
        doc.muted(&source_line(pack, &c.source));
    }
}

fn category_row(pack: &Pack, c: &crate::content::Category, row: &str, doc: &mut Doc) {
    match row {
        "definition" => {
            doc.para(&c.definition);
            doc.muted(&source_line(pack, &c.definition_source));
        }
        "output" => {
            doc.para(&c.output.summary);
            for item in &c.output.items {
                doc.bullet(&item.text);
            }
            doc.muted(&source_line(pack, &c.source));
            doc.guidance(&t!("ref-output-examples"));
            doc.heading(&t!("doc-label", label = t!("ref-decision-data")));
            for d in &c.output_examples.decision_data {
                doc.bullet(&d.text);
            }
            doc.heading(&t!("doc-label", label = t!("ref-unit-of-analysis")));
            for u in &c.output_examples.unit_of_analysis {
                doc.bullet(u);
            }
        }
        "shared-data" => {
            doc.heading(&t!("doc-label", label = t!("ref-shared-broadly")));
            example_bullets(&c.shared_data.broadly, doc);
            doc.heading(&t!("doc-label", label = t!("ref-shared-restricted")));
            example_bullets(&c.shared_data.restricted, doc);
        }
        other => {
            example_bullets(pack.row_examples(c, other), doc);
        }
    }
}

impl super::draw::Draw for RefState {
    fn draw(&self, app: &App, frame: &mut Frame, area: Rect) {
        render(app, self, frame, area);
    }
}
