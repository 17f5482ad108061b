//! `split`, `merge` and `summary`: breakout groups and the end-of-day summary on the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::content::Pack;
use crate::display;
use crate::export::day_summary;
use crate::session::group_plan;
use crate::storage::{self, groups};
use crate::t;

/// Arguments of `pim-workshop split`.
#[derive(Debug, clap::Args)]
pub struct SplitArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long, value_name = "N")]
    pub groups: Option<usize>,
    #[arg(long, value_name = "IDS", default_value = "")]
    pub steps: String,
    #[arg(long, value_name = "GROUPS", default_value = "")]
    pub members: String,
    #[arg(long, value_name = "HOW", value_enum)]
    pub assign: Option<AssignHow>,
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_name = "NAMES", default_value = "")]
    pub names: String,
    #[arg(long, value_name = "NAMES", default_value = "")]
    pub rapporteurs: String,
    #[arg(long, value_name = "LABEL", default_value = "")]
    pub round: String,
}

/// How `split --assign` puts the session's participants in groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AssignHow {
    Random,
    Organisation,
}

/// Arguments of `pim-workshop merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    #[arg(value_name = "PLENARY")]
    pub plenary: PathBuf,
    #[arg(value_name = "GROUP", required = true)]
    pub groups: Vec<PathBuf>,
}

/// Arguments of `pim-workshop summary`.
#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long, value_name = "N")]
    pub day: Option<u8>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<chrono::NaiveDate>,
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn user() -> String {
    std::env::var("USER").unwrap_or_default()
}

/// `pim-workshop split`: one group file per group, beside the plenary (which is only read).
pub fn split(args: &SplitArgs, pack: &Pack) -> Result<ExitCode> {
    let plenary = storage::read_session_read_only(&args.path)
        .map_err(fail)?
        .session;
    let substeps = groups::resolve_steps(pack, &plenary.template, &args.steps).map_err(fail)?;
    let by = if plenary.facilitator.is_empty() {
        user()
    } else {
        plenary.facilitator.clone()
    };
    let how = args.assign.map(|how| match how {
        AssignHow::Random => group_plan::Assignment::Random(args.seed),
        AssignHow::Organisation => group_plan::Assignment::ByOrganisation,
    });
    let input = group_plan::PlanInput {
        count: args.groups,
        by_hand: args.members.clone(),
        how,
        names: args.names.clone(),
        rapporteurs: args.rapporteurs.clone(),
        round_label: args.round.clone(),
    };
    let plan = group_plan::plan_from(&input, &plenary.participants, groups::MAX_GROUPS)
        .map_err(fail)?
        .named(pack, &substeps);
    let paths = groups::split_files(&args.path, &plan, &substeps, now(), &by).map_err(fail)?;
    println!(
        "{}",
        display::one_line(&t!(
            "cli-split-wrote",
            count = paths.len(),
            title = &plenary.title,
            substeps = pack.substep_names(&substeps).join(", ")
        ))
    );
    for (spec, p) in plan.groups.iter().zip(&paths) {
        let path = display::one_line(&p.display().to_string());
        println!("  {}", display::one_line(&group_line(spec, &path)));
    }
    println!("{}", t!("cli-split-next"));
    Ok(ExitCode::SUCCESS)
}

/// One written group: its name and file, then its members and rapporteur when it has them.
fn group_line(spec: &crate::session::group_plan::GroupSpec, path: &str) -> String {
    let mut parts = vec![t!(
        "groups-cli-split-group",
        name = spec.name.as_str(),
        path = path
    )];
    parts.extend(group_plan::describe(spec));
    parts.join(" · ")
}

/// `pim-workshop merge`: the group files into the plenary, saved only when something new came in.
/// Exit status 1 when a group file was skipped.
pub fn merge(args: &MergeArgs) -> Result<ExitCode> {
    let by = storage::read_session_read_only(&args.plenary)
        .ok()
        .map(|p| p.session.facilitator)
        .filter(|f| !f.is_empty())
        .unwrap_or_else(user);
    let outcomes = groups::merge_files(&args.plenary, &args.groups, now(), &by)
        .map_err(|e| fail(t!("cli-merge-failed", error = e.to_string())))?;
    let mut skipped = false;
    let mut changed = false;
    for (path, outcome) in &outcomes {
        let line = match outcome {
            groups::GroupOutcome::Merged(r) => {
                changed |= r.changed();
                let path = path.display().to_string();
                t!("cli-merge-outcome", path = path, outcome = r.summary())
            }
            groups::GroupOutcome::Skipped(why) => {
                skipped = true;
                let path = path.display().to_string();
                t!("cli-merge-outcome", path = path, outcome = why.to_string())
            }
        };
        println!("{}", display::one_line(&line));
    }
    println!(
        "{}",
        display::one_line(&if changed {
            t!("cli-merge-saved", path = args.plenary.display().to_string())
        } else {
            t!(
                "cli-merge-nothing-new",
                path = args.plenary.display().to_string()
            )
        })
    );
    Ok(if skipped {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `pim-workshop summary`: the day's summary as text, or as Markdown in `--out`.
pub fn summary(args: &SummaryArgs, pack: &Pack) -> Result<ExitCode> {
    let session = storage::read_session_read_only(&args.path)
        .map_err(fail)?
        .session;
    let day = args.day.unwrap_or_else(|| current_day(&session, pack));
    // The day's own date unless --date says otherwise (never today for another day).
    let date = args.date;
    // The summary speaks the session's language, with its pack.
    let (lines, markdown) = super::session_lang::in_session_language(&session, pack, |pack| {
        let summary = day_summary::summarize(&session, pack, day, date);
        (
            day_summary::lines(&summary),
            day_summary::markdown(&summary),
        )
    });
    let Some(out) = &args.out else {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        for line in lines {
            if writeln!(stdout, "{}", display::sanitize(&line, false)).is_err() {
                break;
            }
        }
        return Ok(ExitCode::SUCCESS);
    };
    crate::export::write_file_beside(out, &args.path, &markdown, args.force).map_err(fail)?;
    println!(
        "{}",
        display::one_line(&t!(
            "cli-summary-written",
            day = day,
            path = out.display().to_string()
        ))
    );
    Ok(ExitCode::SUCCESS)
}

/// The training day of the current agenda module (1 when there is none).
pub fn current_day(session: &crate::session::Session, pack: &Pack) -> u8 {
    let current = session.facilitation.agenda.current.as_deref();
    current
        .and_then(|id| session.effective_agenda(pack).item(id).map(|i| i.day))
        .unwrap_or(1)
}

/// An error of these commands: its sentence on one line (it may quote file content).
fn fail(message: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{}", display::one_line(&message.to_string()))
}
