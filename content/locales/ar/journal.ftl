# The journal's words in Arabic: the private, encrypted log of therapy sessions,
# following ../en/journal.ftl. Read by the interface (ui/js/views/journal*.js,
# session-form.js, journal-model.js, journal-search.js). Same calm, plain voice as
# ebb.ftl; glossary.md beside this file.
# "Passphrase", never "password": «عبارة المرور», never «كلمة المرور».

## Making the journal (no journal yet)

journal-create-title = دفتر جلساتك
journal-create-lead = مكان خاص لتدوين ما يجري في جلسات العلاج: ما الذي ظهر، وما الذي ساعد، وما يستحق الطرح في المرة القادمة. أما التنفّس والعودة إلى هنا والآن فلا يحتاجان إليه أبدًا.
journal-create-private = كل ما فيه مشفّر على هذا الجهاز ولا يغادره أبدًا. ويُقفَل تلقائيًا عند الابتعاد عنه.
journal-choose-passphrase = اختيار عبارة مرور
journal-passphrase-hint = 8 أحرف على الأقل. بضع كلمات عادية متتالية يسهل تذكّرها ويصعب تخمينها.
journal-passphrase-again = عبارة المرور مرة أخرى
# In bold, followed in the same paragraph by journal-forget-no-reset.
journal-forget-warning = إن نسيت عبارة المرور هذه، فلن يستطيع أحد فتح دفترك من جديد: لا أنت، ولا نحن، ولا أيّ شخص آخر.
journal-forget-no-reset = لا توجد طريقة لإعادة تعيينها ولا لاستعادتها. من المهم الاحتفاظ بها في مكان آمن، مثل مدير كلمات مرور أو ورقة خاصة بك.
journal-understood = أفهم أن عبارة المرور المنسيّة لا يمكن استعادتها
journal-passphrases-differ = عبارتا المرور غير متطابقتين. يُرجى كتابتهما من جديد.
journal-tick-the-box = يُرجى وضع علامة في المربّع، تأكيدًا لأنك قرأت كيف تعمل عبارات المرور هنا.
journal-create = إنشاء دفتري
# On the button while the journal is being made.
journal-creating = جارٍ إنشاء دفترك…
journal-ready = دفترك جاهز.
# Heading of the part of the first screen that restores an encrypted backup instead.
journal-restore-title = أو الاستعادة من نسخة احتياطية
journal-restore-intro = انتقال من جهاز آخر، أو بداية جديدة بعد مشكلة؟ نسخة احتياطية مشفّرة من { -app-name } تعيد إليك دفترك، ويُفتح بعبارة مرور النسخة الاحتياطية.
journal-restored = تمّت استعادة دفترك.

## Unlocking (the journal is locked)

journal-locked-title = دفترك مقفل
# { help-now } is the name of the screen with the emergency number and crisis lines.
journal-locked-lead = يُفتح بعبارة المرور. أما التنفّس و«هنا والآن» و«{ help-now }» فلا تحتاج إليها أبدًا.
journal-passphrase = عبارة المرور
journal-unlock = فتح
# On the button while the passphrase is being checked.
journal-unlocking = جارٍ الفتح…
journal-type-passphrase = يُرجى كتابة عبارة المرور.
# Quick notes written while the journal was locked, sealed and waiting for the next unlock.
journal-pending = { $count ->
    [zero] { $count } ملاحظة دوّنتها والدفتر مقفل ستُضاف عند فتحه.
    [one] ملاحظة واحدة دوّنتها والدفتر مقفل ستُضاف عند فتحه.
    [two] ملاحظتان دوّنتهما والدفتر مقفل ستُضافان عند فتحه.
    [few] { $count } ملاحظات دوّنتها والدفتر مقفل ستُضاف عند فتحه.
    [many] { $count } ملاحظة دوّنتها والدفتر مقفل ستُضاف عند فتحه.
   *[other] { $count } ملاحظة دوّنتها والدفتر مقفل ستُضاف عند فتحه.
}
journal-forgot = هل نسيت عبارة المرور؟
journal-forgot-private = لا يمكن فتح دفترك من دونها؛ وهذا ما يحفظ خصوصيته. الوقت وقتك: كثيرًا ما تعود عبارات المرور إلى الذاكرة حين يهدأ البال.
# “Delete the journal” is the name of a button in Settings.
journal-forgot-start-again = إن أردت البدء من جديد، ففي الإعدادات «حذف الدفتر»، وهو يزيل كل ملفاته نهائيًا.

