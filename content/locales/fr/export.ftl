## Le journal enregistré en Markdown : un document à lire ou à partager (Rust l’écrit)
# Les dates ($day, $first, $last, $date, $when) arrivent déjà écrites dans la langue.

export-title = Journal de thérapie
export-title-day = Journal de thérapie : { $day }
export-title-span = Journal de thérapie : du { $first } au { $last }
export-intro = Exporté depuis { -app-name } le { $date } : { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}. Ce fichier n’est pas chiffré : toute personne qui peut l’ouvrir peut le lire.
# Le titre d’une séance : quand elle a eu lieu, et avec qui.
export-session-with = { $when } · { $therapist }
export-distress-both = Intensité : { $before } avant, { $after } après (0–10)
export-distress-before = Intensité avant : { $before } (0–10)
export-distress-after = Intensité après : { $after } (0–10)
export-body = Corps : { $state }
export-tears = Larmes : { $tears }
export-tears-kinds = Larmes : { $tears } ({ $kinds })
export-signs = À garder à l’œil : { $signs }
export-aftercare = Prendre soin de toi après : { $items }
export-tags = Étiquettes : { $tags }
export-came-up = Ce qui est venu
export-helped = Ce qui a aidé
export-bring-up = À aborder la prochaine fois

## Les faits d’une séance, avec les mots du fichier (en minuscules, à l’intérieur d’une ligne)

export-body-calm = stable et en lien
export-body-revved-up = en alerte
export-body-shut-down = à l’arrêt
export-tears-none = pas de larmes
export-tears-during = pendant la séance
export-tears-after = après
export-tears-both = pendant et après
export-kind-release = libération
export-kind-grief = chagrin
export-kind-recognition = reconnaissance (quelqu’un te voit vraiment)
export-kind-overwhelm = débordement
export-kind-connection = lien
export-sign-worse-for-hours = plus mal pendant des heures après
export-sign-flooding = trop-plein (trop de choses à la fois)
export-sign-numbness = engourdissement
export-sign-panic = panique
export-sign-dissociation = sensation d’être ailleurs, coupure
