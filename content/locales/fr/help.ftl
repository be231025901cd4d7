# Les mots d’Ebb en français pour « Besoin d’aide maintenant », le plan de sécurité (« Mon plan »)
# et le message pour prendre des nouvelles après une séance. Lus par l’interface (ui/js/views/help.js,
# ui/js/views/safety-plan.js, ui/js/check-in.js).
# Les mots sur la crise comptent le plus : calmes, simples et directs.
# Le titre de l’écran, `help-now`, est dans ebb.ftl.

## Besoin d’aide maintenant

# Affiché sous le titre seulement quand la personne arrive ici après une intensité de 9 ou 10.
help-gentle = Ça a l’air vraiment difficile en ce moment. Voici des façons de trouver du soutien, et tu peux revenir en arrière quand tu veux.
help-lead = Tu n’as pas à traverser ça sans personne.
help-danger-title = Si tu te sens en danger
# Dit simplement, une fois, à côté du numéro d’urgence : les personnes les plus à risque ne doivent pas avoir à deviner que cette page est pour elles.
help-emergency = Si tu penses au suicide ou à te faire du mal, tu mérites de l’aide dès maintenant, et tu n’as pas à attendre que ça empire. Si tu risques de passer à l’acte, de faire du mal à quelqu’un d’autre, ou si tu n’es pas en sécurité là où tu es, appelle maintenant le numéro d’urgence local.
# $country est le nom du pays, $number son numéro d’urgence (par exemple « Royaume-Uni », « 999 »).
help-emergency-call = { $country } : appelle le { $number }.
# Affiché quand aucun pays n’est encore choisi, à la place du numéro d’urgence d’un pays.
help-emergency-examples = Par exemple : le 112 dans toute l’Europe et dans beaucoup d’autres pays, le 911 aux États-Unis et au Canada, le 999 au Royaume-Uni, le 000 en Australie.
help-breathe-title = Ralentir un peu
help-breathe-text = Quelques longues expirations peuvent aider ton corps à s’apaiser un peu, le temps de décider de la suite.
help-breathe = Respirer avec { -app-name }

## Besoin d’aide maintenant : les contacts de la personne

help-people-title = Tes proches
# Lu par les lecteurs d’écran comme nom de la liste des contacts.
help-contacts-label = Tes contacts
help-contacts-empty = Ajoute les personnes que tu aimerais pouvoir joindre dans un moment difficile : ton ou ta thérapeute, une amie ou un ami, quelqu’un de ta famille.
help-contact-add = Ajouter un contact
help-contact-edit = Modifier
# Lu par les lecteurs d’écran sur le bouton Modifier ; $name est le nom du contact tel que la personne l’a écrit.
help-contact-edit-label = Modifier { $name }
help-contact-remove = Retirer
# Lu par les lecteurs d’écran sur le bouton Retirer ; $name est le nom du contact tel que la personne l’a écrit.
help-contact-remove-label = Retirer { $name }
# Dit après le retrait d’un contact ; $name est le nom du contact.
help-contact-removed = Contact retiré : { $name }.
# Dit après l’enregistrement d’un contact ; $name est le nom du contact.
help-contact-saved = Contact enregistré : { $name }.
help-contact-name = Nom
help-contact-reach = Comment joindre cette personne
help-contact-reach-hint = Un numéro de téléphone, ou la façon dont tu la contactes.
help-contact-note = Note (facultatif)
help-contact-note-hint = Par exemple : ma thérapeute, le mardi.
help-contact-save = Enregistrer le contact
help-contact-cancel = Annuler

## Besoin d’aide maintenant : les lignes d’écoute du pays de la personne

# Le titre de la section, et le nom que les lecteurs d’écran donnent à sa liste de lignes.
help-lines = Lignes d’écoute
help-country = Pays
# Le premier choix de la liste des pays, avant qu’un pays soit choisi.
help-country-choose = Choisis ton pays
# Le dernier choix de la liste des pays.
help-country-unlisted = Mon pays n’est pas dans la liste
help-lines-change = Les lignes changent de temps en temps : si un numéro ne fonctionne pas, le numéro d’urgence local, lui, fonctionne toujours.
# $country est le nom du pays, $number son numéro d’urgence.
help-no-line = { -app-name } n’a pas encore de ligne d’écoute pour ce pays ({ $country }), mais tu peux quand même trouver de l’aide maintenant : appelle le { $number }. Si tu peux, dis à une personne de confiance comment tu te sens.
# La personne a choisi « Mon pays n’est pas dans la liste ».
help-no-lines-unlisted = { -app-name } n’a pas encore de lignes d’écoute pour ton pays, mais tu peux quand même trouver de l’aide maintenant : appelle le numéro d’urgence local (le 112 en Europe et dans beaucoup d’autres pays). Si tu peux, dis à une personne de confiance comment tu te sens.
help-no-country = Choisis ton pays pour voir les lignes d’écoute. S’il n’est pas dans la liste, tu peux quand même trouver de l’aide maintenant : appelle le numéro d’urgence local.
# En gras avant le moyen d’écrire à une ligne (un numéro pour les SMS ou un chat), qui le suit.
help-line-text = Si parler est difficile :
# D’où viennent les informations d’une ligne ; $source est l’organisme ou le site web.
help-line-source = Source : { $source }
# $source est l’organisme ou le site web ; $month le mois et l’année de la dernière vérification (« novembre 2026 »).
help-line-source-checked = Source : { $source } (dernière vérification : { $month })

## Mon plan : le plan de sécurité de la personne, dans « Besoin d’aide maintenant »

