//! Facts derived from several entries that both linking and the period reports need: the
//! totals of contributions, the newest date in the content, and a milestone's or setback's
//! state on a given day (the build date, or the date of a newsletter issue as it was sent).

use super::{Contribution, Milestone, Says, Setback, Site, Text, Total};
use crate::content::schema::{
    ContributionKind, MilestoneStatus, PledgeStatus, SetbackStatus, Severity,
};
use crate::date::Date;
use std::collections::BTreeMap;

/// Whether a milestone in this state is still to be done.
pub(crate) fn is_open(status: MilestoneStatus) -> bool {
    matches!(
        status,
        MilestoneStatus::Planned | MilestoneStatus::InProgress | MilestoneStatus::Delayed
    )
}

/// A milestone's state on a day, in words and tone, with the day counts behind them.
pub(crate) struct MilestoneState {
    /// Days past its due date, when it is open and overdue on the day.
    pub(crate) days_overdue: Option<i64>,
    /// Days after the date first agreed that it was achieved.
    pub(crate) days_late: Option<i64>,
    /// "12 days overdue, in progress", "Achieved on time"...
    pub(crate) text: Text,
    /// `good`, `warn`, `bad` or `neutral`.
    pub(crate) tone: &'static str,
}

/// The state on `today` of a milestone whose status is `status`, first agreed for `due`,
/// due on `current_due` by then, completed on `completed`.
pub(crate) fn milestone_state(
    status: MilestoneStatus,
    due: Date,
    current_due: Date,
    completed: Option<Date>,
    today: Date,
) -> MilestoneState {
    let overdue = is_open(status) && current_due < today;
    let days_overdue = overdue.then(|| current_due.days_until(today));
    let days_late = match (status, completed) {
        (MilestoneStatus::Achieved, Some(done)) => Some(due.days_until(done).max(0)),
        _ => None,
    };
    let tone = if days_overdue.is_some() {
        "bad"
    } else {
        match status {
            MilestoneStatus::Achieved if days_late.unwrap_or(0) == 0 => "good",
            MilestoneStatus::Achieved | MilestoneStatus::Delayed => "warn",
            MilestoneStatus::Missed => "bad",
            _ => "neutral",
        }
    };
    let text = Says::MilestoneState {
        status,
        days_overdue,
        days_late,
        current_due,
        days_moved: due.days_until(current_due),
    }
    .into();
    MilestoneState {
        days_overdue,
        days_late,
        text,
        tone,
    }
}

/// The due date of a milestone as it stood on `date` (re-plans made by then applied).
pub(crate) fn due_on(m: &Milestone, date: Date) -> Date {
    m.replans
        .iter()
        .filter(|r| r.date <= date)
        .max_by_key(|r| r.date)
        .map_or(m.due, |r| r.due)
}

/// The status a milestone had on `date`, as far as its file tells: achieved only once its
/// completion date has come, missed only once its due date has passed, cancelled from the day
/// the file was last updated when it says so (from the start when it does not), and delayed
/// only once it has been re-planned.
pub(crate) fn milestone_status_on(m: &Milestone, date: Date) -> MilestoneStatus {
    let replanned = m.replans.iter().any(|r| r.date <= date);
    let open = if replanned {
        MilestoneStatus::Delayed
    } else if m.status == MilestoneStatus::Planned {
        MilestoneStatus::Planned
    } else {
        MilestoneStatus::InProgress
    };
    match m.status {
        MilestoneStatus::Achieved if m.completed.is_none_or(|d| d > date) => open,
        MilestoneStatus::Missed if due_on(m, date) >= date => open,
        MilestoneStatus::Cancelled if m.meta.updated.is_some_and(|d| d > date) => open,
        MilestoneStatus::Delayed | MilestoneStatus::InProgress => open,
        status => status,
    }
}

/// A milestone's state on `date`, as a newsletter issue of that date says it.
pub(crate) fn milestone_state_on(m: &Milestone, date: Date) -> MilestoneState {
    let status = milestone_status_on(m, date);
    let completed = m.completed.filter(|d| *d <= date);
    milestone_state(status, m.due, due_on(m, date), completed, date)
}

