//! Period reports and the transparency scorecard: computed facts about what was due, delivered,
//! missed and reported in each year or quarter, and where the alliance stands on a given date.
//! Everything here is derived from the linked entries and the build date; nothing is typed in.

use super::*;
use crate::content::schema::{MilestoneStatus, PledgeStatus, Reporting, SetbackStatus, Severity};
use crate::date::Date;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// A year or a quarter.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Period {
    /// `2025` or `2025-q3`: the URL segment.
    pub key: String,
    /// "2025" or "2025 Q3 (July to September)".
    pub title: Text,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// The report page.
    pub url: String,
    /// True when the build date falls inside it.
    pub current: bool,
}

/// An achieved milestone in a report, with how late it was against the date first agreed.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Achieved {
    /// The milestone.
    pub milestone: Ref,
    /// When it was completed.
    pub completed: Date,
    /// Days after the first agreed date (0 when on time).
    pub days_late: i64,
}

/// How an indicator moved during a period.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Movement {
    /// The objective.
    pub objective: Ref,
    /// The indicator's name.
    pub name: String,
    /// Fragment on the objective page.
    pub id: String,
    /// Unit.
    pub unit: Option<String>,
    /// Value at the start (the last measurement before the period, or the baseline).
    pub start_value: f64,
    /// Value at the end (the last measurement up to the end of the period).
    pub end_value: f64,
    /// End minus start.
    pub change: f64,
    /// Share of the way from baseline to target at the end.
    pub progress: f64,
    /// Whether any measurement was taken in the period.
    pub measured_in_period: bool,
}

/// One partner's contributions in a period.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PartnerTotals {
    /// The partner.
    pub partner: Ref,
    /// By kind and unit.
    pub totals: Vec<Total>,
}

/// A setback still open on a date, with how long it has been open.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct OpenSetback {
    /// The setback.
    pub setback: Ref,
    /// Its severity in words.
    pub severity: Text,
    /// Days open on the scorecard's date.
    pub days_open: i64,
}

/// Computed facts about delivery and honesty on a date, each with the list it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Default, schemars::JsonSchema)]
pub struct Scorecard {
    /// The date the scorecard describes.
    pub as_of: Option<Date>,
    /// Achieved by the first agreed date.
    pub on_time: Vec<Ref>,
    /// Achieved after the first agreed date.
    pub late: Vec<Ref>,
    /// Missed.
    pub missed: Vec<Ref>,
    /// Overdue on the date.
    pub overdue: Vec<Ref>,
    /// Setbacks open (or mitigating) on the date, worst first.
    pub open_setbacks: Vec<OpenSetback>,
    /// How many open setbacks are high, medium, low severity.
    pub open_high: usize,
    /// See `open_high`.
    pub open_medium: usize,
    /// See `open_high`.
    pub open_low: usize,
    /// Setbacks counted for the shares below.
    pub setbacks_total: usize,
    /// Setbacks with at least one action.
    pub with_actions: Vec<Ref>,
    /// Setbacks with at least one lesson.
    pub with_lessons: Vec<Ref>,
    /// Indicators at or ahead of a straight line from baseline to target.
    pub on_track: Vec<Ref>,
    /// Indicators behind that line.
    pub off_track: Vec<Ref>,
    /// Indicators with no dates or no measurement to judge by.
    pub not_judged: Vec<Ref>,
    /// The newest date anywhere in the content up to `as_of`.
    pub newest_update: Option<Date>,
    /// Pledges past the date they were due by with something still unpaid on the date (in a
    /// period report: those due in the period), each with its partner.
    pub pledges_overdue: Vec<OverduePledge>,
}

/// A pledge past its due date and not paid in full.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct OverduePledge {
    /// The partner that pledged it.
    pub partner: Ref,
    /// What kind.
    pub kind_name: Text,
    /// The pledge's unit.
    pub unit: String,
    /// How much was pledged.
    pub pledged: f64,
    /// How much is still unpaid on the date.
    pub outstanding: f64,
    /// The date it was due by.
    pub due: Date,
}

