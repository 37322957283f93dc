//! Charts as inline SVG, made at build time: indicators over time, the milestone timeline and
//! contributions by kind. Every chart has `role="img"`, a `<title>` and a `<desc>` that state
//! its numbers, draws with the page's colours (so it follows dark mode and prints in black),
//! and tells series apart by shape and line style as well as colour.

use crate::date::Date;
use crate::escape::markup as esc;
use crate::format::{format_number, unit_suffix};
use crate::model::{Indicator, Milestone, Total};
use crate::words::chart;
use std::fmt::Write;

/// Maps a value from one range onto another.
fn scale(v: f64, from: (f64, f64), to: (f64, f64)) -> f64 {
    if from.1 == from.0 {
        return (to.0 + to.1) / 2.0;
    }
    to.0 + (v - from.0) / (from.1 - from.0) * (to.1 - to.0)
}

fn day(d: Date) -> f64 {
    d.days_since_epoch() as f64
}

fn open_svg(out: &mut String, id: &str, width: u32, height: u32, title: &str, desc: &str) {
    let id = esc(id);
    let _ = write!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        esc(title),
        esc(desc)
    );
}

/// An indicator's measurements as a line over time, with its baseline, target and the straight
/// "on track" line from baseline to target marked.
pub fn indicator(i: &Indicator) -> String {
    let (w, h) = (640.0, 260.0);
    let (left, right, top, bottom) = (56.0, 600.0, 24.0, 220.0);
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
    let pad = ((hi - lo) * 0.1).max(1e-9);
    let yr = (lo - pad, hi + pad);
    let xr = (day(first), day(last).max(day(first) + 1.0));
    let x = |d: Date| scale(day(d), xr, (left, right));
    let y = |v: f64| scale(v, yr, (bottom, top));

    let measured: Vec<(f64, Date)> = i.measurements.iter().map(|m| (m.value, m.date)).collect();
    let desc = chart::indicator_description(
        (i.baseline, i.baseline_date),
        (i.target, i.target_date),
        &unit,
        &measured,
    );
    let mut out = String::new();
    open_svg(
        &mut out,
        &format!("chart-{}", i.id),
        w as u32,
        h as u32,
        &chart::indicator_title(&i.name),
        &desc,
    );

    // Axes and year ticks.
    let _ = write!(
        out,
        "<g class=\"axis\"><line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\"/>"
    );
    for year in first.year()..=last.year() + 1 {
        if let Ok(jan) = Date::new(year, 1, 1)
            && jan >= first
            && jan <= last
        {
            let xx = x(jan);
            let _ = write!(
                out,
                "<line x1=\"{xx:.1}\" y1=\"{bottom}\" x2=\"{xx:.1}\" y2=\"{}\"/><text x=\"{xx:.1}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
                bottom + 5.0,
                bottom + 20.0
            );
        }
    }
    out.push_str("</g>");

    // Baseline and target: labelled horizontal rules, drawn differently.
    let _ = write!(
        out,
        "<g class=\"ref\"><line class=\"baseline\" x1=\"{left}\" y1=\"{by:.1}\" x2=\"{right}\" y2=\"{by:.1}\"/><text x=\"{left}\" y=\"{:.1}\">{}</text>\
         <line class=\"target\" x1=\"{left}\" y1=\"{ty:.1}\" x2=\"{right}\" y2=\"{ty:.1}\"/><text x=\"{right}\" y=\"{:.1}\" text-anchor=\"end\">{}</text></g>",
        by_label(y(i.baseline), y(i.target)),
        esc(&chart::baseline_label(i.baseline, &unit)),
        by_label(y(i.target), y(i.baseline)),
        esc(&chart::target_label(i.target, &unit)),
        by = y(i.baseline),
        ty = y(i.target),
    );
    if let (Some(b), Some(t)) = (i.baseline_date, i.target_date) {
        let _ = write!(
            out,
            "<line class=\"plan\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/>",
            x(b),
            y(i.baseline),
            x(t),
            y(i.target)
        );
    }
    // Measurements: a solid line with a labelled marker at each value.
    if !i.measurements.is_empty() {
        let points: Vec<String> = i
            .measurements
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(m.date), y(m.value)))
            .collect();
        let _ = write!(
            out,
            "<polyline class=\"series\" points=\"{}\"/>",
            points.join(" ")
        );
        let xs: Vec<f64> = i.measurements.iter().map(|m| x(m.date)).collect();
        let value_text = |v: f64| format!("{}{unit}", format_number(v));
        let candidates: Vec<TextBox> = i
            .measurements
            .iter()
            .map(|m| TextBox::centred(x(m.date), y(m.value) - 9.0, &value_text(m.value)))
            .collect();
        let rules = [
            TextBox::starting(
                left,
                by_label(y(i.baseline), y(i.target)),
                &chart::baseline_label(i.baseline, &unit),
            ),
            TextBox::ending(
                right,
                by_label(y(i.target), y(i.baseline)),
                &chart::target_label(i.target, &unit),
            ),
        ];
        let labelled = labelled_points(&candidates, &rules);
        let r = if xs.len() > 24 { 2.5 } else { 4.5 };
        for (m, label) in i.measurements.iter().zip(labelled) {
            let _ = write!(
                out,
                "<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r}\"/>",
                x(m.date),
                y(m.value),
            );
            if label {
                let _ = write!(
                    out,
                    "<text class=\"value\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                    x(m.date),
                    y(m.value) - 9.0,
                    esc(&value_text(m.value))
                );
            }
        }
    }
    let _ = write!(
        out,
        "<g class=\"legend\"><line class=\"series\" x1=\"{left}\" y1=\"{ly}\" x2=\"{}\" y2=\"{ly}\"/><text x=\"{}\" y=\"{}\">{measured}</text>\
         <line class=\"plan\" x1=\"{}\" y1=\"{ly}\" x2=\"{}\" y2=\"{ly}\"/><text x=\"{}\" y=\"{}\">{plan}</text></g>",
        left + 24.0,
        left + 30.0,
        h - 4.0,
        left + 120.0,
        left + 144.0,
        left + 150.0,
        h - 4.0,
        ly = h - 8.0,
        measured = chart::INDICATOR_LEGEND[0],
        plan = chart::INDICATOR_LEGEND[1],
    );
    out.push_str("</svg>");
    out
}

