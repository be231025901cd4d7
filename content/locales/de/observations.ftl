## Was erwähnenswert sein kann: behutsame Muster in deinen eigenen letzten Sitzungen,
## im Tagebuch und in den Einblicken. Nie eine Diagnose, nie ein Urteil.

observation-sign-worse-for-hours = Nach { $count } deiner letzten { $outOf } Sitzungen hast du notiert, dass es dir stundenlang schlechter ging. Vielleicht lohnt es sich, das in der Therapie anzusprechen.
observation-sign-flooding = Nach { $count } deiner letzten { $outOf } Sitzungen hast du notiert, dass dich deine Gefühle überflutet haben. Vielleicht lohnt es sich, das in der Therapie anzusprechen.
observation-sign-numbness = Nach { $count } deiner letzten { $outOf } Sitzungen hast du notiert, dass du dich taub gefühlt hast. Vielleicht lohnt es sich, das in der Therapie anzusprechen.
observation-sign-panic = Nach { $count } deiner letzten { $outOf } Sitzungen hast du notiert, dass Panik aufkam. Vielleicht lohnt es sich, das in der Therapie anzusprechen.
observation-sign-dissociation = Nach { $count } deiner letzten { $outOf } Sitzungen hast du notiert, dass du dich weit weg oder abgeschnitten gefühlt hast. Vielleicht lohnt es sich, das in der Therapie anzusprechen.
observation-distress-rose = In { $count } deiner letzten { $outOf } bewerteten Sitzungen war die Belastung danach höher als davor. Sitzungen können einiges aufwühlen; vielleicht möchte deine Therapeutin oder dein Therapeut wissen, wie die Stunden danach verlaufen.
