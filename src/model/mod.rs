//! Link: the site as one immutable, fully resolved model. References are resolved to the
//! entries they name, every rule of the content format is checked, and every derived fact
//! (overdue milestones, days late, indicator progress, contribution totals, setback counts,
//! consent expiry) is computed here, once, from the files and the build date.
//!
//! The types below are plain data and serialise to what templates see, so a theme author can
//! read this file to know every variable a template receives.

pub mod changes;
pub(crate) mod facts;
pub mod history;
mod link;
mod refs;
pub mod reports;
pub mod resources;
pub mod review;
mod shared;

pub use crate::words::{Reached, Says, Text};
#[cfg(test)]
pub(crate) use link::example_site;
pub use link::{InLanguage, LinkOptions, RESERVED_PAGE_SLUGS, SiteLanguage, link, with_new_bodies};
pub use reports::{Period, Report, Scorecard};
pub use shared::Shared;

use crate::content::Collection;
use crate::content::schema::{
    ContributionKind, Direction, MetricValue, MilestoneStatus, PartnerKind, PledgeStatus,
    QuoteFile, Reporting, SetbackStatus, Severity, Verification,
};
use crate::date::Date;
use serde::Serialize;
use std::path::PathBuf;

/// The partners marked `anonymous`, pooled: how many there are and what they gave, and
/// nothing that tells one from another.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct AnonymousMembers {
    /// How many published partners are anonymous.
    pub members: usize,
    /// Their contributions by kind and unit, counted in the alliance's totals.
    pub totals: Vec<Total>,
    /// Their contributions, without notes (for the period reports' totals).
    #[serde(skip)]
    pub contributions: Vec<Contribution>,
    /// The kinds and units each one gave (to count givers in the resource map).
    #[serde(skip)]
    pub per_member: Vec<Vec<(ContributionKind, String)>>,
}

/// The whole linked site.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Site {
    /// Who the alliance is and the site settings.
    pub alliance: Alliance,
    /// The date "today" means for this build.
    pub build_date: Date,
    /// Whether drafts were included.
    pub drafts: bool,
    /// Partners, by name (anonymous ones are in `anonymous`, not here).
    pub partners: Shared<Vec<Partner>>,
    /// The members who give anonymously, pooled.
    pub anonymous: AnonymousMembers,
    /// Objectives, by title.
    pub objectives: Shared<Vec<Objective>>,
    /// Milestones, by current due date.
    pub milestones: Shared<Vec<Milestone>>,
    /// Successes, newest first.
    pub successes: Shared<Vec<Success>>,
    /// Setbacks, newest first.
    pub setbacks: Shared<Vec<Setback>>,
    /// Case studies, newest first.
    pub case_studies: Shared<Vec<CaseStudy>>,
    /// Free pages, by weight then title.
    pub pages: Shared<Vec<Page>>,
    /// Newsletter issues, newest first.
    pub newsletters: Shared<Vec<Newsletter>>,
    /// Every tag, alphabetically.
    pub tags: Shared<Vec<Tag>>,
    /// The navigation menu.
    pub menu: Vec<MenuItem>,
    /// Links to the free pages that are not in the menu, for the footer.
    pub footer: Vec<MenuItem>,
    /// Counts and totals for the whole alliance.
    pub stats: Stats,
    /// One report per year (or quarter) with activity, oldest first.
    pub reports: Shared<Vec<Report>>,
    /// The transparency scorecard on the build date.
    pub scorecard: Scorecard,
    /// Who brings what.
    pub resources: Shared<resources::ResourceMap>,
    /// Whether the repository's history was read (change logs, removed entries).
    pub history_shown: bool,
    /// Entries published and later removed, newest removal first (from the history).
    pub removed: Shared<Vec<history::Removed>>,
    /// Every published entry's reference, by collection and slug.
    #[serde(skip)]
    pub refs: Shared<reports::RefTable>,
    /// The references the newsletter issues stated (kept for the next build to share; a copy
    /// of the site shares them, as [`changes::StatedRefs`] is itself shared).
    #[serde(skip)]
    pub stated: changes::StatedRefs,
    /// Every language the site is published in (empty when only its own).
    #[serde(skip)]
    pub languages: Vec<link::SiteLanguage>,
}

