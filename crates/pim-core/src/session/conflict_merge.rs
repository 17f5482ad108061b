//! A sync engine's conflict copy, made mergeable: a copy of a group file merges beside the group
//! (under its own key, so the two never overwrite each other back and forth), and a copy of the
//! plenary itself merges like a group named "Conflict copy" bringing only what differs from the
//! plenary — its other answers, and the decisions, actions, risks and points the plenary lacks.

use super::breakout::fingerprint;
use super::breakout_records::GroupOrigin;
use super::model::Session;

/// `copy` (read from the file `file_name`, a conflict copy) as a group of `plenary` for the merge.
pub fn as_mergeable(mut copy: Session, plenary: &Session, file_name: &str) -> Session {
    let key = format!("{}~{}", copy.id, fingerprint(&[file_name]));
    if let Some(origin) = copy.breakout.origin.as_mut() {
        origin.group = crate::t!("groups-conflict-copy-tag", group = origin.group.as_str());
        copy.id = key;
        return copy;
    }
    if copy.id != plenary.id {
        return copy;
    }
    copy.id = key;
    copy.breakout.origin = Some(GroupOrigin {
        plenary_id: plenary.id.clone(),
        plenary_title: plenary.title.clone(),
        group: crate::t!("groups-conflict-copy-plenary"),
        ..GroupOrigin::default()
    });
    keep_differences(&mut copy, plenary);
    copy
}

/// Drops from `copy` what the plenary already holds as it is.
fn keep_differences(copy: &mut Session, plenary: &Session) {
    for (substep, record) in &mut copy.substeps {
        record
            .answers
            .retain(|prompt, a| plenary.answer_text(substep, prompt) != a.text);
        record.principles.retain(|principle, c| {
            plenary
                .substeps
                .get(substep)
                .and_then(|r| r.principles.get(principle))
                .is_none_or(|p| p.status != c.status || p.note != c.note)
        });
    }
    drop_known(&mut copy.decisions, &plenary.decisions, |d| {
        (d.id.as_str(), d.title.as_str())
    });
    drop_known(&mut copy.actions, &plenary.actions, |a| {
        (a.id.as_str(), a.text.as_str())
    });
    drop_known(&mut copy.risks, &plenary.risks, |r| {
        (r.id.as_str(), r.description.as_str())
    });
    drop_known(&mut copy.parking_lot, &plenary.parking_lot, |p| {
        (p.id.as_str(), p.text.as_str())
    });
}

/// Drops from `items` those the plenary holds with the same id and text (`key`).
fn drop_known<T>(items: &mut Vec<T>, known: &[T], key: impl Fn(&T) -> (&str, &str)) {
    items.retain(|item| !known.iter().any(|k| key(k) == key(item)));
}
