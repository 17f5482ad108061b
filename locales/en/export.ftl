# The exports' fixed words (pim-core's export module and the scoping brief): the session report
# (plain-text summary, Markdown, HTML), the scoping brief, the end-of-day summary and the landscape
# register in the reports. English. Fluent syntax: https://projectfluent.org/
# A space at the start or the end of a message is written {" "}: Fluent trims plain spaces there.

## The report's head and foot (export/report.rs)

report-byline = Session summary from pim-workshop, as of { $date }.
report-footer = Exported by pim-workshop on { $date } from session { $session } (content pack { $pack } { $version }).
# A labelled detail line: "Owner: Amina".
report-label = { $label }:{" "}
# A caption or a label before what it introduces: "Participants (6):".
report-caption = { $text }:

## Overview

report-overview = Overview
report-kind = Kind
report-facilitator = Facilitator
report-operation = Operation
report-location = Location
report-dates = Dates
report-requested-by = Requested by
report-requested-tool = Requested tool
report-created = Created
report-last-changed = Last changed
report-content-pack = Content pack
report-notes = Notes
report-participants-heading = Participants ({ $count })
report-no-participants = No participants recorded.
report-col-name = Name
report-col-organisation = Organisation
report-col-role = Role

## Steps and sub-steps

report-step-number = Step { $number }.{" "}
report-other-records = Other records (not in the content pack)
report-not-answered = { $count ->
        [one] 1 prompt not answered.
       *[other] { $count } prompts not answered.
    }
report-principles-considered = Principles considered:
report-principles-line = Principles:
report-question-prefix = Q:{" "}
report-skipped-because = skipped: { $reason }
report-earlier = (earlier: { $text })
report-earlier-wording = Earlier wording: { $text }
report-earlier-wording-md = *Earlier wording:* { $text }
# The answer to the landscape prompt, written from the register.
report-landscape-answer = { $count ->
        [one] 1 system in the landscape register: { $names }.
       *[other] { $count } systems in the landscape register: { $names }.
    }
report-groups-heading = Breakout groups' answers

## Decisions

report-decisions-heading = Decisions ({ $count })
report-no-decisions = No decisions recorded.
report-superseded-by = Superseded by { $id }
report-replaces = Replaces { $id }
report-why-line = Why:
report-step-prefix = Step:{" "}
report-principles-prefix = Principles:{" "}
report-recorded-by = Recorded { $at } by { $by }
report-history-prefix = History:{" "}
report-history-by = {" "}by { $by }
# In the Markdown table's status column.
report-state-superseded-by = superseded by { $id }
report-state-replaces = replaces { $id }
# After the status badge in HTML: "superseded by D-5".
report-badge-by = {" "}by { $id }
report-chains = Superseded chains (oldest first)
report-chain-last = {" "}(last: { $status })
report-chain-not-in-session = not in this session
report-col-id = ID
report-col-status = Status
report-col-decision = Decision
report-col-why = Why
report-col-step = Step
report-col-principles = Principles
report-col-recorded = Recorded
report-col-decision-why = Decision and why

## Actions

report-actions-heading = Actions ({ $count })
report-actions-as-of = As of { $date }: { $pending } still to do, { $overdue } overdue.
report-action-overdue = { $days ->
        [one] { $status }, OVERDUE by 1 day
       *[other] { $status }, OVERDUE by { $days } days
    }
report-owner = Owner
report-due = Due
report-from-decisions = From decisions
report-col-action = Action
report-col-owner = Owner
report-col-due = Due
report-col-decisions = Decisions

## Principles coverage

report-coverage-heading-text = Principles coverage (principles x sub-steps)
report-coverage-heading = Principles coverage
report-no-substeps = No sub-steps in this session.
report-no-gaps = No gaps: every principle was considered in every sub-step.
report-gaps = Gaps (open or never discussed)
report-coverage-never-discussed = never discussed
report-coverage-intro = How each PIM principle was considered in each sub-step of the session.
report-key-prefix = Key:{" "}
report-substeps-caption = Sub-steps:
report-col-principle = Principle

## Risks

report-risks-heading = Risks ({ $count })
report-no-risks = No risks recorded.
report-risk-score = { $level }: likelihood { $likelihood } x impact { $impact }
report-risk-score-short = L{ $likelihood } × I{ $impact }
report-mitigation = Mitigation
report-risk-level-low = low
report-risk-level-medium = medium
report-risk-level-high = high
report-risk-level-critical = critical
report-risk-map-picture = Risk map (likelihood × impact)
report-risk-map-axes = Likelihood ↓ Impact →
report-risk-map-text = Risk map (likelihood up, impact across):
report-risk-map-table = Risk map (rows: likelihood, columns: impact)
report-col-level = Level
report-col-likelihood = Likelihood
report-col-impact = Impact
report-col-risk = Risk
report-col-mitigation = Mitigation

## The landscape register in the reports (export/writer.rs, export/html.rs, export/model.rs)

report-register-heading = Landscape register ({ $count })
report-landscape-heading = { $count ->
        [one] The operation's PIM landscape (1 system)
       *[other] The operation's PIM landscape ({ $count } systems)
    }
