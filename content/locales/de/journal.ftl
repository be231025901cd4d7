# Die Worte des Tagebuchs auf Deutsch: das private, verschlüsselte Tagebuch der Therapiesitzungen.
# Gelesen von der Oberfläche (ui/js/views/journal*.js, session-form.js, journal-model.js,
# journal-search.js). Dieselbe ruhige, schlichte Stimme wie in ebb.ftl; glossary.md neben dieser Datei.
# „Passphrase“, nie „Passwort“: Sie kann aus mehreren Wörtern bestehen. Quelle ist en/journal.ftl.

## Das Tagebuch anlegen (noch kein Tagebuch)

journal-create-title = Dein Therapietagebuch
journal-create-lead = Ein privater Ort, um festzuhalten, wie deine Therapiesitzungen laufen: was hochkam, was geholfen hat, was du beim nächsten Mal ansprechen möchtest. Zum Atmen oder zum Erden brauchst du es nie.
journal-create-private = Alles darin ist auf diesem Computer verschlüsselt und verlässt ihn nie. Es sperrt sich von selbst, wenn du eine Weile weg bist.
journal-choose-passphrase = Wähl eine Passphrase
journal-passphrase-hint = Mindestens 8 Zeichen. Ein paar gewöhnliche Wörter hintereinander sind leicht zu merken und schwer zu erraten.
journal-passphrase-again = Gib sie noch einmal ein
# Fett, im selben Absatz gefolgt von journal-forget-no-reset.
journal-forget-warning = Wenn du diese Passphrase vergisst, kann niemand dein Tagebuch je wieder öffnen: nicht du, nicht wir, niemand.
journal-forget-no-reset = Es gibt kein Zurücksetzen und keine Wiederherstellung. Bewahr sie sicher auf, etwa in einem Passwort-Manager oder auf einem Zettel, den nur du kennst.
journal-understood = Ich habe verstanden, dass sich eine vergessene Passphrase nicht wiederherstellen lässt
journal-passphrases-differ = Die beiden Passphrasen sind nicht gleich. Bitte gib sie noch einmal ein.
journal-tick-the-box = Bitte setz das Häkchen, um zu zeigen, dass du gelesen hast, wie Passphrasen hier funktionieren.
journal-create = Mein Tagebuch anlegen
# Auf dem Knopf, während das Tagebuch angelegt wird.
journal-creating = Dein Tagebuch wird angelegt …
journal-ready = Dein Tagebuch ist bereit.
# Überschrift des Teils der ersten Seite, der stattdessen eine verschlüsselte Sicherung wiederherstellt.
journal-restore-title = Oder aus einer Sicherung wiederherstellen
journal-restore-intro = Du ziehst von einem anderen Computer um oder fängst nach einem Problem neu an? Eine verschlüsselte Sicherung aus { -app-name } bringt dein Tagebuch zurück, und es öffnet sich mit der Passphrase der Sicherung.
journal-restored = Dein Tagebuch ist wiederhergestellt.

## Entsperren (das Tagebuch ist gesperrt)

journal-locked-title = Dein Tagebuch ist gesperrt
# { help-now } ist der Name des Bereichs mit der Notrufnummer und den Krisentelefonen.
journal-locked-lead = Entsperr es mit deiner Passphrase. Atmen, Erdung und die { help-now } brauchen sie nie.
journal-passphrase = Passphrase
journal-unlock = Entsperren
# Auf dem Knopf, während die Passphrase geprüft wird.
journal-unlocking = Wird entsperrt …
journal-type-passphrase = Bitte gib deine Passphrase ein.
# Kurznotizen, die geschrieben wurden, während das Tagebuch gesperrt war, versiegelt und wartend auf das nächste Entsperren.
journal-pending = { $count ->
    [one] { $count } Notiz, die du geschrieben hast, während es gesperrt war, wird beim Entsperren hinzugefügt.
   *[other] { $count } Notizen, die du geschrieben hast, während es gesperrt war, werden beim Entsperren hinzugefügt.
}
journal-forgot = Passphrase vergessen?
journal-forgot-private = Ohne sie lässt sich dein Tagebuch nicht öffnen; genau das hält es privat. Lass dir Zeit: Oft fällt einem die Passphrase wieder ein, wenn man ruhiger ist.
# „Tagebuch löschen“ ist der Name eines Knopfs in den Einstellungen.
journal-forgot-start-again = Wenn du neu anfangen möchtest, gibt es in den Einstellungen „Tagebuch löschen“. Damit werden alle seine Dateien endgültig entfernt.