/// `[brand]`, checked: images as URLs and the accent made readable in both colour schemes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Brand {
    /// The logo's URL.
    pub logo: Option<String>,
    /// Its text alternative.
    pub logo_alt: String,
    /// The logo's URL for the dark colour scheme, when it has one of its own.
    pub logo_dark: Option<String>,
    /// The accent colour, as used in each colour scheme.
    pub accent: Option<Accent>,
    /// The favicon's URL (the one Candor draws when none is given).
    pub favicon: String,
    /// Whether `favicon` is the one Candor draws (`favicon.svg`).
    pub favicon_drawn: bool,
    /// The social-card image's absolute URL.
    pub social_image: Option<String>,
    /// Its text alternative.
    pub social_image_alt: String,
}

/// An accent colour as the site uses it: on the light and on the dark background, each with
/// a contrast of at least 4.5:1, and the text colour that reads on it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Accent {
    /// As written in `alliance.toml`.
    pub given: String,
    /// On the light background.
    pub light: String,
    /// On the dark background.
    pub dark: String,
    /// Text on the light scheme's accent.
    pub on_light: String,
    /// Text on the dark scheme's accent.
    pub on_dark: String,
}

/// `alliance.toml`, normalised.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Alliance {
    /// The alliance's name.
    pub name: String,
    /// One line under the name.
    pub tagline: Option<String>,
    /// Markdown.
    pub mission: Option<String>,
    /// Absolute URL of the site, always ending in `/`.
    pub base_url: String,
    /// The path part of `base_url` (`/` or `/riverside/`), prefixed to every link.
    pub base_path: String,
    /// BCP 47 language tag.
    pub language: String,
    /// Where the site's own files are (static files, the stylesheet, images): its base path,
    /// also when its pages are in another language's folder.
    pub root_path: String,
    /// The absolute URL of the site's own language (`base_url` without a language's folder).
    pub root_url: String,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Annual or quarterly reports.
    pub reporting: Reporting,
    /// Licence of the open data.
    pub data_license: String,
    /// Whether raw HTML in Markdown is kept.
    pub allow_raw_html: bool,
    /// Whether `candor check` reviews every current partner (`[review] every_partner`).
    pub review_every_partner: bool,
    /// At most how many entries a page of a list shows, 0 for no limit (`[lists] per_page`).
    pub per_page: usize,
    /// Whether the site has a search page and index (`[search] enabled`).
    pub search: bool,
    /// The alliance's identity on its site (`[brand]`).
    pub brand: Brand,
    /// Where the site folder's files can be read on the web, ending in `/` (`source_url`);
    /// empty when not given.
    pub source_url: String,
    /// The web address of the site's git repository, without a trailing `/` (`repository`);
    /// empty when not given.
    pub repository: String,
    /// `[newsletter]`.
    pub newsletter: crate::content::schema::NewsletterSettings,
    /// The theme's name.
    pub theme: String,
    /// The site's values for the theme's settings (`[extra]` in alliance.toml); templates see
    /// them merged over the theme's defaults as `extra`.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// What every entry has.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Meta {
    /// Which collection.
    pub collection: Collection,
    /// "partner", "case study"...
    pub kind_label: Text,
    /// The slug.
    pub slug: String,
    /// The title (a partner's name).
    pub title: String,
    /// Site-relative URL, with the base path (`/riverside/partners/x/`).
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
    /// The file it comes from, relative to the site root.
    pub source: String,
    /// One plain sentence.
    pub summary: Option<String>,
    /// Tags.
    pub tags: Vec<TagLink>,
    /// Last updated.
    pub updated: Option<Date>,
    /// The image, unless there is none or consent for it has expired.
    pub image: Option<Image>,
    /// Whether this entry is a draft (only present when drafts are included).
    pub draft: bool,
    /// Its public change log from the repository's history, newest first (empty without one).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub history: Vec<history::ChangeLine>,
    /// Markdown body.
    #[serde(skip)]
    pub body: crate::content::Body,
    /// Bundle files to copy beside the page: (file on disk, output path relative to the site).
    #[serde(skip)]
    pub assets: Vec<(PathBuf, String)>,
    /// The file's text up to its body (its front matter), for pointing at a line in later
    /// checks.
    #[serde(skip)]
    pub origin: Option<std::sync::Arc<crate::diagnostics::SourceText>>,
    /// The language its words are in, when the page is in another (no translation yet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub untranslated: Option<String>,
    /// The entry's reference in the site's table ([`Site::refs`]), the one other entries
    /// mention it by; none for an entry the table does not hold (an anonymous partner).
    #[serde(skip)]
    pub reference: Option<Ref>,
}

