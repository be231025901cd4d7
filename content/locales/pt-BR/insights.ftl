# As palavras do Ebb em português do Brasil: a tela Panorama (gráficos do diário ao longo
# do tempo) e o resumo do que uma importação ou restauração acrescentaria (mostrado em Ajustes).
# Lidas pela interface (ui/js/views/insights.js, insights-charts.js, insights-model.js).
# A mesma voz calma de ebb.ftl: são as anotações da própria pessoa, contadas. Nunca uma
# pontuação, uma meta, um julgamento ou um diagnóstico.

## Panorama: a tela

insights-title = Panorama
# Aparece quando ainda não há diário.
insights-absent = O panorama vem do seu diário de sessões. Depois que você escrever sobre algumas sessões, é aqui que vai poder ver como elas foram ao longo do tempo.
# Aparece enquanto o diário está bloqueado.
insights-locked = O panorama é calculado a partir do seu diário, então aparece quando ele estiver desbloqueado.
insights-go-to-journal = Ir para o diário
insights-unlock-journal = Desbloquear o diário
# Rótulo da lista que escolhe o período (as opções vêm em seguida).
insights-range-label = Mostrar
insights-empty = Ainda não há nada para mostrar, e tudo bem. Conforme você anotar algumas sessões, esta página vai começar a mostrar como a intensidade, as lágrimas e as ferramentas que você usa mudam com o tempo.
insights-no-pressure = Aqui não há nada para manter em dia: escreva quando ajudar e deixe de lado quando não ajudar.
# $sessions: quantas sessões o diário tem.
insights-count-all =
    { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } no seu diário.
# $sessions: sessões no período escolhido; $all: sessões no diário inteiro.
insights-count-range =
    { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } neste período, de { $all } no seu diário.
# “Tudo” é a opção insights-range-all abaixo: use as mesmas palavras.
insights-few = Com só uma ou duas sessões neste período, ainda não dá para ver muita coisa. Experimente “Tudo” ou volte depois de mais algumas.
insights-not-a-judgement = São suas próprias anotações, contadas. Não são um julgamento nem um diagnóstico; é na terapia que vale a pena entender o que elas dizem.

## Panorama: os períodos

insights-range-3m = Últimos 3 meses
insights-range-12m = Últimos 12 meses
insights-range-all = Tudo
# Dito por um leitor de tela quando um período é escolhido.
insights-showing-3m = Mostrando os últimos 3 meses.
insights-showing-12m = Mostrando os últimos 12 meses.
insights-showing-all = Mostrando tudo.

## Panorama: vale a pena comentar na terapia (as observações em si vêm de outro lugar)

insights-mention-title = Vale a pena comentar na terapia
# Um link para uma sessão: $when é a data e a hora, $therapist o nome que a pessoa escreveu.
insights-mention-session = { $when } · { $therapist }
# Um link para uma sessão cuja data não se sabe.
insights-open-session = Abrir a sessão

## Panorama: os gráficos (títulos, legendas, tabelas)

insights-distress-title = Intensidade antes e depois das sessões
insights-tools-title = O que mudou a intensidade
# Um gráfico de quantas sessões tiveram lágrimas. Nunca uma pontuação ou uma meta: mais lágrimas, ou menos, não é algo a buscar.
insights-tears-title = Lágrimas ao longo do tempo
# Sinais que a pessoa anotou depois das sessões (piora por horas, transbordamento, dormência…).
insights-signs-title = Para ficar de olho
# Abre uma tabela com os números por trás de um gráfico.
insights-show-numbers = Mostrar os números
# Legenda do gráfico de intensidade: a linha das avaliações antes da sessão.
insights-legend-before = Antes da sessão
# Legenda do gráfico de intensidade: a linha das avaliações depois da sessão; de 0 a 10 é a escala.
insights-legend-after = Depois da sessão (0 calma, 10 a maior angústia)
# Acima da tabela de intensidades quando ela mostra só as mais recentes.
insights-table-latest = As { $shown } mais recentes de { $total }.
insights-table-session = Sessão
insights-table-before = Antes
insights-table-after = Depois
# Na tabela, onde uma sessão não tem avaliação.
insights-no-rating = –
# Legenda do gráfico de lágrimas: as barras de todas as sessões.
insights-legend-sessions = Sessões
# Legenda do gráfico de lágrimas: as barras das sessões com lágrimas. $bucket: semana ou mês, como as barras são agrupadas.
insights-legend-tears =
    Sessões com lágrimas, por { $bucket ->
        [month] mês
       *[week] semana
    }
