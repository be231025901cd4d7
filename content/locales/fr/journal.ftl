# Les mots du journal en français : le carnet privé et chiffré des séances de thérapie.
# Lus par l’interface (ui/js/views/journal*.js, session-form.js, journal-model.js,
# journal-search.js). La même voix calme et simple qu’ebb.ftl ; glossary.md à côté de ce fichier.
# « Phrase secrète », jamais « mot de passe » : elle peut compter plusieurs mots.

## Créer le journal (pas encore de journal)

journal-create-title = Ton journal de séances
journal-create-lead = Un endroit privé pour noter comment se passent tes séances de thérapie : ce qui est venu, ce qui a aidé, ce que tu veux aborder la prochaine fois. Tu n’en as jamais besoin pour respirer ou t’ancrer.
journal-create-private = Tout ce qu’il contient est chiffré sur cet ordinateur et n’en sort jamais. Il se verrouille tout seul quand tu t’éloignes.
journal-choose-passphrase = Choisis une phrase secrète
journal-passphrase-hint = Au moins 8 caractères. Quelques mots ordinaires à la suite sont faciles à retenir et difficiles à deviner.
journal-passphrase-again = Tape-la une deuxième fois
# En gras, suivi dans le même paragraphe par journal-forget-no-reset.
journal-forget-warning = Si tu oublies cette phrase secrète, personne ne pourra plus ouvrir ton journal : ni toi, ni nous, ni personne.
journal-forget-no-reset = Il n’y a ni réinitialisation ni récupération possible. Garde-la en lieu sûr, par exemple dans un gestionnaire de mots de passe ou sur une note que tu gardes pour toi.
journal-understood = Je comprends qu’une phrase secrète oubliée ne peut pas être récupérée
journal-passphrases-differ = Les deux phrases secrètes ne sont pas identiques. Tape-les à nouveau, s’il te plaît.
journal-tick-the-box = Coche la case, s’il te plaît, pour montrer que tu as lu comment fonctionne la phrase secrète ici.
journal-create = Créer mon journal
# Sur le bouton pendant la création du journal.
journal-creating = Création de ton journal…
journal-ready = Ton journal est prêt.
# Titre de la partie du premier écran qui restaure plutôt une sauvegarde chiffrée.
journal-restore-title = Ou restaurer une sauvegarde
journal-restore-intro = Tu arrives d’un autre ordinateur, ou tu recommences après un problème ? Une sauvegarde chiffrée d’{ -app-name } fait revenir ton journal, et elle s’ouvre avec la phrase secrète de la sauvegarde.
journal-restored = Ton journal est restauré.

## Déverrouiller (le journal est verrouillé)

journal-locked-title = Ton journal est verrouillé
# { help-now } est le nom de l’écran avec le numéro d’urgence et les lignes d’écoute.
journal-locked-lead = Déverrouille-le avec ta phrase secrète. La respiration, l’ancrage et « { help-now } » n’en ont jamais besoin.
journal-passphrase = Phrase secrète
journal-unlock = Déverrouiller
# Sur le bouton pendant la vérification de la phrase secrète.
journal-unlocking = Déverrouillage…
journal-type-passphrase = Tape ta phrase secrète, s’il te plaît.
# Des notes rapides écrites pendant que le journal était verrouillé, scellées, qui attendent le prochain déverrouillage.
journal-pending = { $count ->
    [one] { $count } chose notée pendant que le journal était verrouillé sera ajoutée quand tu le déverrouilleras.
   *[other] { $count } choses notées pendant que le journal était verrouillé seront ajoutées quand tu le déverrouilleras.
}
journal-forgot = Phrase secrète oubliée ?
journal-forgot-private = Ton journal ne peut pas s’ouvrir sans elle : c’est ce qui le garde privé. Prends ton temps : une phrase secrète revient souvent quand on est plus calme.
# « Supprimer le journal » est le nom d’un bouton dans les Réglages.
journal-forgot-start-again = Si tu veux recommencer, les Réglages proposent « Supprimer le journal », qui efface pour de bon tous ses fichiers.

