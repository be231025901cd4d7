# Las palabras de Ebb en español para «Necesito ayuda ahora», el plan de seguridad («Mi plan») y
# el aviso después de la sesión. Las lee la interfaz (ui/js/views/help.js,
# ui/js/views/safety-plan.js, ui/js/check-in.js).
# Las palabras sobre la crisis son las más importantes: tranquilas, sencillas y directas.
# El título de la pantalla es `help-now`, en ebb.ftl.

## Necesito ayuda ahora

# Shown under the title only when the person came here from a distress rating of 9 or 10.
help-gentle = Suena muy duro ahora mismo. Aquí tienes algunas formas de encontrar apoyo, y puedes volver atrás cuando quieras.
help-lead = No tienes que pasar por esto a solas.
help-danger-title = Si crees que puedes estar en peligro
# Named plainly, once, beside the emergency number: people at highest risk should not have to guess this page is for them.
help-emergency = Si estás pensando en el suicidio o en hacerte daño, mereces ayuda ahora mismo, y no tienes que esperar a que empeore. Si sientes que podrías llevarlo a cabo, que podrías hacer daño a otra persona o que no estás a salvo donde estás, llama ahora al número de emergencias de tu país.
# $country is the country's name, $number its emergency number (for example "United Kingdom", "999").
help-emergency-call = { $country }: llama al { $number }.
# Shown when no country is chosen yet, in place of one country's emergency number.
help-emergency-examples = Por ejemplo: 112 en toda Europa y en muchos otros países, 911 en Estados Unidos y Canadá, 999 en el Reino Unido, 000 en Australia.
help-breathe-title = Baja el ritmo
help-breathe-text = Unas cuantas exhalaciones largas pueden ayudar a tu cuerpo a calmarse un poco mientras decides qué hacer ahora.
help-breathe = Respirar con { -app-name }

## Necesito ayuda ahora: los contactos de la persona

help-people-title = Tu gente
# Read by screen readers as the name of the list of contacts.
help-contacts-label = Tus contactos
help-contacts-empty = Añade a las personas con las que te gustaría hablar en un momento difícil: tu terapeuta, una amistad, alguien de tu familia.
help-contact-add = Añadir un contacto
help-contact-edit = Editar
# Read by screen readers on the Edit button; $name is the contact's name as the person wrote it.
help-contact-edit-label = Editar { $name }
help-contact-remove = Quitar
# Read by screen readers on the Remove button; $name is the contact's name as the person wrote it.
help-contact-remove-label = Quitar { $name }
# Said after a contact is removed; $name is the contact's name.
help-contact-removed = Contacto quitado: { $name }.
# Said after a contact is saved; $name is the contact's name.
help-contact-saved = Contacto guardado: { $name }.
help-contact-name = Nombre
help-contact-reach = Cómo contactar
help-contact-reach-hint = Un número de teléfono, o cómo sueles ponerte en contacto.
help-contact-note = Nota (opcional)
help-contact-note-hint = Por ejemplo: mi terapeuta, los martes.
help-contact-save = Guardar el contacto
help-contact-cancel = Cancelar

## Necesito ayuda ahora: líneas de ayuda del país de la persona

# The heading of the section, and the name screen readers give its list of lines.
help-lines = Líneas de ayuda
help-country = País
# The first choice of the country list, before one is chosen.
help-country-choose = Elige tu país
# The last choice of the country list.
help-country-unlisted = Mi país no está en la lista
help-lines-change = Las líneas cambian de vez en cuando: si un número no funciona, el número de emergencias de tu país siempre funciona.
# $country is the country's name, $number its emergency number.
help-no-line = { -app-name } todavía no incluye ninguna línea de ayuda para { $country }, pero puedes pedir ayuda ahora mismo: llama al { $number }. Si puedes, cuéntale a alguien de confianza cómo te sientes.
# The person chose "My country isn’t listed".
help-no-lines-unlisted = { -app-name } todavía no incluye líneas de ayuda para tu país, pero puedes pedir ayuda ahora mismo: llama al número de emergencias de tu país (el 112 en Europa y en muchos otros países). Si puedes, cuéntale a alguien de confianza cómo te sientes.
help-no-country = Elige tu país para ver sus líneas de ayuda. Si no está en la lista, puedes pedir ayuda ahora mismo: llama al número de emergencias de tu país.
# In bold before a line's way to write (a text number or a chat), which follows it.
help-line-text = Si te cuesta hablar:
# Where a crisis line's details come from; $source is the organisation or website.
help-line-source = Fuente: { $source }
# $source is the organisation or website; $month the month and year the line was last checked ("November 2026").
help-line-source-checked = Fuente: { $source } (consultada en { $month })

## Mi plan: el plan de seguridad de la persona, en «Necesito ayuda ahora»

