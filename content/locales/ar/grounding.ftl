# Ebb's words in Arabic: the Ground screen (short checklists to come back to the room
# and the body), following ../en/grounding.ftl. Read by the interface (ui/js/views/grounding.js).
# The same calm voice as ebb.ftl: no rush, nothing to get right. The list names and
# their steps come from elsewhere (content/), not from this file.
# Also used on this screen, from ebb.ftl: rating-before, rating-after, help-now.

## Ground: the lists

grounding-title = هنا والآن
grounding-lead = طرق قصيرة للعودة إلى الغرفة وإلى جسمك. على مهلك؛ وما لا يناسبك يمكنك تخطّيه.
# The name read by screen readers for the list of grounding lists.
grounding-lists = قوائم العودة إلى هنا والآن
# A small tag beside a list the person made themselves.
grounding-yours = قائمتك

## Ground: making a list of one's own

grounding-make-own = إعداد قائمة خاصة بك
# Label of the field for the new list's name.
grounding-name = الاسم
# Label of the box where the new list's steps are typed.
grounding-steps = الخطوات، كل خطوة في سطر
grounding-make-list = إنشاء القائمة
# Said once a list is made; $name: the name the person gave it.
grounding-made = تمّ إنشاء «{ $name }».

## Ground: working through a list

# The button back to the index of lists; the arrow points back (turn it in right-to-left languages).
grounding-all-lists = → كل القوائم
# Legend of the choice between the two ways through a list (the two options follow).
grounding-show = طريقة العرض
grounding-one-step = خطوة واحدة في كل مرة
grounding-whole-list = القائمة كاملة
# After a step that asks the person to notice something, beside the box where they may type it.
grounding-notice-private = (لك وحدك؛ لا يُحفَظ)
# $step: the step shown; $steps: how many steps the list has.
grounding-step-count = الخطوة { $step } من { $steps }
grounding-back = رجوع
grounding-next = التالي
# The last step's button: it ends the list.
grounding-finish = إنهاء
# The keys for one step at a time: Enter or the right arrow for the next step, the left arrow for the one before.
# (Arabic: the arrows name the keys as the app reads them, right arrow for the next step, so they are not turned.)
grounding-keys = للخطوة التالية: Enter أو →. وللرجوع: ←.
# Label of the field to add a step to the list open.
grounding-add-step-label = إضافة خطوة إلى هذه القائمة
grounding-add-step = إضافة الخطوة
grounding-step-added = أُضيفت الخطوة.
grounding-delete-list = حذف هذه القائمة
# Said once the person's own list is deleted.
grounding-list-deleted = حُذفت قائمتك.
# Undoes the steps the person added to one of the lists that come with the app.
grounding-reset = استعادة القائمة الأصلية
# Said once a list is reset.
grounding-list-reset = عادت القائمة كما كانت في الأصل.
# Ends the list when it is shown whole, with ticks.
grounding-done = انتهيت

## Ground: the end of a list

grounding-how-now = كيف حالك الآن؟
grounding-steadier = أشعر بثبات أكبر
grounding-overwhelmed = ما زالت المشاعر تغمرني
# The answer to “I feel steadier”.
grounding-steadier-reply = جميل أن شيئًا ما تغيّر. الوقت وقتك قبل الانتقال إلى أيّ شيء آخر.
grounding-back-to-lists = العودة إلى القوائم
# The answer to “Still overwhelmed”: gentle, never a failure. Breathing or help follow as two buttons.
grounding-overwhelmed-reply = لا بأس. بعض اللحظات تحتاج إلى أكثر من قائمة. يمكنك التنفّس لبضع دقائق، أو التواصل مع أحد.
# Opens the breathing pacer.
grounding-breathe = تنفّس مع { -app-name }