/// A setback's state in words.
pub(crate) fn setback_state(status: SetbackStatus, severity: Severity) -> Text {
    Says::SetbackState { status, severity }.into()
}

/// The tone of a setback's state.
pub(crate) fn setback_tone(s: SetbackStatus) -> &'static str {
    match s {
        SetbackStatus::Open => "bad",
        SetbackStatus::Mitigating => "warn",
        SetbackStatus::Resolved => "good",
    }
}

/// The status a setback had on `date`: resolved only from its resolution date (before it, the
/// state it is in now short of resolved: open, as the file does not say when work began).
pub(crate) fn setback_status_on(s: &Setback, date: Date) -> SetbackStatus {
    match (s.status, s.resolved) {
        (SetbackStatus::Resolved, Some(done)) if done > date => SetbackStatus::Open,
        (status, _) => status,
    }
}

/// Totals by kind and unit, pledged and received kept apart.
pub(super) fn totals<'a>(contributions: impl Iterator<Item = &'a Contribution>) -> Vec<Total> {
    let mut by_key: BTreeMap<(ContributionKind, String), Total> = BTreeMap::new();
    for c in contributions {
        let t = by_key
            .entry((c.kind, c.unit.clone()))
            .or_insert_with(|| Total {
                kind: c.kind,
                kind_name: c.kind_name.clone(),
                unit: c.unit.clone(),
                pledged: 0.0,
                received: 0.0,
                received_against_pledges: 0.0,
                received_unpledged: 0.0,
                outstanding: 0.0,
                overdue: 0.0,
                overpaid: 0.0,
            });
        match c.status {
            PledgeStatus::Pledged => {
                t.pledged += c.amount;
                t.outstanding += c.outstanding;
                if c.overdue {
                    t.overdue += c.outstanding;
                }
                t.overpaid += (c.paid - c.amount).max(0.0);
            }
            PledgeStatus::Received if c.fulfils.is_some() => {
                t.received += c.amount;
                t.received_against_pledges += c.amount;
            }
            PledgeStatus::Received => {
                t.received += c.amount;
                t.received_unpledged += c.amount;
            }
        }
    }
    by_key.into_values().collect()
}

/// The newest date in the content on or before `today`.
pub(super) fn newest_date_until(site: &Site, today: Date) -> Option<Date> {
    let dates = site
        .all_meta()
        .filter_map(|m| m.updated)
        .chain(site.successes.iter().map(|s| s.date))
        .chain(site.setbacks.iter().map(|s| s.date))
        .chain(
            site.setbacks
                .iter()
                .flat_map(|s| s.updates.iter().map(|u| u.date)),
        )
        .chain(site.case_studies.iter().map(|c| c.date))
        .chain(site.milestones.iter().filter_map(|m| m.completed))
        .chain(
            site.milestones
                .iter()
                .flat_map(|m| m.replans.iter().map(|r| r.date)),
        )
        .chain(site.objectives.iter().flat_map(|o| {
            o.indicators
                .iter()
                .flat_map(|i| i.measurements.iter().map(|m| m.date))
        }))
        .filter(|d| *d <= today);
    dates.max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_keep_pledged_and_received_apart() {
        let c = |status, amount| Contribution {
            id: None,
            due: None,
            fulfils: None,
            paid: 0.0,
            outstanding: 0.0,
            overdue: false,
            date: "2025-01-01".parse().unwrap(),
            kind: ContributionKind::Funds,
            kind_name: crate::model::Says::ContributionKind {
                kind: ContributionKind::Funds,
            }
            .into(),
            amount,
            unit: "USD".into(),
            status,
            note: None,
        };
        let list = [
            c(PledgeStatus::Pledged, 100.0),
            c(PledgeStatus::Received, 40.0),
            c(PledgeStatus::Received, 10.0),
        ];
        let t = totals(list.iter());
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].pledged, t[0].received), (100.0, 50.0));
    }
}
