# Ebb's words in Arabic: "Prepare for my next session", a one-page summary the person
# may bring to their therapist, on paper or as a PDF, following ../en/summary.ftl.
# Read by Rust (the page itself: src-tauri/src/summary/) and by the interface (the
# preview where the person chooses what goes on it: ui/js/views/summary.js).
# The page is the person's own, in the first person, for a therapist to read. Plain,
# calm and factual: counts from their own notes, never a score, a diagnosis or a goal.
# The preview avoids gendered forms (passive voice, verbal nouns, the -ك suffix), as
# glossary.md beside this file describes. "Worth mentioning": «أمور تستحق الذكر», as in
# journal-noticing-title.

## The preview

summary-open = الاستعداد لجلستي القادمة
summary-title = الاستعداد لجلستي القادمة
summary-intro = هنا يُختار ما يدخل الصفحة. لا يُضاف إليها إلا ما عليه علامة هنا، ولا يغادر شيء منها Ebb إلا عند حفظها أو طباعتها.
# The stretch of time the page covers (a group of three choices).
summary-stretch-label = أيّ فترة من الوقت
summary-stretch-since-last-session = منذ جلستي الأخيرة
summary-stretch-last-month = الشهر الأخير
summary-stretch-dates = بين تاريخين
summary-from = من
summary-to = إلى
# $stretch: the days covered, as summary-stretch says them; $sessions: sessions in it.
# (Arabic: [0] comes first and catches zero, so there is no [zero] variant.)
summary-covers =
    { $stretch }: { $sessions ->
        [0] لا جلسات مدوَّنة
        [one] جلسة واحدة
        [two] جلستان
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }.
# The person's own line at the top of the page.
summary-top-label = أكثر ما أودّ الحديث عنه (اختياري)
summary-top-hint = سطر بكلماتك أنت، في أعلى الصفحة.
# A section's own tick: takes the whole section on or off the page.
summary-section-include = إدراج هذا القسم
summary-none-in-stretch = لا شيء هنا في هذه الفترة.
# Under the items offered, when there are more. $count: open items older than those shown.
summary-bring-up-older =
    { $count ->
        [zero] في دفترك { $count } بند أقدم لم يُطرح بعد؛ ولا يُعرض هنا إلا الأحدث.
        [one] في دفترك بند واحد أقدم لم يُطرح بعد؛ ولا يُعرض هنا إلا الأحدث.
        [two] في دفترك بندان أقدم لم يُطرحا بعد؛ ولا يُعرض هنا إلا الأحدث.
        [few] في دفترك { $count } بنود أقدم لم تُطرح بعد؛ ولا يُعرض هنا إلا الأحدث.
        [many] في دفترك { $count } بندًا أقدم لم يُطرح بعد؛ ولا يُعرض هنا إلا الأحدث.
       *[other] في دفترك { $count } بند أقدم لم يُطرح بعد؛ ولا يُعرض هنا إلا الأحدث.
    }
# Under the sessions offered, when there are more. $count: older sessions with notes.
summary-notes-older =
    { $count ->
        [zero] { $count } جلسة أقدم فيها ملاحظات لا تُعرض هنا؛ ويمكن الوصول إليها باختيار فترة أقصر.
        [one] جلسة واحدة أقدم فيها ملاحظات لا تُعرض هنا؛ ويمكن الوصول إليها باختيار فترة أقصر.
        [two] جلستان أقدم فيهما ملاحظات لا تُعرضان هنا؛ ويمكن الوصول إليهما باختيار فترة أقصر.
        [few] { $count } جلسات أقدم فيها ملاحظات لا تُعرض هنا؛ ويمكن الوصول إليها باختيار فترة أقصر.
        [many] { $count } جلسة أقدم فيها ملاحظات لا تُعرض هنا؛ ويمكن الوصول إليها باختيار فترة أقصر.
       *[other] { $count } جلسة أقدم فيها ملاحظات لا تُعرض هنا؛ ويمكن الوصول إليها باختيار فترة أقصر.
    }
summary-notes-hint = تبقى ملاحظاتك خاصة ما لم توضع عليها علامة. ولا يُختار منها إلا ما أردت أن يقرأه معالجك.
# Paper sizes.
summary-paper-label = حجم الورق
summary-paper-a4 = A4
summary-paper-letter = Letter الأمريكي
summary-save = حفظ بصيغة PDF…
summary-print = طباعة…
summary-back = العودة إلى الدفتر
summary-not-encrypted = ملف PDF غير مشفّر.
summary-not-encrypted-more = يستطيع قراءته كلّ من يستطيع فتح الملف. من الأفضل الاحتفاظ به في مكان خاص، وحذفه حين لا تبقى حاجة إليه.
# $path: where the PDF was saved; $pages: how many pages it has.
summary-saved =
    حُفظت { $pages ->
        [zero] { $pages } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    } في { $path }.
