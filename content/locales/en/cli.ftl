## The command line (ebb export, backup, restore, check): what it says on the terminal

cli-no-data-folder = could not find your data folder; please give one with --data-dir
cli-in-use = { -app-name } is open and using the journal; close it there, or do this from the window.
# $reason: the system's own words for what went wrong.
cli-terminal-unreadable = could not read the passphrase from the terminal ({ $reason })
cli-stdin-unreadable = could not read standard input ({ $reason })
# Prompts: the passphrase is typed right after them, on the same line.
cli-journal-passphrase = Journal passphrase:{ " " }
cli-backup-passphrase = Backup passphrase:{ " " }
cli-no-journal = there is no journal in { $folder }
# $file: where it was written, or the words of cli-standard-output.
cli-exported = Exported { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} to { $file } (not encrypted).
cli-backed-up = Backed up { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} to { $file }, encrypted with the journal's passphrase.
cli-standard-output = standard output
cli-database-unreadable = the journal's database cannot be read ({ $reason })
cli-not-encrypted = the journal's database is NOT encrypted
cli-open-elsewhere = the journal is open in { -app-name }, or { -app-name } was not closed the last time. Close it (or open and close it once), then check again. Nothing was changed.
# $problems: one problem per line, each on a line of its own after this one.
cli-problems = the journal has problems:{ $problems }
cli-key-fine = Key file: fine (Argon2id, { $mib } MiB, { $passes } passes).
cli-database-fine = Database: encrypted (SQLCipher), every page checks out, search index intact.
cli-sessions = Sessions: { $count }.
cli-waiting = { $count ->
    [one] One note is
   *[other] { $count } notes are
} waiting in the inbox; they are added the next time the journal is unlocked.
cli-nothing-changed = Nothing was changed.
# $list: one record per line, each on a line of its own after this one.
cli-records-refused = { $count ->
    [one] { $count } record
   *[other] { $count } records
} could not be read, so nothing was restored:{ $list }
# $counts: cli-count-* joined, e.g. "3 sessions, 2 practice ratings, 0 notes".
cli-restored = Restored a new journal with { $counts }; it opens with the backup's passphrase.
cli-restored-settings = Settings restored too.
cli-restored-plan = Your safety plan came back too.
cli-restored-contacts = Your contacts came back too.
cli-nothing-added = Everything in this file is already in the journal; nothing was added.
cli-imported = Imported: { $counts }.
cli-count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
cli-count-updated = { $count ->
    [one] { $count } session updated
   *[other] { $count } sessions updated
}
cli-count-ratings = { $count ->
    [one] { $count } practice rating
   *[other] { $count } practice ratings
}
cli-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
cli-write-stdout = could not write to standard output ({ $reason })
cli-write-file = could not write { $file } ({ $reason })
