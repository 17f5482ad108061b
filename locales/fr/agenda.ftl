# L'ordre du jour que l'animateur façonne, le plan face à l'horloge et les questions sur les minuteurs
# (pim-core session/agenda_*.rs, src/tui/facil/agenda*.rs). Français.

## Types d'éléments de l'ordre du jour

agenda-kind-module = Module
agenda-kind-break = Pause café
agenda-kind-lunch = Déjeuner
agenda-kind-other = Autre élément

## Modifications refusées : ce qui ne va pas et que faire

agenda-error-unknown-item = Cet élément n'est plus à l'ordre du jour ; choisissez-en un autre avec ↑ et ↓.
agenda-error-unknown-module = Le modèle n'a pas ce module ; choisissez-en un dans la liste proposée.
agenda-error-already-in = { $title } est déjà à l'ordre du jour ; déplacez-le avec [ et ] au lieu de l'ajouter une seconde fois.
agenda-error-no-day = L'ordre du jour n'a pas de jour { $day } ; fixez d'abord le nombre de jours avec s.
agenda-error-day-holds = Le jour { $day } contient encore { $count } éléments ; déplacez-les d'abord vers un autre jour avec <.
agenda-error-too-many-days = Un ordre du jour compte au plus { $max } jours ; déplacez plutôt l'élément vers un jour précédent.
agenda-error-no-minutes = Saisissez une durée d'au moins 1 minute.
agenda-error-not-a-module = Seul un module a un minuteur ; les pauses et autres éléments gardent leur durée prévue.

## Notes du journal pour les modifications de l'ordre du jour

agenda-timeline-added = Ordre du jour : { $title } ({ $minutes } min) ajouté au jour { $day }
agenda-timeline-removed = Ordre du jour : { $title } retiré
agenda-timeline-earlier = Ordre du jour : { $title } avancé dans le jour { $day }
agenda-timeline-later = Ordre du jour : { $title } reculé dans le jour { $day }
agenda-timeline-to-day = Ordre du jour : { $title } déplacé au jour { $day }
agenda-timeline-minutes = Ordre du jour : { $title } prévu pour { $minutes } min (au lieu de { $was })
agenda-timeline-renamed = Ordre du jour : { $old } renommé { $title } ({ $minutes } min)
agenda-timeline-day-dated = Ordre du jour : le jour { $day } a lieu le { $date }, début à { $start }
agenda-timeline-day = Ordre du jour : le jour { $day } commence à { $start }
agenda-timeline-days = Ordre du jour : la formation compte désormais { $count } jours
agenda-timeline-taken = Minutes passées sur { $title } corrigées à { $minutes } (au lieu de { $was })
agenda-timeline-stopped-at-close = Minuteur de { $title } arrêté à { $at }, à la fermeture de la session

## La journée face à l'horloge

agenda-clock-on-time = { $now } — à l'heure
agenda-clock-behind = { $now } — { $minutes } min de retard
agenda-clock-ahead = { $now } — { $minutes } min d'avance
agenda-clock-moves = ; { $title } passe à { $time }

## Touches de l'ordre du jour (une règle : elles agissent sur l'élément en surbrillance)

