## Lo que podría valer la pena mencionar: patrones suaves en tus propias sesiones recientes,
## en el diario y en Evolución. Nunca un diagnóstico, nunca un juicio.

observation-sign-worse-for-hours = Anotaste que te sentiste peor durante horas después de { $count } de tus últimas { $outOf } sesiones. Quizá valga la pena hablarlo con tu terapeuta.
observation-sign-flooding = Anotaste que las emociones te desbordaron después de { $count } de tus últimas { $outOf } sesiones. Quizá valga la pena hablarlo con tu terapeuta.
observation-sign-numbness = Anotaste que lo sentías todo adormecido después de { $count } de tus últimas { $outOf } sesiones. Quizá valga la pena hablarlo con tu terapeuta.
observation-sign-panic = Anotaste que apareció el pánico después de { $count } de tus últimas { $outOf } sesiones. Quizá valga la pena hablarlo con tu terapeuta.
observation-sign-dissociation = Anotaste una sensación de lejanía o desconexión después de { $count } de tus últimas { $outOf } sesiones. Quizá valga la pena hablarlo con tu terapeuta.
observation-distress-rose = El malestar fue mayor después que antes en { $count } de tus últimas { $outOf } sesiones valoradas. Las sesiones pueden remover muchas cosas; quizá tu terapeuta quiera saber cómo te van las horas siguientes.
