# The domain's words (pim-core): status words, and what the session, storage, landscape, scoping and
# content modules say. English. Fluent syntax: https://projectfluent.org/

## Status words (session/status.rs): what people read for each status of the session file

status-substep-not-started = not started
status-substep-in-progress = in progress
status-substep-done = done
status-substep-skipped = skipped
status-principle-open = open
status-principle-addressed = addressed
status-principle-concern = concern
status-principle-not-applicable = not applicable
status-decision-proposed = proposed
status-decision-agreed = agreed
status-decision-rejected = rejected
status-decision-superseded = superseded
status-action-open = open
status-action-in-progress = in progress
status-action-done = done
status-action-dropped = dropped
# A word that is none of a status's values; $expected lists the file names.
status-unknown-word = { $word } is not one of { $expected }

## Risk scales (session/risk_levels.rs)

risk-likelihood-unlikely = unlikely
risk-likelihood-possible = possible
risk-likelihood-likely = likely
risk-likelihood-very-likely = very likely
risk-impact-minor = minor
risk-impact-moderate = moderate
risk-impact-major = major
risk-impact-severe = severe

## The landscape register's words (session/landscape.rs)

landscape-shared-unknown = not known
landscape-shared-public = public
landscape-shared-protection-actors = protection actors
landscape-shared-internal-only = internal only
landscape-status-unknown = not known
landscape-status-planned = planned
landscape-status-active = active
landscape-status-paused = paused
landscape-status-ended = ended
landscape-reliability-unknown = not assessed
landscape-reliability-low = low
landscape-reliability-medium = medium
landscape-reliability-high = high

## Scoping: how answers read, and the output-first comparison (scoping/answers.rs, scoping/matching.rs)

scoping-approach-existing = Use data that already exists.
scoping-approach-existing-and-new = Use data that already exists, and collect new data as { $categories }.
scoping-approach-new = New collection as { $categories }.
# Lists: "a, b and c", "a, b or c" ($init is the items before the last, joined by commas).
scoping-list-and = { $init } and { $last }
scoping-list-or = { $init } or { $last }
scoping-nothing-needed = No needed outputs picked yet: pick them from the Matrix to see which categories produce them.
scoping-unknown-outputs = { $count ->
        [one] 1 picked output is not in this content pack and was left out: { $ids }.
       *[other] { $count } picked outputs are not in this content pack and were left out: { $ids }.
    }
scoping-in-operation = in the operation
scoping-in-areas = in { $areas }
scoping-in-every-area = in every area covered
scoping-in-some-areas = in { $covered } (not in { $missing })
# One category's share of the needed outputs: $all is "yes" when it gives them all, $requested when
# it is the category requested, $running when the register lists a running system of it ($place
# and $systems then say where and which; otherwise $place is where none runs).
scoping-share = { $all ->
        [yes] { $needed ->
            [one] Your one needed output comes
           *[other] All { $needed } of your needed outputs come
        }
       *[no] { $count } of your { $needed } needed outputs { $count ->
            [one] comes
           *[other] come
        }
    } from { $category }{ $requested ->
        [yes] {" "}(the category requested)
       *[no] {""}
    }{ $running ->
        [yes] , which already runs { $place }: { $systems }.
       *[no] ; the landscape register lists no running system of this kind { $place }.
    }
scoping-fits = The request fits: every needed output comes from { $requested }.
scoping-partly = The request covers { $covered } of the { $needed } needed outputs; the rest come from { $others }.
scoping-differs = None of the needed outputs come from { $requested }: the exercise as requested would not give what is needed; { $others } would.
scoping-points-first = The needed outputs point first to { $category }.
scoping-may-exist = { $existing } of the { $needed } needed outputs may already exist: ask { $ask } before collecting anything new.
scoping-requested = Requested: { $kind }. In the Matrix that is { $categories }.
scoping-requested-note = Requested: { $kind }. { $note }

## What the session's changes write in its timeline (session/ops.rs and the other session files)

