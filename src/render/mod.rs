//! Render: turns the linked [`Site`] into HTML pages with the theme's Tera templates.
//! It owns the route plan (which pages exist, at which path, made by which template with
//! which variables), the Markdown conversion of entry bodies, and the filters templates use.
//! Pages are rendered in parallel and handed one by one to whoever asked (the writer, or a
//! list in memory); nothing here touches the output folder.

pub mod charts;
pub mod fingerprint;
pub mod markdown;
pub mod theme;
pub mod values;

use crate::content::Collection;
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, Location, SourceText, file_location};
use crate::format::{format_number, unit_suffix};
use crate::model::{Meta, Site};
use markdown::MarkdownOptions;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use tera::{Context, Kwargs, State, Tera, Value};
use theme::Theme;
use values::{ListValues, TemplateValues};

/// Where a page goes, before it is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageInfo {
    /// Path under the output folder (`partners/x/index.html`).
    pub path: String,
    /// Site-relative URL (`/partners/x/`), or `None` for pages kept out of the sitemap.
    pub url: Option<String>,
    /// Last date the page's content changed, for the sitemap.
    pub lastmod: Option<Date>,
}

/// One HTML page of the site, rendered.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Where it goes.
    pub info: PageInfo,
    /// The HTML.
    pub html: String,
}

/// A page to render: where it goes and what its template receives.
struct Route<'a> {
    info: PageInfo,
    template: &'static str,
    context: PageContext<'a>,
}

impl<'a> Route<'a> {
    fn new(
        site: &Site,
        path: String,
        sitemap: bool,
        lastmod: Option<Date>,
        template: &'static str,
        context: PageContext<'a>,
    ) -> Self {
        let url = sitemap.then(|| site.url(path.strip_suffix("index.html").unwrap_or(&path)));
        Route {
            info: PageInfo { path, url, lastmod },
            template,
            context,
        }
    }
}

/// Every page of the site, planned: where each goes and how to make it.
pub struct PagePlan<'a> {
    routes: Vec<Route<'a>>,
}

/// Why pages could not all be rendered and delivered.
#[derive(Debug)]
pub enum RenderFailure<E> {
    /// Templates failed on some pages (every such page is reported).
    Templates(Diagnostics),
    /// Whoever received the pages failed (the first such failure).
    Delivery(E),
}

/// A page's template variables: made up front for the few site-wide pages, and only when the
/// page is rendered for entry pages, so that a large site never holds every page's variables
/// (and rendered Markdown) in memory at once.
enum PageContext<'a> {
    Ready(Context),
    Lazy(Box<dyn Fn() -> Context + Send + Sync + 'a>, Basis<'a>),
}

/// What a lazily made page is made from, for its fingerprint.
enum Basis<'a> {
    /// An entry's page: its value and its Markdown (with the site-wide parts).
    Entry {
        value: &'a Value,
        body: &'a crate::content::Body,
    },
    /// A period report: its value, and the key of its milestone timeline (see
    /// [`charts::timeline_key`]).
    Report { report: &'a Value, timeline: u128 },
}

impl From<Context> for PageContext<'_> {
    fn from(c: Context) -> Self {
        PageContext::Ready(c)
    }
}

impl PageContext<'_> {
    fn get(&self) -> std::borrow::Cow<'_, Context> {
        match self {
            PageContext::Ready(c) => std::borrow::Cow::Borrowed(c),
            PageContext::Lazy(make, _) => std::borrow::Cow::Owned(make()),
        }
    }
}

/// Every template the default theme provides and candor calls by name.
pub const PAGE_TEMPLATES: &[&str] = &[
    "index.html",
    "partners.html",
    "partner.html",
    "objectives.html",
    "objective.html",
    "milestones.html",
    "milestone.html",
    "successes.html",
    "success.html",
    "setbacks.html",
    "setback.html",
    "case-studies.html",
    "case-study.html",
    "page.html",
    "newsletters.html",
    "newsletter.html",
    "tags.html",
    "tag.html",
    "reports.html",
    "report.html",
    "data.html",
    "404.html",
];

