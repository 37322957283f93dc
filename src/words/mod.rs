//! Every sentence and label the site shows, made from the facts the model keeps ([`Says`]):
//! the one place Candor words things for readers, in the site's language. Each function takes
//! the language's [`Catalogue`] (Fluent messages with CLDR plural rules, in the theme's
//! `i18n/<language>/` folders). The template values and the open data write each [`Text`]
//! through a [`Phrasebook`]; the renderer and the feeds call [`say`]. (Messages about the
//! content, for the people who write it, stay in English with the checks that find them.)

pub mod catalogue;
pub mod chart;
mod says;

pub use catalogue::{Arg, Catalogue};
pub use says::{Reached, RecordChange, Says, Text};

use crate::content::Collection;
use crate::content::schema::{
    ContributionKind, MetricValue, MilestoneStatus, PartnerKind, SetbackStatus, Severity,
    Verification,
};
use crate::format::unit_suffix;
use serde::ser::Error as _;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// The form of a word for `n` things: `one` for exactly one, `other` otherwise. English only:
/// kept for themes written before the catalogues (messages choose plural forms by each
/// language's rules).
pub fn plural<'w>(n: f64, one: &'w str, other: &'w str) -> &'w str {
    if n == 1.0 { one } else { other }
}

/// The name a value of one of the content's enums has in the files (`in-progress`), which the
/// messages select on.
pub fn name_of<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A change in words, with its direction: "up 5 people", "down 2.5 points" (a change of a
/// percentage is in points), "no change". `unit` as written in the content.
pub fn change(w: &Catalogue, n: f64, unit: &str) -> String {
    if n == 0.0 {
        return w.get("change-none").into_owned();
    }
    let amount = if unit.trim() == "%" {
        w.format(
            "change-points",
            &[
                ("n", Arg::Number(n.abs())),
                ("amount", Arg::Text(&w.number(n.abs()))),
            ],
        )
    } else {
        format!("{}{}", w.number(n.abs()), unit_suffix(unit))
    };
    let id = if n > 0.0 { "change-up" } else { "change-down" };
    w.format(id, &[("amount", Arg::Text(&amount))])
}

/// What `says` says, in the catalogue's language.
pub fn say(w: &Catalogue, says: &Says) -> String {
    match says {
        Says::Singular { collection } => collection_singular(w, *collection),
        Says::PartnerKind { kind } => partner_kind(w, *kind),
        Says::ContributionKind { kind } => contribution_kind(w, *kind),
        Says::Verification { verification } => self::verification(w, *verification),
        Says::Severity { severity } => self::severity(w, *severity),
        Says::SetbackStatus { status } => setback_status(w, *status),
        Says::SetbackState { status, severity } => w.format(
            "setback-state",
            &[
                ("status", Arg::Text(&name_of(status))),
                ("severity", Arg::Text(&name_of(severity))),
            ],
        ),
        Says::MilestoneState {
            status,
            days_overdue,
            days_late,
            current_due,
            days_moved,
        } => milestone_state(
            w,
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
                w.format(
                    "progress-reached",
                    &[
                        ("percent", Arg::Number(r.percent)),
                        (
                            "baseline",
                            Arg::Text(&format!("{}{unit}", w.number(*baseline))),
                        ),
                        ("target", Arg::Text(&format!("{}{unit}", w.number(*target)))),
                        ("value", Arg::Text(&format!("{}{unit}", w.number(r.value)))),
                        ("date", Arg::Text(&w.date(r.date))),
                    ],
                )
            }
            None => w.get("progress-none").into_owned(),
        },
        Says::Period { year, quarter } => period(w, *year, *quarter),
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
            w,
            (*due, *achieved, *on_time, *overdue),
            (*successes, *setbacks, *resolved),
            *running,
        ),
        Says::Metric { value, unit, label } => {
            let value = match value {
                MetricValue::Number(n) => w.number(*n),
                MetricValue::Text(t) => t.clone(),
            };
            let unit = unit_suffix(unit.as_deref().unwrap_or(""));
            w.format(
                "metric",
                &[
                    ("value", Arg::Text(&value)),
                    ("unit", Arg::Text(&unit)),
                    ("label", Arg::Text(label)),
                ],
            )
        }
        Says::RecordChange { change } => record_change(w, change),
    }
}

/// The words of every [`Text`] written so far, by its facts: a site says the same few
/// things thousands of times ("partner", "Audited", "Achieved on time"), and each is worded
/// once. Kept by whoever writes a site's texts, for that one writing.
#[derive(Debug)]
pub struct Phrasebook {
    words: Arc<Catalogue>,
    /// Whether the words are for data (open data files): without the isolation marks a
    /// right-to-left page puts around the arguments.
    plain: bool,
    known: std::sync::RwLock<rustc_hash::FxHashMap<Vec<u8>, String>>,
}

