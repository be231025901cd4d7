# Ebb's words in English: the Settings screen, the breathe-now shortcut, the
# aftercare check-in, export, backup and import, and a few words the whole app
# shares (a journal locked from anywhere, an error without a reason).
# The title "Settings" and the language section are in ebb.ftl.

## Settings: appearance and sound

settings-saved = Saved.
settings-theme = Theme
settings-theme-system = Follow my system
settings-theme-light = Light
settings-theme-dark = Dark
settings-motion = Motion
settings-motion-note = Reduced motion keeps the breathing circle still and changes its brightness instead of its size.
settings-motion-system = Follow my system
settings-motion-reduced = Reduce motion
settings-motion-full = Full motion
settings-text-size = Text size
settings-text-size-note = Every screen follows this size; at larger sizes some screens scroll.
# A text size the person can choose; $percent is 100 here (the size the app starts with).
settings-text-size-usual = { $percent }% (usual)
# A larger text size: $percent is 115, 130, 150 or 175.
settings-text-size-percent = { $percent }%
settings-sound = Sound
settings-sound-tones = Soft tones while breathing (a rising tone to breathe in, a lower one to breathe out)

## Settings: the journal

settings-journal-title = Journal
settings-lock-after = Lock the journal after this long without use
# An option of the list above.
settings-lock-after-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-pass-title = Change the passphrase
settings-pass-current = Current passphrase
settings-pass-new = New passphrase
settings-pass-again = New passphrase again
settings-pass-fresh = Also lock the journal with a brand-new key
settings-pass-fresh-hint = Recommended. The whole journal is encrypted again, so an old copy of its files cannot be opened with the old passphrase. It takes a moment longer.
settings-pass-change = Change passphrase
settings-pass-not-same = The two new passphrases are not the same.
settings-pass-changing = Changing…
settings-pass-changed = Changed. Use the new passphrase from now on.
settings-delete-title = Delete the journal
# $word is the word the person must type to delete the journal, exactly as the app
# checks it ("delete"): it comes from the app, not from this file.
settings-delete-hint = This removes every session, note, draft and rating in the journal, for good. It cannot be undone. To go ahead, type the word { $word }.
# The label of the box where the word is typed; $word as above.
settings-delete-label = Type { $word } to confirm
settings-delete-button = Delete everything in the journal
settings-deleted = The journal and all its files are gone.

## Settings: how the safety plan and contacts are kept

settings-plan-title = Your safety plan and contacts
settings-plan-keyring = Your plan and your contacts are encrypted, with the key kept in this computer’s keyring, so they open without your journal passphrase and are never plain on disk.
settings-plan-private-file = This computer has no keyring { -app-name } can use, so your plan and your contacts are kept in a file only your user account can open. It is not encrypted.
settings-plan-key-missing = Your plan and contacts are saved, but this computer’s keyring no longer has their key, so { -app-name } cannot open them. The file is left untouched, and anything you write now is kept in a new one.

## Settings: the person's data

settings-data-title = Your data
settings-data-about = Your journal is yours: take it to your therapist, keep a backup, or move it to a new computer. These need the journal unlocked, except restoring into an empty { -app-name }.

## Key names, as a shortcut shows them ("Ctrl+Alt+Shift+B")

-key-ctrl = Ctrl
-key-alt = Alt
-key-shift = Shift
-key-super = Super
# The Control key.
shortcut-key-ctrl = { -key-ctrl }
# The Alt key (Option on a Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# The Windows or Command key.
shortcut-key-super = { -key-super }

## Settings: the breathe-now shortcut

