//! What the charts say: their titles, their text descriptions (read out by screen readers in
//! place of the drawing) and the words drawn in them.

use super::Text;
use crate::date::Date;
use crate::format::format_number;
use std::fmt::Write as _;

/// An indicator chart's title.
pub(crate) fn indicator_title(name: &str) -> String {
    format!("{name} over time")
}

/// An indicator chart's description: baseline and target, then every measurement. `unit` is
/// the unit as written after a number (see [`crate::format::unit_suffix`]).
pub(crate) fn indicator_description(
    (baseline, baseline_date): (f64, Option<Date>),
    (target, target_date): (f64, Option<Date>),
    unit: &str,
    measurements: &[(f64, Date)],
) -> String {
    let mut desc = format!(
        "Baseline {}{unit}{}, target {}{unit}{}.",
        format_number(baseline),
        baseline_date
            .map(|d| format!(" on {}", d.human()))
            .unwrap_or_default(),
        format_number(target),
        target_date
            .map(|d| format!(" by {}", d.human()))
            .unwrap_or_default()
    );
    let figure = |value: f64| format!("{}{unit}", format_number(value));
    match measurements {
        [] => desc.push_str(" No measurements yet."),
        few if few.len() <= LISTED => {
            let list: Vec<String> = few
                .iter()
                .map(|(value, date)| format!("{} on {}", figure(*value), date.human()))
                .collect();
            let _ = write!(desc, " Measurements: {}.", list.join("; "));
        }
        many => {
            // A long series is summarised: read out, every value would take minutes.
            let (first, last) = (many[0], many[many.len() - 1]);
            let lowest = many.iter().map(|m| m.0).fold(f64::INFINITY, f64::min);
            let highest = many.iter().map(|m| m.0).fold(f64::NEG_INFINITY, f64::max);
            let _ = write!(
                desc,
                " {} measurements from {} to {}, between {} and {}: the first {}, the latest {}.",
                many.len(),
                first.1.human(),
                last.1.human(),
                figure(lowest),
                figure(highest),
                figure(first.0),
                figure(last.0),
            );
        }
    }
    desc
}

/// Up to how many measurements a chart's description reads out one by one.
pub const LISTED: usize = 6;

/// The label of an indicator chart's baseline rule.
pub(crate) fn baseline_label(value: f64, unit: &str) -> String {
    format!("Baseline {}{unit}", format_number(value))
}

/// The label of an indicator chart's target rule.
pub(crate) fn target_label(value: f64, unit: &str) -> String {
    format!("Target {}{unit}", format_number(value))
}

/// What an indicator chart's legend names: the measured line, and the straight line from
/// baseline to target.
pub const INDICATOR_LEGEND: [&str; 2] = ["Measured", "Straight line from baseline to target"];

/// The milestone timeline's title.
pub(crate) const TIMELINE_TITLE: &str = "Milestone timeline";

/// What the timeline's legend names, in its order: the first agreed date, a re-planned date,
/// completion, overdue.
pub(crate) const TIMELINE_LEGEND: [&str; 4] = [
    "First agreed date",
    "Re-planned date",
    "Completed",
    "Overdue",
];

/// The word beside an overdue milestone's mark.
pub(crate) const OVERDUE_MARK: &str = "overdue";

/// One milestone in the timeline's description: "Title: first agreed 1 March 2025,
/// re-planned on 2 May 2025 to 1 June 2025, completed 3 June 2025 (Achieved 94 days late). "
pub(crate) fn timeline_item(
    title: &str,
    due: Date,
    replans: impl Iterator<Item = (Date, Date)>,
    completed: Option<Date>,
    overdue_since: Option<Date>,
    state: &Text,
) -> String {
    let mut desc = format!("{title}: first agreed {}", due.human());
    for (on, to) in replans {
        let _ = write!(desc, ", re-planned on {} to {}", on.human(), to.human());
    }
    match (completed, overdue_since) {
        (Some(c), _) => {
            let _ = write!(desc, ", completed {}", c.human());
        }
        (None, Some(since)) => {
            let _ = write!(desc, ", overdue since {}", since.human());
        }
        (None, None) => {}
    }
    let _ = write!(desc, " ({state}). ");
    desc
}

/// The contributions chart's title.
pub(crate) const CONTRIBUTIONS_TITLE: &str = "Contributions by kind, pledged and received";

/// A kind of contribution with its unit, as the contributions chart labels a row.
pub(crate) fn kind_with_unit(kind: &Text, unit: &str) -> String {
    if unit.is_empty() {
        kind.to_string()
    } else {
        format!("{kind} ({unit})")
    }
}

/// One row of the contributions chart's description.
pub(crate) fn contribution_total(kind: &Text, unit: &str, pledged: f64, received: f64) -> String {
    format!(
        "{}: {} pledged, {} received",
        kind_with_unit(kind, unit),
        format_number(pledged),
        format_number(received)
    )
}

/// The contributions chart's description from its rows.
pub(crate) fn contributions_description(rows: &[String]) -> String {
    format!("{}.", rows.join("; "))
}

/// The bars of a contributions row: what was pledged, what was received.
pub(crate) const PLEDGED_RECEIVED: [&str; 2] = ["Pledged", "Received"];
