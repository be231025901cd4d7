# Ebb's words in Arabic for Need help now, the safety plan ("My plan") and the
# aftercare check-in, following ../en/help.ftl. Read by the interface (ui/js/views/help.js,
# ui/js/views/safety-plan.js, ui/js/check-in.js).
# The words about crisis matter most: keep them calm, plain and direct.
# The screen's own title is `help-now`, in ebb.ftl. Glossary: glossary.md beside this file.

## Need help now

# Shown under the title only when the person came here from a distress rating of 9 or 10.
help-gentle = يبدو هذا صعبًا حقًّا الآن. هذه بعض الطرق للحصول على الدعم، ويمكنك العودة متى شئت.
help-lead = ليس عليك مواجهة هذا وحدك.
help-danger-title = إن كنت في خطر
# Named plainly, once, beside the emergency number: people at highest risk should not have to guess this page is for them.
help-emergency = إن كانت تراودك أفكار عن الانتحار أو عن إيذاء نفسك، فمن حقّك الحصول على المساعدة الآن، ولا داعي لانتظار أن يسوء الأمر. وإن خشيت أن تتحوّل هذه الأفكار إلى فعل، أو أن تؤذي شخصًا آخر، أو كان المكان الذي أنت فيه غير آمن، فاتصل الآن برقم الطوارئ في بلدك.
# $country is the country's name, $number its emergency number (for example "United Kingdom", "999").
help-emergency-call = { $country }: اتصل بالطوارئ على { $number }.
# Shown when no country is chosen yet, in place of one country's emergency number.
help-emergency-examples = على سبيل المثال: 112 في أوروبا وفي بلدان كثيرة أخرى، و911 في الولايات المتحدة وكندا، و999 في المملكة المتحدة، و000 في أستراليا.
help-breathe-title = لنُبطئ الإيقاع
help-breathe-text = بضع زفرات طويلة قد تساعد جسمك على أن يهدأ قليلًا، ريثما تتّضح لك الخطوة التالية.
help-breathe = تنفّس مع { -app-name }

## Need help now: the person's own contacts

help-people-title = المقرّبون منك
# Read by screen readers as the name of the list of contacts.
help-contacts-label = جهات اتصالك
help-contacts-empty = أشخاص يمكنك اللجوء إليهم في لحظة صعبة: معالجك، أو صديق، أو أحد أفراد عائلتك. يمكنك إضافتهم هنا.
help-contact-add = إضافة جهة اتصال
help-contact-edit = تعديل
# Read by screen readers on the Edit button; $name is the contact's name as the person wrote it.
help-contact-edit-label = تعديل { $name }
help-contact-remove = إزالة
# Read by screen readers on the Remove button; $name is the contact's name as the person wrote it.
help-contact-remove-label = إزالة { $name }
# Said after a contact is removed; $name is the contact's name.
help-contact-removed = تمّت إزالة { $name }.
# Said after a contact is saved; $name is the contact's name.
help-contact-saved = تمّ حفظ { $name }.
help-contact-name = الاسم
help-contact-reach = طريقة التواصل
help-contact-reach-hint = رقم هاتف، أو أيّ طريقة أخرى للتواصل.
help-contact-note = ملاحظة (اختياري)
help-contact-note-hint = مثلًا: معالجي، أيام الثلاثاء.
help-contact-save = حفظ جهة الاتصال
help-contact-cancel = إلغاء

## Need help now: crisis lines for the person's country

# The heading of the section, and the name screen readers give its list of lines.
help-lines = خطوط المساعدة في الأزمات
help-country = البلد
# The first choice of the country list, before one is chosen.
help-country-choose = اختيار بلدك
# The last choice of the country list.
help-country-unlisted = بلدي غير موجود في القائمة
help-lines-change = تتغيّر الخطوط من وقت لآخر: إن لم يعمل رقم ما، فرقم الطوارئ في بلدك يعمل دائمًا.
# $country is the country's name, $number its emergency number.
help-no-line = لا يذكر { -app-name } بعدُ خط مساعدة في الأزمات في { $country }، لكن ما زال بإمكانك الحصول على المساعدة الآن: اتصل بالطوارئ على { $number }. وإن أمكن، فحدّث شخصًا موضع ثقتك عن مشاعرك.
# The person chose "My country isn’t listed".
help-no-lines-unlisted = لا يذكر { -app-name } بعدُ خطوط مساعدة في الأزمات لبلدك، لكن ما زال بإمكانك الحصول على المساعدة الآن: اتصل برقم الطوارئ في بلدك (112 في أوروبا وفي بلدان كثيرة أخرى). وإن أمكن، فحدّث شخصًا موضع ثقتك عن مشاعرك.
help-no-country = اختر بلدك لتظهر خطوط المساعدة في الأزمات. وإن لم يكن في القائمة، فما زال بإمكانك الحصول على المساعدة الآن: اتصل برقم الطوارئ في بلدك.
# In bold before a line's way to write (a text number or a chat), which follows it.
help-line-text = إن كان الكلام صعبًا:
# Where a crisis line's details come from; $source is the organisation or website.
help-line-source = المصدر: { $source }
# $source is the organisation or website; $month the month and year the line was last checked ("November 2026").
help-line-source-checked = المصدر: { $source } (آخر تحقّق: { $month })

## My plan: the person's own safety plan, on Need help now

