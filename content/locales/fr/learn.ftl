# Les mots d’Ebb en français : l’écran Comprendre (de courts articles). Lus par l’interface
# (ui/js/views/learn.js). Les articles eux-mêmes viennent de content/, pas de ce fichier.

## Comprendre

learn-title = Comprendre
# Le nom lu par les lecteurs d’écran pour la liste des articles.
learn-articles = Articles
learn-lead = Des lectures courtes et simples, pour avant ou après une séance. Rien de tout cela ne remplace ton ou ta thérapeute.
# Le bouton pour revenir d’un article à la liste ; la flèche pointe vers l’arrière (à inverser dans les langues écrites de droite à gauche).
learn-all-articles = ← Tous les articles
