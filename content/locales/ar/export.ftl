## The journal saved as Markdown: a document to read or to share (Rust writes it)
# Dates ($day, $first, $last, $date, $when) come already written in the language.
# (Arabic: the 0–10 scale is said as «من 10», as in ebb.ftl and insights.ftl.)

export-title = دفتر جلسات العلاج
export-title-day = دفتر جلسات العلاج: { $day }
export-title-span = دفتر جلسات العلاج: من { $first } إلى { $last }
export-intro = تمّ التصدير من { -app-name } في { $date }: { $count ->
    [zero] { $count } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}. هذا الملف غير مشفّر: يستطيع قراءته كل من يستطيع فتحه.
# A session's heading: when it was held, and with whom.
export-session-with = { $when } · { $therapist }
export-distress-both = الضيق: { $before } من 10 قبل الجلسة، و{ $after } بعدها
export-distress-before = الضيق قبل الجلسة: { $before } من 10
export-distress-after = الضيق بعد الجلسة: { $after } من 10
export-body = الجسم: { $state }
export-tears = الدموع: { $tears }
export-tears-kinds = الدموع: { $tears } ({ $kinds })
export-signs = ما يستحق الانتباه: { $signs }
export-aftercare = رعاية النفس: { $items }
export-tags = الوسوم: { $tags }
export-came-up = ما الذي ظهر
export-helped = ما الذي ساعد
export-bring-up = للطرح في المرة القادمة

## The facts of a session, in the words the file uses (inside a line)

export-body-calm = هدوء وتواصل
export-body-revved-up = استنفار
export-body-shut-down = انغلاق
export-tears-none = بلا دموع
export-tears-during = في أثناء الجلسة
export-tears-after = بعد الجلسة
export-tears-both = في أثناء الجلسة وبعدها
export-kind-release = التخفّف
export-kind-grief = الحزن
export-kind-recognition = الاعتراف (أن يراك أحد على حقيقتك)
export-kind-overwhelm = فيض المشاعر
export-kind-connection = الصلة
export-sign-worse-for-hours = ساءت الحال لساعات بعد الجلسة
export-sign-flooding = الغرق في المشاعر (الكثير دفعة واحدة)
export-sign-numbness = خدَر
export-sign-panic = هلع
export-sign-dissociation = إحساس بالبُعد أو الانفصال
