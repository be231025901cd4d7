# Ebbs Worte auf Deutsch. Quelle ist en/ebb.ftl: dieselben IDs in derselben Reihenfolge.
# Gelesen von der Oberfläche (ui/js/i18n.js) und von Rust (src-tauri/src/i18n.rs).
# Überall dieselbe ruhige, schlichte Stimme: kurze Sätze, „du“, kein Fachjargon, keine Schuld.
# Glossar: glossary.md neben dieser Datei.

## Die App

-app-name = Ebb

## Obere Leiste und Bereiche

brand = { -app-name }
key-f1 = F1
key-esc = Esc
menu = Menü
screens =
    .aria-label = Bereiche
nav-breathe = Atmen
nav-ground = Erdung
nav-journal = Tagebuch
nav-insights = Einblicke
nav-learn = Wissen
nav-patterns = Atemmuster
nav-settings = Einstellungen
help-now = Soforthilfe

## Hinweise

notice-ok = OK
check-in-question = Wie geht es dir gerade? Zwei Minuten ruhig atmen?
check-in-breathe = Zwei Minuten atmen
check-in-not-now = Jetzt nicht
settings-not-loaded = { -app-name } konnte die Einstellungen nicht laden: { $reason }

## Atmen

pacer-title = Atmen
start-breathing = Atmen beginnen
start-hint = Leertaste oder Eingabetaste
pause = Pause
resume = Weiter
stop = Beenden
paused = Pausiert
paused-hint = Drück die Leertaste oder „Weiter“, wenn du so weit bist.
ending-complete = Diese Runde ist zu Ende.
ending-stopped = Beendet. Das ist in Ordnung.
ending-sub = Lass dir Zeit. Was als Nächstes kommt, hat keine Eile.
breathe-again = Noch einmal atmen
done = Fertig
breathing-options =
    .aria-label = Atemoptionen
pattern = Atemmuster
pattern-equal-length = { $name } (gleich lange Phasen)
length = Dauer
length-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
open-ended = Ohne Zeitlimit
time-left = Noch { $time }
gentle-start = Sanfter Einstieg
gentle-note = Beim sanften Einstieg sind die ersten Atemzüge kürzer und leichter und werden dann nach und nach langsamer.
soft-tones = Sanfte Töne
speak-breath = Atem ansagen
voice-missing = Auf diesem Computer ist keine Stimme installiert, deshalb kann { -app-name } den Atem nicht ansagen. Sanfte Töne funktionieren auch ohne Stimme.
voice-other-language = Auf diesem Computer gibt es keine deutsche Stimme, deshalb kann { -app-name } den Atem nicht auf Deutsch ansagen. Sanfte Töne funktionieren auch ohne Stimme.

## Die Atemphasen: angezeigt, von Screenreadern vorgelesen und als Fenstertitel gesetzt

phase-in = Einatmen
phase-top-up = Noch etwas einatmen
phase-hold = Halten
phase-out = Ausatmen

## Die Wörter, die „Atem ansagen“ spricht: kurz genug für eine Phase von zwei Sekunden

word-in = ein
word-top-up = noch etwas
word-hold = halten
word-out = aus

## Wie stark die Gefühle sind (0 bis 10)

rating-before = Wie stark sind deine Gefühle gerade? (optional)
rating-after = Wie stark sind deine Gefühle jetzt? (optional)
rating-hard = Das klingt wirklich schwer. Wenn du möchtest, ist Hilfe nur einen Schritt entfernt. Du kannst aber auch erst einmal hierbleiben.
rating-stay = Hierbleiben
rating-out-of-ten = { $n } von 10
rating-calm = 0 ruhig
rating-most = 10 stärkste Belastung

## Im Infobereich (Tray)

tray-breathe = Jetzt atmen
tray-grounding = Erdung
tray-help = Soforthilfe
tray-lock = Tagebuch sperren
tray-quit = { -app-name } beenden
tray-tooltip = { -app-name }: atmen, dich erden oder Hilfe finden

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = Über { -app-name }
menu-services = Dienste
menu-hide = { -app-name } ausblenden
menu-hide-others = Andere ausblenden
menu-show-all = Alle einblenden
menu-edit = Bearbeiten
menu-undo = Widerrufen
menu-redo = Wiederholen
menu-cut = Ausschneiden
menu-copy = Kopieren
menu-paste = Einsetzen
menu-select-all = Alles auswählen
menu-window = Fenster
menu-minimize = Im Dock ablegen
menu-zoom = Zoomen
menu-close-window = Fenster schließen

## Einstellungen: Sprache

language = Sprache
language-system = Systemsprache: { $language }
language-note = Wer Deutsch als Muttersprache spricht und die Übersetzung durchsehen mag, ist herzlich willkommen; am wichtigsten sind die Worte zu Krisen und Erdung.

delete-word = löschen

sentence = { $text }.
