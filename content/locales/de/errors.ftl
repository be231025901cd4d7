## Meldungen, wenn etwas schiefgeht, gesagt von der Rust-Seite der App. Quelle ist en/errors.ftl,
## aus dem Code erzeugt von src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages):
## dieselben IDs in derselben Reihenfolge, jede mit denselben Variablen. Variablen enthalten, was der Code
## einsetzt: den Namen einer Datei, eine Zahl, den Grund des Systems oder eine andere Meldung dieser Datei.
## Gründe, die nach „…: “ folgen, sind ganze Sätze und beginnen deshalb groß.

# src/error.rs
error-joined-4710cd = { $action }: { $v1 }

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = Ein JSON-Export kommt in ein Tagebuch: Leg zuerst eins an oder stell hier eine verschlüsselte Sicherung wieder her.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = Eine Zeile in „{ $heading }“ ist länger als { $MAX_CHARS } Zeichen. Es ist nichts verloren gegangen; teil sie auf zwei Zeilen auf, dann lässt sich dein Plan speichern.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = Ein neues Tagebuch konnte nicht angelegt werden ({ $e }). Sonst wurde nichts angerührt; starte Ebb neu und versuch es noch einmal.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = Eine Kurznotiz kann bis zu 100 KB fassen. Längere Gedanken passen in eine Sitzung.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = Eine Bewertung reicht von 0 bis 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = Ein Schlagwort ist ein kurzes Wort oder eine kurze Wendung in einer Zeile (bis zu 60 Zeichen).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = Füg deiner Liste mindestens einen Schritt hinzu.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = Ein Punkt für „Nächstes Mal ansprechen“ (ID { $v1 }) gehört zu einer Sitzung, die weder in der Datei noch im Tagebuch ist.

# src/error.rs
error-another-program-is-using-the-b455a5 = Ein anderes Programm verwendet das Tagebuch gerade. Versuch es gleich noch einmal.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = „body“ muss die Felder des Formulars enthalten, mit ihren Namen, in geschweiften Klammern.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = „{ $heading }“ kann { $MAX_ITEMS } Zeilen fassen. Es ist nichts verloren gegangen; fass ein paar zusammen oder entfern einige, dann lässt sich dein Plan speichern.

