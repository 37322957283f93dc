//! What changed between two dates: the content of a newsletter issue, shared by its web page
//! and its email so that the two never disagree. An issue says what was true on its own date
//! (statuses, days overdue, what was coming up), so the archive built later publishes the same
//! claims the email made.

use super::facts::{due_on, is_open, milestone_state_on, milestone_status_on, setback_status_on};
use super::*;

/// How many days ahead an issue looks for milestones coming due.
pub(crate) const COMING_UP_DAYS: i64 = 90;

/// A success in an issue, with its headline metric.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SuccessItem {
    /// The success.
    pub entry: Ref,
    /// "110 children each morning", from its first metric.
    pub headline: Option<Text>,
}

/// An indicator that was measured in the period.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct IndicatorChange {
    /// The objective.
    pub objective: Ref,
    /// The indicator.
    pub name: String,
    /// Link to the indicator on the objective page.
    pub url: String,
    /// The value before the period (last measurement before it, or the baseline).
    pub from: f64,
    /// The newest value in the period.
    pub to: f64,
    /// Unit.
    pub unit: Option<String>,
    /// Progress toward the target after the change.
    pub progress: f64,
}

/// Everything that changed in `(since, until]`, section by section.
#[derive(Debug, Clone, PartialEq, Serialize, Default, schemars::JsonSchema)]
pub struct Changes {
    /// Start (exclusive); `None` means from the beginning.
    pub since: Option<Date>,
    /// End (inclusive).
    pub until: Option<Date>,
    /// New successes.
    pub successes: Vec<SuccessItem>,
    /// Milestones achieved.
    pub achieved: Vec<Ref>,
    /// Milestones missed, re-planned, or that became overdue.
    pub slipped: Vec<Ref>,
    /// Setbacks that happened.
    pub setbacks_opened: Vec<Ref>,
    /// Setbacks resolved.
    pub setbacks_resolved: Vec<Ref>,
    /// Indicators measured.
    pub indicators: Vec<IndicatorChange>,
    /// New case studies.
    pub case_studies: Vec<Ref>,
    /// Open milestones due in the 90 days after `until`.
    pub coming_up: Vec<Ref>,
    /// Pledges that fell due in the period and were not paid in full by its end.
    pub pledges_overdue: Vec<super::reports::OverduePledge>,
    /// True when nothing at all changed (coming-up milestones do not count).
    pub nothing_new: bool,
}

fn metric_headline(m: &Metric) -> Text {
    Says::Metric {
        value: m.value.clone(),
        unit: m.unit.clone(),
        label: m.label.clone(),
    }
    .into()
}

/// The references issues have stated so far, shared between issues: most entries stood the
/// same way on several issues' dates (coming up, not yet overdue), and one shared reference
/// is made, kept and converted for the templates once. Kept by the entry's reference (its
/// `Ref::identity`), tone and date, each with the statuses stated so far. A build is given
/// the previous build's (see [`StatedRefs`]) and takes from it what an unchanged entry stated
/// the same way, so that a rebuild makes none of them again and later stages find them equal
/// at a glance.
#[derive(Default)]
pub struct Stated {
    /// What this build stated, in shards by key (issues are worked out side by side, and
    /// one lock for all was a tenth of their time).
    now: [std::sync::Mutex<StatedMap>; STATED_SHARDS],
    before: StatedRefs,
}

/// How many locks [`Stated`] spreads its references over.
const STATED_SHARDS: usize = 16;

/// The key [`Stated`] finds a stated reference by: the entry's reference (its address), the
/// tone and the date stated.
type StatedKey = (usize, &'static str, Option<Date>);

type StatedMap = rustc_hash::FxHashMap<StatedKey, Vec<(Text, Ref)>>;

/// The shard of [`Stated`] that holds `key`.
fn stated_shard(key: &StatedKey) -> usize {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(key) as usize % STATED_SHARDS
}

/// The references a build's issues stated (what [`Stated`] made), kept with its site for the
/// next build.
#[derive(Clone, Default)]
pub struct StatedRefs(std::sync::Arc<StatedMap>);

impl std::fmt::Debug for StatedRefs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StatedRefs({} entries)", self.0.len())
    }
}

