//! Rebuilding in memory again and again (what `candor serve` does on every save), redoing
//! only what a change affects: folders the watcher saw no change in are not listed again;
//! files whose size and time did not change are not parsed again; references equal to the
//! previous build's are shared with it (so are those its newsletter issues stated as entries
//! stood on their dates), and an entry's template value is converted again only
//! when the linked entry differs; the templates are compiled again only when the theme or the
//! settings the filters read change; and a page is rendered again only when its fingerprint
//! (a hash of its template and of every value it is made from, see [`render::fingerprint`])
//! changed. Linking is done afresh each time (in parallel), so the result is always what
//! [`crate::generate`] makes from the same files; except after a save that changed only
//! entries' Markdown (the watcher named only files under `content/`, and each changed file's
//! front matter and bundle are as they were): then the previous site is taken with the new
//! bodies, and its template values as they were, which is what linking afresh makes (see
//! [`crate::model::with_new_bodies`]).

use crate::content::LoadCache;
use crate::diagnostics::Diagnostics;
use crate::output::{Generated, SiteFiles};
use crate::render::fingerprint::Memo;
use crate::render::values::{Earlier, TemplateValues};
use crate::render::{self, Links, PageInfo};
use crate::{BuildOptions, Destination, Failure, Prepared, Reuse, Stopped, model};
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A page's HTML as a rebuild keeps it: compressed (LZ4), as every page of the site is held
/// between saves and HTML shrinks to a fifth or so (about 180 MB of pages at 10,000 entries).
#[derive(Debug, Default)]
pub struct PageHtml(Box<[u8]>);

impl PageHtml {
    /// Holds `html`.
    pub fn new(html: &str) -> PageHtml {
        PageHtml(lz4_flex::block::compress_prepend_size(html.as_bytes()).into_boxed_slice())
    }

    /// The HTML.
    pub fn text(&self) -> String {
        let bytes = lz4_flex::block::decompress_size_prepended(&self.0).unwrap_or_default();
        // What was compressed was text: what comes back is too.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Whether `failure` found a file that changed while the site was being built.
fn changed_while_building(failure: &Failure) -> bool {
    failure
        .diagnostics
        .iter()
        .any(|d| d.message == crate::content::CHANGED_WHILE_BUILDING)
}

/// A page kept from the previous rebuild.
struct Kept {
    info: Arc<PageInfo>,
    fingerprint: Option<u128>,
    html: Arc<PageHtml>,
    /// The internal links of its Markdown, checked again on every rebuild.
    links: Arc<Links>,
    /// The rebuild that last had this page.
    seen: u64,
}

/// One page of a rebuild.
#[derive(Debug, Clone)]
pub struct Page {
    /// Its path under the site (`partners/a/index.html`), shared between rebuilds.
    pub path: Arc<str>,
    /// Where it goes.
    pub info: Arc<PageInfo>,
    /// Its HTML.
    pub html: Arc<PageHtml>,
    /// True when it was rendered by this rebuild (false: kept from the previous one).
    pub fresh: bool,
}

/// What a rebuild made.
#[derive(Debug)]
pub struct Rebuilt {
    /// The linked model.
    pub site: Arc<model::Site>,
    /// Every file except the pages and the files generated from the whole site (make those
    /// with [`crate::output::generated_files`] when one is asked for).
    pub files: SiteFiles,
    /// Every page, in path order.
    pub pages: Vec<Page>,
    /// The messages the site is worded in (for the files made later).
    pub words: Arc<crate::words::Catalogue>,
    /// Warnings found on the way.
    pub diagnostics: Diagnostics,
    /// Whether only entries' bodies changed since the previous rebuild, so its site and
    /// template values were taken with the new bodies rather than made afresh.
    pub bodies_only: bool,
}

/// What [`Session::render_and_check`] hands back to the rebuild.
struct Checked {
    pages: Vec<Page>,
    memo: Memo,
    files: SiteFiles,
}

/// Marks the rebuild finished when dropped.
struct Finished<'a>(&'a AtomicBool);

impl Drop for Finished<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

/// A rebuild under way, from the moment its pages are planned until they are all rendered and
/// checked (see [`Session::rebuild_showing`]): any page of it can be rendered at once, on the
/// thread that asks, exactly as the rebuild renders it.
pub struct UnderWay<'a> {
    prepared: &'a Prepared,
    plan: &'a render::PagePlan<'a>,
    finished: &'a AtomicBool,
}

