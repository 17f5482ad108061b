//! The screen shown when another instance has the session open: who has it, and `o` to read it
//! read-only.

use std::path::Path;

use super::ctx::Ctx;
use super::keys::Command;
use super::msg::Effect;

pub fn handle(path: &Path, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    match command {
        Command::OpenReadOnly => vec![Effect::OpenSession {
            path: path.to_path_buf(),
            read_only: true,
        }],
        Command::Back => {
            cx.back();
            Vec::new()
        }
        _ => Vec::new(),
    }
}