/// A period report.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// Which period.
    pub period: Period,
    /// The previous report's period, for navigation.
    pub previous: Option<Period>,
    /// The next report's period.
    pub next: Option<Period>,
    /// The date "the end" means: the period's last day, or the build date for the current one.
    pub as_of: Date,
    /// The plain-language summary at the top.
    pub summary: Text,
    /// Milestones due in the period (as planned at its end).
    pub due: Vec<Ref>,
    /// Achieved in the period.
    pub achieved: Vec<Achieved>,
    /// Missed, due in the period.
    pub missed: Vec<Ref>,
    /// Re-planned during the period.
    pub delayed: Vec<Ref>,
    /// Cancelled, due in the period.
    pub cancelled: Vec<Ref>,
    /// Overdue at the end of the period.
    pub overdue: Vec<Ref>,
    /// Successes dated in the period.
    pub successes: Vec<Ref>,
    /// Setbacks that happened in the period.
    pub setbacks_opened: Vec<Ref>,
    /// Setbacks resolved in the period.
    pub setbacks_resolved: Vec<Ref>,
    /// Indicator movements.
    pub movements: Vec<Movement>,
    /// Contributions by partner.
    pub contributions: Vec<PartnerTotals>,
    /// Contributions of all partners, by kind and unit.
    pub contribution_totals: Vec<Total>,
    /// What anonymous members gave in the period, pooled (part of `contribution_totals`).
    pub anonymous_totals: Vec<Total>,
    /// Successes were reported but no setbacks: said plainly on the page, warned about by check.
    pub no_setbacks: bool,
    /// The scorecard for the period.
    pub scorecard: Scorecard,
}

fn within(d: Date, start: Date, end: Date) -> bool {
    start <= d && d <= end
}

pub(super) fn entry_ref(site_refs: &RefTable, meta: &Meta) -> Ref {
    // The entry's own reference is the table's (one look-up fewer, for every mention).
    meta.reference
        .clone()
        .or_else(|| site_refs.get(meta.collection, &meta.slug).cloned())
        .unwrap_or_else(|| {
            Ref::new(RefData {
                collection: meta.collection,
                kind_label: meta.kind_label.clone(),
                slug: meta.slug.clone(),
                title: meta.title.clone(),
                url: meta.url.clone(),
                summary: meta.summary.clone(),
                date: None,
                status: None,
                tone: None,
            })
        })
}

/// Every published entry's [`Ref`] by collection and slug.
#[derive(Debug, Clone, Default)]
pub struct RefTable(FxHashMap<Collection, FxHashMap<String, Ref>>);

impl RefTable {
    /// The entry `slug` of `collection`.
    pub fn get(&self, collection: Collection, slug: &str) -> Option<&Ref> {
        self.0.get(&collection)?.get(slug)
    }

    /// Adds an entry's reference.
    pub fn insert(&mut self, r: Ref) {
        self.0
            .entry(r.collection)
            .or_default()
            .insert(r.slug.clone(), r);
    }

    /// Every reference, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &Ref> {
        self.0.values().flat_map(FxHashMap::values)
    }

    /// The slugs of `collection`'s entries, in no particular order.
    pub fn slugs(&self, collection: Collection) -> impl Iterator<Item = &str> {
        self.0
            .get(&collection)
            .into_iter()
            .flat_map(|m| m.keys().map(String::as_str))
    }
}

/// The periods that have any activity and have started by the build date, oldest first.
pub(crate) fn periods(site: &Site) -> Vec<Period> {
    let today = site.build_date;
    let dates = activity_dates(site);
    let (Some(first), Some(last)) = (
        dates.iter().min(),
        dates.iter().filter(|d| **d <= today).max(),
    ) else {
        return Vec::new();
    };
    let quarterly = site.alliance.reporting == Reporting::Quarterly;
    let mut out = Vec::new();
    let mut cursor = period_of(*first, quarterly, site);
    while cursor.start <= *last {
        let has_activity = dates.iter().any(|d| within(*d, cursor.start, cursor.end));
        let next_start = cursor.end.add_days(1);
        if has_activity {
            out.push(cursor);
        }
        cursor = period_of(next_start, quarterly, site);
    }
    out
}

