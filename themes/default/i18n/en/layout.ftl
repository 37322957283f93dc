# The words of the page frame (base.html), the shared components (components.html) and the
# home, partner, objective and milestone pages.
#
# Terms, kept the same in every file (en / fr / es / ar):
#   partner = partenaire / socio / شريك (الشركاء)
#   objective = objectif / objetivo / هدف (الأهداف)
#   indicator = indicateur / indicador / مؤشر (المؤشرات)
#   milestone = jalon / hito / معلم (المعالم)
#   success = réussite / logro / نجاح (النجاحات)
#   setback = revers / contratiempo / انتكاسة (الانتكاسات)
#   case study = étude de cas / estudio de caso / دراسة حالة
#   contribution = contribution / aporte / مساهمة
#   pledge, pledged = promesse, promis / compromiso, comprometido / تعهّد، المتعهَّد به
#   received = reçu / recibido / المستلَم
#   outstanding = restant dû / pendiente / المتبقي
#   overdue = en retard / atrasado (a pledge: vencido) / متأخر
#   achieved = atteint / cumplido / مُنجَز
#   missed = manqué / incumplido / فائت
#   cancelled = annulé / cancelado / ملغى
#   on track = en bonne voie / en buen camino / على المسار الصحيح
#   the date first agreed = la date convenue au départ / la fecha acordada inicialmente / الموعد المتفق عليه أولًا
#   due date = échéance / fecha prevista / الموعد المقرر
#   re-plan = replanification / replanificación / إعادة تخطيط
#   deliverable = livrable / entregable / مُخرَج (المُخرَجات)
#   baseline, target = valeur de départ, cible / línea de base, meta / خط الأساس، القيمة المستهدفة
#   scorecard = tableau de bord / cuadro de mando / بطاقة الأداء
#   open data = données ouvertes / datos abiertos / البيانات المفتوحة
#   severity = gravité / gravedad / الخطورة
#   tags = étiquettes / etiquetas / الوسوم
#
# Arguments named $count, $days, $total... are numbers (written in the language's way, and they
# choose the plural form). $date is a date already in words; $date_iso the same date as
# 2026-03-15, for a datetime attribute. Messages with markup (<time>, <a>, <code>, <strong>)
# are used with t_html: their arguments are escaped, the markup is kept.

## base.html: the head, menu and footer of every page.

# The home page's title when the site has a tagline.
head-title-home = { $name }: { $tagline }
# Any other page's title: $page, then the site's name.
head-title = { $page } · { $name }
# Printed at the top of each printed page: the site's name, then $page.
head-print-header = { $name } · { $page }
# The printed page's number, at the foot of each page: $page and $pages are the counters.
print-page-number = Page { $page } of { $pages }
# Names of the feeds, as browsers list them. $name: the site's name.
head-feed-updates = { $name }: updates
head-feed-newsletter = { $name }: newsletter
skip-link = Skip to content
# What screen readers call the main menu ("Main navigation").
menu-label = Main
# The button that opens the menu on small screens.
menu-toggle = Menu
# $name: the alliance; $date: the day the site was built.
footer-as-of = { $name }. Figures as of { $date }.
# The same, with $newest: the newest date in the content.
footer-as-of-newest = { $name }. Figures as of { $date }; newest update { $newest }.
footer-feed = Updates feed (Atom)
footer-tags = Tags
footer-removed = Removed entries
footer-sources = Every figure on this site comes from a plain-text file kept by the alliance; each page names its source.
footer-built-with = Built with Candor.
# A link, followed by the data licence in brackets.
footer-open-data = Open data

## components.html: lists of entries, "more" notes, tags, sources and change history.

