# Présences sur l'ensemble des journées, sections ajoutées au bilan de la journée et rapport de
# formation complet.

## Situation d'un participant un jour donné
attendance-mark-absent = absent
attendance-mark-present = présent
attendance-mark-late = en retard
attendance-mark-left-early = parti tôt
attendance-mark-late-left-early = en retard, parti tôt

## Historique
attendance-timeline-all-present = { $count ->
    [one] 1 participant marqué présent le jour { $day }
   *[other] { $count } participants marqués présents le jour { $day }
}
attendance-timeline-late = { $name } est arrivé en retard le jour { $day }
attendance-timeline-not-late = { $name } n'est plus marqué en retard le jour { $day }
attendance-timeline-left-early = { $name } est parti tôt le jour { $day }
attendance-timeline-not-left-early = { $name } n'est plus marqué comme parti tôt le jour { $day }

## Les votes dans les rapports
attendance-vote-open = ouvert (les résultats paraissent une fois le vote clos)
attendance-vote-closed = clos : { $result }

## Feuille d'émargement et liste des attestations
attendance-day = Jour { $day }
attendance-day-dated = Jour { $day } ({ $date })
attendance-rule = { $count ->
    [one] Règle : un participant reçoit l'attestation s'il était présent le seul jour où les présences ont été relevées (jour { $days }) ; arriver en retard ou partir tôt compte comme présent.
   *[other] Règle : un participant reçoit l'attestation s'il était présent les { $count } jours où les présences ont été relevées (jours { $days }) ; arriver en retard ou partir tôt compte comme présent.
}
attendance-rule-nothing-taken = Aucune présence n'a encore été relevée : personne ne peut recevoir d'attestation. Relevez-les dans l'écran des présences (a dans le programme).
attendance-untaken = { $count ->
    [one] Les présences n'ont pas été relevées pendant 1 des { $total } jours de formation (jour { $days }) ; ce jour ne compte pas. Relevez-les avant de remettre les attestations.
   *[other] Les présences n'ont pas été relevées pendant { $count } des { $total } jours de formation (jours { $days }) ; ces jours ne comptent pas. Relevez-les avant de remettre les attestations.
}
attendance-yes = oui
attendance-no = non
attendance-col-name = Nom
attendance-col-organisation = Organisation
attendance-col-role = Fonction
attendance-col-attended = Jours de présence
attendance-col-counted = Jours comptés
attendance-col-certified = Attestation
attendance-col-certified-rule = { $count ->
    [one] Attestation (présent le seul jour où les présences ont été relevées)
   *[other] Attestation (présent les { $count } jours où les présences ont été relevées)
}
attendance-day-not-taken = { $day } : présences non relevées
attendance-day-counts = { $day } : { $present } présents sur { $total }, { $late } en retard, { $left } partis tôt
attendance-sign-in-byline = Feuille d'émargement établie par pim-workshop, au { $date }.
attendance-certificates-byline = Liste des attestations établie par pim-workshop, au { $date }.
attendance-no-participant = Aucun participant n'est encore inscrit : ajoutez-les dans l'écran des présences avec n.
attendance-days-of = { $attended } sur { $counted }
attendance-certified-count = Attestations : { $certified } participants sur { $total }.

## Sections ajoutées au bilan de la journée
attendance-summary-absent = Absents ({ $count })
attendance-summary-nobody-absent = Personne n'était absent.
attendance-summary-late = Arrivés en retard
attendance-summary-nobody-late = Personne n'est arrivé en retard.
attendance-summary-left-early = Partis tôt
attendance-summary-nobody-left-early = Personne n'est parti tôt.
attendance-summary-groups = Travaux des groupes
attendance-summary-group-output = { $group } sur « { $question } » : { $text }
attendance-summary-no-group-output = Aucun travail de groupe n'a été fusionné ce jour-là.

## Le rapport de formation complet
attendance-report-byline = Rapport de formation établi par pim-workshop, au { $date }.
attendance-report-days = Jours de formation
attendance-report-participants = Participants
attendance-report-attendance = Présences par jour
attendance-report-no-days = Cette session n'a pas de jours de formation : son modèle n'a pas de programme et aucune présence n'a été relevée.
attendance-report-certificates = Attestations
attendance-report-modules = Modules : durée prévue et durée réelle
attendance-report-no-modules = Le modèle de cette session n'a pas de programme : il n'y a pas de modules à comparer.
attendance-report-module-finished = terminé
attendance-report-module-started = commencé, non terminé
attendance-report-module-not-started = pas commencé
attendance-report-day-minutes = { $modules ->
    [one] Jour { $day } : 1 module, { $planned } min prévues, { $taken } min prises
   *[other] Jour { $day } : { $modules } modules, { $planned } min prévues, { $taken } min prises
}
attendance-col-day = Jour
attendance-col-module = Module
attendance-col-planned = Prévu
attendance-col-actual = Pris
attendance-col-state = État
attendance-minutes = { $minutes } min
attendance-report-votes = Votes
attendance-report-no-votes = Aucun vote par gommettes n'a eu lieu.
attendance-report-vote = { $id } { $title } — { $outcome }
attendance-report-no-groups = Aucun travail de groupe n'a été fusionné dans cette session.

## Formats d'export
format-sign-in = Feuille d'émargement (Markdown)
format-sign-in-csv = Feuille d'émargement (CSV)
format-certificates = Liste des attestations (Markdown)
format-certificates-csv = Liste des attestations (CSV)
format-training-report = Rapport de formation (Markdown)
format-training-report-html = Rapport de formation (HTML, prêt à imprimer)
attendance-cli-not-training = Cette session n'a ni programme ni présences relevées : le fichier ne liste que ses participants. Les présences se relèvent dans une session de formation (modèle pim-training).

## L'écran des présences
attendance-key-all-present = tous présents : marquer tout le monde présent ce jour
attendance-key-late = retard : arrivé en retard (marque présent)
attendance-key-left-early = parti tôt : parti avant la fin (marque présent)
attendance-key-export = exporter : feuille d'émargement ou attestations
attendance-key-training-report = rapport : exporter le rapport de formation complet
attendance-notice-all-present = { $count ->
    [one] 1 participant marqué présent le jour { $day }. Espace marque de nouveau quelqu'un absent.
   *[other] { $count } participants marqués présents le jour { $day }. Espace marque de nouveau quelqu'un absent.
}
attendance-notice-all-already = Toutes les personnes inscrites sont déjà présentes le jour { $day }. Espace marque quelqu'un absent ; n ajoute des participants.
