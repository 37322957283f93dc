//! The content format as Rust types: one struct per kind of file, exactly the fields that
//! `docs/content-format.md` documents. Serde does the type checking (wrong types, missing
//! required fields and unknown enum values become diagnostics with a span); the rules that
//! span several fields (an achieved milestone needs `completed`) are checked when linking, in
//! `model/link/kinds.rs`.
//!
//! Values that later checks need to point at (slug references, statuses, images) are kept
//! [`Spanned`] so that a message can name the exact line and column.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A reference to another entry by its slug, with where it was written.
pub(crate) type SlugRef = Spanned<String>;

/// `content/alliance.toml`.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct AllianceFile {
    /// The alliance's name.
    pub name: String,
    /// One line under the name.
    pub tagline: Option<String>,
    /// Markdown shown on the home page.
    #[schemars(extend("contentMediaType" = "text/markdown"))]
    pub mission: Option<String>,
    /// Where the site will be served; may have a sub-path.
    #[schemars(with = "String", extend("format" = "uri"))]
    pub base_url: Spanned<String>,
    /// BCP 47 language tag.
    #[serde(default = "default_language")]
    pub language: String,
    /// Theme folder name.
    #[schemars(with = "Option<String>")]
    pub theme: Option<Spanned<String>>,
    /// ISO 4217 code for money contributions.
    #[serde(default = "default_currency")]
    pub currency: String,
    /// Which period reports to generate.
    #[serde(default)]
    pub reporting: Reporting,
    /// Licence of the open data.
    #[serde(default = "default_license")]
    pub data_license: String,
    /// Whether raw HTML in Markdown is kept (it is shown as text otherwise).
    #[serde(default)]
    pub allow_raw_html: bool,
    /// Newsletter settings.
    pub newsletter: Option<NewsletterSettings>,
    /// What `candor check` reviews.
    #[serde(default)]
    pub review: ReviewSettings,
    /// `[lists]`: how long lists are split into pages.
    #[serde(default)]
    pub lists: ListSettings,
    /// `[search]`: the site's search page and index.
    #[serde(default)]
    pub search: SearchSettings,
    /// The web address where the site folder's files can be read (a repository's file view,
    /// such as `https://github.com/org/site/blob/main/`): each page links its file there.
    #[schemars(with = "Option<String>", extend("format" = "uri"))]
    pub source_url: Option<Spanned<String>>,
    /// The web address of the git repository the site folder is kept in, for links to its
    /// commits (`<repository>/commit/<id>`).
    #[schemars(with = "Option<String>", extend("format" = "uri"))]
    pub repository: Option<Spanned<String>>,
    /// `[brand]`: the alliance's logo, accent colour, favicon and social-card image.
    #[serde(default)]
    pub brand: BrandSettings,
    /// Values for the theme's settings (`[extra]` in its theme.toml).
    #[serde(default)]
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub extra: toml::Table,
}

/// `[review]` in `alliance.toml`: what `candor check` reviews.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
pub struct ReviewSettings {
    /// Review every current partner for roles and for entries that name it, members that only
    /// belong included (by default only partners that work on entries or took on roles).
    #[serde(default)]
    pub every_partner: bool,
}

/// `[brand]` in `alliance.toml`: the alliance's identity on its site. Images are paths of
/// files in the site's `static/` folder (`images/logo.svg`) or `https://` addresses.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BrandSettings {
    /// The logo shown in the header in place of the name.
    #[schemars(with = "Option<String>", extend("x-image" = true))]
    pub logo: Option<Spanned<String>>,
    /// What the logo says, for people who cannot see it (required with `logo`).
    pub logo_alt: Option<String>,
    /// The logo as drawn for the dark colour scheme (a logo with dark lettering would vanish
    /// on the dark header); the same `logo_alt` describes it.
    #[schemars(with = "Option<String>", extend("x-image" = true))]
    pub logo_dark: Option<Spanned<String>>,
    /// The accent colour, `#rrggbb` (adjusted when it lacks contrast).
    #[schemars(with = "Option<String>", extend("x-widget" = "color"))]
    pub accent: Option<Spanned<String>>,
    /// The favicon (one is drawn from the accent and the name's first letter when not given).
    #[schemars(with = "Option<String>", extend("x-image" = true))]
    pub favicon: Option<Spanned<String>>,
    /// The image a shared link shows (`og:image`).
    #[schemars(with = "Option<String>", extend("x-image" = true))]
    pub social_image: Option<Spanned<String>>,
    /// What the social-card image shows (required with `social_image`).
    pub social_image_alt: Option<String>,
}

