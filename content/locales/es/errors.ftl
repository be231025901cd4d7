## Los mensajes cuando algo falla, que dice la parte en Rust de la app: se generan a partir del código
## con src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages);
## no edites el inglés a mano. Las variables contienen lo que rellena el código: el nombre de
## un archivo, un número, el motivo que da el sistema u otro mensaje de este archivo.

# src/error.rs
error-joined-4710cd = { $action }: { $v1 }

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = Una exportación JSON se añade a un diario: primero crea uno, o restaura aquí una copia de seguridad cifrada.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = Una línea de «{ $heading }» tiene más de { $MAX_CHARS } caracteres. No se ha perdido nada; divídela en dos para poder guardarla.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = No se pudo preparar un diario nuevo ({ $e }). No se tocó nada más; reinicia Ebb y vuelve a intentarlo.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = Una nota rápida admite hasta 100 KB. Los pensamientos más largos caben en una sesión.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = Una valoración va de 0 a 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = Una etiqueta es una palabra o una frase corta en una sola línea (hasta 60 caracteres).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = Añade al menos un paso a tu lista.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = Un tema para tratar (id { $v1 }) pertenece a una sesión que no está ni en el archivo ni en el diario.

# src/error.rs
error-another-program-is-using-the-b455a5 = otro programa está usando el diario en este momento. Vuelve a intentarlo en un momento.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = «body» debe contener los campos del formulario, con su nombre, entre llaves.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = «{ $heading }» admite { $MAX_ITEMS } líneas. No se ha perdido nada; junta o quita algunas para poder guardar.

# src/error.rs
error-content-file-62f6eb = archivo de contenido { $file }: { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = No se pudo recuperar la sesión

# src/journal/db.rs
error-could-not-check-that-the-64de60 = No se pudo comprobar que el diario está cifrado

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = No se pudo comprobar el diario

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = No se pudo vaciar la bandeja de entrada

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = No se pudo cerrar el diario

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = No se pudo crear el archivo del diario

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = No se pudieron borrar todos los archivos del diario

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = No se pudo borrar la sesión

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = No se pudo descartar el borrador

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = No se pudo codificar el archivo de clave ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = No se pudo pasar la clave a la base de datos

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = No se pudo importar al diario

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = No se pudo añadir la sesión al índice de búsqueda

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = No se pudo guardar lo que escribiste mientras el diario está bloqueado

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = No se pudo crear la carpeta del diario

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = No se pudieron añadir al diario las notas de la bandeja de entrada

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = No se pudo apartar un diario que quedó a medio crear

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = No se pudo apartar el diario

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = No se pudo abrir una base de datos en memoria

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = No se pudo abrir el diario

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = No se pudo volver a cifrar el diario

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = No se pudo leer { $v1 }

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = No se pudo leer la copia de seguridad

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = No se pudo leer el borrador

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = No se pudo leer la bandeja de entrada

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = No se pudieron leer los temas para tratar la próxima vez

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = No se pudo leer el diario para exportarlo

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = No se pudo leer el diario para mostrar tu evolución

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = No se pudo leer el archivo del diario

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = No se pudo leer el archivo de clave del diario

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = No se pudo leer el diario

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = No se pudo leer el diario para el resumen

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = No se pudieron leer las notas

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = No se pudieron leer los registros de práctica

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = No se pudo leer la sesión

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = No se pudieron eliminar las sesiones borradas

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = No se pudo quitar la nota

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = No se pudo guardar el borrador

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = No se pudieron guardar los temas para tratar la próxima vez

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = No se pudo guardar la nueva clave del diario

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = No se pudo guardar el archivo de clave del diario

# src/journal/notes.rs
error-could-not-save-the-note-590961 = No se pudo guardar la nota

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = No se pudo guardar el registro de práctica

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = No se pudo guardar la sesión

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = No se pudo sellar la copia de seguridad

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = No se pudieron apartar las notas guardadas con el diario bloqueado que Ebb no puede leer

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = No se pudo preparar la base de datos

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = No se pudo preparar el diario

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = No se pudo preparar el cifrado del diario

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = No se pudo ordenar el diario

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = No se pudo escribir { $v1 }

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = No se pudo escribir en el diario

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = Ebb no pudo leer tus ajustes ({ $e }), así que por ahora usa sus ajustes habituales. Tu archivo no ha cambiado.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = Ebb no pudo guardar tus ajustes

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = Ebb no pudo convertir esa frase de acceso en una clave ({ $e }). No ha cambiado nada; vuelve a intentarlo y, si sigue pasando, reinicia Ebb.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = Ebb todavía no habla ese idioma. Por favor, elige otro.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = Ebb todavía no tiene líneas de ayuda para ese país.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = Ebb no tiene permiso para usar ese lugar. Elige otro, o revisa los permisos de la carpeta.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = Ebb guarda hasta { $MAX_CONTACTS } contactos.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = Ponle a tu lista un nombre de hasta 60 caracteres.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = Ponle un nombre a tu patrón, para poder encontrarlo de nuevo.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = ¿Cómo puedes ponerte en contacto con { $v1 }? Un número de teléfono u otra forma.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = «{ $v0 }» no es una fecha y hora que Ebb pueda leer (debería tener esta forma: 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = «{ $v0 }» no es un id de sesión.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = { $v1 } no está cifrado, así que no es un diario creado por Ebb. Ebb no escribirá en él; se ha dejado tal como está.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = No es un registro que Ebb pueda leer (cada registro es un conjunto de campos con nombre, entre llaves).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = Indica dónde se marcó como tratado, pero no cuándo («doneAt»).

# src/error.rs
error-its-file-is-not-a-c08161 = su archivo no es un diario que se abra con esta frase de acceso. Se ha dejado tal como está.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = Su id debe tener de 1 a 64 letras, dígitos, «-» o «_».

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = Su texto debe tener de 1 a 2000 caracteres.

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = «key» debe ser «new» o un id de sesión.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = Los tipos de lágrimas solo se pueden indicar si hubo lágrimas durante o después de la sesión.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = Uno de los temas para tratar se cambió en otro sitio. Por favor, vuelve a mirar la lista.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = Por favor, elige 1, 2, 3, 5 o 10 minutos, o sin límite de tiempo.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = Por favor, elige 15, 30, 45, 60, 90 o 120 minutos.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = Por favor, elige 5, 10, 15, 30 o 60 minutos.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = Por favor, elige un tamaño de texto entre el 100 % y el 175 %.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = Por favor, vuelve a elegir el archivo de la copia de seguridad.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = Por favor, vuelve a elegir el archivo que quieres importar.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label }: por favor, escribe un número de segundos.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label }: por favor, escribe un número de segundos, como 4 o 4,5.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = Por favor, escribe la fecha como año-mes-día.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = Por favor, ponle un nombre a cada contacto.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = Por favor, indica la fecha y la hora de la sesión.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = Por favor, no pases de { $ITEM_MAX_CHARS } caracteres en cada paso.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = Por favor, no pases de { $max_chars } caracteres en cada punto.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = Por favor, no pases de { $NAME_MAX_CHARS } caracteres en el nombre.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = Por favor, no pases de 200 caracteres aquí.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = Por favor, no pases de { $max } caracteres aquí.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = Por favor, usa al menos { $MIN_PASSPHRASE_CHARS } caracteres. Unas cuantas palabras corrientes seguidas son fáciles de recordar y difíciles de adivinar.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label }: por favor, usa pasos de medio segundo, como 4 o 4,5.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = Ese patrón de respiración ya no existe. Por favor, elige otro.

