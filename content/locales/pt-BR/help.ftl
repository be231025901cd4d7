# As palavras do Ebb em português do Brasil para "Preciso de ajuda agora", o plano de
# segurança ("Meu plano") e o lembrete depois da sessão. Lidas pela interface
# (ui/js/views/help.js, ui/js/views/safety-plan.js, ui/js/check-in.js).
# As palavras sobre crise são as que mais importam: calmas, simples e diretas.
# O título da tela é `help-now`, em ebb.ftl.

## Preciso de ajuda agora

# Aparece sob o título só quando a pessoa chegou aqui a partir de uma intensidade 9 ou 10.
help-gentle = Parece que está sendo muito difícil agora. Aqui estão alguns caminhos para encontrar apoio, e você pode voltar quando quiser.
help-lead = Você não precisa passar por isso sem ninguém.
help-danger-title = Se você pode estar em perigo
# Dito com clareza, uma vez, ao lado do número de emergência: quem corre mais risco não deve ter de adivinhar que esta página é para si.
help-emergency = Se você está pensando em suicídio ou em se machucar, você merece ajuda agora mesmo, e não precisa esperar piorar. Se houver risco de você agir, de machucar outra pessoa, ou se você não estiver em segurança onde está, ligue agora para o número de emergência local.
# $country é o nome do país, $number o seu número de emergência (por exemplo "Brasil", "192").
help-emergency-call = { $country }: ligue { $number }.
# Aparece quando ainda não há país escolhido, no lugar do número de emergência de um país.
help-emergency-examples = Por exemplo: 192 (SAMU) no Brasil, 112 em toda a Europa e em muitos outros países, 911 nos Estados Unidos e no Canadá, 999 no Reino Unido, 000 na Austrália.
help-breathe-title = Desacelerar um pouco
help-breathe-text = Soltar o ar devagar algumas vezes pode ajudar seu corpo a se acalmar um pouco enquanto você decide o que fazer em seguida.
help-breathe = Respirar com o { -app-name }

## Preciso de ajuda agora: os contatos da própria pessoa

help-people-title = Com quem contar
# Lido pelos leitores de tela como o nome da lista de contatos.
help-contacts-label = Seus contatos
help-contacts-empty = Adicione as pessoas que você gostaria de procurar num momento difícil: terapeuta, uma amizade, alguém da família.
help-contact-add = Adicionar contato
help-contact-edit = Editar
# Lido pelos leitores de tela no botão Editar; $name é o nome do contato como a pessoa o escreveu.
help-contact-edit-label = Editar { $name }
help-contact-remove = Remover
# Lido pelos leitores de tela no botão Remover; $name é o nome do contato como a pessoa o escreveu.
help-contact-remove-label = Remover { $name }
# Dito depois que um contato é removido; $name é o nome do contato.
help-contact-removed = Contato removido: { $name }.
# Dito depois que um contato é salvo; $name é o nome do contato.
help-contact-saved = Contato salvo: { $name }.
help-contact-name = Nome
help-contact-reach = Como falar com essa pessoa
help-contact-reach-hint = Um número de telefone ou outro jeito de entrar em contato.
help-contact-note = Observação (opcional)
help-contact-note-hint = Por exemplo: minha terapeuta, às terças.
help-contact-save = Salvar contato
help-contact-cancel = Cancelar

## Preciso de ajuda agora: linhas de apoio do país da pessoa

# O título da seção, e o nome que os leitores de tela dão à sua lista de linhas.
help-lines = Linhas de apoio
help-country = País
# A primeira opção da lista de países, antes de escolher um.
help-country-choose = Escolha seu país
# A última opção da lista de países.
help-country-unlisted = Meu país não está na lista
help-lines-change = As linhas mudam de vez em quando: se um número não funcionar, o número de emergência local sempre funciona.
# $country é o nome do país, $number o seu número de emergência.
help-no-line = { $country }: o { -app-name } ainda não tem uma linha de apoio para este país, mas você pode conseguir ajuda agora mesmo: ligue { $number }. Se puder, conte a alguém de confiança como você está se sentindo.
# A pessoa escolheu "Meu país não está na lista".
help-no-lines-unlisted = O { -app-name } ainda não tem linhas de apoio para o seu país, mas você pode conseguir ajuda agora mesmo: ligue para o número de emergência local (112 na Europa e em muitos outros países). Se puder, conte a alguém de confiança como você está se sentindo.
help-no-country = Escolha seu país para ver as linhas de apoio. Se ele não estiver na lista, você ainda pode conseguir ajuda agora: ligue para o número de emergência local.
# Em negrito, antes do jeito de escrever para uma linha (um número para mensagens ou um chat), que vem logo depois.
help-line-text = Se falar estiver difícil:
# De onde vêm os dados de uma linha de apoio; $source é a organização ou o site.
help-line-source = Fonte: { $source }
# $source é a organização ou o site; $month o mês e o ano da última conferência ("novembro de 2026").
help-line-source-checked = Fonte: { $source } (conferida em { $month })

## Meu plano: o plano de segurança da própria pessoa, em "Preciso de ajuda agora"

