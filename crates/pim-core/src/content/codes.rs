//! Which keys of a pack file hold codes rather than text: ids, references to other items, versions.
//! A translation keeps their strings as they are, and the pseudo-locale leaves them alone.

/// Keys whose strings are ids, references or codes.
pub const REFERENCE_KEYS: [&str; 22] = [
    "id",
    "doc",
    "kind",
    "category",
    "categories",
    "rows",
    "glossary",
    "see",
    "step",
    "principle",
    "substep",
    "substeps",
    "competencies",
    "exercises",
    "scenario",
    "area",
    "version",
    "year",
    "essential",
    "prefill",
    "prompt_order",
    "list_from",
];

/// Whether `key` holds a code (see [`REFERENCE_KEYS`]).
pub fn is_reference(key: &str) -> bool {
    REFERENCE_KEYS.contains(&key)
}