## Dit après un déverrouillage (lu par les lecteurs d’écran), une phrase après l’autre

journal-unlocked = Déverrouillé.
# Des notes rapides écrites pendant que le journal était verrouillé, maintenant ajoutées.
journal-unlocked-added = { $count ->
    [one] { $count } chose notée pendant que le journal était verrouillé a été ajoutée.
   *[other] { $count } choses notées pendant que le journal était verrouillé ont été ajoutées.
}
# Rare : des notes scellées qui n’ont pas pu être lues. « inbox.unreadable » est un nom de fichier : à garder tel quel.
journal-unlocked-kept-aside = { $count ->
    [one] { $count } chose en attente n’a pas pu être ajoutée : elle a été mise de côté, toujours scellée, dans le dossier du journal (inbox.unreadable). Tout le reste est là.
   *[other] { $count } choses en attente n’ont pas pu être ajoutées : elles ont été mises de côté, toujours scellées, dans le dossier du journal (inbox.unreadable). Tout le reste est là.
}

## Le journal ne peut pas s’ouvrir (fichiers abîmés ou illisibles)

journal-damaged-title = Ton journal ne peut pas s’ouvrir pour le moment
journal-damaged-lead = La respiration, l’ancrage et « { help-now } » fonctionnent toujours.
journal-damaged-nothing-changed = { -app-name } n’a rien modifié ni écrasé. Si tu veux un nouveau journal, les anciens fichiers peuvent être déplacés dans un dossier à part, intacts, pour que rien ne soit perdu.
journal-set-aside = Le mettre de côté, puis créer un nouveau journal ou restaurer une sauvegarde
# $path : le dossier où les fichiers de l’ancien journal ont été déplacés.
journal-set-aside-done = L’ancien journal a été déplacé, tel quel, dans { $path }. Tu peux créer un nouveau journal ou restaurer une sauvegarde ci-dessous.

## Le journal ouvert : la liste des séances

journal-title = Journal
journal-new-session = Nouvelle séance
# Le bouton qui verrouille le journal ; journal-lock-key, son raccourci clavier, le suit.
journal-lock = Verrouiller
# Le raccourci clavier du bouton Verrouiller, tel qu’il est écrit sur le clavier.
journal-lock-key = Ctrl+L
journal-session-deleted = Séance supprimée.
journal-undo = Annuler
# Dit aux lecteurs d’écran quand Annuler a fait revenir une séance supprimée.
journal-session-back = La séance est revenue.
journal-noticing-title = À évoquer avec ton ou ta thérapeute
journal-noticing-note = Ce sont des comptes tirés de tes propres notes, pas un jugement ni un diagnostic.
journal-bring-up-title = À aborder la prochaine fois
# Après un sujet à aborder ; $date : la date et l’heure de la séance où il a été noté.
journal-noted = (noté le { $date })
journal-search-label = Chercher dans tes séances
# Lu par les lecteurs d’écran comme nom de la liste des séances.
journal-sessions-label = Séances, les plus récentes d’abord
journal-show-more = Afficher plus
journal-quick-notes = Notes rapides

## La liste : combien de séances (lu par les lecteurs d’écran quand la liste change)

journal-count-none = Pas encore de séance. Quand tu veux, « { journal-new-session } » est là.
journal-count-no-match = Aucune séance ne correspond. Essaie avec moins de mots ou de filtres.
journal-count = { $count ->
    [one] { $count } séance.
   *[other] { $count } séances.
}
# Avec une recherche ou des filtres.
journal-count-matching = { $count ->
    [one] { $count } séance correspond.
   *[other] { $count } séances correspondent.
}

## La liste : les petits faits sous la date de chaque séance, reliés par « · »

