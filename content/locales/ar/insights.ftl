# Ebb's words in Arabic: the Insights screen (charts of the journal over time), and
# the summary of what an import or a restore would add (shown in Settings), following
# ../en/insights.ftl. Read by the interface (ui/js/views/insights.js, insights-charts.js,
# insights-model.js).
# The same calm voice as ebb.ftl: these are the person's own notes, counted. Never a
# score, a goal, a judgement or a diagnosis.

## Insights: the screen

insights-title = نظرة عامة
# Shown when there is no journal yet.
insights-absent = تأتي النظرة العامة من دفتر جلساتك. وبعد الكتابة عن بضع جلسات، يظهر هنا كيف سارت مع مرور الوقت.
# Shown while the journal is locked.
insights-locked = تُستخلص النظرة العامة من دفترك، لذلك تظهر بعد فتحه.
insights-go-to-journal = الذهاب إلى الدفتر
insights-unlock-journal = فتح الدفتر
# Label of the list that chooses the time range (the options follow).
insights-range-label = الفترة المعروضة
insights-empty = لا شيء لعرضه بعد، ولا بأس في ذلك. ومع تدوين بضع جلسات، ستبدأ هذه الصفحة في إظهار كيف يتحرّك الضيق والدموع والأدوات المستخدمة مع مرور الوقت.
insights-no-pressure = لا شيء هنا يتطلّب المواظبة: الكتابة حين تفيدك، وتركها حين لا تفيد.
# $sessions: how many sessions the journal holds.
insights-count-all =
    { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستان
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    } في دفترك.
# $sessions: sessions in the chosen time range; $all: sessions in the whole journal.
insights-count-range =
    { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستان
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    } في هذه المدّة، من أصل { $all } في دفترك.
# “Everything” is the option insights-range-all below: use the same words.
insights-few = مع جلسة أو جلستين فقط في هذه المدّة، لا تتّضح الصورة بعد. يمكنك تجربة «كل شيء»، أو العودة بعد بضع جلسات أخرى.
insights-not-a-judgement = هذه ملاحظاتك أنت، معدودة. وليست حكمًا ولا تشخيصًا؛ ومعالجك هو الشخص المناسب لفهمها معه.

## Insights: the time ranges

insights-range-3m = آخر 3 أشهر
insights-range-12m = آخر 12 شهرًا
insights-range-all = كل شيء
# Said by a screen reader once a range is chosen.
insights-showing-3m = المعروض الآن: آخر 3 أشهر.
insights-showing-12m = المعروض الآن: آخر 12 شهرًا.
insights-showing-all = المعروض الآن: كل شيء.

## Insights: worth mentioning to your therapist (the observations themselves come from elsewhere)

insights-mention-title = أمور تستحق الذكر لمعالجك
# A link to one session: $when is its date and time, $therapist the name the person wrote.
insights-mention-session = { $when } · { $therapist }
# A link to a session whose date is not known.
insights-open-session = فتح الجلسة

## Insights: the charts (titles, legends, tables)

insights-distress-title = الضيق قبل الجلسات وبعدها
insights-tools-title = ما الذي غيّر الضيق
# A chart of how many sessions had tears. Never a score or a goal: more tears, or fewer, is not something to aim for.
insights-tears-title = الدموع مع مرور الوقت
# Warning signs the person noted after sessions (feeling worse for hours, flooded, numb…).
insights-signs-title = ما يستحق الانتباه
# Opens a table of the numbers behind a chart.
insights-show-numbers = عرض الأرقام
# Legend of the distress chart: the line for ratings before the session.
insights-legend-before = قبل الجلسة
# Legend of the distress chart: the line for ratings after the session; 0 to 10 is the rating scale.
insights-legend-after = بعد الجلسة (0 هدوء، 10 أشدّ الضيق)
# Above the table of distress ratings when it shows only the latest ones.
insights-table-latest = آخر { $shown } من أصل { $total }.
insights-table-session = الجلسة
insights-table-before = قبل
insights-table-after = بعد
# In the table, where a session has no rating.
insights-no-rating = –
# Legend of the tears chart: the bars for all sessions.
insights-legend-sessions = الجلسات
# Legend of the tears chart: the bars for sessions with tears. $bucket: week or month, how the bars are grouped.
insights-legend-tears =
    الجلسات التي فيها دموع، في كل { $bucket ->
        [month] شهر
       *[week] أسبوع
    }
