## As janelas de arquivos do sistema (títulos, tipos de arquivo, a pergunta antes de substituir)

dialog-export-markdown = Exportar como Markdown (sem criptografia)
dialog-export-json = Exportar como JSON (sem criptografia)
dialog-export-csv = Exportar como CSV (sem criptografia)
dialog-backup = Salvar um backup criptografado
dialog-backup-kind = Backup do { -app-name } (age)
dialog-plan-markdown = Salvar meu plano como Markdown (sem criptografia)
dialog-plan-pdf = Salvar meu plano como PDF (sem criptografia)
dialog-summary-pdf = Salvar a página para a minha próxima sessão como PDF (sem criptografia)
dialog-import = Importar uma exportação JSON ou restaurar um backup
dialog-import-kind = Exportação ou backup do { -app-name }
dialog-replace-question = “{ $name }” já existe. Substituir por esta exportação?
dialog-replace = Substituir
dialog-keep = Manter o arquivo antigo
