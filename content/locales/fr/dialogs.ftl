## Les fenêtres de fichiers du système (titres, types de fichiers, la question avant de remplacer)

dialog-export-markdown = Exporter en Markdown (non chiffré)
dialog-export-json = Exporter en JSON (non chiffré)
dialog-export-csv = Exporter en CSV (non chiffré)
dialog-backup = Enregistrer une sauvegarde chiffrée
dialog-backup-kind = Sauvegarde { -app-name } (age)
dialog-plan-markdown = Enregistrer mon plan en Markdown (non chiffré)
dialog-plan-pdf = Enregistrer mon plan en PDF (non chiffré)
dialog-summary-pdf = Enregistrer la page pour ma prochaine séance en PDF (non chiffré)
dialog-import = Importer un export JSON ou restaurer une sauvegarde
dialog-import-kind = Export ou sauvegarde { -app-name }
dialog-replace-question = « { $name } » existe déjà. Le remplacer par cet export ?
dialog-replace = Remplacer
dialog-keep = Garder l’ancien fichier
