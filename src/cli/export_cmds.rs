//! `list`, `show` and `export`: reading sessions on the command line. None of them ever writes a
//! session file; everything printed from a file is sanitised first (no escape sequence reaches the
//! terminal).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde_json::json;

use crate::content::Pack;
use crate::display;
use crate::export::tables::{self, TableKind};
use crate::export::{self, Format, NotOffered, outline};
use crate::storage::{self, LibraryEntry};
use crate::t;

/// Arguments of `pim-workshop list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `pim-workshop show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

/// Arguments of `pim-workshop export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Format,
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[arg(long, value_name = "LEVEL", value_parser = include_parser())]
    pub include: Option<crate::landscape::Include>,
    #[arg(long, value_name = "SYSTEM")]
    pub system: Vec<String>,
    #[arg(long)]
    pub force: bool,
    /// With `--format csv`: one tidy table instead of the session's stacked blocks.
    #[arg(long, value_name = "TABLE", value_parser = table_parser())]
    pub table: Option<TableKind>,
}

/// The `--include` values of a landscape table: its sharing levels, described by their labels.
fn include_parser() -> impl clap::builder::TypedValueParser<Value = crate::landscape::Include> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values =
        crate::landscape::Include::ALL.map(|i| PossibleValue::new(i.name()).help(i.label()));
    PossibleValuesParser::new(values)
        .try_map(|name| crate::landscape::Include::named(&name).ok_or_else(|| format!("{name:?}")))
}

/// The `--table` values: the name of every tidy table.
fn table_parser() -> impl clap::builder::TypedValueParser<Value = TableKind> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(TableKind::ALL.map(TableKind::name))
        .try_map(|name| TableKind::parse(&name).ok_or("unknown table"))
}

/// The `--format` values: the name of every export format ([`Format::ALL`]), described by its label,
/// read with [`Format`]'s own parser.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = Format::ALL.map(|f| {
        let help = match f {
            Format::Brief => t!("cli-format-brief"),
            f => f.label(),
        };
        PossibleValue::new(f.name()).help(help)
    });
    PossibleValuesParser::new(values).try_map(|name| name.parse::<Format>())
}

