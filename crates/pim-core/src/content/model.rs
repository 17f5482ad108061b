//! The content pack's data types, one per file of `content/<lang>/` (see docs/content-format.md).
//! Unknown fields are refused, so a typo in an adapted pack is reported instead of ignored.

use serde::{Deserialize, Serialize};

/// Where an item's knowledge comes from: a document of the pack and a section in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub doc: String,
    pub section: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    pub language: String,
    pub title: String,
    pub description: String,
    pub documents: Vec<Document>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub note: Option<String>,
    /// The sections of the document that items may cite. When listed, `content check` refuses a
    /// citation naming any other ("Annex 1, criterion 3" needs "Annex 1, criterion 3" here; a finer
    /// detail may follow after ", ", ": " or " (").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
}

// ---------------------------------------------------------------- framework

/// What PIM is and where it comes from (`framework.json`): the agreed definition quoted, the key
/// statements, the Initiative's vision, results and background, and further reading.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub definition: Quotation,
    pub statements: Vec<Statement>,
    pub vision: Vision,
    pub results: Vec<Statement>,
    pub background: Vec<Statement>,
    pub further_reading: Vec<Reading>,
}

/// The framework's own words, quoted exactly (the one place the content quotes), with their origin.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotation {
    /// The exact words, in the language they were agreed in (kept as they are in every pack).
    pub quote: String,
    /// The language of the quotation (`en`).
    pub quote_language: String,
    /// Where and when the words were agreed.
    pub origin: String,
    /// The same in the pack's language, in plain words (not a quotation).
    pub plain: String,
    pub source: SourceRef,
}

impl Quotation {
    /// The quotation marked as one, with its origin: "“…” (Agreed at …)".
    pub fn marked(&self) -> String {
        crate::t!(
            "content-quotation",
            quote = self.quote.as_str(),
            origin = self.origin.as_str()
        )
    }
}

/// The Initiative's vision and the markers by which it knows it has succeeded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    pub summary: String,
    pub markers: Vec<String>,
    pub source: SourceRef,
}

/// A publication a trainer can point to, by title and year (no links: they could not be checked).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub id: String,
    /// The title as published (kept in every pack: readers look it up by it).
    pub published_title: String,
    #[serde(default)]
    pub year: Option<u16>,
    /// Who published it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub note: String,
}

// ---------------------------------------------------------------- process

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Process {
    pub rule: String,
    pub rule_source: SourceRef,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub number: u8,
    pub title: String,
    pub summary: String,
    pub source: SourceRef,
    pub substeps: Vec<Substep>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Substep {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub purpose: String,
    pub prompts: Vec<Prompt>,
    pub outputs: Vec<String>,
    pub facilitator: FacilitatorNotes,
    #[serde(default)]
    pub matrix: Vec<MatrixLink>,
    #[serde(default)]
    pub glossary: Vec<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub id: String,
    pub question: String,
    pub hint: String,
    #[serde(default, skip_serializing_if = "PromptKind::is_text")]
    pub kind: PromptKind,
    /// A list prompt whose items are offered back here, one by one (the key questions, where a later
    /// prompt goes question by question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_from: Option<String>,
}

/// What kind of answer a prompt takes. Most take free text; some record a choice the program reasons
/// with (the output-first matching, the scoping brief).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PromptKind {
    /// Free text.
    #[default]
    Text,
    /// Free text, one item per line (key questions, indicators, what is not needed).
    List,
    /// One of the Matrix's request kinds, plus a note.
    RequestKind,
    /// Output items and decision data picked from the Matrix (output-first reading).
    Outputs,
    /// The approach recommended: categories, or using existing data; the text holds the methods.
    Approach,
    /// The areas a request covers, one per line: the output-first matching looks for running systems
    /// there.
    Areas,
    /// The landscape register of systems and sources.
    Landscape,
}

