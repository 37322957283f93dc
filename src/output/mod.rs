//! Output: the complete list of files a site has (rendered pages, feed, sitemap, robots.txt,
//! theme and site static files, bundle assets), and the writer that puts them on disk
//! without ever leaving a half-written site.

pub mod data;
pub mod feed;
pub mod links;
pub(crate) mod remembered;
pub mod search;
pub mod writer;

use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use crate::model::Site;
use crate::render::theme::{Origin, Theme};
use crate::render::{PageInfo, RenderedPage};
use crate::words::Catalogue;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What a file of the site is made of.
#[derive(Debug, Clone)]
pub enum Contents {
    /// Bytes made by this build.
    Bytes(Vec<u8>),
    /// Bytes made by this build in parts, the file being the parts one after another: a large
    /// file (the open data) is written as it was made, never joined in memory.
    Parts(Vec<Vec<u8>>),
    /// Bytes compiled into candor (the default theme's static files).
    Builtin(&'static [u8]),
    /// A file copied from disk.
    Copy(PathBuf),
    /// Bytes made by this build and written to the output folder already: no longer held in
    /// memory (see [`SiteFiles::forget_written`]).
    Written,
}

impl Contents {
    /// The bytes of a file made in memory, joined when in parts (`None` for one built in,
    /// copied from disk or written already).
    pub fn into_made(self) -> Option<Vec<u8>> {
        match self {
            Contents::Bytes(bytes) => Some(bytes),
            Contents::Parts(parts) => Some(parts.concat()),
            Contents::Builtin(_) | Contents::Copy(_) | Contents::Written => None,
        }
    }
}

impl From<Vec<u8>> for Contents {
    fn from(bytes: Vec<u8>) -> Contents {
        Contents::Bytes(bytes)
    }
}

/// Takes the next part of a file made a part at a time (see [`data::json_in_parts`]); an
/// error stops the making.
pub type PutPart<'a, E> = dyn FnMut(Vec<u8>) -> Result<(), E> + 'a;

/// Makes a file a part at a time, handing each part, in order, to the [`PutPart`] it is
/// given.
pub type MakeInParts<'a, E> = dyn FnMut(&mut PutPart<'_, E>) -> Result<(), E> + 'a;

/// Makes some of the open-data files (`(path, contents)`) of a site, worded in a catalogue.
type MakeFiles = fn(&Site, &Arc<Catalogue>) -> Vec<(String, Contents)>;

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
    /// Lets go of the bytes this build made, once they are written to the output folder: a
    /// large site's open data and feeds are hundreds of megabytes that nothing reads again.
    pub fn forget_written(&mut self) {
        for file in &mut self.files {
            if matches!(file.contents, Contents::Bytes(_) | Contents::Parts(_)) {
                file.contents = Contents::Written;
            }
        }
    }

    /// Files made in memory (`(path, bytes or contents)`), as a list of files with no pages.
    pub fn of(files: Vec<(String, impl Into<Contents>)>) -> SiteFiles {
        let mut files: Vec<OutputFile> = files
            .into_iter()
            .map(|(path, contents)| OutputFile {
                path,
                contents: contents.into(),
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        SiteFiles { files, pages: 0 }
    }

    /// The same files in `folder` (`fr/`): a language's files in the site.
    pub fn in_folder(&self, folder: &str) -> SiteFiles {
        SiteFiles {
            files: self
                .files
                .iter()
                .map(|f| OutputFile {
                    path: format!("{folder}{}", f.path),
                    contents: f.contents.clone(),
                })
                .collect(),
            pages: self.pages,
        }
    }

    /// Adds `other`'s files (not pages), keeping them in path order.
    pub fn extend(&mut self, other: SiteFiles) {
        self.files.extend(other.files);
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
    }

    /// Adds rendered pages to the files, keeping them in path order.
    pub fn add_pages(&mut self, pages: Vec<RenderedPage>) {
        self.files.extend(pages.into_iter().map(|p| OutputFile {
            path: p.info.path,
            contents: Contents::Bytes(p.html.into_bytes()),
        }));
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// When [`assemble`] makes the files generated from the whole site: the feeds, the
/// sitemap and the open data ([`generated_paths`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    /// Make them now, but the open data's JSON ([`data::JSON`]): its path is reserved, and
    /// the caller makes it with [`data::json_in_parts`], handing it over as it is made.
    Now,
    /// Leave them out (their paths are still reserved): `serve` makes them with
    /// [`generated_files`] when one is asked for.
    OnRequest,
}

/// The paths of the files generated from the whole site.
pub fn generated_paths(site: &Site) -> Vec<String> {
    let mut paths = vec!["atom.xml".to_string()];
    if !site.newsletters.is_empty() {
        paths.push("newsletters/atom.xml".into());
    }
    paths.push("sitemap.xml".into());
    paths.extend(data::paths());
    paths
}

/// The files generated from the whole site, in the order of [`generated_paths`]: the feeds,
/// the sitemap of `pages`, and the open data.
pub fn generated_files<'p>(
    site: &Site,
    pages: impl Iterator<Item = &'p PageInfo>,
    words: &Arc<Catalogue>,
) -> Vec<(String, Contents)> {
    generated_with(site, pages, words, data::files)
}

/// [`generated_files`] but the open data's JSON.
pub(crate) fn generated_files_but_json<'p>(
    site: &Site,
    pages: impl Iterator<Item = &'p PageInfo>,
    words: &Arc<Catalogue>,
) -> Vec<(String, Contents)> {
    generated_with(site, pages, words, data::files_but_json)
}