# src/error.rs
error-that-disk-can-be-read-2516fe = ese disco se puede leer, pero no se puede escribir en él. Elige otro lugar, o revisa el disco.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = Son más puntos de los que caben en una sesión (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = Son más etiquetas de las que caben en una sesión (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = Esa lista se ha borrado.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = Esa nota ya no está.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = Ese tamaño de papel no se puede usar.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = Esa frase de acceso no abre este diario. No ha cambiado nada; tómate tu tiempo y vuelve a intentarlo.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = Esa frase de acceso no abre esta copia de seguridad. No ha cambiado nada. (Si no tienes ninguna duda de que es la correcta, puede que el archivo se haya modificado).

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = Esa frase de acceso es más larga de lo que Ebb acepta (unas mil letras, menos si lleva tildes o emojis). No ha cambiado nada; con una más corta bastará.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = Ese id de patrón es demasiado largo.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = Ese patrón ya se había borrado.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = Ese patrón se ha borrado; por favor, guárdalo como uno nuevo.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = Esa sesión ya no se puede recuperar.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = Esa sesión ya no está en el diario.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = No se pudo cifrar la copia de seguridad, así que no se guardó nada. Vuelve a intentarlo en un momento; si sigue pasando, reinicia Ebb.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = No se pudo crear el archivo CSV ({ $e }), así que no se guardó nada. Vuelve a intentarlo en un momento; si sigue pasando, elige Markdown o JSON.

# src/error.rs
error-the-database-said-739256 = la base de datos respondió «{ $e }». { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = el archivo es demasiado grande para ese disco. Elige otro lugar para guardarlo.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = el archivo o la carpeta ya no está ahí. Si se movió, vuelve a ponerlo en su sitio y después inténtalo de nuevo.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = El primer día es posterior al último. Intercámbialos, por favor.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = No se pudo actualizar el diario ({ $e }). Se ha dejado tal como estaba; reinicia Ebb y vuelve a intentarlo.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = El diario no pudo pasar a su forma segura de escribir (está en modo «{ $mode }»), así que no se escribió nada. Reinicia Ebb y vuelve a intentarlo.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = El diario no pudo volver a su forma segura de escribir (está en modo «{ $mode }»). Todo lo que escribiste sigue ahí; reinicia Ebb antes de escribir más.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = El diario está bloqueado. Desbloquéalo con tu frase de acceso para continuar.

# src/error.rs
error-the-journal-is-open-in-cc345d = El diario está abierto ahora mismo en la línea de comandos de Ebb. No ha cambiado nada; vuelve a intentarlo cuando haya terminado.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = No se pudo sellar la clave del diario.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = No se puede leer la base de datos del diario ({ $e }). Se ha dejado exactamente como estaba.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = No se puede leer la base de datos del diario ({ $e }). Se ha dejado exactamente como estaba; no se escribió nada en ella.

# src/error.rs
error-the-journal-s-folder-can-289b8d = la carpeta del diario se puede leer, pero no se puede escribir en ella. Revisa el disco y después reinicia Ebb.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = Falta la clave de la bandeja de entrada del diario. El diario se ha dejado tal como estaba.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = El archivo de clave del diario menciona una clave de la bandeja de entrada que Ebb no puede leer. Se ha dejado tal como está.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = El archivo de clave del diario no se puede usar: { $problem }. Se ha dejado exactamente como está.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = El archivo de clave del diario tiene ajustes que no se pueden usar ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = El archivo de clave y la base de datos del diario no se corresponden. Los dos se han dejado tal como estaban.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = No se pudo crear el PDF. No se guardó nada; vuelve a intentarlo.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = No se pudieron usar los ajustes de esta copia de seguridad ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = el sistema respondió «{ $e }». { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = Ya hay un diario aquí. Desbloquéalo en vez de crear otro.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = Ya hay un patrón llamado «{ $name }». Por favor, elige otro nombre.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = Aquí no hay ninguna base de datos del diario.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = Todavía no hay ningún diario.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = Todavía no hay ningún diario en el que guardar esto.

# src/error.rs
error-there-is-no-space-left-d16520 = no queda espacio en el disco. Libera algo de espacio y después vuelve a intentarlo.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = Todavía no hay nada que guardar.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = No había nada que restablecer.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = No se aceptan estos ajustes de la clave: { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = Esta copia de seguridad pide mucho más trabajo para abrirse que cualquier copia de seguridad de Ebb, así que no se abrió. No ha cambiado nada; elige la copia de seguridad que guardó Ebb.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = Esta copia de seguridad contiene más que cualquier diario de Ebb (más de 512 MB), así que no se leyó. No ha cambiado nada; elige la copia de seguridad que guardó Ebb.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = Esta copia de seguridad está dañada desde el principio, así que no se puede abrir. Se ha dejado tal como está; si tienes otra copia, prueba con esa.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = Esta copia de seguridad está dañada o incompleta: una parte no se puede descifrar. Se ha dejado tal como está; si tienes otra copia, prueba con esa.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = Esta copia de seguridad tiene un formato más reciente del que puede leer esta versión de Ebb. No ha cambiado nada; una versión más reciente de Ebb puede abrirla.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = Esta copia de Ebb se creó sin su cifrado, así que no escribirá en el diario. Respirar, el anclaje y las pantallas de ayuda siguen funcionando.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = Esto no se pudo cifrar mientras el diario está bloqueado ({ $e }). No se escribió nada; desbloquea el diario y vuelve a intentarlo.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = Esto no se pudo guardar mientras el diario está bloqueado ({ $e }). No se escribió nada; desbloquea el diario y vuelve a intentarlo.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = Este borrador es más grande de lo que Ebb puede guardar (8 MB). Lo que escribiste sigue en la pantalla; guarda una parte como sesión y luego continúa.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = Este archivo es más grande que cualquier exportación de Ebb (más de 512 MB), así que no se leyó. No ha cambiado nada; elige el archivo que exportó Ebb.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = Este archivo se cifró para la clave de una persona en lugar de con una frase de acceso, así que no es una copia de seguridad de Ebb. No ha cambiado nada; elige la copia de seguridad que guardó Ebb.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = Esto es más largo de lo que Ebb puede guardar en un solo campo (2 MB). ¿Podría ir una parte en otra sesión?

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = Esto no es una copia de seguridad de Ebb: no empieza como empiezan las copias de seguridad de Ebb. No ha cambiado nada; elige el archivo de la copia de seguridad que guardó Ebb (su nombre termina en .age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = Esta sesión se ha borrado. Deshaz el borrado para cambiarla.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = Para borrarlo todo, escribe la palabra «{ $DELETE_CONFIRMATION }».

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = «tool» debe ser «pacer» o «grounding».

# src/error.rs
error-try-again-in-a-moment-982a23 = Vuelve a intentarlo en un momento; si sigue pasando, reinicia Ebb.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = «used» tiene más de 200 caracteres.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = Escribe un paso corto, como «Sostén algo cálido».

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = No se pudo guardar tu plan, porque el llavero de este equipo no responde en este momento ({ $reason }). Lo que escribiste sigue en la pantalla; vuelve a intentarlo en un momento, o después de reiniciar Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = No se pudo leer el archivo de tu plan de seguridad ({ $v1 }), así que se ha dejado exactamente como está. Respirar, el anclaje y «Necesito ayuda ahora» siguen funcionando.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = Tu archivo de ajustes estaba dañado ({ $problem }), así que Ebb usa sus ajustes habituales. No se pudo apartar ({ $e }); sigue sin cambios en { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = Tu archivo de ajustes estaba dañado, así que Ebb empezó con sus ajustes habituales. El archivo antiguo se guarda como { $v1 }.
