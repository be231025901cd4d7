# Ebbs Worte auf Deutsch: der Bereich Einblicke (Diagramme des Tagebuchs über die Zeit) und
# die Übersicht, was ein Import oder eine Wiederherstellung hinzufügen würde (in den Einstellungen).
# Gelesen von der Oberfläche (ui/js/views/insights.js, insights-charts.js, insights-model.js).
# Dieselbe ruhige Stimme wie in ebb.ftl: Das sind die eigenen Notizen der Person, gezählt. Nie
# eine Punktzahl, ein Ziel, ein Urteil oder eine Diagnose. Quelle ist en/insights.ftl.

## Einblicke: der Bereich

insights-title = Einblicke
# Gezeigt, wenn es noch kein Tagebuch gibt.
insights-absent = Einblicke entstehen aus deinem Therapietagebuch. Wenn du über ein paar Sitzungen geschrieben hast, siehst du hier, wie sie im Lauf der Zeit verlaufen sind.
# Gezeigt, solange das Tagebuch gesperrt ist.
insights-locked = Einblicke werden aus deinem Tagebuch berechnet, deshalb erscheinen sie, sobald es entsperrt ist.
insights-go-to-journal = Zum Tagebuch
insights-unlock-journal = Tagebuch entsperren
# Beschriftung der Liste, die den Zeitraum wählt (die Optionen folgen).
insights-range-label = Zeitraum
insights-empty = Noch gibt es nichts zu zeigen, und das ist in Ordnung. Wenn du ein paar Sitzungen notierst, zeigt diese Seite nach und nach, wie sich Belastung, Tränen und die Übungen, die du nutzt, über die Zeit verändern.
insights-no-pressure = Hier musst du nichts durchhalten: Schreib, wenn es dir hilft, und lass es, wenn nicht.
# $sessions: wie viele Sitzungen das Tagebuch enthält.
insights-count-all =
    { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } in deinem Tagebuch.
# $sessions: Sitzungen im gewählten Zeitraum; $all: Sitzungen im ganzen Tagebuch.
insights-count-range =
    { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } in diesem Zeitraum, von { $all } in deinem Tagebuch.
# „Alles“ ist die Option insights-range-all unten: dieselben Worte verwenden.
insights-few = Mit nur ein oder zwei Sitzungen in diesem Zeitraum ergibt sich noch kein richtiges Bild. Versuch „Alles“, oder schau nach ein paar weiteren Sitzungen wieder vorbei.
insights-not-a-judgement = Das sind deine eigenen Notizen, gezählt. Sie sind kein Urteil und keine Diagnose; deine Therapeutin oder dein Therapeut ist der richtige Mensch, um sie gemeinsam zu verstehen.

## Einblicke: die Zeiträume

insights-range-3m = Letzte 3 Monate
insights-range-12m = Letzte 12 Monate
insights-range-all = Alles
# Von einem Screenreader gesagt, sobald ein Zeitraum gewählt ist.
insights-showing-3m = Die letzten 3 Monate werden gezeigt.
insights-showing-12m = Die letzten 12 Monate werden gezeigt.
insights-showing-all = Alles wird gezeigt.

## Einblicke: lohnt sich, in der Therapie anzusprechen (die Beobachtungen selbst kommen von anderswo)

insights-mention-title = Lohnt sich, in der Therapie anzusprechen
# Ein Link zu einer Sitzung: $when ist ihr Datum und ihre Uhrzeit, $therapist der Name, den die Person geschrieben hat.
insights-mention-session = { $when } · { $therapist }
# Ein Link zu einer Sitzung, deren Datum nicht bekannt ist.
insights-open-session = Sitzung öffnen

## Einblicke: die Diagramme (Titel, Legenden, Tabellen)

insights-distress-title = Belastung vor und nach den Sitzungen
insights-tools-title = Was die Belastung verändert hat
# Ein Diagramm, wie viele Sitzungen Tränen hatten. Nie eine Punktzahl oder ein Ziel: Mehr oder weniger Tränen sind nichts, was man anstreben sollte.
insights-tears-title = Tränen im Lauf der Zeit
# Anzeichen, die die Person nach Sitzungen notiert hat (stundenlang schlechter gefühlt, überflutet, taub …).
insights-signs-title = Was du im Blick behalten kannst
# Öffnet eine Tabelle mit den Zahlen hinter einem Diagramm.
insights-show-numbers = Zahlen zeigen
# Legende des Belastungsdiagramms: die Linie für Angaben vor der Sitzung.
insights-legend-before = Vor der Sitzung
# Legende des Belastungsdiagramms: die Linie für Angaben nach der Sitzung; 0 bis 10 ist die Skala.
insights-legend-after = Nach der Sitzung (0 ruhig, 10 stärkste Belastung)
# Über der Tabelle der Belastung, wenn sie nur die neuesten Angaben zeigt.
insights-table-latest = Die neuesten { $shown } von { $total }.
insights-table-session = Sitzung
insights-table-before = Vorher
insights-table-after = Nachher
# In der Tabelle, wo eine Sitzung keine Angabe hat.
insights-no-rating = –
# Legende des Tränendiagramms: die Balken für alle Sitzungen.
insights-legend-sessions = Sitzungen
# Legende des Tränendiagramms: die Balken für Sitzungen mit Tränen. $bucket: week oder month, wie die Balken gruppiert sind.
insights-legend-tears =
    Sitzungen mit Tränen, pro { $bucket ->
        [month] Monat
       *[week] Woche
    }
