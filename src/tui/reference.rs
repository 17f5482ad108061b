//! The reference library: the whole framework, browsable. Each section is a list of entries on the left
//! and the details of the focused entry on the right.

use crate::content::Pack;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Process,
    Principles,
    Matrix,
    Glossary,
    DataSharing,
    Competencies,
    /// What PIM is and where it comes from: the definition, the Initiative, the Matrix cover page,
    /// further reading.
    About,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Process,
        Section::Principles,
        Section::Matrix,
        Section::Glossary,
        Section::DataSharing,
        Section::Competencies,
        Section::About,
    ];

    pub fn title(self) -> String {
        match self {
            Section::Process => t!("ref-process"),
            Section::Principles => t!("ref-principles"),
            Section::Matrix => t!("ref-matrix"),
            Section::Glossary => t!("ref-glossary"),
            Section::DataSharing => t!("ref-data-sharing"),
            Section::Competencies => t!("ref-competencies"),
            Section::About => t!("ref-about"),
        }
    }

    fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// The ways of reading the Matrix the program offers (the fourth, mapping an operation, lives with the
/// landscape register).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatrixMode {
    ByCategory,
    ByCriterion,
    OutputFirst,
}

impl MatrixMode {
    pub fn title(self) -> String {
        match self {
            MatrixMode::ByCategory => t!("ref-matrix-by-category"),
            MatrixMode::ByCriterion => t!("ref-matrix-by-criterion"),
            MatrixMode::OutputFirst => t!("ref-matrix-output-first"),
        }
    }

    fn next(self) -> Self {
        match self {
            MatrixMode::ByCategory => MatrixMode::ByCriterion,
            MatrixMode::ByCriterion => MatrixMode::OutputFirst,
            MatrixMode::OutputFirst => MatrixMode::ByCategory,
        }
    }
}

/// What an entry of the list stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryKey {
    Step(String),
    Substep(String),
    Principle(String),
    Category(String),
    Row(String),
    Output(String),
    Term(String),
    SharingGroup(String),
    Competency(String),
    About(AboutPart),
}

/// The entries of the About section, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AboutPart {
    Definition,
    Statements,
    Vision,
    Results,
    Background,
    MatrixCover,
    FurtherReading,
}

impl AboutPart {
    pub const ALL: [AboutPart; 7] = [
        AboutPart::Definition,
        AboutPart::Statements,
        AboutPart::Vision,
        AboutPart::Results,
        AboutPart::Background,
        AboutPart::MatrixCover,
        AboutPart::FurtherReading,
    ];

    pub fn title(self) -> String {
        match self {
            AboutPart::Definition => t!("ref-about-definition"),
            AboutPart::Statements => t!("ref-about-statements"),
            AboutPart::Vision => t!("ref-about-vision"),
            AboutPart::Results => t!("ref-about-results"),
            AboutPart::Background => t!("ref-about-background"),
            AboutPart::MatrixCover => t!("ref-about-matrix-cover"),
            AboutPart::FurtherReading => t!("ref-about-further-reading"),
        }
    }
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub label: String,
    /// Indented entries sit under the entry before them (sub-steps under steps).
    pub indent: bool,
    pub key: EntryKey,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefState {
    pub section: Section,
    pub matrix_mode: MatrixMode,
    /// Index into the filtered entries.
    pub cursor: usize,
    /// Scroll offset of the details panel.
    pub scroll: u16,
    pub query: String,
    pub searching: bool,
}

impl RefState {
    /// "Reference library › Matrix › by category": where the header says the user is.
    pub fn title(&self) -> String {
        match self.section {
            Section::Matrix => format!(
                "{} › {} › {}",
                t!("ref-title"),
                self.section.title(),
                self.matrix_mode.title()
            ),
            section => format!("{} › {}", t!("ref-title"), section.title()),
        }
    }

    pub fn new(section: Section) -> Self {
        RefState {
            section,
            matrix_mode: MatrixMode::ByCategory,
            cursor: 0,
            scroll: 0,
            query: String::new(),
            searching: false,
        }
    }

    pub fn next_section(&mut self, forward: bool) {
        let n = Section::ALL.len();
        let i = self.section.index();
        let j = if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        };
        self.section = Section::ALL[j];
        self.reset_position();
        self.query.clear();
        self.searching = false;
    }

    pub fn next_matrix_mode(&mut self) {
        self.section = Section::Matrix;
        self.matrix_mode = self.matrix_mode.next();
        self.reset_position();
    }

    pub fn reset_position(&mut self) {
        self.cursor = 0;
        self.scroll = 0;
    }

    /// Move the cursor by `delta` within `len` entries, clamped.
    pub fn move_cursor(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.cursor = 0;
            return;
        }
        let max = len as isize - 1;
        self.cursor = (self.cursor as isize + delta).clamp(0, max) as usize;
        self.scroll = 0;
    }
}

/// The entries of the current section, filtered by the search query (case-insensitive, on the label and
/// the entry's text).
pub fn entries(pack: &Pack, state: &RefState) -> Vec<Entry> {
    let all = all_entries(pack, state);
    let query = state.query.trim().to_lowercase();
    if query.is_empty() {
        return all;
    }
    all.into_iter()
        .filter(|e| {
            e.label.to_lowercase().contains(&query)
                || search_text(pack, &e.key).to_lowercase().contains(&query)
        })
        .collect()
}

