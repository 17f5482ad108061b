//! The words of real 3W/4W tables: the status words clusters use (Ongoing, Completed, En cours…), the
//! frequency words (monthly, mensuel, every two weeks…) and the usual ways of writing a date. Each maps
//! to the register's own value; a word not in these lists is left to the register's strict readers.

use chrono::NaiveDate;

use crate::session::SystemStatus;
use crate::session::words::word_key;

/// The status words of 4W tables (English and French), read as the register's statuses.
const STATUS_WORDS: &[(&str, SystemStatus)] = &[
    ("ongoing", SystemStatus::Active),
    ("active", SystemStatus::Active),
    ("running", SystemStatus::Active),
    ("in_progress", SystemStatus::Active),
    ("implementation", SystemStatus::Active),
    ("en_cours", SystemStatus::Active),
    ("actif", SystemStatus::Active),
    ("active_ongoing", SystemStatus::Active),
    ("planned", SystemStatus::Planned),
    ("pipeline", SystemStatus::Planned),
    ("proposed", SystemStatus::Planned),
    ("not_started", SystemStatus::Planned),
    ("prévu", SystemStatus::Planned),
    ("planifié", SystemStatus::Planned),
    ("completed", SystemStatus::Ended),
    ("complete", SystemStatus::Ended),
    ("closed", SystemStatus::Ended),
    ("finished", SystemStatus::Ended),
    ("ended", SystemStatus::Ended),
    ("terminé", SystemStatus::Ended),
    ("achevé", SystemStatus::Ended),
    ("clôturé", SystemStatus::Ended),
    ("suspended", SystemStatus::Paused),
    ("on_hold", SystemStatus::Paused),
    ("paused", SystemStatus::Paused),
    ("suspendu", SystemStatus::Paused),
    ("interrompu", SystemStatus::Paused),
];

/// A 4W status word as the register's status (`None` when it is not one of them).
pub fn status_word(text: &str) -> Option<SystemStatus> {
    let key = word_key(text);
    STATUS_WORDS
        .iter()
        .find(|(w, _)| *w == key)
        .map(|(_, s)| *s)
}

/// Frequency words of 3W/4W tables, with the register's word for them.
const FREQUENCY_WORDS: &[(&[&str], &str)] = &[
    (
        &[
            "daily",
            "every_day",
            "quotidien",
            "quotidienne",
            "journalier",
        ],
        "daily",
    ),
    (
        &["weekly", "every_week", "hebdomadaire", "chaque_semaine"],
        "weekly",
    ),
    (
        &[
            "fortnightly",
            "biweekly",
            "bi_weekly",
            "every_two_weeks",
            "bimensuel",
            "bimensuelle",
            "quinzaine",
        ],
        "every two weeks",
    ),
    (
        &[
            "monthly",
            "every_month",
            "mensuel",
            "mensuelle",
            "chaque_mois",
        ],
        "monthly",
    ),
    (
        &[
            "quarterly",
            "every_quarter",
            "every_three_months",
            "trimestriel",
            "trimestrielle",
        ],
        "quarterly",
    ),
    (
        &["yearly", "annual", "annually", "annuel", "annuelle"],
        "yearly",
    ),
    (
        &[
            "one_off",
            "once",
            "one_time",
            "ad_hoc",
            "ponctuel",
            "ponctuelle",
            "unique",
        ],
        "one-off",
    ),
    (
        &[
            "continuous",
            "ongoing",
            "real_time",
            "continu",
            "continue",
            "permanent",
        ],
        "continuous",
    ),
];

/// A frequency as the register words it: a known word in one form, anything else as written.
pub fn frequency(text: &str) -> String {
    let key = word_key(text);
    FREQUENCY_WORDS
        .iter()
        .find(|(words, _)| words.contains(&key.as_str()))
        .map_or_else(|| text.trim().to_string(), |(_, w)| (*w).to_string())
}

/// The date forms of 3W/4W tables, tried in order: ISO first, then day-first (the humanitarian
/// default), then month names in English and French.
const DATE_FORMS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
];

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as the tables write it: `2026-10-31`, `31/10/2026`, `31.10.2026`, `31 Oct 2026`,
/// `31 octobre 2026`, `2026-10-31 14:00` (the time dropped), or a month alone (`2026-10`, `Oct 2026`,
/// its first day). `None` when it is none of them.
pub fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let text = text
        .split(['T', ' '])
        .next()
        .filter(|d| d.len() >= 8 && d.contains(['-', '/', '.']))
        .unwrap_or(text);
    let mut text = text.trim_start_matches("1er ").to_string();
    for (i, m) in FRENCH_MONTHS.iter().enumerate() {
        if let Some(at) = text.to_lowercase().find(m) {
            text.replace_range(at..at + m.len(), ENGLISH_MONTHS[i]);
            break;
        }
    }
    DATE_FORMS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&text, f).ok())
        .or_else(|| {
            ["%Y-%m-%d", "%d %B %Y", "%d %b %Y"].iter().find_map(|f| {
                let day = if f.starts_with("%Y") {
                    format!("{text}-01")
                } else {
                    format!("1 {text}")
                };
                NaiveDate::parse_from_str(&day, f).ok()
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_of_4w_tables_map_to_the_register() {
        assert_eq!(status_word("Ongoing"), Some(SystemStatus::Active));
        assert_eq!(status_word(" En cours "), Some(SystemStatus::Active));
        assert_eq!(status_word("Completed"), Some(SystemStatus::Ended));
        assert_eq!(status_word("Closed"), Some(SystemStatus::Ended));
        assert_eq!(status_word("Planned"), Some(SystemStatus::Planned));
        assert_eq!(status_word("On hold"), Some(SystemStatus::Paused));
        assert_eq!(status_word("sometimes"), None);
    }

    #[test]
    fn frequency_words_are_written_one_way() {
        assert_eq!(frequency("Mensuel"), "monthly");
        assert_eq!(frequency("bi-weekly"), "every two weeks");
        assert_eq!(frequency("One off"), "one-off");
        assert_eq!(frequency(" after each flood "), "after each flood");
    }

    #[test]
    fn dates_are_read_in_their_usual_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 10, 31);
        for text in [
            "2026-10-31",
            "2026/10/31",
            "31/10/2026",
            "31.10.2026",
            "31-10-2026",
            "31 Oct 2026",
            "31 October 2026",
            "October 31, 2026",
            "31 octobre 2026",
            "2026-10-31T09:00:00Z",
            "2026-10-31 09:00",
            "31-Oct-26",
        ] {
            assert_eq!(date(text), d, "{text}");
        }
        assert_eq!(date("2026-10"), NaiveDate::from_ymd_opt(2026, 10, 1));
        assert_eq!(date("Oct 2026"), NaiveDate::from_ymd_opt(2026, 10, 1));
        assert_eq!(
            date("1er février 2026"),
            NaiveDate::from_ymd_opt(2026, 2, 1)
        );
        assert_eq!(date("soon"), None);
        assert_eq!(date("31/31/2026"), None);
    }
}
