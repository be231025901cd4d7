# Les mots d’Ebb en français : l’écran Réglages, le raccourci pour respirer, le message
# pour prendre des nouvelles après une séance, l’export, la sauvegarde et l’import, et quelques
# mots que toute l’application partage (un journal verrouillé de n’importe où, une erreur sans raison).
# Le titre « Réglages » et la section sur la langue sont dans ebb.ftl.

## Réglages : apparence et son

settings-saved = Enregistré.
settings-theme = Thème
settings-theme-system = Suivre mon système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-motion = Animations
settings-motion-note = Avec moins d’animations, le cercle de respiration reste immobile et change de luminosité au lieu de changer de taille.
settings-motion-system = Suivre mon système
settings-motion-reduced = Réduire les animations
settings-motion-full = Toutes les animations
settings-text-size = Taille du texte
settings-text-size-note = Tous les écrans suivent cette taille ; aux grandes tailles, certains écrans défilent.
# Une taille de texte au choix ; $percent vaut ici 100 (la taille de départ de l’application).
settings-text-size-usual = { $percent } % (taille habituelle)
# Une taille de texte plus grande : $percent vaut 115, 130, 150 ou 175.
settings-text-size-percent = { $percent } %
settings-sound = Son
settings-sound-tones = Sons doux pendant la respiration (un son qui monte pour inspirer, un son plus grave pour expirer)

## Réglages : le journal

settings-journal-title = Journal
settings-lock-after = Verrouiller le journal après ce temps sans utilisation
# Une option de la liste ci-dessus.
settings-lock-after-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-pass-title = Changer la phrase secrète
settings-pass-current = Phrase secrète actuelle
settings-pass-new = Nouvelle phrase secrète
settings-pass-again = Nouvelle phrase secrète, une deuxième fois
settings-pass-fresh = Verrouiller aussi le journal avec une toute nouvelle clé
settings-pass-fresh-hint = Recommandé. Tout le journal est chiffré à nouveau : une ancienne copie de ses fichiers ne pourra pas s’ouvrir avec l’ancienne phrase secrète. C’est un peu plus long.
settings-pass-change = Changer la phrase secrète
settings-pass-not-same = Les deux nouvelles phrases secrètes ne sont pas identiques.
settings-pass-changing = Changement en cours…
settings-pass-changed = C’est changé. Utilise la nouvelle phrase secrète à partir de maintenant.
settings-delete-title = Supprimer le journal
# $word est le mot à taper pour supprimer le journal, exactement tel que l’application
# le vérifie (« delete ») : il vient de l’application, pas de ce fichier.
settings-delete-hint = Cela efface pour de bon tout ce que contient le journal : chaque séance, note, brouillon et intensité notée. C’est irréversible. Pour continuer, tape le mot { $word }.
# L’étiquette du champ où le mot est tapé ; $word comme ci-dessus.
settings-delete-label = Tape { $word } pour confirmer
settings-delete-button = Effacer tout le contenu du journal
settings-deleted = Le journal et tous ses fichiers ont été supprimés.

## Réglages : comment le plan de sécurité et les contacts sont gardés

settings-plan-title = Ton plan de sécurité et tes contacts
settings-plan-keyring = Ton plan et tes contacts sont chiffrés, et leur clé est gardée dans le trousseau de clés de cet ordinateur : ils s’ouvrent sans la phrase secrète de ton journal et ne sont jamais en clair sur le disque.
settings-plan-private-file = Cet ordinateur n’a pas de trousseau de clés qu’{ -app-name } puisse utiliser : ton plan et tes contacts sont donc gardés dans un fichier que seul ton compte d’utilisateur peut ouvrir. Ce fichier n’est pas chiffré.
settings-plan-key-missing = Ton plan et tes contacts sont enregistrés, mais le trousseau de clés de cet ordinateur n’a plus leur clé : { -app-name } ne peut donc pas les ouvrir. Le fichier reste intact, et tout ce que tu écris maintenant est gardé dans un nouveau fichier.

## Réglages : les données de la personne

