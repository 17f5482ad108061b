# The workshop's guidance panel (Principles in Action) and its keys.
guidance-ctx = Workshop: guidance panel
guidance-key-prev-principle = previous principle
guidance-key-next-principle = next principle
guidance-key-status = status: set the principle to addressed, concern, not applicable or open
guidance-key-note = note: write how the team discussed this principle here
guidance-key-scroll = scroll: page down through the notes and the glossary
