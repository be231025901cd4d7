# Ebbs Worte auf Deutsch für die Soforthilfe, den Krisenplan („Mein Plan“) und die
# Nachfrage nach einer Sitzung. Gelesen von der Oberfläche (ui/js/views/help.js,
# ui/js/views/safety-plan.js, ui/js/check-in.js). Quelle ist en/help.ftl.
# Die Worte zu Krisen sind die wichtigsten: ruhig, schlicht und direkt.
# Der Titel des Bereichs selbst ist `help-now`, in ebb.ftl.

## Soforthilfe

# Nur unter dem Titel, wenn die Person von einer Belastung von 9 oder 10 hierherkommt.
help-gentle = Das klingt gerade wirklich schwer. Hier findest du Wege zu Unterstützung, und du kannst jederzeit zurückgehen.
help-lead = Da musst du nicht allein durch.
help-danger-title = Wenn du in Gefahr sein könntest
# Einmal klar benannt, neben der Notrufnummer: Wer am stärksten gefährdet ist, soll nicht raten müssen, ob diese Seite für ihn gedacht ist.
help-emergency = Wenn du daran denkst, dir das Leben zu nehmen oder dich zu verletzen, hast du es verdient, jetzt Hilfe zu bekommen, und du musst nicht warten, bis es schlimmer wird. Wenn du kurz davor sein könntest, es zu tun, wenn du jemand anderen verletzen könntest oder dort, wo du bist, nicht sicher bist, ruf jetzt den Notruf an.
# $country ist der Name des Landes, $number seine Notrufnummer (zum Beispiel „Deutschland“, „112“).
help-emergency-call = { $country }: Ruf { $number } an.
# Steht da, solange kein Land gewählt ist, statt der Notrufnummer eines Landes.
help-emergency-examples = Zum Beispiel: 112 in ganz Europa und in vielen anderen Ländern, 911 in den USA und in Kanada, 999 im Vereinigten Königreich, 000 in Australien.
help-breathe-title = Langsamer werden
help-breathe-text = Ein paar lange Atemzüge aus können deinem Körper helfen, etwas zur Ruhe zu kommen, während du überlegst, was du als Nächstes tust.
help-breathe = Mit { -app-name } atmen

## Soforthilfe: die eigenen Kontakte

help-people-title = Deine Menschen
# Von Screenreadern als Name der Kontaktliste vorgelesen.
help-contacts-label = Deine Kontakte
help-contacts-empty = Trag die Menschen ein, die du in einem schweren Moment erreichen möchtest: deine Therapeutin oder deinen Therapeuten, eine Freundin oder einen Freund, jemanden aus deiner Familie.
help-contact-add = Kontakt hinzufügen
help-contact-edit = Bearbeiten
# Von Screenreadern auf dem Knopf „Bearbeiten“ vorgelesen; $name ist der Name des Kontakts, wie die Person ihn geschrieben hat.
help-contact-edit-label = { $name } bearbeiten
help-contact-remove = Entfernen
# Von Screenreadern auf dem Knopf „Entfernen“ vorgelesen; $name ist der Name des Kontakts.
help-contact-remove-label = { $name } entfernen
# Gesagt, nachdem ein Kontakt entfernt wurde; $name ist der Name des Kontakts.
help-contact-removed = { $name } entfernt.
# Gesagt, nachdem ein Kontakt gespeichert wurde; $name ist der Name des Kontakts.
help-contact-saved = { $name } gespeichert.
help-contact-name = Name
help-contact-reach = So erreichst du diese Person
help-contact-reach-hint = Eine Telefonnummer, oder wie ihr sonst in Kontakt kommt.
help-contact-note = Notiz (optional)
help-contact-note-hint = Zum Beispiel: meine Therapeutin, dienstags.
help-contact-save = Kontakt speichern
help-contact-cancel = Abbrechen

## Soforthilfe: Krisentelefone im Land der Person

