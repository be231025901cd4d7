# As palavras do Ebb em português do Brasil: a tela Entender (textos curtos). Lidas pela
# interface (ui/js/views/learn.js). Os textos em si vêm de content/, não deste arquivo.

## Entender

learn-title = Entender
# O nome lido pelos leitores de tela para a lista de textos.
learn-articles = Textos
learn-lead = Leituras curtas e simples para antes ou depois de uma sessão. Nada disso substitui a terapia.
# O botão de volta de um texto para a lista; a seta aponta para trás (vira nos idiomas da direita para a esquerda).
learn-all-articles = ← Todos os textos