plan-title = خطّتي
# The heading of the plan shown beside a distress rating of 9 or 10.
plan-yours = خطّتك
plan-invite = حين يعود إليك شيء من الثبات، يمكنك كتابة خطة خاصة بك هنا: العلامات التي تستحق الانتباه، وما يساعدك، ومن يمكنك التواصل معه، وأسبابك للاستمرار. يستغرق ذلك بضع دقائق، خطوة بخطوة، ويمكنك التوقّف متى شئت.
plan-make = إعداد خطّتي
plan-change = تعديل خطّتي
plan-print = طباعة
plan-markdown = حفظ بصيغة Markdown
# The plan as a one-page PDF, in large type.
plan-pdf = حفظ بصيغة PDF
# Only on paper, under a printed plan.
# The plan saved as Markdown: its title, and what stands under a step with nothing written.
plan-markdown-title = خطة الأمان الخاصة بي
plan-markdown-empty = (لم يُكتب شيء بعد)
plan-print-emergency = إن خشيت أن تتحوّل أفكار الانتحار أو إيذاء نفسك إلى فعل، فاتصل الآن برقم الطوارئ في بلدك.
# $path is the file the plan was saved to.
plan-exported = حُفظت خطّتك في { $path }. هذا الملف غير مشفّر.
plan-saved = حُفظت خطّتك. وهي هنا متى احتجت إليها.
plan-key-missing = ما زالت خطّتك محفوظة، لكن مخزن المفاتيح في هذا الجهاز لا يحتوي على المفتاح اللازم لفتحها، لذلك لا يستطيع { -app-name } عرضها. تُرك الملف كما هو تمامًا، وسيُحفظ جانبًا إن كتبت خطة جديدة. وكل ما عدا ذلك هنا يعمل كالمعتاد.
plan-write-new = كتابة خطة جديدة
plan-keyring-unavailable = خطّتك محفوظة، لكن مخزن المفاتيح في هذا الجهاز لا يستجيب الآن، لذلك لا يستطيع { -app-name } فتحها. لم يتغيّر شيء. يُفترض أن تعود بعد إعادة تشغيل { -app-name } أو تسجيل الدخول من جديد؛ وكل ما عدا ذلك هنا يعمل كالمعتاد.

## My plan: writing it, one step at a time

# The heading while writing; $step is the step's number, $steps how many there are.
plan-step-count = خطّتي: الخطوة { $step } من { $steps }
# Read by screen readers on each line written; $step is the step's heading ("Things I can do on my own"), $line the line's number.
plan-line-label = { $step }، السطر { $line }
plan-move-up = نقل إلى الأعلى
plan-move-down = نقل إلى الأسفل
plan-remove = إزالة
# Read by screen readers on the buttons beside a line; $line is the line as the person wrote it.
plan-move-up-label = نقل إلى الأعلى: { $line }
plan-move-down-label = نقل إلى الأسفل: { $line }
plan-remove-label = إزالة: { $line }
plan-add-line = إضافة سطر
plan-add-another = إضافة سطر آخر
plan-add = إضافة
plan-back = رجوع
# On the last step, in place of Next.
plan-done = تمّ
plan-next = التالي
# In place of Next when nothing is written for this step.
plan-skip = تخطّي هذه الخطوة
plan-later = الإكمال لاحقًا

## My plan: the steps, in reading order
## Each has a heading, a line of help, and an example shown faintly in the empty
## field (never filled in for the person).

plan-warning-signs = علامات على أن وقتًا صعبًا يقترب
plan-warning-signs-help = أفكار أو مشاعر أو تصرّفات تنبّهك إلى أن وقتًا صعبًا ربما بدأ.
plan-warning-signs-example = مثلًا: أتوقّف عن الردّ على الرسائل
plan-on-my-own = أشياء أستطيع فعلها وحدي
plan-on-my-own-help = أشياء صغيرة تخفّف من حدّة الموقف، من دون الحاجة إلى أحد.
plan-on-my-own-example = مثلًا: زفير طويل مع { -app-name }، حمّام دافئ، مشي قصير حول المبنى
plan-distractions = أشخاص وأماكن تصرف ذهني عن الأمر
plan-distractions-help = مكان للذهاب إليه أو شخص للبقاء معه، من دون الحاجة إلى الحديث عن مشاعرك.
plan-distractions-example = مثلًا: المكتبة، مطبخ جارتي
plan-people = أشخاص أستطيع طلب المساعدة منهم
plan-people-help = أشخاص يمكنك إخبارهم بأن الأمور صعبة عليك، مع طريقة التواصل معهم.
# A made-up name and phone number: use a common name and a number that looks local but is not real.
plan-people-example = مثلًا: سامي، 0123 456 789
plan-professionals = مختصّون وخدمات
plan-professionals-help = معالجك أو طبيبك، وخدمات يمكنك الاتصال بها ليلًا أو نهارًا.
plan-professionals-example = مثلًا: معالجي، أيام الثلاثاء؛ خط المساعدة في الأسفل
plan-safer-surroundings = جعل محيطي أكثر أمانًا
plan-safer-surroundings-help = طرق لوضع مسافة بينك وبين الأشياء التي يمكن أن تؤذي بها نفسك، في الوقت الحالي.
plan-safer-surroundings-example = مثلًا: أن أطلب من أحد أن يحتفظ بأدويتي لفترة
plan-reasons = أسبابي للاستمرار
plan-reasons-help = أشخاص، أو حيوانات، أو آمال، أو أيّ شيء يهمّك. تكفي بضع كلمات.
plan-reasons-example = مثلًا: أختي؛ أن أرى البحر من جديد

## The aftercare check-in: how long after a session it comes
## (the check-in notice itself is in ebb.ftl)

check-in-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
check-in-hours = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
# Whole hours and a half: "1½ hours", "2½ hours". $hours is the number of whole hours.
check-in-hours-half = { $hours ->
    [zero] نصف ساعة
    [one] ساعة ونصف
    [two] ساعتان ونصف
    [few] { $hours } ساعات ونصف
    [many] { $hours } ساعة ونصف
   *[other] { $hours } ساعة ونصف
}
