# Las palabras del diario en español: el registro privado y cifrado de las sesiones de terapia.
# Las lee la interfaz (ui/js/views/journal*.js, session-form.js, journal-model.js,
# journal-search.js). La misma voz tranquila y sencilla que ebb.ftl; glossary.md junto a este archivo.
# «Frase de acceso», nunca «contraseña»: puede ser de varias palabras.

## Crear el diario (todavía no hay diario)

journal-create-title = Tu diario de sesiones
journal-create-lead = Un lugar privado para anotar cómo van las sesiones de terapia: qué salió, qué te ayudó, qué quieres tratar la próxima vez. Nunca lo necesitas para respirar ni para anclarte al presente.
journal-create-private = Todo lo que contiene se cifra en este equipo y nunca sale de él. Se bloquea solo cuando te alejas.
journal-choose-passphrase = Elige una frase de acceso
journal-passphrase-hint = Al menos 8 caracteres. Unas cuantas palabras corrientes seguidas son fáciles de recordar y difíciles de adivinar.
journal-passphrase-again = Escríbela otra vez
# In bold, followed in the same paragraph by journal-forget-no-reset.
journal-forget-warning = Si olvidas esta frase de acceso, nadie podrá volver a abrir tu diario: ni tú, ni nosotros, ni nadie.
journal-forget-no-reset = No hay forma de restablecerla ni de recuperarla. Guárdala en un lugar seguro, como un gestor de contraseñas o una nota que mantengas en privado.
journal-understood = Entiendo que una frase de acceso olvidada no se puede recuperar
journal-passphrases-differ = Las dos frases de acceso no coinciden. Escríbelas otra vez.
journal-tick-the-box = Marca la casilla para indicar que has leído cómo funcionan aquí las frases de acceso.
journal-create = Crear mi diario
# On the button while the journal is being made.
journal-creating = Creando tu diario…
journal-ready = Tu diario está listo.
# Heading of the part of the first screen that restores an encrypted backup instead.
journal-restore-title = O restaurar una copia de seguridad
journal-restore-intro = ¿Vienes de otro equipo, o empiezas de nuevo después de un problema? Una copia de seguridad cifrada de { -app-name } recupera tu diario, que se abre con la frase de acceso de la copia.
journal-restored = Tu diario está restaurado.

## Desbloquear (el diario está bloqueado)

journal-locked-title = Tu diario está bloqueado
# { help-now } is the name of the screen with the emergency number and crisis lines.
journal-locked-lead = Desbloquéalo con tu frase de acceso. Respirar, el anclaje y «{ help-now }» nunca la necesitan.
journal-passphrase = Frase de acceso
journal-unlock = Desbloquear
# On the button while the passphrase is being checked.
journal-unlocking = Desbloqueando…
journal-type-passphrase = Escribe tu frase de acceso.
# Quick notes written while the journal was locked, sealed and waiting for the next unlock.
journal-pending = { $count ->
    [one] { $count } nota que escribiste mientras estaba bloqueado se añadirá cuando lo desbloquees.
   *[other] { $count } notas que escribiste mientras estaba bloqueado se añadirán cuando lo desbloquees.
}
journal-forgot = ¿No recuerdas tu frase de acceso?
journal-forgot-private = Sin ella no se puede abrir tu diario; eso es lo que lo mantiene privado. Tómate tu tiempo: muchas veces la frase vuelve a la memoria con más calma.
# “Delete the journal” is the name of a button in Settings.
journal-forgot-start-again = Si quieres empezar de nuevo, en Ajustes está «Borrar el diario», que elimina para siempre todos sus archivos.

## Lo que se dice al desbloquear (lo leen los lectores de pantalla), una frase tras otra

journal-unlocked = Desbloqueado.
# Quick notes written while the journal was locked, now added to it.
journal-unlocked-added = { $count ->
    [one] Se añadió { $count } nota que escribiste mientras estaba bloqueado.
   *[other] Se añadieron { $count } notas que escribiste mientras estaba bloqueado.
}
# Rare: sealed notes that could not be read. "inbox.unreadable" is a file name: keep it as it is.
journal-unlocked-kept-aside = { $count ->
    [one] { $count } nota pendiente no se pudo añadir, así que se guardó aparte, todavía cifrada, en la carpeta del diario (inbox.unreadable). Todo lo demás está aquí.
   *[other] { $count } notas pendientes no se pudieron añadir, así que se guardaron aparte, todavía cifradas, en la carpeta del diario (inbox.unreadable). Todo lo demás está aquí.
}

## No se puede abrir el diario (archivos dañados o ilegibles)

