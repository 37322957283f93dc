//! Rebuilding in memory again and again (what `candor serve` does on every save), redoing
//! only what a change affects: folders the watcher saw no change in are not listed again;
//! files whose size and time did not change are not parsed again; references equal to the
//! previous build's are shared with it, and an entry's template value is converted again only
//! when the linked entry differs; the templates are compiled again only when the theme or the
//! settings the filters read change; and a page is rendered again only when its fingerprint
//! (a hash of its template and of every value it is made from, see [`render::fingerprint`])
//! changed. Linking is done afresh each time (in parallel), so the result is always what
//! [`crate::generate`] makes from the same files.

use crate::content::LoadCache;
use crate::diagnostics::Diagnostics;
use crate::output::SiteFiles;
use crate::render::fingerprint::Memo;
use crate::render::values::{Earlier, TemplateValues};
use crate::render::{self, PageInfo};
use crate::{BuildOptions, Failure, Prepared, Reuse, model};
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex};

/// A page kept from the previous rebuild.
struct Kept {
    info: Arc<PageInfo>,
    fingerprint: Option<u128>,
    html: Arc<str>,
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
    pub html: Arc<str>,
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
    /// Warnings found on the way.
    pub diagnostics: Diagnostics,
}

/// A site rebuilt on demand, keeping what the next rebuild can reuse.
pub struct Session {
    options: BuildOptions,
    cache: LoadCache,
    kept: FxHashMap<Arc<str>, Kept>,
    /// Counts good rebuilds.
    generation: u64,
    previous: Option<Previous>,
}

/// The last good build's site and values, lent to the next one, with the hashes worked out
/// for those values (kept alive here, so the memo's addresses stay theirs).
struct Previous {
    site: Arc<model::Site>,
    values: TemplateValues,
    memo: Memo,
    /// Its templates, until the next rebuild takes them.
    tera: Option<render::Compiled>,
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
        }
    }

    /// Tells the next rebuild which paths changed since the last one, as a file watcher saw
    /// them (`None`: unknown). The watcher must have been watching since before the first
    /// rebuild: then folders without changes need not be listed again.
    pub fn changes_seen(&self, paths: Option<Vec<std::path::PathBuf>>) {
        self.cache.changes_seen(paths);
    }

    /// Builds the site again from the files as they are now.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Failure> {
        let Prepared {
            site,
            theme,
            values,
            tera,
            mut diagnostics,
        } = crate::prepare_reusing(
            &self.options,
            Some(Reuse {
                cache: &self.cache,
                compiled: self.previous.as_mut().and_then(|p| p.tera.take()),
                earlier: self.previous.as_ref().map(|p| Earlier {
                    site: &p.site,
                    values: &p.values,
                }),
            }),
        )?;
        let timer = crate::timings::Timer::start();
        let plan = render::PagePlan::new(&site, &values);
        timer.lap("page plan");
        let generated = crate::output::Generated::OnRequest;
        let files = crate::or_failure(
            crate::output::assemble_parts(&site, &theme, plan.pages(), generated),
            &mut diagnostics,
        )?;
        timer.lap("other files");
        let mut memo = Memo::carried(
            self.previous
                .as_mut()
                .map(|p| std::mem::take(&mut p.memo))
                .unwrap_or_default(),
        );
        let fingerprints = plan.fingerprints(&values, &theme, &mut memo);
        memo.settle();
        timer.lap("fingerprints");
        let infos: Vec<&PageInfo> = plan.pages().collect();
        let reusable = |i: usize| -> Option<&Kept> {
            let kept = self.kept.get(infos[i].path.as_str())?;
            (fingerprints[i].is_some() && kept.fingerprint == fingerprints[i]).then_some(kept)
        };
        let rendered: Mutex<FxHashMap<String, Arc<str>>> = Mutex::new(FxHashMap::default());
        let result = plan.render_selected(
            &tera,
            |i| reusable(i).is_none(),
            |info, html| {
                rendered
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .insert(info.path.clone(), html.into());
                Ok::<(), std::convert::Infallible>(())
            },
        );
        timer.lap("render changed pages");
        match result {
            Ok(()) => {}
            Err(render::RenderFailure::Templates(found)) => {
                diagnostics.extend(found);
                return Err(Failure { diagnostics });
            }
            Err(render::RenderFailure::Delivery(never)) => match never {},
        }
        let rendered = rendered
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let pages = self.keep(&infos, &fingerprints, rendered);
        timer.lap("pages kept");
        drop(plan);
        let site = Arc::new(site);
        let previous = self.previous.replace(Previous {
            site: Arc::clone(&site),
            values,
            memo,
            tera: Some(tera),
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
            diagnostics,
        })
    }

    /// Records this rebuild's pages (`rendered` now, the rest as kept from before) and
    /// forgets the pages it no longer has. Returns every page, in path order.
    fn keep(
        &mut self,
        infos: &[&PageInfo],
        fingerprints: &[Option<u128>],
        mut rendered: FxHashMap<String, Arc<str>>,
    ) -> Vec<Page> {
        self.generation += 1;
        let generation = self.generation;
        let mut pages = Vec::with_capacity(infos.len());
        for (info, fingerprint) in infos.iter().zip(fingerprints) {
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
                html: Arc::from(""),
                seen: generation,
            });
            if let Some(html) = html {
                kept.html = html;
                kept.fingerprint = *fingerprint;
            }
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
