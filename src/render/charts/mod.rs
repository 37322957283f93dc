//! Charts as inline SVG, made at build time: indicators over time ([`indicator`]), the milestone
//! timeline ([`Drawn::timeline`]) and contributions by kind ([`contributions`]). Every chart has
//! `role="img"`, a `<title>` and a `<desc>` that state its numbers (summarised when there are
//! many), draws with the page's colours (so it follows dark mode and prints in black), and tells
//! series apart by shape and line style as well as colour. Charts are drawn narrow (420 units)
//! so that they scale down to a phone's width with their text still readable; no text leaves
//! the drawing and no two texts overlap (measured here, with `TextBox`, and tested).

mod contributions;
mod indicator;
mod timeline;

pub use contributions::contributions;
pub use indicator::indicator;
pub use timeline::{Drawn, timeline_key};

use crate::date::Date;
use crate::escape::markup as esc;
use crate::words::Catalogue;
use crate::words::chart;
use std::fmt::Write;

/// Every chart's width, in chart units.
const WIDTH: f64 = 420.0;

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

fn open_svg(out: &mut String, id: &str, height: f64, title: &str, desc: &str) {
    let id = esc(id);
    let _ = write!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        height.ceil(),
        esc(title),
        esc(desc)
    );
}

/// The box a line of chart text takes, in chart units, estimated from its characters (chart
/// text is set at 13 units, see the theme's `.chart`; a Latin character is at most about 7.5
/// wide, a CJK or Hangul one a full 13).
#[derive(Debug, Clone, Copy, PartialEq)]
struct TextBox {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl TextBox {
    const CHAR: f64 = 7.5;
    const WIDE_CHAR: f64 = 13.0;
    const HEIGHT: f64 = 13.0;

