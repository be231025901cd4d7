## La ligne de commande (ebb export, backup, restore, check) : ce qu’elle dit dans le terminal

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