/// `[lists]` in `alliance.toml`: how collection indexes and tag pages are split into pages.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListSettings {
    /// At most how many entries one page of a list shows (100 by default); 0 puts every
    /// entry on one page.
    #[serde(default = "default_per_page", deserialize_with = "entries_a_page")]
    pub per_page: usize,
}

/// `[search]` in `alliance.toml`: the search page and the index it reads.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    /// Whether the site has a search page and index (`true` by default).
    #[serde(default = "yes")]
    pub enabled: bool,
}

impl Default for SearchSettings {
    fn default() -> Self {
        SearchSettings { enabled: true }
    }
}

fn yes() -> bool {
    true
}

/// A count of entries a page: a whole number, 0 or more.
fn entries_a_page<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    let n = i64::deserialize(deserializer)?;
    usize::try_from(n).map_err(|_| {
        serde::de::Error::custom(format!(
            "`{n}` entries a page cannot be: write a whole number, such as 50, or 0 to put every entry on one page"
        ))
    })
}

impl Default for ListSettings {
    fn default() -> Self {
        ListSettings {
            per_page: default_per_page(),
        }
    }
}

fn default_per_page() -> usize {
    100
}

/// The largest figure Candor accepts (a thousand million million): larger numbers are typing
/// mistakes, and sums of them must stay exact enough to print.
pub(crate) const LARGEST_FIGURE: f64 = 1e15;

/// Why `n` is not a figure Candor can publish, if it is not.
pub(crate) fn figure_problem(n: f64) -> Option<String> {
    if !n.is_finite() {
        Some(format!(
            "`{n}` is not a number that can be published; write the figure"
        ))
    } else if n.abs() > LARGEST_FIGURE {
        Some(format!(
            "`{n}` is too large: figures are at most 1,000,000,000,000,000 either way"
        ))
    } else {
        None
    }
}

/// Reads a number, refusing `nan`, `inf` and figures beyond [`LARGEST_FIGURE`].
fn figure<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    let n = f64::deserialize(deserializer)?;
    match figure_problem(n) {
        Some(problem) => Err(serde::de::Error::custom(problem)),
        None => Ok(n),
    }
}

