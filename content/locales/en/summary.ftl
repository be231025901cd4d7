# Ebb's words in English: "Prepare for my next session", a one-page summary the person
# may bring to their therapist, on paper or as a PDF.
# Read by Rust (the page itself: src-tauri/src/summary/) and by the interface (the
# preview where the person chooses what goes on it: ui/js/views/summary.js).
# The page is the person's own, in the first person, for a therapist to read. Plain,
# calm and factual: counts from their own notes, never a score, a diagnosis or a goal.

## The preview

summary-open = Prepare for my next session
summary-title = Prepare for my next session
summary-intro = Choose what goes on the page. Only what is ticked here is included, and nothing leaves Ebb until you save or print it.
# The stretch of time the page covers (a group of three choices).
summary-stretch-label = Which stretch of time
summary-stretch-since-last-session = Since my last session
summary-stretch-last-month = The last month
summary-stretch-dates = Between two dates
summary-from = From
summary-to = To
# $stretch: the days covered, as summary-stretch says them; $sessions: sessions in it.
summary-covers =
    { $stretch }: { $sessions ->
        [0] no sessions noted
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }.
# The person's own line at the top of the page.
summary-top-label = What I most want to talk about (optional)
summary-top-hint = A line of your own, at the top of the page.
# A section's own tick: takes the whole section on or off the page.
summary-section-include = Include this section
summary-none-in-stretch = Nothing here for this stretch.
# Under the items offered, when there are more. $count: open items older than those shown.
summary-bring-up-older =
    { $count ->
        [one] One older item is still open in your journal; only the latest are offered here.
       *[other] { $count } older items are still open in your journal; only the latest are offered here.
    }
# Under the sessions offered, when there are more. $count: older sessions with notes.
summary-notes-older =
    { $count ->
        [one] One older session with notes is not offered here; choose a shorter stretch to reach it.
       *[other] { $count } older sessions with notes are not offered here; choose a shorter stretch to reach them.
    }
summary-notes-hint = Your notes stay private unless you tick them. Choose only what you would like your therapist to read.
# Paper sizes.
summary-paper-label = Paper size
summary-paper-a4 = A4
summary-paper-letter = US Letter
summary-save = Save as PDF…
summary-print = Print…
summary-back = Back to the journal
summary-not-encrypted = The PDF is not encrypted.
summary-not-encrypted-more = Anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.
# $path: where the PDF was saved; $pages: how many pages it has.
summary-saved =
    Saved { $pages ->
        [one] one page
       *[other] { $pages } pages
    } to { $path }.
summary-nothing-saved = Nothing was saved.
summary-printing = The print dialog is open.
summary-loading = Gathering what this stretch holds…
# Said when the journal is locked while preparing.
summary-locked = Unlock the journal to prepare a page.

## The page (also the PDF)

summary-page-title = For my next session
# $from, $to: days, written out.
summary-stretch = { $from } to { $to }
# The PDF's title, and the name suggested for the file. $stretch: summary-stretch.
summary-file-title = For my next session, { $stretch }
summary-top-heading = What I most want to talk about
summary-bring-up-heading = Still to bring up
# $date: the day an item was noted (short form, "3 Nov").
summary-noted = noted { $date }
summary-distress-heading = Distress before and after sessions
# Legend of the chart: an outlined bar, then a solid one.
summary-chart-before = Before (outlined)
summary-chart-after = After (solid)
# The chart in words, for screen readers (one session): $day its date (short); $before and
# $after its ratings (0–10), or – when one was not given.
summary-chart-point = { $day }: { $before } before, { $after } after
# $shown: how many sessions the chart shows; $all: how many were rated.
summary-chart-latest = The chart shows the latest { $shown } of { $all } rated sessions.
# The chart in words. $sessions: rated sessions; $before, $after: averages on the 0–10
# scale; $has: both, before or after (which ratings were given).
summary-distress-words =
    { $has ->
        [before] { $sessions ->
            [one] One session rated
           *[other] { $sessions } sessions rated
        }: { $before } before on average (0–10).
        [after] { $sessions ->
            [one] One session rated
           *[other] { $sessions } sessions rated
        }: { $after } after on average (0–10).
       *[both] { $sessions ->
            [one] One session rated
           *[other] { $sessions } sessions rated
        }: { $before } before and { $after } after on average (0–10).
    }
summary-signs-heading = Worth mentioning
# $sign: a warning sign as the session form names it; $count: sessions where it was
# noted; $sessions: sessions in the stretch.
summary-sign =
    { $sign }: after { $count } of { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
summary-signs-note = From my own notes after sessions, to talk over; not a diagnosis.
summary-helped-heading = What helped
# $name: a breathing pattern or grounding list; $kind: pacer or grounding; $amount:
# how much lower distress was afterwards, on average (0–10); $rated: times rated.
summary-helped =
    { $name } ({ $kind ->
        [pacer] breathing
       *[grounding] grounding
    }): distress { $amount } lower on average, { $rated ->
        [one] rated once
       *[other] rated { $rated } times
    }
summary-notes-heading = From my session notes
# $day: when the session was held; $therapist: the therapist's name as the person wrote it.
summary-session-with = { $day }, with { $therapist }
# $text: the person's own note.
summary-came-up = What came up: { $text }
summary-what-helped = What helped: { $text }
summary-nothing-chosen = Nothing was chosen for this page.
summary-shortened = Some long text was shortened here (…); all of it is still in my journal.
# $date: the day the page was made.
summary-footer = Prepared on { $date }
