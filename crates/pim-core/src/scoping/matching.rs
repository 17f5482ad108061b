//! Output-first matching: the outputs a team needs, the Matrix categories that produce them, what was
//! requested, and which of those categories already run in the landscape register. Everything here is
//! read from the content pack and the session; no category or tool is named in the code.

use crate::content::{Category, OutputItem, Pack, RequestKind};
use crate::session::LandscapeEntry;
use crate::t;

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
            out.push(t!("scoping-nothing-needed"));
            return out;
        }
        out.extend(self.shares.iter().map(|share| self.share_sentence(share)));
        out.extend(self.fit_sentence(pack));
        out.extend(self.existing_sentence());
        if !self.unknown.is_empty() {
            out.push(t!(
                "scoping-unknown-outputs",
                count = self.unknown.len(),
                ids = self.unknown.join(", ")
            ));
        }
        out
    }

    /// "in the operation", or "in" the areas the request covers.
    fn where_(&self) -> String {
        if self.areas.is_empty() {
            t!("scoping-in-operation")
        } else {
            t!("scoping-in-areas", areas = join_and(&self.areas))
        }
    }

    /// Where one category's share of the needed outputs comes from, and what of it already runs.
    fn share_sentence(&self, share: &CategoryShare<'_>) -> String {
        let where_ = self.where_();
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let sentence = |place: String, systems: String| {
            t!(
                "scoping-share",
                count = share.outputs.len(),
                needed = self.needed,
                all = yes_no(share.outputs.len() == self.needed),
                category = share.category.name.as_str(),
                requested = yes_no(share.requested),
                running = yes_no(!share.running.is_empty()),
                place = place,
                systems = systems
            )
        };
        if share.running.is_empty() {
            return sentence(where_, String::new());
        }
        let systems: Vec<String> = share.running.iter().map(|e| system_name(e)).collect();
        let (covered, missing): (Vec<String>, Vec<String>) = self
            .areas
            .iter()
            .cloned()
            .partition(|a| share.running.iter().any(|e| e.covers(a)));
        let place = if missing.is_empty() {
            if self.areas.len() > 1 {
                t!("scoping-in-every-area")
            } else {
                where_
            }
        } else {
            t!(
                "scoping-in-some-areas",
                covered = join_and(&covered),
                missing = join_and(&missing)
            )
        };
        sentence(place, join_and(&systems))
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
            Fit::Fits => Some(t!("scoping-fits", requested = requested_names)),
            Fit::Partly => Some(t!(
                "scoping-partly",
                covered = self.from_requested(),
                needed = self.needed,
                others = join_and(&others)
            )),
            Fit::Differs => Some(t!(
                "scoping-differs",
                requested = requested_names,
                others = join_and(&others)
            )),
            Fit::Open => self.shares.first().map(|top| {
                t!(
                    "scoping-points-first",
                    category = top.category.name.as_str()
                )
            }),
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
        Some(t!(
            "scoping-may-exist",
            existing = existing,
            needed = self.needed,
            ask = join_and(&orgs)
        ))
    }
}

/// What was requested, and where it sits in the Matrix.
fn request_sentence(pack: &Pack, r: &RequestKind) -> String {
    let cats = names(pack, &r.categories);
    if cats.is_empty() {
        t!(
            "scoping-requested-note",
            kind = lower_first(&r.label),
            note = r.note.as_str()
        )
    } else {
        t!(
            "scoping-requested",
            kind = lower_first(&r.label),
            categories = join_or(&cats)
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

/// "a, b and c" (`or` false) or "a, b or c" (`or` true), in the current language.
fn join_with(items: &[String], or: bool) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => {
            let init = init.join(", ");
            if or {
                t!("scoping-list-or", init = init, last = tail.as_str())
            } else {
                t!("scoping-list-and", init = init, last = tail.as_str())
            }
        }
    }
}

/// "a, b and c".
pub fn join_and(items: &[String]) -> String {
    join_with(items, false)
}

/// "a, b or c".
pub fn join_or(items: &[String]) -> String {
    join_with(items, true)
}
