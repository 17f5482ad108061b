//! Loading session files, which may come from someone else and are treated as untrusted: size-limited,
//! never panicking, never written to. An older file is migrated in memory, after its original bytes are
//! kept as `<file>.v<N>.bak`.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use thiserror::Error;

use crate::session::migrate::migrate_value;
use crate::session::{DecisionStatus, SCHEMA_VERSION, Session};

use super::perms;
use crate::t;

/// Largest session file accepted: 16 MiB.
pub const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// A session file that could not be opened. Nothing was written.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}", t!("storage-load-io", path = path.display().to_string(), error = source.to_string()))]
    Io {
        /// The file.
        path: PathBuf,
        /// The system error.
        #[source]
        source: io::Error,
    },
    /// Not a regular file (a folder, a device…).
    #[error("{}", t!("storage-load-not-a-file", path = path.display().to_string()))]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// Larger than [`MAX_FILE_SIZE`].
    #[error("{}", t!("storage-load-too-large", path = path.display().to_string(), size = *size, limit = *limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not valid JSON, or JSON that is not a session (with the position when known).
    #[error("{}", t!("storage-load-invalid", location = location(path, *line, *column), message = message.as_str()))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line, when known.
        line: Option<usize>,
        /// 1-based column, when known.
        column: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// No usable `schema_version`.
    #[error("{}", t!("storage-load-no-version", path = path.display().to_string(), message = message.as_str()))]
    NoVersion {
        /// The file.
        path: PathBuf,
        /// What is wrong with the version field.
        message: String,
    },
    /// Written by a newer pim-workshop.
    #[error("{}", t!("storage-load-too-new", path = path.display().to_string(), found = *found, supported = *supported))]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The schema version in the file.
        found: u64,
        /// The newest version this program reads.
        supported: u32,
    },
    /// The copy of the original could not be written before migrating it.
    #[error("{}", t!("storage-load-migration-backup", path = path.display().to_string(), backup = backup.display().to_string(), error = source.to_string()))]
    MigrationBackup {
        /// The file.
        path: PathBuf,
        /// The backup it tried to write.
        backup: PathBuf,
        /// The system error.
        #[source]
        source: io::Error,
    },
}

fn location(path: &Path, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", path.display()),
        _ => path.display().to_string(),
    }
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::NotAFile { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Invalid { path, .. }
            | LoadError::NoVersion { path, .. }
            | LoadError::TooNew { path, .. }
            | LoadError::MigrationBackup { path, .. } => path,
        }
    }
}

/// A session read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The session, migrated to the current schema if it was older.
    pub session: Session,
    /// The schema version of the file when it was older than the current one.
    pub migrated_from: Option<u32>,
    /// Problems that did not stop loading, one sentence each (show them to the user).
    pub warnings: Vec<String>,
    /// Where the original of a migrated file was kept.
    pub migration_backup: Option<PathBuf>,
}

/// A session parsed from bytes, before any file is written.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The session (migrated, sanitised).
    pub session: Session,
    /// The file's schema version when older than the current one.
    pub migrated_from: Option<u32>,
    /// Problems that did not stop parsing.
    pub warnings: Vec<String>,
}

/// Reads a session file. A file from an older schema is migrated in memory, and its original bytes are
/// first copied to `<file>.v<N>.bak` (a new file; the session file itself is never written here).
pub fn load_session(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_limited(path)?;
    let parsed = parse_session(path, &bytes, chrono::Local::now().fixed_offset())?;
    let migration_backup = match parsed.migrated_from {
        Some(v) => Some(keep_original(path, &bytes, v)?),
        None => None,
    };
    Ok(Loaded {
        session: parsed.session,
        migrated_from: parsed.migrated_from,
        warnings: parsed.warnings,
        migration_backup,
    })
}

/// The bytes of a file, refusing non-files and files larger than [`MAX_FILE_SIZE`] before reading.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_capped(path, MAX_FILE_SIZE).map_err(|e| match e {
        CappedReadError::Io(source) => LoadError::Io {
            path: path.to_path_buf(),
            source,
        },
        CappedReadError::NotAFile => LoadError::NotAFile {
            path: path.to_path_buf(),
        },
        CappedReadError::TooLarge { size, limit } => LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        },
    })
}

