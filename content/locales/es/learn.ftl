# Las palabras de Ebb en español: la pantalla Aprender (artículos breves). Las lee la interfaz
# (ui/js/views/learn.js). Los artículos vienen de content/, no de este archivo.

## Aprender

learn-title = Aprender
# The name read by screen readers for the list of articles.
learn-articles = Artículos
learn-lead = Lecturas breves y sencillas para antes o después de una sesión. Nada de esto sustituye a tu terapeuta.
# The button back from an article to the list; the arrow points back (turn it in right-to-left languages).
learn-all-articles = ← Todos los artículos
