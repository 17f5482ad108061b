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
approval-how = Press A to record the manager's verdict on the brief, or D to date it.
