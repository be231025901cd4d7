## El diario guardado como Markdown: un documento para leer o compartir (lo escribe Rust)
# Las fechas ($day, $first, $last, $date, $when) llegan ya escritas en el idioma.

export-title = Diario de terapia
export-title-day = Diario de terapia: { $day }
export-title-span = Diario de terapia: del { $first } al { $last }
export-intro = Exportado desde { -app-name } el { $date }: { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}. Este archivo no está cifrado: cualquiera que pueda abrirlo puede leerlo.
# El título de una sesión: cuándo fue y con quién.
export-session-with = { $when } · { $therapist }
export-distress-both = Malestar: { $before } antes, { $after } después (0–10)
export-distress-before = Malestar antes: { $before } (0–10)
export-distress-after = Malestar después: { $after } (0–10)
export-body = Cuerpo: { $state }
export-tears = Lágrimas: { $tears }
export-tears-kinds = Lágrimas: { $tears } ({ $kinds })
export-signs = A tener en cuenta: { $signs }
export-aftercare = Cuidarte después: { $items }
export-tags = Etiquetas: { $tags }
export-came-up = Qué salió
export-helped = Qué ayudó
export-bring-up = Para tratar la próxima vez

## Los datos de una sesión, con las palabras del archivo (en minúscula, dentro de una línea)

export-body-calm = calma y conexión
export-body-revved-up = aceleración
export-body-shut-down = desconexión
export-tears-none = sin lágrimas
export-tears-during = durante la sesión
export-tears-after = después
export-tears-both = durante y después
export-kind-release = liberación
export-kind-grief = duelo
export-kind-recognition = reconocimiento (sentir que te ven)
export-kind-overwhelm = desbordamiento
export-kind-connection = conexión
export-sign-worse-for-hours = sentirme peor durante horas después
export-sign-flooding = saturación (demasiado a la vez)
export-sign-numbness = adormecimiento
export-sign-panic = pánico
export-sign-dissociation = sensación de lejanía o desconexión
