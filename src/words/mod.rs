//! Every sentence and label the site shows, made from the facts the model keeps ([`Says`]):
//! the one place Candor words things for readers, so that another language is one more
//! implementation of these functions. The template values and the open data write each
//! [`Text`] through a [`Phrasebook`]; the renderer and the feeds call [`say`]. (Messages about the
//! content, for the people who write it, stay with the checks that find them.)

pub mod chart;
mod says;

pub use says::{Reached, Says, Text};

use crate::content::Collection;
use crate::content::schema::{
    ContributionKind, MetricValue, MilestoneStatus, PartnerKind, SetbackStatus, Severity,
    Verification,
};
use crate::format::{format_number, unit_suffix};
use serde::ser::Error as _;
use serde::{Serialize, Serializer};

/// The form of a word for `n` things: `one` for exactly one, `other` otherwise (English has
/// these two plural categories; another language's catalogue brings its own rules).
pub fn plural<'w>(n: f64, one: &'w str, other: &'w str) -> &'w str {
    if n == 1.0 { one } else { other }
}

/// A change in words, with its direction: "up 5 people", "down 2.5 points" (a change of a
/// percentage is in points), "no change". `unit` as written in the content.
pub fn change(n: f64, unit: &str) -> String {
    if n == 0.0 {
        return "no change".to_string();
    }
    let direction = if n > 0.0 { "up" } else { "down" };
    let amount = format_number(n.abs());
    if unit.trim() == "%" {
        format!(
            "{direction} {amount} {}",
            if n.abs() == 1.0 { "point" } else { "points" }
        )
    } else {
        format!("{direction} {amount}{}", unit_suffix(unit))
    }
}

/// What `says` says, in English.
pub fn say(says: &Says) -> String {
    match says {
        Says::Singular { collection } => collection_singular(*collection).to_string(),
        Says::PartnerKind { kind } => partner_kind(*kind).to_string(),
        Says::ContributionKind { kind } => contribution_kind(*kind).to_string(),
        Says::Verification { verification } => self::verification(*verification).to_string(),
        Says::Severity { severity } => self::severity(*severity).to_string(),
        Says::SetbackStatus { status } => setback_status(*status).to_string(),
        Says::SetbackState { status, severity } => format!(
            "{}, {} severity",
            setback_status(*status),
            self::severity(*severity).to_lowercase()
        ),
        Says::MilestoneState {
            status,
            days_overdue,
            days_late,
            current_due,
            days_moved,
        } => milestone_state(
            *status,
            (*days_overdue, *days_late, *days_moved),
            *current_due,
        ),
        Says::Progress {
            reached,
            baseline,
            target,
            unit,
        } => match reached {
            Some(r) => {
                let unit = unit_suffix(unit.as_deref().unwrap_or(""));
                format!(
                    "{}% of the way from {}{unit} to {}{unit} (latest: {}{unit} on {})",
                    r.percent,
                    format_number(*baseline),
                    format_number(*target),
                    format_number(r.value),
                    r.date.human()
                )
            }
            None => "No measurement yet".to_string(),
        },
        Says::Period { year, quarter } => period(*year, *quarter),
        Says::ReportSummary {
            due,
            achieved,
            on_time,
            successes,
            setbacks,
            resolved,
            overdue,
            running,
        } => report_summary(
            (*due, *achieved, *on_time, *overdue),
            (*successes, *setbacks, *resolved),
            *running,
        ),
        Says::Metric { value, unit, label } => {
            let value = match value {
                MetricValue::Number(n) => format_number(*n),
                MetricValue::Text(t) => t.clone(),
            };
            let unit = unit_suffix(unit.as_deref().unwrap_or(""));
            format!("{value}{unit} {label}")
        }
    }
}

/// The words of every [`Text`] written so far, by its facts: a site says the same few
/// things thousands of times ("partner", "Audited", "Achieved on time"), and each is worded
/// once. Kept by whoever writes a site's texts, for that one writing.
#[derive(Debug, Default)]
pub struct Phrasebook(std::sync::RwLock<rustc_hash::FxHashMap<Vec<u8>, String>>);