journal-damaged-title = Ahora mismo no se puede abrir tu diario
journal-damaged-lead = Respirar, el anclaje y «{ help-now }» siguen funcionando.
journal-damaged-nothing-changed = { -app-name } no ha cambiado ni sobrescrito nada. Si quieres un diario nuevo, los archivos antiguos se pueden mover a una carpeta aparte, sin tocarlos, para que no se pierda nada.
journal-set-aside = Apartarlo y luego crear un diario nuevo o restaurar una copia de seguridad
# $path: the folder the old journal's files were moved to.
journal-set-aside-done = El diario antiguo se movió, sin cambios, a { $path }. Abajo puedes crear un diario nuevo o restaurar una copia de seguridad.

## El diario abierto: la cronología

journal-title = Diario
journal-new-session = Nueva sesión
# The button that locks the journal; journal-lock-key, its keyboard shortcut, follows it.
journal-lock = Bloquear
# The keyboard shortcut of the Lock button, as written on the keyboard.
journal-lock-key = Ctrl+L
journal-session-deleted = Sesión borrada.
journal-undo = Deshacer
# Said to screen readers after Undo brought a deleted session back.
journal-session-back = La sesión está de vuelta.
journal-noticing-title = Vale la pena comentarlo con tu terapeuta
journal-noticing-note = Son recuentos de tus propias notas, no un juicio ni un diagnóstico.
journal-bring-up-title = Para tratar la próxima vez
# After something to bring up; $date: the date and time of the session where it was noted.
journal-noted = (anotado el { $date })
journal-search-label = Buscar en tus sesiones
# Read by screen readers as the name of the list of sessions.
journal-sessions-label = Sesiones, de la más reciente a la más antigua
journal-show-more = Mostrar más
journal-quick-notes = Notas rápidas

## La cronología: cuántas sesiones hay (lo leen los lectores de pantalla cuando cambia la lista)

journal-count-none = Todavía no hay sesiones. Cuando quieras, aquí tienes «{ journal-new-session }».
journal-count-no-match = Ninguna sesión coincide. Prueba con menos palabras o filtros.
journal-count = { $count ->
    [one] { $count } sesión.
   *[other] { $count } sesiones.
}
# With a search or filters set.
journal-count-matching = { $count ->
    [one] { $count } sesión coincide.
   *[other] { $count } sesiones coinciden.
}

## La cronología: los datos breves bajo la fecha de cada sesión, unidos por " · "

# $before and $after: distress ratings from 0 to 10, or journal-not-rated when not given.
# The arrow reads from before to after.
journal-bit-distress = malestar { $before } → { $after }
# Stands in for a distress rating that was not given.
journal-not-rated = –
journal-bit-tears-during = lágrimas durante la sesión
journal-bit-tears-after = lágrimas después
journal-bit-tears-both = lágrimas durante y después
journal-bit-signs = { $count ->
    [one] { $count } cosa a tener en cuenta
   *[other] { $count } cosas a tener en cuenta
}

## La cronología: filtros

journal-filters = Filtros
# Start date of the sessions shown.
journal-filter-from = Desde
# End date of the sessions shown.
journal-filter-to = Hasta
journal-filter-therapist = Terapeuta
journal-filter-tears = Lágrimas
journal-filter-tag = Etiqueta
# The choice that does not narrow the list (any therapist, any tag, any tears).
journal-filter-any = Cualquiera
journal-filter-tears-some = Con lágrimas
journal-filter-tears-none = Sin lágrimas
journal-filter-tears-during = Durante
journal-filter-tears-after = Después
journal-filter-tears-both = Durante y después

## Una sesión

# The button back to the timeline. The arrow points back (left in English).
journal-back = ← Todas las sesiones
session-edit = Editar
session-export = Exportar como Markdown…
session-delete = Borrar
# $path: the file the session was saved to.
session-exported = Guardado en { $path }. No está cifrado.
session-exported-note = Esta sesión se guardó como Markdown en { $path }. El archivo no está cifrado: guárdalo en un lugar privado.
# When the person closed the save dialog without choosing a file.
session-not-exported = No se guardó nada.
session-deleted = Sesión borrada. Puedes deshacerlo.
session-therapist = Terapeuta o tipo de terapia
session-distress-before = Malestar antes
session-distress-after = Malestar después
session-body = El cuerpo después
session-tears = Lágrimas
session-tear-kinds = Tipos de lágrimas
session-came-up = Qué salió
session-helped = Qué ayudó
session-aftercare = Cuidarte después
session-signs = A tener en cuenta
session-tags = Etiquetas
# Things from earlier sessions' "Bring up next time" that were ticked off in this one.
session-brought-up = Temas pendientes que se trataron
session-bring-up = Para tratar la próxima vez

## El formulario de la sesión