impl<'de> Deserialize<'de> for MetricValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = MetricValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a short text such as \"3 of 4\"")
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<MetricValue, E> {
                match figure_problem(n) {
                    Some(problem) => Err(E::custom(problem)),
                    None => Ok(MetricValue::Number(n)),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<MetricValue, E> {
                self.visit_f64(n as f64)
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<MetricValue, E> {
                self.visit_f64(n as f64)
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<MetricValue, E> {
                Ok(MetricValue::Text(s.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

fn default_language() -> String {
    "en".into()
}
fn default_currency() -> String {
    "USD".into()
}
fn default_license() -> String {
    "CC-BY-4.0".into()
}

/// How often period reports are made.
#[derive(
    Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Reporting {
    /// One report per year.
    #[default]
    Annual,
    /// One report per quarter.
    Quarterly,
}

/// `[newsletter]` in `alliance.toml`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, schemars::JsonSchema)]
pub struct NewsletterSettings {
    /// The sending mailbox.
    pub from: Option<String>,
    /// Where replies go.
    pub reply_to: Option<String>,
    /// Markdown footer.
    #[schemars(extend("contentMediaType" = "text/markdown"))]
    pub footer: Option<String>,
}

/// Declares the front matter of one kind of entry: the fields every entry may have
/// (`summary`, `tags`, `draft`, `updated`, `image`, `image_alt`), then the kind's own.
/// Serde cannot flatten a shared struct without losing spans and unknown-field warnings,
/// so the shared fields are written into each struct by this macro instead.
macro_rules! front_matter {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
        pub struct $name {
            /// One plain sentence used in lists, feeds and newsletters.
            pub summary: Option<String>,
            /// Free tags.
            #[serde(default)]
            #[schemars(with = "Vec<String>")]
            pub tags: Vec<Spanned<String>>,
            /// Left out of the build unless drafts are asked for.
            #[serde(default)]
            pub draft: bool,
            /// When the entry was last updated.
            pub updated: Option<Date>,
            /// An image: a path in the entry's bundle, or `/...` in the site's `static/`.
            #[schemars(with = "Option<String>", extend("x-image" = true))]
            pub image: Option<Spanned<String>>,
            /// Alt text, required with `image`.
            pub image_alt: Option<String>,
            $( $(#[$fmeta])* pub $field : $ty, )*
        }

        impl EntryFields for $name {
            fn common(&self) -> Common<'_> {
                Common {
                    summary: self.summary.as_deref(),
                    tags: &self.tags,
                    draft: self.draft,
                    updated: self.updated,
                    image: self.image.as_ref(),
                    image_alt: self.image_alt.as_deref(),
                }
            }
        }
    };
}

/// The fields every entry may have, borrowed from any kind's front matter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Common<'a> {
    /// One plain sentence used in lists, feeds and newsletters.
    pub summary: Option<&'a str>,
    /// Free tags.
    pub tags: &'a [Spanned<String>],
    /// Left out of the build unless drafts are asked for.
    pub draft: bool,
    /// When the entry was last updated.
    pub updated: Option<Date>,
    /// An image: a path in the entry's bundle, or `/...` in the site's `static/`.
    pub image: Option<&'a Spanned<String>>,
    /// Alt text, required with `image`.
    pub image_alt: Option<&'a str>,
}

/// Access to the shared fields of any kind of front matter.
pub(crate) trait EntryFields {
    /// The shared fields.
    fn common(&self) -> Common<'_>;
}

front_matter! {
    /// `partners/<slug>.md`.
    pub struct PartnerFile {
        /// The partner's name.
        pub name: String,
        /// What kind of organisation it is.
        pub kind: PartnerKind,
        /// When it joined; left out when the date is not public.
        pub joined: Option<Date>,
        /// When it left; it stays on the site as a former partner.
        pub left: Option<Date>,
        /// Its website.
        pub website: Option<String>,
        /// Where it is.
        pub location: Option<String>,
        /// Responsibilities it took on.
        #[serde(default)]
        pub roles: Vec<String>,
        /// Skills and resources it brings.
        #[serde(default)]
        pub strengths: Vec<String>,
        /// What it promised and put in.
        #[serde(default)]
        pub contributions: Vec<ContributionFile>,
        /// A member that may not be named (a donor who gives anonymously): it has no page and
        /// is named nowhere on the site or in the open data; its contributions count in the
        /// totals, pooled with other anonymous members', and entries cannot refer to it.
        #[serde(default)]
        pub anonymous: bool,
    }
}

/// `kind` of a partner.
#[derive(
    Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerKind {
    /// A non-profit organisation.
    Nonprofit,
    /// A school.
    School,
    /// A business.
    Business,
    /// A government body or council.
    Government,
    /// A community group.
    CommunityGroup,
    /// A funder.
    Funder,
    /// A person.
    Individual,
    /// Anything else.
    Other,
}

/// One `[[contributions]]` table.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct ContributionFile {
    /// When it was pledged or received.
    pub date: Date,
    /// What kind of contribution.
    pub kind: ContributionKind,
    /// How much.
    #[serde(deserialize_with = "figure")]
    pub amount: f64,
    /// The unit; defaults by kind.
    pub unit: Option<String>,
    /// Pledged or received.
    #[serde(default)]
    pub status: PledgeStatus,
    /// A note shown with it.
    pub note: Option<String>,
    /// A pledge's name among the partner's pledges, for receipts to name in `fulfils`.
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
    /// The date a pledge is due by: unpaid after it, the pledge is overdue.
    #[schemars(with = "Option<Date>")]
    pub due: Option<Spanned<Date>>,
    /// The `id` of the pledge a received contribution pays (all or part of).
    #[schemars(with = "Option<String>")]
    pub fulfils: Option<Spanned<String>>,
}

/// `kind` of a contribution.
#[derive(
    Debug,
    Clone,
    Copy,
    Deserialize,
    Serialize,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ContributionKind {
    /// Money.
    Funds,
    /// Time given by volunteers.
    VolunteerHours,
    /// Goods or services.
    InKind,
    /// Expertise.
    Skills,
    /// A place to meet or work.
    Venue,
}

/// Whether a contribution was promised or delivered.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    Deserialize,
    Serialize,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PledgeStatus {
    /// Promised.
    Pledged,
    /// Delivered.
    #[default]
    Received,
}

front_matter! {
    /// `objectives/<slug>.md`.
    pub struct ObjectiveFile {
        /// The objective.
        pub title: String,
        /// Partners responsible for it.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "partners"))]
        pub owners: Vec<SlugRef>,
        /// How progress is measured.
        #[serde(default)]
        #[schemars(with = "Vec<IndicatorFile>")]
        pub indicators: Vec<Spanned<IndicatorFile>>,
    }
}

/// One `[[indicators]]` table.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct IndicatorFile {
    /// What is measured.
    pub name: String,
    /// The unit of the values.
    pub unit: Option<String>,
    /// The value at the start.
    #[serde(deserialize_with = "figure")]
    pub baseline: f64,
    /// When the baseline was measured.
    pub baseline_date: Option<Date>,
    /// The value aimed for.
    #[serde(deserialize_with = "figure")]
    pub target: f64,
    /// When the target should be reached.
    pub target_date: Option<Date>,
    /// Whether higher or lower is better.
    #[serde(default)]
    pub direction: Direction,
    /// Values measured over time.
    #[serde(default)]
    pub measurements: Vec<MeasurementFile>,
}

/// Whether an indicator should go up or down.
#[derive(
    Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Higher is better.
    #[default]
    Increase,
    /// Lower is better.
    Decrease,
}

/// One measurement of an indicator.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct MeasurementFile {
    /// When it was measured.
    pub date: Date,
    /// The value.
    #[serde(deserialize_with = "figure")]
    pub value: f64,
    /// A note shown with it.
    pub note: Option<String>,
    /// How it was verified.
    #[serde(default)]
    pub verification: Verification,
}

/// How a figure was checked.
#[derive(
    Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    /// Reported by the partner that measured it.
    #[default]
    SelfReported,
    /// Confirmed by another partner.
    PartnerConfirmed,
    /// Checked by someone outside the alliance.
    Independent,
    /// Audited.
    Audited,
}

front_matter! {
    /// `milestones/<slug>.md`.
    pub struct MilestoneFile {
        /// The milestone.
        pub title: String,
        /// The date first agreed; never edited.
        pub due: Date,
        /// Where it stands.
        #[schemars(with = "MilestoneStatus")]
        pub status: Spanned<MilestoneStatus>,
        /// When it was achieved.
        pub completed: Option<Date>,
        /// The history of re-planning.
        #[serde(default)]
        pub replans: Vec<ReplanFile>,
        /// The objective it serves.
        #[schemars(with = "Option<String>", extend("x-entry" = "objectives"))]
        pub objective: Option<SlugRef>,
        /// Who delivers it.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "partners"))]
        pub partners: Vec<SlugRef>,
        /// What it delivers.
        #[serde(default)]
        pub deliverables: Vec<DeliverableFile>,
    }
}

/// `status` of a milestone.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MilestoneStatus {
    /// Not started.
    Planned,
    /// Under way.
    InProgress,
    /// Done.
    Achieved,
    /// Re-planned to a later date.
    Delayed,
    /// Not achieved, and no longer being pursued by its date.
    Missed,
    /// Dropped.
    Cancelled,
}