/// The feeds and the sitemap of `pages`, then the open-data files `data` makes.
fn generated_with<'p>(
    site: &Site,
    pages: impl Iterator<Item = &'p PageInfo>,
    words: &Arc<Catalogue>,
    data: MakeFiles,
) -> Vec<(String, Contents)> {
    // The open data is most of the work: made beside the feeds and the sitemap.
    let pages: Vec<&PageInfo> = pages.collect();
    let (mut files, data) = rayon::join(
        || {
            let text = |path: &str, text: String| (path.to_string(), Contents::Bytes(text.into()));
            let mut files = vec![text("atom.xml", feed::atom(site, words))];
            if !site.newsletters.is_empty() {
                files.push(text(
                    "newsletters/atom.xml",
                    feed::newsletters_atom(site, words),
                ));
            }
            files.push(text("sitemap.xml", sitemap(site, pages.into_iter())));
            files
        },
        || data(site, words),
    );
    files.extend(data);
    files
}

/// Assembles every file of the site except its pages (which the renderer makes), with the
/// files generated from the whole site made now (but the open data's JSON, see
/// [`Generated::Now`]) or left for later, and checks that no two
/// sources write the same path, pages included: a static file must not silently replace a
/// page.
pub fn assemble<'p>(
    site: &Site,
    theme: &Theme,
    pages: impl Iterator<Item = &'p PageInfo> + Clone,
    generated: Generated,
    words: &Arc<Catalogue>,
) -> Result<SiteFiles, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    // The pages, which the renderer makes.
    let mut page_paths: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut page_count = 0;
    for page in pages.clone() {
        page_count += 1;
        if !page_paths.insert(page.path.as_str()) {
            diagnostics.push(Diagnostic::error(
                file_location(format!("the page {}", page.path)),
                format!("two pages would be written to {}", page.path),
            ));
        }
    }
    // `None`: a file made on request.
    let mut files: BTreeMap<String, (String, Option<Contents>)> = BTreeMap::new();
    let mut add =
        |path: String, from: String, contents: Option<Contents>, diagnostics: &mut Diagnostics| {
            let first = if page_paths.contains(path.as_str()) {
                Some(format!("the page {path}"))
            } else {
                files.get(&path).map(|(first, _)| first.clone())
            };
            if let Some(first) = first {
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
    match generated {
        Generated::Now => {
            for (path, contents) in generated_files_but_json(site, pages, words) {
                let from = generated_by(&path);
                add(path, from, Some(contents), &mut diagnostics);
            }
            let json = data::JSON.to_string();
            add(json.clone(), generated_by(&json), None, &mut diagnostics);
        }
        Generated::OnRequest => {
            for path in generated_paths(site) {
                let from = generated_by(&path);
                add(path, from, None, &mut diagnostics);
            }
        }
    }
    add(
        "robots.txt".into(),
        "robots.txt".into(),
        Some(Contents::Bytes(robots(site).into_bytes())),
        &mut diagnostics,
    );
    // The favicon drawn from the accent, unless the site or its theme has one of its own.
    if site.alliance.brand.favicon_drawn
        && !theme
            .static_files
            .iter()
            .any(|(path, _)| path == "favicon.svg")
    {
        add(
            "favicon.svg".into(),
            "the favicon Candor draws".into(),
            Some(Contents::Bytes(drawn_favicon(site).into_bytes())),
            &mut diagnostics,
        );
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
    if site.alliance.search {
        let taken = page_paths
            .iter()
            .copied()
            .chain(files.keys().map(String::as_str))
            .filter(|path| path.starts_with(search::DIR));
        for path in taken {
            let from = files
                .get(path)
                .map_or(format!("the page {path}"), |f| f.0.clone());
            diagnostics.push(
                Diagnostic::error(
                    file_location(&from),
                    format!(
                        "{from} would be written to {path}, in the folder {} that the search index uses",
                        search::DIR
                    ),
                )
                .with_hint("move it, or turn search off with `[search] enabled = false` in alliance.toml"),
            );
        }
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

/// What makes a generated file, for messages about paths written twice.
fn generated_by(path: &str) -> String {
    match path {
        "atom.xml" => "the Atom feed".into(),
        "newsletters/atom.xml" => "the newsletter feed".into(),
        "sitemap.xml" => "the sitemap".into(),
        _ => "the open data".into(),
    }
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
        xml.push_str(&crate::escape::markup(&site.permalink(path)));
        xml.push_str("</loc>");
        if let Some(d) = page.lastmod {
            xml.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// A favicon for a site that gives none: the first letter of the alliance's name on its
/// accent colour (or the theme's), as SVG with nothing in it that runs.
fn drawn_favicon(site: &Site) -> String {
    let (fill, ink) = site
        .alliance
        .brand
        .accent
        .as_ref()
        .map_or(("#0b5e66", "#ffffff"), |a| {
            (a.light.as_str(), a.on_light.as_str())
        });
    let initial: String = site
        .alliance
        .name
        .chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"{fill}\"/><text x=\"32\" y=\"45\" font-family=\"system-ui, sans-serif\" font-size=\"38\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{ink}\">{}</text></svg>\n",
        crate::escape::markup(&initial)
    )
}

fn robots(site: &Site) -> String {
    let mut text = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.permalink("sitemap.xml")
    );
    // Each other language has a sitemap of its own.
    for language in site.languages.iter().skip(1) {
        text.push_str(&format!(
            "Sitemap: {}{}sitemap.xml\n",
            site.alliance.root_url, language.prefix
        ));
    }
    text
}
