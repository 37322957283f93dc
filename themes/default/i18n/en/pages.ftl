# Words of the entry and list pages: successes, setbacks, case studies, plain pages,
# newsletters (and the newsletter email), tags, reports, open data, resource map, removed
# entries, search and the page-not-found page.
#
# Terms, kept the same in every file: partner, objective, milestone, indicator, success,
# setback, case study, newsletter (an issue), report, scorecard, pledge (pledged), received,
# contribution, open data, tag.
#
# The headings that are these pages' titles (collection-title, page-tags, page-tagged,
# page-reports, page-open-data, page-resource-map, page-removed, page-search, page-not-found)
# are in words.ftl, so that a page's heading and its title in the browser stay the same.
#
# Messages used with `t_html` are markup: they may hold <a>, <strong>, <time>, <code> and
# <span>, and a `&` must be written `&amp;`. Their arguments are escaped by Candor.

## Shared by these pages

# Between the items of a list of names, and between a name and a date.
pages-list-separator = {", "}
# Between a name (often a link) and what is said about it: "Reading club: achieved".
pages-colon = {": "}
# Ends a sentence whose last words are links made by the template.
pages-full-stop = .
pages-partners = Partners
pages-partner = Partner
pages-objective = Objective
pages-objectives = Objectives
pages-milestone = Milestone
# Table headings about contributions.
pages-kind = Kind
pages-unit = Unit
pages-pledged = Pledged
pages-received = Received
# Table heading: the difference between two figures.
pages-change = Change

## successes.html and success.html

# Markup. $url: the address of the setbacks page.
successes-lede = What went well, newest first. Setbacks are reported with the same weight on the <a href="{ $url }">setbacks page</a>.
successes-empty = No successes have been reported yet.
success-quotes-heading = In their words
# $date: the last day of the consent, written out.
success-consent-expired = Quotes and pictures of the people involved are no longer shown: their consent ran until { $date }.

## setbacks.html

# $open, $mitigating, $resolved: how many setbacks have each status.
setbacks-lede = What went wrong, what we learned and what we are doing about it. { $open } open, { $mitigating } being mitigated, { $resolved } resolved.
setbacks-empty = No setbacks have been reported yet.
# In the list, after a resolved setback's date. $count: days from its date to its resolution.
setbacks-card-resolved-after = { $count ->
        [one] resolved after { $count } day
       *[other] resolved after { $count } days
    }
# In the list, after an unresolved setback's date. $count: days since its date.
setbacks-card-open-for = { $count ->
        [one] open for { $count } day
       *[other] open for { $count } days
    }

## setback.html

# A badge. $severity: high, medium or low.
setback-severity = { $severity ->
        [high] High severity
        [medium] Medium severity
       *[other] Low severity
    }
setback-reported = Reported
setback-resolved = Resolved
# After the date a setback was resolved. $count: the days it was open.
setback-resolved-after = { $count ->
        [one] (after { $count } day)
       *[other] (after { $count } days)
    }
setback-open-for = Open for
# The value under "Open for". $count: days.
setback-days-open = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
setback-partners = Partners involved
setback-objective = Objective affected
setback-milestone = Milestone affected
setback-updates = Updates
setback-no-updates = No updates posted yet.
setback-actions = What is being done
# Read out by screen readers only.
setback-actions-caption = Actions on this setback
setback-action = Action
setback-action-owner = Owner
setback-action-due = Due
setback-action-state = State
# An action no partner owns.
setback-action-unassigned = unassigned
# The state of one action (badges).
setback-action-done = Done
setback-action-overdue = Overdue
setback-action-open = Open
setback-no-actions = No actions recorded.
setback-lessons = What we learned
setback-no-lessons = No lessons recorded yet.
setback-responses = Responses from partners

## case-studies.html and case-study.html

case-studies-lede = Longer stories of what the alliance's work changed, with figures from before and after.
# Caption of the table of figures before and after.
case-study-outcomes = Before and after
case-study-measure = Measure
case-study-before = Before
case-study-after = After
# $date: the last day of the consent, written out.
case-study-consent-expired = The story and pictures of this case study are no longer shown: the consent of the people in it ran until { $date }. The figures above and the partners involved remain.
# The table of contents.
case-study-toc = On this page