plan-title = Mi plan
# The heading of the plan shown beside a distress rating of 9 or 10.
plan-yours = Tu plan
plan-invite = Cuando te sientas con más calma, puedes escribir aquí tu propio plan: las señales a las que prestar atención, lo que te ayuda, a quién acudir y tus razones para seguir adelante. Lleva unos minutos, paso a paso, y puedes parar cuando quieras.
plan-make = Crear mi plan
plan-change = Cambiar mi plan
plan-print = Imprimir
plan-markdown = Guardar como Markdown
# The plan as a one-page PDF, in large type.
plan-pdf = Guardar como PDF
# Only on paper, under a printed plan.
# The plan saved as Markdown: its title, and what stands under a step with nothing written.
plan-markdown-title = Mi plan de seguridad
plan-markdown-empty = (todavía no hay nada escrito)
plan-print-emergency = Si tienes pensamientos de suicidio o de hacerte daño y sientes que podrías llevarlos a cabo, llama ahora al número de emergencias de tu país.
# $path is the file the plan was saved to.
plan-exported = Tu plan se guardó en { $path }. Ese archivo no está cifrado.
plan-saved = Tu plan está guardado. Aquí lo tienes siempre que lo necesites.
plan-key-missing = Tu plan sigue guardado, pero el llavero de este equipo no tiene la clave para abrirlo, así que { -app-name } no puede mostrarlo. El archivo queda tal como estaba, y se guarda aparte si escribes un plan nuevo. Todo lo demás funciona como siempre.
plan-write-new = Escribir un plan nuevo
plan-keyring-unavailable = Tu plan está guardado, pero el llavero de este equipo no responde ahora mismo, así que { -app-name } no puede abrirlo. Todo sigue igual. Debería volver a funcionar cuando reinicies { -app-name } o vuelvas a iniciar sesión; todo lo demás funciona como siempre.

## Mi plan: escribirlo, paso a paso

# The heading while writing; $step is the step's number, $steps how many there are.
plan-step-count = Mi plan: paso { $step } de { $steps }
# Read by screen readers on each line written; $step is the step's heading ("Things I can do on my own"), $line the line's number.
plan-line-label = { $step }, línea { $line }
plan-move-up = Subir
plan-move-down = Bajar
plan-remove = Quitar
# Read by screen readers on the buttons beside a line; $line is the line as the person wrote it.
plan-move-up-label = Subir: { $line }
plan-move-down-label = Bajar: { $line }
plan-remove-label = Quitar: { $line }
plan-add-line = Añadir una línea
plan-add-another = Añadir otra línea
plan-add = Añadir
plan-back = Atrás
# On the last step, in place of Next.
plan-done = Listo
plan-next = Siguiente
# In place of Next when nothing is written for this step.
plan-skip = Saltar este paso
plan-later = Terminar más tarde

## Mi plan: los pasos, en orden de lectura
## Cada uno tiene un título, una línea de ayuda y un ejemplo que se ve en gris en el
## campo vacío (nunca se rellena en lugar de la persona).

plan-warning-signs = Señales de que se acerca un momento difícil
plan-warning-signs-help = Pensamientos, emociones o cosas que haces que te avisan de que puede estar empezando un momento difícil.
plan-warning-signs-example = Por ejemplo: dejo de contestar los mensajes
plan-on-my-own = Cosas que puedo hacer por mi cuenta
plan-on-my-own-help = Pequeñas cosas que alivian un poco, sin necesitar a nadie más.
plan-on-my-own-example = Por ejemplo: una exhalación larga con { -app-name }, una ducha caliente, una vuelta a la manzana
plan-distractions = Personas y lugares que me ayudan a distraerme
plan-distractions-help = Un sitio adonde ir o alguien con quien estar, sin tener que hablar de cómo te sientes.
plan-distractions-example = Por ejemplo: la biblioteca, la cocina de mi vecina
plan-people = Personas a las que puedo pedir ayuda
plan-people-help = Personas a quienes podrías contarles que lo estás pasando mal, y cómo contactarlas.
# A made-up name and phone number: use a common name and a number that looks local but is not real.
plan-people-example = Por ejemplo: Ana, 0123 456 789
plan-professionals = Profesionales y servicios
plan-professionals-help = Tu terapeuta, tu centro de salud y servicios a los que podrías llamar, de día o de noche.
plan-professionals-example = Por ejemplo: mi terapeuta, los martes; la línea de ayuda de abajo
plan-safer-surroundings = Hacer más seguro mi entorno
plan-safer-surroundings-help = Formas de poner distancia, por ahora, entre tú y las cosas que podrías usar para hacerte daño.
plan-safer-surroundings-example = Por ejemplo: pedirle a alguien que me guarde los medicamentos durante un tiempo
plan-reasons = Mis razones para seguir adelante
plan-reasons-help = Personas, animales, ilusiones o cualquier cosa que te importe. Bastan unas pocas palabras.
plan-reasons-example = Por ejemplo: mi hermana; volver a ver el mar

## El aviso después de la sesión: cuánto tiempo después llega
## (el aviso en sí está en ebb.ftl)

check-in-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
check-in-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
# Whole hours and a half: "1½ hours", "2½ hours". $hours is the number of whole hours.
check-in-hours-half = { $hours }½ horas
