## رسائل ما يحدث حين يتعثّر شيء ما، يقولها جانب Rust من التطبيق: مصنوعة من الشيفرة
## بواسطة src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages)؛
## لا يُعدَّل النص الإنجليزي يدويًّا. تحمل المتغيّرات ما تملؤه الشيفرة: اسم ملف،
## أو رقمًا، أو السبب الذي يذكره النظام، أو رسالة أخرى من هذا الملف.

# src/error.rs
error-joined-4710cd = { $action }: { $v1 }

# src/transfer/mod.rs
error-a-json-export-goes-into-08f7ca = يُضاف ملف التصدير بصيغة JSON إلى دفتر قائم: يُرجى إنشاء دفتر أولًا، أو استعادة نسخة احتياطية مشفّرة هنا.

# src/safety_plan/mod.rs
error-a-line-in-is-longer-21a170 = في «{ $heading }» سطر يزيد عدد أحرفه على { $MAX_CHARS }. لم يُفقد شيء؛ يمكنك تقسيمه إلى سطرين، ثم الحفظ.

# src/journal/db.rs
error-a-new-journal-could-not-4b8337 = تعذّر إعداد دفتر جديد ({ $e }). لم يُمَسّ أيّ شيء آخر؛ يُرجى إعادة تشغيل Ebb والمحاولة مجددًا.

# src/journal/notes.rs
error-a-quick-note-can-hold-92ee90 = تتّسع الملاحظة السريعة لما يصل إلى 100 كيلوبايت. أمّا الأفكار الأطول فمكانها جلسة.

# src/journal/sessions/mod.rs, src/journal/archive/parse.rs, src/pacer/practice.rs
error-a-rating-goes-from-0-743495 = التقييم يكون من 0 إلى 10.

# src/journal/sessions/mod.rs
error-a-tag-is-a-short-a611e3 = الوسم كلمة أو عبارة قصيرة في سطر واحد (حتى 60 حرفًا).

# src/settings/mod.rs
error-add-at-least-one-step-987618 = يُرجى إضافة خطوة واحدة على الأقل إلى قائمتك.

# src/journal/archive/merge.rs
error-an-item-to-bring-up-585d6f = إحدى النقاط المراد طرحها (المعرّف { $v1 }) تنتمي إلى جلسة ليست في الملف ولا في الدفتر.

# src/error.rs
error-another-program-is-using-the-b455a5 = هناك برنامج آخر يستخدم الدفتر الآن. يُرجى المحاولة مجددًا بعد قليل.

# src/journal/archive/parse.rs
error-body-must-hold-the-form-70938e = يجب أن يحتوي «body» على حقول النموذج، بأسمائها، بين أقواس معقوفة.

# src/safety_plan/mod.rs
error-can-hold-lines-nothing-was-4e9f23 = الحدّ الأقصى لعدد الأسطر في «{ $heading }» هو { $MAX_ITEMS }. لم يُفقد شيء؛ يمكنك دمج بعضها أو حذف القليل منها، ثم الحفظ.

# src/error.rs
error-content-file-62f6eb = ملف المحتوى { $file }: { $problem }

# src/journal/sessions/write.rs
error-could-not-bring-the-session-c37bdf = تعذّرت استعادة الجلسة

# src/journal/db.rs
error-could-not-check-that-the-64de60 = تعذّر التحقّق من أن الدفتر مشفّر

# src/journal/checks.rs
error-could-not-check-the-journal-c9cc63 = تعذّر فحص الدفتر

# src/journal/inbox.rs
error-could-not-clear-the-inbox-69e9f5 = تعذّر إفراغ صندوق الوارد

# src/journal/mod.rs
error-could-not-close-the-journal-95dbef = تعذّر إغلاق الدفتر

# src/journal/db.rs
error-could-not-create-the-journal-9262fd = تعذّر إنشاء ملف الدفتر

# src/journal/mod.rs
error-could-not-delete-every-file-238a4a = تعذّر حذف جميع ملفات الدفتر

# src/journal/sessions/write.rs
error-could-not-delete-the-session-7eb429 = تعذّر حذف الجلسة

