# Ebb's words in Arabic (Modern Standard Arabic), following ../en/ebb.ftl.
# Read by the interface (ui/js/i18n.js) and by Rust (src-tauri/src/i18n.rs).
# Write in the same calm, plain voice everywhere: short sentences, no jargon, no guilt.
# The reader is addressed without gendered forms where Arabic allows it (verbal nouns on
# buttons, "I" on the help buttons, the unmarked -ك suffix); where an imperative cannot be
# avoided, the masculine form, as most Arabic apps do.
# Glossary: glossary.md beside this file.

## The app

-app-name = Ebb

## Top bar and screens

brand = { -app-name }
key-f1 = F1
key-esc = Esc
menu = القائمة
screens =
    .aria-label = الشاشات
nav-breathe = تنفّس
nav-ground = هنا والآن
nav-journal = الدفتر
nav-insights = نظرة عامة
nav-learn = تعلّم
nav-patterns = الأنماط
nav-settings = الإعدادات
help-now = أحتاج إلى مساعدة الآن

## Notices

notice-ok = حسنًا
check-in-question = كيف حالك الآن؟ ما رأيك في دقيقتين من الزفير الهادئ؟
check-in-breathe = تنفّس لدقيقتين
check-in-not-now = ليس الآن
settings-not-loaded = تعذّر على { -app-name } تحميل إعداداته: { $reason }

## Breathe

pacer-title = تنفّس
start-breathing = بدء التنفّس
start-hint = مفتاح المسافة أو Enter
pause = إيقاف مؤقت
resume = متابعة
stop = إيقاف
paused = متوقّف مؤقتًا
paused-hint = اضغط مفتاح المسافة أو «متابعة» متى شئت.
ending-complete = انتهت هذه الجولة.
ending-stopped = توقّفنا هنا. لا بأس.
ending-sub = الوقت وقتك. لا داعي للاستعجال في أيّ شيء بعدها.
breathe-again = تنفّس من جديد
done = تمّ
breathing-options =
    .aria-label = خيارات التنفّس
pattern = النمط
pattern-equal-length = { $name } (مراحل متساوية)
length = المدّة
length-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
open-ended = بلا حدّ زمني
time-left = بقي { $time }
gentle-start = بداية لطيفة
gentle-note = تبدأ «البداية اللطيفة» بأنفاس أسرع وأسهل، ثم تُبطئها شيئًا فشيئًا خلال الأنفاس الأولى.
soft-tones = نغمات هادئة
speak-breath = نطق مراحل التنفّس
voice-missing = لا يوجد صوت نطق مثبّت على هذا الجهاز، لذلك لا يستطيع { -app-name } نطق مراحل التنفّس. النغمات الهادئة تعمل من دونه.
voice-other-language = لا يوجد على هذا الجهاز صوت نطق لهذه اللغة، لذلك لا يستطيع { -app-name } نطق مراحل التنفّس بها. النغمات الهادئة تعمل من دونه.

## The phases: shown, read by screen readers, and set as the window's title

phase-in = شهيق
phase-top-up = شهيق قصير آخر
phase-hold = حبس النفَس
phase-out = زفير

## The words "Speak the breath" says: short enough for a two-second phase

word-in = شهيق
word-top-up = أكثر قليلًا
word-hold = احبس
word-out = زفير

## How strong the feelings are (0 to 10)

rating-before = ما مدى شدّة مشاعرك في هذه اللحظة؟ (اختياري)
rating-after = ما مدى شدّة مشاعرك الآن؟ (اختياري)
rating-hard = يبدو هذا صعبًا حقًّا. المساعدة على بُعد خطوة إن أردتها، أو يمكنك البقاء هنا مع هذا الشعور الآن.
rating-stay = سأبقى هنا
rating-out-of-ten = { $n } من 10
rating-calm = 0 هدوء
rating-most = 10 أشدّ الضيق

## The tray

tray-breathe = تنفّس الآن
tray-grounding = العودة إلى هنا والآن
tray-help = أحتاج إلى مساعدة الآن
tray-lock = قفل الدفتر
tray-quit = إنهاء { -app-name }
tray-tooltip = { -app-name }: للتنفّس، وللعودة إلى هنا والآن، وللوصول إلى المساعدة

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = حول { -app-name }
menu-services = الخدمات
menu-hide = إخفاء { -app-name }
menu-hide-others = إخفاء الآخرين
menu-show-all = إظهار الكل
menu-edit = تحرير
menu-undo = تراجع
menu-redo = إعادة
menu-cut = قص
menu-copy = نسخ
menu-paste = لصق
menu-select-all = تحديد الكل
menu-window = نافذة
menu-minimize = تصغير
menu-zoom = تكبير/تصغير
menu-close-window = إغلاق النافذة

## Settings: language

language = اللغة
language-system = لغة النظام: { $language }
language-note = نرحّب بمراجعة أهل كل لغة لترجمتها؛ وأهمّ ما فيها كلمات الأزمات والعودة إلى هنا والآن.

delete-word = حذف

sentence = { $text }.
