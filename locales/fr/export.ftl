# Les mots fixes des exports (module export de pim-core et note de cadrage) : le rapport de session
# (résumé texte, Markdown, HTML), la note de cadrage, le bilan de fin de journée et le registre du
# paysage dans les rapports. Français. Syntaxe Fluent : https://projectfluent.org/
# Une espace au début ou à la fin d'un message s'écrit {" "} : Fluent retire les espaces simples.

## En-tête et pied du rapport (export/report.rs)

report-byline = Résumé de session produit par pim-workshop, au { $date }.
report-footer = Exporté par pim-workshop le { $date } depuis la session { $session } (pack de contenu { $pack } { $version }).
# Une ligne de détail avec son libellé : « Responsable : Amina ».
report-label = { $label } :{" "}
# Une légende ou un libellé avant ce qu'il introduit : « Participants (6) : ».
report-caption = { $text } :

## Vue d'ensemble

report-overview = Vue d'ensemble
report-kind = Type
report-facilitator = Facilitateur
report-operation = Opération
report-location = Lieu
report-dates = Dates
report-requested-by = Demandé par
report-requested-tool = Outil demandé
report-created = Création
report-last-changed = Dernière modification
report-content-pack = Pack de contenu
report-notes = Notes
report-participants-heading = Participants ({ $count })
report-no-participants = Aucun participant enregistré.
report-col-name = Nom
report-col-organisation = Organisation
report-col-role = Rôle

## Étapes et sous-étapes

report-step-number = Étape { $number }.{" "}
report-other-records = Autres enregistrements (absents du pack de contenu)
report-not-answered = { $count ->
        [one] { $count } question-guide sans réponse.
       *[other] { $count } questions-guides sans réponse.
    }
report-principles-considered = Principes examinés :
report-principles-line = Principes :
report-question-prefix = Q :{" "}
report-skipped-because = sauté : { $reason }
report-earlier = (auparavant : { $text })
report-earlier-wording = Formulation antérieure : { $text }
report-earlier-wording-md = *Formulation antérieure :* { $text }
# La réponse à la question-guide du paysage, écrite à partir du registre.
report-landscape-answer = { $count ->
        [one] { $count } système dans le registre du paysage de l'information : { $names }.
       *[other] { $count } systèmes dans le registre du paysage de l'information : { $names }.
    }
report-groups-heading = Réponses des groupes de travail

## Décisions

report-decisions-heading = Décisions ({ $count })
report-no-decisions = Aucune décision enregistrée.
report-superseded-by = Remplacée par { $id }
report-replaces = Remplace { $id }
report-why-line = Pourquoi :
report-step-prefix = Étape :{" "}
report-principles-prefix = Principes :{" "}
report-recorded-by = Enregistrée le { $at } par { $by }
report-history-prefix = Historique :{" "}
report-history-by = {" "}par { $by }
# Dans la colonne de statut du tableau Markdown.
report-state-superseded-by = remplacée par { $id }
report-state-replaces = remplace { $id }
# Après le badge de statut en HTML : « remplacé par D-5 ».
report-badge-by = {" "}par { $id }
report-chains = Chaînes de remplacement (de la plus ancienne à la plus récente)
report-chain-last = {" "}(dernière : { $status })
report-chain-not-in-session = absente de cette session
report-col-id = ID
report-col-status = Statut
report-col-decision = Décision
report-col-why = Pourquoi
report-col-step = Étape
report-col-principles = Principes
report-col-recorded = Enregistrée
report-col-decision-why = Décision et justification

## Actions

report-actions-heading = Actions ({ $count })
report-actions-as-of = Au { $date } : { $pending } à faire, { $overdue } en retard.
report-action-overdue = { $days ->
        [one] { $status }, EN RETARD de { $days } jour
       *[other] { $status }, EN RETARD de { $days } jours
    }
