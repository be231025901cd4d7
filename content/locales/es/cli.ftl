## La línea de comandos (ebb export, backup, restore, check): lo que dice en la terminal

cli-no-data-folder = no se encontró tu carpeta de datos; indica una con --data-dir
cli-in-use = { -app-name } está abierto y usando el diario; ciérralo allí, o hazlo desde la ventana.
# $reason: the system's own words for what went wrong.
cli-terminal-unreadable = no se pudo leer la frase de acceso desde la terminal ({ $reason })
cli-stdin-unreadable = no se pudo leer la entrada estándar ({ $reason })
# Prompts: the passphrase is typed right after them, on the same line.
cli-journal-passphrase = Frase de acceso del diario:{ " " }
cli-backup-passphrase = Frase de acceso de la copia de seguridad:{ " " }
cli-no-journal = no hay ningún diario en { $folder }
# $file: where it was written, or the words of cli-standard-output.
cli-exported = { $sessions ->
    [one] Se exportó { $sessions } sesión
   *[other] Se exportaron { $sessions } sesiones
} a { $file } (sin cifrar).
cli-backed-up = { $sessions ->
    [one] Se hizo una copia de seguridad de { $sessions } sesión
   *[other] Se hizo una copia de seguridad de { $sessions } sesiones
} en { $file }, cifrada con la frase de acceso del diario.
cli-standard-output = la salida estándar
cli-database-unreadable = no se puede leer la base de datos del diario ({ $reason })
cli-not-encrypted = la base de datos del diario NO está cifrada
cli-open-elsewhere = el diario está abierto en { -app-name }, o { -app-name } no se cerró bien la última vez. Ciérralo (o ábrelo y ciérralo una vez) y vuelve a comprobarlo. No ha cambiado nada.
# $problems: one problem per line, each on a line of its own after this one.
cli-problems = el diario tiene problemas:{ $problems }
cli-key-fine = Archivo de clave: bien (Argon2id, { $mib } MiB, { $passes } pasadas).
cli-database-fine = Base de datos: cifrada (SQLCipher), todas las páginas son correctas, índice de búsqueda intacto.
cli-sessions = Sesiones: { $count }.
cli-waiting = { $count ->
    [one] Hay una nota esperando
   *[other] Hay { $count } notas esperando
} en la bandeja de entrada; se añadirán la próxima vez que se desbloquee el diario.
cli-nothing-changed = No ha cambiado nada.
# $list: one record per line, each on a line of its own after this one.
cli-records-refused = { $count ->
    [one] No se pudo leer { $count } registro
   *[other] No se pudieron leer { $count } registros
}, así que no se restauró nada:{ $list }
# $counts: cli-count-* joined, e.g. "3 sessions, 2 practice ratings, 0 notes".
cli-restored = Se restauró un diario nuevo con { $counts }; se abre con la frase de acceso de la copia de seguridad.
cli-restored-settings = También se restauraron los ajustes.
cli-restored-plan = Tu plan de seguridad también está de vuelta.
cli-restored-contacts = Tus contactos también están de vuelta.
cli-nothing-added = Todo lo que hay en este archivo ya está en el diario; no se añadió nada.
cli-imported = Importado: { $counts }.
cli-count-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
cli-count-updated = { $count ->
    [one] { $count } sesión actualizada
   *[other] { $count } sesiones actualizadas
}
cli-count-ratings = { $count ->
    [one] { $count } valoración de una práctica
   *[other] { $count } valoraciones de prácticas
}
cli-count-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
cli-write-stdout = no se pudo escribir en la salida estándar ({ $reason })
cli-write-file = no se pudo escribir { $file } ({ $reason })
