//! Which column of an imported table holds which field of the register: by HXL tag pattern when the
//! table has a hashtag row (the first pattern of a field that matches a column wins; several columns
//! matching it is said, and the first is used), otherwise — and for a column without a tag — by its
//! header, in English or French. Columns of personal contact details are found too, to be left out.

use super::hxl_tags::{Tag, TagPattern};
use crate::session::words::word_key;

/// A field an imported table can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Name,
    Organisation,
    Category,
    CategoryName,
    Sector,
    SubCategory,
    Methods,
    Areas,
    Adm1,
    Adm1Code,
    Adm2,
    Adm2Code,
    Adm3,
    Adm3Code,
    Frequency,
    LastUpdate,
    Outputs,
    OutputsNote,
    SharedWith,
    SharedWhat,
    ContactRole,
    Status,
    Reliability,
    Diagnosis,
    SharingInPlace,
    /// Personal contact details: the column is left out.
    Personal,
}

/// A field's tag patterns (in order of preference) and header names (English and French).
pub struct FieldSpec {
    pub field: Field,
    pub patterns: &'static [&'static str],
    pub headers: &'static [&'static str],
}

const fn spec(
    field: Field,
    patterns: &'static [&'static str],
    headers: &'static [&'static str],
) -> FieldSpec {
    FieldSpec {
        field,
        patterns,
        headers,
    }
}

/// Every field, in the order columns are given out: a column goes to the first field that claims it,
/// so specific patterns come before general ones.
pub const FIELDS: &[FieldSpec] = &[
    spec(
        Field::Personal,
        &["#contact-role", "#name", "#meta+email", "#meta+phone"],
        &[
            "contact",
            "contact_person",
            "focal_point",
            "focal_point_name",
            "email",
            "e_mail",
            "phone",
            "telephone",
            "mobile",
            "courriel",
            "téléphone",
            "point_focal",
            "nom_du_point_focal",
            "personne_contact",
            "contact_email",
            "contact_phone",
        ],
    ),
    spec(Field::Id, &["#meta+id"], &["id"]),
    spec(
        Field::Category,
        &["#sector+pim+code"],
        &["category", "catégorie", "pim_category"],
    ),
    spec(
        Field::CategoryName,
        &["#sector+pim+name"],
        &["category_name"],
    ),
    spec(
        Field::SubCategory,
        &["#subsector+pim"],
        &["sub_category", "sous_catégorie"],
    ),
    spec(
        Field::Methods,
        &["#activity+methods"],
        &["methods", "méthodes", "method", "méthode"],
    ),
    spec(
        Field::Name,
        &["#activity+name", "#activity-methods-code"],
        &[
            "name",
            "activity",
            "activity_name",
            "system",
            "nom",
            "activité",
            "nom_de_l'activité",
            "système",
            "project",
            "projet",
        ],
    ),
    spec(
        Field::Organisation,
        &["#org+name", "#org+impl", "#org-code-type"],
        &[
            "organisation",
            "organization",
            "org",
            "partner",
            "implementing_partner",
            "agency",
            "partenaire",
            "organisme",
            "agence",
        ],
    ),
    spec(
        Field::Sector,
        &["#sector-pim", "#cluster"],
        &["sector", "cluster", "secteur"],
    ),
    spec(
        Field::Areas,
        &["#loc+name"],
        &["areas", "zones", "location", "localité", "lieu"],
    ),
    spec(
        Field::Adm3Code,
        &["#adm3+code"],
        &["admin3_pcode", "adm3_pcode", "admin3pcode"],
    ),
    spec(
        Field::Adm3,
        &["#adm3"],
        &["admin3", "adm3", "sub_district", "sous_district", "commune"],
    ),
    spec(
        Field::Adm2Code,
        &["#adm2+code"],
        &["admin2_pcode", "adm2_pcode", "admin2pcode"],
    ),
    spec(
        Field::Adm2,
        &["#adm2"],
        &["admin2", "adm2", "district", "département", "departement"],
    ),
    spec(
        Field::Adm1Code,
        &["#adm1+code"],
        &["admin1_pcode", "adm1_pcode", "admin1pcode"],
    ),
    spec(
        Field::Adm1,
        &["#adm1"],
        &[
            "admin1", "adm1", "state", "region", "province", "région", "état",
        ],
    ),
    spec(
        Field::Frequency,
        &["#frequency"],
        &["frequency", "fréquence", "frequence"],
    ),
    spec(
        Field::LastUpdate,
        &["#date+updated", "#date+reported", "#date-start-end"],
        &[
            "last_update",
            "last_updated",
            "updated",
            "date",
            "dernière_mise_à_jour",
            "mise_à_jour",
        ],
    ),
    spec(Field::Outputs, &["#meta+output+code"], &["outputs"]),
    spec(
        Field::OutputsNote,
        &["#description+output"],
        &["outputs_note", "products", "produits"],
    ),
    spec(
        Field::SharedWith,
        &["#meta+shared_with"],
        &["shared_with", "partagé_avec"],
    ),
    spec(
        Field::SharedWhat,
        &["#description+shared"],
        &["shared_what", "ce_qui_est_partagé"],
    ),
    spec(
        Field::ContactRole,
        &["#contact+role"],
        &["contact_role", "rôle_de_contact"],
    ),
    spec(
        Field::Status,
        &["#status"],
        &["status", "statut", "état_d'avancement", "activity_status"],
    ),
    spec(
        Field::Reliability,
        &["#meta+reliability"],
        &["reliability", "fiabilité"],
    ),
    spec(
        Field::Diagnosis,
        &["#description+diagnosis"],
        &["diagnosis", "diagnostic"],
    ),
    spec(
        Field::SharingInPlace,
        &["#meta+sharing+code"],
        &["sharing_in_place"],
    ),
];

