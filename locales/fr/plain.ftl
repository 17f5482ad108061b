# Le mode texte, ligne par ligne (src/plain/), en français : chaque ligne qu'il écrit et chaque
# question, qui finit toujours par ce que l'on peut taper. Les paramètres sont { $nom }.

plain-arg = Travailler ligne par ligne, sans écran dessiné (lecteurs d'écran, plages braille, terminaux simples, scripts par un tube) ; aussi choisi par TERM=dumb ou PIM_WORKSHOP_PLAIN=1

## Listes et questions
plain-list-item = { $n } sur { $total } : { $item }
plain-more = la suite ? Appuyez sur Entrée pour lire la suite, tapez q pour arrêter, ou tapez une commande.
plain-ask-number-keep = Tapez un numéro, ou appuyez sur Entrée pour garder ce qui est là.
plain-ask-command = Tapez une commande (aide les énumère).
plain-ask-text = Tapez votre réponse ; terminez-la par une ligne ne contenant qu'un point (.). Un point seul garde la réponse telle quelle.
plain-ask-toggle = Tapez les numéros à cocher ou décocher, séparés par des espaces, ou appuyez sur Entrée pour les garder.
plain-bad-number = Tapez un numéro de 1 à { $total }, ou appuyez sur Entrée pour garder ce qui est là.
plain-bad-numbers = Tapez des numéros de 1 à { $total } séparés par des espaces, ou appuyez sur Entrée pour les garder.
plain-bad-command = Ce n'est pas une commande : tapez aide pour les énumérer, ou quitter pour partir.
plain-picked = { $item } (coché)

## Sessions
plain-new-session = Créer une nouvelle session à partir d'un modèle
plain-session-line = { $title } — { $template } ; { $done } sous-étapes finies, { $decisions } décisions
plain-session-unreadable = { $file } ne peut pas être ouvert : { $message }
plain-ask-session = Tapez le numéro de la session à ouvrir (1 en crée une nouvelle), ou appuyez sur Entrée pour partir.
plain-ask-template = Tapez le numéro du modèle, ou appuyez sur Entrée pour revenir.
plain-ask-title = Tapez le titre de la session, puis appuyez sur Entrée.
plain-ask-facilitator = Tapez le nom de la personne qui anime, ou appuyez sur Entrée pour le laisser vide.
plain-created = Session créée : { $path }
plain-opened = Session ouverte : { $title }. Tout ce que vous saisissez est enregistré dès que vous l'avez saisi.
plain-held = Cette session est ouverte dans un autre pim-workshop ({ $holder }) : elle n'est ouverte ici qu'en lecture ; fermez-la là-bas pour la modifier ici.
plain-reading-only = Cette session est ouverte en lecture seule : rien n'y est écrit.
plain-cannot-change = Rien n'a été modifié : { $why } Tapez une autre commande.
plain-saved = enregistré
plain-save-failed = Pas encore enregistré : { $message } Un nouvel essai aura lieu à votre prochaine modification.
plain-closed = Session fermée ; tout ce qui a été saisi est enregistré.

## Le parcours
plain-substep-heading = Sous-étape { $number }, { $title } (étape : { $step } ; { $n } sur { $total } dans cette session) — { $status }.
plain-purpose = Objectif : { $text }
plain-answered = répondu
plain-not-answered = pas encore de réponse
plain-what-next = Tapez répondre et le numéro d'une question pour y répondre, suivant ou retour pour avancer ou reculer, ou aide pour toutes les commandes.
plain-at-last = C'est la dernière sous-étape de la session : tapez relire pour tout relire, ou aller et un numéro pour sauter.
plain-at-first = C'est la première sous-étape de la session : tapez suivant pour avancer.
plain-bad-go = Cette sous-étape n'existe pas ici : tapez aller et l'un de { $numbers }.
plain-no-substeps = Cette session ne parcourt aucune sous-étape : tapez bibliothèque pour lire le cadre, ou quitter.
plain-status-now = Cette sous-étape est maintenant : { $status }.
plain-untouched = Des sous-étapes précédentes n'ont pas été abordées ({ $steps }). Le processus PIM suit les étapes dans l'ordre : tapez retour pour revenir, ou aller et un numéro pour sauter.
plain-ask-skip-reason = Tapez pourquoi l'équipe saute cette sous-étape, puis appuyez sur Entrée.

## Réponses
plain-no-prompts = Cette sous-étape n'a pas de questions : tapez suivant pour avancer.
plain-bad-prompt = Tapez répondre et un numéro de 1 à { $total }.
plain-prompt-heading = Question { $n } sur { $total } : { $question }
plain-hint = Conseil : { $text }
plain-current-answer = La réponse jusqu'ici :
plain-kept = Rien n'a changé ; la réponse reste telle qu'elle était.
plain-landscape-count = { $n ->
    [0] Le registre du paysage est vide.
    [one] Le registre du paysage compte un système ou une source :
   *[other] Le registre du paysage compte { $n } systèmes et sources :
}
plain-ask-system-name = Tapez le nom d'un système ou d'une source pour l'ajouter au registre, ou appuyez sur Entrée pour revenir.
plain-ask-organisation = Tapez l'organisation qui le gère, ou appuyez sur Entrée pour la laisser vide.
plain-ask-category = Tapez le numéro de sa catégorie de la matrice.
plain-category-needed = Un système a besoin de sa catégorie de la matrice : tapez l'un des numéros.
plain-ask-areas = Tapez les zones qu'il couvre, séparées par des virgules, ou appuyez sur Entrée pour les laisser vides.
plain-ask-methods = Tapez ses méthodes (par exemple entretiens avec des informateurs clés), ou appuyez sur Entrée pour les laisser vides.
plain-ask-frequency = Tapez à quelle fréquence il est mis à jour (par exemple chaque mois), ou appuyez sur Entrée pour la laisser vide.
plain-ask-last-update = Tapez la date de sa dernière mise à jour (AAAA-MM-JJ), ou appuyez sur Entrée si personne ne la connaît.
plain-landscape-refused = Pas ajouté : { $problem }. Tapez répondre et le numéro de la question pour le saisir à nouveau.
plain-bad-last-update = Ce n'est pas une date : { $problem }. Tapez la date à nouveau, ou appuyez sur Entrée si personne ne la connaît.

## Principes en action
plain-ask-principle = Tapez le numéro d'un principe pour fixer son statut et sa note, ou appuyez sur Entrée pour revenir.
plain-principle-summary = { $name } : { $text }
plain-ask-status = Statut actuel : { $current }. Tapez un numéro, ou appuyez sur Entrée pour le garder.
plain-current-note = La note jusqu'ici : { $note }
plain-ask-note = Tapez une note, ou appuyez sur Entrée pour garder la note telle quelle.
plain-in-action = Principes en action — { $name } :

## Registres
plain-ask-decision = Tapez la décision en une ligne, puis appuyez sur Entrée.
plain-ask-rationale = Tapez pourquoi (la justification), ou appuyez sur Entrée pour la laisser vide.
plain-ask-decision-principles = Tapez les numéros des principes concernés, séparés par des espaces, ou appuyez sur Entrée pour aucun.
plain-ask-which-decision = Tapez le numéro de la décision à remplacer, ou appuyez sur Entrée pour revenir.
plain-ask-decision-status = Tapez le numéro de son statut, ou appuyez sur Entrée pour { $default }.
plain-no-decisions = Il n'y a pas encore de décision à remplacer : tapez décider pour en enregistrer une.
plain-superseded = { $old } est remplacée par { $id }.
plain-recorded = Enregistré sous { $id }.
plain-ask-action = Tapez ce qui est à faire, puis appuyez sur Entrée.
plain-ask-owner = Tapez qui en est responsable, ou appuyez sur Entrée pour le laisser vide.
plain-ask-due = Tapez l'échéance (2026-12-01, +7j, +2s, aujourd'hui, demain), ou appuyez sur Entrée pour aucune.
plain-ask-risk = Tapez ce qui pourrait mal tourner, puis appuyez sur Entrée.
plain-ask-likelihood = Quelle probabilité ? Tapez de 1 (rare) à 4 (presque certain), ou appuyez sur Entrée pour 2.
plain-ask-impact = Quelle gravité ? Tapez de 1 (mineure) à 4 (grave), ou appuyez sur Entrée pour 2.
plain-ask-mitigation = Tapez ce qui le réduit, ou appuyez sur Entrée pour le laisser vide.
plain-ask-park = Tapez le point à reprendre plus tard, puis appuyez sur Entrée.
plain-empty-park = Un point du parking a besoin d'un texte : tapez-le, puis appuyez sur Entrée.
plain-records-decisions = Décisions ({ $n }) :
plain-records-actions = Actions ({ $n }) :
plain-records-risks = Risques ({ $n }) :
plain-records-parking = Parking ({ $n }) :
plain-no-due = sans échéance
plain-risk-score = note { $score }