/// One `[[replans]]` table.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct ReplanFile {
    /// When it was re-planned.
    pub date: Date,
    /// The new due date; the milestone's own `due` keeps the date first agreed.
    pub due: Date,
    /// Why it was re-planned, in a sentence the public will read.
    pub reason: String,
}

/// One deliverable.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct DeliverableFile {
    /// What is delivered.
    pub title: String,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
}

front_matter! {
    /// `successes/<slug>.md`.
    pub struct SuccessFile {
        /// The success.
        pub title: String,
        /// When it happened.
        pub date: Date,
        /// Who was part of it.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "partners"))]
        pub partners: Vec<SlugRef>,
        /// The objective it serves.
        #[schemars(with = "Option<String>", extend("x-entry" = "objectives"))]
        pub objective: Option<SlugRef>,
        /// The milestone it belongs to.
        #[schemars(with = "Option<String>", extend("x-entry" = "milestones"))]
        pub milestone: Option<SlugRef>,
        /// Figures.
        #[serde(default)]
        pub metrics: Vec<MetricFile>,
        /// Voices of the people involved.
        #[serde(default)]
        pub quotes: Vec<QuoteFile>,
        /// Consent for quotes and images lasts until then.
        pub consent_until: Option<Date>,
    }
}

/// One metric of a success.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct MetricFile {
    /// What it counts.
    pub label: String,
    /// The figure: a number, or a short text such as "11 of 14".
    pub value: MetricValue,
    /// Its unit.
    pub unit: Option<String>,
}