# Tabellenkopf: der Monat einer Zeile.
insights-table-month = Monat
# Tabellenkopf: der erste Tag der Woche einer Zeile.
insights-table-week = Woche ab
insights-table-sessions = Sitzungen
insights-table-with-tears = Mit Tränen
# Legende des Diagramms der Anzeichen (ein Raster farbiger Felder). $bucket: week oder month, je eine Spalte.
insights-legend-signs =
    Kräftigere Farbe: in { $bucket ->
        [month] diesem Monat
       *[week] dieser Woche
    } nach mehr Sitzungen notiert.

## Einblicke: die Anzeichen, als Zeilen des Diagramms

insights-sign-worse-for-hours = Stundenlang schlechter
insights-sign-flooding = Überflutet
insights-sign-numbness = Taub
insights-sign-panic = Panik
insights-sign-dissociation = Weit weg

## Einblicke: die Zusammenfassungen neben jedem Diagramm (was ein Screenreader hört)

insights-distress-few = Sobald du bei zwei oder drei Sitzungen die Belastung angegeben hast, siehst du hier, wie sie sich verändert hat.
# $sessions: Sitzungen mit Angabe; $before, $after: die durchschnittliche Belastung (0 bis 10, eine Nachkommastelle);
# $lower: Sitzungen, nach denen die Belastung niedriger war als vorher, von $rated Sitzungen mit beiden Angaben.
insights-distress-both-lower =
    Bei { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } mit Angaben lag die Belastung vorher im Schnitt bei { $before } von 10 und nachher bei { $after }. In { $lower } von { $rated } war sie danach niedriger.
# Wie insights-distress-both-lower, wenn keine Sitzung vorher und nachher eine Angabe hat.
insights-distress-both =
    Bei { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } mit Angaben lag die Belastung vorher im Schnitt bei { $before } von 10 und nachher bei { $after }.
# Nur Angaben vor Sitzungen. $before: ihr Durchschnitt (0 bis 10, eine Nachkommastelle).
insights-distress-before =
    Bei { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } mit Angaben lag die Belastung vorher im Schnitt bei { $before } von 10.
# Nur Angaben nach Sitzungen. $after: ihr Durchschnitt (0 bis 10, eine Nachkommastelle).
insights-distress-after =
    Bei { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } mit Angaben lag die Belastung nachher im Schnitt bei { $after } von 10.

# Wie sich die Belastung mit einer Übung im Schnitt verändert hat (nachher verglichen mit vorher, auf der Skala von 0 bis 10).
# $direction: lower, higher oder none; $amount: die Größe der Veränderung, eine Nachkommastelle.
# Gezeigt als Tooltip eines Balkens in „Was die Belastung verändert hat“.
insights-change =
    { $direction ->
        [lower] Im Schnitt { $amount } niedriger
        [higher] Im Schnitt { $amount } höher
       *[none] Im Schnitt keine Veränderung
    }
# Eine Zeile pro Übung in „Was die Belastung verändert hat“. $name: das Atemmuster oder die Liste zur Erdung;
# $kind: pacer (Atmen) oder grounding (Erdung); $rated: wie oft sie bewertet wurde;
# $direction und $amount: wie in insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] Atmen
       *[grounding] Erdung
    }): { $rated ->
        [one] { $rated }-mal
       *[other] { $rated }-mal
    } bewertet, Belastung { $direction ->
        [lower] im Schnitt { $amount } niedriger
        [higher] im Schnitt { $amount } höher
       *[none] im Schnitt unverändert
    }
# Der Name einer Atemübung, deren Muster nicht bekannt ist.
insights-tool-breathing = Atmen
# Der Name einer Erdungsübung, deren Liste nicht bekannt ist.
insights-tool-grounding = Erdung
insights-tools-none = Wenn du vor und nach dem Atmen oder dem Erden angibst, wie stark deine Gefühle sind, siehst du hier, was dir eher hilft.
# $tools: wie viele Übungen bewertet wurden.
insights-tools-count =
    { $tools ->
        [one] { $tools } Übung
       *[other] { $tools } Übungen
    } mit Bewertungen.
# $tools: wie viele Übungen bewertet wurden; $name: die, nach der die Belastung am stärksten gesunken ist;
# $direction und $amount: wie in insights-change (hier lower, oder none, wenn die Veränderung auf nichts gerundet wird).
insights-tools-count-best =
    { $tools ->
        [one] { $tools } Übung
       *[other] { $tools } Übungen
    } mit Bewertungen. Am stärksten gesunken ist die Belastung bei { $name } ({ $direction ->
        [none] im Schnitt unverändert
       *[lower] im Schnitt { $amount } niedriger
    }).

