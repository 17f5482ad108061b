## L'approbation et la date de la note de cadrage, et les réponses qu'elle reprend (ticket 19).

approval-approved = Approuvée
approval-changes-requested = Modifications demandées
approval-sentence = { $verdict } par { $name } le { $date }
approval-cleared = L'avis sur la note a été retiré.
approval-brief-dated = La note est datée du { $date }.
approval-brief-undated = La note est de nouveau datée par la dernière modification de la session.
brief-kind-note = Remarque sur le type d'exercice
brief-consent = Consentement et confidentialité
brief-resources = Temps, personnes, budget et accès
brief-approval = Approbation
brief-approval-verdict = Avis
brief-approval-comments = Commentaires
brief-approval-pending = Pas encore approuvée.
brief-due-overdue = { $days ->
        [one] { $date } (en retard d'un jour)
       *[other] { $date } (en retard de { $days } jours)
    }
key-brief-approve = approbation
approval-form-title = Approbation de la note de cadrage
approval-form-verdict-hint = Choisissez l'avis du responsable avec ←/→ ; « Pas encore approuvée » retire un avis enregistré auparavant.
approval-form-by = Donné par
approval-form-by-hint = Le nom de la personne qui a approuvé la note ou demandé des modifications.
approval-form-by-missing = Indiquez qui a donné l'avis, pour que la note dise qui l'a approuvée.
approval-form-comments-hint = Ce que le responsable a dit : conditions, modifications demandées, prochain point.
approval-form-date = Date de la note
approval-form-date-hint = La date que porte la note, par ex. 2026-11-13 ; laissez vide pour la dater par la dernière modification de la session.
approval-notice-saved = L'approbation et la date de la note sont enregistrées ; la note et la revue les affichent.
summary-heading = Synthèse
summary-decisions = { $total ->
        [one] 1 décision : { $agreed } adoptée, { $proposed } proposée en attente.
       *[other] { $total } décisions : { $agreed } adoptées, { $proposed } proposées en attente.
    }
summary-proposed = { $id } proposée : { $title }
summary-actions = Actions : { $open } à faire, { $overdue } en retard.
summary-overdue = { $days ->
        [one] { $id } en retard d'un jour : { $text } ({ $owner })
       *[other] { $id } en retard de { $days } jours : { $text } ({ $owner })
    }
summary-gaps = { $count ->
        [0] Couverture : aucun principe n'a de lacune.
        [one] Couverture : 1 principe a des lacunes (voir Couverture).
       *[other] Couverture : { $count } principes ont des lacunes (voir Couverture).
    }
summary-risk = Risque { $id } noté { $score } : { $text }
summary-approval = Note de cadrage : { $approval }
summary-missing = Pas encore renseigné pour la note : { $missing }.
review-search-position = résultat { $at } sur { $total } (n suivant, N précédent)
review-search-none = aucun résultat : changez les mots, ou appuyez sur Échap pour arrêter la recherche
content-essential-too-many = Le modèle marque { $count } questions comme essentielles ; n'en marquez que 15 au plus, celles qu'une réunion peut traiter.
content-essential-unknown = { $prompt } est marquée essentielle mais n'est pas une question de ce modèle, ou figure deux fois : corrigez l'identifiant ou retirez-la.
summary-essential = Parcours de la note : { $done } questions essentielles traitées sur { $total }.
summary-essential-missing = Questions essentielles encore sans réponse :
cli-table-needs-csv = --table choisit un tableau de l'export CSV : ajoutez --format csv (ou retirez --table pour ce format).
