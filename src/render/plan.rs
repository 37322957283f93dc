//! The page plan: which pages the site has, at which path, made by which template from which
//! values; rendering them in parallel, all or a selection, handed one by one to whoever asked;
//! and each page's fingerprint, by which `candor serve` renders again only what changed.

use super::markdown::MarkdownOptions;
use super::paginate::{self, Paginator};
use super::templates::render_error;
use super::theme::Theme;
use super::values::{ListValues, TemplateValues};
use super::{charts, fingerprint, markdown, search};
use crate::content::Collection;
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{EachCollection, LinkedEntry, Meta, Site};
use crate::words::{Catalogue, Page, page_title, timeline_date_label};
use rayon::prelude::*;
use std::collections::HashMap;
use tera::{Context, Tera, Value};

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
    /// Templates failed on some pages, or an entry's Markdown could not be read again (every
    /// such page is reported).
    Templates(Diagnostics),
    /// Whoever received the pages failed (the first such failure).
    Delivery(E),
}

/// A page's template variables: made up front for the few site-wide pages, and only when the
/// page is rendered for entry pages, so that a large site never holds every page's variables
/// (and rendered Markdown) in memory at once.
enum PageContext<'a> {
    Ready(Context),
    Lazy(Box<dyn Fn() -> MadeContext + Send + Sync + 'a>, Basis<'a>),
}

/// A lazily made page's variables and the internal links of its Markdown, or why its
/// Markdown could not be read again.
type MadeContext = Result<(Context, Links), Box<Diagnostic>>;

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
    /// The variables, and the internal links of the Markdown rendered for them; an error when
    /// an entry's Markdown cannot be read again.
    fn get(&self) -> Result<(std::borrow::Cow<'_, Context>, Links), Box<Diagnostic>> {
        match self {
            PageContext::Ready(c) => Ok((std::borrow::Cow::Borrowed(c), Links::new())),
            PageContext::Lazy(make, _) => {
                let (c, links) = make()?;
                Ok((std::borrow::Cow::Owned(c), links))
            }
        }
    }
}

/// A link from a page's Markdown to somewhere in the site, with where it was written.
#[derive(Debug, Clone)]
pub struct LinkFrom {
    /// Where it leads, as written.
    pub url: String,
    /// The body it was written in (shared with the entry, not copied).
    pub body: crate::content::Body,
    /// The bytes of the body the link was written in.
    pub at: std::ops::Range<usize>,
}

impl LinkFrom {
    /// Where it was written (worked out only for a link that is reported).
    pub fn written_at(&self) -> crate::diagnostics::Location {
        self.body
            .location(self.at.clone())
            .unwrap_or_else(|| crate::diagnostics::file_location("(content)"))
    }
}

/// The internal links of one page.
pub type Links = Vec<LinkFrom>;

