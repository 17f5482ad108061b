//! The plain front: the same workshop, line by line, for screen readers, braille displays, dumb
//! terminals, slow links and scripts on a pipe. It never moves the cursor, clears the screen or uses
//! colour; every question ends with what can be typed. Underneath it is the TUI's: the same
//! sessions, save path, lock and saver, the same changes (`session::ops`) and content.

pub mod answer;
pub mod commands;
pub mod home;
pub mod landscape;
pub mod principles;
pub mod prompt;
pub mod records;
pub mod reference;
pub mod review;
pub mod run;
pub mod session;
pub mod walk;
pub mod workshop;

pub use run::{Options, Start, chosen, run};
