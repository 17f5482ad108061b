//! The landscape register in the reports: as text (the `show` summary and the review screen), as
//! Markdown and as HTML, where the operation's Matrix is drawn as a picture (categories down, areas
//! across, each cell naming the running systems, gaps shaded, possible duplication outlined).
//! Nothing is written for a session without a register.
//!
//! This part gathers what the formats show ([`LandscapeView`]) and writes it through the report's
//! writer ([`ReportWriter::landscape`]): by default the register, the Matrix and possible
//! duplication ([`plain`]); HTML draws its own picture.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::landscape::{OperationMatrix, category_label, operation_matrix};
use crate::session::{LandscapeEntry, Session};

use super::report::Report;
use super::text::TextWriter;
use super::writer::{
    self, Cell, Detail, Layout, List, ReportWriter, Span, Table, Tone, cell, headers, word,
};

/// One system of the register with what the reports say about it (raw text).
#[derive(Debug, Clone)]
pub struct System<'a> {
    /// The entry.
    pub entry: &'a LandscapeEntry,
    /// Its category's name.
    pub category: String,
    /// Category, sub-category, status, areas, frequency, last update, reliability, sharing, contact.
    pub facts: Vec<String>,
    /// The outputs it produces, by name.
    pub outputs: Vec<String>,
}

/// The register and the operation's Matrix, ready to write.
#[derive(Debug, Clone)]
pub struct LandscapeView<'a> {
    /// The systems in register order.
    pub systems: Vec<System<'a>>,
    /// The operation's Matrix.
    pub matrix: OperationMatrix<'a>,
    /// "Category: areas" for each category with gaps.
    pub gaps: Vec<String>,
    /// "Output in area: systems" for each possible duplication.
    pub duplication: Vec<String>,
}

impl<'a> LandscapeView<'a> {
    /// What the reports show of the session's register.
    pub fn new(s: &'a Session, pack: &'a Pack) -> Self {
        let matrix = operation_matrix(pack, &s.landscape);
        LandscapeView {
            systems: s
                .landscape
                .iter()
                .map(|e| System {
                    entry: e,
                    category: category_label(pack, &e.category),
                    facts: facts(pack, e),
                    outputs: outputs(pack, e),
                })
                .collect(),
            gaps: gap_lines(pack, &matrix),
            duplication: duplication_lines(pack, &matrix),
            matrix,
        }
    }
}

/// Whether the session has a register (the section is left out without one).
pub fn shown(r: &Report<'_>) -> bool {
    !r.session.landscape.is_empty()
}

/// The landscape section of the report.
pub fn write(r: &Report<'_>, w: &mut dyn ReportWriter) {
    w.landscape(&LandscapeView::new(r.session, r.pack));
}

/// The register and the operation's Matrix as plain text (empty without a register).
pub fn text(s: &Session, pack: &Pack) -> String {
    if s.landscape.is_empty() {
        return String::new();
    }
    // The register does not depend on the date.
    let r = Report {
        session: s,
        pack,
        today: NaiveDate::default(),
    };
    let mut w = TextWriter::default();
    write(&r, &mut w);
    w.finish()
}

/// The default layout: the register (a record per system, or a table), the Matrix, then possible
/// duplication.
pub fn plain<W: ReportWriter + ?Sized>(w: &mut W, view: &LandscapeView<'_>) {
    w.heading(
        2,
        &[word(format!("Landscape register ({})", view.systems.len()))],
    );
    if w.layout() == Layout::Lines {
        for s in &view.systems {
            w.record(&system_head(s), &system_details(s));
        }
    } else {
        w.table(&register_table(view));
    }
    w.matrix(view);
    if !view.duplication.is_empty() {
        w.paragraph(
            &[
                Span::Strong(vec![word("Possible duplication")]),
                word(" (same output, same area):"),
            ],
            Tone::Plain,
        );
        let items = view.duplication.iter().map(|d| vec![writer::text(d)]);
        w.list(&List::new("  ! ", items.collect()));
    }
}

fn system_head<'a>(s: &System<'a>) -> Vec<Span<'a>> {
    let e = s.entry;
    vec![
        writer::text(&e.id),
        word(" "),
        writer::text(&e.name),
        word(" — "),
        writer::text(&e.organisation),
    ]
}

