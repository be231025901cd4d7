# The journal's words in English: the private, encrypted log of therapy sessions.
# Read by the interface (ui/js/views/journal*.js, session-form.js, journal-model.js,
# journal-search.js). Same calm, plain voice as ebb.ftl; glossary.md beside this file.
# "Passphrase", never "password": it can be several words.

## Making the journal (no journal yet)

journal-create-title = Your session journal
journal-create-lead = A private place to note how therapy sessions go: what came up, what helped, what to bring up next time. You never need it to breathe or ground yourself.
journal-create-private = Everything in it is encrypted on this computer and never leaves it. It locks itself when you step away.
journal-choose-passphrase = Choose a passphrase
journal-passphrase-hint = At least 8 characters. A few ordinary words in a row are easy to remember and hard to guess.
journal-passphrase-again = Type it again
# In bold, followed in the same paragraph by journal-forget-no-reset.
journal-forget-warning = If you forget this passphrase, nobody can open your journal again: not you, not us, not anyone.
journal-forget-no-reset = There is no reset and no recovery. Keep it somewhere safe, like a password manager or a note you keep private.
journal-understood = I understand that a forgotten passphrase cannot be recovered
journal-passphrases-differ = The two passphrases are not the same. Please type them again.
journal-tick-the-box = Please tick the box to show you have read how passphrases work here.
journal-create = Make my journal
# On the button while the journal is being made.
journal-creating = Making your journal…
journal-ready = Your journal is ready.
# Heading of the part of the first screen that restores an encrypted backup instead.
journal-restore-title = Or restore from a backup
journal-restore-intro = Moving from another computer, or starting again after a problem? An encrypted backup from { -app-name } brings your journal back, and it opens with the backup’s passphrase.
journal-restored = Your journal is restored.

## Unlocking (the journal is locked)

journal-locked-title = Your journal is locked
# { help-now } is the name of the screen with the emergency number and crisis lines.
journal-locked-lead = Unlock it with your passphrase. Breathing, grounding and { help-now } never need it.
journal-passphrase = Passphrase
journal-unlock = Unlock
# On the button while the passphrase is being checked.
journal-unlocking = Unlocking…
journal-type-passphrase = Please type your passphrase.
# Quick notes written while the journal was locked, sealed and waiting for the next unlock.
journal-pending = { $count ->
    [one] { $count } thing you noted while it was locked will be added when you unlock.
   *[other] { $count } things you noted while it was locked will be added when you unlock.
}
journal-forgot = Forgot your passphrase?
journal-forgot-private = Your journal cannot be opened without it; that is what keeps it private. Take your time: passphrases often come back when you are calmer.
# “Delete the journal” is the name of a button in Settings.
journal-forgot-start-again = If you want to start again, Settings has “Delete the journal”, which removes every file of it for good.

## Said after an unlock (read by screen readers), one sentence after another

journal-unlocked = Unlocked.
# Quick notes written while the journal was locked, now added to it.
journal-unlocked-added = { $count ->
    [one] { $count } thing you noted while it was locked was added.
   *[other] { $count } things you noted while it was locked were added.
}
# Rare: sealed notes that could not be read. "inbox.unreadable" is a file name: keep it as it is.
journal-unlocked-kept-aside = { $count ->
    [one] { $count } thing waiting could not be added, so it was kept aside, still sealed, in the journal's folder (inbox.unreadable). Everything else is here.
   *[other] { $count } things waiting could not be added, so they were kept aside, still sealed, in the journal's folder (inbox.unreadable). Everything else is here.
}

## The journal cannot be opened (damaged or unreadable files)

journal-damaged-title = Your journal can’t be opened right now
journal-damaged-lead = Breathing, grounding and { help-now } all still work.
journal-damaged-nothing-changed = { -app-name } has not changed or overwritten anything. If you would like a fresh journal, the old files can be moved to a folder of their own, untouched, so nothing is lost.
journal-set-aside = Move it aside, then start a new journal or restore a backup
# $path: the folder the old journal's files were moved to.
journal-set-aside-done = The old journal was moved, unchanged, to { $path }. You can make a new journal or restore a backup below.

## The open journal: the timeline

journal-title = Journal
journal-new-session = New session
# The button that locks the journal; journal-lock-key, its keyboard shortcut, follows it.
journal-lock = Lock
# The keyboard shortcut of the Lock button, as written on the keyboard.
journal-lock-key = Ctrl+L
journal-session-deleted = Session deleted.
journal-undo = Undo
# Said to screen readers after Undo brought a deleted session back.
journal-session-back = The session is back.
journal-noticing-title = Worth mentioning to your therapist
journal-noticing-note = These are counts from your own notes, not a judgement or a diagnosis.
journal-bring-up-title = To bring up next time
# After something to bring up; $date: the date and time of the session where it was noted.
journal-noted = (noted { $date })
journal-search-label = Search your sessions
# Read by screen readers as the name of the list of sessions.
journal-sessions-label = Sessions, newest first
journal-show-more = Show more
journal-quick-notes = Quick notes

## The timeline: how many sessions (read by screen readers as the list changes)

journal-count-none = No sessions yet. When you are ready, “{ journal-new-session }” is here.
journal-count-no-match = No sessions match. Try fewer words or filters.
journal-count = { $count ->
    [one] { $count } session.
   *[other] { $count } sessions.
}
# With a search or filters set.
journal-count-matching = { $count ->
    [one] { $count } session matches.
   *[other] { $count } sessions match.
}

## The timeline: the short facts under each session's date, shown joined by " · "

