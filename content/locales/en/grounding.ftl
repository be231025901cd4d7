# Ebb's words in English: the Ground screen (short checklists to come back to the room
# and the body). Read by the interface (ui/js/views/grounding.js).
# The same calm voice as ebb.ftl: no rush, nothing to get right. The list names and
# their steps come from elsewhere (content/), not from this file.
# Also used on this screen, from ebb.ftl: rating-before, rating-after, help-now.

## Ground: the lists

grounding-title = Ground
grounding-lead = Short ways back into the room and into your body. Go at your own pace; skip anything that doesn’t fit.
# The name read by screen readers for the list of grounding lists.
grounding-lists = Grounding lists
# A small tag beside a list the person made themselves.
grounding-yours = yours

## Ground: making a list of one's own

grounding-make-own = Make your own list
# Label of the field for the new list's name.
grounding-name = Name
# Label of the box where the new list's steps are typed.
grounding-steps = Steps, one per line
grounding-make-list = Make list
# Said once a list is made; $name: the name the person gave it.
grounding-made = Made “{ $name }”.

## Ground: working through a list

# The button back to the index of lists; the arrow points back (turn it in right-to-left languages).
grounding-all-lists = ← All lists
# Legend of the choice between the two ways through a list (the two options follow).
grounding-show = Show
grounding-one-step = One step at a time
grounding-whole-list = The whole list
# After a step that asks the person to notice something, beside the box where they may type it.
grounding-notice-private = (only for you; not saved)
# $step: the step shown; $steps: how many steps the list has.
grounding-step-count = Step { $step } of { $steps }
grounding-back = Back
grounding-next = Next
# The last step's button: it ends the list.
grounding-finish = Finish
# The keys for one step at a time: Enter or the right arrow for the next step, the left arrow for the one before.
grounding-keys = Enter or → for the next step, ← to go back.
# Label of the field to add a step to the list open.
grounding-add-step-label = Add a step to this list
grounding-add-step = Add step
grounding-step-added = Step added.
grounding-delete-list = Delete this list
# Said once the person's own list is deleted.
grounding-list-deleted = Deleted your list.
# Undoes the steps the person added to one of the lists that come with the app.
grounding-reset = Reset to the original
# Said once a list is reset.
grounding-list-reset = Back to the original list.
# Ends the list when it is shown whole, with ticks.
grounding-done = I’m done

## Ground: the end of a list

grounding-how-now = How are you now?
grounding-steadier = I feel steadier
grounding-overwhelmed = Still overwhelmed
# The answer to “I feel steadier”.
grounding-steadier-reply = Glad something shifted. Take your time before you move on.
grounding-back-to-lists = Back to the lists
# The answer to “Still overwhelmed”: gentle, never a failure. Breathing or help follow as two buttons.
grounding-overwhelmed-reply = That’s okay. Some moments need more than a list. You could breathe for a few minutes, or reach out to someone.
# Opens the breathing pacer.
grounding-breathe = Breathe with { -app-name }
