## Le minuteur libre, la vue présentateur et les votes par points (session/free_timer.rs,
## session/voting_results.rs, tui/facil/free_timer.rs, tui/facil/votes.rs, tui/view/presenter*.rs, tui/view/vote.rs)

## Pourquoi un minuteur libre ne peut pas être lancé (session/free_timer.rs)
free-timer-unreadable = « { $text } » n'est ni un nombre de minutes ni une heure : tapez 5 pour cinq minutes, ou 11:15 pour un retour à 11 h 15.
free-timer-zero = Un minuteur de 0 minute finirait aussitôt : tapez le nombre de minutes, par exemple 5.
free-timer-too-long = Un minuteur libre dure { $max } heures au plus : tapez moins de minutes, ou l'heure du retour.
free-timer-passed = Il est déjà plus de { $time } aujourd'hui : tapez une heure plus tardive, ou un nombre de minutes.

## Votes comptés sur papier, et un vote ouvert dans les rapports (session/voting.rs, voting_results.rs)
vote-count-too-many = Comptez au plus { $max } points sur une option : tapez le nombre compté sur le tableau de papier.
vote-outcome-open = encore ouvert : { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    }

## Touches (tui/keys.rs)
present-ctx-votes = Votes par points
present-key-free-timer = minuteur libre : des minutes (5) ou une heure de retour (11:15) ; vide, il s'arrête
present-key-count-dots = comptés : taper les points comptés sur un tableau de papier pour cette option
present-key-presenter-vote = vue présentateur : le vote au projecteur (son résultat une fois clos)
present-key-presenter-reference = vue présentateur : cette entrée au projecteur, comme une diapositive (j, k : la suivante, la précédente)
present-key-scroll-projected-down = faire défiler la vue présentateur d'une page vers le bas
present-key-scroll-projected-up = faire défiler la vue présentateur d'une page vers le haut
present-key-prev-vote = vote précédent
present-key-next-vote = vote suivant
present-key-open-vote = ouvrir : reprendre le vote, ou lire son résultat
present-key-new-vote = nouveau vote
present-key-close-listed-vote = clore : enregistrer le résultat de ce vote

## Le formulaire et les avis du minuteur libre (tui/facil/free_timer.rs)
present-free-form-title = Minuteur libre
present-free-time = Durée
present-free-time-hint = Des minutes (5, 15 min) ou l'heure du retour (11:15)
present-free-time-hint-stop = Des minutes (5) ou l'heure du retour (11:15) ; vide, le minuteur s'arrête
present-free-label = Pour
present-free-label-hint = Ce qu'il chronomètre, par ex. Pause café (peut rester vide)
present-free-default-label = Minuteur
present-free-stopped = Le minuteur libre est arrêté.
present-free-time-up = C'est l'heure : { $what }. Appuyez sur w pour relancer le minuteur ou l'arrêter.
present-free-caption = { $what } · retour à { $time }

## La vue présentateur (tui/view/presenter.rs, presenter_items.rs)
present-paused-left = en pause, reste { $time }
present-not-started = pas commencé
present-finished = terminé en { $time }
present-running-now = En cours : { $what }
present-vote-hidden = Le décompte s'affiche une fois le vote clos.
present-vote-closed-state = Clos · { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    }

## Votes par points : l'écran du vote et la liste des votes (tui/view/vote.rs, tui/facil/votes.rs)
present-title-votes = Votes par points
present-votes-open = Ouverts : Entrée pour reprendre
present-votes-closed = Clos
present-votes-open-line = { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    }, { $voted } votants sur { $voters }
present-votes-hint = n lance un nouveau vote ; c clôt le vote sous le curseur et enregistre son résultat.
present-vote-open = Ouvert · { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    } · décompte caché jusqu'à la clôture (c)
present-vote-open-counted = Ouvert · { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    } (dont { $counted } sur papier) · décompte caché jusqu'à la clôture (c)
present-vote-open-room = Ouvert · { $dots ->
        [one] { $dots } point placé
       *[other] { $dots } points placés
    }
present-vote-counted-here = { $dots } comptés
present-vote-stays-open = { $id } « { $title } » reste ouvert : V, dans l'atelier ou l'ordre du jour, le reprend.
present-vote-already-closed = { $id } est déjà clos ; son résultat est enregistré.
present-count-title = Points comptés sur papier : { $option }
present-count-field = Points
present-count-hint = Le nombre de points comptés pour cette option, de 0 à { $max } (il remplace le nombre tapé avant)
present-count-not-number = « { $text } » n'est pas un nombre : tapez les points comptés pour cette option, de 0 à { $max }.
present-free-item = { $minutes } min prévues à l'ordre du jour
