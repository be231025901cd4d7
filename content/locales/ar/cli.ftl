## The command line (ebb export, backup, restore, check): what it says on the terminal

# Arabic, following ../en/cli.ftl; option names, formats, "SQLCipher", "Argon2id" and "MiB" stay as they are.

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
