## Words Candor makes from the facts (statuses, lateness, summaries, charts, feeds).
## Arguments named $n, $days, $count... are numbers: they choose the plural form.

## Collections: one entry in words, and the collection's heading.

collection-one = { $collection ->
        [partners] partner
        [objectives] objective
        [milestones] milestone
        [successes] success
        [setbacks] setback
        [case-studies] case study
        [pages] page
       *[newsletters] newsletter
    }
collection-title = { $collection ->
        [partners] Partners
        [objectives] Objectives
        [milestones] Milestones
        [successes] Successes
        [setbacks] Setbacks
        [case-studies] Case studies
        [pages] Pages
       *[newsletters] Newsletters
    }

## Kinds and statuses as written in the files.

partner-kind = { $kind ->
        [nonprofit] Non-profit
        [school] School
        [business] Business
        [government] Government
        [community-group] Community group
        [funder] Funder
        [individual] Individual
       *[other] Other
    }
contribution-kind = { $kind ->
        [funds] Funds
        [volunteer-hours] Volunteer hours
        [in-kind] In kind
        [skills] Skills
       *[venue] Venue
    }
verification = { $verification ->
        [self-reported] Self-reported
        [partner-confirmed] Partner-confirmed
        [independent] Independently verified
       *[audited] Audited
    }
severity = { $severity ->
        [low] Low
        [medium] Medium
       *[high] High
    }
setback-status = { $status ->
        [open] Open
        [mitigating] Mitigating
       *[resolved] Resolved
    }
# A setback's status with its severity: "Open, high severity".
setback-state = { $status ->
        [open] Open
        [mitigating] Mitigating
       *[resolved] Resolved
    }, { $severity ->
        [low] low
        [medium] medium
       *[high] high
    } severity
milestone-status = { $status ->
        [planned] Planned
        [in-progress] In progress
        [achieved] Achieved
        [delayed] Delayed
        [missed] Missed
       *[cancelled] Cancelled
    }

## A milestone's state on the build date. $days: days past the current due date; $moved: days
## from the date first agreed to the current due date; $late: days after the date first agreed;
## $due: the current due date, in words.

days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
milestone-overdue-not-started = { days } overdue, not started
milestone-overdue-delayed = { days } overdue, delayed
milestone-overdue-in-progress = { days } overdue, in progress
milestone-past-new-date-not-started = { days } past its new date, not started
# $total: days past the date first agreed.
milestone-past-new-date = { days } past its new date ({ $total ->
        [one] { $total } day
       *[other] { $total } days
    } past the date first agreed)
milestone-achieved-on-time = Achieved on time
milestone-achieved-late = Achieved { $late ->
        [one] { $late } day
       *[other] { $late } days
    } after the date first agreed
milestone-delayed-to = Delayed to { $due }
milestone-now-due = { milestone-status }, now due { $due }
# Added after a state when the milestone was re-planned.
milestone-moved = { $state } ({ $moved ->
        [one] { $moved } day
       *[other] { $moved } days
    } after the date first agreed)

## An indicator's progress.

progress-reached = { $percent }% of the way from { $baseline } to { $target } (latest: { $value } on { $date })
progress-none = No measurement yet

## Changes of a figure. $amount is the change, already written; $n the change as a number.

change-none = no change
change-up = up { $amount }
change-down = down { $amount }
change-points = { $n ->
        [one] { $amount } point
       *[other] { $amount } points
    }

## Reporting periods.

period-year = { $year }
period-quarter = { $year } Q{ $quarter } ({ $quarter ->
        [1] January to March
        [2] April to June
        [3] July to September
       *[4] October to December
    })
period-quarter-other = { $year } Q{ $quarter }

## A period report's summary, in the past for an ended period and "so far" while it runs.

summary-none-due = No milestone fell due.
summary-none-due-so-far = No milestone has fallen due so far.
summary-due = { $due ->
        [one] { $due } milestone
       *[other] { $due } milestones
    } fell due: { $achieved }.
