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

## The split form (src/tui/facil/group_fields.rs)
groups-form-assign = Assign participants
groups-form-assign-hint = ←→ to choose; { $count ->
        [0] this session has no participants yet (write the groups by hand below)
        [one] 1 participant in this session
       *[other] { $count } participants in this session
    }
groups-form-assign-none = nobody (the room sorts itself out)
groups-form-assign-random = at random
groups-form-assign-organisation = balanced by organisation
groups-form-seed = Seed
groups-form-seed-hint = the same number draws the same random groups again
groups-form-seed-bad = Type the seed as a whole number, for example 1234.
groups-form-members = By hand
groups-form-members-hint = Water: Amina, *José | Shelter: Rania — "|" between groups, * marks the rapporteur (the number of groups then follows them)
groups-form-names = Group names
groups-form-names-hint = optional, ";" between them: Water; Shelter; Health
groups-form-rapporteurs = Rapporteurs
groups-form-rapporteurs-hint = optional, ";" between them, in group order
groups-form-round = Round label
groups-form-round-hint = optional: shown with every group's name, e.g. Data review

## Conflict copies (storage/conflict_copies.rs)
groups-conflict-copy-warning = A sync engine left this conflict copy of { $original }: press J in the plenary to merge what it holds, then archive it with A here.
groups-conflict-copy-tag = { $group } (conflict copy)
groups-conflict-copy-plenary = Conflict copy

## Live groups (src/tui/live.rs)
groups-live-title = { $group } · { $updated }
groups-updated-ago = { $unit ->
        [now] updated just now
        [s] updated { $n } s ago
        [min] updated { $n } min ago
       *[h] updated { $n } h ago
    }
groups-following = The session changed on disk: this read-only view follows it (updated { $time }).

## The groups' Principles in Action in the guidance panel (src/tui/view/group_view.rs)
groups-proposal = { $group } proposes: { $status }
groups-proposal-note = { $group } proposes: { $status } — { $note }

## Archiving merged group files (storage/archive.rs, src/tui/group_archive.rs)
groups-archive-not-group = Only group files and sync engines' conflict copies can be archived here; this is a session of its own.
groups-archive-no-plenary = The plenary this file came from is not in the same folder: put them together, merge the file with J in the plenary, then archive it.
groups-archive-not-merged = This file holds work that is not in "{ $plenary }" yet: open the plenary and press J to merge it first, then archive it.
groups-archive-open = This file is open in another pim-workshop ({ $holder }): close it there first, then archive it.
groups-archive-question = Archive { $group } (all merged into "{ $plenary }")? The file moves to the archive folder beside it; nothing is deleted. y archive, n keep it
groups-archived = { $file } moved to { $path }. It is no longer listed; move it back to list it again.
groups-archive-failed = The file was not archived: { $error }
groups-key-archive = archive: move a merged group file aside

## The merge form (src/tui/facil/forms.rs)
groups-merged-at = { $group } ({ $time })
groups-merged-already = Merged already: { $groups }; merging them again brings only what changed.
