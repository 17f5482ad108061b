//! `content check` and loading the pack the program runs with.

use std::path::Path;
use std::process::ExitCode;

use crate::content::{self, Issue, Pack, Severity};
use crate::t;

/// The result of checking a pack: the pack if it could be read, and every issue found.
pub struct Report {
    pub pack: Option<Pack>,
    pub issues: Vec<String>,
    pub errors: usize,
    /// Texts of a translated pack still in English, and how many texts it has.
    pub untranslated: Option<(usize, usize)>,
}

/// Read and check a pack: `None` is the embedded one. Adapted packs are also compared with the embedded
/// one, with a warning wherever a fixed Matrix row was changed.
pub fn check_pack(dir: Option<&Path>) -> Report {
    let loaded = match dir {
        None => content::load_embedded(),
        Some(dir) => content::load_dir(dir),
    };
    let pack = match loaded {
        Ok(pack) => pack,
        Err(e) => {
            return Report {
                pack: None,
                issues: vec![t!("cli-content-unreadable", error = e.to_string())],
                errors: 1,
                untranslated: None,
            };
        }
    };
    let mut issues: Vec<Issue> = content::check(&pack);
    let mut untranslated = None;
    if dir.is_some() {
        let comparison = content::compare_with_builtin(&pack);
        if pack.info.language != "en" {
            untranslated = Some((comparison.untranslated, comparison.texts));
        }
        issues.extend(comparison.issues);
    }
    let errors = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let prefix = dir
        .map(|d| format!("{}/", d.display()))
        .unwrap_or_else(|| format!("{} ", t!("cli-content-built-in", path = "content/en/")));
    Report {
        pack: Some(pack),
        issues: issues.iter().map(|i| format!("{prefix}{i}")).collect(),
        errors,
        untranslated,
    }
}

/// `pim-workshop content check [DIR]`: the report on stdout; exit status 1 when the pack has errors.
pub fn run_check(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let report = check_pack(dir);
    for line in &report.issues {
        println!("{line}");
    }
    let name = dir
        .map(|d| d.display().to_string())
        .unwrap_or_else(|| t!("cli-content-the-built-in-pack"));
    if report.errors > 0 {
        println!(
            "{}",
            t!("cli-content-errors", pack = &name, count = report.errors)
        );
        return Ok(ExitCode::from(1));
    }
    if let Some(pack) = &report.pack {
        let valid = t!(
            "cli-content-valid",
            pack = &name,
            id = &pack.info.id,
            version = &pack.info.version,
            steps = pack.process.steps.len(),
            substeps = pack.substeps().count(),
            principles = pack.principles.principles.len(),
            categories = pack.matrix.categories.len(),
            terms = pack.glossary.terms.len(),
            templates = pack.templates.templates.len()
        );
        println!("{valid}");
        let (framework, project) = pack.example_provenance();
        println!(
            "{}",
            t!(
                "cli-content-provenance",
                pack = &name,
                framework = framework,
                project = project
            )
        );
        if let Some((untranslated, texts)) = report.untranslated {
            println!(
                "{}",
                t!(
                    "cli-content-untranslated",
                    pack = &name,
                    untranslated = untranslated,
                    texts = texts
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The pack to run with, or the check's message when it is not valid.
pub fn pack_for_run(dir: Option<&Path>) -> Result<Pack, String> {
    // The built-in pack is compiled in and cannot change after the build; the tests
    // (`embedded_pack_is_valid`) and CI (`content check`) check it. Checking it again at every start
    // would cost most of the startup budget (BENCHMARKS.md), so only adapted packs are checked here.
    if dir.is_none()
        && let Ok(pack) = content::load_embedded()
    {
        return Ok(pack);
    }
    let report = check_pack(dir);
    match report.pack {
        Some(pack) if report.errors == 0 => Ok(pack),
        _ => {
            let again = dir.map_or_else(
                || "pim-workshop content check".to_string(),
                |d| format!("pim-workshop content check {}", d.display()),
            );
            Err(format!(
                "{}\n{}",
                report.issues.join("\n"),
                t!("cli-content-not-valid", command = again)
            ))
        }
    }
}