# src/journal/drafts.rs
error-could-not-discard-the-draft-229001 = تعذّر التخلّص من المسودّة

# src/journal/keyfile.rs
error-could-not-encode-the-key-1fdefd = تعذّر ترميز ملف المفتاح ({ $e }).

# src/journal/db.rs
error-could-not-hand-the-key-85079f = تعذّر تسليم المفتاح إلى قاعدة البيانات

# src/journal/mod.rs
error-could-not-import-into-the-1ab10a = تعذّر الاستيراد إلى الدفتر

# src/journal/sessions/search.rs
error-could-not-index-the-session-0629ed = تعذّرت فهرسة الجلسة للبحث

# src/journal/inbox.rs
error-could-not-keep-what-you-51287f = تعذّر حفظ ما كتبته والدفتر مقفل

# src/journal/mod.rs
error-could-not-make-the-journal-4681eb = تعذّر إنشاء مجلد الدفتر

# src/journal/mod.rs, src/journal/merged.rs
error-could-not-merge-the-inbox-e54efc = تعذّر دمج صندوق الوارد

# src/journal/mod.rs
error-could-not-move-an-unfinished-f825af = تعذّر نقل دفتر غير مكتمل جانبًا

# src/journal/mod.rs
error-could-not-move-the-journal-72d128 = تعذّر نقل الدفتر جانبًا

# src/journal/db.rs
error-could-not-open-a-database-8a8a85 = تعذّر فتح قاعدة بيانات في الذاكرة

# src/journal/writer.rs, src/journal/db.rs
error-could-not-open-the-journal-646b7d = تعذّر فتح الدفتر

# src/journal/db.rs
error-could-not-re-encrypt-the-e8c8b8 = تعذّرت إعادة تشفير الدفتر

# src/journal/archive/mod.rs
error-could-not-read-c0bc43 = تعذّرت قراءة { $v1 }

# src/journal/archive/merge.rs
error-could-not-read-the-backup-2182e8 = تعذّرت قراءة النسخة الاحتياطية

# src/journal/drafts.rs
error-could-not-read-the-draft-76887d = تعذّرت قراءة المسودّة

# src/journal/inbox.rs
error-could-not-read-the-inbox-aa6b9e = تعذّرت قراءة صندوق الوارد

# src/journal/bring_up.rs
error-could-not-read-the-items-049ba0 = تعذّرت قراءة النقاط المراد طرحها

# src/journal/bring_up.rs, src/journal/sessions/read.rs, src/journal/practice.rs, src/journal/notes.rs, src/journal/drafts.rs
error-could-not-read-the-journal-2fb788 = تعذّرت قراءة الدفتر للتصدير

# src/journal/insights.rs
error-could-not-read-the-journal-42a8a7 = تعذّرت قراءة الدفتر لعرض النظرة العامة

# src/journal/db.rs
error-could-not-read-the-journal-4ceda5 = تعذّرت قراءة ملف الدفتر

# src/journal/keyfile.rs
error-could-not-read-the-journal-82e4ee = تعذّرت قراءة ملف مفتاح الدفتر

# src/journal/sessions/read.rs, src/journal/secrets.rs, src/journal/mod.rs, src/summary/mod.rs
error-could-not-read-the-journal-87ca89 = تعذّرت قراءة الدفتر

# src/summary/mod.rs
error-could-not-read-the-journal-a42945 = تعذّرت قراءة الدفتر لإعداد الملخّص

# src/journal/notes.rs
error-could-not-read-the-notes-3a87db = تعذّرت قراءة الملاحظات

# src/journal/practice.rs, src/summary/mod.rs
error-could-not-read-the-practice-7b74d9 = تعذّرت قراءة سجلّات التمرين

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-could-not-read-the-session-1ab2a2 = تعذّرت قراءة الجلسة

# src/journal/sessions/write.rs
error-could-not-remove-deleted-sessions-b34efd = تعذّرت إزالة الجلسات المحذوفة

# src/journal/notes.rs
error-could-not-remove-the-note-da6122 = تعذّرت إزالة الملاحظة

# src/journal/drafts.rs
error-could-not-save-the-draft-568800 = تعذّر حفظ المسودّة