# Before an entry's title in a mixed list: $kind is the kind of entry ("Success").
ref-list-kind = { $kind }:
# Under a list cut short: $shown of the $total entries are listed.
more-first = The first { $shown } of { $total }.
# A link to the open data, after more-first.
more-open-data = Every one is in the open data
# Read out before the tags of a page.
tags-label = Tags:
# $file: the content file a page is made from.
source-made-from = Made from the file <code>{ $file }</code>
# The same, $url linking to the file where the alliance publishes it.
source-made-from-link = Made from the file <a href="{ $url }"><code>{ $file }</code></a>
source-last-updated = last updated <time datetime="{ $date_iso }">{ $date }</time>
# Marks a page that is a draft.
source-draft = draft
record-history-title = Changes to this record
record-history-intro = From the alliance's version history: every change to the file, with the date it was committed.
# A change that is in the working copy but not in the version history yet.
record-not-committed = not yet committed
# After a date (and commit) in the change history: $changes, the changes made then.
record-history-changes = : { $changes }
# Between two changes in $changes.
record-history-changes-join = {"; "}
# Markup, only used inside other messages: the commit that made a change, in brackets.
# $commit_shown is "link" (the commit $commit, linked to $commit_url), "code" (the commit,
# not linked) or "none" (not committed yet).
record-commit = { $commit_shown ->
        [link] (<a href="{ $commit_url }"><code>{ $commit }</code></a>)
        [code] (<code>{ $commit }</code>)
       *[none] ({ record-not-committed })
    }

## components.html: an indicator's standing and its tables.

standing-on-track = On track
standing-behind = Behind a straight line to the target
# Explains the mark drawn on a progress bar; $percent is a number.
standing-mark = The mark: where a straight line to the target is today ({ $percent }%).
# $progress: how far the indicator has come, in words ("78% of the way from 0 to 60 people...").
standing-progress = { $progress }.
# The same, with the date the target is due by.
standing-progress-target = { $progress }; target date { $date }.
standing-last-measured = Last measured { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago.
# Columns of a table of measurements.
measurements-date = Date
measurements-value = Value
measurements-verified = How it was verified
measurements-note = Note
# Columns of a table of contributions by kind.
totals-kind = Kind
totals-unit = Unit
totals-pledged = Pledged
totals-paid = Paid against pledges
totals-outstanding = Outstanding
totals-unpledged = Received without a pledge
totals-received = Received in all
# $amount: how much more was paid than pledged.
totals-overpaid = ({ $amount } more than pledged)
# $amount: how much of what is outstanding is past its due date.
totals-overdue = ({ $amount } overdue)

## components.html: tables of milestones.

# In brackets after a heading: $total entries in all, $count of them on this page.
count-on-this-page = { $total }; { $count } on this page
# Read out as the table's caption: $group is the group's heading ("Overdue").
milestone-group-caption = { $group } milestones
milestone-group-milestone = Milestone
milestone-group-status = Status
milestone-group-first-agreed = First agreed
milestone-current-due = Current due date
milestone-completed = Completed
# After a new due date: $days from the date first agreed, in $replans re-plans.
milestone-group-moved = ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the date first agreed, { $replans ->
        [one] { $replans } re-plan
       *[other] { $replans } re-plans
    })
# After a new due date that is not later than the date first agreed.
milestone-group-replans = ({ $replans ->
        [one] { $replans } re-plan
       *[other] { $replans } re-plans
    })
# The due date was never moved.
milestone-group-unchanged = unchanged
# Not completed, and it never will be (missed or cancelled).
milestone-group-not-completed = not completed
milestone-group-not-yet = not yet
# After a milestone's status: its due date ($date).
due-line-due = due <time datetime="{ $date_iso }">{ $date }</time>
# For a milestone whose date moved: the date first agreed ($date).
due-line-first-agreed = first agreed for <time datetime="{ $date_iso }">{ $date }</time>

## components.html: the scorecard and its lists.

scorecard-title = Scorecard
# $date: the day the scorecard describes.
scorecard-computed = Computed from the files on { $date }, not claimed. Each number links to the list it counts.
scorecard-on-time = Milestones achieved on time
scorecard-achieved-late = Achieved late
scorecard-missed = Missed
scorecard-overdue = Overdue
scorecard-setbacks-open = Setbacks still open
# How many of the open setbacks are of high, medium and low severity.
scorecard-open-by-severity = ({ $high } high, { $medium } medium, { $low } low)
scorecard-setbacks-actions = Setbacks with actions
scorecard-setbacks-lessons = Setbacks with lessons
# $count of the $total setbacks.
scorecard-of = { $count } of { $total }
scorecard-on-track = Indicators on track
scorecard-off-track = Indicators off track
scorecard-pledges-overdue = Pledges overdue
scorecard-newest-update = Newest update
# No update at all yet.
scorecard-no-update = none
scorecard-list-late = Milestones achieved late
scorecard-list-missed = Milestones missed
scorecard-list-overdue = Milestones overdue
scorecard-list-not-judged = Indicators that cannot be judged (no dates or no measurement)
# An empty list.
scorecard-list-none = None.
# After an open setback's title: $severity in words, lowercased ("high"); $days it has been open.
scorecard-open-setback = : { $severity } severity, open for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# After a partner's name: $outstanding of $pledged (numbers) in $unit ("GBP", "hours") of
# $kind (the kind of contribution, lowercased) is unpaid past $date.
scorecard-pledge-overdue = : { $outstanding } of { $pledged } { $unit } ({ $kind }) unpaid, due by <time datetime="{ $date_iso }">{ $date }</time>

