//! Reading a pack from the embedded files or from a folder, with errors that name file and JSON path.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::pack::Pack;

/// The files of a pack, in the order they are read.
pub const FILES: [&str; 10] = [
    "pack.json",
    "framework.json",
    "process.json",
    "principles.json",
    "matrix.json",
    "data_sharing.json",
    "competencies.json",
    "glossary.json",
    "templates.json",
    "sharing_agreement.json",
];

/// The English pack, embedded at compile time.
pub fn embedded_sources() -> Vec<(&'static str, &'static str)> {
    embedded_pack_sources("en").unwrap_or_default()
}

/// The files of the pack embedded for a language (`content/<code>/`), if there is one.
pub fn embedded_pack_sources(code: &str) -> Option<Vec<(&'static str, &'static str)>> {
    crate::embedded::PACKS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, files)| files.to_vec())
}

/// The language whose embedded pack has the id `pack_id` (`pim-core-fr` → `fr`).
pub fn embedded_pack_language(pack_id: &str) -> Option<&'static str> {
    crate::embedded::PACKS.iter().find_map(|(code, files)| {
        let (_, text) = files.iter().find(|(name, _)| *name == "pack.json")?;
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        (value.get("id")?.as_str()? == pack_id).then_some(*code)
    })
}

/// The content reference (pack id and version) of the pack embedded for a language, without reading
/// the whole pack.
pub fn embedded_content_ref(code: &str) -> Option<crate::session::ContentRef> {
    let (_, text) = embedded_pack_sources(code)?
        .into_iter()
        .find(|(name, _)| *name == "pack.json")?;
    let info: super::model::PackInfo = serde_json::from_str(text).ok()?;
    Some(crate::session::ContentRef {
        pack_id: info.id,
        version: info.version,
        ..Default::default()
    })
}

/// The languages a pack is embedded for, English first.
pub fn embedded_pack_languages() -> Vec<&'static str> {
    crate::embedded::PACKS.iter().map(|(c, _)| *c).collect()
}

/// Why a pack could not be read at all (validation problems are [`super::Issue`]s instead).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", crate::t!("content-load-io", file = file.display().to_string(), reason = reason.as_str(), count = FILES.len()))]
    Io { file: PathBuf, reason: String },
    #[error("{}", crate::t!("content-load-parse", file = file.display().to_string(), path = path.as_str(), message = message.as_str()))]
    Parse {
        file: PathBuf,
        /// The JSON path of the problem, e.g. `steps[0].substeps[2].prompts`.
        path: String,
        message: String,
    },
}

impl LoadError {
    pub fn file(&self) -> &Path {
        match self {
            LoadError::Io { file, .. } | LoadError::Parse { file, .. } => file,
        }
    }
}

fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A valid file parses in one plain pass; tracking the JSON path costs about as much again, so it is
    // done only to explain a failure.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        LoadError::Parse {
            file: file.to_path_buf(),
            path: if path == "." {
                crate::t!("content-path-top")
            } else {
                path
            },
            message: crate::t!(
                "content-load-at",
                error = inner.to_string(),
                line = inner.line(),
                column = inner.column()
            ),
        }
    })?;
    de.end().map_err(|e| LoadError::Parse {
        file: file.to_path_buf(),
        path: crate::t!("content-path-end"),
        message: e.to_string(),
    })?;
    Ok(value)
}

fn from_sources(
    dir: &Path,
    read: impl Fn(&str) -> Result<Cow<'static, str>, LoadError>,
) -> Result<Pack, LoadError> {
    let file = |name: &str| dir.join(name);
    Ok(Pack {
        info: parse(&file("pack.json"), &read("pack.json")?)?,
        framework: parse(&file("framework.json"), &read("framework.json")?)?,
        process: parse(&file("process.json"), &read("process.json")?)?,
        principles: parse(&file("principles.json"), &read("principles.json")?)?,
        matrix: parse(&file("matrix.json"), &read("matrix.json")?)?,
        data_sharing: parse(&file("data_sharing.json"), &read("data_sharing.json")?)?,
        competencies: parse(&file("competencies.json"), &read("competencies.json")?)?,
        glossary: parse(&file("glossary.json"), &read("glossary.json")?)?,
        templates: parse(&file("templates.json"), &read("templates.json")?)?,
        sharing_agreement: parse(
            &file("sharing_agreement.json"),
            &read("sharing_agreement.json")?,
        )?,
    })
}

/// Parse the embedded English pack.
pub fn load_embedded() -> Result<Pack, LoadError> {
    load_embedded_sources("en", &embedded_sources(), false)
}

/// Parse the pack embedded for a language code (`fr`), or for `pseudo` the English pack in the
/// pseudo-locale (every text transformed, ids kept). `None` when no pack is embedded for it.
pub fn load_embedded_lang(code: &str) -> Option<Result<Pack, LoadError>> {
    if code == "pseudo" {
        return Some(
            load_embedded_sources("en", &embedded_sources(), true).map(|mut pack| {
                pack.info.id = "pim-core-pseudo".into();
                pack.info.language = "pseudo".into();
                pack
            }),
        );
    }
    let sources = embedded_pack_sources(code)?;
    Some(load_embedded_sources(code, &sources, false))
}

/// The pack embedded for a language code, or the English one when there is none for it.
pub fn load_embedded_or_english(code: &str) -> Result<Pack, LoadError> {
    load_embedded_lang(code).unwrap_or_else(load_embedded)
}

fn load_embedded_sources(
    code: &str,
    sources: &[(&'static str, &'static str)],
    pseudo: bool,
) -> Result<Pack, LoadError> {
    let dir = Path::new("content").join(code);
    from_sources(&dir, |name| {
        let text = sources
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| *text)
            .ok_or_else(|| LoadError::Io {
                file: dir.join(name),
                reason: crate::t!("content-load-not-embedded"),
            })?;
        Ok(if pseudo {
            Cow::Owned(super::pseudo::transform(text))
        } else {
            Cow::Borrowed(text)
        })
    })
}

/// Files larger than this are not content packs.
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Parse a pack from a folder holding the same files as `content/en/`.
pub fn load_dir(dir: &Path) -> Result<Pack, LoadError> {
    from_sources(dir, |name| {
        let path = dir.join(name);
        let io = |reason: String| LoadError::Io {
            file: path.clone(),
            reason,
        };
        let meta = std::fs::metadata(&path).map_err(|e| io(e.to_string()))?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(io(crate::t!(
                "content-load-too-large",
                size = meta.len(),
                limit = MAX_FILE_BYTES
            )));
        }
        std::fs::read_to_string(&path)
            .map(Cow::Owned)
            .map_err(|e| io(e.to_string()))
    })
}
