## Les messages quand quelque chose ne va pas, dits par la partie Rust de l’application : tirés du code
## par src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages) ;
## l’anglais ne se modifie pas à la main. Les variables contiennent ce que le code remplit : le nom
## d’un fichier, un nombre, la raison donnée par le système, ou un autre message de ce fichier.

# src/error.rs
error-joined-4710cd = { $action } : { $v1 }

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = Un export JSON s’ajoute à un journal : crée-en un d’abord, ou restaure ici une sauvegarde chiffrée.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = Une ligne de « { $heading } » dépasse { $MAX_CHARS } caractères. Rien n’a été perdu ; coupe-la en deux pour pouvoir l’enregistrer.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = Le nouveau journal n’a pas pu être préparé ({ $e }). Rien d’autre n’a été touché ; redémarre Ebb et réessaie.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = Une note rapide peut contenir jusqu’à 100 Ko. Les pensées plus longues trouvent leur place dans une séance.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = L’intensité se note de 0 à 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = Une étiquette est un mot ou une courte expression, sur une seule ligne (60 caractères au plus).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = Ajoute au moins une étape à ta liste.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = Un sujet à aborder (identifiant { $v1 }) appartient à une séance qui n’est ni dans le fichier ni dans le journal.

# src/error.rs
error-another-program-is-using-the-b455a5 = un autre programme utilise le journal en ce moment. Réessaie dans un instant.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = « body » doit contenir les champs du formulaire, avec leur nom, entre accolades.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = « { $heading } » peut contenir { $MAX_ITEMS } lignes. Rien n’a été perdu ; regroupe ou retire quelques lignes pour pouvoir l’enregistrer.