summary-due-so-far = So far { $due ->
        [one] { $due } milestone has
       *[other] { $due } milestones have
    } fallen due: { $achieved }.
# How many of the milestones due were achieved ($n), and how many of those on time ($on_time).
summary-achieved-none = none was achieved
summary-achieved-none-so-far = none has been achieved yet
summary-achieved = { $n ->
        [one] { $n } was achieved, { $on_time ->
            [1] on time
           *[other] late
        }
       *[other] { $n } were achieved, { $on_time ->
            [0] none of them on time
           *[other] { $all ->
                [yes] all on time
               *[no] { $on_time } of them on time
            }
        }
    }
summary-achieved-so-far = { $n ->
        [one] { $n } has been achieved, { $on_time ->
            [1] on time
           *[other] late
        }
       *[other] { $n } have been achieved, { $on_time ->
            [0] none of them on time
           *[other] { $all ->
                [yes] all on time
               *[no] { $on_time } of them on time
            }
        }
    }
summary-overdue-now = { $n ->
        [one] { $n } milestone is
       *[other] { $n } milestones are
    } overdue now.
summary-overdue-at-end = { $n ->
        [one] { $n } milestone was
       *[other] { $n } milestones were
    } still overdue when the period ended.
summary-no-success = No success was reported.
summary-no-success-so-far = No success has been reported so far.
summary-successes = { $n ->
        [one] { $n } success
       *[other] { $n } successes
    } reported.
summary-successes-so-far = { $n ->
        [one] { $n } success
       *[other] { $n } successes
    } reported so far.
summary-no-setback = No setback was reported.
summary-no-setback-so-far = No setback has been reported so far.
# $resolved: how many of the $n setbacks were resolved; $all: "yes" when all of them.
summary-setbacks = { $n ->
        [one] { $n } setback
       *[other] { $n } setbacks
    } reported, { summary-resolved }.
summary-setbacks-so-far = { $n ->
        [one] { $n } setback
       *[other] { $n } setbacks
    } reported so far, { summary-resolved }.
summary-resolved = { $resolved ->
        [0] none of them
       *[other] { $all ->
            [yes] { $n ->
                [one] and it was
               *[other] all of them
            }
           *[no] { $resolved } of them
        }
    } resolved
# Joins the summary's sentences.
summary-join = { $first } { $rest }

## A success's headline figure: "120 children fed". $value is written already; $unit has its space.

metric = { $value }{ $unit } { $label }

## Feed entries: what happened, then the entry's title.

feed-success = Success: { $title }
feed-setback = Setback ({ $severity ->
        [low] low
        [medium] medium
       *[high] high
    } severity, { $status ->
        [open] open
        [mitigating] mitigating
       *[resolved] resolved
    }): { $title }
feed-case-study = Case study: { $title }
# $state: the milestone's state in words, lowercased.
feed-achieved = Milestone { $state }: { $title }
feed-replanned = Milestone re-planned to { $date }: { $title }
feed-missed = Milestone missed: { $title }
feed-overdue = Milestone overdue ({ $status ->
        [planned] planned
        [in-progress] in progress
        [achieved] achieved
        [delayed] delayed
        [missed] missed
       *[cancelled] cancelled
    }): { $title }
feed-overdue-summary = Due { $date }, not yet achieved.

## Titles of the pages that are not an entry's.

page-tags = Tags
page-tagged = Tagged “{ $tag }”
page-not-found = Page not found
page-open-data = Open data
page-reports = Reports
page-report = Report for { $period }
page-resource-map = Who brings what
page-removed = Removed entries
page-search = Search
# A later page of a list split into pages.
page-numbered = { $title } (page { $number } of { $pages })
menu-reports = Reports
menu-search = Search

## Charts: titles, descriptions read out in place of the drawing, and words drawn in them.