    fn width(text: &str) -> f64 {
        text.chars()
            .map(|c| {
                if is_wide(c) {
                    Self::WIDE_CHAR
                } else {
                    Self::CHAR
                }
            })
            .sum()
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

    /// The same box moved sideways as little as needed to lie within the chart.
    fn inside(self) -> TextBox {
        let shift = if self.left < 0.0 {
            -self.left
        } else if self.right > WIDTH {
            WIDTH - self.right
        } else {
            0.0
        };
        TextBox {
            left: self.left + shift,
            right: self.right + shift,
            ..self
        }
    }

    fn middle(&self) -> f64 {
        (self.left + self.right) / 2.0
    }

    fn overlaps(&self, other: &TextBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// East Asian wide characters (CJK, Hangul, kana, full-width forms), which take a full em.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF
        | 0x20000..=0x3FFFD)
}

/// `text` cut to fit `width` chart units, ending in "…" when cut.
fn fitted(text: &str, width: f64) -> String {
    if TextBox::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = TextBox::width("…");
    for c in text.chars() {
        used += TextBox::width(c.encode_utf8(&mut [0; 4]));
        if used > width {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` broken into lines of at most `width` chart units, between words.
fn wrapped(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let longer = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && TextBox::width(&longer) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = longer;
        }
    }
    if !line.is_empty() {
        lines.push(fitted(&line, width));
    }
    lines
}

/// Ticks for a date axis from `first` to `last`: every year, every few years, every quarter
/// or every month, whichever gives between two and eight, each with its label ("2025",
/// "Apr 2025").
fn date_ticks(w: &Catalogue, first: Date, last: Date) -> Vec<(Date, String)> {
    let months = |step: u8| -> Vec<Date> {
        let mut out = Vec::new();
        let (mut year, mut month) = (first.year(), first.month());
        loop {
            if let Ok(d) = Date::new(year, month, 1)
                && (month - 1) % step == 0
                && d >= first
            {
                if d > last {
                    break;
                }
                out.push(d);
            }
            if month == 12 {
                (year, month) = (year + 1, 1);
            } else {
                month += 1;
            }
            if year > last.year() + 1 {
                break;
            }
        }
        out
    };
    let years = first.days_until(last) as f64 / 365.25;
    if years >= 2.5 {
        let step = (years / 7.0).ceil().max(1.0) as i32;
        return months(12)
            .into_iter()
            .filter(|d| d.year() % step == 0)
            .map(|d| (d, w.plain(i64::from(d.year()))))
            .collect();
    }
    let ticks = months(if years >= 0.75 { 3 } else { 1 });
    if ticks.len() < 2 {
        // Weeks, not months: the first and last dates themselves.
        let mut days = vec![first, last];
        days.dedup();
        return days
            .into_iter()
            .map(|d| (d, chart::day_tick(w, d)))
            .collect();
    }
    ticks
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let with_year = n == 0 || d.month() == 1;
            (*d, chart::month_tick(w, d.year(), d.month(), with_year))
        })
        .collect()
}

/// Writes a date axis: a tick and label for each of `ticks` at `x(date)`, labels on `label_y`,
/// lines from `from_y` to `to_y` (a grid when they span the plot), moving a label
/// that would leave the chart inside it and leaving out one that would overlap one drawn already.
fn date_axis(
    out: &mut String,
    ticks: &[(Date, String)],
    x: impl Fn(Date) -> f64,
    label_y: f64,
    (from_y, to_y): (f64, f64),
    taken: &mut Vec<TextBox>,
) {
    out.push_str("<g class=\"axis\">");
    for (date, label) in ticks {
        let xx = x(*date);
        let _ = write!(
            out,
            "<line x1=\"{xx:.1}\" y1=\"{from_y:.1}\" x2=\"{xx:.1}\" y2=\"{to_y:.1}\"/>"
        );
        let text = TextBox::centred(xx, label_y, label).inside();
        if !taken.iter().any(|t| t.overlaps(&text)) {
            taken.push(text);
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{label_y:.1}\" text-anchor=\"middle\">{}</text>",
                text.middle(),
                esc(label)
            );
        }
    }
    out.push_str("</g>");
}

/// A legend of `entries` (a marker's SVG drawn at the origin, and its words) flowed into rows
/// from `top`; returns the SVG and the height it takes.
fn legend(entries: &[(String, &str)], top: f64) -> (String, f64) {
    let mut out = String::from("<g class=\"legend\">");
    let (mut x, mut y) = (0.0, top + 12.0);
    for (marker, words) in entries {
        let width = 22.0 + TextBox::width(words);
        if x > 0.0 && x + width > WIDTH {
            (x, y) = (0.0, y + 20.0);
        }
        let _ = write!(
            out,
            "<g transform=\"translate({:.1},{:.1})\">{marker}</g><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x + 8.0,
            y - 4.0,
            x + 20.0,
            y,
            esc(words)
        );
        x += width + 16.0;
    }
    out.push_str("</g>");
    (out, y - top + 8.0)
}

#[cfg(test)]
pub(super) mod tests {
    fn english() -> crate::words::Catalogue {
        crate::words::Catalogue::english()
    }

    use super::timeline::{ROWS, draw_timeline};
    use super::*;
    use crate::content::schema::MilestoneStatus;
    use crate::model::Milestone;

    pub(super) use crate::model::example_site;

    fn attr(tag: &str, name: &str) -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_string())
    }

    /// The boxes of every text an SVG draws, with their words (tags inside left out; a
    /// `tspan` with its own place is a line of its own).
    fn drawn_texts(svg: &str) -> Vec<(TextBox, String)> {
        let unescape = |s: &str| {
            s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        };
        let strip = |s: &str| {
            let mut out = String::new();
            let mut inside = false;
            for c in s.chars() {
                match c {
                    '<' => inside = true,
                    '>' => inside = false,
                    c if !inside => out.push(c),
                    _ => {}
                }
            }
            unescape(&out)
        };
        let mut boxes = Vec::new();
        for piece in svg.split("<text").skip(1) {
            let (tag, rest) = piece.split_once('>').unwrap();
            let inner = rest.split("</text>").next().unwrap();
            let place = |tag: &str, words: String| {
                let x: f64 = attr(tag, "x").unwrap().parse().unwrap();
                let y: f64 = attr(tag, "y").unwrap().parse().unwrap();
                let b = match attr(tag, "text-anchor").as_deref() {
                    Some("middle") => TextBox::centred(x, y, &words),
                    Some("end") => TextBox::ending(x, y, &words),
                    _ => TextBox::starting(x, y, &words),
                };
                (b, words)
            };
            if attr(tag, "x").is_some() {
                boxes.push(place(tag, strip(inner)));
            } else {
                for span in inner.split("<tspan").skip(1) {
                    let (tag, rest) = span.split_once('>').unwrap();
                    let words = rest.split("</tspan>").next().unwrap();
                    boxes.push(place(tag, unescape(words)));
                }
            }
        }
        boxes
    }

    /// The text description of a chart.
    pub(super) fn described(svg: &str) -> &str {
        let after = svg.split_once("<desc").map_or("", |(_, rest)| rest);
        let inside = after.split_once('>').map_or("", |(_, rest)| rest);
        inside.split("</desc>").next().unwrap_or("")
    }

    /// Asserts that no text of `svg` overlaps another or leaves the drawing.
    pub(super) fn texts_never_overlap_or_leave(svg: &str) {
        let height: f64 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|v| v.split(['"', ' ']).nth(1))
            .unwrap()
            .parse()
            .unwrap();
        let texts = drawn_texts(svg);
        for (n, (one, words)) in texts.iter().enumerate() {
            assert!(
                one.left >= -0.01 && one.right <= WIDTH + 0.01,
                "{words:?} leaves the chart sideways: {one:?}"
            );
            assert!(
                one.top >= 0.0 && one.bottom <= height + 0.01,
                "{words:?} leaves the chart (height {height}): {one:?}"
            );
            for (other, other_words) in &texts[n + 1..] {
                assert!(
                    !one.overlaps(other),
                    "{words:?} {one:?} overlaps {other_words:?} {other:?}"
                );
            }
        }
    }

    #[test]
    fn long_text_is_cut_to_fit_and_wrapped_between_words() {
        assert_eq!(fitted("Short", 100.0), "Short");
        let cut = fitted("Skills (hours of teacher training, in person)", 150.0);
        assert!(cut.ends_with('…') && TextBox::width(&cut) <= 150.0, "{cut}");
        // Wide scripts take more room per character.
        assert!(TextBox::width("教師研修") > TextBox::width("abcd"));
        let lines = wrapped("one two three four five six seven eight nine ten", 100.0);
        assert!(lines.len() > 1);
        assert!(
            lines.iter().all(|l| TextBox::width(l) <= 100.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            "one two three four five six seven eight nine ten"
        );
    }

    #[test]
    fn date_ticks_suit_the_span() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let labels = |a, b| -> Vec<String> {
            date_ticks(&english(), a, b)
                .into_iter()
                .map(|(_, l)| l)
                .collect()
        };
        assert_eq!(
            labels(d(2016, 3, 1), d(2026, 2, 1)),
            ["2018", "2020", "2022", "2024", "2026"]
        );
        assert_eq!(
            labels(d(2024, 2, 1), d(2025, 2, 1)),
            ["Apr 2024", "Jul", "Oct", "Jan 2025"]
        );
        assert_eq!(
            labels(d(2025, 2, 10), d(2025, 5, 2)),
            ["Mar 2025", "Apr", "May"]
        );
        assert_eq!(
            labels(d(2025, 2, 3), d(2025, 2, 20)),
            ["3 Feb 2025", "20 Feb 2025"]
        );
    }

    /// `count` milestones a week apart, every kind of state among them.
    fn many_milestones(count: i64) -> Vec<Milestone> {
        let site = example_site();
        let model = site.milestones[0].clone();
        let start = site.build_date.add_days(-30 * 140);
        (0..count)
            .map(|k| {
                let mut m = model.clone();
                m.meta.title =
                    format!("Milestone {k} with a long title that goes on and on, and on");
                m.due = start.add_days(30 * k);
                m.current_due = m.due;
                m.replans.clear();
                m.completed = None;
                m.overdue = false;
                m.status = match k % 10 {
                    4 => MilestoneStatus::InProgress,
                    5 | 6 => MilestoneStatus::Missed,
                    7 | 8 => MilestoneStatus::Cancelled,
                    _ => MilestoneStatus::Achieved,
                };
                if m.status == MilestoneStatus::Achieved {
                    m.completed = Some(m.due.add_days(k % 40));
                    m.days_late = Some(k % 40);
                }
                if matches!(
                    m.status,
                    MilestoneStatus::InProgress | MilestoneStatus::Planned
                ) {
                    m.overdue = m.current_due < site.build_date;
                }
                m
            })
            .collect()
    }

    #[test]
    fn a_long_timeline_draws_the_most_pressing_rows_says_so_and_stays_readable() {
        let site = example_site();
        let many = many_milestones(150);
        let all: Vec<&Milestone> = many.iter().collect();
        let svg = draw_timeline("t", &all, site.build_date, "Today", &english());
        let rows = svg.matches("class=\"label\"").count();
        assert_eq!(rows, ROWS);
        // Every overdue one is drawn before anything closed.
        let overdue = all.iter().filter(|m| m.overdue).count();
        assert!(overdue < ROWS);
        assert_eq!(svg.matches(" · overdue").count(), overdue);
        for class in ["class=\"missed\"", "class=\"cancelled\"", "class=\"done\""] {
            assert!(svg.contains(class), "{class} drawn");
        }
        // The description summarises, in bounded length, and names what is left out.
        let desc = described(&svg);
        assert!(desc.len() < 700, "{} characters: {desc}", desc.len());
        assert!(
            desc.contains("150 milestones") && desc.contains(&format!("The chart shows {ROWS} "))
        );
        texts_never_overlap_or_leave(&svg);
        // A short one draws every row and reads out each milestone.
        let few: Vec<&Milestone> = all[..4].to_vec();
        let svg = draw_timeline("t", &few, site.build_date, "Today", &english());
        assert_eq!(svg.matches("class=\"label\"").count(), 4);
        assert!(svg.contains(&format!("{}: first agreed", few[0].meta.title)));
        texts_never_overlap_or_leave(&svg);
    }

    #[test]
    fn every_chart_of_the_example_keeps_its_texts_apart_and_inside() {
        let site = example_site();
        let all: Vec<&Milestone> = site.milestones.iter().collect();
        texts_never_overlap_or_leave(&draw_timeline(
            "t",
            &all,
            site.build_date,
            "Today",
            &english(),
        ));
        for o in &site.objectives {
            for i in &o.indicators {
                texts_never_overlap_or_leave(&indicator(i, &english()));
            }
        }
        texts_never_overlap_or_leave(&contributions("c", &site.stats.contributions, &english()));
        let mut long = site.stats.contributions.clone();
        long[0].unit = "hours of teacher training, in person and online, in every region".into();
        let svg = contributions("c", &long, &english());
        texts_never_overlap_or_leave(&svg);
        assert!(svg.contains('…'), "a long label is cut");
    }

    #[test]
    fn the_timeline_key_follows_what_the_chart_draws_and_nothing_else() {
        let site = example_site();
        let all: Vec<&Milestone> = site.milestones.iter().collect();
        let key = timeline_key(&all);
        let drawn = draw_timeline("t", &all, site.build_date, "Today", &english());

        // A back-reference is not drawn: same key, same chart.
        let mut other = site.milestones.clone();
        other[0].successes.clear();
        other[0].setbacks.clear();
        let others: Vec<&Milestone> = other.iter().collect();
        assert_eq!(timeline_key(&others), key);
        assert_eq!(
            draw_timeline("t", &others, site.build_date, "Today", &english()),
            drawn
        );

        // A title, a date, a status or what its status says is drawn: another key.
        for change in 0..6 {
            let mut other = site.milestones.clone();
            let mut says = other[0].status_text.0.clone();
            let crate::model::Says::MilestoneState {
                days_overdue,
                days_late,
                days_moved,
                ..
            } = &mut says
            else {
                panic!("a milestone's status says its state");
            };
            match change {
                0 => other[0].meta.title.push_str(" (renamed)"),
                1 => other[0].current_due = other[0].current_due.add_days(1),
                3 => *days_overdue = Some(days_overdue.unwrap_or(0) + 3),
                4 => *days_late = Some(days_late.unwrap_or(0) + 3),
                5 => *days_moved += 3,
                _ => {
                    other[0].status = MilestoneStatus::Missed;
                    other[0].status_text = crate::model::Says::MilestoneState {
                        status: MilestoneStatus::Missed,
                        days_overdue: None,
                        days_late: None,
                        current_due: other[0].current_due,
                        days_moved: 0,
                    }
                    .into();
                }
            }
            if change >= 3 {
                other[0].status_text = says.into();
            }
            let others: Vec<&Milestone> = other.iter().collect();
            assert_ne!(timeline_key(&others), key, "change {change}");
            // What a state says depends on the state (days overdue are said of an open
            // milestone only): the key follows every fact it could say.
            if change < 3 {
                assert_ne!(
                    draw_timeline("t", &others, site.build_date, "Today", &english()),
                    drawn,
                    "change {change}"
                );
            }
        }
    }

    #[test]
    fn a_remembered_timeline_is_the_one_drawing_gives() {
        let site = example_site();
        let all: Vec<&Milestone> = site.milestones.iter().collect();
        let drawn = draw_timeline("remembered", &all, site.build_date, "Today", &english());
        let remembered = Drawn::default();
        assert_eq!(
            remembered.timeline("remembered", &all, site.build_date, "Today", &english()),
            drawn
        );
        assert_eq!(
            remembered.timeline("remembered", &all, site.build_date, "Today", &english()),
            drawn
        );
        // Another label or date is another chart, not the remembered one.
        let later = site.build_date.add_days(30);
        assert_eq!(
            remembered.timeline("remembered", &all, later, "Today", &english()),
            draw_timeline("remembered", &all, later, "Today", &english())
        );
        assert_ne!(
            remembered.timeline(
                "remembered",
                &all,
                site.build_date,
                "End of period",
                &english()
            ),
            drawn
        );
    }
}
