# The TUI's handlers, English: tab and screen titles, form titles, labels, hints and options, notices and
# error sentences (src/tui/*.rs, src/tui/records/, src/tui/facil/). Placeholders are { $name }.

## The session's tabs (tabs.rs); the Matrix tab is ref-matrix (ui.ftl)

tab-decisions = Decisions
tab-actions = Actions
tab-risks = Risks
tab-parking = Parking lot
tab-coverage = Coverage
tab-landscape = Landscape
tab-outputs = Outputs
tab-brief = Brief

## The home screen's sort orders (library.rs)

home-sort-changed = last change
home-sort-title = title
home-sort-kind = kind

## The review of a session file (sessions.rs)

review-unreadable = This session file cannot be read.
review-warnings = Warnings

## Opening a session: read-only, the lock, older files (open.rs, session_io.rs, update.rs)

session-read-only = Read-only: { $reason }
session-opened-read-only = Opened read-only: { $reason }
session-held-by = another pim-workshop has it open ({ $holder })
session-reading-only = opened for reading only
session-lock-held = This session is open in another pim-workshop ({ $holder }). Changes can only be made there. Press o to open it read-only, or Esc to go back.
tui-session-migrated = This file was written in an older format (schema { $version }) and is updated as you work; the original is kept as { $backup }.
tui-session-migrated-no-backup = This file was written in an older format (schema { $version }) and is updated as you work; the original is kept.

## The loop: starting, saving on the way out, creating and exporting (run.rs)

run-pack-failed = reading the content pack failed
run-no-terminal = cannot take over the terminal (is this an interactive terminal?)
run-no-signals = cannot watch for SIGTERM
run-no-signal-thread = cannot start the signal thread
run-exit-save-failed = the last changes could not be saved: { $message }
run-close-save-failed = The last changes could not be saved: { $message }
run-create-failed = The session could not be created: { $error }
run-exported = Exported { $file } as { $format } in { $folder }
run-export-failed = The export was not written: { $error }

## Forms (form.rs)

form-field-needed = { $label } is needed: type it here.

## The new-session wizard (wizard.rs); its title is home-entry-new, Kind and Title are home-col-kind
## and home-col-title (ui.ftl)

wizard-kind-hint = ←→ or Space: the kind of session
wizard-title-hint = e.g. Kalma district: scoping the assessment request
wizard-facilitator = Facilitator
wizard-facilitator-hint = Who runs the session
wizard-participants = Participants
wizard-participants-hint = Name (Organisation, role); Name (Organisation); … — edit the list to add or remove
wizard-operation = Operation
wizard-operation-hint = e.g. Veldara displacement response
wizard-location = Location
wizard-location-hint = Where the information is about
wizard-dates = Dates
wizard-dates-hint = When the session runs
wizard-requested-by = Requested by
wizard-requested-by-hint = Who asked for the work
wizard-tool = Tool requested
wizard-tool-hint = What they asked for, e.g. a needs assessment
wizard-notes = Notes
wizard-notes-hint = Anything else the room should know
wizard-title-too-long = The title is longer than { $max } characters: shorten it; details go in Notes.

## The export form (export_form.rs)

export-form-no-session = Open or review a session first; then x exports it.
export-form-title = Export the session
export-form-format = Format
export-form-format-hint = ←→ or Space to choose the format.
export-form-out = Save as
export-form-out-hint = Empty: { $dir }/{ $stem }.<format>. The file is readable by you only.
export-form-bad-format = Choose one of the formats listed (←→ or Space).
export-form-is-session = That is the session file itself: choose another name.

## The workshop's notices (workshop_update.rs)

workshop-notice-no-session = Decisions belong to a session: open one (Enter on it) or create one (New session) first.
workshop-notice-not-scoping = The outputs and the brief belong to a scoping session (the needs-assessment-scoping template); this session does not ask for them.
workshop-notice-untouched = Earlier steps are untouched ({ $steps }). PIM takes the steps in order; p goes back.

## Scoping: the choice prompts, the picker, the register in the answer panel (scoping.rs)

scoping-notice-no-outputs = This session's template does not ask for the outputs needed.
scoping-notice-request = Request recorded.
scoping-notice-approach = Approach recorded.
scoping-answer-picker = Enter opens the picker (Space picks an output).
scoping-answer-no-systems = No systems in the landscape register yet. Enter opens it: n adds a system, i imports a table.
scoping-answer-systems = { $count ->
        [one] { $count } system in the landscape register: { $names }.
       *[other] { $count } systems in the landscape register: { $names }.
    }