/// Sets up Tera with the theme's templates and candor's filters. Template syntax errors
/// become diagnostics pointing into the template file.
pub fn templates(
    site: &Site,
    values: &TemplateValues,
    theme: &Theme,
) -> Result<(Tera, Diagnostics), Diagnostics> {
    templates_reusing(site, values, theme, None).map(|(c, d)| (c.tera, d))
}

/// A theme's templates compiled with Candor's filters, and what they were compiled from.
pub struct Compiled {
    key: u128,
    /// The templates, with the globals of the build they were last set up for.
    pub tera: Tera,
}

impl std::ops::Deref for Compiled {
    type Target = Tera;

    fn deref(&self) -> &Tera {
        &self.tera
    }
}

/// What compiled templates depend on: the theme's templates and the settings the filters
/// read.
fn compiled_key(site: &Site, theme: &Theme) -> u128 {
    let mut h = fingerprint::Hasher::default();
    h.add_hash(fingerprint::templates_hash(theme))
        .add(&[u8::from(site.alliance.allow_raw_html)])
        .add(site.alliance.base_url.as_bytes())
        .add(site.alliance.base_path.as_bytes());
    h.finish()
}

/// [`templates`], taking the templates of `earlier` when they were compiled from the same
/// theme and settings (`candor serve` rebuilds this way): only the globals are set again.
pub fn templates_reusing(
    site: &Site,
    values: &TemplateValues,
    theme: &Theme,
    earlier: Option<Compiled>,
) -> Result<(Compiled, Diagnostics), Diagnostics> {
    let key = compiled_key(site, theme);
    let mut tera = match earlier.filter(|e| e.key == key) {
        Some(earlier) => earlier.tera,
        None => compile(site, theme)?,
    };
    let diagnostics = set_globals(&mut tera, site, values, theme);
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok((Compiled { key, tera }, diagnostics))
    }
}

/// The theme's templates with Candor's filters, or every problem found.
fn compile(site: &Site, theme: &Theme) -> Result<Tera, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml", ".svg"]);
    register_filters(&mut tera, site);
    let shown: HashMap<&str, &PathBuf> = theme
        .templates
        .iter()
        .map(|(n, s)| (n.as_str(), &s.shown))
        .collect();
    let sources: Vec<(&str, &str)> = theme
        .templates
        .iter()
        .map(|(n, s)| (n.as_str(), s.text.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(sources) {
        diagnostics.push(template_error(&e, &shown, theme));
        return Err(diagnostics);
    }
    for name in PAGE_TEMPLATES {
        if !tera.contains_template(name) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(format!("templates/{name}")),
                    format!("the theme has no template `{name}`"),
                )
                .with_hint("copy it from themes/default/templates/ in the candor repository"),
            );
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(tera)
    }
}

/// Sets the globals every template sees (`site`, `extra`); warns about settings in
/// `alliance.toml` the theme does not have.
fn set_globals(
    tera: &mut Tera,
    site: &Site,
    values: &TemplateValues,
    theme: &Theme,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::new();
    tera.global_context()
        .insert_value("site", values.site.clone());
    let (extra, unknown) = merge_extra(&theme.info.extra, &site.alliance.extra);
    for key in unknown {
        diagnostics.push(
            Diagnostic::warning(
                file_location("content/alliance.toml"),
                format!("the theme has no setting `extra.{key}`, so it is ignored"),
            )
            .with_hint(
                match crate::diagnostics::did_you_mean(
                    &key,
                    theme.info.extra.keys().map(String::as_str),
                ) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!(
                        "the theme's settings are: {}",
                        theme
                            .info
                            .extra
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                },
            ),
        );
    }
    tera.global_context().insert("extra", &extra);
    diagnostics
}

/// The theme's settings with the site's values over its defaults, and the site's keys the
/// theme does not declare.
pub fn merge_extra(
    defaults: &toml::Table,
    site: &serde_json::Map<String, serde_json::Value>,
) -> (serde_json::Map<String, serde_json::Value>, Vec<String>) {
    let mut merged: serde_json::Map<String, serde_json::Value> = defaults
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            )
        })
        .collect();
    let mut unknown = Vec::new();
    for (k, v) in site {
        if !defaults.contains_key(k) {
            unknown.push(k.clone());
        }
        merged.insert(k.clone(), v.clone());
    }
    (merged, unknown)
}