/// One column of the table as the import sees it.
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    /// Its header (may be empty).
    pub header: String,
    /// Its HXL tag, when the table has a hashtag row and the cell holds one.
    pub tag: Option<Tag>,
}

impl ColumnInfo {
    /// How a report names the column: its header and its tag.
    pub fn shown(&self) -> String {
        match (&self.tag, self.header.trim()) {
            (Some(t), "") => t.to_string(),
            (Some(t), h) => format!("{h} ({t})"),
            (None, h) => h.to_string(),
        }
    }
}

/// Where each field is, and what the report says about columns.
#[derive(Debug, Default)]
pub struct Layout {
    found: Vec<(Field, usize)>,
    /// Columns left out as personal contact details.
    pub personal: Vec<usize>,
    /// Columns no field reads.
    pub unknown: Vec<usize>,
    /// Fields that several columns match: the field's pattern and every column (the first is used).
    pub several: Vec<(String, Vec<usize>)>,
}

impl Layout {
    /// The column of a field.
    pub fn at(&self, field: Field) -> Option<usize> {
        self.found
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, i)| *i)
    }

    /// Gives the columns out to the fields.
    pub fn find(columns: &[ColumnInfo]) -> Layout {
        let mut layout = Layout::default();
        let mut taken = vec![false; columns.len()];
        for spec in FIELDS {
            let by_tag = spec.patterns.iter().find_map(|p| {
                let pattern = TagPattern::new(p);
                let hits: Vec<usize> = (0..columns.len())
                    .filter(|&i| !taken[i])
                    .filter(|&i| columns[i].tag.as_ref().is_some_and(|t| pattern.matches(t)))
                    .collect();
                (!hits.is_empty()).then_some((p, hits))
            });
            let hits = match by_tag {
                Some((pattern, hits)) => {
                    if hits.len() > 1 && spec.field != Field::Personal {
                        layout.several.push((pattern.to_string(), hits.clone()));
                    }
                    if spec.field == Field::Personal {
                        hits
                    } else {
                        vec![hits[0]]
                    }
                }
                None => (0..columns.len())
                    .filter(|&i| !taken[i] && columns[i].tag.is_none())
                    .filter(|&i| {
                        let key = word_key(&columns[i].header);
                        spec.headers.contains(&key.as_str())
                    })
                    .take(if spec.field == Field::Personal {
                        usize::MAX
                    } else {
                        1
                    })
                    .collect(),
            };
            for &i in &hits {
                taken[i] = true;
                if spec.field == Field::Personal {
                    layout.personal.push(i);
                } else {
                    layout.found.push((spec.field, i));
                }
            }
        }
        layout.personal.sort_unstable();
        layout.unknown = (0..columns.len())
            .filter(|&i| !taken[i])
            .filter(|&i| columns[i].tag.is_some() || !columns[i].header.trim().is_empty())
            .collect();
        layout
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(tags: &[&str]) -> Vec<ColumnInfo> {
        tags.iter()
            .map(|t| ColumnInfo {
                header: String::new(),
                tag: Tag::parse(t),
            })
            .collect()
    }

    #[test]
    fn every_pattern_is_well_formed() {
        for spec in FIELDS {
            for p in spec.patterns {
                assert!(TagPattern::parse(p).is_some(), "{p}");
            }
        }
    }

    #[test]
    fn columns_go_to_fields_by_attribute_subset() {
        let c = cols(&[
            "#org+name+i_fr",
            "#activity+name+i_fr",
            "#sector+cluster",
            "#adm2+name",
            "#adm2+code",
            "#contact+email",
            "#indicator+value",
            "#activity+name+i_en",
        ]);
        let l = Layout::find(&c);
        assert_eq!(l.at(Field::Organisation), Some(0));
        assert_eq!(l.at(Field::Name), Some(1), "the first of several is used");
        assert_eq!(l.several, [("#activity+name".to_string(), vec![1, 7])]);
        assert_eq!(l.at(Field::Sector), Some(2));
        assert_eq!(l.at(Field::Adm2), Some(3));
        assert_eq!(l.at(Field::Adm2Code), Some(4));
        assert_eq!(l.personal, [5]);
        assert_eq!(l.unknown, [6, 7]);
        assert_eq!(l.at(Field::Category), None);
    }

    #[test]
    fn the_registers_own_columns_keep_their_fields() {
        let c = cols(&[
            "#sector+pim+code",
            "#sector+pim+name",
            "#contact+role",
            "#activity+methods",
            "#activity+name",
        ]);
        let l = Layout::find(&c);
        assert_eq!(l.at(Field::Category), Some(0));
        assert_eq!(l.at(Field::CategoryName), Some(1));
        assert_eq!(
            l.at(Field::Sector),
            None,
            "#sector-pim excludes the PIM category"
        );
        assert_eq!(l.at(Field::ContactRole), Some(2));
        assert_eq!(l.at(Field::Methods), Some(3));
        assert_eq!(l.at(Field::Name), Some(4));
        assert!(l.personal.is_empty() && l.unknown.is_empty());
    }

    #[test]
    fn headers_are_read_in_english_and_french() {
        let c: Vec<ColumnInfo> = [
            "Organisation",
            "Activité",
            "Secteur",
            "Statut",
            "Téléphone",
            "Notes",
        ]
        .iter()
        .map(|h| ColumnInfo {
            header: h.to_string(),
            tag: None,
        })
        .collect();
        let l = Layout::find(&c);
        assert_eq!(l.at(Field::Organisation), Some(0));
        assert_eq!(l.at(Field::Name), Some(1));
        assert_eq!(l.at(Field::Sector), Some(2));
        assert_eq!(l.at(Field::Status), Some(3));
        assert_eq!(l.personal, [4]);
        assert_eq!(l.unknown, [5]);
    }
}
