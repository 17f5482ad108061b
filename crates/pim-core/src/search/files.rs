//! Searching session files: answers and principle notes, decisions, actions, risks, the parking lot
//! and the landscape register. Each file is first folded whole and looked through as raw text (fast:
//! no JSON is built); only a file that holds the query there is parsed, for the fields it searches,
//! to say where each match is. Nothing of a session is kept but its matches.
//!
//! Why the raw look is safe (never misses a match): JSON text differs from the strings it holds only
//! at escapes. `\"`, `\\` and control escapes stand for characters a query cannot hold (it is one
//! line, and a query with `"` or `\` skips the raw look); a file with a `\u` or `\/` escape is always
//! parsed. Folding is done one character at a time, so the raw text's folded form holds each string's.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::Deserialize;

use super::fold::fold_bytes_into;
use super::query::Query;
use crate::display;
use crate::session::{SCHEMA_VERSION, Session};
use crate::storage::load;

/// Where in a session a match is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The answer to a prompt of a sub-step.
    Answer {
        substep: String,
        prompt: String,
    },
    /// A principle's note in a sub-step.
    Principle {
        substep: String,
        principle: String,
    },
    Decision {
        id: String,
        title: String,
    },
    Action {
        id: String,
        text: String,
    },
    Risk {
        id: String,
        description: String,
    },
    Parking {
        id: String,
        text: String,
    },
    /// A system of the landscape register.
    Landscape {
        id: String,
        name: String,
    },
}

impl Place {
    /// The kind of place, as a stable word (`answer`, `principle`, `decision`, `action`, `risk`,
    /// `parking`, `landscape`) for JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            Place::Answer { .. } => "answer",
            Place::Principle { .. } => "principle",
            Place::Decision { .. } => "decision",
            Place::Action { .. } => "action",
            Place::Risk { .. } => "risk",
            Place::Parking { .. } => "parking",
            Place::Landscape { .. } => "landscape",
        }
    }

    /// The sub-step it is in, for answers and principle notes.
    pub fn substep(&self) -> Option<&str> {
        match self {
            Place::Answer { substep, .. } | Place::Principle { substep, .. } => Some(substep),
            _ => None,
        }
    }

    /// The record's id, for records (decisions, actions, risks, parking lot, landscape).
    pub fn record_id(&self) -> Option<&str> {
        match self {
            Place::Decision { id, .. }
            | Place::Action { id, .. }
            | Place::Risk { id, .. }
            | Place::Parking { id, .. }
            | Place::Landscape { id, .. } => Some(id),
            Place::Answer { .. } | Place::Principle { .. } => None,
        }
    }
}

/// One match: where, and the text around it (made safe for a screen: files are untrusted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub place: Place,
    /// Up to [`CONTEXT_CHARS`] characters before the match (`…` first when cut), on one line.
    pub before: String,
    /// The matching text as written.
    pub matched: String,
    /// Up to [`CONTEXT_CHARS`] characters after it (`…` last when cut).
    pub after: String,
}

impl Hit {
    /// The snippet in one piece.
    pub fn snippet(&self) -> String {
        format!("{}{}{}", self.before, self.matched, self.after)
    }
}

/// Characters of context shown on each side of a match.
pub const CONTEXT_CHARS: usize = 40;

/// The matches in one session file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionHits {
    pub path: PathBuf,
    /// The session's title (one line, safe for a screen).
    pub title: String,
    /// Its template id.
    pub template: String,
    pub hits: Vec<Hit>,
}

/// What searching one file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// The query is not in it.
    NoMatch,
    Hits(SessionHits),
    /// The file could not be read as a session (the reason, a sentence); it may hold the query.
    Unreadable {
        path: PathBuf,
        message: String,
    },
}

/// The searched parts of a session file, as written; everything else is skipped unbuilt.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Doc<'a> {
    schema_version: Option<u64>,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(borrow)]
    template: Cow<'a, str>,
    #[serde(borrow)]
    substeps: BTreeMap<String, DocSubstep<'a>>,
    #[serde(borrow)]
    decisions: Vec<DocDecision<'a>>,
    #[serde(borrow)]
    actions: Vec<DocAction<'a>>,
    #[serde(borrow)]
    risks: Vec<DocRisk<'a>>,
    #[serde(borrow)]
    parking_lot: Vec<DocParking<'a>>,
    #[serde(borrow)]
    landscape: Vec<DocSystem<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocSubstep<'a> {
    #[serde(borrow)]
    answers: BTreeMap<String, DocText<'a>>,
    #[serde(borrow)]
    principles: BTreeMap<String, DocNote<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocText<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocNote<'a> {
    #[serde(borrow)]
    note: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocDecision<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(borrow)]
    rationale: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocAction<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    owner: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocRisk<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    description: Cow<'a, str>,
    #[serde(borrow)]
    mitigation: Cow<'a, str>,
    #[serde(borrow)]
    owner: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocParking<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocSystem<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    organisation: Cow<'a, str>,
    #[serde(borrow)]
    sub_category: Cow<'a, str>,
    #[serde(borrow)]
    methods: Cow<'a, str>,
    #[serde(borrow)]
    areas: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    frequency: Cow<'a, str>,
    #[serde(borrow)]
    outputs_note: Cow<'a, str>,
    #[serde(borrow)]
    shared_what: Cow<'a, str>,
    #[serde(borrow)]
    contact_role: Cow<'a, str>,
    #[serde(borrow)]
    diagnosis: Cow<'a, str>,
}

