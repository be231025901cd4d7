# Ebbs Worte auf Deutsch: der Bereich Erdung (kurze Listen, um in den Raum und in den
# Körper zurückzukommen). Gelesen von der Oberfläche (ui/js/views/grounding.js).
# Dieselbe ruhige Stimme wie in ebb.ftl: keine Eile, nichts, was man richtig machen muss.
# Die Namen der Listen und ihre Schritte kommen von anderswo (content/), nicht aus dieser Datei.
# In diesem Bereich auch verwendet, aus ebb.ftl: rating-before, rating-after, help-now.
# Quelle ist en/grounding.ftl.

## Erdung: die Listen

grounding-title = Erdung
grounding-lead = Kurze Wege zurück in den Raum und in deinen Körper. Geh in deinem eigenen Tempo; lass alles weg, was nicht passt.
# Der Name, den Screenreader für die Liste der Erdungslisten vorlesen.
grounding-lists = Listen zur Erdung
# Ein kleines Etikett neben einer Liste, die die Person selbst angelegt hat.
grounding-yours = eigene

## Erdung: eine eigene Liste anlegen

grounding-make-own = Eigene Liste anlegen
# Beschriftung des Felds für den Namen der neuen Liste.
grounding-name = Name
# Beschriftung des Felds, in das die Schritte der neuen Liste geschrieben werden.
grounding-steps = Schritte, einer pro Zeile
grounding-make-list = Liste anlegen
# Gesagt, sobald eine Liste angelegt ist; $name: der Name, den die Person ihr gegeben hat.
grounding-made = „{ $name }“ angelegt.

## Erdung: eine Liste durchgehen

# Der Knopf zurück zur Übersicht der Listen; der Pfeil zeigt zurück (in Sprachen, die von rechts nach links laufen, umdrehen).
grounding-all-lists = ← Alle Listen
# Legende der Wahl zwischen den beiden Arten, eine Liste durchzugehen (die beiden Optionen folgen).
grounding-show = Anzeigen
grounding-one-step = Ein Schritt nach dem anderen
grounding-whole-list = Die ganze Liste
# Nach einem Schritt, der bittet, etwas wahrzunehmen, neben dem Feld, in das die Person es schreiben kann.
grounding-notice-private = (nur für dich; wird nicht gespeichert)
# $step: der gezeigte Schritt; $steps: wie viele Schritte die Liste hat.
grounding-step-count = Schritt { $step } von { $steps }
grounding-back = Zurück
grounding-next = Weiter
# Der Knopf des letzten Schritts: Er beendet die Liste.
grounding-finish = Abschließen
# Die Tasten für „Ein Schritt nach dem anderen“: Eingabetaste oder Pfeil nach rechts für den nächsten Schritt, Pfeil nach links für den vorigen.
grounding-keys = Eingabetaste oder → für den nächsten Schritt, ← für zurück.
# Beschriftung des Felds, um der offenen Liste einen Schritt hinzuzufügen.
grounding-add-step-label = Dieser Liste einen Schritt hinzufügen
grounding-add-step = Schritt hinzufügen
grounding-step-added = Schritt hinzugefügt.
grounding-delete-list = Diese Liste löschen
# Gesagt, sobald die eigene Liste der Person gelöscht ist.
grounding-list-deleted = Deine Liste ist gelöscht.
# Macht die Schritte rückgängig, die die Person einer der mitgelieferten Listen hinzugefügt hat.
grounding-reset = Auf das Original zurücksetzen
# Gesagt, sobald eine Liste zurückgesetzt ist.
grounding-list-reset = Wieder die ursprüngliche Liste.
# Beendet die Liste, wenn sie ganz gezeigt wird, mit Häkchen.
grounding-done = Ich bin fertig

## Erdung: das Ende einer Liste

grounding-how-now = Wie geht es dir jetzt?
grounding-steadier = Ich fühle mich stabiler
grounding-overwhelmed = Immer noch überwältigt
# Die Antwort auf „Ich fühle mich stabiler“.
grounding-steadier-reply = Schön, dass sich etwas bewegt hat. Lass dir Zeit, bevor du weitermachst.
grounding-back-to-lists = Zurück zu den Listen
# Die Antwort auf „Immer noch überwältigt“: sanft, nie ein Versagen. Atmen oder Hilfe folgen als zwei Knöpfe.
grounding-overwhelmed-reply = Das ist in Ordnung. Manche Momente brauchen mehr als eine Liste. Du könntest ein paar Minuten atmen oder dich an jemanden wenden.
# Öffnet das Atmen.
grounding-breathe = Mit { -app-name } atmen
