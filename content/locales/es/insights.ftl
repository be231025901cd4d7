# Las palabras de Ebb en español: la pantalla «Evolución» (gráficos del diario a lo largo del
# tiempo) y el resumen de lo que añadiría una importación o una restauración (en Ajustes).
# Las lee la interfaz (ui/js/views/insights.js, insights-charts.js, insights-model.js).
# La misma voz tranquila que ebb.ftl: son las notas de la persona, contadas. Nunca una
# puntuación, una meta, un juicio ni un diagnóstico.

## Evolución: la pantalla

insights-title = Evolución
# Shown when there is no journal yet.
insights-absent = Lo que ves aquí sale de tu diario de sesiones. Cuando hayas escrito sobre algunas sesiones, aquí podrás ver cómo han ido con el tiempo.
# Shown while the journal is locked.
insights-locked = Lo que ves aquí se calcula a partir de tu diario, así que aparecerá cuando lo desbloquees.
insights-go-to-journal = Ir al diario
insights-unlock-journal = Desbloquear el diario
# Label of the list that chooses the time range (the options follow).
insights-range-label = Mostrar
insights-empty = Todavía no hay nada que mostrar, y no pasa nada. A medida que anotes algunas sesiones, aquí empezarás a ver cómo cambian con el tiempo el malestar, las lágrimas y las herramientas que usas.
insights-no-pressure = Aquí no hay nada que mantener al día: escribe cuando te ayude, y déjalo cuando no.
# $sessions: how many sessions the journal holds.
insights-count-all =
    { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en tu diario.
# $sessions: sessions in the chosen time range; $all: sessions in the whole journal.
insights-count-range =
    { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en este periodo, de { $all } en tu diario.
# “Everything” is the option insights-range-all below: use the same words.
insights-few = Con solo una o dos sesiones en este periodo, todavía no se ve gran cosa. Prueba con «Todo», o vuelve cuando haya unas cuantas más.
insights-not-a-judgement = Son tus propias notas, contadas. No son un juicio ni un diagnóstico; tu terapeuta es la persona con quien darles sentido.

## Evolución: los periodos

insights-range-3m = Últimos 3 meses
insights-range-12m = Últimos 12 meses
insights-range-all = Todo
# Said by a screen reader once a range is chosen.
insights-showing-3m = Se muestran los últimos 3 meses.
insights-showing-12m = Se muestran los últimos 12 meses.
insights-showing-all = Se muestra todo.

## Evolución: vale la pena comentarlo con tu terapeuta (las observaciones vienen de otro sitio)

insights-mention-title = Vale la pena comentarlo con tu terapeuta
# A link to one session: $when is its date and time, $therapist the name the person wrote.
insights-mention-session = { $when } · { $therapist }
# A link to a session whose date is not known.
insights-open-session = Abrir la sesión

## Evolución: los gráficos (títulos, leyendas, tablas)

insights-distress-title = Malestar antes y después de las sesiones
insights-tools-title = Qué cambió el malestar
# A chart of how many sessions had tears. Never a score or a goal: more tears, or fewer, is not something to aim for.
insights-tears-title = Lágrimas a lo largo del tiempo
# Warning signs the person noted after sessions (feeling worse for hours, flooded, numb…).
insights-signs-title = Cosas a tener en cuenta
# Opens a table of the numbers behind a chart.
insights-show-numbers = Mostrar las cifras
# Legend of the distress chart: the line for ratings before the session.
insights-legend-before = Antes de la sesión
# Legend of the distress chart: the line for ratings after the session; 0 to 10 is the rating scale.
insights-legend-after = Después de la sesión (0 calma, 10 máximo malestar)
# Above the table of distress ratings when it shows only the latest ones.
insights-table-latest = Las { $shown } sesiones más recientes de { $total }.
insights-table-session = Sesión
insights-table-before = Antes
insights-table-after = Después
# In the table, where a session has no rating.
insights-no-rating = –
# Legend of the tears chart: the bars for all sessions.
insights-legend-sessions = Sesiones
# Legend of the tears chart: the bars for sessions with tears. $bucket: week or month, how the bars are grouped.
insights-legend-tears =
    Sesiones con lágrimas, por { $bucket ->
        [month] mes
       *[week] semana
    }
# Table header: the month of a row.
insights-table-month = Mes
# Table header: the first day of the week of a row.
insights-table-week = Semana del
insights-table-sessions = Sesiones
insights-table-with-tears = Con lágrimas
# Legend of the warning-signs chart (a grid of coloured cells). $bucket: week or month, one column each.
insights-legend-signs =
    Cuanto más intenso el color, en más sesiones de { $bucket ->
        [month] ese mes
       *[week] esa semana
    } se anotó.

## Evolución: las señales, como filas del gráfico

insights-sign-worse-for-hours = Peor durante horas
insights-sign-flooding = Saturación
insights-sign-numbness = Adormecimiento
insights-sign-panic = Pánico
insights-sign-dissociation = Lejanía

## Evolución: los resúmenes junto a cada gráfico (lo que oye un lector de pantalla)

insights-distress-few = Cuando dos o tres sesiones tengan valoraciones de malestar, aquí verás cómo ha cambiado.
# $sessions: sessions with a rating; $before, $after: the average ratings (0 to 10, one decimal);
# $lower: sessions where distress was lower after than before, of $rated sessions rated both times.
insights-distress-both-lower =
    En { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } con valoraciones, el malestar fue en promedio de { $before } sobre 10 antes y de { $after } después. Fue más bajo después en { $lower } de { $rated }.
# As insights-distress-both-lower, when no session was rated both before and after.
insights-distress-both =
    En { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } con valoraciones, el malestar fue en promedio de { $before } sobre 10 antes y de { $after } después.
# Only ratings before sessions. $before: their average (0 to 10, one decimal).
insights-distress-before =
    En { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } con valoraciones, el malestar antes fue en promedio de { $before } sobre 10.
# Only ratings after sessions. $after: their average (0 to 10, one decimal).
insights-distress-after =
    En { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } con valoraciones, el malestar después fue en promedio de { $after } sobre 10.

# How distress changed with a tool, on average (after compared with before, on the 0 to 10 scale).
# $direction: lower, higher or none; $amount: the size of the change, one decimal.
# Shown as the tooltip of a bar in “What moved distress”.
insights-change =
    { $direction ->
        [lower] { $amount } menos en promedio
        [higher] { $amount } más en promedio
       *[none] sin cambios en promedio
    }
# One line per tool in “What moved distress”. $name: the breathing pattern or grounding list;
# $kind: pacer (breathing) or grounding; $rated: how many times it was rated;
# $direction and $amount: as in insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] respiración
       *[grounding] anclaje
    }): { $rated ->
        [one] { $rated } valoración
       *[other] { $rated } valoraciones
    }, malestar { $direction ->
        [lower] { $amount } menos en promedio
        [higher] { $amount } más en promedio
       *[none] sin cambios en promedio
    }