# Table header: the month of a row.
insights-table-month = الشهر
# Table header: the first day of the week of a row.
insights-table-week = بداية الأسبوع
insights-table-sessions = الجلسات
insights-table-with-tears = مع دموع
# Legend of the warning-signs chart (a grid of coloured cells). $bucket: week or month, one column each.
insights-legend-signs =
    لون أقوى: دُوِّن بعد عدد أكبر من الجلسات في ذلك { $bucket ->
        [month] الشهر
       *[week] الأسبوع
    }.

## Insights: the warning signs, as rows of the chart

insights-sign-worse-for-hours = ساءت الحال لساعات
insights-sign-flooding = الغرق في المشاعر
insights-sign-numbness = خدَر
insights-sign-panic = هلع
insights-sign-dissociation = إحساس بالبُعد

## Insights: the summaries beside each chart (what a screen reader hears)

insights-distress-few = حين يكون لجلستين أو ثلاث تقييمٌ للضيق، يظهر هنا كيف تغيّر.
# $sessions: sessions with a rating; $before, $after: the average ratings (0 to 10, one decimal);
# $lower: sessions where distress was lower after than before, of $rated sessions rated both times.
insights-distress-both-lower =
    في { $sessions ->
        [zero] { $sessions } جلسة مقيَّمة
        [one] جلسة واحدة مقيَّمة
        [two] جلستين مقيَّمتين
        [few] { $sessions } جلسات مقيَّمة
        [many] { $sessions } جلسة مقيَّمة
       *[other] { $sessions } جلسة مقيَّمة
    }، كان متوسّط الضيق { $before } من 10 قبل الجلسة، و{ $after } بعدها. وكان أقلّ بعد الجلسة في { $lower } من أصل { $rated }.
# As insights-distress-both-lower, when no session was rated both before and after.
insights-distress-both =
    في { $sessions ->
        [zero] { $sessions } جلسة مقيَّمة
        [one] جلسة واحدة مقيَّمة
        [two] جلستين مقيَّمتين
        [few] { $sessions } جلسات مقيَّمة
        [many] { $sessions } جلسة مقيَّمة
       *[other] { $sessions } جلسة مقيَّمة
    }، كان متوسّط الضيق { $before } من 10 قبل الجلسة، و{ $after } بعدها.
# Only ratings before sessions. $before: their average (0 to 10, one decimal).
insights-distress-before =
    في { $sessions ->
        [zero] { $sessions } جلسة مقيَّمة
        [one] جلسة واحدة مقيَّمة
        [two] جلستين مقيَّمتين
        [few] { $sessions } جلسات مقيَّمة
        [many] { $sessions } جلسة مقيَّمة
       *[other] { $sessions } جلسة مقيَّمة
    }، كان متوسّط الضيق قبل الجلسة { $before } من 10.
# Only ratings after sessions. $after: their average (0 to 10, one decimal).
insights-distress-after =
    في { $sessions ->
        [zero] { $sessions } جلسة مقيَّمة
        [one] جلسة واحدة مقيَّمة
        [two] جلستين مقيَّمتين
        [few] { $sessions } جلسات مقيَّمة
        [many] { $sessions } جلسة مقيَّمة
       *[other] { $sessions } جلسة مقيَّمة
    }، كان متوسّط الضيق بعد الجلسة { $after } من 10.

# How distress changed with a tool, on average (after compared with before, on the 0 to 10 scale).
# $direction: lower, higher or none; $amount: the size of the change, one decimal.
# Shown as the tooltip of a bar in “What moved distress”.
insights-change =
    { $direction ->
        [lower] أقلّ بمقدار { $amount } في المتوسّط
        [higher] أعلى بمقدار { $amount } في المتوسّط
       *[none] بلا تغيير في المتوسّط
    }
# One line per tool in “What moved distress”. $name: the breathing pattern or grounding list;
# $kind: pacer (breathing) or grounding; $rated: how many times it was rated;
# $direction and $amount: as in insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] تنفّس
       *[grounding] هنا والآن
    }): { $rated ->
        [zero] قُيِّم { $rated } مرة
        [one] قُيِّم مرة واحدة
        [two] قُيِّم مرتين
        [few] قُيِّم { $rated } مرات
        [many] قُيِّم { $rated } مرة
       *[other] قُيِّم { $rated } مرة
    }، والضيق { $direction ->
        [lower] أقلّ بمقدار { $amount } في المتوسّط
        [higher] أعلى بمقدار { $amount } في المتوسّط
       *[none] بلا تغيير في المتوسّط
    }
