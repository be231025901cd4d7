## Die Kommandozeile (ebb export, backup, restore, check): was sie im Terminal sagt
# Quelle ist en/cli.ftl. Optionsnamen (--data-dir), Dateiformate, „SQLCipher“,
# „Argon2id“ und „MiB“ bleiben, wie sie sind.

cli-no-data-folder = dein Datenordner wurde nicht gefunden; bitte gib einen mit --data-dir an
cli-in-use = { -app-name } ist geöffnet und nutzt das Tagebuch; schließ es dort, oder mach das im Fenster.
# $reason: die Worte des Systems dafür, was schiefgegangen ist.
cli-terminal-unreadable = die Passphrase konnte nicht vom Terminal gelesen werden ({ $reason })
cli-stdin-unreadable = die Standardeingabe konnte nicht gelesen werden ({ $reason })
# Eingabeaufforderungen: Die Passphrase wird direkt danach eingegeben, in derselben Zeile.
cli-journal-passphrase = Passphrase des Tagebuchs:{ " " }
cli-backup-passphrase = Passphrase der Sicherung:{ " " }
cli-no-journal = in { $folder } gibt es kein Tagebuch
# $file: wohin geschrieben wurde, oder die Worte von cli-standard-output.
cli-exported = { $sessions ->
    [one] { $sessions } Sitzung
   *[other] { $sessions } Sitzungen
} exportiert nach: { $file } (nicht verschlüsselt).
cli-backed-up = { $sessions ->
    [one] { $sessions } Sitzung
   *[other] { $sessions } Sitzungen
} gesichert nach: { $file }, verschlüsselt mit der Passphrase des Tagebuchs.
cli-standard-output = Standardausgabe
cli-database-unreadable = die Datenbank des Tagebuchs kann nicht gelesen werden ({ $reason })
cli-not-encrypted = die Datenbank des Tagebuchs ist NICHT verschlüsselt
cli-open-elsewhere = das Tagebuch ist in { -app-name } geöffnet, oder { -app-name } wurde beim letzten Mal nicht richtig beendet. Schließ es (oder öffne und schließ es einmal) und prüf dann noch einmal. Es wurde nichts verändert.
# $problems: ein Problem pro Zeile, jedes in einer eigenen Zeile nach dieser.
cli-problems = das Tagebuch hat Probleme:{ $problems }
cli-key-fine = Schlüsseldatei: in Ordnung (Argon2id, { $mib } MiB, { $passes } Durchläufe).
cli-database-fine = Datenbank: verschlüsselt (SQLCipher), jede Seite ist in Ordnung, Suchindex intakt.
cli-sessions = Sitzungen: { $count }.
cli-waiting = { $count ->
    [one] Eine Notiz wartet im Eingang; sie wird hinzugefügt, wenn das Tagebuch das nächste Mal entsperrt wird.
   *[other] { $count } Notizen warten im Eingang; sie werden hinzugefügt, wenn das Tagebuch das nächste Mal entsperrt wird.
}
cli-nothing-changed = Es wurde nichts verändert.
# $list: ein Eintrag pro Zeile, jeder in einer eigenen Zeile nach dieser.
cli-records-refused = { $count ->
    [one] { $count } Eintrag konnte
   *[other] { $count } Einträge konnten
} nicht gelesen werden, deshalb wurde nichts wiederhergestellt:{ $list }
# $counts: cli-count-* verbunden, z. B. „3 Sitzungen, 2 Bewertungen von Übungen, 0 Notizen“.
cli-restored = Ein neues Tagebuch wurde wiederhergestellt, mit { $counts }; es öffnet sich mit der Passphrase der Sicherung.
cli-restored-settings = Die Einstellungen sind auch wiederhergestellt.
cli-restored-plan = Dein Krisenplan ist auch wieder da.
cli-restored-contacts = Deine Kontakte sind auch wieder da.
cli-nothing-added = Alles in dieser Datei ist schon im Tagebuch; es wurde nichts hinzugefügt.
cli-imported = Importiert: { $counts }.
cli-count-sessions = { $count ->
    [one] { $count } Sitzung
   *[other] { $count } Sitzungen
}
cli-count-updated = { $count ->
    [one] { $count } Sitzung aktualisiert
   *[other] { $count } Sitzungen aktualisiert
}
cli-count-ratings = { $count ->
    [one] { $count } Bewertung einer Übung
   *[other] { $count } Bewertungen von Übungen
}
cli-count-notes = { $count ->
    [one] { $count } Notiz
   *[other] { $count } Notizen
}
cli-write-stdout = Schreiben in die Standardausgabe fehlgeschlagen ({ $reason })
cli-write-file = { $file } konnte nicht geschrieben werden ({ $reason })