# src/journal/bring_up.rs
error-could-not-save-the-items-5c6f11 = تعذّر حفظ النقاط المراد طرحها

# src/journal/mod.rs
error-could-not-save-the-journal-8c882b = تعذّر حفظ المفتاح الجديد للدفتر

# src/journal/keyfile.rs
error-could-not-save-the-journal-f9080d = تعذّر حفظ ملف مفتاح الدفتر

# src/journal/notes.rs
error-could-not-save-the-note-590961 = تعذّر حفظ الملاحظة

# src/journal/practice.rs
error-could-not-save-the-practice-b100b9 = تعذّر حفظ سجلّ التمرين

# src/journal/sessions/write.rs, src/journal/mod.rs
error-could-not-save-the-session-dd946b = تعذّر حفظ الجلسة

# src/journal/backup.rs
error-could-not-seal-the-backup-83b463 = تعذّر إحكام إغلاق النسخة الاحتياطية

# src/journal/inbox.rs
error-could-not-set-aside-the-b54efb = تعذّر عزل الملاحظات التي حُفظت والدفتر مقفل ولا يستطيع Ebb قراءتها

# src/journal/db.rs
error-could-not-set-up-the-ae6958 = تعذّر إعداد قاعدة البيانات

# src/journal/secrets.rs, src/journal/mod.rs, src/journal/db.rs
error-could-not-set-up-the-bdb498 = تعذّر إعداد الدفتر

# src/journal/db.rs
error-could-not-set-up-the-fe1863 = تعذّر إعداد تشفير الدفتر

# src/journal/mod.rs
error-could-not-tidy-the-journal-eb73d9 = تعذّر ترتيب الدفتر

# src/transfer/mod.rs, src/commands/summary.rs
error-could-not-write-0b3800 = تعذّرت كتابة { $v1 }

# src/journal/db.rs
error-could-not-write-the-journal-e722d8 = تعذّرت الكتابة في الدفتر

# src/settings/mod.rs
error-ebb-could-not-read-your-8bbb2d = تعذّر على Ebb قراءة إعداداتك ({ $e })، لذلك يستخدم إعداداته المعتادة في الوقت الحالي. لم يتغيّر ملفك.

# src/settings/mod.rs
error-ebb-could-not-save-your-2b23ad = تعذّر على Ebb حفظ إعداداتك

# src/journal/keyfile.rs
error-ebb-could-not-turn-that-cf9655 = تعذّر على Ebb تحويل عبارة المرور هذه إلى مفتاح ({ $e }). لم يتغيّر شيء؛ يُرجى المحاولة مجددًا، وإعادة تشغيل Ebb إن تكرّر الأمر.

# src/settings/mod.rs
error-ebb-does-not-speak-that-9a42c1 = لا يتحدّث Ebb هذه اللغة بعد. يُرجى اختيار لغة أخرى.

# src/settings/mod.rs
error-ebb-has-no-lines-for-7e3f32 = ليس لدى Ebb خطوط مساعدة لهذا البلد بعد.

# src/error.rs
error-ebb-is-not-allowed-to-632b23 = لا يملك Ebb إذنًا باستخدام هذا المكان. يُرجى اختيار مكان آخر، أو التحقّق من أذونات المجلد.

# src/settings/personal.rs
error-ebb-keeps-up-to-contacts-1b7d67 = يحتفظ Ebb بما يصل إلى { $MAX_CONTACTS } من جهات الاتصال.

# src/settings/personal.rs
error-give-your-list-a-name-0b9ea8 = يُرجى تسمية قائمتك باسم لا يتجاوز 60 حرفًا.

# src/pacer/pattern.rs
error-give-your-pattern-a-name-a04cb8 = يُرجى تسمية نمطك، حتى يسهل العثور عليه لاحقًا.

# src/settings/personal.rs
error-how-can-you-reach-a-1e6fb7 = كيف يمكنك التواصل مع { $v1 }؟ رقم هاتف أو أيّ طريقة أخرى.

# src/journal/archive/parse.rs
error-is-not-a-date-and-6c21cb = «{ $v0 }» ليس تاريخًا ووقتًا يستطيع Ebb قراءتهما (يجب أن يكون بهذا الشكل: 2026-11-23T18:30:00Z).