fn period_of(d: Date, quarterly: bool, site: &Site) -> Period {
    let year = d.year();
    let (key, title, start, end) = if quarterly {
        let q = (d.month() - 1) / 3 + 1;
        let start = Date::new(year, (q - 1) * 3 + 1, 1).expect("quarter start exists");
        let end = if q == 4 {
            Date::new(year, 12, 31).expect("31 December exists")
        } else {
            Date::new(year, q * 3 + 1, 1)
                .expect("quarter start exists")
                .add_days(-1)
        };
        (
            format!("{year}-q{q}"),
            Says::Period {
                year,
                quarter: Some(q),
            },
            start,
            end,
        )
    } else {
        (
            year.to_string(),
            Says::Period {
                year,
                quarter: None,
            },
            Date::new(year, 1, 1).expect("1 January exists"),
            Date::new(year, 12, 31).expect("31 December exists"),
        )
    };
    Period {
        url: site.url(&format!("reports/{key}/")),
        current: within(site.build_date, start, end),
        key,
        title: title.into(),
        start,
        end,
    }
}

fn activity_dates(site: &Site) -> Vec<Date> {
    let mut dates = Vec::new();
    for m in &site.milestones {
        dates.push(m.due);
        dates.push(m.current_due);
        dates.extend(m.completed);
        dates.extend(m.replans.iter().map(|r| r.date));
    }
    for s in &site.successes {
        dates.push(s.date);
    }
    for s in &site.setbacks {
        dates.push(s.date);
        dates.extend(s.resolved);
    }
    for c in &site.case_studies {
        dates.push(c.date);
    }
    for p in &site.partners {
        dates.extend(p.contributions.iter().map(|c| c.date));
    }
    dates.extend(site.anonymous.contributions.iter().map(|c| c.date));
    for o in &site.objectives {
        for i in &o.indicators {
            dates.extend(i.measurements.iter().map(|m| m.date));
        }
    }
    dates
}

/// Builds every period report.
pub fn reports(site: &Site, refs: &RefTable) -> Vec<Report> {
    let periods = periods(site);
    let mut out: Vec<Report> = periods
        .par_iter()
        .map(|p| report(site, refs, p.clone()))
        .collect();
    for (i, report) in out.iter_mut().enumerate() {
        report.previous = i.checked_sub(1).map(|j| periods[j].clone());
        report.next = periods.get(i + 1).cloned();
    }
    out
}

