# The plain, line-by-line front (src/plain/), English: every line it says and every question, each
# ending with what can be typed. Placeholders are { $name }.

plain-arg = Work line by line, without a drawn screen (for screen readers, braille displays, dumb terminals and scripts on a pipe); also chosen by TERM=dumb or PIM_WORKSHOP_PLAIN=1

## Lists and questions
plain-list-item = { $n } of { $total }: { $item }
plain-more = more? Press Enter for more, type q to stop reading, or type a command.
plain-ask-number-keep = Type a number, or press Enter to keep what is there.
plain-ask-command = Type a command (help lists them).
plain-ask-text = Type your answer; end it with a line holding only a full stop (.). A full stop alone keeps the answer as it is.
plain-ask-toggle = Type the numbers to pick or unpick, separated by spaces, or press Enter to keep them.
plain-bad-number = Type a number from 1 to { $total }, or press Enter to keep what is there.
plain-bad-numbers = Type numbers from 1 to { $total } separated by spaces, or press Enter to keep them.
plain-bad-command = That is not a command: type help to list them, or quit to leave.
plain-picked = { $item } (picked)

## Sessions
plain-new-session = Create a new session from a template
plain-session-line = { $title } — { $template }; { $done } sub-steps finished, { $decisions } decisions
plain-session-unreadable = { $file } cannot be opened: { $message }
plain-ask-session = Type the number of the session to open (1 creates a new one), or press Enter to leave.
plain-ask-template = Type the number of the template, or press Enter to go back.
plain-ask-title = Type the session's title, then press Enter.
plain-ask-facilitator = Type the facilitator's name, or press Enter to leave it empty.
plain-created = Session created: { $path }
plain-opened = Session open: { $title }. Everything you enter is saved as soon as it is entered.
plain-held = This session is open in another pim-workshop ({ $holder }), so it is open here for reading only; close it there to make changes here.
plain-reading-only = This session is open for reading only: nothing is written to it.
plain-cannot-change = Nothing was changed: { $why } Type another command.
plain-saved = saved
plain-save-failed = Not saved yet: { $message } It is tried again with your next change.
plain-closed = Session closed; everything entered is saved.

## The walk
plain-substep-heading = Sub-step { $number }, { $title } (step: { $step }; { $n } of { $total } in this session) — { $status }.
plain-purpose = Purpose: { $text }
plain-answered = answered
plain-not-answered = not answered yet
plain-what-next = Type answer and a prompt's number to answer it, next or back to move, or help for every command.
plain-at-last = This is the last sub-step of the session: type review to read it all, or go and a number to jump.
plain-at-first = This is the first sub-step of the session: type next to move on.
plain-bad-go = There is no such sub-step here: type go and one of { $numbers }.
plain-no-substeps = This session walks no sub-steps: type library to read the framework, or quit.
plain-status-now = This sub-step is now { $status }.
plain-untouched = Earlier sub-steps are untouched ({ $steps }). PIM takes the steps in order: type back to return, or go and a number to jump.
plain-ask-skip-reason = Type why the team skips this sub-step, then press Enter.

## Answers
plain-no-prompts = This sub-step has no prompts: type next to move on.
plain-bad-prompt = Type answer and a number from 1 to { $total }.
plain-prompt-heading = Prompt { $n } of { $total }: { $question }
plain-hint = Hint: { $text }
plain-current-answer = The answer so far:
plain-kept = Nothing changed; the answer is kept as it was.
plain-landscape-count = { $n ->
    [0] The landscape register is empty.
    [one] The landscape register holds one system or source:
   *[other] The landscape register holds { $n } systems and sources:
}
plain-ask-system-name = Type the name of a system or source to add it to the register, or press Enter to go back.
plain-ask-organisation = Type the organisation that runs it, or press Enter to leave it empty.
plain-ask-category = Type the number of its Matrix category.
plain-category-needed = A system needs its Matrix category: type one of the numbers.
plain-ask-areas = Type the areas it covers, separated by commas, or press Enter to leave them empty.
plain-ask-methods = Type its methods (for example key informant interviews), or press Enter to leave them empty.
plain-ask-frequency = Type how often it is updated (for example monthly), or press Enter to leave it empty.
plain-ask-last-update = Type when it was last updated (YYYY-MM-DD), or press Enter if nobody knows.
plain-landscape-refused = Not added: { $problem }. Type answer and the prompt's number to enter it again.
plain-bad-last-update = Not a date: { $problem }. Type the date again, or press Enter if nobody knows.