# src/journal/archive/parse.rs
error-is-not-a-session-id-1f5749 = «{ $v0 }» ليس معرّف جلسة.

# src/journal/db.rs
error-is-not-encrypted-so-it-5dcb97 = الملف { $v1 } غير مشفّر، لذا فهو ليس دفترًا أنشأه Ebb. لن يكتب Ebb فيه؛ وقد تُرك كما هو.

# src/journal/archive/parse.rs
error-it-is-not-a-record-2a4264 = هذا ليس سجلًّا يستطيع Ebb قراءته (كل سجلّ مجموعة من الحقول المسمّاة بين أقواس معقوفة).

# src/journal/archive/parse.rs
error-it-says-where-it-was-47c37b = يذكر أين أُشير إليه بأنه تمّ، لكنه لا يذكر متى («doneAt»).

# src/error.rs
error-its-file-is-not-a-c08161 = ملفه ليس دفترًا تفتحه عبارة المرور هذه. وقد تُرك كما هو.

# src/journal/archive/parse.rs
error-its-id-must-be-1-19a550 = يجب أن يتكوّن معرّفه من 1 إلى 64 من الحروف أو الأرقام أو «-» أو «_».

# src/journal/archive/parse.rs
error-its-text-must-have-1-e55157 = يجب أن يحتوي نصّه على 1 إلى 2000 حرف.

# src/journal/archive/parse.rs
error-key-must-be-new-or-94b129 = يجب أن تكون قيمة «key» إمّا «new» أو معرّف جلسة.

# src/journal/sessions/mod.rs
error-kinds-of-tears-only-go-099214 = لا تُحدَّد أنواع الدموع إلا إذا كانت هناك دموع أثناء الجلسة أو بعدها.

# src/journal/bring_up.rs
error-one-of-the-items-to-57d389 = تغيّرت إحدى النقاط المراد طرحها في مكان آخر. يُرجى إلقاء نظرة أخرى على القائمة.

# src/settings/mod.rs
error-please-choose-1-2-3-3c9fc8 = يُرجى اختيار 1 أو 2 أو 3 أو 5 أو 10 دقائق، أو بلا حدّ زمني.

# src/desktop/aftercare.rs
error-please-choose-15-30-45-18dfec = يُرجى اختيار 15 أو 30 أو 45 أو 60 أو 90 أو 120 دقيقة.

# src/settings/mod.rs
error-please-choose-5-10-15-5bcc2b = يُرجى اختيار 5 أو 10 أو 15 أو 30 أو 60 دقيقة.

# src/settings/mod.rs
error-please-choose-a-text-size-97957a = يُرجى اختيار حجم للنص بين 100% و175%.

# src/transfer/import.rs
error-please-choose-the-backup-file-a1d467 = يُرجى اختيار ملف النسخة الاحتياطية مرة أخرى.

# src/transfer/import.rs
error-please-choose-the-file-to-9a1e49 = يُرجى اختيار الملف المراد استيراده مرة أخرى.

# src/pacer/pattern.rs
error-please-enter-a-number-of-256161 = { $label }: يُرجى إدخال عدد الثواني.

# src/pacer/pattern.rs
error-please-enter-a-number-of-f70a70 = { $label }: يُرجى إدخال عدد الثواني، مثل 4 أو 4.5.

# src/journal/sessions/read.rs, src/journal/export.rs, src/summary/mod.rs, src/commands/data.rs
error-please-give-a-date-as-bed8ba = يُرجى كتابة التاريخ بصيغة سنة-شهر-يوم.

# src/settings/personal.rs
error-please-give-each-contact-a-868a39 = يُرجى إعطاء كل جهة اتصال اسمًا.

# src/journal/sessions/mod.rs
error-please-give-the-date-and-cad829 = يُرجى إدخال تاريخ الجلسة ووقتها.

# src/settings/personal.rs
error-please-keep-a-step-to-1f58b6 = يُرجى ألّا يزيد عدد أحرف الخطوة على { $ITEM_MAX_CHARS }.

