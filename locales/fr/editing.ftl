# La couche d'édition, en français : champs de texte, formulaires, listes à cocher, confirmations
# (ticket 17). La partie d'une description de touche avant les deux-points est la forme courte du pied
# de page : la garder courte.

## Titres des contextes (aide, docs/keys.fr.md).
edit-ctx-text-field = Saisie dans un champ de texte (réponses, champs de formulaire, recherches)
edit-ctx-choice = Champ de formulaire à une seule option
edit-ctx-checklist = Liste à cocher d'un formulaire (plusieurs options)
edit-ctx-confirm = Question qui attend oui ou non
edit-doc-also = Les touches de « { $keys } » fonctionnent aussi ici.

## Touches de saisie.
edit-key-new-line = nouvelle ligne ou champ suivant : une nouvelle ligne dans une réponse ou un champ de plusieurs lignes ; dans un champ d'une ligne, le champ suivant (le dernier enregistre)
edit-key-undo = annuler : la dernière modification du texte
edit-key-redo = rétablir : la modification qui vient d'être annulée
edit-key-char-left = curseur d'un caractère à gauche
edit-key-char-right = curseur d'un caractère à droite
edit-key-word-left = curseur d'un mot à gauche
edit-key-word-right = curseur d'un mot à droite
edit-key-line-start = curseur au début de la ligne
edit-key-line-end = curseur à la fin de la ligne
edit-key-line-up = curseur une ligne plus haut (dans un formulaire, le champ du dessus depuis la première ligne)
edit-key-line-down = curseur une ligne plus bas (dans un formulaire, le champ du dessous depuis la dernière ligne)
edit-key-select-left = sélectionner un caractère à gauche
edit-key-select-right = sélectionner un caractère à droite
edit-key-select-start = sélectionner jusqu'au début de la ligne
edit-key-select-end = sélectionner jusqu'à la fin de la ligne
edit-key-select-all = sélectionner tout le texte
edit-key-delete-back = effacer le caractère avant le curseur (ou la sélection)
edit-key-delete-forward = effacer le caractère sous le curseur
edit-key-delete-word = effacer le mot avant le curseur
edit-key-delete-to-end = effacer jusqu'à la fin de la ligne (annuler le fait revenir)
edit-key-cut = couper la sélection
edit-key-paste-cut = coller ce qui a été coupé (le collage du terminal marche aussi)

## Touches des formulaires.
edit-key-field-up = le champ du dessus (dans un champ de plusieurs lignes, la ligne du dessus)
edit-key-field-down = le champ du dessous (dans un champ de plusieurs lignes, la ligne du dessous)
edit-key-cancel-form = annuler : demande d'abord si quelque chose a été saisi
edit-key-quit-form = quitter le programme (demande d'abord si quelque chose a été saisi)
edit-key-next-or-save = champ suivant (le dernier enregistre)
edit-key-tick = cocher : l'option sous le curseur
edit-key-option-up = l'option du dessus (↑ aussi ; depuis la première, le champ du dessus)
edit-key-option-down = l'option du dessous (↓ aussi ; depuis la dernière, le champ du dessous)
edit-key-options-page-up = dix options plus haut
edit-key-options-page-down = dix options plus bas

## Confirmations.
edit-key-yes = oui
edit-key-no = non : ne rien changer
edit-key-quit-confirm = quitter le programme
edit-confirm-hint = y oui · n ou Échap non
edit-discard-form = Abandonner ce que vous avez saisi dans « { $title } » ? (y/N)
edit-quit-form = Quitter en abandonnant ce que vous avez saisi dans « { $title } » ? (y/N)
edit-close-session = Fermer « { $title } » et revenir à la liste des sessions ? (y/N)
edit-remove-system = Retirer le système « { $name } » avec tous ses champs ? (y/N)
edit-removed-system = Système « { $name } » retiré ; la chronologie en garde une trace.

## Listes à cocher et champs de texte.
edit-chosen-count = { $n } sur { $total } choisis
edit-more-below = ▼ suite
edit-more-above = ▲
edit-key-editor-new-line = nouvelle ligne : Ctrl+J et Alt+Entrée aussi, jamais un effacement
edit-timeline-timer-reset = Minuteur de { $what } remis à zéro (son temps enregistré retiré)
edit-reset-timer = Remettre à zéro le minuteur de « { $what } » ? Son temps enregistré sera retiré. (y/N)
edit-ctx-risks = Registre des risques
edit-ctx-coverage = Grille de couverture (lecture seule)
edit-ctx-training = Atelier d'une formation (programme, vue présentateur, groupes, votes)
edit-key-side-down = comparaison : le volet à côté de la liste, plus bas (▼ suite)
edit-key-side-up = le volet à côté de la liste, plus haut
edit-clear-search = Effacer la recherche « { $query } » ? (y/N)
edit-timeline-action-removed = Action { $id } retirée : { $text }
edit-timeline-risk-removed = Risque { $id } retiré : { $text }
edit-timeline-parking-removed = Point { $id } retiré du parking : { $text }
edit-remove-record = Retirer { $id } : « { $text } » ? La chronologie en garde une trace. (y/N)
edit-removed-record = { $id } retiré ; la chronologie garde une trace de son contenu.
edit-decisions-stay = Les décisions ne sont jamais retirées, pour que la trace reste entière : remplacez celle-ci avec s, ou ouvrez-la avec Entrée et donnez-lui le statut rejetée.
edit-key-remove-record = retirer : l'action, le risque ou le point du parking sous le curseur (demande d'abord)
