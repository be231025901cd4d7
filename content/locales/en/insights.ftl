# Ebb's words in English: the Insights screen (charts of the journal over time), and
# the summary of what an import or a restore would add (shown in Settings).
# Read by the interface (ui/js/views/insights.js, insights-charts.js, insights-model.js).
# The same calm voice as ebb.ftl: these are the person's own notes, counted. Never a
# score, a goal, a judgement or a diagnosis.

## Insights: the screen

insights-title = Insights
# Shown when there is no journal yet.
insights-absent = Insights come from your session journal. Once you have written about a few sessions, this is where you can see how they have gone over time.
# Shown while the journal is locked.
insights-locked = Insights are worked out from your journal, so they show once it is unlocked.
insights-go-to-journal = Go to the journal
insights-unlock-journal = Unlock the journal
# Label of the list that chooses the time range (the options follow).
insights-range-label = Show
insights-empty = Nothing to show yet, and that is fine. As you note a few sessions, this page will start to show how distress, tears and the tools you use move over time.
insights-no-pressure = There is nothing to keep up with here: write when it helps, and skip when it doesn’t.
# $sessions: how many sessions the journal holds.
insights-count-all =
    { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } in your journal.
# $sessions: sessions in the chosen time range; $all: sessions in the whole journal.
insights-count-range =
    { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } in this time, of { $all } in your journal.
# “Everything” is the option insights-range-all below: use the same words.
insights-few = With only a session or two in this time, there is not much of a picture yet. Try “Everything”, or come back after a few more.
insights-not-a-judgement = These are your own notes, counted. They are not a judgement or a diagnosis; your therapist is the person to make sense of them with.

## Insights: the time ranges

insights-range-3m = Last 3 months
insights-range-12m = Last 12 months
insights-range-all = Everything
# Said by a screen reader once a range is chosen.
insights-showing-3m = Showing last 3 months.
insights-showing-12m = Showing last 12 months.
insights-showing-all = Showing everything.

## Insights: worth mentioning to your therapist (the observations themselves come from elsewhere)

insights-mention-title = Worth mentioning to your therapist
# A link to one session: $when is its date and time, $therapist the name the person wrote.
insights-mention-session = { $when } · { $therapist }
# A link to a session whose date is not known.
insights-open-session = Open the session

## Insights: the charts (titles, legends, tables)

insights-distress-title = Distress before and after sessions
insights-tools-title = What moved distress
# A chart of how many sessions had tears. Never a score or a goal: more tears, or fewer, is not something to aim for.
insights-tears-title = Tears over time
# Warning signs the person noted after sessions (feeling worse for hours, flooded, numb…).
insights-signs-title = Things to keep an eye on
# Opens a table of the numbers behind a chart.
insights-show-numbers = Show the numbers
# Legend of the distress chart: the line for ratings before the session.
insights-legend-before = Before the session
# Legend of the distress chart: the line for ratings after the session; 0 to 10 is the rating scale.
insights-legend-after = After the session (0 calm, 10 the most distress)
# Above the table of distress ratings when it shows only the latest ones.
insights-table-latest = The latest { $shown } of { $total }.
insights-table-session = Session
insights-table-before = Before
insights-table-after = After
# In the table, where a session has no rating.
insights-no-rating = –
# Legend of the tears chart: the bars for all sessions.
insights-legend-sessions = Sessions
# Legend of the tears chart: the bars for sessions with tears. $bucket: week or month, how the bars are grouped.
insights-legend-tears =
    Sessions with tears, per { $bucket ->
        [month] month
       *[week] week
    }
# Table header: the month of a row.
insights-table-month = Month
# Table header: the first day of the week of a row.
insights-table-week = Week of
insights-table-sessions = Sessions
insights-table-with-tears = With tears
# Legend of the warning-signs chart (a grid of coloured cells). $bucket: week or month, one column each.
insights-legend-signs =
    A stronger colour: noted after more sessions that { $bucket ->
        [month] month
       *[week] week
    }.

## Insights: the warning signs, as rows of the chart

insights-sign-worse-for-hours = Felt worse for hours
insights-sign-flooding = Flooded
insights-sign-numbness = Numb
insights-sign-panic = Panic
insights-sign-dissociation = Far away

## Insights: the summaries beside each chart (what a screen reader hears)

insights-distress-few = Once two or three sessions have distress ratings, you will see how they moved here.
# $sessions: sessions with a rating; $before, $after: the average ratings (0 to 10, one decimal);
# $lower: sessions where distress was lower after than before, of $rated sessions rated both times.
insights-distress-both-lower =
    Across { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } with ratings, distress was { $before } out of 10 on average before and { $after } after. It was lower afterwards in { $lower } of { $rated }.
# As insights-distress-both-lower, when no session was rated both before and after.
insights-distress-both =
    Across { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } with ratings, distress was { $before } out of 10 on average before and { $after } after.
# Only ratings before sessions. $before: their average (0 to 10, one decimal).
insights-distress-before =
    Across { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } with ratings, distress before was { $before } out of 10 on average.
# Only ratings after sessions. $after: their average (0 to 10, one decimal).
insights-distress-after =
    Across { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } with ratings, distress after was { $after } out of 10 on average.