# src/error.rs
error-content-file-62f6eb = Inhaltsdatei { $file }: { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = Die Sitzung konnte nicht zurückgeholt werden

# src/journal/db.rs
error-could-not-check-that-the-64de60 = Es konnte nicht geprüft werden, ob das Tagebuch verschlüsselt ist

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = Das Tagebuch konnte nicht geprüft werden

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = Der Eingang konnte nicht geleert werden

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = Das Tagebuch konnte nicht geschlossen werden

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = Die Datei des Tagebuchs konnte nicht angelegt werden

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = Nicht alle Dateien des Tagebuchs konnten gelöscht werden

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = Die Sitzung konnte nicht gelöscht werden

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = Der Entwurf konnte nicht verworfen werden

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = Die Schlüsseldatei konnte nicht erstellt werden ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = Der Schlüssel konnte nicht an die Datenbank übergeben werden

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = Ins Tagebuch konnte nicht importiert werden

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = Die Sitzung konnte nicht in die Suche aufgenommen werden

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = Was du geschrieben hast, konnte bei gesperrtem Tagebuch nicht aufbewahrt werden

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = Der Ordner des Tagebuchs konnte nicht angelegt werden

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = Der Eingang konnte nicht ins Tagebuch übernommen werden

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = Ein unfertiges Tagebuch konnte nicht beiseitegelegt werden

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = Das Tagebuch konnte nicht beiseitegelegt werden

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = Es konnte keine Datenbank im Arbeitsspeicher geöffnet werden

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = Das Tagebuch konnte nicht geöffnet werden

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = Das Tagebuch konnte nicht neu verschlüsselt werden

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = { $v1 } konnte nicht gelesen werden

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = Die Sicherung konnte nicht gelesen werden

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = Der Entwurf konnte nicht gelesen werden

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = Der Eingang konnte nicht gelesen werden

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = Die Punkte für „Nächstes Mal ansprechen“ konnten nicht gelesen werden

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = Das Tagebuch konnte für den Export nicht gelesen werden

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = Das Tagebuch konnte für die Einblicke nicht gelesen werden

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = Die Datei des Tagebuchs konnte nicht gelesen werden

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = Die Schlüsseldatei des Tagebuchs konnte nicht gelesen werden

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = Das Tagebuch konnte nicht gelesen werden

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = Das Tagebuch konnte für die Zusammenfassung nicht gelesen werden

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = Die Notizen konnten nicht gelesen werden

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = Die Bewertungen deiner Übungen konnten nicht gelesen werden

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = Die Sitzung konnte nicht gelesen werden

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = Gelöschte Sitzungen konnten nicht entfernt werden

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = Die Notiz konnte nicht entfernt werden

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = Der Entwurf konnte nicht gesichert werden

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = Die Punkte für „Nächstes Mal ansprechen“ konnten nicht gespeichert werden

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = Der neue Schlüssel des Tagebuchs konnte nicht gespeichert werden

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = Die Schlüsseldatei des Tagebuchs konnte nicht gespeichert werden

# src/journal/notes.rs
error-could-not-save-the-note-590961 = Die Notiz konnte nicht gespeichert werden

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = Die Bewertung der Übung konnte nicht gespeichert werden

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = Die Sitzung konnte nicht gespeichert werden

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = Die Sicherung konnte nicht versiegelt werden

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = Die bei gesperrtem Tagebuch aufbewahrten Notizen, die Ebb nicht lesen kann, konnten nicht beiseitegelegt werden

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = Die Datenbank konnte nicht eingerichtet werden

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = Das Tagebuch konnte nicht eingerichtet werden

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = Die Verschlüsselung des Tagebuchs konnte nicht eingerichtet werden

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = Das Tagebuch konnte nicht aufgeräumt werden

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = { $v1 } konnte nicht geschrieben werden

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = Das Tagebuch konnte nicht geschrieben werden

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = Ebb konnte deine Einstellungen nicht lesen ({ $e }), deshalb verwendet es vorerst seine üblichen Einstellungen. Deine Datei wurde nicht verändert.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = Ebb konnte deine Einstellungen nicht speichern

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = Ebb konnte aus dieser Passphrase keinen Schlüssel machen ({ $e }). Es wurde nichts verändert; versuch es noch einmal, und starte Ebb neu, wenn es immer wieder passiert.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = Diese Sprache spricht Ebb noch nicht. Bitte wähl eine andere.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = Für dieses Land kennt Ebb noch keine Krisentelefone.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = Ebb darf diesen Ort nicht verwenden. Wähl einen anderen oder prüf die Zugriffsrechte des Ordners.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = Ebb bewahrt bis zu { $MAX_CONTACTS } Kontakte auf.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = Gib deiner Liste einen Namen mit höchstens 60 Zeichen.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = Gib deinem Muster einen Namen, damit du es wiederfindest.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = Wie erreichst du { $v1 }? Eine Telefonnummer oder ein anderer Weg.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = „{ $v0 }“ ist kein Datum mit Uhrzeit, das Ebb lesen kann (es sollte so aussehen: 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = „{ $v0 }“ ist keine Sitzungs-ID.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = { $v1 } ist nicht verschlüsselt und damit kein Tagebuch, das Ebb angelegt hat. Ebb schreibt nichts hinein; es wurde so gelassen, wie es ist.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = Das ist kein Eintrag, den Ebb lesen kann (jeder Eintrag besteht aus Feldern mit Namen in geschweiften Klammern).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = Darin steht, wo er abgehakt wurde, aber nicht wann („doneAt“).

# src/error.rs
error-its-file-is-not-a-c08161 = Die Datei ist kein Tagebuch, das sich mit dieser Passphrase öffnen lässt. Sie wurde so gelassen, wie sie ist.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = Seine ID muss aus 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“ bestehen.

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = Sein Text muss 1 bis 2.000 Zeichen haben.

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = „key“ muss „new“ oder eine Sitzungs-ID sein.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = Eine Art der Tränen passt nur, wenn es in der Sitzung oder danach Tränen gab.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = Einer der Punkte für „Nächstes Mal ansprechen“ wurde woanders geändert. Bitte schau dir die Liste noch einmal an.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = Bitte wähl 1, 2, 3, 5 oder 10 Minuten oder „Ohne Zeitlimit“.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = Bitte wähl 15, 30, 45, 60, 90 oder 120 Minuten.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = Bitte wähl 5, 10, 15, 30 oder 60 Minuten.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = Bitte wähl eine Textgröße von 100 % bis 175 %.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = Bitte wähl die Sicherungsdatei noch einmal.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = Bitte wähl die Datei zum Importieren noch einmal.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label }: Bitte gib die Sekunden als Zahl ein.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label }: Bitte gib die Sekunden als Zahl ein, etwa 4 oder 4,5.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = Bitte gib ein Datum als Jahr-Monat-Tag an.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = Bitte gib jedem Kontakt einen Namen.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = Bitte gib Datum und Uhrzeit der Sitzung an.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = Bitte kürz den Schritt auf höchstens { $ITEM_MAX_CHARS } Zeichen.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = Bitte kürz jeden Punkt auf höchstens { $max_chars } Zeichen.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = Bitte kürz den Namen auf höchstens { $NAME_MAX_CHARS } Zeichen.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = Bitte kürz das auf höchstens 200 Zeichen.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = Bitte kürz das auf höchstens { $max } Zeichen.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = Bitte nimm mindestens { $MIN_PASSPHRASE_CHARS } Zeichen. Ein paar gewöhnliche Wörter hintereinander sind leicht zu merken und schwer zu erraten.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label }: Bitte gib die Sekunden in Schritten von einer halben Sekunde an, etwa 4 oder 4,5.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = Dieses Atemmuster gibt es nicht mehr. Bitte wähl ein anderes.