# src/journal/sessions/mod.rs
error-please-keep-each-item-to-241975 = يُرجى ألّا يزيد عدد أحرف كل بند على { $max_chars }.

# src/pacer/pattern.rs
error-please-keep-the-name-to-9fd64d = يُرجى ألّا يزيد عدد أحرف الاسم على { $NAME_MAX_CHARS }.

# src/journal/sessions/mod.rs
error-please-keep-this-to-200-cb4a19 = يُرجى ألّا يتجاوز هذا 200 حرف.

# src/settings/personal.rs
error-please-keep-this-to-characters-8fb3f5 = يُرجى ألّا يزيد عدد الأحرف هنا على { $max }.

# src/journal/keyfile.rs
error-please-use-at-least-characters-1f1a57 = يُرجى ألّا يقلّ عدد الأحرف عن { $MIN_PASSPHRASE_CHARS }. بضع كلمات عادية متتالية يسهل تذكّرها ويصعب تخمينها.

# src/pacer/pattern.rs
error-please-use-half-second-steps-bec35a = { $label }: يُرجى استخدام ثوانٍ كاملة أو أنصاف ثوانٍ، مثل 4 أو 4.5.

# src/settings/mod.rs
error-that-breathing-pattern-no-longer-57f280 = لم يعد نمط التنفّس هذا موجودًا. يُرجى اختيار نمط آخر.

# src/error.rs
error-that-disk-can-be-read-2516fe = يمكن القراءة من هذا القرص لكن لا يمكن الكتابة عليه. يُرجى اختيار مكان آخر، أو فحص القرص.

# src/journal/sessions/mod.rs
error-that-is-more-items-than-cef139 = هذه بنود أكثر مما تتّسع له جلسة واحدة (50).

# src/journal/sessions/mod.rs
error-that-is-more-tags-than-9d9d86 = هذه وسوم أكثر مما تتّسع له جلسة واحدة (50).

# src/settings/mod.rs
error-that-list-was-deleted-b8eb06 = حُذفت هذه القائمة.

# src/journal/notes.rs
error-that-note-is-already-gone-7ef01f = هذه الملاحظة لم تعد موجودة.

# src/summary/pdf.rs
error-that-paper-size-cannot-be-136802 = لا يمكن استخدام حجم الورق هذا.

# src/error.rs
error-that-passphrase-doesn-t-open-042aad = عبارة المرور هذه لا تفتح هذا الدفتر. لم يتغيّر شيء؛ الوقت وقتك، ويمكنك المحاولة مجددًا.

# src/error.rs
error-that-passphrase-doesn-t-open-234c58 = عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية. لم يتغيّر شيء. (إن كنت على يقين من صحّتها، فربما عُدِّل الملف.)

# src/journal/keyfile.rs
error-that-passphrase-is-longer-than-214601 = عبارة المرور هذه أطول مما يقبله Ebb (نحو ألف حرف بالإنجليزية، وأقلّ من ذلك بالحروف العربية أو مع الرموز التعبيرية). لم يتغيّر شيء؛ وتكفي عبارة أقصر.

# src/pacer/practice.rs
error-that-pattern-id-is-too-7ed3c7 = معرّف النمط هذا طويل جدًّا.

# src/settings/mod.rs
error-that-pattern-was-already-deleted-ce5ff0 = سبق أن حُذف هذا النمط.

# src/settings/mod.rs
error-that-pattern-was-deleted-please-3c4f30 = حُذف هذا النمط؛ يُرجى حفظه نمطًا جديدًا.

# src/journal/sessions/write.rs
error-that-session-can-no-longer-69bda1 = لم يعد من الممكن استعادة هذه الجلسة.

# src/journal/sessions/read.rs, src/journal/sessions/write.rs
error-that-session-is-no-longer-e6293f = هذه الجلسة لم تعد في الدفتر.

# src/journal/backup.rs
error-the-backup-could-not-be-637396 = تعذّر تشفير النسخة الاحتياطية، لذلك لم يُحفظ شيء. يُرجى المحاولة مجددًا بعد قليل، وإعادة تشغيل Ebb إن تكرّر الأمر.

