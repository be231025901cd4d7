# As palavras do diário em português do Brasil: o registro privado e criptografado das
# sessões de terapia. Lidas pela interface (ui/js/views/journal*.js, session-form.js,
# journal-model.js, journal-search.js). A mesma voz calma e simples de ebb.ftl;
# glossary.md ao lado deste arquivo. "Frase secreta", nunca "senha": pode ter várias palavras.

## Criar o diário (ainda não há diário)

journal-create-title = Seu diário de sessões
journal-create-lead = Um lugar privado para anotar como vão as sessões de terapia: o que apareceu, o que ajudou, o que levar na próxima vez. Você nunca precisa dele para respirar nem para o aterramento.
journal-create-private = Tudo o que há nele é criptografado neste computador e nunca sai daqui. Ele se bloqueia sozinho quando você se afasta.
journal-choose-passphrase = Escolha uma frase secreta
journal-passphrase-hint = Pelo menos 8 caracteres. Algumas palavras comuns em sequência são fáceis de lembrar e difíceis de adivinhar.
journal-passphrase-again = Digite de novo
# Em negrito, seguido no mesmo parágrafo por journal-forget-no-reset.
journal-forget-warning = Se você esquecer esta frase secreta, ninguém vai conseguir abrir seu diário de novo: nem você, nem nós, nem ninguém.
journal-forget-no-reset = Não existe redefinição nem recuperação. Guarde-a num lugar seguro, como um gerenciador de senhas ou uma anotação que só você vê.
journal-understood = Entendo que uma frase secreta esquecida não pode ser recuperada
journal-passphrases-differ = As duas frases secretas não são iguais. Digite as duas de novo, por favor.
journal-tick-the-box = Marque a caixa para mostrar que você leu como as frases secretas funcionam aqui.
journal-create = Criar meu diário
# No botão enquanto o diário está sendo criado.
journal-creating = Criando seu diário…
journal-ready = Seu diário está pronto.
# Título da parte da primeira tela que, em vez disso, restaura um backup criptografado.
journal-restore-title = Ou restaurar a partir de um backup
journal-restore-intro = Vindo de outro computador, ou recomeçando depois de um problema? Um backup criptografado do { -app-name } traz seu diário de volta, e ele abre com a frase secreta do backup.
journal-restored = Seu diário foi restaurado.

## Desbloquear (o diário está bloqueado)

journal-locked-title = Seu diário está bloqueado
# { help-now } é o nome da tela com o número de emergência e as linhas de apoio.
journal-locked-lead = Desbloqueie com sua frase secreta. A respiração, o aterramento e “{ help-now }” nunca precisam dela.
journal-passphrase = Frase secreta
journal-unlock = Desbloquear
# No botão enquanto a frase secreta está sendo conferida.
journal-unlocking = Desbloqueando…
journal-type-passphrase = Digite sua frase secreta.
# Anotações rápidas feitas com o diário bloqueado, lacradas e esperando o próximo desbloqueio.
journal-pending = { $count ->
    [one] { $count } anotação feita enquanto o diário estava bloqueado vai entrar nele quando você desbloquear.
   *[other] { $count } anotações feitas enquanto o diário estava bloqueado vão entrar nele quando você desbloquear.
}
journal-forgot = Esqueceu a frase secreta?
journal-forgot-private = Sem ela, seu diário não pode ser aberto; é isso que o mantém privado. Sem pressa: muitas vezes a frase volta à memória quando as coisas se acalmam.
# “Apagar o diário” é o nome de um botão em Ajustes.
journal-forgot-start-again = Se quiser recomeçar, em Ajustes há “Apagar o diário”, que remove para sempre todos os arquivos dele.

## Dito depois de um desbloqueio (lido pelos leitores de tela), uma frase depois da outra

journal-unlocked = Diário desbloqueado.
# Anotações rápidas feitas com o diário bloqueado, agora acrescentadas a ele.
journal-unlocked-added = { $count ->
    [one] { $count } anotação feita enquanto o diário estava bloqueado foi acrescentada.
   *[other] { $count } anotações feitas enquanto o diário estava bloqueado foram acrescentadas.
}
# Raro: anotações lacradas que não puderam ser lidas. "inbox.unreadable" é um nome de arquivo: fica como está.
journal-unlocked-kept-aside = { $count ->
    [one] { $count } anotação em espera não pôde ser acrescentada, então foi guardada à parte, ainda lacrada, na pasta do diário (inbox.unreadable). Todo o resto está aqui.
   *[other] { $count } anotações em espera não puderam ser acrescentadas, então foram guardadas à parte, ainda lacradas, na pasta do diário (inbox.unreadable). Todo o resto está aqui.
}

## Não é possível abrir o diário (arquivos danificados ou ilegíveis)

