//! HXL hashtags and tag patterns, read by the standard's rules (HXL 1.1, "tag patterns"): a hashtag
//! is `#name` followed by `+attribute`s; case and spaces do not matter; a pattern matches a column when
//! the column's hashtag is the pattern's and carries every attribute the pattern asks for (it may carry
//! more), and none that the pattern excludes with `-attribute`. So `#org` matches `#org+name+i_fr`,
//! and `#sector-pim` matches `#sector+cluster` but not `#sector+pim+code`.

/// A column's HXL tag: the hashtag (without `#`, lower case) and its attributes (lower case, sorted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub hashtag: String,
    pub attributes: Vec<String>,
}

/// A tag pattern: a hashtag, the attributes a column must carry and those it must not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPattern {
    pub hashtag: String,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

/// A name part of a tag: letters, digits and `_` (HXL's rule), lower case.
fn is_name(part: &str) -> bool {
    !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Splits `#name+a-b…` (lower case; spaces allowed around the signs, not inside a name) into the
/// hashtag and its signed attributes.
fn split(text: &str) -> Option<(String, Vec<(char, String)>)> {
    let text = text.trim().to_lowercase();
    let rest = text.strip_prefix('#')?;
    let mut parts = Vec::new();
    let mut sign = ' ';
    let mut current = String::new();
    for c in rest.chars() {
        if c == '+' || c == '-' {
            parts.push((sign, std::mem::take(&mut current)));
            sign = c;
        } else {
            current.push(c);
        }
    }
    parts.push((sign, current));
    let mut parts = parts.into_iter().map(|(s, p)| (s, p.trim().to_string()));
    let (_, hashtag) = parts.next()?;
    if !is_name(&hashtag) {
        return None;
    }
    let attrs: Vec<(char, String)> = parts.collect();
    attrs
        .iter()
        .all(|(_, a)| is_name(a))
        .then_some((hashtag, attrs))
}

impl Tag {
    /// A column's hashtag cell read as a tag (`None` when it is not one: empty, no `#`, a bad name or a
    /// `-` exclusion, which only patterns have).
    pub fn parse(cell: &str) -> Option<Tag> {
        let (hashtag, attrs) = split(cell)?;
        if attrs.iter().any(|(sign, _)| *sign == '-') {
            return None;
        }
        let mut attributes: Vec<String> = attrs.into_iter().map(|(_, a)| a).collect();
        attributes.sort();
        attributes.dedup();
        Some(Tag {
            hashtag,
            attributes,
        })
    }

    /// Whether the tag carries an attribute.
    pub fn has(&self, attribute: &str) -> bool {
        self.attributes.iter().any(|a| a == attribute)
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.hashtag)?;
        for a in &self.attributes {
            write!(f, "+{a}")?;
        }
        Ok(())
    }
}

impl TagPattern {
    /// A pattern such as `#org+name` or `#sector-pim`. Panics on a malformed pattern: patterns are
    /// written in this program's code, and a test reads every one.
    pub fn new(text: &str) -> TagPattern {
        TagPattern::parse(text).unwrap_or_else(|| panic!("a malformed tag pattern: {text}"))
    }

    /// A pattern read from text (`None` when it is not one).
    pub fn parse(text: &str) -> Option<TagPattern> {
        let (hashtag, attrs) = split(text)?;
        let pick = |want: char| {
            attrs
                .iter()
                .filter(|(sign, _)| *sign == want)
                .map(|(_, a)| a.clone())
                .collect()
        };
        Some(TagPattern {
            hashtag,
            include: pick('+'),
            exclude: pick('-'),
        })
    }

    /// Whether a column's tag matches: same hashtag, every included attribute, no excluded one.
    pub fn matches(&self, tag: &Tag) -> bool {
        tag.hashtag == self.hashtag
            && self.include.iter().all(|a| tag.has(a))
            && !self.exclude.iter().any(|a| tag.has(a))
    }
}

/// Whether a row is a hashtag row: at least one cell is a tag, and every non-empty cell is one.
pub fn is_hashtag_row(cells: &[String]) -> bool {
    let mut filled = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
    let mut any = false;
    filled.all(|c| {
        any = true;
        Tag::parse(c).is_some()
    }) && any
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, tag: &str) -> bool {
        TagPattern::new(pattern).matches(&Tag::parse(tag).expect("a tag"))
    }

    #[test]
    fn a_pattern_matches_columns_with_more_attributes() {
        assert!(m("#org", "#org+name+i_fr"));
        assert!(m("#activity+name", "#activity+name+i_fr"));
        assert!(m("#activity+name", "#activity +I_FR+ Name"));
        assert!(!m("#activity+name", "#activity"));
        assert!(!m("#org", "#organisation"));
        assert!(m("#adm2+code", "#adm2+code+v_pcode"));
    }

    #[test]
    fn excluded_attributes_are_honoured() {
        assert!(m("#sector-pim", "#sector+cluster"));
        assert!(m("#sector-pim", "#sector"));
        assert!(!m("#sector-pim", "#sector+pim+code"));
        assert!(!m("#contact-role", "#contact+role"));
        assert!(m("#contact-role", "#contact+email"));
        assert!(m("#date-start-end", "#date+updated"));
        assert!(!m("#date-start-end", "#date+start"));
    }

    #[test]
    fn tags_are_normalised_and_malformed_cells_are_not_tags() {
        let t = Tag::parse("  #ADM1 + Name +code ").expect("a tag");
        assert_eq!(t.to_string(), "#adm1+code+name");
        assert_eq!(Tag::parse("adm1"), None);
        assert_eq!(Tag::parse("#"), None);
        assert_eq!(Tag::parse("#org-name"), None, "only patterns exclude");
        assert_eq!(Tag::parse("#org+"), None);
        assert_eq!(Tag::parse("#org+na/me"), None);
        assert!(TagPattern::parse("#org-").is_none());
    }

    #[test]
    fn hashtag_rows_hold_tags_and_blanks_only() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(is_hashtag_row(&row(&["#org", "", "#adm1+name"])));
        assert!(!is_hashtag_row(&row(&["#org", "Organisation"])));
        assert!(!is_hashtag_row(&row(&["", " "])));
        assert!(!is_hashtag_row(&row(&["# of people"])));
    }
}