impl Phrasebook {
    /// An empty phrasebook in the language of `words`.
    pub fn new(words: Arc<Catalogue>) -> Phrasebook {
        Phrasebook {
            words,
            plain: false,
            known: std::sync::RwLock::default(),
        }
    }

    /// An empty phrasebook for data: the words without isolation marks.
    pub fn for_data(words: Arc<Catalogue>) -> Phrasebook {
        Phrasebook {
            plain: true,
            ..Phrasebook::new(words)
        }
    }

    fn worded(&self, says: &Says) -> String {
        let words = say(&self.words, says);
        if self.plain && words.contains(['\u{2068}', '\u{2069}']) {
            words.replace(['\u{2068}', '\u{2069}'], "")
        } else {
            words
        }
    }

    /// The catalogue it words things with.
    pub fn words(&self) -> &Arc<Catalogue> {
        &self.words
    }

    /// What `says` says, worded once per phrasebook.
    pub fn say(&self, says: &Says) -> String {
        match serde_json::to_vec(says) {
            Ok(key) => self.words_for(key, || Ok(says.clone())).unwrap_or_default(),
            Err(_) => self.worded(says),
        }
    }

    /// Writes the facts of a [`Text`], as an [`crate::intercept::Hook`] of its name is handed
    /// them, as the words they say.
    pub fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        facts: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let key = serde_json::to_vec(facts).map_err(S::Error::custom)?;
        let words = self
            .words_for(key.clone(), || serde_json::from_slice(&key))
            .map_err(S::Error::custom)?;
        serializer.serialize_str(&words)
    }

    /// The words of the facts serialised as `key`, worded (from `says`) the first time only.
    fn words_for(
        &self,
        key: Vec<u8>,
        says: impl FnOnce() -> serde_json::Result<Says>,
    ) -> serde_json::Result<String> {
        if let Some(words) = self
            .known
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&key)
        {
            return Ok(words.clone());
        }
        let words = self.worded(&says()?);
        self.known
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key, words.clone());
        Ok(words)
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
pub(crate) fn feed_title(w: &Catalogue, event: Event, title: &str) -> String {
    let title = ("title", Arg::Text(title));
    match event {
        Event::Success => w.format("feed-success", &[title]),
        Event::Setback { severity, status } => w.format(
            "feed-setback",
            &[
                ("severity", Arg::Text(&name_of(severity))),
                ("status", Arg::Text(&name_of(status))),
                title,
            ],
        ),
        Event::CaseStudy => w.format("feed-case-study", &[title]),
        Event::Achieved { state } => w.format(
            "feed-achieved",
            &[
                ("state", Arg::Text(&say(w, &state.0).to_lowercase())),
                title,
            ],
        ),
        Event::Replanned { to } => {
            w.format("feed-replanned", &[("date", Arg::Text(&w.date(to))), title])
        }
        Event::Missed => w.format("feed-missed", &[title]),
        Event::Overdue { status } => w.format(
            "feed-overdue",
            &[("status", Arg::Text(&name_of(status))), title],
        ),
    }
}