## Nach dem Entsperren gesagt (von Screenreadern vorgelesen), ein Satz nach dem anderen

journal-unlocked = Entsperrt.
# Kurznotizen, die geschrieben wurden, während das Tagebuch gesperrt war, und jetzt hinzugefügt sind.
journal-unlocked-added = { $count ->
    [one] { $count } Notiz, die du geschrieben hast, während es gesperrt war, wurde hinzugefügt.
   *[other] { $count } Notizen, die du geschrieben hast, während es gesperrt war, wurden hinzugefügt.
}
# Selten: versiegelte Notizen, die nicht gelesen werden konnten. „inbox.unreadable“ ist ein Dateiname: unverändert lassen.
journal-unlocked-kept-aside = { $count ->
    [one] { $count } wartende Notiz konnte nicht hinzugefügt werden. Sie liegt deshalb weiterhin versiegelt im Ordner des Tagebuchs (inbox.unreadable). Alles andere ist da.
   *[other] { $count } wartende Notizen konnten nicht hinzugefügt werden. Sie liegen deshalb weiterhin versiegelt im Ordner des Tagebuchs (inbox.unreadable). Alles andere ist da.
}

## Das Tagebuch lässt sich nicht öffnen (beschädigte oder unlesbare Dateien)

journal-damaged-title = Dein Tagebuch lässt sich gerade nicht öffnen
journal-damaged-lead = Atmen, Erdung und die { help-now } funktionieren weiterhin.
journal-damaged-nothing-changed = { -app-name } hat nichts verändert und nichts überschrieben. Wenn du ein neues Tagebuch möchtest, können die alten Dateien unverändert in einen eigenen Ordner verschoben werden, sodass nichts verloren geht.
journal-set-aside = Beiseitelegen, dann ein neues Tagebuch anlegen oder eine Sicherung wiederherstellen
# $path: der Ordner, in den die Dateien des alten Tagebuchs verschoben wurden.
journal-set-aside-done = Das alte Tagebuch wurde unverändert nach { $path } verschoben. Unten kannst du ein neues Tagebuch anlegen oder eine Sicherung wiederherstellen.

## Das offene Tagebuch: die Zeitleiste

journal-title = Tagebuch
journal-new-session = Neue Sitzung
# Der Knopf, der das Tagebuch sperrt; journal-lock-key, sein Tastenkürzel, folgt ihm.
journal-lock = Sperren
# Das Tastenkürzel des Knopfs „Sperren“, wie es auf deutschen Tastaturen steht.
journal-lock-key = Strg+L
journal-session-deleted = Sitzung gelöscht.
journal-undo = Rückgängig
# Für Screenreader, nachdem „Rückgängig“ eine gelöschte Sitzung zurückgeholt hat.
journal-session-back = Die Sitzung ist wieder da.
journal-noticing-title = Lohnt sich, in der Therapie anzusprechen
journal-noticing-note = Das sind Zählungen aus deinen eigenen Notizen, kein Urteil und keine Diagnose.
journal-bring-up-title = Nächstes Mal ansprechen
# Nach etwas, das angesprochen werden soll; $date: Datum und Uhrzeit der Sitzung, in der es notiert wurde.
journal-noted = (notiert am { $date })
journal-search-label = Deine Sitzungen durchsuchen
# Von Screenreadern als Name der Liste der Sitzungen vorgelesen.
journal-sessions-label = Sitzungen, neueste zuerst
journal-show-more = Mehr zeigen
journal-quick-notes = Kurznotizen

## Die Zeitleiste: wie viele Sitzungen (von Screenreadern vorgelesen, wenn sich die Liste ändert)

journal-count-none = Noch keine Sitzungen. Wenn du so weit bist, findest du hier „{ journal-new-session }“.
journal-count-no-match = Keine Sitzung passt. Versuch es mit weniger Wörtern oder Filtern.
journal-count = { $count ->
    [one] { $count } Sitzung.
   *[other] { $count } Sitzungen.
}
# Mit einer Suche oder gesetzten Filtern.
journal-count-matching = { $count ->
    [one] { $count } Sitzung passt.
   *[other] { $count } Sitzungen passen.
}

## Die Zeitleiste: die kurzen Angaben unter dem Datum jeder Sitzung, verbunden mit „ · “

