//! Output-first matching: the outputs a team needs, the Matrix categories that produce them, what was
//! requested, and which of those categories already run in the landscape register. Everything here is
//! read from the content pack and the session; no category or tool is named in the code.

use crate::content::{Category, OutputItem, Pack, RequestKind};
use crate::session::LandscapeEntry;

/// One category's share of the needed outputs.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryShare<'a> {
    pub category: &'a Category,
    /// The needed outputs this category produces, in the order they were picked.
    pub outputs: Vec<&'a OutputItem>,
    /// Whether the request points to this category.
    pub requested: bool,
    /// Systems of this category in the landscape register that run (in the scoped areas when any are
    /// given).
    pub running: Vec<&'a LandscapeEntry>,
}

/// The needed outputs read against the request and the landscape.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputMatch<'a> {
    /// What was requested, when the team said.
    pub request: Option<&'a RequestKind>,
    /// How many needed outputs the pack knows.
    pub needed: usize,
    /// Picked ids the pack does not know (a session from another pack version).
    pub unknown: Vec<String>,
    /// Categories producing needed outputs, the most first (Matrix order on ties).
    pub shares: Vec<CategoryShare<'a>>,
    /// The areas the request covers (empty: the whole operation).
    pub areas: Vec<String>,
}

/// How the request compares with the needed outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Nothing picked yet.
    NothingNeeded,
    /// No request kind recorded, or one that names no category (a survey, something else).
    Open,
    /// Every needed output comes from a requested category.
    Fits,
    /// Some do.
    Partly,
    /// None do.
    Differs,
}

/// Reads `needed` output ids against the request kind and the landscape register.
pub fn match_outputs<'a>(
    pack: &'a Pack,
    needed: &[String],
    request: Option<&str>,
    landscape: &'a [LandscapeEntry],
    areas: &[String],
) -> OutputMatch<'a> {
    let request = request.and_then(|id| pack.request_kind(id));
    let mut unknown = Vec::new();
    let mut shares: Vec<CategoryShare<'a>> = Vec::new();
    let mut seen = Vec::new();
    for id in needed {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let Some((category, item)) = pack.needed_output(id) else {
            unknown.push(id.clone());
            continue;
        };
        match shares.iter_mut().find(|s| s.category.id == category.id) {
            Some(share) => share.outputs.push(item),
            None => shares.push(CategoryShare {
                category,
                outputs: vec![item],
                requested: request.is_some_and(|r| r.categories.contains(&category.id)),
                running: landscape
                    .iter()
                    .filter(|e| {
                        e.category == category.id
                            && e.is_running()
                            && (areas.is_empty() || areas.iter().any(|a| e.covers(a)))
                    })
                    .collect(),
            }),
        }
    }
    shares.sort_by_key(|s| (std::cmp::Reverse(s.outputs.len()), s.category.number));
    OutputMatch {
        request,
        needed: shares.iter().map(|s| s.outputs.len()).sum(),
        unknown,
        shares,
        areas: areas
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
    }
}