/// The summary of an overdue milestone's feed entry.
pub(crate) fn overdue_summary(w: &Catalogue, due: crate::date::Date) -> String {
    w.format("feed-overdue-summary", &[("date", Arg::Text(&w.date(due)))])
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
pub(crate) fn page_title(w: &Catalogue, page: Page) -> String {
    match page {
        Page::Tags => w.get("page-tags").into_owned(),
        Page::Tagged(tag) => w.format("page-tagged", &[("tag", Arg::Text(tag))]),
        Page::NotFound => w.get("page-not-found").into_owned(),
        Page::OpenData => w.get("page-open-data").into_owned(),
        Page::Reports => w.get("page-reports").into_owned(),
        Page::Report(period) => {
            w.format("page-report", &[("period", Arg::Text(&say(w, &period.0)))])
        }
        Page::ResourceMap => w.get("page-resource-map").into_owned(),
        Page::Removed => w.get("page-removed").into_owned(),
        Page::Search => w.get("page-search").into_owned(),
        Page::Numbered(title, number, pages) => w.format(
            "page-numbered",
            &[
                ("title", Arg::Text(title)),
                ("number", Arg::Number(number as f64)),
                ("pages", Arg::Number(pages as f64)),
            ],
        ),
    }
}

/// The label of the line a timeline draws at its date: today, or the end of a past period.
pub(crate) fn timeline_date_label(w: &Catalogue, current: bool) -> String {
    w.get(if current {
        "timeline-today"
    } else {
        "timeline-end-of-period"
    })
    .into_owned()
}

/// A milestone's state; lateness always says against which date: overdue counts from the
/// current due date, and a re-planned one also says how far that is from the date first agreed.
fn milestone_state(
    w: &Catalogue,
    status: MilestoneStatus,
    (days_overdue, days_late, days_moved): (Option<i64>, Option<i64>, i64),
    current_due: crate::date::Date,
) -> String {
    let moved = |state: String| {
        if days_moved > 0 {
            w.format(
                "milestone-moved",
                &[
                    ("state", Arg::Text(&state)),
                    ("moved", Arg::Number(days_moved as f64)),
                ],
            )
        } else {
            state
        }
    };
    if let Some(overdue) = days_overdue {
        let days = ("days", Arg::Number(overdue as f64));
        return match status {
            MilestoneStatus::Planned if days_moved > 0 => {
                w.format("milestone-past-new-date-not-started", &[days])
            }
            MilestoneStatus::Planned => w.format("milestone-overdue-not-started", &[days]),
            _ if days_moved > 0 => w.format(
                "milestone-past-new-date",
                &[days, ("total", Arg::Number((overdue + days_moved) as f64))],
            ),
            MilestoneStatus::Delayed => w.format("milestone-overdue-delayed", &[days]),
            _ => w.format("milestone-overdue-in-progress", &[days]),
        };
    }
    let due = w.date(current_due);
    match status {
        MilestoneStatus::Achieved => match days_late {
            Some(0) | None => w.get("milestone-achieved-on-time").into_owned(),
            Some(late) => w.format(
                "milestone-achieved-late",
                &[("late", Arg::Number(late as f64))],
            ),
        },
        MilestoneStatus::Delayed => {
            moved(w.format("milestone-delayed-to", &[("due", Arg::Text(&due))]))
        }
        MilestoneStatus::Planned | MilestoneStatus::InProgress if days_moved > 0 => {
            moved(w.format(
                "milestone-now-due",
                &[
                    ("status", Arg::Text(&name_of(status))),
                    ("due", Arg::Text(&due)),
                ],
            ))
        }
        other => milestone_status(w, other),
    }
}

fn period(w: &Catalogue, year: i32, quarter: Option<u8>) -> String {
    let year = ("year", Arg::Plain(f64::from(year)));
    match quarter {
        Some(q @ 1..=4) => w.format(
            "period-quarter",
            &[year, ("quarter", Arg::Number(f64::from(q)))],
        ),
        Some(q) => w.format(
            "period-quarter-other",
            &[year, ("quarter", Arg::Number(f64::from(q)))],
        ),
        None => w.format("period-year", &[year]),
    }
}

/// A period report's summary, in the past tense for a period that has ended ("4 milestones
/// fell due: 3 were achieved, 2 of them on time. ...") and in the present perfect while it
/// runs ("So far 4 milestones have fallen due: ...").
fn report_summary(
    w: &Catalogue,
    (due, achieved, on_time, overdue): (usize, usize, usize, usize),
    (successes, setbacks, resolved): (usize, usize, usize),
    running: bool,
) -> String {
    let n = |v: usize| Arg::Number(v as f64);
    let so_far = |id: &str| {
        if running {
            format!("{id}-so-far")
        } else {
            id.to_string()
        }
    };
    let mut sentences = Vec::new();
    sentences.push(if due == 0 {
        w.get(&so_far("summary-none-due")).into_owned()
    } else {
        let achieved = if achieved == 0 {
            w.get(&so_far("summary-achieved-none")).into_owned()
        } else {
            w.format(
                &so_far("summary-achieved"),
                &[
                    ("n", n(achieved)),
                    ("on_time", n(on_time)),
                    (
                        "all",
                        Arg::Text(if on_time == achieved { "yes" } else { "no" }),
                    ),
                ],
            )
        };
        w.format(
            &so_far("summary-due"),
            &[("due", n(due)), ("achieved", Arg::Text(&achieved))],
        )
    });
    if overdue > 0 {
        let id = if running {
            "summary-overdue-now"
        } else {
            "summary-overdue-at-end"
        };
        sentences.push(w.format(id, &[("n", n(overdue))]));
    }
    sentences.push(if successes == 0 {
        w.get(&so_far("summary-no-success")).into_owned()
    } else {
        w.format(&so_far("summary-successes"), &[("n", n(successes))])
    });
    sentences.push(if setbacks == 0 {
        w.get(&so_far("summary-no-setback")).into_owned()
    } else {
        w.format(
            &so_far("summary-setbacks"),
            &[
                ("n", n(setbacks)),
                ("resolved", n(resolved)),
                (
                    "all",
                    Arg::Text(if resolved == setbacks { "yes" } else { "no" }),
                ),
            ],
        )
    });
    sentences
        .into_iter()
        .reduce(|first, rest| {
            w.format(
                "summary-join",
                &[("first", Arg::Text(&first)), ("rest", Arg::Text(&rest))],
            )
        })
        .unwrap_or_default()
}

/// What changed in one commit to a record's file, in words.
fn record_change(w: &Catalogue, change: &says::RecordChange) -> String {
    use says::RecordChange as C;
    fn key(k: &str) -> (&'static str, Arg<'_>) {
        ("key", Arg::Text(k))
    }
    match change {
        C::Created => w.get("history-created").into_owned(),
        C::Restored => w.get("history-restored").into_owned(),
        C::Removed => w.get("history-removed").into_owned(),
        C::TextEdited => w.get("history-text-edited").into_owned(),
        C::Set { key: k, value } => w.format("history-set", &[key(k), ("value", Arg::Text(value))]),
        C::Added { key: k } => w.format("history-added", &[key(k)]),
        C::FieldRemoved { key: k } => w.format("history-field-removed", &[key(k)]),
        C::ItemsAdded { key: k, n } => w.format(
            "history-items-added",
            &[key(k), ("n", Arg::Number(*n as f64))],
        ),
        C::ItemsRemoved { key: k, n } => w.format(
            "history-items-removed",
            &[key(k), ("n", Arg::Number(*n as f64))],
        ),
        C::Edited { key: k } => w.format("history-edited", &[key(k)]),
        C::ChangedTo { key: k, from, to } => w.format(
            "history-changed-to",
            &[key(k), ("from", Arg::Text(from)), ("to", Arg::Text(to))],
        ),
        C::Changed { key: k } => w.format("history-changed", &[key(k)]),
    }
}

/// "partner", "case study"...: one entry of a collection, in words.
pub(crate) fn collection_singular(w: &Catalogue, c: Collection) -> String {
    w.format("collection-one", &[("collection", Arg::Text(c.dir()))])
}

/// "Partners", "Case studies"...: a collection's heading.
pub(crate) fn collection_title(w: &Catalogue, c: Collection) -> String {
    w.format("collection-title", &[("collection", Arg::Text(c.dir()))])
}

/// A partner kind in words.
pub(crate) fn partner_kind(w: &Catalogue, k: PartnerKind) -> String {
    w.format("partner-kind", &[("kind", Arg::Text(&name_of(k)))])
}

/// A contribution kind in words.
pub(crate) fn contribution_kind(w: &Catalogue, k: ContributionKind) -> String {
    w.format("contribution-kind", &[("kind", Arg::Text(&name_of(k)))])
}

/// A verification level in words.
pub fn verification(w: &Catalogue, v: Verification) -> String {
    w.format("verification", &[("verification", Arg::Text(&name_of(v)))])
}

/// A milestone status as written in the file, in words.
pub(crate) fn milestone_status(w: &Catalogue, s: MilestoneStatus) -> String {
    w.format("milestone-status", &[("status", Arg::Text(&name_of(s)))])
}

/// A severity in words.
pub fn severity(w: &Catalogue, s: Severity) -> String {
    w.format("severity", &[("severity", Arg::Text(&name_of(s)))])
}

/// A setback status in words.
pub(crate) fn setback_status(w: &Catalogue, s: SetbackStatus) -> String {
    w.format("setback-status", &[("status", Arg::Text(&name_of(s)))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn english() -> Catalogue {
        Catalogue::english()
    }

    #[test]
    fn milestone_states_read_as_people_say_them() {
        let due = Date::new(2027, 1, 15).unwrap();
        let state = |status, days_overdue, days_late| {
            say(
                &english(),
                &Says::MilestoneState {
                    status,
                    days_overdue,
                    days_late,
                    current_due: due,
                    days_moved: 0,
                },
            )
        };
        let moved = |status, days_overdue, days_moved| {
            say(
                &english(),
                &Says::MilestoneState {
                    status,
                    days_overdue,
                    days_late: None,
                    current_due: due,
                    days_moved,
                },
            )
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
        assert_eq!(change(&english(), 5.0, "people"), "up 5 people");
        assert_eq!(change(&english(), -2.5, "%"), "down 2.5 points");
        assert_eq!(change(&english(), 1.0, "%"), "up 1 point");
        assert_eq!(change(&english(), -27.0, ""), "down 27");
        assert_eq!(change(&english(), 0.0, "days"), "no change");
        assert_eq!(plural(0.0, "day", "days"), "days");
        assert_eq!(plural(1.0, "day", "days"), "day");
        assert_eq!(plural(2.0, "day", "days"), "days");
    }

    #[test]
    fn summaries_count_in_words_with_the_tense_of_the_period() {
        let summary =
            |(due, achieved, on_time, overdue), (successes, setbacks, resolved), running| {
                say(
                    &english(),
                    &Says::ReportSummary {
                        due,
                        achieved,
                        on_time,
                        successes,
                        setbacks,
                        resolved,
                        overdue,
                        running,
                    },
                )
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
                Phrasebook::new(std::sync::Arc::new(english())).write(facts, serializer)
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