## newsletters.html and newsletter.html (the headings are also the email's)

# Markup. $url: the address of the newsletters' feed.
newsletters-lede = Every issue we sent, with what changed in the period it covers. Follow new issues with the <a href="{ $url }">newsletter feed</a>.
# After an issue's date. $since, $until: dates, written out.
newsletter-covers = covers { $since } to { $until }
# $date: the date the issue was sent, written out.
newsletter-as-sent = This issue is kept as it was sent: every status and date below is as it stood on { $date }. Each item links to its page, which shows where it stands today.
# $since: the previous issue's date; $until: this issue's date (both written out).
newsletter-nothing-new-since = Nothing new was recorded between { $since } and { $until }. We say so rather than pad this issue.
# The first issue. $until: its date, written out.
newsletter-nothing-new = Nothing new was recorded between the start and { $until }. We say so rather than pad this issue.
newsletter-successes = Successes
newsletter-achieved = Milestones achieved
newsletter-slipped = Milestones missed, delayed or overdue
newsletter-setbacks = Setbacks
newsletter-setbacks-resolved = Setbacks resolved
newsletter-indicators = Indicators
# After an indicator's name and a colon. $from, $to: values with their unit; $percent: "78%".
newsletter-indicator-moved = { $from } → { $to } ({ $percent } of the way to the target)
newsletter-pledges-overdue = Pledges now overdue
# Markup, after a partner's name and a colon. $outstanding, $pledged: amounts; $unit: their
# unit; $kind: the kind of contribution, in lower case; $due: the due date as YYYY-MM-DD;
# $date: the due date, written out.
newsletter-pledge-overdue = <strong>{ $outstanding } of { $pledged } { $unit }</strong> ({ $kind }) unpaid, due by <time datetime="{ $due }">{ $date }</time>
newsletter-case-studies = New case studies
# $count: days (90).
newsletter-coming-up = { $count ->
        [one] Coming up in the next { $count } day
       *[other] Coming up in the next { $count } days
    }

## newsletter/email.html: the email of an issue

# After the issue's date. $date: the previous issue's date, written out.
email-changes-since = what changed since { $date }
email-view-online = Read it on the web
email-nothing-new = Nothing new was recorded in this period. We would rather say so than pad this issue.
# Markup. $count: items not shown in the email; $url: the issue's page.
email-more = And { $count } more in <a href="{ $url }">this issue on the web</a>.
email-indicators = How our indicators moved
# $from, $to: values with their unit; $percent: "78%".
email-indicator-moved = { $from } to { $to }: { $percent } of the way to the target.
# $outstanding, $pledged: amounts; $unit: their unit; $kind: the kind of contribution, in lower
# case; $date: the due date, written out.
email-pledge-overdue = { $outstanding } of { $pledged } { $unit } ({ $kind }) unpaid, due by { $date }
# A milestone coming up. $date: its due date, written out.
email-due = Due { $date }

## tags.html and tag.html

tags-empty = No entries are tagged yet.
# $number: this page's number; $total: the number of pages.
tag-page-number = (page { $number } of { $total })

## reports.html

# $reporting: quarterly or annual, how often the alliance reports.
reports-lede = { $reporting ->
        [quarterly] One report per quarter with what was due, what was delivered, what went wrong and what partners put in. Each prints well, or saves as PDF from the browser.
       *[other] One report per year with what was due, what was delivered, what went wrong and what partners put in. Each prints well, or saves as PDF from the browser.
    }
# After the title of the period still running.
reports-so-far = (so far)
# A badge on a report.
reports-no-setbacks = No setbacks were reported for this period
reports-empty = Nothing has happened yet to report on.
reports-scorecard = Where we stand today

## report.html: one period's report