fn all_entries(pack: &Pack, state: &RefState) -> Vec<Entry> {
    let entry = |label: String, indent: bool, key: EntryKey| Entry { label, indent, key };
    match state.section {
        Section::Process => pack
            .process
            .steps
            .iter()
            .flat_map(|step| {
                std::iter::once(entry(
                    format!("{}. {}", step.number, step.title),
                    false,
                    EntryKey::Step(step.id.clone()),
                ))
                .chain(
                    step.substeps
                        .iter()
                        .map(|s| entry(s.title.clone(), true, EntryKey::Substep(s.id.clone()))),
                )
            })
            .collect(),
        Section::Principles => pack
            .principles
            .principles
            .iter()
            .map(|p| {
                entry(
                    format!("{}. {}", p.number, p.name),
                    false,
                    EntryKey::Principle(p.id.clone()),
                )
            })
            .collect(),
        Section::Matrix => matrix_entries(pack, state.matrix_mode),
        Section::Glossary => {
            let mut terms: Vec<_> = pack.glossary.terms.iter().collect();
            terms.sort_by_key(|t| crate::display::collation_key(&t.term));
            terms
                .into_iter()
                .map(|t| entry(t.term.clone(), false, EntryKey::Term(t.id.clone())))
                .collect()
        }
        Section::DataSharing => pack
            .data_sharing
            .groups
            .iter()
            .map(|g| entry(g.title.clone(), false, EntryKey::SharingGroup(g.id.clone())))
            .collect(),
        Section::Competencies => pack
            .competencies
            .competencies
            .iter()
            .map(|c| {
                entry(
                    format!("{}: {}", c.area.label(), c.text),
                    false,
                    EntryKey::Competency(c.id.clone()),
                )
            })
            .collect(),
        Section::About => AboutPart::ALL
            .iter()
            .map(|part| entry(part.title(), false, EntryKey::About(*part)))
            .collect(),
    }
}

/// The text an entry is searched by, beyond its label.
fn search_text(pack: &Pack, key: &EntryKey) -> String {
    match key {
        EntryKey::Term(id) => pack
            .term(id)
            .map(|t| {
                format!(
                    "{} {} {}",
                    t.english.clone().unwrap_or_default(),
                    t.expansion.clone().unwrap_or_default(),
                    t.definition
                )
            })
            .unwrap_or_default(),
        EntryKey::Substep(id) => pack
            .substep(id)
            .map(|(_, s)| format!("{} {}", s.summary, s.purpose))
            .unwrap_or_default(),
        EntryKey::Principle(id) => pack
            .principle(id)
            .map(|p| format!("{} {}", p.summary, p.explanation))
            .unwrap_or_default(),
        EntryKey::Category(id) => pack
            .category(id)
            .map(|c| format!("{} {}", c.definition, c.output.summary))
            .unwrap_or_default(),
        EntryKey::About(part) => about_text(pack, *part),
        EntryKey::SharingGroup(id) => pack
            .data_sharing
            .groups
            .iter()
            .find(|g| &g.id == id)
            .map(|g| {
                g.items
                    .iter()
                    .map(|i| i.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The texts of an About entry, for the search.
fn about_text(pack: &Pack, part: AboutPart) -> String {
    let fw = &pack.framework;
    let statements = |list: &[crate::content::Statement]| {
        list.iter()
            .map(|s| format!("{} {}", s.title, s.text))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match part {
        AboutPart::Definition => format!("{} {}", fw.definition.quote, fw.definition.plain),
        AboutPart::Statements => statements(&fw.statements),
        AboutPart::Vision => format!("{} {}", fw.vision.summary, fw.vision.markers.join(" ")),
        AboutPart::Results => statements(&fw.results),
        AboutPart::Background => statements(&fw.background),
        AboutPart::MatrixCover => statements(&pack.matrix.cover_notes),
        AboutPart::FurtherReading => fw
            .further_reading
            .iter()
            .map(|r| format!("{} {}", r.published_title, r.note))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The Matrix's entries in one of its readings: by category, by criterion, or output first.
fn matrix_entries(pack: &Pack, mode: MatrixMode) -> Vec<Entry> {
    let entry = |label: String, indent: bool, key: EntryKey| Entry { label, indent, key };
    match mode {
        MatrixMode::ByCategory => pack
            .matrix
            .categories
            .iter()
            .map(|c| {
                entry(
                    format!("{}. {}", c.number, c.name),
                    false,
                    EntryKey::Category(c.id.clone()),
                )
            })
            .collect(),
        MatrixMode::ByCriterion => pack
            .matrix
            .rows
            .iter()
            .map(|r| entry(r.title.clone(), false, EntryKey::Row(r.id.clone())))
            .collect(),
        MatrixMode::OutputFirst => pack
            .matrix
            .categories
            .iter()
            .flat_map(|c| c.output.items.iter())
            .map(|o| entry(o.text.clone(), false, EntryKey::Output(o.id.clone())))
            .collect(),
    }
}