plan-title = Meu plano
# O título do plano mostrado ao lado de uma intensidade 9 ou 10.
plan-yours = Seu plano
plan-invite = Quando você estiver num momento mais tranquilo, pode escrever aqui um plano seu: os sinais a observar, o que ajuda, quem procurar e seus motivos para seguir em frente. Leva alguns minutos, um passo de cada vez, e você pode parar quando quiser.
plan-make = Fazer meu plano
plan-change = Mudar meu plano
plan-print = Imprimir
plan-markdown = Salvar como Markdown
# O plano como um PDF de uma página, em letras grandes.
plan-pdf = Salvar como PDF
# Só no papel, sob um plano impresso.
# O plano salvo como Markdown: o título e o que fica sob um passo sem nada escrito.
plan-markdown-title = Meu plano de segurança
plan-markdown-empty = (nada escrito ainda)
plan-print-emergency = Se houver risco de você agir a partir de pensamentos de suicídio ou de se machucar, ligue agora para o número de emergência local.
# $path é o arquivo em que o plano foi salvo.
plan-exported = Seu plano foi salvo em { $path }. Esse arquivo não é criptografado.
plan-saved = Seu plano está salvo. Ele fica aqui sempre que você precisar.
plan-key-missing = Seu plano continua salvo, mas o chaveiro deste computador não tem a chave para abri-lo, então o { -app-name } não consegue mostrá-lo. O arquivo ficou exatamente como estava e é guardado à parte se você escrever um plano novo. Todo o resto aqui funciona como sempre.
plan-write-new = Escrever um plano novo
plan-keyring-unavailable = Seu plano está salvo, mas o chaveiro deste computador não está respondendo agora, então o { -app-name } não consegue abri-lo. Nada foi alterado. Ele deve voltar depois que você reiniciar o { -app-name } ou entrar de novo na sua conta; todo o resto aqui funciona como sempre.

## Meu plano: escrever, um passo de cada vez

# O título durante a escrita; $step é o número do passo, $steps quantos passos há.
plan-step-count = Meu plano: passo { $step } de { $steps }
# Lido pelos leitores de tela em cada linha escrita; $step é o título do passo ("O que posso fazer por conta própria"), $line o número da linha.
plan-line-label = { $step }, linha { $line }
plan-move-up = Mover para cima
plan-move-down = Mover para baixo
plan-remove = Remover
# Lidos pelos leitores de tela nos botões ao lado de uma linha; $line é a linha como a pessoa a escreveu.
plan-move-up-label = Mover para cima: { $line }
plan-move-down-label = Mover para baixo: { $line }
plan-remove-label = Remover: { $line }
plan-add-line = Adicionar uma linha
plan-add-another = Adicionar outra linha
plan-add = Adicionar
plan-back = Voltar
# No último passo, no lugar de Próximo.
plan-done = Pronto
plan-next = Próximo
# No lugar de Próximo quando nada foi escrito neste passo.
plan-skip = Pular este passo
plan-later = Terminar depois

## Meu plano: os passos, na ordem de leitura
## Cada um tem um título, uma linha de ajuda e um exemplo mostrado em tom apagado no campo
## vazio (nunca preenchido pela pessoa).

plan-warning-signs = Sinais de que um momento difícil está chegando
plan-warning-signs-help = Pensamentos, sentimentos ou coisas que você faz que mostram que um momento difícil pode estar começando.
plan-warning-signs-example = Por exemplo: paro de responder às mensagens
plan-on-my-own = O que posso fazer por conta própria
plan-on-my-own-help = Pequenas coisas que aliviam um pouco, sem precisar de mais ninguém.
plan-on-my-own-example = Por exemplo: soltar o ar devagar com o { -app-name }, um banho quente, uma volta no quarteirão
plan-distractions = Pessoas e lugares que me ajudam a distrair a cabeça
plan-distractions-help = Um lugar para ir ou alguém com quem estar, sem precisar falar sobre como você se sente.
plan-distractions-example = Por exemplo: a biblioteca, a cozinha da vizinha
plan-people = Pessoas a quem posso pedir ajuda
plan-people-help = Pessoas a quem você poderia contar que não está bem, e como falar com elas.
# Um nome e um telefone inventados: um nome comum e um número com cara de brasileiro, mas que não existe (o DDD 00 não existe).
plan-people-example = Por exemplo: Dani, (00) 91234-5678
plan-professionals = Profissionais e serviços
plan-professionals-help = Quem acompanha você na terapia ou na saúde, e serviços para os quais você pode ligar, de dia ou de noite.
plan-professionals-example = Por exemplo: minha terapeuta, às terças; a linha de apoio aqui embaixo
plan-safer-surroundings = Deixar o ambiente mais seguro
plan-safer-surroundings-help = Formas de colocar distância, por enquanto, entre você e as coisas que poderia usar para se machucar.
plan-safer-surroundings-example = Por exemplo: pedir a alguém que guarde meus remédios por um tempo
plan-reasons = Meus motivos para seguir em frente
plan-reasons-help = Pessoas, animais, esperanças ou qualquer coisa que importe para você. Poucas palavras bastam.
plan-reasons-example = Por exemplo: minha irmã; ver o mar de novo

## O lembrete depois da sessão: quanto tempo depois ele chega
## (o próprio aviso está em ebb.ftl)

check-in-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
check-in-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
# Horas inteiras e meia: "1 hora e meia", "2 horas e meia". $hours é o número de horas inteiras.
check-in-hours-half = { $hours ->
    [one] { $hours } hora e meia
   *[other] { $hours } horas e meia
}
