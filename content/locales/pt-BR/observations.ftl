## O que pode valer a pena mencionar: padrões suaves nas suas próprias sessões recentes,
## no diário e no panorama. Nunca um diagnóstico, nunca um julgamento.

observation-sign-worse-for-hours = Você anotou que ficou pior por horas depois de { $count } das suas últimas { $outOf } sessões. Talvez valha a pena conversar sobre isso com seu terapeuta.
observation-sign-flooding = Você anotou que as emoções transbordaram depois de { $count } das suas últimas { $outOf } sessões. Talvez valha a pena conversar sobre isso com seu terapeuta.
observation-sign-numbness = Você anotou que sentiu dormência depois de { $count } das suas últimas { $outOf } sessões. Talvez valha a pena conversar sobre isso com seu terapeuta.
observation-sign-panic = Você anotou que o pânico apareceu depois de { $count } das suas últimas { $outOf } sessões. Talvez valha a pena conversar sobre isso com seu terapeuta.
observation-sign-dissociation = Você anotou uma sensação de distância ou desconexão depois de { $count } das suas últimas { $outOf } sessões. Talvez valha a pena conversar sobre isso com seu terapeuta.
observation-distress-rose = A intensidade foi maior depois do que antes em { $count } das suas últimas { $outOf } sessões avaliadas. As sessões podem mexer com muita coisa; talvez seu terapeuta queira saber como são as horas seguintes.