/// The box a line of chart text takes, in chart units, estimated from its length (chart text
/// is set at about 12 units; a character is at most about 7 wide).
#[derive(Debug, Clone, Copy, PartialEq)]
struct TextBox {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl TextBox {
    const CHAR: f64 = 7.0;
    const HEIGHT: f64 = 12.0;

    fn width(text: &str) -> f64 {
        text.chars().count() as f64 * Self::CHAR
    }

    /// Text anchored in its middle at `x`, its baseline at `y`.
    fn centred(x: f64, y: f64, text: &str) -> TextBox {
        let half = Self::width(text) / 2.0;
        TextBox::at(x - half, x + half, y)
    }

    /// Text starting at `x`.
    fn starting(x: f64, y: f64, text: &str) -> TextBox {
        TextBox::at(x, x + Self::width(text), y)
    }

    /// Text ending at `x`.
    fn ending(x: f64, y: f64, text: &str) -> TextBox {
        TextBox::at(x - Self::width(text), x, y)
    }

    fn at(left: f64, right: f64, baseline: f64) -> TextBox {
        TextBox {
            left,
            right,
            top: baseline - Self::HEIGHT + 2.0,
            bottom: baseline + 3.0,
        }
    }

    fn overlaps(&self, other: &TextBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
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

/// Puts a rule's label above it, unless the other rule is just above, then below.
fn by_label(this: f64, other: f64) -> f64 {
    if other < this && this - other < 16.0 {
        this + 14.0
    } else {
        this - 5.0
    }
}

/// A hash of every field of `milestones` that [`Drawn::timeline`] draws: two lists with the same
/// key give the same chart (for the same id, date and label). Keep it in step with
/// [`Drawn::timeline`].
pub fn timeline_key(milestones: &[&Milestone]) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let date = |h: &mut xxhash_rust::xxh3::Xxh3, d: Option<Date>| {
        h.update(&d.map_or(i64::MIN, Date::days_since_epoch).to_le_bytes());
    };
    for m in milestones {
        for text in [&m.meta.title, &m.status_text.to_string()] {
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
        }
        date(&mut h, Some(m.due));
        date(&mut h, Some(m.current_due));
        date(&mut h, m.completed);
        h.update(&[u8::from(m.overdue)]);
        h.update(&(m.replans.len() as u64).to_le_bytes());
        for r in &m.replans {
            date(&mut h, Some(r.date));
            date(&mut h, Some(r.due));
        }
    }
    h.digest128()
}

/// The last few milestone timelines drawn (see [`Drawn::timeline`]). `candor serve` keeps
/// one across rebuilds, since it draws the same large charts on every save and an edit rarely
/// changes them; a build has one of its own.
#[derive(Debug, Default)]
pub struct Drawn(std::sync::Mutex<Vec<(u128, String)>>);

impl Drawn {
    /// How many timelines are remembered.
    const REMEMBERED: usize = 8;