scoping-answer-register = Enter opens the register; M shows the operation's Matrix with gaps and duplication.
scoping-form-kind-title = What kind of exercise was requested?
scoping-form-not-said = not said yet
scoping-form-asked-for = Asked for
scoping-form-asked-for-hint = ←/→ to choose. The program reads it against the Matrix.
scoping-form-note = Note
scoping-form-note-hint = Anything to add, e.g. the exact words used.
scoping-form-approach-title = The approach recommended
scoping-form-use-existing = Use data that already exists
scoping-form-new-collection = New collection: { $category }
scoping-form-approach = Approach
scoping-form-approach-hint = ↑/↓ to move, Space to tick; tick several when existing data and a new exercise combine.
scoping-form-methods = Methods
scoping-form-methods-hint = Which methods, where and with whom.

## The landscape register: the system form, the checklist, the import (landscape.rs)

landscape-form-new-title = A system or source in the landscape
landscape-form-edit-title = Landscape { $id }
landscape-form-not-placed = not placed yet
landscape-form-name = Name
landscape-form-name-hint = The system's or source's name.
landscape-form-organisation = Organisation
landscape-form-organisation-hint = Who runs it.
landscape-form-category = PIM category
landscape-form-category-hint = ←/→ to choose the Matrix category.
landscape-form-sub-category = Sub-category
landscape-form-sub-category-hint = E.g. community-based protection monitoring.
landscape-form-methods = Methods
landscape-form-methods-hint = E.g. key informant interviews, household survey.
landscape-form-areas = Areas
landscape-form-areas-hint = Areas covered, separated by ; (names as the operation's maps write them).
landscape-form-frequency = Frequency
landscape-form-frequency-hint = E.g. monthly, one-off.
landscape-form-last-update = Last update
landscape-form-last-update-hint = YYYY-MM-DD.
landscape-form-outputs = Outputs
landscape-form-outputs-hint = What it produces, in your words (pick Matrix outputs with o on the list).
landscape-form-shared-with = Shared with
landscape-form-choose-hint = ←/→ to choose.
landscape-form-shared-what = What is shared
landscape-form-shared-what-hint = E.g. monthly report; site-level table on request.
landscape-form-contact = Contact role
landscape-form-contact-hint = A role, e.g. "protection monitoring coordinator"; never a person's phone or e-mail.
landscape-form-status = Status
landscape-form-reliability = Reliability
landscape-form-diagnosis = Diagnosis
landscape-form-diagnosis-hint = How well it works, what it misses, what to ask of it.
landscape-form-bad-date = Write the date as YYYY-MM-DD, e.g. 2026-10-31, or leave it empty.
landscape-form-personal-contact = This looks like an e-mail address or phone number. Write the role to contact instead; personal contact details do not belong in the register.
landscape-form-sharing-title = Data-sharing solutions in place: { $name }
landscape-form-sharing-hint = ↑/↓ to move, Space to tick the solutions in place.
landscape-form-import-title = Import a landscape table (CSV)
landscape-form-import-file = CSV file
landscape-form-import-hint = The path of the table, e.g. ~/Downloads/landscape.csv. Rows are checked first: if any is wrong, nothing is imported.
landscape-notice-added = Landscape { $id } added.
landscape-notice-updated = Landscape { $id } updated.
landscape-notice-removed = Landscape { $id } removed (the timeline keeps a note of it).
landscape-notice-sharing-saved = Sharing solutions of { $id } saved.
landscape-notice-unreadable = Could not read { $path }: { $error }. Check the path and press i to try again.

## Decisions, actions, risks, the parking lot, principle notes, skipping (records/)

records-form-decision-new = Record a decision
records-form-decision-superseding = New decision superseding { $id }
records-form-decision-edit = Edit decision { $id }
records-form-decision = Decision
records-form-decision-hint = What was decided, in one line
records-form-why = Why
records-form-why-hint = The reasons, as the room said them
records-form-rests-on = Rests on
records-form-rests-on-hint = ↑/↓ choose, Space marks the principles this decision rests on
records-form-status = Status
records-form-status-hint = ←→ or Space to change
records-form-who = Who
records-form-who-hint = Who decided
records-form-action-new = Add an action
records-form-action-edit = Edit action { $id }
records-form-action = Action
records-form-action-hint = What will be done
records-form-owner = Owner
records-form-owner-hint = Who does it
records-form-due = Due
records-form-due-hint = 2026-12-01, +7d or +2w; empty for none
records-form-follows-from = Follows from
records-form-follows-from-hint = ↑/↓ choose, Space marks the decisions this action carries out
records-form-risk-new = Add a risk
records-form-risk-edit = Edit risk { $id }
records-form-risk = Risk
records-form-risk-hint = What could go wrong, and for whom
records-form-likelihood = Likelihood
records-form-likelihood-hint = ←→ to choose how likely it is
records-form-impact = Impact
records-form-impact-hint = ←→ to choose how bad the harm would be
records-form-mitigation = Mitigation
records-form-mitigation-hint = What reduces it
records-form-risk-owner-hint = Who watches it
records-form-parking-title = Parking lot: a point to come back to
records-form-point = Point
records-form-point-hint = What to come back to, and why
records-form-principle-title = { $name }: status and note
records-form-note = Note
records-form-note-hint = What the room said: how it is addressed, or the concern
records-form-skip-title = Skip “{ $title }”
records-form-reason = Reason
records-form-reason-hint = Why the team skips it (e.g. done last month, see report)
records-notice-already-superseded = { $id } is already superseded: supersede the newest decision in its chain.
records-notice-decision-recorded = Decision { $id } recorded.
records-notice-decision-updated = Decision { $id } updated.
records-notice-decision-gone = Decision { $id } is no longer in this session.
records-notice-action-added = Action { $id } added.
records-notice-action-updated = Action { $id } updated.
records-notice-risk-added = Risk { $id } added.
records-notice-risk-updated = Risk { $id } updated.
records-notice-parking-added = { $id } added to the parking lot.
records-notice-skipped = Sub-step marked as skipped.
records-notice-principle-saved = Principle check saved.

## The facilitator's toolkit: screen titles (facil/views.rs)

facil-title-agenda = Agenda
facil-title-vote = Dot vote
facil-title-attendance = Attendance
facil-title-summary = End-of-day summary

## The toolkit's notices: timers, files, groups (facil/mod.rs, facil/agenda.rs)

facil-notice-time-up = Time is up for { $title }: + extends by { $minutes } minutes, m marks it finished.
facil-notice-wrote = Wrote { $path }
facil-notice-not-written = Not written: { $error }
facil-notice-groups-written = { $count ->
        [one] Wrote { $count } group file beside this session: { $names }. J merges it back.
       *[other] Wrote { $count } group files beside this session: { $names }. J merges them back.
    }
facil-notice-groups-not-written = No group files written: { $error }
facil-notice-merge = Merge: { $parts }
facil-notice-merge-skipped = { $file }: { $reason }
facil-notice-no-group-file = no group file given
facil-notice-no-agenda = This session's template has no agenda: start a PIM training session for modules and timers.
facil-notice-no-timers = Timers follow the agenda, and this session's template has none.
facil-notice-no-exercise = This module has no exercise to time.
facil-notice-timer-running = The timer is running: pause it with Space first, then 0 resets it.
facil-notice-no-current = No module is current: Enter starts the one under the cursor.
facil-notice-bell-on = The bell rings when time is up.
facil-notice-bell-off = No bell when time is up (the header still shows it).
facil-notice-no-participants = This session lists no participants yet: n adds them.
facil-notice-open-session = Open a session first.
facil-notice-participants-added = { $count ->
        [one] { $count } participant added.
       *[other] { $count } participants added.
    }
facil-notice-vote-closed = Vote closed and recorded: { $title }

## The toolkit's forms: the day's start, participants, groups, dot votes (facil/)

facil-form-day-start-title = When the training days start
facil-form-start-time = Start time
facil-form-start-time-hint = HH:MM, 24-hour clock; the day's plan counts from it
facil-form-bad-time = Type the time as HH:MM, for example 08:30.
facil-form-participants-title = Add participants
facil-form-participants = Participants
facil-form-participants-hint = Name (Organisation, role); another name; …
facil-form-split-title = Split into breakout groups
facil-form-groups = Groups
facil-form-groups-hint = How many groups (1 to { $max }); one file each, in { $dir }
facil-form-substeps = Sub-steps
facil-form-substeps-hint = ↑/↓ move, Space choose: what the groups work on
facil-form-choose-substep = Choose at least one sub-step (Space).
facil-form-merge-title = Merge group files
facil-form-group-files = Group files
facil-form-group-files-none = Paths separated by ; (no group file of this session was found beside it)
facil-form-group-files-found = Paths separated by ; (the group files found beside this session are filled in)
facil-form-number = Type a number from 1 to { $max }.
facil-form-question = Question
facil-form-question-hint = What the room is choosing
facil-form-on = On
facil-form-on-hint = ←→: the list to vote on
facil-form-list-categories = Matrix categories
facil-form-list-answer = Lines of the current answer (information needs, key questions…)
facil-form-list-parking = Open parking-lot points
facil-form-who-votes = Who votes
facil-form-voters-participants = { $count ->
        [one] The { $count } participant
       *[other] The { $count } participants
    }
facil-form-voters-groups = Numbered groups
facil-form-vote-groups-hint = With numbered groups: how many
facil-form-dots = Dots each
facil-form-dots-hint = How many dots each voter has
facil-vote-group = Group { $n }
