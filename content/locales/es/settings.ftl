# Las palabras de Ebb en español: la pantalla de Ajustes, el atajo para respirar, el
# aviso después de la sesión, exportar, la copia de seguridad e importar, y algunas
# palabras que comparte toda la app (el diario bloqueado desde cualquier sitio, un error sin motivo).
# El título «Ajustes» y la sección de idioma están en ebb.ftl.

## Ajustes: aspecto y sonido

settings-saved = Guardado.
settings-theme = Tema
settings-theme-system = Como en mi sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-motion = Movimiento
settings-motion-note = Con el movimiento reducido, el círculo de respiración no cambia de tamaño: cambia de brillo.
settings-motion-system = Como en mi sistema
settings-motion-reduced = Reducir el movimiento
settings-motion-full = Todo el movimiento
settings-text-size = Tamaño del texto
settings-text-size-note = Todas las pantallas usan este tamaño; con los tamaños más grandes, en algunas hay que desplazarse.
# A text size the person can choose; $percent is 100 here (the size the app starts with).
settings-text-size-usual = { $percent } % (habitual)
# A larger text size: $percent is 115, 130, 150 or 175.
settings-text-size-percent = { $percent } %
settings-sound = Sonido
settings-sound-tones = Sonidos suaves al respirar (un tono que sube para inhalar y otro más grave para exhalar)

## Ajustes: el diario

settings-journal-title = Diario
settings-lock-after = Bloquear el diario tras este tiempo sin usarlo
# An option of the list above.
settings-lock-after-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
settings-pass-title = Cambiar la frase de acceso
settings-pass-current = Frase de acceso actual
settings-pass-new = Nueva frase de acceso
settings-pass-again = Repite la nueva frase de acceso
settings-pass-fresh = Bloquear también el diario con una clave totalmente nueva
settings-pass-fresh-hint = Recomendado. Todo el diario se vuelve a cifrar, así que una copia antigua de sus archivos no se podrá abrir con la frase de acceso anterior. Tarda un poco más.
settings-pass-change = Cambiar la frase de acceso
settings-pass-not-same = Las dos frases de acceso nuevas no coinciden.
settings-pass-changing = Cambiando…
settings-pass-changed = Listo. A partir de ahora, usa la nueva frase de acceso.
settings-delete-title = Borrar el diario
# $word is the word the person must type to delete the journal, exactly as the app
# checks it ("delete"): it comes from the app, not from this file.
settings-delete-hint = Esto borra para siempre todas las sesiones, notas, borradores y valoraciones del diario. No se puede deshacer. Para continuar, escribe la palabra { $word }.
# The label of the box where the word is typed; $word as above.
settings-delete-label = Escribe { $word } para confirmar
settings-delete-button = Borrar todo el diario
settings-deleted = El diario y todos sus archivos ya no están.

## Ajustes: cómo se guardan el plan de seguridad y los contactos

settings-plan-title = Tu plan de seguridad y tus contactos
settings-plan-keyring = Tu plan y tus contactos están cifrados, y la clave se guarda en el llavero de este equipo, así que se abren sin la frase de acceso del diario y nunca quedan sin cifrar en el disco.
settings-plan-private-file = Este equipo no tiene ningún llavero que { -app-name } pueda usar, así que tu plan y tus contactos se guardan en un archivo que solo tu cuenta de usuario puede abrir. No está cifrado.
settings-plan-key-missing = Tu plan y tus contactos están guardados, pero el llavero de este equipo ya no tiene su clave, así que { -app-name } no puede abrirlos. El archivo queda intacto, y lo que escribas ahora se guarda en uno nuevo.

## Ajustes: los datos de la persona

settings-data-title = Tus datos
settings-data-about = Tu diario es tuyo: llévaselo a tu terapeuta, guarda una copia de seguridad o pásalo a un equipo nuevo. Para todo esto hace falta tener el diario desbloqueado, salvo para restaurar en un { -app-name } vacío.

## Nombres de las teclas, como aparecen en un atajo («Ctrl+Alt+Mayús+B»)

-key-ctrl = Ctrl
-key-alt = Alt
-key-shift = Mayús
-key-super = Súper
# The Control key.
shortcut-key-ctrl = { -key-ctrl }
# The Alt key (Option on a Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# The Windows or Command key.
shortcut-key-super = { -key-super }

## Ajustes: el atajo para respirar