# $before et $after : des intensités de 0 à 10, ou journal-not-rated quand il n’y en a pas.
# La flèche se lit d’avant vers après.
journal-bit-distress = intensité { $before } → { $after }
# Remplace une intensité qui n’a pas été notée.
journal-not-rated = –
journal-bit-tears-during = larmes pendant la séance
journal-bit-tears-after = larmes après
journal-bit-tears-both = larmes pendant et après
journal-bit-signs = { $count ->
    [one] { $count } chose à garder à l’œil
   *[other] { $count } choses à garder à l’œil
}

## La liste : les filtres

journal-filters = Filtres
# Date de début des séances affichées.
journal-filter-from = Du
# Date de fin des séances affichées.
journal-filter-to = Au
journal-filter-therapist = Thérapeute
journal-filter-tears = Larmes
journal-filter-tag = Étiquette
# Le choix qui ne restreint pas la liste (n’importe quel thérapeute, étiquette, larmes).
journal-filter-any = Peu importe
journal-filter-tears-some = Avec larmes
journal-filter-tears-none = Sans larmes
journal-filter-tears-during = Pendant
journal-filter-tears-after = Après
journal-filter-tears-both = Pendant et après

## Une séance

# Le bouton pour revenir à la liste. La flèche pointe vers l’arrière (à gauche en français).
journal-back = ← Toutes les séances
session-edit = Modifier
session-export = Exporter en Markdown…
session-delete = Supprimer
# $path : le fichier où la séance a été enregistrée.
session-exported = Enregistré dans { $path }. Ce fichier n’est pas chiffré.
session-exported-note = Cette séance a été enregistrée en Markdown dans { $path }. Le fichier n’est pas chiffré : garde-le dans un endroit privé.
# Quand la personne a fermé la fenêtre d’enregistrement sans choisir de fichier.
session-not-exported = Rien n’a été enregistré.
session-deleted = Séance supprimée. Tu peux encore annuler.
session-therapist = Thérapeute ou type de thérapie
session-distress-before = Intensité avant
session-distress-after = Intensité après
session-body = Le corps, après
session-tears = Larmes
session-tear-kinds = Sortes de larmes
session-came-up = Ce qui est venu
session-helped = Ce qui a aidé
session-aftercare = Prendre soin de toi après
session-signs = À garder à l’œil
session-tags = Étiquettes
# Des sujets « À aborder la prochaine fois » de séances précédentes, cochés dans celle-ci.
session-brought-up = Repris des séances précédentes
session-bring-up = À aborder la prochaine fois

## Le formulaire de séance

session-title-new = Nouvelle séance
session-title-edit = Modifier la séance
session-form-lead = Écris autant ou aussi peu que tu veux. Seule la date est nécessaire ; tes mots sont gardés à mesure que tu écris.
session-held-at = Quand a eu lieu la séance ?
session-rating-before = Intensité avant la séance (facultatif)
session-rating-after = Intensité après la séance (facultatif)
session-body-question = Comment se sentait ton corps après ?
# Le premier choix d’un groupe où l’on peut en choisir un : rien n’a été noté.
session-not-noted = Non noté
session-tear-kinds-question = Quelles sortes de larmes ? (toutes celles qui correspondent)
session-aftercare-done = Ce que tu as fait pour prendre soin de toi
session-signs-question = Quelque chose qu’il vaut mieux garder à l’œil ?
session-signs-note = Les noter vous aide, toi et ton ou ta thérapeute, à voir comment les séances te font effet. Ce n’est pas un jugement sur toi.
session-signs-tools = Si c’est encore là, quelque chose ici peut t’aider :
session-tags-hint = Sépare les étiquettes par des virgules, par exemple : famille, travail.
session-carried = Des séances précédentes : en as-tu parlé ?
session-bring-up-hint = Un sujet par ligne. Ils reviennent dans le formulaire de ta prochaine séance jusqu’à ce que tu les coches.
# Titre du choix d’un message pour prendre des nouvelles après la séance.
session-afterwards = Après
session-check-in = Prendre de mes nouvelles plus tard
session-check-in-after = Prendre de mes nouvelles dans
session-check-in-note = Une notification discrète te demande comment tu vas et te propose deux minutes pour expirer lentement. { -app-name } doit être ouvert à ce moment-là (il peut être réduit).
session-save-new = Enregistrer la séance
session-save-changes = Enregistrer les modifications
# Ferme le formulaire et garde ce qui a été tapé comme brouillon.
session-close = Fermer pour l’instant

