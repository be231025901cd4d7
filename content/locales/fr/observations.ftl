## Ce qui peut valoir la peine d’en parler : des tendances douces dans tes propres séances récentes,
## dans le journal et dans le bilan. Jamais un diagnostic, jamais un jugement.

observation-sign-worse-for-hours = Tu as noté que ça allait plus mal pendant des heures après { $count } de tes { $outOf } dernières séances. Ça pourrait valoir la peine d’en parler avec ton ou ta thérapeute.
observation-sign-flooding = Tu as noté que les émotions débordaient après { $count } de tes { $outOf } dernières séances. Ça pourrait valoir la peine d’en parler avec ton ou ta thérapeute.
observation-sign-numbness = Tu as noté que tu ne ressentais plus rien après { $count } de tes { $outOf } dernières séances. Ça pourrait valoir la peine d’en parler avec ton ou ta thérapeute.
observation-sign-panic = Tu as noté que la panique est montée après { $count } de tes { $outOf } dernières séances. Ça pourrait valoir la peine d’en parler avec ton ou ta thérapeute.
observation-sign-dissociation = Tu as noté une impression de distance ou de déconnexion après { $count } de tes { $outOf } dernières séances. Ça pourrait valoir la peine d’en parler avec ton ou ta thérapeute.
observation-distress-rose = L’intensité était plus forte après qu’avant dans { $count } de tes { $outOf } dernières séances notées. Une séance peut remuer beaucoup de choses ; ton ou ta thérapeute voudra peut-être savoir comment se passent les heures qui suivent.