impl<'a> PagePlan<'a> {
    /// Plans every page of `site`, drawing its timelines with `drawn` (which remembers the
    /// last few, for the next plan that asks).
    pub fn new(site: &'a Site, values: &'a TemplateValues, drawn: &'a charts::Drawn) -> Self {
        let options = MarkdownOptions {
            allow_raw_html: site.alliance.allow_raw_html,
        };
        PagePlan {
            routes: route_plan(site, values, drawn, options),
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

    /// The page at plan position `i` rendered on this thread, alone: the HTML [`render`]
    /// delivers for it (`None` when there is no such page or it cannot be made, which
    /// [`render`] reports). For a page wanted at once while the others are rendered on the
    /// pool.
    ///
    /// [`render`]: PagePlan::render
    pub fn render_page(&self, tera: &Tera, i: usize) -> Option<String> {
        let route = self.routes.get(i)?;
        let (context, _) = route.context.get().ok()?;
        tera.render(route.template, &context).ok()
    }

    /// The Markdown body of the entry whose page is at plan position `i` (`None` for a page
    /// that is not an entry's).
    pub(crate) fn entry_body(&self, i: usize) -> Option<&crate::content::Body> {
        match &self.routes.get(i)?.context {
            PageContext::Lazy(_, Basis::Entry { body, .. }) => Some(body),
            _ => None,
        }
    }

    /// The fingerprint of every page, in plan order: equal fingerprints in two rebuilds
    /// mean equal HTML. `None` for pages rendered every time. `memo` holds the hashes of
    /// values already worked out (see [`fingerprint::Memo`]), and gets those of `values`.
    pub(crate) fn fingerprints(
        &self,
        values: &TemplateValues,
        theme: &Theme,
        memo: &mut fingerprint::Memo,
    ) -> Vec<Option<u128>> {
        use super::fingerprint::{Hasher, value_hash};
        let t = crate::timings::Timer::start();
        let deps = fingerprint::template_deps(theme, memo);
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
        // Every page's `alternates` (its addresses in the site's languages).
        common.add_hash(whole_site_part(&site_fields, "languages"));
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

    /// Renders the pages (by plan position) `selected` picks, in parallel, and hands each to
    /// `deliver` as soon as it is made, so no page has to be kept. Every template error is
    /// reported; delivery stops at its first failure. Returns the internal links of each
    /// rendered page that has any, by plan position.
    pub fn render<E: Send>(
        &self,
        tera: &Tera,
        selected: impl Fn(usize) -> bool + Sync,
        deliver: impl Fn(&PageInfo, String) -> Result<(), E> + Sync,
    ) -> Result<Vec<(usize, Links)>, RenderFailure<E>> {
        let found = std::sync::Mutex::new(Vec::new());
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
                let (context, links) = match route.context.get() {
                    Ok(got) => got,
                    Err(unreadable) => return Some(Ok(*unreadable)),
                };
                let html = match tera.render(route.template, &context) {
                    Ok(html) => html,
                    Err(e) => return Some(Ok(render_error(&e, &route.info.path))),
                };
                if !links.is_empty() {
                    let mut found = found
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    found.push((*i, links));
                }
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
            let mut found = found
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            found.sort_unstable_by_key(|(i, _)| *i);
            Ok(found)
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
    "paginator",
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
    "search_filters",
    "alternates",
];

/// The same page in one of the site's languages, for the language switcher and `hreflang`.
#[derive(serde::Serialize)]
struct Alternate<'a> {
    /// The language's tag.
    code: &'a str,
    /// Its name in itself.
    name: &'a str,
    /// The page's path in it.
    url: String,
    /// The page's absolute URL in it.
    permalink: String,
    /// Whether it is this page's language.
    current: bool,
}

fn base_context(site: &Site, current: &str, title: &str, path: &str) -> Context {
    let mut c = Context::new();
    c.insert("current", current);
    c.insert("page_title", title);
    c.insert("page_url", &site.url(path));
    c.insert("page_permalink", &site.permalink(path));
    if !site.languages.is_empty() {
        let path = path.trim_start_matches('/');
        let alternates: Vec<Alternate> = site
            .languages
            .iter()
            .map(|l| Alternate {
                code: &l.code,
                name: &l.name,
                url: format!("{}{}{path}", site.alliance.root_path, l.prefix),
                permalink: format!("{}{}{path}", site.alliance.root_url, l.prefix),
                current: l.code == site.alliance.language,
            })
            .collect();
        c.insert("alternates", &alternates);
    }
    c
}

fn output_path(url_path: &str) -> String {
    format!("{}index.html", url_path.trim_start_matches('/'))
}

fn route_plan<'a>(
    site: &'a Site,
    values: &'a TemplateValues,
    drawn: &'a charts::Drawn,
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
    site.each_collection(&mut CollectionRoutes {
        site,
        values,
        drawn,
        options,
        routes: &mut routes,
    });
    report_routes(site, values, drawn, &mut routes);
    let pages = values.collection(Collection::Pages);
    for (page, value) in site.pages.iter().zip(&pages.items) {
        let m = &page.meta;
        let make = move || {
            let path = format!("{}/", m.slug);
            let mut c = base_context(site, &format!("page:{}", m.slug), &m.title, &path);
            let links = insert_entry(&mut c, value, m, options)?;
            Ok((c, links))
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

    let w = &*values.words;
    let mut tags = base_context(site, "tags", &page_title(w, Page::Tags), "tags/");
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
        let first = format!("tags/{}/", tag.slug);
        let entries = value
            .as_map()
            .and_then(|m| m.get(&tera::value::Key::from("entries")))
            .and_then(Value::as_array)
            .unwrap_or_default();
        let pages = paginate::split(entries.len(), site.alliance.per_page);
        for (n, range) in pages.iter().enumerate() {
            let path = paginate::page_path(&first, n + 1);
            let title = numbered(
                w,
                page_title(w, Page::Tagged(&tag.name)),
                n + 1,
                pages.len(),
            );
            let mut c = base_context(site, "tags", &title, &path);
            c.insert_value("tag", value.clone());
            c.insert_value("entries", Value::from(entries[range.clone()].to_vec()));
            c.insert("paginator", &Paginator::new(site, &first, &pages, n + 1));
            routes.push(Route::new(
                site,
                output_path(&path),
                true,
                None,
                "tag.html",
                c.into(),
            ));
        }
    }
    routes.push(Route::new(
        site,
        "404.html".into(),
        false,
        None,
        "404.html",
        base_context(site, "404", &page_title(w, Page::NotFound), "404.html").into(),
    ));
    routes
}

/// The index and entry pages of each collection but the free pages (which sit at the root).
struct CollectionRoutes<'a, 'r> {
    site: &'a Site,
    values: &'a TemplateValues,
    drawn: &'a charts::Drawn,
    options: MarkdownOptions,
    routes: &'r mut Vec<Route<'a>>,
}

impl<'a> EachCollection<'a> for CollectionRoutes<'a, '_> {
    fn visit<E: LinkedEntry>(&mut self, entries: &'a [E]) {
        // The home page counts partners, objectives, milestones, successes and setbacks and
        // links to their indexes, so these exist even when empty ("no setbacks" is itself a
        // statement; the partners index shows what anonymous members gave).
        let has_index = !entries.is_empty()
            || matches!(
                E::COLLECTION,
                Collection::Partners
                    | Collection::Objectives
                    | Collection::Milestones
                    | Collection::Successes
                    | Collection::Setbacks
            );
        if E::COLLECTION == Collection::Pages || !has_index {
            return;
        }
        let values = self.values.collection(E::COLLECTION);
        index_routes(
            self.site,
            self.routes,
            E::COLLECTION,
            &index_order(entries),
            values,
            (self.drawn, &self.values.words),
        );
        collection_routes(
            self.site,
            self.routes,
            E::COLLECTION,
            entries.iter().map(LinkedEntry::meta).collect(),
            values,
            (self.options, &self.values.words),
        );
    }
}

/// The order in which a collection's index lists `entries` (by their positions): by
/// [`LinkedEntry::index_part`], then in the collection's order.
fn index_order<E: LinkedEntry>(entries: &[E]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&n| entries[n].index_part());
    order
}

/// A page title with its page number, after the first page: "Milestones (page 2 of 17)".
fn numbered(w: &Catalogue, title: String, number: usize, pages: usize) -> String {
    if number == 1 {
        title
    } else {
        page_title(w, Page::Numbered(&title, number, pages))
    }
}

/// The pages of a collection's index, listing its entries in `order` split by the site's
/// `per_page`; the first page has the collection's charts.
fn index_routes<'a>(
    site: &'a Site,
    routes: &mut Vec<Route<'a>>,
    collection: Collection,
    order: &[usize],
    values: &'a ListValues,
    (drawn, w): (&charts::Drawn, &Catalogue),
) {
    let dir = collection.dir();
    let first = format!("{dir}/");
    let pages = paginate::split(order.len(), site.alliance.per_page);
    for (n, range) in pages.iter().enumerate() {
        let number = n + 1;
        let path = paginate::page_path(&first, number);
        let title = numbered(
            w,
            crate::words::collection_title(w, collection),
            number,
            pages.len(),
        );
        let mut c = base_context(site, dir, &title, &path);
        if pages.len() == 1 {
            c.insert_value("entries", values.list.clone());
        } else {
            let entries: Vec<Value> = order[range.clone()]
                .iter()
                .map(|&k| values.items[k].clone())
                .collect();
            c.insert_value("entries", Value::from(entries));
        }
        c.insert("paginator", &Paginator::new(site, &first, &pages, number));
        if number == 1 {
            add_collection_charts(site, collection, (drawn, w), &mut c);
        }
        routes.push(Route::new(
            site,
            output_path(&path),
            true,
            None,
            templates_of(collection).0,
            c.into(),
        ));
    }
}

/// The entry pages of a collection.
fn collection_routes<'a>(
    site: &'a Site,
    routes: &mut Vec<Route<'a>>,
    collection: Collection,
    metas: Vec<&'a Meta>,
    values: &'a ListValues,
    (options, w): (MarkdownOptions, &'a Catalogue),
) {
    let dir = collection.dir();
    // Each route's path and address are made side by side (on a save of a large site, one
    // after another they were most of planning).
    let pages: Vec<Route<'a>> = metas
        .into_par_iter()
        .zip(&values.items)
        .enumerate()
        .with_min_len(256)
        .map(|(at, (m, value))| {
            let make = move || entry_context((site, w), collection, (at, value), m, options);
            Route::new(
                site,
                output_path(&format!("{dir}/{}/", m.slug)),
                true,
                m.updated,
                templates_of(collection).1,
                PageContext::Lazy(
                    Box::new(make),
                    Basis::Entry {
                        value,
                        body: &m.body,
                    },
                ),
            )
        })
        .collect();
    routes.extend(pages);
}

/// The hash of one field of `site` (`stats` or `stats.successes`), or of nothing when there
/// is no such field.
fn whole_site_part(fields: &HashMap<String, u128>, name: &str) -> u128 {
    fields.get(name).copied().unwrap_or(0)
}

/// The hash of every field of `site`, and of every field of those that are maps.
fn site_part_hashes(site: &Value, memo: &mut fingerprint::Memo) -> HashMap<String, u128> {
    let mut hashes = HashMap::new();
    for (k, v) in site.as_map().into_iter().flatten() {
        let Some(k) = k.as_str() else { continue };
        // The inner parts first, remembered, so that the part's own hash reuses theirs (and
        // the next rebuild reuses both for a part it shares).
        for (inner, w) in v.as_map().into_iter().flatten() {
            if let Some(inner) = inner.as_str() {
                hashes.insert(format!("{k}.{inner}"), memo.remember(w));
            }
        }
        hashes.insert(k.to_string(), memo.remember(v));
    }
    hashes
}

/// The variables of an entry's own page; `at` is the entry's position in its collection.
fn entry_context(
    (site, w): (&Site, &Catalogue),
    collection: Collection,
    (at, entry): (usize, &Value),
    m: &Meta,
    options: MarkdownOptions,
) -> MadeContext {
    let dir = collection.dir();
    let path = format!("{dir}/{}/", m.slug);
    let mut c = base_context(site, dir, &m.title, &path);
    let mut links = insert_entry(&mut c, entry, m, options)?;
    if collection == Collection::Setbacks
        && let Some(s) = site.setbacks.get(at).filter(|s| s.meta.slug == m.slug)
    {
        let texts = s.updates.iter().map(|u| u.text.as_str());
        let responses = s.responses.iter().map(|r| r.text.as_str());
        links.extend(front_matter_links(m, texts.chain(responses), options));
    }
    if collection == Collection::Objectives
        && let Some(o) = site.objectives.get(at).filter(|o| o.meta.slug == m.slug)
    {
        let charts: HashMap<&str, Value> = o
            .indicators
            .iter()
            .map(|i| (i.id.as_str(), Value::safe_string(&charts::indicator(i, w))))
            .collect();
        c.insert("charts", &charts);
    }
    Ok((c, links))
}

fn add_collection_charts(
    site: &Site,
    collection: Collection,
    (drawn, w): (&charts::Drawn, &Catalogue),
    c: &mut Context,
) {
    match collection {
        Collection::Milestones => {
            let all: Vec<&crate::model::Milestone> = site.milestones.iter().collect();
            let today = timeline_date_label(w, true);
            let svg = drawn.timeline("milestone-timeline", &all, site.build_date, &today, w);
            c.insert_value("timeline_svg", Value::safe_string(&svg));
        }
        Collection::Partners => {
            let svg = charts::contributions("contributions-chart", &site.stats.contributions, w);
            c.insert_value("contributions_svg", Value::safe_string(&svg));
        }
        _ => {}
    }
}

fn report_routes<'a>(
    site: &'a Site,
    values: &'a TemplateValues,
    drawn: &'a charts::Drawn,
    routes: &mut Vec<Route<'a>>,
) {
    let w: &'a Catalogue = &values.words;
    let mut index = base_context(site, "reports", &page_title(w, Page::Reports), "reports/");
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
        let make = move || {
            Ok((
                report_context(site, report, value, (drawn, w)),
                Links::new(),
            ))
        };
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
        base_context(site, "data", &page_title(w, Page::OpenData), "data/").into(),
    ));
    if site.alliance.search {
        let mut c = base_context(site, "search", &page_title(w, Page::Search), "search/");
        c.insert("search_filters", &search::filters(site, w));
        routes.push(Route::new(
            site,
            "search/index.html".into(),
            false,
            None,
            "search.html",
            c.into(),
        ));
    }
    if site.history_shown {
        routes.push(Route::new(
            site,
            "removed/index.html".into(),
            true,
            None,
            "removed.html",
            base_context(site, "removed", &page_title(w, Page::Removed), "removed/").into(),
        ));
    }
    if !site.resources.contributions.is_empty() || !site.resources.strengths.is_empty() {
        routes.push(Route::new(
            site,
            "resource-map/index.html".into(),
            true,
            None,
            "resources.html",
            base_context(
                site,
                "partners",
                &page_title(w, Page::ResourceMap),
                "resource-map/",
            )
            .into(),
        ));
    }
}