impl OutputMatch<'_> {
    /// How many needed outputs come from a requested category.
    pub fn from_requested(&self) -> usize {
        self.shares
            .iter()
            .filter(|s| s.requested)
            .map(|s| s.outputs.len())
            .sum()
    }

    pub fn fit(&self) -> Fit {
        if self.needed == 0 {
            return Fit::NothingNeeded;
        }
        match self.request {
            Some(r) if !r.categories.is_empty() => match self.from_requested() {
                n if n == self.needed => Fit::Fits,
                0 => Fit::Differs,
                _ => Fit::Partly,
            },
            _ => Fit::Open,
        }
    }

    /// The comparison in plain words, one sentence per line: what was requested, where the needed
    /// outputs come from and what already runs, and the conclusion.
    pub fn sentences(&self, pack: &Pack) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(r) = self.request {
            out.push(request_sentence(pack, r));
        }
        if self.needed == 0 {
            out.push(
                "No needed outputs picked yet: pick them from the Matrix to see which categories produce them."
                    .into(),
            );
            return out;
        }
        out.extend(self.shares.iter().map(|share| self.share_sentence(share)));
        out.extend(self.fit_sentence(pack));
        out.extend(self.existing_sentence());
        if !self.unknown.is_empty() {
            out.push(format!(
                "{} picked output(s) are not in this content pack and were left out: {}.",
                self.unknown.len(),
                self.unknown.join(", ")
            ));
        }
        out
    }

    /// "in the operation", or "in" the areas the request covers.
    fn where_(&self) -> String {
        if self.areas.is_empty() {
            "in the operation".to_string()
        } else {
            format!("in {}", join_and(&self.areas))
        }
    }

    /// Where one category's share of the needed outputs comes from, and what of it already runs.
    fn share_sentence(&self, share: &CategoryShare<'_>) -> String {
        let where_ = self.where_();
        let n = share.outputs.len();
        let mut s = if n == self.needed {
            format!(
                "All {} of your needed outputs come from {}",
                self.needed, share.category.name
            )
        } else {
            format!(
                "{n} of your {} needed outputs {} from {}",
                self.needed,
                if n == 1 { "comes" } else { "come" },
                share.category.name
            )
        };
        if share.requested {
            s.push_str(" (the category requested)");
        }
        if share.running.is_empty() {
            s.push_str(&format!(
                "; the landscape register lists no running system of this kind {where_}."
            ));
            return s;
        }
        let systems: Vec<String> = share.running.iter().map(|e| system_name(e)).collect();
        let (covered, missing): (Vec<String>, Vec<String>) = self
            .areas
            .iter()
            .cloned()
            .partition(|a| share.running.iter().any(|e| e.covers(a)));
        let place = if missing.is_empty() {
            if self.areas.len() > 1 {
                "in every area covered".to_string()
            } else {
                where_
            }
        } else {
            format!("in {} (not in {})", join_and(&covered), join_and(&missing))
        };
        s.push_str(&format!(
            ", which already runs {place}: {}.",
            join_and(&systems)
        ));
        s
    }

    /// The conclusion: how the request fits the needed outputs (none when nothing tells).
    fn fit_sentence(&self, pack: &Pack) -> Option<String> {
        let requested_names = self
            .request
            .map(|r| join_or(&names(pack, &r.categories)))
            .unwrap_or_default();
        let others: Vec<String> = self
            .shares
            .iter()
            .filter(|s| !s.requested)
            .map(|s| s.category.name.clone())
            .collect();
        match self.fit() {
            Fit::Fits => Some(format!(
                "The request fits: every needed output comes from {requested_names}."
            )),
            Fit::Partly => Some(format!(
                "The request covers {} of the {} needed outputs; the rest come from {}.",
                self.from_requested(),
                self.needed,
                join_and(&others)
            )),
            Fit::Differs => Some(format!(
                "None of the needed outputs come from {requested_names}: the exercise as requested would not give what is needed; {} would.",
                join_and(&others)
            )),
            Fit::Open => self
                .shares
                .first()
                .map(|top| format!("The needed outputs point first to {}.", top.category.name)),
            Fit::NothingNeeded => None,
        }
    }

    /// How many needed outputs may already exist, and whom to ask (none when nothing runs).
    fn existing_sentence(&self) -> Option<String> {
        let existing: usize = self
            .shares
            .iter()
            .filter(|s| !s.running.is_empty())
            .map(|s| s.outputs.len())
            .sum();
        if existing == 0 {
            return None;
        }
        let mut orgs: Vec<String> = Vec::new();
        for e in self.shares.iter().flat_map(|s| &s.running) {
            let org = if e.organisation.trim().is_empty() {
                e.name.trim().to_string()
            } else {
                e.organisation.trim().to_string()
            };
            if !orgs.contains(&org) {
                orgs.push(org);
            }
        }
        Some(format!(
            "{existing} of the {} needed outputs may already exist: ask {} before collecting anything new.",
            self.needed,
            join_and(&orgs)
        ))
    }
}

/// What was requested, and where it sits in the Matrix.
fn request_sentence(pack: &Pack, r: &RequestKind) -> String {
    let cats = names(pack, &r.categories);
    if cats.is_empty() {
        format!("Requested: {}. {}", lower_first(&r.label), r.note)
    } else {
        format!(
            "Requested: {}. In the Matrix that is {}.",
            lower_first(&r.label),
            join_or(&cats)
        )
    }
}

fn system_name(e: &LandscapeEntry) -> String {
    match (e.name.trim(), e.organisation.trim()) {
        ("", "") => e.id.clone(),
        (name, "") => name.to_string(),
        ("", org) => org.to_string(),
        (name, org) => format!("{name} ({org})"),
    }
}

fn names(pack: &Pack, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            pack.category(id)
                .map_or_else(|| id.clone(), |c| c.name.clone())
        })
        .collect()
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn join_with(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{} {last} {tail}", init.join(", ")),
    }
}

/// "a, b and c".
pub fn join_and(items: &[String]) -> String {
    join_with(items, "and")
}

/// "a, b or c".
pub fn join_or(items: &[String]) -> String {
    join_with(items, "or")
}