# $before and $after: distress ratings from 0 to 10, or journal-not-rated when not given.
# The arrow reads from before to after.
journal-bit-distress = distress { $before } → { $after }
# Stands in for a distress rating that was not given.
journal-not-rated = –
journal-bit-tears-during = during the session
journal-bit-tears-after = afterwards
journal-bit-tears-both = during and after
journal-bit-signs = { $count ->
    [one] { $count } thing to keep an eye on
   *[other] { $count } things to keep an eye on
}

## The timeline: filters

journal-filters = Filters
# Start date of the sessions shown.
journal-filter-from = From
# End date of the sessions shown.
journal-filter-to = To
journal-filter-therapist = Therapist
journal-filter-tears = Tears
journal-filter-tag = Tag
# The choice that does not narrow the list (any therapist, any tag, any tears).
journal-filter-any = Any
journal-filter-tears-some = Some tears
journal-filter-tears-none = No tears
journal-filter-tears-during = During
journal-filter-tears-after = Afterwards
journal-filter-tears-both = During and after

## One session

# The button back to the timeline. The arrow points back (left in English).
journal-back = ← All sessions
session-edit = Edit
session-export = Export as Markdown…
session-delete = Delete
# $path: the file the session was saved to.
session-exported = Saved to { $path }. It is not encrypted.
session-exported-note = This session was saved as Markdown to { $path }. The file is not encrypted: keep it somewhere private.
# When the person closed the save dialog without choosing a file.
session-not-exported = Nothing was saved.
session-deleted = Session deleted. Undo is available.
session-therapist = Therapist or kind of therapy
session-distress-before = Distress before
session-distress-after = Distress after
session-body = Body afterwards
session-tears = Tears
session-tear-kinds = Kinds of tears
session-came-up = What came up
session-helped = What helped
session-aftercare = Aftercare
session-signs = To keep an eye on
session-tags = Tags
# Things from earlier sessions' "Bring up next time" that were ticked off in this one.
session-brought-up = Brought up from earlier
session-bring-up = Bring up next time

## The session form

session-title-new = New session
session-title-edit = Edit session
session-form-lead = Write as much or as little as you like. Only the date is needed; your words are kept as you type.
session-held-at = When was the session?
session-rating-before = Distress before the session (optional)
session-rating-after = Distress after the session (optional)
session-body-question = How did your body feel afterwards?
# The first choice of a group where one can be picked: nothing was noted about it.
session-not-noted = Not noted
session-tear-kinds-question = What kind of tears? (any that fit)
session-aftercare-done = Aftercare you did
session-signs-question = Anything that is good to keep an eye on?
session-signs-note = Noting these helps you and your therapist see how sessions land. They are not a judgement of you.
session-signs-tools = If it is still with you, something here may help:
session-tags-hint = Separate tags with commas, for example: family, work.
session-carried = From earlier sessions: did you bring these up?
session-bring-up-hint = One per line. These come back in your next session’s form until you tick them off.
# Heading of the choice of a check-in after the session.
session-afterwards = Afterwards
session-check-in = Check in with me later
session-check-in-after = Check in after
session-check-in-note = A quiet notification asks how you are and offers a two-minute exhale. { -app-name } needs to be running then (it can be minimised).
session-save-new = Save session
session-save-changes = Save changes
# Closes the form and keeps what was typed as a draft.
session-close = Close for now

## The session form: the draft (kept as the person types)

session-draft-saving = Saving draft…
# $time: the time of day the draft was kept.
session-draft-kept = Draft kept at { $time }.
# $reason: why, in the system's words.
session-draft-failed = The draft could not be kept: { $reason }
# $time: the time of day the draft was last kept.
session-draft-back = Your unsaved writing from { $time } is back, just as you left it.
# Throws the draft away (a new session).
session-start-over = Start over
# Throws the draft away (editing a saved session).
session-go-back = Go back to the saved session
session-started-over = Started over.
session-back-to-saved = Back to the saved session.

## Said after saving a session (read by screen readers)

journal-saved = Session saved.
# $time: the time of day of the check-in.
journal-saved-check-in = Session saved. { -app-name } will check in with you at { $time }.

## The session form: how the body felt afterwards

session-body-calm = Calm and connected
session-body-revved-up = Revved up (restless, on edge, heart racing)
session-body-shut-down = Shut down (numb, heavy, far away)

## The session form: tears

session-tears-none = No tears
session-tears-during = During the session
session-tears-after = Afterwards
session-tears-both = During and after
session-tear-release = Release
session-tear-grief = Grief
session-tear-recognition = Recognition (feeling seen)
session-tear-overwhelm = Overwhelm
session-tear-connection = Connection

## The session form: signs worth keeping an eye on, and what may help with each

session-sign-worse-for-hours = Felt worse for hours afterwards
session-sign-flooding = Flooded (too much at once)
session-sign-numbness = Numb
session-sign-panic = Panic
session-sign-dissociation = Far away or disconnected
session-tool-far-away = When you feel far away: a grounding list
session-tool-orient = Orient to the room: a grounding list
session-tool-breathe = Breathe with a long, slow breath out
session-tool-hand-on-chest = Hand on chest, slow breath out: a grounding list
session-tool-aftercare = Aftercare after a hard session: a grounding list
session-tool-worse-for-hours = Feeling worse for hours afterwards is worth telling your therapist.

## Quick notes

note-jot-locked = Jot something down without unlocking
note-jot = Jot something down
note-sealed-hint = It is sealed at once and added to your journal the next time you unlock it.
note-keep = Keep this note
note-kept-sealed = Kept, sealed. It will be in your journal when you unlock it.
note-kept = Kept.
note-remove = Remove
# $when: the date and time the note was written.
note-remove-label = Remove the note from { $when }
note-removed = Note removed.