# $alliance: the alliance's name; $period: "2026" or "2026 Q3 (July to September)".
report-title = { $alliance }: report for { $period }
# Markup. $start, $end: dates as YYYY-MM-DD; $start_date, $end_date: the same, written out.
report-covers = Covers <time datetime="{ $start }">{ $start_date }</time> to <time datetime="{ $end }">{ $end_date }</time>.
# Markup, for the period still running. As report-covers, and $as_of, $as_of_date: the build date.
report-covers-so-far = Covers <time datetime="{ $start }">{ $start_date }</time> to <time datetime="{ $end }">{ $end_date }</time>, so far: figures as of <time datetime="{ $as_of }">{ $as_of_date }</time>.
# $count: successes reported in the period.
report-no-setbacks-notice = { $count ->
        [one] No setbacks were reported for this period, although { $count } success was. Setbacks are part of every honest report; if something went wrong, it belongs here.
       *[other] No setbacks were reported for this period, although { $count } successes were. Setbacks are part of every honest report; if something went wrong, it belongs here.
    }
report-scorecard = Scorecard for this period
report-milestones = Milestones
report-timeline-caption = Milestones due, achieved or re-planned in this period. The tables below give the same dates.
# Headings of the lists of milestones.
report-achieved = Achieved
report-due = Due in this period
report-missed = Missed
report-delayed = Re-planned in this period
report-cancelled = Cancelled
report-overdue-now = Overdue now
report-overdue-at-end = Overdue at the end of the period
# Markup, after a milestone's name and a colon. $date: when it was completed, written out;
# $count: days after the date first agreed.
report-achieved-late = { $count ->
        [one] completed { $date }, <strong>{ $count } day late</strong> against the date first agreed.
       *[other] completed { $date }, <strong>{ $count } days late</strong> against the date first agreed.
    }
# After a milestone's name and a colon. $date: when it was completed, written out.
report-achieved-on-time = completed { $date }, on time.
report-none-achieved = No milestone was achieved in this period.
# An empty list.
report-none = None.
report-no-successes = No successes were reported for this period.
# After the heading "Setbacks". $reported: setbacks reported in the period; $resolved: resolved in it.
report-setbacks-count = ({ $reported } reported, { $resolved } resolved)
report-no-setbacks = No setbacks were reported for this period.
report-resolved = Resolved in this period
report-indicators = Indicators
# $period: the period's title.
report-indicators-caption = How each indicator moved in { $period }
report-indicator = Indicator
# Table headings: an indicator's value at the start and the end of the period.
report-start = Start
report-end = End
report-progress = Progress to target
report-not-measured = (not measured in this period)
report-no-indicators = No indicator had been measured by the end of this period.
report-contributions = Contributions
report-contributions-caption = Contributions recorded in this period; hatched bars are pledged, solid bars received.
report-totals-caption = All partners (pledged and received are never added together)
report-by-partner = By partner
# Markup: the row of what members who stay anonymous gave, added together.
report-anonymous-members = Anonymous members <span class="muted">(pooled)</span>
report-no-contributions = No contributions were recorded in this period.
# Read out by screen readers: the links to the previous and next reports.
report-pager = Other reports
# $period: the title of the other report's period.
report-previous = Previous: { $period }
report-next = Next: { $period }

## data.html: the open data

# $license: the licence's name, such as CC-BY-4.0.
data-lede = Everything on this site, as data you can download, check and reuse under { $license }.
data-files = Files
data-file = File
data-holds = What it holds
data-file-alliance = The whole alliance: every entry with its fields, its derived facts (overdue, progress, totals) and its links to other entries, plus the reports and scorecard.
data-file-schema = The JSON Schema that alliance.json follows.
data-file-partners = One row per partner: kind, dates, roles.
# "(anonymous)" is written so in the file: keep it as it is.
data-file-contributions = One row per contribution: partner, date, kind, amount, unit, pledged or received. What anonymous members gave is in rows whose partner is (anonymous), pooled by kind, unit and status, without a date.
data-file-objectives = One row per objective with its owners.
data-file-indicators = One row per indicator: baseline, target, latest value, progress, on track or not.
data-file-measurements = One row per measurement, with how it was verified.
data-file-milestones = One row per milestone: first agreed and current due dates, status, overdue, days late.
data-file-successes = One row per success.
data-file-setbacks = One row per setback: severity, status, days open, actions and lessons.
data-file-case-studies = One row per case study.
data-csv = The CSV files have a header row, ISO dates (YYYY-MM-DD) and RFC 4180 quoting; text cells that begin with = + - or @ start with an apostrophe so spreadsheets do not run them as formulas.
# Markup. $license: the licence's name; $alliance: the alliance's name; $date: the build date,
# written out. "source" is the name of a field in the files: keep it as it is.
data-licence = Licence: <strong>{ $license }</strong>. Please credit { $alliance }. Figures are as of { $date }; each record names the file it comes from (<code>source</code>).