/// The variables of a period report's page.
fn report_context(
    site: &Site,
    report: &crate::model::Report,
    value: &Value,
    (drawn, w): (&charts::Drawn, &Catalogue),
) -> Context {
    let path = format!("reports/{}/", report.period.key);
    let title = page_title(w, Page::Report(&report.period.title));
    let mut c = base_context(site, "reports", &title, &path);
    c.insert_value("report", value.clone());
    c.insert("description", &report.summary.in_words(w));
    c.insert_value(
        "timeline_svg",
        Value::safe_string(&report_timeline(site, report, (drawn, w))),
    );
    let contributions =
        charts::contributions("report-contributions", &report.contribution_totals, w);
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
            touched(crate::model::facts::due_on(m, report.as_of))
                || m.completed.is_some_and(touched)
                || m.replans.iter().any(|r| touched(r.date))
        })
        .collect()
}

/// The SVG timeline of the milestones a period report's period touches.
fn report_timeline(
    site: &Site,
    report: &crate::model::Report,
    (drawn, w): (&charts::Drawn, &Catalogue),
) -> String {
    let in_period = milestones_in_period(site, report);
    drawn.timeline(
        "report-timeline",
        &in_period,
        report.as_of,
        &timeline_date_label(w, report.period.current),
        w,
    )
}