## Said after an unlock (read by screen readers), one sentence after another

journal-unlocked = تمّ الفتح.
# Quick notes written while the journal was locked, now added to it.
journal-unlocked-added = { $count ->
    [zero] أُضيفت { $count } ملاحظة دوّنتها والدفتر مقفل.
    [one] أُضيفت ملاحظة واحدة دوّنتها والدفتر مقفل.
    [two] أُضيفت ملاحظتان دوّنتهما والدفتر مقفل.
    [few] أُضيفت { $count } ملاحظات دوّنتها والدفتر مقفل.
    [many] أُضيفت { $count } ملاحظة دوّنتها والدفتر مقفل.
   *[other] أُضيفت { $count } ملاحظة دوّنتها والدفتر مقفل.
}
# Rare: sealed notes that could not be read. "inbox.unreadable" is a file name: keep it as it is.
journal-unlocked-kept-aside = { $count ->
    [zero] تعذّرت إضافة { $count } ملاحظة كانت تنتظر، لذلك حُفظت جانبًا، وما زالت مختومة، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
    [one] تعذّرت إضافة ملاحظة واحدة كانت تنتظر، لذلك حُفظت جانبًا، وما زالت مختومة، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
    [two] تعذّرت إضافة ملاحظتين كانتا تنتظران، لذلك حُفظتا جانبًا، وما زالتا مختومتين، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
    [few] تعذّرت إضافة { $count } ملاحظات كانت تنتظر، لذلك حُفظت جانبًا، وما زالت مختومة، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
    [many] تعذّرت إضافة { $count } ملاحظة كانت تنتظر، لذلك حُفظت جانبًا، وما زالت مختومة، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
   *[other] تعذّرت إضافة { $count } ملاحظة كانت تنتظر، لذلك حُفظت جانبًا، وما زالت مختومة، في مجلد الدفتر (inbox.unreadable). وكل ما عدا ذلك هنا.
}

## The journal cannot be opened (damaged or unreadable files)

journal-damaged-title = تعذّر فتح دفترك الآن
journal-damaged-lead = التنفّس و«هنا والآن» و«{ help-now }» ما زالت كلها تعمل.
journal-damaged-nothing-changed = لم يغيّر { -app-name } أيّ شيء ولم يكتب فوق أيّ شيء. وإن أردت دفترًا جديدًا، فيمكن نقل الملفات القديمة كما هي إلى مجلد خاص بها، فلا يضيع شيء.
journal-set-aside = نقل الدفتر جانبًا، ثم بدء دفتر جديد أو استعادة نسخة احتياطية
# $path: the folder the old journal's files were moved to.
journal-set-aside-done = نُقل الدفتر القديم، من دون أيّ تغيير، إلى { $path }. ويمكنك أدناه إنشاء دفتر جديد أو استعادة نسخة احتياطية.

## The open journal: the timeline

journal-title = الدفتر
journal-new-session = جلسة جديدة
# The button that locks the journal; journal-lock-key, its keyboard shortcut, follows it.
journal-lock = قفل
# The keyboard shortcut of the Lock button, as written on the keyboard.
journal-lock-key = Ctrl+L
journal-session-deleted = حُذفت الجلسة.
journal-undo = تراجع
# Said to screen readers after Undo brought a deleted session back.
journal-session-back = عادت الجلسة.
journal-noticing-title = أمور تستحق الذكر لمعالجك
journal-noticing-note = هذه أعداد من ملاحظاتك أنت، وليست حكمًا ولا تشخيصًا.
journal-bring-up-title = للطرح في المرة القادمة
# After something to bring up; $date: the date and time of the session where it was noted.
journal-noted = (دُوِّن في { $date })
journal-search-label = البحث في جلساتك
# Read by screen readers as the name of the list of sessions.
journal-sessions-label = الجلسات، الأحدث أولًا
journal-show-more = عرض المزيد
journal-quick-notes = ملاحظات سريعة

## The timeline: how many sessions (read by screen readers as the list changes)

