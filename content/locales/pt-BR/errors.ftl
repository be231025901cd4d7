## Mensagens de quando algo dá errado, ditas pela parte em Rust do aplicativo: feitas a partir do código
## por src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages);
## não edite o inglês à mão. As variáveis guardam o que o código preenche: o nome de um
## arquivo, um número, o motivo dado pelo sistema ou outra mensagem deste arquivo.

# src/error.rs
error-joined-4710cd = { $action }: { $v1 }

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = Uma exportação em JSON precisa de um diário para entrar: crie um primeiro ou restaure aqui um backup criptografado.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = Uma linha em “{ $heading }” passa de { $MAX_CHARS } caracteres. Nada se perdeu; divida-a em duas para salvar.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = Não foi possível preparar um diário novo ({ $e }). Nada mais foi alterado; reinicie o Ebb e tente de novo.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = Uma anotação rápida pode ter até 100 KB. Pensamentos mais longos cabem numa sessão.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = A intensidade vai de 0 a 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = Uma etiqueta é uma palavra ou expressão curta, numa linha só (até 60 caracteres).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = Adicione pelo menos um passo à sua lista.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = Um assunto para levar à próxima sessão (identificação { $v1 }) pertence a uma sessão que não está nem no arquivo nem no diário.

# src/error.rs
error-another-program-is-using-the-b455a5 = outro programa está usando o diário agora. Tente de novo daqui a pouco.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = “body” precisa conter os campos do formulário, com nome, entre chaves.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = “{ $heading }” comporta até { $MAX_ITEMS } linhas. Nada se perdeu; junte ou remova algumas para salvar.

# src/error.rs
error-content-file-62f6eb = arquivo de conteúdo { $file }: { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = Não foi possível trazer a sessão de volta

# src/journal/db.rs
error-could-not-check-that-the-64de60 = Não foi possível confirmar que o diário está criptografado

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = Não foi possível conferir o diário

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = Não foi possível esvaziar a caixa de entrada

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = Não foi possível fechar o diário

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = Não foi possível criar o arquivo do diário

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = Não foi possível apagar todos os arquivos do diário

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = Não foi possível apagar a sessão

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = Não foi possível descartar o rascunho

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = Não foi possível codificar o arquivo de chave ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = Não foi possível passar a chave ao banco de dados

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = Não foi possível importar para o diário

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = Não foi possível incluir a sessão na busca

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = Não foi possível guardar o que você escreveu enquanto o diário está bloqueado

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = Não foi possível criar a pasta do diário

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = Não foi possível juntar a caixa de entrada ao diário

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = Não foi possível guardar à parte um diário que ficou incompleto

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = Não foi possível guardar o diário à parte

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = Não foi possível abrir um banco de dados na memória

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = Não foi possível abrir o diário

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = Não foi possível criptografar o diário de novo

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = Não foi possível ler { $v1 }

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = Não foi possível ler o backup

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = Não foi possível ler o rascunho

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = Não foi possível ler a caixa de entrada

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = Não foi possível ler os assuntos para levar à próxima sessão

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = Não foi possível ler o diário para exportar

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = Não foi possível ler o diário para o Panorama

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = Não foi possível ler o arquivo do diário

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = Não foi possível ler o arquivo de chave do diário

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = Não foi possível ler o diário

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = Não foi possível ler o diário para preparar a página

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = Não foi possível ler as anotações

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = Não foi possível ler as avaliações de prática

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = Não foi possível ler a sessão

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = Não foi possível remover as sessões apagadas

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = Não foi possível remover a anotação

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = Não foi possível salvar o rascunho

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = Não foi possível salvar os assuntos para levar à próxima sessão

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = Não foi possível salvar a nova chave do diário

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = Não foi possível salvar o arquivo de chave do diário

# src/journal/notes.rs
error-could-not-save-the-note-590961 = Não foi possível salvar a anotação

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = Não foi possível salvar a avaliação de prática

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = Não foi possível salvar a sessão

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = Não foi possível lacrar o backup

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = Não foi possível guardar à parte as anotações feitas com o diário bloqueado que o Ebb não consegue ler

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = Não foi possível preparar o banco de dados

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = Não foi possível preparar o diário

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = Não foi possível preparar a criptografia do diário

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = Não foi possível organizar o diário

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = Não foi possível gravar { $v1 }

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = Não foi possível gravar o diário

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = O Ebb não conseguiu ler seus ajustes ({ $e }), então está usando os ajustes padrão por enquanto. Seu arquivo não foi alterado.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = O Ebb não conseguiu salvar seus ajustes

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = O Ebb não conseguiu transformar essa frase secreta numa chave ({ $e }). Nada foi alterado; tente de novo e, se continuar acontecendo, reinicie o Ebb.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = O Ebb ainda não fala esse idioma. Escolha outro, por favor.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = O Ebb ainda não tem linhas de apoio para esse país.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = o Ebb não tem permissão para usar esse lugar. Escolha outro ou confira as permissões da pasta.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = O Ebb guarda até { $MAX_CONTACTS } contatos.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = Dê à sua lista um nome de até 60 caracteres.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = Dê um nome ao seu ritmo, para encontrá-lo de novo depois.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = Como falar com { $v1 }? Um número de telefone ou outro jeito.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = “{ $v0 }” não é uma data e hora que o Ebb consiga ler (deve ter este formato: 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = “{ $v0 }” não é uma identificação de sessão.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = { $v1 } não é criptografado, então não é um diário feito pelo Ebb. O Ebb não vai gravar nada nele; ele ficou como estava.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = Não é um registro que o Ebb consiga ler (cada registro é um conjunto de campos com nome, entre chaves).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = Diz onde foi marcado como feito, mas não quando (“doneAt”).

# src/error.rs
error-its-file-is-not-a-c08161 = o arquivo não é um diário que esta frase secreta consiga abrir. Ele ficou como estava.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = A identificação precisa ter de 1 a 64 letras, algarismos, “-” ou “_”.

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = O texto precisa ter de 1 a 2.000 caracteres.

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = “key” precisa ser “new” ou uma identificação de sessão.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = Tipos de lágrimas só valem quando há lágrimas durante ou depois da sessão.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = Um dos assuntos para levar à próxima sessão foi alterado em outro lugar. Dê uma olhada na lista de novo, por favor.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = Escolha 1, 2, 3, 5 ou 10 minutos, ou sem limite, por favor.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = Escolha 15, 30, 45, 60, 90 ou 120 minutos, por favor.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = Escolha 5, 10, 15, 30 ou 60 minutos, por favor.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = Escolha um tamanho de texto de 100% a 175%, por favor.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = Escolha o arquivo de backup de novo, por favor.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = Escolha de novo o arquivo para importar, por favor.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label }: digite um número de segundos, por favor.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label }: digite um número de segundos, como 4 ou 4,5.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = Informe a data no formato ano-mês-dia, por favor.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = Dê um nome a cada contato, por favor.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = Informe a data e a hora da sessão, por favor.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = Use no máximo { $ITEM_MAX_CHARS } caracteres em cada passo, por favor.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = Use no máximo { $max_chars } caracteres em cada item, por favor.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = Use no máximo { $NAME_MAX_CHARS } caracteres no nome, por favor.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = Use no máximo 200 caracteres aqui, por favor.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = Use no máximo { $max } caracteres aqui, por favor.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = Use pelo menos { $MIN_PASSPHRASE_CHARS } caracteres, por favor. Algumas palavras comuns em sequência são fáceis de lembrar e difíceis de adivinhar.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label }: use passos de meio segundo, como 4 ou 4,5.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = Esse ritmo de respiração não existe mais. Escolha outro, por favor.