# src/error.rs
error-that-disk-can-be-read-2516fe = Dieses Laufwerk lässt sich lesen, aber nicht beschreiben. Wähl einen anderen Ort oder prüf das Laufwerk.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = Das sind mehr Punkte, als eine Sitzung fassen kann (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = Das sind mehr Schlagwörter, als eine Sitzung fassen kann (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = Diese Liste wurde gelöscht.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = Diese Notiz ist schon weg.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = Dieses Papierformat lässt sich nicht verwenden.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = Mit dieser Passphrase lässt sich dieses Tagebuch nicht öffnen. Es wurde nichts verändert; lass dir Zeit und versuch es noch einmal.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = Mit dieser Passphrase lässt sich diese Sicherung nicht öffnen. Es wurde nichts verändert. (Wenn du sicher bist, dass sie stimmt, wurde die Datei vielleicht verändert.)

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = Diese Passphrase ist länger, als Ebb zulässt (etwa tausend Buchstaben, weniger mit Umlauten, Akzenten oder Emojis). Es wurde nichts verändert; eine kürzere reicht.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = Die ID dieses Musters ist zu lang.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = Dieses Muster wurde schon gelöscht.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = Dieses Muster wurde gelöscht; bitte speichere es als neues.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = Diese Sitzung lässt sich nicht mehr zurückholen.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = Diese Sitzung ist nicht mehr im Tagebuch.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = Die Sicherung konnte nicht verschlüsselt werden, deshalb wurde nichts gespeichert. Versuch es gleich noch einmal; wenn es immer wieder passiert, starte Ebb neu.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = Die CSV-Datei konnte nicht erstellt werden ({ $e }), deshalb wurde nichts gespeichert. Versuch es gleich noch einmal; wenn es immer wieder passiert, wähl Markdown oder JSON.

# src/error.rs
error-the-database-said-739256 = Die Datenbank meldete „{ $e }“. { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = Die Datei ist zu groß für dieses Laufwerk. Wähl einen anderen Ort dafür.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = Die Datei oder der Ordner ist nicht mehr da. Wenn etwas verschoben wurde, bring es an seinen Platz zurück und versuch es dann noch einmal.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = Der erste Tag liegt nach dem letzten. Bitte tausch die beiden.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = Das Tagebuch konnte nicht auf den neuesten Stand gebracht werden ({ $e }). Es wurde so gelassen, wie es ist; starte Ebb neu und versuch es noch einmal.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = Das Tagebuch konnte nicht auf seine sichere Art zu schreiben umstellen (es ist im Modus „{ $mode }“), deshalb wurde nichts geschrieben. Starte Ebb neu und versuch es noch einmal.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = Das Tagebuch konnte nicht zu seiner sicheren Art zu schreiben zurückkehren (es ist im Modus „{ $mode }“). Deine Einträge sind alle da; starte Ebb neu, bevor du weiterschreibst.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = Das Tagebuch ist gesperrt. Entsperr es mit deiner Passphrase, um weiterzumachen.

# src/error.rs
error-the-journal-is-open-in-cc345d = Das Tagebuch ist gerade in Ebbs Kommandozeile geöffnet. Es wurde nichts verändert; versuch es noch einmal, wenn sie fertig ist.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = Der Schlüssel des Tagebuchs konnte nicht versiegelt werden.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = Die Datenbank des Tagebuchs kann nicht gelesen werden ({ $e }). Sie wurde genau so gelassen, wie sie ist.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = Die Datenbank des Tagebuchs kann nicht gelesen werden ({ $e }). Sie wurde genau so gelassen, wie sie ist; es wurde nichts hineingeschrieben.

# src/error.rs
error-the-journal-s-folder-can-289b8d = Der Ordner des Tagebuchs lässt sich lesen, aber nicht beschreiben. Prüf das Laufwerk und starte Ebb dann neu.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = Der Schlüssel für den Eingang des Tagebuchs fehlt. Das Tagebuch wurde so gelassen, wie es ist.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = Die Schlüsseldatei des Tagebuchs nennt einen Schlüssel für den Eingang, den Ebb nicht lesen kann. Sie wurde so gelassen, wie sie ist.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = Die Schlüsseldatei des Tagebuchs lässt sich nicht verwenden: { $problem }. Sie wurde genau so gelassen, wie sie ist.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = Die Schlüsseldatei des Tagebuchs hat Einstellungen, die sich nicht verwenden lassen ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = Die Schlüsseldatei und die Datenbank des Tagebuchs gehören nicht zusammen. Beide wurden so gelassen, wie sie sind.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = Das PDF konnte nicht erstellt werden. Es wurde nichts gespeichert; bitte versuch es noch einmal.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = Die Einstellungen in dieser Sicherung ließen sich nicht verwenden ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = Das System meldete „{ $e }“. { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = Hier gibt es schon ein Tagebuch. Entsperr stattdessen dieses.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = Es gibt schon ein Muster namens „{ $name }“. Bitte wähl einen anderen Namen.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = Hier gibt es keine Datenbank eines Tagebuchs.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = Es gibt noch kein Tagebuch.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = Es gibt noch kein Tagebuch, in dem sich das aufbewahren lässt.

# src/error.rs
error-there-is-no-space-left-d16520 = Auf dem Laufwerk ist kein Platz mehr frei. Mach etwas Platz frei und versuch es dann noch einmal.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = Es gibt noch nichts aufzubewahren.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = Es gab nichts zurückzusetzen.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = Diese Schlüsseleinstellungen werden abgelehnt: { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = Diese Sicherung verlangt zum Öffnen weit mehr Aufwand als jede Sicherung von Ebb, deshalb wurde sie nicht geöffnet. Es wurde nichts verändert; wähl die Sicherung, die Ebb gespeichert hat.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = Diese Sicherung enthält mehr als jedes Tagebuch von Ebb (über 512 MB), deshalb wurde sie nicht gelesen. Es wurde nichts verändert; wähl die Sicherung, die Ebb gespeichert hat.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = Diese Sicherung ist gleich am Anfang beschädigt, deshalb lässt sie sich nicht öffnen. Sie wurde so gelassen, wie sie ist; wenn du eine andere Kopie hast, versuch es mit dieser.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = Diese Sicherung ist beschädigt oder unvollständig: Ein Teil davon lässt sich nicht entschlüsseln. Sie wurde so gelassen, wie sie ist; wenn du eine andere Kopie hast, versuch es mit dieser.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = Diese Sicherung hat ein neueres Format, als diese Version von Ebb lesen kann. Es wurde nichts verändert; eine neuere Version von Ebb kann sie öffnen.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = Diese Version von Ebb wurde ohne ihre Verschlüsselung erstellt, deshalb schreibt sie nichts ins Tagebuch. Atmen, Erdung und die Soforthilfe funktionieren weiterhin.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = Das ließ sich bei gesperrtem Tagebuch nicht verschlüsseln ({ $e }). Es wurde nichts geschrieben; entsperr das Tagebuch und versuch es noch einmal.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = Das ließ sich bei gesperrtem Tagebuch nicht aufbewahren ({ $e }). Es wurde nichts geschrieben; entsperr das Tagebuch und versuch es noch einmal.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = Dieser Entwurf ist größer, als Ebb aufbewahren kann (8 MB). Was du geschrieben hast, ist noch auf dem Bildschirm; speichere einen Teil davon als Sitzung und mach dann weiter.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = Diese Datei ist größer als jeder Export von Ebb (über 512 MB), deshalb wurde sie nicht gelesen. Es wurde nichts verändert; wähl die Datei, die Ebb exportiert hat.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = Diese Datei wurde für den Schlüssel einer Person verschlüsselt statt mit einer Passphrase, also ist sie keine Sicherung von Ebb. Es wurde nichts verändert; wähl die Sicherung, die Ebb gespeichert hat.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = Das ist länger, als Ebb in einem Feld aufbewahren kann (2 MB). Könnte ein Teil davon in eine andere Sitzung?

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = Das ist keine Sicherung von Ebb: Die Datei beginnt nicht so wie Ebbs Sicherungen. Es wurde nichts verändert; wähl die Sicherungsdatei, die Ebb gespeichert hat (ihr Name endet auf .age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = Diese Sitzung wurde gelöscht. Mach das Löschen rückgängig, um sie zu ändern.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = Um alles zu löschen, gib das Wort „{ $DELETE_CONFIRMATION }“ ein.

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = „tool“ muss „pacer“ oder „grounding“ sein.

# src/error.rs
error-try-again-in-a-moment-982a23 = Versuch es gleich noch einmal; wenn es immer wieder passiert, starte Ebb neu.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = „used“ ist länger als 200 Zeichen.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = Schreib einen kurzen Schritt, etwa „Halte etwas Warmes in den Händen“.

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = Dein Plan konnte nicht gespeichert werden, weil der Schlüsselbund dieses Computers gerade nicht antwortet ({ $reason }). Was du geschrieben hast, ist noch auf dem Bildschirm; versuch es gleich noch einmal oder nach einem Neustart von Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = Die Datei deines Krisenplans ({ $v1 }) konnte nicht gelesen werden, deshalb wurde sie genau so gelassen, wie sie ist. Atmen, Erdung und die Soforthilfe funktionieren alle weiterhin.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = Deine Einstellungsdatei war beschädigt ({ $problem }), deshalb verwendet Ebb seine üblichen Einstellungen. Sie konnte nicht beiseitegelegt werden ({ $e }); sie liegt unverändert unter { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = Deine Einstellungsdatei war beschädigt, deshalb ist Ebb mit seinen üblichen Einstellungen gestartet. Die alte Datei ist als { $v1 } aufbewahrt.
