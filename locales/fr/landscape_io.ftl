# Tableaux du paysage en entrée et en sortie : lecture HXL, formes 3W/4W, classeurs, niveaux de partage. Français.

## Lecture du fichier (à la suite de « impossible de lire FICHIER : »)
landscape-csv-unterminated = la ligne { $line } ouvre une cellule entre guillemets qui n'est jamais fermée ; ajoutez le guillemet fermant (") et importez de nouveau
landscape-csv-stray-quote = la ligne { $line } contient un guillemet (") dans une cellule qui ne commence pas par un guillemet ; mettez toute la cellule entre guillemets ou retirez-le, puis importez de nouveau
landscape-table-empty = le fichier est vide ; exportez de nouveau le tableau depuis son classeur et importez ce fichier
landscape-sheet-unreadable = il ne s'ouvre pas comme un classeur ({ $error }) ; enregistrez-le de nouveau en .xlsx ou en CSV et importez ce fichier
landscape-sheet-missing = le classeur n'a pas de feuille « { $sheet } » ; choisissez l'une de celles-ci avec --sheet : { $sheets }
landscape-read-latin1 = Le fichier n'est pas du texte UTF-8 : il a été lu en Latin-1 (Europe occidentale). Vérifiez les lettres accentuées, ou enregistrez le tableau en « CSV UTF-8 » et importez de nouveau.
landscape-read-sheet = La feuille « { $sheet } » a été lue, la première sur { $count } ; choisissez-en une autre avec --sheet NOM.

## Le compte rendu d'import
landscape-import-not-csv = Rien n'a été importé : { $problem }.
landscape-import-to-classify = { $count ->
        [one] Un système n'a pas encore de catégorie PIM : classez-le sur l'écran de classement (touche C sur le paysage).
       *[other] { $count } systèmes n'ont pas encore de catégorie PIM : classez-les sur l'écran de classement (touche C sur le paysage).
    }
landscape-import-ragged = { $found ->
        [one] la ligne a une cellule alors que l'en-tête en a { $expected }; donnez à chaque ligne les colonnes de l'en-tête
       *[other] la ligne a { $found } cellules alors que l'en-tête en a { $expected }; donnez à chaque ligne les colonnes de l'en-tête
    }
landscape-import-tag-row = La ligne de hashtags HXL a été trouvée à la ligne { $line }, sous les lignes d'en-tête.
landscape-import-several = Plusieurs colonnes correspondent à { $pattern } ({ $columns }) ; la première, { $first }, a été lue.
landscape-import-personal-columns = Les colonnes de coordonnées personnelles ont été écartées et ne sont pas enregistrées : { $columns }. Indiquez plutôt une fonction à contacter.
landscape-import-unknown-columns = Ces colonnes n'ont pas été lues : { $columns }.
landscape-import-personal-value = Ligne { $line } : un numéro de téléphone ou une adresse électronique dans { $column } a été écarté et n'est pas enregistré.
landscape-import-merged = Les lignes { $lines } sont une même activité de { $system } et forment un seul système couvrant { $areas ->
        [one] une zone
       *[other] { $areas } zones
    }.
landscape-import-area-conflict = Le tableau donne à { $area } un autre niveau ou un autre P-code que celui du registre ; celui du registre a été gardé : vérifiez-le sur le paysage.

## Niveaux de partage d'un export
landscape-include-public = Systèmes publics seulement (pour une plateforme de données)
landscape-include-protection-actors = Aussi les systèmes partagés avec les acteurs de la protection
landscape-include-all = Tous les systèmes, avec les diagnostics (la copie de l'équipe)
landscape-include-no-system = aucun autre système
landscape-include-warning = Attention : cet export contient aussi { $count ->
        [one] un système qui n'est pas public
       *[other] { $count } systèmes qui ne sont pas publics
    } ({ $systems }) ; ne le partagez qu'avec ceux que leurs responsables ont acceptés.
landscape-include-warning-diagnoses = Attention : cet export contient aussi { $count ->
        [one] un système qui n'est pas public
       *[other] { $count } systèmes qui ne sont pas publics
    } ({ $systems }) et les diagnostics internes de l'équipe ; gardez-le au sein de l'équipe.

## Formats d'export
format-landscape-long = Registre du paysage, long (une zone par ligne, CSV avec balises HXL)

## Arguments de la ligne de commande
cli-arg-import-sheet = La feuille à lire dans un classeur (.xlsx, .xls, .ods), par son nom ou son numéro (par défaut : la première)
cli-arg-export-include = Pour un tableau du paysage : les systèmes qu'il contient (par défaut public ; protection-actors ou all l'élargissent, avec un avertissement)

## Vérification du contenu de l'ébauche d'accord
content-agreement-missing-section = l'ébauche d'accord n'a pas de section « { $id } » ; ajoutez-la (chaque ébauche en a besoin)
content-agreement-unknown-section = le programme ne remplit aucune section « { $id } » ; utilisez l'une de celles-ci : { $known }

## L'ébauche d'accord de partage de données
format-sharing-agreement = Ébauche d'accord de partage de données (Markdown)
format-sharing-agreement-html = Ébauche d'accord de partage de données (HTML)
agreement-title = Accord de partage de données (ébauche) : { $systems }
agreement-to-fill = [à compléter]
agreement-source = Sections tirées de : { $document }, { $section }.
agreement-providing = Organisations qui fournissent les données
agreement-receiving = Organisation destinataire
agreement-focal-role = Fonction du point focal pour { $system }
agreement-operation = Opération
agreement-purpose = Finalité du partage
agreement-use = Usage que la partie destinataire peut faire des données
agreement-data = Données partagées par { $system }
agreement-aggregation = Niveau d'agrégation pour { $system }
agreement-sensitivity = Sensibilité de { $system }
agreement-sensitivity-public = déjà publiées pour tous
agreement-sensitivity-protection-actors = partagées avec les seuls acteurs de la protection
agreement-sensitivity-internal = gardées aujourd'hui au sein de leur organisation : le partage demande l'accord de leur responsable
agreement-updated = dernière mise à jour le { $date }
agreement-rhythm = Rythme de mise à jour de { $system }
agreement-period = Période couverte par l'accord
agreement-review-date = Date de révision
agreement-channels = Canaux convenus
agreement-encryption = Chiffrement des fichiers et accès aux données chiffrées
agreement-access = Qui peut ouvrir les données dans chaque organisation
agreement-retention = Durée de conservation des données
agreement-disposal = Comment elles sont détruites ou rendues, et qui le confirme
agreement-breach-notice = Comment et dans quel délai une violation est signalée, et à qui
agreement-breach-subjects = Comment les personnes concernées en sont informées
agreement-breach-consequence = Conséquence d'une violation
agreement-pia-required = Si une évaluation d'impact est exigée
agreement-pia-by = Qui la mène, et où ses conclusions sont conservées
agreement-in-place = En place pour { $system }
cli-arg-export-system = Pour l'ébauche d'accord de partage : un système à couvrir, par identifiant, nom ou organisation (à répéter pour plusieurs ; par défaut : tous les systèmes)
cli-agreement-no-system = Aucun système du registre ne correspond à { $systems } ; désignez un système par son identifiant (L-1), son nom ou son organisation, tels que `show` les affiche.

## Le formulaire d'export
export-form-include = Systèmes partagés
export-form-include-hint = ←→ ou Espace : pour un tableau du paysage, les systèmes qu'il contient (publics seulement pour une plateforme de données)

## L'écran de classement rapide
key-ctx-classify = Classement des systèmes dans la matrice
key-classify-systems = classer : donner une catégorie PIM aux systèmes qui n'en ont pas, un à la fois
key-classify-assign = donner : cette catégorie au système, puis passer au suivant
key-classify-skip = passer : laisser ce système pour plus tard
key-classify-back = retour au registre du paysage
classify-title = Classer les systèmes
classify-left = { $count ->
        [one] Un système n'a pas encore de catégorie PIM.
       *[other] { $count } systèmes n'ont pas encore de catégorie PIM.
    }
classify-organisation = Organisation
classify-sector = Secteur
classify-methods = Méthodes
classify-outputs = Produit
classify-shared = Partage
classify-areas = Zones
classify-choose = Choisissez la catégorie de la matrice PIM de ce système (↑↓), puis Entrée :
classify-all-done = Tous les systèmes du registre ont maintenant une catégorie PIM.
classify-only-one = C'est le dernier système à classer : donnez-lui une catégorie, ou appuyez sur Échap pour le laisser à plus tard.
classify-none = Tous les systèmes ont déjà une catégorie PIM ; modifiez-en une avec Entrée sur le système.
