//! Builds the [`Site`] from loaded [`Content`]: checks every rule, resolves every reference,
//! computes every derived fact and fills in the back-references.

use super::refs::Index;
use super::reports;
use super::words;
use super::*;
use crate::content::schema::*;
use crate::content::{Content, Entry};
use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// Page slugs that would collide with the site's own sections.
pub const RESERVED_PAGE_SLUGS: &[&str] = &[
    "partners",
    "objectives",
    "milestones",
    "successes",
    "setbacks",
    "case-studies",
    "pages",
    "newsletters",
    "tags",
    "reports",
    "data",
];

/// How many days ahead counts as "upcoming".
pub(super) const UPCOMING_DAYS: i64 = 90;

/// What a build decides beyond the content itself.
#[derive(Debug, Clone)]
pub struct LinkOptions {
    /// The date "today" means.
    pub build_date: Date,
    /// Include entries marked `draft = true`.
    pub include_drafts: bool,
    /// Use this instead of `base_url` from alliance.toml.
    pub base_url: Option<String>,
}

/// Links `content` into a [`Site`]. Returns the site when no error was found, and every
/// problem found either way.
pub fn link(content: &Content, options: &LinkOptions) -> (Option<Site>, Diagnostics) {
    link_reusing(content, options, None)
}

/// [`link`], sharing with `earlier` (the references of a previous build) every reference
/// that is equal, so that later comparisons between the two builds are quick. The result
/// is equal to [`link`]'s.
pub fn link_reusing(
    content: &Content,
    options: &LinkOptions,
    earlier: Option<&reports::RefTable>,
) -> (Option<Site>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let Some(alliance) = resolve_alliance(content, options, &mut diagnostics) else {
        return (None, diagnostics);
    };
    let mut linker = Linker {
        content,
        today: options.build_date,
        drafts: options.include_drafts,
        alliance,
        index: Index::default(),
        diagnostics,
    };
    let t = crate::timings::Timer::start();
    linker.build_index(earlier);
    t.lap("  link: index");
    let site = linker.build_site();
    let diagnostics = linker.diagnostics;
    if diagnostics.has_errors() {
        (None, diagnostics)
    } else {
        (Some(site), diagnostics)
    }
}

fn resolve_alliance(
    content: &Content,
    options: &LinkOptions,
    diagnostics: &mut Diagnostics,
) -> Option<Alliance> {
    let file = &content.alliance;
    let (raw, location) = match &options.base_url {
        Some(url) => (url.clone(), file_location("--base-url")),
        None => (
            file.base_url.get_ref().clone(),
            content
                .alliance_source
                .location(file.base_url.span().start, file.base_url.span().end),
        ),
    };
    let Some((base_url, base_path)) = parse_base_url(&raw) else {
        diagnostics.push(
            Diagnostic::error(location, format!("`{raw}` is not a usable base URL"))
                .with_hint("write the full address the site is served from, like https://example.org/ or https://example.org/riverside/"),
        );
        return None;
    };
    let theme = file
        .theme
        .as_ref()
        .map_or("default".to_string(), |t| t.get_ref().clone());
    Some(Alliance {
        name: file.name.clone(),
        tagline: file.tagline.clone(),
        mission: file.mission.clone(),
        base_url,
        base_path,
        language: file.language.clone(),
        currency: file.currency.clone(),
        reporting: file.reporting,
        data_license: file.data_license.clone(),
        allow_raw_html: file.allow_raw_html,
        newsletter: file.newsletter.clone().unwrap_or_default(),
        theme,
        extra: file
            .extra
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
                )
            })
            .collect(),
    })
}

/// Splits `https://host/sub/` into the normalised URL (ending in `/`) and its path (`/sub/`).
fn parse_base_url(raw: &str) -> Option<(String, String)> {
    let raw = raw.trim();
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    let path_ok = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~/%".contains(c))
        && !path.split('/').any(|s| s == ".." || s == ".");
    if !host_ok || !path_ok || raw.contains(['?', '#']) {
        return None;
    }
    let path = path.trim_matches('/');
    let base_path = if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    };
    let scheme = if raw.starts_with("https://") {
        "https"
    } else {
        "http"
    };
    Some((format!("{scheme}://{host}{base_path}"), base_path))
}

/// What every entry is linked against, and the problems found outside any one entry.
struct Linker<'a> {
    content: &'a Content,
    today: Date,
    drafts: bool,
    alliance: Alliance,
    index: Index,
    diagnostics: Diagnostics,
}

/// The linking of one entry: reads the shared [`Linker`] (its index is complete by then) and
/// keeps the entry's own problems, so that entries can be linked in parallel and their
/// problems reported in file order.
struct EntryLinker<'l, 'a> {
    shared: &'l Linker<'a>,
    diagnostics: Diagnostics,
}

impl<'a> std::ops::Deref for EntryLinker<'_, 'a> {
    type Target = Linker<'a>;

    fn deref(&self) -> &Linker<'a> {
        self.shared
    }
}

/// Derived state of a milestone on the build date.
struct MilestoneFacts {
    current_due: Date,
    overdue: bool,
    days_overdue: Option<i64>,
    upcoming: bool,
    days_late: Option<i64>,
    status_text: String,
    tone: &'static str,
}

fn milestone_facts(m: &MilestoneFile, today: Date) -> MilestoneFacts {
    let status = *m.status.get_ref();
    let current_due = m
        .replans
        .iter()
        .max_by_key(|r| r.date)
        .map_or(m.due, |r| r.due);
    let open = matches!(
        status,
        MilestoneStatus::Planned | MilestoneStatus::InProgress | MilestoneStatus::Delayed
    );
    let overdue = open && current_due < today;
    let days_overdue = overdue.then(|| current_due.days_until(today));
    let upcoming = open && !overdue && today.days_until(current_due) <= UPCOMING_DAYS;
    let days_late = match (status, m.completed) {
        (MilestoneStatus::Achieved, Some(done)) => Some(m.due.days_until(done).max(0)),
        _ => None,
    };
    let label = words::milestone_status(status);
    let (status_text, tone) = if let Some(days) = days_overdue {
        (
            format!(
                "Overdue by {} ({})",
                plural(days, "day"),
                label.to_lowercase()
            ),
            "bad",
        )
    } else {
        match status {
            MilestoneStatus::Achieved => match days_late {
                Some(0) | None => ("Achieved on time".to_string(), "good"),
                Some(days) => (format!("Achieved {} late", plural(days, "day")), "warn"),
            },
            MilestoneStatus::Delayed => (format!("Delayed to {}", current_due.human()), "warn"),
            MilestoneStatus::Missed => ("Missed".to_string(), "bad"),
            _ => (label.to_string(), "neutral"),
        }
    };
    MilestoneFacts {
        current_due,
        overdue,
        days_overdue,
        upcoming,
        days_late,
        status_text,
        tone,
    }
}

