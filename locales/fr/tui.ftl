# Les gestionnaires de la TUI, en français : titres des onglets et des écrans, titres, libellés, aides et
# options des formulaires, avis et messages d'erreur (src/tui/*.rs, src/tui/records/, src/tui/facil/).

## Les onglets de la session (tabs.rs) ; l'onglet Matrice est ref-matrix (ui.ftl)

tab-decisions = Décisions
tab-actions = Actions
tab-risks = Risques
tab-parking = Parking
tab-coverage = Couverture
tab-landscape = Paysage
tab-outputs = Produits
tab-brief = Note de cadrage

## Les tris de l'écran d'accueil (library.rs)

home-sort-changed = dernière modification
home-sort-title = titre
home-sort-kind = type

## La relecture d'un fichier de session (sessions.rs)

review-unreadable = Ce fichier de session est illisible.
review-warnings = Avertissements

## Ouvrir une session : lecture seule, verrou, anciens fichiers (open.rs, session_io.rs, update.rs)

session-read-only = Lecture seule : { $reason }
session-opened-read-only = Ouverte en lecture seule : { $reason }
session-held-by = un autre pim-workshop l'a ouverte ({ $holder })
session-reading-only = ouverte pour lecture uniquement
session-lock-held = Cette session est ouverte dans un autre pim-workshop ({ $holder }). Les modifications ne peuvent se faire que là-bas. Appuyez sur o pour l'ouvrir en lecture seule, ou sur Échap pour revenir.
tui-session-migrated = Ce fichier est dans un ancien format (schéma { $version }) et sera mis à jour au fil du travail ; l'original est conservé sous { $backup }.
tui-session-migrated-no-backup = Ce fichier est dans un ancien format (schéma { $version }) et sera mis à jour au fil du travail ; l'original est conservé.

## La boucle : démarrage, enregistrement en sortant, création et export (run.rs)

run-pack-failed = la lecture du pack de contenu a échoué
run-no-terminal = impossible de prendre la main sur le terminal (est-ce bien un terminal interactif ?)
run-no-signals = impossible de surveiller SIGTERM
run-no-signal-thread = impossible de lancer le fil des signaux
run-exit-save-failed = les dernières modifications n'ont pas pu être enregistrées : { $message }
run-close-save-failed = Les dernières modifications n'ont pas pu être enregistrées : { $message }
run-create-failed = La session n'a pas pu être créée : { $error }
run-exported = { $file } exporté en { $format } dans { $folder }
run-export-failed = L'export n'a pas été écrit : { $error }

## Formulaires (form.rs)

form-field-needed = { $label } : à renseigner ici.

## L'assistant de nouvelle session (wizard.rs) ; son titre est home-entry-new, Type et Titre sont
## home-col-kind et home-col-title (ui.ftl)

wizard-kind-hint = ←→ ou Espace : le type de session
wizard-title-hint = p. ex. District de Kalma : cadrage de la demande d'évaluation
wizard-facilitator = Facilitateur
wizard-facilitator-hint = Qui anime la session
wizard-participants = Participants
wizard-participants-hint = Nom (Organisation, rôle) ; Nom (Organisation) ; … — modifiez la liste pour ajouter ou retirer
wizard-operation = Opération
wizard-operation-hint = p. ex. Réponse aux déplacements à Veldara
wizard-location = Lieu
wizard-location-hint = Le lieu que concerne l'information
wizard-dates = Dates
wizard-dates-hint = Quand la session a lieu
wizard-requested-by = Demandé par
wizard-requested-by-hint = Qui a demandé le travail
wizard-tool = Outil demandé
wizard-tool-hint = Ce qui a été demandé, p. ex. une évaluation des besoins
wizard-notes = Notes
wizard-notes-hint = Tout ce que la salle devrait savoir d'autre
wizard-title-too-long = Le titre dépasse { $max } caractères : raccourcissez-le ; les détails vont dans Notes.

## Le formulaire d'export (export_form.rs)

export-form-no-session = Ouvrez ou relisez d'abord une session ; x l'exporte ensuite.
export-form-title = Exporter la session
export-form-format = Format
export-form-format-hint = ←→ ou Espace pour choisir le format.
export-form-out = Fichier
export-form-out-hint = Vide : { $dir }/{ $stem }.<format>. Vous seul pouvez lire le fichier.
export-form-bad-format = Choisissez l'un des formats proposés (←→ ou Espace).
export-form-is-session = C'est le fichier de la session lui-même : choisissez un autre nom.