timeline-today = Today
timeline-end-of-period = End of period
chart-indicator-title = { $name } over time
# $baseline and $target are written with their unit; $on and $by are " on 3 March 2025"-type parts or empty.
chart-baseline-target = Baseline { $baseline }{ $on }, target { $target }{ $by }.
chart-baseline-on = {" "}on { $date }
chart-target-by = {" "}by { $date }
chart-no-measurements = No measurements yet.
chart-measurements = Measurements: { $list }.
chart-measurement = { $value } on { $date }
chart-list-join = ;{" "}
chart-measurements-summary = { $n } measurements from { $first_date } to { $last_date }, between { $lowest } and { $highest }: the first { $first }, the latest { $last }.
chart-up-since-first = Up { $amount } since the first.
chart-down-since-first = Down { $amount } since the first.
chart-progress = The latest is { $percent }% of the way from baseline to target{ $on_track ->
        [yes] , on track (at or ahead of a straight line to the target).
        [no] , behind a straight line to the target.
       *[unknown] .
    }
chart-baseline = Baseline { $value }
chart-target = Target { $value }
chart-legend-measured = Measured
chart-legend-straight-line = Straight line from baseline to target
chart-legend-self-reported = Self-reported
chart-legend-checked = Checked by another partner or outside
timeline-title = Milestone timeline
timeline-legend-first-agreed = First agreed date
timeline-legend-replanned = Re-planned date
timeline-legend-achieved = Achieved
timeline-legend-overdue = Overdue
timeline-legend-missed = Missed
timeline-legend-cancelled = Cancelled
timeline-mark-overdue = {" "}· overdue
timeline-mark-missed = {" "}· missed
timeline-mark-cancelled = {" "}· cancelled
# $total milestones; $between is ", first agreed between ... and ..." or empty; $parts the counts.
timeline-summary = { $total } milestones{ $between }: { $parts }.
timeline-between = , first agreed between { $first } and { $last }
timeline-achieved = { $n } achieved ({ $late } of them late)
timeline-overdue = { $n } overdue
timeline-open = { $n } open and not yet due
timeline-missed = { $n } missed
timeline-cancelled = { $n } cancelled
timeline-parts-join = ,{" "}
timeline-note = The chart shows { $shown } of the { $total } milestones: every overdue one first, then those due next, then the most recently closed. The tables list every one.
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
month-tick = { month-short } { $year }
day-tick = { $day } { month-short } { $year }
timeline-item-agreed = { $title }: first agreed { $date }
timeline-item-replanned = , re-planned on { $on } to { $to }
timeline-item-completed = , completed { $date }
timeline-item-overdue = , overdue since { $date }
timeline-item-state = {" "}({ $state }).{" "}
contributions-title = Contributions by kind, pledged and received
contribution-kind-unit = { $kind } ({ $unit })
contribution-total = { $kind }: { $pledged } pledged, { $received } received
contributions-description = { $rows }.
chart-pledged = Pledged
chart-received = Received

## Search: filters and what a result is.

search-filter-section = Section
search-filter-status = Status
search-filter-partner = Partner
search-filter-tag = Tag
search-filter-year = Year
search-status-former-partner = Former partner
search-status-current-partner = Current partner
search-status-achieved = Achieved
search-status-missed = Missed
search-status-cancelled = Cancelled
search-status-overdue = Overdue
search-status-planned = Planned or in progress
search-status-resolved-setback = Resolved setback
search-status-open-setback = Open setback

## A record's change history: what changed in a commit. $key is the field's name in the file.

history-created = Created
history-restored = Restored
history-removed = Removed
history-text-edited = Text edited
history-set = { $key } set to { $value }
history-added = { $key } added
history-field-removed = { $key } removed
history-items-added = { $key }: { $n } added
history-items-removed = { $key }: { $n } removed
history-edited = { $key } edited
history-changed-to = { $key }: { $from } → { $to }
history-changed = { $key } changed
# The title of the newsletter feed.
feed-newsletter-title = { $name }: newsletter
# A bar's label in the contributions chart: "Pledged: 1,200".
chart-amount = { $name }: { $value }