/// An image with its alt text.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Image {
    /// Where it is served.
    pub url: String,
    /// Alt text.
    pub alt: String,
}

/// A tag on an entry.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TagLink {
    /// As written.
    pub name: String,
    /// The tag page.
    pub url: String,
}

/// A tag and everything carrying it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Tag {
    /// As first written.
    pub name: String,
    /// URL slug.
    pub slug: String,
    /// The tag page.
    pub url: String,
    /// Entries with this tag.
    pub entries: Vec<Ref>,
}

/// A navigation link.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct MenuItem {
    /// Text.
    pub title: String,
    /// Where.
    pub url: String,
    /// `partners`, `page:about`...: lets templates mark the current section.
    pub key: String,
}

/// A short description of another entry, used wherever one entry shows another. Cheap to
/// clone: every mention of an entry shares one [`RefData`].
#[derive(Debug, Clone)]
pub struct Ref(std::sync::Arc<RefData>);

/// Clones of one reference are equal without comparing their fields (most references a
/// rebuild compares are shared with the build before).
impl PartialEq for Ref {
    fn eq(&self, other: &Ref) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

/// A `Ref` is published as its [`RefData`], under the one name `Ref` (deriving it would name
/// two types `Ref`, one pointing at the other, and validators would loop for ever).
impl schemars::JsonSchema for Ref {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Ref".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = RefSchema::json_schema(generator);
        // Described as what a `Ref` says, as `RefData` is.
        schema.insert(
            "description".into(),
            "What a [`Ref`] says about the entry.".into(),
        );
        schema
    }
}

impl Ref {
    /// A reference with these fields.
    pub fn new(data: RefData) -> Ref {
        Ref(std::sync::Arc::new(data))
    }

    /// The fields, to change in this reference only.
    pub fn edit(&mut self) -> &mut RefData {
        std::sync::Arc::make_mut(&mut self.0)
    }

    /// Which shared [`RefData`] this is: equal for clones of one reference.
    pub(crate) fn identity(&self) -> usize {
        std::sync::Arc::as_ptr(&self.0).addr()
    }

    /// The [`Ref::identity`] of the reference whose fields a [`crate::intercept::Hook`] of
    /// [`Ref::SERDE_NAME`] is given (a `Ref` serialises the [`RefData`] it shares).
    pub(crate) fn identity_of_fields<T: ?Sized>(fields: &T) -> usize {
        std::ptr::from_ref(fields).cast::<()>().addr()
    }
}

impl std::ops::Deref for Ref {
    type Target = RefData;
    fn deref(&self) -> &RefData {
        &self.0
    }
}

/// What a [`Ref`] says about the entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RefData {
    /// Which collection.
    pub collection: Collection,
    /// The kind of entry in words: partner, milestone...
    pub kind_label: Text,
    /// Its slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its page.
    pub url: String,
    /// Its one-line summary.
    pub summary: Option<String>,
    /// Its main date (due date for milestones).
    pub date: Option<Date>,
    /// Its status in words, such as: Achieved 12 days after the date first agreed.
    pub status: Option<Text>,
    /// A style hint for the status: good, bad, warn or neutral.
    pub tone: Option<&'static str>,
}

