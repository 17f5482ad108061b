//! Due dates as people type them: `2026-12-01`, `+7d`, `+2w`, `today`, `tomorrow`.

use chrono::{Days, NaiveDate};

/// Parse a due date relative to `today`. Empty text means no due date.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    match t.as_str() {
        "today" => return Ok(Some(today)),
        "tomorrow" => return Ok(today.checked_add_days(Days::new(1))),
        _ => {}
    }
    if let Some(rest) = t.strip_prefix('+') {
        let (number, unit) = rest.split_at(rest.len().saturating_sub(1));
        let n: u64 = number
            .parse()
            .map_err(|_| format!("{text:?} is not a date: write 2026-12-01, +7d or +2w"))?;
        let days = match unit {
            "d" => n,
            "w" => n.saturating_mul(7),
            _ => {
                return Err(format!(
                    "{text:?} is not a date: write 2026-12-01, +7d or +2w"
                ));
            }
        };
        if days > 3660 {
            return Err(format!(
                "{text:?} is more than ten years ahead: check the date"
            ));
        }
        return Ok(today.checked_add_days(Days::new(days)));
    }
    NaiveDate::parse_from_str(&t, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("{text:?} is not a date: write 2026-12-01, +7d or +2w"))
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
    fn bad_dates_say_what_to_write() {
        for bad in [
            "next week",
            "2026-13-01",
            "+d",
            "+7x",
            "+99999d",
            "1/12/2026",
        ] {
            let err = parse_due(bad, today()).unwrap_err();
            assert!(
                err.contains("2026-12-01") || err.contains("ten years"),
                "{bad}: {err}"
            );
        }
    }
}
