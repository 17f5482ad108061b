//! The operation's Matrix: the eight categories with the systems mapped into each, the gaps and the
//! possible duplication.

use crate::content::{Category, Pack};
use crate::session::LandscapeEntry;

/// One category and the systems mapped into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column<'a> {
    pub category: &'a Category,
    /// Every entry of this category, in register order.
    pub entries: Vec<&'a LandscapeEntry>,
}

impl<'a> Column<'a> {
    /// How many of its systems run (active or paused).
    pub fn running(&self) -> usize {
        self.entries.iter().filter(|e| e.is_running()).count()
    }

    /// Its running systems in an area (`None`: anywhere in the operation).
    pub fn running_in<'s>(
        &'s self,
        area: Option<&'s str>,
    ) -> impl Iterator<Item = &'a LandscapeEntry> + 's {
        self.entries
            .iter()
            .copied()
            .filter(move |e| e.is_running() && area.is_none_or(|a| e.covers(a)))
    }
}

/// How a system's category reads: its name, the id when the pack does not know it, "not placed" when
/// there is none.
pub fn category_label(pack: &Pack, id: &str) -> String {
    if id.is_empty() {
        return crate::t!("landscape-not-placed");
    }
    pack.category(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

/// A category with no running system in an area (or, when no entry names an area, in the operation:
/// `area` is then empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub category: String,
    pub area: String,
}

/// Several running systems producing the same Matrix output in the same area.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate<'a> {
    /// The output item (or decision data) id.
    pub output: String,
    pub area: String,
    pub entries: Vec<&'a LandscapeEntry>,
}

/// The landscape register read on the Matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationMatrix<'a> {
    /// Every area named in the register, in first-seen order (spelling of the first mention).
    pub areas: Vec<String>,
    /// One column per Matrix category, in Matrix order.
    pub columns: Vec<Column<'a>>,
    /// Entries with no category, or one this pack does not know.
    pub unplaced: Vec<&'a LandscapeEntry>,
    pub gaps: Vec<Gap>,
    pub duplicates: Vec<Duplicate<'a>>,
}

fn key(area: &str) -> String {
    area.trim().to_lowercase()
}

/// Reads the register on the pack's Matrix.
pub fn operation_matrix<'a>(
    pack: &'a Pack,
    landscape: &'a [LandscapeEntry],
) -> OperationMatrix<'a> {
    let areas = named_areas(landscape);
    let columns: Vec<Column<'a>> = pack
        .matrix
        .categories
        .iter()
        .map(|category| Column {
            category,
            entries: landscape
                .iter()
                .filter(|e| e.category == category.id)
                .collect(),
        })
        .collect();
    let unplaced = landscape
        .iter()
        .filter(|e| pack.category(&e.category).is_none())
        .collect();
    let gaps = gaps(&columns, &areas);
    let duplicates = areas
        .iter()
        .flat_map(|area| duplicates_in(landscape, area))
        .collect();
    OperationMatrix {
        areas,
        columns,
        unplaced,
        gaps,
        duplicates,
    }
}

/// Every area named in the register, in first-seen order (spelling of the first mention).
fn named_areas(landscape: &[LandscapeEntry]) -> Vec<String> {
    let mut areas: Vec<String> = Vec::new();
    for e in landscape {
        for a in &e.areas {
            let a = a.trim();
            if !a.is_empty() && !areas.iter().any(|x| key(x) == key(a)) {
                areas.push(a.to_string());
            }
        }
    }
    areas
}

/// The categories with no running system in an area; with no area named, in the operation.
fn gaps(columns: &[Column<'_>], areas: &[String]) -> Vec<Gap> {
    let mut gaps = Vec::new();
    for col in columns {
        if areas.is_empty() {
            if col.running() == 0 {
                gaps.push(Gap {
                    category: col.category.id.clone(),
                    area: String::new(),
                });
            }
            continue;
        }
        for area in areas {
            if col.running_in(Some(area)).next().is_none() {
                gaps.push(Gap {
                    category: col.category.id.clone(),
                    area: area.clone(),
                });
            }
        }
    }
    gaps
}

/// The outputs that several running systems produce in one area, in the order they first appear.
fn duplicates_in<'a>(landscape: &'a [LandscapeEntry], area: &str) -> Vec<Duplicate<'a>> {
    let here: Vec<&LandscapeEntry> = landscape
        .iter()
        .filter(|e| e.is_running() && e.covers(area))
        .collect();
    let mut outputs: Vec<&str> = Vec::new();
    for e in &here {
        for o in &e.outputs {
            if !outputs.contains(&o.as_str()) {
                outputs.push(o);
            }
        }
    }
    let mut duplicates = Vec::new();
    for output in outputs {
        let entries: Vec<&LandscapeEntry> = here
            .iter()
            .copied()
            .filter(|e| e.outputs.iter().any(|o| o == output))
            .collect();
        if entries.len() > 1 {
            duplicates.push(Duplicate {
                output: output.to_string(),
                area: area.to_string(),
                entries,
            });
        }
    }
    duplicates
}

impl OperationMatrix<'_> {
    /// The areas to draw as columns: every area named in the register, or one column for the whole
    /// operation (`None`) when no entry names an area.
    pub fn area_columns(&self) -> Vec<Option<&str>> {
        if self.areas.is_empty() {
            vec![None]
        } else {
            self.areas.iter().map(|a| Some(a.as_str())).collect()
        }
    }

    /// Whether a system of `category` is among several giving the same output in `area`.
    pub fn is_duplicated(&self, category: &str, area: &str) -> bool {
        self.duplicates
            .iter()
            .any(|d| d.area == area && d.entries.iter().any(|e| e.category == category))
    }

    /// The areas where a category has no running system.
    pub fn gap_areas(&self, category: &str) -> Vec<&str> {
        self.gaps
            .iter()
            .filter(|g| g.category == category)
            .map(|g| g.area.as_str())
            .collect()
    }

    /// Whether a category has no running system anywhere in the register.
    pub fn is_empty_category(&self, category: &str) -> bool {
        self.columns
            .iter()
            .find(|c| c.category.id == category)
            .is_none_or(|c| c.running() == 0)
    }
}
