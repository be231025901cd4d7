# Las palabras de Ebb en español neutro, con «tú». La fuente es en/ebb.ftl: los mismos IDs en el mismo orden.
# Las lee la interfaz (ui/js/i18n.js) y Rust (src-tauri/src/i18n.rs).
# La misma voz tranquila y sencilla en todo: frases cortas, sin tecnicismos, sin culpa.
# Glosario: glossary.md junto a este archivo.

## La app

-app-name = Ebb

## Barra superior y secciones

brand = { -app-name }
key-f1 = F1
key-esc = Esc
menu = Menú
screens =
    .aria-label = Secciones
nav-breathe = Respirar
nav-ground = Anclaje
nav-journal = Diario
nav-insights = Evolución
nav-learn = Aprender
nav-patterns = Patrones
nav-settings = Ajustes
help-now = Necesito ayuda ahora

## Avisos

notice-ok = Entendido
check-in-question = ¿Cómo estás ahora? ¿Quieres respirar con calma dos minutos?
check-in-breathe = Respirar dos minutos
check-in-not-now = Ahora no
settings-not-loaded = { -app-name } no pudo cargar los ajustes: { $reason }

## Respirar

pacer-title = Respirar
start-breathing = Empezar a respirar
start-hint = Espacio o Intro
pause = Pausa
resume = Continuar
stop = Parar
paused = En pausa
paused-hint = Pulsa Espacio o «Continuar» cuando quieras.
ending-complete = Aquí termina esta ronda.
ending-stopped = Has parado. Está bien.
ending-sub = Tómate tu tiempo. No hay prisa por hacer nada más.
breathe-again = Respirar otra vez
done = Listo
breathing-options =
    .aria-label = Opciones de respiración
pattern = Patrón
pattern-equal-length = { $name } (fases iguales)
length = Duración
length-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
open-ended = Sin límite de tiempo
time-left = Quedan { $time }
gentle-start = Inicio suave
gentle-note = Con el inicio suave, las primeras respiraciones son más cortas y fáciles, y se van haciendo más lentas poco a poco.
soft-tones = Sonidos suaves
speak-breath = Guía por voz
voice-missing = Este equipo no tiene ninguna voz instalada, así que { -app-name } no puede guiar la respiración en voz alta. Los sonidos suaves funcionan sin voz.
voice-other-language = Este equipo no tiene ninguna voz en español, así que { -app-name } no puede guiar la respiración en voz alta. Los sonidos suaves funcionan sin voz.

## Las fases: se muestran, las leen los lectores de pantalla y dan título a la ventana

phase-in = Inhala
phase-top-up = Inhala un poco más
phase-hold = Sostén
phase-out = Exhala

## Las palabras que dice la «Guía por voz»: lo bastante cortas para una fase de dos segundos

word-in = inhala
word-top-up = un poco más
word-hold = sostén
word-out = exhala

## La intensidad de las emociones (de 0 a 10)

rating-before = ¿Qué intensidad tienen tus emociones ahora mismo? (opcional)
rating-after = ¿Y ahora, qué intensidad tienen tus emociones? (opcional)
rating-hard = Suena muy duro. Si quieres, la ayuda está a un solo paso; o puedes quedarte aquí con esto por ahora.
rating-stay = Quedarme aquí
rating-out-of-ten = { $n } de 10
rating-calm = 0 calma
rating-most = 10 máximo malestar

## La bandeja del sistema

tray-breathe = Respirar ahora
tray-grounding = Anclaje
tray-help = Necesito ayuda ahora
tray-lock = Bloquear el diario
tray-quit = Salir de { -app-name }
tray-tooltip = { -app-name }: respirar, anclarte al presente o buscar ayuda

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = Acerca de { -app-name }
menu-services = Servicios
menu-hide = Ocultar { -app-name }
menu-hide-others = Ocultar otros
menu-show-all = Mostrar todo
menu-edit = Edición
menu-undo = Deshacer
menu-redo = Rehacer
menu-cut = Cortar
menu-copy = Copiar
menu-paste = Pegar
menu-select-all = Seleccionar todo
menu-window = Ventana
menu-minimize = Minimizar
menu-zoom = Zoom
menu-close-window = Cerrar ventana

## Ajustes: idioma

language = Idioma
language-system = Idioma del sistema: { $language }
language-note = Agradecemos que hablantes nativos revisen las traducciones; lo más importante son las palabras sobre crisis y anclaje.

delete-word = borrar

sentence = { $text }.