/// Why [`read_capped`] gave no bytes; each reader words it for its kind of file.
#[derive(Debug)]
pub enum CappedReadError {
    /// The file could not be read.
    Io(io::Error),
    /// Not a regular file (a folder, a device…).
    NotAFile,
    /// Larger than the limit (checked before reading, and again as it is read).
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
}

/// The bytes of a file of at most `limit` bytes: a non-file or a larger file is refused before it is
/// read, and a file that grows while it is read is refused too.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, CappedReadError> {
    let meta = fs::metadata(path).map_err(CappedReadError::Io)?;
    if !meta.is_file() {
        return Err(CappedReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(CappedReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(CappedReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(CappedReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Parses session bytes (a UTF-8 BOM is accepted), migrating older schemas in memory (`now` dates the
/// `migrated` event) and checking the content. Pure: touches no file; `path` is only used in messages.
pub fn parse_session(
    path: &Path,
    bytes: &[u8],
    now: DateTime<FixedOffset>,
) -> Result<Parsed, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let invalid = |e: serde_json::Error| {
        let text = e.to_string();
        let message = match text.rfind(" at line ") {
            Some(i) if e.line() > 0 => text[..i].to_string(),
            _ => text,
        };
        LoadError::Invalid {
            path: path.to_path_buf(),
            line: (e.line() > 0).then_some(e.line()),
            column: (e.line() > 0).then_some(e.column()),
            message,
        }
    };
    let no_version = |message: &str| LoadError::NoVersion {
        path: path.to_path_buf(),
        message: message.to_string(),
    };
    // The version decides how to read the rest. A current file is read once, straight into the model;
    // building a JSON tree first would take several times the file's size in memory (BENCHMARKS.md).
    let mut tree: Option<Value> = None;
    let version_field = match probe_version(bytes) {
        Some(field) => field,
        None => {
            // Not an object, or not JSON at all: the tree gives the error and where it is.
            let value: Value = serde_json::from_slice(bytes).map_err(invalid)?;
            let Some(obj) = value.as_object() else {
                return Err(no_version(&t!("storage-load-not-an-object")));
            };
            let field = obj.get("schema_version").cloned();
            tree = Some(value);
            field
        }
    };
    let version = match &version_field {
        None => return Err(no_version(&t!("storage-load-no-version-field"))),
        Some(v) => v
            .as_u64()
            .filter(|v| *v >= 1)
            .ok_or_else(|| no_version(&t!("storage-load-bad-version", value = v.to_string())))?,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let version = version as u32;
    let mut session: Session = if version == SCHEMA_VERSION {
        serde_json::from_slice(bytes).map_err(invalid)?
    } else {
        let mut value = match tree {
            Some(value) => value,
            None => serde_json::from_slice(bytes).map_err(invalid)?,
        };
        migrate_value(&mut value, version, now);
        serde_json::from_value(value).map_err(invalid)?
    };
    crate::session::migrate::move_merged_answers(&mut session);
    let warnings = sanitize(&mut session);
    Ok(Parsed {
        session,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
        warnings,
    })
}

/// The `schema_version` field of a JSON object (`Some(None)` when it has none), read without building
/// the rest; `None` when the bytes are not a JSON object this way (the caller then reads the whole tree,
/// which explains the problem).
fn probe_version(bytes: &[u8]) -> Option<Option<Value>> {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(default, deserialize_with = "present")]
        schema_version: Option<Value>,
    }
    /// Keeps `"schema_version": null` apart from a missing field.
    fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
        serde::Deserialize::deserialize(d).map(Some)
    }
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return None;
    }
    serde_json::from_slice::<Probe>(bytes)
        .ok()
        .map(|p| p.schema_version)
}

/// Checks what the types cannot: risk scores (clamped into 1–4), duplicate ids, references to decisions
/// that do not exist. Returns one sentence per problem.
pub fn sanitize(session: &mut Session) -> Vec<String> {
    let mut w = Vec::new();
    if session.id.is_empty() {
        w.push(t!("storage-warn-no-id"));
    }
    clamp_scores(session, &mut w);
    check_ids(session, &mut w);
    let decision_ids: std::collections::BTreeSet<&str> =
        session.decisions.iter().map(|d| d.id.as_str()).collect();
    for d in &session.decisions {
        if let DecisionStatus::Superseded { by } = &d.status
            && !decision_ids.contains(by.as_str())
        {
            w.push(if by.is_empty() {
                t!("storage-warn-superseded-by-nothing", id = d.id.as_str())
            } else {
                t!(
                    "storage-warn-superseded-by-missing",
                    id = d.id.as_str(),
                    by = by.as_str()
                )
            });
        }
        if let Some(old) = &d.supersedes
            && !decision_ids.contains(old.as_str())
        {
            w.push(t!(
                "storage-warn-supersedes-missing",
                id = d.id.as_str(),
                old = old.as_str()
            ));
        }
    }
    for a in &session.actions {
        for d in &a.decisions {
            if !decision_ids.contains(d.as_str()) {
                w.push(t!(
                    "storage-warn-action-decision-missing",
                    id = a.id.as_str(),
                    decision = d.as_str()
                ));
            }
        }
    }
    w
}

/// Risk scores outside 1–4 brought back into it, with a warning each.
fn clamp_scores(session: &mut Session, w: &mut Vec<String>) {
    for r in &mut session.risks {
        for (name, v) in [("likelihood", &mut r.likelihood), ("impact", &mut r.impact)] {
            if !(1..=4).contains(v) {
                let fixed = (*v).clamp(1, 4);
                w.push(t!(
                    "storage-warn-score",
                    id = r.id.as_str(),
                    scale = name,
                    value = *v,
                    fixed = fixed
                ));
                *v = fixed;
            }
        }
    }
}

/// Records without an id, and ids used twice, in each list of records.
fn check_ids(session: &Session, w: &mut Vec<String>) {
    let lists: [(&str, Vec<&str>); 4] = [
        (
            "decision",
            session.decisions.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "action",
            session.actions.iter().map(|a| a.id.as_str()).collect(),
        ),
        (
            "risk",
            session.risks.iter().map(|r| r.id.as_str()).collect(),
        ),
        (
            "parking-item",
            session.parking_lot.iter().map(|p| p.id.as_str()).collect(),
        ),
    ];
    for (kind, ids) in &lists {
        let mut seen = std::collections::BTreeSet::new();
        for id in ids {
            if id.is_empty() {
                w.push(t!("storage-warn-no-item-id", kind = *kind));
            } else if !seen.insert(*id) {
                w.push(t!("storage-warn-duplicate-id", kind = *kind, id = *id));
            }
        }
    }
}

/// Where the original of a file migrated from schema `version` is kept: `<file>.v<version>.bak`.
pub fn migration_backup_path(path: &Path, version: u32) -> PathBuf {
    super::siblings::sibling(path, "", &format!(".v{version}.bak"))
}

/// Copies the original bytes to a new backup file (0600), never overwriting a different existing one.
fn keep_original(path: &Path, bytes: &[u8], version: u32) -> Result<PathBuf, LoadError> {
    let first = migration_backup_path(path, version);
    let mut candidate = first.clone();
    for n in 2..1000 {
        if fs::read(&candidate).is_ok_and(|old| old == bytes) {
            return Ok(candidate);
        }
        match write_new(&candidate, bytes) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                candidate = super::siblings::sibling(path, "", &format!(".v{version}-{n}.bak"));
            }
            Err(source) => {
                return Err(LoadError::MigrationBackup {
                    path: path.to_path_buf(),
                    backup: candidate,
                    source,
                });
            }
        }
    }
    Err(LoadError::MigrationBackup {
        path: path.to_path_buf(),
        backup: first,
        source: io::Error::other(t!("storage-too-many-backups")),
    })
}

fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = perms::private_create_new().open(path)?;
    let r = f.write_all(bytes).and_then(|()| f.sync_all());
    if r.is_err() {
        drop(f);
        let _ = fs::remove_file(path);
        return r;
    }
    perms::sync_dir(&super::siblings::parent_dir(path))
}

/// Read a session for viewing only: no lock, no migration backup, nothing written. Older files are
/// migrated in memory.
pub fn read_session_read_only(path: &Path) -> Result<Parsed, LoadError> {
    let bytes = read_limited(path)?;
    parse_session(path, &bytes, chrono::Local::now().fixed_offset())
}