journal-count-none = لا جلسات بعد. ومتى شئت، فزرّ «{ journal-new-session }» هنا.
journal-count-no-match = لا توجد جلسات مطابقة. يمكنك تجربة كلمات أقل أو عوامل تصفية أقل.
journal-count = { $count ->
    [zero] { $count } جلسة.
    [one] جلسة واحدة.
    [two] جلستان.
    [few] { $count } جلسات.
    [many] { $count } جلسة.
   *[other] { $count } جلسة.
}
# With a search or filters set.
journal-count-matching = { $count ->
    [zero] { $count } جلسة مطابقة.
    [one] جلسة واحدة مطابقة.
    [two] جلستان مطابقتان.
    [few] { $count } جلسات مطابقة.
    [many] { $count } جلسة مطابقة.
   *[other] { $count } جلسة مطابقة.
}

## The timeline: the short facts under each session's date, shown joined by " · "

# $before and $after: distress ratings from 0 to 10, or journal-not-rated when not given.
# The arrow reads from before to after.
# (Arabic: turned, since before stands on the right and after on the left.)
journal-bit-distress = الضيق { $before } ← { $after }
# Stands in for a distress rating that was not given.
journal-not-rated = –
journal-bit-tears-during = دموع في أثناء الجلسة
journal-bit-tears-after = دموع بعدها
journal-bit-tears-both = دموع في أثنائها وبعدها
journal-bit-signs = { $count ->
    [zero] { $count } أمر يستحق الانتباه
    [one] أمر واحد يستحق الانتباه
    [two] أمران يستحقان الانتباه
    [few] { $count } أمور تستحق الانتباه
    [many] { $count } أمرًا تستحق الانتباه
   *[other] { $count } أمر يستحق الانتباه
}

## The timeline: filters

journal-filters = التصفية
# Start date of the sessions shown.
journal-filter-from = من
# End date of the sessions shown.
journal-filter-to = إلى
journal-filter-therapist = المعالج
journal-filter-tears = الدموع
journal-filter-tag = الوسم
# The choice that does not narrow the list (any therapist, any tag, any tears).
journal-filter-any = الكل
journal-filter-tears-some = مع دموع
journal-filter-tears-none = بلا دموع
journal-filter-tears-during = في أثناء الجلسة
journal-filter-tears-after = بعدها
journal-filter-tears-both = في أثنائها وبعدها

## One session

# The button back to the timeline. The arrow points back (left in English).
journal-back = → كل الجلسات
session-edit = تعديل
session-export = تصدير بصيغة Markdown…
session-delete = حذف
# $path: the file the session was saved to.
session-exported = حُفظت في { $path }. والملف غير مشفّر.
session-exported-note = حُفظت هذه الجلسة بصيغة Markdown في { $path }. والملف غير مشفّر: من الأفضل الاحتفاظ به في مكان خاص.
# When the person closed the save dialog without choosing a file.
session-not-exported = لم يُحفظ شيء.
session-deleted = حُذفت الجلسة. ويمكن التراجع عن ذلك.
session-therapist = المعالج أو نوع العلاج
session-distress-before = الضيق قبل الجلسة
session-distress-after = الضيق بعد الجلسة
session-body = الجسم بعد الجلسة
session-tears = الدموع
session-tear-kinds = أنواع الدموع
session-came-up = ما الذي ظهر
session-helped = ما الذي ساعد
session-aftercare = رعاية النفس
session-signs = ما يستحق الانتباه
session-tags = الوسوم
# Things from earlier sessions' "Bring up next time" that were ticked off in this one.
session-brought-up = ما طُرح من جلسات سابقة
session-bring-up = للطرح في المرة القادمة

## The session form

