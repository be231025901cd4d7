## Messages when something goes wrong, said by the app's Rust side: made from the code
## by src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages);
## do not edit the English by hand. Variables hold what the code fills in: a file's
## name, a number, the system's reason, or another message of this file.

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = A JSON export goes into a journal: make one first, or restore an encrypted backup here.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = A line in “{ $heading }” is longer than { $MAX_CHARS } characters. Nothing was lost; split it in two to save it.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = A new journal could not be set up ({ $e }). Nothing else was touched; restart Ebb and try again.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = A quick note can hold up to 100 KB. Longer thoughts fit in a session.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = A rating goes from 0 to 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = A tag is a short word or phrase on one line (up to 60 characters).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = Add at least one step to your list.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = An item to bring up (id { $v1 }) belongs to a session that is neither in the file nor in the journal.

# src/error.rs
error-another-program-is-using-the-b455a5 = another program is using the journal right now. Try again in a moment.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = “body” must hold the form's fields, named, in braces.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = “{ $heading }” can hold { $MAX_ITEMS } lines. Nothing was lost; join or remove a few to save it.

# src/error.rs
error-content-file-62f6eb = content file { $file }: { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = Could not bring the session back

# src/journal/db.rs
error-could-not-check-that-the-64de60 = Could not check that the journal is encrypted

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = Could not check the journal

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = Could not clear the inbox

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = Could not close the journal

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = Could not create the journal file

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = Could not delete every file of the journal

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = Could not delete the session

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = Could not discard the draft

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = Could not encode the key file ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = Could not hand the key to the database

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = Could not import into the journal

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = Could not index the session for search

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = Could not keep what you wrote while the journal is locked

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = Could not make the journal's folder

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = Could not merge the inbox

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = Could not move an unfinished journal aside

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = Could not move the journal aside

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = Could not open a database in memory

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = Could not open the journal

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = Could not re-encrypt the journal

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = Could not read { $v1 }

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = Could not read the backup

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = Could not read the draft

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = Could not read the inbox

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = Could not read the items to bring up

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = Could not read the journal for export

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = Could not read the journal for insights

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = Could not read the journal file

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = Could not read the journal's key file

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = Could not read the journal

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = Could not read the journal for the summary

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = Could not read the notes

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = Could not read the practice records

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = Could not read the session

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = Could not remove deleted sessions

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = Could not remove the note

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = Could not save the draft

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = Could not save the items to bring up

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = Could not save the journal's new key

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = Could not save the journal's key file

# src/journal/notes.rs
error-could-not-save-the-note-590961 = Could not save the note

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = Could not save the practice record

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = Could not save the session

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = Could not seal the backup

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = Could not set aside the notes kept while locked that Ebb cannot read

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = Could not set up the database

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = Could not set up the journal

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = Could not set up the journal's encryption

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = Could not tidy the journal

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = Could not write { $v1 }

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = Could not write the journal

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = Ebb could not read your settings ({ $e }), so it is using its usual settings for now. Your file has not been changed.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = Ebb could not save your settings

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = Ebb could not turn that passphrase into a key ({ $e }). Nothing was changed; try again, and restart Ebb if it keeps happening.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = Ebb does not speak that language yet. Please choose another.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = Ebb has no lines for that country yet.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = Ebb is not allowed to use that place. Choose another, or check the folder's permissions.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = Ebb keeps up to { $MAX_CONTACTS } contacts.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = Give your list a name of up to 60 characters.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = Give your pattern a name, so you can find it again.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = How can you reach { $v1 }? A phone number or another way.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = “{ $v0 }” is not a date and time Ebb can read (it should look like 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = “{ $v0 }” is not a session id.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = { $v1 } is not encrypted, so it is not a journal Ebb made. Ebb will not write to it; it has been left as it is.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = It is not a record Ebb can read (each record is a set of named fields in braces).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = It says where it was ticked off but not when (“doneAt”).

# src/error.rs
error-its-file-is-not-a-c08161 = its file is not a journal this passphrase opens. It was left as it is.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = Its id must be 1 to 64 letters, digits, “-” or “_”.

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = Its text must have 1 to 2,000 characters.

# src/error.rs
error-joined-4710cd = { $action }: { $v1 }

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = “key” must be “new” or a session id.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = Kinds of tears only go with tears during or after the session.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = One of the items to bring up was changed elsewhere. Please look at the list again.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = Please choose 1, 2, 3, 5 or 10 minutes, or open-ended.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = Please choose 15, 30, 45, 60, 90 or 120 minutes.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = Please choose 5, 10, 15, 30 or 60 minutes.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = Please choose a text size from 100% to 175%.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = Please choose the backup file again.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = Please choose the file to import again.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label }: please enter a number of seconds.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label }: please enter a number of seconds, like 4 or 4.5.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = Please give a date as year-month-day.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = Please give each contact a name.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = Please give the date and time of the session.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = Please keep a step to { $ITEM_MAX_CHARS } characters or fewer.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = Please keep each item to { $max_chars } characters.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = Please keep the name to { $NAME_MAX_CHARS } characters or fewer.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = Please keep this to 200 characters.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = Please keep this to { $max } characters or fewer.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = Please use at least { $MIN_PASSPHRASE_CHARS } characters. A few ordinary words in a row are easy to remember and hard to guess.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label }: please use half-second steps, like 4 or 4.5.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = That breathing pattern no longer exists. Please choose another.

