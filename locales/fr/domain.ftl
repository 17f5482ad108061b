# Les mots du domaine (pim-core) : statuts, et ce que disent les modules session, stockage, paysage,
# cadrage et contenu. Français. Syntaxe Fluent : https://projectfluent.org/

## Statuts (session/status.rs)

status-substep-not-started = pas commencé
status-substep-in-progress = en cours
status-substep-done = terminé
status-substep-skipped = sauté
status-principle-open = ouvert
status-principle-addressed = traité
status-principle-concern = préoccupation
status-principle-not-applicable = sans objet
status-decision-proposed = proposé
status-decision-agreed = accepté
status-decision-rejected = rejeté
status-decision-superseded = remplacé
status-action-open = à faire
status-action-in-progress = en cours
status-action-done = terminé
status-action-dropped = abandonné
# Un mot qui n'est aucune des valeurs d'un statut ; $expected liste les noms du fichier.
status-unknown-word = { $word } ne fait pas partie des valeurs admises : { $expected }

## Échelles de risque (session/risk_levels.rs)

risk-likelihood-unlikely = improbable
risk-likelihood-possible = possible
risk-likelihood-likely = probable
risk-likelihood-very-likely = très probable
risk-impact-minor = mineur
risk-impact-moderate = modéré
risk-impact-major = majeur
risk-impact-severe = grave

## Les mots du registre du paysage (session/landscape.rs)

landscape-shared-unknown = inconnu
landscape-shared-public = public
landscape-shared-protection-actors = acteurs de la protection
landscape-shared-internal-only = interne uniquement
landscape-status-unknown = inconnu
landscape-status-planned = prévu
landscape-status-active = actif
landscape-status-paused = suspendu
landscape-status-ended = terminé
landscape-reliability-unknown = non évaluée
landscape-reliability-low = faible
landscape-reliability-medium = moyenne
landscape-reliability-high = élevée

## Cadrage : comment se lisent les réponses, et la comparaison à partir du produit (scoping/answers.rs, scoping/matching.rs)

scoping-approach-existing = Utiliser les données qui existent déjà.
scoping-approach-existing-and-new = Utiliser les données qui existent déjà, et collecter de nouvelles données en { $categories }.
scoping-approach-new = Nouvelle collecte en { $categories }.
# Listes : « a, b et c », « a, b ou c » ($init : les éléments avant le dernier, séparés par des virgules).
scoping-list-and = { $init } et { $last }
scoping-list-or = { $init } ou { $last }
scoping-nothing-needed = Aucun produit nécessaire choisi pour l'instant : choisissez-les dans la matrice pour voir quelles catégories les fournissent.
scoping-unknown-outputs = { $count ->
        [one] { $count } produit choisi n'est pas dans ce pack de contenu et a été laissé de côté : { $ids }.
       *[other] { $count } produits choisis ne sont pas dans ce pack de contenu et ont été laissés de côté : { $ids }.
    }
scoping-in-operation = dans l'opération
scoping-in-areas = à { $areas }
scoping-in-every-area = dans toutes les zones couvertes
scoping-in-some-areas = à { $covered } (pas à { $missing })
# La part d'une catégorie dans les produits nécessaires : $all vaut « yes » quand elle les fournit
# tous, $requested quand c'est la catégorie demandée, $running quand le registre recense un système de
# ce type en fonctionnement ($place et $systems disent alors où et lesquels ; sinon $place dit où il
# n'y en a pas).
scoping-share = { $all ->
        [yes] { $needed ->
            [one] Votre seul produit nécessaire provient
           *[other] Vos { $needed } produits nécessaires proviennent tous
        }
       *[no] { $count } de vos { $needed } produits nécessaires { $count ->
            [one] provient
           *[other] proviennent
        }
    } de { $category }{ $requested ->
        [yes] {" "}(la catégorie demandée)
       *[no] {""}
    }{ $running ->
        [yes] , déjà en place { $place } : { $systems }.
       *[no] ; le registre du paysage ne recense aucun système de ce type en fonctionnement { $place }.
    }
scoping-fits = La demande convient : chaque produit nécessaire provient de { $requested }.
scoping-partly = La demande couvre { $covered } des { $needed } produits nécessaires ; les autres proviennent de { $others }.
scoping-differs = Aucun des produits nécessaires ne provient de { $requested } : l'exercice tel que demandé ne donnerait pas ce qu'il faut ; { $others } le donnerait.
scoping-points-first = Les produits nécessaires renvoient d'abord à { $category }.
scoping-may-exist = { $existing } des { $needed } produits nécessaires existent peut-être déjà : interrogez { $ask } avant de collecter quoi que ce soit.
scoping-requested = Demandé : { $kind }. Dans la matrice, cela correspond à { $categories }.
scoping-requested-note = Demandé : { $kind }. { $note }

