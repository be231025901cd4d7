# As palavras do Ebb em português do Brasil: "Me preparar para a próxima sessão", um resumo
# de uma página que a pessoa pode levar para a terapia, no papel ou em PDF.
# Lidas pelo Rust (a página em si: src-tauri/src/summary/) e pela interface (a prévia em
# que a pessoa escolhe o que vai nela: ui/js/views/summary.js).
# A página é da própria pessoa, em primeira pessoa, para quem a atende na terapia ler.
# Simples, calma e objetiva: contagens das próprias anotações, nunca uma pontuação, um
# diagnóstico ou uma meta.

## A prévia

summary-open = Me preparar para a próxima sessão
summary-title = Me preparar para a próxima sessão
summary-intro = Escolha o que vai na página. Só entra o que estiver marcado aqui, e nada sai do Ebb até você salvar ou imprimir.
# O período que a página cobre (um grupo de três opções).
summary-stretch-label = Qual período
summary-stretch-since-last-session = Desde a minha última sessão
summary-stretch-last-month = O último mês
summary-stretch-dates = Entre duas datas
summary-from = De
summary-to = Até
# $stretch: os dias cobertos, como summary-stretch os diz; $sessions: as sessões do período.
summary-covers =
    { $stretch }: { $sessions ->
        [0] nenhuma sessão anotada
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }.
# A linha da própria pessoa, no alto da página.
summary-top-label = Sobre o que eu mais quero falar (opcional)
summary-top-hint = Uma linha sua, no alto da página.
# A caixa de uma seção: coloca a seção inteira na página ou a tira dela.
summary-section-include = Incluir esta seção
summary-none-in-stretch = Nada aqui neste período.
# Under the items offered, when there are more. $count: open items older than those shown.
summary-bring-up-older =
    { $count ->
        [one] Um assunto mais antigo ainda está em aberto no seu diário; aqui aparecem só os mais recentes.
       *[other] { $count } assuntos mais antigos ainda estão em aberto no seu diário; aqui aparecem só os mais recentes.
    }
# Under the sessions offered, when there are more. $count: older sessions with notes.
summary-notes-older =
    { $count ->
        [one] Uma sessão mais antiga com anotações não aparece aqui; escolha um período mais curto para chegar a ela.
       *[other] { $count } sessões mais antigas com anotações não aparecem aqui; escolha um período mais curto para chegar a elas.
    }
summary-notes-hint = Suas anotações ficam privadas, a menos que você as marque. Escolha só o que você gostaria de mostrar na terapia.
# Tamanhos de papel.
summary-paper-label = Tamanho do papel
summary-paper-a4 = A4
summary-paper-letter = Carta (EUA)
summary-save = Salvar como PDF…
summary-print = Imprimir…
summary-back = Voltar ao diário
summary-not-encrypted = O PDF não é criptografado.
summary-not-encrypted-more = Qualquer pessoa que consiga abrir o arquivo pode lê-lo. Guarde-o num lugar privado e apague-o quando não precisar mais dele.
# $path: onde o PDF foi salvo; $pages: quantas páginas ele tem (pelo menos uma).
summary-saved =
    { $pages ->
        [one] Uma página salva
       *[other] { $pages } páginas salvas
    } em { $path }.
summary-nothing-saved = Nada foi salvo.
summary-printing = A janela de impressão está aberta.
summary-loading = Reunindo o que há neste período…
# Dito quando o diário é bloqueado durante a preparação.
summary-locked = Desbloqueie o diário para preparar uma página.

## A página (também o PDF)

summary-page-title = Para a minha próxima sessão
# $from, $to: dias, por extenso. O travessão evita "de … a …", que não poderia
# começar a frase de summary-covers.
summary-stretch = { $from } – { $to }
# O título do PDF e o nome sugerido para o arquivo. $stretch: summary-stretch.
summary-file-title = Para a minha próxima sessão, { $stretch }
summary-top-heading = Sobre o que eu mais quero falar
summary-bring-up-heading = Assuntos que ainda quero trazer
# $date: o dia em que o assunto foi anotado (forma curta, "3 nov").
summary-noted = anotado em { $date }
summary-distress-heading = Intensidade antes e depois das sessões
# Legenda do gráfico: uma barra vazada (só o contorno), depois uma cheia.
summary-chart-before = Antes (barra vazada)
summary-chart-after = Depois (barra cheia)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day }: { $before } antes, { $after } depois
# $shown: quantas sessões o gráfico mostra; $all: quantas têm avaliação.
summary-chart-latest = O gráfico mostra as { $shown } mais recentes de { $all } sessões com avaliação.
# O gráfico em palavras. $sessions: sessões com avaliação; $before, $after: médias na escala
# de 0 a 10; $has: both, before ou after (quais avaliações foram dadas).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [one] Uma sessão com avaliação
           *[other] { $sessions } sessões com avaliação
        }: { $before } antes, em média (0–10).
        [after] { $sessions ->
            [one] Uma sessão com avaliação
           *[other] { $sessions } sessões com avaliação
        }: { $after } depois, em média (0–10).
       *[both] { $sessions ->
            [one] Uma sessão com avaliação
           *[other] { $sessions } sessões com avaliação
        }: { $before } antes e { $after } depois, em média (0–10).
    }
summary-signs-heading = Vale a pena comentar
# $sign: um sinal como o formulário da sessão o chama; $count: sessões em que foi
# anotado; $sessions: as sessões do período.
summary-sign =
    { $sign }: após { $count } de { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }
summary-signs-note = Das minhas próprias anotações depois das sessões, para conversarmos; não é um diagnóstico.
summary-helped-heading = O que ajudou
# $name: um ritmo de respiração ou uma lista de aterramento; $kind: pacer ou grounding; $amount:
# quanto a intensidade ficou mais baixa depois, em média (0–10); $rated: quantas avaliações.
summary-helped =
    { $name } ({ $kind ->
        [pacer] respiração
       *[grounding] aterramento
    }): intensidade { $amount } a menos, em média; { $rated ->
        [one] uma avaliação
       *[other] { $rated } avaliações
    }
summary-notes-heading = Das minhas anotações de sessão
# $day: o dia da sessão; $therapist: o nome de quem atende, como a pessoa escreveu.
summary-session-with = { $day }, com { $therapist }
# $text: a anotação da própria pessoa.
summary-came-up = O que apareceu: { $text }
summary-what-helped = O que ajudou: { $text }
summary-nothing-chosen = Nada foi escolhido para esta página.
summary-shortened = Alguns textos longos foram encurtados aqui (…); estão completos no meu diário.
# $date: o dia em que a página foi feita.
summary-footer = Página preparada em { $date }