/// What the open data publishes of a [`RefData`]: every field but the collection, slug and
/// URL may be left out (the open data writes references short, the entry being in the same
/// file). Only its JSON Schema is used.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct RefSchema {
    /// Which collection.
    collection: Collection,
    /// The kind of entry in words: partner, milestone...
    #[serde(default)]
    kind_label: String,
    /// Its slug.
    slug: String,
    /// Its title.
    #[serde(default)]
    title: String,
    /// Its page.
    url: String,
    /// Its one-line summary.
    #[serde(default)]
    summary: Option<String>,
    /// Its main date (due date for milestones).
    #[serde(default)]
    date: Option<Date>,
    /// Its status in words, such as: Achieved 12 days after the date first agreed.
    #[serde(default)]
    status: Option<String>,
    /// A style hint for the status: good, bad, warn or neutral.
    #[serde(default)]
    tone: Option<String>,
}

impl Ref {
    /// The name a `Ref` serialises under, as a newtype struct around its fields: formats write
    /// the fields alone, and a serializer wrapped with an [`crate::intercept::Hook`] of this
    /// name can write references its own way (the template values share them, the open data
    /// shortens them).
    pub(crate) const SERDE_NAME: &'static str = "candor::Ref";
}

impl Serialize for Ref {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(Ref::SERDE_NAME, &*self.0)
    }
}

/// Counts and totals for the whole alliance.
#[derive(Debug, Clone, PartialEq, Serialize, Default, schemars::JsonSchema)]
pub struct Stats {
    /// Current partners.
    pub partners_current: usize,
    /// Partners that left.
    pub partners_former: usize,
    /// Milestones achieved.
    pub milestones_achieved: usize,
    /// Achieved on or before the first agreed date.
    pub milestones_on_time: usize,
    /// Achieved after the first agreed date.
    pub milestones_late: usize,
    /// Missed.
    pub milestones_missed: usize,
    /// Overdue today.
    pub milestones_overdue: usize,
    /// Open (planned, in progress or delayed) and not overdue.
    pub milestones_open: usize,
    /// Cancelled.
    pub milestones_cancelled: usize,
    /// Setbacks open.
    pub setbacks_open: usize,
    /// Setbacks being mitigated.
    pub setbacks_mitigating: usize,
    /// Setbacks resolved.
    pub setbacks_resolved: usize,
    /// Successes.
    pub successes: usize,
    /// Newsletter issues.
    pub newsletters: usize,
    /// Contributions of all partners, by kind and unit.
    pub contributions: Vec<Total>,
    /// The newest date anywhere in the content.
    pub newest_update: Option<Date>,
}

/// A partner.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Partner {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// What kind of organisation.
    pub kind: PartnerKind,
    /// In words.
    pub kind_name: Text,
    /// When it joined, when that is public.
    pub joined: Option<Date>,
    /// When it left.
    pub left: Option<Date>,
    /// True when it has left on the build date.
    pub former: bool,
    /// Website, as written.
    pub website: Option<String>,
    /// The website when it is an http(s) address, safe to link to.
    pub website_url: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// Responsibilities.
    pub roles: Vec<String>,
    /// Skills and resources.
    pub strengths: Vec<String>,
    /// Everything it pledged and put in, oldest first.
    pub contributions: Vec<Contribution>,
    /// Totals by kind and unit, pledged and received apart.
    pub totals: Vec<Total>,
    /// Objectives it owns.
    pub objectives: Vec<Ref>,
    /// Milestones it delivers.
    pub milestones: Vec<Ref>,
    /// Successes it is part of.
    pub successes: Vec<Ref>,
    /// Setbacks it is part of (named in, owning an action, or responding).
    pub setbacks: Vec<Ref>,
    /// Case studies it is part of.
    pub case_studies: Vec<Ref>,
}