## Ce que les modifications de la session écrivent dans son historique (session/ops.rs et les autres fichiers de session)

session-created = Session créée à partir du modèle { $template }
session-migrated = Migrée du schéma { $from } au schéma { $to } à l'ouverture
session-answered = Réponse à { $prompt }
session-answer-changed = Réponse modifiée : { $prompt }
session-substep-skipped = { $substep } sautée : { $reason }
session-substep-status = { $substep } est maintenant { $status }
session-principle-checked = Principe { $principle } dans { $substep } : { $status }
session-decision-proposed = Décision { $id } proposée : { $title }
session-decision-supersedes = La décision { $id } remplace { $old } : { $title }
session-decision-status = Décision { $id } maintenant { $status }
session-decision-edited = Décision { $id } modifiée : { $title }
session-action-added = Action { $id } ajoutée : { $text }
session-action-status = Action { $id } maintenant { $status }
session-action-edited = Action { $id } modifiée : { $text }
session-risk-added = Risque { $id } ajouté : { $text }
session-risk-edited = Risque { $id } modifié (probabilité { $likelihood }, impact { $impact })
session-risk-removed = Risque { $id } supprimé : { $text }
session-parked = { $id } mis au parking : { $text }
session-parking-resolved = Point { $id } du parking résolu
session-parking-reopened = Point { $id } du parking rouvert
session-participant-added = Participant ajouté : { $name }
session-participant-edited = Participant modifié : { $name }
session-participant-removed = Participant retiré : { $name }
session-context-edited = Contexte de la session modifié
session-renamed = Session renommée : { $title }
session-landscape-added = Paysage { $id } ajouté : { $name }
session-landscape-changed = Paysage { $id } modifié : { $name }
session-landscape-removed = Paysage { $id } supprimé : { $name }
session-sharing-in-place = Paysage { $id } : solution de partage { $item } en place
session-sharing-not-in-place = Paysage { $id } : solution de partage { $item } retirée
session-present = Présence de { $name } le jour { $day }
session-absent = Absence de { $name } le jour { $day }
session-module-finished = Module { $title } terminé : { $took } min sur { $planned } prévues
session-module-reopened = Module { $module } rouvert
session-vote-opened = Vote { $id } ouvert : { $title }
session-vote-closed = Vote { $id } clos : { $result }
session-vote-closed-empty = Vote { $id } clos : aucun point placé

## Groupes de travail : répartition et fusion (session/breakout.rs)

session-group-name = Groupe { $number }
session-unnamed-group = Groupe sans nom
session-split = { $group } issu de la plénière « { $plenary } » pour { $substeps }
session-merged = Fusionné : { $summary }
session-merge-nothing-new = { $group } : rien de nouveau ({ $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    } et { $items ->
        [one] { $items } élément déjà fusionnés
       *[other] { $items } éléments déjà fusionnés
    })
session-merge-summary = { $group } : { $new ->
        [one] { $new } nouvelle réponse
       *[other] { $new } nouvelles réponses
    }, { $changed ->
        [one] { $changed } réponse modifiée
       *[other] { $changed } réponses modifiées
    }, { $decisions ->
        [one] { $decisions } décision (comme proposition)
       *[other] { $decisions } décisions (comme propositions)
    }, { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, { $risks ->
        [one] { $risks } risque
       *[other] { $risks } risques
    }, { $parking ->
        [one] { $parking } point au parking
       *[other] { $parking } points au parking
    }
session-merge-not-a-group = ce n'est pas un fichier de groupe (il n'a pas été créé avec `pim-workshop split`)
session-merge-other-plenary = ce fichier de groupe appartient à une autre plénière ({ $plenary })
session-merge-same-session = c'est la plénière elle-même, pas un fichier de groupe

## Ce qui ne peut pas être fait à une session, et pourquoi (session/ops.rs, voting.rs, dates.rs, drafts.rs)

session-not-found = { $kind ->
        [decision] La décision
        [action] L'action
        [risk] Le risque
        [parking-item] Le point au parking
        [participant] Le participant
        [landscape-entry] L'entrée du registre du paysage
       *[other] L'élément { $kind }
    } { $id } n'existe pas dans cette session ; cet élément a peut-être été supprimé. Choisissez dans la liste.
