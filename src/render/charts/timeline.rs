//! The milestone timeline.

use super::{TextBox, WIDTH, date_axis, date_ticks, day, fitted, legend, open_svg, scale, wrapped};
use crate::content::schema::MilestoneStatus;
use crate::date::Date;
use crate::escape::markup as esc;
use crate::model::Milestone;
use crate::words::Catalogue;
use crate::words::Says;
use crate::words::chart;
use std::fmt::Write;

/// At most how many milestones a timeline draws; a longer list draws the most pressing (see
/// [`pressing`]) and says so.
pub(crate) const ROWS: usize = 20;

/// A hash of every field of `milestones` that [`Drawn::timeline`] draws: two lists with the same
/// key give the same chart (for the same id, date and label). Keep it in step with
/// [`Drawn::timeline`].
pub fn timeline_key(milestones: &[&Milestone]) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let date = |h: &mut xxhash_rust::xxh3::Xxh3, d: Option<Date>| {
        h.update(&d.map_or(i64::MIN, Date::days_since_epoch).to_le_bytes());
    };
    let mut other = String::new();
    for m in milestones {
        h.update(&(m.meta.title.len() as u64).to_le_bytes());
        h.update(m.meta.title.as_bytes());
        // The status's facts: a milestone's state field by field (it is one for every
        // milestone linked), anything else as written out for debugging.
        match &m.status_text.0 {
            Says::MilestoneState {
                status,
                days_overdue,
                days_late,
                current_due,
                days_moved,
            } => {
                h.update(&[0, *status as u8]);
                for days in [days_overdue, days_late] {
                    h.update(&days.unwrap_or(i64::MIN).to_le_bytes());
                }
                date(&mut h, Some(*current_due));
                h.update(&days_moved.to_le_bytes());
            }
            says => {
                other.clear();
                let _ = write!(other, "{says:?}");
                h.update(&[1]);
                h.update(&(other.len() as u64).to_le_bytes());
                h.update(other.as_bytes());
            }
        }
        h.update(&[m.status as u8]);
        date(&mut h, Some(m.due));
        date(&mut h, Some(m.current_due));
        date(&mut h, m.completed);
        h.update(&[u8::from(m.overdue)]);
        h.update(&m.days_late.unwrap_or(0).to_le_bytes());
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

    /// The milestone timeline on a date axis, one row per milestone with its title above: the
    /// date first agreed (hollow diamond), each re-planned date (a tick), achieved (filled
    /// circle), overdue (a cross), missed (a filled square) and cancelled (a struck circle, the
    /// span dashed), and a line for today. At most `ROWS` (20) rows. Taken from the ones
    /// remembered when one was drawn from the same milestones ([`timeline_key`]), id, date
    /// and label.
    pub fn timeline(
        &self,
        id: &str,
        milestones: &[&Milestone],
        today: Date,
        today_label: &str,
        w: &Catalogue,
    ) -> String {
        let key = {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            h.update(&w.key().to_le_bytes());
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
        let svg = draw_timeline(id, milestones, today, today_label, w);
        let mut remembered = recent();
        if remembered.len() == Self::REMEMBERED {
            remembered.remove(0);
        }
        remembered.push((key, svg.clone()));
        svg
    }
}

/// How a milestone stands, as the timeline draws it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Achieved,
    Overdue,
    Missed,
    Cancelled,
}

impl Mark {
    fn of(m: &Milestone) -> Mark {
        match m.status {
            MilestoneStatus::Achieved => Mark::Achieved,
            MilestoneStatus::Missed => Mark::Missed,
            MilestoneStatus::Cancelled => Mark::Cancelled,
            _ if m.overdue => Mark::Overdue,
            _ => Mark::Open,
        }
    }

    /// The words after the title, for the marks colour alone would tell.
    fn words(self, marks: &[String; 3]) -> &str {
        match self {
            Mark::Overdue => &marks[0],
            Mark::Missed => &marks[1],
            Mark::Cancelled => &marks[2],
            Mark::Open | Mark::Achieved => "",
        }
    }

