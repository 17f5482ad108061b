## Breakout groups: rounds, members, the groups' Principles in Action, live groups, conflict copies, archive

groups-round-group = Round { $round } · { $group }
groups-round-label-group = { $label } · { $group }
groups-merge-with-principles = { $summary }, { $principles ->
        [one] 1 principle status (as a proposal)
       *[other] { $principles } principle statuses (as proposals)
    }
groups-plan-count = Choose between 1 and { $max } groups, or write the groups by hand.
groups-plan-hand-count = { $written ->
        [one] 1 group is
       *[other] { $written } groups are
    } written by hand but the number of groups is { $count }: make them the same, or leave the number empty.
groups-plan-no-participants = This session has no participants to assign yet: add them first (a in the agenda, then n), or write the groups by hand.

## split on the command line (src/cli/group_cmds.rs)
groups-arg-members = The groups written by hand, "|" between groups: "Water: Amina, *José | Shelter: Rania, Kofi" (an optional name before ":", the rapporteur marked with *); then --groups may be left out
groups-arg-assign = Put the session's participants in the groups: random (shuffled with --seed) or organisation (each organisation spread over the groups)
groups-arg-seed = The number the random assignment is shuffled with: the same number gives the same groups again
groups-arg-names = The groups' names, ";" between them, in order (default: Group 1, Group 2…)
groups-arg-rapporteurs = Who reports back for each group, ";" between them, in group order
groups-arg-round = A label for this breakout round ("Data review"), shown with every group's name
groups-cli-split-group = { $name }: { $path }
groups-members = { $count ->
        [one] 1 member
       *[other] { $count } members
    }: { $names }
groups-rapporteur = rapporteur { $name }
