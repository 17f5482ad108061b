//! The landscape register, line by line: the systems and sources already entered, and a new one
//! entered field by field, checked by the register's own rules (`LandscapeEntry::problems`).

use super::prompt::{Choice, Io};
use super::workshop::{Workshop, now};
use crate::display::one_line;
use crate::landscape::entry::parse_last_update;
use crate::session::LandscapeEntry;
use crate::t;

/// The register's prompt: what is in it, then a new system (Enter at its name goes back).
pub fn register(w: &mut Workshop, io: &mut Io) {
    let lines: Vec<String> = w
        .session
        .landscape
        .iter()
        .map(|e| {
            format!(
                "{}: {} — {}",
                e.id,
                one_line(&e.name),
                one_line(&e.organisation)
            )
        })
        .collect();
    io.say(&t!("plain-landscape-count", n = lines.len()));
    if !lines.is_empty() {
        io.page(&lines.join("\n"));
    }
    let Some(name) = io.ask(&t!("plain-ask-system-name")) else {
        return;
    };
    if name.trim().is_empty() {
        return;
    }
    let Some(entry) = fields(w, name.trim(), io) else {
        return;
    };
    if let Some(problem) = entry.problems(&w.pack).first() {
        io.say(&t!(
            "plain-landscape-refused",
            problem = problem.to_string()
        ));
        return;
    }
    let by = w.by.clone();
    let id = w.session.add_landscape_entry(entry, now(), &by);
    io.say(&t!("plain-recorded", id = id));
    w.save(io);
}

/// The other fields of a new system; None when the input ended before its category.
fn fields(w: &Workshop, name: &str, io: &mut Io) -> Option<LandscapeEntry> {
    let organisation = io.ask(&t!("plain-ask-organisation"))?;
    let names: Vec<String> = w
        .pack
        .matrix
        .categories
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let category = loop {
        match io.choose(&names, &t!("plain-ask-category")) {
            Choice::Picked(i) => break w.pack.matrix.categories[i].id.clone(),
            Choice::Keep => io.say(&t!("plain-category-needed")),
            Choice::Ended => return None,
        }
    };
    let areas = io.ask(&t!("plain-ask-areas")).unwrap_or_default();
    let methods = io.ask(&t!("plain-ask-methods")).unwrap_or_default();
    let frequency = io.ask(&t!("plain-ask-frequency")).unwrap_or_default();
    let last_update = loop {
        let typed = io.ask(&t!("plain-ask-last-update")).unwrap_or_default();
        match parse_last_update(&typed) {
            Ok(date) => break date,
            Err(problem) => io.say(&t!("plain-bad-last-update", problem = problem.to_string())),
        }
    };
    Some(LandscapeEntry {
        name: name.to_string(),
        organisation: organisation.trim().to_string(),
        category,
        methods: methods.trim().to_string(),
        areas: areas
            .split([';', ','])
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
        frequency: frequency.trim().to_string(),
        last_update,
        ..LandscapeEntry::default()
    })
}
