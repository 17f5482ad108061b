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

/// For each language of `CATALOGUES`, every message id with the index of the file defining it,
/// sorted by id: a lookup parses only the file it needs (BENCHMARKS.md, startup).
fn message_index(langs: &[(String, Vec<(String, PathBuf)>)]) -> String {
    let mut out = String::from("pub static MESSAGE_FILES: &[&[(&str, u16)]] = &[\n");
    for (_, files) in langs {
        let mut ids: Vec<(String, usize)> = Vec::new();
        for (i, (_, path)) in files.iter().enumerate() {
            let text = fs::read_to_string(path).unwrap_or_default();
            ids.extend(message_ids(&text).into_iter().map(|id| (id, i)));
        }
        ids.sort();
        out.push_str("    &[");
        for (id, i) in ids {
            let _ = write!(out, "({id:?}, {i}), ");
        }
        out.push_str("],\n");
    }
    out.push_str("];\n");
    out
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