/// One contribution.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Contribution {
    /// When.
    pub date: Date,
    /// What kind.
    pub kind: ContributionKind,
    /// In words.
    pub kind_name: Text,
    /// How much.
    pub amount: f64,
    /// The unit (defaulted by kind).
    pub unit: String,
    /// Pledged or received.
    pub status: PledgeStatus,
    /// A note.
    pub note: Option<String>,
    /// A pledge's name, which receipts name in `fulfils`.
    pub id: Option<String>,
    /// The date a pledge is due by.
    pub due: Option<Date>,
    /// The `id` of the pledge a receipt pays.
    pub fulfils: Option<String>,
    /// A pledge: how much has been received against it so far.
    pub paid: f64,
    /// A pledge: how much of it is still to come (never below zero).
    pub outstanding: f64,
    /// A pledge: past its due date with something still outstanding.
    pub overdue: bool,
}

/// A total of contributions of one kind and unit; pledged and received are never added up.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Total {
    /// What kind.
    pub kind: ContributionKind,
    /// In words.
    pub kind_name: Text,
    /// The unit.
    pub unit: String,
    /// Sum pledged.
    pub pledged: f64,
    /// Sum received.
    pub received: f64,
    /// Received against a pledge (receipts that name the pledge they pay).
    pub received_against_pledges: f64,
    /// Received without a pledge.
    pub received_unpledged: f64,
    /// Pledged and not yet received.
    pub outstanding: f64,
    /// Of `outstanding`, what is past the date its pledge was due by.
    pub overdue: f64,
    /// Received against pledges beyond what they promised.
    pub overpaid: f64,
}

/// An objective.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Objective {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// Partners responsible.
    pub owners: Vec<Ref>,
    /// Published measurements whose value was changed afterwards.
    pub corrections: Vec<history::Correction>,
    /// How progress is measured.
    pub indicators: Vec<Indicator>,
    /// Milestones serving it.
    pub milestones: Vec<Ref>,
    /// Successes serving it.
    pub successes: Vec<Ref>,
    /// Setbacks affecting it.
    pub setbacks: Vec<Ref>,
    /// Case studies about it.
    pub case_studies: Vec<Ref>,
}

/// An indicator with its computed progress.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Indicator {
    /// Fragment id on the objective page.
    pub id: String,
    /// What is measured.
    pub name: String,
    /// Unit.
    pub unit: Option<String>,
    /// Starting value.
    pub baseline: f64,
    /// When.
    pub baseline_date: Option<Date>,
    /// Value aimed for.
    pub target: f64,
    /// By when.
    pub target_date: Option<Date>,
    /// Increase or decrease.
    pub direction: Direction,
    /// Measurements, oldest first.
    pub measurements: Vec<Measurement>,
    /// The newest measurement.
    pub latest: Option<Measurement>,
    /// Share of the way from baseline to target (can be below 0 or above 1).
    pub progress: Option<f64>,
    /// `progress` as a whole percentage clamped to 0..=100, for bars.
    pub progress_bar: u8,
    /// In words: "62% of the way from 120 to 300".
    pub progress_text: Text,
    /// At or ahead of a straight line from baseline to target on its latest measurement;
    /// `None` when it lacks the dates or a measurement to judge by.
    pub on_track: Option<bool>,
    /// Where a straight line from baseline to target says it should be on the build date, as
    /// a whole percentage of the way (0 to 100); `None` without both dates.
    pub expected_bar: Option<u8>,
    /// Days from the latest measurement to the build date.
    pub days_since_measured: Option<i64>,
    /// Whether the latest measurement is older than `candor check`'s reminder (180 days).
    pub stale: bool,
}

/// One measurement.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Measurement {
    /// When.
    pub date: Date,
    /// Value.
    pub value: f64,
    /// Note.
    pub note: Option<String>,
    /// How it was verified.
    pub verification: Verification,
    /// In words.
    pub verification_name: Text,
}

