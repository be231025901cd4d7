# As palavras do Ebb em português do Brasil: a tela Ritmos (ritmos de respiração para
# escolher, e os da própria pessoa). Lidas pela interface (ui/js/views/patterns.js). Os
# nomes e as descrições dos ritmos vêm de outro lugar, assim como as mensagens sobre um
# valor que não pode ser salvo.

## Ritmos: a lista

patterns-title = Ritmos de respiração
# O nome lido pelos leitores de tela para a lista de ritmos.
patterns-list = Ritmos
patterns-lead = Escolha o ritmo que a respiração usa, ou crie o seu.
# Uma pequena etiqueta no ritmo que a respiração usa agora.
patterns-in-use = Em uso
# Uma pequena etiqueta ao lado de um ritmo que a pessoa criou.
patterns-yours = seu
# Uma pequena etiqueta ao lado de um ritmo em que inspirar e soltar o ar têm a mesma duração.
patterns-equal-length = tempos iguais
# Botões ao lado de um ritmo; .aria-label é o que um leitor de tela ouve, com $name o nome do ritmo.
patterns-use = Usar
    .aria-label = Usar { $name }
patterns-edit = Editar
    .aria-label = Editar { $name }
patterns-delete = Apagar
    .aria-label = Apagar { $name }
# Aparece no lugar de Apagar, para confirmar.
patterns-confirm-delete = Sim, apagar
    .aria-label = Sim, apagar { $name }
patterns-keep = Manter
# Dito quando um ritmo é escolhido; $name: o nome do ritmo.
patterns-chosen = A respiração vai usar “{ $name }”.
# Dito quando um ritmo é apagado; $name: o nome do ritmo.
patterns-deleted = “{ $name }” foi apagado.

## Ritmos: criar ou editar um ritmo próprio

patterns-make-own = Criar o seu
# O título do formulário enquanto um ritmo é editado; $name: o nome dele.
patterns-edit-title = Editar “{ $name }”
# Rótulo do campo para o nome do ritmo.
patterns-name = Nome
# Rótulos dos quatro campos, cada um um número de segundos.
patterns-inhale = Inspirar
patterns-hold-in = Segurar depois de inspirar
patterns-exhale = Soltar o ar
patterns-hold-out = Segurar depois de soltar o ar
patterns-seconds-note = Tudo em segundos: de 1 a 30 para inspirar e para soltar o ar, de 0 a 30 para as pausas, em passos de meio segundo.
patterns-save = Salvar ritmo
patterns-cancel-edit = Cancelar a edição
# Dito quando um ritmo é salvo; $name: o nome dele.
patterns-saved = “{ $name }” foi salvo.
