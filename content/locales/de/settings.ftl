# Ebbs Worte auf Deutsch: die Einstellungen, das Tastenkürzel zum Atmen, die Nachfrage
# nach einer Sitzung, Export, Sicherung und Import, und ein paar Worte, die die ganze
# App teilt (ein von überall gesperrtes Tagebuch, ein Fehler ohne Grund).
# Der Titel „Einstellungen“ und der Abschnitt zur Sprache stehen in ebb.ftl.
# Quelle ist en/settings.ftl.

## Einstellungen: Aussehen und Ton

settings-saved = Gespeichert.
settings-theme = Design
settings-theme-system = Wie mein System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-motion = Bewegung
settings-motion-note = Mit weniger Bewegung bleibt der Atemkreis still und ändert statt seiner Größe seine Helligkeit.
settings-motion-system = Wie mein System
settings-motion-reduced = Weniger Bewegung
settings-motion-full = Volle Bewegung
settings-text-size = Textgröße
settings-text-size-note = Jeder Bereich folgt dieser Größe; bei größeren Stufen muss man in manchen Bereichen scrollen.
# Eine wählbare Textgröße; $percent ist hier 100 (die Größe, mit der die App startet).
settings-text-size-usual = { $percent } % (normal)
# Eine größere Textgröße: $percent ist 115, 130, 150 oder 175.
settings-text-size-percent = { $percent } %
settings-sound = Ton
settings-sound-tones = Sanfte Töne beim Atmen (ein steigender Ton zum Einatmen, ein tieferer zum Ausatmen)

## Einstellungen: das Tagebuch

settings-journal-title = Tagebuch
settings-lock-after = Tagebuch sperren, wenn es so lange nicht benutzt wurde
# Eine Wahl der Liste darüber.
settings-lock-after-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
settings-pass-title = Passphrase ändern
settings-pass-current = Jetzige Passphrase
settings-pass-new = Neue Passphrase
settings-pass-again = Neue Passphrase noch einmal
settings-pass-fresh = Das Tagebuch außerdem mit einem ganz neuen Schlüssel sichern
settings-pass-fresh-hint = Empfohlen. Das ganze Tagebuch wird neu verschlüsselt, sodass sich eine alte Kopie seiner Dateien nicht mit der alten Passphrase öffnen lässt. Das dauert einen Moment länger.
settings-pass-change = Passphrase ändern
settings-pass-not-same = Die beiden neuen Passphrasen sind nicht gleich.
settings-pass-changing = Wird geändert …
settings-pass-changed = Geändert. Nimm ab jetzt die neue Passphrase.
settings-delete-title = Tagebuch löschen
# $word ist das Wort, das die Person eingeben muss, um das Tagebuch zu löschen, genau so,
# wie die App es prüft („delete“): Es kommt aus der App, nicht aus dieser Datei.
settings-delete-hint = Damit werden alle Sitzungen, Notizen, Entwürfe und Bewertungen im Tagebuch endgültig entfernt. Das lässt sich nicht rückgängig machen. Wenn du fortfahren möchtest, gib das Wort { $word } ein.
# Die Beschriftung des Felds, in das das Wort eingegeben wird; $word wie oben.
settings-delete-label = Gib zur Bestätigung { $word } ein
settings-delete-button = Alles im Tagebuch löschen
settings-deleted = Das Tagebuch und alle seine Dateien sind gelöscht.

## Einstellungen: wie Krisenplan und Kontakte aufbewahrt werden

settings-plan-title = Dein Krisenplan und deine Kontakte
settings-plan-keyring = Dein Plan und deine Kontakte sind verschlüsselt, und der Schlüssel liegt im Schlüsselbund dieses Computers. So öffnen sie sich ohne die Passphrase deines Tagebuchs und liegen nie unverschlüsselt auf der Festplatte.
settings-plan-private-file = Dieser Computer hat keinen Schlüsselbund, den { -app-name } nutzen kann, deshalb liegen dein Plan und deine Kontakte in einer Datei, die nur dein Benutzerkonto öffnen kann. Sie ist nicht verschlüsselt.
settings-plan-key-missing = Dein Plan und deine Kontakte sind gespeichert, aber im Schlüsselbund dieses Computers fehlt ihr Schlüssel, deshalb kann { -app-name } sie nicht öffnen. Die Datei bleibt unberührt, und was du jetzt schreibst, kommt in eine neue.

## Einstellungen: die eigenen Daten