# Cabeçalho da tabela: o mês de uma linha.
insights-table-month = Mês
# Cabeçalho da tabela: o primeiro dia da semana de uma linha.
insights-table-week = Semana de
insights-table-sessions = Sessões
insights-table-with-tears = Com lágrimas
# Legenda do gráfico de sinais (uma grade de células coloridas). $bucket: semana ou mês, uma coluna cada.
insights-legend-signs =
    Cor mais forte: anotado depois de mais sessões { $bucket ->
        [month] naquele mês
       *[week] naquela semana
    }.

## Panorama: os sinais, como linhas do gráfico

insights-sign-worse-for-hours = Piora por horas
insights-sign-flooding = Transbordamento
insights-sign-numbness = Dormência
insights-sign-panic = Pânico
insights-sign-dissociation = Distância

## Panorama: os resumos ao lado de cada gráfico (o que um leitor de tela ouve)

insights-distress-few = Quando duas ou três sessões tiverem avaliações de intensidade, você vai ver aqui como ela mudou.
# $sessions: sessões com avaliação; $before, $after: as médias (de 0 a 10, uma casa decimal);
# $lower: sessões em que a intensidade ficou mais baixa depois do que antes, de $rated sessões avaliadas antes e depois.
insights-distress-both-lower =
    Em { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } com avaliação, a intensidade foi em média { $before } de 10 antes e { $after } depois. Ela ficou mais baixa depois em { $lower } de { $rated }.
# Como insights-distress-both-lower, quando nenhuma sessão foi avaliada antes e depois.
insights-distress-both =
    Em { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } com avaliação, a intensidade foi em média { $before } de 10 antes e { $after } depois.
# Só avaliações antes das sessões. $before: a média delas (de 0 a 10, uma casa decimal).
insights-distress-before =
    Em { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } com avaliação, a intensidade antes foi em média { $before } de 10.
# Só avaliações depois das sessões. $after: a média delas (de 0 a 10, uma casa decimal).
insights-distress-after =
    Em { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } com avaliação, a intensidade depois foi em média { $after } de 10.

# Como a intensidade mudou com uma ferramenta, em média (depois comparado com antes, na escala de 0 a 10).
# $direction: lower, higher ou none; $amount: o tamanho da mudança, uma casa decimal.
# Aparece como dica de uma barra em “O que mudou a intensidade”.
insights-change =
    { $direction ->
        [lower] { $amount } a menos, em média
        [higher] { $amount } a mais, em média
       *[none] sem mudança, em média
    }
# Uma linha por ferramenta em “O que mudou a intensidade”. $name: o ritmo de respiração ou a lista de aterramento;
# $kind: pacer (respiração) ou grounding (aterramento); $rated: quantas vezes foi avaliada;
# $direction e $amount: como em insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] respiração
       *[grounding] aterramento
    }): { $rated ->
        [one] { $rated } avaliação
       *[other] { $rated } avaliações
    }, intensidade { $direction ->
        [lower] { $amount } a menos, em média
        [higher] { $amount } a mais, em média
       *[none] sem mudança, em média
    }
# O nome de uma ferramenta de respiração cujo ritmo não se sabe.
insights-tool-breathing = Respiração
# O nome de uma ferramenta de aterramento cuja lista não se sabe.
insights-tool-grounding = Aterramento
insights-tools-none = Quando você avaliar como se sente antes e depois de respirar ou de fazer um aterramento, vai ver aqui o que costuma ajudar.
# $tools: quantas ferramentas foram avaliadas.
insights-tools-count =
    { $tools ->
        [one] { $tools } ferramenta
       *[other] { $tools } ferramentas
    } com avaliações.
# $tools: quantas ferramentas foram avaliadas; $name: aquela depois da qual a intensidade mais baixou;
# $direction e $amount: como em insights-change (aqui lower, ou none quando a mudança arredonda para nada).
insights-tools-count-best =
    { $tools ->
        [one] { $tools } ferramenta
       *[other] { $tools } ferramentas
    } com avaliações. A intensidade baixou mais com { $name } ({ $direction ->
        [none] sem mudança, em média
       *[lower] { $amount } a menos, em média
    }).