journal-damaged-title = Não é possível abrir seu diário agora
journal-damaged-lead = A respiração, o aterramento e “{ help-now }” continuam funcionando.
journal-damaged-nothing-changed = O { -app-name } não alterou nem sobrescreveu nada. Se quiser um diário novo, os arquivos antigos podem ser movidos para uma pasta só deles, intactos, para que nada se perca.
journal-set-aside = Guardar o diário antigo à parte e depois começar um novo ou restaurar um backup
# $path: a pasta para onde os arquivos do diário antigo foram movidos.
journal-set-aside-done = O diário antigo foi movido, sem alterações, para { $path }. Você pode criar um diário novo ou restaurar um backup aqui embaixo.

## O diário aberto: a linha do tempo

journal-title = Diário
journal-new-session = Nova sessão
# O botão que bloqueia o diário; journal-lock-key, o atalho de teclado dele, vem logo depois.
journal-lock = Bloquear
# O atalho de teclado do botão Bloquear, como está escrito no teclado.
journal-lock-key = Ctrl+L
journal-session-deleted = Sessão apagada.
journal-undo = Desfazer
# Dito aos leitores de tela depois que Desfazer trouxe de volta uma sessão apagada.
journal-session-back = A sessão voltou.
journal-noticing-title = Vale a pena comentar na terapia
journal-noticing-note = São contagens feitas a partir das suas próprias anotações, não um julgamento nem um diagnóstico.
journal-bring-up-title = Para levar à próxima sessão
# Depois de um assunto para levar; $date: a data e a hora da sessão em que foi anotado.
journal-noted = (anotado em { $date })
journal-search-label = Buscar nas suas sessões
# Lido pelos leitores de tela como o nome da lista de sessões.
journal-sessions-label = Sessões, das mais recentes para as mais antigas
journal-show-more = Mostrar mais
journal-quick-notes = Anotações rápidas

## A linha do tempo: quantas sessões (lido pelos leitores de tela quando a lista muda)

journal-count-none = Nenhuma sessão ainda. Quando quiser, “{ journal-new-session }” está aqui.
journal-count-no-match = Nenhuma sessão encontrada. Tente menos palavras ou menos filtros.
journal-count = { $count ->
    [one] { $count } sessão.
   *[other] { $count } sessões.
}
# Com uma busca ou filtros ativos.
journal-count-matching = { $count ->
    [one] { $count } sessão encontrada.
   *[other] { $count } sessões encontradas.
}

## A linha do tempo: os dados curtos sob a data de cada sessão, unidos por " · "

# $before e $after: intensidades de 0 a 10, ou journal-not-rated quando não foram dadas.
# A seta vai do antes para o depois.
journal-bit-distress = intensidade { $before } → { $after }
# Fica no lugar de uma intensidade que não foi dada.
journal-not-rated = –
journal-bit-tears-during = lágrimas durante a sessão
journal-bit-tears-after = lágrimas depois
journal-bit-tears-both = lágrimas durante e depois
journal-bit-signs = { $count ->
    [one] { $count } coisa para ficar de olho
   *[other] { $count } coisas para ficar de olho
}

## A linha do tempo: filtros

journal-filters = Filtros
# Data inicial das sessões mostradas.
journal-filter-from = De
# Data final das sessões mostradas.
journal-filter-to = Até
journal-filter-therapist = Terapeuta
journal-filter-tears = Lágrimas
journal-filter-tag = Etiqueta
# A opção que não restringe a lista (qualquer terapeuta, qualquer etiqueta, com ou sem lágrimas).
journal-filter-any = Sem filtro
journal-filter-tears-some = Com lágrimas
journal-filter-tears-none = Sem lágrimas
journal-filter-tears-during = Durante
journal-filter-tears-after = Depois
journal-filter-tears-both = Durante e depois

## Uma sessão

# O botão de volta para a linha do tempo. A seta aponta para trás (para a esquerda em português).
journal-back = ← Todas as sessões
session-edit = Editar
session-export = Exportar como Markdown…
session-delete = Apagar
# $path: o arquivo em que a sessão foi salva.
session-exported = Sessão salva em { $path }. O arquivo não é criptografado.
session-exported-note = Esta sessão foi salva como Markdown em { $path }. O arquivo não é criptografado: guarde-o num lugar privado.
# Quando a pessoa fechou a janela de salvar sem escolher um arquivo.
session-not-exported = Nada foi salvo.
session-deleted = Sessão apagada. Dá para desfazer.
session-therapist = Terapeuta ou tipo de terapia
session-distress-before = Intensidade antes
session-distress-after = Intensidade depois
session-body = O corpo depois
session-tears = Lágrimas
session-tear-kinds = Tipos de lágrimas
session-came-up = O que apareceu
session-helped = O que ajudou
session-aftercare = Cuidados depois
session-signs = Para ficar de olho
session-tags = Etiquetas
# Assuntos de "Levar à próxima sessão" de sessões anteriores que foram marcados nesta.
session-brought-up = Trazido de sessões anteriores
session-bring-up = Levar à próxima sessão

## O formulário da sessão

