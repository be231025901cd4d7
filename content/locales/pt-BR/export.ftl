## O diário salvo como Markdown: um documento para ler ou compartilhar (o Rust o escreve)
# As datas ($day, $first, $last, $date, $when) já chegam escritas no idioma.

export-title = Diário de terapia
export-title-day = Diário de terapia: { $day }
export-title-span = Diário de terapia: de { $first } a { $last }
export-intro = Exportado do { -app-name } em { $date }: { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}. Este arquivo não é criptografado: qualquer pessoa que consiga abri-lo pode lê-lo.
# O título de uma sessão: quando aconteceu e com quem.
export-session-with = { $when } · { $therapist }
export-distress-both = Intensidade: { $before } antes, { $after } depois (0–10)
export-distress-before = Intensidade antes: { $before } (0–10)
export-distress-after = Intensidade depois: { $after } (0–10)
export-body = Corpo: { $state }
export-tears = Lágrimas: { $tears }
export-tears-kinds = Lágrimas: { $tears } ({ $kinds })
export-signs = Para ficar de olho: { $signs }
export-aftercare = Cuidados depois: { $items }
export-tags = Etiquetas: { $tags }
export-came-up = O que apareceu
export-helped = O que ajudou
export-bring-up = Para levar à próxima sessão

## Os dados de uma sessão, com as palavras do arquivo (em minúsculas, dentro de uma linha)

export-body-calm = calma e conexão
export-body-revved-up = aceleração
export-body-shut-down = desligamento
export-tears-none = sem lágrimas
export-tears-during = durante a sessão
export-tears-after = depois
export-tears-both = durante e depois
export-kind-release = alívio
export-kind-grief = luto
export-kind-recognition = reconhecimento (sentir que alguém enxergou você)
export-kind-overwhelm = sobrecarga
export-kind-connection = conexão
export-sign-worse-for-hours = piora que durou horas depois da sessão
export-sign-flooding = emoções transbordando (muita coisa ao mesmo tempo)
export-sign-numbness = dormência
export-sign-panic = pânico
export-sign-dissociation = sensação de distância ou desconexão
