# Les mots d’Ebb en français, d’après la source anglaise (en/ebb.ftl).
# Lus par l’interface (ui/js/i18n.js) et par Rust (src-tauri/src/i18n.rs).
# Partout la même voix calme et simple : on tutoie, phrases courtes, pas de jargon, jamais de culpabilité.
# Glossaire : glossary.md, à côté de ce fichier.

## L’application

-app-name = Ebb

## Barre du haut et écrans

brand = { -app-name }
key-f1 = F1
key-esc = Échap
menu = Menu
screens =
    .aria-label = Écrans
nav-breathe = Respirer
nav-ground = S’ancrer
nav-journal = Journal
nav-insights = Bilan
nav-learn = Comprendre
nav-patterns = Rythmes
nav-settings = Réglages
help-now = Besoin d’aide maintenant

## Messages

notice-ok = OK
check-in-question = Comment te sens-tu maintenant ? Deux minutes pour souffler ?
check-in-breathe = Respirer deux minutes
check-in-not-now = Pas maintenant
settings-not-loaded = { -app-name } n’a pas pu charger ses réglages : { $reason }

## Respirer

pacer-title = Respirer
start-breathing = Commencer
start-hint = Espace ou Entrée
pause = Pause
resume = Reprendre
stop = Arrêter
paused = En pause
paused-hint = Appuie sur Espace ou sur Reprendre quand tu veux.
ending-complete = Ce tour est terminé.
ending-stopped = Tu as arrêté. C’est bien comme ça.
ending-sub = Prends ton temps. Rien ne presse pour la suite.
breathe-again = Encore un tour
done = Terminé
breathing-options =
    .aria-label = Options de respiration
pattern = Rythme
pattern-equal-length = { $name } (temps égaux)
length = Durée
length-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
open-ended = Sans limite
time-left = Encore { $time }
gentle-start = Démarrage en douceur
gentle-note = Avec le démarrage en douceur, les premières respirations sont plus rapides et plus faciles, puis ralentissent peu à peu.
soft-tones = Sons doux
speak-breath = Guidage vocal
voice-missing = Aucune voix n’est installée sur cet ordinateur, alors { -app-name } ne peut pas guider la respiration à voix haute. Les sons doux fonctionnent sans voix.
voice-other-language = Cet ordinateur n’a pas de voix pour cette langue, alors { -app-name } ne peut pas guider la respiration à voix haute. Les sons doux fonctionnent sans voix.

## Les phases : affichées, lues par les lecteurs d’écran, et mises en titre de la fenêtre

phase-in = Inspire
phase-top-up = Inspire encore un peu
phase-hold = Retiens
phase-out = Expire

## Les mots que dit le « Guidage vocal » : assez courts pour une phase de deux secondes

word-in = inspire
word-top-up = encore un peu
word-hold = retiens
word-out = expire

## L’intensité de ce que l’on ressent (de 0 à 10)

rating-before = Quelle est l’intensité de ce que tu ressens en ce moment ? (facultatif)
rating-after = Et maintenant, quelle est l’intensité de ce que tu ressens ? (facultatif)
rating-hard = Ça a l’air vraiment difficile. Si tu veux, de l’aide est à portée de main. Tu peux aussi rester ici avec ce que tu ressens, pour l’instant.
rating-stay = Rester ici
rating-out-of-ten = { $n } sur 10
rating-calm = 0 calme
rating-most = 10 la plus grande détresse

## La zone de notification

tray-breathe = Respirer maintenant
tray-grounding = Ancrage
tray-help = Besoin d’aide maintenant
tray-lock = Verrouiller le journal
tray-quit = Quitter { -app-name }
tray-tooltip = { -app-name } : respirer, s’ancrer ou trouver de l’aide

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = À propos d’{ -app-name }
menu-services = Services
menu-hide = Masquer { -app-name }
menu-hide-others = Masquer les autres
menu-show-all = Tout afficher
menu-edit = Édition
menu-undo = Annuler
menu-redo = Rétablir
menu-cut = Couper
menu-copy = Copier
menu-paste = Coller
menu-select-all = Tout sélectionner
menu-window = Fenêtre
menu-minimize = Placer dans le Dock
menu-zoom = Réduire/agrandir
menu-close-window = Fermer la fenêtre

## Réglages : langue

language = Langue
language-system = Langue du système : { $language }
language-note = Les relectures par des personnes dont c’est la langue maternelle sont les bienvenues, surtout pour les mots sur la crise et l’ancrage.

delete-word = supprimer

sentence = { $text }.
