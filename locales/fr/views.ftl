# Les mots propres aux écrans, en français : ce que dessinent les vues (src/tui/view/, src/tui/doc.rs).
# Les titres d'onglets, les statuts et les descriptions des touches sont ailleurs.

## Commun : une étiquette et son texte (doc.rs et toutes les vues)

# Une étiquette avant son texte, comme « Source : … » (le code ajoute l'espace qui suit).
doc-label = { $label } :
doc-label-value = { $label } : { $value }

## Accueil (home.rs)

home-sessions-shown = { home-sessions } ({ $shown })
home-sessions-shown-of = { home-sessions } ({ $shown } sur { $total })
home-sorted-by = triées par { $order }
home-reading = lecture { $done } sur { $total }…
# Au-dessus des colonnes : avancement, décisions (D), actions ouvertes (A).
home-col-numbers = fait  D  A

## Ordre du jour, détail d'un module et minuteur de l'en-tête (agenda.rs)

agenda-time-up = TEMPS ÉCOULÉ
agenda-list-title = Ordre du jour
agenda-module-title = Module
agenda-day = Jour { $day }
agenda-planned-end = fin prévue { $time }
# $drift porte son signe : +5, -3, +0.
agenda-expected-end = fin estimée { $time } ({ $drift } min)
agenda-bell-on = sonnerie activée
agenda-bell-off = sonnerie coupée
agenda-module-facts = Jour { $day } · { $minutes ->
        [one] { $minutes } min prévue
       *[other] { $minutes } min prévues
    } · temps passé { $taken }
agenda-module-facts-extended = Jour { $day } · { $minutes ->
        [one] { $minutes } min prévue
       *[other] { $minutes } min prévues
    } (+{ $extra } min) · temps passé { $taken }
agenda-objectives = Objectifs d'apprentissage
agenda-competencies = Compétences développées
agenda-covers = Porte sur
agenda-exercise = Exercice : { $title } ({ $minutes } min)
agenda-exercise-groups = Exercice : { $title } ({ $minutes } min, en groupes)
agenda-expected = Produits attendus
agenda-scenario = Scénario

## Vote par points (agenda.rs)

vote-on = Sur : { $list } · { $dots ->
        [one] { $dots } point chacun
       *[other] { $dots } points chacun
    }
vote-on-closed = Sur : { $list } · { $dots ->
        [one] { $dots } point chacun
       *[other] { $dots } points chacun
    } · CLOS, résultat enregistré
vote-voter = Votant :
vote-dots-left = ({ $left ->
        [one] { $left } point restant
       *[other] { $left } points restants
    } sur { $dots } ; { $voters ->
        [one] { $voters } votant
       *[other] { $voters } votants
    })

## Présences et bilan de fin de journée (agenda.rs)

attendance-day-title = Jour ◀ { $day } ▶ sur { $days } · { $present ->
        [one] { $present } présent
       *[other] { $present } présents
    } sur { $total }
attendance-empty = Aucun participant dans cette session pour l'instant : n pour en ajouter (Nom (Organisation, rôle) ; …).
summary-day-title = Jour ◀ { $day } ▶ sur { $days }

## Vue présentateur (presenter.rs)

presenter-exercise-in = Exercice du module { $module } · { $minutes } min
presenter-day-planned = Jour { $day } · { $minutes ->
        [one] { $minutes } min prévue
       *[other] { $minutes } min prévues
    }
presenter-no-module = Aucun module en cours
presenter-step = Étape { $number } · { $title }
presenter-time-up = temps écoulé
presenter-left = reste { $time }
presenter-exercise = Exercice : { $title }
presenter-earlier = (formulation précédente conservée : { $text })

## Registre du paysage de l'information (landscape.rs)

landscape-fact-outputs = { $count ->
        [one] { $count } produit
       *[other] { $count } produits
    }
landscape-fact-sharing = solutions de partage { $done }/{ $total }
landscape-fact-diagnosis = diagnostic : { $text }
landscape-list-empty = Aucun système recensé pour l'instant. n pour en ajouter un, i pour importer un tableau (CSV, p. ex. un 4W).

## La matrice de l'opération (landscape.rs)

