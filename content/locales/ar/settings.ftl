# Ebb's words in Arabic: the Settings screen, the breathe-now shortcut, the
# aftercare check-in, export, backup and import, and a few words the whole app
# shares (a journal locked from anywhere, an error without a reason), following
# ../en/settings.ftl. The title "Settings" and the language section are in ebb.ftl.

## Settings: appearance and sound

settings-saved = تمّ الحفظ.
settings-theme = المظهر
settings-theme-system = حسب إعدادات النظام
settings-theme-light = فاتح
settings-theme-dark = داكن
settings-motion = الحركة
settings-motion-note = مع تقليل الحركة، تبقى دائرة التنفّس ثابتة ويتغيّر سطوعها بدلًا من حجمها.
settings-motion-system = حسب إعدادات النظام
settings-motion-reduced = تقليل الحركة
settings-motion-full = حركة كاملة
settings-text-size = حجم النص
settings-text-size-note = كل الشاشات تتبع هذا الحجم؛ وفي الأحجام الأكبر يلزم التمرير في بعضها.
# A text size the person can choose; $percent is 100 here (the size the app starts with).
settings-text-size-usual = { $percent }% (المعتاد)
# A larger text size: $percent is 115, 130, 150 or 175.
settings-text-size-percent = { $percent }%
settings-sound = الصوت
settings-sound-tones = نغمات هادئة في أثناء التنفّس (نغمة صاعدة للشهيق، وأخرى أخفض للزفير)

## Settings: the journal

settings-journal-title = الدفتر
settings-lock-after = قفل الدفتر بعد هذه المدّة من عدم الاستخدام
# An option of the list above.
settings-lock-after-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
settings-pass-title = تغيير عبارة المرور
settings-pass-current = عبارة المرور الحالية
settings-pass-new = عبارة المرور الجديدة
settings-pass-again = عبارة المرور الجديدة مرة أخرى
settings-pass-fresh = قفل الدفتر أيضًا بمفتاح جديد كليًّا
settings-pass-fresh-hint = يُنصح بذلك. يُشفَّر الدفتر كله من جديد، فلا يمكن فتح أيّ نسخة قديمة من ملفاته بعبارة المرور القديمة. ويستغرق ذلك وقتًا أطول قليلًا.
settings-pass-change = تغيير عبارة المرور
settings-pass-not-same = عبارتا المرور الجديدتان غير متطابقتين.
settings-pass-changing = جارٍ التغيير…
settings-pass-changed = تمّ التغيير. من الآن فصاعدًا، عبارة المرور الجديدة هي التي تفتح الدفتر.
settings-delete-title = حذف الدفتر
# $word is the word the person must type to delete the journal, exactly as the app
# checks it ("delete"): it comes from the app, not from this file.
settings-delete-hint = يزيل هذا كل جلسة وملاحظة ومسوّدة وتقييم في الدفتر، نهائيًا، ولا يمكن التراجع عنه. للمتابعة، اكتب الكلمة «{ $word }».
# The label of the box where the word is typed; $word as above.
settings-delete-label = اكتب «{ $word }» للتأكيد
settings-delete-button = حذف كل ما في الدفتر
settings-deleted = حُذف الدفتر وكل ملفاته.

## Settings: how the safety plan and contacts are kept

settings-plan-title = خطة الأمان وجهات اتصالك
settings-plan-keyring = خطّتك وجهات اتصالك مشفّرة، ومفتاحها محفوظ في مخزن المفاتيح في هذا الجهاز، لذلك تُفتح من دون عبارة مرور الدفتر، ولا تُحفظ على القرص بلا تشفير أبدًا.
settings-plan-private-file = لا يوجد في هذا الجهاز مخزن مفاتيح يستطيع { -app-name } استخدامه، لذلك تُحفظ خطّتك وجهات اتصالك في ملف لا يفتحه إلا حساب المستخدم الخاص بك. وهذا الملف غير مشفّر.
settings-plan-key-missing = خطّتك وجهات اتصالك محفوظة، لكن مخزن المفاتيح في هذا الجهاز لم يعد يحتوي على مفتاحها، لذلك لا يستطيع { -app-name } فتحها. تُرك الملف كما هو، وكل ما تكتبه الآن يُحفظ في ملف جديد.

## Settings: the person's data

settings-data-title = بياناتك
settings-data-about = دفترك ملكك: يمكنك أخذه إلى معالجك، أو الاحتفاظ بنسخة احتياطية منه، أو نقله إلى جهاز جديد. ويتطلّب ذلك أن يكون الدفتر مفتوحًا، ما عدا الاستعادة إلى { -app-name } لا دفتر فيه بعد.

## Key names, as a shortcut shows them ("Ctrl+Alt+Shift+B")