impl UnderWay<'_> {
    /// Where the site lives under the server (`/` or `/sub/`).
    pub fn base_path(&self) -> &str {
        &self.prepared.site.alliance.base_path
    }

    /// The paths of the site's pages in its own language (`partners/a/index.html`), by
    /// their position in the plan.
    pub fn page_paths(&self) -> FxHashMap<String, usize> {
        self.plan
            .pages()
            .enumerate()
            .map(|(i, info)| (info.path.clone(), i))
            .collect()
    }

    /// The HTML of the page at plan position `i` (from [`UnderWay::page_paths`]), rendered
    /// now; `None` when it cannot be made (the rebuild reports why).
    pub fn page(&self, i: usize) -> Option<String> {
        self.plan.render_page(&self.prepared.tera, i)
    }

    /// The site's files besides its pages and the files made from the whole site (its
    /// static files and bundles' files), or the problems that keep the rebuild from having
    /// them (it reports them too).
    pub fn files(&self) -> Result<SiteFiles, Diagnostics> {
        crate::output::assemble(
            &self.prepared.site,
            &self.prepared.theme,
            self.plan.pages(),
            Generated::OnRequest,
            &self.prepared.values.words,
        )
    }

    /// Where the files the rebuild makes only once it has ended are: the paths of the files
    /// made from the whole site (feeds, sitemap, open data), and the folders of the search
    /// index and of the site's other languages.
    pub fn made_later(&self) -> (Vec<String>, Vec<String>) {
        let site = &self.prepared.site;
        let mut folders: Vec<String> = site
            .languages
            .iter()
            .skip(1)
            .map(|l| l.prefix.clone())
            .collect();
        if site.alliance.search {
            folders.push(crate::output::search::DIR.to_string());
        }
        (crate::output::generated_paths(site), folders)
    }

    /// Whether the rebuild has rendered and checked every page: what it lends ends then.
    pub fn finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }
}

/// A site rebuilt on demand, keeping what the next rebuild can reuse.
pub struct Session {
    options: BuildOptions,
    cache: LoadCache,
    kept: FxHashMap<Arc<str>, Kept>,
    /// Counts good rebuilds.
    generation: u64,
    previous: Option<Previous>,
    /// The last timelines drawn.
    drawn: Arc<render::charts::Drawn>,
    /// The files of the site (a hash of their paths) when its links were last found good.
    links_known: Option<u128>,
    /// The git history last read: read again only when `HEAD` moves to another commit.
    history: Option<Arc<crate::history::History>>,
}

/// A hash of the paths of every page and other file of a rebuild.
fn files_hash(pages: &[&PageInfo], files: &SiteFiles) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let paths = pages
        .iter()
        .map(|p| p.path.as_str())
        .chain(files.files.iter().map(|f| f.path.as_str()));
    for path in paths {
        h.update(&(path.len() as u64).to_le_bytes());
        h.update(path.as_bytes());
    }
    h.digest128()
}

/// The pages of a rebuild whose fingerprint differs from the page kept from before: the ones
/// rendered again, kept in memory.
struct Changed<'a> {
    kept: &'a FxHashMap<Arc<str>, Kept>,
    infos: &'a [&'a PageInfo],
    fingerprints: &'a [Option<u128>],
    rendered: Mutex<FxHashMap<String, Arc<PageHtml>>>,
}

