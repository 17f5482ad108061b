# Les mots de la ligne de commande, en français : l'aide de chaque commande et option (posée sur
# l'analyseur de clap à l'exécution, src/cli/help.rs), ce qu'affichent les commandes et leurs erreurs.
# Les noms de commande, d'option (--out) et de valeur (DIR, PATH) sont les mêmes dans toutes les langues.

## Aide : le programme et ses options globales
cli-about = Accompagner une équipe dans la gestion de l'information de protection (GIP) : les principes, la matrice et le processus PIM.
cli-long-about =
    pim-workshop guide une équipe dans le processus PIM, avec les principes PIM et la matrice PIM comme questions-guides à chaque étape, et consigne réponses, décisions et actions dans un fichier de session enregistré au fil de la saisie.

    Sans commande, il ouvre l'écran d'accueil.
cli-arg-data-dir = Dossier des fichiers de session (par défaut : le dossier de données de la plateforme). Les sessions sont dans DIR/sessions
cli-arg-content = Utiliser un pack de contenu adapté, dans DIR, au lieu du pack anglais intégré
cli-arg-dirs = Lister aussi sur l'écran d'accueil les sessions de DIR (par exemple un lecteur partagé) ; peut être donné plusieurs fois

## Aide : les commandes
cli-about-content = Travailler avec les packs de contenu (le cadre PIM sous forme de données)
cli-about-content-check = Vérifier un pack de contenu (par défaut : le pack intégré). Code de sortie 0 s'il est valide, 1 sinon
cli-about-open = Ouvrir dans l'atelier un fichier de session situé n'importe où sur le disque (en lecture seule si une autre instance l'a ouvert)
cli-about-review = Relire une session en lecture seule : le fichier n'est jamais écrit ni verrouillé
cli-about-new = Créer une session à partir d'un modèle (voir `content` pour les modèles du pack)
cli-about-check = Valider des fichiers de session, sans jamais les modifier. Code de sortie 0 si tous sont valides, 1 sinon
cli-about-restore = Rétablir la précédente bonne version d'une session à partir de sa sauvegarde
cli-about-list = Lister les sessions du dossier de données (ou de --dir DIR) ; les fichiers impossibles à ouvrir sont listés aussi
cli-about-show = Afficher un résumé en texte brut d'une session (pour les tubes, l'impression et les lecteurs d'écran) ; lecture seule
cli-about-export = Exporter une session en Markdown, HTML, CSV, JSON, en note de cadrage ou le registre du paysage de l'information en CSV avec balises HXL, vers la sortie standard ou --out FILE ; lecture seule
cli-about-import-landscape = Importer un tableau du paysage de l'information (CSV avec ou sans ligne de hashtags HXL) dans le registre d'une session. Tout ou rien : une ligne erronée arrête l'import et est signalée par son numéro
cli-about-split = Répartir une session en groupes de travail : un fichier par groupe, à côté d'elle, pour les étapes choisies
cli-about-merge = Ramener les fichiers des groupes en plénière : réponses côte à côte, décisions en propositions ; idempotent
cli-about-summary = Afficher (ou écrire en Markdown) le bilan de fin de journée d'une formation : présences, modules, décisions, actions, parking

## Aide : les arguments des commandes
cli-arg-session-file = Le fichier de session
cli-arg-new-template = Le modèle (type de session), par exemple needs-assessment-scoping, pim-training, full-process, impact-review
cli-arg-new-title = Le titre de la session ; le nom du fichier en est tiré
cli-arg-new-facilitator = Qui anime la session
cli-arg-new-no-open = Créer seulement le fichier et afficher son chemin, sans ouvrir le programme
cli-arg-list-dir = Lister les fichiers de session de DIR au lieu du dossier des sessions du dossier de données
cli-arg-list-json = Afficher un tableau JSON (un objet par fichier) au lieu de texte
cli-arg-export-path = Le fichier de session (il est seulement lu)
cli-arg-export-format = md (Markdown), html (page prête à imprimer), csv (décisions, actions, participants), json, brief (la note de cadrage : Markdown, ou HTML si --out se termine par .html), brief-html ou landscape-csv (le registre du paysage de l'information avec une ligne de hashtags HXL)
cli-format-brief = Note de cadrage (Markdown ; HTML si --out se termine par .html ou .htm)
cli-arg-export-out = Écrire l'export dans ce fichier (créé lisible par vous seul) au lieu de l'afficher
cli-arg-import-csv = Le tableau CSV
cli-arg-split-path = Le fichier de session de la plénière (il est seulement lu)
cli-arg-split-groups = Nombre de groupes (de 1 à 30) ; un fichier par groupe est écrit à côté de la plénière
cli-arg-split-steps = Identifiants d'étapes ou de sous-étapes, séparés par des virgules, sur lesquels travaillent les groupes (une étape vaut pour ses sous-étapes) ; par défaut : toutes les sous-étapes de la session
cli-arg-merge-plenary = Le fichier de session de la plénière ; il n'est enregistré (avec une sauvegarde) que si du nouveau arrive
cli-arg-merge-groups = Les fichiers des groupes à ramener (ils sont seulement lus)
cli-arg-summary-path = Le fichier de la session de formation (il est seulement lu)
cli-arg-summary-day = La journée de formation (par défaut : celle du module en cours de l'ordre du jour, sinon 1)
cli-arg-summary-date = La date de la journée, AAAA-MM-JJ (par défaut : aujourd'hui)
cli-arg-summary-out = Écrire le bilan en Markdown dans ce fichier (lisible par vous seul) au lieu d'afficher du texte

## Aide : ce que clap ajoute à chaque commande (ses titres Usage, Arguments, Options et les mots
## entre crochets sont ceux de clap et restent en anglais)
cli-help-flag = Afficher l'aide
cli-help-flag-short = Afficher l'aide (plus de détails avec « --help »)
cli-help-flag-long = Afficher l'aide (un résumé avec « -h »)
cli-version-flag = Afficher la version
cli-help-command = Afficher ce message ou l'aide des sous-commandes données
cli-help-subcommands = Afficher l'aide des sous-commandes
cli-heading-commands = Commandes

## Échecs (src/cli/failure.rs)
cli-no-terminal = pim-workshop a besoin d'un terminal interactif pour ses écrans. Lancez-le depuis un terminal, ou voyez `pim-workshop --help` pour les commandes qui s'en passent.

## content check (src/cli/content_cmd.rs)
cli-content-unreadable = erreur : { $error }
cli-content-built-in = { $path } (intégré)
cli-content-the-built-in-pack = le pack intégré
cli-content-errors = { $count ->
        [one] { $pack } : { $count } erreur ; corrigez-la et relancez la vérification.
       *[other] { $pack } : { $count } erreurs ; corrigez-les et relancez la vérification.
    }
cli-content-valid = { $pack } : valide ({ $id } { $version }, { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }, { $substeps ->
        [one] { $substeps } sous-étape
       *[other] { $substeps } sous-étapes
    }, { $principles ->
        [one] { $principles } principe
       *[other] { $principles } principes
    }, { $categories ->
        [one] { $categories } catégorie
       *[other] { $categories } catégories
    }, { $terms ->
        [one] { $terms } terme du glossaire
       *[other] { $terms } termes du glossaire
    }, { $templates ->
        [one] { $templates } modèle
       *[other] { $templates } modèles
    })
cli-content-not-valid = Le pack de contenu n'est pas valide : pim-workshop ne démarrera pas. Corrigez les erreurs ci-dessus (vérifiez à nouveau avec `{ $command }`).

## list, show, export (src/cli/export_cmds.rs)
cli-write-failed = impossible d'écrire la sortie ({ $error }).
cli-list-none = Aucun fichier de session dans { $dir }. Créez-en un avec `pim-workshop new`.
cli-list-none-no-folder = Aucun fichier de session dans { $dir } (le dossier n'existe pas encore). Créez-en un avec `pim-workshop new`.
cli-list-heading = { $count ->
        [one] { $count } fichier de session dans { $dir } :
       *[other] { $count } fichiers de session dans { $dir } :
    }
cli-list-heading-broken = { $count ->
        [one] { $count } fichier de session dans { $dir } ({ $broken ->
            [one] { $broken } ne peut pas être ouvert
           *[other] { $broken } ne peuvent pas être ouverts
        }) :
       *[other] { $count } fichiers de session dans { $dir } ({ $broken ->
            [one] { $broken } ne peut pas être ouvert
           *[other] { $broken } ne peuvent pas être ouverts
        }) :
    }
cli-field = { $label } : { $value }
cli-label-operation = Opération
cli-label-facilitator = Facilitateur
cli-label-progress = Avancement
cli-label-decisions = Décisions
cli-label-open-actions = Actions ouvertes
cli-label-file = Fichier
cli-label-warning = Avertissement
cli-label-error = Erreur
cli-list-progress = { $finished ->
        [one] { $finished } sous-étape terminée sur { $total }
       *[other] { $finished } sous-étapes terminées sur { $total }
    }
cli-list-open-overdue = { $open } ({ $overdue } en retard)
cli-list-cannot-open = IMPOSSIBLE À OUVRIR : { $path }
cli-show-about-file = À propos du fichier
cli-show-migrated = Écrit dans la version { $version } du schéma ; affiché mis à niveau. Le fichier n'a pas été modifié (l'ouvrir dans l'atelier le met à niveau).
cli-export-empty-register = le registre du paysage de l'information de cette session est vide ; le tableau n'a que son en-tête et ses lignes HXL.
cli-export-not-scoping = La note de cadrage s'écrit à partir d'une session de cadrage (qui consigne les produits nécessaires, comme le modèle needs-assessment-scoping) ; { $path } utilise le modèle { $template }. Exportez-la plutôt avec --format md ou --format html.
cli-exported = { $path } exporté en { $format } dans { $out }.

## split, merge, summary (src/cli/group_cmds.rs)
cli-split-wrote = { $count ->
        [one] { $count } fichier de groupe écrit pour { $title } (sous-étapes : { $substeps }) :
       *[other] { $count } fichiers de groupe écrits pour { $title } (sous-étapes : { $substeps }) :
    }
cli-split-group = Groupe { $n } : { $path }
cli-split-next = Donnez à chaque groupe son fichier ; ramenez-les ensuite avec : pim-workshop merge PLENARY GROUP...
cli-merge-failed = { $error } Rien n'a été fusionné.
cli-merge-outcome = { $path } : { $outcome }
cli-merge-saved = { $path } enregistré (la version précédente est son .bak).
cli-merge-nothing-new = Rien de nouveau : { $path } n'a pas été modifié.
cli-summary-written = Bilan de la journée { $day } écrit dans { $path }

## import-landscape (src/cli/landscape_cmd.rs)
cli-import-failed = { $error } Rien n'a été importé.
cli-import-not-utf8 = { $path } n'est pas du texte UTF-8. Enregistrez le tableau en « CSV UTF-8 » et réessayez.
cli-import-unreadable = impossible de lire { $path } : { $error }. Vérifiez le chemin et réessayez.
cli-import-locked = { $error } Rien n'a été importé ; fermez d'abord la session là-bas.

## new (src/cli/new_cmd.rs)
cli-new-no-template = il n'y a pas de modèle { $template }. Choisissez parmi : { $known }.
cli-new-title-empty = le titre est vide. Donnez un titre à la session avec --title, par exemple --title "Cadrage Kalma".
cli-new-title-too-long = le titre dépasse { $max } caractères. Raccourcissez-le ; les détails ont leur place dans le contexte de la session.

## check, restore (src/cli/session_cmds.rs)
cli-check-no-file = Aucun fichier de session donné : indiquez un ou plusieurs fichiers .json à vérifier.
cli-check-ok = { $path } : valide
cli-check-ok-warnings = { $path } : valide (avec des avertissements)
cli-restore-refused = { $error } Rien n'a été rétabli.
cli-restored = { $path } rétabli à partir de sa sauvegarde (la version modifiée en dernier le { $changed }). La version remplacée est maintenant { $backup } ; relancez restore pour annuler.
