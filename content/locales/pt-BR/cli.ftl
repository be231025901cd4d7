## A linha de comando (ebb export, backup, restore, check): o que ela diz no terminal

cli-no-data-folder = não foi possível encontrar sua pasta de dados; indique uma com --data-dir
cli-in-use = O { -app-name } está aberto e usando o diário; feche-o lá ou faça isso pela janela.
# $reason: as palavras do próprio sistema sobre o que deu errado.
cli-terminal-unreadable = não foi possível ler a frase secreta no terminal ({ $reason })
cli-stdin-unreadable = não foi possível ler a entrada padrão ({ $reason })
# Pedidos: a frase secreta é digitada logo depois deles, na mesma linha.
cli-journal-passphrase = Frase secreta do diário:{ " " }
cli-backup-passphrase = Frase secreta do backup:{ " " }
cli-no-journal = não há nenhum diário em { $folder }
# $file: onde foi gravado, ou as palavras de cli-standard-output (por isso "Destino:", sem artigo).
cli-exported = { $sessions ->
    [one] { $sessions } sessão exportada
   *[other] { $sessions } sessões exportadas
} sem criptografia. Destino: { $file }.
cli-backed-up = Backup de { $sessions ->
    [one] { $sessions } sessão
   *[other] { $sessions } sessões
} feito, criptografado com a frase secreta do diário. Destino: { $file }.
cli-standard-output = saída padrão
cli-database-unreadable = não é possível ler o banco de dados do diário ({ $reason })
cli-not-encrypted = o banco de dados do diário NÃO está criptografado
cli-open-elsewhere = o diário está aberto no { -app-name }, ou o { -app-name } não foi fechado da última vez. Feche-o (ou abra e feche uma vez) e confira de novo. Nada foi alterado.
# $problems: um problema por linha, cada um numa linha própria depois desta.
cli-problems = o diário tem problemas:{ $problems }
cli-key-fine = Arquivo de chave: tudo certo (Argon2id, { $mib } MiB, { $passes } passagens).
cli-database-fine = Banco de dados: criptografado (SQLCipher), todas as páginas conferem, índice de busca intacto.
cli-sessions = Sessões: { $count }.
cli-waiting = { $count ->
    [one] Uma anotação está esperando na caixa de entrada; ela entra no diário na próxima vez que ele for desbloqueado.
   *[other] { $count } anotações estão esperando na caixa de entrada; elas entram no diário na próxima vez que ele for desbloqueado.
}
cli-nothing-changed = Nada foi alterado.
# $list: um registro por linha, cada um numa linha própria depois desta.
cli-records-refused = { $count ->
    [one] { $count } registro não pôde ser lido
   *[other] { $count } registros não puderam ser lidos
}, então nada foi restaurado:{ $list }
# $counts: os cli-count-* unidos, por exemplo "3 sessões, 2 avaliações de prática, 0 anotação".
cli-restored = Um diário novo foi restaurado com { $counts }; ele abre com a frase secreta do backup.
cli-restored-settings = Os ajustes também foram restaurados.
cli-restored-plan = Seu plano de segurança voltou também.
cli-restored-contacts = Seus contatos voltaram também.
cli-nothing-added = Tudo o que há neste arquivo já está no diário; nada foi acrescentado.
cli-imported = Importação: { $counts }.
cli-count-sessions = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
cli-count-updated = { $count ->
    [one] { $count } sessão atualizada
   *[other] { $count } sessões atualizadas
}
cli-count-ratings = { $count ->
    [one] { $count } avaliação de prática
   *[other] { $count } avaliações de prática
}
cli-count-notes = { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}
cli-write-stdout = não foi possível escrever na saída padrão ({ $reason })
cli-write-file = não foi possível gravar { $file } ({ $reason })
