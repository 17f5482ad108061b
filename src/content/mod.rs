//! The PIM knowledge base: the content pack, its loading and validation.