fn setback_status_text(s: SetbackStatus, severity: Severity) -> String {
    format!(
        "{}, {} severity",
        words::setback_status(s),
        words::severity(severity).to_lowercase()
    )
}

fn setback_tone(s: SetbackStatus) -> &'static str {
    match s {
        SetbackStatus::Open => "bad",
        SetbackStatus::Mitigating => "warn",
        SetbackStatus::Resolved => "good",
    }
}

fn published<T: EntryFields>(include_drafts: bool, e: &Entry<T>) -> bool {
    include_drafts || !e.front.common().draft
}

/// "1 day", "12 days".
pub(super) fn plural(n: i64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

impl<'a> Linker<'a> {
    fn published<T: EntryFields>(&self, e: &Entry<T>) -> bool {
        published(self.drafts, e)
    }

    fn url_of(&self, collection: Collection, slug: &str) -> String {
        format!(
            "{}{}",
            self.alliance.base_path,
            entry_path(collection, slug)
        )
    }

    fn make_ref<T: EntryFields>(
        &self,
        collection: Collection,
        e: &Entry<T>,
        title: &str,
        date: Option<Date>,
        status: Option<(String, &'static str)>,
    ) -> Ref {
        let (status, tone) = match status {
            Some((s, t)) => (Some(s), Some(t)),
            None => (None, None),
        };
        Ref::new(RefData {
            collection,
            kind_label: collection.singular(),
            slug: e.slug.clone(),
            title: title.to_string(),
            url: self.url_of(collection, &e.slug),
            summary: e.front.common().summary.map(str::to_string),
            date,
            status,
            tone,
        })
    }

    /// Registers every entry's [`Ref`] so that references can be resolved in any order.
    fn build_index(&mut self, earlier: Option<&reports::RefTable>) {
        let c = self.content;
        let mut refs = Vec::new();
        let mut drafts = Vec::new();
        // Each collection's references are made in parallel, then added in file order.
        macro_rules! index {
            ($list:expr, $collection:expr, |$e:ident| $title:expr, $date:expr, $status:expr) => {
                let made: Vec<Result<Ref, String>> = $list
                    .par_iter()
                    .map(|$e| {
                        if self.published($e) {
                            let made = self.make_ref($collection, $e, $title, $date, $status);
                            let same = earlier
                                .and_then(|t| t.get($collection, &$e.slug))
                                .filter(|old| **old == made);
                            Ok(same.cloned().unwrap_or(made))
                        } else {
                            Err($e.slug.clone())
                        }
                    })
                    .collect();
                for made in made {
                    match made {
                        Ok(r) => refs.push(r),
                        Err(slug) => drafts.push(($collection, slug)),
                    }
                }
            };
        }
        let today = self.today;
        index!(
            c.partners,
            Collection::Partners,
            |e| &e.front.name,
            Some(e.front.joined),
            None
        );
        index!(
            c.objectives,
            Collection::Objectives,
            |e| &e.front.title,
            None,
            None
        );
        index!(
            c.milestones,
            Collection::Milestones,
            |e| &e.front.title,
            Some(milestone_facts(&e.front, today).current_due),
            {
                let f = milestone_facts(&e.front, today);
                Some((f.status_text, f.tone))
            }
        );
        index!(
            c.successes,
            Collection::Successes,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        index!(
            c.setbacks,
            Collection::Setbacks,
            |e| &e.front.title,
            Some(e.front.date),
            {
                let s = *e.front.status.get_ref();
                Some((setback_status_text(s, e.front.severity), setback_tone(s)))
            }
        );
        index!(
            c.case_studies,
            Collection::CaseStudies,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        index!(c.pages, Collection::Pages, |e| &e.front.title, None, None);
        index!(
            c.newsletters,
            Collection::Newsletters,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        for r in refs {
            self.index.add(r);
        }
        for (collection, slug) in drafts {
            self.index.add_draft(collection, &slug);
        }
        for (collection, slug) in &self.content.unreadable {
            self.index.add_unreadable(*collection, slug);
        }
    }

    /// Links every published entry of one collection in parallel, in file order, and adds
    /// their problems in that order.
    fn link_each<F, T>(
        &mut self,
        entries: &[std::sync::Arc<Entry<F>>],
        link_one: impl Fn(&mut EntryLinker<'_, 'a>, &Entry<F>) -> T + Sync,
    ) -> Vec<T>
    where
        F: EntryFields + Sync + Send,
        T: Send,
    {
        let shared: &Linker<'a> = self;
        let linked: Vec<(T, Diagnostics)> = entries
            .par_iter()
            .filter(|e| shared.published(e))
            .map(|e| {
                let mut one = EntryLinker {
                    shared,
                    diagnostics: Diagnostics::new(),
                };
                let item = link_one(&mut one, e);
                (item, one.diagnostics)
            })
            .collect();
        let mut items = Vec::with_capacity(linked.len());
        for (item, found) in linked {
            self.diagnostics.extend(found);
            items.push(item);
        }
        items
    }

    fn build_site(&mut self) -> Site {
        let c = self.content;
        let t = crate::timings::Timer::start();
        let mut partners = self.link_each(&c.partners, |l, e| l.partner(e));
        let mut objectives = self.link_each(&c.objectives, |l, e| l.objective(e));
        let mut milestones = self.link_each(&c.milestones, |l, e| l.milestone(e));
        let mut successes = self.link_each(&c.successes, |l, e| l.success(e));
        let mut setbacks = self.link_each(&c.setbacks, |l, e| l.setback(e));
        let mut case_studies = self.link_each(&c.case_studies, |l, e| l.case_study(e));
        let mut pages = self.link_each(&c.pages, |l, e| l.page(e));
        let newsletters = self.link_each(&c.newsletters, |l, e| l.newsletter(e));

        t.lap("  link: entries");
        partners.sort_by_cached_key(|p| p.meta.title.to_lowercase());
        objectives.sort_by_cached_key(|o| o.meta.title.to_lowercase());
        milestones
            .sort_by(|a, b| (a.current_due, &a.meta.slug).cmp(&(b.current_due, &b.meta.slug)));
        successes.sort_by(|a, b| (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug)));
        setbacks.sort_by(|a, b| (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug)));
        case_studies.sort_by(|a, b| (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug)));
        pages.sort_by(|a, b| (a.weight, &a.meta.title).cmp(&(b.weight, &b.meta.title)));

        let mut site = Site {
            reports: Vec::new(),
            scorecard: Scorecard::default(),
            menu: Vec::new(),
            footer: Vec::new(),
            tags: Vec::new(),
            stats: Stats::default(),
            alliance: self.alliance.clone(),
            build_date: self.today,
            drafts: self.drafts,
            partners,
            objectives,
            milestones,
            successes,
            setbacks,
            case_studies,
            pages,
            newsletters,
            refs: reports::RefTable::default(),
        };
        t.lap("  link: sort");
        fill_back_references(&mut site, &self.index);
        t.lap("  link: backrefs");
        let refs = self.index.table();
        // The derived parts below read the entries and not each other: made side by side.
        let index = &self.index;
        let ((tags, stats), ((reports, scorecard), newsletter_changes)) = rayon::join(
            || (collect_tags(&site, index), compute_stats(&site)),
            || {
                rayon::join(
                    || {
                        (
                            reports::reports(&site, &refs),
                            reports::scorecard(&site, &refs, site.build_date, None),
                        )
                    },
                    || newsletter_changes(&site, &refs),
                )
            },
        );
        t.lap("  link: tags, stats, reports, newsletters");
        let (tags, tag_problems) = tags;
        for problem in tag_problems {
            self.diagnostics.push(problem);
        }
        (site.tags, site.stats, site.reports, site.scorecard) = (tags, stats, reports, scorecard);
        fill_newsletter_changes(&mut site, newsletter_changes);
        site.menu = build_menu(&site);
        site.footer = build_footer(&site);
        site.refs = refs;
        self.warn_about_silent_periods(&site);
        site
    }

    /// A period with successes and no setbacks is probably not the whole story.
    fn warn_about_silent_periods(&mut self, site: &Site) {
        for r in site.reports.iter().filter(|r| r.no_setbacks) {
            self.diagnostics.push(
                Diagnostic::warning(
                    file_location("content/setbacks"),
                    format!(
                        "the {} report lists {} but no setbacks",
                        r.period.title,
                        match r.successes.len() {
                            1 => "1 success".to_string(),
                            n => format!("{n} successes"),
                        }
                    ),
                )
                .with_hint(format!(
                    "if anything went wrong in {}, add it to content/setbacks/; the report says plainly that none were reported",
                    r.period.title
                )),
            );
        }
    }
}

impl EntryLinker<'_, '_> {
    fn meta<T: EntryFields>(
        &mut self,
        collection: Collection,
        e: &Entry<T>,
        title: &str,
        withhold_image: bool,
    ) -> Meta {
        let common = e.front.common();
        if title.trim().is_empty() {
            let key = if collection == Collection::Partners {
                "name"
            } else {
                "title"
            };
            self.diagnostics.push(
                Diagnostic::error(
                    e.key_location(key),
                    format!("the {} has an empty `{key}`", collection.singular()),
                )
                .with_hint(format!(
                    "every {} needs a {key}: it is the heading of its page and the text of every link to it",
                    collection.singular()
                )),
            );
        }
        let url = self.url_of(collection, &e.slug);
        let out_dir = entry_path(collection, &e.slug);
        let assets: Vec<(PathBuf, String)> = e
            .bundle
            .as_ref()
            .map(|b| {
                // Consent withdrawn or expired: the bundle's pictures are not published
                // either, not only left off the page.
                b.assets
                    .iter()
                    .filter(|a| !(withhold_image && crate::content::assets::is_picture(a)))
                    .map(|a| (b.dir.join(a), format!("{out_dir}{}", url_path(a))))
                    .collect()
            })
            .unwrap_or_default();
        let image = self.check_image(e, &url, withhold_image);
        let tags = common
            .tags
            .iter()
            .map(|t| TagLink {
                name: t.get_ref().trim().to_string(),
                url: format!(
                    "{}tags/{}/",
                    self.alliance.base_path,
                    crate::slug::slugify(t.get_ref())
                ),
            })
            .collect();
        for t in common.tags {
            if t.get_ref().trim().is_empty() {
                self.diagnostics.push(
                    Diagnostic::error(e.location(t.span()), "a tag cannot be empty")
                        .with_hint("remove the empty string from `tags`"),
                );
            }
        }
        Meta {
            collection,
            kind_label: collection.singular(),
            slug: e.slug.clone(),
            title: title.to_string(),
            permalink: format!(
                "{}{}",
                self.alliance.base_url,
                url.trim_start_matches(&self.alliance.base_path)
            ),
            url,
            source: e.path().to_string_lossy().replace('\\', "/"),
            summary: common.summary.map(|s| s.trim().to_string()),
            tags,
            updated: common.updated,
            image,
            draft: common.draft,
            body: e.body.clone(),
            assets,
            origin: Some(e.source.clone()),
        }
    }

    /// Checks `image` and `image_alt`, and returns the image unless it is withheld.
    fn check_image<T: EntryFields>(
        &mut self,
        e: &Entry<T>,
        page_url: &str,
        withhold: bool,
    ) -> Option<Image> {
        let common = e.front.common();
        let image = common.image?;
        let path = image.get_ref().trim();
        let location = e.location(image.span());
        let alt = common.image_alt.map(str::trim).unwrap_or("");
        if alt.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(location.clone(), "an image needs alt text")
                    .with_hint("add `image_alt = \"...\"` describing what the image shows, for readers who cannot see it"),
            );
        }
        let url = if path.starts_with("https://") || path.starts_with("http://") {
            path.to_string()
        } else if escapes(path) {
            self.diagnostics.push(
                Diagnostic::error(location, format!("the image path `{path}` leads outside the site"))
                    .with_hint("use a file in the entry's bundle folder, or a path like /images/x.jpg in static/"),
            );
            return None;
        } else if let Some(in_static) = path.strip_prefix('/') {
            let root = &self.content.root;
            if !root.join("static").join(in_static).is_file() {
                self.diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!("the image `{path}` does not exist in static/"),
                    )
                    .with_hint(format!(
                        "add the file at static/{in_static}, or fix the path"
                    )),
                );
                return None;
            }
            format!(
                "{}{}",
                self.alliance.base_path,
                url_path(Path::new(in_static))
            )
        } else {
            let in_bundle = e
                .bundle
                .as_ref()
                .is_some_and(|b| b.assets.iter().any(|a| a == Path::new(path)));
            if !in_bundle {
                let hint = if e.bundle.is_some() {
                    format!("put `{path}` in the bundle folder beside index.md, or fix the name")
                } else {
                    format!(
                        "make the entry a bundle (content/.../{}/index.md with `{path}` beside it), or use /{path} for a file in static/",
                        e.slug
                    )
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!("the image `{path}` is not in the entry's bundle"),
                    )
                    .with_hint(hint),
                );
                return None;
            }
            format!("{page_url}{}", url_path(Path::new(path)))
        };
        (!withhold).then(|| Image {
            url,
            alt: alt.to_string(),
        })
    }

    fn resolve(&mut self, c: Collection, w: &SlugRef, e: &Entry<impl Sized>) -> Option<Ref> {
        self.shared.index.resolve(c, w, e, &mut self.diagnostics)
    }

    fn resolve_all(&mut self, c: Collection, w: &[SlugRef], e: &Entry<impl Sized>) -> Vec<Ref> {
        self.shared
            .index
            .resolve_all(c, w, e, &mut self.diagnostics)
    }

    fn resolve_opt(
        &mut self,
        c: Collection,
        w: &Option<SlugRef>,
        e: &Entry<impl Sized>,
    ) -> Option<Ref> {
        w.as_ref().and_then(|w| self.resolve(c, w, e))
    }

    /// Two measurements of one indicator on one date would leave it to the order of the file
    /// which counts as the latest: an error naming both.
    fn check_measurement_dates<T>(
        &mut self,
        e: &Entry<T>,
        i: &IndicatorFile,
        span: std::ops::Range<usize>,
    ) {
        let mut seen: std::collections::HashMap<Date, f64> = std::collections::HashMap::new();
        for m in &i.measurements {
            if let Some(first) = seen.insert(m.date, m.value) {
                let date = m.date.to_string();
                // The second time the date is written from the indicator's table on (its span
                // may cover only the `[[indicators]]` header).
                let table = e
                    .source
                    .text()
                    .get(e.front_offset + span.start..)
                    .unwrap_or("");
                let location = match table.match_indices(&date).nth(1) {
                    Some((at, _)) => {
                        let start = e.front_offset + span.start + at;
                        e.source.location(start, start + date.len())
                    }
                    None => e.location(span.clone()),
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!(
                            "the indicator `{}` has two measurements on {date} ({} and {})",
                            i.name,
                            crate::format::format_number(first),
                            crate::format::format_number(m.value)
                        ),
                    )
                    .with_hint("keep the one that is right, or give the other its own date"),
                );
            }
        }
    }

    fn error_at_key<T>(&mut self, e: &Entry<T>, key: &str, message: String, hint: &str) {
        self.diagnostics
            .push(Diagnostic::error(e.key_location(key), message).with_hint(hint));
    }

    fn page(&mut self, e: &Entry<PageFile>) -> Page {
        if RESERVED_PAGE_SLUGS.contains(&e.slug.as_str()) {
            self.diagnostics.push(
                Diagnostic::error(
                    file_location(e.path()),
                    format!(
                        "a page cannot be called `{}`: the site already uses /{}/",
                        e.slug, e.slug
                    ),
                )
                .with_hint(format!(
                    "rename content/pages/{}.md, for example to `about-{}`",
                    e.slug, e.slug
                )),
            );
        }
        Page {
            meta: self.meta(Collection::Pages, e, &e.front.title, false),
            menu: e.front.menu,
            weight: e.front.weight,
        }
    }

    fn newsletter(&mut self, e: &Entry<NewsletterFile>) -> Newsletter {
        let meta = self.meta(Collection::Newsletters, e, &e.front.title, false);
        if let Some(since) = e.front.since
            && since > e.front.date
        {
            self.error_at_key(
                e,
                "since",
                format!(
                    "`since` ({since}) is after the issue's date ({})",
                    e.front.date
                ),
                "an issue covers what changed between `since` and its `date`",
            );
        }
        Newsletter {
            meta,
            date: e.front.date,
            since: e.front.since,
            changes: Default::default(),
        }
    }

    fn partner(&mut self, e: &Entry<PartnerFile>) -> Partner {
        let f = &e.front;
        let meta = self.meta(Collection::Partners, e, &f.name, false);
        if let Some(left) = f.left
            && left < f.joined
        {
            self.error_at_key(
                e,
                "left",
                format!("`left` ({left}) is before `joined` ({})", f.joined),
                "check both dates",
            );
        }
        if let Some(site) = &f.website
            && !(site.starts_with("https://") || site.starts_with("http://"))
        {
            self.diagnostics.push(
                Diagnostic::warning(
                    e.key_location("website"),
                    format!("`{site}` is not a web address, so it is shown as text, not linked"),
                )
                .with_hint("write the full address, starting with https://"),
            );
        }
        let mut contributions: Vec<Contribution> = Vec::new();
        for c in &f.contributions {
            if !c.amount.is_finite() || c.amount < 0.0 {
                self.error_at_key(
                    e,
                    "amount",
                    format!("a contribution's amount must be zero or more, found {}", c.amount),
                    "record money returned or hours withdrawn in a `note` rather than as a negative amount",
                );
            }
            contributions.push(Contribution {
                date: c.date,
                kind: c.kind,
                kind_name: words::contribution_kind(c.kind),
                amount: c.amount,
                unit: contribution_unit(c, &self.alliance.currency),
                status: c.status,
                note: c.note.clone(),
            });
        }
        contributions.sort_by_key(|c| c.date);
        let totals = super::facts::totals(contributions.iter());
        Partner {
            meta,
            kind: f.kind,
            kind_name: words::partner_kind(f.kind),
            joined: f.joined,
            left: f.left,
            former: f.left.is_some_and(|d| d <= self.today),
            website: f.website.clone(),
            website_url: f
                .website
                .as_ref()
                .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
                .cloned(),
            location: f.location.clone(),
            roles: f.roles.clone(),
            strengths: f.strengths.clone(),
            contributions,
            totals,
            objectives: Vec::new(),
            milestones: Vec::new(),
            successes: Vec::new(),
            setbacks: Vec::new(),
            case_studies: Vec::new(),
        }
    }

    fn objective(&mut self, e: &Entry<ObjectiveFile>) -> Objective {
        let f = &e.front;
        let meta = self.meta(Collection::Objectives, e, &f.title, false);
        let owners = self.resolve_all(Collection::Partners, &f.owners, e);
        let mut indicators = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        for spanned in &f.indicators {
            let i = spanned.get_ref();
            let location = e.location(spanned.span());
            // Compared as published (two decimals): a target 0.001 from its baseline reads as
            // the same figure, and progress towards it would be a division by almost nothing.
            let (baseline, target) = (
                crate::format::format_number(i.baseline),
                crate::format::format_number(i.target),
            );
            if baseline == target {
                self.diagnostics.push(
                    Diagnostic::error(
                        location.clone(),
                        format!(
                            "the indicator `{}` has the same baseline and target ({baseline})",
                            i.name
                        ),
                    )
                    .with_hint("progress is measured from baseline to target, so they must differ (figures are published with at most two decimals)"),
                );
            } else if (i.direction == Direction::Increase) != (i.target > i.baseline) {
                let (wanted, hint) = match i.direction {
                    Direction::Increase => {
                        ("above", "set `direction = \"decrease\"` if lower is better")
                    }
                    Direction::Decrease => (
                        "below",
                        "remove `direction = \"decrease\"` if higher is better",
                    ),
                };
                self.diagnostics.push(
                    Diagnostic::error(location.clone(), format!("the indicator `{}` should go {} but its target ({}) is not {wanted} its baseline ({})",
                        i.name, if i.direction == Direction::Increase { "up" } else { "down" }, i.target, i.baseline))
                        .with_hint(hint),
                );
            }
            let mut id = format!("indicator-{}", crate::slug::slugify(&i.name));
            while ids.contains(&id) {
                id.push_str("-2");
            }
            ids.push(id.clone());
            self.check_measurement_dates(e, i, spanned.span());
            indicators.push(indicator(i, id));
        }
        Objective {
            meta,
            owners,
            indicators,
            milestones: Vec::new(),
            successes: Vec::new(),
            setbacks: Vec::new(),
            case_studies: Vec::new(),
        }
    }

    fn milestone(&mut self, e: &Entry<MilestoneFile>) -> Milestone {
        let f = &e.front;
        let meta = self.meta(Collection::Milestones, e, &f.title, false);
        let status = *f.status.get_ref();
        let status_location = e.location(f.status.span());
        if status == MilestoneStatus::Achieved && f.completed.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    status_location.clone(),
                    "an achieved milestone needs a `completed` date",
                )
                .with_hint("add `completed = YYYY-MM-DD`, the day it was achieved"),
            );
        }
        if status != MilestoneStatus::Achieved && f.completed.is_some() {
            self.diagnostics.push(
                Diagnostic::warning(
                    e.key_location("completed"),
                    format!(
                        "`completed` is set but the status is `{}`",
                        words::milestone_status(status).to_lowercase()
                    ),
                )
                .with_hint("set `status = \"achieved\"`, or remove `completed`"),
            );
        }
        if status == MilestoneStatus::Delayed && f.replans.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(status_location, "a delayed milestone needs at least one [[replans]] entry")
                    .with_hint("add [[replans]] with `date` (when it was re-planned), `due` (the new date) and `reason`; never edit `due`, the date first agreed"),
            );
        }
        let facts = milestone_facts(f, self.today);
        let mut sorted = f.replans.clone();
        sorted.sort_by_key(|r| r.date);
        let mut previous = f.due;
        let replans = sorted
            .iter()
            .map(|r| {
                let replan = Replan {
                    date: r.date,
                    from: previous,
                    due: r.due,
                    days_moved: previous.days_until(r.due),
                    reason: r.reason.clone(),
                };
                previous = r.due;
                replan
            })
            .collect();
        let objective = self.resolve_opt(Collection::Objectives, &f.objective, e);
        let partners = self.resolve_all(Collection::Partners, &f.partners, e);
        let deliverables: Vec<Deliverable> = f
            .deliverables
            .iter()
            .map(|d| Deliverable {
                title: d.title.clone(),
                done: d.done,
            })
            .collect();
        Milestone {
            meta,
            due: f.due,
            current_due: facts.current_due,
            status,
            status_text: facts.status_text,
            tone: facts.tone,
            overdue: facts.overdue,
            days_overdue: facts.days_overdue,
            upcoming: facts.upcoming,
            completed: f.completed,
            days_late: facts.days_late,
            replans,
            objective,
            partners,
            deliverables_done: deliverables.iter().filter(|d| d.done).count(),
            deliverables,
            successes: Vec::new(),
            setbacks: Vec::new(),
        }
    }

    fn consent_expired(&self, until: Option<Date>) -> bool {
        until.is_some_and(|d| d < self.today)
    }

    fn success(&mut self, e: &Entry<SuccessFile>) -> Success {
        let f = &e.front;
        let expired = self.consent_expired(f.consent_until);
        let meta = self.meta(Collection::Successes, e, &f.title, expired);
        Success {
            meta,
            date: f.date,
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objective: self.resolve_opt(Collection::Objectives, &f.objective, e),
            milestone: self.resolve_opt(Collection::Milestones, &f.milestone, e),
            metrics: f
                .metrics
                .iter()
                .map(|m| Metric {
                    label: m.label.clone(),
                    value: m.value.clone(),
                    unit: m.unit.clone(),
                })
                .collect(),
            quotes: if expired {
                Vec::new()
            } else {
                f.quotes.clone()
            },
            consent_until: f.consent_until,
            consent_expired: expired && (!f.quotes.is_empty() || f.image.is_some()),
        }
    }

    fn setback(&mut self, e: &Entry<SetbackFile>) -> Setback {
        let f = &e.front;
        let meta = self.meta(Collection::Setbacks, e, &f.title, false);
        let status = *f.status.get_ref();
        if status == SetbackStatus::Resolved && f.resolved.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    e.location(f.status.span()),
                    "a resolved setback needs a `resolved` date",
                )
                .with_hint("add `resolved = YYYY-MM-DD`, the day it was resolved"),
            );
        }
        if let Some(resolved) = f.resolved
            && resolved < f.date
        {
            self.error_at_key(
                e,
                "resolved",
                format!(
                    "`resolved` ({resolved}) is before the setback's `date` ({})",
                    f.date
                ),
                "check both dates",
            );
        }
        let end = match (status, f.resolved) {
            (SetbackStatus::Resolved, Some(d)) => d,
            _ => self.today,
        };
        let mut actions = Vec::new();
        for a in &f.actions {
            let owner = self.resolve_opt(Collection::Partners, &a.owner, e);
            actions.push(Action {
                title: a.title.clone(),
                owner,
                due: a.due,
                done: a.done,
                overdue: !a.done && a.due.is_some_and(|d| d < self.today),
            });
        }
        let mut updates: Vec<Update> = f
            .updates
            .iter()
            .map(|u| Update {
                date: u.date,
                text: u.text.clone(),
            })
            .collect();
        updates.sort_by_key(|u| std::cmp::Reverse(u.date));
        let mut responses = Vec::new();
        for r in &f.responses {
            if let Some(partner) = self.resolve(Collection::Partners, &r.partner, e) {
                responses.push(Response {
                    partner,
                    date: r.date,
                    text: r.text.clone(),
                });
            }
        }
        responses.sort_by_key(|r| r.date);
        Setback {
            meta,
            date: f.date,
            severity: f.severity,
            severity_name: words::severity(f.severity),
            status,
            status_name: words::setback_status(status),
            status_text: setback_status_text(status, f.severity),
            tone: setback_tone(status),
            severity_tone: match f.severity {
                Severity::High => "bad",
                Severity::Medium => "warn",
                Severity::Low => "neutral",
            },
            resolved: f.resolved,
            days_open: f.date.days_until(end).max(0),
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objective: self.resolve_opt(Collection::Objectives, &f.objective, e),
            milestone: self.resolve_opt(Collection::Milestones, &f.milestone, e),
            lessons: f.lessons.clone(),
            actions,
            updates,
            responses,
        }
    }

    fn case_study(&mut self, e: &Entry<CaseStudyFile>) -> CaseStudy {
        let f = &e.front;
        let expired = self.consent_expired(f.consent_until);
        let mut meta = self.meta(Collection::CaseStudies, e, &f.title, expired);
        if expired {
            meta.body.clear();
        }
        CaseStudy {
            meta,
            date: f.date,
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objectives: self.resolve_all(Collection::Objectives, &f.objectives, e),
            outcomes: f
                .outcomes
                .iter()
                .map(|o| Outcome {
                    label: o.label.clone(),
                    before: o.before,
                    after: o.after,
                    change: o.after - o.before,
                    unit: o.unit.clone(),
                })
                .collect(),
            consent_until: f.consent_until,
            consent_expired: expired,
        }
    }
}