shortcut-title = Breathe from anywhere
shortcut-on = A shortcut that brings { -app-name } forward and starts breathing, whatever app you are in
shortcut-label = Shortcut
# "B" is the letter key of the example shortcut.
shortcut-hint = With this box selected, press the keys together; or type them, like { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. Use at least two of { -key-ctrl }, { -key-alt } and { -key-super }, so the shortcut takes nothing other apps need.
shortcut-use = Use this shortcut
# $shortcut is the shortcut as the box shows it, like "Ctrl+Alt+Shift+B".
shortcut-active = { $shortcut } brings { -app-name } forward and starts breathing, from anywhere on your desktop.
shortcut-off = The shortcut is off.
shortcut-none = There is no working shortcut right now.

## Settings: the aftercare check-in

settings-check-in-title = Aftercare check-in
settings-check-in-about = When you log a session, you can ask { -app-name } to check in with you later: a quiet notification asks “{ check-in-question }”, and choosing it opens the pacer. It only happens when you ask, one session at a time, and only while { -app-name } is running (it can be minimised).
settings-check-in-after = Check in after
settings-check-in-cancel = Call it off
settings-check-in-cancelled = The check-in is called off.
# $time is the time of day the check-in is due, like "9:05 PM".
settings-check-in-set = A check-in is set for { $time }.

## Export

transfer-export-title = Export
transfer-export-warning = Exported files are not encrypted.
transfer-export-warning-more = Anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.
transfer-format = Format
transfer-format-markdown = Markdown
transfer-format-markdown-about = Readable anywhere; good for sharing a few sessions with your therapist.
transfer-format-json = JSON
transfer-format-json-about = Everything, in full, and { -app-name } can import it again.
transfer-format-csv = CSV
transfer-format-csv-about = One row per session, for a spreadsheet.
transfer-from = From (optional)
transfer-to = To (optional)
transfer-export-button = Export…
# $path is where the file was saved.
transfer-export-saved = { $sessions ->
    [one] Saved { $sessions } session to { $path }. It is not encrypted.
   *[other] Saved { $sessions } sessions to { $path }. It is not encrypted.
}
transfer-nothing-saved = Nothing was saved.

## Encrypted backup

transfer-backup-title = Encrypted backup
transfer-backup-about = One file with your whole journal and your settings, encrypted with your journal passphrase. Keep it on another drive to move to a new computer or to recover from a broken one. It opens with the same passphrase.
transfer-backup-pass = Journal passphrase
transfer-backup-button = Save a backup…
transfer-backup-no-pass = Please type your journal passphrase.
transfer-backup-checking = Checking the passphrase…
# $path is where the backup was saved.
transfer-backup-saved = { $sessions ->
    [one] Backup saved to { $path } ({ $sessions } session, encrypted).
   *[other] Backup saved to { $path } ({ $sessions } sessions, encrypted).
}

## Import or restore

transfer-import-title = Import or restore
transfer-import-intro = A JSON export or an encrypted backup from { -app-name }. You see what it holds before anything changes; what is already in your journal stays as it is, so importing the same file twice adds nothing.
transfer-choose = Choose a file…
# The button that confirms an import from an export file.
transfer-import = Import
# The button that confirms restoring a backup into an empty journal.
transfer-restore = Restore
transfer-cancel = Cancel
transfer-importing = Importing…
transfer-restoring = Restoring…
transfer-nothing-changed = Nothing was changed.
# $reason is why the import failed, in a sentence of its own.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Begins the message after an import; what was added follows it.
transfer-import-done = Done.
transfer-settings-back = Your settings came back too.
transfer-plan-back = Your safety plan came back too.
transfer-contacts-back = Your contacts for { help-now } are here too.
transfer-nothing-added = Everything in this file was already in your journal; nothing was added.
transfer-preview =
    .aria-label = What this file holds
transfer-restore-note = A new journal will be made with the backup’s passphrase, and it will open at once.
# $name is the file's name (shown in bold).
transfer-encrypted-backup = { $name } is an encrypted backup.
transfer-backup-passphrase = The backup’s passphrase
transfer-open-backup = Open the backup
transfer-opening = Opening…
# $name is the file's name.
transfer-problems = { $count ->
    [one] { $count } record in { $name } could not be read, so nothing was imported.
   *[other] { $count } records in { $name } could not be read, so nothing was imported.
}
transfer-problems-unchanged = Nothing in your journal was changed. Here is what is wrong:
# One record of the file that could not be read: $section is the name of its
# list in the file (like "sessions", as the file spells it), $number its place in
# that list, $id its id in the file, $reason what is wrong with it.
transfer-problem = { $section } #{ $number }: { $reason }
transfer-problem-with-id = { $section } #{ $number } ({ $id }): { $reason }
# After a list of problems: how many more there are.
transfer-problems-more = …and { $count } more.
transfer-nothing-imported = Nothing was imported.

## The whole app

# Said on the journal screen when the journal was locked from anywhere (Ctrl+L, the tray).
app-journal-locked = Journal locked.
# Said as a notice when the journal was locked before the journal screen was opened.
app-journal-is-locked = Your journal is locked.
# When something failed and gave no reason of its own.
app-something-went-wrong = Something went wrong, so that did not finish. Breathing, grounding and { help-now } all still work.