    /// The milestone timeline: the date first agreed (hollow diamond), each re-planned date
    /// (ticks on a dashed line), completion (filled circle), overdue ones marked with a cross
    /// and the word "overdue", and a line for today. Taken from the ones remembered when one
    /// was drawn from the same milestones ([`timeline_key`]), id, date and label.
    pub fn timeline(
        &self,
        id: &str,
        milestones: &[&Milestone],
        today: Date,
        today_label: &str,
    ) -> String {
        let key = {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            for part in [id, today_label] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part.as_bytes());
            }
            h.update(&today.days_since_epoch().to_le_bytes());
            h.update(&timeline_key(milestones).to_le_bytes());
            h.digest128()
        };
        let recent = || {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some((_, svg)) = recent().iter().find(|(k, _)| *k == key) {
            return svg.clone();
        }
        let svg = draw_timeline(id, milestones, today, today_label);
        let mut remembered = recent();
        if remembered.len() == Self::REMEMBERED {
            remembered.remove(0);
        }
        remembered.push((key, svg.clone()));
        svg
    }
}

fn draw_timeline(id: &str, milestones: &[&Milestone], today: Date, today_label: &str) -> String {
    if milestones.is_empty() {
        return String::new();
    }
    let row = 34.0;
    let (label_w, right) = (250.0, 780.0);
    let top = 30.0;
    let h = top + row * milestones.len() as f64 + 40.0;
    let mut dates = vec![today];
    for m in milestones {
        dates.push(m.due);
        dates.push(m.current_due);
        dates.extend(m.completed);
        dates.extend(m.replans.iter().map(|r| r.due));
    }
    let first = *dates.iter().min().expect("not empty");
    let last = *dates.iter().max().expect("not empty");
    let xr = (day(first.add_days(-20)), day(last.add_days(20)));
    let x = |d: Date| scale(day(d), xr, (label_w + 10.0, right));

    let desc: String = milestones
        .iter()
        .map(|m| {
            chart::timeline_item(
                &m.meta.title,
                m.due,
                m.replans.iter().map(|r| (r.date, r.due)),
                m.completed,
                m.overdue.then_some(m.current_due),
                &m.status_text,
            )
        })
        .collect();
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        800,
        h as u32,
        chart::TIMELINE_TITLE,
        desc.trim_end(),
    );
    let tx = x(today);
    let _ = write!(
        out,
        "<g class=\"today\"><line x1=\"{tx:.1}\" y1=\"{}\" x2=\"{tx:.1}\" y2=\"{:.1}\"/><text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
        top - 8.0,
        h - 34.0,
        top - 12.0,
        esc(today_label)
    );
    for (n, m) in milestones.iter().enumerate() {
        let cy = top + row * n as f64 + row / 2.0;
        let title: String = if m.meta.title.chars().count() > 34 {
            format!("{}…", m.meta.title.chars().take(33).collect::<String>())
        } else {
            m.meta.title.clone()
        };
        let _ = write!(
            out,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            cy + 4.0,
            esc(&title)
        );
        let end = m
            .completed
            .unwrap_or(if m.overdue { today } else { m.current_due });
        let _ = write!(
            out,
            "<line class=\"span\" x1=\"{:.1}\" y1=\"{cy:.1}\" x2=\"{:.1}\" y2=\"{cy:.1}\"/>",
            x(m.due.min(end)),
            x(m.due.max(end).max(m.current_due))
        );
        let dx = x(m.due);
        let _ = write!(
            out,
            "<path class=\"agreed\" d=\"M{dx:.1},{:.1} l6,6 l-6,6 l-6,-6 z\"/>",
            cy - 6.0
        );
        for r in &m.replans {
            let rx = x(r.due);
            let _ = write!(
                out,
                "<line class=\"replan\" x1=\"{rx:.1}\" y1=\"{:.1}\" x2=\"{rx:.1}\" y2=\"{:.1}\"/>",
                cy - 7.0,
                cy + 7.0
            );
        }
        if let Some(c) = m.completed {
            let _ = write!(
                out,
                "<circle class=\"done\" cx=\"{:.1}\" cy=\"{cy:.1}\" r=\"5.5\"/>",
                x(c)
            );
        } else if m.overdue {
            let ox = x(m.current_due);
            let _ = write!(
                out,
                "<path class=\"overdue\" d=\"M{:.1},{:.1} l10,10 m0,-10 l-10,10\"/><text class=\"overdue-label\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                ox - 5.0,
                cy - 5.0,
                ox + 8.0,
                cy - 8.0,
                chart::OVERDUE_MARK
            );
        }
    }
    let ly = h - 10.0;
    let _ = write!(
        out,
        "<g class=\"legend\"><path class=\"agreed\" d=\"M{:.1},{:.1} l6,6 l-6,6 l-6,-6 z\"/><text x=\"{:.1}\" y=\"{ly:.1}\">{agreed}</text>\
         <line class=\"replan\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/><text x=\"{:.1}\" y=\"{ly:.1}\">{replanned}</text>\
         <circle class=\"done\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5.5\"/><text x=\"{:.1}\" y=\"{ly:.1}\">{completed}</text>\
         <path class=\"overdue\" d=\"M{:.1},{:.1} l10,10 m0,-10 l-10,10\"/><text x=\"{:.1}\" y=\"{ly:.1}\">{overdue}</text></g>",
        6.0,
        ly - 10.0,
        16.0,
        160.0,
        ly - 11.0,
        160.0,
        ly + 3.0,
        168.0,
        300.0,
        ly - 4.0,
        310.0,
        410.0,
        ly - 9.0,
        426.0,
        agreed = chart::TIMELINE_LEGEND[0],
        replanned = chart::TIMELINE_LEGEND[1],
        completed = chart::TIMELINE_LEGEND[2],
        overdue = chart::TIMELINE_LEGEND[3],
    );
    out.push_str("</svg>");
    out
}