/// A milestone with its derived state.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Milestone {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// The date first agreed.
    pub due: Date,
    /// Each change of `due` a commit made without a re-plan (tamper evidence); `due` is then
    /// the date first committed.
    pub due_rewrites: Vec<history::DueRewrite>,
    /// The current due date (the last re-plan's, or `due`).
    pub current_due: Date,
    /// Days from the date first agreed to the current due date: how far re-plans moved it.
    pub days_moved: i64,
    /// As written in the file.
    pub status: MilestoneStatus,
    /// The status in words, including derived facts ("In progress, overdue by 12 days").
    pub status_text: Text,
    /// good, bad, warn or neutral.
    pub tone: &'static str,
    /// Planned, in progress or delayed, and past its current due date on the build date.
    pub overdue: bool,
    /// Days past the current due date, when overdue.
    pub days_overdue: Option<i64>,
    /// Open and due within the next 90 days.
    pub upcoming: bool,
    /// When it was achieved.
    pub completed: Option<Date>,
    /// Days after the first agreed date it was achieved (0 when on time).
    pub days_late: Option<i64>,
    /// The re-planning history, oldest first.
    pub replans: Vec<Replan>,
    /// The objective it serves.
    pub objective: Option<Ref>,
    /// Who delivers it.
    pub partners: Vec<Ref>,
    /// What it delivers.
    pub deliverables: Vec<Deliverable>,
    /// How many deliverables are done.
    pub deliverables_done: usize,
    /// Successes that belong to it.
    pub successes: Vec<Ref>,
    /// Setbacks that affect it.
    pub setbacks: Vec<Ref>,
}

/// A re-plan.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Replan {
    /// When it was re-planned.
    pub date: Date,
    /// The due date before.
    pub from: Date,
    /// The new due date.
    pub due: Date,
    /// Days added.
    pub days_moved: i64,
    /// Why.
    pub reason: String,
}

/// A deliverable.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Deliverable {
    /// What.
    pub title: String,
    /// Done or not.
    pub done: bool,
}

/// A success.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Success {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// When.
    pub date: Date,
    /// Who.
    pub partners: Vec<Ref>,
    /// The objective it serves.
    pub objective: Option<Ref>,
    /// The milestone it belongs to.
    pub milestone: Option<Ref>,
    /// Figures.
    pub metrics: Vec<Metric>,
    /// Quotes (empty when consent has expired).
    pub quotes: Vec<QuoteFile>,
    /// Consent date.
    pub consent_until: Option<Date>,
    /// True when consent expired and quotes or image were left out.
    pub consent_expired: bool,
}

/// A metric of a success.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Metric {
    /// What.
    pub label: String,
    /// The figure.
    pub value: MetricValue,
    /// Unit.
    pub unit: Option<String>,
}

/// A setback.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Setback {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// When it happened.
    pub date: Date,
    /// How serious.
    pub severity: Severity,
    /// In words.
    pub severity_name: Text,
    /// Where it stands.
    pub status: SetbackStatus,
    /// In words.
    pub status_name: Text,
    /// Status and severity in words ("Open, high severity").
    pub status_text: Text,
    /// good (resolved), warn (mitigating) or bad (open).
    pub tone: &'static str,
    /// bad (high), warn (medium) or neutral (low).
    pub severity_tone: &'static str,
    /// When it was resolved.
    pub resolved: Option<Date>,
    /// Days from `date` to `resolved`, or to the build date while unresolved.
    pub days_open: i64,
    /// Partners involved.
    pub partners: Vec<Ref>,
    /// The objective it affects.
    pub objective: Option<Ref>,
    /// The milestone it affects.
    pub milestone: Option<Ref>,
    /// Lessons.
    pub lessons: Vec<String>,
    /// Actions.
    pub actions: Vec<Action>,
    /// Updates, newest first.
    pub updates: Vec<Update>,
    /// Partners' responses, oldest first.
    pub responses: Vec<Response>,
}

/// An action on a setback.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Action {
    /// What.
    pub title: String,
    /// Who.
    pub owner: Option<Ref>,
    /// By when.
    pub due: Option<Date>,
    /// Done.
    pub done: bool,
    /// Not done and past due on the build date.
    pub overdue: bool,
}

/// A dated update.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Update {
    /// When.
    pub date: Date,
    /// Markdown.
    pub text: String,
}

