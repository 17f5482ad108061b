# The command line's words, English: the help of every command and option (set on clap's parser at
# run time, src/cli/help.rs), what the commands print, and their errors. Placeholders are { $name };
# command names, option names (--out) and value names (DIR, PATH) are the same in every language.

## Help: the program and its global options
cli-about = Walk a team through Protection Information Management (PIM): the Principles, the Matrix and the Process.
cli-long-about =
    pim-workshop guides a team through the PIM Process, prompting with the PIM Principles and the PIM Matrix at every step, and records answers, decisions and actions to a session file that is saved as you type.

    Without a command it opens the home screen.
cli-arg-data-dir = Folder for session files (default: the platform data folder). Sessions live in DIR/sessions
cli-arg-content = Use an adapted content pack from DIR instead of the built-in English one
cli-arg-dirs = Also list the sessions in DIR on the home screen (e.g. a shared drive); may be given more than once

## Help: the commands
cli-about-content = Work with content packs (the PIM framework as data)
cli-about-content-check = Check a content pack (default: the built-in one). Exit 0 when valid, 1 otherwise
cli-about-open = Open a session file anywhere on disk in the workshop (read-only when another instance has it)
cli-about-review = Review a session read-only: it never writes the file and takes no lock
cli-about-new = Create a session from a template (see `content` for the templates the pack offers)
cli-about-check = Validate session files; never changes them. Exit 0 when all are valid, 1 otherwise
cli-about-restore = Bring back the previous good version of a session from its backup
cli-about-list = List the sessions in the data folder (or --dir DIR); files that cannot be opened are listed too
cli-about-show = Print a plain-text summary of a session (for pipes, printing and screen readers); read-only
cli-about-export = Export a session as Markdown, HTML, CSV, JSON, a scoping brief or the landscape register as CSV with HXL tags, to stdout or --out FILE; read-only
cli-about-import-landscape = Import a landscape table (CSV with or without an HXL hashtag row) into a session's register. All or nothing: a bad row stops the import and is reported by its line
cli-about-split = Split a session into breakout groups: one group file per group, beside it, for the chosen steps
cli-about-merge = Bring group files back into the plenary: answers side by side, decisions as proposals; idempotent
cli-about-summary = Print (or write as Markdown) a training day's summary: attendance, modules, decisions, actions, parking lot

## Help: the commands' arguments
cli-arg-session-file = The session file
cli-arg-new-template = The template (session kind), e.g. needs-assessment-scoping, pim-training, full-process, impact-review
cli-arg-new-title = The session's title; the file name is made from it
cli-arg-new-facilitator = Who runs the session
cli-arg-new-no-open = Only create the file and print its path; do not open the program
cli-arg-list-dir = List the session files in DIR instead of the data folder's sessions folder
cli-arg-list-json = Print a JSON array (one object per file) instead of text
cli-arg-export-path = The session file (it is only read)
cli-arg-export-format = md (Markdown), html (print-ready page), csv (decisions, actions, participants), json, brief (the scoping brief: Markdown, or HTML when --out ends in .html), brief-html or landscape-csv (the landscape register with an HXL hashtag row)
# The brief's entry in the list of --format values (the other formats show their label).
cli-format-brief = Scoping brief (Markdown; HTML when --out ends in .html or .htm)
cli-arg-export-out = Write the export to this file (created readable only by you) instead of printing it
cli-arg-import-csv = The CSV table
cli-arg-split-path = The plenary session file (it is only read)
cli-arg-split-groups = How many groups (1 to 30); one group file is written per group, beside the plenary
cli-arg-split-steps = Comma-separated step or sub-step ids the groups work on (a step stands for its sub-steps); default: all of the session's sub-steps
cli-arg-merge-plenary = The plenary session file; it is saved (with a backup) only when something new came in
cli-arg-merge-groups = The group files to bring back (they are only read)
cli-arg-summary-path = The training session file (it is only read)
cli-arg-summary-day = The training day (default: the day of the current agenda module, else 1)
cli-arg-summary-date = The date the day was held, YYYY-MM-DD (default: today)
cli-arg-summary-out = Write the summary as Markdown to this file (readable only by you) instead of printing text

## Help: what clap adds to every command (its headings Usage, Arguments, Options and the words
## in brackets are clap's own and stay in English)
cli-help-flag = Print help
# -h, when --help says more.
cli-help-flag-short = Print help (see more with '--help')
# --help, when -h says less.
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-subcommands = Print help for the subcommand(s)
cli-heading-commands = Commands

## Failures (src/cli/failure.rs)
cli-no-terminal = pim-workshop needs an interactive terminal for its screens. Run it from a terminal, or see `pim-workshop --help` for commands that work without one.