/// Contributions by kind: for each kind and unit, a hatched bar for what was pledged and a
/// solid bar for what was received, each labelled with its amount. Kinds with different units
/// are never drawn on one scale.
pub fn contributions(id: &str, totals: &[Total]) -> String {
    if totals.is_empty() {
        return String::new();
    }
    let group = 58.0;
    let (label_w, bar_max) = (190.0, 330.0);
    let h = 20.0 + group * totals.len() as f64 + 30.0;
    let rows: Vec<String> = totals
        .iter()
        .map(|t| chart::contribution_total(&t.kind_name, &t.unit, t.pledged, t.received))
        .collect();
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        700,
        h as u32,
        chart::CONTRIBUTIONS_TITLE,
        &chart::contributions_description(&rows),
    );
    let _ = write!(
        out,
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
    );
    for (n, t) in totals.iter().enumerate() {
        let y0 = 20.0 + group * n as f64;
        let max = t.pledged.max(t.received).max(1e-9);
        let label = chart::kind_with_unit(&t.kind_name, &t.unit);
        let _ = write!(
            out,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y0 + 22.0,
            esc(&label)
        );
        for (k, (name, value, class)) in [
            (chart::PLEDGED_RECEIVED[0], t.pledged, "pledged"),
            (chart::PLEDGED_RECEIVED[1], t.received, "received"),
        ]
        .iter()
        .enumerate()
        {
            let by = y0 + k as f64 * 22.0 + 4.0;
            let bw = (value / max * bar_max).max(1.0);
            let fill = if *class == "pledged" {
                format!(" fill=\"url(#{id}-hatch)\"")
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<rect class=\"bar-{class}\" x=\"{label_w}\" y=\"{by:.1}\" width=\"{bw:.1}\" height=\"16\"{fill}/><text x=\"{:.1}\" y=\"{:.1}\">{name}: {}</text>",
                label_w + bw + 6.0,
                by + 13.0,
                esc(&format_number(*value))
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example_site() -> crate::model::Site {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root, None);
        let options = crate::model::LinkOptions {
            build_date: Date::new(2026, 6, 1).unwrap(),
            include_drafts: false,
            base_url: None,
        };
        crate::model::link(&content.unwrap(), &options, None)
            .0
            .unwrap()
    }

    #[test]
    fn the_timeline_key_follows_what_the_chart_draws_and_nothing_else() {
        let site = example_site();
        let all: Vec<&Milestone> = site.milestones.iter().collect();
        let key = timeline_key(&all);
        let drawn = draw_timeline("t", &all, site.build_date, "Today");

        // A back-reference is not drawn: same key, same chart.
        let mut other = site.milestones.clone();
        other[0].successes.clear();
        other[0].setbacks.clear();
        let others: Vec<&Milestone> = other.iter().collect();
        assert_eq!(timeline_key(&others), key);
        assert_eq!(draw_timeline("t", &others, site.build_date, "Today"), drawn);

        // A title, a date or a status is drawn: another key.
        for change in 0..3 {
            let mut other = site.milestones.clone();
            match change {
                0 => other[0].meta.title.push_str(" (renamed)"),
                1 => other[0].current_due = other[0].current_due.add_days(1),
                _ => {
                    other[0].status_text = crate::model::Says::MilestoneState {
                        status: crate::content::schema::MilestoneStatus::Missed,
                        days_overdue: None,
                        days_late: None,
                        current_due: other[0].current_due,
                    }
                    .into();
                }
            }
            let others: Vec<&Milestone> = other.iter().collect();
            assert_ne!(timeline_key(&others), key, "change {change}");
            assert_ne!(
                draw_timeline("t", &others, site.build_date, "Today"),
                drawn,
                "change {change}"
            );
        }
    }

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

    /// The boxes of the baseline, target and value labels an indicator chart draws.
    fn drawn_labels(svg: &str) -> Vec<TextBox> {
        let attr = |tag: &str, name: &str| -> Option<String> {
            let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(tag[start..].split('"').next()?.to_string())
        };
        let rules = svg
            .split("<g class=\"ref\">")
            .nth(1)
            .unwrap()
            .split("</g>")
            .next()
            .unwrap();
        let mut boxes = Vec::new();
        for (part, all) in [(rules, true), (svg, false)] {
            for piece in part.split("<text").skip(1) {
                let (tag, rest) = piece.split_once('>').unwrap();
                let text = rest.split("</text>").next().unwrap();
                if !all && attr(tag, "class").as_deref() != Some("value") {
                    continue;
                }
                let x: f64 = attr(tag, "x").unwrap().parse().unwrap();
                let y: f64 = attr(tag, "y").unwrap().parse().unwrap();
                boxes.push(match attr(tag, "text-anchor").as_deref() {
                    Some("middle") => TextBox::centred(x, y, text),
                    Some("end") => TextBox::ending(x, y, text),
                    _ => TextBox::starting(x, y, text),
                });
            }
        }
        boxes
    }

    #[test]
    fn the_drawn_labels_of_a_real_long_series_never_overlap() {
        let site = example_site();
        let mut series = site.objectives[0].indicators[0].clone();
        let first = series.measurements[0].clone();
        series.measurements = (0..150)
            .map(|k| crate::model::Measurement {
                date: first.date.add_days(7 * k),
                value: first.value + (k % 9) as f64,
                ..first.clone()
            })
            .collect();
        let svg = drawn_labels(&indicator(&series));
        assert_eq!(svg.len(), 2 + 2, "two rules and two values: {svg:?}");
        for (a, one) in svg.iter().enumerate() {
            for other in &svg[a + 1..] {
                assert!(!one.overlaps(other), "{one:?} overlaps {other:?}");
            }
        }
    }

    #[test]
    fn a_remembered_timeline_is_the_one_drawing_gives() {
        let site = example_site();
        let all: Vec<&Milestone> = site.milestones.iter().collect();
        let drawn = draw_timeline("remembered", &all, site.build_date, "Today");
        let remembered = Drawn::default();
        assert_eq!(
            remembered.timeline("remembered", &all, site.build_date, "Today"),
            drawn
        );
        assert_eq!(
            remembered.timeline("remembered", &all, site.build_date, "Today"),
            drawn
        );
        // Another label or date is another chart, not the remembered one.
        let later = site.build_date.add_days(30);
        assert_eq!(
            remembered.timeline("remembered", &all, later, "Today"),
            draw_timeline("remembered", &all, later, "Today")
        );
        assert_ne!(
            remembered.timeline("remembered", &all, site.build_date, "End of period"),
            drawn
        );
    }
}