## Les avis de l'atelier (workshop_update.rs)

workshop-notice-no-session = Les décisions appartiennent à une session : ouvrez-en une (Entrée dessus) ou créez-en une (Nouvelle session) d'abord.
workshop-notice-not-scoping = Les produits et la note de cadrage relèvent d'une session de cadrage (le modèle needs-assessment-scoping) ; cette session ne les demande pas.
workshop-notice-untouched = Des étapes précédentes n'ont pas été abordées ({ $steps }). Le processus PIM suit les étapes dans l'ordre ; p revient en arrière.

## Le cadrage : questions à choix, sélecteur de produits, registre dans le panneau de réponse (scoping.rs)

scoping-notice-no-outputs = Le modèle de cette session ne demande pas les produits nécessaires.
scoping-notice-request = Demande enregistrée.
scoping-notice-approach = Approche enregistrée.
scoping-answer-picker = Entrée ouvre le sélecteur (Espace choisit un produit).
scoping-answer-no-systems = Aucun système dans le registre du paysage de l'information pour l'instant. Entrée l'ouvre : n ajoute un système, i importe un tableau.
scoping-answer-systems = { $count ->
        [one] { $count } système dans le registre du paysage de l'information : { $names }.
       *[other] { $count } systèmes dans le registre du paysage de l'information : { $names }.
    }
scoping-answer-register = Entrée ouvre le registre ; M montre la matrice PIM de l'opération, avec lacunes et doublons.
scoping-form-kind-title = Quel type d'exercice a été demandé ?
scoping-form-not-said = pas encore précisé
scoping-form-asked-for = Demandé
scoping-form-asked-for-hint = ←/→ pour choisir. Le programme le lit à la lumière de la matrice PIM.
scoping-form-note = Note
scoping-form-note-hint = Toute précision, p. ex. les termes exacts employés.
scoping-form-approach-title = L'approche recommandée
scoping-form-use-existing = Utiliser des données existantes
scoping-form-new-collection = Nouvelle collecte : { $category }
scoping-form-approach = Approche
scoping-form-approach-hint = ↑/↓ pour se déplacer, Espace pour cocher ; cochez-en plusieurs si données existantes et nouvel exercice se combinent.
scoping-form-methods = Méthodes
scoping-form-methods-hint = Quelles méthodes, où et avec qui.

## Le registre du paysage de l'information : système, liste de contrôle, import (landscape.rs)