fn system_details<'a>(s: &System<'a>) -> Vec<Detail<'a>> {
    let e = s.entry;
    let line = |label: &str, value: String| {
        Detail::Line(4, vec![word(label.to_string()), writer::text(value)])
    };
    let mut out = vec![line("", s.facts.join(" · "))];
    if !s.outputs.is_empty() {
        out.push(line("produces: ", s.outputs.join("; ")));
    }
    for (label, value) in [
        ("", &e.outputs_note),
        ("shares: ", &e.shared_what),
        ("diagnosis: ", &e.diagnosis),
    ] {
        if !value.is_empty() {
            out.push(line(label, value.clone()));
        }
    }
    if !e.sharing_in_place.is_empty() {
        out.push(Detail::Line(
            4,
            vec![word(format!(
                "sharing solutions in place: {}",
                e.sharing_in_place.len()
            ))],
        ));
    }
    out
}

fn register_table<'a>(view: &LandscapeView<'a>) -> Table<'a> {
    let rows = view.systems.iter().map(|s| {
        let x = s.entry;
        [
            format!("{} {}", x.id, x.name),
            x.organisation.clone(),
            s.category.clone(),
            x.areas.join(", "),
            x.status.label().to_string(),
            x.last_update
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            x.reliability.label().to_string(),
            x.shared_with.label().to_string(),
        ]
        .into_iter()
        .map(cell)
        .collect()
    });
    let names = [
        "System",
        "Organisation",
        "Category",
        "Areas",
        "Status",
        "Last update",
        "Reliability",
        "Shared with",
    ];
    Table::new("register", headers(&names), rows)
}

/// The Matrix as a table naming the running systems in each cell (the default of
/// [`ReportWriter::matrix`]).
pub fn plain_matrix<W: ReportWriter + ?Sized>(w: &mut W, view: &LandscapeView<'_>) {
    let m = &view.matrix;
    w.heading(3, &[word("The operation's Matrix")]);
    let areas = m.area_columns();
    let mut head = vec![(vec![word("Category")], 0)];
    head.extend(
        areas
            .iter()
            .map(|a| (vec![writer::text(a.unwrap_or("All areas"))], 0)),
    );
    let rows = m.columns.iter().map(|col| {
        let category = format!("{} {}", col.category.number, col.category.name);
        let mut row = vec![cell(category)];
        row.extend(areas.iter().map(|a| {
            let ids: Vec<&str> = col.running_in(*a).map(|x| x.id.as_str()).collect();
            if ids.is_empty() {
                Cell::Line(vec![word("gap")])
            } else {
                cell(ids.join(", "))
            }
        }));
        row
    });
    w.table(&Table::new("opmatrix", head, rows));
}

fn facts(pack: &Pack, e: &LandscapeEntry) -> Vec<String> {
    let mut f = vec![category_label(pack, &e.category)];
    if !e.sub_category.is_empty() {
        f.push(e.sub_category.clone());
    }
    f.push(e.status.label().to_string());
    if !e.areas.is_empty() {
        f.push(e.areas.join(", "));
    }
    if !e.frequency.is_empty() {
        f.push(e.frequency.clone());
    }
    if let Some(d) = e.last_update {
        f.push(format!("updated {}", d.format("%Y-%m-%d")));
    }
    f.push(format!("reliability {}", e.reliability.label()));
    f.push(format!("shared: {}", e.shared_with.label()));
    if !e.contact_role.is_empty() {
        f.push(format!("contact: {}", e.contact_role));
    }
    f
}

fn outputs(pack: &Pack, e: &LandscapeEntry) -> Vec<String> {
    e.outputs
        .iter()
        .map(|o| {
            pack.needed_output(o)
                .map_or_else(|| o.clone(), |(_, i)| i.text.clone())
        })
        .collect()
}

fn duplication_lines(pack: &Pack, m: &OperationMatrix<'_>) -> Vec<String> {
    m.duplicates
        .iter()
        .map(|d| {
            let output = pack
                .needed_output(&d.output)
                .map_or_else(|| d.output.clone(), |(_, i)| i.text.clone());
            let names: Vec<String> = d.entries.iter().map(|e| e.name.clone()).collect();
            format!("{} in {}: {}", output, d.area, names.join(", "))
        })
        .collect()
}

fn gap_lines(pack: &Pack, m: &OperationMatrix<'_>) -> Vec<String> {
    m.columns
        .iter()
        .filter_map(|c| {
            let areas = m.gap_areas(&c.category.id);
            if areas.is_empty() {
                None
            } else if areas.iter().all(|a| a.is_empty()) {
                Some(format!(
                    "{}: no running system",
                    category_label(pack, &c.category.id)
                ))
            } else {
                Some(format!("{}: {}", c.category.name, areas.join(", ")))
            }
        })
        .collect()
}
