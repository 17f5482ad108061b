//! `content check` and loading the pack the program runs with.

use std::path::Path;
use std::process::ExitCode;

use crate::content::{self, Issue, Pack, Severity};

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
                issues: vec![format!("error: {e}")],
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
        .unwrap_or_else(|| "content/en/ (built in) ".into());
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
        .unwrap_or_else(|| "the built-in pack".into());
    if report.errors > 0 {
        println!(
            "{name}: {} error(s); fix them and run the check again.",
            report.errors
        );
        return Ok(ExitCode::from(1));
    }
    if let Some(pack) = &report.pack {
        println!(
            "{name}: valid ({} {}, {} steps, {} sub-steps, {} principles, {} categories, {} glossary terms, {} templates)",
            pack.info.id,
            pack.info.version,
            pack.process.steps.len(),
            pack.substeps().count(),
            pack.principles.principles.len(),
            pack.matrix.categories.len(),
            pack.glossary.terms.len(),
            pack.templates.templates.len()
        );
        if let Some((untranslated, texts)) = report.untranslated {
            println!(
                "{name}: the same items as the English pack; {untranslated} of {texts} texts untranslated"
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
        _ => Err(format!(
            "{}\nThe content pack is not valid, so pim-workshop will not start. Fix the errors above \
             (check again with `pim-workshop content check{}`).",
            report.issues.join("\n"),
            dir.map(|d| format!(" {}", d.display())).unwrap_or_default()
        )),
    }
}