session-title-new = Nueva sesión
session-title-edit = Editar la sesión
session-form-lead = Escribe tanto o tan poco como quieras. Solo hace falta la fecha; lo que escribes se guarda mientras escribes.
session-held-at = ¿Cuándo fue la sesión?
session-rating-before = Malestar antes de la sesión (opcional)
session-rating-after = Malestar después de la sesión (opcional)
session-body-question = ¿Cómo sentiste el cuerpo después?
# The first choice of a group where one can be picked: nothing was noted about it.
session-not-noted = Sin anotar
session-tear-kinds-question = ¿Qué tipo de lágrimas? (todas las que encajen)
session-aftercare-done = Lo que hiciste para cuidarte
session-signs-question = ¿Hay algo que convenga tener en cuenta?
session-signs-note = Anotar estas cosas te ayuda a ver, junto con tu terapeuta, cómo te afectan las sesiones. No son un juicio sobre ti.
session-signs-tools = Si todavía lo sientes, quizá te ayude algo de esto:
session-tags-hint = Separa las etiquetas con comas, por ejemplo: familia, trabajo.
session-carried = De sesiones anteriores: ¿trataste estos temas?
session-bring-up-hint = Uno por línea. Aparecerán en el formulario de tu próxima sesión hasta que los marques.
# Heading of the choice of a check-in after the session.
session-afterwards = Después
session-check-in = Pregúntame más tarde cómo estoy
session-check-in-after = Preguntarme dentro de
session-check-in-note = Una notificación discreta te pregunta cómo estás y te propone dos minutos de exhalaciones largas. { -app-name } tiene que estar abierto en ese momento (puede estar minimizado).
session-save-new = Guardar la sesión
session-save-changes = Guardar los cambios
# Closes the form and keeps what was typed as a draft.
session-close = Cerrar por ahora

## El formulario de la sesión: el borrador (se guarda mientras la persona escribe)

session-draft-saving = Guardando el borrador…
# $time: the time of day the draft was kept.
session-draft-kept = Borrador guardado a las { $time }.
# $reason: why, in the system's words.
session-draft-failed = No se pudo guardar el borrador: { $reason }
# $time: the time of day the draft was last kept.
session-draft-back = Aquí tienes lo que escribiste sin guardar a las { $time }, tal como lo dejaste.
# Throws the draft away (a new session).
session-start-over = Empezar de nuevo
# Throws the draft away (editing a saved session).
session-go-back = Volver a la sesión guardada
session-started-over = De nuevo desde el principio.
session-back-to-saved = De vuelta a la sesión guardada.

## Lo que se dice al guardar una sesión (lo leen los lectores de pantalla)

journal-saved = Sesión guardada.
# $time: the time of day of the check-in.
journal-saved-check-in = Sesión guardada. { -app-name } te preguntará cómo estás a las { $time }.

## El formulario de la sesión: cómo se sintió el cuerpo después

session-body-calm = Calma y conexión
session-body-revved-up = Aceleración (inquietud, tensión, el corazón muy rápido)
session-body-shut-down = Desconexión (adormecimiento, pesadez, sensación de lejanía)

## El formulario de la sesión: lágrimas

session-tears-none = Sin lágrimas
session-tears-during = Durante la sesión
session-tears-after = Después
session-tears-both = Durante y después
session-tear-release = Liberación
session-tear-grief = Duelo
session-tear-recognition = Reconocimiento (sentir que te ven)
session-tear-overwhelm = Desbordamiento
session-tear-connection = Conexión

## El formulario de la sesión: señales que conviene tener en cuenta, y lo que puede ayudar con cada una

session-sign-worse-for-hours = Sentirme peor durante horas después
session-sign-flooding = Saturación (demasiado a la vez)
session-sign-numbness = Adormecimiento
session-sign-panic = Pánico
session-sign-dissociation = Sensación de lejanía o desconexión
session-tool-far-away = Cuando te sientes lejos de aquí: una lista de anclaje
session-tool-orient = Oriéntate en la habitación: una lista de anclaje
session-tool-breathe = Respira con una exhalación larga y lenta
session-tool-hand-on-chest = Mano en el pecho, exhalación lenta: una lista de anclaje
session-tool-aftercare = Cuidarte después de una sesión difícil: una lista de anclaje
session-tool-worse-for-hours = Sentirte peor durante horas después de una sesión es algo que vale la pena contarle a tu terapeuta.

## Notas rápidas

note-jot-locked = Anotar algo sin desbloquear
note-jot = Anotar algo
note-sealed-hint = Se cifra al momento y se añade a tu diario la próxima vez que lo desbloquees.
note-keep = Guardar esta nota
note-kept-sealed = Guardada y cifrada. Estará en tu diario cuando lo desbloquees.
note-kept = Guardada.
note-remove = Quitar
# $when: the date and time the note was written.
note-remove-label = Quitar la nota del { $when }
note-removed = Nota quitada.
