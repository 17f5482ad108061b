//! Rows of one system in several areas (the usual 3W/4W shape: one row per organisation, activity and
//! area) merged into one system of the register, with a sentence for each merge.

use crate::session::LandscapeEntry;
use crate::t;

use super::import_report::join;

/// Which rows are one system: the same id, or (without an id) the same organisation and activity,
/// compared without case or surrounding spaces.
fn key(e: &LandscapeEntry) -> String {
    if e.id.trim().is_empty() {
        format!(
            "{}\u{0}{}",
            e.organisation.trim().to_lowercase(),
            e.name.trim().to_lowercase()
        )
    } else {
        format!("id\u{0}{}", e.id.trim())
    }
}

fn add_missing(into: &mut Vec<String>, from: &[String]) {
    for v in from {
        if !into.iter().any(|x| x.eq_ignore_ascii_case(v)) {
            into.push(v.clone());
        }
    }
}

fn fill(into: &mut String, from: &str) {
    if into.trim().is_empty() {
        *into = from.to_string();
    }
}

/// Merges `(line, entry)` rows into systems, in the order each first appears: areas, outputs and
/// sharing solutions are gathered; any other field keeps the first row's value (a later row fills a
/// field the first left empty). Returns the systems and one sentence per merge.
pub fn merge_rows(rows: Vec<(u64, LandscapeEntry)>) -> (Vec<LandscapeEntry>, Vec<String>) {
    let mut groups: Vec<(String, Vec<u64>, LandscapeEntry)> = Vec::new();
    for (line, e) in rows {
        let k = key(&e);
        match groups.iter_mut().find(|(g, _, _)| *g == k) {
            Some((_, lines, into)) => {
                lines.push(line);
                add_missing(&mut into.areas, &e.areas);
                add_missing(&mut into.outputs, &e.outputs);
                add_missing(&mut into.sharing_in_place, &e.sharing_in_place);
                for (a, b) in [
                    (&mut into.sector, &e.sector),
                    (&mut into.category, &e.category),
                    (&mut into.sub_category, &e.sub_category),
                    (&mut into.methods, &e.methods),
                    (&mut into.frequency, &e.frequency),
                    (&mut into.outputs_note, &e.outputs_note),
                    (&mut into.shared_what, &e.shared_what),
                    (&mut into.contact_role, &e.contact_role),
                    (&mut into.diagnosis, &e.diagnosis),
                ] {
                    fill(a, b);
                }
                into.last_update = into.last_update.max(e.last_update);
            }
            None => groups.push((k, vec![line], e)),
        }
    }
    let mut notes = Vec::new();
    let entries = groups
        .into_iter()
        .map(|(_, lines, e)| {
            if lines.len() > 1 {
                let system = if e.organisation.trim().is_empty() {
                    e.name.clone()
                } else {
                    format!("{} — {}", e.organisation, e.name)
                };
                notes.push(t!(
                    "landscape-import-merged",
                    lines = join(lines.iter().map(u64::to_string).collect()),
                    system = system,
                    areas = e.areas.len()
                ));
            }
            e
        })
        .collect();
    (entries, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(org: &str, name: &str, area: &str) -> LandscapeEntry {
        LandscapeEntry {
            organisation: org.into(),
            name: name.into(),
            areas: vec![area.into()],
            ..Default::default()
        }
    }

    #[test]
    fn one_activity_in_several_areas_is_one_system() {
        let (entries, notes) = merge_rows(vec![
            (3, row("NRC", "Protection monitoring", "Kalma")),
            (4, row("IRC", "Case management", "Kalma")),
            (5, row("nrc ", "protection monitoring", "Ferrin")),
            (6, row("NRC", "Protection monitoring", "kalma")),
        ]);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].areas, ["Kalma", "Ferrin"]);
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].contains("3, 5") && notes[0].contains("NRC — Protection monitoring"),
            "{}",
            notes[0]
        );
    }
}