# src/journal/export.rs
error-the-csv-file-could-not-dc7c46 = تعذّر إنشاء ملف CSV ({ $e })، لذلك لم يُحفظ شيء. يُرجى المحاولة مجددًا بعد قليل، واختيار Markdown أو JSON إن تكرّر الأمر.

# src/error.rs
error-the-database-said-739256 = رسالة قاعدة البيانات هي «{ $e }». { $TRY_AGAIN }

# src/error.rs
error-the-file-is-too-large-aebd4b = الملف أكبر مما يتّسع له هذا القرص. يُرجى اختيار مكان آخر له.

# src/error.rs
error-the-file-or-folder-is-76d0e2 = الملف أو المجلد لم يعد موجودًا. إن كان قد نُقل، فيُرجى إعادته إلى مكانه، ثم المحاولة مجددًا.

# src/summary/mod.rs
error-the-first-day-comes-after-b3689b = اليوم الأول يأتي بعد اليوم الأخير. يُرجى تبديلهما.

# src/journal/db.rs
error-the-journal-could-not-be-5b534c = تعذّر تحديث الدفتر ({ $e }). وقد تُرك كما هو؛ يُرجى إعادة تشغيل Ebb والمحاولة مجددًا.

# src/journal/db.rs
error-the-journal-could-not-switch-3880d0 = تعذّر على الدفتر الانتقال إلى طريقته الآمنة في الكتابة (هو الآن في وضع «{ $mode }»)، لذلك لم يُكتب شيء. يُرجى إعادة تشغيل Ebb والمحاولة مجددًا.

# src/journal/db.rs
error-the-journal-could-not-switch-3e6443 = تعذّر على الدفتر العودة إلى طريقته الآمنة في الكتابة (هو الآن في وضع «{ $mode }»). كل ما دوّنته موجود فيه؛ يُرجى إعادة تشغيل Ebb قبل كتابة المزيد.

# src/error.rs
error-the-journal-is-locked-unlock-6cec29 = الدفتر مقفل. يمكنك فتح قفله بعبارة المرور للمتابعة.

# src/error.rs
error-the-journal-is-open-in-cc345d = الدفتر مفتوح الآن في سطر أوامر Ebb. لم يتغيّر شيء؛ يُرجى المحاولة مجددًا بعد أن ينتهي.

# src/journal/keyfile.rs
error-the-journal-key-could-not-614677 = تعذّر إحكام إغلاق مفتاح الدفتر.

# src/journal/db.rs
error-the-journal-s-database-cannot-00ee33 = لا يمكن قراءة قاعدة بيانات الدفتر ({ $e }). وقد تُركت كما هي تمامًا.

# src/journal/db.rs
error-the-journal-s-database-cannot-a0da51 = لا يمكن قراءة قاعدة بيانات الدفتر ({ $e }). وقد تُركت كما هي تمامًا؛ لم يُكتب فيها شيء.

# src/error.rs
error-the-journal-s-folder-can-289b8d = يمكن القراءة من مجلد الدفتر لكن لا يمكن الكتابة فيه. يُرجى فحص القرص، ثم إعادة تشغيل Ebb.

# src/journal/mod.rs
error-the-journal-s-inbox-key-85002d = مفتاح صندوق الوارد الخاص بالدفتر مفقود. وقد تُرك الدفتر كما هو.

# src/journal/inbox.rs
error-the-journal-s-key-file-2a9e75 = يشير ملف مفتاح الدفتر إلى مفتاح صندوق وارد لا يستطيع Ebb قراءته. وقد تُرك كما هو.

# src/journal/keyfile.rs
error-the-journal-s-key-file-4de6e9 = لا يمكن استخدام ملف مفتاح الدفتر: { $problem }. وقد تُرك كما هو تمامًا.

# src/journal/keyfile.rs
error-the-journal-s-key-file-65c4dc = في ملف مفتاح الدفتر إعدادات لا يمكن استخدامها ({ $e }).

# src/journal/mod.rs
error-the-journal-s-key-file-acdba4 = ملف مفتاح الدفتر وقاعدة بياناته لا ينتمي أحدهما إلى الآخر. وقد تُرك كلاهما كما هو.