fn report(site: &Site, refs: &RefTable, period: Period) -> Report {
    let (start, end) = (period.start, period.end);
    let as_of = if period.current { site.build_date } else { end };
    let r = |meta: &Meta| entry_ref(refs, meta);

    let mut due = Vec::new();
    let mut achieved = Vec::new();
    let mut missed = Vec::new();
    let mut delayed = Vec::new();
    let mut cancelled = Vec::new();
    let mut overdue = Vec::new();
    for m in &site.milestones {
        let due_then = super::facts::due_on(m, as_of);
        let due_here = within(due_then, start, end);
        if due_here {
            due.push(r(&m.meta));
        }
        if let Some(done) = m.completed.filter(|d| within(*d, start, end)) {
            achieved.push(Achieved {
                milestone: r(&m.meta),
                completed: done,
                days_late: m.due.days_until(done).max(0),
            });
        }
        if m.replans.iter().any(|rp| within(rp.date, start, end)) {
            delayed.push(r(&m.meta));
        }
        match m.status {
            MilestoneStatus::Missed if due_here => missed.push(r(&m.meta)),
            MilestoneStatus::Cancelled if due_here => cancelled.push(r(&m.meta)),
            MilestoneStatus::Missed | MilestoneStatus::Cancelled => {}
            _ => {
                let done_by_then = m.completed.is_some_and(|d| d <= as_of);
                if !done_by_then && due_then < as_of {
                    overdue.push(r(&m.meta));
                }
            }
        }
    }
    let successes: Vec<Ref> = site
        .successes
        .iter()
        .filter(|s| within(s.date, start, end))
        .map(|s| r(&s.meta))
        .collect();
    let setbacks_opened: Vec<Ref> = site
        .setbacks
        .iter()
        .filter(|s| within(s.date, start, end))
        .map(|s| r(&s.meta))
        .collect();
    let setbacks_resolved: Vec<Ref> = site
        .setbacks
        .iter()
        .filter(|s| s.resolved.is_some_and(|d| within(d, start, end)))
        .map(|s| r(&s.meta))
        .collect();

    let mut contributions = Vec::new();
    for p in &site.partners {
        let in_period: Vec<&Contribution> = p
            .contributions
            .iter()
            .filter(|c| within(c.date, start, end))
            .collect();
        if !in_period.is_empty() {
            contributions.push(PartnerTotals {
                partner: r(&p.meta),
                totals: super::facts::totals(in_period.into_iter()),
            });
        }
    }
    let contribution_totals = super::facts::totals(
        site.partners
            .iter()
            .flat_map(|p| p.contributions.iter())
            .chain(&site.anonymous.contributions)
            .filter(|c| within(c.date, start, end)),
    );
    let anonymous_totals = super::facts::totals(
        site.anonymous
            .contributions
            .iter()
            .filter(|c| within(c.date, start, end)),
    );

    let on_time = achieved.iter().filter(|a| a.days_late == 0).count();
    let summary = Says::ReportSummary {
        due: due.len(),
        achieved: achieved.len(),
        on_time,
        successes: successes.len(),
        setbacks: setbacks_opened.len(),
        resolved: setbacks_resolved.len(),
        overdue: overdue.len(),
        running: period.current,
    }
    .into();
    let no_setbacks = !successes.is_empty() && setbacks_opened.is_empty();
    let scorecard = scorecard(site, refs, as_of, Some((start, end)));
    Report {
        movements: movements(site, refs, start, end),
        period,
        previous: None,
        next: None,
        as_of,
        summary,
        due,
        achieved,
        missed,
        delayed,
        cancelled,
        overdue,
        successes,
        setbacks_opened,
        setbacks_resolved,
        contributions,
        contribution_totals,
        anonymous_totals,
        no_setbacks,
        scorecard,
    }
}

fn movements(site: &Site, refs: &RefTable, start: Date, end: Date) -> Vec<Movement> {
    let mut out = Vec::new();
    for o in &site.objectives {
        for i in &o.indicators {
            let Some(last) = i.measurements.iter().rfind(|m| m.date <= end) else {
                continue;
            };
            let before = i.measurements.iter().rfind(|m| m.date < start);
            let start_value = before.map_or(i.baseline, |m| m.value);
            let span = i.target - i.baseline;
            out.push(Movement {
                objective: entry_ref(refs, &o.meta),
                name: i.name.clone(),
                id: i.id.clone(),
                unit: i.unit.clone(),
                start_value,
                end_value: last.value,
                change: last.value - start_value,
                progress: if span == 0.0 {
                    0.0
                } else {
                    (last.value - i.baseline) / span
                },
                measured_in_period: i.measurements.iter().any(|m| within(m.date, start, end)),
            });
        }
    }
    out
}

/// Whether an indicator is on track on its latest measurement: its progress is at least the
/// share of the time from baseline date to target date that had passed. `None` when it has no
/// dates or measurement to judge by.
pub(crate) fn on_track(i: &Indicator) -> Option<bool> {
    let (base, target, latest, progress) = (
        i.baseline_date?,
        i.target_date?,
        i.latest.as_ref()?,
        i.progress?,
    );
    if progress >= 1.0 {
        return Some(true);
    }
    let total = base.days_until(target);
    if total <= 0 {
        return None;
    }
    let expected = (base.days_until(latest.date) as f64 / total as f64).clamp(0.0, 1.0);
    Some(progress + 1e-9 >= expected)
}