fn register_filters(tera: &mut Tera, site: &Site) {
    let options = MarkdownOptions {
        allow_raw_html: site.alliance.allow_raw_html,
    };
    tera.register_filter("markdown", move |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&markdown::render_snippet(s, options))
    });
    tera.register_filter("human_date", |s: &str, _: Kwargs, _: &State| {
        s.parse::<Date>()
            .map_or_else(|_| s.to_string(), Date::human)
    });
    tera.register_filter("unit", |u: Value, _: Kwargs, _: &State| {
        unit_suffix(u.as_str().unwrap_or(""))
    });
    let (base_url, base_path) = (
        site.alliance.base_url.clone(),
        site.alliance.base_path.clone(),
    );
    tera.register_filter("absolute", move |u: &str, _: Kwargs, _: &State| {
        match u.strip_prefix(base_path.as_str()) {
            Some(rest) => format!("{base_url}{rest}"),
            None => u.to_string(),
        }
    });
    tera.register_filter("num", |n: f64, _: Kwargs, _: &State| format_number(n));
    tera.register_filter("percent", |n: f64, _: Kwargs, _: &State| {
        format!("{}%", (n * 100.0).round())
    });
}

impl<'a> PagePlan<'a> {
    /// Plans every page of `site`.
    pub fn new(site: &'a Site, values: &'a TemplateValues) -> Self {
        let options = MarkdownOptions {
            allow_raw_html: site.alliance.allow_raw_html,
        };
        PagePlan {
            routes: route_plan(site, values, options),
        }
    }

    /// How many pages there are.
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// True when there are no pages (never, for a linked site).
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    /// Where every page goes, in plan order.
    pub fn pages(&self) -> impl Iterator<Item = &PageInfo> + Clone {
        self.routes.iter().map(|r| &r.info)
    }

    /// Renders every page in memory, in path order.
    pub fn render_all(&self, tera: &Tera) -> Result<Vec<RenderedPage>, Diagnostics> {
        let pages = std::sync::Mutex::new(Vec::with_capacity(self.len()));
        let delivered = self.render_each(tera, |info, html| {
            let page = RenderedPage {
                info: info.clone(),
                html,
            };
            pages
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(page);
            Ok::<(), std::convert::Infallible>(())
        });
        match delivered {
            Ok(()) => {
                let mut pages = pages
                    .into_inner()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                pages.sort_by(|a, b| a.info.path.cmp(&b.info.path));
                Ok(pages)
            }
            Err(RenderFailure::Templates(diagnostics)) => Err(diagnostics),
            Err(RenderFailure::Delivery(never)) => match never {},
        }
    }