impl Phrasebook {
    /// Writes the facts of a [`Text`], as an [`crate::intercept::Hook`] of its name is handed
    /// them, as the words they say.
    pub fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        facts: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let key = serde_json::to_vec(facts).map_err(S::Error::custom)?;
        let known = self
            .0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(words) = known.get(&key) {
            return serializer.serialize_str(words);
        }
        drop(known);
        let says: Says = serde_json::from_slice(&key).map_err(S::Error::custom)?;
        let words = say(&says);
        let result = serializer.serialize_str(&words);
        self.0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key, words);
        result
    }
}

/// Something the Atom feed announces.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event<'a> {
    /// A success.
    Success,
    /// A setback, with where it stands.
    Setback {
        /// Its severity.
        severity: Severity,
        /// Its status.
        status: SetbackStatus,
    },
    /// A case study.
    CaseStudy,
    /// A milestone achieved, with its state ("achieved 43 days late").
    Achieved {
        /// The milestone's state.
        state: &'a Text,
    },
    /// A milestone re-planned to a new date.
    Replanned {
        /// The new date.
        to: crate::date::Date,
    },
    /// A milestone missed.
    Missed,
    /// A milestone past its due date, with its status in the file.
    Overdue {
        /// The status in the file.
        status: MilestoneStatus,
    },
}

/// A feed entry's title: what happened, then the entry's title.
pub(crate) fn feed_title(event: Event, title: &str) -> String {
    match event {
        Event::Success => format!("Success: {title}"),
        Event::Setback { severity, status } => format!(
            "Setback ({} severity, {}): {title}",
            self::severity(severity).to_lowercase(),
            setback_status(status).to_lowercase()
        ),
        Event::CaseStudy => format!("Case study: {title}"),
        Event::Achieved { state } => {
            format!("Milestone {}: {title}", state.to_string().to_lowercase())
        }
        Event::Replanned { to } => format!("Milestone re-planned to {}: {title}", to.human()),
        Event::Missed => format!("Milestone missed: {title}"),
        Event::Overdue { status } => format!(
            "Milestone overdue ({}): {title}",
            milestone_status(status).to_lowercase()
        ),
    }
}

/// The summary of an overdue milestone's feed entry.
pub(crate) fn overdue_summary(due: crate::date::Date) -> String {
    format!("Due {}, not yet achieved.", due.human())
}