session-already-superseded = La décision { $id } a déjà été remplacée par { $by } ; remplacez plutôt { $by }.
session-vote-not-found = Le vote { $id } n'existe pas dans cette session.
session-vote-no-dots-left = { $voter } a utilisé ses { $dots } points ; retirez-en un d'abord.
session-vote-no-dot-here = { $voter } n'a aucun point sur cette option.
session-vote-closed-error = Ce vote est clos ; son résultat est enregistré.
session-vote-out-of-range = Ce participant ou cette option n'existe pas dans ce vote.
session-due-not-a-date = { $text } n'est pas une date : écrivez 2026-12-01, +7j ou +2s (jours, semaines), aujourd'hui ou demain
session-due-too-far = { $text } est à plus de dix ans : vérifiez la date
session-decision-empty = la décision est vide : écrivez ce qui a été décidé, en une ligne
session-action-empty = l'action est vide : écrivez ce qui sera fait
session-risk-empty = le risque est vide : écrivez ce qui pourrait mal tourner, et pour qui

## Stockage : ouvrir, vérifier, enregistrer, verrouiller et restaurer les fichiers de session (storage/*)

storage-load-io = { $path } : lecture du fichier impossible ({ $error }) ; vérifiez qu'il existe et que vous avez le droit de le lire.
storage-load-not-a-file = { $path } : ce n'est pas un fichier ordinaire ; choisissez un fichier de session .json.
storage-load-too-large = { $path } : le fichier fait { $size } octets, plus que la limite de { $limit } octets (16 Mio) d'un fichier de session ; ce n'est sans doute pas un fichier de session. Il n'a été ni ouvert ni modifié.
storage-load-invalid = { $location } : { $message }. Le fichier est endommagé ou a été modifié à la main : corrigez-le, ou restaurez sa sauvegarde (`pim-workshop restore FILE`).
storage-load-no-version = { $path } : { $message }, ce n'est donc pas un fichier de session pim-workshop (ou il est endommagé).
storage-load-not-an-object = le niveau supérieur n'est pas un objet JSON
storage-load-no-version-field = il n'y a pas de champ schema_version
storage-load-bad-version = schema_version vaut { $value }, ce n'est pas un numéro de version
storage-load-too-new = { $path } : écrit par une version plus récente de pim-workshop (schéma { $found } ; celle-ci lit jusqu'au schéma { $supported }) : mettez pim-workshop à jour pour l'ouvrir ; le fichier n'a pas été modifié.
storage-load-migration-backup = { $path } : impossible de garder une copie de l'original sous { $backup } avant sa mise à niveau ({ $error }) ; le fichier n'a pas été modifié. Rendez le dossier accessible en écriture (ou copiez le fichier dans un tel dossier) et ouvrez-le à nouveau.
storage-too-many-backups = trop de sauvegardes antérieures
# Ce que l'ouverture d'un fichier a trouvé et corrigé ou laissé tel quel ($kind : decision, action, risk, parking-item).
storage-warn-no-id = la session n'a pas d'identifiant
storage-warn-score = risque { $id } : { $scale ->
        [likelihood] la probabilité
       *[impact] l'impact
    } { $value } est hors de l'intervalle 1–4 ; la valeur { $fixed } est retenue
storage-warn-no-item-id = { $kind ->
        [decision] une décision
        [action] une action
        [risk] un risque
       *[parking-item] un point au parking
    } n'a pas d'identifiant ; impossible de le modifier par identifiant
storage-warn-duplicate-id = l'identifiant { $id } { $kind ->
        [decision] de décision
        [action] d'action
        [risk] de risque
       *[parking-item] de point au parking
    } est utilisé plusieurs fois ; les modifications s'appliquent au premier