/// True when `stated` is `entry` with another status, tone or date: every other field equal.
fn states(stated: &Ref, entry: &Ref) -> bool {
    stated.collection == entry.collection
        && stated.slug == entry.slug
        && stated.title == entry.title
        && stated.url == entry.url
        && stated.summary == entry.summary
        && stated.kind_label == entry.kind_label
}

impl Stated {
    /// Nothing stated yet; `before` is what the previous build's issues stated.
    pub fn after(before: StatedRefs) -> Stated {
        Stated {
            now: Default::default(),
            before,
        }
    }

    /// What was stated, for the next build.
    pub fn into_refs(self) -> StatedRefs {
        let mut all = StatedMap::default();
        for shard in self.now {
            all.extend(
                shard
                    .into_inner()
                    .unwrap_or_else(std::sync::PoisonError::into_inner),
            );
        }
        StatedRefs(std::sync::Arc::new(all))
    }

    /// `entry` as an issue states it: with the status, tone and date it had on the issue's
    /// date (the site's shared reference when nothing differs).
    fn state(&self, entry: Ref, status: Text, tone: &'static str, date: Option<Date>) -> Ref {
        if entry.status.as_ref() == Some(&status) && entry.tone == Some(tone) && entry.date == date
        {
            return entry;
        }
        let key = (entry.identity(), tone, date);
        let mut known = self.now[stated_shard(&key)]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let stated = known.entry(key).or_default();
        // The same entry (a reference made for one use could share an address with an
        // earlier one, dropped) stated the same way.
        let same = stated.iter().find(|(said, r)| {
            *said == status && r.collection == entry.collection && r.slug == entry.slug
        });
        if let Some((_, r)) = same {
            return r.clone();
        }
        // Stated so by the build before: the address is that of a reference the build before
        // still holds, shared with this one because its fields are equal; they are compared
        // all the same.
        let before = self.before.0.get(&key).and_then(|b| {
            b.iter()
                .find(|(said, r)| *said == status && states(r, &entry))
        });
        let r = before.map(|(_, r)| r.clone()).unwrap_or_else(|| {
            let mut r = entry.clone();
            let data = r.edit();
            data.status = Some(status.clone());
            data.tone = Some(tone);
            data.date = date;
            r
        });
        stated.push((status, r.clone()));
        r
    }
}

/// The value of measurement `m` of the indicator `name` as it was published on `date`: the
/// value before the first correction made after that date (the value now when there is none).
fn published_on(o: &Objective, name: &str, m: &Measurement, date: Date) -> f64 {
    o.corrections
        .iter()
        .filter(|c| c.indicator == name && c.measured == m.date && c.date > date)
        .min_by_key(|c| c.date)
        .map_or(m.value, |c| c.from)
}

/// The dates [`between`] finds entries by, each list sorted by date with the entries' positions
/// in their collection: made once for all of a site's issues, so that an issue costs what it
/// lists rather than a look at every entry.
pub struct Calendar {
    successes: Vec<(Date, usize)>,
    /// When something happened to a milestone: completed, updated, re-planned.
    milestone_events: Vec<(Date, usize)>,
    /// Every date a milestone was due by: the one first agreed and each re-plan's.
    milestone_dues: Vec<(Date, usize)>,
    /// When a setback happened, and when it was resolved.
    setbacks: Vec<(Date, usize)>,
    case_studies: Vec<(Date, usize)>,
}

impl Calendar {
    /// The dates of `site`'s successes, milestones, setbacks and case studies.
    pub fn of(site: &Site) -> Calendar {
        fn sorted(mut dates: Vec<(Date, usize)>) -> Vec<(Date, usize)> {
            dates.sort_unstable();
            dates
        }
        let each = |dates: &mut Vec<(Date, usize)>, i: usize, of: &[Option<Date>]| {
            dates.extend(of.iter().flatten().map(|d| (*d, i)));
        };
        let mut milestone_events = Vec::new();
        let mut milestone_dues = Vec::new();
        for (i, m) in site.milestones.iter().enumerate() {
            each(&mut milestone_events, i, &[m.completed, m.meta.updated]);
            milestone_events.extend(m.replans.iter().map(|r| (r.date, i)));
            milestone_dues.push((m.due, i));
            milestone_dues.extend(m.replans.iter().map(|r| (r.due, i)));
        }
        let mut setbacks = Vec::new();
        for (i, s) in site.setbacks.iter().enumerate() {
            each(&mut setbacks, i, &[Some(s.date), s.resolved]);
        }
        Calendar {
            successes: sorted(
                site.successes
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.date, i))
                    .collect(),
            ),
            milestone_events: sorted(milestone_events),
            milestone_dues: sorted(milestone_dues),
            setbacks: sorted(setbacks),
            case_studies: sorted(
                site.case_studies
                    .iter()
                    .enumerate()
                    .map(|(i, cs)| (cs.date, i))
                    .collect(),
            ),
        }
    }
}

