//! Render: turns the linked [`Site`] into HTML pages with the theme's Tera templates.
//! It owns the route plan (which pages exist, at which path, made by which template with
//! which variables), the Markdown conversion of entry bodies, and the filters templates use.
//! Pages are rendered in parallel and kept in memory; nothing here touches the output folder.

pub mod charts;
pub mod markdown;
pub mod theme;

use crate::content::Collection;
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, Location, SourceText, file_location};
use crate::model::{Meta, Site};
use markdown::MarkdownOptions;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use tera::{Context, Kwargs, State, Tera, Value};
use theme::Theme;

/// One HTML page of the site, rendered.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Path under the output folder (`partners/x/index.html`).
    pub path: String,
    /// Site-relative URL (`/partners/x/`), or `None` for pages kept out of the sitemap.
    pub url: Option<String>,
    /// Last date the page's content changed, for the sitemap.
    pub lastmod: Option<Date>,
    /// The HTML.
    pub html: String,
}

/// A page to render: where it goes and what its template receives.
struct Route<'a> {
    path: String,
    url: Option<String>,
    lastmod: Option<Date>,
    template: &'static str,
    context: PageContext<'a>,
}

/// A page's template variables: made up front for the few site-wide pages, and only when the
/// page is rendered for entry pages, so that a large site never holds every page's variables
/// (and rendered Markdown) in memory at once.
enum PageContext<'a> {
    Ready(Context),
    Lazy(Box<dyn Fn() -> Context + Send + Sync + 'a>),
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
            PageContext::Lazy(make) => std::borrow::Cow::Owned(make()),
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
pub fn templates(site: &Site, theme: &Theme) -> Result<(Tera, Diagnostics), Diagnostics> {
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
    tera.global_context().insert("site", site);
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
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok((tera, diagnostics))
    }
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

/// Renders every page of the site in memory.
pub fn render(site: &Site, tera: &Tera) -> Result<Vec<RenderedPage>, Diagnostics> {
    let options = MarkdownOptions {
        allow_raw_html: site.alliance.allow_raw_html,
    };
    let routes = route_plan(site, options);
    let results: Vec<Result<RenderedPage, Box<Diagnostic>>> = routes
        .into_par_iter()
        .map(|route| {
            tera.render(route.template, &route.context.get())
                .map(|html| RenderedPage {
                    path: route.path.clone(),
                    url: route.url.clone(),
                    lastmod: route.lastmod,
                    html,
                })
                .map_err(|e| Box::new(render_error(&e, &route.path)))
        })
        .collect();
    let mut diagnostics = Diagnostics::new();
    let mut pages = Vec::new();
    for r in results {
        match r {
            Ok(page) => pages.push(page),
            Err(d) => diagnostics.push(*d),
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(pages)
    }
}

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

fn route_plan(site: &Site, options: MarkdownOptions) -> Vec<Route<'_>> {
    let mut routes = Vec::new();
    let mut home = base_context(site, "home", &site.alliance.name, "");
    if let Some(mission) = &site.alliance.mission {
        home.insert_value(
            "mission_html",
            Value::safe_string(&markdown::render_snippet(mission, options)),
        );
    }
    routes.push(Route {
        path: "index.html".into(),
        url: Some(site.url("")),
        lastmod: site.stats.newest_update,
        template: "index.html",
        context: home.into(),
    });

    collection_routes(
        site,
        &mut routes,
        Collection::Partners,
        &site.partners,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::Objectives,
        &site.objectives,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::Milestones,
        &site.milestones,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::Successes,
        &site.successes,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::Setbacks,
        &site.setbacks,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::CaseStudies,
        &site.case_studies,
        |p| &p.meta,
        options,
    );
    collection_routes(
        site,
        &mut routes,
        Collection::Newsletters,
        &site.newsletters,
        |p| &p.meta,
        options,
    );
    report_routes(site, &mut routes);
    for page in &site.pages {
        let path = format!("{}/", page.meta.slug);
        let mut c = base_context(
            site,
            &format!("page:{}", page.meta.slug),
            &page.meta.title,
            &path,
        );
        insert_entry(&mut c, page, &page.meta, options);
        routes.push(Route {
            path: output_path(&path),
            url: Some(site.url(&path)),
            lastmod: page.meta.updated,
            template: "page.html",
            context: c.into(),
        });
    }

    let mut tags = base_context(site, "tags", "Tags", "tags/");
    tags.insert("tags", &site.tags);
    routes.push(Route {
        path: "tags/index.html".into(),
        url: Some(site.url("tags/")),
        lastmod: None,
        template: "tags.html",
        context: tags.into(),
    });
    for tag in &site.tags {
        let path = format!("tags/{}/", tag.slug);
        let mut c = base_context(site, "tags", &format!("Tagged “{}”", tag.name), &path);
        c.insert("tag", tag);
        routes.push(Route {
            path: output_path(&path),
            url: Some(site.url(&path)),
            lastmod: None,
            template: "tag.html",
            context: c.into(),
        });
    }
    routes.push(Route {
        path: "404.html".into(),
        url: None,
        lastmod: None,
        template: "404.html",
        context: base_context(site, "404", "Page not found", "404.html").into(),
    });
    routes
}

fn collection_routes<'a, T: Serialize + Sync>(
    site: &'a Site,
    routes: &mut Vec<Route<'a>>,
    collection: Collection,
    entries: &'a [T],
    meta: impl Fn(&T) -> &Meta + Sync + Send + Copy + 'a,
    options: MarkdownOptions,
) {
    if entries.is_empty() {
        return;
    }
    let dir = collection.dir();
    let index_path = format!("{dir}/");
    let mut c = base_context(site, dir, collection.title(), &index_path);
    c.insert("entries", entries);
    add_collection_charts(site, collection, &mut c);
    routes.push(Route {
        path: output_path(&index_path),
        url: Some(site.url(&index_path)),
        lastmod: None,
        template: index_template(collection),
        context: c.into(),
    });
    let pages = entries.iter().map(|entry| {
        let m = meta(entry);
        let path = format!("{dir}/{}/", m.slug);
        let make = move || entry_context(site, collection, entry, meta(entry), options);
        Route {
            url: Some(site.url(&path)),
            path: output_path(&path),
            lastmod: m.updated,
            template: entry_template(collection),
            context: PageContext::Lazy(Box::new(make)),
        }
    });
    routes.extend(pages);
}

