## نوافذ الملفات في النظام (العناوين، أنواع الملفات، السؤال قبل الاستبدال)

dialog-export-markdown = تصدير بصيغة Markdown (غير مشفّر)
dialog-export-json = تصدير بصيغة JSON (غير مشفّر)
dialog-export-csv = تصدير بصيغة CSV (غير مشفّر)
dialog-backup = حفظ نسخة احتياطية مشفّرة
dialog-backup-kind = نسخة احتياطية من { -app-name } (age)
dialog-plan-markdown = حفظ خطتي بصيغة Markdown (غير مشفّرة)
dialog-plan-pdf = حفظ خطتي بصيغة PDF (غير مشفّرة)
dialog-summary-pdf = حفظ صفحة جلستي القادمة بصيغة PDF (غير مشفّرة)
dialog-import = استيراد ملف JSON مُصدَّر أو استعادة نسخة احتياطية
dialog-import-kind = ملف مُصدَّر أو نسخة احتياطية من { -app-name }
dialog-replace-question = الملف «{ $name }» موجود مسبقًا. هل يُستبدل بهذا الملف المُصدَّر؟
dialog-replace = استبدال
dialog-keep = إبقاء الملف القديم