settings-data-title = Deine Daten
settings-data-about = Dein Tagebuch gehört dir: Nimm es mit in die Therapie, leg eine Sicherung an oder zieh damit auf einen neuen Computer um. Dafür muss das Tagebuch entsperrt sein, außer beim Wiederherstellen in ein leeres { -app-name }.

## Tastennamen, wie ein Tastenkürzel sie zeigt („Strg+Alt+Umschalt+B“)

-key-ctrl = Strg
-key-alt = Alt
-key-shift = Umschalt
-key-super = Super
# Die Steuerungstaste (Strg).
shortcut-key-ctrl = { -key-ctrl }
# Die Alt-Taste (Option auf dem Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# Die Windows- oder Befehlstaste.
shortcut-key-super = { -key-super }

## Einstellungen: das Tastenkürzel zum Atmen

shortcut-title = Von überall atmen
shortcut-on = Ein Tastenkürzel, das { -app-name } nach vorn holt und das Atmen startet, egal in welcher App du gerade bist
shortcut-label = Tastenkürzel
# „B“ ist die Buchstabentaste des Beispielkürzels.
shortcut-hint = Wähl dieses Feld aus und drück die Tasten gleichzeitig, oder schreib sie hinein, etwa { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. Nimm mindestens zwei von { -key-ctrl }, { -key-alt } und { -key-super }, damit das Kürzel keiner anderen App etwas wegnimmt.
shortcut-use = Dieses Kürzel verwenden
# $shortcut ist das Kürzel, wie das Feld es zeigt, etwa „Strg+Alt+Umschalt+B“.
shortcut-active = { $shortcut } holt { -app-name } nach vorn und startet das Atmen, von überall auf deinem Desktop.
shortcut-off = Das Tastenkürzel ist aus.
shortcut-none = Gerade gibt es kein funktionierendes Tastenkürzel.

## Einstellungen: die Nachfrage nach einer Sitzung

settings-check-in-title = Nachfrage nach der Sitzung
settings-check-in-about = Wenn du eine Sitzung einträgst, kannst du { -app-name } bitten, später bei dir nachzufragen: Eine leise Benachrichtigung fragt „{ check-in-question }“, und wenn du sie wählst, öffnet sich das Atmen. Das passiert nur, wenn du darum bittest, für jeweils eine Sitzung, und nur, solange { -app-name } läuft (es darf minimiert sein).
settings-check-in-after = Nachfragen nach
settings-check-in-cancel = Absagen
settings-check-in-cancelled = Die Nachfrage ist abgesagt.
# $time ist die Uhrzeit, zu der die Nachfrage kommt, etwa „21:05“.
settings-check-in-set = Eine Nachfrage ist für { $time } eingeplant.

## Export

transfer-export-title = Exportieren
transfer-export-warning = Exportierte Dateien sind nicht verschlüsselt.
transfer-export-warning-more = Wer die Datei öffnen kann, kann sie lesen. Bewahr sie an einem privaten Ort auf und lösch sie, wenn du sie nicht mehr brauchst.
transfer-format = Format
transfer-format-markdown = Markdown
transfer-format-markdown-about = Überall lesbar; gut, um ein paar Sitzungen mit deiner Therapeutin oder deinem Therapeuten zu teilen.
transfer-format-json = JSON
transfer-format-json-about = Alles, vollständig, und { -app-name } kann es wieder importieren.
transfer-format-csv = CSV
transfer-format-csv-about = Eine Zeile pro Sitzung, für eine Tabellenkalkulation.
transfer-from = Von (optional)
transfer-to = Bis (optional)
transfer-export-button = Exportieren …
# $path ist der Ort, an dem die Datei gespeichert wurde.
transfer-export-saved = { $sessions ->
    [one] { $sessions } Sitzung in { $path } gespeichert. Die Datei ist nicht verschlüsselt.
   *[other] { $sessions } Sitzungen in { $path } gespeichert. Die Datei ist nicht verschlüsselt.
}
transfer-nothing-saved = Es wurde nichts gespeichert.

## Verschlüsselte Sicherung

transfer-backup-title = Verschlüsselte Sicherung
transfer-backup-about = Eine Datei mit deinem ganzen Tagebuch und deinen Einstellungen, verschlüsselt mit der Passphrase deines Tagebuchs. Bewahr sie auf einem anderen Laufwerk auf, um auf einen neuen Computer umzuziehen oder nach einem kaputten Computer alles zurückzuholen. Sie öffnet sich mit derselben Passphrase.
transfer-backup-pass = Passphrase des Tagebuchs
transfer-backup-button = Sicherung speichern …
transfer-backup-no-pass = Bitte gib die Passphrase deines Tagebuchs ein.
transfer-backup-checking = Passphrase wird geprüft …
# $path ist der Ort, an dem die Sicherung gespeichert wurde.
transfer-backup-saved = { $sessions ->
    [one] Sicherung in { $path } gespeichert ({ $sessions } Sitzung, verschlüsselt).
   *[other] Sicherung in { $path } gespeichert ({ $sessions } Sitzungen, verschlüsselt).
}

## Importieren oder wiederherstellen

transfer-import-title = Importieren oder wiederherstellen
transfer-import-intro = Ein JSON-Export oder eine verschlüsselte Sicherung aus { -app-name }. Du siehst, was darin ist, bevor sich etwas ändert; was schon in deinem Tagebuch steht, bleibt, wie es ist, sodass dieselbe Datei ein zweites Mal nichts hinzufügt.
transfer-choose = Datei wählen …
# Der Knopf, der einen Import aus einer Exportdatei bestätigt.
transfer-import = Importieren
# Der Knopf, der das Wiederherstellen einer Sicherung in ein leeres Tagebuch bestätigt.
transfer-restore = Wiederherstellen
transfer-cancel = Abbrechen
transfer-importing = Wird importiert …
transfer-restoring = Wird wiederhergestellt …
transfer-nothing-changed = Es wurde nichts verändert.
# $reason ist der Grund, warum der Import nicht geklappt hat, als eigener Satz.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Beginnt die Meldung nach einem Import; was hinzugekommen ist, folgt danach.
transfer-import-done = Fertig.
transfer-settings-back = Deine Einstellungen sind auch wieder da.
transfer-plan-back = Dein Krisenplan ist auch wieder da.
transfer-contacts-back = Deine Kontakte für die { help-now } sind auch wieder da.
transfer-nothing-added = Alles in dieser Datei war schon in deinem Tagebuch; es wurde nichts hinzugefügt.
transfer-preview =
    .aria-label = Was in dieser Datei ist
transfer-restore-note = Ein neues Tagebuch wird mit der Passphrase der Sicherung angelegt und öffnet sich sofort.
# $name ist der Name der Datei (fett gezeigt).
transfer-encrypted-backup = { $name } ist eine verschlüsselte Sicherung.
transfer-backup-passphrase = Passphrase der Sicherung
transfer-open-backup = Sicherung öffnen
transfer-opening = Wird geöffnet …
# $name ist der Name der Datei.
transfer-problems = { $count ->
    [one] { $count } Eintrag in { $name } konnte nicht gelesen werden, deshalb wurde nichts importiert.
   *[other] { $count } Einträge in { $name } konnten nicht gelesen werden, deshalb wurde nichts importiert.
}
transfer-problems-unchanged = In deinem Tagebuch wurde nichts verändert. Folgendes stimmt nicht:
# Ein Eintrag der Datei, der nicht gelesen werden konnte: $section ist der Name seiner
# Liste in der Datei (etwa „sessions“, so wie die Datei es schreibt), $number seine Stelle
# in dieser Liste, $id seine ID in der Datei, $reason, was an ihm nicht stimmt.
transfer-problem = { $section } Nr. { $number }: { $reason }
transfer-problem-with-id = { $section } Nr. { $number } ({ $id }): { $reason }
# Nach einer Liste von Problemen: wie viele es noch gibt.
transfer-problems-more = … und { $count } weitere.
transfer-nothing-imported = Es wurde nichts importiert.

## Die ganze App

# Auf dem Tagebuch-Bereich gesagt, wenn das Tagebuch von anderswo gesperrt wurde (Strg+L, der Infobereich).
app-journal-locked = Tagebuch gesperrt.
# Als Hinweis gesagt, wenn das Tagebuch gesperrt wurde, bevor der Tagebuch-Bereich geöffnet war.
app-journal-is-locked = Dein Tagebuch ist gesperrt.
# Wenn etwas nicht geklappt hat und keinen eigenen Grund genannt hat.
app-something-went-wrong = Etwas ist schiefgegangen, deshalb wurde das nicht abgeschlossen. Atmen, Erdung und die { help-now } funktionieren weiterhin.
