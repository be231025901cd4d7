# Les mots d’Ebb en français : l’écran Bilan (graphiques du journal au fil du temps), et
# le résumé de ce qu’un import ou une restauration ajouterait (affiché dans les Réglages).
# Lus par l’interface (ui/js/views/insights.js, insights-charts.js, insights-model.js).
# La même voix calme qu’ebb.ftl : ce sont les propres notes de la personne, comptées. Jamais
# un score, un objectif, un jugement ou un diagnostic.

## Bilan : l’écran

insights-title = Bilan
# Affiché quand il n’y a pas encore de journal.
insights-absent = Le bilan vient de ton journal de séances. Quand tu auras écrit sur quelques séances, c’est ici que tu pourras voir comment elles se sont passées au fil du temps.
# Affiché pendant que le journal est verrouillé.
insights-locked = Le bilan est calculé à partir de ton journal : il s’affiche une fois le journal déverrouillé.
insights-go-to-journal = Aller au journal
insights-unlock-journal = Déverrouiller le journal
# Étiquette de la liste qui choisit la période (les options suivent).
insights-range-label = Afficher
insights-empty = Rien à montrer pour l’instant, et c’est très bien comme ça. À mesure que tu notes quelques séances, cette page montrera comment l’intensité, les larmes et les outils que tu utilises évoluent avec le temps.
insights-no-pressure = Il n’y a rien à tenir à jour ici : écris quand ça t’aide, et laisse passer quand ça ne t’aide pas.
# $sessions : combien de séances contient le journal.
insights-count-all =
    { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } dans ton journal.
# $sessions : les séances de la période choisie ; $all : les séances de tout le journal.
insights-count-range =
    { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } sur cette période, sur { $all } au total dans ton journal.
# « Tout » est l’option insights-range-all ci-dessous : mêmes mots.
insights-few = Avec une ou deux séances seulement sur cette période, il n’y a pas encore grand-chose à voir. Essaie « Tout », ou reviens après quelques séances de plus.
insights-not-a-judgement = Ce sont tes propres notes, comptées. Ce n’est ni un jugement ni un diagnostic ; c’est avec ton ou ta thérapeute que tu peux leur donner du sens.

## Bilan : les périodes

insights-range-3m = Les 3 derniers mois
insights-range-12m = Les 12 derniers mois
insights-range-all = Tout
# Dit par un lecteur d’écran une fois la période choisie.
insights-showing-3m = Affichage des 3 derniers mois.
insights-showing-12m = Affichage des 12 derniers mois.
insights-showing-all = Affichage de tout le journal.

## Bilan : à évoquer avec ton ou ta thérapeute (les observations elles-mêmes viennent d’ailleurs)

insights-mention-title = À évoquer avec ton ou ta thérapeute
# Un lien vers une séance : $when est sa date et son heure, $therapist le nom écrit par la personne.
insights-mention-session = { $when } · { $therapist }
# Un lien vers une séance dont la date n’est pas connue.
insights-open-session = Ouvrir la séance

## Bilan : les graphiques (titres, légendes, tableaux)

insights-distress-title = Intensité avant et après les séances
insights-tools-title = Ce qui a fait bouger l’intensité
# Un graphique du nombre de séances avec des larmes. Jamais un score ni un objectif : plus de larmes, ou moins, ce n’est pas un but.
insights-tears-title = Les larmes au fil du temps
# Les signes notés par la personne après des séances (plus mal pendant des heures, trop-plein, engourdissement…).
insights-signs-title = À garder à l’œil
# Ouvre un tableau des chiffres derrière un graphique.
insights-show-numbers = Voir les chiffres
# Légende du graphique de l’intensité : la ligne des intensités avant la séance.
insights-legend-before = Avant la séance
# Légende du graphique de l’intensité : la ligne des intensités après la séance ; de 0 à 10, c’est l’échelle.
insights-legend-after = Après la séance (0 calme, 10 la plus grande détresse)
# Au-dessus du tableau des intensités quand il ne montre que les plus récentes.
insights-table-latest = Les { $shown } plus récentes sur { $total }.
insights-table-session = Séance
insights-table-before = Avant
insights-table-after = Après
# Dans le tableau, quand une séance n’a pas d’intensité notée.
insights-no-rating = –
# Légende du graphique des larmes : les barres de toutes les séances.
insights-legend-sessions = Séances
# Légende du graphique des larmes : les barres des séances avec des larmes. $bucket : semaine ou mois, le regroupement des barres.
insights-legend-tears =
    Séances avec larmes, par { $bucket ->
        [month] mois
       *[week] semaine
    }
