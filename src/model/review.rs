//! Review: things that are legal but probably wrong (a milestone still planned a year after it
//! was due, a setback open for months with no actions, an indicator nobody has measured
//! lately...), reported as warnings by `candor check`, and a list per partner of what is due
//! for review. Nothing here stops a build.

use super::*;
use crate::content::schema::{MilestoneStatus, SetbackStatus};
use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use std::collections::BTreeMap;

/// Days after its due date that a still-planned milestone is flagged.
pub(crate) const PLANNED_TOO_LONG_DAYS: i64 = 365;
/// Days an open setback may go without actions.
pub(crate) const OPEN_WITHOUT_ACTIONS_DAYS: i64 = 180;
/// Days an open setback may go without an update.
pub(crate) const SETBACK_SILENT_DAYS: i64 = 90;
/// Days an indicator may go without a measurement.
pub(crate) const INDICATOR_STALE_DAYS: i64 = 180;

/// What one partner should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerReview {
    /// The partner's name.
    pub partner: String,
    /// One line per item.
    pub items: Vec<String>,
}

fn warn_at(meta: &Meta, key: &str, message: String, hint: &str) -> Diagnostic {
    let location = match &meta.origin {
        Some(src) => src.key_location(key),
        None => file_location(&meta.source),
    };
    Diagnostic::warning(location, message).with_hint(hint)
}

/// Reviews the site on its build date.
pub fn review(site: &Site) -> (Diagnostics, Vec<PartnerReview>) {
    let today = site.build_date;
    let mut d = Diagnostics::new();
    let mut per_partner: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut note = |partners: &[Ref], item: String| {
        for p in partners {
            per_partner
                .entry(p.title.clone())
                .or_default()
                .push(item.clone());
        }
    };

    for m in &site.milestones {
        if m.status == MilestoneStatus::Planned
            && m.current_due.days_until(today) > PLANNED_TOO_LONG_DAYS
        {
            d.push(warn_at(
                &m.meta,
                "status",
                format!("`{}` is still planned {} days after it was due", m.meta.slug, m.current_due.days_until(today)),
                "update its status: in progress, delayed (with a [[replans]] entry), missed or cancelled",
            ));
        }
        if m.overdue {
            note(
                &m.partners,
                format!(
                    "milestone \"{}\" is overdue by {} days",
                    m.meta.title,
                    m.days_overdue.unwrap_or(0)
                ),
            );
        } else if m.upcoming {
            note(
                &m.partners,
                format!(
                    "milestone \"{}\" is due on {}",
                    m.meta.title,
                    m.current_due.human()
                ),
            );
        }
    }
    for s in &site.setbacks {
        if s.status == SetbackStatus::Resolved {
            continue;
        }
        if s.days_open > OPEN_WITHOUT_ACTIONS_DAYS && s.actions.is_empty() {
            d.push(warn_at(
                &s.meta,
                "status",
                format!(
                    "`{}` has been open for {} days with no actions",
                    s.meta.slug, s.days_open
                ),
                "add [[actions]] saying what is being done, who owns it and by when",
            ));
        }
        let last_word = s.updates.iter().map(|u| u.date).max().unwrap_or(s.date);
        let silent = last_word.days_until(today);
        if silent > SETBACK_SILENT_DAYS {
            d.push(warn_at(
                &s.meta,
                "status",
                format!(
                    "`{}` is open and has had no update for {silent} days",
                    s.meta.slug
                ),
                "add an [[updates]] entry, even to say nothing has changed",
            ));
            note(
                &s.partners,
                format!(
                    "setback \"{}\" has had no update for {silent} days",
                    s.meta.title
                ),
            );
        }
        for a in s.actions.iter().filter(|a| a.overdue) {
            if let Some(owner) = &a.owner {
                note(
                    std::slice::from_ref(owner),
                    format!(
                        "action \"{}\" on setback \"{}\" is past its due date",
                        a.title, s.meta.title
                    ),
                );
            }
        }
    }
    for o in &site.objectives {
        if o.indicators.is_empty() {
            d.push(warn_at(
                &o.meta,
                "title",
                format!("the objective `{}` has no indicators", o.meta.slug),
                "add [[indicators]] so progress can be measured rather than claimed",
            ));
        }
        for i in &o.indicators {
            let last = i.latest.as_ref().map(|m| m.date).or(i.baseline_date);
            if let Some(last) = last
                && last.days_until(today) > INDICATOR_STALE_DAYS
            {
                let quoted_name = toml::Value::String(i.name.clone()).to_string();
                let mut warning = warn_at(
                    &o.meta,
                    "indicators",
                    format!(
                        "the indicator `{}` of `{}` has not been measured for {} days",
                        i.name,
                        o.meta.slug,
                        last.days_until(today)
                    ),
                    "add a measurement, or say in the objective why it is measured less often",
                );
                if let Some(found) = o
                    .meta
                    .origin
                    .as_ref()
                    .and_then(|src| src.find(&quoted_name))
                {
                    warning.location = found;
                }
                d.push(warning);
                note(
                    &o.owners,
                    format!("indicator \"{}\" needs a new measurement", i.name),
                );
            }
        }
        let linked = site
            .milestones
            .iter()
            .any(|m| m.objective.as_ref().is_some_and(|r| r.slug == o.meta.slug))
            || !o.successes.is_empty()
            || !o.setbacks.is_empty()
            || !o.case_studies.is_empty();
        if !linked {
            d.push(warn_at(
                &o.meta,
                "title",
                format!("nothing refers to the objective `{}`", o.meta.slug),
                "link milestones, successes or setbacks to it with `objective = \"...\"`",
            ));
        }
    }
    // A partner that works on entries should say what it took on, and one that took
    // something on should show in the entries; a member that only belongs (a membership
    // alliance's hundreds) is neither, unless the alliance asks to review every partner.
    let every_partner = site.alliance.review_every_partner;
    for p in site.partners.iter().filter(|p| !p.former) {
        let involved = !p.objectives.is_empty()
            || !p.milestones.is_empty()
            || !p.successes.is_empty()
            || !p.setbacks.is_empty()
            || !p.case_studies.is_empty();
        if p.roles.is_empty() && (involved || every_partner) {
            d.push(
                warn_at(
                    &p.meta,
                    "name",
                    format!("the partner `{}` has no roles", p.meta.slug),
                    "add `roles = [...]` saying what the partner took on",
                )
                .grouped("partners without roles"),
            );
        }
        if !involved && (!p.roles.is_empty() || every_partner) {
            d.push(
                warn_at(
                    &p.meta,
                    "name",
                    format!("nothing refers to the partner `{}`", p.meta.slug),
                    "name it in the `partners` or `owners` of the entries it works on",
                )
                .grouped("partners that nothing refers to"),
            );
        }
    }
    let reviews = per_partner
        .into_iter()
        .map(|(partner, items)| PartnerReview { partner, items })
        .collect();
    (d, reviews)
}