session-created = Session created from template { $template }
session-migrated = Migrated from schema { $from } to { $to } when opened
session-answered = Answered { $prompt }
session-answer-changed = Changed answer to { $prompt }
session-substep-skipped = Skipped { $substep }: { $reason }
session-substep-status = { $substep } is now { $status }
session-principle-checked = Principle { $principle } in { $substep }: { $status }
session-decision-proposed = Decision { $id } proposed: { $title }
session-decision-supersedes = Decision { $id } supersedes { $old }: { $title }
session-decision-status = Decision { $id } is now { $status }
session-decision-edited = Decision { $id } edited: { $title }
session-action-added = Action { $id } added: { $text }
session-action-status = Action { $id } is now { $status }
session-action-edited = Action { $id } edited: { $text }
session-risk-added = Risk { $id } added: { $text }
session-risk-edited = Risk { $id } edited (likelihood { $likelihood }, impact { $impact })
session-risk-removed = Risk { $id } removed: { $text }
session-parked = Parked { $id }: { $text }
session-parking-resolved = Parking-lot item { $id } resolved
session-parking-reopened = Parking-lot item { $id } reopened
session-participant-added = Participant added: { $name }
session-participant-edited = Participant edited: { $name }
session-participant-removed = Participant removed: { $name }
session-context-edited = Session context edited
session-renamed = Session renamed: { $title }
session-landscape-added = Landscape { $id } added: { $name }
session-landscape-changed = Landscape { $id } changed: { $name }
session-landscape-removed = Landscape { $id } removed: { $name }
session-sharing-in-place = Landscape { $id }: sharing solution { $item } in place
session-sharing-not-in-place = Landscape { $id }: sharing solution { $item } no longer in place
session-present = { $name } present on day { $day }
session-absent = { $name } absent on day { $day }
session-module-finished = Module { $title } finished: { $took } min of { $planned } planned
session-module-reopened = Module { $module } reopened
session-vote-opened = Vote { $id } opened: { $title }
session-vote-closed = Vote { $id } closed: { $result }
session-vote-closed-empty = Vote { $id } closed: no dots placed

## Breakout groups: splitting and merging (session/breakout.rs)

session-group-name = Group { $number }
session-unnamed-group = Unnamed group
session-split = { $group } split from the plenary "{ $plenary }" for { $substeps }
session-merged = Merged { $summary }
session-merge-nothing-new = { $group }: nothing new ({ $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    } and { $items ->
        [one] 1 item
       *[other] { $items } items
    } were already merged)
session-merge-summary = { $group }: { $new ->
        [one] 1 new answer
       *[other] { $new } new answers
    }, { $changed ->
        [one] 1 changed answer
       *[other] { $changed } changed answers
    }, { $decisions ->
        [one] 1 decision (as a proposal)
       *[other] { $decisions } decisions (as proposals)
    }, { $actions ->
        [one] 1 action
       *[other] { $actions } actions
    }, { $risks ->
        [one] 1 risk
       *[other] { $risks } risks
    }, { $parking ->
        [one] 1 parking-lot point
       *[other] { $parking } parking-lot points
    }
session-merge-not-a-group = this is not a group file (it was not made with `pim-workshop split`)
session-merge-other-plenary = this group file belongs to another plenary ({ $plenary })
session-merge-same-session = this is the plenary itself, not a group file

## What cannot be done to a session, and why (session/ops.rs, voting.rs, dates.rs, drafts.rs)

session-not-found = There is no { $kind ->
        [decision] decision
        [action] action
        [risk] risk
        [parking-item] parking-lot item
        [participant] participant
        [landscape-entry] landscape entry
       *[other] { $kind }
    } { $id } in this session; it may have been removed. Pick one from the list.
session-already-superseded = Decision { $id } was already superseded by { $by }; supersede { $by } instead.
session-vote-not-found = There is no vote { $id } in this session.
session-vote-no-dots-left = { $voter } has used all { $dots } dots; take one back first.
session-vote-no-dot-here = { $voter } has no dot on this option.
session-vote-closed-error = This vote is closed; its result is recorded.
session-vote-out-of-range = There is no such voter or option in this vote.
session-due-not-a-date = { $text } is not a date: write 2026-12-01, +7d or +2w (days, weeks), today or tomorrow
session-due-too-far = { $text } is more than ten years ahead: check the date
session-decision-empty = the decision is empty: write what was decided, in one line
session-action-empty = the action is empty: write what will be done
session-risk-empty = the risk is empty: write what could go wrong, and for whom

## Storage: opening, checking, saving, locking and restoring session files (storage/*)

