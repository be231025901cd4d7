## Los diálogos de archivos del sistema (títulos, tipos de archivo, la pregunta antes de reemplazar)

dialog-export-markdown = Exportar como Markdown (sin cifrar)
dialog-export-json = Exportar como JSON (sin cifrar)
dialog-export-csv = Exportar como CSV (sin cifrar)
dialog-backup = Guardar una copia de seguridad cifrada
dialog-backup-kind = Copia de seguridad de { -app-name } (age)
dialog-plan-markdown = Guardar mi plan como Markdown (sin cifrar)
dialog-plan-pdf = Guardar mi plan como PDF (sin cifrar)
dialog-summary-pdf = Guardar la página para mi próxima sesión como PDF (sin cifrar)
dialog-import = Importar una exportación JSON o restaurar una copia de seguridad
dialog-import-kind = Exportación o copia de seguridad de { -app-name }
dialog-replace-question = «{ $name }» ya existe. ¿Reemplazarlo con esta exportación?
dialog-replace = Reemplazar
dialog-keep = Conservar el archivo anterior
