//! Rebuilding in memory again and again (what `candor serve` does on every save), redoing
//! only what a change affects: files whose size and time did not change are not parsed
//! again; an entry's template value is converted again only when the linked entry differs
//! from the previous build's; and a page is rendered again only when its fingerprint (a hash
//! of its template and of every value it is made from, see [`render::fingerprint`]) changed.
//! Linking is done afresh each time, so the result is always what [`crate::generate`] makes
//! from the same files.

use crate::content::LoadCache;
use crate::diagnostics::Diagnostics;
use crate::output::SiteFiles;
use crate::render::fingerprint::Memo;
use crate::render::values::{Earlier, TemplateValues};
use crate::render::{self, PageInfo};
use crate::{BuildOptions, Failure, Prepared, Reuse, model};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A page kept from the previous rebuild.
struct Kept {
    fingerprint: Option<u128>,
    html: Arc<str>,
}

/// One page of a rebuild.
#[derive(Debug, Clone)]
pub struct Page {
    /// Where it goes.
    pub info: PageInfo,
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
    kept: HashMap<String, Kept>,
    previous: Option<Previous>,
}

/// The last good build's site and values, lent to the next one, with the hashes worked out
/// for those values (kept alive here, so the memo's addresses stay theirs).
struct Previous {
    site: Arc<model::Site>,
    values: TemplateValues,
    memo: Memo,
}

impl Session {
    /// A session for the site `options` describe; nothing is built yet.
    pub fn new(options: BuildOptions) -> Session {
        Session {
            options,
            cache: LoadCache::default(),
            kept: HashMap::new(),
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
                earlier: self.previous.as_ref().map(|p| Earlier {
                    site: &p.site,
                    values: &p.values,
                }),
            }),
        )?;
        let timer = crate::timings::Timer::start();
        let plan = render::PagePlan::new(&site, &values);
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
            let kept = self.kept.get(&infos[i].path)?;
            (fingerprints[i].is_some() && kept.fingerprint == fingerprints[i]).then_some(kept)
        };
        let rendered: Mutex<HashMap<String, Arc<str>>> = Mutex::new(HashMap::new());
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
        let mut rendered = rendered
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut pages = Vec::with_capacity(infos.len());
        let mut kept = HashMap::with_capacity(infos.len());
        for (i, info) in infos.iter().enumerate() {
            let (html, fresh) = match rendered.remove(&info.path) {
                Some(html) => (html, true),
                None => match reusable(i) {
                    Some(k) => (Arc::clone(&k.html), false),
                    None => continue,
                },
            };
            kept.insert(
                info.path.clone(),
                Kept {
                    fingerprint: fingerprints[i],
                    html: Arc::clone(&html),
                },
            );
            pages.push(Page {
                info: (*info).clone(),
                html,
                fresh,
            });
        }
        pages.sort_by(|a, b| a.info.path.cmp(&b.info.path));
        drop(plan);
        let site = Arc::new(site);
        let previous = self.previous.replace(Previous {
            site: Arc::clone(&site),
            values,
            memo,
        });
        // Freeing a large site's template values takes a while: not on the way to the reload.
        std::thread::spawn(move || drop((previous, tera, theme)));
        self.kept = kept;
        Ok(Rebuilt {
            site,
            files,
            pages,
            diagnostics,
        })
    }
}
