# Las palabras de Ebb en español: la pantalla Patrones (patrones de respiración para elegir, y
# los de la persona). Las lee la interfaz (ui/js/views/patterns.js). Los nombres y las
# descripciones de los patrones vienen de otro sitio, igual que los mensajes sobre un valor
# que no se puede guardar.

## Patrones: la lista

patterns-title = Patrones de respiración
# The name read by screen readers for the list of patterns.
patterns-list = Patrones
patterns-lead = Elige el patrón con el que respirar, o crea uno propio.
# A small tag on the pattern the pacer uses now.
patterns-in-use = En uso
# A small tag beside a pattern the person made.
patterns-yours = tuyo
# A small tag beside a pattern whose breath in and breath out are the same length.
patterns-equal-length = fases iguales
# Buttons beside a pattern; .aria-label is what a screen reader hears, with $name the pattern's name.
patterns-use = Usar
    .aria-label = Usar { $name }
patterns-edit = Editar
    .aria-label = Editar { $name }
patterns-delete = Borrar
    .aria-label = Borrar { $name }
# Shown in place of Delete, to make sure.
patterns-confirm-delete = Sí, borrarlo
    .aria-label = Sí, borrar { $name }
patterns-keep = Conservarlo
# Said once a pattern is chosen; $name: the pattern's name.
patterns-chosen = A partir de ahora respiras con «{ $name }».
# Said once a pattern is deleted; $name: the pattern's name.
patterns-deleted = Patrón borrado: «{ $name }».

## Patrones: crear o editar uno propio

patterns-make-own = Crear uno propio
# The form's heading while a pattern is edited; $name: its name.
patterns-edit-title = Editar «{ $name }»
# Label of the field for the pattern's name.
patterns-name = Nombre
# Labels of the four fields, each a number of seconds.
patterns-inhale = Inhalar
patterns-hold-in = Sostener tras inhalar
patterns-exhale = Exhalar
patterns-hold-out = Sostener tras exhalar
patterns-seconds-note = Todo en segundos: de 1 a 30 para inhalar y exhalar, de 0 a 30 para sostener, en pasos de medio segundo.
patterns-save = Guardar el patrón
patterns-cancel-edit = Cancelar la edición
# Said once a pattern is saved; $name: its name.
patterns-saved = Patrón guardado: «{ $name }».