# src/error.rs
error-content-file-62f6eb = fichier de contenu { $file } : { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = Impossible de faire revenir la séance

# src/journal/db.rs
error-could-not-check-that-the-64de60 = Impossible de vérifier que le journal est chiffré

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = Impossible de vérifier le journal

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = Impossible de vider la boîte de réception

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = Impossible de fermer le journal

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = Impossible de créer le fichier du journal

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = Impossible de supprimer tous les fichiers du journal

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = Impossible de supprimer la séance

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = Impossible d’effacer le brouillon

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = Impossible d’encoder le fichier de clé ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = Impossible de transmettre la clé à la base de données

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = Impossible d’importer dans le journal

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = Impossible d’indexer la séance pour la recherche

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = Impossible de garder ce que tu as écrit pendant que le journal est verrouillé

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = Impossible de créer le dossier du journal

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = Impossible d’intégrer la boîte de réception au journal

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = Impossible de mettre de côté un journal inachevé

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = Impossible de mettre le journal de côté

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = Impossible d’ouvrir une base de données en mémoire

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = Impossible d’ouvrir le journal

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = Impossible de chiffrer à nouveau le journal

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = Impossible de lire { $v1 }

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = Impossible de lire la sauvegarde

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = Impossible de lire le brouillon

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = Impossible de lire la boîte de réception

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = Impossible de lire les sujets à aborder

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = Impossible de lire le journal pour l’export

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = Impossible de lire le journal pour le bilan

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = Impossible de lire le fichier du journal

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = Impossible de lire le fichier de clé du journal

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = Impossible de lire le journal

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = Impossible de lire le journal pour préparer la page

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = Impossible de lire les notes

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = Impossible de lire les évaluations d’exercice

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = Impossible de lire la séance

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = Impossible d’effacer les séances supprimées

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = Impossible de retirer la note

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = Impossible d’enregistrer le brouillon

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = Impossible d’enregistrer les sujets à aborder

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = Impossible d’enregistrer la nouvelle clé du journal

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = Impossible d’enregistrer le fichier de clé du journal

# src/journal/notes.rs
error-could-not-save-the-note-590961 = Impossible d’enregistrer la note

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = Impossible d’enregistrer l’évaluation d’exercice

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = Impossible d’enregistrer la séance

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = Impossible de sceller la sauvegarde

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = Impossible de mettre de côté les notes qu’Ebb ne peut pas lire, gardées pendant que le journal était verrouillé

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = Impossible de préparer la base de données

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = Impossible de préparer le journal

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = Impossible de mettre en place le chiffrement du journal

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = Impossible de mettre de l’ordre dans le journal

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = Impossible d’écrire { $v1 }

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = Impossible d’écrire dans le journal

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = Ebb n’a pas pu lire tes réglages ({ $e }) : il utilise donc ses réglages habituels pour l’instant. Ton fichier n’a pas été modifié.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = Ebb n’a pas pu enregistrer tes réglages

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = Ebb n’a pas pu transformer cette phrase secrète en clé ({ $e }). Rien n’a été modifié ; réessaie, et redémarre Ebb si ça continue.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = Ebb ne parle pas encore cette langue. Choisis-en une autre, s’il te plaît.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = Ebb n’a pas encore de lignes d’écoute pour ce pays.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = Ebb n’a pas le droit d’utiliser cet emplacement. Choisis-en un autre, ou vérifie les autorisations du dossier.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = Ebb garde jusqu’à { $MAX_CONTACTS } contacts.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = Donne à ta liste un nom de 60 caractères au plus.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = Donne un nom à ton rythme, pour pouvoir le retrouver.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = Comment peux-tu joindre { $v1 } ? Un numéro de téléphone ou un autre moyen.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = « { $v0 } » n’est pas une date et une heure qu’Ebb peut lire (elle devrait ressembler à 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = « { $v0 } » n’est pas un identifiant de séance.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = { $v1 } n’est pas chiffré : ce n’est donc pas un journal créé par Ebb. Ebb n’y écrira rien ; le fichier a été laissé tel quel.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = Ce n’est pas un élément qu’Ebb peut lire (chaque élément est un ensemble de champs nommés, entre accolades).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = Il indique où il a été coché, mais pas quand (« doneAt »).

# src/error.rs
error-its-file-is-not-a-c08161 = son fichier n’est pas un journal que cette phrase secrète peut ouvrir. Il a été laissé tel quel.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = Son identifiant doit compter de 1 à 64 lettres, chiffres, « - » ou « _ ».

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = Son texte doit compter de 1 à 2 000 caractères.

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = « key » doit valoir « new » ou un identifiant de séance.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = Les sortes de larmes ne s’indiquent qu’avec des larmes pendant ou après la séance.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = L’un des sujets à aborder a été modifié ailleurs. Regarde à nouveau la liste, s’il te plaît.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = Choisis 1, 2, 3, 5 ou 10 minutes, ou sans limite, s’il te plaît.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = Choisis 15, 30, 45, 60, 90 ou 120 minutes, s’il te plaît.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = Choisis 5, 10, 15, 30 ou 60 minutes, s’il te plaît.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = Choisis une taille de texte entre 100 % et 175 %, s’il te plaît.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = Choisis à nouveau le fichier de sauvegarde, s’il te plaît.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = Choisis à nouveau le fichier à importer, s’il te plaît.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label } : indique un nombre de secondes, s’il te plaît.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label } : indique un nombre de secondes, comme 4 ou 4,5, s’il te plaît.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = Indique une date sous la forme année-mois-jour, s’il te plaît.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = Donne un nom à chaque contact, s’il te plaît.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = Indique la date et l’heure de la séance, s’il te plaît.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = Limite chaque étape à { $ITEM_MAX_CHARS } caractères au plus, s’il te plaît.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = Limite chaque élément à { $max_chars } caractères, s’il te plaît.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = Limite le nom à { $NAME_MAX_CHARS } caractères au plus, s’il te plaît.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = Limite ce champ à 200 caractères, s’il te plaît.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = Limite ce champ à { $max } caractères au plus, s’il te plaît.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = Utilise au moins { $MIN_PASSPHRASE_CHARS } caractères, s’il te plaît. Quelques mots ordinaires à la suite sont faciles à retenir et difficiles à deviner.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label } : compte par demi-secondes, comme 4 ou 4,5, s’il te plaît.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = Ce rythme de respiration n’existe plus. Choisis-en un autre, s’il te plaît.