agenda-key-timer = minuteur : lancer ou mettre en pause le module en surbrillance (met tout autre en pause)
agenda-key-start = lancer : le minuteur du module en surbrillance (sans jamais le mettre en pause)
agenda-key-extend = prolonger : 5 minutes de plus pour le module en surbrillance (ou son exercice minuté)
agenda-key-reset = remettre à zéro : le minuteur du module en surbrillance (demande d'abord)
agenda-key-exercise = exercice : minuter l'exercice suivant du module en surbrillance (après le dernier : à nouveau le module)
agenda-key-finish = terminé : marquer le module en surbrillance terminé (à nouveau : le rouvrir)
agenda-key-add = ajouter : une pause, le déjeuner, un autre élément ou un module retiré, après l'élément en surbrillance
agenda-key-change = modifier : les minutes de l'élément en surbrillance (prévues, et passées pour un module)
agenda-key-remove = retirer : sortir l'élément en surbrillance de l'ordre du jour (demande d'abord)
agenda-key-earlier = plus tôt : remonter l'élément en surbrillance (avant le premier du jour : au jour précédent)
agenda-key-later = plus tard : descendre l'élément en surbrillance (après le dernier du jour : au jour suivant)
agenda-key-day-before = jour précédent : déplacer l'élément en surbrillance à la fin du jour précédent
agenda-key-day-after = jour suivant : déplacer l'élément en surbrillance au début du jour suivant (un nouveau jour après le dernier)
agenda-key-day = jour : le jour de l'élément en surbrillance, sa date et son heure de début, et le nombre de jours

## L'écran de l'ordre du jour

agenda-list-title-highlighted = Ordre du jour · touches → ligne surlignée
agenda-day-heading = Jour { $day } · début { $start }
agenda-day-heading-dated = Jour { $day } · { $date } · début { $start }
agenda-day-empty =   Rien de prévu : déplacez un élément ici avec > ou ajoutez-en un avec n.
agenda-free-facts = Jour { $day } · { $minutes } min prévues
agenda-free-help = Pas de minuteur propre : le plan avance quand le module suivant démarre. Modifiez ses minutes avec c, déplacez-le avec [ ] < >, retirez-le avec X.
agenda-real-times = Commencé à { $start }
agenda-real-times-finished = Commencé à { $start } · terminé à { $end }

## Messages de l'écran de l'ordre du jour

agenda-notice-not-timed = { $title } n'a pas de minuteur propre ; mettez un module en surbrillance pour le minuter.
agenda-notice-finished = { $title } : terminé ; appuyez sur m pour le rouvrir avant de le minuter à nouveau.
agenda-notice-already-running = { $title } : tourne déjà ; Espace le met en pause.
agenda-notice-paused-other = { $other } mis en pause pour lancer { $title }.
agenda-notice-extended = { $title } a { $minutes } minutes de plus.
agenda-notice-nothing-to-reset = { $title } n'a aucun temps enregistré ; il n'y a rien à remettre à zéro.
agenda-notice-removed = { $title } a été retiré de l'ordre du jour ; rajoutez-le avec n.
agenda-notice-cannot-move = L'élément ne peut pas aller plus loin dans ce sens.
agenda-notice-stopped-at-close = Le minuteur de { $title } a été arrêté à { $at }, à la fermeture de la session.

## Questions

agenda-reset-running = { $what } : son minuteur tourne ({ $minutes } min jusqu'ici). Le remettre à zéro et perdre ce temps ?
agenda-reset-finished = { $what } : terminé, { $minutes } min enregistrées. Remettre son minuteur à zéro, perdre ce temps et le marquer non terminé ?
agenda-remove-question = Retirer { $title } de l'ordre du jour ? Son temps enregistré est conservé, et n le rajoute.
agenda-reopen-question = { $title } : son minuteur tournait à la fermeture de la session, à { $at } le { $date } (il y a { $hours } h { $minutes } min). y l'arrête à { $at } ; n le laisse compter.
agenda-quit-question = { $title } : son minuteur tourne. Quitter quand même ? Il continue de compter pendant que le programme est fermé ; en rouvrant la session, vous pourrez l'arrêter à l'heure où vous avez quitté. y quitte ; n reste.

## Les formulaires de l'ordre du jour

agenda-form-day-title = Jour { $day } de la formation
agenda-form-date = Date
agenda-form-date-hint = AAAA-MM-JJ, par exemple 2026-12-02 ; laissez vide pour ne pas dater
agenda-form-days = Jours de formation
agenda-form-days-hint = de 1 à 14 ; un jour qui contient encore des éléments ne peut pas être supprimé
agenda-form-bad-date = Saisissez la date au format AAAA-MM-JJ, par exemple 2026-12-02, ou laissez-la vide.
agenda-form-bad-days = Saisissez le nombre de jours, de 1 à 14.
agenda-form-add-title = Ajouter au jour { $day }
agenda-form-kind = Quoi
agenda-form-kind-hint = une pause, le déjeuner, un autre élément, ou un module du modèle retiré
agenda-form-kind-module = Module : { $title } ({ $minutes } min)
agenda-form-item-title = Titre
agenda-form-item-title-hint = par exemple Brise-glace, Visite de terrain, Photo de groupe
agenda-form-title-needed = Donnez un titre à l'élément, par exemple Brise-glace.
agenda-form-minutes = Minutes prévues
agenda-form-minutes-hint = de 1 à 1440
agenda-form-minutes-add-hint = vide : 15 pour une pause, 60 pour le déjeuner, 30 pour un autre élément, la durée propre d'un module
agenda-form-taken = Minutes passées
agenda-form-taken-hint = le temps réellement passé sur le module, si le minuteur s'est trompé
agenda-form-bad-minutes = Saisissez les minutes en nombre entier, de 1 à 1440.
agenda-form-item-edit-title = Modifier { $title }

## Le bilan d'une journée sans date connue

day-summary-title-undated = { $title } : jour { $day } (sans date : datez la journée avec s dans l'ordre du jour)