## components.html: lists split into pages.

# After a list's heading, on its second page or later.
list-page-number = (page { $number } of { $pages })
# What screen readers call the page links.
pagination-label = Pages of this list
pagination-showing = Showing { $first } to { $last } of { $total }.
# The visually hidden part is read out by screen readers only.
pagination-previous = Previous<span class="visually-hidden"> page</span>
pagination-next = Next<span class="visually-hidden"> page</span>
# A link to page $number.
pagination-page = <span class="visually-hidden">Page </span>{ $number }

## components.html: partners' tables and what a partner promised.

partner-table-partner = Partner
partner-label-kind = Kind
partner-label-joined = Joined
partner-table-pledged = Pledged
partner-table-received = Received
partner-table-milestones = Milestones
# After a former partner's name: the day it left.
partner-table-left = (left <time datetime="{ $date_iso }">{ $date }</time>)
# No date of joining is published.
partner-table-not-public = not public
# Nothing pledged, received, or no milestones.
partner-table-none = none
# $count milestones, $late of them late or missed.
partner-table-milestones-late = { $count }, <strong class="late">{ $late } late or missed</strong>
promised-title = Promised and delivered
# After an amount received.
promised-received = received
# After an amount received: $paid of the $pledged amount pledged is paid.
promised-received-pledged = received; { $paid } of { $pledged } pledged paid
# The same, and $unpledged given without a pledge.
promised-received-pledged-unpledged = received; { $paid } of { $pledged } pledged paid, { $unpledged } given without a pledge
promised-overdue = { $amount } overdue
# A heading, and a label in "Promised and delivered".
partner-milestones = Milestones it delivers
# After the number of a partner's milestones: $achieved of them achieved.
promised-milestones-achieved = { $achieved } achieved
# The same, with $late of them late or missed.
promised-milestones-late = <span class="muted">{ $achieved } achieved, </span><strong class="late">{ $late } late or missed</strong>
partner-no-contributions = No contributions recorded.

## index.html: the home page.

home-glance-title = How we are doing
# Each of these follows a number shown large ($count).
home-glance-overdue = { $count ->
        [one] milestone
       *[other] milestones
    } overdue
home-glance-missed = and { $count } missed
home-glance-open = { $count ->
        [one] setback
       *[other] setbacks
    } still open
home-glance-resolved = ({ $count } resolved)
home-glance-achieved = { $count ->
        [one] milestone
       *[other] milestones
    } achieved
home-glance-on-time-late = ({ $on_time } on time, { $late } late)
home-glance-successes = { $count ->
        [one] success
       *[other] successes
    }
home-glance-partners = { $count ->
        [one] partner
       *[other] partners
    }
# Partners that left, and members that are not named.
home-glance-former = ({ $former } former)
home-glance-anonymous = ({ $anonymous } anonymous)
home-glance-former-anonymous = ({ $former } former, { $anonymous } anonymous)
home-reports-link = The full transparency scorecard and every period report
home-late-title = What is late
home-late-all = { $count ->
        [one] The { $count } overdue milestone
       *[other] All { $count } overdue milestones
    }
# $count: how many of them the home page shows.
home-late-shown = { $count ->
        [one] (the { $count } overdue longest is shown)
       *[other] (the { $count } overdue longest are shown)
    }
home-setbacks-title = What went wrong
home-setbacks-empty = No setbacks reported yet. An alliance that reports none may not be looking.
home-setbacks-all = All setbacks
home-objectives-title = Progress on our objectives
home-objectives-all = { $count ->
        [one] The { $count } objective
       *[other] All { $count } objectives
    }
