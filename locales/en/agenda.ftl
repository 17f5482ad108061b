# The agenda a facilitator shapes, the plan against the clock, and the timer questions
# (pim-core session/agenda_*.rs, src/tui/facil/agenda*.rs). English.

## Kinds of agenda items

agenda-kind-module = Module
agenda-kind-break = Coffee break
agenda-kind-lunch = Lunch
agenda-kind-other = Other item

## Refused edits: what is wrong and what to do

agenda-error-unknown-item = That item is no longer in the agenda; pick another one with ↑ and ↓.
agenda-error-unknown-module = The template has no such module; pick one from the list offered.
agenda-error-already-in = { $title } is already in the agenda; move it with [ and ] instead of adding it again.
agenda-error-no-day = The agenda has no day { $day }; set the number of days with s first.
agenda-error-day-holds = Day { $day } still holds { $count } items; move them to another day with < first.
agenda-error-too-many-days = An agenda has at most { $max } days; move the item to an earlier day instead.
agenda-error-no-minutes = Type a length of at least 1 minute.
agenda-error-not-a-module = Only a module has a timer; breaks and other items keep their planned length.

## Timeline notes of agenda edits

agenda-timeline-added = Agenda: added { $title } ({ $minutes } min) to day { $day }
agenda-timeline-removed = Agenda: removed { $title }
agenda-timeline-earlier = Agenda: moved { $title } earlier in day { $day }
agenda-timeline-later = Agenda: moved { $title } later in day { $day }
agenda-timeline-to-day = Agenda: moved { $title } to day { $day }
agenda-timeline-minutes = Agenda: { $title } planned for { $minutes } min (was { $was })
agenda-timeline-renamed = Agenda: { $old } renamed { $title } ({ $minutes } min)
agenda-timeline-day-dated = Agenda: day { $day } is on { $date }, starting at { $start }
agenda-timeline-day = Agenda: day { $day } starts at { $start }
agenda-timeline-days = Agenda: the training now has { $count } days
agenda-timeline-taken = Minutes taken on { $title } corrected to { $minutes } (was { $was })
agenda-timeline-stopped-at-close = Timer of { $title } stopped at { $at }, when the session was closed

## The day against the clock

agenda-clock-on-time = { $now } — on time
agenda-clock-behind = { $now } — { $minutes } min behind
agenda-clock-ahead = { $now } — { $minutes } min ahead
agenda-clock-moves = ; { $title } moves to { $time }

## Agenda keys (one rule: they act on the highlighted item)

agenda-key-timer = timer: start or pause the highlighted module (it pauses any other)
agenda-key-start = start: the highlighted module's timer (never pauses it)
agenda-key-extend = extend: 5 more minutes for the highlighted module (or its exercise being timed)
agenda-key-reset = reset: the highlighted module's timer back to zero (asks first)
agenda-key-exercise = exercise: time the highlighted module's next exercise (after the last: the module again)
agenda-key-finish = finished: mark the highlighted module done (again: reopen it)
agenda-key-add = add: a break, lunch, another item or a module left out, after the highlighted item
agenda-key-change = change: the highlighted item's minutes (planned, and a module's minutes taken)
agenda-key-remove = remove: take the highlighted item out of the agenda (asks first)
agenda-key-earlier = earlier: move the highlighted item up (past the day's first: to the day before)
agenda-key-later = later: move the highlighted item down (past the day's last: to the day after)
agenda-key-day-before = day before: move the highlighted item to the end of the previous day
agenda-key-day-after = day after: move the highlighted item to the start of the next day (a new day after the last)
agenda-key-day = day: the highlighted item's day, its date and start time, and the number of days

## The agenda screen

agenda-list-title-highlighted = Agenda · keys act on the highlighted row
agenda-day-heading = Day { $day } · starts { $start }
agenda-day-heading-dated = Day { $day } · { $date } · starts { $start }
agenda-day-empty =   Nothing planned yet: move an item here with > or add one with n.
agenda-free-facts = Day { $day } · { $minutes } min planned
agenda-free-help = No timer of its own: the plan moves on when the next module starts. Change its minutes with c, move it with [ ] < >, remove it with X.
agenda-real-times = Started at { $start }
agenda-real-times-finished = Started at { $start } · finished at { $end }

## Notices of the agenda screen

agenda-notice-not-timed = { $title } has no timer of its own; highlight a module to time it.
agenda-notice-finished = { $title }: finished; press m to reopen it before timing it again.
agenda-notice-already-running = { $title }: already running; Space pauses it.
agenda-notice-paused-other = Paused { $other } to start { $title }.
agenda-notice-extended = { $title } has { $minutes } more minutes.
agenda-notice-nothing-to-reset = { $title } has no time recorded; there is nothing to reset.
agenda-notice-removed = { $title } was taken out of the agenda; add it back with n.
agenda-notice-cannot-move = The item cannot move further that way.
agenda-notice-stopped-at-close = The timer of { $title } was stopped at { $at }, when the session was closed.

## Questions

agenda-reset-running = { $what }: its timer is running ({ $minutes } min so far). Reset it to zero and throw that time away?
agenda-reset-finished = { $what }: finished, { $minutes } min recorded. Reset its timer to zero, throw that time away and mark it not finished?
agenda-remove-question = Take { $title } out of the agenda? Its recorded time is kept, and n adds it back.
agenda-reopen-question = { $title }: its timer was running when the session was closed at { $at } on { $date } ({ $hours } h { $minutes } min ago). y stops it at { $at }; n keeps it counting.
agenda-quit-question = { $title }: its timer is running. Quit anyway? It goes on counting while the program is closed; opening the session again offers to stop it at the time you quit. y quits; n stays.

## The agenda's forms

agenda-form-day-title = Day { $day } of the training
agenda-form-date = Date
agenda-form-date-hint = YYYY-MM-DD, for example 2026-12-02; leave empty for no date
agenda-form-days = Days in the training
agenda-form-days-hint = 1 to 14; a day that still holds items cannot be dropped
agenda-form-bad-date = Type the date as YYYY-MM-DD, for example 2026-12-02, or leave it empty.
agenda-form-bad-days = Type the number of days as a number from 1 to 14.
agenda-form-add-title = Add to day { $day }
agenda-form-kind = What
agenda-form-kind-hint = a break, lunch, another item, or a module of the template left out
agenda-form-kind-module = Module: { $title } ({ $minutes } min)
agenda-form-item-title = Title
agenda-form-item-title-hint = for example Energiser, Field visit, Group photo
agenda-form-title-needed = Give the item a title, for example Energiser.
agenda-form-minutes = Minutes planned
agenda-form-minutes-hint = from 1 to 1440
agenda-form-minutes-add-hint = empty: 15 for a break, 60 for lunch, 30 for another item, a module's own length
agenda-form-taken = Minutes taken
agenda-form-taken-hint = the time the module really took, if the timer got it wrong
agenda-form-bad-minutes = Type the minutes as a whole number from 1 to 1440.
agenda-form-item-edit-title = Change { $title }

## The day summary without a known date

day-summary-title-undated = { $title }: day { $day } (no date set: give the day a date with s on the agenda)