/// Where an entry's page lives under the site, without a leading slash: `partners/acme/`,
/// or `about/` for free pages, which live at the site root.
pub(super) fn entry_path(collection: Collection, slug: &str) -> String {
    match collection {
        Collection::Pages => format!("{slug}/"),
        c => format!("{}/{slug}/", c.dir()),
    }
}

fn url_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// True when a relative path would leave the folder it is resolved against.
fn escapes(path: &str) -> bool {
    let p = Path::new(path.trim_start_matches('/'));
    path.contains('\\')
        || path.starts_with("//")
        || p.components().any(|c| !matches!(c, Component::Normal(_)))
}

fn contribution_unit(c: &ContributionFile, currency: &str) -> String {
    match (&c.unit, c.kind) {
        (Some(u), _) => u.clone(),
        (None, ContributionKind::Funds) => currency.to_string(),
        (None, ContributionKind::VolunteerHours) => "hours".to_string(),
        (None, _) => String::new(),
    }
}

fn indicator(i: &IndicatorFile, id: String) -> Indicator {
    let mut measurements: Vec<Measurement> = i
        .measurements
        .iter()
        .map(|m| Measurement {
            date: m.date,
            value: m.value,
            note: m.note.clone(),
            verification: m.verification,
            verification_name: words::verification(m.verification),
        })
        .collect();
    measurements.sort_by_key(|m| m.date);
    let latest = measurements.last().cloned();
    let span = i.target - i.baseline;
    let progress = latest
        .as_ref()
        .filter(|_| span != 0.0)
        .map(|m| (m.value - i.baseline) / span);
    let progress_bar = progress.map_or(0, |p| (p * 100.0).round().clamp(0.0, 100.0) as u8);
    let unit = crate::format::unit_suffix(i.unit.as_deref().unwrap_or(""));
    let progress_text = match (&latest, progress) {
        (Some(m), Some(p)) => format!(
            "{}% of the way from {}{unit} to {}{unit} (latest: {}{unit} on {})",
            (p * 100.0).round(),
            crate::format::format_number(i.baseline),
            crate::format::format_number(i.target),
            crate::format::format_number(m.value),
            m.date.human()
        ),
        _ => "No measurement yet".to_string(),
    };
    let mut indicator = Indicator {
        on_track: None,
        id,
        name: i.name.clone(),
        unit: i.unit.clone(),
        baseline: i.baseline,
        baseline_date: i.baseline_date,
        target: i.target,
        target_date: i.target_date,
        direction: i.direction,
        measurements,
        latest,
        progress,
        progress_bar,
        progress_text,
    };
    indicator.on_track = reports::on_track(&indicator);
    indicator
}

