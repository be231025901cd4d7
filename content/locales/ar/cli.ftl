## The command line (ebb export, backup, restore, check): what it says on the terminal

# Arabic, following ../en/cli.ftl; option names, formats, "SQLCipher", "Argon2id" and "MiB" stay as they are.

# `ebb --help`. Option names, command names, FILE, DIR, DATE, YYYY-MM-DD and the
# exit codes stay as they are; keep the columns lined up.
cli-usage =
    Ebb: رفيق صغير وخاص في اللحظات الصعبة المحيطة بالعلاج النفسي.

    الاستخدام: ebb [OPTIONS]
               ebb export --format json|md|csv --out FILE [--from DATE] [--to DATE] [--data-dir DIR]
               ebb backup --out FILE [--data-dir DIR]
               ebb restore FILE [--data-dir DIR]
               ebb check [--data-dir DIR]
               ebb summary --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter] [--data-dir DIR]

    الخيارات:
      --breathe          بدء التنفّس فورًا على الإيقاع الموجَّه. وإن كان Ebb مفتوحًا من قبل،
                         تتقدّم نافذته إلى الأمام ويبدأ التنفّس فيها.
      --data-dir DIR     حفظ كل ملف يكتبه Ebb داخل DIR (للاستخدام المحمول أو للاختبار).
                         ويؤدّي متغيّر البيئة EBB_DATA_DIR المهمة نفسها؛ وإذا حُدِّد
                         الاثنان، فالأولوية للخيار.
      -h, --help         عرض هذه المساعدة.
      -V, --version      عرض إصدار Ebb.

    من دون --data-dir، يستخدم Ebb المجلدات المعتادة في نظامك للإعدادات والبيانات.

    الأوامر (لا تُفتح أيّ نافذة؛ ويطلب كلٌّ منها عبارة مرور الدفتر):
      export    يكتب الدفتر في FILE بصيغة json (كاملًا، ويمكن استيراده من جديد)،
                أو md (Markdown، للقراءة أو المشاركة)، أو csv (صفّ لكل جلسة).
                ويختار --from و --to (YYYY-MM-DD) الجلسات في صيغتَي md و csv.
                هذه الملفات غير مشفّرة إطلاقًا. ويكتب --out - إلى الخرج القياسي.
      backup    يكتب في FILE نسخة احتياطية مشفّرة من الدفتر والإعدادات، مختومة
                بعبارة مرور الدفتر (بصيغة age، فيفتحها `age -d FILE` أيضًا).
      restore   يستعيد نسخة احتياطية (أو يستورد ملف JSON مُصدَّرًا) من FILE. وإن لم
                يكن هنا دفتر، يُنشأ دفتر جديد بعبارة مرور النسخة الاحتياطية. وتبقى
                السجلّات الموجودة في الدفتر كما هي؛ ولا يضيف الاستيراد مرتين شيئًا.
      check     يتحقّق من أن الدفتر مشفّر، ومن أن كل صفحاته وفهرس البحث سليمة.
      summary   يكتب في FILE.pdf صفحة لجلستك القادمة: ما لم يُطرح بعد، والضيق قبل
                الجلسات وبعدها، وما استحقّ الذكر، وما ساعد، من --from إلى --to
                (YYYY-MM-DD؛ وإن لم يُحدَّدا، فالشهر المنتهي اليوم). ولا تدخلها
                ملاحظات الجلسات؛ ويمكن اختيارها في النافذة. ملف PDF غير مشفّر إطلاقًا.

    تُقرأ عبارات المرور من الطرفية من دون إظهارها، أو، حين لا يكون الدخل القياسي
    طرفية، عبارةً في كل سطر من الدخل القياسي (restore: عبارة مرور النسخة الاحتياطية،
    ثم عبارة مرور الدفتر إن كانت مختلفة). ولا تُؤخذ أبدًا من وسيط في سطر الأوامر.

    رموز الخروج:
      0  تمّ
      1  حدث خطأ آخر (تبيّن الرسالة ما هو)
      2  لم يُفهَم سطر الأوامر
      3  عبارة المرور غير صحيحة
      4  لا يوجد دفتر هنا (export، backup، check، summary)
      5  الدفتر تالف أو غير مشفّر (وجد check مشكلة)
      6  رُفض الملف المراد استعادته (ليس ملفًا من Ebb، أو هو تالف، أو فيه سجلّات
         غير صالحة)؛ لم يتغيّر شيء
      7  Ebb مفتوح ويستخدم الدفتر (يُرجى إغلاقه هناك، أو استخدام النافذة)

# When the command line is not understood.
cli-data-dir-needs-folder = يحتاج --data-dir إلى مجلد، مثل --data-dir ~/ebb-data
# $flag: an option like --out; $what: one of the cli-what-* messages.
cli-flag-needs = يحتاج { $flag } إلى { $what }
cli-what-folder = مجلد
cli-what-file = اسم ملف
cli-what-format = json أو md أو csv
cli-what-date = تاريخ (YYYY-MM-DD)
# $value: what was typed, in quotes.
cli-format-not = قيمة --format هي json أو md أو csv، وليست { $value }
cli-date-not = يحتاج { $flag } إلى تاريخ بصيغة YYYY-MM-DD، وليس { $value }
# $command: export, backup, restore or check.
cli-does-not-take = لا يقبل ebb { $command } الوسيط { $value }
cli-export-needs-format = يحتاج ebb export إلى --format json أو md أو csv
cli-export-needs-out = يحتاج ebb export إلى --out FILE (أو --out - للكتابة إلى الخرج القياسي)
cli-summary-needs-out = يحتاج ebb summary إلى --out FILE.pdf (أو --out - للكتابة إلى الخرج القياسي)
cli-what-paper = a4 أو letter
cli-paper-not = قيمة --paper هي a4 أو letter، وليست { $value }
cli-from-after-to = التاريخ --from { $from } يأتي بعد --to { $to }؛ يُرجى تبديلهما
cli-backup-needs-out = يحتاج ebb backup إلى --out FILE
cli-restore-needs-file = يحتاج ebb restore إلى الملف المراد استعادته (FILE)
# $argument: what was given, in quotes.
cli-ignoring = تمّ تجاهل الوسيط غير المعروف { $argument } (التفاصيل في ebb --help)

