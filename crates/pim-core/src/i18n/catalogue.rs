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

/// One catalogue file of one language, parsed.
struct Parsed {
    resource: FluentResource,
    /// Problems met parsing the file (a test keeps this empty).
    errors: Vec<String>,
    ids: Vec<String>,
}

/// A table of values built on first use, one per file of each language.
type PerFile<T> = LazyLock<Vec<Vec<OnceLock<T>>>>;

fn per_file<T>() -> Vec<Vec<OnceLock<T>>> {
    catalogue_sources()
        .iter()
        .map(|(_, files)| files.iter().map(|_| OnceLock::new()).collect())
        .collect()
}

/// Each file of each language, parsed the first time one of its messages (or a message referring
/// to one of them) is asked for: a start parses only the files its first screen speaks from, not
/// the whole catalogue (BENCHMARKS.md, startup).
static PARSED: PerFile<Parsed> = LazyLock::new(per_file);

/// Each file's bundle: the file with the files its messages refer to (`FILE_DEPS`, from the build).
static BUNDLES: PerFile<FluentBundle<&'static FluentResource>> = LazyLock::new(per_file);

/// The file of language `index` that defines `id`, from the index the build makes
/// (`MESSAGE_FILES`, sorted by id).
fn file_of(index: usize, id: &str) -> Option<usize> {
    let ids = crate::embedded::MESSAGE_FILES.get(index)?;
    let at = ids.binary_search_by(|(m, _)| (*m).cmp(id)).ok()?;
    Some(usize::from(ids[at].1))
}

/// File `file` of the language at `index`, parsed on first use.
fn parsed(index: usize, file: usize) -> Option<&'static Parsed> {
    let (code, files) = catalogue_sources().get(index)?;
    let (name, text) = files.get(file)?;
    Some(
        PARSED
            .get(index)?
            .get(file)?
            .get_or_init(|| parse(code, name, text)),
    )
}

/// The bundle of file `file` of the language at `index`, built on first use.
fn bundle(index: usize, file: usize) -> Option<&'static FluentBundle<&'static FluentResource>> {
    let (code, _) = catalogue_sources().get(index)?;
    let deps = crate::embedded::FILE_DEPS.get(index)?.get(file)?;
    let cell = BUNDLES.get(index)?.get(file)?;
    Some(cell.get_or_init(|| {
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) would reach terminals and plain-text exports as stray
        // characters; the program sanitises and lays out mixed-direction text itself.
        bundle.set_use_isolating(false);
        let files = std::iter::once(file).chain(deps.iter().map(|d| usize::from(*d)));
        for f in files {
            if let Some(p) = parsed(index, f) {
                // Each id is in one file (`parse_errors` checks it), so nothing clashes.
                let _ = bundle.add_resource(&p.resource);
            }
        }
        bundle
    }))
}

/// The bundle of language `index` that holds `id`.
fn bundle_for(index: usize, id: &str) -> Option<&'static FluentBundle<&'static FluentResource>> {
    bundle(index, file_of(index, id)?)
}

/// Every file of the language at `index`, parsed.
fn all_parsed(index: usize) -> impl Iterator<Item = &'static Parsed> {
    let files = catalogue_sources().get(index).map_or(0, |(_, f)| f.len());
    (0..files).filter_map(move |file| parsed(index, file))
}

fn parse(code: &str, file: &str, text: &str) -> Parsed {
    let mut errors = Vec::new();
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errs)) => {
            errors.extend(errs.iter().map(|e| format!("{code}/{file}: {e:?}")));
            r
        }
    };
    let ids = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    Parsed {
        resource,
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

/// The ids of every message a language's catalogue holds, as Fluent parses them.
pub fn message_ids(lang: Lang) -> Vec<String> {
    all_parsed(lang.index())
        .flat_map(|p| p.ids.iter().cloned())
        .collect()
}

/// Whether a language's own catalogue has the message (without falling back to English).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle_for(lang.index(), id).is_some_and(|b| b.has_message(id))
}

/// What went wrong reading the catalogues (empty when every file is valid Fluent), any message the
/// build's index places in a file other than the one Fluent found it in, or in two files, and any
/// message referring to one its bundle does not hold.
pub fn parse_errors() -> Vec<String> {
    let mut errors = Vec::new();
    for (index, (code, files)) in catalogue_sources().iter().enumerate() {
        let mut parsed: Vec<(String, usize)> = Vec::new();
        for file in 0..files.len() {
            let Some(p) = self::parsed(index, file) else {
                continue;
            };
            errors.extend(p.errors.iter().cloned());
            parsed.extend(p.ids.iter().map(|id| (id.clone(), file)));
            errors.extend(unresolved_references(index, file, p).map(|r| format!("{code}: {r}")));
        }
        parsed.sort();
        for pair in parsed.windows(2) {
            if pair[0].0 == pair[1].0 {
                errors.push(format!("{code}: message {} is defined twice", pair[0].0));
            }
        }
        let indexed: Vec<(String, usize)> = crate::embedded::MESSAGE_FILES
            .get(index)
            .map(|ids| {
                ids.iter()
                    .map(|(id, f)| (id.to_string(), usize::from(*f)))
                    .collect()
            })
            .unwrap_or_default();
        if indexed != parsed {
            errors.push(format!(
                "{code}: the build's message index does not match the parsed catalogue"
            ));
        }
    }
    errors
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

/// The references to other messages, in the messages of file `file`, that its bundle cannot
/// resolve (formatting each value and attribute, without arguments).
fn unresolved_references(
    index: usize,
    file: usize,
    parsed: &Parsed,
) -> impl Iterator<Item = String> {
    let bundle = bundle(index, file);
    parsed.ids.iter().flat_map(move |id| {
        let Some(message) = bundle.and_then(|b| b.get_message(id)) else {
            return vec![format!("message {id} is not in its file's bundle")];
        };
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        let mut missing = Vec::new();
        for pattern in patterns {
            let mut errors = Vec::new();
            if let Some(b) = bundle {
                let _ = b.format_pattern(pattern, None, &mut errors);
            }
            missing.extend(errors.iter().filter_map(|e| match e {
                fluent_bundle::FluentError::ResolverError(
                    fluent_bundle::resolver::ResolverError::Reference(
                        kind @ fluent_bundle::resolver::errors::ReferenceKind::Message { .. },
                    ),
                ) => Some(format!(
                    "message {id} refers to {kind:?}, which its bundle lacks"
                )),
                _ => None,
            }));
        }
        missing
    })
}

fn format(index: usize, id: &str, args: &Args) -> Option<String> {
    let catalogue = bundle_for(index, id)?;
    let pattern = catalogue.get_message(id)?.value()?;
    let mut fluent = FluentArgs::new();
    for (name, value) in &args.0 {
        match value {
            Value::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            Value::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = catalogue.format_pattern(pattern, Some(&fluent), &mut errors);
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
