## Recherche dans la bibliothèque de sessions (ticket 24).

search-place-answer = { $substep } › { $prompt }
search-place-principle = { $substep } › principe : { $principle }
search-place-decision = Décision { $id } · { $name }
search-place-action = Action { $id } · { $name }
search-place-risk = Risque { $id } · { $name }
search-place-parking = Parking { $id } · { $name }
search-place-landscape = Paysage · { $name }

cli-about-search = Chercher dans les sessions du dossier de données (ou de --dir DIR) : réponses, notes sur les principes, décisions, actions, risques, parking et paysage ; ni la casse ni les accents ne comptent
cli-arg-search-query = Ce qu'il faut chercher, par ex. « route de Tessa » (ni la casse ni les accents ne comptent : evaluation trouve Évaluation)
cli-arg-search-dir = Chercher dans les fichiers de session de DIR au lieu du dossier des sessions du dossier de données
cli-arg-search-json = Afficher un objet JSON (les sessions et ce qui y a été trouvé) au lieu de texte
search-cli-empty = Il n'y a rien à chercher : donnez un mot ou une expression, par ex. pim-workshop search "route de Tessa".
search-cli-none = Aucune session ne mentionne « { $query } » ({ $searched ->
        [one] 1 fichier parcouru
       *[other] { $searched } fichiers parcourus
    } dans { $dir }). Essayez un mot plus court, ou un autre dossier avec --dir.
search-cli-heading = « { $query } » : { $places ->
        [one] 1 passage
       *[other] { $places } passages
    } dans { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } ({ $searched ->
        [one] 1 fichier parcouru
       *[other] { $searched } fichiers parcourus
    } dans { $dir }).
search-cli-unreadable = Non parcouru : { $path } — { $error }

find-title = Chercher dans les sessions
find-label = Chercher dans les sessions :
find-hint = Tapez ce qu'il faut chercher (ni la casse ni les accents ne comptent), puis Entrée. Échap revient en arrière.
find-progress = Recherche… { $done } fichiers sur { $total }, { $matches ->
        [one] 1 passage
       *[other] { $matches } passages
    } pour l'instant
find-none = Aucune session ne mentionne « { $query } » ({ $searched ->
        [one] 1 fichier parcouru
       *[other] { $searched } fichiers parcourus
    }). Appuyez sur / pour essayer un mot plus court.
find-count = { $matches ->
        [one] 1 passage
       *[other] { $matches } passages
    } dans { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } ({ $searched ->
        [one] 1 fichier parcouru
       *[other] { $searched } fichiers parcourus
    }). Entrée ouvre la session en lecture seule à ce passage.
find-unreadable = { $count ->
        [one] 1 fichier n'a pas pu être lu : `pim-workshop list` dit pourquoi.
       *[other] { $count } fichiers n'ont pas pu être lus : `pim-workshop list` dit pourquoi.
    }
key-find-in-sessions = fouiller
key-find-open = ouvrir la session en lecture seule à ce passage
key-find-again = chercher autre chose