# Arabic keyboards print these names in Latin letters.
-key-ctrl = Ctrl
-key-alt = Alt
-key-shift = Shift
-key-super = Super
# The Control key.
shortcut-key-ctrl = { -key-ctrl }
# The Alt key (Option on a Mac).
shortcut-key-alt = { -key-alt }
shortcut-key-shift = { -key-shift }
# The Windows or Command key.
shortcut-key-super = { -key-super }

## Settings: the breathe-now shortcut

shortcut-title = التنفّس من أيّ مكان
shortcut-on = اختصار يُظهر { -app-name } ويبدأ التنفّس، أيًّا كان التطبيق المفتوح
shortcut-label = الاختصار
# "B" is the letter key of the example shortcut.
shortcut-hint = بعد تحديد هذا المربّع، اضغط المفاتيح معًا؛ أو اكتبها، مثل { -key-ctrl }+{ -key-alt }+{ -key-shift }+B. ويلزم اثنان على الأقل من هذه المفاتيح: { -key-ctrl }، { -key-alt }، { -key-super }، كي لا يأخذ الاختصار شيئًا تحتاجه التطبيقات الأخرى.
shortcut-use = استخدام هذا الاختصار
# $shortcut is the shortcut as the box shows it, like "Ctrl+Alt+Shift+B".
shortcut-active = الاختصار { $shortcut } يُظهر { -app-name } ويبدأ التنفّس، من أيّ مكان على سطح المكتب.
shortcut-off = الاختصار معطّل.
shortcut-none = لا يوجد اختصار يعمل الآن.

## Settings: the aftercare check-in

settings-check-in-title = الاطمئنان عليك بعد الجلسة
settings-check-in-about = عند تسجيل جلسة، يمكنك الطلب من { -app-name } أن يطمئنّ عليك لاحقًا: إشعار هادئ يسألك «{ check-in-question }»، واختياره يفتح شاشة التنفّس. ولا يحدث ذلك إلا بطلب منك، لجلسة واحدة في كل مرة، وما دام { -app-name } قيد التشغيل (ويمكن تصغير نافذته).
settings-check-in-after = الاطمئنان بعد
settings-check-in-cancel = إلغاء الاطمئنان
settings-check-in-cancelled = أُلغي الاطمئنان.
# $time is the time of day the check-in is due, like "9:05 PM".
settings-check-in-set = موعد الاطمئنان عليك: { $time }.

## Export

transfer-export-title = التصدير
transfer-export-warning = الملفات المصدَّرة غير مشفّرة.
transfer-export-warning-more = يستطيع قراءة الملف كل من يمكنه فتحه. من الأفضل الاحتفاظ به في مكان خاص، وحذفه حين لا تعود الحاجة إليه.
transfer-format = الصيغة
transfer-format-markdown = Markdown
transfer-format-markdown-about = يُقرأ في أيّ مكان؛ ومناسب لمشاركة بضع جلسات مع معالجك.
transfer-format-json = JSON
transfer-format-json-about = كل شيء، كاملًا، ويستطيع { -app-name } استيراده من جديد.
transfer-format-csv = CSV
transfer-format-csv-about = صفّ لكل جلسة، لاستخدامه في جدول بيانات.
transfer-from = من (اختياري)
transfer-to = إلى (اختياري)
transfer-export-button = تصدير…
# $path is where the file was saved.
transfer-export-saved = { $sessions ->
    [zero] حُفظت { $sessions } جلسة في { $path }. والملف غير مشفّر.
    [one] حُفظت جلسة واحدة في { $path }. والملف غير مشفّر.
    [two] حُفظت جلستان في { $path }. والملف غير مشفّر.
    [few] حُفظت { $sessions } جلسات في { $path }. والملف غير مشفّر.
    [many] حُفظت { $sessions } جلسة في { $path }. والملف غير مشفّر.
   *[other] حُفظت { $sessions } جلسة في { $path }. والملف غير مشفّر.
}
transfer-nothing-saved = لم يُحفظ شيء.

## Encrypted backup

