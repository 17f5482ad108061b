# The screens' own words, English: what the views draw (src/tui/view/, src/tui/doc.rs). Placeholders are
# { $name }. Tab titles, status labels and key descriptions are elsewhere (tui.ftl, core.ftl, keys).

## Shared: a label and its text (doc.rs and every view)

# A label before its text, as in "Source: …" (the code adds the space after it).
doc-label = { $label }:
doc-label-value = { $label }: { $value }

## Home (home.rs)

home-sessions-shown = { home-sessions } ({ $shown })
home-sessions-shown-of = { home-sessions } ({ $shown } of { $total })
home-sorted-by = sorted by { $order }
home-reading = reading { $done } of { $total }…
# Over the columns: progress, decisions (D), open actions (A).
home-col-numbers = done  D  A

## Agenda, module details and the header's timer (agenda.rs)

agenda-time-up = TIME UP
agenda-list-title = Agenda
agenda-module-title = Module
agenda-day = Day { $day }
agenda-planned-end = planned end { $time }
# $drift is signed: +5, -3, +0.
agenda-expected-end = expected end { $time } ({ $drift } min)
agenda-bell-on = bell on
agenda-bell-off = bell off
agenda-module-facts = Day { $day } · { $minutes } min planned · { $taken } taken
agenda-module-facts-extended = Day { $day } · { $minutes } min planned (+{ $extra } min) · { $taken } taken
agenda-objectives = Learning objectives
agenda-competencies = Competencies built
agenda-covers = Covers
agenda-exercise = Exercise: { $title } ({ $minutes } min)
agenda-exercise-groups = Exercise: { $title } ({ $minutes } min, in groups)
agenda-expected = Expected
agenda-scenario = Scenario

## Dot vote (agenda.rs)

vote-on = On: { $list } · { $dots ->
        [one] { $dots } dot each
       *[other] { $dots } dots each
    }
vote-on-closed = On: { $list } · { $dots ->
        [one] { $dots } dot each
       *[other] { $dots } dots each
    } · CLOSED, result recorded
vote-voter = Voter:
vote-dots-left = ({ $left } of { $dots ->
        [one] { $dots } dot left
       *[other] { $dots } dots left
    }; { $voters ->
        [one] { $voters } voter
       *[other] { $voters } voters
    })

## Attendance and the end-of-day summary (agenda.rs)

attendance-day-title = Day ◀ { $day } ▶ of { $days } · { $present } of { $total } present
attendance-empty = This session lists no participants yet: n adds them (Name (Organisation, role); …).
summary-day-title = Day ◀ { $day } ▶ of { $days }

## Presenter view (presenter.rs)

presenter-exercise-in = Exercise in { $module } · { $minutes } min
presenter-day-planned = Day { $day } · { $minutes } min planned
presenter-no-module = No module is running
presenter-step = Step { $number } · { $title }
presenter-time-up = time is up
presenter-left = { $time } left
presenter-exercise = Exercise: { $title }
presenter-earlier = (earlier wording kept: { $text })

## Landscape register (landscape.rs)

landscape-fact-outputs = { $count ->
        [one] { $count } output
       *[other] { $count } outputs
    }
landscape-fact-sharing = sharing solutions { $done }/{ $total }
landscape-fact-diagnosis = diagnosis: { $text }
landscape-list-empty = No systems mapped yet. Press n to add one, or i to import a table (CSV, e.g. a 4W).

## The operation's Matrix (landscape.rs)

landscape-matrix-col-category = Category
landscape-matrix-col-all = all
# A grid cell where no system runs (at most 7 cells wide).
landscape-matrix-gap-cell = ·  gap
landscape-matrix-legend = running/all · gap: no running system there · ≡ possible duplication
landscape-matrix-more-areas = { $count ->
        [one] { $count } more area in the details (widen the terminal to see them as columns)
       *[other] { $count } more areas in the details (widen the terminal to see them as columns)
    }
landscape-matrix-no-areas = No areas recorded: add areas to the systems to see gaps by area.
landscape-matrix-no-system = No system of this category in the register.
landscape-matrix-no-area = no area given
landscape-matrix-gap-anywhere = Gap: no running system in anywhere in the operation.
landscape-matrix-gap-in = Gap: no running system in { $areas }.
landscape-matrix-duplication = Possible duplication in { $area }: { $output } — { $systems }.
landscape-matrix-unplaced = Not placed on the Matrix yet: { $systems }.

## Decisions, actions, risks, the parking lot (records.rs)

records-list-superseded-by = superseded by { $id }
records-list-why = why: { $text }
records-list-supersedes = supersedes { $id }
records-list-rests-on = rests on { $principles }
records-list-no-decisions = No decisions yet. Press n (or d from anywhere in the session) to record one.
records-list-no-date = no date
records-list-overdue = OVERDUE { $days }d
records-list-no-owner = no owner
records-list-due = due { $date }
records-list-no-actions = No actions yet. Press n (or a in the workshop) to add one.
records-list-no-parking = The parking lot is empty. Press n (or + in the workshop) to park a point.
records-list-risk-axes = Likelihood ↑ × impact →
# L: likelihood, I: impact.
records-list-risk-score = L{ $likelihood }×I{ $impact }={ $score }
records-list-no-risks = No risks yet. Press n to add one.
records-list-mitigation = mitigation: { $text }
records-list-owner = owner: { $text }
records-list-no-mitigation = no mitigation or owner yet

## Coverage: principles × sub-steps (records.rs)

records-coverage-legend = ✓ addressed  ! concern  – not applicable  ? open  · never discussed
records-coverage-no-gaps = No gaps: every principle was discussed at every sub-step.
records-coverage-gaps = { $count ->
        [one] Gaps before closing ({ $count } principle):
       *[other] Gaps before closing ({ $count } principles):
    }
records-coverage-never-discussed = { $principle }: never discussed at { $substeps }

## Reference library details (reference.rs)

ref-step-heading = Step { $number }: { $title }
ref-facilitator-minutes = { ref-facilitator } (about { $minutes } { ref-minutes })
ref-row-fixed = { $title } (fixed)
# Row titles when the content pack does not name them.
ref-fallback-methods = Methods
ref-fallback-specific-examples = Specific examples
ref-fallback-sources = Sources

## Scoping: the output picker and the brief's preview (scoping.rs)

scoping-picker-picked = { $count } picked
scoping-picker-for-decisions = for decisions:
scoping-picker-system-hint = Space picks what this system produces; the operation's Matrix (M) uses it to find duplication.
scoping-preview-title = Scoping brief: { $title }
scoping-preview-hint = Export it with x (Markdown or HTML); this is what it will say.
scoping-preview-missing = Not yet recorded: { $items }.

## Workshop (workshop.rs)

workshop-how-list = One item per line.
workshop-how-choose = Enter to choose.
workshop-how-outputs = Enter opens the output picker.
workshop-how-landscape = Enter opens the landscape register.
workshop-pia-step = { workshop-pia } — step { $number }
workshop-principle-note = note: { $text }
