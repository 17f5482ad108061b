//! What a landscape export may share. A table bound for a data platform holds, by default, only the
//! systems whose outputs are public, and none of the team's internal diagnoses; a wider export is asked
//! for by name and comes with a sentence naming what became shareable.

use crate::session::{LandscapeEntry, SharedWith};
use crate::t;

/// How far a landscape export reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Include {
    /// Systems shared publicly, without diagnoses (the default).
    #[default]
    Public,
    /// Also the systems shared with protection actors, still without diagnoses.
    ProtectionActors,
    /// Every system, diagnoses included: for the team's own copy, not a platform.
    All,
}

impl Include {
    /// Every choice, narrowest first (what the export form offers).
    pub const ALL: [Include; 3] = [Include::Public, Include::ProtectionActors, Include::All];

    /// The command-line name (`--include NAME`).
    pub fn name(self) -> &'static str {
        match self {
            Include::Public => "public",
            Include::ProtectionActors => "protection-actors",
            Include::All => "all",
        }
    }

    /// The choice a command-line name stands for (any case; `_` for `-`).
    pub fn named(name: &str) -> Option<Include> {
        let name = name.trim().to_ascii_lowercase().replace('_', "-");
        Include::ALL.into_iter().find(|i| i.name() == name)
    }

    /// A label for people, in the current language.
    pub fn label(self) -> String {
        match self {
            Include::Public => t!("landscape-include-public"),
            Include::ProtectionActors => t!("landscape-include-protection-actors"),
            Include::All => t!("landscape-include-all"),
        }
    }

    fn shares(self, e: &LandscapeEntry) -> bool {
        match self {
            Include::Public => e.shared_with == SharedWith::Public,
            Include::ProtectionActors => {
                matches!(
                    e.shared_with,
                    SharedWith::Public | SharedWith::ProtectionActors
                )
            }
            Include::All => true,
        }
    }
}

/// The systems an export may hold, and the warning to print when it holds more than the public ones
/// (None for the default).
pub fn shareable(
    landscape: &[LandscapeEntry],
    include: Include,
) -> (Vec<LandscapeEntry>, Option<String>) {
    let kept: Vec<LandscapeEntry> = landscape
        .iter()
        .filter(|e| include.shares(e))
        .cloned()
        .map(|mut e| {
            if include != Include::All {
                e.diagnosis.clear();
            }
            e
        })
        .collect();
    let widened: Vec<String> = kept
        .iter()
        .filter(|e| !Include::Public.shares(e))
        .map(|e| e.name.clone())
        .collect();
    let diagnoses = include == Include::All && kept.iter().any(|e| !e.diagnosis.trim().is_empty());
    let warning = (include != Include::Public).then(|| {
        let names = if widened.is_empty() {
            t!("landscape-include-no-system")
        } else {
            widened.join(", ")
        };
        if diagnoses {
            t!(
                "landscape-include-warning-diagnoses",
                count = widened.len(),
                systems = names
            )
        } else {
            t!(
                "landscape-include-warning",
                count = widened.len(),
                systems = names
            )
        }
    });
    (kept, warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(name: &str, shared: SharedWith) -> LandscapeEntry {
        LandscapeEntry {
            name: name.into(),
            shared_with: shared,
            diagnosis: "Weak sampling".into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_default_shares_public_systems_without_diagnoses() {
        let register = [
            e("A", SharedWith::Public),
            e("B", SharedWith::ProtectionActors),
            e("C", SharedWith::InternalOnly),
            e("D", SharedWith::Unknown),
        ];
        let (kept, warning) = shareable(&register, Include::Public);
        assert_eq!(kept.len(), 1);
        assert!(kept[0].diagnosis.is_empty());
        assert_eq!(warning, None);
        let (kept, warning) = shareable(&register, Include::ProtectionActors);
        assert_eq!(kept.len(), 2);
        assert!(kept.iter().all(|e| e.diagnosis.is_empty()));
        assert!(warning.expect("a warning").contains('B'));
        let (kept, warning) = shareable(&register, Include::All);
        assert_eq!(kept.len(), 4);
        assert_eq!(kept[2].diagnosis, "Weak sampling");
        let warning = warning.expect("a warning");
        assert!(warning.contains("B, C, D"), "{warning}");
        assert_eq!(
            Include::named("Protection_Actors"),
            Some(Include::ProtectionActors)
        );
        assert_eq!(Include::named("everyone"), None);
    }
}
