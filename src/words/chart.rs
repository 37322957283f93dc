//! What the charts say: their titles, their text descriptions (read out by screen readers in
//! place of the drawing) and the words drawn in them.

use super::Text;
use super::catalogue::{Arg, Catalogue};
use crate::date::Date;

/// An indicator chart's title: "Children reading at grade level over time".
pub(crate) fn indicator_title(w: &Catalogue, name: &str) -> String {
    w.format("chart-indicator-title", &[("name", Arg::Text(name))])
}

/// What an indicator chart shows, in sentences: baseline and target, the measurements (or a
/// summary of a long series), and how far the latest is.
pub(crate) fn indicator_description(
    w: &Catalogue,
    (baseline, baseline_date): (f64, Option<Date>),
    (target, target_date): (f64, Option<Date>),
    unit: &str,
    measurements: &[(f64, Date)],
    (progress, on_track): (Option<f64>, Option<bool>),
) -> String {
    let figure = |value: f64| format!("{}{unit}", w.number(value));
    let on = baseline_date
        .map(|d| w.format("chart-baseline-on", &[("date", Arg::Text(&w.date(d)))]))
        .unwrap_or_default();
    let by = target_date
        .map(|d| w.format("chart-target-by", &[("date", Arg::Text(&w.date(d)))]))
        .unwrap_or_default();
    let mut desc = w.format(
        "chart-baseline-target",
        &[
            ("baseline", Arg::Text(&figure(baseline))),
            ("on", Arg::Text(&on)),
            ("target", Arg::Text(&figure(target))),
            ("by", Arg::Text(&by)),
        ],
    );
    let mut sentence = |text: String| {
        desc.push(' ');
        desc.push_str(&text);
    };
    match measurements {
        [] => sentence(w.get("chart-no-measurements").into_owned()),
        few if few.len() <= LISTED => {
            let list: Vec<String> = few
                .iter()
                .map(|(value, date)| {
                    w.format(
                        "chart-measurement",
                        &[
                            ("value", Arg::Text(&figure(*value))),
                            ("date", Arg::Text(&w.date(*date))),
                        ],
                    )
                })
                .collect();
            let list = list.join(&w.get("chart-list-join"));
            sentence(w.format("chart-measurements", &[("list", Arg::Text(&list))]));
        }
        many => {
            // A long series is summarised: read out, every value would take minutes.
            let (first, last) = (many[0], many[many.len() - 1]);
            let lowest = many.iter().map(|m| m.0).fold(f64::INFINITY, f64::min);
            let highest = many.iter().map(|m| m.0).fold(f64::NEG_INFINITY, f64::max);
            sentence(w.format(
                "chart-measurements-summary",
                &[
                    ("n", Arg::Number(many.len() as f64)),
                    ("first_date", Arg::Text(&w.date(first.1))),
                    ("last_date", Arg::Text(&w.date(last.1))),
                    ("lowest", Arg::Text(&figure(lowest))),
                    ("highest", Arg::Text(&figure(highest))),
                    ("first", Arg::Text(&figure(first.0))),
                    ("last", Arg::Text(&figure(last.0))),
                ],
            ));
            let change = last.0 - first.0;
            let id = if change >= 0.0 {
                "chart-up-since-first"
            } else {
                "chart-down-since-first"
            };
            sentence(w.format(id, &[("amount", Arg::Text(&figure(change.abs())))]));
        }
    }
    if let Some(p) = progress {
        let on_track = match on_track {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        sentence(w.format(
            "chart-progress",
            &[
                ("percent", Arg::Number((p * 100.0).round())),
                ("on_track", Arg::Text(on_track)),
            ],
        ));
    }
    desc
}

/// How many measurements a description lists one by one; a longer series is summarised.
pub const LISTED: usize = 6;

/// The label at the baseline of an indicator chart.
pub(crate) fn baseline_label(w: &Catalogue, value: f64, unit: &str) -> String {
    let value = format!("{}{unit}", w.number(value));
    w.format("chart-baseline", &[("value", Arg::Text(&value))])
}

/// The label at the target of an indicator chart.
pub(crate) fn target_label(w: &Catalogue, value: f64, unit: &str) -> String {
    let value = format!("{}{unit}", w.number(value));
    w.format("chart-target", &[("value", Arg::Text(&value))])
}

/// The legend of an indicator chart: the measured line, and the straight line to the target.
pub(crate) fn indicator_legend(w: &Catalogue) -> [String; 2] {
    [
        w.get("chart-legend-measured").into_owned(),
        w.get("chart-legend-straight-line").into_owned(),
    ]
}

/// The legend of measurement points by how they were checked.
pub(crate) fn verification_legend(w: &Catalogue) -> [String; 2] {
    [
        w.get("chart-legend-self-reported").into_owned(),
        w.get("chart-legend-checked").into_owned(),
    ]
}

/// A milestone timeline's title.
pub(crate) fn timeline_title(w: &Catalogue) -> String {
    w.get("timeline-title").into_owned()
}

/// A timeline's legend: first agreed date, re-planned date, achieved, overdue, missed,
/// cancelled.
pub(crate) fn timeline_legend(w: &Catalogue) -> [String; 6] {
    [
        "timeline-legend-first-agreed",
        "timeline-legend-replanned",
        "timeline-legend-achieved",
        "timeline-legend-overdue",
        "timeline-legend-missed",
        "timeline-legend-cancelled",
    ]
    .map(|id| w.get(id).into_owned())
}

/// What a timeline row adds to its title for a milestone overdue, missed or cancelled.
pub(crate) fn state_marks(w: &Catalogue) -> [String; 3] {
    [
        "timeline-mark-overdue",
        "timeline-mark-missed",
        "timeline-mark-cancelled",
    ]
    .map(|id| w.get(id).into_owned())
}

/// The counts a timeline with many milestones is summarised by.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct TimelineSummary {
    pub total: usize,
    pub agreed: Option<(Date, Date)>,
    pub achieved: usize,
    pub achieved_late: usize,
    pub overdue: usize,
    pub open: usize,
    pub missed: usize,
    pub cancelled: usize,
    pub shown: Option<usize>,
}

