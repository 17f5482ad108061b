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
