## Die Dateidialoge des Systems (Titel, Dateiarten, die Frage vor dem Ersetzen)

dialog-export-markdown = Als Markdown exportieren (nicht verschlüsselt)
dialog-export-json = Als JSON exportieren (nicht verschlüsselt)
dialog-export-csv = Als CSV exportieren (nicht verschlüsselt)
dialog-backup = Verschlüsselte Sicherung speichern
dialog-backup-kind = { -app-name }-Sicherung (age)
dialog-plan-markdown = Meinen Krisenplan als Markdown speichern (nicht verschlüsselt)
dialog-plan-pdf = Meinen Krisenplan als PDF speichern (nicht verschlüsselt)
dialog-summary-pdf = Die Seite für meine nächste Sitzung als PDF speichern (nicht verschlüsselt)
dialog-import = JSON-Export importieren oder Sicherung wiederherstellen
dialog-import-kind = { -app-name }-Export oder -Sicherung
dialog-replace-question = „{ $name }“ gibt es schon. Durch diesen Export ersetzen?
dialog-replace = Ersetzen
dialog-keep = Alte Datei behalten