report-register = The register
report-operation-matrix = The operation's Matrix
report-operation-matrix-text = The operation's Matrix (running systems per area; - none)
report-all-areas = All areas
report-all-areas-lower = all areas
report-gap = gap
report-gaps-text = Gaps (no running system):
report-gap-nowhere = { $category }: no running system
report-legend-gap = no running system in the area
report-legend-duplication = possible duplication: several systems give the same output there
report-duplication = Possible duplication
report-duplication-same = {" "}(same output, same area):
report-duplication-line = { $output } in { $area }: { $systems }
report-system-produces = produces:{" "}
report-system-shares = shares:{" "}
report-system-diagnosis = diagnosis:{" "}
report-system-sharing-in-place = sharing solutions in place: { $count }
report-produces = produces: { $outputs }
report-fact-updated = updated { $date }
report-fact-reliability = reliability { $reliability }
report-fact-shared = shared: { $shared }
report-fact-contact = contact: { $role }
report-col-system = System
report-col-category = Category
report-col-areas = Areas
report-col-last-update = Last update
report-col-reliability = Reliability
report-col-shared-with = Shared with
report-col-facts = Facts
report-col-diagnosis = Diagnosis

## Parking lot and timeline

report-parking-heading = Parking lot ({ $count })
report-nothing-parked = Nothing parked.
report-parking-resolved = resolved
report-parking-open = open
report-timeline-heading = Timeline of changes ({ $count })

## The scoping brief (scoping/brief.rs, export/brief.rs)

brief-title = Scoping brief: { $title }
brief-prepared-by = prepared by { $name }
brief-missing = Not yet recorded in the session: { $missing }.
brief-missing-md = Not yet recorded in the session: { $missing }\.
brief-request = The request
brief-asked-for = Asked for
brief-asked-for-in-matrix = { $kind } (in the Matrix: { $categories })
brief-kind-asked-for = Kind of exercise asked for
brief-requester-words = In the requester's words
brief-requested-by = Requested by, and who will use it
brief-needed-by = Needed by
brief-why-now = Why now
brief-purpose = Purpose
brief-decisions-to-inform = Decisions the information must inform
brief-target = Target group, area and audience
brief-key-questions = Key questions
brief-information = Information needed, and not needed
brief-outputs-needed = Outputs needed
brief-needed = Needed
brief-not-needed = Not needed
brief-existing = What already exists
brief-existing-data = Existing data
brief-col-system = System or source
brief-col-organisation = Organisation
brief-col-category = Category
brief-col-areas = Areas
brief-col-updated = Updated
brief-col-reliability = Reliability
brief-comparison = Reading the Matrix output-first
brief-recommendation = Recommendation
brief-recommended-approach = Recommended approach
brief-approach = Approach and methods
brief-why = Why
brief-decisions = Decisions
brief-decision = { $id }: { $title } ({ $state })
brief-for-approval = proposed, for approval
brief-harm = Proportionality and do no harm
brief-sensitivity = Sensitivity of the data
brief-risks-missing = Risks and mitigations
brief-col-risk = Risk
brief-col-score = Score
brief-col-mitigation = Mitigation
brief-col-owner = Owner
brief-next-steps = Next steps
brief-next-steps-missing = Next steps with owners and dates
brief-col-action = Action
brief-col-due = Due

## The end-of-day summary of a training (export/day_summary.rs)

day-summary-title = { $title }: day { $day }, { $date }
day-summary-attendance = Attendance ({ $present } of { $participants })
day-summary-no-attendance = No attendance recorded for this day.
day-summary-covered = Modules covered
day-summary-none-covered = No module finished yet.
day-summary-not-covered = Modules of the day not finished
day-summary-all-covered = None: the day's plan is covered.
day-summary-module = { $title } ({ $planned } min planned, { $taken } min taken)
day-summary-decisions = Decisions
day-summary-no-decision = No decision recorded on this day.
day-summary-votes = Votes
day-summary-no-vote = No vote on this day.
day-summary-no-dots = no dots placed
day-summary-open-actions = Open actions
day-summary-no-open-action = No open action.
day-summary-owner = {" "}(owner: { $owner })
day-summary-due = {" "}due { $due }
day-summary-parking = Parking lot to review
day-summary-parking-empty = The parking lot is empty.

## Export formats: their names in menus, and what goes wrong writing one (export/format.rs, export/mod.rs)

format-markdown = Markdown
format-html = HTML (print-ready)
format-csv = CSV (one file per table: decisions, actions, risks, participants)
format-json = JSON (the session data)
format-brief = Scoping brief (Markdown)
format-brief-html = Scoping brief (HTML, print-ready)
format-landscape-csv = Landscape register (CSV with HXL tags)
format-unknown = unknown export format { $name }: choose { $names } or { $last }
format-write-failed = Could not write the export to { $path }: { $error }. Check that the folder exists and that you may write to it, or choose another place.
format-would-replace-session = { $path } is the session file itself; exporting over it would replace the session. Choose another file name for the export.