/// The positions in `dates` (sorted by date) dated from `first` (from the start when `None`)
/// to `last`, both included.
fn calendar_positions(
    dates: &[(Date, usize)],
    first: Option<Date>,
    last: Date,
) -> impl Iterator<Item = usize> + '_ {
    let start = first.map_or(0, |f| dates.partition_point(|(d, _)| *d < f));
    let end = dates.partition_point(|(d, _)| *d <= last).max(start);
    dates[start..end].iter().map(|(_, i)| *i)
}

/// What changed after `since` up to and including `until`, with the milestones coming up.
pub fn between(
    site: &Site,
    refs: &super::reports::RefTable,
    calendar: &Calendar,
    since: Option<Date>,
    until: Date,
    stated: &Stated,
) -> Changes {
    let inside = |d: Date| d <= until && since.is_none_or(|s| d > s);
    let r = |meta: &Meta| super::reports::entry_ref(refs, meta);
    let milestone = |m: &Milestone| {
        let state = milestone_state_on(m, until);
        stated.state(r(&m.meta), state.text, state.tone, Some(due_on(m, until)))
    };
    let setback = |s: &Setback| {
        let status = setback_status_on(s, until);
        stated.state(
            r(&s.meta),
            facts::setback_state(status, s.severity),
            facts::setback_tone(status),
            Some(s.date),
        )
    };
    let mut c = Changes {
        since,
        until: Some(until),
        ..Changes::default()
    };
    // The calendar narrows each list to the entries with a date near the period (more than
    // the period holds, never less); the tests below decide, as they would for every entry.
    // The lists hold their entries in the site's order, so the entries are taken in it too.
    let near = |dates: &[(Date, usize)], first: Option<Date>, last: Date| {
        let mut positions: Vec<usize> = calendar_positions(dates, first, last).collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    };
    let successes = near(&calendar.successes, since, until);
    for s in successes.into_iter().map(|i| &site.successes[i]) {
        if !inside(s.date) {
            continue;
        }
        c.successes.push(SuccessItem {
            entry: r(&s.meta),
            headline: s.metrics.first().map(metric_headline),
        });
    }
    let coming_up_until = until.add_days(COMING_UP_DAYS);
    // Coming up looks after `until` whatever `since` is.
    let mut milestones = near(&calendar.milestone_events, since, until);
    let due_from = since.map(|s| s.min(until));
    milestones.extend(near(&calendar.milestone_dues, due_from, coming_up_until));
    milestones.sort_unstable();
    milestones.dedup();
    for m in milestones.into_iter().map(|i| &site.milestones[i]) {
        if m.completed.is_some_and(inside) {
            c.achieved.push(milestone(m));
            continue;
        }
        let status = milestone_status_on(m, until);
        let due_then = due_on(m, until);
        let open = is_open(status);
        let missed = status == MilestoneStatus::Missed
            && (inside(due_then) || m.meta.updated.is_some_and(inside));
        let replanned = m.replans.iter().any(|rp| inside(rp.date));
        let became_overdue = open && due_then < until && since.is_none_or(|s| due_then >= s);
        if missed || replanned || became_overdue {
            c.slipped.push(milestone(m));
        }
        if open && due_then > until && until.days_until(due_then) <= COMING_UP_DAYS {
            c.coming_up.push(milestone(m));
        }
    }
    for s in near(&calendar.setbacks, since, until)
        .into_iter()
        .map(|i| &site.setbacks[i])
    {
        if inside(s.date) {
            c.setbacks_opened.push(setback(s));
        }
        if s.resolved.is_some_and(inside) {
            c.setbacks_resolved.push(setback(s));
        }
    }
    for o in &site.objectives {
        for i in &o.indicators {
            let Some(newest) = i.measurements.iter().rfind(|m| inside(m.date)) else {
                continue;
            };
            // A figure corrected after the issue is stated as it was published then.
            let as_published = |m: &Measurement| published_on(o, &i.name, m, until);
            let from = i
                .measurements
                .iter()
                .rfind(|m| since.is_some_and(|s| m.date <= s))
                .map_or(i.baseline, as_published);
            let to = as_published(newest);
            let span = i.target - i.baseline;
            c.indicators.push(IndicatorChange {
                objective: r(&o.meta),
                name: i.name.clone(),
                url: format!("{}#{}", o.meta.permalink, i.id),
                from,
                to,
                unit: i.unit.clone(),
                progress: if span == 0.0 {
                    0.0
                } else {
                    (to - i.baseline) / span
                },
            });
        }
    }
    let case_studies = near(&calendar.case_studies, since, until);
    for cs in case_studies.into_iter().map(|i| &site.case_studies[i]) {
        if !inside(cs.date) {
            continue;
        }
        c.case_studies.push(r(&cs.meta));
    }
    c.coming_up.sort_by_key(|r| r.date);
    c.pledges_overdue = super::reports::overdue_pledges(site, refs, until, &inside);
    c.nothing_new = c.successes.is_empty()
        && c.achieved.is_empty()
        && c.slipped.is_empty()
        && c.setbacks_opened.is_empty()
        && c.setbacks_resolved.is_empty()
        && c.indicators.is_empty()
        && c.case_studies.is_empty()
        && c.pledges_overdue.is_empty();
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reference an issue of `site` states, in order, with whether it was stated
    /// with another status, tone or date than the site's own reference.
    fn stated(site: &Site) -> Vec<(Ref, bool)> {
        let mut out = Vec::new();
        for n in &site.newsletters {
            let c = &n.changes;
            let lists = [
                &c.achieved,
                &c.slipped,
                &c.setbacks_opened,
                &c.setbacks_resolved,
                &c.coming_up,
            ];
            for r in lists.into_iter().flatten() {
                let own = site.refs.get(r.collection, &r.slug).unwrap();
                out.push((r.clone(), r.identity() != own.identity()));
            }
        }
        out
    }

    #[test]
    fn a_build_like_the_one_before_shares_what_its_issues_stated() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let content = crate::content::load(root, None).0.unwrap();
        let options = LinkOptions::for_tests(Date::new(2026, 6, 1).unwrap());
        let before = super::super::link(&content, &options, None).0.unwrap();
        let after = super::super::link(&content, &options, Some(&before))
            .0
            .unwrap();
        let alone = super::super::link(&content, &options, None).0.unwrap();
        let (before, after, alone) = (stated(&before), stated(&after), stated(&alone));
        assert!(
            before.iter().any(|(_, own_status)| *own_status),
            "the example's issues state some entry as it stood on their dates"
        );
        assert_eq!(after.len(), before.len());
        for (((b, restated), (a, _)), (fresh, _)) in before.iter().zip(&after).zip(&alone) {
            // What is stated is what a build without the one before states...
            assert_eq!(a, fresh);
            // ...made once: the reference the build before made, when it had to make one.
            if *restated {
                assert_eq!(a.identity(), b.identity(), "{} {}", a.slug, a.title);
            }
        }
    }

    fn day(d: u8) -> Date {
        Date::new(2026, 3, d).unwrap()
    }

    #[test]
    fn a_calendar_finds_the_dates_from_first_to_last_both_included() {
        let dates = vec![
            (day(1), 4),
            (day(3), 0),
            (day(3), 2),
            (day(7), 1),
            (day(9), 3),
        ];
        let found = |first, last| calendar_positions(&dates, first, last).collect::<Vec<_>>();
        assert_eq!(found(Some(day(3)), day(7)), vec![0, 2, 1]);
        assert_eq!(found(None, day(3)), vec![4, 0, 2]);
        assert_eq!(found(Some(day(4)), day(6)), Vec::<usize>::new());
        assert_eq!(found(Some(day(10)), day(2)), Vec::<usize>::new());
        assert_eq!(found(Some(day(9)), day(30)), vec![3]);
        assert_eq!(calendar_positions(&[], None, day(1)).count(), 0);
    }
}
