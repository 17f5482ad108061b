//! The ids of a session's records, as types: an id that crosses from one screen to another (the list a
//! record is picked in, the form that edits it, the picker for a system's outputs) cannot be mistaken
//! for another kind of id or for free text. Each derefs to `str`, so the session's methods take it as
//! they take any id.

macro_rules! record_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub String);

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
    };
}

record_id!(
    /// A decision's id, `D-n`.
    DecisionId
);
record_id!(
    /// An action's id, `A-n`.
    ActionId
);
record_id!(
    /// A risk's id, `R-n`.
    RiskId
);
record_id!(
    /// A landscape system's id, `L-n`.
    EntryId
);
record_id!(
    /// A dot vote's id, `V-n`.
    VoteId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_as_its_text() {
        let id = DecisionId::from("D-3");
        let as_str: &str = &id;
        assert_eq!(as_str, "D-3");
        assert_eq!(id.to_string(), "D-3");
        assert!(id == *"D-3");
        assert_ne!(id, DecisionId::from("D-4"));
    }
}
