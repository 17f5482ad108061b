//! The terminal user interface: state (`app`), pure updates (`update`), views (`view`), the key tables
//! (`keys`), and the thin loop that runs it all (`run`).

pub mod app;
pub mod background;
pub mod brief;
pub mod classify;
pub mod confirm;
#[cfg(windows)]
mod console_close;
pub mod ctx;
pub mod doc;
pub mod export_form;
pub mod facil;
pub mod facil_io;
pub mod find;
pub mod finder;
pub mod form;
pub mod form_keys;
pub mod home;
pub mod keys;
pub mod landscape;
pub mod language;
pub mod library;
pub mod lock_held;
pub mod matrix;
pub mod msg;
pub mod open;
pub mod outputs;
pub mod perms_notice;
pub mod records;
pub mod reference;
pub mod reference_keys;
pub mod review;
pub mod run;
pub mod save_failure;
pub mod save_trouble;
pub mod scanner;
pub mod scoping;
pub mod screen;
pub mod screens;
pub mod session_io;
pub mod sessions;
pub mod tabs;
pub mod terminal;
pub mod text_field;
pub mod theme;
pub mod update;
pub mod view;
pub mod wizard;
pub mod workshop;
pub mod workshop_update;

pub use run::{Options, PackSource, Start, run};
