//! Rebuilding in memory again and again (what `candor serve` does on every save), redoing
//! only what a change affects: files whose size and time did not change are not parsed
//! again, and a page is rendered again only when its fingerprint (a hash of its template and
//! of every value it is made from, see [`render::fingerprint`]) changed. Linking, the template
//! values and the site-wide files are made afresh each time, so the result is always what
//! [`crate::generate`] makes from the same files.

use crate::content::LoadCache;
use crate::diagnostics::Diagnostics;
use crate::output::SiteFiles;
use crate::render::{self, PageInfo};
use crate::{BuildOptions, Failure, Prepared, model};
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
    pub site: model::Site,
    /// Every file except the pages and the open data (make that with
    /// [`crate::output::data::files`] when it is asked for).
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
}

impl Session {
    /// A session for the site `options` describe; nothing is built yet.
    pub fn new(options: BuildOptions) -> Session {
        Session {
            options,
            cache: LoadCache::default(),
            kept: HashMap::new(),
        }
    }

    /// Builds the site again from the files as they are now.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Failure> {
        let Prepared {
            site,
            theme,
            values,
            tera,
            mut diagnostics,
        } = crate::prepare_cached(&self.options, Some(&self.cache))?;
        let timer = crate::timings::Timer::start();
        let plan = render::PagePlan::new(&site, &values);
        let open_data = crate::output::OpenData::Later;
        let files = crate::or_failure(
            crate::output::assemble_parts(&site, &theme, plan.pages(), open_data),
            &mut diagnostics,
        )?;
        timer.lap("feeds, data, sitemap");
        let fingerprints = plan.fingerprints(&values, &theme);
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
        // Freeing a large site's template values takes a while: not on the way to the reload.
        std::thread::spawn(move || drop((values, tera, theme)));
        self.kept = kept;
        Ok(Rebuilt {
            site,
            files,
            pages,
            diagnostics,
        })
    }
}