# src/error.rs
error-that-disk-can-be-read-2516fe = that disk can be read but not written to. Choose another place, or check the disk.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = That is more items than one session can hold (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = That is more tags than one session can hold (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = That list was deleted.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = That note is already gone.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = That paper size cannot be used.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = That passphrase doesn't open this journal. Nothing was changed; take your time and try again.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = That passphrase doesn't open this backup. Nothing was changed. (If you are sure it is right, the file may have been altered.)

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = That passphrase is longer than Ebb accepts (about a thousand letters, fewer with accents or emoji). Nothing was changed; a shorter one will do.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = That pattern id is too long.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = That pattern was already deleted.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = That pattern was deleted; please save it as a new one.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = That session can no longer be brought back.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = That session is no longer in the journal.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = The backup could not be encrypted, so nothing was saved. Try again in a moment; if it keeps happening, restart Ebb.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = The CSV file could not be made ({ $e }), so nothing was saved. Try again in a moment; if it keeps happening, choose Markdown or JSON.

# src/error.rs
error-the-database-said-739256 = the database said “{ $e }”. { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = the file is too large for that disk. Choose another place for it.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = the file or folder is not there any more. If it was moved, put it back, then try again.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = The first day comes after the last one. Please swap them.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = The journal could not be brought up to date ({ $e }). It was left as it is; restart Ebb and try again.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = The journal could not switch to its safe way of writing (it is in “{ $mode }” mode), so nothing was written. Restart Ebb and try again.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = The journal could not switch back to its safe way of writing (it is in “{ $mode }” mode). Your entries are all there; restart Ebb before writing more.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = The journal is locked. Unlock it with your passphrase to go on.

# src/error.rs
error-the-journal-is-open-in-cc345d = The journal is open in Ebb's command line right now. Nothing was changed; try again when it has finished.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = The journal key could not be sealed.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = The journal's database cannot be read ({ $e }). It has been left exactly as it is.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = The journal's database cannot be read ({ $e }). It has been left exactly as it is; nothing was written to it.

# src/error.rs
error-the-journal-s-folder-can-289b8d = the journal's folder can be read but not written to. Check the disk, then restart Ebb.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = The journal's inbox key is missing. The journal was left as it is.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = The journal's key file names an inbox key Ebb cannot read. It has been left as it is.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = The journal's key file cannot be used: { $problem }. It has been left exactly as it is.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = The journal's key file has unusable settings ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = The journal's key file and database do not belong together. Both were left as they are.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = The PDF could not be made. Nothing was saved; please try again.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = The settings in this backup could not be used ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = the system said “{ $e }”. { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = There is already a journal here. Unlock it instead.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = There is already a pattern called “{ $name }”. Please choose another name.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = There is no journal database here.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = There is no journal yet.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = There is no journal yet to keep this in.

# src/error.rs
error-there-is-no-space-left-d16520 = there is no space left on the disk. Free some space, then try again.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = There is nothing to keep yet.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = There was nothing to reset.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = These key settings are refused: { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = This backup asks for far more work to open than any Ebb backup does, so it was not opened. Nothing was changed; choose the backup Ebb saved.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = This backup holds more than any Ebb journal (over 512 MB), so it was not read. Nothing was changed; choose the backup Ebb saved.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = This backup is damaged at its very start, so it cannot be opened. It was left as it is; if you have another copy, try that one.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = This backup is damaged or incomplete: part of it does not decrypt. It was left as it is; if you have another copy, try that one.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = This backup was made in a newer format than this Ebb can read. Nothing was changed; a newer Ebb can open it.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = This copy of Ebb was built without its encryption, so it will not write to the journal. Your breathing, grounding and support screens still work.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = This could not be encrypted while the journal is locked ({ $e }). Nothing was written; unlock the journal and try again.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = This could not be kept while the journal is locked ({ $e }). Nothing was written; unlock the journal and try again.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = This draft is larger than Ebb can keep (8 MB). What you wrote is still on screen; save part of it as a session, then go on.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = This file is larger than any Ebb export (over 512 MB), so it was not read. Nothing was changed; choose the file Ebb exported.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = This file was encrypted for someone's key rather than with a passphrase, so it is not an Ebb backup. Nothing was changed; choose the backup Ebb saved.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = This is longer than Ebb can keep in one field (2 MB). Could part of it go in another session?

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = This is not an Ebb backup: it does not begin the way Ebb's backups do. Nothing was changed; choose the backup file Ebb saved (its name ends in .age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = This session was deleted. Undo the delete to change it.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = To delete everything, type the word "{ $DELETE_CONFIRMATION }".

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = “tool” must be “pacer” or “grounding”.

# src/error.rs
error-try-again-in-a-moment-982a23 = Try again in a moment; if it keeps happening, restart Ebb.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = “used” is longer than 200 characters.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = Write a short step, like “Hold something warm”.

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = Your plan could not be saved, because this computer's keyring is not answering right now ({ $reason }). What you wrote is still on screen; try again in a moment, or after restarting Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = Your safety plan's file ({ $v1 }) could not be read, so it was left exactly as it is. Breathing, grounding and Need help now all still work.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = Your settings file was damaged ({ $problem }), so Ebb is using its usual settings. It could not be set aside ({ $e }); it is unchanged at { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = Your settings file was damaged, so Ebb started with its usual settings. The old file is kept as { $v1 }.
