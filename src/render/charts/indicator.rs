//! An indicator's measurements over time.

use super::{TextBox, WIDTH, date_axis, date_ticks, day, legend, open_svg, scale};
use crate::date::Date;
use crate::escape::markup as esc;
use crate::format::unit_suffix;
use crate::model::Indicator;
use crate::words::Catalogue;
use crate::words::chart;
use std::fmt::Write;

/// An indicator's measurements as a line over time on a date axis, with its baseline, target
/// and the straight "on track" line from baseline to target marked. Only the values that fit
/// are labelled (see `labelled_points`); the description summarises a long series.
pub fn indicator(i: &Indicator, w: &Catalogue) -> String {
    let (left, right, top, bottom) = (16.0, WIDTH - 16.0, 24.0, 206.0);
    // `unit` is the author's text: every text it is part of is escaped when written.
    let unit = unit_suffix(i.unit.as_deref().unwrap_or(""));
    let mut dates: Vec<Date> = i.measurements.iter().map(|m| m.date).collect();
    dates.extend(i.baseline_date);
    dates.extend(i.target_date);
    let (Some(first), Some(last)) = (dates.iter().min().copied(), dates.iter().max().copied())
    else {
        return String::new();
    };
    let mut values: Vec<f64> = i.measurements.iter().map(|m| m.value).collect();
    values.extend([i.baseline, i.target]);
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = ((hi - lo) * 0.12).max(1e-9);
    let yr = (lo - pad, hi + pad);
    let xr = (day(first), day(last).max(day(first) + 1.0));
    let x = |d: Date| scale(day(d), xr, (left, right));
    let y = |v: f64| scale(v, yr, (bottom, top));
    // The rules' labels go on the side away from the latest measurement, so the line does
    // not run through them.
    let latest = i.measurements.last().map(|m| y(m.value));
    let baseline_label_y = rule_label(y(i.baseline), y(i.target), latest);
    let target_label_y = rule_label(y(i.target), y(i.baseline), latest);

    let measured: Vec<(f64, Date)> = i.measurements.iter().map(|m| (m.value, m.date)).collect();
    let desc = chart::indicator_description(
        w,
        (i.baseline, i.baseline_date),
        (i.target, i.target_date),
        &unit,
        &measured,
        (i.progress, i.on_track),
    );
    let rules = [
        TextBox::starting(
            left,
            baseline_label_y,
            &chart::baseline_label(w, i.baseline, &unit),
        )
        .inside(),
        TextBox::ending(
            right,
            target_label_y,
            &chart::target_label(w, i.target, &unit),
        )
        .inside(),
    ];
    let value_text = |v: f64| format!("{}{unit}", w.number(v));
    let candidates: Vec<TextBox> = i
        .measurements
        .iter()
        .map(|m| TextBox::centred(x(m.date), y(m.value) - 9.0, &value_text(m.value)).inside())
        .collect();
    let labelled = labelled_points(&candidates, &rules);

    let mut body = String::new();
    let mut taken: Vec<TextBox> = rules.to_vec();
    taken.extend(
        candidates
            .iter()
            .zip(&labelled)
            .filter(|(_, l)| **l)
            .map(|(b, _)| *b),
    );
    let _ = write!(
        body,
        "<line class=\"axis-line\" x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\"/>"
    );
    date_axis(
        &mut body,
        &date_ticks(w, first, last),
        x,
        bottom + 18.0,
        (bottom, bottom + 5.0),
        &mut taken,
    );

    // Baseline and target: labelled horizontal rules, drawn differently.
    let _ = write!(
        body,
        "<g class=\"ref\"><line class=\"baseline\" x1=\"{left}\" y1=\"{by:.1}\" x2=\"{right}\" y2=\"{by:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>\
         <line class=\"target\" x1=\"{left}\" y1=\"{ty:.1}\" x2=\"{right}\" y2=\"{ty:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text></g>",
        rules[0].left,
        baseline_label_y,
        esc(&chart::baseline_label(w, i.baseline, &unit)),
        rules[1].right,
        target_label_y,
        esc(&chart::target_label(w, i.target, &unit)),
        by = y(i.baseline),
        ty = y(i.target),
    );
    if let (Some(b), Some(t)) = (i.baseline_date, i.target_date) {
        let _ = write!(
            body,
            "<line class=\"plan\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/>",
            x(b),
            y(i.baseline),
            x(t),
            y(i.target)
        );
    }
    // Measurements: a solid line with a marker at each value, labelled where one fits.
    if !i.measurements.is_empty() {
        let points: Vec<String> = i
            .measurements
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(m.date), y(m.value)))
            .collect();
        let _ = write!(
            body,
            "<polyline class=\"series\" points=\"{}\"/>",
            points.join(" ")
        );
        let r = if i.measurements.len() > 24 { 2.5 } else { 4.5 };
        for ((m, label), text) in i.measurements.iter().zip(labelled).zip(&candidates) {
            // Checked by someone other than the partner that measured it: a filled marker;
            // self-reported: a hollow one (the legend says which is which).
            let _ = write!(
                body,
                "<circle class=\"point{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r}\"/>",
                if checked(m.verification) {
                    " checked"
                } else {
                    ""
                },
                x(m.date),
                y(m.value),
            );
            if label {
                let _ = write!(
                    body,
                    "<text class=\"value\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                    text.middle(),
                    y(m.value) - 9.0,
                    esc(&value_text(m.value))
                );
            }
        }
    }
    let [measured_words, plan_words] = chart::indicator_legend(w);
    let [self_reported, checked_words] = chart::verification_legend(w);
    let mut entries = vec![
        (
            "<line class=\"series\" x1=\"-8\" y1=\"0\" x2=\"8\" y2=\"0\"/>".to_string(),
            measured_words.as_str(),
        ),
        (
            "<line class=\"plan\" x1=\"-8\" y1=\"0\" x2=\"8\" y2=\"0\"/>".to_string(),
            plan_words.as_str(),
        ),
    ];
    let kinds = |checked_ones: bool| {
        i.measurements
            .iter()
            .any(|m| checked(m.verification) == checked_ones)
    };
    if kinds(false) {
        entries.push((
            "<circle class=\"point\" r=\"4.5\"/>".to_string(),
            self_reported.as_str(),
        ));
    }
    if kinds(true) {
        entries.push((
            "<circle class=\"point checked\" r=\"4.5\"/>".to_string(),
            checked_words.as_str(),
        ));
    }
    let (key, key_height) = legend(&entries, bottom + 26.0);
    let mut out = String::new();
    open_svg(
        &mut out,
        &format!("chart-{}", i.id),
        bottom + 26.0 + key_height,
        &chart::indicator_title(w, &i.name),
        &desc,
    );
    out.push_str(&body);
    out.push_str(&key);
    out.push_str("</svg>");
    out
}

