//! The choices the records forms offer: statuses, the 1–4 scale, the principles.

use crate::content::Pack;

pub fn options<T: AsRef<str>>(items: &[(T, T)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.as_ref().to_string(), b.as_ref().to_string()))
        .collect()
}

pub fn principle_options(pack: &Pack) -> Vec<(String, String)> {
    pack.principles
        .principles
        .iter()
        .map(|p| (p.id.clone(), format!("{}. {}", p.number, p.name)))
        .collect()
}

pub const DECISION_STATUSES: [(&str, &str); 3] = [
    ("proposed", "proposed"),
    ("agreed", "agreed"),
    ("rejected", "rejected"),
];
pub const ACTION_STATUSES: [(&str, &str); 4] = [
    ("open", "open"),
    ("in_progress", "in progress"),
    ("done", "done"),
    ("dropped", "dropped"),
];
pub const SCALE: [(&str, &str); 4] = [("1", "1 low"), ("2", "2"), ("3", "3"), ("4", "4 high")];
