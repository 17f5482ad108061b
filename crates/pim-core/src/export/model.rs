//! What a report is written from, gathered before any format sees it: the session, pack and day a
//! report is made of ([`Report`]) and what the landscape section shows of the register
//! ([`LandscapeView`]). Plain data that writes nothing, so that the writer trait
//! ([`super::writer`]), the report walk ([`super::report`]) and every format can name it without
//! depending on one another.

use chrono::NaiveDate;

use crate::content::Pack;
use crate::landscape::{OperationMatrix, category_label, operation_matrix};
use crate::session::{LandscapeEntry, Session};
use crate::t;

/// What a report is made of: the session, the pack it is read with and the day it is made on (for
/// overdue actions).
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The session.
    pub session: &'a Session,
    /// The content pack.
    pub pack: &'a Pack,
    /// The date the report is made for.
    pub today: NaiveDate,
}

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

fn facts(pack: &Pack, e: &LandscapeEntry) -> Vec<String> {
    let mut f = vec![category_label(pack, &e.category)];
    if !e.sub_category.is_empty() {
        f.push(e.sub_category.clone());
    }
    f.push(e.status.label());
    if !e.areas.is_empty() {
        f.push(e.areas.join(", "));
    }
    if !e.frequency.is_empty() {
        f.push(e.frequency.clone());
    }
    if let Some(d) = e.last_update {
        f.push(t!(
            "report-fact-updated",
            date = d.format("%Y-%m-%d").to_string()
        ));
    }
    f.push(t!(
        "report-fact-reliability",
        reliability = e.reliability.label()
    ));
    f.push(t!("report-fact-shared", shared = e.shared_with.label()));
    if !e.contact_role.is_empty() {
        f.push(t!("report-fact-contact", role = e.contact_role.as_str()));
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
            t!(
                "report-duplication-line",
                output = output,
                area = d.area.as_str(),
                systems = names.join(", ")
            )
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
                Some(t!(
                    "report-gap-nowhere",
                    category = category_label(pack, &c.category.id)
                ))
            } else {
                Some(format!("{}: {}", c.category.name, areas.join(", ")))
            }
        })
        .collect()
}
