# As palavras do Ebb em português do Brasil, a partir da fonte em inglês (en/ebb.ftl).
# Lidas pela interface (ui/js/i18n.js) e pelo Rust (src-tauri/src/i18n.rs).
# Sempre a mesma voz calma e simples: "você", frases curtas, sem jargão, sem culpa.
# Glossário: glossary.md, ao lado deste arquivo.

## O aplicativo

-app-name = Ebb

## Barra superior e telas

brand = { -app-name }
key-f1 = F1
key-esc = Esc
menu = Menu
screens =
    .aria-label = Telas
nav-breathe = Respirar
nav-ground = Aterramento
nav-journal = Diário
nav-insights = Panorama
nav-learn = Entender
nav-patterns = Ritmos
nav-settings = Ajustes
help-now = Preciso de ajuda agora

## Avisos

notice-ok = OK
check-in-question = Como você está agora? Que tal dois minutos para respirar?
check-in-breathe = Respirar por dois minutos
check-in-not-now = Agora não
settings-not-loaded = O { -app-name } não conseguiu carregar os ajustes: { $reason }

## Respirar

pacer-title = Respirar
start-breathing = Começar
start-hint = Espaço ou Enter
pause = Pausar
resume = Continuar
stop = Parar
paused = Em pausa
paused-hint = Aperte Espaço ou Continuar quando quiser.
ending-complete = Esta rodada chegou ao fim.
ending-stopped = Você parou. Tudo bem.
ending-sub = Leve o tempo que precisar. Não há pressa para o que vem depois.
breathe-again = Respirar de novo
done = Pronto
breathing-options =
    .aria-label = Opções de respiração
pattern = Ritmo
pattern-equal-length = { $name } (tempos iguais)
length = Duração
length-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
open-ended = Sem limite
time-left = Faltam { $time }
gentle-start = Início suave
gentle-note = Com o início suave, as primeiras respirações são mais rápidas e fáceis e vão ficando mais lentas aos poucos.
soft-tones = Sons suaves
speak-breath = Guia por voz
voice-missing = Este computador não tem nenhuma voz instalada, então o { -app-name } não consegue guiar a respiração em voz alta. Os sons suaves funcionam sem voz.
voice-other-language = Este computador não tem voz para este idioma, então o { -app-name } não consegue guiar a respiração em voz alta. Os sons suaves funcionam sem voz.

## As fases: mostradas na tela, lidas pelos leitores de tela e usadas como título da janela

phase-in = Inspire
phase-top-up = Inspire mais um pouco
phase-hold = Segure
phase-out = Solte o ar

## As palavras ditas pelo "Guia por voz": curtas o bastante para uma fase de dois segundos

word-in = inspire
word-top-up = mais um pouco
word-hold = segure
word-out = solte

## A intensidade do que você sente (de 0 a 10)

rating-before = Qual a intensidade do que você está sentindo neste momento? (opcional)
rating-after = E agora, qual a intensidade do que você está sentindo? (opcional)
rating-hard = Parece que está sendo muito difícil. Se quiser, a ajuda está a um passo. Ou você pode ficar aqui com o que está sentindo, por enquanto.
rating-stay = Ficar aqui
rating-out-of-ten = { $n } de 10
rating-calm = 0 calma
rating-most = 10 a maior angústia

## A bandeja do sistema

tray-breathe = Respirar agora
tray-grounding = Aterramento
tray-help = Preciso de ajuda agora
tray-lock = Bloquear o diário
tray-quit = Sair do { -app-name }
tray-tooltip = { -app-name }: respire, volte ao presente ou encontre ajuda

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = Sobre o { -app-name }
menu-services = Serviços
menu-hide = Ocultar { -app-name }
menu-hide-others = Ocultar Outros
menu-show-all = Mostrar Tudo
menu-edit = Editar
menu-undo = Desfazer
menu-redo = Refazer
menu-cut = Recortar
menu-copy = Copiar
menu-paste = Colar
menu-select-all = Selecionar Tudo
menu-window = Janela
menu-minimize = Minimizar
menu-zoom = Zoom
menu-close-window = Fechar Janela

## Ajustes: idioma

language = Idioma
language-system = Idioma do sistema: { $language }
language-note = Revisões de falantes nativos são bem-vindas, principalmente nos textos sobre crise e aterramento.

delete-word = apagar

sentence = { $text }.