insights-tears-few = As lágrimas ao longo do tempo vão aparecer aqui depois de algumas sessões.
# $tears: sessões com lágrimas, de $sessions; $bucket: semana ou mês, como o gráfico as agrupa.
# A última frase importa: lágrimas nunca são uma pontuação, e nem mais nem menos é uma meta.
insights-tears-summary =
    Lágrimas em { $tears } de { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }, mostradas por { $bucket ->
        [month] mês
       *[week] semana
    }. Nem mais nem menos lágrimas é uma meta; isto é só o que você anotou.
# Como insights-tears-summary, com o tipo de lágrimas anotado mais vezes ($kind).
insights-tears-summary-kind =
    Lágrimas em { $tears } de { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }, mostradas por { $bucket ->
        [month] mês
       *[week] semana
    }. O tipo que você mais anotou: { $kind ->
        [release] alívio
        [grief] luto
        [recognition] reconhecimento
        [overwhelm] sobrecarga
        [connection] conexão
       *[other] { $kind }
    }. Nem mais nem menos lágrimas é uma meta; isto é só o que você anotou.

insights-signs-none = Nada para ficar de olho foi anotado neste período.
# $signs: os sinais anotados, cada um uma das mensagens insights-sign-after-… abaixo,
# unidos por insights-signs-separator.
insights-signs-noted = Anotações: { $signs }.
# Entre dois sinais em insights-signs-noted (ponto e vírgula e um espaço).
insights-signs-separator = ;{ " " }
# $count: depois de quantas sessões isso foi anotado.
insights-sign-after-worse-for-hours =
    piora por horas depois de { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }
insights-sign-after-flooding =
    transbordamento depois de { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }
insights-sign-after-numbness =
    dormência depois de { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }
insights-sign-after-panic =
    pânico depois de { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }
insights-sign-after-dissociation =
    distância depois de { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }

## Importar e restaurar: o que um arquivo acrescentaria (mostrado em Ajustes antes da importação)

# O título acima da lista do que uma importação acrescenta.
insights-import-adds = Importar este arquivo acrescenta:
# O título acima da lista do que restaurar um backup acrescenta.
insights-restore-adds = Restaurar este backup acrescenta:
insights-import-nothing-new = Tudo o que há neste arquivo já está no seu diário.
# $first, $last: as datas da primeira e da última sessão acrescentadas.
insights-import-span = As sessões acrescentadas vão de { $first } a { $last }.
# Uma linha cada na lista sob insights-import-adds; $count: quantos.
insights-import-new-sessions =
    { $count ->
        [one] { $count } sessão nova
       *[other] { $count } sessões novas
    }
insights-import-newer-sessions =
    { $count ->
        [one] { $count } sessão com uma versão mais recente
       *[other] { $count } sessões com versões mais recentes
    }
# Assuntos que a pessoa queria levar a uma sessão.
insights-import-new-bring-up =
    { $count ->
        [one] { $count } assunto novo para levar à sessão
       *[other] { $count } assuntos novos para levar à sessão
    }
insights-import-newer-bring-up =
    { $count ->
        [one] { $count } assunto para levar à sessão com uma versão mais recente
       *[other] { $count } assuntos para levar à sessão com versões mais recentes
    }
# Avaliações de como foi uma prática de respiração ou de aterramento.
insights-import-new-practice =
    { $count ->
        [one] { $count } avaliação de prática nova
       *[other] { $count } avaliações de prática novas
    }
insights-import-newer-practice =
    { $count ->
        [one] { $count } avaliação de prática com uma versão mais recente
       *[other] { $count } avaliações de prática com versões mais recentes
    }
insights-import-new-notes =
    { $count ->
        [one] { $count } anotação rápida nova
       *[other] { $count } anotações rápidas novas
    }
insights-import-newer-notes =
    { $count ->
        [one] { $count } anotação rápida com uma versão mais recente
       *[other] { $count } anotações rápidas com versões mais recentes
    }
# Sessões ainda não terminadas.
insights-import-new-drafts =
    { $count ->
        [one] { $count } rascunho novo
       *[other] { $count } rascunhos novos
    }
insights-import-newer-drafts =
    { $count ->
        [one] { $count } rascunho com uma versão mais recente
       *[other] { $count } rascunhos com versões mais recentes
    }
# $count: registros do arquivo que o diário já tem.
insights-import-already =
    { $count ->
        [one] { $count } registro já está no seu diário e vai continuar como está
       *[other] { $count } registros já estão no seu diário e vão continuar como estão
    }