    /// The fingerprint of every page, in plan order: equal fingerprints in two rebuilds
    /// mean equal HTML. `None` for pages rendered every time. `memo` holds the hashes of
    /// values already worked out (see [`fingerprint::Memo`]), and gets those of `values`.
    pub fn fingerprints(
        &self,
        values: &TemplateValues,
        theme: &Theme,
        memo: &mut fingerprint::Memo,
    ) -> Vec<Option<u128>> {
        use fingerprint::{Hasher, value_hash};
        let t = crate::timings::Timer::start();
        let deps = fingerprint::template_deps(theme);
        t.lap("  fingerprints: templates");
        let refs: Vec<&Value> = values.shared_refs().collect();
        let hashes: Vec<u128> = refs.par_iter().map(|v| value_hash(v, memo)).collect();
        for (value, hash) in refs.iter().zip(hashes) {
            memo.insert(value, hash);
        }
        let items: Vec<&Value> = values.all_items().collect();
        let hashes: Vec<u128> = items.par_iter().map(|v| value_hash(v, memo)).collect();
        for (value, hash) in items.iter().zip(hashes) {
            memo.insert(value, hash);
        }
        t.lap("  fingerprints: refs, items");
        let site_fields = site_part_hashes(&values.site, memo);
        let whole_site = memo.remember(&values.site);
        let mut common = Hasher::default();
        common.add_hash(whole_site_part(&site_fields, "alliance"));
        common.add_hash(whole_site_part(&site_fields, "build_date"));
        // `extra` is the theme's defaults under the site's values (hashed with `alliance`).
        common.add(format!("{:?}", theme.info.extra).as_bytes());
        let template_hash: HashMap<&str, u128> = deps
            .iter()
            .map(|(name, d)| {
                let mut h = Hasher::default();
                h.add_hash(d.sources);
                match &d.site_fields {
                    Some(fields) => {
                        for f in fields {
                            h.add(f.as_bytes())
                                .add_hash(whole_site_part(&site_fields, f));
                        }
                    }
                    None => {
                        h.add_hash(whole_site);
                    }
                }
                (name.as_str(), h.finish())
            })
            .collect();
        let common = common.finish();
        t.lap("  fingerprints: site");
        self.routes
            .par_iter()
            .map(|route| {
                let template = *template_hash.get(route.template)?;
                let place = fingerprint::combine(&[
                    common,
                    template,
                    xxhash_rust::xxh3::xxh3_128(route.template.as_bytes()),
                    xxhash_rust::xxh3::xxh3_128(route.info.path.as_bytes()),
                ]);
                // Most pages are entries': hashed in one go, without a streaming hasher.
                if let PageContext::Lazy(_, Basis::Entry { value, body }) = &route.context {
                    return Some(fingerprint::combine(&[
                        place,
                        fingerprint::ENTRY_PAGE,
                        value_hash(value, memo),
                        body.text_hash(),
                    ]));
                }
                let mut h = Hasher::default();
                h.add_hash(place);
                match &route.context {
                    PageContext::Lazy(_, Basis::Entry { .. }) => {}
                    PageContext::Lazy(_, Basis::Report { report, timeline }) => {
                        h.add(b"report")
                            .add_hash(value_hash(report, memo))
                            .add_hash(*timeline);
                    }
                    PageContext::Ready(c) => {
                        for key in CONTEXT_KEYS {
                            if let Some(v) = c.get(key) {
                                h.add(key.as_bytes()).add_hash(value_hash(v, memo));
                            }
                        }
                    }
                }
                Some(h.finish())
            })
            .collect()
    }

    /// Renders every page in parallel and hands each to `deliver` as soon as it is made, so
    /// no page has to be kept. Every template error is reported; delivery stops at its
    /// first failure.
    pub fn render_each<E: Send>(
        &self,
        tera: &Tera,
        deliver: impl Fn(&PageInfo, String) -> Result<(), E> + Sync,
    ) -> Result<(), RenderFailure<E>> {
        self.render_selected(tera, |_| true, deliver)
    }

    /// Like [`PagePlan::render_each`], for the pages (by plan position) `selected` picks.
    pub fn render_selected<E: Send>(
        &self,
        tera: &Tera,
        selected: impl Fn(usize) -> bool + Sync,
        deliver: impl Fn(&PageInfo, String) -> Result<(), E> + Sync,
    ) -> Result<(), RenderFailure<E>> {
        let failed = std::sync::atomic::AtomicBool::new(false);
        // Lists and reports (the long pages) first, each page a task of its own: the two
        // cores then finish together instead of one waiting on a long page started last.
        let mut order: Vec<usize> = (0..self.routes.len())
            .into_par_iter()
            .filter(|i| selected(*i))
            .collect();
        order.sort_by_key(|i| {
            matches!(
                self.routes[*i].context,
                PageContext::Lazy(_, Basis::Entry { .. })
            )
        });
        let problems: Vec<Result<Diagnostic, E>> = order
            .par_iter()
            .with_max_len(1)
            .filter_map(|i| {
                let route = &self.routes[*i];
                let html = match tera.render(route.template, &route.context.get()) {
                    Ok(html) => html,
                    Err(e) => return Some(Ok(render_error(&e, &route.info.path))),
                };
                if failed.load(std::sync::atomic::Ordering::Relaxed) {
                    return None;
                }
                deliver(&route.info, html).err().map(|e| {
                    failed.store(true, std::sync::atomic::Ordering::Relaxed);
                    Err(e)
                })
            })
            .collect();
        let mut diagnostics = Diagnostics::new();
        let mut delivery = None;
        for problem in problems {
            match problem {
                Ok(d) => diagnostics.push(d),
                Err(e) => delivery = delivery.or(Some(e)),
            }
        }
        if diagnostics.has_errors() {
            Err(RenderFailure::Templates(diagnostics))
        } else if let Some(e) = delivery {
            Err(RenderFailure::Delivery(e))
        } else {
            Ok(())
        }
    }
}