/// The variables of an entry's own page.
fn entry_context<T: Serialize>(
    site: &Site,
    collection: Collection,
    entry: &T,
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

fn report_routes<'a>(site: &'a Site, routes: &mut Vec<Route<'a>>) {
    let mut index = base_context(site, "reports", "Reports", "reports/");
    index.insert("reports", &site.reports);
    routes.push(Route {
        path: "reports/index.html".into(),
        url: Some(site.url("reports/")),
        lastmod: None,
        template: "reports.html",
        context: index.into(),
    });
    for report in &site.reports {
        let path = format!("reports/{}/", report.period.key);
        let title = format!("Report for {}", report.period.title);
        let mut c = base_context(site, "reports", &title, &path);
        c.insert("report", report);
        c.insert("description", &report.summary);
        let in_period: Vec<&crate::model::Milestone> = site
            .milestones
            .iter()
            .filter(|m| {
                let touched =
                    |d: crate::date::Date| report.period.start <= d && d <= report.period.end;
                touched(crate::model::reports::due_as_of(m, report.as_of))
                    || m.completed.is_some_and(touched)
                    || m.replans.iter().any(|r| touched(r.date))
            })
            .collect();
        let timeline = charts::timeline(
            "report-timeline",
            &in_period,
            report.as_of,
            if report.period.current {
                "Today"
            } else {
                "End of period"
            },
        );
        c.insert_value("timeline_svg", Value::safe_string(&timeline));
        let contributions =
            charts::contributions("report-contributions", &report.contribution_totals);
        c.insert_value("contributions_svg", Value::safe_string(&contributions));
        routes.push(Route {
            path: output_path(&path),
            url: Some(site.url(&path)),
            lastmod: None,
            template: "report.html",
            context: c.into(),
        });
    }
    routes.push(Route {
        path: "data/index.html".into(),
        url: Some(site.url("data/")),
        lastmod: None,
        template: "data.html",
        context: base_context(site, "data", "Open data", "data/").into(),
    });
}

fn insert_entry<T: Serialize>(c: &mut Context, entry: &T, meta: &Meta, options: MarkdownOptions) {
    c.insert("page", entry);
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

/// A unit as written after a number: `%` sticks to it, other units get a space.
pub fn unit_suffix(unit: &str) -> String {
    match unit.trim() {
        "" => String::new(),
        "%" => "%".to_string(),
        u => format!(" {u}"),
    }
}

/// Formats a number for people: thousands separated by commas, at most two decimals,
/// no trailing zeros (`1234567.5` -> `1,234,567.5`).
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let rounded = (n * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_read_well() {
        assert_eq!(format_number(1_234_567.5), "1,234,567.5");
        assert_eq!(format_number(1000.0), "1,000");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-42.0), "-42");
        assert_eq!(format_number(999.999), "1,000");
    }
}
