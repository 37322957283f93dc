//! Internal links: every link that an entry's Markdown makes to another place in the site
//! (`/partners/acme/`, `../acme/`, `report.pdf`, `/milestones/launch/#replans`) must lead to a
//! page or file the build makes. A broken one is an error at the place it was written, with
//! the nearest page the site has as a hint; a link to the host outside the site's sub-path is
//! a warning. A `#fragment` (`/milestones/launch/#replans`, or `#lessons` on the same page) must
//! name an `id` on the page it leads to: a missing one is a warning (the link still opens the
//! page), with the nearest id as a hint. Links with a scheme (`https:`, `mailto:`) are left
//! alone.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::LinkFrom;
use std::collections::{BTreeMap, HashSet};

/// How many broken links get a "did you mean" hint (each compares against every page).
const HINTED: usize = 20;

/// A `#fragment` a link points to on a page of the site, to look for among its ids.
struct Fragment<'a> {
    /// The page's file under the output folder (`milestones/launch/index.html`).
    file: String,
    /// The id, decoded.
    id: String,
    link: &'a LinkFrom,
}

/// Checks the links of `pages` (each page's path under the output folder, such as
/// `partners/acme/index.html`, with its links) against `known`, the path of every file the
/// site has, and their `#fragment`s against the ids of the pages they lead to, which `html`
/// reads (by path under the output folder). `base_path` is where the site is served (`/` or
/// `/riverbend/`).
pub fn check<'a>(
    base_path: &str,
    known: &HashSet<&str>,
    pages: impl Iterator<Item = (&'a str, &'a [LinkFrom])>,
    html: &(dyn Fn(&str) -> Option<String> + Sync),
) -> Diagnostics {
    use rayon::prelude::*;
    let hinted = std::sync::atomic::AtomicUsize::new(0);
    let pages: Vec<(&str, &[LinkFrom])> = pages.collect();
    let found: Vec<(Vec<Diagnostic>, Vec<Fragment>)> = pages
        .par_iter()
        .with_min_len(64)
        .map(|(page, links)| check_page(base_path, known, page, links, &hinted))
        .collect();
    let mut diagnostics = Diagnostics::new();
    let mut fragments: BTreeMap<String, Vec<Fragment>> = BTreeMap::new();
    for (problems, wanted) in found {
        for d in problems {
            diagnostics.push(d);
        }
        for f in wanted {
            fragments.entry(f.file.clone()).or_default().push(f);
        }
    }
    let missing: Vec<Vec<Diagnostic>> = fragments
        .par_iter()
        .map(|(file, wanted)| missing_fragments(file, wanted, html))
        .collect();
    for d in missing.into_iter().flatten() {
        diagnostics.push(d);
    }
    diagnostics
}

/// The fragments of `wanted` that name no id of the page at `file`.
fn missing_fragments(
    file: &str,
    wanted: &[Fragment],
    html: &(dyn Fn(&str) -> Option<String> + Sync),
) -> Vec<Diagnostic> {
    let Some(page) = html(file) else {
        return Vec::new();
    };
    let ids = ids_in(&page);
    wanted
        .iter()
        .filter(|f| !ids.contains(f.id.as_str()))
        .map(|f| {
            let d = Diagnostic::warning(
                f.link.written_at(),
                format!(
                    "the link to `{}` leads to a page with no `#{}` on it, so it opens at the top",
                    f.link.url, f.id
                ),
            );
            match crate::diagnostics::did_you_mean(&f.id, ids.iter().copied()) {
                Some(near) => d.with_hint(format!("did you mean `#{near}`?")),
                None => d.with_hint(
                    "a heading's id is its text in lower case with dashes (`## What we learned` is `#what-we-learned`)",
                ),
            }
        })
        .collect()
}

/// Every `id` of an HTML page (as Candor writes them: `id="..."`).
fn ids_in(html: &str) -> HashSet<&str> {
    let mut ids = HashSet::new();
    let mut rest = html;
    while let Some(at) = rest.find(" id=\"") {
        rest = &rest[at + 5..];
        let Some(end) = rest.find('"') else { break };
        ids.insert(&rest[..end]);
        rest = &rest[end..];
    }
    ids
}

/// The file under the output folder that `path` (a link's place) leads to, if the site has it.
fn leads_to(path: &str, known: &HashSet<&str>) -> Option<String> {
    let folder_page = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        format!("{path}/index.html")
    };
    if known.contains(folder_page.as_str()) {
        Some(folder_page)
    } else if !path.ends_with('/') && known.contains(path) {
        Some(path.to_string())
    } else {
        None
    }
}