## content check (src/cli/content_cmd.rs)
cli-content-unreadable = error: { $error }
# The built-in pack's folder, before each of its issues.
cli-content-built-in = { $path } (built in)
cli-content-the-built-in-pack = the built-in pack
cli-content-errors = { $count ->
        [one] { $pack }: { $count } error; fix it and run the check again.
       *[other] { $pack }: { $count } errors; fix them and run the check again.
    }
cli-content-valid = { $pack }: valid ({ $id } { $version }, { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $substeps ->
        [one] { $substeps } sub-step
       *[other] { $substeps } sub-steps
    }, { $principles ->
        [one] { $principles } principle
       *[other] { $principles } principles
    }, { $categories ->
        [one] { $categories } category
       *[other] { $categories } categories
    }, { $terms ->
        [one] { $terms } glossary term
       *[other] { $terms } glossary terms
    }, { $templates ->
        [one] { $templates } template
       *[other] { $templates } templates
    })
cli-content-not-valid = The content pack is not valid, so pim-workshop will not start. Fix the errors above (check again with `{ $command }`).

## list, show, export (src/cli/export_cmds.rs)
cli-write-failed = could not write the output ({ $error }).
cli-list-none = No session files in { $dir }. Create one with `pim-workshop new`.
cli-list-none-no-folder = No session files in { $dir } (the folder does not exist yet). Create one with `pim-workshop new`.
cli-list-heading = { $count ->
        [one] { $count } session file in { $dir }:
       *[other] { $count } session files in { $dir }:
    }
cli-list-heading-broken = { $count ->
        [one] { $count } session file in { $dir } ({ $broken } cannot be opened):
       *[other] { $count } session files in { $dir } ({ $broken } cannot be opened):
    }
# One fact about a file, or about the file shown: Kind: Needs assessment scoping.
cli-field = { $label }: { $value }
# "Kind" and "Last change" are ui.ftl's home-col-kind and home-col-changed.
cli-label-operation = Operation
cli-label-facilitator = Facilitator
cli-label-progress = Progress
cli-label-decisions = Decisions
cli-label-open-actions = Open actions
cli-label-file = File
cli-label-warning = Warning
cli-label-error = Error
cli-list-progress = { $total ->
        [one] { $finished } of { $total } sub-step finished
       *[other] { $finished } of { $total } sub-steps finished
    }
cli-list-open-overdue = { $open } ({ $overdue } overdue)
cli-list-cannot-open = CANNOT BE OPENED: { $path }
cli-show-about-file = About the file
cli-show-migrated = Written in schema version { $version }; shown upgraded. The file was not changed (opening it in the workshop upgrades it).
cli-export-empty-register = the landscape register of this session is empty; the table has its header and HXL rows only.
cli-export-not-scoping = The brief is written from a scoping session (one that records the outputs needed, such as the needs-assessment-scoping template); { $path } uses the template { $template }. Export it with --format md or --format html instead.
cli-exported = Exported { $path } as { $format } to { $out }.

## split, merge, summary (src/cli/group_cmds.rs)
cli-split-wrote = { $count ->
        [one] Wrote { $count } group file for { $title } (sub-steps: { $substeps }):
       *[other] Wrote { $count } group files for { $title } (sub-steps: { $substeps }):
    }
cli-split-group = Group { $n }: { $path }
cli-split-next = Give each group its file; bring them back with: pim-workshop merge PLENARY GROUP...
cli-merge-failed = { $error } Nothing was merged.
# One group file and what came of it.
cli-merge-outcome = { $path }: { $outcome }
cli-merge-saved = Saved { $path } (the previous version is its .bak).
cli-merge-nothing-new = Nothing new: { $path } was not changed.
cli-summary-written = Wrote the day { $day } summary to { $path }

## import-landscape (src/cli/landscape_cmd.rs)
cli-import-failed = { $error } Nothing was imported.
cli-import-not-utf8 = { $path } is not UTF-8 text. Save the table as "CSV UTF-8" and try again.
cli-import-unreadable = could not read { $path }: { $error }. Check the path and try again.
cli-import-locked = { $error } Nothing was imported; close the session there first.

## new (src/cli/new_cmd.rs)
cli-new-no-template = there is no template { $template }. Choose one of: { $known }.
cli-new-title-empty = the title is empty. Give the session a title with --title, for example --title "Kalma scoping".
cli-new-title-too-long = the title is longer than { $max } characters. Shorten it; details belong in the session's context.

## check, restore (src/cli/session_cmds.rs)
cli-check-no-file = No session file given: name one or more .json files to check.
cli-check-ok = { $path }: ok
cli-check-ok-warnings = { $path }: ok (with warnings)
cli-restore-refused = { $error } Nothing was restored.
cli-restored = Restored { $path } from its backup (the version last changed { $changed }). The version it replaced is now { $backup }; run restore again to undo.
