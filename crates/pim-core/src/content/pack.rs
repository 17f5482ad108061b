//! A loaded pack and the look-ups the program makes in it.

use super::model::*;

/// A prompt as the workshop shows it, from the process or from a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PromptView<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub hint: &'a str,
    pub kind: PromptKind,
    /// The list prompt whose items are offered back here.
    pub list_from: Option<&'a str>,
}

/// The whole knowledge base. `Pack::default()` is an empty pack (nothing to look up), which the home
/// screen's first frame can be drawn with while the real one is still being read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pack {
    pub info: PackInfo,
    pub framework: Framework,
    pub process: Process,
    pub principles: Principles,
    pub matrix: Matrix,
    pub data_sharing: DataSharing,
    pub competencies: Competencies,
    pub glossary: Glossary,
    pub templates: Templates,
    pub sharing_agreement: super::agreement::SharingAgreement,
}

impl Pack {
    /// How a session records that it was run with this pack.
    pub fn content_ref(&self) -> crate::session::ContentRef {
        crate::session::ContentRef {
            pack_id: self.info.id.clone(),
            version: self.info.version.clone(),
            ..Default::default()
        }
    }

    /// Every sub-step in process order, with its step.
    pub fn substeps(&self) -> impl Iterator<Item = (&Step, &Substep)> {
        self.process
            .steps
            .iter()
            .flat_map(|step| step.substeps.iter().map(move |sub| (step, sub)))
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.process.steps.iter().find(|s| s.id == id)
    }

    pub fn substep(&self, id: &str) -> Option<(&Step, &Substep)> {
        self.substeps().find(|(_, s)| s.id == id)
    }

    /// A sub-step's number as the framework gives it, step.sub-step ("2.1"), whatever subset of the
    /// process a session's template holds: the one numbering every screen, file and export uses.
    pub fn substep_code(&self, id: &str) -> Option<String> {
        self.process.steps.iter().find_map(|step| {
            let i = step.substeps.iter().position(|s| s.id == id)?;
            Some(format!("{}.{}", step.number, i + 1))
        })
    }