storage-warn-superseded-by-nothing = la décision { $id } est remplacée par rien, qui n'est pas dans cette session
storage-warn-superseded-by-missing = la décision { $id } est remplacée par { $by }, qui n'est pas dans cette session
storage-warn-supersedes-missing = la décision { $id } remplace { $old }, qui n'est pas dans cette session
storage-warn-action-decision-missing = l'action { $id } renvoie à la décision { $decision }, qui n'est pas dans cette session
storage-check-older-schema = { $path } : avertissement : utilise l'ancien schéma { $version } ; il sera mis à niveau à l'ouverture (l'original est conservé sous { $backup })
storage-check-warning = { $path } : avertissement : { $warning }
storage-readable-by-others = { $what ->
        [folder] ce dossier
       *[file] ce fichier
    } peut être lu par d'autres utilisateurs de cet ordinateur (mode { $mode }) ; il peut contenir des informations de protection sensibles. Lancez `{ $fix } { $path }` pour le rendre privé.
# $action : ce qui était en cours quand le système a refusé.
storage-save-failed = Impossible { $action ->
        [save] d'enregistrer
        [restore] de restaurer
        [write-backup] d'écrire la sauvegarde
        [keep-current] de garder la version actuelle
        [swap-backup] d'échanger la sauvegarde
        [create-folder] de créer le dossier des sessions
        [create-file] de créer le fichier de session
        [find-name] de trouver un nom de fichier libre
       *[other] de { $action }
    } { $path } : { $error }. Votre travail est toujours en mémoire : vérifiez l'espace disque libre et les droits du dossier, puis enregistrez à nouveau.
storage-too-many-sessions = trop de sessions avec le même nom et la même date
storage-no-backup = { $path } : il n'y a pas de sauvegarde ({ $backup } n'existe pas), il n'y a donc rien à restaurer. Le fichier de session n'a pas été modifié.
storage-bad-backup = La sauvegarde est inutilisable, le fichier de session n'a donc pas été modifié : { $error }
storage-restored = Restaurée à partir de la sauvegarde du { $saved }
storage-lock-held = Cette session est ouverte dans un autre pim-workshop ({ $holder }). Fermez-la d'abord là-bas, ou ouvrez-la en lecture seule ; si ce programme est terminé, réessayez : son verrou est libéré quand il se ferme.
storage-lock-io = Impossible de verrouiller { $path } : { $error }. Vérifiez que le dossier des sessions est accessible en écriture.
storage-holder-user-host = utilisateur { $user } sur l'hôte { $host }
storage-holder-user = utilisateur { $user }
storage-holder-host = sur l'hôte { $host }
storage-holder-pid = pid { $pid }
storage-holder-since = depuis { $since }
storage-holder-unknown = détenteur inconnu
storage-group-count = Choisissez entre 1 et { $max } groupes.
storage-not-merged = non fusionné : { $reason }
storage-not-a-step = { $id } n'est l'identifiant ni d'une étape ni d'une sous-étape ; voir `pim-workshop content check` ou la bibliothèque de référence pour les identifiants
storage-steps-not-in-template = aucune de ces étapes ne fait partie du modèle de cette session

## Registre du paysage : contrôles d'une entrée, et import d'un tableau (landscape/*)