session-title-new = Nova sessão
session-title-edit = Editar sessão
session-form-lead = Escreva o quanto quiser, muito ou pouco. Só a data é necessária; suas palavras são guardadas enquanto você digita.
session-held-at = Quando foi a sessão?
session-rating-before = Intensidade antes da sessão (opcional)
session-rating-after = Intensidade depois da sessão (opcional)
session-body-question = Como seu corpo ficou depois?
# A primeira opção de um grupo em que se escolhe uma: nada foi anotado sobre isso.
session-not-noted = Sem anotação
session-tear-kinds-question = Que tipo de lágrimas? (marque as que couberem)
session-aftercare-done = O que você fez para se cuidar depois
session-signs-question = Tem algo para ficar de olho?
session-signs-note = Anotar isso ajuda você, na terapia, a perceber como as sessões repercutem. Não é um julgamento sobre você.
session-signs-tools = Se isso ainda estiver com você, algo aqui pode ajudar:
session-tags-hint = Separe as etiquetas com vírgulas, por exemplo: família, trabalho.
session-carried = De sessões anteriores: você levou estes assuntos?
session-bring-up-hint = Um por linha. Eles voltam no formulário da próxima sessão até você marcá-los.
# Título da escolha de um lembrete depois da sessão.
session-afterwards = Depois
session-check-in = Perguntar mais tarde como estou
session-check-in-after = Perguntar depois de
session-check-in-note = Uma notificação discreta pergunta como você está e oferece dois minutos de respiração, soltando o ar devagar. O { -app-name } precisa estar aberto nessa hora (pode ficar minimizado).
session-save-new = Salvar sessão
session-save-changes = Salvar alterações
# Fecha o formulário e guarda o que foi digitado como rascunho.
session-close = Fechar por enquanto

## O formulário da sessão: o rascunho (guardado enquanto a pessoa digita)

session-draft-saving = Salvando rascunho…
# $time: a hora do dia em que o rascunho foi guardado.
session-draft-kept = Rascunho guardado às { $time }.
# $reason: o motivo, nas palavras do sistema.
session-draft-failed = Não foi possível guardar o rascunho: { $reason }
# $time: a hora do dia em que o rascunho foi guardado pela última vez.
session-draft-back = O que você escreveu às { $time } e ainda não salvou está de volta, do jeito que você deixou.
# Joga o rascunho fora (uma sessão nova).
session-start-over = Começar de novo
# Joga o rascunho fora (ao editar uma sessão salva).
session-go-back = Voltar para a sessão salva
session-started-over = Começando de novo.
session-back-to-saved = De volta à sessão salva.

## Dito depois de salvar uma sessão (lido pelos leitores de tela)

journal-saved = Sessão salva.
# $time: a hora do dia do lembrete.
journal-saved-check-in = Sessão salva. O { -app-name } vai perguntar como você está às { $time }.

## O formulário da sessão: como o corpo ficou depois

session-body-calm = Calma e conexão
session-body-revved-up = Aceleração (inquietação, nervos à flor da pele, coração disparado)
session-body-shut-down = Desligamento (dormência, peso, sensação de estar longe)

## O formulário da sessão: lágrimas

session-tears-none = Sem lágrimas
session-tears-during = Durante a sessão
session-tears-after = Depois
session-tears-both = Durante e depois
session-tear-release = Alívio
session-tear-grief = Luto
session-tear-recognition = Reconhecimento (sentir que alguém enxergou você)
session-tear-overwhelm = Sobrecarga
session-tear-connection = Conexão

## O formulário da sessão: sinais para ficar de olho, e o que pode ajudar em cada um

session-sign-worse-for-hours = Piora que durou horas depois da sessão
session-sign-flooding = Emoções transbordando (muita coisa ao mesmo tempo)
session-sign-numbness = Dormência
session-sign-panic = Pânico
session-sign-dissociation = Sensação de distância ou desconexão
session-tool-far-away = Quando você se sente longe daqui: uma lista de aterramento
session-tool-orient = Situe-se no ambiente: uma lista de aterramento
session-tool-breathe = Respirar, soltando o ar devagar e por mais tempo
session-tool-hand-on-chest = Mão no peito, expiração lenta: uma lista de aterramento
session-tool-aftercare = Cuidados depois de uma sessão difícil: uma lista de aterramento
session-tool-worse-for-hours = Se sentir pior por horas depois de uma sessão é algo que vale a pena contar na terapia.

## Anotações rápidas

note-jot-locked = Anotar algo sem desbloquear
note-jot = Anotar algo
note-sealed-hint = A anotação é lacrada na hora e entra no seu diário na próxima vez que você desbloquear.
note-keep = Guardar esta anotação
note-kept-sealed = Guardada e lacrada. Ela vai estar no seu diário quando você desbloquear.
note-kept = Guardada.
note-remove = Remover
# $when: a data e a hora em que a anotação foi escrita.
note-remove-label = Remover a anotação de { $when }
note-removed = Anotação removida.