## resources.html: the resource map

resources-lede = The alliance's resource map: for each kind of contribution, who gave it, largest first, and the skills and resources partners say they bring. Pledged and received amounts are shown side by side and never added together.
# Under a kind of contribution. $received, $pledged: the alliance's totals (the [0] variant is
# used when nothing is pledged); $partners: how many named partners gave it; $anonymous: how
# many anonymous members gave it (the [0] variant when none did).
resources-kind-summary = { $pledged ->
        [0] { $received } received
       *[other] { $received } received, { $pledged } pledged
    }, from { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }{ $anonymous ->
        [0] {""}
        [one] {" "}and { $anonymous } anonymous member
       *[other] {" "}and { $anonymous } anonymous members
    }.
# Read out by screen readers. $kind: the kind of contribution.
resources-caption = { $kind }, by partner
# The same, with $unit: the unit of the amounts.
resources-caption-unit = { $kind } ({ $unit }), by partner
resources-strengths = Skills and resources partners bring
# After the first names of a list. $count: the partners not named.
resources-and-more = and { $count } more

## removed.html: entries removed from the files

removed-lede = Entries this site once published and that were later removed from the alliance's files, newest removal first. A setback or a promise does not disappear without a trace: its last title, and when it was removed, stay here.
# $count: removed entries.
removed-caption = { $count ->
        [one] { $count } removed entry
       *[other] { $count } removed entries
    }
removed-entry = Entry
removed-first-published = First published
removed-removed = Removed
removed-last-file = Its last file
# The kind of a removed entry. $collection: the folder it was in.
removed-kind = { $collection ->
        [partners] Partner
        [objectives] Objective
        [milestones] Milestone
        [successes] Success
        [setbacks] Setback
        [case-studies] Case study
        [pages] Page
        [newsletters] Newsletter
       *[other] Entry
    }
removed-empty = No published entry has been removed: every entry in the version history is still on this site.

## search.html: the sentences are also said by search.js, which fills in {count}, {what},
## {within}, {term}, {filters}, {filter} and {value}: keep each $variable of these messages.

search-fallback = Search runs in your browser and needs JavaScript, which is switched off or has not loaded. Every entry is also listed, with its status, on these pages:
search-label = Search this site
search-button = Search
search-filters = Narrow the results
# A filter's first choice: no filtering.
search-any = Any
search-searching = Searching…
# $what: search-what, or nothing; $within: search-within, or nothing.
search-none = No results{ $what }{ $within }. Try fewer or other words, or fewer filters.
# Not words: the language's plural categories (CLDR), each with a number that has it, separated
# by spaces. search-found is written once per category, and the script picks the one its count
# needs.
search-plural-forms = one:1 other:100
# $n: a number of the category (used only to choose the variant); $count: the number of results,
# filled in by the script; $what and $within as in search-none.
search-found = { $n ->
        [one] { $count } result{ $what }{ $within }.
       *[other] { $count } results{ $what }{ $within }.
    }
# Added to the sentences above: $term is what was searched for.
search-what = {" "}for “{ $term }”
# Added to the sentences above: $filters are the filters chosen (search-quoted, joined).
search-within = {" "}in { $filters }
# A filter from the address that the page no longer offers. $filter: its name; $value: its value.
search-quoted = { $filter } “{ $value }”
# $filters: search-quoted, joined.
search-dropped = No longer offered, so left out: { $filters }.
search-failed = The search could not be completed. Reload the page to try again, or browse the lists in the menu.
search-more = Show more results

## 404.html

notfound-lede = There is no page at this address. It may have moved, or the link may be mistyped.
# Markup, followed by links to the site's lists and pages-full-stop. $url: the home page.
notfound-try = Try the <a href="{ $url }">home page</a>