report-owner = Responsable
report-due = Échéance
report-from-decisions = Issue des décisions
report-col-action = Action
report-col-owner = Responsable
report-col-due = Échéance
report-col-decisions = Décisions

## Couverture des principes

report-coverage-heading-text = Couverture des principes (principes x sous-étapes)
report-coverage-heading = Couverture des principes
report-no-substeps = Aucune sous-étape dans cette session.
report-no-gaps = Aucune lacune : chaque principe a été examiné à chaque sous-étape.
report-gaps = Lacunes (ouvert ou jamais abordé)
report-coverage-never-discussed = jamais abordé
report-coverage-intro = Comment chaque principe PIM a été examiné à chaque sous-étape de la session.
report-key-prefix = Légende :{" "}
report-substeps-caption = Sous-étapes :
report-col-principle = Principe

## Risques

report-risks-heading = Risques ({ $count })
report-no-risks = Aucun risque enregistré.
report-risk-score = { $level } : probabilité { $likelihood } x impact { $impact }
report-risk-score-short = P{ $likelihood } × I{ $impact }
report-mitigation = Atténuation
report-risk-level-low = faible
report-risk-level-medium = moyen
report-risk-level-high = élevé
report-risk-level-critical = critique
report-risk-map-picture = Carte des risques (probabilité × impact)
report-risk-map-axes = Probabilité ↓ Impact →
report-risk-map-text = Carte des risques (probabilité vers le haut, impact en travers) :
report-risk-map-table = Carte des risques (lignes : probabilité, colonnes : impact)
report-col-level = Niveau
report-col-likelihood = Probabilité
report-col-impact = Impact
report-col-risk = Risque
report-col-mitigation = Atténuation

## Le registre du paysage dans les rapports (export/writer.rs, export/html.rs, export/model.rs)

report-register-heading = Registre du paysage ({ $count })
report-landscape-heading = { $count ->
        [one] Le paysage PIM de l'opération ({ $count } système)
       *[other] Le paysage PIM de l'opération ({ $count } systèmes)
    }
report-register = Le registre
report-operation-matrix = La matrice de l'opération
report-operation-matrix-text = La matrice de l'opération (systèmes en fonctionnement par zone ; - aucun)
report-all-areas = Toutes les zones
report-all-areas-lower = toutes zones
report-gap = lacune
report-gaps-text = Lacunes (aucun système en fonctionnement) :
report-gap-nowhere = { $category } : aucun système en fonctionnement
report-legend-gap = aucun système en fonctionnement dans la zone
report-legend-duplication = doublon possible : plusieurs systèmes y donnent le même produit
report-duplication = Doublons possibles
report-duplication-same = {" "}(même produit, même zone) :
report-duplication-line = { $output } dans { $area } : { $systems }
report-system-produces = produit :{" "}
report-system-shares = partage :{" "}
report-system-diagnosis = diagnostic :{" "}
report-system-sharing-in-place = solutions de partage en place : { $count }
report-produces = produit : { $outputs }
report-fact-updated = mis à jour le { $date }
report-fact-reliability = fiabilité { $reliability }
report-fact-shared = partage : { $shared }
report-fact-contact = contact : { $role }
report-col-system = Système
report-col-category = Catégorie
report-col-areas = Zones
report-col-last-update = Dernière mise à jour
report-col-reliability = Fiabilité
report-col-shared-with = Partagé avec
report-col-facts = Informations
report-col-diagnosis = Diagnostic

## Parking et historique

report-parking-heading = Parking ({ $count })
report-nothing-parked = Rien au parking.
report-parking-resolved = résolu
report-parking-open = ouvert
report-timeline-heading = Historique des modifications ({ $count })

## La note de cadrage (scoping/brief.rs, export/brief.rs)