/// The description of a timeline with many milestones: how many, between which dates, how
/// many in each state.
pub(crate) fn timeline_summary(w: &Catalogue, s: &TimelineSummary) -> String {
    let n = |v: usize| Arg::Number(v as f64);
    let between = s
        .agreed
        .map(|(first, last)| {
            w.format(
                "timeline-between",
                &[
                    ("first", Arg::Text(&w.date(first))),
                    ("last", Arg::Text(&w.date(last))),
                ],
            )
        })
        .unwrap_or_default();
    let mut parts = vec![w.format(
        "timeline-achieved",
        &[("n", n(s.achieved)), ("late", n(s.achieved_late))],
    )];
    for (count, id) in [
        (s.overdue, "timeline-overdue"),
        (s.open, "timeline-open"),
        (s.missed, "timeline-missed"),
        (s.cancelled, "timeline-cancelled"),
    ] {
        if count > 0 {
            parts.push(w.format(id, &[("n", n(count))]));
        }
    }
    let parts = parts.join(&w.get("timeline-parts-join"));
    let mut desc = w.format(
        "timeline-summary",
        &[
            ("total", n(s.total)),
            ("between", Arg::Text(&between)),
            ("parts", Arg::Text(&parts)),
        ],
    );
    if let Some(shown) = s.shown {
        desc.push(' ');
        desc.push_str(&timeline_note(w, shown, s.total));
    }
    desc
}

/// The note under a timeline that shows only some of the milestones.
pub(crate) fn timeline_note(w: &Catalogue, shown: usize, total: usize) -> String {
    w.format(
        "timeline-note",
        &[
            ("shown", Arg::Number(shown as f64)),
            ("total", Arg::Number(total as f64)),
        ],
    )
}

/// A month on a time axis: "Mar", or "Mar 2025" where the year changes.
pub(crate) fn month_tick(w: &Catalogue, year: i32, month: u8, with_year: bool) -> String {
    let month = ("month", Arg::Number(f64::from(month.clamp(1, 12))));
    if with_year {
        w.format(
            "month-tick",
            &[month, ("year", Arg::Plain(f64::from(year)))],
        )
    } else {
        w.format("month-short", &[month])
    }
}

/// A day on a time axis: "3 Mar 2025".
pub(crate) fn day_tick(w: &Catalogue, d: Date) -> String {
    w.format(
        "day-tick",
        &[
            ("day", Arg::Number(f64::from(d.day()))),
            ("month", Arg::Number(f64::from(d.month()))),
            ("year", Arg::Plain(f64::from(d.year()))),
        ],
    )
}

/// One milestone of a timeline, in words: its dates and its state.
pub(crate) fn timeline_item(
    w: &Catalogue,
    title: &str,
    due: Date,
    replans: impl Iterator<Item = (Date, Date)>,
    completed: Option<Date>,
    overdue_since: Option<Date>,
    state: &Text,
) -> String {
    let date = |d: Date| w.date(d);
    let mut desc = w.format(
        "timeline-item-agreed",
        &[("title", Arg::Text(title)), ("date", Arg::Text(&date(due)))],
    );
    for (on, to) in replans {
        desc.push_str(&w.format(
            "timeline-item-replanned",
            &[("on", Arg::Text(&date(on))), ("to", Arg::Text(&date(to)))],
        ));
    }
    match (completed, overdue_since) {
        (Some(c), _) => {
            desc.push_str(&w.format("timeline-item-completed", &[("date", Arg::Text(&date(c)))]));
        }
        (None, Some(since)) => {
            desc.push_str(&w.format(
                "timeline-item-overdue",
                &[("date", Arg::Text(&date(since)))],
            ));
        }
        (None, None) => {}
    }
    desc.push_str(&w.format(
        "timeline-item-state",
        &[("state", Arg::Text(&state.in_words(w)))],
    ));
    desc
}

/// The title of the contributions chart.
pub(crate) fn contributions_title(w: &Catalogue) -> String {
    w.get("contributions-title").into_owned()
}

/// A contribution kind with its unit: "Volunteer hours (hours)".
pub(crate) fn kind_with_unit(w: &Catalogue, kind: &Text, unit: &str) -> String {
    let kind = kind.in_words(w);
    if unit.is_empty() {
        kind
    } else {
        w.format(
            "contribution-kind-unit",
            &[("kind", Arg::Text(&kind)), ("unit", Arg::Text(unit))],
        )
    }
}

/// One row of the contributions chart in words.
pub(crate) fn contribution_total(
    w: &Catalogue,
    kind: &Text,
    unit: &str,
    pledged: f64,
    received: f64,
) -> String {
    w.format(
        "contribution-total",
        &[
            ("kind", Arg::Text(&kind_with_unit(w, kind, unit))),
            ("pledged", Arg::Text(&w.number(pledged))),
            ("received", Arg::Text(&w.number(received))),
        ],
    )
}

/// The contributions chart's description: its rows.
pub(crate) fn contributions_description(w: &Catalogue, rows: &[String]) -> String {
    let rows = rows.join(&w.get("chart-list-join"));
    w.format("contributions-description", &[("rows", Arg::Text(&rows))])
}

/// The two bars of a contribution kind: pledged, received.
pub(crate) fn pledged_received(w: &Catalogue) -> [String; 2] {
    [
        w.get("chart-pledged").into_owned(),
        w.get("chart-received").into_owned(),
    ]
}
