## The command line (ebb export, backup, restore, check): what it says on the terminal

# `ebb --help`. Option names, command names, FILE, DIR, DATE, YYYY-MM-DD and the
# exit codes stay as they are; keep the columns lined up.
cli-usage =
    Ebb: a small, private companion for the hard moments around therapy.

    Usage: ebb [OPTIONS]
           ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
           ebb backup --out FILE [--data-dir DIR]
           ebb restore FILE [--data-dir DIR]
           ebb check [--data-dir DIR]
           ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    Options:
      --breathe          Start breathing with the pacer at once. If Ebb is already
                         open, its window comes forward and starts breathing.
      --data-dir DIR     Keep every file Ebb writes under DIR (for portable use or
                         testing). The EBB_DATA_DIR environment variable does the same;
                         the option wins when both are given.
      -h, --help         Show this help.
      -V, --version      Show Ebb's version.

    Without --data-dir, Ebb uses your system's usual folders for app settings and data.

    Commands (no window opens; each asks for the journal's passphrase):
      export    Writes the journal to FILE: json (complete, can be imported again),
                md (Markdown, to read or share) or csv (one row per session).
                --from and --to (YYYY-MM-DD) choose sessions for md and csv.
                These files are NOT encrypted. --out - writes to standard output.
      backup    Writes an encrypted backup of the journal and settings to FILE,
                sealed with the journal's passphrase (age format: `age -d FILE`
                opens it too).
      restore   Restores a backup (or imports a JSON export) from FILE. With no
                journal here, a new one is made with the backup's passphrase.
                Records already in the journal are kept; importing twice adds nothing.
      check     Checks that the journal is encrypted and that every page and the
                search index are intact.
      summary   Writes a page for your next session to FILE.pdf: what is still to
                bring up, distress before and after sessions, what was worth
                mentioning and what helped, from --from to --to (YYYY-MM-DD; by
                default the month up to today). Session notes stay out; choose them
                in the window. The PDF is NOT encrypted.

    Passphrases are read from the terminal without echo, or, when standard input is
    not a terminal, one per line from standard input (restore: the backup's
    passphrase, then the journal's if it differs). Never from an argument.

    Exit codes:
      0  done
      1  something else went wrong (the message says what)
      2  the command line was not understood
      3  wrong passphrase
      4  there is no journal here (export, backup, check, summary)
      5  the journal is damaged or not encrypted (check found a problem)
      6  the file to restore was refused (not an Ebb file, damaged, or invalid records);
         nothing was changed
      7  Ebb is open and using the journal (close it there, or use the window)

# When the command line is not understood.
cli-data-dir-needs-folder = --data-dir needs a folder, e.g. --data-dir ~/ebb-data
# $flag: an option like --out; $what: one of the cli-what-* messages.
cli-flag-needs = { $flag } needs { $what }
cli-what-folder = a folder
cli-what-file = a file name
cli-what-format = json, md or csv
cli-what-date = a date (YYYY-MM-DD)
# $value: what was typed, in quotes.
cli-format-not = --format is json, md or csv, not { $value }
cli-date-not = { $flag } needs a date as YYYY-MM-DD, not { $value }
# $command: export, backup, restore or check.
cli-does-not-take = ebb { $command } does not take { $value }
cli-export-needs-format = ebb export needs --format json, md or csv
cli-export-needs-out = ebb export needs --out FILE (or --out - for standard output)
cli-summary-needs-out = ebb summary needs --out FILE.pdf (or --out - for standard output)
cli-what-paper = a4 or letter
cli-paper-not = --paper is a4 or letter, not { $value }
cli-from-after-to = --from { $from } comes after --to { $to }; please swap them
cli-backup-needs-out = ebb backup needs --out FILE
cli-restore-needs-file = ebb restore needs the FILE to restore
# $argument: what was given, in quotes.
cli-ignoring = ignoring unknown argument { $argument } (see ebb --help)

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
# $pages: the PDF's pages; $file: where it was written, or the words of cli-standard-output.
cli-summary-written = Wrote { $pages ->
    [one] one page
   *[other] { $pages } pages
} for your next session to { $file } (not encrypted).
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