landscape-not-placed = non placé
landscape-name-empty = le nom est vide
landscape-unknown-category = la catégorie { $value } n'est pas une catégorie de la matrice PIM (utilisez un identifiant comme protection-monitoring, ou le nom d'une catégorie)
landscape-bad-last-update = la dernière mise à jour { $value } n'est pas une date écrite AAAA-MM-JJ
landscape-bad-shared-with = partagé avec : { $problem }
landscape-bad-status = statut : { $problem }
landscape-bad-reliability = fiabilité : { $problem }
landscape-unknown-output = le produit { $value } n'est pas un identifiant de produit de la matrice
landscape-unknown-sharing = la solution de partage { $value } ne figure pas dans la liste de contrôle du partage de données
landscape-personal-contact = le rôle de contact contient une adresse électronique ou un numéro de téléphone ; indiquez un rôle, jamais des coordonnées personnelles
landscape-table-not-a-file = ce n'est pas un fichier ordinaire ; choisissez un fichier .csv
landscape-table-too-large = il fait { $size } octets, plus que la limite de { $limit } octets (16 Mio) d'un tableau du paysage
landscape-table-not-utf8 = ce n'est pas du texte UTF-8 ; enregistrez le tableau au format « CSV UTF-8 »
landscape-import-no-name-column = Le tableau n'a pas de ligne d'en-tête avec une colonne « name » (ou une balise #activity+name). Exportez une fois le registre pour voir la disposition attendue (docs/landscape-csv.md).
landscape-import-nothing = Rien n'a été importé : { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    } à corriger d'abord dans { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }.
landscape-import-line = ligne { $line } : { $message }
landscape-import-more = … et { $count } de plus
landscape-import-bad-row = la ligne n'a pas pu être lue comme du CSV ({ $error })
landscape-imported = Tableau du paysage importé : { $added } ajoutés, { $updated } mis à jour, { $unchanged } inchangés.

## Packs de contenu : domaines de compétences, données partagées de la matrice, et ce que trouve `content check` (content/*)

content-competency-skills = Savoir-faire
content-competency-knowledge = Savoirs
content-competency-attitude = Savoir-être
content-shared-broadly = { $text } (largement)
content-shared-restricted = { $text } (acteurs de la protection uniquement)
content-load-io = { $file } : illisible : { $reason }. Vérifiez que le dossier de contenu contient les { $count } fichiers d'un pack (voir docs/content-format.md).
content-load-parse = { $file } : à { $path } : { $message }
content-load-at = { $error } (ligne { $line }, colonne { $column })
content-load-not-embedded = il n'est pas intégré au programme
content-load-too-large = il fait { $size } octets, plus que les { $limit } qu'un fichier de contenu peut faire
content-path-top = (racine)
content-path-end = (fin)
# Un problème : « erreur : process.json : à steps[0].id : … ».
content-issue = { $level ->
        [error] erreur
       *[warning] avertissement
    } : { $file } : à { $path } : { $message }
content-id-not-kebab = l'identifiant { $id } doit être en kebab-case minuscule (a-z, 0-9, -)
content-id-twice = l'identifiant { $id } est utilisé deux fois
content-source-not-listed = le document source { $doc } ne figure pas parmi les documents de pack.json
content-unknown-reference = { $what ->
        [matrix-category] La catégorie de la matrice
        [matrix-row] La ligne de la matrice
        [glossary-term] Le terme du glossaire
        [step] L'étape
        [principle] Le principe
        [substep] La sous-étape
        [scenario] Le scénario
        [category] La catégorie
        [competency] La compétence
        [exercise] L'exercice
       *[other] { $what }
    } { $id } n'existe pas dans ce pack
content-text-empty = le texte est vide
content-no-steps = le processus n'a aucune étape
content-step-number = l'étape { $position } porte le numéro { $number } ; les étapes sont numérotées dans l'ordre à partir de 1
content-step-no-substep = une étape doit avoir au moins une sous-étape
content-substep-no-prompt = une sous-étape doit avoir au moins une question-guide
content-substep-no-output = une sous-étape doit avoir au moins un produit attendu
content-principle-count = le cadre compte { $expected } principes ; ce pack en a { $count }
content-principle-no-question = un principe doit avoir au moins une question d'orientation
content-substep-other-step = la sous-étape { $substep } appartient à l'étape { $step }, pas à { $expected }
content-item-no-prompt = un élément doit avoir au moins une question-guide
content-step-no-in-action = l'étape { $step } n'a pas de questions-guides Principes en action pour le principe { $principle } (un élément avec substep null)
content-row-unknown = la ligne { $row } n'est pas l'un des critères de la matrice ({ $rows })
content-row-must-be-fixed = les lignes définition et produit sont fixées par le cadre : mettez fixed à true
content-row-not-fixed = seules les lignes définition et produit sont fixes : mettez fixed à false
content-row-missing = la ligne { $row } de la matrice manque
content-category-count = la matrice PIM compte { $expected } catégories ; ce pack en a { $count }
content-category-no-output = une catégorie doit avoir au moins un produit (la lecture à partir du produit s'en sert)
content-template-no-substep = un modèle doit avoir au moins une sous-étape
content-extra-prompt-substep = la sous-étape { $substep } ne fait pas partie des sous-étapes de ce modèle
content-prompt-kind-twice = un modèle peut avoir au plus une question-guide de type { $kind } ; celui-ci en a { $count }
content-no-request-kinds = le modèle { $template } demande le type de demande, mais la matrice ne liste aucun type de demande
content-agenda-no-exercises = l'ordre du jour n'a ni exercices ni scénarios
content-exercise-no-minutes = un exercice doit avoir une durée en minutes
content-exercise-incomplete = un exercice doit avoir des consignes et des produits attendus
content-module-no-minutes = un module doit avoir une durée en minutes
content-module-day = le jour { $day } suit le jour { $last } ; les jours commencent à 1, dans l'ordre, sans trou
content-module-no-objectives = un module doit avoir des objectifs d'apprentissage
content-definition-adapted = la définition de { $category } diffère de celle du cadre ; la ligne Définition est fixe et ne devrait pas être adaptée
content-output-adapted = le produit de { $category } diffère de celui du cadre ; la ligne Produit est fixe et ne devrait pas être adaptée

## Affichage : un champ trop long pour être affiché en entier (display.rs)

display-capped = { $text }… [{ $hidden } caractères de plus non affichés]

## Les types de modification du journal
timeline-kind = { $kind ->
        [created] création
        [answer] réponse
        [status] statut
        [principle] principe
        [decision] décision
        [action] action
        [risk] risque
        [parking] parking
        [participant] participant
        [context] contexte
        [landscape] paysage
        [migrated] migration
        [restored] restauration
        [approval] approbation
       *[other] autre
    }
session-landscape-area-set = Zone { $name } : niveau administratif { $level }, P-code { $pcode }
