## The scoping brief's approval, date and the answers it reads (issue 19).

approval-approved = Approved
approval-changes-requested = Changes requested
approval-sentence = { $verdict } by { $name } on { $date }
approval-cleared = The verdict on the brief was removed.
approval-brief-dated = The brief is dated { $date }.
approval-brief-undated = The brief is dated by the session's last change again.
brief-kind-note = Note on the kind of exercise
brief-consent = Consent and confidentiality
brief-resources = Time, people, money and access
brief-approval = Approval
brief-approval-verdict = Verdict
brief-approval-comments = Comments
brief-approval-pending = Not yet approved.
brief-due-overdue = { $days ->
        [one] { $date } (overdue by 1 day)
       *[other] { $date } (overdue by { $days } days)
    }
key-brief-approve = record the approval
approval-form-title = Approval of the scoping brief
approval-form-verdict-hint = Choose the manager's verdict with ←/→; "Not yet approved" removes a verdict recorded earlier.
approval-form-by = Given by
approval-form-by-hint = The name of the person who approved the brief or asked for changes.
approval-form-by-missing = Write who gave the verdict, so the brief can say who approved it.
approval-form-comments-hint = What the manager said: conditions, changes asked for, next check.
approval-form-date = Brief date
approval-form-date-hint = The date the brief carries, e.g. 2026-11-13; leave empty to date it by the session's last change.
approval-notice-saved = The approval and date of the brief are saved; the brief and the review show them.
summary-heading = Summary
summary-decisions = { $total ->
        [one] 1 decision: { $agreed } agreed, { $proposed } proposed and waiting.
       *[other] { $total } decisions: { $agreed } agreed, { $proposed } proposed and waiting.
    }
summary-proposed = { $id } proposed: { $title }
summary-actions = Actions: { $open } still to do, { $overdue } overdue.
summary-overdue = { $days ->
        [one] { $id } overdue by 1 day: { $text } ({ $owner })
       *[other] { $id } overdue by { $days } days: { $text } ({ $owner })
    }
summary-gaps = { $count ->
        [0] Coverage: no principle has a gap.
        [one] Coverage: 1 principle has gaps (see Coverage).
       *[other] Coverage: { $count } principles have gaps (see Coverage).
    }
summary-risk = Risk { $id } scored { $score }: { $text }
summary-approval = Brief: { $approval }
summary-missing = Not yet answered for the brief: { $missing }.
review-search-position = match { $at } of { $total } (n next, N previous)
review-search-none = no match: change the words, or press Esc to stop searching
content-essential-too-many = The template marks { $count } prompts essential; mark at most 15, the ones one meeting can answer.
content-essential-unknown = { $prompt } is marked essential but is not a prompt of this template, or is listed twice: correct the id or remove it.
summary-essential = Brief path: { $done } of { $total } essential prompts answered.
summary-essential-missing = Essential prompts not answered yet:
cli-table-needs-csv = --table picks one table of the CSV export: add --format csv (or leave out --table for this format).
