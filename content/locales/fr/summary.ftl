# Les mots d’Ebb en français : « Préparer ma prochaine séance », un résumé d’une page que la
# personne peut apporter à son ou sa thérapeute, sur papier ou en PDF.
# Lus par Rust (la page elle-même : src-tauri/src/summary/) et par l’interface (l’aperçu
# où la personne choisit ce qui va dessus : ui/js/views/summary.js).
# La page appartient à la personne, écrite à la première personne, pour un ou une thérapeute.
# Simple, calme et factuelle : des comptes tirés de ses propres notes, jamais un score,
# un diagnostic ou un objectif.

## L’aperçu

summary-open = Préparer ma prochaine séance
summary-title = Préparer ma prochaine séance
summary-intro = Choisis ce qui va sur la page. Seul ce qui est coché ici y figure, et rien ne sort d’Ebb tant que tu ne l’as pas enregistré ou imprimé.
# La période couverte par la page (un groupe de trois choix).
summary-stretch-label = Quelle période
summary-stretch-since-last-session = Depuis ma dernière séance
summary-stretch-last-month = Le dernier mois
summary-stretch-dates = Entre deux dates
summary-from = Du
summary-to = Au
# $stretch : les jours couverts, comme les dit summary-stretch ; $sessions : les séances de la période.
summary-covers =
    { $stretch } : { $sessions ->
        [0] aucune séance notée
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }.
# La ligne de la personne, en haut de la page.
summary-top-label = Ce dont je veux le plus parler (facultatif)
summary-top-hint = Une ligne à toi, en haut de la page.
# La case d’une partie : met toute la partie sur la page, ou l’en retire.
summary-section-include = Inclure cette partie
summary-none-in-stretch = Rien ici pour cette période.
# Under the items offered, when there are more. $count: open items older than those shown.
summary-bring-up-older =
    { $count ->
        [one] Un sujet plus ancien est encore ouvert dans ton journal ; seuls les plus récents sont proposés ici.
       *[other] { $count } sujets plus anciens sont encore ouverts dans ton journal ; seuls les plus récents sont proposés ici.
    }
# Under the sessions offered, when there are more. $count: older sessions with notes.
summary-notes-older =
    { $count ->
        [one] Une séance plus ancienne avec des notes n’est pas proposée ici ; choisis une période plus courte pour l’atteindre.
       *[other] { $count } séances plus anciennes avec des notes ne sont pas proposées ici ; choisis une période plus courte pour les atteindre.
    }
summary-notes-hint = Tes notes restent privées tant que tu ne les coches pas. Choisis seulement ce que tu aimerais que ton ou ta thérapeute lise.
# Formats de papier.
summary-paper-label = Format du papier
summary-paper-a4 = A4
summary-paper-letter = Lettre US
summary-save = Enregistrer en PDF…
summary-print = Imprimer…
summary-back = Retour au journal
summary-not-encrypted = Le PDF n’est pas chiffré.
summary-not-encrypted-more = Toute personne qui peut ouvrir le fichier peut le lire. Garde-le dans un endroit privé, et supprime-le quand tu n’en as plus besoin.
# $path : où le PDF a été enregistré ; $pages : combien de pages il compte (au moins une).
summary-saved =
    { $pages ->
        [one] Une page enregistrée
       *[other] { $pages } pages enregistrées
    } dans { $path }.
summary-nothing-saved = Rien n’a été enregistré.
summary-printing = La fenêtre d’impression est ouverte.
summary-loading = Rassemblement de ce que contient cette période…
# Dit quand le journal se verrouille pendant la préparation.
summary-locked = Déverrouille le journal pour préparer une page.

## La page (aussi le PDF)

summary-page-title = Pour ma prochaine séance
# $from, $to : des jours, écrits en toutes lettres. Le tiret évite « du … au … », qui
# ne pourrait pas commencer une phrase dans summary-covers.
summary-stretch = { $from } – { $to }
# Le titre du PDF, et le nom proposé pour le fichier. $stretch : summary-stretch.
summary-file-title = Pour ma prochaine séance, { $stretch }
summary-top-heading = Ce dont je veux le plus parler
summary-bring-up-heading = Encore à aborder
# $date : le jour où un sujet a été noté (forme courte, « 3 nov. »).
summary-noted = noté le { $date }
summary-distress-heading = Intensité avant et après les séances
# Légende du graphique : une barre vide (seulement le contour), puis une barre pleine.
summary-chart-before = Avant (barre vide)
summary-chart-after = Après (barre pleine)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day } : { $before } avant, { $after } après
# $shown : combien de séances le graphique montre ; $all : combien ont une intensité notée.
summary-chart-latest = Le graphique montre les { $shown } plus récentes des { $all } séances avec une intensité notée.
# Le graphique en mots. $sessions : les séances avec une intensité notée ; $before, $after : les
# moyennes sur l’échelle de 0 à 10 ; $has : both, before ou after (quelles intensités ont été notées).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [one] Intensité notée pour une séance
           *[other] Intensité notée pour { $sessions } séances
        } : { $before } avant, en moyenne (0–10).
        [after] { $sessions ->
            [one] Intensité notée pour une séance
           *[other] Intensité notée pour { $sessions } séances
        } : { $after } après, en moyenne (0–10).
       *[both] { $sessions ->
            [one] Intensité notée pour une séance
           *[other] Intensité notée pour { $sessions } séances
        } : { $before } avant et { $after } après, en moyenne (0–10).
    }
summary-signs-heading = À évoquer
# $sign : un signe tel que le nomme le formulaire de séance ; $count : les séances où il a été
# noté ; $sessions : les séances de la période.
# (En français, l’accord suit $count : « après 2 séances sur 5 ».)
summary-sign =
    { $sign } : après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    } sur { $sessions }
summary-signs-note = D’après mes propres notes après les séances, pour en parler ensemble ; ce n’est pas un diagnostic.
summary-helped-heading = Ce qui a aidé
# $name : un rythme de respiration ou une liste d’ancrage ; $kind : pacer ou grounding ; $amount :
# de combien l’intensité était plus basse après, en moyenne (0–10) ; $rated : combien d’évaluations.
summary-helped =
    { $name } ({ $kind ->
        [pacer] respiration
       *[grounding] ancrage
    }) : intensité en baisse de { $amount } en moyenne, { $rated ->
        [one] une évaluation
       *[other] { $rated } évaluations
    }
summary-notes-heading = Extraits de mes notes de séance
# $day : le jour de la séance ; $therapist : le nom du ou de la thérapeute, tel que la personne l’a écrit.
summary-session-with = { $day }, avec { $therapist }
# $text : la note de la personne, telle quelle.
summary-came-up = Ce qui est venu : { $text }
summary-what-helped = Ce qui a aidé : { $text }
summary-nothing-chosen = Rien n’a été choisi pour cette page.
summary-shortened = Certains longs passages ont été raccourcis ici (…) ; ils sont en entier dans mon journal.
# $date : le jour où la page a été faite.
summary-footer = Page préparée le { $date }