# $before und $after: Belastung von 0 bis 10, oder journal-not-rated, wenn nicht angegeben.
# Der Pfeil führt von vorher nach nachher.
journal-bit-distress = Belastung { $before } → { $after }
# Steht für eine Belastung, die nicht angegeben wurde.
journal-not-rated = –
journal-bit-tears-during = Tränen in der Sitzung
journal-bit-tears-after = Tränen danach
journal-bit-tears-both = Tränen in der Sitzung und danach
journal-bit-signs = { $count ->
    [one] { $count } Sache, die du im Blick behalten kannst
   *[other] { $count } Dinge, die du im Blick behalten kannst
}

## Die Zeitleiste: Filter

journal-filters = Filter
# Anfangsdatum der gezeigten Sitzungen.
journal-filter-from = Von
# Enddatum der gezeigten Sitzungen.
journal-filter-to = Bis
journal-filter-therapist = Therapie
journal-filter-tears = Tränen
journal-filter-tag = Schlagwort
# Die Wahl, die die Liste nicht einschränkt (jede Therapie, jedes Schlagwort, alle Tränen).
journal-filter-any = Alle
journal-filter-tears-some = Mit Tränen
journal-filter-tears-none = Ohne Tränen
journal-filter-tears-during = In der Sitzung
journal-filter-tears-after = Danach
journal-filter-tears-both = In der Sitzung und danach

## Eine Sitzung

# Der Knopf zurück zur Zeitleiste. Der Pfeil zeigt zurück (im Deutschen nach links).
journal-back = ← Alle Sitzungen
session-edit = Bearbeiten
session-export = Als Markdown exportieren …
session-delete = Löschen
# $path: die Datei, in die die Sitzung gespeichert wurde.
session-exported = In { $path } gespeichert. Die Datei ist nicht verschlüsselt.
session-exported-note = Diese Sitzung wurde als Markdown in { $path } gespeichert. Die Datei ist nicht verschlüsselt: Bewahr sie an einem privaten Ort auf.
# Wenn die Person den Speichern-Dialog geschlossen hat, ohne eine Datei zu wählen.
session-not-exported = Es wurde nichts gespeichert.
session-deleted = Sitzung gelöscht. Du kannst das rückgängig machen.
session-therapist = Therapeutin, Therapeut oder Therapieform
session-distress-before = Belastung vorher
session-distress-after = Belastung nachher
session-body = Körper danach
session-tears = Tränen
session-tear-kinds = Art der Tränen
session-came-up = Was hochkam
session-helped = Was geholfen hat
session-aftercare = Selbstfürsorge
session-signs = Im Blick behalten
session-tags = Schlagwörter
# Punkte aus „Nächstes Mal ansprechen“ früherer Sitzungen, die in dieser abgehakt wurden.
session-brought-up = Aus früheren Sitzungen angesprochen
session-bring-up = Nächstes Mal ansprechen

## Das Formular einer Sitzung

session-title-new = Neue Sitzung
session-title-edit = Sitzung bearbeiten
session-form-lead = Schreib so viel oder so wenig, wie du möchtest. Nur das Datum ist nötig; deine Worte werden schon beim Schreiben gesichert.
session-held-at = Wann war die Sitzung?
session-rating-before = Belastung vor der Sitzung (optional)
session-rating-after = Belastung nach der Sitzung (optional)
session-body-question = Wie hat sich dein Körper danach angefühlt?
# Die erste Wahl einer Gruppe, aus der eines gewählt werden kann: Dazu wurde nichts notiert.
session-not-noted = Nicht notiert
session-tear-kinds-question = Welche Art von Tränen? (alles, was passt)
session-aftercare-done = Was du danach für dich getan hast
session-signs-question = Gibt es etwas, das du gut im Blick behalten kannst?
session-signs-note = Das festzuhalten hilft dir und deiner Therapeutin oder deinem Therapeuten zu sehen, wie Sitzungen nachwirken. Es ist kein Urteil über dich.
session-signs-tools = Wenn es dich noch begleitet, hilft dir vielleicht etwas davon:
session-tags-hint = Trenn Schlagwörter mit Kommas, zum Beispiel: Familie, Arbeit.
session-carried = Aus früheren Sitzungen: Hast du das angesprochen?
session-bring-up-hint = Ein Punkt pro Zeile. Diese Punkte erscheinen im Formular deiner nächsten Sitzung wieder, bis du sie abhakst.
# Überschrift der Wahl einer Nachfrage nach der Sitzung.
session-afterwards = Danach
session-check-in = Später bei mir nachfragen
session-check-in-after = Nachfragen nach
session-check-in-note = Eine leise Benachrichtigung fragt, wie es dir geht, und bietet dir zwei Minuten ruhiges Ausatmen an. { -app-name } muss dann laufen (es darf minimiert sein).
session-save-new = Sitzung speichern
session-save-changes = Änderungen speichern
# Schließt das Formular und behält das Geschriebene als Entwurf.
session-close = Vorerst schließen

