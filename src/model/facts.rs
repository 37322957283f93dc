//! Facts derived from several entries that both linking and the period reports need: the
//! totals of contributions and the newest date in the content.

use super::{Contribution, Site, Total};
use crate::content::schema::{ContributionKind, PledgeStatus};
use crate::date::Date;
use std::collections::BTreeMap;

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
            });
        match c.status {
            PledgeStatus::Pledged => t.pledged += c.amount,
            PledgeStatus::Received => t.received += c.amount,
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
