# Ebb's words in Arabic: the Learn screen (short articles), following ../en/learn.ftl.
# Read by the interface (ui/js/views/learn.js). The articles themselves come from
# content/, not from this file.

## Learn

learn-title = تعلّم
# The name read by screen readers for the list of articles.
learn-articles = المقالات
learn-lead = قراءات قصيرة وبسيطة لما قبل الجلسة أو بعدها. ولا شيء منها يغني عن معالجك.
# The button back from an article to the list; the arrow points back (turn it in right-to-left languages).
learn-all-articles = → كل المقالات