/// A list that back-references go into.
#[derive(Clone, Copy)]
enum Back {
    PartnerObjectives,
    PartnerMilestones,
    PartnerSuccesses,
    PartnerSetbacks,
    PartnerCaseStudies,
    ObjectiveMilestones,
    ObjectiveSuccesses,
    ObjectiveSetbacks,
    ObjectiveCaseStudies,
    MilestoneSuccesses,
    MilestoneSetbacks,
}

/// Fills in what each partner, objective and milestone is part of, from the other side.
fn fill_back_references(site: &mut Site, index: &Index) {
    type At = rustc_hash::FxHashMap<String, usize>;
    fn positions<'s>(metas: impl Iterator<Item = &'s Meta>) -> At {
        metas
            .enumerate()
            .map(|(i, m)| (m.slug.clone(), i))
            .collect()
    }
    let partner_at = positions(site.partners.iter().map(|e| &e.meta));
    let objective_at = positions(site.objectives.iter().map(|e| &e.meta));
    let milestone_at = positions(site.milestones.iter().map(|e| &e.meta));
    let me = |c: Collection, slug: &str| index.get(c, slug).cloned();
    let partner = |r: &Ref| partner_at[&r.slug];
    let objective = |r: &Ref| objective_at[&r.slug];
    let milestone = |r: &Ref| milestone_at[&r.slug];

    // Where each entry's reference goes, worked out in parallel, in the order of one pass.
    type Links = Vec<(Back, usize, Option<Ref>)>;
    fn links_from<E: Sync>(
        entries: &[E],
        this: impl Fn(&E) -> Option<Ref> + Sync,
        targets: impl Fn(&E) -> Vec<(Back, usize)> + Sync,
    ) -> Vec<Links> {
        entries
            .par_iter()
            .map(|e| {
                let this = this(e);
                let to = targets(e).into_iter();
                to.map(|(back, at)| (back, at, this.clone())).collect()
            })
            .collect()
    }
    let from_objectives = links_from(
        &site.objectives,
        |o| me(Collection::Objectives, &o.meta.slug),
        |o| {
            let partners = o
                .owners
                .iter()
                .map(|p| (Back::PartnerObjectives, partner(p)));
            partners.collect()
        },
    );
    let from_milestones = links_from(
        &site.milestones,
        |m| me(Collection::Milestones, &m.meta.slug),
        |m| {
            let partners = m
                .partners
                .iter()
                .map(|p| (Back::PartnerMilestones, partner(p)));
            let objectives = m
                .objective
                .iter()
                .map(|o| (Back::ObjectiveMilestones, objective(o)));
            partners.chain(objectives).collect()
        },
    );
    let from_successes = links_from(
        &site.successes,
        |s| me(Collection::Successes, &s.meta.slug),
        |s| {
            let partners = s
                .partners
                .iter()
                .map(|p| (Back::PartnerSuccesses, partner(p)));
            let objectives = s
                .objective
                .iter()
                .map(|o| (Back::ObjectiveSuccesses, objective(o)));
            let milestones = s
                .milestone
                .iter()
                .map(|m| (Back::MilestoneSuccesses, milestone(m)));
            partners.chain(objectives).chain(milestones).collect()
        },
    );
    let from_setbacks = links_from(
        &site.setbacks,
        |s| me(Collection::Setbacks, &s.meta.slug),
        |s| {
            let involved = s
                .partners
                .iter()
                .chain(s.actions.iter().filter_map(|a| a.owner.as_ref()))
                .chain(s.responses.iter().map(|r| &r.partner))
                .map(|p| (Back::PartnerSetbacks, partner(p)));
            let objectives = s
                .objective
                .iter()
                .map(|o| (Back::ObjectiveSetbacks, objective(o)));
            let milestones = s
                .milestone
                .iter()
                .map(|m| (Back::MilestoneSetbacks, milestone(m)));
            involved.chain(objectives).chain(milestones).collect()
        },
    );
    let from_case_studies = links_from(
        &site.case_studies,
        |c| me(Collection::CaseStudies, &c.meta.slug),
        |c| {
            let partners = c
                .partners
                .iter()
                .map(|p| (Back::PartnerCaseStudies, partner(p)));
            let objectives = c
                .objectives
                .iter()
                .map(|o| (Back::ObjectiveCaseStudies, objective(o)));
            partners.chain(objectives).collect()
        },
    );

    let all = [
        from_objectives,
        from_milestones,
        from_successes,
        from_setbacks,
        from_case_studies,
    ];
    for (back, at, r) in all.into_iter().flatten().flatten() {
        let list = match back {
            Back::PartnerObjectives => &mut site.partners[at].objectives,
            Back::PartnerMilestones => &mut site.partners[at].milestones,
            Back::PartnerSuccesses => &mut site.partners[at].successes,
            Back::PartnerSetbacks => &mut site.partners[at].setbacks,
            Back::PartnerCaseStudies => &mut site.partners[at].case_studies,
            Back::ObjectiveMilestones => &mut site.objectives[at].milestones,
            Back::ObjectiveSuccesses => &mut site.objectives[at].successes,
            Back::ObjectiveSetbacks => &mut site.objectives[at].setbacks,
            Back::ObjectiveCaseStudies => &mut site.objectives[at].case_studies,
            Back::MilestoneSuccesses => &mut site.milestones[at].successes,
            Back::MilestoneSetbacks => &mut site.milestones[at].setbacks,
        };
        if let Some(r) = r
            && !list.iter().any(|x| x.slug == r.slug)
        {
            list.push(r);
        }
    }
}

