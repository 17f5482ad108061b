//! `pim-workshop search QUERY`: where the sessions of a folder mention something — answers, principle
//! notes, decisions, actions, risks, the parking lot and the landscape — each match with its session's
//! title, its place by name and the text around it. Never writes a file; everything printed from a
//! file is sanitised (the core's snippets already are).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use serde_json::json;

use super::export_cmds::print_out;
use crate::content::Pack;
use crate::display::one_line;
use crate::search::{self, Found, Query, place::place_name};
use crate::storage::library::session_files;
use crate::t;

/// Arguments of `pim-workshop search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    #[arg(value_name = "QUERY")]
    pub query: String,
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// Runs the search and prints what it found (text, or JSON with `--json`). Exit status 0 whether or
/// not anything was found.
pub fn search(args: &SearchArgs, data_dir: Option<&Path>, pack: &Pack) -> Result<ExitCode> {
    let Some(query) = Query::new(&args.query) else {
        bail!("{}", t!("search-cli-empty"));
    };
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| crate::paths::sessions_dir(&crate::paths::resolve_data_dir(data_dir)));
    let files = session_files(&dir);
    let found = search::search_all(&files, &query);
    if args.json {
        return print_out(&crate::export::json::to_pretty(&to_json(&found, pack)));
    }
    print_out(&text(&found, &query, &dir, pack))
}

fn text(found: &Found, query: &Query, dir: &Path, pack: &Pack) -> String {
    let dir_shown = one_line(&dir.display().to_string());
    let q = one_line(query.typed());
    let places: usize = found.sessions.iter().map(|s| s.hits.len()).sum();
    let mut out = if places == 0 {
        t!(
            "search-cli-none",
            query = q.as_str(),
            searched = found.searched,
            dir = dir_shown.as_str()
        )
    } else {
        t!(
            "search-cli-heading",
            query = q.as_str(),
            places = places,
            sessions = found.sessions.len(),
            searched = found.searched,
            dir = dir_shown.as_str()
        )
    };
    out.push('\n');
    for session in &found.sessions {
        let file = session
            .path
            .file_name()
            .map_or_else(String::new, |n| one_line(&n.to_string_lossy()));
        out.push_str(&format!("\n{} ({file})\n", session.title));
        for hit in &session.hits {
            out.push_str(&format!(
                "  {}\n",
                place_name(&hit.place, &session.template, pack)
            ));
            out.push_str(&format!("    {}\n", hit.snippet()));
        }
    }
    if !found.unreadable.is_empty() {
        out.push('\n');
        for (path, message) in &found.unreadable {
            let path = one_line(&path.display().to_string());
            out.push_str(&format!(
                "{}\n",
                t!(
                    "search-cli-unreadable",
                    path = path,
                    error = one_line(message)
                )
            ));
        }
    }
    out
}

fn to_json(found: &Found, pack: &Pack) -> serde_json::Value {
    let sessions: Vec<serde_json::Value> = found
        .sessions
        .iter()
        .map(|s| {
            let matches: Vec<serde_json::Value> = s
                .hits
                .iter()
                .map(|h| {
                    json!({
                        "kind": h.place.kind(),
                        "substep": h.place.substep(),
                        "id": h.place.record_id(),
                        "where": place_name(&h.place, &s.template, pack),
                        "before": h.before,
                        "match": h.matched,
                        "after": h.after,
                    })
                })
                .collect();
            json!({
                "file": s.path.display().to_string(),
                "title": s.title,
                "template": s.template,
                "matches": matches,
            })
        })
        .collect();
    let unreadable: Vec<serde_json::Value> = found
        .unreadable
        .iter()
        .map(|(path, error)| json!({ "file": path.display().to_string(), "error": error }))
        .collect();
    json!({
        "searched": found.searched,
        "sessions": sessions,
        "unreadable": unreadable,
    })
}