/// Every variable a page context can have (a fingerprint hashes these): keep it in step with
/// the `insert` calls of this module (a test checks).
const CONTEXT_KEYS: &[&str] = &[
    "current",
    "page_title",
    "page_url",
    "page_permalink",
    "mission_html",
    "entries",
    "timeline_svg",
    "contributions_svg",
    "tags",
    "tag",
    "reports",
    "report",
    "description",
    "page",
    "body_html",
    "toc",
    "charts",
];

fn base_context(site: &Site, current: &str, title: &str, path: &str) -> Context {
    let mut c = Context::new();
    c.insert("current", current);
    c.insert("page_title", title);
    c.insert("page_url", &site.url(path));
    c.insert("page_permalink", &site.permalink(path));
    c
}

fn output_path(url_path: &str) -> String {
    format!("{}index.html", url_path.trim_start_matches('/'))
}

fn route_plan<'a>(
    site: &'a Site,
    values: &'a TemplateValues,
    options: MarkdownOptions,
) -> Vec<Route<'a>> {
    let mut routes = Vec::new();
    let mut home = base_context(site, "home", &site.alliance.name, "");
    if let Some(mission) = &site.alliance.mission {
        home.insert_value(
            "mission_html",
            Value::safe_string(&markdown::render_snippet(mission, options)),
        );
    }
    routes.push(Route::new(
        site,
        "index.html".into(),
        true,
        site.stats.newest_update,
        "index.html",
        home.into(),
    ));
    let collections = [
        (Collection::Partners, metas(&site.partners, |e| &e.meta)),
        (Collection::Objectives, metas(&site.objectives, |e| &e.meta)),
        (Collection::Milestones, metas(&site.milestones, |e| &e.meta)),
        (Collection::Successes, metas(&site.successes, |e| &e.meta)),
        (Collection::Setbacks, metas(&site.setbacks, |e| &e.meta)),
        (
            Collection::CaseStudies,
            metas(&site.case_studies, |e| &e.meta),
        ),
        (
            Collection::Newsletters,
            metas(&site.newsletters, |e| &e.meta),
        ),
    ];
    for (collection, metas) in collections {
        collection_routes(
            site,
            &mut routes,
            collection,
            metas,
            values.collection(collection),
            options,
        );
    }
    report_routes(site, values, &mut routes);
    let pages = values.collection(Collection::Pages);
    for (page, value) in site.pages.iter().zip(&pages.items) {
        let m = &page.meta;
        let make = move || {
            let path = format!("{}/", m.slug);
            let mut c = base_context(site, &format!("page:{}", m.slug), &m.title, &path);
            insert_entry(&mut c, value, m, options);
            c
        };
        routes.push(Route::new(
            site,
            output_path(&format!("{}/", m.slug)),
            true,
            m.updated,
            "page.html",
            PageContext::Lazy(
                Box::new(make),
                Basis::Entry {
                    value,
                    body: &m.body,
                },
            ),
        ));
    }

    let mut tags = base_context(site, "tags", "Tags", "tags/");
    tags.insert_value("tags", values.tags.list.clone());
    routes.push(Route::new(
        site,
        "tags/index.html".into(),
        true,
        None,
        "tags.html",
        tags.into(),
    ));
    for (tag, value) in site.tags.iter().zip(&values.tags.items) {
        let path = format!("tags/{}/", tag.slug);
        let mut c = base_context(site, "tags", &format!("Tagged “{}”", tag.name), &path);
        c.insert_value("tag", value.clone());
        routes.push(Route::new(
            site,
            output_path(&path),
            true,
            None,
            "tag.html",
            c.into(),
        ));
    }
    routes.push(Route::new(
        site,
        "404.html".into(),
        false,
        None,
        "404.html",
        base_context(site, "404", "Page not found", "404.html").into(),
    ));
    routes
}