# Die Überschrift des Abschnitts und der Name, den Screenreader seiner Liste geben.
help-lines = Krisentelefone
help-country = Land
# Die erste Wahl der Länderliste, bevor ein Land gewählt ist.
help-country-choose = Wähl dein Land
# Die letzte Wahl der Länderliste.
help-country-unlisted = Mein Land ist nicht dabei
help-lines-change = Krisentelefone ändern sich manchmal: Wenn eine Nummer nicht funktioniert, erreichst du über den Notruf immer jemanden.
# $country ist der Name des Landes, $number seine Notrufnummer.
help-no-line = { -app-name } kennt für { $country } noch kein Krisentelefon, aber du kannst trotzdem jetzt Hilfe bekommen: Ruf { $number } an. Wenn du kannst, erzähl einem Menschen, dem du vertraust, wie es dir geht.
# Die Person hat „Mein Land ist nicht dabei“ gewählt.
help-no-lines-unlisted = { -app-name } kennt für dein Land noch keine Krisentelefone, aber du kannst trotzdem jetzt Hilfe bekommen: Ruf den Notruf an (112 in Europa und in vielen anderen Ländern). Wenn du kannst, erzähl einem Menschen, dem du vertraust, wie es dir geht.
help-no-country = Wähl dein Land, um Krisentelefone zu sehen. Wenn es nicht dabei ist, kannst du trotzdem jetzt Hilfe bekommen: Ruf den Notruf an.
# Fett vor dem schriftlichen Weg einer Leitung (eine SMS-Nummer oder ein Chat), der danach folgt.
help-line-text = Wenn Sprechen schwerfällt:
# Woher die Angaben zu einem Krisentelefon stammen; $source ist die Organisation oder Website.
help-line-source = Quelle: { $source }
# $source ist die Organisation oder Website; $month der Monat und das Jahr der letzten Prüfung („November 2026“).
help-line-source-checked = Quelle: { $source } (geprüft { $month })

## Mein Plan: der eigene Krisenplan, in der Soforthilfe

plan-title = Mein Plan
# Die Überschrift des Plans, der neben einer Belastung von 9 oder 10 gezeigt wird.
plan-yours = Dein Plan
plan-invite = Wenn du dich stabiler fühlst, kannst du hier einen eigenen Plan schreiben: Anzeichen, auf die du achten willst, was dir hilft, wen du erreichen kannst und was dich weitermachen lässt. Das dauert ein paar Minuten, Schritt für Schritt, und du kannst jederzeit aufhören.
plan-make = Meinen Plan schreiben
plan-change = Meinen Plan ändern
plan-print = Drucken
plan-markdown = Als Markdown speichern
# Der Plan als PDF auf einer Seite, in großer Schrift.
plan-pdf = Als PDF speichern
# Nur auf Papier, unter einem gedruckten Plan.
# Der als Markdown gespeicherte Plan: sein Titel und was unter einem Schritt steht, zu dem nichts geschrieben ist.
plan-markdown-title = Mein Krisenplan
plan-markdown-empty = (noch nichts geschrieben)
plan-print-emergency = Wenn du kurz davor sein könntest, dir das Leben zu nehmen oder dich zu verletzen, ruf jetzt den Notruf an.
# $path ist die Datei, in die der Plan gespeichert wurde.
plan-exported = Dein Plan ist in { $path } gespeichert. Diese Datei ist nicht verschlüsselt.
plan-saved = Dein Plan ist gespeichert. Er ist hier, wann immer du ihn brauchst.
plan-key-missing = Dein Plan ist noch gespeichert, aber im Schlüsselbund dieses Computers fehlt der Schlüssel, um ihn zu öffnen, deshalb kann { -app-name } ihn nicht zeigen. Die Datei bleibt genau so, wie sie ist, und wird beiseitegelegt, wenn du einen neuen Plan schreibst. Alles andere hier funktioniert wie immer.
plan-write-new = Einen neuen Plan schreiben
plan-keyring-unavailable = Dein Plan ist gespeichert, aber der Schlüsselbund dieses Computers antwortet gerade nicht, deshalb kann { -app-name } ihn nicht öffnen. Es wurde nichts verändert. Nach einem Neustart von { -app-name } oder einer neuen Anmeldung sollte er wieder da sein; alles andere hier funktioniert wie immer.

## Mein Plan: Schritt für Schritt schreiben

