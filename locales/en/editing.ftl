# The editing layer, English: text fields, forms, checklists, confirmations (issue 17). The part of a
# key description before a colon is the footer's short form: keep it short.

## Context titles (help overlay, docs/keys.md).
edit-ctx-text-field = Typing in a text field (answers, form fields, searches)
edit-ctx-choice = A form's field with one option to choose
edit-ctx-checklist = A form's checklist (several options to tick)
edit-ctx-confirm = A question waiting for yes or no
edit-doc-also = The keys of "{ $keys }" work here too.

## Typing keys.
edit-key-new-line = new line or next field: a new line in an answer or a multi-line field; in a one-line field, the next field (the last one saves)
edit-key-undo = undo: the last change to the text
edit-key-redo = redo: the change just undone
edit-key-char-left = cursor one character left
edit-key-char-right = cursor one character right
edit-key-word-left = cursor one word left
edit-key-word-right = cursor one word right
edit-key-line-start = cursor to the start of the line
edit-key-line-end = cursor to the end of the line
edit-key-line-up = cursor one line up (in a form, the field above from the first line)
edit-key-line-down = cursor one line down (in a form, the field below from the last line)
edit-key-select-left = select one character left
edit-key-select-right = select one character right
edit-key-select-start = select to the start of the line
edit-key-select-end = select to the end of the line
edit-key-select-all = select all the text
edit-key-delete-back = delete the character before the cursor (or the selection)
edit-key-delete-forward = delete the character under the cursor
edit-key-delete-word = delete the word before the cursor
edit-key-delete-to-end = delete to the end of the line (undo brings it back)
edit-key-cut = cut the selection
edit-key-paste-cut = paste what was cut (the terminal's own paste works too)

## Form keys.
edit-key-field-up = the field above (in a multi-line field, the line above)
edit-key-field-down = the field below (in a multi-line field, the line below)
edit-key-cancel-form = cancel: asks first when something was typed
edit-key-quit-form = quit the program (asks first when something was typed)
edit-key-next-or-save = next field (the last one saves)
edit-key-tick = tick: the option under the cursor
edit-key-option-up = the option above (↑ too; from the first, the field above)
edit-key-option-down = the option below (↓ too; from the last, the field below)
edit-key-options-page-up = ten options up
edit-key-options-page-down = ten options down

## Confirmations.
edit-key-yes = yes
edit-key-no = no: keep things as they are
edit-key-quit-confirm = quit the program
edit-confirm-hint = y yes · n or Esc no
edit-discard-form = Discard what you typed in “{ $title }”? (y/N)
edit-quit-form = Quit and discard what you typed in “{ $title }”? (y/N)
edit-close-session = Close “{ $title }” and go back to the session list? (y/N)
edit-remove-system = Remove the system “{ $name }” with all its fields? (y/N)
edit-removed-system = System “{ $name }” removed; the timeline keeps a note of it.

## Checklists and text fields.
edit-chosen-count = { $n } of { $total } chosen
edit-more-below = ▼ more
edit-more-above = ▲
edit-key-editor-new-line = new line: Ctrl+J and Alt+Enter too, never a deletion
edit-timeline-timer-reset = Timer of { $what } reset to zero (its recorded time removed)
edit-reset-timer = Reset the timer of “{ $what }” to zero? Its recorded time is removed. (y/N)
edit-ctx-risks = Risk register
edit-ctx-coverage = Coverage grid (read-only)
edit-ctx-training = Workshop of a training (agenda, presenter view, groups, votes)
edit-key-side-down = comparison: the pane beside the list, scrolled down (▼ more)
edit-key-side-up = the pane beside the list, scrolled up
edit-clear-search = Clear the search “{ $query }”? (y/N)
edit-timeline-action-removed = Action { $id } removed: { $text }
edit-timeline-risk-removed = Risk { $id } removed: { $text }
edit-timeline-parking-removed = Parking-lot point { $id } removed: { $text }
edit-remove-record = Remove { $id }: “{ $text }”? The timeline keeps a note of it. (y/N)
edit-removed-record = { $id } removed; the timeline keeps a note of what it said.
edit-decisions-stay = Decisions are never removed, so the trail stays whole: supersede this one with s, or open it with Enter and set its status to rejected.
edit-key-remove-record = remove: the action, risk or parking-lot point under the cursor (asks first)