/// Each entry's [`Meta`], in the collection's order.
fn metas<T>(entries: &[T], meta: impl Fn(&T) -> &Meta) -> Vec<&Meta> {
    entries.iter().map(meta).collect()
}

fn collection_routes<'a>(
    site: &'a Site,
    routes: &mut Vec<Route<'a>>,
    collection: Collection,
    metas: Vec<&'a Meta>,
    values: &'a ListValues,
    options: MarkdownOptions,
) {
    if metas.is_empty() {
        return;
    }
    let dir = collection.dir();
    let index_path = format!("{dir}/");
    let mut c = base_context(site, dir, collection.title(), &index_path);
    c.insert_value("entries", values.list.clone());
    add_collection_charts(site, collection, &mut c);
    routes.push(Route::new(
        site,
        output_path(&index_path),
        true,
        None,
        index_template(collection),
        c.into(),
    ));
    let pages = metas.into_iter().zip(&values.items).map(|(m, value)| {
        let make = move || entry_context(site, collection, value, m, options);
        Route::new(
            site,
            output_path(&format!("{dir}/{}/", m.slug)),
            true,
            m.updated,
            entry_template(collection),
            PageContext::Lazy(
                Box::new(make),
                Basis::Entry {
                    value,
                    body: &m.body,
                },
            ),
        )
    });
    routes.extend(pages);
}

/// The hash of one field of `site` (`stats` or `stats.successes`), or of nothing when there
/// is no such field.
fn whole_site_part(fields: &HashMap<String, u128>, name: &str) -> u128 {
    fields.get(name).copied().unwrap_or(0)
}

/// The hash of every field of `site`, and of every field of those that are maps.
fn site_part_hashes(site: &Value, memo: &fingerprint::Memo) -> HashMap<String, u128> {
    let mut hashes = HashMap::new();
    for (k, v) in site.as_map().into_iter().flatten() {
        let Some(k) = k.as_str() else { continue };
        hashes.insert(k.to_string(), fingerprint::value_hash(v, memo));
        for (inner, w) in v.as_map().into_iter().flatten() {
            if let Some(inner) = inner.as_str() {
                hashes.insert(format!("{k}.{inner}"), fingerprint::value_hash(w, memo));
            }
        }
    }
    hashes
}

/// The variables of an entry's own page.
fn entry_context(
    site: &Site,
    collection: Collection,
    entry: &Value,
    m: &Meta,
    options: MarkdownOptions,
) -> Context {
    let dir = collection.dir();
    let path = format!("{dir}/{}/", m.slug);
    let mut c = base_context(site, dir, &m.title, &path);
    insert_entry(&mut c, entry, m, options);
    if collection == Collection::Objectives
        && let Some(o) = site.objectives.iter().find(|o| o.meta.slug == m.slug)
    {
        let charts: HashMap<&str, Value> = o
            .indicators
            .iter()
            .map(|i| (i.id.as_str(), Value::safe_string(&charts::indicator(i))))
            .collect();
        c.insert("charts", &charts);
    }
    c
}

fn add_collection_charts(site: &Site, collection: Collection, c: &mut Context) {
    match collection {
        Collection::Milestones => {
            let all: Vec<&crate::model::Milestone> = site.milestones.iter().collect();
            let svg = charts::timeline("milestone-timeline", &all, site.build_date, "Today");
            c.insert_value("timeline_svg", Value::safe_string(&svg));
        }
        Collection::Partners => {
            let svg = charts::contributions("contributions-chart", &site.stats.contributions);
            c.insert_value("contributions_svg", Value::safe_string(&svg));
        }
        _ => {}
    }
}