# The name of a breathing tool whose pattern is not known.
insights-tool-breathing = التنفّس
# The name of a grounding tool whose list is not known.
insights-tool-grounding = العودة إلى هنا والآن
insights-tools-none = عند تقييم شعورك قبل التنفّس أو العودة إلى هنا والآن وبعدهما، يظهر هنا ما يساعدك في الغالب.
# $tools: how many tools were rated.
insights-tools-count =
    { $tools ->
        [zero] { $tools } أداة مقيَّمة
        [one] أداة واحدة مقيَّمة
        [two] أداتان مقيَّمتان
        [few] { $tools } أدوات مقيَّمة
        [many] { $tools } أداة مقيَّمة
       *[other] { $tools } أداة مقيَّمة
    }.
# $tools: how many tools were rated; $name: the one after which distress went down most;
# $direction and $amount: as in insights-change (here lower, or none when the change rounds to nothing).
insights-tools-count-best =
    { $tools ->
        [zero] { $tools } أداة مقيَّمة
        [one] أداة واحدة مقيَّمة
        [two] أداتان مقيَّمتان
        [few] { $tools } أدوات مقيَّمة
        [many] { $tools } أداة مقيَّمة
       *[other] { $tools } أداة مقيَّمة
    }. وكان انخفاض الضيق الأكبر مع { $name } ({ $direction ->
        [none] بلا تغيير في المتوسّط
       *[lower] أقلّ بمقدار { $amount } في المتوسّط
    }).

insights-tears-few = ستظهر هنا الدموع مع مرور الوقت بعد بضع جلسات.
# $tears: sessions with tears, of $sessions; $bucket: week or month, how the chart groups them.
# The last sentence matters: tears are never a score, and neither more nor fewer is a goal.
insights-tears-summary =
    دموع في { $tears } من أصل { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }، معروضة لكل { $bucket ->
        [month] شهر
       *[week] أسبوع
    }. ليس المقصود أن تكثر الدموع ولا أن تقلّ؛ هذا فقط ما دوّنته.
# As insights-tears-summary, with the kind of tears noted most often ($kind).
insights-tears-summary-kind =
    دموع في { $tears } من أصل { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }، معروضة لكل { $bucket ->
        [month] شهر
       *[week] أسبوع
    }. النوع الذي دوّنته أكثر من غيره: { $kind ->
        [release] التخفّف
        [grief] الحزن
        [recognition] الاعتراف
        [overwhelm] فيض المشاعر
        [connection] الصلة
       *[other] { $kind }
    }. ليس المقصود أن تكثر الدموع ولا أن تقلّ؛ هذا فقط ما دوّنته.

insights-signs-none = لم يُدوَّن في هذه المدّة شيء يستحق الانتباه.
# $signs: the warning signs noted, each one of the insights-sign-after-… messages below,
# joined by insights-signs-separator.
insights-signs-noted = ما دُوِّن: { $signs }.
# Between two warning signs in insights-signs-noted (a semicolon and a space in English;
# the Arabic semicolon here).
insights-signs-separator = ؛{ " " }
# $count: after how many sessions this was noted.
insights-sign-after-worse-for-hours =
    ساءت الحال لساعات بعد { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    }
insights-sign-after-flooding =
    الغرق في المشاعر بعد { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    }
insights-sign-after-numbness =
    خدَر بعد { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    }
insights-sign-after-panic =
    هلع بعد { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    }
insights-sign-after-dissociation =
    إحساس بالبُعد بعد { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    }

## Import and restore: what a file would add (shown in Settings before it is imported)

# The heading above the list of what an import adds.
insights-import-adds = سيضيف الاستيراد:
# The heading above the list of what restoring a backup adds.
insights-restore-adds = ستضيف الاستعادة:
insights-import-nothing-new = كل ما في هذا الملف موجود في دفترك من قبل.
# $first, $last: the dates of the first and last session added.
insights-import-span = الجلسات المضافة من { $first } إلى { $last }.
# One line each in the list under insights-import-adds; $count: how many.
insights-import-new-sessions =
    { $count ->
        [zero] { $count } جلسة جديدة
        [one] جلسة جديدة واحدة
        [two] جلستان جديدتان
        [few] { $count } جلسات جديدة
        [many] { $count } جلسة جديدة
       *[other] { $count } جلسة جديدة
    }
