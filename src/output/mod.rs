//! Output: the complete list of files a site has (rendered pages, feed, sitemap, robots.txt,
//! theme and site static files, bundle assets), and the writer that puts them on disk
//! without ever leaving a half-written site.

pub mod data;
pub mod feed;
pub mod writer;

use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use crate::model::Site;
use crate::render::theme::{Origin, Theme};
use crate::render::{PageInfo, RenderedPage};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What a file of the site is made of.
#[derive(Debug, Clone)]
pub enum Contents {
    /// Bytes made by this build.
    Bytes(Vec<u8>),
    /// Bytes compiled into candor (the default theme's static files).
    Builtin(&'static [u8]),
    /// A file copied from disk.
    Copy(PathBuf),
}

/// One file of the output, by its path under the output folder.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Path under the output folder, with `/` separators.
    pub path: String,
    /// What goes in it.
    pub contents: Contents,
}

/// Every file of the site, in path order. Pages are counted from the start, but a build that
/// writes pages as they are rendered never adds them here (see [`SiteFiles::add_pages`]).
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    /// The files.
    pub files: Vec<OutputFile>,
    /// How many HTML pages the site has.
    pub pages: usize,
}

impl SiteFiles {
    /// Adds rendered pages to the files, keeping them in path order.
    pub fn add_pages(&mut self, pages: Vec<RenderedPage>) {
        self.files.extend(pages.into_iter().map(|p| OutputFile {
            path: p.info.path,
            contents: Contents::Bytes(p.html.into_bytes()),
        }));
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// Assembles every file of the site except its pages (which the renderer makes), and checks
/// that no two sources write the same path, pages included: a static file must not silently
/// replace a page.
pub fn assemble<'p>(
    site: &Site,
    theme: &Theme,
    pages: impl Iterator<Item = &'p PageInfo> + Clone,
) -> Result<SiteFiles, Diagnostics> {
    assemble_parts(site, theme, pages, OpenData::Include)
}

/// Whether [`assemble_parts`] makes the open data files ([`data::paths`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenData {
    /// Make them.
    Include,
    /// Leave them out (their paths are still reserved): `serve` makes them on request.
    Later,
}

/// [`assemble`], with the open data made now or left for later.
pub fn assemble_parts<'p>(
    site: &Site,
    theme: &Theme,
    pages: impl Iterator<Item = &'p PageInfo> + Clone,
    open_data: OpenData,
) -> Result<SiteFiles, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    // `None`: a page, which the renderer makes.
    let mut files: BTreeMap<String, (String, Option<Contents>)> = BTreeMap::new();
    let mut add =
        |path: String, from: String, contents: Option<Contents>, diagnostics: &mut Diagnostics| {
            if let Some((first, _)) = files.get(&path) {
                diagnostics.push(
                    Diagnostic::error(
                        file_location(&from),
                        format!("{from} would be written to {path}, which {first} already writes"),
                    )
                    .with_hint("rename or move one of them"),
                );
            } else {
                files.insert(path, (from, contents));
            }
        };
    let page_count = pages.clone().count();
    let sitemap = sitemap(site, pages.clone());
    for page in pages {
        let from = format!("the page {}", page.path);
        add(page.path.clone(), from, None, &mut diagnostics);
    }
    add(
        "atom.xml".into(),
        "the Atom feed".into(),
        Some(Contents::Bytes(feed::atom(site).into_bytes())),
        &mut diagnostics,
    );
    if !site.newsletters.is_empty() {
        let feed = feed::newsletters_atom(site).into_bytes();
        add(
            "newsletters/atom.xml".into(),
            "the newsletter feed".into(),
            Some(Contents::Bytes(feed)),
            &mut diagnostics,
        );
    }
    add(
        "sitemap.xml".into(),
        "the sitemap".into(),
        Some(Contents::Bytes(sitemap.into_bytes())),
        &mut diagnostics,
    );
    add(
        "robots.txt".into(),
        "robots.txt".into(),
        Some(Contents::Bytes(robots(site).into_bytes())),
        &mut diagnostics,
    );
    match open_data {
        OpenData::Include => {
            for (path, bytes) in data::files(site) {
                add(
                    path,
                    "the open data".into(),
                    Some(Contents::Bytes(bytes)),
                    &mut diagnostics,
                );
            }
        }
        OpenData::Later => {
            for path in data::paths() {
                // Reserved like a page: made elsewhere.
                add(path, "the open data".into(), None, &mut diagnostics);
            }
        }
    }
    for meta in site.all_meta() {
        for (disk, out) in &meta.assets {
            add(
                out.clone(),
                meta.source.clone(),
                Some(Contents::Copy(disk.clone())),
                &mut diagnostics,
            );
        }
    }
    for (path, origin) in &theme.static_files {
        let (from, contents) = match origin {
            Origin::Builtin(bytes) => (
                format!("the theme's static/{path}"),
                Contents::Builtin(bytes),
            ),
            Origin::Disk(p) => (p.display().to_string(), Contents::Copy(p.clone())),
        };
        add(path.clone(), from, Some(contents), &mut diagnostics);
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(SiteFiles {
        files: files
            .into_iter()
            .filter_map(|(path, (_, contents))| {
                Some(OutputFile {
                    path,
                    contents: contents?,
                })
            })
            .collect(),
        pages: page_count,
    })
}

fn sitemap<'p>(site: &Site, pages: impl Iterator<Item = &'p PageInfo>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut listed: Vec<&PageInfo> = pages.filter(|p| p.url.is_some()).collect();
    listed.sort_by(|a, b| a.url.cmp(&b.url));
    for page in listed {
        let url = page.url.as_deref().unwrap_or("");
        let path = url.strip_prefix(&site.alliance.base_path).unwrap_or(url);
        xml.push_str("  <url><loc>");
        xml.push_str(&feed::xml_escape(&site.permalink(path)));
        xml.push_str("</loc>");
        if let Some(d) = page.lastmod {
            xml.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.permalink("sitemap.xml")
    )
}