landscape-form-new-title = Un système ou une source du paysage de l'information
landscape-form-edit-title = Paysage { $id }
landscape-form-not-placed = pas encore classé
landscape-form-name = Nom
landscape-form-name-hint = Le nom du système ou de la source.
landscape-form-organisation = Organisation
landscape-form-organisation-hint = Qui le gère.
landscape-form-category = Catégorie PIM
landscape-form-category-hint = ←/→ pour choisir la catégorie de la matrice PIM.
landscape-form-sub-category = Sous-catégorie
landscape-form-sub-category-hint = P. ex. monitoring de protection à base communautaire.
landscape-form-methods = Méthodes
landscape-form-methods-hint = P. ex. entretiens avec des informateurs clés, enquête auprès des ménages.
landscape-form-areas = Zones
landscape-form-areas-hint = Zones couvertes, séparées par ; (noms tels que les cartes de l'opération les écrivent).
landscape-form-frequency = Fréquence
landscape-form-frequency-hint = P. ex. mensuelle, ponctuelle.
landscape-form-last-update = Mise à jour
landscape-form-last-update-hint = AAAA-MM-JJ.
landscape-form-outputs = Produits
landscape-form-outputs-hint = Ce qu'il produit, dans vos mots (choisissez les produits de la matrice avec o sur la liste).
landscape-form-shared-with = Partagé avec
landscape-form-choose-hint = ←/→ pour choisir.
landscape-form-shared-what = Contenu partagé
landscape-form-shared-what-hint = P. ex. rapport mensuel ; tableau par site sur demande.
landscape-form-contact = Rôle du contact
landscape-form-contact-hint = Une fonction, p. ex. « coordinateur du monitoring de protection » ; jamais le téléphone ou l'e-mail d'une personne.
landscape-form-status = Statut
landscape-form-reliability = Fiabilité
landscape-form-diagnosis = Diagnostic
landscape-form-diagnosis-hint = S'il fonctionne bien, ce qui lui manque, ce qu'on peut lui demander.
landscape-form-bad-date = Écrivez la date sous la forme AAAA-MM-JJ, p. ex. 2026-10-31, ou laissez vide.
landscape-form-personal-contact = Cela ressemble à une adresse e-mail ou à un numéro de téléphone. Indiquez plutôt la fonction à contacter ; les coordonnées personnelles n'ont pas leur place dans le registre.
landscape-form-sharing-title = Solutions de partage de données en place : { $name }
landscape-form-sharing-hint = ↑/↓ pour se déplacer, Espace pour cocher les solutions en place.
landscape-form-import-title = Importer un tableau du paysage (CSV)
landscape-form-import-file = Fichier CSV
landscape-form-import-hint = Le chemin du tableau, p. ex. ~/Téléchargements/paysage.csv. Les lignes sont vérifiées d'abord : si l'une est fausse, rien n'est importé.
landscape-notice-added = Paysage { $id } ajouté.
landscape-notice-updated = Paysage { $id } mis à jour.
landscape-notice-removed = Paysage { $id } supprimé (l'historique en garde une trace).
landscape-notice-sharing-saved = Solutions de partage de { $id } enregistrées.
landscape-notice-unreadable = Impossible de lire { $path } : { $error }. Vérifiez le chemin et appuyez sur i pour réessayer.

## Décisions, actions, risques, parking, notes sur les principes, sous-étapes sautées (records/)

records-form-decision-new = Enregistrer une décision
records-form-decision-superseding = Nouvelle décision remplaçant { $id }
records-form-decision-edit = Modifier la décision { $id }
records-form-decision = Décision
records-form-decision-hint = Ce qui a été décidé, en une ligne
records-form-why = Pourquoi
records-form-why-hint = Les raisons, telles que la salle les a données
records-form-rests-on = Repose sur
records-form-rests-on-hint = ↑/↓ choisir, Espace marque les principes sur lesquels repose la décision
records-form-status = Statut
records-form-status-hint = ←→ ou Espace pour changer
records-form-who = Qui
records-form-who-hint = Qui a décidé
records-form-action-new = Ajouter une action
records-form-action-edit = Modifier l'action { $id }
records-form-action = Action
records-form-action-hint = Ce qui sera fait
records-form-owner = Responsable
records-form-owner-hint = Qui s'en charge
records-form-due = Échéance
records-form-due-hint = 2026-12-01, +7j ou +2s (jours, semaines), demain ; vide si aucune
records-form-follows-from = Découle de
records-form-follows-from-hint = ↑/↓ choisir, Espace marque les décisions que cette action met en œuvre
records-form-risk-new = Ajouter un risque
records-form-risk-edit = Modifier le risque { $id }
records-form-risk = Risque
records-form-risk-hint = Ce qui pourrait mal tourner, et pour qui
records-form-likelihood = Probabilité
records-form-likelihood-hint = ←→ pour choisir la probabilité
records-form-impact = Impact
records-form-impact-hint = ←→ pour choisir la gravité du préjudice
records-form-mitigation = Atténuation
records-form-mitigation-hint = Ce qui le réduit
records-form-risk-owner-hint = Qui le surveille
records-form-parking-title = Parking : un point sur lequel revenir
records-form-point = Point
records-form-point-hint = Sur quoi revenir, et pourquoi
records-form-principle-title = { $name } : statut et note
records-form-note = Note
records-form-note-hint = Ce que la salle a dit : comment il est pris en compte, ou la préoccupation
records-form-skip-title = Sauter « { $title } »
records-form-reason = Raison
records-form-reason-hint = Pourquoi l'équipe la saute (p. ex. faite le mois dernier, voir rapport)
records-notice-already-superseded = { $id } est déjà remplacée : remplacez la décision la plus récente de sa chaîne.
records-notice-decision-recorded = Décision { $id } enregistrée.
records-notice-decision-updated = Décision { $id } mise à jour.
records-notice-decision-gone = La décision { $id } n'est plus dans cette session.
records-notice-action-added = Action { $id } ajoutée.
records-notice-action-updated = Action { $id } mise à jour.
records-notice-risk-added = Risque { $id } ajouté.
records-notice-risk-updated = Risque { $id } mis à jour.
records-notice-parking-added = { $id } ajouté au parking.
records-notice-skipped = Sous-étape marquée comme sautée.
records-notice-principle-saved = Vérification du principe enregistrée.

## La boîte à outils du facilitateur : titres des écrans (facil/views.rs)

facil-title-agenda = Ordre du jour
facil-title-vote = Vote par points
facil-title-attendance = Présences
facil-title-summary = Bilan de fin de journée

## Les avis de la boîte à outils : minuteurs, fichiers, groupes (facil/mod.rs, facil/agenda.rs)

facil-notice-time-up = Temps écoulé pour { $title } : + prolonge de { $minutes } minutes, m le marque terminé.
facil-notice-wrote = Écrit : { $path }
facil-notice-not-written = Non écrit : { $error }
facil-notice-groups-written = { $count ->
        [one] { $count } fichier de groupe écrit à côté de cette session : { $names }. J le fusionne.
       *[other] { $count } fichiers de groupe écrits à côté de cette session : { $names }. J les fusionne.
    }
facil-notice-groups-not-written = Aucun fichier de groupe écrit : { $error }
facil-notice-merge = Fusion : { $parts }
facil-notice-merge-skipped = { $file } : { $reason }
facil-notice-no-group-file = aucun fichier de groupe indiqué
facil-notice-no-agenda = Le modèle de cette session n'a pas d'ordre du jour : lancez une session de formation PIM pour les modules et les minuteurs.
facil-notice-no-timers = Les minuteurs suivent l'ordre du jour, et le modèle de cette session n'en a pas.
facil-notice-no-exercise = Ce module n'a pas d'exercice à chronométrer.
facil-notice-timer-running = Le minuteur tourne : mettez-le en pause avec Espace, puis 0 le remet à zéro.
facil-notice-no-current = Aucun module en cours : Entrée lance celui sous le curseur.
facil-notice-bell-on = La sonnerie retentit quand le temps est écoulé.
facil-notice-bell-off = Pas de sonnerie quand le temps est écoulé (l'en-tête l'indique toujours).
facil-notice-no-participants = Cette session n'a encore aucun participant : n en ajoute.
facil-notice-open-session = Ouvrez d'abord une session.
facil-notice-participants-added = { $count ->
        [one] { $count } participant ajouté.
       *[other] { $count } participants ajoutés.
    }
facil-notice-vote-closed = Vote clos et enregistré : { $title }

## Les formulaires de la boîte à outils : début de journée, participants, groupes, votes (facil/)

facil-form-day-start-title = L'heure de début des journées de formation
facil-form-start-time = Heure de début
facil-form-start-time-hint = HH:MM, sur 24 heures ; le programme de la journée part de là
facil-form-bad-time = Saisissez l'heure sous la forme HH:MM, par exemple 08:30.
facil-form-participants-title = Ajouter des participants
facil-form-participants = Participants
facil-form-participants-hint = Nom (Organisation, rôle) ; un autre nom ; …
facil-form-split-title = Répartir en groupes de travail
facil-form-groups = Groupes
facil-form-groups-hint = Combien de groupes (1 à { $max }) ; un fichier chacun, dans { $dir }
facil-form-substeps = Sous-étapes
facil-form-substeps-hint = ↑/↓ se déplacer, Espace choisir : ce sur quoi travaillent les groupes
facil-form-choose-substep = Choisissez au moins une sous-étape (Espace).
facil-form-merge-title = Fusionner des fichiers de groupe
facil-form-group-files = Fichiers
facil-form-group-files-none = Chemins séparés par ; (aucun fichier de groupe de cette session n'a été trouvé à côté)
facil-form-group-files-found = Chemins séparés par ; (les fichiers de groupe trouvés à côté de cette session sont déjà remplis)
facil-form-number = Saisissez un nombre de 1 à { $max }.
facil-form-question = Question
facil-form-question-hint = Ce que la salle choisit
facil-form-on = Sur
facil-form-on-hint = ←→ : la liste soumise au vote
facil-form-list-categories = Catégories de la matrice PIM
facil-form-list-answer = Lignes de la réponse en cours (besoins d'information, questions clés…)
facil-form-list-parking = Points du parking encore ouverts
facil-form-who-votes = Qui vote
facil-form-voters-participants = { $count ->
        [one] Le participant
       *[other] Les { $count } participants
    }
facil-form-voters-groups = Groupes numérotés
facil-form-vote-groups-hint = Avec des groupes numérotés : combien
facil-form-dots = Points chacun
facil-form-dots-hint = Combien de points a chaque votant
facil-vote-group = Groupe { $n }
