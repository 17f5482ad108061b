# Les mots des raccourcis clavier, en français : ce que fait chaque touche (fenêtre d'aide, pied
# d'écran, docs/keys.fr.md), les titres des contextes et les mots du document des touches. Les touches
# elles-mêmes (Enter, Esc, q…) sont les mêmes dans toutes les langues. Le pied d'écran montre une
# description jusqu'à son premier deux-points : la partie avant les deux-points est la forme courte.

## Titres des contextes (fenêtre d'aide, docs/keys.fr.md).
key-ctx-home = Écran d'accueil
key-ctx-help = Fenêtre d'aide
key-ctx-review = Relecture (lecture seule)
key-ctx-workshop = Atelier
key-ctx-editor = Saisie d'une réponse
key-ctx-records = Décisions, actions, risques, parking, couverture
key-ctx-landscape = Registre du paysage de l'information
key-ctx-operation-matrix = La matrice de l'opération
key-ctx-outputs = Choix des produits (cadrage, ou produits d'un système)
key-ctx-brief = Aperçu de la note de cadrage
key-ctx-form = Formulaires
key-ctx-search = Recherche (accueil, bibliothèque de référence, relecture)
key-ctx-too-small = Terminal trop petit
key-ctx-agenda = Ordre du jour et minuteurs
key-ctx-vote = Vote par points
key-ctx-attendance = Présences
key-ctx-day-summary = Bilan de fin de journée

## Le document des touches (docs/keys.fr.md) : Markdown.
key-doc-title = Touches
key-doc-intro = Chaque écran montre ses touches les plus utilisées en pied d'écran ; `?` les liste toutes.
key-doc-same-keys = Les touches sont les mêmes dans toutes les langues ; seules leurs descriptions sont traduites.
key-doc-col-keys = touches
key-doc-col-action = ce qu'elles font
key-doc-global-too = Les touches de la section *{ $everywhere }* fonctionnent aussi ici.

# Ce que fait chaque touche, tableau par tableau.

## Partout
key-help = aide : toutes les touches de cet écran
key-record-decision = décision : en enregistrer une pour la session ouverte
key-reference = référence : la bibliothèque du cadre PIM
key-quit = quitter

## Écran d'accueil
key-move-up = monter
key-move-down = descendre
key-first-entry = première entrée
key-last-entry = dernière entrée
key-page-up = page précédente
key-page-down = page suivante
key-open-entry = ouvrir : l'entrée, ou la session dans l'atelier
key-view-session = voir : relire la session en lecture seule
key-filter-sessions = filtrer : les sessions, au fil de la saisie
key-sort-sessions = trier : par dernière modification, titre ou type
key-clear-filter = effacer le filtre

## Atelier
key-prev-prompt = question-guide précédente (ou sous-étape, principe : dans le panneau actif)
key-next-prompt = question-guide suivante (ou sous-étape, principe : dans le panneau actif)
key-edit-answer = écrire : la réponse à cette question-guide
key-next-substep = sous-étape suivante
key-prev-substep = sous-étape précédente
key-focus-panel = panneau : carte du processus, questions-guides, repères
key-prev-panel = panneau précédent
key-cycle-principle = repères : passer le principe à traité, préoccupation, sans objet ou ouvert
key-scroll-guidance-down = faire défiler les repères vers le bas
key-scroll-guidance-up = faire défiler les repères vers le haut
key-add-action = action : en ajouter une
key-add-parking = parking : ajouter un point à reprendre plus tard
key-show-decisions = liste des décisions
key-show-actions = liste des actions
key-show-risks = risques et carte des risques
key-show-parking = parking
key-show-coverage = couverture : principes × sous-étapes, les lacunes
key-show-landscape = registre du paysage de l'information : les systèmes déjà en place
key-show-matrix = la matrice de l'opération : systèmes par catégorie, lacunes, doublons
key-show-outputs = produits nécessaires, et ce qui les fournit (cadrage)
key-show-brief = la note de cadrage, telle qu'elle sera exportée (cadrage)
key-mark-substep-done = marquer cette sous-étape terminée (à nouveau : retour à en cours)
key-skip-substep = passer cette sous-étape, avec un motif
key-export-session = exporter : Markdown, HTML, CSV ou JSON
key-agenda = ordre du jour : modules, minuteurs et programme de la journée (formations)
key-timer-module = minuteur : lancer ou mettre en pause celui du module en cours
key-presenter = vue présentateur : affichage pour projecteur, activé ou non
key-split-groups = groupes : répartir en fichiers de groupe de travail
key-merge-groups = réunir : fusionner les fichiers des groupes dans cette session
key-dot-vote = vote par points : sur des catégories, des lignes de réponse ou le parking
key-close-session = retour : fermer la session (elle est enregistrée)

## Ordre du jour et minuteurs
key-prev-module = module précédent
key-next-module = module suivant
key-start-module = démarrer : faire de ce module le module en cours et lancer son minuteur
key-timer = minuteur : lancer ou mettre en pause
key-extend-timer = prolonger : 5 minutes de plus
key-reset-timer = remettre à zéro : le minuteur en pause
key-next-exercise = exercice : minuter l'exercice suivant du module (après le dernier : à nouveau le module)
key-finish-module = terminé : marquer le module terminé (à nouveau : le rouvrir)
key-bell = sonnerie : sonner quand le temps est écoulé, activée ou non
key-day-start = heure de début : quand commencent les journées de formation (l'horloge du programme)
key-attendance = présences : qui est là, jour par jour
key-day-summary = bilan : la fin de la journée
key-scroll-module-down = faire défiler le détail du module vers le bas
key-scroll-module-up = faire défiler le détail du module vers le haut
key-back-to-workshop = retour à l'atelier

## Vote par points
key-prev-option = option précédente
key-next-option = option suivante
key-prev-voter = votant précédent
key-next-voter = votant : le suivant
key-give-dot = point : placer ici un des points du votant
key-take-dot = reprendre : un des points du votant placés ici
key-close-vote = clore : enregistrer le résultat dans la session
key-back = retour

## Présences
key-prev-participant = participant précédent
key-next-participant = participant suivant
key-toggle-present = présent : marquer présent ou absent
key-prev-day = jour précédent
key-next-day = jour : le suivant
key-add-participants = ajouter : des participants

## Bilan de fin de journée
key-scroll-up = défiler vers le haut
key-scroll-down = défiler vers le bas
key-export-summary = exporter : l'écrire en Markdown
key-review-parking = parking : le passer en revue (Espace règle un point)

## Registres : décisions, actions, risques, parking, couverture
key-prev-row = ligne précédente
key-next-row = ligne suivante
key-new-record = ajouter : une nouvelle entrée
key-edit-row = modifier : la ligne sélectionnée
key-cycle-record-status = statut : le suivant (parking : réglé ou non)
key-supersede = remplacer : une nouvelle décision remplace celle-ci
key-ten-rows-up = dix lignes plus haut
key-ten-rows-down = dix lignes plus bas
key-next-list = liste suivante
key-prev-list = liste précédente

## Registre du paysage de l'information
key-prev-system = système précédent
key-next-system = système suivant
key-new-system = ajouter : un système
key-edit-system = modifier : le système sélectionné
key-cycle-system-status = statut : actif, en pause, terminé, prévu, inconnu
key-pick-outputs = produits : choisir les produits de la matrice que le système fournit
key-sharing-checklist = partage : les solutions de partage de données en place
key-import-table = importer : un tableau (CSV, avec ou sans balises HXL)
key-remove-system = supprimer le système sélectionné
key-ten-systems-up = dix systèmes plus haut
key-ten-systems-down = dix systèmes plus bas
key-export-register = exporter : le registre en CSV avec balises HXL, ou un rapport

## La matrice de l'opération
key-prev-category = catégorie : la précédente, en détail
key-next-category = catégorie suivante, en détail

## Choix des produits
key-prev-output = produit précédent
key-next-output = produit suivant
key-pick-output = choisir : nécessaire ou non (pour un système : fourni ou non)
key-ten-outputs-up = dix produits plus haut
key-ten-outputs-down = dix produits plus bas

## Aperçu de la note de cadrage
key-scroll-line-up = remonter d'une ligne
key-scroll-line-down = descendre d'une ligne
key-scroll-page-down = défiler : une page plus bas
key-export-brief = exporter : la note en Markdown ou en page prête à imprimer

## Formulaires
key-next-field = champ suivant
key-prev-field = champ précédent
key-save = enregistrer
key-cancel = annuler : rien n'est enregistré

## Saisie d'une réponse
key-finish-edit = terminer : arrêter la saisie (la réponse est enregistrée au fil de la frappe)
key-quit-saved = quitter (la réponse est enregistrée)

## Session ouverte ailleurs
key-open-read-only = ouvrir en lecture seule

## Relecture (lecture seule)
key-top = début
key-end = fin
key-next-section = section : passer à la suivante
key-prev-section = section précédente
key-search-session = chercher : du texte dans la session
key-next-match = résultat suivant
key-prev-match = résultat précédent

## Bibliothèque de référence
key-prev-item = élément précédent
key-next-item = élément suivant
key-first-item = premier élément
key-last-item = dernier élément
key-next-tab = onglet suivant : la section suivante de la bibliothèque
key-prev-tab = onglet précédent
key-matrix-view = vue de la matrice : par catégorie, par critère ou à partir du produit
key-scroll-details-down = défiler : le détail vers le bas
key-scroll-details-up = faire défiler le détail vers le haut
key-search-list = chercher : filtrer la liste au fil de la saisie

## Recherche
key-keep-search = garder la recherche et revenir à la liste
key-clear-search = effacer la recherche

## Fenêtre d'aide
key-close-help = fermer l'aide : ? la ferme aussi
