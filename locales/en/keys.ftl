# The key bindings' words, English: what each key does (the help overlay, the footer and docs/keys.md),
# the titles of the contexts and the keys document's own words. The keys themselves (Enter, Esc, q…)
# are the same in every language and are not here. The footer shows a description up to its first
# colon, so the part before a colon is the short form: keep it short.

## Context titles (help overlay, docs/keys.md). "Everywhere", "Reference library" and "Session open
## elsewhere" are ui.ftl's help-everywhere, ref-title and lock-held-title.
key-ctx-home = Home screen
key-ctx-help = Help overlay
key-ctx-review = Review (read-only)
key-ctx-workshop = Workshop
key-ctx-editor = Typing an answer
key-ctx-records = Decisions, actions, risks, parking lot, coverage
key-ctx-landscape = Landscape register
key-ctx-operation-matrix = The operation's Matrix
key-ctx-outputs = Output picker (scoping, or a system's outputs)
key-ctx-brief = Scoping brief preview
key-ctx-form = Forms
key-ctx-search = Searching (home, reference library, review)
key-ctx-too-small = Terminal too small
key-ctx-agenda = Agenda and timers
key-ctx-vote = Dot vote
key-ctx-attendance = Attendance
key-ctx-day-summary = End-of-day summary

## The keys document (docs/keys.md, docs/keys.<lang>.md): Markdown.
key-doc-title = Keys
key-doc-intro = Every screen shows its most used keys in the footer; `?` lists all of them.
# Only in the documents of languages other than English.
key-doc-same-keys = The keys are the same in every language; only their descriptions are translated.
key-doc-col-keys = keys
key-doc-col-action = what they do
key-doc-global-too = The keys listed under *{ $everywhere }* work here too.

# What each key does, table by table (a description used by several tables is under the first).

## Everywhere
key-help = help: all keys of this screen
key-record-decision = decision: record one for the open session
key-reference = reference: the PIM framework library
key-quit = quit

## Home screen
key-move-up = move up
key-move-down = move down
key-first-entry = first entry
key-last-entry = last entry
key-page-up = page up
key-page-down = page down
key-open-entry = open: the entry, or the session in the workshop
key-view-session = view: review the session read-only
key-filter-sessions = filter: the sessions, as you type
key-sort-sessions = sort: by last change, title or kind
key-clear-filter = clear the filter

## Workshop
key-prev-prompt = previous prompt (or sub-step, principle: in the focused panel)
key-next-prompt = next prompt (or sub-step, principle: in the focused panel)
key-edit-answer = edit: write the answer to this prompt
key-next-substep = next sub-step
key-prev-substep = previous sub-step
key-focus-panel = panel: process map, prompts, guidance
key-prev-panel = previous panel
key-cycle-principle = guidance: set the principle to addressed, concern, not applicable or open
key-scroll-guidance-down = scroll the guidance down
key-scroll-guidance-up = scroll the guidance up
key-add-action = action: add one
key-add-parking = parking lot: add a point to come back to
key-show-decisions = decisions list
key-show-actions = actions list
key-show-risks = risks and the risk map
key-show-parking = parking lot
key-show-coverage = coverage: principles × sub-steps, the gaps
key-show-landscape = landscape register: the systems already running
key-show-matrix = the operation's Matrix: systems by category, gaps, duplication
key-show-outputs = outputs needed, and what produces them (scoping)
key-show-brief = the scoping brief, as it will be exported (scoping)
key-mark-substep-done = mark this sub-step done (again: back to in progress)
key-skip-substep = skip this sub-step, with a reason
key-export-session = export: Markdown, HTML, CSV or JSON
key-agenda = agenda: modules, timers and the day's plan (training sessions)
key-timer-module = timer: start or pause the current module's timer
key-presenter = presenter view: projector layout on or off
key-split-groups = groups: split into breakout group files
key-merge-groups = join: merge the groups' files back into this session
key-dot-vote = dot vote: on categories, answer lines or the parking lot
key-close-session = back: close the session (it is saved)

## Agenda and timers
key-prev-module = previous module
key-next-module = next module
key-start-module = start: make this module current and start its timer
key-timer = timer: start or pause
key-extend-timer = extend: 5 more minutes
key-reset-timer = reset: the paused timer back to zero
key-next-exercise = exercise: time the module's next exercise (after the last: the module again)
key-finish-module = finished: mark the module done (again: reopen it)
key-bell = bell: ring when time is up, on or off
key-day-start = start time: when the training days begin (the plan's clock)
key-attendance = attendance: who is here, per day
key-day-summary = summary: the end of the day
key-scroll-module-down = scroll the module details down
key-scroll-module-up = scroll the module details up
key-back-to-workshop = back to the workshop

## Dot vote
key-prev-option = previous option
key-next-option = next option
key-prev-voter = previous voter
key-next-voter = voter: the next one
key-give-dot = dot: place one of the voter's dots here
key-take-dot = take back: one of the voter's dots here
key-close-vote = close: record the result in the session
key-back = back

## Attendance
key-prev-participant = previous participant
key-next-participant = next participant
key-toggle-present = present: mark present or absent
key-prev-day = previous day
key-next-day = day: the next one
key-add-participants = new: add participants

## End-of-day summary
key-scroll-up = scroll up
key-scroll-down = scroll down
key-export-summary = export: write it as Markdown
key-review-parking = parking lot: review it (Space resolves a point)

## Records: decisions, actions, risks, parking lot, coverage
key-prev-row = previous row
key-next-row = next row
key-new-record = new: add one
key-edit-row = edit: the focused row
key-cycle-record-status = status: next status (parking lot: resolved or not)
key-supersede = supersede: a new decision that replaces this one
key-ten-rows-up = ten rows up
key-ten-rows-down = ten rows down
key-next-list = next list
key-prev-list = previous list

## Landscape register
key-prev-system = previous system
key-next-system = next system
key-new-system = new: add a system
key-edit-system = edit: the focused system
key-cycle-system-status = status: active, paused, ended, planned, not known
key-pick-outputs = outputs: pick the Matrix outputs the system produces
key-sharing-checklist = sharing: the data-sharing solutions in place
key-import-table = import: a table (CSV, with or without HXL tags)
key-remove-system = remove the focused system
key-ten-systems-up = ten systems up
key-ten-systems-down = ten systems down
key-export-register = export: the register as CSV with HXL tags, or a report

## The operation's Matrix
key-prev-category = category: the previous one, in detail
key-next-category = next category, in detail

## Output picker
key-prev-output = previous output
key-next-output = next output
key-pick-output = pick: needed or not (a system's: produced or not)
key-ten-outputs-up = ten outputs up
key-ten-outputs-down = ten outputs down

## Scoping brief preview
key-scroll-line-up = scroll up a line
key-scroll-line-down = scroll down a line
key-scroll-page-down = scroll: down a page
key-export-brief = export: the brief as Markdown or a print-ready page

## Forms
key-next-field = next field
key-prev-field = previous field
key-save = save
key-cancel = cancel: nothing is recorded

## Typing an answer
key-finish-edit = done: stop typing (the answer is saved as you type)
key-quit-saved = quit (the answer is saved)

## Session open elsewhere
key-open-read-only = open read-only

## Review (read-only)
key-top = top
key-end = end
key-next-section = section: jump to the next one
key-prev-section = previous section
key-search-session = search: find text in the session
key-next-match = next match
key-prev-match = previous match

## Reference library
key-prev-item = previous item
key-next-item = next item
key-first-item = first item
key-last-item = last item
key-next-tab = next tab: the next section of the library
key-prev-tab = previous tab
key-matrix-view = matrix view: by category, by criterion, or output first
key-scroll-details-down = scroll: the details down
key-scroll-details-up = scroll the details up
key-search-list = search: filter the list as you type

## Searching
key-keep-search = keep the search and go back to the list
key-clear-search = clear the search

## Help overlay
key-close-help = close help: ? closes it too