summary-nothing-saved = لم يُحفظ شيء.
summary-printing = نافذة الطباعة مفتوحة.
summary-loading = جارٍ جمع ما في هذه الفترة…
# Said when the journal is locked while preparing.
summary-locked = لإعداد صفحة، يُرجى فتح الدفتر أولًا.

## The page (also the PDF)

summary-page-title = لجلستي القادمة
# $from, $to: days, written out.
summary-stretch = من { $from } إلى { $to }
# The PDF's title, and the name suggested for the file. $stretch: summary-stretch.
summary-file-title = لجلستي القادمة، { $stretch }
summary-top-heading = أكثر ما أودّ الحديث عنه
summary-bring-up-heading = ما لم أطرحه بعد
# $date: the day an item was noted (short form, "3 Nov").
summary-noted = دُوِّن في { $date }
summary-distress-heading = الضيق قبل الجلسات وبعدها
# Legend of the chart: an outlined bar, then a solid one.
summary-chart-before = قبل (عمود مفرَّغ)
summary-chart-after = بعد (عمود ممتلئ)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day }: { $before } قبل الجلسة، { $after } بعدها
# $shown: how many sessions the chart shows; $all: how many were rated.
summary-chart-latest = يعرض الرسم أحدث الجلسات المقيَّمة: { $shown } من أصل { $all }.
# The chart in words. $sessions: rated sessions; $before, $after: averages on the 0–10
# scale; $has: both, before or after (which ratings were given).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [zero] { $sessions } جلسة مقيَّمة
            [one] جلسة واحدة مقيَّمة
            [two] جلستان مقيَّمتان
            [few] { $sessions } جلسات مقيَّمة
            [many] { $sessions } جلسة مقيَّمة
           *[other] { $sessions } جلسة مقيَّمة
        }: متوسّط الضيق قبل الجلسة { $before } (من 0 إلى 10).
        [after] { $sessions ->
            [zero] { $sessions } جلسة مقيَّمة
            [one] جلسة واحدة مقيَّمة
            [two] جلستان مقيَّمتان
            [few] { $sessions } جلسات مقيَّمة
            [many] { $sessions } جلسة مقيَّمة
           *[other] { $sessions } جلسة مقيَّمة
        }: متوسّط الضيق بعد الجلسة { $after } (من 0 إلى 10).
       *[both] { $sessions ->
            [zero] { $sessions } جلسة مقيَّمة
            [one] جلسة واحدة مقيَّمة
            [two] جلستان مقيَّمتان
            [few] { $sessions } جلسات مقيَّمة
            [many] { $sessions } جلسة مقيَّمة
           *[other] { $sessions } جلسة مقيَّمة
        }: متوسّط الضيق { $before } قبل الجلسة، و{ $after } بعدها (من 0 إلى 10).
    }
summary-signs-heading = أمور تستحق الذكر
# $sign: a warning sign as the session form names it; $count: sessions where it was
# noted; $sessions: sessions in the stretch.
summary-sign =
    { $sign }: بعد { $count } من أصل { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }
summary-signs-note = من ملاحظاتي أنا بعد الجلسات، للحديث عنها معًا؛ وليست تشخيصًا.
summary-helped-heading = ما الذي ساعد
# $name: a breathing pattern or grounding list; $kind: pacer or grounding; $amount:
# how much lower distress was afterwards, on average (0–10); $rated: times rated.
summary-helped =
    { $name } ({ $kind ->
        [pacer] تنفّس
       *[grounding] هنا والآن
    }): الضيق أقلّ بمقدار { $amount } في المتوسّط، { $rated ->
        [zero] قُيِّم { $rated } مرة
        [one] قُيِّم مرة واحدة
        [two] قُيِّم مرتين
        [few] قُيِّم { $rated } مرات
        [many] قُيِّم { $rated } مرة
       *[other] قُيِّم { $rated } مرة
    }
summary-notes-heading = من ملاحظات جلساتي
# $day: when the session was held; $therapist: the therapist's name as the person wrote it.
summary-session-with = { $day }، مع { $therapist }
# $text: the person's own note.
summary-came-up = ما الذي ظهر: { $text }
summary-what-helped = ما الذي ساعد: { $text }
summary-nothing-chosen = لم يُختَر شيء لهذه الصفحة.
summary-shortened = اختُصرت هنا بعض النصوص الطويلة (…)؛ وهي كاملة في دفتري.
# $date: the day the page was made.
summary-footer = أُعِدّت في { $date }
