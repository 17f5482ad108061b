//! The PIM knowledge base: the content pack, its loading and its validation.
//!
//! The English pack in `content/en/` is embedded in the binary, so an installed program works anywhere;
//! an adapted pack can be loaded from a folder with the same files (`--content DIR`).

pub mod agreement;
mod checker;
mod codes;
mod load;
pub mod model;
mod pack;
mod provenance;
mod pseudo;
mod training;
mod translation;
pub mod validate;

pub use agreement::{AgreementSection, SharingAgreement};
pub use load::{
    FILES, LoadError, embedded_content_ref, embedded_pack_language, embedded_pack_languages,
    embedded_pack_sources, embedded_sources, load_dir, load_embedded, load_embedded_lang,
    load_embedded_or_english,
};
pub use model::*;
pub use pack::{Pack, PromptView};
pub use translation::{Comparison, compare_translation, compare_with_builtin};
pub use validate::{Issue, Severity, check, compare_fixed_rows, unlisted_section};
