# content check: provenance (content/provenance.rs, content/validate.rs)
content-source-section-not-listed = the citation names section { $section }, which document { $doc } does not list in pack.json: cite a listed section or add the section to the document's "sections"
content-quote-project = the definition is a quotation of the framework: cite the framework document it is quoted from, not "project"
content-quote-language = the quotation keeps the language it was agreed in ({ $expected }), not { $found }: keep the exact words and put the translation in "plain"
content-module-timing = the module lasts { $minutes } minutes but its sub-steps' suggested durations add up to { $total }: say in "timing" how the module fits them, or change the lengths

# a quotation of the framework, marked as one, with where the words come from
content-quotation = “{ $quote }” ({ $origin })

# reference library: the About section and the project's examples
ref-about = About PIM
ref-about-definition = Definition of PIM
ref-about-statements = What PIM is and is not
ref-about-vision = Vision of the PIM Initiative
ref-about-results = Results of the strategy
ref-about-background = Background of the Initiative
ref-about-matrix-cover = Using the PIM Matrix
ref-about-further-reading = Further reading
ref-about-reading-note = Publications a trainer can point to, by title and year. Look them up by title: this list gives no links, as none could be checked.
ref-about-reading-by = { $title }, { $by }
ref-example-mark = (example)
ref-example-legend = Items marked { $mark } are the project's own illustrations, as are the lists introduced as such; the rest is the framework's.
ref-examples-all-project = All the examples below are the project's own illustrations.
ref-output-examples = Under the Output row, the framework adds two headings and leaves them open: the examples below are the project's own, and an operation may adapt them.

# agenda: a module whose sub-steps' suggested durations add up to another length
agenda-timing = Timing (sub-steps suggest { $total } min)

# content check: where the Matrix examples come from
cli-content-provenance = { $pack }: Matrix examples: { $framework } cite the framework, { $project } are the project's own illustrations (shown as such in the reference library).

# content check: an adapted pack changed the quoted definition
content-quote-changed = the quoted definition differs from the framework's exact words: keep the quotation as agreed and put your own wording in "plain"
