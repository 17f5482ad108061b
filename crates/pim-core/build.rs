//! Embeds every language the workspace holds: the interface catalogues (`locales/<lang>/*.ftl`) and the
//! content packs (`content/<lang>/*.json`). A language joins by adding its folders; no code changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The files of each language folder under `root` with the extension `ext`, English first, then by code.
fn languages(root: &Path, ext: &str) -> Vec<(String, Vec<(String, PathBuf)>)> {
    let mut langs = Vec::new();
    let Ok(dirs) = fs::read_dir(root) else {
        return langs;
    };
    for dir in dirs.flatten() {
        let path = dir.path();
        if !path.is_dir() {
            continue;
        }
        let code = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<(String, PathBuf)> = fs::read_dir(&path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .map(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                (name.unwrap_or_default(), p)
            })
            .collect();
        files.sort();
        if !files.is_empty() {
            langs.push((code, files));
        }
    }
    langs.sort_by(|a, b| (a.0 != "en", &a.0).cmp(&(b.0 != "en", &b.0)));
    langs
}

fn table(name: &str, langs: &[(String, Vec<(String, PathBuf)>)]) -> String {
    let mut out = format!("pub static {name}: &[(&str, &[(&str, &str)])] = &[\n");
    for (code, files) in langs {
        let _ = writeln!(out, "    ({code:?}, &[");
        for (file, path) in files {
            let _ = writeln!(
                out,
                "        ({file:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    out
}

/// The ids of the messages a Fluent file defines: a message starts a line with its identifier
/// (`[a-zA-Z][a-zA-Z0-9_-]*`) and `=`; every other line of a message is indented, and comments and
/// terms start with `#` and `-`. A test checks the result against what Fluent parses.
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let first = line.chars().next()?;
            if !first.is_ascii_alphabetic() {
                return None;
            }
            let end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(line.len());
            line[end..]
                .trim_start()
                .starts_with('=')
                .then(|| line[..end].to_string())
        })
        .collect()
}

/// The messages a Fluent file refers to (`{ other-message }` or `{ other-message.attribute }`).
fn references(text: &str) -> Vec<String> {
    let mut refs = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let inner = rest.trim_start();
        let end = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(inner.len());
        let (name, after) = inner.split_at(end);
        let id = name.split('.').next().unwrap_or_default();
        if id.starts_with(|c: char| c.is_ascii_alphabetic()) && after.trim_start().starts_with('}')
        {
            refs.push(id.to_string());
        }
    }
    refs
}

/// For each language of `CATALOGUES`, every message id with the index of the file defining it,
/// sorted by id (`MESSAGE_FILES`), and for each file the other files its messages refer to, directly
/// or through another file (`FILE_DEPS`): a lookup parses only the file it needs and those
/// (BENCHMARKS.md, startup).
fn message_index(langs: &[(String, Vec<(String, PathBuf)>)]) -> String {
    let mut index = String::from("pub static MESSAGE_FILES: &[&[(&str, u16)]] = &[\n");
    let mut deps = String::from("pub static FILE_DEPS: &[&[&[u16]]] = &[\n");
    for (_, files) in langs {
        let texts: Vec<String> = files
            .iter()
            .map(|(_, path)| fs::read_to_string(path).unwrap_or_default())
            .collect();
        let mut ids: Vec<(String, usize)> = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            ids.extend(message_ids(text).into_iter().map(|id| (id, i)));
        }
        ids.sort();
        index.push_str("    &[");
        for (id, i) in &ids {
            let _ = write!(index, "({id:?}, {i}), ");
        }
        index.push_str("],\n");
        let file_of = |id: &str| {
            ids.binary_search_by(|(m, _)| m.as_str().cmp(id))
                .ok()
                .map(|at| ids[at].1)
        };
        let direct: Vec<Vec<usize>> = texts
            .iter()
            .map(|t| references(t).iter().filter_map(|id| file_of(id)).collect())
            .collect();
        deps.push_str("    &[");
        for file in 0..files.len() {
            let mut seen = vec![false; files.len()];
            let mut stack = vec![file];
            seen[file] = true;
            while let Some(f) = stack.pop() {
                for &d in &direct[f] {
                    if !seen[d] {
                        seen[d] = true;
                        stack.push(d);
                    }
                }
            }
            let others: Vec<String> = (0..files.len())
                .filter(|&d| d != file && seen[d])
                .map(|d| d.to_string())
                .collect();
            let _ = write!(deps, "&[{}], ", others.join(", "));
        }
        deps.push_str("],\n");
    }
    index.push_str("];\n");
    deps.push_str("];\n");
    index + &deps
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest.join("../..");
    let locales = workspace.join("locales");
    let content = workspace.join("content");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-changed={}", content.display());
    let (ui, packs) = (languages(&locales, "ftl"), languages(&content, "json"));
    for (_, files) in ui.iter().chain(&packs) {
        for (_, path) in files {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    for (code, _) in ui.iter().chain(&packs) {
        println!("cargo:rerun-if-changed={}", locales.join(code).display());
        println!("cargo:rerun-if-changed={}", content.join(code).display());
    }
    let text = table("CATALOGUES", &ui) + &message_index(&ui) + &table("PACKS", &packs);
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    if let Err(e) = fs::write(&out, text) {
        panic!("cannot write {}: {e}", out.display());
    }
}