    /// The marker, centred on (`x`, `y`).
    fn marker(self, x: f64, y: f64) -> String {
        match self {
            Mark::Open => String::new(),
            Mark::Achieved => {
                format!("<circle class=\"done\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5.5\"/>")
            }
            Mark::Overdue => format!(
                "<path class=\"overdue\" d=\"M{:.1},{:.1} l10,10 m0,-10 l-10,10\"/>",
                x - 5.0,
                y - 5.0
            ),
            Mark::Missed => format!(
                "<path class=\"missed\" d=\"M{:.1},{:.1} h10 v10 h-10 z\"/>",
                x - 5.0,
                y - 5.0
            ),
            Mark::Cancelled => format!(
                "<g class=\"cancelled\"><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5.5\"/><path d=\"M{:.1},{:.1} l8,-8\"/></g>",
                x - 4.0,
                y + 4.0
            ),
        }
    }
}

fn agreed_marker(x: f64, y: f64) -> String {
    format!(
        "<path class=\"agreed\" d=\"M{x:.1},{:.1} l6,6 l-6,6 l-6,-6 z\"/>",
        y - 6.0
    )
}

fn replan_marker(x: f64, y: f64) -> String {
    format!(
        "<line class=\"replan\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
        y - 7.0,
        y + 7.0
    )
}

/// The milestones a timeline of more than `rows` draws: every overdue one (longest overdue
/// first), then the open ones due next, then the most recently closed, kept in their order.
fn pressing<'m>(milestones: &[&'m Milestone], rows: usize) -> Vec<&'m Milestone> {
    if milestones.len() <= rows {
        return milestones.to_vec();
    }
    let mut ranked: Vec<(u8, i64, usize)> = milestones
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let due = m.current_due.days_since_epoch();
            match Mark::of(m) {
                Mark::Overdue => (0, due, n),
                Mark::Open => (1, due, n),
                _ => (
                    2,
                    -m.completed.unwrap_or(m.current_due).days_since_epoch(),
                    n,
                ),
            }
        })
        .collect();
    ranked.sort_unstable();
    let mut chosen: Vec<usize> = ranked.into_iter().take(rows).map(|(_, _, n)| n).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|n| milestones[n]).collect()
}

/// How `milestones` stand, for a long timeline's description.
fn summary(milestones: &[&Milestone], shown: usize) -> chart::TimelineSummary {
    let mut s = chart::TimelineSummary {
        total: milestones.len(),
        shown: (shown < milestones.len()).then_some(shown),
        ..Default::default()
    };
    for m in milestones {
        s.agreed = Some(match s.agreed {
            Some((first, last)) => (first.min(m.due), last.max(m.due)),
            None => (m.due, m.due),
        });
        match Mark::of(m) {
            Mark::Achieved => {
                s.achieved += 1;
                s.achieved_late += usize::from(m.days_late.unwrap_or(0) > 0);
            }
            Mark::Overdue => s.overdue += 1,
            Mark::Open => s.open += 1,
            Mark::Missed => s.missed += 1,
            Mark::Cancelled => s.cancelled += 1,
        }
    }
    s
}

/// The description: every milestone's dates for a few, a summary for more.
fn description(w: &Catalogue, milestones: &[&Milestone], shown: usize) -> String {
    if milestones.len() > chart::LISTED {
        return chart::timeline_summary(w, &summary(milestones, shown));
    }
    let items: String = milestones
        .iter()
        .map(|m| {
            chart::timeline_item(
                w,
                &m.meta.title,
                m.due,
                m.replans.iter().map(|r| (r.date, r.due)),
                m.completed,
                m.overdue.then_some(m.current_due),
                &m.status_text,
            )
        })
        .collect();
    items.trim_end().to_string()
}

/// Height of one milestone's row: its title, then its line.
const ROW: f64 = 38.0;

