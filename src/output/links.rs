//! Internal links: every link that an entry's Markdown makes to another place in the site
//! (`/partners/acme/`, `../acme/`, `report.pdf`, `/milestones/launch/#replans`) must lead to a
//! page or file the build makes. A broken one is an error at the place it was written, with
//! the nearest page the site has as a hint; a link to the host outside the site's sub-path is
//! a warning. Links with a scheme (`https:`, `mailto:`) are left alone, and so are the
//! `#fragment`s: only where a link leads is checked, not the part of the page it points to.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::LinkFrom;
use std::collections::HashSet;

/// How many broken links get a "did you mean" hint (each compares against every page).
const HINTED: usize = 20;

/// Checks the links of `pages` (each page's path under the output folder, such as
/// `partners/acme/index.html`, with its links) against `known`, the path of every file the
/// site has. `base_path` is where the site is served (`/` or `/riverbend/`).
pub fn check<'a>(
    base_path: &str,
    known: &HashSet<&str>,
    pages: impl Iterator<Item = (&'a str, &'a [LinkFrom])>,
) -> Diagnostics {
    use rayon::prelude::*;
    let hinted = std::sync::atomic::AtomicUsize::new(0);
    let pages: Vec<(&str, &[LinkFrom])> = pages.collect();
    let found: Vec<Vec<Diagnostic>> = pages
        .par_iter()
        .with_min_len(64)
        .map(|(page, links)| check_page(base_path, known, page, links, &hinted))
        .collect();
    let mut diagnostics = Diagnostics::new();
    for d in found.into_iter().flatten() {
        diagnostics.push(d);
    }
    diagnostics
}

/// What is wrong with the links of one page.
fn check_page(
    base_path: &str,
    known: &HashSet<&str>,
    page: &str,
    links: &[LinkFrom],
    hinted: &std::sync::atomic::AtomicUsize,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let folder = page.rsplit_once('/').map_or("", |(folder, _)| folder);
    for link in links {
        match resolve(base_path, folder, &link.url) {
                Target::Inside(path) if leads_somewhere(&path, known) => {}
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
                Target::Nowhere => {}
        }
    }
    diagnostics
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

/// True when `path` (under the output folder) is a file the site has, or a folder with an
/// `index.html`.
fn leads_somewhere(path: &str, known: &HashSet<&str>) -> bool {
    if path.is_empty() || path.ends_with('/') {
        return known.contains(format!("{path}index.html").as_str());
    }
    known.contains(path) || known.contains(format!("{path}/index.html").as_str())
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
        assert!(leads_somewhere("", &known));
        assert!(leads_somewhere("partners/beta/", &known));
        assert!(leads_somewhere("partners/beta", &known));
        assert!(leads_somewhere("static/a.pdf", &known));
        assert!(!leads_somewhere("partners/gamma/", &known));
        assert_eq!(
            nearest("partners/betta/", &known).as_deref(),
            Some("partners/beta/")
        );
    }
}
