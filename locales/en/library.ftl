## Searching across the session library (issue 24).

search-place-answer = { $substep } › { $prompt }
search-place-principle = { $substep } › principle: { $principle }
search-place-decision = Decision { $id } · { $name }
search-place-action = Action { $id } · { $name }
search-place-risk = Risk { $id } · { $name }
search-place-parking = Parking lot { $id } · { $name }
search-place-landscape = Landscape · { $name }