## Le formulaire : le brouillon (gardé à mesure que la personne écrit)

session-draft-saving = Enregistrement du brouillon…
# $time : l’heure à laquelle le brouillon a été gardé.
session-draft-kept = Brouillon gardé à { $time }.
# $reason : pourquoi, dans les mots du système.
session-draft-failed = Le brouillon n’a pas pu être gardé : { $reason }
# $time : l’heure à laquelle le brouillon a été gardé pour la dernière fois.
session-draft-back = Ce que tu avais écrit à { $time } sans l’enregistrer est revenu, tel que tu l’avais laissé.
# Jette le brouillon (une nouvelle séance).
session-start-over = Recommencer
# Jette le brouillon (modification d’une séance enregistrée).
session-go-back = Revenir à la séance enregistrée
session-started-over = Brouillon effacé : tu repars de zéro.
session-back-to-saved = Retour à la séance enregistrée.

## Dit après l’enregistrement d’une séance (lu par les lecteurs d’écran)

journal-saved = Séance enregistrée.
# $time : l’heure du message pour prendre des nouvelles.
journal-saved-check-in = Séance enregistrée. { -app-name } prendra de tes nouvelles à { $time }.

## Le formulaire : comment le corps se sentait après

session-body-calm = Stable et en lien
session-body-revved-up = En alerte (agitation, nervosité, cœur qui s’emballe)
session-body-shut-down = À l’arrêt (engourdissement, lourdeur, sensation d’être ailleurs)

## Le formulaire : les larmes

session-tears-none = Pas de larmes
session-tears-during = Pendant la séance
session-tears-after = Après
session-tears-both = Pendant et après
session-tear-release = Libération
session-tear-grief = Chagrin
session-tear-recognition = Reconnaissance (quelqu’un te voit vraiment)
session-tear-overwhelm = Débordement
session-tear-connection = Lien

## Le formulaire : les signes à garder à l’œil, et ce qui peut aider pour chacun

session-sign-worse-for-hours = Plus mal pendant des heures après
session-sign-flooding = Trop-plein (trop de choses à la fois)
session-sign-numbness = Engourdissement
session-sign-panic = Panique
session-sign-dissociation = Sensation d’être ailleurs, coupure
session-tool-far-away = Quand tu te sens ailleurs : une liste d’ancrage
session-tool-orient = S’orienter dans la pièce : une liste d’ancrage
session-tool-breathe = Respirer avec une longue expiration lente
session-tool-hand-on-chest = Main sur la poitrine, expiration lente : une liste d’ancrage
session-tool-aftercare = Prendre soin de toi après une séance difficile : une liste d’ancrage
session-tool-worse-for-hours = Te sentir plus mal pendant des heures après une séance, c’est une chose à dire à ton ou ta thérapeute.

## Notes rapides

note-jot-locked = Noter quelque chose sans déverrouiller
note-jot = Noter quelque chose
note-sealed-hint = La note est scellée aussitôt et ajoutée à ton journal la prochaine fois que tu le déverrouilles.
note-keep = Garder cette note
note-kept-sealed = Gardée, et scellée. Elle sera dans ton journal quand tu le déverrouilleras.
note-kept = Gardée.
note-remove = Retirer
# $when : la date et l’heure où la note a été écrite.
note-remove-label = Retirer la note du { $when }
note-removed = Note retirée.
