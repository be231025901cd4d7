# Les mots d’Ebb en français : l’écran Rythmes (les rythmes de respiration à choisir, et
# ceux de la personne). Lus par l’interface (ui/js/views/patterns.js). Les noms et les
# descriptions des rythmes viennent d’ailleurs, tout comme les messages sur une valeur
# qui ne peut pas être enregistrée.

## Rythmes : la liste

patterns-title = Rythmes de respiration
# Le nom lu par les lecteurs d’écran pour la liste des rythmes.
patterns-list = Rythmes
patterns-lead = Choisis le rythme avec lequel tu respires, ou crée le tien.
# Une petite étiquette sur le rythme utilisé en ce moment.
patterns-in-use = Utilisé
# Une petite étiquette à côté d’un rythme créé par la personne.
patterns-yours = à toi
# Une petite étiquette à côté d’un rythme où l’inspiration et l’expiration durent autant.
patterns-equal-length = temps égaux
# Des boutons à côté d’un rythme ; .aria-label est ce qu’entend un lecteur d’écran, avec $name le nom du rythme.
patterns-use = Utiliser
    .aria-label = Utiliser { $name }
patterns-edit = Modifier
    .aria-label = Modifier { $name }
patterns-delete = Supprimer
    .aria-label = Supprimer { $name }
# Affiché à la place de Supprimer, pour confirmer.
patterns-confirm-delete = Oui, le supprimer
    .aria-label = Oui, supprimer { $name }
patterns-keep = Le garder
# Dit une fois un rythme choisi ; $name : le nom du rythme.
patterns-chosen = Tu respireras désormais avec « { $name } ».
# Dit une fois un rythme supprimé ; $name : le nom du rythme.
patterns-deleted = Rythme supprimé : « { $name } ».

## Rythmes : créer ou modifier le sien

patterns-make-own = Créer le tien
# Le titre du formulaire pendant la modification d’un rythme ; $name : son nom.
patterns-edit-title = Modifier « { $name } »
# Étiquette du champ pour le nom du rythme.
patterns-name = Nom
# Les étiquettes des quatre champs, chacun un nombre de secondes.
patterns-inhale = Inspirer
patterns-hold-in = Retenir après l’inspiration
patterns-exhale = Expirer
patterns-hold-out = Retenir après l’expiration
patterns-seconds-note = Tout est en secondes : de 1 à 30 pour inspirer et expirer, de 0 à 30 pour retenir, par demi-secondes.
patterns-save = Enregistrer le rythme
patterns-cancel-edit = Annuler les modifications
# Dit une fois un rythme enregistré ; $name : son nom.
patterns-saved = Rythme enregistré : « { $name } ».