# En-tête de tableau : le mois d’une ligne.
insights-table-month = Mois
# En-tête de tableau : le premier jour de la semaine d’une ligne.
insights-table-week = Semaine du
insights-table-sessions = Séances
insights-table-with-tears = Avec larmes
# Légende du graphique des signes (une grille de cases colorées). $bucket : semaine ou mois, une colonne chacun.
insights-legend-signs =
    Plus la couleur est forte, plus ce signe a été noté après des séances { $bucket ->
        [month] ce mois-là
       *[week] cette semaine-là
    }.

## Bilan : les signes, comme lignes du graphique

insights-sign-worse-for-hours = Plus mal pendant des heures
insights-sign-flooding = Trop-plein
insights-sign-numbness = Engourdissement
insights-sign-panic = Panique
insights-sign-dissociation = Ailleurs

## Bilan : les résumés à côté de chaque graphique (ce qu’entend un lecteur d’écran)

insights-distress-few = Quand deux ou trois séances auront une intensité notée, tu verras ici comment elle a évolué.
# $sessions : les séances avec une intensité ; $before, $after : les intensités moyennes (de 0 à 10, une décimale) ;
# $lower : les séances où l’intensité était plus basse après qu’avant, sur $rated séances notées les deux fois.
insights-distress-both-lower =
    Sur { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } avec une intensité notée, elle était en moyenne de { $before } sur 10 avant et de { $after } après. Elle était plus basse après dans { $lower } cas sur { $rated }.
# Comme insights-distress-both-lower, quand aucune séance n’a été notée à la fois avant et après.
insights-distress-both =
    Sur { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } avec une intensité notée, elle était en moyenne de { $before } sur 10 avant et de { $after } après.
# Seulement des intensités avant les séances. $before : leur moyenne (de 0 à 10, une décimale).
insights-distress-before =
    Sur { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } avec une intensité notée, l’intensité avant était en moyenne de { $before } sur 10.
# Seulement des intensités après les séances. $after : leur moyenne (de 0 à 10, une décimale).
insights-distress-after =
    Sur { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } avec une intensité notée, l’intensité après était en moyenne de { $after } sur 10.

# Comment l’intensité a changé avec un outil, en moyenne (après comparé à avant, sur l’échelle de 0 à 10).
# $direction : lower, higher ou none ; $amount : l’ampleur du changement, une décimale.
# Affiché en infobulle d’une barre dans « Ce qui a fait bouger l’intensité ».
insights-change =
    { $direction ->
        [lower] en baisse de { $amount } en moyenne
        [higher] en hausse de { $amount } en moyenne
       *[none] pas de changement en moyenne
    }
# Une ligne par outil dans « Ce qui a fait bouger l’intensité ». $name : le rythme de respiration ou la liste d’ancrage ;
# $kind : pacer (respiration) ou grounding (ancrage) ; $rated : combien de fois il a été évalué ;
# $direction et $amount : comme dans insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] respiration
       *[grounding] ancrage
    }) : { $rated ->
        [one] { $rated } évaluation
       *[other] { $rated } évaluations
    }, intensité { $direction ->
        [lower] en baisse de { $amount } en moyenne
        [higher] en hausse de { $amount } en moyenne
       *[none] sans changement en moyenne
    }
# Le nom d’un outil de respiration dont le rythme n’est pas connu.
insights-tool-breathing = Respiration
# Le nom d’un outil d’ancrage dont la liste n’est pas connue.
insights-tool-grounding = Ancrage
insights-tools-none = Quand tu notes ce que tu ressens avant et après une respiration ou un ancrage, tu verras ici ce qui a tendance à t’aider.
# $tools : combien d’outils ont été évalués.
insights-tools-count =
    { $tools ->
        [one] { $tools } outil évalué
       *[other] { $tools } outils évalués
    }.
# $tools : combien d’outils ont été évalués ; $name : celui après lequel l’intensité a le plus baissé ;
# $direction et $amount : comme dans insights-change (ici lower, ou none quand le changement arrondi est nul).
insights-tools-count-best =
    { $tools ->
        [one] { $tools } outil évalué
       *[other] { $tools } outils évalués
    }. C’est avec « { $name } » que l’intensité a le plus baissé ({ $direction ->
        [none] pas de changement en moyenne
       *[lower] en baisse de { $amount } en moyenne
    }).