# src/summary/pdf.rs
error-the-pdf-could-not-be-5a9ef9 = تعذّر إنشاء ملف PDF. لم يُحفظ شيء؛ يُرجى المحاولة مجددًا.

# src/settings/mod.rs
error-the-settings-in-this-backup-5dd110 = تعذّر استخدام الإعدادات الموجودة في هذه النسخة الاحتياطية ({ $problem }).

# src/error.rs
error-the-system-said-8d2e42 = رسالة النظام هي «{ $e }». { $TRY_AGAIN }

# src/journal/mod.rs
error-there-is-already-a-journal-f632c6 = يوجد دفتر هنا بالفعل. يمكنك فتح قفله بدلًا من ذلك.

# src/pacer/pattern.rs
error-there-is-already-a-pattern-6e56fe = يوجد بالفعل نمط باسم «{ $name }». يُرجى اختيار اسم آخر.

# src/journal/db.rs
error-there-is-no-journal-database-19117a = لا توجد هنا قاعدة بيانات لدفتر.

# src/journal/mod.rs
error-there-is-no-journal-yet-dffa67 = لا يوجد دفتر بعد.

# src/state/journal.rs
error-there-is-no-journal-yet-e8ec1c = لا يوجد دفتر بعد لحفظ هذا فيه.

# src/error.rs
error-there-is-no-space-left-d16520 = لم تعد هناك مساحة فارغة على القرص. يُرجى إفراغ بعض المساحة، ثم المحاولة مجددًا.

# src/journal/notes.rs
error-there-is-nothing-to-keep-6ee814 = لا يوجد ما يُحفظ بعد.

# src/settings/mod.rs
error-there-was-nothing-to-reset-afd825 = لم يكن هناك ما يُعاد ضبطه.

# src/journal/keyfile.rs
error-these-key-settings-are-refused-75b32b = إعدادات المفتاح هذه مرفوضة: { $e }.

# src/journal/backup.rs
error-this-backup-asks-for-far-6c0cea = تتطلّب هذه النسخة الاحتياطية لفتحها جهدًا أكبر بكثير مما تتطلّبه أيّ نسخة احتياطية من Ebb، لذلك لم تُفتح. لم يتغيّر شيء؛ يُرجى اختيار النسخة الاحتياطية التي حفظها Ebb.

# src/journal/backup.rs
error-this-backup-holds-more-than-8b7b2b = تحوي هذه النسخة الاحتياطية أكثر مما يحويه أيّ دفتر من Ebb (أكثر من 512 ميغابايت)، لذلك لم تُقرأ. لم يتغيّر شيء؛ يُرجى اختيار النسخة الاحتياطية التي حفظها Ebb.

# src/journal/backup.rs
error-this-backup-is-damaged-at-c58482 = هذه النسخة الاحتياطية تالفة من بدايتها، لذلك لا يمكن فتحها. وقد تُركت كما هي؛ إن كانت لديك نسخة أخرى، فيمكنك تجربتها.

# src/journal/backup.rs
error-this-backup-is-damaged-or-a05088 = هذه النسخة الاحتياطية تالفة أو ناقصة: تعذّر فكّ تشفير جزء منها. وقد تُركت كما هي؛ إن كانت لديك نسخة أخرى، فيمكنك تجربتها.

# src/journal/backup.rs
error-this-backup-was-made-in-0bfb44 = صُنعت هذه النسخة الاحتياطية بصيغة أحدث مما يستطيع هذا الإصدار من Ebb قراءته. لم يتغيّر شيء؛ يستطيع إصدار أحدث من Ebb فتحها.

# src/journal/db.rs
error-this-copy-of-ebb-was-bf4660 = بُني هذا الإصدار من Ebb من دون التشفير، لذلك لن يكتب في الدفتر. شاشات التنفّس و«هنا والآن» والمساعدة لا تزال تعمل.

# src/journal/inbox.rs
error-this-could-not-be-encrypted-fd725f = تعذّر تشفير هذا والدفتر مقفل ({ $e }). لم يُكتب شيء؛ يُرجى فتح قفل الدفتر والمحاولة مجددًا.