    /// Sub-steps as people read them, "1.1 Define purpose and information needs" (an unknown id as it
    /// is).
    pub fn substep_names(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .map(|id| match (self.substep_code(id), self.substep(id)) {
                (Some(code), Some((_, sub))) => format!("{code} {}", sub.title),
                _ => id.clone(),
            })
            .collect()
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.principles.iter().find(|p| p.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.matrix.categories.iter().find(|c| c.id == id)
    }

    pub fn row(&self, id: &str) -> Option<&MatrixRow> {
        self.matrix.rows.iter().find(|r| r.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.terms.iter().find(|t| t.id == id)
    }

    pub fn template(&self, id: &str) -> Option<&Template> {
        self.templates.templates.iter().find(|t| t.id == id)
    }

    pub fn document_title(&self, id: &str) -> Option<&str> {
        self.info
            .documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.title.as_str())
    }

    /// A source as people read it: "Third PIM Working Meeting Outcome Document, Annex 2".
    pub fn cite(&self, source: &SourceRef) -> String {
        let doc = self.document_title(&source.doc).unwrap_or(&source.doc);
        format!("{doc}, {}", source.section)
    }

    /// A row's examples for a category, each with its provenance (empty for the fixed rows, which
    /// hold the framework's own text only).
    pub fn row_examples<'a>(&self, category: &'a Category, row_id: &str) -> Vec<&'a Example> {
        match row_id {
            "sub-categories" => category.sub_categories.iter().collect(),
            "methods" => category.methods.iter().collect(),
            "specific-examples" => category.specific_examples.iter().collect(),
            "shared-data" => category
                .shared_data
                .broadly
                .iter()
                .chain(&category.shared_data.restricted)
                .collect(),
            "sources" => category.sources.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// How many examples of the adaptable Matrix rows are the framework's (citing a framework
    /// document) and how many the project's own illustrations: `(framework, project)`.
    pub fn example_provenance(&self) -> (usize, usize) {
        const ROWS: [&str; 5] = [
            "sub-categories",
            "methods",
            "specific-examples",
            "shared-data",
            "sources",
        ];
        self.matrix
            .categories
            .iter()
            .flat_map(|c| ROWS.iter().flat_map(move |r| self.row_examples(c, r)))
            .fold((0, 0), |(fw, own), e| {
                if e.is_project() {
                    (fw, own + 1)
                } else {
                    (fw + 1, own)
                }
            })
    }

    /// The Principles in Action prompts for a principle at a step; sub-step specific ones first when a
    /// sub-step is given.
    pub fn in_action(&self, step: &str, principle: &str, substep: Option<&str>) -> Vec<&str> {
        let items = &self.principles.in_action.items;
        let specific = items.iter().filter(|i| {
            i.step == step
                && i.principle == principle
                && substep.is_some()
                && i.substep.as_deref() == substep
        });
        let general = items
            .iter()
            .filter(|i| i.step == step && i.principle == principle && i.substep.is_none());
        specific
            .chain(general)
            .flat_map(|i| i.prompts.iter().map(String::as_str))
            .collect()
    }

    /// The sub-steps a template walks through, in order (all of the process when the template is
    /// unknown, e.g. a session from an adapted pack).
    pub fn template_substeps(&self, template: &str) -> Vec<&str> {
        match self.template(template) {
            Some(t) => t
                .substeps
                .iter()
                .filter(|id| self.substep(id).is_some())
                .map(String::as_str)
                .collect(),
            None => self.substeps().map(|(_, s)| s.id.as_str()).collect(),
        }
    }

    /// The prompts of a sub-step in a template: the process prompts, then the template's own.
    pub fn prompts_for(&self, template: &str, substep: &str) -> Vec<PromptView<'_>> {
        let mut out: Vec<PromptView<'_>> = self
            .substep(substep)
            .map(|(_, s)| {
                s.prompts
                    .iter()
                    .map(|p| PromptView {
                        id: &p.id,
                        question: &p.question,
                        hint: &p.hint,
                        kind: p.kind,
                        list_from: p.list_from.as_deref(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(t) = self.template(template) {
            let own = t
                .extra_prompts
                .iter()
                .filter(|p| p.substep == substep)
                .map(|p| PromptView {
                    id: &p.id,
                    question: &p.question,
                    hint: &p.hint,
                    kind: p.kind,
                    list_from: p.list_from.as_deref(),
                });
            if t.prompts_first {
                out = own.chain(out).collect();
            } else {
                out.extend(own);
            }
            if !t.prompt_order.is_empty() {
                out = t
                    .prompt_order
                    .iter()
                    .filter_map(|id| out.iter().find(|p| p.id == id).copied())
                    .collect();
            }
        }
        out
    }

    /// The category whose output row holds an output item, for output-first reading.
    pub fn output_item(&self, item_id: &str) -> Option<(&Category, &OutputItem)> {
        self.matrix.categories.iter().find_map(|c| {
            c.output
                .items
                .iter()
                .find(|i| i.id == item_id)
                .map(|i| (c, i))
        })
    }

    /// The category that produces an output item or an item of data needed for decision making: what
    /// a team can pick when it reads the Matrix output-first.
    pub fn needed_output(&self, id: &str) -> Option<(&Category, &OutputItem)> {
        self.output_item(id).or_else(|| {
            self.matrix.categories.iter().find_map(|c| {
                c.output_examples
                    .decision_data
                    .iter()
                    .find(|i| i.id == id)
                    .map(|i| (c, i))
            })
        })
    }

    pub fn request_kind(&self, id: &str) -> Option<&RequestKind> {
        self.matrix.request_kinds.iter().find(|k| k.id == id)
    }

    /// A prompt of a template by id, with its kind.
    pub fn prompt(&self, template: &str, prompt_id: &str) -> Option<(String, PromptView<'_>)> {
        self.template_substeps(template)
            .into_iter()
            .find_map(|sub| {
                self.prompts_for(template, sub)
                    .into_iter()
                    .find(|p| p.id == prompt_id)
                    .map(|p| (sub.to_string(), p))
            })
    }

    /// The first prompt of a kind in a template, with its sub-step.
    pub fn prompt_of_kind(
        &self,
        template: &str,
        kind: PromptKind,
    ) -> Option<(String, PromptView<'_>)> {
        self.template_substeps(template)
            .into_iter()
            .find_map(|sub| {
                self.prompts_for(template, sub)
                    .into_iter()
                    .find(|p| p.kind == kind)
                    .map(|p| (sub.to_string(), p))
            })
    }

    /// A sub-step's related Matrix categories and rows, one line each: "Protection Monitoring: Output".
    pub fn related_matrix(&self, sub: &Substep) -> Vec<String> {
        sub.matrix
            .iter()
            .map(|link| {
                let name = self
                    .category(&link.category)
                    .map_or(link.category.as_str(), |c| c.name.as_str());
                let rows: Vec<&str> = link
                    .rows
                    .iter()
                    .map(|r| self.row(r).map_or(r.as_str(), |r| r.title.as_str()))
                    .collect();
                if rows.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}: {}", rows.join(", "))
                }
            })
            .collect()
    }

    /// The value of a matrix row for a category, as lines of text.
    pub fn row_lines(&self, category: &Category, row_id: &str) -> Vec<String> {
        match row_id {
            "definition" => vec![category.definition.clone()],
            "sub-categories" => example_texts(&category.sub_categories),
            "methods" => example_texts(&category.methods),
            "specific-examples" => example_texts(&category.specific_examples),
            "output" => {
                let mut lines = vec![category.output.summary.clone()];
                lines.extend(category.output.items.iter().map(|i| i.text.clone()));
                lines
            }
            "shared-data" => {
                let mut lines: Vec<String> = category
                    .shared_data
                    .broadly
                    .iter()
                    .map(|s| crate::t!("content-shared-broadly", text = s.text.as_str()))
                    .collect();
                lines.extend(
                    category
                        .shared_data
                        .restricted
                        .iter()
                        .map(|s| crate::t!("content-shared-restricted", text = s.text.as_str())),
                );
                lines
            }
            "sources" => example_texts(&category.sources),
            _ => Vec::new(),
        }
    }
}
