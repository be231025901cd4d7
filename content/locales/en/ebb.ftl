# Ebb's words in English: the source every other language follows.
# Read by the interface (ui/js/i18n.js) and by Rust (src-tauri/src/i18n.rs).
# Write in the same calm, plain voice everywhere: short sentences, no jargon, no guilt.
# Glossary: glossary.md beside this file.

## The app

-app-name = Ebb

## Top bar and screens

# The app's name beside the menu.
brand = { -app-name }
# Key caps shown beside buttons, as printed on this language's keyboards.
key-f1 = F1
key-esc = Esc

menu = Menu
screens =
    .aria-label = Screens
nav-breathe = Breathe
nav-ground = Ground
nav-journal = Journal
nav-insights = Insights
nav-learn = Learn
nav-patterns = Patterns
nav-settings = Settings
help-now = Need help now

## Notices

notice-ok = OK
check-in-question = How are you now? A two-minute exhale?
check-in-breathe = Breathe for two minutes
check-in-not-now = Not now
settings-not-loaded = { -app-name } could not load its settings: { $reason }

## Breathe

pacer-title = Breathe
start-breathing = Start breathing
start-hint = Space or Enter
pause = Pause
resume = Resume
stop = Stop
paused = Paused
paused-hint = Press Space or Resume when you are ready.
ending-complete = That’s the end of this round.
ending-stopped = Stopped. That’s okay.
ending-sub = Take your time. There is no rush to do anything next.
breathe-again = Breathe again
done = Done
breathing-options =
    .aria-label = Breathing options
pattern = Pattern
pattern-equal-length = { $name } (equal-length)
length = Length
length-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
open-ended = Open-ended
time-left = { $time } left
gentle-start = Gentle start
gentle-note = Gentle start begins with quicker, easier breaths and slows them over the first few.
soft-tones = Soft tones
speak-breath = Speak the breath
voice-missing = This computer has no voice installed, so { -app-name } cannot speak the breath. Soft tones work without one.
voice-other-language = This computer has no voice for this language, so { -app-name } cannot speak the breath in it. Soft tones work without one.

## The phases: shown, read by screen readers, and set as the window's title

phase-in = Breathe in
phase-top-up = A little more in
phase-hold = Hold
phase-out = Breathe out

## The words "Speak the breath" says: short enough for a two-second phase

word-in = in
word-top-up = a little more
word-hold = hold
word-out = out

## How strong the feelings are (0 to 10)

rating-before = How strong are your feelings right now? (optional)
rating-after = How strong are your feelings now? (optional)
rating-hard = That sounds really hard. Help is one step away if you want it, or you can stay here with this for now.
rating-stay = Stay here
rating-out-of-ten = { $n } out of 10
rating-calm = 0 calm
rating-most = 10 the most distress

## The tray

tray-breathe = Breathe now
tray-grounding = Grounding
tray-help = Need help now
tray-lock = Lock journal
tray-quit = Quit { -app-name }
tray-tooltip = { -app-name }: breathe, ground, or find help

## The app menu (macOS only): the menu bar's app, Edit and Window menus, worded as
## macOS names them in each language. The Quit item is tray-quit.

menu-app = { -app-name }
menu-about = About { -app-name }
menu-services = Services
menu-hide = Hide { -app-name }
menu-hide-others = Hide Others
menu-show-all = Show All
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-cut = Cut
menu-copy = Copy
menu-paste = Paste
menu-select-all = Select All
menu-window = Window
menu-minimize = Minimize
menu-zoom = Zoom
menu-close-window = Close Window

## Settings: language

language = Language
language-system = As the system: { $language }
language-note = Translations welcome review by native speakers; the words about crisis and grounding matter most.

## Deleting the journal: the word typed to confirm it (one word, lowercase)

delete-word = delete

## A line of a list said as a sentence, one after another (e.g. what an import added)

sentence = { $text }.