plan-title = Mon plan
# Le titre du plan affiché à côté d’une intensité de 9 ou 10.
plan-yours = Ton plan
plan-invite = Quand tu te sentiras plus stable, tu pourras écrire ici ton propre plan : les signes à repérer, ce qui t’aide, qui contacter et tes raisons de continuer. Ça prend quelques minutes, une étape à la fois, et tu peux t’arrêter quand tu veux.
plan-make = Écrire mon plan
plan-change = Modifier mon plan
plan-print = Imprimer
plan-markdown = Enregistrer en Markdown
# Le plan en PDF d’une page, en gros caractères.
plan-pdf = Enregistrer en PDF
# Seulement sur papier, sous un plan imprimé.
# Le plan enregistré en Markdown : son titre, et ce qui s’affiche sous une étape où rien n’est écrit.
plan-markdown-title = Mon plan de sécurité
plan-markdown-empty = (rien d’écrit pour l’instant)
plan-print-emergency = Si tu as des pensées de suicide ou l’envie de te faire du mal, et que tu risques de passer à l’acte, appelle maintenant le numéro d’urgence local.
# $path est le fichier où le plan a été enregistré.
plan-exported = Ton plan est enregistré dans { $path }. Ce fichier n’est pas chiffré.
plan-saved = Ton plan est enregistré. Il est là dès que tu en as besoin.
plan-key-missing = Ton plan est toujours enregistré, mais le trousseau de clés de cet ordinateur n’a pas la clé pour l’ouvrir : { -app-name } ne peut donc pas l’afficher. Le fichier est laissé exactement tel quel, et il est mis de côté si tu écris un nouveau plan. Tout le reste ici fonctionne comme d’habitude.
plan-write-new = Écrire un nouveau plan
plan-keyring-unavailable = Ton plan est enregistré, mais le trousseau de clés de cet ordinateur ne répond pas pour le moment : { -app-name } ne peut donc pas l’ouvrir. Rien n’a été modifié. Tout devrait revenir quand tu redémarreras { -app-name } ou que tu te reconnecteras ; tout le reste ici fonctionne comme d’habitude.

## Mon plan : l’écrire, une étape à la fois

# Le titre pendant l’écriture ; $step est le numéro de l’étape, $steps le nombre d’étapes.
plan-step-count = Mon plan : étape { $step } sur { $steps }
# Lu par les lecteurs d’écran sur chaque ligne écrite ; $step est le titre de l’étape (« Ce que je peux faire par moi-même »), $line le numéro de la ligne.
plan-line-label = { $step }, ligne { $line }
plan-move-up = Monter
plan-move-down = Descendre
plan-remove = Retirer
# Lu par les lecteurs d’écran sur les boutons à côté d’une ligne ; $line est la ligne telle que la personne l’a écrite.
plan-move-up-label = Monter : { $line }
plan-move-down-label = Descendre : { $line }
plan-remove-label = Retirer : { $line }
plan-add-line = Ajouter une ligne
plan-add-another = Ajouter une autre ligne
plan-add = Ajouter
plan-back = Retour
# À la dernière étape, à la place de Suivant.
plan-done = Terminé
plan-next = Suivant
# À la place de Suivant quand rien n’est écrit pour cette étape.
plan-skip = Passer cette étape
plan-later = Finir plus tard

## Mon plan : les étapes, dans l’ordre de lecture
## Chacune a un titre, une ligne d’aide et un exemple affiché en grisé dans le champ vide
## (jamais rempli à la place de la personne).

plan-warning-signs = Les signes qu’un moment difficile arrive
plan-warning-signs-help = Des pensées, des émotions ou des choses que tu fais qui te disent qu’un moment difficile commence peut-être.
plan-warning-signs-example = Par exemple : je ne réponds plus aux messages
plan-on-my-own = Ce que je peux faire par moi-même
plan-on-my-own-help = De petites choses qui apaisent un peu, sans avoir besoin de personne.
plan-on-my-own-example = Par exemple : une longue expiration avec { -app-name }, une douche chaude, un tour du pâté de maisons
plan-distractions = Les personnes et les lieux qui me changent les idées
plan-distractions-help = Un endroit où aller ou quelqu’un avec qui être, sans avoir à parler de ce que tu ressens.
plan-distractions-example = Par exemple : la bibliothèque, la cuisine de ma voisine
plan-people = Les personnes à qui je peux demander de l’aide
plan-people-help = Des personnes à qui tu pourrais dire que c’est dur pour toi, avec la façon de les joindre.
# Un nom et un numéro inventés : un prénom courant et un numéro qui a l’air local sans être réel (06 39 98 … est réservé à la fiction par l’Arcep).
plan-people-example = Par exemple : Camille, 06 39 98 12 34
plan-professionals = Les professionnels et les services
plan-professionals-help = Ton ou ta thérapeute, ton médecin, et des services que tu pourrais appeler, de jour comme de nuit.
plan-professionals-example = Par exemple : ma thérapeute, le mardi ; la ligne d’écoute ci-dessous
plan-safer-surroundings = Rendre mon environnement plus sûr
plan-safer-surroundings-help = Des façons de mettre de la distance, pour l’instant, entre toi et ce que tu pourrais utiliser pour te faire du mal.
plan-safer-surroundings-example = Par exemple : demander à quelqu’un de garder mes médicaments pendant un temps
plan-reasons = Mes raisons de continuer
plan-reasons-help = Des personnes, des animaux, des espoirs, ou tout ce qui compte pour toi. Quelques mots suffisent.
plan-reasons-example = Par exemple : ma sœur ; revoir la mer

## Prendre des nouvelles après une séance : au bout de combien de temps
## (le message lui-même est dans ebb.ftl)

check-in-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
check-in-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
# Des heures entières et une demie : « 1 heure et demie », « 2 heures et demie ». $hours est le nombre d’heures entières.
check-in-hours-half = { $hours ->
    [one] { $hours } heure et demie
   *[other] { $hours } heures et demie
}
