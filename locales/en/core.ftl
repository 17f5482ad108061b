# The language itself, and dates. English.

language-name = English

month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

# A date in words: 1 December 2026.
date-long = { $day } { $month } { $year }

# Used by the tests: a value given to a message reaches it unchanged.
test-value-passes = Value: { $value }
