# Ebbs Worte auf Deutsch: der Bereich Atemmuster (Atemmuster zur Auswahl und die eigenen
# der Person). Gelesen von der Oberfläche (ui/js/views/patterns.js). Die Namen und
# Beschreibungen der Muster kommen von anderswo, ebenso die Meldungen zu einem Wert,
# der sich nicht speichern lässt. Quelle ist en/patterns.ftl.

## Atemmuster: die Liste

patterns-title = Atemmuster
# Der Name, den Screenreader für die Liste der Muster vorlesen.
patterns-list = Muster
patterns-lead = Wähl das Muster, mit dem du atmen möchtest, oder leg ein eigenes an.
# Ein kleines Etikett an dem Muster, das beim Atmen gerade verwendet wird.
patterns-in-use = Aktiv
# Ein kleines Etikett neben einem Muster, das die Person angelegt hat.
patterns-yours = eigenes
# Ein kleines Etikett neben einem Muster, bei dem Einatmen und Ausatmen gleich lang sind.
patterns-equal-length = gleich lang
# Knöpfe neben einem Muster; .aria-label ist, was ein Screenreader hört, mit $name als Name des Musters.
patterns-use = Verwenden
    .aria-label = { $name } verwenden
patterns-edit = Bearbeiten
    .aria-label = { $name } bearbeiten
patterns-delete = Löschen
    .aria-label = { $name } löschen
# Statt „Löschen“ gezeigt, um sicherzugehen.
patterns-confirm-delete = Ja, löschen
    .aria-label = Ja, { $name } löschen
patterns-keep = Behalten
# Gesagt, sobald ein Muster gewählt ist; $name: der Name des Musters.
patterns-chosen = Beim Atmen wird jetzt „{ $name }“ verwendet.
# Gesagt, sobald ein Muster gelöscht ist; $name: der Name des Musters.
patterns-deleted = „{ $name }“ gelöscht.

## Atemmuster: ein eigenes anlegen oder bearbeiten

patterns-make-own = Eigenes Muster anlegen
# Die Überschrift des Formulars, während ein Muster bearbeitet wird; $name: sein Name.
patterns-edit-title = „{ $name }“ bearbeiten
# Beschriftung des Felds für den Namen des Musters.
patterns-name = Name
# Beschriftungen der vier Felder, jedes eine Zahl von Sekunden.
patterns-inhale = Einatmen
patterns-hold-in = Halten nach dem Einatmen
patterns-exhale = Ausatmen
patterns-hold-out = Halten nach dem Ausatmen
patterns-seconds-note = Alles in Sekunden: 1 bis 30 zum Ein- und Ausatmen, 0 bis 30 zum Halten, in Schritten von einer halben Sekunde.
patterns-save = Muster speichern
patterns-cancel-edit = Bearbeiten abbrechen
# Gesagt, sobald ein Muster gespeichert ist; $name: sein Name.
patterns-saved = „{ $name }“ gespeichert.
