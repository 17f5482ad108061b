## Recherche dans la bibliothèque de sessions (ticket 24).

search-place-answer = { $substep } › { $prompt }
search-place-principle = { $substep } › principe : { $principle }
search-place-decision = Décision { $id } · { $name }
search-place-action = Action { $id } · { $name }
search-place-risk = Risque { $id } · { $name }
search-place-parking = Parking { $id } · { $name }
search-place-landscape = Paysage · { $name }