/// A partner's response.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Response {
    /// Who.
    pub partner: Ref,
    /// When.
    pub date: Date,
    /// Markdown.
    pub text: String,
}

/// A case study.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CaseStudy {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// When.
    pub date: Date,
    /// Partners.
    pub partners: Vec<Ref>,
    /// Objectives.
    pub objectives: Vec<Ref>,
    /// Before and after.
    pub outcomes: Vec<Outcome>,
    /// Consent date.
    pub consent_until: Option<Date>,
    /// True when consent expired and the story and image were left out.
    pub consent_expired: bool,
}

/// A before/after figure.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Outcome {
    /// What.
    pub label: String,
    /// Before.
    pub before: f64,
    /// After.
    pub after: f64,
    /// After minus before.
    pub change: f64,
    /// Unit.
    pub unit: Option<String>,
}

/// A free page.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Page {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// In the navigation.
    pub menu: bool,
    /// Navigation order.
    pub weight: i64,
}

/// A newsletter issue.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Newsletter {
    /// Shared fields.
    #[serde(flatten)]
    pub meta: Meta,
    /// The date.
    pub date: Date,
    /// Covers what changed after this date (the previous issue's date when not given).
    pub since: Option<Date>,
    /// What changed in the period the issue covers.
    pub changes: changes::Changes,
}

/// What the eight collections' linked entries have in common: the one description of a
/// collection that the stages after linking go through ([`Site::each_collection`]) instead of
/// naming the eight collections one by one.
pub trait LinkedEntry: Serialize + PartialEq + Clone + Send + Sync + Sized {
    /// Which collection.
    const COLLECTION: Collection;
    /// The shared fields.
    fn meta(&self) -> &Meta;
    /// The shared fields, to change.
    fn meta_mut(&mut self) -> &mut Meta;
    /// The site's entries of this collection, in the site's order.
    fn of(site: &Site) -> &[Self];
    /// The site's entries of this collection, to change (see [`Shared`]).
    fn of_mut(site: &mut Site) -> &mut Shared<Vec<Self>>;
    /// The order of the collection (the order [`LinkedEntry::of`] gives).
    fn order(entries: &mut [Self]);
    /// Which part of the collection's index lists it, in the order the index shows its parts
    /// (milestones: overdue, open, achieved, missed, cancelled; partners: current, former).
    /// An index split into pages lists its entries by part, then in the collection's order,
    /// so that the first page starts with the first part and each part stays together.
    fn index_part(&self) -> u8 {
        0
    }
}

/// Something done once for each collection of a site borrowed for `'s`, with its entry type:
/// see [`Site::each_collection`].
pub trait EachCollection<'s> {
    /// Does it for the collection of `E`, whose entries are `entries`.
    fn visit<E: LinkedEntry>(&mut self, entries: &'s [E]);
}

/// Sorts `entries` by `compare`, keeping equal ones in their order (as `sort_by`), moving
/// each entry once or twice: the positions are sorted, then the entries put in place. Linked
/// entries are large, and a sort that moves them at each step was most of linking's sort.
fn order_by<T>(entries: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let mut from: Vec<usize> = (0..entries.len()).collect();
    from.sort_by(|&a, &b| compare(&entries[a], &entries[b]));
    // Entry `from[i]` goes to `i`: each cycle of the permutation is followed once, the
    // entry first at its start moving along it until the place it belongs to is reached.
    for start in 0..from.len() {
        let mut at = start;
        loop {
            let next = from[at];
            from[at] = at;
            if next == start {
                break;
            }
            entries.swap(at, next);
            at = next;
        }
    }
}