# Die Überschrift beim Schreiben; $step ist die Nummer des Schritts, $steps die Anzahl der Schritte.
plan-step-count = Mein Plan: Schritt { $step } von { $steps }
# Von Screenreadern auf jeder geschriebenen Zeile vorgelesen; $step ist die Überschrift des Schritts („Was ich allein tun kann“), $line die Nummer der Zeile.
plan-line-label = { $step }, Zeile { $line }
plan-move-up = Nach oben
plan-move-down = Nach unten
plan-remove = Entfernen
# Von Screenreadern auf den Knöpfen neben einer Zeile vorgelesen; $line ist die Zeile, wie die Person sie geschrieben hat.
plan-move-up-label = Nach oben: { $line }
plan-move-down-label = Nach unten: { $line }
plan-remove-label = Entfernen: { $line }
plan-add-line = Zeile hinzufügen
plan-add-another = Noch eine Zeile hinzufügen
plan-add = Hinzufügen
plan-back = Zurück
# Beim letzten Schritt statt „Weiter“.
plan-done = Fertig
plan-next = Weiter
# Statt „Weiter“, wenn zu diesem Schritt nichts geschrieben ist.
plan-skip = Diesen Schritt überspringen
plan-later = Später weitermachen

## Mein Plan: die Schritte, in Lesereihenfolge
## Jeder hat eine Überschrift, eine Zeile Hilfe und ein Beispiel, das blass im leeren
## Feld steht (nie für die Person ausgefüllt).

plan-warning-signs = Anzeichen, dass eine schwere Zeit kommt
plan-warning-signs-help = Gedanken, Gefühle oder Dinge, die du tust, an denen du merkst, dass eine schwere Zeit beginnen könnte.
plan-warning-signs-example = Zum Beispiel: Ich antworte nicht mehr auf Nachrichten
plan-on-my-own = Was ich allein tun kann
plan-on-my-own-help = Kleine Dinge, die dem Ganzen etwas die Schärfe nehmen, ohne dass du jemand anderen brauchst.
plan-on-my-own-example = Zum Beispiel: lange ausatmen mit { -app-name }, eine heiße Dusche, einmal um den Block gehen
plan-distractions = Menschen und Orte, die mich ablenken
plan-distractions-help = Ein Ort, an den du gehen kannst, oder jemand, bei dem du sein kannst, ohne über deine Gefühle reden zu müssen.
plan-distractions-example = Zum Beispiel: die Bücherei, die Küche meiner Nachbarin
plan-people = Menschen, die ich um Hilfe bitten kann
plan-people-help = Menschen, denen du sagen könntest, dass es dir schlecht geht, und wie du sie erreichst.
# Ein ausgedachter Name und eine Nummer: ein üblicher Name und eine Nummer, die nach Deutschland aussieht, aber für Filme und Bücher reserviert ist.
plan-people-example = Zum Beispiel: Kim, 030 23125 456
plan-professionals = Fachleute und Hilfsangebote
plan-professionals-help = Deine Therapeutin, dein Therapeut, deine Ärztin oder dein Arzt, und Dienste, die du Tag und Nacht anrufen kannst.
plan-professionals-example = Zum Beispiel: meine Therapeutin, dienstags; das Krisentelefon weiter unten
plan-safer-surroundings = Meine Umgebung sicherer machen
plan-safer-surroundings-help = Wege, vorerst Abstand zwischen dich und Dinge zu bringen, mit denen du dich verletzen könntest.
plan-safer-surroundings-example = Zum Beispiel: jemanden bitten, meine Medikamente eine Weile aufzubewahren
plan-reasons = Was mich weitermachen lässt
plan-reasons-help = Menschen, Tiere, Hoffnungen oder alles, was dir wichtig ist. Ein paar Worte reichen.
plan-reasons-example = Zum Beispiel: meine Schwester; noch einmal das Meer sehen

## Die Nachfrage nach einer Sitzung: wie lange danach sie kommt
## (der Hinweis selbst steht in ebb.ftl)

check-in-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
check-in-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
# Ganze Stunden und eine halbe: „1½ Stunden“, „2½ Stunden“. $hours ist die Zahl der ganzen Stunden.
check-in-hours-half = { $hours }½ Stunden