impl Destination for Changed<'_> {
    type Error = std::convert::Infallible;
    /// `serve` makes them when one is asked for.
    const GENERATED: Generated = Generated::OnRequest;

    fn renders(&self, i: usize) -> bool {
        let Some(kept) = self.kept.get(self.infos[i].path.as_str()) else {
            return true;
        };
        self.fingerprints[i].is_none() || kept.fingerprint != self.fingerprints[i]
    }

    fn page(&self, info: &PageInfo, html: String) -> Result<(), Self::Error> {
        self.rendered
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(info.path.clone(), Arc::new(PageHtml::new(&html)));
        Ok(())
    }
}

/// The last good build's site and values, lent to the next one, with the hashes worked out
/// for those values (kept alive here, so the memo's addresses stay theirs).
struct Previous {
    site: Arc<model::Site>,
    values: TemplateValues,
    memo: Memo,
    /// Its templates, until the next rebuild takes them.
    tera: Option<render::Compiled>,
    /// What its site was linked from.
    linked: Option<crate::Linked>,
}

impl Session {
    /// A session for the site `options` describe; nothing is built yet.
    pub fn new(options: BuildOptions) -> Session {
        Session {
            options,
            cache: LoadCache::default(),
            kept: FxHashMap::default(),
            generation: 0,
            previous: None,
            drawn: Arc::default(),
            links_known: None,
            history: None,
        }
    }

    /// Tells the next rebuild which paths changed since the last one, as a file watcher saw
    /// them (`None`: unknown). The watcher must have been watching since before the first
    /// rebuild: then folders without changes need not be listed again.
    pub fn changes_seen(&self, paths: Option<Vec<std::path::PathBuf>>) {
        self.cache.changes_seen(paths);
    }

