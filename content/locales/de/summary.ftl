# Ebbs Worte auf Deutsch: „Meine nächste Sitzung vorbereiten“, eine Zusammenfassung auf einer Seite,
# die die Person zu ihrer Therapeutin oder ihrem Therapeuten mitnehmen kann, auf Papier oder als PDF.
# Gelesen von Rust (die Seite selbst: src-tauri/src/summary/) und von der Oberfläche (die
# Vorschau, in der die Person auswählt, was auf die Seite kommt: ui/js/views/summary.js).
# Die Seite gehört der Person, in der Ich-Form, zum Lesen für die Therapie. Schlicht,
# ruhig und sachlich: Zählungen aus den eigenen Notizen, nie eine Punktzahl, eine Diagnose oder ein Ziel.
# Quelle ist en/summary.ftl.

## Die Vorschau

summary-open = Meine nächste Sitzung vorbereiten
summary-title = Meine nächste Sitzung vorbereiten
summary-intro = Wähl aus, was auf die Seite kommt. Nur was hier angehakt ist, kommt darauf, und nichts verlässt Ebb, bevor du es speicherst oder druckst.
# Der Zeitraum, den die Seite umfasst (eine Gruppe von drei Möglichkeiten).
summary-stretch-label = Welcher Zeitraum
summary-stretch-since-last-session = Seit meiner letzten Sitzung
summary-stretch-last-month = Der letzte Monat
summary-stretch-dates = Zwischen zwei Daten
summary-from = Von
summary-to = Bis
# $stretch: die umfassten Tage, wie summary-stretch sie nennt; $sessions: Sitzungen darin.
summary-covers =
    { $stretch }: { $sessions ->
        [0] keine Sitzungen notiert
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }.
# Die eigene Zeile der Person, oben auf der Seite.
summary-top-label = Worüber ich am meisten sprechen möchte (optional)
summary-top-hint = Eine Zeile von dir, ganz oben auf der Seite.
# Das Häkchen eines Abschnitts: nimmt den ganzen Abschnitt auf die Seite oder herunter.
summary-section-include = Diesen Abschnitt aufnehmen
summary-none-in-stretch = Für diesen Zeitraum gibt es hier nichts.
# Unter den angebotenen Punkten, wenn es mehr gibt. $count: offene Punkte, die älter sind als die gezeigten.
summary-bring-up-older =
    { $count ->
        [one] Ein älterer Punkt ist in deinem Tagebuch noch offen; hier erscheinen nur die neuesten.
       *[other] { $count } ältere Punkte sind in deinem Tagebuch noch offen; hier erscheinen nur die neuesten.
    }
# Unter den angebotenen Sitzungen, wenn es mehr gibt. $count: ältere Sitzungen mit Notizen.
summary-notes-older =
    { $count ->
        [one] Eine ältere Sitzung mit Notizen erscheint hier nicht; wähl einen kürzeren Zeitraum, um sie zu sehen.
       *[other] { $count } ältere Sitzungen mit Notizen erscheinen hier nicht; wähl einen kürzeren Zeitraum, um sie zu sehen.
    }
summary-notes-hint = Deine Notizen bleiben privat, solange du sie nicht anhakst. Wähl nur aus, was deine Therapeutin oder dein Therapeut lesen soll.
# Papierformate.
summary-paper-label = Papierformat
summary-paper-a4 = A4
summary-paper-letter = US Letter
summary-save = Als PDF speichern…
summary-print = Drucken…
summary-back = Zurück zum Tagebuch
summary-not-encrypted = Das PDF ist nicht verschlüsselt.
summary-not-encrypted-more = Wer die Datei öffnen kann, kann sie lesen. Bewahr sie an einem privaten Ort auf und lösch sie, wenn du sie nicht mehr brauchst.
# $path: wo das PDF gespeichert wurde; $pages: wie viele Seiten es hat.
summary-saved =
    { $pages ->
        [one] Eine Seite
       *[other] { $pages } Seiten
    } in { $path } gespeichert.
