//! The embedded catalogues as Fluent bundles, and looking a message up in the current language.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::current::current;
use super::lang::Lang;
use super::pseudo;

/// The interface catalogues, `(code, [(file, text)])`, English first.
fn catalogue_sources() -> &'static [(&'static str, &'static [(&'static str, &'static str)])] {
    crate::embedded::CATALOGUES
}

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Problems met parsing the catalogue's files (a test keeps this empty).
    errors: Vec<String>,
    ids: Vec<String>,
}

/// Each language's bundle, built the first time that language is asked for: a start in English
/// never parses the French catalogue (BENCHMARKS.md, startup).
static CATALOGUES: LazyLock<Vec<OnceLock<Catalogue>>> = LazyLock::new(|| {
    catalogue_sources()
        .iter()
        .map(|_| OnceLock::new())
        .collect()
});

/// The catalogue of the language at `index`, built on first use.
fn catalogue(index: usize) -> Option<&'static Catalogue> {
    let (code, files) = catalogue_sources().get(index)?;
    Some(CATALOGUES.get(index)?.get_or_init(|| build(code, files)))
}

fn build(code: &str, files: &[(&str, &str)]) -> Catalogue {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would reach terminals and plain-text exports as stray characters;
    // the program sanitises and lays out mixed-direction text itself.
    bundle.set_use_isolating(false);
    let (mut errors, mut ids) = (Vec::new(), Vec::new());
    for (file, text) in files {
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| format!("{code}/{file}: {e:?}")));
                r
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
        if let Err(errs) = bundle.add_resource(resource) {
            errors.extend(errs.iter().map(|e| format!("{code}/{file}: {e:?}")));
        }
    }
    Catalogue {
        bundle,
        errors,
        ids,
    }
}

impl Lang {
    /// The language's own name for itself ("English", "Français").
    pub fn name(self) -> String {
        super::current::with_lang(self, || tr("language-name"))
    }
}

/// The ids of every message a language's catalogue holds.
pub fn message_ids(lang: Lang) -> Vec<String> {
    catalogue(lang.index())
        .map(|c| c.ids.clone())
        .unwrap_or_default()
}

/// Whether a language's own catalogue has the message (without falling back to English).
pub fn has_message(lang: Lang, id: &str) -> bool {
    catalogue(lang.index()).is_some_and(|c| c.bundle.has_message(id))
}

/// What went wrong reading the catalogues (empty when every file is valid Fluent).
pub fn parse_errors() -> Vec<String> {
    (0..catalogue_sources().len())
        .filter_map(catalogue)
        .flat_map(|c| c.errors.clone())
        .collect()
}

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
}

/// The values a message is given (`t!("id", n = 3, name = "…")`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(Vec<(&'static str, Value)>);

impl Args {
    pub fn set(&mut self, name: &'static str, value: impl Into<Arg>) {
        self.0.push((name, value.into().0));
    }
}

/// One value for [`Args::set`]: text or a number.
pub struct Arg(Value);

macro_rules! number_args {
    ($($ty:ty),*) => {
        $( impl From<$ty> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $ty) -> Arg {
                Arg(Value::Number(n as f64))
            }
        } )*
    };
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg(Value::Text(s.to_string()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg(Value::Text(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg(Value::Text(s.clone()))
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg(Value::Text(s.into_owned()))
    }
}

/// A message without values in the current language.
pub fn tr(id: &str) -> String {
    tr_with(id, &Args::default())
}

/// A message with values in the current language; English when the language lacks it; the id itself
/// when no catalogue has it (a test keeps every id the code uses in the English catalogue).
pub fn tr_with(id: &str, args: &Args) -> String {
    let lang = current();
    if lang == Lang::PSEUDO {
        return pseudo_message(id, args);
    }
    format(lang.index(), id, args)
        .or_else(|| format(0, id, args))
        .unwrap_or_else(|| id.to_string())
}

fn format(index: usize, id: &str, args: &Args) -> Option<String> {
    let catalogue = catalogue(index)?;
    let pattern = catalogue.bundle.get_message(id)?.value()?;
    let mut fluent = FluentArgs::new();
    for (name, value) in &args.0 {
        match value {
            Value::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            Value::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = catalogue
        .bundle
        .format_pattern(pattern, Some(&fluent), &mut errors);
    Some(text.into_owned())
}

/// The English message made pseudo: its own words transformed, the values given to it left as they
/// are (they are the user's or the content's, not the catalogue's).
fn pseudo_message(id: &str, args: &Args) -> String {
    let marked = Args(
        args.0
            .iter()
            .enumerate()
            .map(|(i, (name, value))| match value {
                Value::Text(_) => (*name, Value::Text(pseudo::placeholder(i))),
                Value::Number(n) => (*name, Value::Number(*n)),
            })
            .collect(),
    );
    let Some(english) = format(0, id, &marked) else {
        return id.to_string();
    };
    let mut text = pseudo::pseudo_text(&english);
    for (i, (_, value)) in args.0.iter().enumerate() {
        if let Value::Text(s) = value {
            text = text.replace(&pseudo::placeholder(i), s);
        }
    }
    text
}
