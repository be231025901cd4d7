# Ebb's words in English: the Patterns screen (breathing patterns to choose from, and
# the person's own). Read by the interface (ui/js/views/patterns.js). The patterns'
# names and descriptions come from elsewhere, and so do the messages about a value
# that cannot be saved.

## Patterns: the list

patterns-title = Breathing patterns
# The name read by screen readers for the list of patterns.
patterns-list = Patterns
patterns-lead = Choose the pattern the pacer uses, or make one of your own.
# A small tag on the pattern the pacer uses now.
patterns-in-use = In use
# A small tag beside a pattern the person made.
patterns-yours = yours
# A small tag beside a pattern whose breath in and breath out are the same length.
patterns-equal-length = equal-length
# Buttons beside a pattern; .aria-label is what a screen reader hears, with $name the pattern's name.
patterns-use = Use
    .aria-label = Use { $name }
patterns-edit = Edit
    .aria-label = Edit { $name }
patterns-delete = Delete
    .aria-label = Delete { $name }
# Shown in place of Delete, to make sure.
patterns-confirm-delete = Yes, delete it
    .aria-label = Yes, delete { $name }
patterns-keep = Keep it
# Said once a pattern is chosen; $name: the pattern's name.
patterns-chosen = The pacer will use “{ $name }”.
# Said once a pattern is deleted; $name: the pattern's name.
patterns-deleted = Deleted “{ $name }”.

## Patterns: making or editing one's own

patterns-make-own = Make your own
# The form's heading while a pattern is edited; $name: its name.
patterns-edit-title = Edit “{ $name }”
# Label of the field for the pattern's name.
patterns-name = Name
# Labels of the four fields, each a number of seconds.
patterns-inhale = Breathe in
patterns-hold-in = Hold after breathing in
patterns-exhale = Breathe out
patterns-hold-out = Hold after breathing out
patterns-seconds-note = All in seconds: 1 to 30 to breathe in and out, 0 to 30 for the holds, in half-second steps.
patterns-save = Save pattern
patterns-cancel-edit = Cancel editing
# Said once a pattern is saved; $name: its name.
patterns-saved = Saved “{ $name }”.
