# Ebb's words in English for Need help now, the safety plan ("My plan") and the
# aftercare check-in. Read by the interface (ui/js/views/help.js,
# ui/js/views/safety-plan.js, ui/js/check-in.js).
# The words about crisis matter most: keep them calm, plain and direct.
# The screen's own title is `help-now`, in ebb.ftl.

## Need help now

# Shown under the title only when the person came here from a distress rating of 9 or 10.
help-gentle = That sounds really hard right now. Here are some ways to get support, and you can go back whenever you like.
help-lead = You don’t have to get through this alone.
help-danger-title = If you might be in danger
# Named plainly, once, beside the emergency number: people at highest risk should not have to guess this page is for them.
help-emergency = If you are thinking about suicide or about hurting yourself, you deserve help right now, and you do not have to wait until it gets worse. If you might act on it, might hurt someone else, or are not safe where you are, call your local emergency number now.
# $country is the country's name, $number its emergency number (for example "United Kingdom", "999").
help-emergency-call = { $country }: call { $number }.
# Shown when no country is chosen yet, in place of one country's emergency number.
help-emergency-examples = For example: 112 across Europe and in many other countries, 911 in the United States and Canada, 999 in the United Kingdom, 000 in Australia.
help-breathe-title = Slow things down
help-breathe-text = A few long breaths out can help your body settle a little while you decide what to do next.
help-breathe = Breathe with { -app-name }

## Need help now: the person's own contacts

help-people-title = Your people
# Read by screen readers as the name of the list of contacts.
help-contacts-label = Your contacts
help-contacts-empty = Add the people you would like to reach in a hard moment: your therapist, a friend, someone in your family.
help-contact-add = Add a contact
help-contact-edit = Edit
# Read by screen readers on the Edit button; $name is the contact's name as the person wrote it.
help-contact-edit-label = Edit { $name }
help-contact-remove = Remove
# Read by screen readers on the Remove button; $name is the contact's name as the person wrote it.
help-contact-remove-label = Remove { $name }
# Said after a contact is removed; $name is the contact's name.
help-contact-removed = Removed { $name }.
# Said after a contact is saved; $name is the contact's name.
help-contact-saved = Saved { $name }.
help-contact-name = Name
help-contact-reach = How to reach them
help-contact-reach-hint = A phone number, or how you get in touch.
help-contact-note = Note (optional)
help-contact-note-hint = For example: my therapist, Tuesdays.
help-contact-save = Save contact
help-contact-cancel = Cancel

## Need help now: crisis lines for the person's country

# The heading of the section, and the name screen readers give its list of lines.
help-lines = Crisis lines
help-country = Country
# The first choice of the country list, before one is chosen.
help-country-choose = Choose your country
# The last choice of the country list.
help-country-unlisted = My country isn’t listed
help-lines-change = Lines change from time to time: if a number does not work, your local emergency number always does.
# $country is the country's name, $number its emergency number.
help-no-line = { -app-name } doesn’t list a crisis line for { $country } yet, but you can still get help now: call { $number }. If you can, tell someone you trust how you are feeling.
# The person chose "My country isn’t listed".
help-no-lines-unlisted = { -app-name } doesn’t list crisis lines for your country yet, but you can still get help now: call your local emergency number (112 in Europe and in many other countries). If you can, tell someone you trust how you are feeling.
help-no-country = Choose your country to see crisis lines. If it isn’t listed, you can still get help now: call your local emergency number.
# In bold before a line's way to write (a text number or a chat), which follows it.
help-line-text = If speaking is hard:
# Where a crisis line's details come from; $source is the organisation or website.
help-line-source = Source: { $source }
# $source is the organisation or website; $month the month and year the line was last checked ("November 2026").
help-line-source-checked = Source: { $source } (checked { $month })

## My plan: the person's own safety plan, on Need help now