# src/error.rs
error-that-disk-can-be-read-2516fe = esse disco pode ser lido, mas não gravado. Escolha outro lugar ou confira o disco.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = São mais itens do que uma sessão comporta (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = São mais etiquetas do que uma sessão comporta (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = Essa lista foi apagada.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = Essa anotação já foi removida.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = Esse tamanho de papel não pode ser usado.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = Essa frase secreta não abre este diário. Nada foi alterado; sem pressa, tente de novo.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = Essa frase secreta não abre este backup. Nada foi alterado. (Se você tem certeza de que ela está certa, o arquivo pode ter sido alterado.)

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = Essa frase secreta é mais longa do que o Ebb aceita (cerca de mil letras, menos se tiver acentos ou emojis). Nada foi alterado; uma mais curta serve.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = A identificação desse ritmo é longa demais.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = Esse ritmo já foi apagado.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = Esse ritmo foi apagado; salve-o como um ritmo novo, por favor.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = Essa sessão não pode mais ser trazida de volta.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = Essa sessão não está mais no diário.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = Não foi possível criptografar o backup, então nada foi salvo. Tente de novo daqui a pouco; se continuar acontecendo, reinicie o Ebb.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = Não foi possível criar o arquivo CSV ({ $e }), então nada foi salvo. Tente de novo daqui a pouco; se continuar acontecendo, escolha Markdown ou JSON.

# src/error.rs
error-the-database-said-739256 = o banco de dados disse “{ $e }”. { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = o arquivo é grande demais para esse disco. Escolha outro lugar para ele.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = o arquivo ou a pasta não está mais lá. Se foi movido, coloque de volta e tente de novo.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = O primeiro dia vem depois do último. Por favor, troque um pelo outro.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = Não foi possível atualizar o diário ({ $e }). Ele ficou como estava; reinicie o Ebb e tente de novo.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = O diário não conseguiu passar para o seu modo seguro de gravação (ele está no modo “{ $mode }”), então nada foi gravado. Reinicie o Ebb e tente de novo.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = O diário não conseguiu voltar ao seu modo seguro de gravação (ele está no modo “{ $mode }”). Tudo o que você escreveu está lá; reinicie o Ebb antes de escrever mais.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = O diário está bloqueado. Desbloqueie com sua frase secreta para continuar.

# src/error.rs
error-the-journal-is-open-in-cc345d = O diário está aberto na linha de comando do Ebb agora. Nada foi alterado; tente de novo quando ela terminar.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = Não foi possível lacrar a chave do diário.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = Não é possível ler o banco de dados do diário ({ $e }). Ele ficou exatamente como estava.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = Não é possível ler o banco de dados do diário ({ $e }). Ele ficou exatamente como estava; nada foi gravado nele.

# src/error.rs
error-the-journal-s-folder-can-289b8d = a pasta do diário pode ser lida, mas não gravada. Confira o disco e depois reinicie o Ebb.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = A chave da caixa de entrada do diário está faltando. O diário ficou como estava.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = O arquivo de chave do diário indica uma chave da caixa de entrada que o Ebb não consegue ler. Ele ficou como estava.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = Não dá para usar o arquivo de chave do diário: { $problem }. Ele ficou exatamente como estava.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = O arquivo de chave do diário tem configurações que não podem ser usadas ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = O arquivo de chave e o banco de dados do diário não combinam. Os dois ficaram como estavam.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = Não foi possível criar o PDF. Nada foi salvo; tente de novo, por favor.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = Não foi possível usar os ajustes deste backup ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = o sistema disse “{ $e }”. { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = Já existe um diário aqui. Basta desbloqueá-lo.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = Já existe um ritmo chamado “{ $name }”. Escolha outro nome, por favor.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = Não há nenhum banco de dados de diário aqui.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = Ainda não há nenhum diário.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = Ainda não há um diário para guardar isto.

# src/error.rs
error-there-is-no-space-left-d16520 = não há mais espaço no disco. Libere um pouco de espaço e tente de novo.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = Ainda não há nada para guardar.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = Não havia nada para desfazer.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = Estas configurações de chave foram recusadas: { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = Este backup pede muito mais trabalho para ser aberto do que qualquer backup do Ebb, então ele não foi aberto. Nada foi alterado; escolha o backup que o Ebb salvou.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = Este backup contém mais do que qualquer diário do Ebb (mais de 512 MB), então ele não foi lido. Nada foi alterado; escolha o backup que o Ebb salvou.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = Este backup está danificado logo no começo, então não pode ser aberto. Ele ficou como estava; se você tiver outra cópia, tente com ela.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = Este backup está danificado ou incompleto: uma parte dele não pode ser descriptografada. Ele ficou como estava; se você tiver outra cópia, tente com ela.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = Este backup foi feito num formato mais novo do que este Ebb consegue ler. Nada foi alterado; uma versão mais nova do Ebb consegue abri-lo.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = Esta cópia do Ebb foi feita sem a criptografia, então ela não vai gravar no diário. As telas de respiração, aterramento e apoio continuam funcionando.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = Não foi possível criptografar isto com o diário bloqueado ({ $e }). Nada foi gravado; desbloqueie o diário e tente de novo.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = Não foi possível guardar isto com o diário bloqueado ({ $e }). Nada foi gravado; desbloqueie o diário e tente de novo.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = Este rascunho é maior do que o Ebb consegue guardar (8 MB). O que você escreveu continua na tela; salve uma parte como sessão e depois continue.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = Este arquivo é maior do que qualquer exportação do Ebb (mais de 512 MB), então ele não foi lido. Nada foi alterado; escolha o arquivo que o Ebb exportou.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = Este arquivo foi criptografado para a chave de alguém, e não com uma frase secreta, então não é um backup do Ebb. Nada foi alterado; escolha o backup que o Ebb salvou.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = Isto é mais longo do que o Ebb consegue guardar num só campo (2 MB). Uma parte poderia ir para outra sessão?

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = Este não é um backup do Ebb: ele não começa do jeito que os backups do Ebb começam. Nada foi alterado; escolha o arquivo de backup que o Ebb salvou (o nome dele termina em .age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = Esta sessão foi apagada. Para alterá-la, desfaça primeiro a exclusão.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = Para apagar tudo, digite a palavra “{ $DELETE_CONFIRMATION }”.

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = “tool” precisa ser “pacer” ou “grounding”.

# src/error.rs
error-try-again-in-a-moment-982a23 = Tente de novo daqui a pouco; se continuar acontecendo, reinicie o Ebb.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = “used” tem mais de 200 caracteres.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = Escreva um passo curto, como “Segure algo quente”.

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = Não foi possível salvar seu plano, porque o chaveiro deste computador não está respondendo agora ({ $reason }). O que você escreveu continua na tela; tente de novo daqui a pouco ou depois de reiniciar o Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = Não foi possível ler o arquivo do seu plano de segurança ({ $v1 }), então ele ficou exatamente como estava. A respiração, o aterramento e “Preciso de ajuda agora” continuam funcionando.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = Seu arquivo de ajustes estava danificado ({ $problem }), então o Ebb está usando os ajustes padrão. Não foi possível guardá-lo à parte ({ $e }); ele continua sem alterações em { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = Seu arquivo de ajustes estava danificado, então o Ebb começou com os ajustes padrão. O arquivo antigo foi guardado como { $v1 }.