impl PromptKind {
    pub fn is_text(&self) -> bool {
        *self == PromptKind::Text
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacilitatorNotes {
    pub notes: Vec<String>,
    pub minutes: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixLink {
    pub category: String,
    #[serde(default)]
    pub rows: Vec<String>,
}

// ---------------------------------------------------------------- principles

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principles {
    pub principles: Vec<Principle>,
    pub in_action: InAction,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub number: u8,
    pub name: String,
    pub summary: String,
    pub explanation: String,
    pub questions: Vec<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InAction {
    pub note: String,
    pub source: SourceRef,
    pub items: Vec<InActionItem>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InActionItem {
    pub step: String,
    pub principle: String,
    #[serde(default)]
    pub substep: Option<String>,
    pub prompts: Vec<String>,
}

// ---------------------------------------------------------------- matrix

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    pub intro: String,
    pub adaptation_rule: String,
    pub source: SourceRef,
    pub rows: Vec<MatrixRow>,
    pub categories: Vec<Category>,
    pub relations: Vec<Relation>,
    pub ways_to_read: Vec<WayToRead>,
    pub users: Vec<String>,
    pub phases: Vec<String>,
    /// Tools and exercises managers commonly ask for, and the categories that produce what they give.
    #[serde(default)]
    pub request_kinds: Vec<RequestKind>,
    /// Points of the Matrix cover page beyond the rows and readings: what it helps with, its uses by
    /// phase, its status.
    #[serde(default)]
    pub cover_notes: Vec<Statement>,
}

/// One sourced statement of the framework (or of the project, when its source says so).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: SourceRef,
}

/// A kind of request as managers word it ("a needs assessment", "a survey"), read against the Matrix.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestKind {
    pub id: String,
    pub label: String,
    /// The categories whose systems give what this kind of request usually means; empty for a method
    /// (a survey) or anything else.
    pub categories: Vec<String>,
    pub note: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixRow {
    pub id: String,
    pub title: String,
    pub fixed: bool,
    pub explanation: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub number: u8,
    pub name: String,
    /// The fixed Definition row, as the framework endorsed it.
    pub definition: String,
    /// Where the definition's wording comes from.
    pub definition_source: SourceRef,
    pub sub_categories: Vec<Example>,
    pub methods: Vec<Example>,
    pub specific_examples: Vec<Example>,
    /// The fixed Output row: only what the framework states (seed 000, section 4.3).
    pub output: Output,
    /// The adaptable part of the Output row: examples of data needed for decision making and of the
    /// common unit of analysis. The framework names these two headings without filling them in, so
    /// the examples are the project's and a team may change them.
    pub output_examples: OutputExamples,
    pub shared_data: SharedData,
    pub sources: Vec<Example>,
    pub source: SourceRef,
}

/// An example in an adaptable Matrix row, with where it comes from: a framework document (and
/// section), or `project` for the project's own illustration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    pub source: SourceRef,
}

impl Example {
    /// Whether the example is the project's own illustration rather than the framework's.
    pub fn is_project(&self) -> bool {
        self.source.is_project()
    }
}

impl SourceRef {
    /// The document id of texts the project wrote itself.
    pub const PROJECT: &'static str = "project";

    /// Whether the text is the project's own, not the framework's.
    pub fn is_project(&self) -> bool {
        self.doc == Self::PROJECT
    }
}

/// The texts of a list of examples.
pub fn example_texts(examples: &[Example]) -> Vec<String> {
    examples.iter().map(|e| e.text.clone()).collect()
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    pub summary: String,
    pub items: Vec<OutputItem>,
}

/// The adaptable examples under the Output row's two headings the framework adds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputExamples {
    pub decision_data: Vec<OutputItem>,
    pub unit_of_analysis: Vec<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputItem {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedData {
    pub broadly: Vec<Example>,
    pub restricted: Vec<Example>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub categories: Vec<String>,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WayToRead {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: SourceRef,
}

// ---------------------------------------------------------------- data sharing, competencies, glossary

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSharing {
    pub intro: String,
    pub source: SourceRef,
    pub groups: Vec<SharingGroup>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharingGroup {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub items: Vec<ChecklistItem>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competencies {
    pub intro: String,
    pub source: SourceRef,
    pub competencies: Vec<Competency>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CompetencyArea {
    Skills,
    Knowledge,
    Attitude,
}

impl CompetencyArea {
    /// The area for people, in the current language.
    pub fn label(self) -> String {
        match self {
            CompetencyArea::Skills => crate::t!("content-competency-skills"),
            CompetencyArea::Knowledge => crate::t!("content-competency-knowledge"),
            CompetencyArea::Attitude => crate::t!("content-competency-attitude"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    pub area: CompetencyArea,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// In a pack in another language: the English term (and its expansion), so that a mixed team can
    /// follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
    #[serde(default)]
    pub expansion: Option<String>,
    pub definition: String,
    #[serde(default)]
    pub see: Vec<String>,
    pub source: SourceRef,
}

// ---------------------------------------------------------------- templates

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    pub templates: Vec<Template>,
}

/// A template marks at most this many prompts essential (what one meeting can answer).
pub const MAX_ESSENTIAL: usize = 15;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audience: String,
    pub substeps: Vec<String>,
    #[serde(default)]
    pub extra_prompts: Vec<ExtraPrompt>,
    /// Ask the template's own prompts before the process prompts of each sub-step (a scoping starts
    /// from the request as it was made).
    #[serde(default)]
    pub prompts_first: bool,
    /// When given, the prompts the template asks and their order, across its sub-steps (process
    /// prompts and its own); process prompts left out are merged into one that is listed, and answers
    /// given to them in older files move with them (`session::migrate`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompt_order: Vec<String>,
    /// The prompts the template cannot do without (the brief path: at most 15); every other prompt
    /// is optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub essential: Vec<String>,
    /// A training's agenda: its modules in order (empty for other kinds of session).
    #[serde(default)]
    pub agenda: Vec<AgendaModule>,
    /// Exercises the agenda's modules refer to.
    #[serde(default)]
    pub exercises: Vec<Exercise>,
    /// Case scenarios the exercises refer to.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    pub source: SourceRef,
}

/// One module of a training agenda.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaModule {
    pub id: String,
    /// The training day it is planned for, from 1.
    pub day: u8,
    pub title: String,
    pub summary: String,
    /// Default length in minutes (the timer's default).
    pub minutes: u32,
    /// Sub-steps of the process the module works through.
    #[serde(default)]
    pub substeps: Vec<String>,
    /// Matrix categories the module covers.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Training competencies (ids) its learning objectives build.
    pub competencies: Vec<String>,
    /// Learning objectives, one sentence each.
    pub objectives: Vec<String>,
    /// Ids of the exercises run in the module.
    #[serde(default)]
    pub exercises: Vec<String>,
    /// How the module fits its sub-steps in its length when the sub-steps' suggested durations add up
    /// to something else (required then: `content check` warns without it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    pub source: SourceRef,
}

/// An exercise: what participants do, on which scenario, and what they should produce.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// The id of the case scenario it uses.
    pub scenario: String,
    pub minutes: u32,
    /// Done in breakout groups (rather than in plenary or pairs).
    #[serde(default)]
    pub group_work: bool,
    /// The exercise works with the framework's agreed definition of PIM, shown with it as a quotation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shows_definition: bool,
    pub instructions: Vec<String>,
    pub expected_outputs: Vec<String>,
    pub source: SourceRef,
}

/// A fictional case scenario for exercises.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// The kind of context, e.g. "Urban refugee context".
    pub context: String,
    pub setting: String,
    pub facts: Vec<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraPrompt {
    pub substep: String,
    pub id: String,
    pub question: String,
    pub hint: String,
    #[serde(default, skip_serializing_if = "PromptKind::is_text")]
    pub kind: PromptKind,
    /// The new-session form's field that asks the same thing: its value becomes the first answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<ContextField>,
    /// A list prompt whose items are offered back here (see [`Prompt::list_from`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_from: Option<String>,
    /// Where the prompt comes from, when it takes the place of process prompts it merges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A field of the new-session form (the session's context) that a prompt may start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContextField {
    RequestedBy,
    RequestedTool,
}
