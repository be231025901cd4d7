## La línea de comandos (ebb export, backup, restore, check): lo que dice en la terminal

# `ebb --help`. Option names, command names, FILE, DIR, DATE, YYYY-MM-DD and the
# exit codes stay as they are; keep the columns lined up.
cli-usage =
    Ebb: un compañero pequeño y privado para los momentos difíciles en torno a la terapia.

    Uso: ebb [OPTIONS]
         ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
         ebb backup --out FILE [--data-dir DIR]
         ebb restore FILE [--data-dir DIR]
         ebb check [--data-dir DIR]
         ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    Opciones:
      --breathe          Empieza a respirar enseguida, al ritmo guiado. Si Ebb ya está
                         abierto, su ventana pasa al frente y empieza a respirar.
      --data-dir DIR     Guarda todos los archivos que escribe Ebb dentro de DIR (para
                         un uso portátil o para pruebas). La variable de entorno
                         EBB_DATA_DIR hace lo mismo; si se indican las dos, gana la opción.
      -h, --help         Muestra esta ayuda.
      -V, --version      Muestra la versión de Ebb.

    Sin --data-dir, Ebb usa las carpetas habituales de tu sistema para los ajustes y los datos.

    Comandos (no se abre ninguna ventana; cada uno pide la frase de acceso del diario):
      export    Escribe el diario en FILE: json (completo, se puede volver a importar),
                md (Markdown, para leer o compartir) o csv (una fila por sesión).
                --from y --to (YYYY-MM-DD) eligen las sesiones para md y csv.
                Estos archivos NO están cifrados. --out - escribe en la salida estándar.
      backup    Escribe en FILE una copia de seguridad cifrada del diario y los ajustes,
                sellada con la frase de acceso del diario (formato age: `age -d FILE`
                también la abre).
      restore   Restaura una copia de seguridad (o importa una exportación JSON) desde
                FILE. Si aquí no hay ningún diario, se crea uno nuevo con la frase de
                acceso de la copia de seguridad. Los registros que ya están en el diario
                se conservan; importar dos veces no añade nada.
      check     Comprueba que el diario está cifrado y que todas las páginas y el
                índice de búsqueda están intactos.
      summary   Escribe en FILE.pdf una página para tu próxima sesión: lo que queda
                por tratar, el malestar antes y después de las sesiones, lo que vale
                la pena comentar y lo que ayudó, de --from a --to (YYYY-MM-DD; por
                defecto, el último mes hasta hoy). Las notas de las sesiones no se
                incluyen; elígelas en la ventana. El PDF NO está cifrado.

    Las frases de acceso se leen desde la terminal sin mostrarlas o, si la entrada
    estándar no es una terminal, una por línea desde la entrada estándar (restore: la
    frase de acceso de la copia de seguridad y luego la del diario, si es distinta).
    Nunca desde un argumento.

    Códigos de salida:
      0  listo
      1  algo más salió mal (el mensaje dice qué)
      2  no se entendió la línea de comandos
      3  frase de acceso incorrecta
      4  aquí no hay ningún diario (export, backup, check, summary)
      5  el diario está dañado o no está cifrado (check encontró un problema)
      6  se rechazó el archivo que se iba a restaurar (no es un archivo de Ebb, está
         dañado o tiene registros no válidos); no ha cambiado nada
      7  Ebb está abierto y usando el diario (ciérralo allí, o usa la ventana)

# When the command line is not understood.
cli-data-dir-needs-folder = --data-dir necesita una carpeta, por ejemplo --data-dir ~/ebb-data
# $flag: an option like --out; $what: one of the cli-what-* messages.
cli-flag-needs = { $flag } necesita { $what }
cli-what-folder = una carpeta
cli-what-file = un nombre de archivo
cli-what-format = json, md o csv
cli-what-date = una fecha (YYYY-MM-DD)
# $value: what was typed, in quotes.
cli-format-not = --format es json, md o csv, no { $value }
cli-date-not = { $flag } necesita una fecha con el formato YYYY-MM-DD, no { $value }
# $command: export, backup, restore or check.
cli-does-not-take = ebb { $command } no admite { $value }
cli-export-needs-format = ebb export necesita --format json, md o csv
cli-export-needs-out = ebb export necesita --out FILE (o --out - para la salida estándar)
cli-summary-needs-out = ebb summary necesita --out FILE.pdf (o --out - para la salida estándar)
cli-what-paper = a4 o letter
cli-paper-not = --paper es a4 o letter, no { $value }
cli-from-after-to = --from { $from } es posterior a --to { $to }; intercámbialos, por favor
cli-backup-needs-out = ebb backup necesita --out FILE
cli-restore-needs-file = ebb restore necesita el archivo que se va a restaurar (FILE)
# $argument: what was given, in quotes.
cli-ignoring = se ignora el argumento desconocido { $argument } (consulta ebb --help)

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
# $pages: the PDF's pages; $file: where it was written, or the words of cli-standard-output.
cli-summary-written = { $pages ->
    [one] Se escribió una página
   *[other] Se escribieron { $pages } páginas
} para tu próxima sesión en { $file } (sin cifrar).
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
