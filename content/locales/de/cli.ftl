## Die Kommandozeile (ebb export, backup, restore, check): was sie im Terminal sagt
# Quelle ist en/cli.ftl. Optionsnamen (--data-dir), Dateiformate, „SQLCipher“,
# „Argon2id“ und „MiB“ bleiben, wie sie sind.

# `ebb --help`. Optionsnamen, Befehlsnamen, FILE, DIR, DATE, YYYY-MM-DD und die
# Exit-Codes bleiben, wie sie sind; die Spalten bleiben bündig.
cli-usage =
    Ebb: ein kleiner, privater Begleiter für die schweren Momente rund um die Therapie.

    Aufruf: ebb [OPTIONS]
            ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
            ebb backup --out FILE [--data-dir DIR]
            ebb restore FILE [--data-dir DIR]
            ebb check [--data-dir DIR]
            ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    Optionen:
      --breathe          Sofort mit dem Atmen im Takt beginnen. Ist Ebb schon geöffnet,
                         kommt sein Fenster nach vorn und beginnt mit dem Atmen.
      --data-dir DIR     Jede Datei, die Ebb schreibt, unter DIR ablegen (für den
                         portablen Einsatz oder zum Testen). Die Umgebungsvariable
                         EBB_DATA_DIR tut dasselbe; sind beide angegeben, gilt die Option.
      -h, --help         Diese Hilfe zeigen.
      -V, --version      Die Version von Ebb zeigen.

    Ohne --data-dir nutzt Ebb die üblichen Ordner deines Systems für Einstellungen und Daten.

    Befehle (es öffnet sich kein Fenster; jeder fragt nach der Passphrase des Tagebuchs):
      export    Schreibt das Tagebuch in FILE: json (vollständig, kann wieder
                importiert werden), md (Markdown, zum Lesen oder Teilen) oder csv
                (eine Zeile pro Sitzung). --from und --to (YYYY-MM-DD) wählen die
                Sitzungen für md und csv. Diese Dateien sind NICHT verschlüsselt.
                --out - schreibt in die Standardausgabe.
      backup    Schreibt eine verschlüsselte Sicherung von Tagebuch und Einstellungen
                in FILE, versiegelt mit der Passphrase des Tagebuchs (Format age:
                auch `age -d FILE` öffnet sie).
      restore   Stellt eine Sicherung aus FILE wieder her (oder importiert einen
                JSON-Export daraus). Gibt es hier kein Tagebuch, wird ein neues mit
                der Passphrase der Sicherung angelegt. Was schon im Tagebuch steht,
                bleibt; dieselbe Datei zweimal zu importieren fügt nichts hinzu.
      check     Prüft, ob das Tagebuch verschlüsselt ist und ob jede Seite und der
                Suchindex intakt sind.
      summary   Schreibt eine Seite für deine nächste Sitzung in FILE.pdf: was du noch
                ansprechen wolltest, die Belastung vor und nach den Sitzungen, was
                sich anzusprechen lohnt und was geholfen hat, von --from bis --to
                (YYYY-MM-DD; ohne Angabe der letzte Monat bis heute). Notizen aus den
                Sitzungen bleiben draußen; wähl sie im Fenster aus. Das PDF ist NICHT
                verschlüsselt.

    Passphrasen werden vom Terminal gelesen, ohne sie anzuzeigen, oder, wenn die
    Standardeingabe kein Terminal ist, eine pro Zeile aus der Standardeingabe (restore:
    zuerst die Passphrase der Sicherung, dann die des Tagebuchs, falls sie anders ist).
    Nie aus einem Argument.

    Exit-Codes:
      0  fertig
      1  etwas anderes ist schiefgegangen (die Meldung sagt, was)
      2  die Kommandozeile wurde nicht verstanden
      3  falsche Passphrase
      4  hier gibt es kein Tagebuch (export, backup, check, summary)
      5  das Tagebuch ist beschädigt oder nicht verschlüsselt (check hat ein Problem gefunden)
      6  die Datei zum Wiederherstellen wurde abgelehnt (keine Ebb-Datei, beschädigt oder
         ungültige Einträge); es wurde nichts verändert
      7  Ebb ist geöffnet und nutzt das Tagebuch (schließ es dort, oder nutze das Fenster)

# Wenn die Kommandozeile nicht verstanden wird.
cli-data-dir-needs-folder = --data-dir braucht einen Ordner, z. B. --data-dir ~/ebb-data
# $flag: eine Option wie --out; $what: eine der Meldungen cli-what-*.
cli-flag-needs = { $flag } braucht { $what }
cli-what-folder = einen Ordner
cli-what-file = einen Dateinamen
cli-what-format = json, md oder csv
cli-what-date = ein Datum (YYYY-MM-DD)
# $value: was eingegeben wurde, in Anführungszeichen.
cli-format-not = --format ist json, md oder csv, nicht { $value }
cli-date-not = { $flag } braucht ein Datum als YYYY-MM-DD, nicht { $value }
# $command: export, backup, restore oder check.
cli-does-not-take = ebb { $command } kennt { $value } nicht
cli-export-needs-format = ebb export braucht --format json, md oder csv
cli-export-needs-out = ebb export braucht --out FILE (oder --out - für die Standardausgabe)
cli-summary-needs-out = ebb summary braucht --out FILE.pdf (oder --out - für die Standardausgabe)
cli-what-paper = a4 oder letter
cli-paper-not = --paper ist a4 oder letter, nicht { $value }
cli-from-after-to = --from { $from } liegt nach --to { $to }; bitte tausch die beiden
cli-backup-needs-out = ebb backup braucht --out FILE
cli-restore-needs-file = ebb restore braucht die Datei, die wiederhergestellt werden soll (FILE)
# $argument: was angegeben wurde, in Anführungszeichen.
cli-ignoring = unbekanntes Argument { $argument } wird ignoriert (siehe ebb --help)

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
# $pages: die Seiten des PDFs; $file: wohin geschrieben wurde, oder die Worte von cli-standard-output.
cli-summary-written = { $pages ->
    [one] Eine Seite
   *[other] { $pages } Seiten
} für deine nächste Sitzung geschrieben nach: { $file } (nicht verschlüsselt).
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
