## La ligne de commande (ebb export, backup, restore, check) : ce qu’elle dit dans le terminal

# `ebb --help`. Les noms d’options et de commandes, FILE, DIR, DATE, YYYY-MM-DD et
# les codes de sortie restent tels quels ; les colonnes restent alignées.
cli-usage =
    Ebb : un petit compagnon privé pour les moments difficiles autour de la thérapie.

    Usage : ebb [OPTIONS]
            ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
            ebb backup --out FILE [--data-dir DIR]
            ebb restore FILE [--data-dir DIR]
            ebb check [--data-dir DIR]
            ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    Options :
      --breathe          Commence tout de suite à respirer avec le rythme guidé. Si Ebb
                         est déjà ouvert, sa fenêtre passe au premier plan et le rythme
                         démarre.
      --data-dir DIR     Range tous les fichiers qu’Ebb écrit dans DIR (pour un usage
                         portable ou pour des tests). La variable d’environnement
                         EBB_DATA_DIR fait la même chose ; si les deux sont données,
                         l’option l’emporte.
      -h, --help         Affiche cette aide.
      -V, --version      Affiche la version d’Ebb.

    Sans --data-dir, Ebb utilise les dossiers habituels de ton système pour les réglages
    et les données.

    Commandes (aucune fenêtre ne s’ouvre ; chacune demande la phrase secrète du journal) :
      export    Écrit le journal dans FILE : json (complet, peut être réimporté),
                md (Markdown, pour lire ou partager) ou csv (une ligne par séance).
                --from et --to (YYYY-MM-DD) choisissent les séances pour md et csv.
                Ces fichiers ne sont PAS chiffrés. --out - écrit sur la sortie standard.
      backup    Écrit dans FILE une sauvegarde chiffrée du journal et des réglages,
                scellée avec la phrase secrète du journal (format age : `age -d FILE`
                l’ouvre aussi).
      restore   Restaure une sauvegarde (ou importe un export JSON) depuis FILE. S’il
                n’y a pas de journal ici, un nouveau est créé avec la phrase secrète
                de la sauvegarde. Ce qui est déjà dans le journal est gardé ; importer
                deux fois la même chose n’ajoute rien.
      check     Vérifie que le journal est chiffré, et que toutes les pages et l’index
                de recherche sont intacts.
      summary   Écrit dans FILE.pdf une page pour ta prochaine séance : ce qui reste
                à aborder, l’intensité avant et après les séances, ce qui est à
                évoquer et ce qui a aidé, de --from à --to (YYYY-MM-DD ; par défaut,
                le dernier mois jusqu’à aujourd’hui). Les notes de séance n’y sont pas ;
                choisis-les dans la fenêtre. Le PDF n’est PAS chiffré.

    Les phrases secrètes sont lues depuis le terminal sans être affichées ou, quand
    l’entrée standard n’est pas un terminal, une par ligne depuis l’entrée standard
    (restore : la phrase secrète de la sauvegarde, puis celle du journal si elle est
    différente). Jamais depuis un argument.

    Codes de sortie :
      0  c’est fait
      1  autre chose n’a pas marché (le message dit quoi)
      2  la ligne de commande n’a pas été comprise
      3  phrase secrète incorrecte
      4  il n’y a pas de journal ici (export, backup, check, summary)
      5  le journal est endommagé ou n’est pas chiffré (check a trouvé un problème)
      6  le fichier à restaurer a été refusé (pas un fichier d’Ebb, endommagé, ou
         éléments invalides) ; rien n’a été modifié
      7  Ebb est ouvert et utilise le journal (ferme-le, ou utilise la fenêtre)

# Quand la ligne de commande n’est pas comprise.
cli-data-dir-needs-folder = --data-dir attend un dossier, par exemple --data-dir ~/ebb-data
# $flag : une option comme --out ; $what : un des messages cli-what-*.
cli-flag-needs = { $flag } attend { $what }
cli-what-folder = un dossier
cli-what-file = un nom de fichier
cli-what-format = json, md ou csv
cli-what-date = une date (YYYY-MM-DD)
# $value : ce qui a été tapé, entre guillemets.
cli-format-not = --format accepte json, md ou csv, pas { $value }
cli-date-not = { $flag } attend une date au format YYYY-MM-DD, pas { $value }
# $command : export, backup, restore ou check.
cli-does-not-take = ebb { $command } n’accepte pas { $value }
cli-export-needs-format = ebb export a besoin de --format json, md ou csv
cli-export-needs-out = ebb export a besoin de --out FILE (ou --out - pour la sortie standard)
cli-summary-needs-out = ebb summary a besoin de --out FILE.pdf (ou --out - pour la sortie standard)
cli-what-paper = a4 ou letter
cli-paper-not = --paper accepte a4 ou letter, pas { $value }
cli-from-after-to = --from { $from } vient après --to { $to } ; inverse-les, s’il te plaît
cli-backup-needs-out = ebb backup a besoin de --out FILE
cli-restore-needs-file = ebb restore a besoin du fichier à restaurer (FILE)
# $argument : ce qui a été donné, entre guillemets.
cli-ignoring = argument inconnu ignoré : { $argument } (voir ebb --help)