# src/error.rs
error-that-disk-can-be-read-2516fe = ce disque peut être lu, mais on ne peut pas y écrire. Choisis un autre emplacement, ou vérifie le disque.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = C’est plus d’éléments qu’une séance ne peut en contenir (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = C’est plus d’étiquettes qu’une séance ne peut en contenir (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = Cette liste a été supprimée.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = Cette note n’est déjà plus là.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = Ce format de papier ne peut pas être utilisé.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = Cette phrase secrète n’ouvre pas ce journal. Rien n’a été modifié ; prends ton temps et réessaie.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = Cette phrase secrète n’ouvre pas cette sauvegarde. Rien n’a été modifié. (Si tu n’as aucun doute sur la phrase secrète, le fichier a peut-être été modifié.)

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = Cette phrase secrète est plus longue que ce qu’Ebb accepte (environ mille lettres, moins avec des accents ou des emoji). Rien n’a été modifié ; une plus courte fera l’affaire.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = Cet identifiant de rythme est trop long.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = Ce rythme a déjà été supprimé.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = Ce rythme a été supprimé ; enregistre-le comme un nouveau rythme, s’il te plaît.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = On ne peut plus faire revenir cette séance.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = Cette séance n’est plus dans le journal.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = La sauvegarde n’a pas pu être chiffrée : rien n’a donc été enregistré. Réessaie dans un instant ; si ça continue, redémarre Ebb.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = Le fichier CSV n’a pas pu être créé ({ $e }) : rien n’a donc été enregistré. Réessaie dans un instant ; si ça continue, choisis Markdown ou JSON.

# src/error.rs
error-the-database-said-739256 = la base de données a répondu « { $e } ». { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = le fichier est trop gros pour ce disque. Choisis-lui un autre emplacement.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = le fichier ou le dossier n’est plus là. S’il a été déplacé, remets-le à sa place, puis réessaie.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = Le premier jour vient après le dernier. Inverse-les, s’il te plaît.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = Le journal n’a pas pu être mis à jour ({ $e }). Il a été laissé tel quel ; redémarre Ebb et réessaie.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = Le journal n’a pas pu passer à sa façon sûre d’écrire (il est en mode « { $mode } ») : rien n’a donc été écrit. Redémarre Ebb et réessaie.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = Le journal n’a pas pu revenir à sa façon sûre d’écrire (il est en mode « { $mode } »). Tout ce que tu as écrit est bien là ; redémarre Ebb avant d’écrire davantage.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = Le journal est verrouillé. Déverrouille-le avec ta phrase secrète pour continuer.

# src/error.rs
error-the-journal-is-open-in-cc345d = Le journal est ouvert en ce moment dans la ligne de commande d’Ebb. Rien n’a été modifié ; réessaie quand elle aura terminé.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = La clé du journal n’a pas pu être scellée.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = La base de données du journal ne peut pas être lue ({ $e }). Elle a été laissée exactement telle quelle.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = La base de données du journal ne peut pas être lue ({ $e }). Elle a été laissée exactement telle quelle ; rien n’y a été écrit.

# src/error.rs
error-the-journal-s-folder-can-289b8d = le dossier du journal peut être lu, mais on ne peut pas y écrire. Vérifie le disque, puis redémarre Ebb.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = La clé de la boîte de réception du journal est introuvable. Le journal a été laissé tel quel.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = Le fichier de clé du journal indique une clé de boîte de réception qu’Ebb ne peut pas lire. Il a été laissé tel quel.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = Le fichier de clé du journal ne peut pas être utilisé : { $problem }. Il a été laissé exactement tel quel.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = Le fichier de clé du journal contient des paramètres inutilisables ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = Le fichier de clé et la base de données du journal ne vont pas ensemble. Les deux ont été laissés tels quels.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = Le PDF n’a pas pu être créé. Rien n’a été enregistré ; réessaie, s’il te plaît.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = Les réglages de cette sauvegarde n’ont pas pu être utilisés ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = le système a répondu « { $e } ». { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = Il y a déjà un journal ici. Déverrouille-le plutôt.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = Il y a déjà un rythme appelé « { $name } ». Choisis un autre nom, s’il te plaît.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = Il n’y a pas de base de données de journal ici.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = Il n’y a pas encore de journal.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = Il n’y a pas encore de journal où garder ceci.

# src/error.rs
error-there-is-no-space-left-d16520 = il n’y a plus de place sur le disque. Libère de la place, puis réessaie.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = Il n’y a encore rien à garder.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = Il n’y avait rien à remettre dans son état d’origine.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = Ces paramètres de clé sont refusés : { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = Cette sauvegarde demande bien plus de travail pour s’ouvrir que n’importe quelle sauvegarde d’Ebb : elle n’a donc pas été ouverte. Rien n’a été modifié ; choisis la sauvegarde qu’Ebb a enregistrée.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = Cette sauvegarde contient plus que n’importe quel journal d’Ebb (plus de 512 Mo) : elle n’a donc pas été lue. Rien n’a été modifié ; choisis la sauvegarde qu’Ebb a enregistrée.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = Cette sauvegarde est abîmée dès son tout début : elle ne peut donc pas s’ouvrir. Elle a été laissée telle quelle ; si tu en as une autre copie, essaie celle-là.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = Cette sauvegarde est abîmée ou incomplète : une partie ne se déchiffre pas. Elle a été laissée telle quelle ; si tu en as une autre copie, essaie celle-là.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = Cette sauvegarde a été faite dans un format plus récent que ce que cette version d’Ebb sait lire. Rien n’a été modifié ; une version plus récente d’Ebb peut l’ouvrir.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = Cette copie d’Ebb a été construite sans son chiffrement : elle n’écrira donc pas dans le journal. Les écrans pour respirer, s’ancrer et trouver de l’aide fonctionnent toujours.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = Ceci n’a pas pu être chiffré pendant que le journal est verrouillé ({ $e }). Rien n’a été écrit ; déverrouille le journal et réessaie.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = Ceci n’a pas pu être gardé pendant que le journal est verrouillé ({ $e }). Rien n’a été écrit ; déverrouille le journal et réessaie.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = Ce brouillon est plus gros que ce qu’Ebb peut garder (8 Mo). Ce que tu as écrit est toujours à l’écran ; enregistre-en une partie comme séance, puis continue.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = Ce fichier est plus gros que n’importe quel export d’Ebb (plus de 512 Mo) : il n’a donc pas été lu. Rien n’a été modifié ; choisis le fichier qu’Ebb a exporté.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = Ce fichier a été chiffré pour la clé de quelqu’un plutôt qu’avec une phrase secrète : ce n’est donc pas une sauvegarde d’Ebb. Rien n’a été modifié ; choisis la sauvegarde qu’Ebb a enregistrée.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = C’est plus long que ce qu’Ebb peut garder dans un seul champ (2 Mo). Une partie pourrait-elle aller dans une autre séance ?

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = Ce n’est pas une sauvegarde d’Ebb : ce fichier ne commence pas comme les sauvegardes d’Ebb. Rien n’a été modifié ; choisis le fichier de sauvegarde qu’Ebb a enregistré (son nom se termine par .age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = Cette séance a été supprimée. Annule la suppression pour la modifier.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = Pour tout supprimer, tape le mot « { $DELETE_CONFIRMATION } ».

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = « tool » doit valoir « pacer » ou « grounding ».

# src/error.rs
error-try-again-in-a-moment-982a23 = Réessaie dans un instant ; si ça continue, redémarre Ebb.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = « used » dépasse 200 caractères.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = Écris une étape courte, comme « Tiens quelque chose de chaud ».

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = Ton plan n’a pas pu être enregistré, car le trousseau de clés de cet ordinateur ne répond pas pour le moment ({ $reason }). Ce que tu as écrit est toujours à l’écran ; réessaie dans un instant, ou après avoir redémarré Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = Le fichier de ton plan de sécurité ({ $v1 }) n’a pas pu être lu : il a donc été laissé exactement tel quel. La respiration, l’ancrage et « Besoin d’aide maintenant » fonctionnent toujours.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = Ton fichier de réglages était abîmé ({ $problem }) : Ebb utilise donc ses réglages habituels. Il n’a pas pu être mis de côté ({ $e }) ; il est intact, à l’emplacement { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = Ton fichier de réglages était abîmé : Ebb a donc démarré avec ses réglages habituels. L’ancien fichier est gardé sous le nom { $v1 }.
