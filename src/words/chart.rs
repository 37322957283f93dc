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

/// An indicator chart's description: baseline and target, then every measurement (for a long
/// series: how many, over what dates, the range, the first and the latest, and the change),
/// then how far it has come and whether it is on track. `unit` is the unit as written after a
/// number (see [`crate::format::unit_suffix`]); `progress` the share of the way from baseline
/// to target; `on_track` whether it is at or ahead of a straight line to the target.
pub(crate) fn indicator_description(
    (baseline, baseline_date): (f64, Option<Date>),
    (target, target_date): (f64, Option<Date>),
    unit: &str,
    measurements: &[(f64, Date)],
    (progress, on_track): (Option<f64>, Option<bool>),
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
            let change = last.0 - first.0;
            let _ = write!(
                desc,
                " {} {} since the first.",
                if change >= 0.0 { "Up" } else { "Down" },
                figure(change.abs())
            );
        }
    }
    if let Some(p) = progress {
        let _ = write!(
            desc,
            " The latest is {}% of the way from baseline to target",
            (p * 100.0).round()
        );
        desc.push_str(match on_track {
            Some(true) => ", on track (at or ahead of a straight line to the target).",
            Some(false) => ", behind a straight line to the target.",
            None => ".",
        });
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

/// What the indicator chart's markers say of a measurement: reported by the partner that
/// made it (hollow), or checked by someone else (filled).
pub const VERIFICATION_LEGEND: [&str; 2] =
    ["Self-reported", "Checked by another partner or outside"];

/// The milestone timeline's title.
pub(crate) const TIMELINE_TITLE: &str = "Milestone timeline";

/// What the timeline's legend names, in its order: the first agreed date, a re-planned date,
/// completion, overdue, missed, cancelled.
pub(crate) const TIMELINE_LEGEND: [&str; 6] = [
    "First agreed date",
    "Re-planned date",
    "Achieved",
    "Overdue",
    "Missed",
    "Cancelled",
];

/// The words after a milestone's title in the timeline when it is overdue, missed or
/// cancelled.
pub(crate) const STATE_MARKS: [&str; 3] = [" · overdue", " · missed", " · cancelled"];

/// How a milestone timeline's milestones stand, for its description.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct TimelineSummary {
    /// Every milestone.
    pub total: usize,
    /// The earliest and latest first agreed dates.
    pub agreed: Option<(Date, Date)>,
    /// Achieved, and of those, late.
    pub achieved: usize,
    /// Achieved after the date first agreed.
    pub achieved_late: usize,
    /// Open and past due.
    pub overdue: usize,
    /// Open and not yet due.
    pub open: usize,
    /// Missed.
    pub missed: usize,
    /// Cancelled.
    pub cancelled: usize,
    /// How many the chart draws, when not all.
    pub shown: Option<usize>,
}

/// A long timeline's description: how many milestones, over what dates, how they stand, and
/// which the chart draws.
pub(crate) fn timeline_summary(s: &TimelineSummary) -> String {
    let mut desc = format!("{} milestones", format_number(s.total as f64));
    if let Some((first, last)) = s.agreed {
        let _ = write!(
            desc,
            ", first agreed between {} and {}",
            first.human(),
            last.human()
        );
    }
    let mut parts = vec![format!(
        "{} achieved ({} of them late)",
        s.achieved, s.achieved_late
    )];
    for (n, what) in [
        (s.overdue, "overdue"),
        (s.open, "open and not yet due"),
        (s.missed, "missed"),
        (s.cancelled, "cancelled"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    let _ = write!(desc, ": {}.", parts.join(", "));
    if let Some(shown) = s.shown {
        let _ = write!(desc, " {}", timeline_note(shown, s.total));
    }
    desc
}

/// What a timeline drawing only some of its milestones says under them.
pub(crate) fn timeline_note(shown: usize, total: usize) -> String {
    format!(
        "The chart shows {shown} of the {} milestones: every overdue one first, then those due next, then the most recently closed. The tables list every one.",
        format_number(total as f64)
    )
}

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A month on a date axis: "Apr", or "Apr 2025" where the year is needed.
pub(crate) fn month_tick(year: i32, month: u8, with_year: bool) -> String {
    let name = SHORT_MONTHS[usize::from(month.clamp(1, 12) - 1)];
    if with_year {
        format!("{name} {year}")
    } else {
        name.to_string()
    }
}

/// A day on a date axis: "3 Apr 2025".
pub(crate) fn day_tick(d: Date) -> String {
    format!("{} {}", d.day(), month_tick(d.year(), d.month(), true))
}

/// One milestone in the timeline's description: "Title: first agreed 1 March 2025,
/// re-planned on 2 May 2025 to 1 June 2025, completed 3 June 2025 (Achieved 94 days after the date first agreed). "
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