transfer-backup-title = نسخة احتياطية مشفّرة
transfer-backup-about = ملف واحد فيه دفترك كله وإعداداتك، مشفّر بعبارة مرور الدفتر. يمكنك حفظه على قرص آخر، لنقل الدفتر إلى جهاز جديد أو لاستعادته إن تعطّل جهازك. ويُفتح بعبارة المرور نفسها.
transfer-backup-pass = عبارة مرور الدفتر
transfer-backup-button = حفظ نسخة احتياطية…
transfer-backup-no-pass = يُرجى كتابة عبارة مرور الدفتر.
transfer-backup-checking = جارٍ التحقّق من عبارة المرور…
# $path is where the backup was saved.
transfer-backup-saved = { $sessions ->
    [zero] حُفظت النسخة الاحتياطية في { $path } ({ $sessions } جلسة، مشفّرة).
    [one] حُفظت النسخة الاحتياطية في { $path } (جلسة واحدة، مشفّرة).
    [two] حُفظت النسخة الاحتياطية في { $path } (جلستان، مشفّرة).
    [few] حُفظت النسخة الاحتياطية في { $path } ({ $sessions } جلسات، مشفّرة).
    [many] حُفظت النسخة الاحتياطية في { $path } ({ $sessions } جلسة، مشفّرة).
   *[other] حُفظت النسخة الاحتياطية في { $path } ({ $sessions } جلسة، مشفّرة).
}

## Import or restore

transfer-import-title = الاستيراد أو الاستعادة
transfer-import-intro = ملف JSON مُصدَّر أو نسخة احتياطية مشفّرة من { -app-name }. يظهر لك ما فيه قبل أن يتغيّر أيّ شيء؛ وما هو موجود في دفترك يبقى كما هو، لذلك لا يضيف استيراد الملف نفسه مرتين شيئًا.
transfer-choose = اختيار ملف…
# The button that confirms an import from an export file.
transfer-import = استيراد
# The button that confirms restoring a backup into an empty journal.
transfer-restore = استعادة
transfer-cancel = إلغاء
transfer-importing = جارٍ الاستيراد…
transfer-restoring = جارٍ الاستعادة…
transfer-nothing-changed = لم يتغيّر شيء.
# $reason is why the import failed, in a sentence of its own.
transfer-import-failed = { $reason } { transfer-nothing-changed }
# Begins the message after an import; what was added follows it.
transfer-import-done = تمّ.
transfer-settings-back = عادت إعداداتك أيضًا.
transfer-plan-back = عادت خطة الأمان أيضًا.
transfer-contacts-back = وجهات اتصالك في «{ help-now }» هنا أيضًا.
transfer-nothing-added = كل ما في هذا الملف موجود في دفترك من قبل؛ لم يُضَف شيء.
transfer-preview =
    .aria-label = ما يحتويه هذا الملف
transfer-restore-note = سيُنشأ دفتر جديد بعبارة مرور النسخة الاحتياطية، وسيُفتح فورًا.
# $name is the file's name (shown in bold).
transfer-encrypted-backup = الملف { $name } نسخة احتياطية مشفّرة.
transfer-backup-passphrase = عبارة مرور النسخة الاحتياطية
transfer-open-backup = فتح النسخة الاحتياطية
transfer-opening = جارٍ الفتح…
# $name is the file's name.
transfer-problems = { $count ->
    [zero] تعذّرت قراءة { $count } سجلّ في { $name }، لذلك لم يُستورد شيء.
    [one] تعذّرت قراءة سجلّ واحد في { $name }، لذلك لم يُستورد شيء.
    [two] تعذّرت قراءة سجلّين في { $name }، لذلك لم يُستورد شيء.
    [few] تعذّرت قراءة { $count } سجلّات في { $name }، لذلك لم يُستورد شيء.
    [many] تعذّرت قراءة { $count } سجلًّا في { $name }، لذلك لم يُستورد شيء.
   *[other] تعذّرت قراءة { $count } سجلّ في { $name }، لذلك لم يُستورد شيء.
}
transfer-problems-unchanged = لم يتغيّر شيء في دفترك. هذه هي المشكلات:
# One record of the file that could not be read: $section is the name of its
# list in the file (like "sessions", as the file spells it), $number its place in
# that list, $id its id in the file, $reason what is wrong with it.
transfer-problem = { $section } #{ $number }: { $reason }
transfer-problem-with-id = { $section } #{ $number } ({ $id }): { $reason }
# After a list of problems: how many more there are.
transfer-problems-more = { $count ->
    [zero] …و{ $count } مشكلة أخرى.
    [one] …ومشكلة أخرى.
    [two] …ومشكلتان أخريان.
    [few] …و{ $count } مشكلات أخرى.
    [many] …و{ $count } مشكلة أخرى.
   *[other] …و{ $count } مشكلة أخرى.
}
transfer-nothing-imported = لم يُستورد شيء.

## The whole app

# Said on the journal screen when the journal was locked from anywhere (Ctrl+L, the tray).
app-journal-locked = تمّ قفل الدفتر.
# Said as a notice when the journal was locked before the journal screen was opened.
app-journal-is-locked = دفترك مقفل.
# When something failed and gave no reason of its own.
app-something-went-wrong = حدث خطأ ما، فلم تكتمل هذه الخطوة. أما التنفّس و«هنا والآن» و«{ help-now }» فما زالت كلها تعمل.