## Lire le cadre
plain-ask-part = Tapez le numéro de la partie de la bibliothèque à lire, ou appuyez sur Entrée pour revenir.
plain-ask-search = Tapez un mot à chercher dans le glossaire, ou appuyez sur Entrée pour voir tous les termes.
plain-ask-entry = Tapez le numéro d'une entrée pour la lire, ou appuyez sur Entrée pour revenir.
plain-nothing-found = Rien ne correspond : tapez bibliothèque pour chercher à nouveau.

## Exports
plain-bad-format = Tapez exporter et l'un de : { $names }.
plain-format-not-offered = Cette session ne peut pas être exportée ainsi : tapez exporter et l'un de { $names }.

## Les commandes : le mot à taper, et ce qu'en dit l'aide
plain-help-heading = Commandes (chacune a une forme courte, entre parenthèses) :
plain-help-line = { $word } ({ $short }) : { $what }
plain-cmd-help = aide
plain-cmd-show = montrer
plain-cmd-next = suivant
plain-cmd-back = retour
plain-cmd-go = aller
plain-cmd-answer = répondre
plain-cmd-principles = principes
plain-cmd-done = fait
plain-cmd-skip = sauter
plain-cmd-decide = décider
plain-cmd-supersede = remplacer
plain-cmd-act = agir
plain-cmd-risk = risque
plain-cmd-park = parking
plain-cmd-records = registres
plain-cmd-guide = guide
plain-cmd-library = bibliothèque
plain-cmd-review = relire
plain-cmd-export = exporter
plain-cmd-quit = quitter
plain-help-help = énumérer les commandes
plain-help-show = redire où vous en êtes : la sous-étape, son objectif et ses questions
plain-help-next = passer à la sous-étape suivante
plain-help-back = revenir à la sous-étape précédente
plain-help-go = sauter à une sous-étape par son numéro, par exemple aller 2.3
plain-help-answer = répondre à une question par son numéro, par exemple répondre 2 (sans numéro : la première sans réponse)
plain-help-principles = fixer le statut et la note d'un principe pour cette sous-étape
plain-help-done = marquer cette sous-étape terminée (une seconde fois : de nouveau en cours)
plain-help-skip = sauter cette sous-étape, en disant pourquoi
plain-help-decide = enregistrer une décision
plain-help-supersede = remplacer une décision antérieure par une nouvelle
plain-help-act = enregistrer une action, sa personne responsable et son échéance
plain-help-risk = enregistrer un risque
plain-help-park = mettre un point au parking
plain-help-records = énumérer les décisions, actions, risques et points du parking
plain-help-guide = lire les conseils de cette sous-étape : notes d'animation, Matrice, glossaire, Principes en action
plain-help-library = lire la bibliothèque de référence : processus, principes, Matrice, glossaire
plain-help-review = relire toute la session : le résumé d'abord, puis chaque section
plain-help-export = exporter la session, par exemple exporter md (md, html, docx, xlsx, json, brief) ; exporter csv écrit un fichier par tableau, exporter csv actions ce seul tableau
plain-help-quit = enregistrer et partir (Ctrl+D fait de même)