/// The internal links written in Markdown `texts` of an entry's front matter (a setback's
/// updates and responses), each placed at the first place after the previous one where its
/// file has the URL as written.
fn front_matter_links<'t>(
    meta: &Meta,
    texts: impl Iterator<Item = &'t str>,
    options: MarkdownOptions,
) -> Links {
    let file = meta.body.whole_file();
    // The front matter is held: the file is not read again to find its links.
    let head = meta.body.file_head();
    let mut from = 0;
    let mut links = Vec::new();
    for text in texts {
        for link in markdown::render_body(text, options, "").links {
            let at = head
                .get(from..)
                .and_then(|rest| rest.find(&link.url))
                .map_or(0..0, |i| from + i..from + i + link.url.len());
            from = from.max(at.end);
            links.push(LinkFrom {
                url: link.url,
                body: file.clone(),
                at,
            });
        }
    }
    links
}

/// Puts an entry's value and rendered body in `c`; returns the body's internal links, or why
/// the body could not be read.
fn insert_entry(
    c: &mut Context,
    entry: &Value,
    meta: &Meta,
    options: MarkdownOptions,
) -> Result<Links, Box<Diagnostic>> {
    c.insert_value("page", entry.clone());
    let body = markdown::render_body(&meta.body.text()?, options, "");
    c.insert_value("body_html", Value::safe_string(&body.html));
    let links = body
        .links
        .into_iter()
        .map(|link| LinkFrom {
            url: link.url,
            body: meta.body.clone(),
            at: link.at,
        })
        .collect();
    let toc: Vec<HashMap<&str, String>> = body
        .outline
        .into_iter()
        .map(|(id, text)| HashMap::from([("id", id), ("text", text)]))
        .collect();
    c.insert("toc", &toc);
    if let Some(summary) = &meta.summary {
        c.insert("description", summary);
    }
    Ok(links)
}

/// The templates of a collection's index page and of its entries' pages.
fn templates_of(collection: Collection) -> (&'static str, &'static str) {
    match collection {
        Collection::Partners => ("partners.html", "partner.html"),
        Collection::Objectives => ("objectives.html", "objective.html"),
        Collection::Milestones => ("milestones.html", "milestone.html"),
        Collection::Successes => ("successes.html", "success.html"),
        Collection::Setbacks => ("setbacks.html", "setback.html"),
        Collection::CaseStudies => ("case-studies.html", "case-study.html"),
        Collection::Pages => ("page.html", "page.html"),
        Collection::Newsletters => ("newsletters.html", "newsletter.html"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_variable_is_in_the_fingerprint_keys() {
        let source = [include_str!("plan.rs"), include_str!("templates.rs")].concat();
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