fn report_routes<'a>(site: &'a Site, values: &'a TemplateValues, routes: &mut Vec<Route<'a>>) {
    let mut index = base_context(site, "reports", "Reports", "reports/");
    index.insert_value("reports", values.reports.list.clone());
    routes.push(Route::new(
        site,
        "reports/index.html".into(),
        true,
        None,
        "reports.html",
        index.into(),
    ));
    for (report, value) in site.reports.iter().zip(&values.reports.items) {
        let path = format!("reports/{}/", report.period.key);
        let make = move || report_context(site, report, value);
        let basis = Basis::Report {
            report: value,
            timeline: charts::timeline_key(&milestones_in_period(site, report)),
        };
        routes.push(Route::new(
            site,
            output_path(&path),
            true,
            None,
            "report.html",
            PageContext::Lazy(Box::new(make), basis),
        ));
    }
    routes.push(Route::new(
        site,
        "data/index.html".into(),
        true,
        None,
        "data.html",
        base_context(site, "data", "Open data", "data/").into(),
    ));
}

/// The variables of a period report's page.
fn report_context(site: &Site, report: &crate::model::Report, value: &Value) -> Context {
    let path = format!("reports/{}/", report.period.key);
    let title = format!("Report for {}", report.period.title);
    let mut c = base_context(site, "reports", &title, &path);
    c.insert_value("report", value.clone());
    c.insert("description", &report.summary);
    c.insert_value(
        "timeline_svg",
        Value::safe_string(&report_timeline(site, report)),
    );
    let contributions = charts::contributions("report-contributions", &report.contribution_totals);
    c.insert_value("contributions_svg", Value::safe_string(&contributions));
    c
}

/// The milestones a report's period touches.
fn milestones_in_period<'s>(
    site: &'s Site,
    report: &crate::model::Report,
) -> Vec<&'s crate::model::Milestone> {
    let touched = |d: crate::date::Date| report.period.start <= d && d <= report.period.end;
    site.milestones
        .iter()
        .filter(|m| {
            touched(crate::model::reports::due_as_of(m, report.as_of))
                || m.completed.is_some_and(touched)
                || m.replans.iter().any(|r| touched(r.date))
        })
        .collect()
}

/// The SVG timeline of the milestones a period report's period touches.
fn report_timeline(site: &Site, report: &crate::model::Report) -> String {
    let in_period = milestones_in_period(site, report);
    charts::timeline(
        "report-timeline",
        &in_period,
        report.as_of,
        if report.period.current {
            "Today"
        } else {
            "End of period"
        },
    )
}

fn insert_entry(c: &mut Context, entry: &Value, meta: &Meta, options: MarkdownOptions) {
    c.insert_value("page", entry.clone());
    c.insert_value(
        "body_html",
        Value::safe_string(&markdown::render(&meta.body, options, "")),
    );
    let toc: Vec<HashMap<&str, String>> = markdown::outline(&meta.body)
        .into_iter()
        .map(|(id, text)| HashMap::from([("id", id), ("text", text)]))
        .collect();
    c.insert("toc", &toc);
    if let Some(summary) = &meta.summary {
        c.insert("description", summary);
    }
}

fn index_template(collection: Collection) -> &'static str {
    match collection {
        Collection::Partners => "partners.html",
        Collection::Objectives => "objectives.html",
        Collection::Milestones => "milestones.html",
        Collection::Successes => "successes.html",
        Collection::Setbacks => "setbacks.html",
        Collection::CaseStudies => "case-studies.html",
        Collection::Pages => "page.html",
        Collection::Newsletters => "newsletters.html",
    }
}

fn entry_template(collection: Collection) -> &'static str {
    match collection {
        Collection::Partners => "partner.html",
        Collection::Objectives => "objective.html",
        Collection::Milestones => "milestone.html",
        Collection::Successes => "success.html",
        Collection::Setbacks => "setback.html",
        Collection::CaseStudies => "case-study.html",
        Collection::Pages => "page.html",
        Collection::Newsletters => "newsletter.html",
    }
}