shortcut-title = Respirar desde cualquier sitio
shortcut-on = Un atajo que trae { -app-name } al frente y empieza a respirar, estés en la app que estés
shortcut-label = Atajo
# "B" is the letter key of the example shortcut.
shortcut-hint = Con este cuadro seleccionado, pulsa las teclas a la vez; o escríbelas, como { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. Usa al menos dos de estas: { -key-ctrl }, { -key-alt } y { -key-super }, para que el atajo no ocupe nada que necesiten otras apps.
shortcut-use = Usar este atajo
# $shortcut is the shortcut as the box shows it, like "Ctrl+Alt+Shift+B".
shortcut-active = { $shortcut } trae { -app-name } al frente y empieza a respirar, desde cualquier lugar del escritorio.
shortcut-off = El atajo está desactivado.
shortcut-none = Ahora mismo no hay ningún atajo que funcione.

## Ajustes: el aviso después de la sesión

settings-check-in-title = Aviso después de la sesión
settings-check-in-about = Cuando anotas una sesión, puedes pedirle a { -app-name } que más tarde te pregunte cómo estás: una notificación discreta pregunta «{ check-in-question }», y al elegirla se abre la pantalla para respirar. Solo ocurre cuando lo pides, una sesión cada vez, y solo mientras { -app-name } está abierto (puede estar minimizado).
settings-check-in-after = Preguntarme dentro de
settings-check-in-cancel = Cancelar el aviso
settings-check-in-cancelled = Aviso cancelado.
# $time is the time of day the check-in is due, like "9:05 PM".
settings-check-in-set = Hay un aviso programado para las { $time }.

## Exportar

transfer-export-title = Exportar
transfer-export-warning = Los archivos exportados no están cifrados.
transfer-export-warning-more = Cualquier persona que pueda abrir el archivo puede leerlo. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.
transfer-format = Formato
transfer-format-markdown = Markdown
transfer-format-markdown-about = Se puede leer en cualquier sitio; va bien para compartir algunas sesiones con tu terapeuta.
transfer-format-json = JSON
transfer-format-json-about = Todo, completo, y { -app-name } puede volver a importarlo.
transfer-format-csv = CSV
transfer-format-csv-about = Una fila por sesión, para una hoja de cálculo.
transfer-from = Desde (opcional)
transfer-to = Hasta (opcional)
transfer-export-button = Exportar…
# $path is where the file was saved.
transfer-export-saved = { $sessions ->
    [one] Se guardó { $sessions } sesión en { $path }. El archivo no está cifrado.
   *[other] Se guardaron { $sessions } sesiones en { $path }. El archivo no está cifrado.
}
transfer-nothing-saved = No se guardó nada.

## Copia de seguridad cifrada

transfer-backup-title = Copia de seguridad cifrada
transfer-backup-about = Un solo archivo con todo tu diario y tus ajustes, cifrado con la frase de acceso del diario. Guárdalo en otro disco para pasarlo a un equipo nuevo o para recuperarlo si el tuyo se estropea. Se abre con la misma frase de acceso.
transfer-backup-pass = Frase de acceso del diario
transfer-backup-button = Guardar una copia de seguridad…
transfer-backup-no-pass = Escribe la frase de acceso del diario.
transfer-backup-checking = Comprobando la frase de acceso…
# $path is where the backup was saved.
transfer-backup-saved = { $sessions ->
    [one] Copia de seguridad guardada en { $path } ({ $sessions } sesión, cifrada).
   *[other] Copia de seguridad guardada en { $path } ({ $sessions } sesiones, cifrada).
}

## Importar o restaurar

transfer-import-title = Importar o restaurar
transfer-import-intro = Una exportación JSON o una copia de seguridad cifrada de { -app-name }. Verás lo que contiene antes de que cambie nada; lo que ya está en tu diario se queda como está, así que importar dos veces el mismo archivo no añade nada.
transfer-choose = Elegir un archivo…
# The button that confirms an import from an export file.
transfer-import = Importar
# The button that confirms restoring a backup into an empty journal.
transfer-restore = Restaurar
transfer-cancel = Cancelar
transfer-importing = Importando…
transfer-restoring = Restaurando…
transfer-nothing-changed = No ha cambiado nada.
# $reason is why the import failed, in a sentence of its own.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Begins the message after an import; what was added follows it.
transfer-import-done = Listo.
transfer-settings-back = Tus ajustes también están de vuelta.
transfer-plan-back = Tu plan de seguridad también está de vuelta.
transfer-contacts-back = Tus contactos de «{ help-now }» también están aquí.
transfer-nothing-added = Todo lo que hay en este archivo ya estaba en tu diario; no se añadió nada.
transfer-preview =
    .aria-label = Lo que contiene este archivo
transfer-restore-note = Se creará un diario nuevo con la frase de acceso de la copia de seguridad, y se abrirá enseguida.
# $name is the file's name (shown in bold).
transfer-encrypted-backup = { $name } es una copia de seguridad cifrada.
transfer-backup-passphrase = La frase de acceso de la copia de seguridad
transfer-open-backup = Abrir la copia de seguridad
transfer-opening = Abriendo…
# $name is the file's name.
transfer-problems = { $count ->
    [one] No se pudo leer { $count } registro de { $name }, así que no se importó nada.
   *[other] No se pudieron leer { $count } registros de { $name }, así que no se importó nada.
}
transfer-problems-unchanged = No ha cambiado nada en tu diario. Esto es lo que falla:
# One record of the file that could not be read: $section is the name of its
# list in the file (like "sessions", as the file spells it), $number its place in
# that list, $id its id in the file, $reason what is wrong with it.
transfer-problem = { $section } #{ $number }: { $reason }
transfer-problem-with-id = { $section } #{ $number } ({ $id }): { $reason }
# After a list of problems: how many more there are.
transfer-problems-more = …y { $count } más.
transfer-nothing-imported = No se importó nada.

## Toda la app

# Said on the journal screen when the journal was locked from anywhere (Ctrl+L, the tray).
app-journal-locked = Diario bloqueado.
# Said as a notice when the journal was locked before the journal screen was opened.
app-journal-is-locked = Tu diario está bloqueado.
# When something failed and gave no reason of its own.
app-something-went-wrong = Algo falló y no se pudo terminar. Respirar, el anclaje y «{ help-now }» siguen funcionando.