/// The scorecard on `as_of`, over milestones due and setbacks reported in `within_period`
/// (or everything up to `as_of`).
pub fn scorecard(
    site: &Site,
    refs: &RefTable,
    as_of: Date,
    within_period: Option<(Date, Date)>,
) -> Scorecard {
    let in_scope = |d: Date| match within_period {
        Some((s, e)) => within(d, s, e),
        None => d <= as_of,
    };
    let mut card = Scorecard {
        as_of: Some(as_of),
        ..Scorecard::default()
    };
    for m in &site.milestones {
        let due_then = super::facts::due_on(m, as_of);
        let r = || entry_ref(refs, &m.meta);
        match (m.status, m.completed) {
            (MilestoneStatus::Achieved, Some(done)) if done <= as_of && in_scope(done) => {
                if m.due.days_until(done) > 0 {
                    card.late.push(r());
                } else {
                    card.on_time.push(r());
                }
            }
            (MilestoneStatus::Missed, _) if in_scope(due_then) && due_then <= as_of => {
                card.missed.push(r())
            }
            (MilestoneStatus::Cancelled, _) | (MilestoneStatus::Missed, _) => {}
            (_, completed) => {
                let done = completed.is_some_and(|d| d <= as_of);
                if !done && due_then < as_of && (within_period.is_none() || in_scope(due_then)) {
                    card.overdue.push(r());
                }
            }
        }
    }
    let mut open: Vec<(&Setback, i64)> = Vec::new();
    for s in site.setbacks.iter().filter(|s| s.date <= as_of) {
        let resolved_by_then =
            s.status == SetbackStatus::Resolved && s.resolved.is_some_and(|d| d <= as_of);
        if !resolved_by_then {
            open.push((s, s.date.days_until(as_of)));
        }
        if in_scope(s.date) {
            card.setbacks_total += 1;
            if !s.actions.is_empty() {
                card.with_actions.push(entry_ref(refs, &s.meta));
            }
            if !s.lessons.is_empty() {
                card.with_lessons.push(entry_ref(refs, &s.meta));
            }
        }
    }
    open.sort_by_key(|(s, days)| std::cmp::Reverse((s.severity, *days)));
    for (s, days) in open {
        match s.severity {
            Severity::High => card.open_high += 1,
            Severity::Medium => card.open_medium += 1,
            Severity::Low => card.open_low += 1,
        }
        card.open_setbacks.push(OpenSetback {
            setback: entry_ref(refs, &s.meta),
            severity: Says::Severity {
                severity: s.severity,
            }
            .into(),
            days_open: days,
        });
    }
    for o in &site.objectives {
        for i in &o.indicators {
            let mut r = entry_ref(refs, &o.meta);
            r.edit().title = format!("{} ({})", i.name, o.meta.title);
            r.edit().url = format!("{}#{}", o.meta.url, i.id);
            match on_track(i) {
                Some(true) => card.on_track.push(r),
                Some(false) => card.off_track.push(r),
                None => card.not_judged.push(r),
            }
        }
    }
    card.pledges_overdue = overdue_pledges(site, refs, as_of, &in_scope);
    card.newest_update = super::facts::newest_date_until(site, as_of);
    card
}

/// Every named partner's pledges past their due date (in scope) and not paid in full by
/// `as_of`, counting only receipts dated by then.
pub(super) fn overdue_pledges(
    site: &Site,
    refs: &RefTable,
    as_of: Date,
    in_scope: &dyn Fn(Date) -> bool,
) -> Vec<OverduePledge> {
    let mut out = Vec::new();
    for p in &site.partners {
        for pledge in &p.contributions {
            let (Some(id), Some(due)) = (&pledge.id, pledge.due) else {
                continue;
            };
            if pledge.status != PledgeStatus::Pledged || due >= as_of || !in_scope(due) {
                continue;
            }
            let paid: f64 = p
                .contributions
                .iter()
                .filter(|c| c.fulfils.as_ref() == Some(id) && c.date <= as_of)
                .map(|c| c.amount)
                .sum();
            if paid < pledge.amount {
                out.push(OverduePledge {
                    partner: entry_ref(refs, &p.meta),
                    kind_name: pledge.kind_name.clone(),
                    unit: pledge.unit.clone(),
                    pledged: pledge.amount,
                    outstanding: pledge.amount - paid,
                    due,
                });
            }
        }
    }
    out.sort_by(|a, b| (a.due, &a.partner.slug).cmp(&(b.due, &b.partner.slug)));
    out
}