/// What is wrong with the links of one page, and the fragments its links point to.
fn check_page<'a>(
    base_path: &str,
    known: &HashSet<&str>,
    page: &str,
    links: &'a [LinkFrom],
    hinted: &std::sync::atomic::AtomicUsize,
) -> (Vec<Diagnostic>, Vec<Fragment<'a>>) {
    let mut diagnostics = Vec::new();
    let mut fragments = Vec::new();
    let folder = page.rsplit_once('/').map_or("", |(folder, _)| folder);
    for link in links {
        let fragment = link
            .url
            .split_once('#')
            .map(|(_, f)| percent_decoded(f))
            .filter(|f| !f.is_empty() && f != "top");
        let mut wants = |file: String| {
            if let Some(id) = &fragment
                && file.ends_with(".html")
            {
                fragments.push(Fragment {
                    file,
                    id: id.clone(),
                    link,
                });
            }
        };
        match resolve(base_path, folder, &link.url) {
                Target::Inside(path) if let Some(file) = leads_to(&path, known) => wants(file),
                Target::Inside(path) => {
                    let mut d = Diagnostic::error(
                        link.written_at(),
                        format!("the link to `{}` leads to no page of the site", link.url),
                    );
                    if hinted.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < HINTED
                        && let Some(near) = nearest(&path, known)
                    {
                        d = d.with_hint(format!("did you mean `{base_path}{near}`?"));
                    }
                    diagnostics.push(d);
                }
                Target::Outside => diagnostics.push(
                    Diagnostic::warning(
                        link.written_at(),
                        format!(
                            "the link to `{}` leads out of the site, which is served under `{base_path}`",
                            link.url
                        ),
                    )
                    .with_hint(format!(
                        "to link to a page of the site, start the link with `{base_path}` or make it relative"
                    )),
                ),
                Target::Nowhere if link.url.starts_with('#') => wants(page.to_string()),
                Target::Nowhere => {}
        }
    }
    (diagnostics, fragments)
}

/// Where a link leads.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A path under the output folder (`partners/acme/` or `static/x.pdf`).
    Inside(String),
    /// Somewhere on the host outside the site's sub-path, or above its root.
    Outside,
    /// Nowhere to check (only a query).
    Nowhere,
}

/// Where `url`, written on a page in `folder` (under the output folder), leads.
fn resolve(base_path: &str, folder: &str, url: &str) -> Target {
    let path = url.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() {
        return Target::Nowhere;
    }
    let path = if path.contains('%') {
        percent_decoded(path)
    } else {
        path.to_string()
    };
    let (start, rest): (Vec<&str>, &str) = match path.strip_prefix('/') {
        Some(_) => match path.strip_prefix(base_path) {
            Some(rest) => (Vec::new(), rest),
            None if path == base_path.trim_end_matches('/') => (Vec::new(), ""),
            None => return Target::Outside,
        },
        None => (
            folder.split('/').filter(|s| !s.is_empty()).collect(),
            path.as_str(),
        ),
    };
    let mut parts = start;
    for segment in rest.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Target::Outside;
                }
            }
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    if (rest.is_empty() || rest.ends_with('/')) && !joined.is_empty() {
        joined.push('/');
    }
    Target::Inside(joined)
}

/// The page of `known` nearest to `path`, as a URL path under the site (`partners/acme/`).
fn nearest(path: &str, known: &HashSet<&str>) -> Option<String> {
    let wanted = path.trim_end_matches('/');
    known
        .iter()
        .map(|k| k.strip_suffix("index.html").unwrap_or(k))
        .map(|k| (strsim::levenshtein(wanted, k.trim_end_matches('/')), k))
        .filter(|(distance, _)| *distance <= wanted.len().max(4) / 3)
        .min()
        .map(|(_, k)| k.to_string())
}

/// `%20` and the like decoded (a file name with a space is linked as `a%20b.pdf`).
fn percent_decoded(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(hi), Some(lo)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_from_the_page_they_are_on() {
        let at = |folder, url| resolve("/", folder, url);
        let inside = |s: &str| Target::Inside(s.to_string());
        assert_eq!(
            at("partners/acme", "/partners/beta/"),
            inside("partners/beta/")
        );
        assert_eq!(at("partners/acme", "../beta/"), inside("partners/beta/"));
        assert_eq!(at("partners/acme", "../beta"), inside("partners/beta"));
        assert_eq!(
            at("partners/acme", "plan.pdf"),
            inside("partners/acme/plan.pdf")
        );
        assert_eq!(at("partners/acme", "/"), inside(""));
        assert_eq!(
            at("partners/acme", "/milestones/x/#replans"),
            inside("milestones/x/")
        );
        assert_eq!(
            at("partners/acme", "my%20plan.pdf"),
            inside("partners/acme/my plan.pdf")
        );
        assert_eq!(at("partners/acme", "../../../x/"), Target::Outside);
        assert_eq!(at("partners/acme", "?q=1"), Target::Nowhere);
        let sub = |url| resolve("/riverbend/", "partners/acme", url);
        assert_eq!(sub("/riverbend/partners/beta/"), inside("partners/beta/"));
        assert_eq!(sub("/riverbend"), inside(""));
        assert_eq!(sub("/partners/beta/"), Target::Outside);
        assert_eq!(sub("../beta/"), inside("partners/beta/"));
    }

    #[test]
    fn a_link_leads_somewhere_when_the_site_has_the_file_or_the_folders_page() {
        let known: HashSet<&str> = ["index.html", "partners/beta/index.html", "static/a.pdf"]
            .into_iter()
            .collect();
        let to = |path| leads_to(path, &known);
        assert_eq!(to("").as_deref(), Some("index.html"));
        assert_eq!(
            to("partners/beta/").as_deref(),
            Some("partners/beta/index.html")
        );
        assert_eq!(
            to("partners/beta").as_deref(),
            Some("partners/beta/index.html")
        );
        assert_eq!(to("static/a.pdf").as_deref(), Some("static/a.pdf"));
        assert_eq!(to("partners/gamma/"), None);
        let ids = ids_in("<h2 id=\"what-we-learned\">x</h2><p class=\"a\" id=\"b\">");
        assert_eq!(ids, ["what-we-learned", "b"].into_iter().collect());
        assert_eq!(
            nearest("partners/betta/", &known).as_deref(),
            Some("partners/beta/")
        );
    }
}
