## Searching across the session library (issue 24).

search-place-answer = { $substep } › { $prompt }
search-place-principle = { $substep } › principle: { $principle }
search-place-decision = Decision { $id } · { $name }
search-place-action = Action { $id } · { $name }
search-place-risk = Risk { $id } · { $name }
search-place-parking = Parking lot { $id } · { $name }
search-place-landscape = Landscape · { $name }

cli-about-search = Search the sessions of the data folder (or --dir DIR): answers, principle notes, decisions, actions, risks, the parking lot and the landscape; case and accents do not count
cli-arg-search-query = What to look for, e.g. "Tessa road" (case and accents do not count: evaluation finds Évaluation)
cli-arg-search-dir = Search the session files in DIR instead of the data folder's sessions folder
cli-arg-search-json = Print a JSON object (the sessions with their matches) instead of text
search-cli-empty = There is nothing to look for: give a word or a phrase, e.g. pim-workshop search "Tessa road".
search-cli-none = No session mentions “{ $query }” ({ $searched ->
        [one] 1 file searched
       *[other] { $searched } files searched
    } in { $dir }). Try a shorter word, or another folder with --dir.
search-cli-heading = “{ $query }”: { $places ->
        [one] 1 match
       *[other] { $places } matches
    } in { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } ({ $searched ->
        [one] 1 file searched
       *[other] { $searched } files searched
    } in { $dir }).
search-cli-unreadable = Not searched: { $path } — { $error }

find-title = Search in sessions
find-label = Search in sessions:
find-hint = Type what to look for (case and accents do not count), then Enter. Esc goes back.
find-progress = Searching… { $done } of { $total } files, { $matches ->
        [one] 1 match
       *[other] { $matches } matches
    } so far
find-none = No session mentions “{ $query }” ({ $searched ->
        [one] 1 file searched
       *[other] { $searched } files searched
    }). Press / to try a shorter word.
find-count = { $matches ->
        [one] 1 match
       *[other] { $matches } matches
    } in { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } ({ $searched ->
        [one] 1 file searched
       *[other] { $searched } files searched
    }). Enter opens the session read-only at the match.
find-unreadable = { $count ->
        [one] 1 file could not be read: `pim-workshop list` says why.
       *[other] { $count } files could not be read: `pim-workshop list` says why.
    }
key-find-in-sessions = search sessions
key-find-open = open the session read-only at the match
key-find-again = search for something else