/// Whether a measurement was checked by someone other than the partner that made it.
fn checked(v: crate::content::schema::Verification) -> bool {
    !matches!(v, crate::content::schema::Verification::SelfReported)
}

/// Which of a series' value labels (`candidates`, in date order) are drawn: the latest
/// first, then, for a short series, each earlier one that overlaps no label already drawn;
/// for a long series only the first besides the latest. None overlaps `blocked` (the
/// baseline and target labels). The table and the description give every value.
fn labelled_points(candidates: &[TextBox], blocked: &[TextBox]) -> Vec<bool> {
    let mut labelled = vec![false; candidates.len()];
    let mut drawn: Vec<TextBox> = blocked.to_vec();
    let order: Vec<usize> = if candidates.len() > chart::LISTED {
        vec![candidates.len() - 1, 0]
    } else {
        (0..candidates.len()).rev().collect()
    };
    for i in order {
        let candidate = candidates[i];
        if !drawn.iter().any(|d| d.overlaps(&candidate)) {
            labelled[i] = true;
            drawn.push(candidate);
        }
    }
    labelled
}

/// Where a rule's label goes: on the side of the rule (at `this`) away from the latest
/// measurement (at `latest`), above it when there is none; on the other side when the other
/// rule (at `other`) is close on that side.
fn rule_label(this: f64, other: f64, latest: Option<f64>) -> f64 {
    let (above, below) = (this - 5.0, this + 14.0);
    let data_above = latest.is_some_and(|l| l < this - 1.0);
    let other_above = other < this && this - other < 18.0;
    let other_below = other > this && other - this < 18.0;
    match (data_above, other_above, other_below) {
        (true, _, false) | (false, true, _) => below,
        _ => above,
    }
}