insights-import-newer-sessions =
    { $count ->
        [zero] { $count } جلسة بنسخ أحدث
        [one] جلسة واحدة بنسخة أحدث
        [two] جلستان بنسختين أحدث
        [few] { $count } جلسات بنسخ أحدث
        [many] { $count } جلسة بنسخ أحدث
       *[other] { $count } جلسة بنسخ أحدث
    }
# Things the person wanted to bring up in a session.
insights-import-new-bring-up =
    { $count ->
        [zero] { $count } بند جديد للطرح
        [one] بند جديد واحد للطرح
        [two] بندان جديدان للطرح
        [few] { $count } بنود جديدة للطرح
        [many] { $count } بندًا جديدًا للطرح
       *[other] { $count } بند جديد للطرح
    }
insights-import-newer-bring-up =
    { $count ->
        [zero] { $count } بند للطرح بنسخ أحدث
        [one] بند واحد للطرح بنسخة أحدث
        [two] بندان للطرح بنسختين أحدث
        [few] { $count } بنود للطرح بنسخ أحدث
        [many] { $count } بندًا للطرح بنسخ أحدث
       *[other] { $count } بند للطرح بنسخ أحدث
    }
# Ratings of how a breathing or grounding practice went.
insights-import-new-practice =
    { $count ->
        [zero] { $count } تقييم جديد للتمارين
        [one] تقييم جديد واحد للتمارين
        [two] تقييمان جديدان للتمارين
        [few] { $count } تقييمات جديدة للتمارين
        [many] { $count } تقييمًا جديدًا للتمارين
       *[other] { $count } تقييم جديد للتمارين
    }
insights-import-newer-practice =
    { $count ->
        [zero] { $count } تقييم للتمارين بنسخ أحدث
        [one] تقييم واحد للتمارين بنسخة أحدث
        [two] تقييمان للتمارين بنسختين أحدث
        [few] { $count } تقييمات للتمارين بنسخ أحدث
        [many] { $count } تقييمًا للتمارين بنسخ أحدث
       *[other] { $count } تقييم للتمارين بنسخ أحدث
    }
insights-import-new-notes =
    { $count ->
        [zero] { $count } ملاحظة سريعة جديدة
        [one] ملاحظة سريعة جديدة واحدة
        [two] ملاحظتان سريعتان جديدتان
        [few] { $count } ملاحظات سريعة جديدة
        [many] { $count } ملاحظة سريعة جديدة
       *[other] { $count } ملاحظة سريعة جديدة
    }
insights-import-newer-notes =
    { $count ->
        [zero] { $count } ملاحظة سريعة بنسخ أحدث
        [one] ملاحظة سريعة واحدة بنسخة أحدث
        [two] ملاحظتان سريعتان بنسختين أحدث
        [few] { $count } ملاحظات سريعة بنسخ أحدث
        [many] { $count } ملاحظة سريعة بنسخ أحدث
       *[other] { $count } ملاحظة سريعة بنسخ أحدث
    }
# Session entries not finished yet.
insights-import-new-drafts =
    { $count ->
        [zero] { $count } مسوّدة جديدة
        [one] مسوّدة جديدة واحدة
        [two] مسوّدتان جديدتان
        [few] { $count } مسوّدات جديدة
        [many] { $count } مسوّدة جديدة
       *[other] { $count } مسوّدة جديدة
    }
insights-import-newer-drafts =
    { $count ->
        [zero] { $count } مسوّدة بنسخ أحدث
        [one] مسوّدة واحدة بنسخة أحدث
        [two] مسوّدتان بنسختين أحدث
        [few] { $count } مسوّدات بنسخ أحدث
        [many] { $count } مسوّدة بنسخ أحدث
       *[other] { $count } مسوّدة بنسخ أحدث
    }
# $count: records in the file that the journal already has.
insights-import-already =
    { $count ->
        [zero] { $count } سجلّ موجودة في دفترك من قبل، وستبقى كما هي
        [one] سجلّ واحد موجود في دفترك من قبل، وسيبقى كما هو
        [two] سجلّان موجودان في دفترك من قبل، وسيبقيان كما هما
        [few] { $count } سجلّات موجودة في دفترك من قبل، وستبقى كما هي
        [many] { $count } سجلًّا موجودة في دفترك من قبل، وستبقى كما هي
       *[other] { $count } سجلّ موجودة في دفترك من قبل، وستبقى كما هي
    }
