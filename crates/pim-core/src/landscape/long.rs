//! The register as a "long" table, the shape 4W tools and data platforms expect: one row per system
//! and area, the area in the column of its recorded administrative level (`#adm1`, `#adm2`, `#adm3`,
//! each with its P-code in `+code`), or in `#loc` when its level is not recorded. A system without an
//! area has one row with no area.

use super::table_cells::{category_name, date_cell};
use crate::content::Pack;
use crate::session::{LandscapeArea, LandscapeEntry};

/// The long table's columns: header and HXL tag.
pub const LONG_COLUMNS: [(&str, &str); 20] = [
    ("id", "#meta+id"),
    ("name", "#activity+name"),
    ("organisation", "#org+name"),
    ("sector", "#sector+cluster"),
    ("category", "#sector+pim+code"),
    ("category_name", "#sector+pim+name"),
    ("admin1", "#adm1+name"),
    ("admin1_pcode", "#adm1+code"),
    ("admin2", "#adm2+name"),
    ("admin2_pcode", "#adm2+code"),
    ("admin3", "#adm3+name"),
    ("admin3_pcode", "#adm3+code"),
    ("location", "#loc+name"),
    ("frequency", "#frequency"),
    ("last_update", "#date+updated"),
    ("status", "#status"),
    ("shared_with", "#meta+shared_with"),
    ("shared_what", "#description+shared"),
    ("contact_role", "#contact+role"),
    ("diagnosis", "#description+diagnosis"),
];

/// The long table: header, hashtag row, then one row per system and area.
pub fn long_rows(
    pack: &Pack,
    landscape: &[LandscapeEntry],
    areas: &[LandscapeArea],
) -> Vec<Vec<String>> {
    let mut rows = vec![
        LONG_COLUMNS.iter().map(|(h, _)| h.to_string()).collect(),
        LONG_COLUMNS.iter().map(|(_, t)| t.to_string()).collect(),
    ];
    for e in landscape {
        let covered: Vec<Option<&String>> = if e.areas.is_empty() {
            vec![None]
        } else {
            e.areas.iter().map(Some).collect()
        };
        for area in covered {
            let mut place = vec![String::new(); 7];
            if let Some(name) = area {
                let info = areas
                    .iter()
                    .find(|a| a.name.trim().eq_ignore_ascii_case(name.trim()));
                match info.and_then(|a| a.level.map(|l| (l, a))) {
                    Some((level, a)) => {
                        let at = (usize::from(level) - 1) * 2;
                        place[at] = name.clone();
                        place[at + 1] = a.pcode.clone();
                    }
                    None => place[6] = name.clone(),
                }
            }
            let mut row = vec![
                e.id.clone(),
                e.name.clone(),
                e.organisation.clone(),
                e.sector.clone(),
                e.category.clone(),
                category_name(pack, e),
            ];
            row.extend(place);
            row.extend([
                e.frequency.clone(),
                date_cell(e),
                e.status.as_str().to_string(),
                e.shared_with.as_str().to_string(),
                e.shared_what.clone(),
                e.contact_role.clone(),
                e.diagnosis.clone(),
            ]);
            rows.push(row);
        }
    }
    rows
}