storage-load-io = { $path }: could not read the file ({ $error }); check that it exists and that you may read it.
storage-load-not-a-file = { $path }: this is not a regular file; choose a session .json file.
storage-load-too-large = { $path }: the file is { $size } bytes, more than the limit of { $limit } bytes (16 MiB) for a session file; it is probably not a session file. It was not opened or changed.
storage-load-invalid = { $location }: { $message }. The file is damaged or was edited by hand: fix it, or restore its backup (`pim-workshop restore FILE`).
storage-load-no-version = { $path }: { $message }, so this is not a pim-workshop session file (or it is damaged).
storage-load-not-an-object = the top level is not a JSON object
storage-load-no-version-field = there is no schema_version field
storage-load-bad-version = schema_version is { $value }, not a version number
storage-load-too-new = { $path }: was written by a newer pim-workshop (schema { $found }; this one reads up to { $supported }): update pim-workshop to open it; the file was not changed.
storage-load-migration-backup = { $path }: could not keep a copy of the original as { $backup } before upgrading it ({ $error }); the file was not changed. Make the folder writable (or copy the file to one) and open it again.
storage-too-many-backups = too many earlier backups
# What opening a file found and fixed or left as it is ($kind: decision, action, risk, parking-item).
storage-warn-no-id = the session has no id
storage-warn-score = risk { $id }: { $scale ->
        [likelihood] likelihood
       *[impact] impact
    } { $value } is outside 1–4; it is treated as { $fixed }
storage-warn-no-item-id = a { $kind ->
        [decision] decision
        [action] action
        [risk] risk
       *[parking-item] parking-lot item
    } has no id; it cannot be edited by id
storage-warn-duplicate-id = { $kind ->
        [decision] decision
        [action] action
        [risk] risk
       *[parking-item] parking-lot item
    } id { $id } is used more than once; changes apply to the first one
storage-warn-superseded-by-nothing = decision { $id } is superseded by nothing, which is not in this session
storage-warn-superseded-by-missing = decision { $id } is superseded by { $by }, which is not in this session
storage-warn-supersedes-missing = decision { $id } supersedes { $old }, which is not in this session
storage-warn-action-decision-missing = action { $id } refers to decision { $decision }, which is not in this session
storage-check-older-schema = { $path }: warning: uses the older schema { $version }; it will be upgraded when opened (the original is kept as { $backup })
storage-check-warning = { $path }: warning: { $warning }
storage-readable-by-others = this { $what ->
        [folder] folder
       *[file] file
    } can be read by other users on this computer (mode { $mode }); it may hold sensitive protection information. Run `{ $fix } { $path }` to make it private.
# $action: what was being done when the system refused.
storage-save-failed = Could not { $action ->
        [save] save
        [restore] restore
        [write-backup] write the backup
        [keep-current] keep the current version
        [swap-backup] swap the backup
        [create-folder] create the sessions folder
        [create-file] create the session file
        [find-name] find a free file name
       *[other] { $action }
    } { $path }: { $error }. Your work is still in memory: check free disk space and the folder's permissions, then save again.
storage-too-many-sessions = too many sessions with the same name and date
storage-no-backup = { $path }: there is no backup ({ $backup } does not exist), so there is nothing to restore. The session file was not changed.
storage-bad-backup = The backup cannot be used, so the session file was not changed: { $error }
storage-restored = Restored from the backup saved { $saved }
storage-lock-held = This session is open in another pim-workshop ({ $holder }). Close it there first, or open it read-only; if that program has ended, try again: its lock is released when it exits.
storage-lock-io = Could not lock { $path }: { $error }. Check that the sessions folder is writable.
storage-holder-user-host = user { $user } on host { $host }
storage-holder-user = user { $user }
storage-holder-host = on host { $host }
storage-holder-pid = pid { $pid }
storage-holder-since = since { $since }
storage-holder-unknown = holder unknown
storage-group-count = Choose between 1 and { $max } groups.
storage-not-merged = not merged: { $reason }
storage-not-a-step = { $id } is neither a step nor a sub-step id; see `pim-workshop content check` or the reference library for the ids
storage-steps-not-in-template = none of these steps is part of this session's template

## Landscape register: the checks of an entry, and importing a table (landscape/*)