    /// Builds the site again from the files as they are now. A file that changed while it was
    /// being built (saved again meanwhile, or changed without its size or time changing) makes
    /// it start once more, every file read afresh.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Failure> {
        self.rebuild_showing(None)
    }

    /// [`Session::rebuild`], lending the build to `meanwhile` (on a thread of its own) from
    /// the moment its pages are planned until they are all rendered and checked: `serve`'s
    /// first build answers the pages asked for in that time by rendering them at once, rather
    /// than keeping the first reader waiting for the whole site. `meanwhile` must return once
    /// [`UnderWay::finished`] says so: the rebuild waits for it. When a file changed while
    /// the site was built and it starts once more, `meanwhile` is lent the second build too.
    pub fn rebuild_showing(
        &mut self,
        meanwhile: Option<&(dyn Fn(&UnderWay<'_>) + Sync)>,
    ) -> Result<Rebuilt, Failure> {
        let result = match self.rebuild_once(meanwhile) {
            Err(failure) if changed_while_building(&failure) => {
                self.cache = LoadCache::default();
                self.rebuild_once(meanwhile)
            }
            done => done,
        };
        // The changes this attempt was told of are spent, but the site kept is still the last
        // good one, from before them: it is not taken with new bodies again (a file removed
        // from `static/` would be forgotten), and the next rebuild links afresh.
        if let (Err(_), Some(previous)) = (&result, &mut self.previous) {
            previous.linked = None;
        }
        result
    }

    fn rebuild_once(
        &mut self,
        meanwhile: Option<&(dyn Fn(&UnderWay<'_>) + Sync)>,
    ) -> Result<Rebuilt, Failure> {
        let reuse = Reuse {
            cache: &self.cache,
            compiled: self.previous.as_mut().and_then(|p| p.tera.take()),
            earlier: self.previous.as_ref().map(|p| Earlier {
                site: &p.site,
                values: &p.values,
            }),
            history: self.history.clone(),
            linked: self.previous.as_ref().and_then(|p| p.linked.as_ref()),
        };
        let mut prepared = crate::prepare(&self.options, Some(reuse))?;
        self.history = Some(Arc::clone(&prepared.history));
        let mut diagnostics = std::mem::take(&mut prepared.diagnostics);
        let timer = crate::timings::Timer::start();
        let drawn = Arc::clone(&self.drawn);
        let plan = render::PagePlan::new(&prepared.site, &prepared.values, &drawn);
        timer.lap("page plan");
        let finished = AtomicBool::new(false);
        let checked = std::thread::scope(|scope| {
            if let Some(meanwhile) = meanwhile {
                let under_way = UnderWay {
                    prepared: &prepared,
                    plan: &plan,
                    finished: &finished,
                };
                scope.spawn(move || meanwhile(&under_way));
            }
            // Whatever happens to the rendering (even a panic), what was lent ends with it.
            let _ends = Finished(&finished);
            self.render_and_check(&prepared, &plan, &mut diagnostics)
        });
        let Checked { pages, memo, files } = checked?;
        let timer = crate::timings::Timer::start();
        drop(plan);
        let Prepared {
            site,
            theme,
            values,
            tera,
            linked,
            bodies_only,
            ..
        } = prepared;
        let site = Arc::new(site);
        let words = values.words.clone();
        let previous = self.previous.replace(Previous {
            site: Arc::clone(&site),
            values,
            memo,
            tera: Some(tera),
            linked,
        });
        // Freeing a large site's template values takes a while: not on the way to the reload.
        std::thread::spawn(move || {
            let t = crate::timings::Timer::start();
            drop((previous, theme));
            t.lap("(background) free the previous build");
        });
        timer.lap("hand over");
        Ok(Rebuilt {
            site,
            files,
            pages,
            words,
            diagnostics,
            bodies_only,
        })
    }

    /// Renders the pages whose fingerprints changed, makes the other languages, checks the
    /// links and keeps the pages: the part of a rebuild that [`UnderWay`] is lent for.
    fn render_and_check(
        &mut self,
        prepared: &Prepared,
        plan: &render::PagePlan,
        diagnostics: &mut Diagnostics,
    ) -> Result<Checked, Failure> {
        let timer = crate::timings::Timer::start();
        let mut memo = Memo::carried(
            self.previous
                .as_mut()
                .map(|p| std::mem::take(&mut p.memo))
                .unwrap_or_default(),
        );
        let fingerprints = plan.fingerprints(&prepared.values, &prepared.theme, &mut memo);
        memo.settle();
        timer.lap("fingerprints");
        let infos: Vec<&PageInfo> = plan.pages().collect();
        let changed = Changed {
            kept: &self.kept,
            infos: &infos,
            fingerprints: &fingerprints,
            rendered: Mutex::default(),
        };
        let carried = match crate::carry_out(prepared, plan, &changed, diagnostics) {
            Ok(carried) => carried,
            Err(Stopped::Content(failure)) => return Err(failure),
            Err(Stopped::Delivery(never)) => match never {},
        };
        timer.lap("pages rendered, other files made");
        let rendered = changed
            .rendered
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Every page's links: the rendered pages' as found now, the others' as kept.
        let mut found: FxHashMap<&str, Arc<Links>> = carried
            .links
            .into_iter()
            .map(|(i, links)| (infos[i].path.as_str(), Arc::new(links)))
            .collect();
        let links: Vec<Arc<Links>> = infos
            .iter()
            .map(|info| match found.remove(info.path.as_str()) {
                Some(links) => links,
                None if rendered.contains_key(&info.path) => Arc::default(),
                None => self
                    .kept
                    .get(info.path.as_str())
                    .map(|k| Arc::clone(&k.links))
                    .unwrap_or_default(),
            })
            .collect();
        let mut files = carried.files;
        // The other languages (a site with translations) are made whole on every rebuild.
        let other_languages = Collected::default();
        match crate::carry_out_languages(prepared, &other_languages, None, diagnostics) {
            Ok(more) => files.extend(more),
            Err(Stopped::Content(failure)) => return Err(failure),
            Err(Stopped::Delivery(never)) => match never {},
        }
        files.extend(SiteFiles::of(
            other_languages
                .0
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        ));
        // While the site has the same files, a page kept from a good rebuild still has good
        // links: only the pages rendered now are checked.
        let known = files_hash(&infos, &files);
        let only_rendered = self.links_known == Some(known);
        let to_check = infos
            .iter()
            .zip(&links)
            .filter(|(info, _)| !only_rendered || rendered.contains_key(&info.path))
            .map(|(info, links)| (info.path.as_str(), links.as_slice()));
        self.links_known = None;
        let html = |path: &str| {
            rendered
                .get(path)
                .map(|html| html.text())
                .or_else(|| self.kept.get(path).map(|k| k.html.text()))
        };
        crate::check_links(&prepared.site, plan, &files, to_check, &html, diagnostics)?;
        self.links_known = Some(known);
        timer.lap("internal links");
        let pages = self.keep(&infos, &fingerprints, rendered, &links);
        timer.lap("pages kept");
        Ok(Checked { pages, memo, files })
    }

    /// Records this rebuild's pages (`rendered` now, the rest as kept from before) and
    /// forgets the pages it no longer has. Returns every page, in path order.
    fn keep(
        &mut self,
        infos: &[&PageInfo],
        fingerprints: &[Option<u128>],
        mut rendered: FxHashMap<String, Arc<PageHtml>>,
        links: &[Arc<Links>],
    ) -> Vec<Page> {
        self.generation += 1;
        let generation = self.generation;
        let mut pages = Vec::with_capacity(infos.len());
        for ((info, fingerprint), links) in infos.iter().zip(fingerprints).zip(links) {
            let html = rendered.remove(info.path.as_str());
            let fresh = html.is_some();
            let path: Arc<str> = match self.kept.get_key_value(info.path.as_str()) {
                Some((path, _)) => Arc::clone(path),
                None if fresh => info.path.as_str().into(),
                // Neither rendered nor kept: cannot happen after a successful render.
                None => continue,
            };
            let kept = self.kept.entry(Arc::clone(&path)).or_insert_with(|| Kept {
                info: Arc::new((*info).clone()),
                fingerprint: *fingerprint,
                html: Arc::default(),
                links: Arc::default(),
                seen: generation,
            });
            if let Some(html) = html {
                kept.html = html;
                kept.fingerprint = *fingerprint;
            }
            kept.links = Arc::clone(links);
            if *kept.info != **info {
                kept.info = Arc::new((*info).clone());
            }
            kept.seen = generation;
            pages.push(Page {
                path,
                info: Arc::clone(&kept.info),
                html: Arc::clone(&kept.html),
                fresh,
            });
        }
        self.kept.retain(|_, k| k.seen == generation);
        pages.sort_unstable_by(|a, b| a.path.cmp(&b.path));
        pages
    }
}

/// The pages of a site's other languages, as files (made whole on each rebuild, their search
/// index with them).
#[derive(Default)]
struct Collected(Mutex<Vec<(String, Vec<u8>)>>);

impl Destination for Collected {
    type Error = std::convert::Infallible;

    fn page(&self, info: &PageInfo, html: String) -> Result<(), Self::Error> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((info.path.clone(), html.into_bytes()));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::PageHtml;

    #[test]
    fn a_page_held_compressed_comes_back_as_it_was_and_smaller() {
        let page = format!(
            "<!doctype html><html lang=\"ar\"><body>{}</body></html>",
            "<p>Ünïcödé, العربية, 日本語 &amp; more.</p>\n".repeat(200)
        );
        let held = PageHtml::new(&page);
        assert_eq!(held.text(), page);
        assert!(
            held.0.len() * 5 < page.len(),
            "{} of {}",
            held.0.len(),
            page.len()
        );
        assert_eq!(PageHtml::new("").text(), "");
        assert_eq!(PageHtml::default().text(), "");
    }
}