insights-tears-few = Les larmes au fil du temps apparaîtront ici après quelques séances.
# $tears : les séances avec des larmes, sur $sessions ; $bucket : semaine ou mois, le regroupement du graphique.
# La dernière phrase compte : les larmes ne sont jamais un score, et ni plus ni moins n’est un objectif.
# (En français, l’accord suit $tears : « des larmes lors de 3 séances sur 10 ».)
insights-tears-summary =
    Des larmes lors de { $tears ->
        [one] { $tears } séance
       *[other] { $tears } séances
    } sur { $sessions }, regroupées par { $bucket ->
        [month] mois
       *[week] semaine
    }. Ni plus ni moins n’est un objectif ; c’est seulement ce que tu as noté.
# Comme insights-tears-summary, avec la sorte de larmes notée le plus souvent ($kind).
insights-tears-summary-kind =
    Des larmes lors de { $tears ->
        [one] { $tears } séance
       *[other] { $tears } séances
    } sur { $sessions }, regroupées par { $bucket ->
        [month] mois
       *[week] semaine
    }. La sorte que tu as notée le plus souvent : { $kind ->
        [release] libération
        [grief] chagrin
        [recognition] reconnaissance
        [overwhelm] débordement
        [connection] lien
       *[other] { $kind }
    }. Ni plus ni moins n’est un objectif ; c’est seulement ce que tu as noté.

insights-signs-none = Rien à garder à l’œil n’a été noté sur cette période.
# $signs : les signes notés, chacun l’un des messages insights-sign-after-… ci-dessous,
# reliés par insights-signs-separator.
insights-signs-noted = Noté : { $signs }.
# Entre deux signes dans insights-signs-noted (en français : espace fine insécable, point-virgule, espace).
insights-signs-separator = { "\u202F; " }
# $count : après combien de séances cela a été noté.
insights-sign-after-worse-for-hours =
    plus mal pendant des heures après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
insights-sign-after-flooding =
    trop-plein après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
insights-sign-after-numbness =
    engourdissement après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
insights-sign-after-panic =
    panique après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
insights-sign-after-dissociation =
    sensation d’être ailleurs après { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }

## Import et restauration : ce qu’un fichier ajouterait (affiché dans les Réglages avant l’import)

# Le titre au-dessus de la liste de ce qu’un import ajoute.
insights-import-adds = Importer ce fichier ajoute :
# Le titre au-dessus de la liste de ce que la restauration d’une sauvegarde ajoute.
insights-restore-adds = Restaurer cette sauvegarde ajoute :
insights-import-nothing-new = Tout ce que contient ce fichier est déjà dans ton journal.
# $first, $last : les dates de la première et de la dernière séance ajoutées.
insights-import-span = Les séances ajoutées vont du { $first } au { $last }.
# Une ligne chacun dans la liste sous insights-import-adds ; $count : combien.
insights-import-new-sessions =
    { $count ->
        [one] { $count } nouvelle séance
       *[other] { $count } nouvelles séances
    }
insights-import-newer-sessions =
    { $count ->
        [one] { $count } séance dans une version plus récente
       *[other] { $count } séances dans une version plus récente
    }
# Des sujets que la personne voulait aborder en séance.
insights-import-new-bring-up =
    { $count ->
        [one] { $count } nouveau sujet à aborder
       *[other] { $count } nouveaux sujets à aborder
    }
insights-import-newer-bring-up =
    { $count ->
        [one] { $count } sujet à aborder dans une version plus récente
       *[other] { $count } sujets à aborder dans une version plus récente
    }
# Des évaluations d’un exercice de respiration ou d’ancrage.
insights-import-new-practice =
    { $count ->
        [one] { $count } nouvelle évaluation d’exercice
       *[other] { $count } nouvelles évaluations d’exercice
    }
insights-import-newer-practice =
    { $count ->
        [one] { $count } évaluation d’exercice dans une version plus récente
       *[other] { $count } évaluations d’exercice dans une version plus récente
    }
insights-import-new-notes =
    { $count ->
        [one] { $count } nouvelle note rapide
       *[other] { $count } nouvelles notes rapides
    }
insights-import-newer-notes =
    { $count ->
        [one] { $count } note rapide dans une version plus récente
       *[other] { $count } notes rapides dans une version plus récente
    }
# Des séances pas encore terminées.
insights-import-new-drafts =
    { $count ->
        [one] { $count } nouveau brouillon
       *[other] { $count } nouveaux brouillons
    }
insights-import-newer-drafts =
    { $count ->
        [one] { $count } brouillon dans une version plus récente
       *[other] { $count } brouillons dans une version plus récente
    }
# $count : les éléments du fichier que le journal a déjà.
insights-import-already =
    { $count ->
        [one] { $count } élément est déjà dans ton journal et restera tel quel
       *[other] { $count } éléments sont déjà dans ton journal et resteront tels quels
    }
