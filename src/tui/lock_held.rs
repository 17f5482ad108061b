//! The screen shown when another instance has the session open: who has it, and `o` to read it
//! read-only.

use super::ctx::Ctx;
use super::keys::{Command, Context};
use super::library::HomeState;
use super::msg::Effect;
use super::open::OpenSession;
use super::screen::ScreenKind;
use super::screens::LockHeld;
use crate::t;

impl ScreenKind for LockHeld {
    fn context(&self, _: &HomeState) -> Context {
        Context::LockHeld
    }
    fn title(&self, _: Option<&OpenSession>) -> String {
        t!("lock-held-title").to_string()
    }
    fn handle(&mut self, command: Command, cx: &mut Ctx) -> Vec<Effect> {
        match command {
            Command::OpenReadOnly => vec![Effect::OpenSession {
                path: self.path.clone(),
                read_only: true,
            }],
            Command::Back => {
                cx.back();
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}