impl DocSystem<'static> {
    fn of(e: crate::session::LandscapeEntry) -> Self {
        DocSystem {
            id: e.id.into(),
            name: e.name.into(),
            organisation: e.organisation.into(),
            sub_category: e.sub_category.into(),
            methods: e.methods.into(),
            areas: e.areas.into_iter().map(Cow::Owned).collect(),
            frequency: e.frequency.into(),
            outputs_note: e.outputs_note.into(),
            shared_what: e.shared_what.into(),
            contact_role: e.contact_role.into(),
            diagnosis: e.diagnosis.into(),
        }
    }
}

impl Doc<'_> {
    /// The searched parts of a whole session (an older file, migrated).
    fn of(s: Session) -> Doc<'static> {
        Doc {
            schema_version: Some(u64::from(SCHEMA_VERSION)),
            substeps: s
                .substeps
                .into_iter()
                .map(|(id, r)| {
                    let answers = r.answers.into_iter();
                    let principles = r.principles.into_iter();
                    let sub = DocSubstep {
                        answers: answers
                            .map(|(k, a)| {
                                (
                                    k,
                                    DocText {
                                        text: a.text.into(),
                                    },
                                )
                            })
                            .collect(),
                        principles: principles
                            .map(|(k, p)| {
                                (
                                    k,
                                    DocNote {
                                        note: p.note.into(),
                                    },
                                )
                            })
                            .collect(),
                    };
                    (id, sub)
                })
                .collect(),
            decisions: s
                .decisions
                .into_iter()
                .map(|d| DocDecision {
                    id: d.id.into(),
                    title: d.title.into(),
                    rationale: d.rationale.into(),
                })
                .collect(),
            actions: s
                .actions
                .into_iter()
                .map(|a| DocAction {
                    id: a.id.into(),
                    text: a.text.into(),
                    owner: a.owner.into(),
                })
                .collect(),
            risks: s
                .risks
                .into_iter()
                .map(|r| DocRisk {
                    id: r.id.into(),
                    description: r.description.into(),
                    mitigation: r.mitigation.into(),
                    owner: r.owner.into(),
                })
                .collect(),
            parking_lot: s
                .parking_lot
                .into_iter()
                .map(|p| DocParking {
                    id: p.id.into(),
                    text: p.text.into(),
                })
                .collect(),
            landscape: s.landscape.into_iter().map(DocSystem::of).collect(),
            title: s.title.into(),
            template: s.template.into(),
        }
    }

    /// Every searched text, in the order a reader meets them, given to `each` with how to name its
    /// place (built only for a match).
    fn visit(&self, each: &mut dyn FnMut(&dyn Fn() -> Place, &str)) {
        for (sub, record) in &self.substeps {
            for (prompt, a) in &record.answers {
                let place = || Place::Answer {
                    substep: sub.clone(),
                    prompt: prompt.clone(),
                };
                each(&place, &a.text);
            }
            for (principle, p) in &record.principles {
                let place = || Place::Principle {
                    substep: sub.clone(),
                    principle: principle.clone(),
                };
                each(&place, &p.note);
            }
        }
        for d in &self.decisions {
            let place = || Place::Decision {
                id: d.id.to_string(),
                title: d.title.to_string(),
            };
            each(&place, &d.title);
            each(&place, &d.rationale);
        }
        for a in &self.actions {
            let place = || Place::Action {
                id: a.id.to_string(),
                text: a.text.to_string(),
            };
            each(&place, &a.text);
            each(&place, &a.owner);
        }
        for r in &self.risks {
            let place = || Place::Risk {
                id: r.id.to_string(),
                description: r.description.to_string(),
            };
            for text in [&r.description, &r.mitigation, &r.owner] {
                each(&place, text);
            }
        }
        for p in &self.parking_lot {
            let place = || Place::Parking {
                id: p.id.to_string(),
                text: p.text.to_string(),
            };
            each(&place, &p.text);
        }
        for e in &self.landscape {
            let place = || Place::Landscape {
                id: e.id.to_string(),
                name: e.name.to_string(),
            };
            let fields = [
                &e.name,
                &e.organisation,
                &e.sub_category,
                &e.methods,
                &e.frequency,
                &e.outputs_note,
                &e.shared_what,
                &e.contact_role,
                &e.diagnosis,
            ];
            for text in fields.into_iter().chain(&e.areas) {
                each(&place, text);
            }
        }
    }
}

/// The matches of `query` in the searched texts of a session: one per text that holds it.
pub fn hits_in(session: Session, query: &Query) -> Vec<Hit> {
    hits_of(&Doc::of(session), query)
}

