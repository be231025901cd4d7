# Ebbs Worte auf Deutsch: der Bereich Wissen (kurze Artikel). Gelesen von der Oberfläche
# (ui/js/views/learn.js). Die Artikel selbst kommen aus content/, nicht aus dieser Datei.
# Quelle ist en/learn.ftl.

## Wissen

learn-title = Wissen
# Der Name, den Screenreader für die Liste der Artikel vorlesen.
learn-articles = Artikel
learn-lead = Kurze, schlichte Texte zum Lesen vor oder nach einer Sitzung. Nichts davon ersetzt deine Therapie.
# Der Knopf von einem Artikel zurück zur Liste; der Pfeil zeigt zurück (in Sprachen, die von rechts nach links laufen, umdrehen).
learn-all-articles = ← Alle Artikel