/// Each newsletter issue's `since` (its own, or by default the previous issue's date) and
/// what changed in the period it covers, in the order of `site.newsletters`.
fn newsletter_changes(
    site: &Site,
    refs: &reports::RefTable,
) -> Vec<(Option<Date>, super::changes::Changes)> {
    let mut dates: Vec<Date> = site.newsletters.iter().map(|n| n.date).collect();
    dates.sort();
    // Each issue looks at every entry: the issues are worked out in parallel.
    site.newsletters
        .par_iter()
        .map(|n| {
            let since = n
                .since
                .or_else(|| dates.iter().rev().find(|d| **d < n.date).copied());
            (since, super::changes::between(site, refs, since, n.date))
        })
        .collect()
}

/// Gives each newsletter issue its `since` and changes (from [`newsletter_changes`], in
/// the same order), then puts the issues newest first.
fn fill_newsletter_changes(site: &mut Site, changes: Vec<(Option<Date>, super::changes::Changes)>) {
    for (n, (since, c)) in site.newsletters.iter_mut().zip(changes) {
        n.since = since;
        n.changes = c;
    }
    site.newsletters
        .sort_by(|a, b| (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug)));
}

/// The tags of every entry, one per slug, and a problem for each tag whose page would be
/// shared with a differently written tag (`C++` and `C` both make `/tags/c/`).
fn collect_tags(site: &Site, index: &Index) -> (Vec<Tag>, Vec<Diagnostic>) {
    let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
    let mut problems = Vec::new();
    let same = |a: &str, b: &str| {
        let words = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        words(a) == words(b)
    };
    for meta in site.all_meta() {
        for t in &meta.tags {
            let slug = crate::slug::slugify(&t.name);
            let at = || {
                meta.origin
                    .as_ref()
                    .and_then(|o| {
                        o.find(&format!("\"{}\"", t.name))
                            .or_else(|| o.find(&t.name))
                    })
                    .unwrap_or_else(|| file_location(&meta.source))
            };
            if let Some(first) = tags.get(&slug)
                && !same(&first.name, &t.name)
            {
                problems.push(
                    Diagnostic::error(
                        at(),
                        format!(
                            "the tags `{}` and `{}` would share one page, {}",
                            first.name, t.name, first.url
                        ),
                    )
                    .with_hint(format!(
                        "write them the same way if they are one tag, or make them differ in letters or digits (tag addresses keep only those; `{}` is used first elsewhere)",
                        first.name
                    )),
                );
                continue;
            }
            let tag = tags.entry(slug.clone()).or_insert_with(|| Tag {
                name: t.name.clone(),
                slug,
                url: t.url.clone(),
                entries: Vec::new(),
            });
            if let Some(r) = index.get(meta.collection, &meta.slug)
                && !tag.entries.iter().any(|e| e.url == r.url)
            {
                tag.entries.push(r.clone());
            }
        }
    }
    (tags.into_values().collect(), problems)
}

