# La langue elle-même, et les dates. Français.

language-name = Français

month-name = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }

# Une date en toutes lettres : 1 décembre 2026 (1er pour le premier du mois).
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

# Pour les tests : une valeur donnée à un message y arrive telle quelle.
test-value-passes = Valeur : { $value }
