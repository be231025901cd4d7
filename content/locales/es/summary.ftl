# Las palabras de Ebb en español: «Preparar mi próxima sesión», un resumen de una página que la
# persona puede llevar a su terapeuta, en papel o en PDF.
# Las lee Rust (la página en sí: src-tauri/src/summary/) y la interfaz (la vista previa
# donde la persona elige lo que va en ella: ui/js/views/summary.js).
# La página es de la persona, en primera persona, para que la lea su terapeuta. Sencilla,
# tranquila y objetiva: recuentos de sus propias notas, nunca una puntuación, un diagnóstico ni una meta.

## La vista previa

summary-open = Preparar mi próxima sesión
summary-title = Preparar mi próxima sesión
summary-intro = Elige qué va en la página. Solo se incluye lo que marques aquí, y nada sale de Ebb hasta que lo guardes o lo imprimas.
# The stretch of time the page covers (a group of three choices).
summary-stretch-label = Qué periodo
summary-stretch-since-last-session = Desde mi última sesión
summary-stretch-last-month = El último mes
summary-stretch-dates = Entre dos fechas
summary-from = Desde
summary-to = Hasta
# $stretch: the days covered, as summary-stretch says them; $sessions: sessions in it.
summary-covers =
    { $stretch }: { $sessions ->
        [0] ninguna sesión anotada
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }.
# The person's own line at the top of the page.
summary-top-label = De lo que más quiero hablar (opcional)
summary-top-hint = Una línea tuya, en la parte de arriba de la página.
# A section's own tick: takes the whole section on or off the page.
summary-section-include = Incluir esta sección
summary-none-in-stretch = No hay nada aquí en este periodo.
# Under the items offered, when there are more. $count: open items older than those shown.
summary-bring-up-older =
    { $count ->
        [one] Hay un tema más antiguo todavía pendiente en tu diario; aquí solo aparecen los más recientes.
       *[other] Hay { $count } temas más antiguos todavía pendientes en tu diario; aquí solo aparecen los más recientes.
    }
# Under the sessions offered, when there are more. $count: older sessions with notes.
summary-notes-older =
    { $count ->
        [one] Hay una sesión más antigua con notas que no aparece aquí; elige un periodo más corto para verla.
       *[other] Hay { $count } sesiones más antiguas con notas que no aparecen aquí; elige un periodo más corto para verlas.
    }
summary-notes-hint = Tus notas siguen siendo privadas a menos que las marques. Elige solo lo que te gustaría que leyera tu terapeuta.
# Paper sizes.
summary-paper-label = Tamaño del papel
summary-paper-a4 = A4
summary-paper-letter = Carta (EE. UU.)
summary-save = Guardar como PDF…
summary-print = Imprimir…
summary-back = Volver al diario
summary-not-encrypted = El PDF no está cifrado.
summary-not-encrypted-more = Cualquier persona que pueda abrir el archivo puede leerlo. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.
# $path: where the PDF was saved; $pages: how many pages it has.
summary-saved =
    { $pages ->
        [one] Se guardó una página
       *[other] Se guardaron { $pages } páginas
    } en { $path }.
summary-nothing-saved = No se guardó nada.
summary-printing = El diálogo de impresión está abierto.
summary-loading = Reuniendo lo que hay en este periodo…
# Said when the journal is locked while preparing.
summary-locked = Desbloquea el diario para preparar una página.

## La página (también el PDF)

summary-page-title = Para mi próxima sesión
# $from, $to: days, written out.
summary-stretch = { $from } – { $to }
# The PDF's title, and the name suggested for the file. $stretch: summary-stretch.
summary-file-title = Para mi próxima sesión, { $stretch }
summary-top-heading = De lo que más quiero hablar
summary-bring-up-heading = Temas pendientes
# $date: the day an item was noted (short form, "3 nov").
summary-noted = anotado el { $date }
summary-distress-heading = Malestar antes y después de las sesiones
# Legend of the chart: an outlined bar, then a solid one.
summary-chart-before = Antes (contorno)
summary-chart-after = Después (relleno)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day }: { $before } antes, { $after } después
# $shown: how many sessions the chart shows; $all: how many were rated.
summary-chart-latest = El gráfico muestra las { $shown } sesiones más recientes de { $all } con valoración.
# The chart in words. $sessions: rated sessions; $before, $after: averages on the 0–10
# scale; $has: both, before or after (which ratings were given).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [one] Una sesión con valoración
           *[other] { $sessions } sesiones con valoración
        }: { $before } antes, en promedio (0–10).
        [after] { $sessions ->
            [one] Una sesión con valoración
           *[other] { $sessions } sesiones con valoración
        }: { $after } después, en promedio (0–10).
       *[both] { $sessions ->
            [one] Una sesión con valoración
           *[other] { $sessions } sesiones con valoración
        }: { $before } antes y { $after } después, en promedio (0–10).
    }
summary-signs-heading = Vale la pena comentarlo
# $sign: a warning sign as the session form names it; $count: sessions where it was
# noted; $sessions: sessions in the stretch.
summary-sign =
    { $sign }: después de { $count } de { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
summary-signs-note = De mis propias notas después de las sesiones, para hablarlo; no es un diagnóstico.
summary-helped-heading = Lo que ayudó
# $name: a breathing pattern or grounding list; $kind: pacer or grounding; $amount:
# how much lower distress was afterwards, on average (0–10); $rated: times rated.
summary-helped =
    { $name } ({ $kind ->
        [pacer] respiración
       *[grounding] anclaje
    }): malestar { $amount } menos en promedio, { $rated ->
        [one] una valoración
       *[other] { $rated } valoraciones
    }
summary-notes-heading = De mis notas de las sesiones
# $day: when the session was held; $therapist: the therapist's name as the person wrote it.
summary-session-with = { $day }, con { $therapist }
# $text: the person's own note.
summary-came-up = Qué salió: { $text }
summary-what-helped = Qué ayudó: { $text }
summary-nothing-chosen = No se eligió nada para esta página.
summary-shortened = Algunos textos largos se acortaron aquí (…); siguen completos en mi diario.
# $date: the day the page was made.
summary-footer = Preparada el { $date }
