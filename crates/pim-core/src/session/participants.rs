//! Participants written as a list in one line: `Amina Haddad (Northbridge Relief, IMO); José (Kestrel)`.

use super::model::Participant;

/// Parse `Name (Organisation, role); Name (Organisation); Name`. Empty entries are dropped.
pub fn parse_list(text: &str) -> Vec<Participant> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|entry| {
            let (name, details) = match (entry.find('('), entry.rfind(')')) {
                (Some(open), Some(close)) if close > open => {
                    (&entry[..open], &entry[open + 1..close])
                }
                _ => (entry, ""),
            };
            let mut parts = details.splitn(2, ',').map(str::trim);
            Participant {
                name: name.trim().to_string(),
                organisation: parts.next().unwrap_or("").to_string(),
                role: parts.next().unwrap_or("").to_string(),
                ..Participant::default()
            }
        })
        .filter(|p| !p.name.is_empty())
        .collect()
}

/// The inverse of [`parse_list`].
pub fn format_list(participants: &[Participant]) -> String {
    participants
        .iter()
        .map(|p| {
            let details: Vec<&str> = [p.organisation.as_str(), p.role.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if details.is_empty() {
                p.name.clone()
            } else {
                format!("{} ({})", p.name, details.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_organisations_and_roles() {
        let list =
            parse_list("Amina Haddad (Northbridge Relief, IMO); José Ferreira (Kestrel);  ; Rania");
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].name, "Amina Haddad");
        assert_eq!(list[0].organisation, "Northbridge Relief");
        assert_eq!(list[0].role, "IMO");
        assert_eq!(list[1].organisation, "Kestrel");
        assert_eq!(list[1].role, "");
        assert_eq!(list[2].name, "Rania");
        assert_eq!(parse_list(&format_list(&list)), list, "round trip");
    }

    #[test]
    fn role_with_a_comma_stays_whole() {
        let list = parse_list("Nadia (Cluster, coordinator, Kalma hub)");
        assert_eq!(list[0].role, "coordinator, Kalma hub");
    }
}