#[cfg(test)]
mod tests {
    /// The chart in English.
    fn indicator(i: &Indicator) -> String {
        super::indicator(i, &crate::words::Catalogue::english())
    }

    use super::super::tests::{described, example_site, texts_never_overlap_or_leave};
    use super::*;

    #[test]
    fn value_labels_never_overlap_each_other_or_the_rules_labels() {
        let at = |x: f64, y: f64| TextBox::centred(x, y, "12.5");
        let rules = [TextBox::starting(56.0, 200.0, "Baseline 10")];
        // Far apart: all drawn. Too close: the latest keeps its label.
        assert_eq!(
            labelled_points(
                &[at(150.0, 100.0), at(250.0, 100.0), at(350.0, 100.0)],
                &rules
            ),
            [true, true, true]
        );
        assert_eq!(
            labelled_points(
                &[at(150.0, 100.0), at(250.0, 100.0), at(270.0, 100.0)],
                &rules
            ),
            [true, false, true]
        );
        // A label on the baseline's label is not drawn.
        assert_eq!(
            labelled_points(&[at(70.0, 200.0), at(300.0, 100.0)], &rules),
            [false, true]
        );
        // A long series: the latest and the first only.
        let long: Vec<TextBox> = (0..160)
            .map(|k| at(60.0 + 3.0 * f64::from(k), 50.0))
            .collect();
        let labelled = labelled_points(&long, &[]);
        assert_eq!(labelled.iter().filter(|l| **l).count(), 2);
        assert!(labelled[0] && labelled[159]);
    }

    fn series(days_apart: i64, count: i64) -> Indicator {
        let site = example_site();
        let mut series = site.objectives[0].indicators[0].clone();
        let first = series.measurements[0].clone();
        series.measurements = (0..count)
            .map(|k| crate::model::Measurement {
                date: first.date.add_days(days_apart * k),
                value: first.value + (k % 9) as f64 * 1000.5,
                ..first.clone()
            })
            .collect();
        series
    }

    #[test]
    fn the_drawn_labels_of_a_real_long_series_never_overlap_or_leave_the_chart() {
        let svg = indicator(&series(7, 150));
        let values = svg.matches("class=\"value\"").count();
        assert_eq!(values, 2, "the first and the latest value only");
        let desc = described(&svg);
        assert!(desc.contains("150 measurements from"), "{desc}");
        assert!(desc.contains(" since the first."), "{desc}");
        assert!(
            desc.contains("of the way from baseline to target"),
            "{desc}"
        );
        assert!(desc.len() < 500, "{desc}");
        texts_never_overlap_or_leave(&svg);
        // A short series, values far apart or close together, a span of weeks or decades.
        for (days, count) in [(3, 4), (30, 6), (400, 5), (1, 2), (3650, 3)] {
            texts_never_overlap_or_leave(&indicator(&series(days, count)));
        }
    }

    #[test]
    fn checked_measurements_are_filled_and_self_reported_ones_hollow_with_a_key() {
        use crate::content::schema::Verification;
        let mut s = series(30, 4);
        s.measurements[1].verification = Verification::Audited;
        s.measurements[2].verification = Verification::SelfReported;
        s.measurements[0].verification = Verification::SelfReported;
        s.measurements[3].verification = Verification::Independent;
        let svg = indicator(&s);
        let points = svg.split("<g class=\"legend\">").next().unwrap();
        assert_eq!(points.matches("class=\"point checked\"").count(), 2);
        assert_eq!(points.matches("class=\"point\"").count(), 2);
        assert!(
            svg.contains("Self-reported") && svg.contains("Checked by another partner or outside")
        );
        texts_never_overlap_or_leave(&svg);
        // All self-reported: no key for what is not drawn.
        for m in &mut s.measurements {
            m.verification = Verification::SelfReported;
        }
        assert!(!indicator(&s).contains("Checked by another partner or outside"));
    }

    #[test]
    fn the_date_axis_has_ticks_for_short_and_long_spans() {
        for (days, count) in [(7, 150), (20, 6), (3, 5), (90, 12), (1, 2)] {
            let svg = indicator(&series(days, count));
            let axis = svg.split("<g class=\"axis\">").nth(1).unwrap();
            let labels = axis.split("</g>").next().unwrap().matches("<text").count();
            assert!((2..=8).contains(&labels), "{days}x{count}: {labels} labels");
        }
    }
}