/// A page of the site that is not an entry's.
#[derive(Debug, Clone, Copy)]
pub enum Page<'a> {
    /// Every tag.
    Tags,
    /// The entries with one tag.
    Tagged(&'a str),
    /// The page for addresses that lead nowhere.
    NotFound,
    /// The open data.
    OpenData,
    /// Every period report.
    Reports,
    /// One period's report.
    Report(&'a Text),
    /// Who brings what to the alliance.
    ResourceMap,
    /// Entries published and later removed.
    Removed,
    /// The search page.
    Search,
    /// A later page of a list split into pages: the list's title, the page's number, how
    /// many pages.
    Numbered(&'a str, usize, usize),
}

/// A page's title.
pub(crate) fn page_title(page: Page) -> String {
    match page {
        Page::Tags => "Tags".to_string(),
        Page::Tagged(tag) => format!("Tagged “{tag}”"),
        Page::NotFound => "Page not found".to_string(),
        Page::OpenData => "Open data".to_string(),
        Page::Reports => "Reports".to_string(),
        Page::Report(period) => format!("Report for {period}"),
        Page::ResourceMap => "Who brings what".to_string(),
        Page::Removed => "Removed entries".to_string(),
        Page::Search => "Search".to_string(),
        Page::Numbered(title, number, pages) => format!("{title} (page {number} of {pages})"),
    }
}

/// The label of the line a timeline draws at its date: today, or the end of a past period.
pub(crate) fn timeline_date_label(current: bool) -> &'static str {
    if current { "Today" } else { "End of period" }
}

/// "1 day", "12 days".
fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

/// A milestone's state; lateness always says against which date: overdue counts from the
/// current due date, and a re-planned one also says how far that is from the date first agreed.
fn milestone_state(
    status: MilestoneStatus,
    (days_overdue, days_late, days_moved): (Option<i64>, Option<i64>, i64),
    current_due: crate::date::Date,
) -> String {
    let moved = |state: String| {
        if days_moved > 0 {
            format!("{state} ({} after the date first agreed)", days(days_moved))
        } else {
            state
        }
    };
    if let Some(overdue) = days_overdue {
        return match status {
            MilestoneStatus::Planned if days_moved > 0 => {
                format!("{} past its new date, not started", days(overdue))
            }
            MilestoneStatus::Planned => format!("{} overdue, not started", days(overdue)),
            _ if days_moved > 0 => format!(
                "{} past its new date ({} past the date first agreed)",
                days(overdue),
                days(overdue + days_moved)
            ),
            MilestoneStatus::Delayed => format!("{} overdue, delayed", days(overdue)),
            _ => format!("{} overdue, in progress", days(overdue)),
        };
    }
    match status {
        MilestoneStatus::Achieved => match days_late {
            Some(0) | None => "Achieved on time".to_string(),
            Some(late) => format!("Achieved {} after the date first agreed", days(late)),
        },
        MilestoneStatus::Delayed => moved(format!("Delayed to {}", current_due.human())),
        MilestoneStatus::Planned | MilestoneStatus::InProgress => moved(format!(
            "{}{}",
            milestone_status(status),
            if days_moved > 0 {
                format!(", now due {}", current_due.human())
            } else {
                String::new()
            }
        )),
        other => milestone_status(other).to_string(),
    }
}

fn period(year: i32, quarter: Option<u8>) -> String {
    const MONTHS: [&str; 4] = [
        "January to March",
        "April to June",
        "July to September",
        "October to December",
    ];
    match quarter {
        Some(q @ 1..=4) => format!("{year} Q{q} ({})", MONTHS[usize::from(q - 1)]),
        Some(q) => format!("{year} Q{q}"),
        None => year.to_string(),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A period report's summary, in the past tense for a period that has ended ("4 milestones
/// fell due: 3 were achieved, 2 of them on time. ...") and in the present perfect while it
/// runs ("So far 4 milestones have fallen due: ...").
fn report_summary(
    (due, achieved, on_time, overdue): (usize, usize, usize, usize),
    (successes, setbacks, resolved): (usize, usize, usize),
    running: bool,
) -> String {
    let mut sentences = Vec::new();
    let milestones = |n| count(n, "milestone", "milestones");
    sentences.push(match (due, running) {
        (0, false) => "No milestone fell due.".to_string(),
        (0, true) => "No milestone has fallen due so far.".to_string(),
        (n, false) => format!(
            "{} fell due: {}.",
            milestones(n),
            achieved_of(achieved, on_time, false)
        ),
        (n, true) => format!(
            "So far {} {} fallen due: {}.",
            milestones(n),
            if n == 1 { "has" } else { "have" },
            achieved_of(achieved, on_time, true)
        ),
    });
    if overdue > 0 {
        sentences.push(if running {
            format!(
                "{} overdue now.",
                count(overdue, "milestone is", "milestones are")
            )
        } else {
            format!(
                "{} still overdue when the period ended.",
                count(overdue, "milestone was", "milestones were")
            )
        });
    }
    let reported = if running {
        "reported so far"
    } else {
        "reported"
    };
    sentences.push(match successes {
        0 if running => "No success has been reported so far.".to_string(),
        0 => "No success was reported.".to_string(),
        n => format!("{} {reported}.", count(n, "success", "successes")),
    });
    sentences.push(match setbacks {
        0 if running => "No setback has been reported so far.".to_string(),
        0 => "No setback was reported.".to_string(),
        n => format!(
            "{} {reported}, {} resolved.",
            count(n, "setback", "setbacks"),
            match resolved {
                0 => "none of them".to_string(),
                r if r == n && n == 1 => "and it was".to_string(),
                r if r == n => "all of them".to_string(),
                r => format!("{r} of them"),
            }
        ),
    });
    sentences.join(" ")
}

/// How many of the milestones due were achieved: "none was achieved", "3 were achieved, 2 of
/// them on time", "1 was achieved, on time".
fn achieved_of(achieved: usize, on_time: usize, running: bool) -> String {
    let (none, one, many) = if running {
        ("none has been achieved yet", "has been", "have been")
    } else {
        ("none was achieved", "was", "were")
    };
    match achieved {
        0 => none.to_string(),
        1 => format!(
            "1 {one} achieved, {}",
            if on_time == 1 { "on time" } else { "late" }
        ),
        n => format!(
            "{n} {many} achieved, {}",
            match on_time {
                0 => "none of them on time".to_string(),
                t if t == n => "all on time".to_string(),
                t => format!("{t} of them on time"),
            }
        ),
    }
}

/// "partner", "case study"...: one entry of a collection, in words.
pub(crate) fn collection_singular(c: Collection) -> &'static str {
    c.singular()
}

/// A partner kind in words.
pub(crate) fn partner_kind(k: PartnerKind) -> &'static str {
    match k {
        PartnerKind::Nonprofit => "Non-profit",
        PartnerKind::School => "School",
        PartnerKind::Business => "Business",
        PartnerKind::Government => "Government",
        PartnerKind::CommunityGroup => "Community group",
        PartnerKind::Funder => "Funder",
        PartnerKind::Individual => "Individual",
        PartnerKind::Other => "Other",
    }
}

/// A contribution kind in words.
pub(crate) fn contribution_kind(k: ContributionKind) -> &'static str {
    match k {
        ContributionKind::Funds => "Funds",
        ContributionKind::VolunteerHours => "Volunteer hours",
        ContributionKind::InKind => "In kind",
        ContributionKind::Skills => "Skills",
        ContributionKind::Venue => "Venue",
    }
}