/// A metric's value: a number, or a short text such as "3 of 4".
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
#[serde(untagged)]
pub enum MetricValue {
    /// A number.
    Number(f64),
    /// A text.
    Text(String),
}

/// One quote.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
pub struct QuoteFile {
    /// What was said.
    pub text: String,
    /// Who said it.
    pub by: Option<String>,
}

front_matter! {
    /// `setbacks/<slug>.md`.
    pub struct SetbackFile {
        /// The setback.
        pub title: String,
        /// When it happened.
        pub date: Date,
        /// How serious.
        pub severity: Severity,
        /// Where it stands.
        #[schemars(with = "SetbackStatus")]
        pub status: Spanned<SetbackStatus>,
        /// When it was resolved.
        pub resolved: Option<Date>,
        /// Partners involved.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "partners"))]
        pub partners: Vec<SlugRef>,
        /// The objective it affects.
        #[schemars(with = "Option<String>", extend("x-entry" = "objectives"))]
        pub objective: Option<SlugRef>,
        /// The milestone it affects.
        #[schemars(with = "Option<String>", extend("x-entry" = "milestones"))]
        pub milestone: Option<SlugRef>,
        /// What was learned.
        #[serde(default)]
        pub lessons: Vec<String>,
        /// What is being done.
        #[serde(default)]
        pub actions: Vec<ActionFile>,
        /// Dated log.
        #[serde(default)]
        pub updates: Vec<UpdateFile>,
        /// Partners' right of reply.
        #[serde(default)]
        pub responses: Vec<ResponseFile>,
    }
}

/// `severity` of a setback.
#[derive(
    Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Minor.
    Low,
    /// Noticeable.
    Medium,
    /// Serious.
    High,
}

/// `status` of a setback.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SetbackStatus {
    /// Not yet addressed.
    Open,
    /// Being dealt with.
    Mitigating,
    /// Over.
    Resolved,
}

/// One action taken on a setback.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct ActionFile {
    /// What is being done about the setback.
    pub title: String,
    /// Which partner owns it.
    #[schemars(with = "Option<String>", extend("x-entry" = "partners"))]
    pub owner: Option<SlugRef>,
    /// By when.
    pub due: Option<Date>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
}

/// One dated update of a setback.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct UpdateFile {
    /// When it was written.
    pub date: Date,
    /// What happened since (Markdown).
    #[schemars(extend("contentMediaType" = "text/markdown"))]
    pub text: String,
}

