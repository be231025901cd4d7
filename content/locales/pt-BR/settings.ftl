# As palavras do Ebb em português do Brasil: a tela de Ajustes, o atalho para respirar
# agora, o lembrete depois da sessão, exportar, backup e importar, e algumas palavras
# que o aplicativo inteiro usa (um diário bloqueado de qualquer lugar, um erro sem motivo).
# O título "Ajustes" e a seção de idioma estão em ebb.ftl.

## Ajustes: aparência e som

settings-saved = Ajustes salvos.
settings-theme = Tema
settings-theme-system = Seguir o sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-motion = Movimento
settings-motion-note = Com movimento reduzido, o círculo da respiração fica parado e muda de brilho em vez de tamanho.
settings-motion-system = Seguir o sistema
settings-motion-reduced = Reduzir movimento
settings-motion-full = Movimento completo
settings-text-size = Tamanho do texto
settings-text-size-note = Todas as telas seguem este tamanho; nos tamanhos maiores, algumas telas rolam.
# Um tamanho de texto que a pessoa pode escolher; $percent aqui é 100 (o tamanho inicial do aplicativo).
settings-text-size-usual = { $percent }% (padrão)
# Um tamanho de texto maior: $percent é 115, 130, 150 ou 175.
settings-text-size-percent = { $percent }%
settings-sound = Som
settings-sound-tones = Sons suaves durante a respiração (um tom que sobe para inspirar, outro mais grave para soltar o ar)

## Ajustes: o diário

settings-journal-title = Diário
settings-lock-after = Bloquear o diário depois deste tempo sem uso
# Uma opção da lista acima.
settings-lock-after-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
settings-pass-title = Mudar a frase secreta
settings-pass-current = Frase secreta atual
settings-pass-new = Nova frase secreta
settings-pass-again = Repita a nova frase secreta
settings-pass-fresh = Também proteger o diário com uma chave totalmente nova
settings-pass-fresh-hint = Recomendado. O diário inteiro é criptografado de novo, então uma cópia antiga dos arquivos dele não pode ser aberta com a frase secreta antiga. Leva um pouco mais de tempo.
settings-pass-change = Mudar a frase secreta
settings-pass-not-same = As duas novas frases secretas não são iguais.
settings-pass-changing = Mudando…
settings-pass-changed = Frase secreta alterada. Use a nova daqui em diante.
settings-delete-title = Apagar o diário
# $word é a palavra que a pessoa precisa digitar para apagar o diário, exatamente como o
# aplicativo a confere: ela vem do aplicativo, não deste arquivo.
settings-delete-hint = Isso apaga para sempre todas as sessões, anotações, rascunhos e avaliações do diário. Não dá para desfazer. Para continuar, digite a palavra { $word }.
# O rótulo do campo onde a palavra é digitada; $word como acima.
settings-delete-label = Digite { $word } para confirmar
settings-delete-button = Apagar tudo o que há no diário
settings-deleted = O diário e todos os arquivos dele foram apagados.

## Ajustes: como o plano de segurança e os contatos são guardados

settings-plan-title = Seu plano de segurança e seus contatos
settings-plan-keyring = Seu plano e seus contatos são criptografados, e a chave fica no chaveiro deste computador; assim, eles abrem sem a frase secreta do diário e nunca ficam legíveis no disco.
settings-plan-private-file = Este computador não tem um chaveiro que o { -app-name } possa usar, então seu plano e seus contatos ficam num arquivo que só a sua conta de usuário pode abrir. Esse arquivo não é criptografado.
settings-plan-key-missing = Seu plano e seus contatos estão salvos, mas o chaveiro deste computador não tem mais a chave deles, então o { -app-name } não consegue abri-los. O arquivo fica intacto, e o que você escrever agora é guardado num arquivo novo.

## Ajustes: os dados da pessoa

settings-data-title = Seus dados
settings-data-about = Seu diário é seu: leve-o para a terapia, guarde um backup ou passe-o para um computador novo. Para isso, o diário precisa estar desbloqueado, a não ser para restaurar num { -app-name } vazio.

## Nomes das teclas, como um atalho as mostra ("Ctrl+Alt+Shift+B"), como nos teclados brasileiros (ABNT2)

-key-ctrl = Ctrl
-key-alt = Alt
-key-shift = Shift
-key-super = Super
# A tecla Control.
shortcut-key-ctrl = { -key-ctrl }
# A tecla Alt (Option no Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# A tecla Windows ou Command.
shortcut-key-super = { -key-super }

## Ajustes: o atalho para respirar agora

