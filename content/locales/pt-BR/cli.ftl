## A linha de comando (ebb export, backup, restore, check): o que ela diz no terminal

# `ebb --help`. Nomes de opções e de comandos, FILE, DIR, DATE, YYYY-MM-DD e os
# códigos de saída ficam como estão; as colunas continuam alinhadas.
cli-usage =
    Ebb: um companheiro pequeno e privado para os momentos difíceis em torno da terapia.

    Uso: ebb [OPTIONS]
         ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
         ebb backup --out FILE [--data-dir DIR]
         ebb restore FILE [--data-dir DIR]
         ebb check [--data-dir DIR]
         ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    Opções:
      --breathe          Começa a respirar na hora, no ritmo guiado. Se o Ebb já estiver
                         aberto, a janela dele vem para a frente e começa a respiração.
      --data-dir DIR     Guarda todos os arquivos que o Ebb grava dentro de DIR (para
                         uso portátil ou testes). A variável de ambiente EBB_DATA_DIR
                         faz o mesmo; se as duas forem dadas, vale a opção.
      -h, --help         Mostra esta ajuda.
      -V, --version      Mostra a versão do Ebb.

    Sem --data-dir, o Ebb usa as pastas de costume do seu sistema para ajustes e dados.

    Comandos (nenhuma janela se abre; cada um pede a frase secreta do diário):
      export    Grava o diário em FILE: json (completo, pode ser importado de novo),
                md (Markdown, para ler ou compartilhar) ou csv (uma linha por sessão).
                --from e --to (YYYY-MM-DD) escolhem as sessões para md e csv.
                Esses arquivos NÃO são criptografados. --out - grava na saída padrão.
      backup    Grava em FILE um backup criptografado do diário e dos ajustes,
                selado com a frase secreta do diário (formato age: `age -d FILE`
                também o abre).
      restore   Restaura um backup (ou importa uma exportação em JSON) de FILE. Se não
                houver diário aqui, um novo é criado com a frase secreta do backup.
                Os registros que já estão no diário continuam lá; importar duas vezes
                não acrescenta nada.
      check     Confere se o diário está criptografado e se todas as páginas e o
                índice de busca estão intactos.
      summary   Grava em FILE.pdf uma página para a sua próxima sessão: o que ainda
                falta levar, a intensidade antes e depois das sessões, o que vale a
                pena comentar e o que ajudou, de --from a --to (YYYY-MM-DD; por
                padrão, o último mês até hoje). As anotações das sessões ficam de
                fora; escolha-as na janela. O PDF NÃO é criptografado.

    As frases secretas são lidas do terminal sem aparecer na tela ou, quando a entrada
    padrão não é um terminal, uma por linha da entrada padrão (restore: a frase secreta
    do backup e depois a do diário, se for diferente). Nunca de um argumento.

    Códigos de saída:
      0  pronto
      1  outra coisa deu errado (a mensagem diz o quê)
      2  a linha de comando não foi entendida
      3  frase secreta errada
      4  não há nenhum diário aqui (export, backup, check, summary)
      5  o diário está danificado ou não está criptografado (check encontrou um problema)
      6  o arquivo a restaurar foi recusado (não é um arquivo do Ebb, está danificado ou
         tem registros inválidos); nada foi alterado
      7  o Ebb está aberto e usando o diário (feche-o lá ou use a janela)

# Quando a linha de comando não é entendida.
cli-data-dir-needs-folder = --data-dir precisa de uma pasta, por exemplo --data-dir ~/ebb-data
# $flag: uma opção como --out; $what: uma das mensagens cli-what-*.
cli-flag-needs = { $flag } precisa de { $what }
cli-what-folder = uma pasta
cli-what-file = um nome de arquivo
cli-what-format = json, md ou csv
cli-what-date = uma data (YYYY-MM-DD)
# $value: o que foi digitado, entre aspas.
cli-format-not = --format é json, md ou csv, não { $value }
cli-date-not = { $flag } precisa de uma data no formato YYYY-MM-DD, não { $value }
# $command: export, backup, restore ou check.
cli-does-not-take = ebb { $command } não aceita { $value }
cli-export-needs-format = ebb export precisa de --format json, md ou csv
cli-export-needs-out = ebb export precisa de --out FILE (ou --out - para a saída padrão)
cli-summary-needs-out = ebb summary precisa de --out FILE.pdf (ou --out - para a saída padrão)
cli-what-paper = a4 ou letter
cli-paper-not = --paper é a4 ou letter, não { $value }
cli-from-after-to = --from { $from } vem depois de --to { $to }; por favor, troque uma pela outra
cli-backup-needs-out = ebb backup precisa de --out FILE
cli-restore-needs-file = ebb restore precisa do arquivo a restaurar (FILE)
# $argument: o que foi dado, entre aspas.
cli-ignoring = ignorando o argumento desconhecido { $argument } (veja ebb --help)

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
# $pages: as páginas do PDF; $file: onde foi gravado, ou as palavras de cli-standard-output (por isso "Destino:", sem artigo).
cli-summary-written = { $pages ->
    [one] Uma página gravada
   *[other] { $pages } páginas gravadas
} para a sua próxima sessão, sem criptografia. Destino: { $file }.
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
