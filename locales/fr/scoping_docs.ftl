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
approval-how = Appuyez sur A pour enregistrer l'avis du responsable sur la note, ou sur D pour la dater.
