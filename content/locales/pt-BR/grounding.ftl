# As palavras do Ebb em português do Brasil: a tela Aterramento (listas curtas para voltar
# ao ambiente e ao corpo). Lidas pela interface (ui/js/views/grounding.js).
# A mesma voz calma de ebb.ftl: sem pressa, nada para acertar. Os nomes das listas e
# os passos vêm de outro lugar (content/), não deste arquivo.
# Também usados nesta tela, de ebb.ftl: rating-before, rating-after, help-now.

## Aterramento: as listas

grounding-title = Aterramento
grounding-lead = Jeitos curtos de voltar ao ambiente e ao seu corpo. Vá no seu ritmo; pule o que não combinar com você.
# O nome lido pelos leitores de tela para a lista de listas de aterramento.
grounding-lists = Listas de aterramento
# Uma pequena etiqueta ao lado de uma lista que a própria pessoa criou.
grounding-yours = sua

## Aterramento: criar uma lista própria

grounding-make-own = Criar sua própria lista
# Rótulo do campo para o nome da nova lista.
grounding-name = Nome
# Rótulo do campo onde os passos da nova lista são digitados.
grounding-steps = Passos, um por linha
grounding-make-list = Criar lista
# Dito quando uma lista é criada; $name: o nome que a pessoa deu a ela.
grounding-made = Lista “{ $name }” criada.

## Aterramento: percorrer uma lista

# O botão de volta ao índice de listas; a seta aponta para trás (vira nos idiomas da direita para a esquerda).
grounding-all-lists = ← Todas as listas
# Legenda da escolha entre os dois jeitos de percorrer uma lista (as duas opções vêm em seguida).
grounding-show = Mostrar
grounding-one-step = Um passo de cada vez
grounding-whole-list = A lista inteira
# Depois de um passo que pede para a pessoa notar algo, ao lado do campo onde ela pode digitar.
grounding-notice-private = (só para você; não fica salvo)
# $step: o passo mostrado; $steps: quantos passos a lista tem.
grounding-step-count = Passo { $step } de { $steps }
grounding-back = Voltar
grounding-next = Próximo
# O botão do último passo: ele encerra a lista.
grounding-finish = Concluir
# As teclas do modo um passo de cada vez: Enter ou a seta para a direita para o próximo passo, a seta para a esquerda para o anterior.
grounding-keys = Enter ou → para o próximo passo, ← para voltar.
# Rótulo do campo para acrescentar um passo à lista aberta.
grounding-add-step-label = Adicionar um passo a esta lista
grounding-add-step = Adicionar passo
grounding-step-added = Passo adicionado.
grounding-delete-list = Apagar esta lista
# Dito quando a lista da própria pessoa é apagada.
grounding-list-deleted = Sua lista foi apagada.
# Desfaz os passos que a pessoa acrescentou a uma das listas que vêm com o aplicativo.
grounding-reset = Voltar ao original
# Dito quando uma lista volta ao original.
grounding-list-reset = A lista voltou ao original.
# Encerra a lista quando ela aparece inteira, com marcações.
grounding-done = Terminei

## Aterramento: o fim de uma lista

grounding-how-now = Como você está agora?
grounding-steadier = Me sinto mais firme
grounding-overwhelmed = Ainda está demais para mim
# A resposta a “Me sinto mais firme”.
grounding-steadier-reply = Que bom que algo mudou. Leve o tempo que precisar antes de seguir.
grounding-back-to-lists = Voltar às listas
# A resposta a “Ainda está demais para mim”: gentil, nunca um fracasso. Respirar ou ajuda vêm em seguida, como dois botões.
grounding-overwhelmed-reply = Tudo bem. Alguns momentos pedem mais do que uma lista. Você pode respirar por alguns minutos ou procurar alguém.
# Abre a respiração.
grounding-breathe = Respirar com o { -app-name }