home-successes-title = What we achieved
home-successes-empty = No successes reported yet.
home-successes-all = All successes
# $days: how far ahead the home page looks (90).
home-upcoming-title = Due in the next { $days ->
        [one] day
       *[other] { $days } days
    }
home-upcoming-empty = Nothing is due in the next { $days ->
        [one] day
       *[other] { $days } days
    }.
home-upcoming-all = { $count ->
        [one] The { $count } milestone
       *[other] All { $count } milestones
    } due in the next { $days ->
        [one] day
       *[other] { $days } days
    }
home-upcoming-shown = { $count ->
        [one] (the { $count } due soonest is shown)
       *[other] (the { $count } due soonest are shown)
    }
home-partners-title = Who is in it
home-partners-all = { $count ->
        [one] The { $count } partner
       *[other] All { $count } partners
    }

## partners.html: the list of partners.

# $name: the alliance.
partners-lede = The organisations and people who make up { $name }, what they took on and what they put in.
partners-anonymous = { $count ->
        [one] { $count } member of the alliance is anonymous and named nowhere on this site.
       *[other] { $count } members of the alliance are anonymous and named nowhere on this site.
    }
partners-contributions-title = What partners contributed
# $url: the page that maps who brings what.
partners-resource-map = <a href="{ $url }">Who brings what</a>: each kind of contribution with the partners who gave it, and the skills partners bring.
partners-side-by-side = Pledged and received amounts are shown side by side and never added together.
partners-anonymous-counted = { $count ->
        [one] { $count } member of the alliance is anonymous: named nowhere on this site, with its contributions counted in these totals.
       *[other] { $count } members of the alliance are anonymous: named nowhere on this site, with their contributions counted in these totals.
    }
partners-chart-caption = Contributions by kind: hatched bars are pledged, solid bars received. The table below gives the same figures.
partners-totals-caption = Contributions of all partners, by kind
partners-empty = No partners yet.
partners-current-title = Current partners
partners-current-caption = Current partners: what each pledged and delivered, and its milestones
# A heading, and the caption of its table.
partners-former-title = Former partners

## partner.html: one partner.

# $date: the day it left.
partner-former-badge = Former partner: left { $date }
partner-label-left = Left
partner-label-location = Location
partner-label-website = Website
partner-roles-title = Responsibilities
partner-strengths-title = What it brings
partner-contributions-title = Every contribution
partner-totals-caption = Totals by kind (pledged and received are never added together)
partner-contributions-caption = Every contribution recorded
partner-contribution-date = Date
partner-contribution-kind = Kind
partner-contribution-amount = Amount
partner-contribution-status = Status
partner-contribution-note = Note
# The status of a contribution is made of these pieces: a pledge ("Pledged", or with its
# name, $id), then maybe partner-pledged-due, then one of outstanding, overdue or paid.
partner-pledged = Pledged
partner-pledged-id = Pledged (<code>{ $id }</code>)
partner-pledged-due = , due by <time datetime="{ $date_iso }">{ $date }</time>
# $amount: what is still to pay.
partner-pledged-outstanding = : { $amount } outstanding
partner-pledged-overdue = : { $amount } outstanding, <strong class="late">overdue</strong>
partner-pledged-paid = : paid in full
# A contribution received, without or with the pledge it pays ($pledge, the pledge's name).
partner-received = Received
partner-received-fulfils = Received, paying the pledge <code>{ $pledge }</code>
# Headings of the lists of entries linked to the partner.
partner-objectives = Objectives it owns
partner-successes = Successes
partner-setbacks = Setbacks
partner-case-studies = Case studies
# Between two partners' names in a list ("A, B, C").
partner-names-join = {", "}

## objectives.html: the list of objectives.

objectives-lede = What the alliance set out to change, and how far it has come. Progress is computed from the measurements, never typed in.
objectives-empty = No objectives yet.
# Also on the home page.
objectives-no-indicators = No indicators yet.

## objective.html: one objective.