# How distress changed with a tool, on average (after compared with before, on the 0 to 10 scale).
# $direction: lower, higher or none; $amount: the size of the change, one decimal.
# Shown as the tooltip of a bar in “What moved distress”.
insights-change =
    { $direction ->
        [lower] { $amount } lower on average
        [higher] { $amount } higher on average
       *[none] no change on average
    }
# One line per tool in “What moved distress”. $name: the breathing pattern or grounding list;
# $kind: pacer (breathing) or grounding; $rated: how many times it was rated;
# $direction and $amount: as in insights-change.
insights-tool-line =
    { $name } ({ $kind ->
        [pacer] breathing
       *[grounding] grounding
    }): { $rated ->
        [one] { $rated } time
       *[other] { $rated } times
    } rated, distress { $direction ->
        [lower] { $amount } lower on average
        [higher] { $amount } higher on average
       *[none] no change on average
    }
# The name of a breathing tool whose pattern is not known.
insights-tool-breathing = Breathing
# The name of a grounding tool whose list is not known.
insights-tool-grounding = Grounding
insights-tools-none = When you rate how you feel before and after breathing or grounding, you will see here what tends to help.
# $tools: how many tools were rated.
insights-tools-count =
    { $tools ->
        [one] { $tools } tool
       *[other] { $tools } tools
    } with ratings.
# $tools: how many tools were rated; $name: the one after which distress went down most;
# $direction and $amount: as in insights-change (here lower, or none when the change rounds to nothing).
insights-tools-count-best =
    { $tools ->
        [one] { $tools } tool
       *[other] { $tools } tools
    } with ratings. Distress went down most with { $name } ({ $direction ->
        [none] no change on average
       *[lower] { $amount } lower on average
    }).

insights-tears-few = Tears over time will show here after a few sessions.
# $tears: sessions with tears, of $sessions; $bucket: week or month, how the chart groups them.
# The last sentence matters: tears are never a score, and neither more nor fewer is a goal.
insights-tears-summary =
    Tears in { $tears } of { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, shown per { $bucket ->
        [month] month
       *[week] week
    }. More or fewer is not a goal either way; this is only what you noted.
# As insights-tears-summary, with the kind of tears noted most often ($kind).
insights-tears-summary-kind =
    Tears in { $tears } of { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, shown per { $bucket ->
        [month] month
       *[week] week
    }. The kind you noted most: { $kind ->
        [release] release
        [grief] grief
        [recognition] recognition
        [overwhelm] overwhelm
        [connection] connection
       *[other] { $kind }
    }. More or fewer is not a goal either way; this is only what you noted.

insights-signs-none = Nothing to keep an eye on was noted in this time.
# $signs: the warning signs noted, each one of the insights-sign-after-… messages below,
# joined by insights-signs-separator.
insights-signs-noted = Noted: { $signs }.
# Between two warning signs in insights-signs-noted (a semicolon and a space in English).
insights-signs-separator = ;{ " " }
# $count: after how many sessions this was noted.
insights-sign-after-worse-for-hours =
    felt worse for hours after { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
insights-sign-after-flooding =
    flooded after { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
insights-sign-after-numbness =
    numb after { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
insights-sign-after-panic =
    panic after { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
insights-sign-after-dissociation =
    far away after { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }

## Import and restore: what a file would add (shown in Settings before it is imported)

# The heading above the list of what an import adds.
insights-import-adds = Importing this adds:
# The heading above the list of what restoring a backup adds.
insights-restore-adds = Restoring this adds:
insights-import-nothing-new = Everything in this file is already in your journal.
# $first, $last: the dates of the first and last session added.
insights-import-span = The sessions added are from { $first } to { $last }.
# One line each in the list under insights-import-adds; $count: how many.
insights-import-new-sessions =
    { $count ->
        [one] { $count } new session
       *[other] { $count } new sessions
    }
insights-import-newer-sessions =
    { $count ->
        [one] { $count } session with a newer version
       *[other] { $count } sessions with newer versions
    }
# Things the person wanted to bring up in a session.
insights-import-new-bring-up =
    { $count ->
        [one] { $count } new item to bring up
       *[other] { $count } new items to bring up
    }
insights-import-newer-bring-up =
    { $count ->
        [one] { $count } item to bring up with a newer version
       *[other] { $count } items to bring up with newer versions
    }
# Ratings of how a breathing or grounding practice went.
insights-import-new-practice =
    { $count ->
        [one] { $count } new practice rating
       *[other] { $count } new practice ratings
    }
insights-import-newer-practice =
    { $count ->
        [one] { $count } practice rating with a newer version
       *[other] { $count } practice ratings with newer versions
    }
insights-import-new-notes =
    { $count ->
        [one] { $count } new quick note
       *[other] { $count } new quick notes
    }
insights-import-newer-notes =
    { $count ->
        [one] { $count } quick note with a newer version
       *[other] { $count } quick notes with newer versions
    }
# Session entries not finished yet.
insights-import-new-drafts =
    { $count ->
        [one] { $count } new draft
       *[other] { $count } new drafts
    }
insights-import-newer-drafts =
    { $count ->
        [one] { $count } draft with a newer version
       *[other] { $count } drafts with newer versions
    }
# $count: records in the file that the journal already has.
insights-import-already =
    { $count ->
        [one] { $count } record is already in your journal and will stay as it is
       *[other] { $count } records are already in your journal and will stay as they are
    }