fn build_menu(site: &Site) -> Vec<MenuItem> {
    let mut menu = Vec::new();
    let section = |c: Collection| MenuItem {
        title: c.title().to_string(),
        url: site.url(&format!("{}/", c.dir())),
        key: c.dir().to_string(),
    };
    if !site.objectives.is_empty() {
        menu.push(section(Collection::Objectives));
    }
    if !site.milestones.is_empty() {
        menu.push(section(Collection::Milestones));
    }
    if !site.successes.is_empty() {
        menu.push(section(Collection::Successes));
    }
    if !site.setbacks.is_empty() {
        menu.push(section(Collection::Setbacks));
    }
    if !site.case_studies.is_empty() {
        menu.push(section(Collection::CaseStudies));
    }
    if !site.partners.is_empty() {
        menu.push(section(Collection::Partners));
    }
    if !site.reports.is_empty() {
        menu.push(MenuItem {
            title: "Reports".to_string(),
            url: site.url("reports/"),
            key: "reports".to_string(),
        });
    }
    for p in site.pages.iter().filter(|p| p.menu) {
        menu.push(MenuItem {
            title: p.meta.title.clone(),
            url: p.meta.url.clone(),
            key: format!("page:{}", p.meta.slug),
        });
    }
    menu
}

/// The free pages that are not in the menu, for the footer.
fn build_footer(site: &Site) -> Vec<MenuItem> {
    site.pages
        .iter()
        .filter(|p| !p.menu)
        .map(|p| MenuItem {
            title: p.meta.title.clone(),
            url: p.meta.url.clone(),
            key: format!("page:{}", p.meta.slug),
        })
        .collect()
}

