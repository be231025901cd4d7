## The journal saved as Markdown: a document to read or to share (Rust writes it)
# Dates ($day, $first, $last, $date, $when) come already written in the language.

export-title = Therapy journal
export-title-day = Therapy journal: { $day }
export-title-span = Therapy journal: { $first } to { $last }
export-intro = Exported from { -app-name } on { $date }: { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}. This file is not encrypted: anyone who can open it can read it.
# A session's heading: when it was held, and with whom.
export-session-with = { $when } · { $therapist }
export-distress-both = Distress: { $before } before, { $after } after (0–10)
export-distress-before = Distress before: { $before } (0–10)
export-distress-after = Distress after: { $after } (0–10)
export-body = Body: { $state }
export-tears = Tears: { $tears }
export-tears-kinds = Tears: { $tears } ({ $kinds })
export-signs = To keep an eye on: { $signs }
export-aftercare = Aftercare: { $items }
export-tags = Tags: { $tags }
export-came-up = What came up
export-helped = What helped
export-bring-up = To bring up next time

## The facts of a session, in the words the file uses (lowercase, inside a line)

export-body-calm = calm and connected
export-body-revved-up = revved up
export-body-shut-down = shut down
export-tears-none = no tears
export-tears-during = during the session
export-tears-after = afterwards
export-tears-both = during and after
export-kind-release = release
export-kind-grief = grief
export-kind-recognition = recognition (feeling seen)
export-kind-overwhelm = overwhelm
export-kind-connection = connection
export-sign-worse-for-hours = felt worse for hours afterwards
export-sign-flooding = flooded (too much at once)
export-sign-numbness = numb
export-sign-panic = panic
export-sign-dissociation = far away or disconnected
