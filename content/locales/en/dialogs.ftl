## The system's file dialogs (titles, file kinds, the question before replacing a file)

dialog-export-markdown = Export as Markdown (not encrypted)
dialog-export-json = Export as JSON (not encrypted)
dialog-export-csv = Export as CSV (not encrypted)
dialog-backup = Save an encrypted backup
# The kind of file, in the dialog's list of file types.
dialog-backup-kind = { -app-name } backup (age)
dialog-plan-markdown = Save my plan as Markdown (not encrypted)
dialog-plan-pdf = Save my plan as a PDF (not encrypted)
dialog-summary-pdf = Save the page for my next session as a PDF (not encrypted)
dialog-import = Import a JSON export or restore a backup
dialog-import-kind = { -app-name } export or backup
# $name: the file's name.
dialog-replace-question = “{ $name }” is already there. Replace it with this export?
dialog-replace = Replace
dialog-keep = Keep the old file
