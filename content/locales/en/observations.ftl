## Things worth mentioning: gentle patterns in the person's own recent sessions,
## shown on the journal and on Insights. Never a diagnosis, never a judgement.
# $count: how many of the recent sessions had it (3 or more); $outOf: how many recent
# sessions were looked at (at most 5; for distress, those rated before and after).

observation-sign-worse-for-hours = You noted that you felt worse for hours after { $count } of your last { $outOf } sessions. This might be worth talking over with your therapist.
observation-sign-flooding = You noted that you felt flooded after { $count } of your last { $outOf } sessions. This might be worth talking over with your therapist.
observation-sign-numbness = You noted that you felt numb after { $count } of your last { $outOf } sessions. This might be worth talking over with your therapist.
observation-sign-panic = You noted that panic came up after { $count } of your last { $outOf } sessions. This might be worth talking over with your therapist.
observation-sign-dissociation = You noted that you felt far away or disconnected after { $count } of your last { $outOf } sessions. This might be worth talking over with your therapist.
observation-distress-rose = Distress was higher after than before in { $count } of your last { $outOf } rated sessions. Sessions can stir things up; your therapist may want to know how the hours afterwards go.