summary-nothing-saved = Es wurde nichts gespeichert.
summary-printing = Der Druckdialog ist geöffnet.
summary-loading = Was in diesem Zeitraum steht, wird zusammengetragen…
# Gesagt, wenn das Tagebuch während der Vorbereitung gesperrt wird.
summary-locked = Entsperr das Tagebuch, um eine Seite vorzubereiten.

## Die Seite (auch das PDF)

summary-page-title = Für meine nächste Sitzung
# $from, $to: Tage, ausgeschrieben.
summary-stretch = { $from } bis { $to }
# Der Titel des PDFs und der vorgeschlagene Dateiname. $stretch: summary-stretch.
summary-file-title = Für meine nächste Sitzung, { $stretch }
summary-top-heading = Worüber ich am meisten sprechen möchte
summary-bring-up-heading = Was ich noch ansprechen wollte
# $date: der Tag, an dem ein Punkt notiert wurde (kurze Form, „3. Nov.“).
summary-noted = notiert am { $date }
summary-distress-heading = Belastung vor und nach den Sitzungen
# Legende des Diagramms: ein umrandeter Balken, dann ein ausgefüllter.
summary-chart-before = Vorher (umrandet)
summary-chart-after = Nachher (ausgefüllt)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day }: { $before } vorher, { $after } nachher
# $shown: wie viele Sitzungen das Diagramm zeigt; $all: wie viele eine Angabe haben.
summary-chart-latest = Das Diagramm zeigt die neuesten { $shown } von { $all } Sitzungen mit Angaben.
# Das Diagramm in Worten. $sessions: Sitzungen mit Angaben; $before, $after: Durchschnitte auf der
# Skala von 0 bis 10; $has: both, before oder after (welche Angaben gemacht wurden).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [one] Eine Sitzung mit Angabe
           *[other] { $sessions } Sitzungen mit Angaben
        }: vorher im Schnitt { $before } (0–10).
        [after] { $sessions ->
            [one] Eine Sitzung mit Angabe
           *[other] { $sessions } Sitzungen mit Angaben
        }: nachher im Schnitt { $after } (0–10).
       *[both] { $sessions ->
            [one] Eine Sitzung mit Angaben
           *[other] { $sessions } Sitzungen mit Angaben
        }: vorher im Schnitt { $before }, nachher { $after } (0–10).
    }
summary-signs-heading = Lohnt sich anzusprechen
# $sign: ein Anzeichen, wie das Sitzungsformular es nennt; $count: Sitzungen, nach denen es
# notiert wurde; $sessions: Sitzungen im Zeitraum.
summary-sign =
    { $sign }: nach { $count } von { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }
summary-signs-note = Aus meinen eigenen Notizen nach den Sitzungen, zum Besprechen; keine Diagnose.
summary-helped-heading = Was geholfen hat
# $name: ein Atemmuster oder eine Liste zur Erdung; $kind: pacer oder grounding; $amount:
# um wie viel die Belastung danach im Schnitt niedriger war (0–10); $rated: wie oft bewertet.
summary-helped =
    { $name } ({ $kind ->
        [pacer] Atmen
       *[grounding] Erdung
    }): Belastung im Schnitt { $amount } niedriger, { $rated ->
        [one] einmal bewertet
       *[other] { $rated }-mal bewertet
    }
summary-notes-heading = Aus meinen Notizen zu den Sitzungen
# $day: wann die Sitzung war; $therapist: der Name der Therapeutin oder des Therapeuten, wie die Person ihn geschrieben hat.
summary-session-with = { $day }, mit { $therapist }
# $text: die eigene Notiz der Person.
summary-came-up = Was hochkam: { $text }
summary-what-helped = Was geholfen hat: { $text }
summary-nothing-chosen = Für diese Seite wurde nichts ausgewählt.
summary-shortened = Einige lange Texte wurden hier gekürzt (…); vollständig stehen sie in meinem Tagebuch.
# $date: der Tag, an dem die Seite erstellt wurde.
summary-footer = Erstellt am { $date }
