# Las palabras de Ebb en español: la pantalla de Anclaje (listas breves para volver a la
# habitación y al cuerpo). Las lee la interfaz (ui/js/views/grounding.js).
# La misma voz tranquila que ebb.ftl: sin prisa, nada que hacer «bien». Los nombres de las
# listas y sus pasos vienen de otro sitio (content/), no de este archivo.
# También se usan en esta pantalla, desde ebb.ftl: rating-before, rating-after, help-now.

## Anclaje: las listas

grounding-title = Anclaje
grounding-lead = Formas breves de volver a la habitación y a tu cuerpo. Ve a tu ritmo; sáltate lo que no encaje.
# The name read by screen readers for the list of grounding lists.
grounding-lists = Listas de anclaje
# A small tag beside a list the person made themselves.
grounding-yours = tuya

## Anclaje: crear una lista propia

grounding-make-own = Crear tu propia lista
# Label of the field for the new list's name.
grounding-name = Nombre
# Label of the box where the new list's steps are typed.
grounding-steps = Pasos, uno por línea
grounding-make-list = Crear la lista
# Said once a list is made; $name: the name the person gave it.
grounding-made = Lista creada: «{ $name }».

## Anclaje: recorrer una lista

# The button back to the index of lists; the arrow points back (turn it in right-to-left languages).
grounding-all-lists = ← Todas las listas
# Legend of the choice between the two ways through a list (the two options follow).
grounding-show = Mostrar
grounding-one-step = Un paso cada vez
grounding-whole-list = La lista entera
# After a step that asks the person to notice something, beside the box where they may type it.
grounding-notice-private = (solo para ti; no se guarda)
# $step: the step shown; $steps: how many steps the list has.
grounding-step-count = Paso { $step } de { $steps }
grounding-back = Atrás
grounding-next = Siguiente
# The last step's button: it ends the list.
grounding-finish = Terminar
# The keys for one step at a time: Enter or the right arrow for the next step, the left arrow for the one before.
grounding-keys = Intro o → para el paso siguiente, ← para volver.
# Label of the field to add a step to the list open.
grounding-add-step-label = Añadir un paso a esta lista
grounding-add-step = Añadir el paso
grounding-step-added = Paso añadido.
grounding-delete-list = Borrar esta lista
# Said once the person's own list is deleted.
grounding-list-deleted = Lista borrada.
# Undoes the steps the person added to one of the lists that come with the app.
grounding-reset = Volver a la lista original
# Said once a list is reset.
grounding-list-reset = De nuevo, la lista original.
# Ends the list when it is shown whole, with ticks.
grounding-done = Listo

## Anclaje: el final de una lista

grounding-how-now = ¿Cómo estás ahora?
grounding-steadier = Me siento más estable
grounding-overwhelmed = Todavía me desborda
# The answer to “I feel steadier”.
grounding-steadier-reply = Qué bien que algo haya cambiado. Tómate tu tiempo antes de seguir.
grounding-back-to-lists = Volver a las listas
# The answer to “Still overwhelmed”: gentle, never a failure. Breathing or help follow as two buttons.
grounding-overwhelmed-reply = Está bien. Hay momentos que necesitan más que una lista. Puedes respirar unos minutos, o hablar con alguien.
# Opens the breathing pacer.
grounding-breathe = Respirar con { -app-name }