brief-title = Note de cadrage : { $title }
brief-prepared-by = préparée par { $name }
brief-missing = Pas encore enregistré dans la session : { $missing }.
brief-missing-md = Pas encore enregistré dans la session : { $missing }\.
brief-request = La demande
brief-asked-for = Exercice demandé
brief-asked-for-in-matrix = { $kind } (dans la matrice : { $categories })
brief-kind-asked-for = Type d'exercice demandé
brief-requester-words = Selon les termes du demandeur
brief-requested-by = Demandé par, et qui l'utilisera
brief-needed-by = Échéance
brief-why-now = Pourquoi maintenant
brief-purpose = Objectif
brief-decisions-to-inform = Décisions que l'information doit éclairer
brief-target = Groupe cible, zone et public
brief-key-questions = Questions clés
brief-information = Information nécessaire, et non nécessaire
brief-outputs-needed = Produits nécessaires
brief-needed = Nécessaire
brief-not-needed = Non nécessaire
brief-existing = Ce qui existe déjà
brief-existing-data = Données existantes
brief-col-system = Système ou source
brief-col-organisation = Organisation
brief-col-category = Catégorie
brief-col-areas = Zones
brief-col-updated = Mise à jour
brief-col-reliability = Fiabilité
brief-comparison = Lire la matrice à partir du produit
brief-recommendation = Recommandation
brief-recommended-approach = Approche recommandée
brief-approach = Approche et méthodes
brief-why = Pourquoi
brief-decisions = Décisions
brief-decision = { $id } : { $title } ({ $state })
brief-for-approval = proposé, pour approbation
brief-harm = Proportionnalité et ne pas nuire
brief-sensitivity = Sensibilité des données
brief-risks-missing = Risques et atténuations
brief-col-risk = Risque
brief-col-score = Score
brief-col-mitigation = Atténuation
brief-col-owner = Responsable
brief-next-steps = Prochaines étapes
brief-next-steps-missing = Prochaines étapes avec responsables et échéances
brief-col-action = Action
brief-col-due = Échéance

## Le bilan de fin de journée d'une formation (export/day_summary.rs)

day-summary-title = { $title } : jour { $day }, { $date }
day-summary-attendance = Présences ({ $present } sur { $participants })
day-summary-no-attendance = Aucune présence enregistrée ce jour.
day-summary-covered = Modules couverts
day-summary-none-covered = Aucun module terminé pour l'instant.
day-summary-not-covered = Modules du jour non terminés
day-summary-all-covered = Aucun : le programme du jour est couvert.
day-summary-module = { $title } ({ $planned } min prévues, { $taken } min passées)
day-summary-decisions = Décisions
day-summary-no-decision = Aucune décision enregistrée ce jour.
day-summary-votes = Votes
day-summary-no-vote = Aucun vote ce jour.
day-summary-no-dots = aucun point placé
day-summary-open-actions = Actions à faire
day-summary-no-open-action = Aucune action à faire.
day-summary-owner = {" "}(responsable : { $owner })
day-summary-due = {" "}échéance { $due }
day-summary-parking = Parking à revoir
day-summary-parking-empty = Le parking est vide.

## Formats d'export : leurs noms dans les menus, et ce qui peut échouer à l'écriture (export/format.rs, export/mod.rs)

format-markdown = Markdown
format-html = HTML (prêt à imprimer)
format-csv = CSV (un fichier par tableau : décisions, actions, risques, participants)
format-json = JSON (les données de la session)
format-brief = Note de cadrage (Markdown)
format-brief-html = Note de cadrage (HTML, prête à imprimer)
format-landscape-csv = Registre du paysage (CSV avec balises HXL)
format-unknown = format d'export inconnu { $name } : choisissez { $names } ou { $last }
format-write-failed = Impossible d'écrire l'export dans { $path } : { $error }. Vérifiez que le dossier existe et que vous avez le droit d'y écrire, ou choisissez un autre emplacement.
format-would-replace-session = { $path } est le fichier de session lui-même ; l'exporter par-dessus remplacerait la session. Choisissez un autre nom de fichier pour l'export.
