# Les mots d’Ebb en français : l’écran S’ancrer (de courtes listes pour revenir dans la pièce
# et dans le corps). Lus par l’interface (ui/js/views/grounding.js).
# La même voix calme qu’ebb.ftl : rien ne presse, rien à réussir. Les noms des listes et
# leurs étapes viennent d’ailleurs (content/), pas de ce fichier.
# Aussi utilisés sur cet écran, depuis ebb.ftl : rating-before, rating-after, help-now.

## S’ancrer : les listes

grounding-title = S’ancrer
grounding-lead = De petits moyens de revenir dans la pièce et dans ton corps. Va à ton rythme ; passe tout ce qui ne te convient pas.
# Le nom lu par les lecteurs d’écran pour la liste des listes d’ancrage.
grounding-lists = Listes d’ancrage
# Une petite étiquette à côté d’une liste que la personne a créée elle-même.
grounding-yours = à toi

## S’ancrer : créer sa propre liste

grounding-make-own = Créer ta propre liste
# Étiquette du champ pour le nom de la nouvelle liste.
grounding-name = Nom
# Étiquette du champ où l’on tape les étapes de la nouvelle liste.
grounding-steps = Étapes, une par ligne
grounding-make-list = Créer la liste
# Dit une fois la liste créée ; $name : le nom que la personne lui a donné.
grounding-made = Liste « { $name } » créée.

## S’ancrer : parcourir une liste

# Le bouton pour revenir à l’index des listes ; la flèche pointe vers l’arrière (à inverser dans les langues écrites de droite à gauche).
grounding-all-lists = ← Toutes les listes
# Légende du choix entre les deux façons de parcourir une liste (les deux options suivent).
grounding-show = Afficher
grounding-one-step = Une étape à la fois
grounding-whole-list = Toute la liste
# Après une étape qui invite à remarquer quelque chose, à côté du champ où la personne peut l’écrire.
grounding-notice-private = (juste pour toi ; rien n’est enregistré)
# $step : l’étape affichée ; $steps : le nombre d’étapes de la liste.
grounding-step-count = Étape { $step } sur { $steps }
grounding-back = Retour
grounding-next = Suivant
# Le bouton de la dernière étape : il termine la liste.
grounding-finish = Terminer
# Les touches pour une étape à la fois : Entrée ou la flèche droite pour l’étape suivante, la flèche gauche pour la précédente.
grounding-keys = Entrée ou → pour l’étape suivante, ← pour revenir en arrière.
# Étiquette du champ pour ajouter une étape à la liste ouverte.
grounding-add-step-label = Ajouter une étape à cette liste
grounding-add-step = Ajouter l’étape
grounding-step-added = Étape ajoutée.
grounding-delete-list = Supprimer cette liste
# Dit une fois supprimée la liste de la personne.
grounding-list-deleted = Ta liste est supprimée.
# Annule les étapes ajoutées par la personne à l’une des listes fournies avec l’application.
grounding-reset = Revenir à la liste d’origine
# Dit une fois la liste remise à son état d’origine.
grounding-list-reset = La liste d’origine est revenue.
# Termine la liste quand elle est affichée en entier, avec des cases à cocher.
grounding-done = J’ai fini

## S’ancrer : la fin d’une liste

grounding-how-now = Comment te sens-tu maintenant ?
grounding-steadier = Je me sens plus stable
grounding-overwhelmed = C’est encore trop
# La réponse à « Je me sens plus stable ».
grounding-steadier-reply = Tant mieux si quelque chose a bougé. Prends ton temps avant de passer à la suite.
grounding-back-to-lists = Retour aux listes
# La réponse à « C’est encore trop » : douce, jamais un échec. Respirer ou demander de l’aide suivent, en deux boutons.
grounding-overwhelmed-reply = Ce n’est pas grave. Certains moments demandent plus qu’une liste. Tu pourrais respirer quelques minutes, ou te tourner vers quelqu’un.
# Ouvre l’écran Respirer.
grounding-breathe = Respirer avec { -app-name }
