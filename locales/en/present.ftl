## The free timer, the presenter view and dot votes (session/free_timer.rs, session/voting_results.rs,
## tui/facil/free_timer.rs, tui/facil/votes.rs, tui/view/presenter*.rs, tui/view/vote.rs)

## Why a free timer cannot be set (session/free_timer.rs)
free-timer-unreadable = “{ $text }” is neither a number of minutes nor a time of day: type 5 for five minutes, or 11:15 to be back at 11:15.
free-timer-zero = A timer of 0 minutes would be over at once: type how many minutes, for example 5.
free-timer-too-long = A free timer runs { $max } hours at most: type fewer minutes, or the time of day to be back at.
free-timer-passed = It is already past { $time } today: type a later time, or a number of minutes.

## Dot votes counted on paper, and an open vote in reports (session/voting.rs, voting_results.rs)
vote-count-too-many = Count { $max } dots at most on one option: type the number counted on the flipchart.
vote-outcome-open = still open: { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    }

## Keys (tui/keys.rs)
present-ctx-votes = Dot votes
present-key-free-timer = free timer: minutes (5) or back at a time (11:15); empty stops it
present-key-count-dots = counted: type the dots counted on a flipchart for this option
present-key-presenter-vote = presenter view: the vote on the projector (the result once closed)
present-key-presenter-reference = presenter view: this entry on the projector, as a slide (j, k: the next, the previous)
present-key-scroll-projected-down = scroll the presenter view down a page
present-key-scroll-projected-up = scroll the presenter view up a page
present-key-prev-vote = previous vote
present-key-next-vote = next vote
present-key-open-vote = open: resume the vote, or read its result
present-key-new-vote = new vote
present-key-close-listed-vote = close: record the result of this vote

## The free timer's form and notices (tui/facil/free_timer.rs)
present-free-form-title = Free timer
present-free-time = Time
present-free-time-hint = Minutes (5, 15 min) or a time to be back at (11:15)
present-free-time-hint-stop = Minutes (5) or a time to be back at (11:15); empty stops the timer
present-free-label = For
present-free-label-hint = What it times, e.g. Coffee break (may stay empty)
present-free-default-label = Timer
present-free-stopped = The free timer is stopped.
present-free-time-up = Time is up: { $what }. Press w to set the timer again or to stop it.
present-free-caption = { $what } · back at { $time }

## The presenter view (tui/view/presenter.rs, presenter_items.rs)
present-paused-left = paused, { $time } left
present-not-started = not started
present-finished = finished, { $time } taken
present-running-now = Running now: { $what }
present-vote-hidden = The tally is shown once the vote is closed.
present-vote-closed-state = Closed · { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    }

## Dot votes: the vote screen and the list of votes (tui/view/vote.rs, tui/facil/votes.rs)
present-title-votes = Dot votes
present-votes-open = Open: Enter resumes
present-votes-closed = Closed
present-votes-open-line = { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    }, { $voted } of { $voters } voters
present-votes-hint = n starts a new vote; c closes the vote under the cursor and records its result.
present-vote-open = Open · { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    } · tally hidden until closed (c)
present-vote-open-counted = Open · { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    } ({ $counted } counted on paper) · tally hidden until closed (c)
present-vote-open-room = Open · { $dots ->
        [one] { $dots } dot placed
       *[other] { $dots } dots placed
    }
present-vote-counted-here = { $dots } counted
present-vote-stays-open = { $id } “{ $title }” stays open: V in the workshop or the agenda resumes it.
present-vote-already-closed = { $id } is already closed; its result is recorded.
present-count-title = Dots counted on paper: { $option }
present-count-field = Dots
present-count-hint = The number of dots counted for this option, from 0 to { $max } (it replaces the count typed before)
present-count-not-number = “{ $text }” is not a number: type the dots counted for this option, from 0 to { $max }.
present-free-item = { $minutes } min planned on the agenda