plan-title = My plan
# The heading of the plan shown beside a distress rating of 9 or 10.
plan-yours = Your plan
plan-invite = When you feel steadier, you can write a plan of your own here: the signs to notice, what helps, who to reach, and your reasons to keep going. It takes a few minutes, one step at a time, and you can stop whenever you like.
plan-make = Make my plan
plan-change = Change my plan
plan-print = Print
plan-markdown = Save as Markdown
# The plan as a one-page PDF, in large type.
plan-pdf = Save as PDF
# Only on paper, under a printed plan.
# The plan saved as Markdown: its title, and what stands under a step with nothing written.
plan-markdown-title = My safety plan
plan-markdown-empty = (nothing written yet)
plan-print-emergency = If you might act on thoughts of suicide or of hurting yourself, call your local emergency number now.
# $path is the file the plan was saved to.
plan-exported = Saved your plan to { $path }. That file is not encrypted.
plan-saved = Your plan is saved. It is here whenever you need it.
plan-key-missing = Your plan is still saved, but this computer’s keyring does not have the key to open it, so { -app-name } cannot show it. The file has been left exactly as it is, and it is kept aside if you write a new plan. Everything else here works as always.
plan-write-new = Write a new plan
plan-keyring-unavailable = Your plan is saved, but this computer’s keyring is not answering right now, so { -app-name } cannot open it. Nothing was changed. It should be back after you restart { -app-name } or log in again; everything else here works as always.

## My plan: writing it, one step at a time

# The heading while writing; $step is the step's number, $steps how many there are.
plan-step-count = My plan: step { $step } of { $steps }
# Read by screen readers on each line written; $step is the step's heading ("Things I can do on my own"), $line the line's number.
plan-line-label = { $step }, line { $line }
plan-move-up = Move up
plan-move-down = Move down
plan-remove = Remove
# Read by screen readers on the buttons beside a line; $line is the line as the person wrote it.
plan-move-up-label = Move up: { $line }
plan-move-down-label = Move down: { $line }
plan-remove-label = Remove: { $line }
plan-add-line = Add a line
plan-add-another = Add another line
plan-add = Add
plan-back = Back
# On the last step, in place of Next.
plan-done = Done
plan-next = Next
# In place of Next when nothing is written for this step.
plan-skip = Skip this step
plan-later = Finish later

## My plan: the steps, in reading order
## Each has a heading, a line of help, and an example shown faintly in the empty
## field (never filled in for the person).

plan-warning-signs = Signs that a hard time is coming
plan-warning-signs-help = Thoughts, feelings or things you do that tell you a hard time may be starting.
plan-warning-signs-example = For example: I stop answering messages
plan-on-my-own = Things I can do on my own
plan-on-my-own-help = Small things that take the edge off, without needing anyone else.
plan-on-my-own-example = For example: a long exhale with { -app-name }, a hot shower, a walk round the block
plan-distractions = People and places that take my mind off it
plan-distractions-help = Somewhere to go or someone to be with, without having to talk about how you feel.
plan-distractions-example = For example: the library, my neighbour’s kitchen
plan-people = People I can ask for help
plan-people-help = People you could tell that you are struggling, with how to reach them.
# A made-up name and phone number: use a common name and a number that looks local but is not real.
plan-people-example = For example: Sam, 0123 456 789
plan-professionals = Professionals and services
plan-professionals-help = Your therapist or doctor, and services you could call, day or night.
plan-professionals-example = For example: my therapist, Tuesdays; the crisis line below
plan-safer-surroundings = Making my surroundings safer
plan-safer-surroundings-help = Ways to put distance between you and things you could use to hurt yourself, for now.
plan-safer-surroundings-example = For example: ask someone to keep my medicines for a while
plan-reasons = My reasons to keep going
plan-reasons-help = People, animals, hopes, or anything that matters to you. A few words are enough.
plan-reasons-example = For example: my sister; seeing the sea again

## The aftercare check-in: how long after a session it comes
## (the check-in notice itself is in ebb.ftl)

check-in-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
check-in-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
# Whole hours and a half: "1½ hours", "2½ hours". $hours is the number of whole hours.
check-in-hours-half = { $hours }½ hours
