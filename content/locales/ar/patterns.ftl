# Ebb's words in Arabic: the Patterns screen (breathing patterns to choose from, and
# the person's own), following ../en/patterns.ftl. Read by the interface (ui/js/views/patterns.js).
# The patterns' names and descriptions come from elsewhere, and so do the messages
# about a value that cannot be saved.

## Patterns: the list

patterns-title = أنماط التنفّس
# The name read by screen readers for the list of patterns.
patterns-list = الأنماط
patterns-lead = يمكنك اختيار النمط الذي تتبعه شاشة التنفّس، أو إعداد نمط خاص بك.
# A small tag on the pattern the pacer uses now.
patterns-in-use = المستخدَم الآن
# A small tag beside a pattern the person made.
patterns-yours = نمطك
# A small tag beside a pattern whose breath in and breath out are the same length.
patterns-equal-length = مراحل متساوية
# Buttons beside a pattern; .aria-label is what a screen reader hears, with $name the pattern's name.
patterns-use = استخدام
    .aria-label = استخدام { $name }
patterns-edit = تعديل
    .aria-label = تعديل { $name }
patterns-delete = حذف
    .aria-label = حذف { $name }
# Shown in place of Delete, to make sure.
patterns-confirm-delete = نعم، أريد حذفه
    .aria-label = نعم، أريد حذف { $name }
patterns-keep = الإبقاء عليه
# Said once a pattern is chosen; $name: the pattern's name.
patterns-chosen = ستتبع شاشة التنفّس نمط «{ $name }».
# Said once a pattern is deleted; $name: the pattern's name.
patterns-deleted = حُذف «{ $name }».

## Patterns: making or editing one's own

patterns-make-own = إعداد نمط خاص بك
# The form's heading while a pattern is edited; $name: its name.
patterns-edit-title = تعديل «{ $name }»
# Label of the field for the pattern's name.
patterns-name = الاسم
# Labels of the four fields, each a number of seconds.
patterns-inhale = شهيق
patterns-hold-in = حبس النفَس بعد الشهيق
patterns-exhale = زفير
patterns-hold-out = حبس النفَس بعد الزفير
patterns-seconds-note = كل القيم بالثواني: من 1 إلى 30 للشهيق والزفير، ومن 0 إلى 30 لحبس النفَس، بخطوات من نصف ثانية.
patterns-save = حفظ النمط
patterns-cancel-edit = إلغاء التعديل
# Said once a pattern is saved; $name: its name.
patterns-saved = حُفظ «{ $name }».