landscape-not-placed = not placed
landscape-name-empty = the name is empty
landscape-unknown-category = category { $value } is not a PIM Matrix category (use an id such as protection-monitoring, or a category name)
landscape-bad-last-update = last update { $value } is not a date written YYYY-MM-DD
landscape-bad-shared-with = shared with { $problem }
landscape-bad-status = status { $problem }
landscape-bad-reliability = reliability { $problem }
landscape-unknown-output = output { $value } is not a Matrix output item id
landscape-unknown-sharing = sharing solution { $value } is not in the data-sharing checklist
landscape-personal-contact = the contact role holds an e-mail address or phone number; record a role, never personal contact details
landscape-table-not-a-file = it is not a regular file; choose a .csv file
landscape-table-too-large = it is { $size } bytes, more than the limit of { $limit } bytes (16 MiB) for a landscape table
landscape-table-not-utf8 = it is not UTF-8 text; save the table as "CSV UTF-8"
landscape-import-no-name-column = The table has no header row with a "name" column (or an #activity+name tag). Export the register once to see the expected layout (docs/landscape-csv.md).
landscape-import-nothing = Nothing was imported: { $problems ->
        [one] 1 problem
       *[other] { $problems } problems
    } in { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } to fix first.
landscape-import-line = line { $line }: { $message }
landscape-import-more = … and { $count } more
landscape-import-bad-row = the row could not be read as CSV ({ $error })
landscape-imported = Imported the landscape table: { $added } added, { $updated } updated, { $unchanged } unchanged.

## Content packs: the competency areas, the Matrix's shared data, and what `content check` finds (content/*)

content-competency-skills = Skills
content-competency-knowledge = Knowledge
content-competency-attitude = Attitude
content-shared-broadly = { $text } (broadly)
content-shared-restricted = { $text } (protection actors only)
content-load-io = { $file }: cannot be read: { $reason }. Check that the content folder has all { $count } files of a pack (see docs/content-format.md).
content-load-parse = { $file }: at { $path }: { $message }
content-load-at = { $error } (line { $line }, column { $column })
content-load-not-embedded = it is not in the program
content-load-too-large = it is { $size } bytes, more than the { $limit } a content file may have
content-path-top = (top)
content-path-end = (end)
# One issue: "error: process.json: at steps[0].id: …".
content-issue = { $level ->
        [error] error
       *[warning] warning
    }: { $file }: at { $path }: { $message }
content-id-not-kebab = id { $id } must be lowercase kebab-case (a-z, 0-9, -)
content-id-twice = id { $id } is used twice
content-source-not-listed = source document { $doc } is not listed in pack.json documents
content-unknown-reference = { $what ->
        [matrix-category] Matrix category
        [matrix-row] Matrix row
        [glossary-term] glossary term
        [step] step
        [principle] principle
        [substep] sub-step
        [scenario] scenario
        [category] category
        [competency] competency
        [exercise] exercise
       *[other] { $what }
    } { $id } does not exist in this pack
content-text-empty = text is empty
content-no-steps = the process has no steps
content-step-number = step { $position } is numbered { $number }; steps are numbered in order from 1
content-step-no-substep = a step needs at least one sub-step
content-substep-no-prompt = a sub-step needs at least one prompt
content-substep-no-output = a sub-step needs at least one expected output
content-principle-count = the framework has { $expected } principles; this pack has { $count }
content-principle-no-question = a principle needs at least one guiding question
content-substep-other-step = sub-step { $substep } belongs to step { $step }, not { $expected }
content-item-no-prompt = an item needs at least one prompt
content-step-no-in-action = step { $step } has no Principles in Action prompts for principle { $principle } (an item with substep null)
content-row-unknown = row { $row } is not one of the Matrix criteria ({ $rows })
content-row-must-be-fixed = the definition and output rows are fixed by the framework: set fixed to true
content-row-not-fixed = only the definition and output rows are fixed: set fixed to false
content-row-missing = the Matrix row { $row } is missing
content-category-count = the PIM Matrix has { $expected } categories; this pack has { $count }
content-category-no-output = a category needs at least one output item (output-first reading uses them)
content-template-no-substep = a template needs at least one sub-step
content-extra-prompt-substep = sub-step { $substep } is not one of this template's sub-steps
content-prompt-kind-twice = a template may have at most one prompt of kind { $kind }; this one has { $count }
content-no-request-kinds = template { $template } asks for the kind of request, but the Matrix lists no request kinds
content-agenda-no-exercises = the agenda has no exercises or scenarios
content-exercise-no-minutes = an exercise needs a length in minutes
content-exercise-incomplete = an exercise needs instructions and expected outputs
content-module-no-minutes = a module needs a length in minutes
content-module-day = day { $day } follows day { $last }; days start at 1, in order, without gaps
content-module-no-objectives = a module needs learning objectives
content-definition-adapted = the definition of { $category } differs from the framework's; the Definition row is fixed and should not be adapted
content-output-adapted = the output of { $category } differs from the framework's; the Output row is fixed and should not be adapted

## Display: a field too long to show in full (display.rs)

display-capped = { $text }… [{ $hidden } more characters not shown]

## The kinds of change in the timeline
timeline-kind = { $kind ->
        [created] created
        [answer] answer
        [status] status
        [principle] principle
        [decision] decision
        [action] action
        [risk] risk
        [parking] parking
        [participant] participant
        [context] context
        [landscape] landscape
        [migrated] migrated
        [restored] restored
        [approval] approval
       *[other] other
    }
session-landscape-area-set = Area { $name }: administrative level { $level }, P-code { $pcode }