# src/journal/inbox.rs
error-this-could-not-be-kept-1b86db = تعذّر حفظ هذا والدفتر مقفل ({ $e }). لم يُكتب شيء؛ يُرجى فتح قفل الدفتر والمحاولة مجددًا.

# src/journal/drafts.rs
error-this-draft-is-larger-than-352da3 = هذه المسودّة أكبر مما يستطيع Ebb الاحتفاظ به (8 ميغابايت). ما كتبته لا يزال على الشاشة؛ يُرجى حفظ جزء منه كجلسة، ثم المتابعة.

# src/journal/archive/mod.rs
error-this-file-is-larger-than-ef6ea8 = هذا الملف أكبر من أيّ ملف يصدّره Ebb (أكثر من 512 ميغابايت)، لذلك لم يُقرأ. لم يتغيّر شيء؛ يُرجى اختيار الملف الذي صدّره Ebb.

# src/journal/backup.rs
error-this-file-was-encrypted-for-07972f = شُفِّر هذا الملف لمفتاح شخص ما لا بعبارة مرور، لذا فهو ليس نسخة احتياطية من Ebb. لم يتغيّر شيء؛ يُرجى اختيار النسخة الاحتياطية التي حفظها Ebb.

# src/journal/sessions/mod.rs
error-this-is-longer-than-ebb-f924fb = هذا أطول مما يستطيع Ebb الاحتفاظ به في حقل واحد (2 ميغابايت). هل يمكن نقل جزء منه إلى جلسة أخرى؟

# src/journal/backup.rs
error-this-is-not-an-ebb-e7ed80 = هذه ليست نسخة احتياطية من Ebb: فهي لا تبدأ كما تبدأ نسخ Ebb الاحتياطية. لم يتغيّر شيء؛ يُرجى اختيار ملف النسخة الاحتياطية الذي حفظه Ebb (ينتهي اسمه بالامتداد age).

# src/journal/sessions/write.rs
error-this-session-was-deleted-undo-815083 = حُذفت هذه الجلسة. يمكنك التراجع عن الحذف لتعديلها.

# src/state/journal.rs
error-to-delete-everything-type-the-06ae42 = لحذف كل شيء، يُرجى كتابة كلمة «{ $DELETE_CONFIRMATION }».

# src/journal/archive/parse.rs
error-tool-must-be-pacer-or-da9b21 = يجب أن تكون قيمة «tool» إمّا «pacer» أو «grounding».

# src/error.rs
error-try-again-in-a-moment-982a23 = يُرجى المحاولة مجددًا بعد قليل، وإعادة تشغيل Ebb إن تكرّر الأمر.

# src/journal/archive/parse.rs
error-used-is-longer-than-200-ab13cf = قيمة «used» أطول من 200 حرف.

# src/settings/personal.rs
error-write-a-short-step-like-af34ff = يُرجى كتابة خطوة قصيرة، مثل «الإمساك بشيء دافئ».

# src/safety_plan/store/mod.rs
error-your-plan-could-not-be-4193c7 = تعذّر حفظ خطّتك، لأن سلسلة المفاتيح في هذا الحاسوب لا تستجيب الآن ({ $reason }). ما كتبته لا يزال على الشاشة؛ يُرجى المحاولة مجددًا بعد قليل، أو بعد إعادة تشغيل Ebb.

# src/safety_plan/store/mod.rs
error-your-safety-plan-s-file-392710 = تعذّرت قراءة ملف خطة الأمان الخاصة بك ({ $v1 })، لذلك تُرك كما هو تمامًا. التنفّس و«هنا والآن» و«أحتاج إلى مساعدة الآن» لا تزال كلها تعمل.

# src/settings/mod.rs
error-your-settings-file-was-damaged-2fbef1 = ملف إعداداتك تالف ({ $problem })، لذلك يستخدم Ebb إعداداته المعتادة. تعذّر نقله جانبًا ({ $e })؛ وهو باقٍ دون تغيير في { $v1 }.

# src/settings/mod.rs
error-your-settings-file-was-damaged-96323c = كان ملف إعداداتك تالفًا، لذلك بدأ Ebb بإعداداته المعتادة. الملف القديم محفوظ باسم { $v1 }.