## Das Formular einer Sitzung: der Entwurf (wird beim Schreiben gesichert)

session-draft-saving = Entwurf wird gesichert …
# $time: die Uhrzeit, zu der der Entwurf gesichert wurde.
session-draft-kept = Entwurf um { $time } gesichert.
# $reason: der Grund, in den Worten des Systems.
session-draft-failed = Der Entwurf konnte nicht gesichert werden: { $reason }
# $time: die Uhrzeit, zu der der Entwurf zuletzt gesichert wurde.
session-draft-back = Was du um { $time } geschrieben und noch nicht gespeichert hattest, ist wieder da, genau so, wie du es verlassen hast.
# Verwirft den Entwurf (eine neue Sitzung).
session-start-over = Neu anfangen
# Verwirft den Entwurf (beim Bearbeiten einer gespeicherten Sitzung).
session-go-back = Zurück zur gespeicherten Sitzung
session-started-over = Neu angefangen.
session-back-to-saved = Wieder bei der gespeicherten Sitzung.

## Nach dem Speichern einer Sitzung gesagt (von Screenreadern vorgelesen)

journal-saved = Sitzung gespeichert.
# $time: die Uhrzeit der Nachfrage.
journal-saved-check-in = Sitzung gespeichert. { -app-name } fragt um { $time } bei dir nach.

## Das Formular einer Sitzung: wie sich der Körper danach angefühlt hat

session-body-calm = Ruhig und verbunden
session-body-revved-up = Unter Strom (unruhig, angespannt, Herzrasen)
session-body-shut-down = Abgeschaltet (taub, schwer, weit weg)

## Das Formular einer Sitzung: Tränen

session-tears-none = Keine Tränen
session-tears-during = In der Sitzung
session-tears-after = Danach
session-tears-both = In der Sitzung und danach
session-tear-release = Loslassen
session-tear-grief = Trauer
session-tear-recognition = Erkennen (sich gesehen fühlen)
session-tear-overwhelm = Überwältigung
session-tear-connection = Verbundenheit

## Das Formular einer Sitzung: Anzeichen, die man im Blick behalten kann, und was jeweils helfen kann

session-sign-worse-for-hours = Danach stundenlang schlechter gefühlt
session-sign-flooding = Überflutet (zu viel auf einmal)
session-sign-numbness = Taub
session-sign-panic = Panik
session-sign-dissociation = Weit weg oder abgeschnitten
session-tool-far-away = Wenn du dich weit weg fühlst: eine Liste zur Erdung
session-tool-orient = Im Raum orientieren: eine Liste zur Erdung
session-tool-breathe = Atmen, mit einem langen, langsamen Ausatmen
session-tool-hand-on-chest = Hand auf die Brust, langsam ausatmen: eine Liste zur Erdung
session-tool-aftercare = Selbstfürsorge nach einer schweren Sitzung: eine Liste zur Erdung
session-tool-worse-for-hours = Wenn du dich danach stundenlang schlechter fühlst, lohnt es sich, das deiner Therapeutin oder deinem Therapeuten zu erzählen.

## Kurznotizen

note-jot-locked = Etwas notieren, ohne zu entsperren
note-jot = Etwas notieren
note-sealed-hint = Die Notiz wird sofort versiegelt und deinem Tagebuch hinzugefügt, wenn du es das nächste Mal entsperrst.
note-keep = Notiz aufbewahren
note-kept-sealed = Aufbewahrt und versiegelt. Sie ist in deinem Tagebuch, wenn du es entsperrst.
note-kept = Aufbewahrt.
note-remove = Entfernen
# $when: Datum und Uhrzeit, zu der die Notiz geschrieben wurde.
note-remove-label = Notiz vom { $when } entfernen
note-removed = Notiz entfernt.
