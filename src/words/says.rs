//! What the site says in words, kept as the facts it is made from. The model never writes a
//! sentence: a field the site shows as text ("12 days overdue, in progress", "Community
//! group", "2025 Q3 (July to September)") is a [`Text`] holding a [`Says`], and the sentence is
//! made in one place, [`super::say`], when the template values and the open data are written.
//! Serialised plainly, a `Text` is its facts; a serializer wrapped with an
//! [`crate::intercept::Hook`] of [`Text::SERDE_NAME`] writes it in words.

use crate::content::Collection;
use crate::content::schema::{
    ContributionKind, MetricValue, MilestoneStatus, PartnerKind, SetbackStatus, Severity,
    Verification,
};
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The facts behind one piece of text the site shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "says", rename_all = "kebab-case")]
pub enum Says {
    /// One entry of a collection: "partner", "case study".
    Singular {
        /// Which collection.
        collection: Collection,
    },
    /// A kind of partner: "Community group".
    PartnerKind {
        /// The kind.
        kind: PartnerKind,
    },
    /// A kind of contribution: "Volunteer hours".
    ContributionKind {
        /// The kind.
        kind: ContributionKind,
    },
    /// How a measurement was checked: "Independently verified".
    Verification {
        /// The level.
        verification: Verification,
    },
    /// A setback's severity: "High".
    Severity {
        /// The severity.
        severity: Severity,
    },
    /// A setback's status: "Mitigating".
    SetbackStatus {
        /// The status.
        status: SetbackStatus,
    },
    /// A setback's status with its severity: "Open, high severity".
    SetbackState {
        /// The status.
        status: SetbackStatus,
        /// The severity.
        severity: Severity,
    },
    /// A milestone's status with what the build date makes of it: "12 days overdue, in
    /// progress", "Achieved 43 days after the date first agreed", "Delayed to 15 January 2027".
    MilestoneState {
        /// The status in the file.
        status: MilestoneStatus,
        /// Days past the current due date, when open and overdue.
        days_overdue: Option<i64>,
        /// Days after the date first agreed, when achieved.
        days_late: Option<i64>,
        /// The current due date.
        current_due: Date,
        /// Days from the date first agreed to the current due date (re-plans).
        days_moved: i64,
    },
    /// An indicator's progress: "78% of the way from 0 to 60 people (latest: 47 people on 30
    /// September 2026)", or that there is no measurement yet.
    Progress {
        /// Share of the way from baseline to target, in whole per cent, with the latest
        /// measurement; `None` when there is none (or baseline equals target).
        reached: Option<Reached>,
        /// The baseline.
        baseline: f64,
        /// The target.
        target: f64,
        /// The unit.
        unit: Option<String>,
    },
    /// A reporting period: "2025" or "2025 Q3 (July to September)".
    Period {
        /// The year.
        year: i32,
        /// The quarter, for quarterly reporting.
        quarter: Option<u8>,
    },
    /// A period report's summary: "7 milestones were due; 4 were achieved, 2 on time; ...".
    ReportSummary {
        /// Milestones due.
        due: usize,
        /// Achieved.
        achieved: usize,
        /// Achieved on time.
        on_time: usize,
        /// Successes reported.
        successes: usize,
        /// Setbacks reported.
        setbacks: usize,
        /// Of those, resolved.
        resolved: usize,
        /// Milestones overdue at the end (or now, while the period runs).
        overdue: usize,
        /// Whether the period is still running on the build date.
        running: bool,
    },
    /// What changed in one commit to a record's file: "Created", "status: planned →
    /// achieved".
    RecordChange {
        /// The change.
        change: RecordChange,
    },
    /// A success's headline figure: "120 children fed".
    Metric {
        /// The figure.
        value: MetricValue,
        /// Its unit.
        unit: Option<String>,
        /// What it counts.
        label: String,
    },
}

/// What changed in one commit to a record's file; `key` is a field's name in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum RecordChange {
    /// The file was added.
    Created,
    /// The file came back after it was removed.
    Restored,
    /// The file was removed.
    Removed,
    /// The text after the front matter changed.
    TextEdited,
    /// A field was added with a short value.
    Set {
        /// The field.
        key: String,
        /// Its value as written.
        value: String,
    },
    /// A field was added.
    Added {
        /// The field.
        key: String,
    },
    /// A field was taken out.
    FieldRemoved {
        /// The field.
        key: String,
    },
    /// Items were added to a list.
    ItemsAdded {
        /// The field.
        key: String,
        /// How many.
        n: usize,
    },
    /// Items were taken out of a list.
    ItemsRemoved {
        /// The field.
        key: String,
        /// How many.
        n: usize,
    },
    /// A list's items were edited.
    Edited {
        /// The field.
        key: String,
    },
    /// A short value changed.
    ChangedTo {
        /// The field.
        key: String,
        /// Before.
        from: String,
        /// After.
        to: String,
    },
    /// A long value changed.
    Changed {
        /// The field.
        key: String,
    },
}

/// The latest measurement of an indicator and how far it has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reached {
    /// Per cent of the way from baseline to target, rounded.
    pub percent: f64,
    /// The latest value.
    pub value: f64,
    /// When it was measured.
    pub date: Date,
}

/// A piece of text the site shows, as the facts it says (see the module documentation).
#[derive(Debug, Clone, PartialEq)]
pub struct Text(pub Says);

impl Text {
    /// The name a `Text` serialises under, as a newtype struct around its [`Says`].
    pub(crate) const SERDE_NAME: &'static str = "candor::Text";
}

impl From<Says> for Text {
    fn from(says: Says) -> Text {
        Text(says)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(Text::SERDE_NAME, &self.0)
    }
}

/// Published (in the open data) as the words it says.
impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

impl Text {
    /// The words it says in the language of `w`.
    pub fn in_words(&self, w: &super::Catalogue) -> String {
        super::say(w, &self.0)
    }

    /// The words it says, from `book` (worded once for all the texts that say the same).
    pub fn words_in(&self, book: &super::Phrasebook) -> String {
        book.say(&self.0)
    }
}