insights-tears-few = Nach ein paar Sitzungen siehst du hier deine Tränen im Lauf der Zeit.
# $tears: Sitzungen mit Tränen, von $sessions; $bucket: week oder month, wie das Diagramm sie gruppiert.
# Der letzte Satz ist wichtig: Tränen sind nie eine Punktzahl, und weder mehr noch weniger ist ein Ziel.
insights-tears-summary =
    Tränen in { $tears } von { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, gezeigt pro { $bucket ->
        [month] Monat
       *[week] Woche
    }. Mehr oder weniger Tränen sind kein Ziel; das hier ist nur, was du notiert hast.
# Wie insights-tears-summary, mit der Art von Tränen, die am häufigsten notiert wurde ($kind).
insights-tears-summary-kind =
    Tränen in { $tears } von { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, gezeigt pro { $bucket ->
        [month] Monat
       *[week] Woche
    }. Am häufigsten hast du diese Art notiert: { $kind ->
        [release] Loslassen
        [grief] Trauer
        [recognition] Erkennen
        [overwhelm] Überwältigung
        [connection] Verbundenheit
       *[other] { $kind }
    }. Mehr oder weniger Tränen sind kein Ziel; das hier ist nur, was du notiert hast.

insights-signs-none = In diesem Zeitraum hast du nichts notiert, was du im Blick behalten müsstest.
# $signs: die notierten Anzeichen, jeweils eine der Meldungen insights-sign-after-… unten,
# verbunden mit insights-signs-separator.
insights-signs-noted = Notiert: { $signs }.
# Zwischen zwei Anzeichen in insights-signs-noted (ein Semikolon und ein Leerzeichen).
insights-signs-separator = ;{ " " }
# $count: nach wie vielen Sitzungen das notiert wurde.
insights-sign-after-worse-for-hours =
    stundenlang schlechter gefühlt nach { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
insights-sign-after-flooding =
    überflutet nach { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
insights-sign-after-numbness =
    taub nach { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
insights-sign-after-panic =
    Panik nach { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
insights-sign-after-dissociation =
    weit weg nach { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }

## Import und Wiederherstellung: was eine Datei hinzufügen würde (in den Einstellungen, vor dem Import)

# Die Überschrift über der Liste dessen, was ein Import hinzufügt.
insights-import-adds = Der Import fügt hinzu:
# Die Überschrift über der Liste dessen, was das Wiederherstellen einer Sicherung hinzufügt.
insights-restore-adds = Das Wiederherstellen fügt hinzu:
insights-import-nothing-new = Alles in dieser Datei ist schon in deinem Tagebuch.
# $first, $last: die Daten der ersten und der letzten hinzugefügten Sitzung.
insights-import-span = Die hinzugefügten Sitzungen stammen aus der Zeit vom { $first } bis zum { $last }.
# Je eine Zeile in der Liste unter insights-import-adds; $count: wie viele.
insights-import-new-sessions =
    { $count ->
        [one] { $count } neue Sitzung
       *[other] { $count } neue Sitzungen
    }
insights-import-newer-sessions =
    { $count ->
        [one] { $count } Sitzung in einer neueren Fassung
       *[other] { $count } Sitzungen in einer neueren Fassung
    }
# Punkte, die die Person in einer Sitzung ansprechen wollte.
insights-import-new-bring-up =
    { $count ->
        [one] { $count } neuer Punkt zum Ansprechen
       *[other] { $count } neue Punkte zum Ansprechen
    }
insights-import-newer-bring-up =
    { $count ->
        [one] { $count } Punkt zum Ansprechen in einer neueren Fassung
       *[other] { $count } Punkte zum Ansprechen in einer neueren Fassung
    }
# Bewertungen, wie eine Atem- oder Erdungsübung gewirkt hat.
insights-import-new-practice =
    { $count ->
        [one] { $count } neue Bewertung einer Übung
       *[other] { $count } neue Bewertungen von Übungen
    }
insights-import-newer-practice =
    { $count ->
        [one] { $count } Bewertung einer Übung in einer neueren Fassung
       *[other] { $count } Bewertungen von Übungen in einer neueren Fassung
    }
insights-import-new-notes =
    { $count ->
        [one] { $count } neue Kurznotiz
       *[other] { $count } neue Kurznotizen
    }
insights-import-newer-notes =
    { $count ->
        [one] { $count } Kurznotiz in einer neueren Fassung
       *[other] { $count } Kurznotizen in einer neueren Fassung
    }
# Einträge zu Sitzungen, die noch nicht fertig sind.
insights-import-new-drafts =
    { $count ->
        [one] { $count } neuer Entwurf
       *[other] { $count } neue Entwürfe
    }
insights-import-newer-drafts =
    { $count ->
        [one] { $count } Entwurf in einer neueren Fassung
       *[other] { $count } Entwürfe in einer neueren Fassung
    }
# $count: Einträge der Datei, die das Tagebuch schon hat.
insights-import-already =
    { $count ->
        [one] { $count } Eintrag ist schon in deinem Tagebuch und bleibt, wie er ist
       *[other] { $count } Einträge sind schon in deinem Tagebuch und bleiben, wie sie sind
    }