/// One line from file data, safe for the terminal.
fn one(text: &str) -> String {
    display::sanitize(text, false).into_owned()
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub(super) fn print_out(text: &str) -> Result<ExitCode> {
    print_bytes(text.as_bytes())
}

/// Whether `--out` names a file ending in `.ext` (any case).
fn out_ends_in(args: &ExportArgs, ext: &str) -> bool {
    args.out
        .as_ref()
        .and_then(|o| o.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Bytes on standard output (a closed pipe is not an error).
fn print_bytes(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => bail!("{}", t!("cli-write-failed", error = e.to_string())),
    }
}

/// The session file, read only; the error is its sentence on one line.
fn read(path: &Path) -> Result<storage::Parsed> {
    storage::read_session_read_only(path).map_err(|e| anyhow!("{}", one(&e.to_string())))
}

/// `pim-workshop list`: every session file in the folder with its facts; files that cannot be
/// opened are listed with the reason. Exit status 0 even when some files are broken. Without a valid
/// pack (`pack` None) the list still works; kinds are then shown by template id.
pub fn list(args: &ListArgs, data_dir: Option<&Path>, pack: Option<&Pack>) -> Result<ExitCode> {
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| crate::paths::sessions_dir(&crate::paths::resolve_data_dir(data_dir)));
    // One summary pass per file (`storage::skim`): the rows need no more than the list shows.
    let items: Vec<Item> = storage::scan_dir_with(&dir, pack)
        .into_iter()
        .map(|entry| item(entry, pack))
        .collect();
    if args.json {
        let values: Vec<serde_json::Value> = items.iter().map(Item::to_json).collect();
        return print_out(&export::json::to_pretty(&values));
    }
    print_out(&list_text(&dir, &items))
}

/// What `list` knows about one file.
enum Item {
    Ok {
        summary: Box<storage::SessionSummary>,
        kind: String,
    },
    Broken {
        path: PathBuf,
        error: String,
    },
}

fn item(entry: LibraryEntry, pack: Option<&Pack>) -> Item {
    match entry {
        LibraryEntry::Err { path, message } => Item::Broken {
            path,
            error: message,
        },
        LibraryEntry::Ok(summary) => Item::Ok {
            kind: pack.map_or_else(
                || summary.template.clone(),
                |p| outline::template_title(&summary.template, p),
            ),
            summary: Box::new(summary),
        },
    }
}

impl Item {
    fn to_json(&self) -> serde_json::Value {
        match self {
            Item::Ok { summary: s, kind } => json!({
                "file": s.path.display().to_string(),
                "ok": true,
                "title": s.title,
                "template": s.template,
                "kind": kind,
                "operation": s.operation,
                "facilitator": s.facilitator,
                "updated": s.updated.to_rfc3339(),
                "progress": { "finished": s.done, "total": s.total_known },
                "decisions": s.decisions,
                "open_actions": s.open_actions,
                "overdue_actions": s.overdue_actions,
                "warnings": s.warnings,
            }),
            Item::Broken { path, error } => json!({
                "file": path.display().to_string(),
                "ok": false,
                "error": error,
            }),
        }
    }
}

/// The first lines of `list`: how many files, how many broken, and a sessions folder others can
/// open (Unix).
fn list_heading(dir: &Path, dir_shown: &str, count: usize, broken: usize) -> String {
    let mut out = if broken > 0 {
        t!(
            "cli-list-heading-broken",
            count = count,
            dir = dir_shown,
            broken = broken
        )
    } else {
        t!("cli-list-heading", count = count, dir = dir_shown)
    };
    out.push('\n');
    if let Some(w) = storage::permission_warning(dir) {
        out.push_str(&format!("{}\n", field(&t!("cli-label-warning"), &w)));
    }
    out
}

fn list_text(dir: &Path, items: &[Item]) -> String {
    let mut out = String::new();
    let broken = items
        .iter()
        .filter(|i| matches!(i, Item::Broken { .. }))
        .count();
    let dir_shown = one(&dir.display().to_string());
    if items.is_empty() {
        let none = if dir.is_dir() {
            t!("cli-list-none", dir = dir_shown)
        } else {
            t!("cli-list-none-no-folder", dir = dir_shown)
        };
        out.push_str(&format!("{none}\n"));
        return out;
    }
    out.push_str(&list_heading(dir, &dir_shown, items.len(), broken));
    for item in items {
        out.push('\n');
        match item {
            Item::Ok { summary: s, kind } => {
                out.push_str(&format!("{}\n", one(&s.title)));
                let open = s.open_actions;
                let open = if s.overdue_actions > 0 {
                    t!(
                        "cli-list-open-overdue",
                        open = open,
                        overdue = s.overdue_actions
                    )
                } else {
                    open.to_string()
                };
                let fields = [
                    (t!("home-col-kind"), kind.clone()),
                    (t!("cli-label-operation"), s.operation.clone()),
                    (t!("cli-label-facilitator"), s.facilitator.clone()),
                    (
                        t!("home-col-changed"),
                        s.updated.format("%Y-%m-%d %H:%M").to_string(),
                    ),
                    (
                        t!("cli-label-progress"),
                        t!(
                            "cli-list-progress",
                            finished = s.done,
                            total = s.total_known
                        ),
                    ),
                    (t!("cli-label-decisions"), s.decisions.to_string()),
                    (t!("cli-label-open-actions"), open),
                    (t!("cli-label-file"), s.path.display().to_string()),
                ];
                let warnings = s
                    .warnings
                    .iter()
                    .map(|w| (t!("cli-label-warning"), w.clone()));
                for (label, value) in fields.into_iter().chain(warnings) {
                    if !value.trim().is_empty() {
                        out.push_str(&format!("  {}\n", field(&label, &value)));
                    }
                }
            }
            Item::Broken { path, error } => {
                let path = one(&path.display().to_string());
                out.push_str(&format!("{}\n", t!("cli-list-cannot-open", path = path)));
                out.push_str(&format!("  {}\n", field(&t!("cli-label-error"), error)));
            }
        }
    }
    out
}

/// `label: value`, the value safe for the terminal.
fn field(label: &str, value: &str) -> String {
    t!("cli-field", label = label, value = one(value))
}

/// `pim-workshop show PATH`: the plain-text summary on stdout. Never writes the file.
pub fn show(args: &ShowArgs, pack: &Pack) -> Result<ExitCode> {
    let parsed = read(&args.path)?;
    let mut text = super::session_lang::in_session_language(&parsed.session, pack, |pack| {
        export::text::render(&parsed.session, pack, today())
    });
    if parsed.migrated_from.is_some() || !parsed.warnings.is_empty() {
        let heading = t!("cli-show-about-file");
        let rule = "-".repeat(display::width(&heading));
        text.push_str(&format!("\n{heading}\n{rule}\n"));
        if let Some(v) = parsed.migrated_from {
            text.push_str(&format!("{}\n", t!("cli-show-migrated", version = v)));
        }
        for w in &parsed.warnings {
            text.push_str(&format!("{}\n", field(&t!("cli-label-warning"), w)));
        }
    }
    print_out(&text)
}

/// `pim-workshop export PATH --format F [--out FILE]`: the export on stdout, or written atomically to
/// FILE (0600). Never writes the session file, and refuses to write the export over it.
pub fn export(args: &ExportArgs, pack: &Pack) -> Result<ExitCode> {
    let parsed = read(&args.path)?;
    let mut format = args.format;
    let html_out = args.out.as_ref().is_some_and(|o| {
        o.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
    });
    if format == Format::Brief && html_out {
        format = Format::BriefHtml;
    }
    if format == Format::SharingAgreement && html_out {
        format = Format::SharingAgreementHtml;
    }
    if format == Format::Brief && out_ends_in(args, "docx") {
        format = Format::BriefDocx;
    }
    // The core's rule: the brief only from a scoping session; an empty register's table is written
    // all the same (its header and HXL rows are a template to fill in), with a word.
    match format.offer(&parsed.session, pack) {
        Ok(()) => {}
        Err(NotOffered::EmptyRegister) => {
            eprintln!("pim-workshop: {}", t!("cli-export-empty-register"));
        }
        Err(NotOffered::NotTraining) => {
            eprintln!("pim-workshop: {}", t!("attendance-cli-not-training"));
        }
        Err(NotOffered::NotScoping) => bail!(
            "{}",
            one(&t!(
                "cli-export-not-scoping",
                path = args.path.display().to_string(),
                template = format!("{:?}", parsed.session.template)
            ))
        ),
    }
    let pack = &*super::session_lang::pack_for(&parsed.session, pack);
    let options = export::ExportOptions {
        include: args.include.unwrap_or_default(),
        systems: args.system.clone(),
    };
    if format.is_sharing_agreement()
        && export::options::scoped(&parsed.session, format.scope(), &options)
            .landscape
            .is_empty()
    {
        bail!(
            "{}",
            one(&t!(
                "cli-agreement-no-system",
                systems = args.system.join(", ")
            ))
        );
    }
    if let Some(warning) = export::landscape::sharing_warning(&parsed.session, format, &options) {
        eprintln!("pim-workshop: {}", one(&warning));
    }
    // No --out: the text goes to standard output (an empty path is never a workbook).
    let to = args.out.as_deref().unwrap_or(std::path::Path::new(""));
    let bytes = match (args.table, format) {
        (None, _) => export::export_bytes(&parsed.session, pack, format, today(), &options, to)
            .map_err(|e| anyhow!("{}", one(&e)))?,
        (Some(kind), Format::Csv) => {
            // The register's table at the sharing level asked for, as every landscape table.
            let table = tables::shared_table_with(&parsed.session, pack, kind, today(), &options);
            tables::to_csv(&table).into_bytes()
        }
        (Some(_), _) => bail!("{}", t!("cli-table-needs-csv")),
    };
    deliver(args, format, &bytes)
}

/// An export's bytes to `--out` (atomically, never over the session) or on standard output — a Word
/// or Excel file only into a pipe, never onto a terminal.
fn deliver(args: &ExportArgs, format: Format, bytes: &[u8]) -> Result<ExitCode> {
    let Some(out) = &args.out else {
        if format.is_binary() && io::stdout().is_terminal() {
            bail!(
                "{}",
                t!(
                    "cli-binary-needs-out",
                    format = format.label(),
                    ext = format.extension()
                )
            );
        }
        return print_bytes(bytes);
    };
    export::write_file_beside(out, &args.path, bytes, args.force)
        .map_err(|e| anyhow!("{}", one(&e.to_string())))?;
    println!(
        "{}",
        one(&t!(
            "cli-exported",
            path = args.path.display().to_string(),
            format = format.label(),
            out = out.display().to_string()
        ))
    );
    Ok(ExitCode::SUCCESS)
}