cli-no-data-folder = تعذّر العثور على مجلد بياناتك؛ يُرجى تحديده باستخدام --data-dir
cli-in-use = { -app-name } مفتوح ويستخدم الدفتر؛ يُرجى إغلاقه هناك، أو تنفيذ هذا من النافذة.
# $reason: the system's own words for what went wrong.
cli-terminal-unreadable = تعذّرت قراءة عبارة المرور من الطرفية ({ $reason })
cli-stdin-unreadable = تعذّرت قراءة الدخل القياسي ({ $reason })
# Prompts: the passphrase is typed right after them, on the same line.
cli-journal-passphrase = عبارة مرور الدفتر:{ " " }
cli-backup-passphrase = عبارة مرور النسخة الاحتياطية:{ " " }
cli-no-journal = لا يوجد دفتر في { $folder }
# $file: where it was written, or the words of cli-standard-output.
cli-exported = تمّ تصدير { $sessions ->
    [zero] { $sessions } جلسة
    [one] جلسة واحدة
    [two] جلستين
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
} إلى { $file } (من دون تشفير).
cli-backed-up = حُفظت نسخة احتياطية من { $sessions ->
    [zero] { $sessions } جلسة
    [one] جلسة واحدة
    [two] جلستين
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
} في { $file }، مشفّرة بعبارة مرور الدفتر.
cli-standard-output = الخرج القياسي
# $pages: the PDF's pages; $file: where it was written, or the words of cli-standard-output.
cli-summary-written = كُتبت { $pages ->
    [zero] { $pages } صفحة
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
} لجلستك القادمة في { $file } (من دون تشفير).
cli-database-unreadable = تعذّرت قراءة قاعدة بيانات الدفتر ({ $reason })
cli-not-encrypted = قاعدة بيانات الدفتر ليست مشفّرة إطلاقًا
cli-open-elsewhere = الدفتر مفتوح في { -app-name }، أو لم يُغلَق { -app-name } في المرة الأخيرة. يُرجى إغلاقه (أو فتحه وإغلاقه مرة واحدة)، ثم إعادة الفحص. لم يتغيّر شيء.
# $problems: one problem per line, each on a line of its own after this one.
cli-problems = في الدفتر مشكلات:{ $problems }
cli-key-fine = ملف المفتاح: سليم (Argon2id، { $mib } MiB، { $passes ->
    [zero] { $passes } تمريرة
    [one] تمريرة واحدة
    [two] تمريرتان
    [few] { $passes } تمريرات
    [many] { $passes } تمريرة
   *[other] { $passes } تمريرة
}).
cli-database-fine = قاعدة البيانات: مشفّرة (SQLCipher)، وكل صفحاتها سليمة، وفهرس البحث سليم.
cli-sessions = الجلسات: { $count }.
cli-waiting = { $count ->
    [zero] { $count } ملاحظة تنتظر
    [one] ملاحظة واحدة تنتظر
    [two] ملاحظتان تنتظران
    [few] { $count } ملاحظات تنتظر
    [many] { $count } ملاحظة تنتظر
   *[other] { $count } ملاحظة تنتظر
} في صندوق الوارد؛ وستُضاف عند فتح الدفتر في المرة القادمة.
cli-nothing-changed = لم يتغيّر شيء.
# $list: one record per line, each on a line of its own after this one.
cli-records-refused = تعذّرت قراءة { $count ->
    [zero] { $count } سجلّ
    [one] سجلّ واحد
    [two] سجلّين
    [few] { $count } سجلّات
    [many] { $count } سجلًّا
   *[other] { $count } سجلّ
}، لذلك لم يُستعَد شيء:{ $list }
# $counts: cli-count-* joined, e.g. "3 sessions, 2 practice ratings, 0 notes".
cli-restored = استُعيد دفتر جديد فيه { $counts }؛ ويُفتح بعبارة مرور النسخة الاحتياطية.
cli-restored-settings = استُعيدت الإعدادات أيضًا.
cli-restored-plan = عادت خطة الأمان أيضًا.
cli-restored-contacts = عادت جهات اتصالك أيضًا.
cli-nothing-added = كل ما في هذا الملف موجود في الدفتر من قبل؛ لم يُضَف شيء.
cli-imported = تمّ الاستيراد: { $counts }.
cli-count-sessions = { $count ->
    [zero] { $count } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
cli-count-updated = { $count ->
    [zero] { $count } جلسة محدَّثة
    [one] جلسة واحدة محدَّثة
    [two] جلستان محدَّثتان
    [few] { $count } جلسات محدَّثة
    [many] { $count } جلسة محدَّثة
   *[other] { $count } جلسة محدَّثة
}
cli-count-ratings = { $count ->
    [zero] { $count } تقييم للتمارين
    [one] تقييم واحد للتمارين
    [two] تقييمان للتمارين
    [few] { $count } تقييمات للتمارين
    [many] { $count } تقييمًا للتمارين
   *[other] { $count } تقييم للتمارين
}
cli-count-notes = { $count ->
    [zero] { $count } ملاحظة
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
cli-write-stdout = تعذّرت الكتابة إلى الخرج القياسي ({ $reason })
cli-write-file = تعذّرت الكتابة في { $file } ({ $reason })