# Followed by the partners that lead the objective, then a full stop.
objective-led-by = Led by
objective-corrections-title = Corrected figures
objective-corrections-intro = These figures were published, then changed. The page shows the corrected value; the version history keeps both.
# A corrected figure: the indicator $indicator measured on $measured, first published as $from,
# corrected to $to (numbers) on $date, then the commit (see record-commit).
objective-correction = { $indicator }, measured <time datetime="{ $measured_iso }">{ $measured }</time>: first published as { $from }, corrected to <strong>{ $to }</strong> on <time datetime="{ $date_iso }">{ $date }</time> { record-commit }
objective-indicators-title = Indicators
# $indicator: the indicator's name, lowercased.
objective-chart-caption = Measurements of { $indicator }, with baseline and target. The table below gives the same figures.
objective-baseline = Baseline
objective-target = Target
# After the target: the date it is due by.
objective-target-by = by <time datetime="{ $date_iso }">{ $date }</time>
# Whether a higher or a lower value is better.
objective-better = Better is
objective-better-direction = { $direction ->
        [decrease] Lower
       *[other] Higher
    }
# The latest $shown of the indicator's $count measurements.
objective-latest-measurements = The latest { $shown } of { $count } measurements of { $indicator }
objective-all-measurements = All { $count } measurements of { $indicator }
objective-measurements = Measurements of { $indicator }
# $url: the open data file of every measurement.
objective-measurements-open-data = Every measurement of every indicator is also in the open data: <a href="{ $url }">measurements.csv</a>.
objective-no-measurement = No measurement yet.
objective-no-indicators = This objective has no indicators yet, so its progress cannot be measured.
# Headings of the lists of entries linked to the objective.
objective-milestones = Milestones
objective-successes = Successes
objective-setbacks = Setbacks
objective-case-studies = Case studies

## milestones.html: the list of milestones.

milestones-lede = Every milestone with the date first agreed. A milestone past its due date that is not achieved is shown as overdue, whatever its file says.
milestones-chart-caption = Milestones on a date axis, each from the date first agreed. The tables below give every milestone's dates.
# Headings of the groups of milestones.
milestones-overdue = Overdue
milestones-open = Planned and in progress
milestones-achieved = Achieved
milestones-missed = Missed
milestones-cancelled = Cancelled
# Also on the home page.
milestones-none-overdue = Nothing is overdue.
milestones-none-open = Nothing is open.
milestones-none-achieved = Nothing achieved yet.

## milestone.html: one milestone.

milestone-rewritten-title = The date first agreed was changed
# On $date (then the commit, see record-commit), the date first agreed was changed from $from
# to $to in the file.
milestone-rewrite = On <time datetime="{ $date_iso }">{ $date }</time> { record-commit }, the date first agreed was changed from { $from } to { $to } without recording a re-plan.
milestone-rewritten-kept = This page keeps <strong>{ $date }</strong>, the date first committed, as the date first agreed, and counts lateness from it.
milestone-first-agreed-due = First agreed due date
# The status written in the milestone's file (the words are milestone-status).
milestone-status-reported = Status as reported
# After the date it was completed: $days after the date first agreed.
milestone-completed-late = ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the first agreed date)
milestone-objective = Objective
# Followed by the partners' names.
milestone-delivered-by = Delivered by
milestone-deliverables-title = Deliverables
# $done of the $count deliverables are done.
milestone-deliverables-done = ({ $done } of { $count } done)
# Before a deliverable.
milestone-deliverable-done = Done:
milestone-deliverable-not-done = Not done:
milestone-replans-title = Re-planning history
# $date: the date first agreed.
milestone-replan-first = <time datetime="{ $date_iso }">{ $date }</time>: first agreed due date.
# On $date, the due date moved from $from to $to, $days later (or earlier: $later is "false").
milestone-replan = On <time datetime="{ $date_iso }">{ $date }</time>, moved from { $from } to <strong>{ $to }</strong> ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }{ $later ->
        [false] {" "}earlier
       *[true] {" "}later
    }).
# $reason: the reason given in the file.
milestone-replan-reason = Reason: { $reason }
milestone-no-replan-rewritten = No re-plan was recorded: the date was rewritten in the file instead (see above).
milestone-never-replanned = Never re-planned: the due date is the one first agreed.
# Headings of the lists of entries linked to the milestone.
milestone-successes = Successes
milestone-setbacks = Setbacks

## Sites in several languages.

# Over an entry shown in the site's own language because it has no translation yet.
untranslated-notice = This entry has not been translated yet: it is shown in its own language.
# The label of the language switcher.
languages-label = Languages