# The name of a breathing tool whose pattern is not known.
insights-tool-breathing = Respiración
# The name of a grounding tool whose list is not known.
insights-tool-grounding = Anclaje
insights-tools-none = Cuando valores cómo te sientes antes y después de respirar o de anclarte al presente, aquí verás qué suele ayudarte.
# $tools: how many tools were rated.
insights-tools-count =
    { $tools ->
        [one] { $tools } herramienta
       *[other] { $tools } herramientas
    } con valoraciones.
# $tools: how many tools were rated; $name: the one after which distress went down most;
# $direction and $amount: as in insights-change (here lower, or none when the change rounds to nothing).
insights-tools-count-best =
    { $tools ->
        [one] { $tools } herramienta
       *[other] { $tools } herramientas
    } con valoraciones. El malestar bajó más con { $name } ({ $direction ->
        [none] sin cambios en promedio
       *[lower] { $amount } menos en promedio
    }).

insights-tears-few = Aquí verás las lágrimas a lo largo del tiempo cuando hayas anotado unas cuantas sesiones.
# $tears: sessions with tears, of $sessions; $bucket: week or month, how the chart groups them.
# The last sentence matters: tears are never a score, and neither more nor fewer is a goal.
insights-tears-summary =
    Lágrimas en { $tears } de { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, agrupadas por { $bucket ->
        [month] mes
       *[week] semana
    }. Ni más lágrimas ni menos son una meta; esto es solo lo que anotaste.
# As insights-tears-summary, with the kind of tears noted most often ($kind).
insights-tears-summary-kind =
    Lágrimas en { $tears } de { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, agrupadas por { $bucket ->
        [month] mes
       *[week] semana
    }. El tipo que más anotaste: { $kind ->
        [release] liberación
        [grief] duelo
        [recognition] reconocimiento
        [overwhelm] desbordamiento
        [connection] conexión
       *[other] { $kind }
    }. Ni más lágrimas ni menos son una meta; esto es solo lo que anotaste.

insights-signs-none = En este periodo no se anotó nada que tener en cuenta.
# $signs: the warning signs noted, each one of the insights-sign-after-… messages below,
# joined by insights-signs-separator.
insights-signs-noted = Anotado: { $signs }.
# Between two warning signs in insights-signs-noted (a semicolon and a space in English).
insights-signs-separator = ;{ " " }
# $count: after how many sessions this was noted.
insights-sign-after-worse-for-hours =
    sentirte peor durante horas después de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
insights-sign-after-flooding =
    saturación después de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
insights-sign-after-numbness =
    adormecimiento después de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
insights-sign-after-panic =
    pánico después de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
insights-sign-after-dissociation =
    sensación de lejanía después de { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }

## Importar y restaurar: lo que añadiría un archivo (en Ajustes, antes de importarlo)

# The heading above the list of what an import adds.
insights-import-adds = Importar esto añade:
# The heading above the list of what restoring a backup adds.
insights-restore-adds = Restaurar esto añade:
insights-import-nothing-new = Todo lo que hay en este archivo ya está en tu diario.
# $first, $last: the dates of the first and last session added.
insights-import-span = Las sesiones añadidas van del { $first } al { $last }.
# One line each in the list under insights-import-adds; $count: how many.
insights-import-new-sessions =
    { $count ->
        [one] { $count } sesión nueva
       *[other] { $count } sesiones nuevas
    }
insights-import-newer-sessions =
    { $count ->
        [one] { $count } sesión con una versión más reciente
       *[other] { $count } sesiones con versiones más recientes
    }
# Things the person wanted to bring up in a session.
insights-import-new-bring-up =
    { $count ->
        [one] { $count } tema nuevo para tratar
       *[other] { $count } temas nuevos para tratar
    }
insights-import-newer-bring-up =
    { $count ->
        [one] { $count } tema para tratar con una versión más reciente
       *[other] { $count } temas para tratar con versiones más recientes
    }
# Ratings of how a breathing or grounding practice went.
insights-import-new-practice =
    { $count ->
        [one] { $count } valoración nueva de una práctica
       *[other] { $count } valoraciones nuevas de prácticas
    }
insights-import-newer-practice =
    { $count ->
        [one] { $count } valoración de una práctica con una versión más reciente
       *[other] { $count } valoraciones de prácticas con versiones más recientes
    }
insights-import-new-notes =
    { $count ->
        [one] { $count } nota rápida nueva
       *[other] { $count } notas rápidas nuevas
    }
insights-import-newer-notes =
    { $count ->
        [one] { $count } nota rápida con una versión más reciente
       *[other] { $count } notas rápidas con versiones más recientes
    }
# Session entries not finished yet.
insights-import-new-drafts =
    { $count ->
        [one] { $count } borrador nuevo
       *[other] { $count } borradores nuevos
    }
insights-import-newer-drafts =
    { $count ->
        [one] { $count } borrador con una versión más reciente
       *[other] { $count } borradores con versiones más recientes
    }
# $count: records in the file that the journal already has.
insights-import-already =
    { $count ->
        [one] { $count } registro ya está en tu diario y se quedará como está
       *[other] { $count } registros ya están en tu diario y se quedarán como están
    }