session-title-new = جلسة جديدة
session-title-edit = تعديل الجلسة
session-form-lead = قليل من الكتابة أو كثير، كما يناسبك. التاريخ وحده مطلوب؛ وكلماتك تُحفظ في أثناء الكتابة.
session-held-at = متى كانت الجلسة؟
session-rating-before = الضيق قبل الجلسة (اختياري)
session-rating-after = الضيق بعد الجلسة (اختياري)
session-body-question = كيف كان إحساس جسمك بعد الجلسة؟
# The first choice of a group where one can be picked: nothing was noted about it.
session-not-noted = لم يُدوَّن
session-tear-kinds-question = أيّ نوع من الدموع؟ (كل ما ينطبق)
session-aftercare-done = ما قمت به لرعاية نفسك
session-signs-question = هل هناك ما يستحق الانتباه؟
session-signs-note = تدوين هذه الأمور يساعدك أنت ومعالجك على رؤية أثر الجلسات. وهي ليست حكمًا عليك.
session-signs-tools = إن كان ذلك ما زال معك، فقد يساعدك شيء من هذا:
session-tags-hint = الوسوم مفصولة بفاصلة، مثلًا: العائلة, العمل.
session-carried = من جلسات سابقة: هل طرحت هذه الأمور؟
session-bring-up-hint = كل بند في سطر. تظهر هذه البنود من جديد في نموذج جلستك التالية إلى أن توضع عليها علامة.
# Heading of the choice of a check-in after the session.
session-afterwards = بعد الجلسة
session-check-in = الاطمئنان عليّ لاحقًا
session-check-in-after = الاطمئنان بعد
session-check-in-note = إشعار هادئ يسألك عن حالك ويقترح دقيقتين من الزفير. ويلزم أن يكون { -app-name } قيد التشغيل حينها (ويمكن تصغير نافذته).
session-save-new = حفظ الجلسة
session-save-changes = حفظ التغييرات
# Closes the form and keeps what was typed as a draft.
session-close = إغلاق الآن

## The session form: the draft (kept as the person types)

session-draft-saving = جارٍ حفظ المسوّدة…
# $time: the time of day the draft was kept.
session-draft-kept = حُفظت المسوّدة في { $time }.
# $reason: why, in the system's words.
session-draft-failed = تعذّر حفظ المسوّدة: { $reason }
# $time: the time of day the draft was last kept.
session-draft-back = عادت كتابتك غير المحفوظة من { $time }، كما تركتها تمامًا.
# Throws the draft away (a new session).
session-start-over = البدء من جديد
# Throws the draft away (editing a saved session).
session-go-back = العودة إلى الجلسة المحفوظة
session-started-over = تمّ البدء من جديد.
session-back-to-saved = عادت الجلسة المحفوظة كما كانت.

## Said after saving a session (read by screen readers)

journal-saved = حُفظت الجلسة.
# $time: the time of day of the check-in.
journal-saved-check-in = حُفظت الجلسة. وسيطمئنّ { -app-name } عليك في { $time }.

## The session form: how the body felt afterwards

session-body-calm = هدوء وتواصل
session-body-revved-up = استنفار (قلق، توتّر، تسارع في ضربات القلب)
session-body-shut-down = انغلاق (خدَر، ثقل، إحساس بالبُعد)

## The session form: tears

session-tears-none = بلا دموع
session-tears-during = في أثناء الجلسة
session-tears-after = بعد الجلسة
session-tears-both = في أثنائها وبعدها
session-tear-release = التخفّف
session-tear-grief = الحزن
session-tear-recognition = الاعتراف (أن يراك أحد على حقيقتك)
session-tear-overwhelm = فيض المشاعر
session-tear-connection = الصلة

## The session form: signs worth keeping an eye on, and what may help with each

session-sign-worse-for-hours = ساءت الحال لساعات بعد الجلسة
session-sign-flooding = الغرق في المشاعر (الكثير دفعة واحدة)
session-sign-numbness = خدَر
session-sign-panic = هلع
session-sign-dissociation = إحساس بالبُعد أو الانفصال
session-tool-far-away = حين يأخذك الإحساس بالبُعد: قائمة للعودة إلى هنا والآن
session-tool-orient = النظر في أرجاء الغرفة: قائمة للعودة إلى هنا والآن
session-tool-breathe = التنفّس بزفير طويل وبطيء
session-tool-hand-on-chest = يد على الصدر، وزفير بطيء: قائمة للعودة إلى هنا والآن
session-tool-aftercare = رعاية النفس بعد جلسة صعبة: قائمة للعودة إلى هنا والآن
session-tool-worse-for-hours = إن ساءت حالك لساعات بعد الجلسة، فهذا أمر يستحق أن يعرفه معالجك.

## Quick notes

note-jot-locked = تدوين شيء من دون فتح الدفتر
note-jot = تدوين شيء
note-sealed-hint = تُختم الملاحظة فورًا، وتُضاف إلى دفترك عند فتحه في المرة القادمة.
note-keep = حفظ هذه الملاحظة
note-kept-sealed = حُفظت مختومة. وستكون في دفترك عند فتحه.
note-kept = حُفظت.
note-remove = إزالة
# $when: the date and time the note was written.
note-remove-label = إزالة الملاحظة المكتوبة في { $when }
note-removed = أُزيلت الملاحظة.