fn compute_stats(site: &Site) -> Stats {
    let mut s = Stats {
        partners_current: site.partners.iter().filter(|p| !p.former).count(),
        partners_former: site.partners.iter().filter(|p| p.former).count(),
        successes: site.successes.len(),
        newsletters: site.newsletters.len(),
        ..Stats::default()
    };
    for m in &site.milestones {
        match m.status {
            MilestoneStatus::Achieved => {
                s.milestones_achieved += 1;
                if m.days_late.unwrap_or(0) > 0 {
                    s.milestones_late += 1;
                } else {
                    s.milestones_on_time += 1;
                }
            }
            MilestoneStatus::Missed => s.milestones_missed += 1,
            MilestoneStatus::Cancelled => s.milestones_cancelled += 1,
            _ if m.overdue => s.milestones_overdue += 1,
            _ => s.milestones_open += 1,
        }
    }
    for b in &site.setbacks {
        match b.status {
            SetbackStatus::Open => s.setbacks_open += 1,
            SetbackStatus::Mitigating => s.setbacks_mitigating += 1,
            SetbackStatus::Resolved => s.setbacks_resolved += 1,
        }
    }
    s.contributions =
        super::facts::totals(site.partners.iter().flat_map(|p| p.contributions.iter()));
    s.newest_update = newest_date(site);
    s
}