fn template_error(e: &tera::Error, shown: &HashMap<&str, &PathBuf>, theme: &Theme) -> Diagnostic {
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let name = report.filename();
            let path = shown
                .get(name)
                .map_or_else(|| PathBuf::from(name), |p| (*p).clone());
            let location = theme
                .templates
                .get(name)
                .map(|t| {
                    let src = SourceText::new(&path, t.text.as_str());
                    let range = &report.span().range;
                    src.location(range.start, range.end)
                })
                .unwrap_or_else(|| file_location(&path));
            Diagnostic::error(location, format!("template error: {}", report.message()))
        }
        _ => Diagnostic::error(
            file_location("templates"),
            format!("template error: {}", error_chain(e)),
        ),
    }
}

fn render_error(e: &tera::Error, page: &str) -> Diagnostic {
    let location: Location = match e.kind() {
        tera::ErrorKind::RenderingError(report) | tera::ErrorKind::SyntaxError(report) => {
            let mut l = file_location(report.filename());
            l.line = report.span().start_line;
            l.column = report.span().start_col + 1;
            l
        }
        _ => file_location("templates"),
    };
    Diagnostic::error(location, format!("could not render {page}: {}", error_chain(e)))
        .with_hint("a template refers to something the page does not have; see docs/themes.md for each template's variables")
}

/// An error and its sources, joined by colons.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::CONTEXT_KEYS;

    #[test]
    fn templates_are_compiled_again_when_the_theme_or_the_filter_settings_change() {
        use super::{TemplateValues, templates_reusing, theme};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root);
        let content = content.unwrap();
        let link = |base_url: &str| {
            let options = crate::model::LinkOptions {
                build_date: crate::date::Date::new(2026, 6, 1).unwrap(),
                include_drafts: false,
                base_url: Some(base_url.to_string()),
            };
            crate::model::link(&content, &options).0.unwrap()
        };
        let mut d = crate::diagnostics::Diagnostics::new();
        let location = crate::diagnostics::file_location("theme");
        let theme = theme::resolve(root, "default", location, &mut d).unwrap();
        let at_root = link("https://example.org/");
        let values = TemplateValues::new(&at_root);
        let (first, _) = templates_reusing(&at_root, &values, &theme, None).unwrap();
        let first_key = first.key;

        // Same theme and settings: the same templates, with this build's globals.
        let (again, _) = templates_reusing(&at_root, &values, &theme, Some(first)).unwrap();
        assert_eq!(again.key, first_key);

        // Another base URL (the `absolute` filter reads it) or another template: compiled again.
        let moved = link("https://example.org/sub/");
        let moved_values = TemplateValues::new(&moved);
        let (elsewhere, _) = templates_reusing(&moved, &moved_values, &theme, Some(again)).unwrap();
        assert_ne!(elsewhere.key, first_key);
        let mut edited = theme.clone();
        edited
            .templates
            .get_mut("page.html")
            .unwrap()
            .text
            .push('\n');
        let (recompiled, _) =
            templates_reusing(&moved, &moved_values, &edited, Some(elsewhere)).unwrap();
        assert_ne!(recompiled.key, first_key);
        let mut context = tera::Context::new();
        for key in ["current", "page_title", "page_url", "page_permalink"] {
            context.insert(key, "home");
        }
        let home = recompiled.render("index.html", &context).unwrap();
        assert!(home.contains("/sub/"), "the new globals are used");
    }

    #[test]
    fn every_page_variable_is_in_the_fingerprint_keys() {
        let source = include_str!("mod.rs");
        for call in [
            "c.insert(\"",
            "c.insert_value(\"",
            ".insert(\"",
            ".insert_value(\"",
        ] {
            for (i, _) in source.match_indices(call) {
                let key: String = source[i + call.len()..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect();
                // `site` and `extra` are global, hashed on their own.
                assert!(
                    CONTEXT_KEYS.contains(&key.as_str())
                        || ["site", "extra"].contains(&key.as_str()),
                    "`{key}` is set on pages but missing from CONTEXT_KEYS"
                );
            }
        }
    }
}