fn hits_of(doc: &Doc, query: &Query) -> Vec<Hit> {
    let mut hits = Vec::new();
    doc.visit(&mut |place, text| {
        if let Some(range) = query.find(text) {
            hits.push(hit(place(), text, range));
        }
    });
    hits
}

/// The hit with its snippet: the match and some context on each side, on one line, sanitised.
fn hit(place: Place, text: &str, range: std::ops::Range<usize>) -> Hit {
    let before_all = &text[..range.start];
    let after_all = &text[range.end..];
    let skip = before_all.chars().count().saturating_sub(CONTEXT_CHARS);
    let mut before: String = before_all.chars().skip(skip).collect();
    if skip > 0 {
        before.insert(0, '…');
    }
    let mut after: String = after_all.chars().take(CONTEXT_CHARS).collect();
    if after_all.chars().nth(CONTEXT_CHARS).is_some() {
        after.push('…');
    }
    let line = |s: &str| {
        let flat: String = s
            .chars()
            .map(|c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        display::sanitize(&flat, false).into_owned()
    };
    Hit {
        place,
        before: line(&before),
        matched: line(&text[range]),
        after: line(&after),
    }
}

/// Searches one file. Never writes; a file that cannot be read is said so only when it may hold
/// the query (its raw text does, or it is not text).
pub fn search_file(path: &Path, query: &Query) -> FileOutcome {
    let unreadable = |e: load::LoadError| FileOutcome::Unreadable {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let bytes = match load::read_limited(path) {
        Ok(b) => b,
        Err(e) => return unreadable(e),
    };
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(body).ok();
    if let Some(text) = text
        && !may_hold(text, query)
    {
        return FileOutcome::NoMatch;
    }
    let doc = text
        .and_then(|t| serde_json::from_str::<Doc>(t).ok())
        .filter(|d| d.schema_version == Some(u64::from(SCHEMA_VERSION)));
    let doc = match doc {
        Some(doc) => doc,
        // Anything but a current file that fits: the full parse (migration, or the error).
        None => match load::parse_session(path, &bytes, chrono::Local::now().fixed_offset()) {
            Ok(parsed) => Doc::of(parsed.session),
            Err(e) => return unreadable(e),
        },
    };
    let hits = hits_of(&doc, query);
    if hits.is_empty() {
        return FileOutcome::NoMatch;
    }
    FileOutcome::Hits(SessionHits {
        path: path.to_path_buf(),
        title: display::one_line(&doc.title),
        template: doc.template.into_owned(),
        hits,
    })
}

/// Whether the raw text of a file may hold a match (see the module's note on escapes).
fn may_hold(text: &str, query: &Query) -> bool {
    let folded_query = query.folded();
    if folded_query.contains(['"', '\\']) || folded_query.chars().any(char::is_control) {
        return true;
    }
    if memchr::memmem::find(text.as_bytes(), b"\\u").is_some()
        || memchr::memmem::find(text.as_bytes(), b"\\/").is_some()
    {
        return true;
    }
    thread_local! {
        static FOLDED: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    FOLDED.with_borrow_mut(|buf| {
        buf.clear();
        fold_bytes_into(text, buf);
        let found = query.in_folded(buf);
        // A very large file's buffer is not kept between files.
        if buf.capacity() > 4 << 20 {
            *buf = Vec::new();
        }
        found
    })
}

/// Searches `files` on every core, giving each file's outcome to `each(done, outcome)` on the calling
/// thread as it is ready (`done`: files searched so far); `each` returning `false`, or `stop`, ends it.
pub fn search_files(
    files: &[PathBuf],
    query: &Query,
    stop: &AtomicBool,
    each: impl FnMut(usize, FileOutcome) -> bool,
) {
    crate::storage::parallel::for_each(files.len(), stop, |i| search_file(&files[i], query), each);
}

/// A whole search of a list of files, in the list's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The files searched.
    pub searched: usize,
    /// The sessions with matches.
    pub sessions: Vec<SessionHits>,
    /// The files that may hold the query but could not be read, with why.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Searches every file of `files` (on every core) and gives the results in the order of `files`.
pub fn search_all(files: &[PathBuf], query: &Query) -> Found {
    let mut outcomes: Vec<(usize, FileOutcome)> = Vec::new();
    let stop = AtomicBool::new(false);
    crate::storage::parallel::for_each(
        files.len(),
        &stop,
        |i| (i, search_file(&files[i], query)),
        |_, (i, outcome)| {
            if outcome != FileOutcome::NoMatch {
                outcomes.push((i, outcome));
            }
            true
        },
    );
    outcomes.sort_by_key(|(i, _)| *i);
    let mut found = Found {
        searched: files.len(),
        ..Found::default()
    };
    for (_, outcome) in outcomes {
        match outcome {
            FileOutcome::Hits(h) => found.sessions.push(h),
            FileOutcome::Unreadable { path, message } => found.unreadable.push((path, message)),
            FileOutcome::NoMatch => {}
        }
    }
    found
}