landscape-matrix-col-category = Catégorie
landscape-matrix-col-all = tous
# Case de la grille où aucun système n'est actif (7 colonnes au plus).
landscape-matrix-gap-cell = · vide
landscape-matrix-legend = actifs/tous · vide : aucun système actif à cet endroit · ≡ doublon possible
landscape-matrix-more-areas = { $count ->
        [one] { $count } autre zone dans le détail (élargissez le terminal pour la voir en colonne)
       *[other] { $count } autres zones dans le détail (élargissez le terminal pour les voir en colonnes)
    }
landscape-matrix-no-areas = Aucune zone renseignée : ajoutez des zones aux systèmes pour voir les lacunes par zone.
landscape-matrix-no-system = Aucun système de cette catégorie dans le registre.
landscape-matrix-no-area = aucune zone indiquée
landscape-matrix-gap-anywhere = Lacune : aucun système actif nulle part dans l'opération.
landscape-matrix-gap-in = Lacune : aucun système actif dans { $areas }.
landscape-matrix-duplication = Doublon possible dans { $area } : { $output } — { $systems }.
landscape-matrix-unplaced = Pas encore placés sur la matrice : { $systems }.

## Décisions, actions, risques, parking (records.rs)

records-list-superseded-by = remplacé par { $id }
records-list-why = motif : { $text }
records-list-supersedes = remplace { $id }
records-list-rests-on = s'appuie sur { $principles }
records-list-no-decisions = Aucune décision pour l'instant. n (ou d partout dans la session) pour en enregistrer une.
records-list-no-date = sans date
records-list-overdue = EN RETARD { $days } j
records-list-no-owner = sans responsable
records-list-due = échéance { $date }
records-list-no-actions = Aucune action pour l'instant. n (ou a dans l'atelier) pour en ajouter une.
records-list-no-parking = Le parking est vide. n (ou + dans l'atelier) pour y mettre une question en attente.
records-list-risk-axes = Probabilité ↑ × impact →
# P : probabilité, I : impact.
records-list-risk-score = P{ $likelihood }×I{ $impact }={ $score }
records-list-no-risks = Aucun risque pour l'instant. n pour en ajouter un.
records-list-mitigation = atténuation : { $text }
records-list-owner = responsable : { $text }
records-list-no-mitigation = ni atténuation ni responsable pour l'instant

## Couverture : principes × sous-étapes (records.rs)

records-coverage-legend = ✓ traité  ! préoccupation  – sans objet  ? ouvert  · jamais abordé
records-coverage-no-gaps = Aucune lacune : chaque principe a été abordé à chaque sous-étape.
records-coverage-gaps = { $count ->
        [one] Lacunes avant de clore ({ $count } principe) :
       *[other] Lacunes avant de clore ({ $count } principes) :
    }
records-coverage-never-discussed = { $principle } : jamais abordé aux sous-étapes { $substeps }

## Détails de la bibliothèque de référence (reference.rs)

ref-step-heading = Étape { $number } : { $title }
ref-facilitator-minutes = { ref-facilitator } (environ { $minutes } { ref-minutes })
ref-row-fixed = { $title } (fixe)
# Titres de lignes quand le contenu ne les nomme pas.
ref-fallback-methods = Méthodes
ref-fallback-specific-examples = Exemples concrets
ref-fallback-sources = Sources

## Cadrage : le choix des produits et l'aperçu de la note (scoping.rs)

scoping-picker-picked = { $count ->
        [one] { $count } retenu
       *[other] { $count } retenus
    }
scoping-picker-for-decisions = pour décider :
scoping-picker-system-hint = Espace coche ce que ce système produit ; la matrice de l'opération (M) s'en sert pour repérer les doublons.
scoping-preview-title = Note de cadrage : { $title }
scoping-preview-hint = Exportez-la avec x (Markdown ou HTML) ; voici ce qu'elle dira.
scoping-preview-missing = Pas encore renseigné : { $items }.

## Atelier (workshop.rs)

workshop-how-list = Un élément par ligne.
workshop-how-choose = Entrée pour choisir.
workshop-how-outputs = Entrée ouvre le choix des produits.
workshop-how-landscape = Entrée ouvre le registre du paysage de l'information.
workshop-pia-step = { workshop-pia } — étape { $number }
workshop-principle-note = note : { $text }
