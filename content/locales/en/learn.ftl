# Ebb's words in English: the Learn screen (short articles). Read by the interface
# (ui/js/views/learn.js). The articles themselves come from content/, not from this file.

## Learn

learn-title = Learn
# The name read by screen readers for the list of articles.
learn-articles = Articles
learn-lead = Short, plain reading for before or after a session. None of it replaces your therapist.
# The button back from an article to the list; the arrow points back (turn it in right-to-left languages).
learn-all-articles = ← All articles