/// Implements [`LinkedEntry`] for one collection: type, collection, field of [`Site`], order.
macro_rules! entry {
    ($entry:ty, $collection:ident, $field:ident, by key |$e:ident| $key:expr $(, part |$p:ident| $part:expr)?) => {
        entry!($entry, $collection, $field, entries => entries.sort_by_cached_key(|$e| $key) $(, part |$p| $part)?);
    };
    ($entry:ty, $collection:ident, $field:ident, |$a:ident, $b:ident| $order:expr $(, part |$p:ident| $part:expr)?) => {
        entry!($entry, $collection, $field, entries => order_by(entries, |$a, $b| $order) $(, part |$p| $part)?);
    };
    ($entry:ty, $collection:ident, $field:ident, $entries:ident => $sort:expr $(, part |$p:ident| $part:expr)?) => {
        impl LinkedEntry for $entry {
            const COLLECTION: Collection = Collection::$collection;
            fn meta(&self) -> &Meta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut Meta {
                &mut self.meta
            }
            fn of(site: &Site) -> &[Self] {
                &site.$field
            }
            fn of_mut(site: &mut Site) -> &mut Shared<Vec<Self>> {
                &mut site.$field
            }
            fn order($entries: &mut [Self]) {
                $sort
            }
            $(
                fn index_part(&self) -> u8 {
                    let $p = self;
                    $part
                }
            )?
        }
    };
}

entry!(Partner, Partners, partners, by key |p| p.meta.title.to_lowercase(), part |p| u8::from(p.former));
entry!(Objective, Objectives, objectives, by key |o| o.meta.title.to_lowercase());
entry!(
    Milestone,
    Milestones,
    milestones,
    |a, b| { (a.current_due, &a.meta.slug).cmp(&(b.current_due, &b.meta.slug)) },
    part | m
        | match m.status {
            MilestoneStatus::Achieved => 2,
            MilestoneStatus::Missed => 3,
            MilestoneStatus::Cancelled => 4,
            _ if m.overdue => 0,
            _ => 1,
        }
);
entry!(Success, Successes, successes, |a, b| {
    (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug))
});
entry!(Setback, Setbacks, setbacks, |a, b| {
    (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug))
});
entry!(CaseStudy, CaseStudies, case_studies, |a, b| {
    (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug))
});
entry!(Page, Pages, pages, |a, b| {
    (a.weight, &a.meta.title).cmp(&(b.weight, &b.meta.title))
});
entry!(Newsletter, Newsletters, newsletters, |a, b| {
    (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug))
});

impl Site {
    /// Does `what` once for each collection, in the order of [`Collection::ALL`]: the one
    /// place that lists the collections' entry types.
    pub fn each_collection<'s>(&'s self, what: &mut impl EachCollection<'s>) {
        what.visit(&self.partners);
        what.visit(&self.objectives);
        what.visit(&self.milestones);
        what.visit(&self.successes);
        what.visit(&self.setbacks);
        what.visit(&self.case_studies);
        what.visit(&self.pages);
        what.visit(&self.newsletters);
    }

    /// Every entry's shared fields, in collection order.
    pub(crate) fn all_meta(&self) -> impl Iterator<Item = &Meta> {
        struct Metas<'s>(Vec<&'s Meta>);
        impl<'s> EachCollection<'s> for Metas<'s> {
            fn visit<E: LinkedEntry>(&mut self, entries: &'s [E]) {
                self.0.extend(entries.iter().map(LinkedEntry::meta));
            }
        }
        let mut metas = Metas(Vec::new());
        self.each_collection(&mut metas);
        metas.0.into_iter()
    }

    /// A site-relative URL for a path under the site (`partners/` -> `/riverside/partners/`).
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}{}",
            self.alliance.base_path,
            path.trim_start_matches('/')
        )
    }

    /// An absolute URL for a path under the site.
    pub(crate) fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.alliance.base_url, path.trim_start_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::order_by;

    #[test]
    fn ordering_by_positions_gives_what_a_stable_sort_gives() {
        // Pairs sorted by their first half only: equal ones must keep their order.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for len in [0, 1, 2, 3, 10, 257, 1000] {
            let pairs: Vec<(u32, u32)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut expected = pairs.clone();
            expected.sort_by_key(|p| std::cmp::Reverse(p.0));
            let mut ordered = pairs;
            order_by(&mut ordered, |a, b| b.0.cmp(&a.0));
            assert_eq!(ordered, expected, "{len} entries");
        }
    }
}