settings-data-title = Tes données
settings-data-about = Ton journal t’appartient : apporte-le à ton ou ta thérapeute, garde une sauvegarde, ou transfère-le sur un nouvel ordinateur. Pour tout cela, le journal doit être déverrouillé, sauf pour restaurer une sauvegarde dans un { -app-name } encore vide.

## Les noms des touches, tels qu’un raccourci les affiche (« Ctrl+Alt+Maj+B »)

-key-ctrl = Ctrl
-key-alt = Alt
-key-shift = Maj
-key-super = Super
# La touche Contrôle.
shortcut-key-ctrl = { -key-ctrl }
# La touche Alt (Option sur un Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# La touche Windows ou Commande.
shortcut-key-super = { -key-super }

## Réglages : le raccourci pour respirer

shortcut-title = Respirer depuis n’importe où
shortcut-on = Un raccourci qui fait passer { -app-name } au premier plan et lance la respiration, quelle que soit l’application ouverte
shortcut-label = Raccourci
# « B » est la lettre du raccourci donné en exemple.
shortcut-hint = Quand ce champ est sélectionné, appuie sur les touches en même temps, ou tape-les, comme { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. Utilise au moins deux touches parmi { -key-ctrl }, { -key-alt } et { -key-super }, pour que le raccourci ne prenne rien dont les autres applications ont besoin.
shortcut-use = Utiliser ce raccourci
# $shortcut est le raccourci tel que le champ l’affiche, par exemple « Ctrl+Alt+Maj+B ».
shortcut-active = { $shortcut } fait passer { -app-name } au premier plan et lance la respiration, où que tu sois sur ton bureau.
shortcut-off = Le raccourci est désactivé.
shortcut-none = Aucun raccourci ne fonctionne pour le moment.

## Réglages : prendre des nouvelles après une séance

settings-check-in-title = Prendre de tes nouvelles après une séance
settings-check-in-about = Quand tu notes une séance, tu peux demander à { -app-name } de prendre de tes nouvelles plus tard : une notification discrète demande « { check-in-question } », et la choisir ouvre l’écran Respirer. Ça n’arrive que si tu le demandes, une séance à la fois, et seulement pendant qu’{ -app-name } est ouvert (il peut être réduit).
settings-check-in-after = Prendre de mes nouvelles dans
settings-check-in-cancel = Annuler
settings-check-in-cancelled = Le message prévu est annulé.
# $time est l’heure à laquelle le message est prévu, par exemple « 21:05 ».
settings-check-in-set = Un message pour prendre de tes nouvelles est prévu à { $time }.

## Export

transfer-export-title = Exporter
transfer-export-warning = Les fichiers exportés ne sont pas chiffrés.
transfer-export-warning-more = Toute personne qui peut ouvrir le fichier peut le lire. Garde-le dans un endroit privé, et supprime-le quand tu n’en as plus besoin.
transfer-format = Format
transfer-format-markdown = Markdown
transfer-format-markdown-about = Lisible partout ; pratique pour montrer quelques séances à ton ou ta thérapeute.
transfer-format-json = JSON
transfer-format-json-about = Tout, en entier, et { -app-name } peut l’importer à nouveau.
transfer-format-csv = CSV
transfer-format-csv-about = Une ligne par séance, pour un tableur.
transfer-from = Depuis le (facultatif)
transfer-to = Jusqu’au (facultatif)
transfer-export-button = Exporter…
# $path est l’endroit où le fichier a été enregistré.
transfer-export-saved = { $sessions ->
    [one] { $sessions } séance enregistrée dans { $path }. Ce fichier n’est pas chiffré.
   *[other] { $sessions } séances enregistrées dans { $path }. Ce fichier n’est pas chiffré.
}
transfer-nothing-saved = Rien n’a été enregistré.

## Sauvegarde chiffrée

transfer-backup-title = Sauvegarde chiffrée
transfer-backup-about = Un seul fichier avec tout ton journal et tes réglages, chiffré avec la phrase secrète de ton journal. Garde-le sur un autre disque pour passer à un nouvel ordinateur, ou pour tout retrouver si le tien tombe en panne. Il s’ouvre avec la même phrase secrète.
transfer-backup-pass = Phrase secrète du journal
transfer-backup-button = Enregistrer une sauvegarde…
transfer-backup-no-pass = Tape la phrase secrète de ton journal, s’il te plaît.
transfer-backup-checking = Vérification de la phrase secrète…
# $path est l’endroit où la sauvegarde a été enregistrée.
transfer-backup-saved = { $sessions ->
    [one] Sauvegarde enregistrée dans { $path } ({ $sessions } séance, chiffrée).
   *[other] Sauvegarde enregistrée dans { $path } ({ $sessions } séances, chiffrée).
}

## Importer ou restaurer

transfer-import-title = Importer ou restaurer
transfer-import-intro = Un export JSON ou une sauvegarde chiffrée d’{ -app-name }. Tu vois ce qu’il contient avant que quoi que ce soit change ; ce qui est déjà dans ton journal reste tel quel, donc importer deux fois le même fichier n’ajoute rien.
transfer-choose = Choisir un fichier…
# Le bouton qui confirme l’import d’un fichier exporté.
transfer-import = Importer
# Le bouton qui confirme la restauration d’une sauvegarde dans un journal vide.
transfer-restore = Restaurer
transfer-cancel = Annuler
transfer-importing = Import en cours…
transfer-restoring = Restauration en cours…
transfer-nothing-changed = Rien n’a été modifié.
# $reason dit pourquoi l’import a échoué, en une phrase à part.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Commence le message après un import ; ce qui a été ajouté suit.
transfer-import-done = C’est fait.
transfer-settings-back = Tes réglages sont revenus aussi.
transfer-plan-back = Ton plan de sécurité est revenu aussi.
transfer-contacts-back = Tes contacts pour « { help-now } » sont là aussi.
transfer-nothing-added = Tout ce que contient ce fichier était déjà dans ton journal ; rien n’a été ajouté.
transfer-preview =
    .aria-label = Ce que contient ce fichier
transfer-restore-note = Un nouveau journal sera créé avec la phrase secrète de la sauvegarde, et il s’ouvrira aussitôt.
# $name est le nom du fichier (affiché en gras).
transfer-encrypted-backup = { $name } est une sauvegarde chiffrée.
transfer-backup-passphrase = La phrase secrète de la sauvegarde
transfer-open-backup = Ouvrir la sauvegarde
transfer-opening = Ouverture…
# $name est le nom du fichier.
transfer-problems = { $count ->
    [one] { $count } élément de { $name } n’a pas pu être lu : rien n’a donc été importé.
   *[other] { $count } éléments de { $name } n’ont pas pu être lus : rien n’a donc été importé.
}
transfer-problems-unchanged = Rien n’a été modifié dans ton journal. Voici ce qui ne va pas :
# Un élément du fichier qui n’a pas pu être lu : $section est le nom de sa liste
# dans le fichier (comme « sessions », écrit comme dans le fichier), $number sa place
# dans cette liste, $id son identifiant dans le fichier, $reason ce qui ne va pas.
transfer-problem = { $section } n° { $number } : { $reason }
transfer-problem-with-id = { $section } n° { $number } ({ $id }) : { $reason }
# Après une liste de problèmes : combien il en reste.
transfer-problems-more = … et { $count } de plus.
transfer-nothing-imported = Rien n’a été importé.

## Toute l’application

# Dit sur l’écran du journal quand le journal a été verrouillé depuis n’importe où (Ctrl+L, la zone de notification).
app-journal-locked = Journal verrouillé.
# Dit dans un message quand le journal a été verrouillé avant l’ouverture de l’écran du journal.
app-journal-is-locked = Ton journal est verrouillé.
# Quand quelque chose a échoué sans donner de raison.
app-something-went-wrong = Quelque chose n’a pas marché, et ça n’a pas pu aller jusqu’au bout. La respiration, l’ancrage et « { help-now } » fonctionnent toujours.