shortcut-title = Respirar de qualquer lugar
shortcut-on = Um atalho que traz o { -app-name } para a frente e começa a respiração, em qualquer aplicativo em que você estiver
shortcut-label = Atalho
# "B" é a letra do atalho de exemplo.
shortcut-hint = Com este campo selecionado, aperte as teclas ao mesmo tempo; ou digite-as, como { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. Use pelo menos duas entre { -key-ctrl }, { -key-alt } e { -key-super }, para que o atalho não ocupe nada de que outros aplicativos precisem.
shortcut-use = Usar este atalho
# $shortcut é o atalho como o campo o mostra, por exemplo "Ctrl+Alt+Shift+B".
shortcut-active = { $shortcut } traz o { -app-name } para a frente e começa a respiração, de qualquer lugar da sua área de trabalho.
shortcut-off = O atalho está desligado.
shortcut-none = Nenhum atalho está funcionando agora.

## Ajustes: o lembrete depois da sessão

settings-check-in-title = Lembrete depois da sessão
settings-check-in-about = Quando você registra uma sessão, pode pedir ao { -app-name } que pergunte mais tarde como você está: uma notificação discreta pergunta “{ check-in-question }”, e, se você escolhê-la, a respiração se abre. Isso só acontece quando você pede, uma sessão de cada vez, e só enquanto o { -app-name } estiver aberto (ele pode ficar minimizado).
settings-check-in-after = Perguntar depois de
settings-check-in-cancel = Cancelar o lembrete
settings-check-in-cancelled = O lembrete foi cancelado.
# $time é a hora do dia em que o lembrete vai chegar, por exemplo "21:05".
settings-check-in-set = Há um lembrete marcado para { $time }.

## Exportar

transfer-export-title = Exportar
transfer-export-warning = Arquivos exportados não são criptografados.
transfer-export-warning-more = Qualquer pessoa que abrir o arquivo consegue lê-lo. Guarde-o num lugar privado e apague-o quando não precisar mais dele.
transfer-format = Formato
transfer-format-markdown = Markdown
transfer-format-markdown-about = Dá para ler em qualquer lugar; bom para mostrar algumas sessões na terapia.
transfer-format-json = JSON
transfer-format-json-about = Tudo, completo, e o { -app-name } consegue importar de novo.
transfer-format-csv = CSV
transfer-format-csv-about = Uma linha por sessão, para uma planilha.
transfer-from = De (opcional)
transfer-to = Até (opcional)
transfer-export-button = Exportar…
# $path é onde o arquivo foi salvo.
transfer-export-saved = { $sessions ->
    [one] { $sessions } sessão salva em { $path }. O arquivo não é criptografado.
   *[other] { $sessions } sessões salvas em { $path }. O arquivo não é criptografado.
}
transfer-nothing-saved = Nada foi salvo.

## Backup criptografado

transfer-backup-title = Backup criptografado
transfer-backup-about = Um único arquivo com o seu diário inteiro e os seus ajustes, criptografado com a frase secreta do diário. Guarde-o em outro disco para passar tudo para um computador novo ou para recuperar tudo se este quebrar. Ele abre com a mesma frase secreta.
transfer-backup-pass = Frase secreta do diário
transfer-backup-button = Salvar um backup…
transfer-backup-no-pass = Digite a frase secreta do diário.
transfer-backup-checking = Conferindo a frase secreta…
# $path é onde o backup foi salvo.
transfer-backup-saved = { $sessions ->
    [one] Backup salvo em { $path } ({ $sessions } sessão, criptografado).
   *[other] Backup salvo em { $path } ({ $sessions } sessões, criptografado).
}

## Importar ou restaurar

transfer-import-title = Importar ou restaurar
transfer-import-intro = Uma exportação em JSON ou um backup criptografado do { -app-name }. Você vê o que há nele antes de qualquer mudança; o que já está no seu diário continua como está, então importar o mesmo arquivo duas vezes não acrescenta nada.
transfer-choose = Escolher um arquivo…
# O botão que confirma a importação de um arquivo exportado.
transfer-import = Importar
# O botão que confirma a restauração de um backup num diário vazio.
transfer-restore = Restaurar
transfer-cancel = Cancelar
transfer-importing = Importando…
transfer-restoring = Restaurando…
transfer-nothing-changed = Nada foi alterado.
# $reason é o motivo da falha, numa frase própria.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Começa a mensagem depois de uma importação; o que foi acrescentado vem em seguida.
transfer-import-done = Pronto.
transfer-settings-back = Seus ajustes voltaram também.
transfer-plan-back = Seu plano de segurança voltou também.
transfer-contacts-back = Seus contatos de “{ help-now }” também estão aqui.
transfer-nothing-added = Tudo o que há neste arquivo já estava no seu diário; nada foi acrescentado.
transfer-preview =
    .aria-label = O que há neste arquivo
transfer-restore-note = Um diário novo vai ser criado com a frase secreta do backup, e ele vai abrir na hora.
# $name é o nome do arquivo (em negrito).
transfer-encrypted-backup = { $name } é um backup criptografado.
transfer-backup-passphrase = A frase secreta do backup
transfer-open-backup = Abrir o backup
transfer-opening = Abrindo…
# $name é o nome do arquivo.
transfer-problems = { $count ->
    [one] { $count } registro de { $name } não pôde ser lido, então nada foi importado.
   *[other] { $count } registros de { $name } não puderam ser lidos, então nada foi importado.
}
transfer-problems-unchanged = Nada no seu diário foi alterado. Veja o que está errado:
# Um registro do arquivo que não pôde ser lido: $section é o nome da lista dele no
# arquivo (como "sessions", do jeito que o arquivo escreve), $number a posição nessa
# lista, $id a identificação no arquivo, $reason o que há de errado.
transfer-problem = { $section } #{ $number }: { $reason }
transfer-problem-with-id = { $section } #{ $number } ({ $id }): { $reason }
# Depois de uma lista de problemas: quantos ainda há.
transfer-problems-more = …e mais { $count }.
transfer-nothing-imported = Nada foi importado.

## O aplicativo inteiro

# Dito na tela do diário quando ele foi bloqueado de outro lugar (Ctrl+L, a bandeja).
app-journal-locked = Diário bloqueado.
# Dito num aviso quando o diário foi bloqueado antes de a tela do diário ser aberta.
app-journal-is-locked = Seu diário está bloqueado.
# Quando algo falhou sem dar um motivo.
app-something-went-wrong = Algo deu errado e isso não foi concluído. A respiração, o aterramento e “{ help-now }” continuam funcionando.