## Principles in Action
plain-ask-principle = Type the number of a principle to set its status and note, or press Enter to go back.
plain-principle-summary = { $name }: { $text }
plain-ask-status = Status now: { $current }. Type a number, or press Enter to keep it.
plain-current-note = The note so far: { $note }
plain-ask-note = Type a note, or press Enter to keep the note as it is.
plain-in-action = Principles in Action — { $name }:

## Records
plain-ask-decision = Type the decision in one line, then press Enter.
plain-ask-rationale = Type why (the rationale), or press Enter to leave it empty.
plain-ask-decision-principles = Type the numbers of the principles it relates to, separated by spaces, or press Enter for none.
plain-ask-which-decision = Type the number of the decision to supersede, or press Enter to go back.
plain-ask-decision-status = Type the number of its status, or press Enter for { $default }.
plain-no-decisions = There is no decision to supersede yet: type decide to record one.
plain-superseded = { $old } is superseded by { $id }.
plain-recorded = Recorded as { $id }.
plain-ask-action = Type what is to be done, then press Enter.
plain-ask-owner = Type who owns it, or press Enter to leave it empty.
plain-ask-due = Type the due date (2026-12-01, +7d, +2w, today, tomorrow), or press Enter for none.
plain-ask-risk = Type what could go wrong, then press Enter.
plain-ask-likelihood = How likely is it? Type 1 (rare) to 4 (almost certain), or press Enter for 2.
plain-ask-impact = How bad would it be? Type 1 (minor) to 4 (severe), or press Enter for 2.
plain-ask-mitigation = Type what reduces it, or press Enter to leave it empty.
plain-ask-park = Type the point to come back to later, then press Enter.
plain-empty-park = A parking-lot point needs some text: type it, then press Enter.
plain-records-decisions = Decisions ({ $n }):
plain-records-actions = Actions ({ $n }):
plain-records-risks = Risks ({ $n }):
plain-records-parking = Parking lot ({ $n }):
plain-no-due = no due date
plain-risk-score = score { $score }

## Reading the framework
plain-ask-part = Type the number of the part of the library to read, or press Enter to go back.
plain-ask-search = Type a word to look for in the glossary, or press Enter to list every term.
plain-ask-entry = Type the number of an entry to read it, or press Enter to go back.
plain-nothing-found = Nothing matches: type library to search again.

## Exports
plain-bad-format = Type export and one of: { $names }.
plain-format-not-offered = This session cannot be exported that way: type export and one of { $names }.

## Commands: the word typed, and what help says about it
plain-help-heading = Commands (each has a short form, in brackets):
plain-help-line = { $word } ({ $short }): { $what }
plain-cmd-help = help
plain-cmd-show = show
plain-cmd-next = next
plain-cmd-back = back
plain-cmd-go = go
plain-cmd-answer = answer
plain-cmd-principles = principles
plain-cmd-done = done
plain-cmd-skip = skip
plain-cmd-decide = decide
plain-cmd-supersede = supersede
plain-cmd-act = act
plain-cmd-risk = risk
plain-cmd-park = park
plain-cmd-records = records
plain-cmd-guide = guide
plain-cmd-library = library
plain-cmd-review = review
plain-cmd-export = export
plain-cmd-quit = quit
plain-help-help = list the commands
plain-help-show = say where you are again: the sub-step, its purpose and its prompts
plain-help-next = move to the next sub-step
plain-help-back = move to the previous sub-step
plain-help-go = jump to a sub-step by its number, e.g. go 2.3
plain-help-answer = answer a prompt by its number, e.g. answer 2 (without a number: the first not answered)
plain-help-principles = set a principle's status and note for this sub-step
plain-help-done = mark this sub-step done (again: back in progress)
plain-help-skip = skip this sub-step, saying why
plain-help-decide = record a decision
plain-help-supersede = replace an earlier decision with a new one
plain-help-act = record an action, its owner and due date
plain-help-risk = record a risk
plain-help-park = put a point in the parking lot
plain-help-records = list the decisions, actions, risks and parking-lot points
plain-help-guide = read this sub-step's guidance: facilitator notes, Matrix, glossary, Principles in Action
plain-help-library = read the reference library: process, principles, Matrix, glossary
plain-help-review = read the whole session: the summary first, then each section
plain-help-export = export the session, e.g. export md (md, html, docx, xlsx, json, brief); export csv writes one file per table, export csv actions only that one
plain-help-quit = save and leave (Ctrl+D does the same)
