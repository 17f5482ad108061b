# Attendance across the days, the day summary's extra sections and the whole-training report
# (crates/pim-core/src/session/attendance.rs, export/attendance.rs, export/day_extras.rs,
# export/training_report.rs, src/tui/facil/attendance.rs).

## Where a participant stands on a day
attendance-mark-absent = absent
attendance-mark-present = present
attendance-mark-late = late
attendance-mark-left-early = left early
attendance-mark-late-left-early = late, left early

## Timeline
attendance-timeline-all-present = { $count ->
    [one] 1 participant marked present on day { $day }
   *[other] { $count } participants marked present on day { $day }
}
attendance-timeline-late = { $name } arrived late on day { $day }
attendance-timeline-not-late = { $name } is no longer marked late on day { $day }
attendance-timeline-left-early = { $name } left early on day { $day }
attendance-timeline-not-left-early = { $name } is no longer marked as leaving early on day { $day }

## Votes in the reports
attendance-vote-open = open (results are shown once it is closed)
attendance-vote-closed = closed: { $result }

## Sign-in sheet and certificate list
attendance-day = Day { $day }
attendance-day-dated = Day { $day } ({ $date })
attendance-rule = { $count ->
    [one] Rule: a participant is certified when present on the one day on which attendance was taken (day { $days }); arriving late or leaving early counts as present.
   *[other] Rule: a participant is certified when present on all { $count } days on which attendance was taken (days { $days }); arriving late or leaving early counts as present.
}
attendance-rule-nothing-taken = No attendance has been taken yet, so nobody can be certified: take it on the attendance screen (a in the agenda).
attendance-untaken = { $count ->
    [one] Attendance was not taken on 1 of the { $total } training days (day { $days }); that day does not count. Take it before issuing certificates.
   *[other] Attendance was not taken on { $count } of the { $total } training days (days { $days }); those days do not count. Take it before issuing certificates.
}
attendance-yes = yes
attendance-no = no
attendance-col-name = Name
attendance-col-organisation = Organisation
attendance-col-role = Role
attendance-col-attended = Days attended
attendance-col-counted = Days counted
attendance-col-certified = Certified
attendance-col-certified-rule = { $count ->
    [one] Certified (present on the 1 day on which attendance was taken)
   *[other] Certified (present on all { $count } days on which attendance was taken)
}
attendance-day-not-taken = { $day }: attendance not taken
attendance-day-counts = { $day }: { $present } of { $total } present, { $late } late, { $left } left early
attendance-sign-in-byline = Sign-in sheet from pim-workshop, as of { $date }.
attendance-certificates-byline = Certificate list from pim-workshop, as of { $date }.
attendance-no-participant = No participant is listed yet: add them on the attendance screen with n.
attendance-days-of = { $attended } of { $counted }
attendance-certified-count = Certified: { $certified } of { $total } participants.

## The day summary's extra sections
attendance-summary-absent = Absent ({ $count })
attendance-summary-nobody-absent = Nobody was absent.
attendance-summary-late = Arrived late
attendance-summary-nobody-late = Nobody arrived late.
attendance-summary-left-early = Left early
attendance-summary-nobody-left-early = Nobody left early.
attendance-summary-groups = Group outputs
attendance-summary-group-output = { $group } on “{ $question }”: { $text }
attendance-summary-no-group-output = No group output was merged on this day.

## The whole-training report
attendance-report-byline = Training report from pim-workshop, as of { $date }.
attendance-report-days = Training days
attendance-report-participants = Participants
attendance-report-attendance = Attendance per day
attendance-report-no-days = This session has no training days: its template has no agenda and no attendance was taken.
attendance-report-certificates = Certificates
attendance-report-modules = Modules: planned and actual time
attendance-report-no-modules = This session's template has no agenda, so there are no modules to compare.
attendance-report-module-finished = finished
attendance-report-module-started = started, not finished
attendance-report-module-not-started = not started
attendance-report-day-minutes = { $modules ->
    [one] Day { $day }: 1 module, { $planned } min planned, { $taken } min taken
   *[other] Day { $day }: { $modules } modules, { $planned } min planned, { $taken } min taken
}
attendance-col-day = Day
attendance-col-module = Module
attendance-col-planned = Planned
attendance-col-actual = Taken
attendance-col-state = State
attendance-minutes = { $minutes } min
attendance-report-votes = Votes
attendance-report-no-votes = No dot vote was held.
attendance-report-vote = { $id } { $title } — { $outcome }
attendance-report-no-groups = No group's work was merged into this session.

## Export formats
format-sign-in = Sign-in sheet (Markdown)
format-sign-in-csv = Sign-in sheet (CSV)
format-certificates = Certificate list (Markdown)
format-certificates-csv = Certificate list (CSV)
format-training-report = Training report (Markdown)
format-training-report-html = Training report (HTML, print-ready)
attendance-cli-not-training = This session has no agenda and no attendance, so the file lists its participants only. Attendance is taken in a training session (template pim-training).

## The attendance screen
attendance-key-all-present = all present: mark everyone present this day
attendance-key-late = late: arrived late (marks present)
attendance-key-left-early = early: left early (marks present)
attendance-key-export = export: sign-in sheet or certificate list
attendance-key-training-report = report: export the whole-training report
attendance-notice-all-present = { $count ->
    [one] 1 participant marked present on day { $day }. Space marks someone absent again.
   *[other] { $count } participants marked present on day { $day }. Space marks someone absent again.
}
attendance-notice-all-already = Everyone listed is already present on day { $day }. Space marks someone absent; n adds participants.