pub(super) fn draw_timeline(
    id: &str,
    milestones: &[&Milestone],
    today: Date,
    today_label: &str,
    w: &Catalogue,
) -> String {
    if milestones.is_empty() {
        return String::new();
    }
    let state_marks = chart::state_marks(w);
    let rows = pressing(milestones, ROWS);
    let mut dates = vec![today];
    for m in &rows {
        dates.push(m.due);
        dates.push(m.current_due);
        dates.extend(m.completed);
        dates.extend(m.replans.iter().map(|r| r.due));
    }
    let first = *dates.iter().min().expect("not empty");
    let last = *dates.iter().max().expect("not empty");
    let pad = (first.days_until(last) / 30).max(10);
    let xr = (day(first.add_days(-pad)), day(last.add_days(pad)));
    let x = |d: Date| scale(day(d), xr, (8.0, WIDTH - 8.0));
    let top = 26.0;
    let rows_end = top + ROW * rows.len() as f64;

    let mut body = String::new();
    let mut taken = Vec::new();
    date_axis(
        &mut body,
        &date_ticks(w, first, last),
        x,
        14.0,
        (top - 6.0, rows_end),
        &mut taken,
    );
    for (n, m) in rows.iter().enumerate() {
        let row_top = top + ROW * n as f64;
        let cy = row_top + 27.0;
        let mark = Mark::of(m);
        let title = fitted(
            &m.meta.title,
            WIDTH - 4.0 - TextBox::width(mark.words(&state_marks)),
        );
        let _ = write!(
            body,
            "<text class=\"label\" x=\"2\" y=\"{:.1}\">{}",
            row_top + 13.0,
            esc(&title)
        );
        if !mark.words(&state_marks).is_empty() {
            let _ = write!(
                body,
                "<tspan class=\"state-{}\">{}</tspan>",
                if mark == Mark::Cancelled {
                    "muted"
                } else {
                    "bad"
                },
                mark.words(&state_marks)
            );
        }
        body.push_str("</text>");
        let end = m.completed.unwrap_or(match mark {
            Mark::Overdue => today,
            _ => m.current_due,
        });
        let _ = write!(
            body,
            "<line class=\"span{}\" x1=\"{:.1}\" y1=\"{cy:.1}\" x2=\"{:.1}\" y2=\"{cy:.1}\"/>",
            if mark == Mark::Cancelled {
                " cancelled-span"
            } else {
                ""
            },
            x(m.due.min(end)),
            x(m.due.max(end).max(m.current_due))
        );
        body.push_str(&agreed_marker(x(m.due), cy));
        for r in &m.replans {
            body.push_str(&replan_marker(x(r.due), cy));
        }
        let at = match mark {
            Mark::Achieved => m.completed.unwrap_or(m.current_due),
            _ => m.current_due,
        };
        body.push_str(&mark.marker(x(at), cy));
    }
    let tx = x(today);
    let today_text = TextBox::centred(tx, rows_end + 16.0, today_label).inside();
    let _ = write!(
        body,
        "<g class=\"today\"><line x1=\"{tx:.1}\" y1=\"{:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></g>",
        top - 6.0,
        rows_end + 4.0,
        today_text.middle(),
        rows_end + 16.0,
        esc(today_label)
    );
    let mut bottom = rows_end + 24.0;
    if rows.len() < milestones.len() {
        body.push_str("<text class=\"note\">");
        for line in wrapped(
            &chart::timeline_note(w, rows.len(), milestones.len()),
            WIDTH,
        ) {
            bottom += 16.0;
            let _ = write!(
                body,
                "<tspan x=\"0\" y=\"{bottom:.1}\">{}</tspan>",
                esc(&line)
            );
        }
        body.push_str("</text>");
        bottom += 4.0;
    }
    let marks: Vec<Mark> = rows.iter().map(|m| Mark::of(m)).collect();
    let legend_words = chart::timeline_legend(w);
    let mut entries = vec![(agreed_marker(0.0, 0.0), legend_words[0].as_str())];
    if rows.iter().any(|m| !m.replans.is_empty()) {
        entries.push((replan_marker(0.0, 0.0), legend_words[1].as_str()));
    }
    for (mark, words) in [
        (Mark::Achieved, legend_words[2].as_str()),
        (Mark::Overdue, legend_words[3].as_str()),
        (Mark::Missed, legend_words[4].as_str()),
        (Mark::Cancelled, legend_words[5].as_str()),
    ] {
        if marks.contains(&mark) {
            entries.push((mark.marker(0.0, 0.0), words));
        }
    }
    let (key, key_height) = legend(&entries, bottom);
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        bottom + key_height,
        &chart::timeline_title(w),
        &description(w, milestones, rows.len()),
    );
    out.push_str(&body);
    out.push_str(&key);
    out.push_str("</svg>");
    out
}
