## Das Tagebuch als Markdown gespeichert: ein Dokument zum Lesen oder Weitergeben (Rust schreibt es)
# Daten ($day, $first, $last, $date, $when) kommen schon in der Sprache geschrieben an.

export-title = Therapietagebuch
export-title-day = Therapietagebuch: { $day }
export-title-span = Therapietagebuch: { $first } bis { $last }
export-intro = Am { $date } aus { -app-name } exportiert: { $count ->
    [one] { $count } Sitzung
   *[other] { $count } Sitzungen
}. Diese Datei ist nicht verschlüsselt: Wer sie öffnen kann, kann sie lesen.
# Die Überschrift einer Sitzung: wann sie war und mit wem.
export-session-with = { $when } · { $therapist }
export-distress-both = Belastung: { $before } vorher, { $after } nachher (0–10)
export-distress-before = Belastung vorher: { $before } (0–10)
export-distress-after = Belastung nachher: { $after } (0–10)
export-body = Körper: { $state }
export-tears = Tränen: { $tears }
export-tears-kinds = Tränen: { $tears } ({ $kinds })
export-signs = Im Blick behalten: { $signs }
export-aftercare = Selbstfürsorge: { $items }
export-tags = Schlagwörter: { $tags }
export-came-up = Was hochkam
export-helped = Was geholfen hat
export-bring-up = Nächstes Mal ansprechen

## Die Angaben einer Sitzung in den Worten der Datei (mitten in einer Zeile: kleingeschrieben, wo das Deutsche es erlaubt)

export-body-calm = ruhig und verbunden
export-body-revved-up = unter Strom
export-body-shut-down = abgeschaltet
export-tears-none = keine Tränen
export-tears-during = in der Sitzung
export-tears-after = danach
export-tears-both = in der Sitzung und danach
export-kind-release = Loslassen
export-kind-grief = Trauer
export-kind-recognition = Erkennen (sich gesehen fühlen)
export-kind-overwhelm = Überwältigung
export-kind-connection = Verbundenheit
export-sign-worse-for-hours = danach stundenlang schlechter gefühlt
export-sign-flooding = überflutet (zu viel auf einmal)
export-sign-numbness = taub
export-sign-panic = Panik
export-sign-dissociation = weit weg oder abgeschnitten