fn newest_date(site: &Site) -> Option<Date> {
    super::facts::newest_date_until(site, site.build_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalised() {
        assert_eq!(
            parse_base_url("https://example.org"),
            Some(("https://example.org/".into(), "/".into()))
        );
        assert_eq!(
            parse_base_url("https://example.org/riverside"),
            Some((
                "https://example.org/riverside/".into(),
                "/riverside/".into()
            ))
        );
        assert_eq!(parse_base_url("example.org"), None);
        assert_eq!(parse_base_url("https://exa mple.org/"), None);
        assert_eq!(parse_base_url("https://example.org/a/../b"), None);
    }

    #[test]
    fn paths_that_leave_the_folder_are_caught() {
        assert!(escapes("../x.jpg"));
        assert!(escapes("/../../etc/passwd"));
        assert!(escapes("a/../../b"));
        assert!(escapes("//evil.example/x.png"));
        assert!(!escapes("photos/a.jpg"));
        assert!(!escapes("/images/a.jpg"));
    }

    fn milestone(status: MilestoneStatus, due: &str, completed: Option<&str>) -> MilestoneFile {
        let toml = format!(
            "title = \"M\"\ndue = {due}\nstatus = \"{}\"\n{}",
            serde_json::to_value(status).unwrap().as_str().unwrap(),
            completed
                .map(|c| format!("completed = {c}\n"))
                .unwrap_or_default()
        );
        toml::from_str(&toml).unwrap()
    }

    #[test]
    fn overdue_is_derived_from_the_build_date() {
        let today: Date = "2025-06-01".parse().unwrap();
        let m = milestone(MilestoneStatus::InProgress, "2025-05-20", None);
        let f = milestone_facts(&m, today);
        assert!(f.overdue);
        assert_eq!(f.status_text, "Overdue by 12 days (in progress)");
        let f = milestone_facts(&m, "2025-05-20".parse().unwrap());
        assert!(!f.overdue && f.upcoming);
    }

    #[test]
    fn days_late_count_from_the_first_agreed_date() {
        let today: Date = "2025-06-01".parse().unwrap();
        let m = milestone(MilestoneStatus::Achieved, "2025-03-01", Some("2025-03-15"));
        let f = milestone_facts(&m, today);
        assert_eq!(f.days_late, Some(14));
        assert_eq!(f.status_text, "Achieved 14 days late");
        let m = milestone(MilestoneStatus::Achieved, "2025-03-01", Some("2025-02-15"));
        assert_eq!(milestone_facts(&m, today).status_text, "Achieved on time");
    }
}
