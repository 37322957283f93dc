//! Linking again after a save that changed only entries' Markdown (what `candor serve` sees
//! most while someone writes): the previous build's site, with the new bodies, is what linking
//! the new content afresh would make, so it is taken instead of linking every entry again.
//!
//! Linking reads an entry's body only through its file's history (the change log, when the
//! file differs from its last commit); everything else comes from the front matter, the
//! settings, the bundles' files, `static/` and the date. So the previous site is taken only
//! when all of those are the same: the caller makes sure nothing outside `content/` changed
//! and the options and history are the same; this module compares the content, and works
//! out again the change log of each file whose body changed.

use super::source_path;
use crate::content::{Content, Entry};
use crate::model::history::{ChangeLine, FileHistory};
use crate::model::{LinkOptions, LinkedEntry, Site};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The site `now` links into, as `earlier` (linked from `before` with `options`) with the new
/// bodies, when `now` differs from `before` only in bodies; `None` when anything else may
/// differ (then link afresh). `options` must be the ones `earlier` was linked with, with the
/// same history, and nothing outside `content/` may have changed since.
pub fn with_new_bodies(
    before: &Content,
    now: &Content,
    earlier: &Site,
    options: &LinkOptions,
) -> Option<Site> {
    if options.translation.is_some()
        || !now.translations.is_empty()
        || !before.translations.is_empty()
        || before.root != now.root
        || *before.alliance_source != *now.alliance_source
        || before.unreadable != now.unreadable
    {
        return None;
    }
    // Each collection, by its entry type and its field (the same in both): every change is
    // looked at before the site is copied (a save that changed more links afresh anyway).
    macro_rules! each {
        ($($entry:ident: $field:ident),*) => {{
            $(let $field = changed_bodies::<crate::model::$entry, _>(
                &before.$field, &now.$field, earlier, options,
            )?;)*
            let mut site = clone_in_two(earlier);
            $(put_bodies::<crate::model::$entry, _>(&$field, &mut site);)*
            site
        }};
    }
    Some(
        each!(Partner: partners, Objective: objectives, Milestone: milestones,
        Success: successes, Setback: setbacks, CaseStudy: case_studies, Page: pages,
        Newsletter: newsletters),
    )
}

/// A copy of `site`, made by two threads (copying every entry of a large site takes a while,
/// and `serve` waits for it).
fn clone_in_two(site: &Site) -> Site {
    let (
        (partners, objectives, milestones, case_studies, pages, newsletters),
        (successes, setbacks),
    ) = rayon::join(
        || {
            (
                site.partners.clone(),
                site.objectives.clone(),
                site.milestones.clone(),
                site.case_studies.clone(),
                site.pages.clone(),
                site.newsletters.clone(),
            )
        },
        || (site.successes.clone(), site.setbacks.clone()),
    );
    let ((tags, reports, resources), (refs, stated, removed)) = rayon::join(
        || {
            (
                site.tags.clone(),
                site.reports.clone(),
                site.resources.clone(),
            )
        },
        || (site.refs.clone(), site.stated.clone(), site.removed.clone()),
    );
    Site {
        alliance: site.alliance.clone(),
        build_date: site.build_date,
        drafts: site.drafts,
        partners,
        anonymous: site.anonymous.clone(),
        objectives,
        milestones,
        successes,
        setbacks,
        case_studies,
        pages,
        newsletters,
        tags,
        menu: site.menu.clone(),
        footer: site.footer.clone(),
        stats: site.stats.clone(),
        reports,
        scorecard: site.scorecard.clone(),
        resources,
        history_shown: site.history_shown,
        removed,
        refs,
        stated,
        languages: site.languages.clone(),
    }
}

/// An entry whose body changed, with its place among its collection's entries on the site.
type NewBody<'c, T> = (usize, &'c Arc<Entry<T>>);

/// The entries of one collection (linked as `E`) whose file changed from `before` to `now`
/// in its body alone, each with its place among the collection's entries on `earlier`; `None`
/// when anything but a body changed, or an entry's change log would change with it.
fn changed_bodies<'c, E: LinkedEntry, T>(
    before: &[Arc<Entry<T>>],
    now: &'c [Arc<Entry<T>>],
    earlier: &Site,
    options: &LinkOptions,
) -> Option<Vec<NewBody<'c, T>>> {
    if before.len() != now.len() {
        return None;
    }
    let changed: Vec<&Arc<Entry<T>>> = before
        .iter()
        .zip(now)
        .filter(|(b, n)| !Arc::ptr_eq(b, n))
        .map(|(b, n)| only_body_differs(b, n).then_some(n))
        .collect::<Option<_>>()?;
    if changed.is_empty() {
        return Some(Vec::new());
    }
    let entries = E::of(earlier);
    let by_slug: FxHashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.meta().slug.as_str(), i))
        .collect();
    changed
        .into_iter()
        .map(|n| {
            // Not on the site (a draft left out, an anonymous partner): linking afresh
            // settles what that means.
            let i = *by_slug.get(n.slug.as_str())?;
            let log = change_log(n, options, &earlier.alliance.repository)?;
            if log.is_some_and(|log| log != entries[i].meta().history) {
                return None;
            }
            Some((i, n))
        })
        .collect()
}

/// Puts each entry's new body (from [`changed_bodies`]) into its place on `site`.
fn put_bodies<E: LinkedEntry, T>(changed: &[NewBody<'_, T>], site: &mut Site) {
    let entries = E::of_mut(site);
    for &(i, n) in changed {
        let meta = entries[i].meta_mut();
        // A body withheld (a case study whose consent expired) stays withheld.
        if !meta.body.is_cleared() {
            meta.body = n.body.clone();
        }
        meta.origin = Some(Arc::clone(&n.source));
    }
}

/// The change log linking afresh would give the entry's file as it is now: `Some(None)` when
/// the history does not have the file, `None` when the file cannot be read (linking afresh
/// reports it).
fn change_log<T>(
    e: &Entry<T>,
    options: &LinkOptions,
    repository: &str,
) -> Option<Option<Vec<ChangeLine>>> {
    let history = &options.history;
    let source = source_path(e);
    if history.of(&source).is_empty() {
        return Some(None);
    }
    let text = e.file.whole_text().ok()?;
    let file = FileHistory::of(
        history,
        &source,
        Some(&text),
        repository,
        options.build_date,
    );
    Some(Some(file.log()))
}

/// Whether `now` is `before` with another body: the same file, front matter and bundle.
fn only_body_differs<T>(before: &Entry<T>, now: &Entry<T>) -> bool {
    before.slug == now.slug
        && before.front_offset == now.front_offset
        && *before.source == *now.source
        && before.bundle == now.bundle
        && before.path() == now.path()
}