cli-no-data-folder = impossible de trouver ton dossier de données ; indique-le avec --data-dir
cli-in-use = { -app-name } est ouvert et utilise le journal ; ferme-le, ou fais-le depuis la fenêtre.
# $reason : les mots du système pour ce qui n’a pas marché.
cli-terminal-unreadable = impossible de lire la phrase secrète depuis le terminal ({ $reason })
cli-stdin-unreadable = impossible de lire l’entrée standard ({ $reason })
# Invites : la phrase secrète se tape juste après, sur la même ligne.
cli-journal-passphrase = Phrase secrète du journal :{ " " }
cli-backup-passphrase = Phrase secrète de la sauvegarde :{ " " }
cli-no-journal = il n’y a pas de journal dans { $folder }
# $file : où le fichier a été écrit, ou les mots de cli-standard-output.
cli-exported = Export de { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
} vers { $file } (non chiffré).
cli-backed-up = Sauvegarde de { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
} dans { $file }, chiffrée avec la phrase secrète du journal.
cli-standard-output = la sortie standard
# $pages : les pages du PDF ; $file : où il a été écrit, ou les mots de cli-standard-output.
cli-summary-written = { $pages ->
    [one] Une page pour ta prochaine séance a été écrite
   *[other] { $pages } pages pour ta prochaine séance ont été écrites
} vers { $file } (sans chiffrement).
cli-database-unreadable = la base de données du journal est illisible ({ $reason })
cli-not-encrypted = la base de données du journal n’est PAS chiffrée
cli-open-elsewhere = le journal est ouvert dans { -app-name }, ou { -app-name } n’a pas été fermé la dernière fois. Ferme-le (ou ouvre-le puis ferme-le une fois), puis vérifie à nouveau. Rien n’a été modifié.
# $problems : un problème par ligne, chacun sur sa propre ligne après celle-ci.
cli-problems = le journal a des problèmes :{ $problems }
cli-key-fine = Fichier de clé : en bon état (Argon2id, { $mib } MiB, { $passes } passes).
cli-database-fine = Base de données : chiffrée (SQLCipher), toutes les pages sont valides, index de recherche intact.
cli-sessions = Séances : { $count }.
cli-waiting = { $count ->
    [one] { $count } note attend
   *[other] { $count } notes attendent
} dans la boîte de réception ; tout sera ajouté au journal à son prochain déverrouillage.
cli-nothing-changed = Rien n’a été modifié.
# $list : un élément par ligne, chacun sur sa propre ligne après celle-ci.
cli-records-refused = { $count ->
    [one] { $count } élément n’a pas pu être lu
   *[other] { $count } éléments n’ont pas pu être lus
}, donc rien n’a été restauré :{ $list }
# $counts : les cli-count-* reliés, par exemple « 3 séances, 2 évaluations d’exercice, 0 note ».
cli-restored = Nouveau journal restauré avec { $counts } ; il s’ouvre avec la phrase secrète de la sauvegarde.
cli-restored-settings = Les réglages sont restaurés aussi.
cli-restored-plan = Ton plan de sécurité est revenu aussi.
cli-restored-contacts = Tes contacts sont revenus aussi.
cli-nothing-added = Tout ce que contient ce fichier est déjà dans le journal ; rien n’a été ajouté.
cli-imported = Importé : { $counts }.
cli-count-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
cli-count-updated = { $count ->
    [one] { $count } séance mise à jour
   *[other] { $count } séances mises à jour
}
cli-count-ratings = { $count ->
    [one] { $count } évaluation d’exercice
   *[other] { $count } évaluations d’exercice
}
cli-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
cli-write-stdout = impossible d’écrire sur la sortie standard ({ $reason })
cli-write-file = impossible d’écrire dans { $file } ({ $reason })