/// A verification level in words.
pub fn verification(v: Verification) -> &'static str {
    match v {
        Verification::SelfReported => "Self-reported",
        Verification::PartnerConfirmed => "Partner-confirmed",
        Verification::Independent => "Independently verified",
        Verification::Audited => "Audited",
    }
}

/// A milestone status as written in the file, in words.
pub(crate) fn milestone_status(s: MilestoneStatus) -> &'static str {
    match s {
        MilestoneStatus::Planned => "Planned",
        MilestoneStatus::InProgress => "In progress",
        MilestoneStatus::Achieved => "Achieved",
        MilestoneStatus::Delayed => "Delayed",
        MilestoneStatus::Missed => "Missed",
        MilestoneStatus::Cancelled => "Cancelled",
    }
}

/// A severity in words.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Low => "Low",
        Severity::Medium => "Medium",
        Severity::High => "High",
    }
}

/// A setback status in words.
pub(crate) fn setback_status(s: SetbackStatus) -> &'static str {
    match s {
        SetbackStatus::Open => "Open",
        SetbackStatus::Mitigating => "Mitigating",
        SetbackStatus::Resolved => "Resolved",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn milestone_states_read_as_people_say_them() {
        let due = Date::new(2027, 1, 15).unwrap();
        let state = |status, days_overdue, days_late| {
            say(&Says::MilestoneState {
                status,
                days_overdue,
                days_late,
                current_due: due,
                days_moved: 0,
            })
        };
        let moved = |status, days_overdue, days_moved| {
            say(&Says::MilestoneState {
                status,
                days_overdue,
                days_late: None,
                current_due: due,
                days_moved,
            })
        };
        use MilestoneStatus::*;
        assert_eq!(
            state(InProgress, Some(12), None),
            "12 days overdue, in progress"
        );
        assert_eq!(state(Planned, Some(1), None), "1 day overdue, not started");
        assert_eq!(state(Delayed, Some(3), None), "3 days overdue, delayed");
        // A re-planned milestone says how far it has moved from the date first agreed.
        assert_eq!(
            moved(Delayed, None, 411),
            "Delayed to 15 January 2027 (411 days after the date first agreed)"
        );
        assert_eq!(
            moved(Delayed, Some(3), 411),
            "3 days past its new date (414 days past the date first agreed)"
        );
        assert_eq!(
            moved(InProgress, None, 1),
            "In progress, now due 15 January 2027 (1 day after the date first agreed)"
        );
        assert_eq!(
            moved(Planned, Some(2), 30),
            "2 days past its new date, not started"
        );
        assert_eq!(state(Achieved, None, Some(0)), "Achieved on time");
        assert_eq!(
            state(Achieved, None, Some(43)),
            "Achieved 43 days after the date first agreed"
        );
        assert_eq!(state(Delayed, None, None), "Delayed to 15 January 2027");
        assert_eq!(state(Missed, None, None), "Missed");
        assert_eq!(state(Cancelled, None, None), "Cancelled");
    }

    #[test]
    fn changes_say_their_direction_and_unit() {
        assert_eq!(change(5.0, "people"), "up 5 people");
        assert_eq!(change(-2.5, "%"), "down 2.5 points");
        assert_eq!(change(1.0, "%"), "up 1 point");
        assert_eq!(change(-27.0, ""), "down 27");
        assert_eq!(change(0.0, "days"), "no change");
        assert_eq!(plural(0.0, "day", "days"), "days");
        assert_eq!(plural(1.0, "day", "days"), "day");
        assert_eq!(plural(2.0, "day", "days"), "days");
    }

    #[test]
    fn summaries_count_in_words_with_the_tense_of_the_period() {
        let summary =
            |(due, achieved, on_time, overdue), (successes, setbacks, resolved), running| {
                say(&Says::ReportSummary {
                    due,
                    achieved,
                    on_time,
                    successes,
                    setbacks,
                    resolved,
                    overdue,
                    running,
                })
            };
        // Many, ended.
        assert_eq!(
            summary((7, 4, 2, 0), (5, 3, 1), false),
            "7 milestones fell due: 4 were achieved, 2 of them on time. 5 successes reported. 3 setbacks reported, 1 of them resolved."
        );
        // One of each, ended.
        assert_eq!(
            summary((1, 1, 1, 2), (1, 1, 1), false),
            "1 milestone fell due: 1 was achieved, on time. 2 milestones were still overdue when the period ended. 1 success reported. 1 setback reported, and it was resolved."
        );
        // None, ended.
        assert_eq!(
            summary((0, 0, 0, 0), (0, 0, 0), false),
            "No milestone fell due. No success was reported. No setback was reported."
        );
        // A period still running speaks of it so far.
        assert_eq!(
            summary((4, 0, 0, 1), (0, 2, 0), true),
            "So far 4 milestones have fallen due: none has been achieved yet. 1 milestone is overdue now. No success has been reported so far. 2 setbacks reported so far, none of them resolved."
        );
        assert_eq!(
            summary((3, 3, 3, 0), (1, 2, 2), true),
            "So far 3 milestones have fallen due: 3 have been achieved, all on time. 1 success reported so far. 2 setbacks reported so far, all of them resolved."
        );
    }

    #[test]
    fn a_text_written_through_its_hook_is_its_words_and_plainly_its_facts() {
        struct InWords;
        impl crate::intercept::Hook for InWords {
            fn takes(&self, name: &'static str) -> bool {
                name == Text::SERDE_NAME
            }
            fn write<S: Serializer, T: Serialize + ?Sized>(
                &self,
                _: &'static str,
                facts: &T,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                Phrasebook::default().write(facts, serializer)
            }
        }
        let text = Text(Says::Period {
            year: 2025,
            quarter: Some(3),
        });
        let worded = serde_json::to_string(&crate::intercept::With {
            value: &vec![text.clone()],
            hook: &InWords,
        })
        .unwrap();
        assert_eq!(worded, r#"["2025 Q3 (July to September)"]"#);
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"says":"period","year":2025,"quarter":3}"#
        );
    }
}
