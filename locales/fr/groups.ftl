## Groupes de travail : tours, membres, les Principes en action des groupes, groupes en direct, copies en conflit, archives

groups-round-group = Tour { $round } · { $group }
groups-round-label-group = { $label } · { $group }
groups-merge-with-principles = { $summary }, { $principles ->
        [one] 1 statut de principe (comme proposition)
       *[other] { $principles } statuts de principes (comme propositions)
    }
groups-plan-count = Choisissez entre 1 et { $max } groupes, ou écrivez les groupes à la main.
groups-plan-hand-count = { $written ->
        [one] 1 groupe est écrit
       *[other] { $written } groupes sont écrits
    } à la main mais le nombre de groupes est { $count } : mettez-les d'accord, ou laissez le nombre vide.
groups-plan-no-participants = Cette session n'a pas encore de participants à répartir : ajoutez-les d'abord (a dans l'agenda, puis n), ou écrivez les groupes à la main.

## split en ligne de commande (src/cli/group_cmds.rs)
groups-arg-members = Les groupes écrits à la main, « | » entre les groupes : "Eau : Amina, *José | Abri : Rania, Kofi" (un nom facultatif avant « : », le rapporteur marqué d'un *) ; --groups peut alors être omis
groups-arg-assign = Répartir les participants de la session dans les groupes : random (mélangés avec --seed) ou organisation (chaque organisation répartie entre les groupes)
groups-arg-seed = Le nombre avec lequel la répartition au hasard est mélangée : le même nombre redonne les mêmes groupes
groups-arg-names = Les noms des groupes, « ; » entre eux, dans l'ordre (par défaut : Groupe 1, Groupe 2…)
groups-arg-rapporteurs = Qui rapporte pour chaque groupe, « ; » entre eux, dans l'ordre des groupes
groups-arg-round = Un libellé pour ce tour de groupes (« Revue des données »), montré avec le nom de chaque groupe
groups-cli-split-group = { $name } : { $path }
groups-members = { $count ->
        [one] 1 membre
       *[other] { $count } membres
    } : { $names }
groups-rapporteur = rapporteur { $name }

## Le formulaire de répartition (src/tui/facil/group_fields.rs)
groups-form-assign = Répartir les participants
groups-form-assign-hint = ←→ pour choisir ; { $count ->
        [0] cette session n'a pas encore de participants (écrivez les groupes à la main ci-dessous)
        [one] 1 participant dans cette session
       *[other] { $count } participants dans cette session
    }
groups-form-assign-none = personne (la salle s'organise)
groups-form-assign-random = au hasard
groups-form-assign-organisation = équilibré par organisation
groups-form-seed = Graine
groups-form-seed-hint = le même nombre redonne les mêmes groupes au hasard
groups-form-seed-bad = Écrivez la graine comme un nombre entier, par exemple 1234.
groups-form-members = À la main
groups-form-members-hint = Eau : Amina, *José | Abri : Rania — « | » entre les groupes, * marque le rapporteur (le nombre de groupes suit alors)
groups-form-names = Noms des groupes
groups-form-names-hint = facultatif, « ; » entre eux : Eau ; Abri ; Santé
groups-form-rapporteurs = Rapporteurs
groups-form-rapporteurs-hint = facultatif, « ; » entre eux, dans l'ordre des groupes
groups-form-round = Libellé du tour
groups-form-round-hint = facultatif : montré avec le nom de chaque groupe, par ex. Revue des données

## Copies en conflit (storage/conflict_copies.rs)
groups-conflict-copy-warning = Un outil de synchronisation a laissé cette copie en conflit de { $original } : appuyez sur J dans la plénière pour fusionner ce qu'elle contient, puis archivez-la avec A ici.
groups-conflict-copy-tag = { $group } (copie en conflit)
groups-conflict-copy-plenary = Copie en conflit

## Groupes en direct (src/tui/live.rs)
groups-live-title = { $group } · { $updated }
groups-updated-ago = { $unit ->
        [now] mis à jour à l'instant
        [s] mis à jour il y a { $n } s
        [min] mis à jour il y a { $n } min
       *[h] mis à jour il y a { $n } h
    }
groups-following = La session a changé sur le disque : cette vue en lecture seule la suit (mise à jour { $time }).

## Les Principes en action des groupes dans le panneau d'orientation (src/tui/view/group_view.rs)
groups-proposal = { $group } propose : { $status }
groups-proposal-note = { $group } propose : { $status } — { $note }

## Archiver les fichiers de groupe fusionnés (storage/archive.rs, src/tui/group_archive.rs)
groups-archive-not-group = Seuls les fichiers de groupe et les copies en conflit des outils de synchronisation peuvent être archivés ici ; celui-ci est une session à part entière.
groups-archive-no-plenary = La plénière d'où vient ce fichier n'est pas dans le même dossier : réunissez-les, fusionnez le fichier avec J dans la plénière, puis archivez-le.
groups-archive-not-merged = Ce fichier contient du travail qui n'est pas encore dans « { $plenary } » : ouvrez la plénière et appuyez sur J pour le fusionner d'abord, puis archivez-le.
groups-archive-open = Ce fichier est ouvert dans un autre pim-workshop ({ $holder }) : fermez-le d'abord, puis archivez-le.
groups-archive-question = Archiver { $group } (entièrement fusionné dans « { $plenary } ») ? Le fichier va dans le dossier archive à côté ; rien n'est supprimé. y archiver, n le garder
groups-archived = { $file } déplacé vers { $path }. Il n'est plus listé ; remettez-le à sa place pour le lister à nouveau.
groups-archive-failed = Le fichier n'a pas été archivé : { $error }
groups-key-archive = archiver : ranger un fichier de groupe fusionné

## Le formulaire de fusion (src/tui/facil/forms.rs)
groups-merged-at = { $group } ({ $time })
groups-merged-already = Déjà fusionnés : { $groups } ; les fusionner à nouveau n'apporte que ce qui a changé.