/// A partner's response to a setback.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct ResponseFile {
    /// The partner that replies.
    #[schemars(with = "String", extend("x-entry" = "partners"))]
    pub partner: SlugRef,
    /// When it replied.
    pub date: Date,
    /// Its reply, published as written (Markdown).
    #[schemars(extend("contentMediaType" = "text/markdown"))]
    pub text: String,
}

front_matter! {
    /// `case-studies/<slug>.md`.
    pub struct CaseStudyFile {
        /// The case study.
        pub title: String,
        /// When it happened.
        pub date: Date,
        /// Partners involved.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "partners"))]
        pub partners: Vec<SlugRef>,
        /// Objectives it serves.
        #[serde(default)]
        #[schemars(with = "Vec<String>", extend("x-entry" = "objectives"))]
        pub objectives: Vec<SlugRef>,
        /// Before and after figures.
        #[serde(default)]
        pub outcomes: Vec<OutcomeFile>,
        /// Consent for the story and image lasts until then.
        pub consent_until: Option<Date>,
    }
}

/// One before/after figure.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct OutcomeFile {
    /// What was measured.
    pub label: String,
    /// Before.
    #[serde(deserialize_with = "figure")]
    pub before: f64,
    /// After.
    #[serde(deserialize_with = "figure")]
    pub after: f64,
    /// The unit of both figures.
    pub unit: Option<String>,
}

front_matter! {
    /// `pages/<slug>.md`.
    pub struct PageFile {
        /// The page title.
        pub title: String,
        /// Listed in the site navigation.
        #[serde(default)]
        pub menu: bool,
        /// Order in the navigation (lower first).
        #[serde(default)]
        pub weight: i64,
    }
}

front_matter! {
    /// `newsletters/<slug>.md`.
    pub struct NewsletterFile {
        /// The title.
        pub title: String,
        /// The date.
        pub date: Date,
        /// The issue covers what changed after this date.
        pub since: Option<Date>,
    }
}

/// Every field name of the content format, for "did you mean" hints on unknown fields: read
/// from the file types themselves, so a new field is known as soon as it is added.
pub(crate) fn field_names() -> Vec<&'static str> {
    let mut names = Vec::new();
    for fields in [
        fields_of::<AllianceFile>(),
        fields_of::<NewsletterSettings>(),
        fields_of::<ReviewSettings>(),
        fields_of::<PartnerFile>(),
        fields_of::<ContributionFile>(),
        fields_of::<ObjectiveFile>(),
        fields_of::<IndicatorFile>(),
        fields_of::<MeasurementFile>(),
        fields_of::<MilestoneFile>(),
        fields_of::<ReplanFile>(),
        fields_of::<DeliverableFile>(),
        fields_of::<SuccessFile>(),
        fields_of::<MetricFile>(),
        fields_of::<QuoteFile>(),
        fields_of::<SetbackFile>(),
        fields_of::<ActionFile>(),
        fields_of::<UpdateFile>(),
        fields_of::<ResponseFile>(),
        fields_of::<CaseStudyFile>(),
        fields_of::<OutcomeFile>(),
        fields_of::<PageFile>(),
        fields_of::<NewsletterFile>(),
    ] {
        for name in fields {
            if !names.contains(name) {
                names.push(*name);
            }
        }
    }
    names
}

/// The field names a derived `Deserialize` struct accepts, as serde hands them to a format.
pub(crate) fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut fields));
    fields
}

/// A format that only notes which fields a struct asks for, then stops.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> serde::Deserializer<'de> for FieldNames<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(serde::de::Error::custom(
            "only the field names were asked for",
        ))
    }

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_type_lends_its_field_names_once() {
        let names = field_names();
        for name in [
            "name",
            "base_url",
            "from",
            "title",
            "image_alt",
            "joined",
            "amount",
            "indicators",
            "baseline",
            "value",
            "due",
            "reason",
            "done",
            "metrics",
            "quotes",
            "consent_until",
            "severity",
            "actions",
            "updates",
            "responses",
            "outcomes",
            "weight",
            "since",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
    }
}
