//! Due dates as people type them, in English or French: `2026-12-01`, `+7d` / `+7j`, `+2w` / `+2s`,
//! `today` / `aujourd'hui`, `tomorrow` / `demain`.

use chrono::{Days, NaiveDate};

/// Why a due date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DueProblem {
    /// None of the forms a due date may be written in (with what was written).
    #[error("{}", crate::t!("session-due-not-a-date", text = format!("{:?}", .0)))]
    NotADate(String),
    /// A relative date more than ten years ahead (with what was written).
    #[error("{}", crate::t!("session-due-too-far", text = format!("{:?}", .0)))]
    TooFarAhead(String),
}

/// The furthest a relative due date may reach: about ten years.
const MAX_DAYS_AHEAD: u64 = 3660;

/// Parse a due date relative to `today`: `2026-12-01`, `+7d`, `+2w`, `today`, `tomorrow`, or their
/// French forms `+7j` (jours), `+2s` (semaines), `aujourd'hui`, `demain` — both are accepted whatever
/// the interface's language, since a team may mix them (case and spaces ignored). Empty text means no
/// due date.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DueProblem> {
    let not_a_date = || DueProblem::NotADate(text.to_string());
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    match t.as_str() {
        "today" | "aujourd'hui" | "aujourd’hui" => return Ok(Some(today)),
        "tomorrow" | "demain" => return Ok(today.checked_add_days(Days::new(1))),
        _ => {}
    }
    if let Some(rest) = t.strip_prefix('+') {
        let (number, unit) = rest.split_at(rest.len().saturating_sub(1));
        let n: u64 = number.parse().map_err(|_| not_a_date())?;
        let days = match unit {
            "d" | "j" => n,
            "w" | "s" => n.saturating_mul(7),
            _ => return Err(not_a_date()),
        };
        if days > MAX_DAYS_AHEAD {
            return Err(DueProblem::TooFarAhead(text.to_string()));
        }
        return Ok(today.checked_add_days(Days::new(days)));
    }
    NaiveDate::parse_from_str(&t, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| not_a_date())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    #[test]
    fn iso_and_relative_dates() {
        assert_eq!(
            parse_due("2026-12-01", today()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 1)
        );
        assert_eq!(
            parse_due("+7d", today()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 28)
        );
        assert_eq!(
            parse_due(" +2W ", today()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 5)
        );
        assert_eq!(
            parse_due("tomorrow", today()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 22)
        );
        assert_eq!(parse_due("", today()).unwrap(), None);
    }

    #[test]
    fn french_forms_are_read_too() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
        assert_eq!(parse_due("+7j", today()).unwrap(), day(28));
        assert_eq!(parse_due("+1S", today()).unwrap(), day(28));
        assert_eq!(parse_due("Demain", today()).unwrap(), day(22));
        assert_eq!(parse_due("aujourd'hui", today()).unwrap(), day(21));
        assert_eq!(parse_due("aujourd’hui", today()).unwrap(), day(21));
        assert!(parse_due("+7x", today()).is_err());
    }

    #[test]
    fn bad_dates_say_what_to_write() {
        for bad in [
            "next week",
            "2026-13-01",
            "+d",
            "+7x",
            "+99999d",
            "1/12/2026",
        ] {
            let err = parse_due(bad, today()).unwrap_err().to_string();
            assert!(
                err.contains("2026-12-01") || err.contains("ten years"),
                "{bad}: {err}"
            );
        }
        assert_eq!(
            parse_due("+99999d", today()),
            Err(DueProblem::TooFarAhead("+99999d".into()))
        );
        assert_eq!(
            parse_due("next week", today()).map_err(|e| e.to_string()),
            Err("\"next week\" is not a date: write 2026-12-01, +7d or +2w (days, weeks), today or tomorrow".into())
        );
    }
}
