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
use crate::model::{LinkOptions, LinkedEntry, Shared, Site};
use rayon::prelude::*;
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
            // A copy sharing every collection with `earlier` ([`crate::model::Shared`]).
            let mut site = earlier.clone();
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

/// Puts each entry's new body (from [`changed_bodies`]) into its place on `site`, whose
/// collection of `E` is first made its own: a copy, made on both cores (copying a large
/// collection's entries takes a while, and `serve` waits for it).
fn put_bodies<E: LinkedEntry, T>(changed: &[NewBody<'_, T>], site: &mut Site) {
    if changed.is_empty() {
        return;
    }
    let entries = E::of_mut(site);
    *entries = Shared::new(entries.par_iter().cloned().collect());
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

#[cfg(test)]
mod tests {
    use super::with_new_bodies;
    use crate::date::Date;
    use crate::model::{LinkOptions, link};
    use std::path::Path;

    /// A copy of the bundled example's `content/` and `static/` in `to`.
    fn copy_example(to: &Path) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["content", "static"] {
            for item in walkdir::WalkDir::new(root.join(dir)) {
                let item = item.unwrap();
                let there = to.join(item.path().strip_prefix(root).unwrap());
                if item.file_type().is_dir() {
                    std::fs::create_dir_all(there).unwrap();
                } else {
                    std::fs::copy(item.path(), there).unwrap();
                }
            }
        }
    }

    #[test]
    fn a_new_body_copies_only_its_collection_and_leaves_the_earlier_site_as_it_was() {
        let tmp = tempfile::tempdir().unwrap();
        copy_example(tmp.path());
        let options = LinkOptions::for_tests(Date::new(2026, 6, 1).unwrap());
        // Loaded as `serve` loads: what did not change is the same entry.
        let cache = crate::content::LoadCache::default();
        let before = crate::content::load(tmp.path(), Some(&cache)).0.unwrap();
        let earlier = link(&before, &options, None).0.unwrap();
        let file = tmp.path().join("content/successes/council-data-sharing.md");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, format!("{text}\nA sentence added.\n")).unwrap();
        let now = crate::content::load(tmp.path(), Some(&cache)).0.unwrap();

        let site = with_new_bodies(&before, &now, &earlier, &options).unwrap();

        let body = |s: &crate::model::Site| {
            let success = s.successes.iter();
            let mut edited = success.filter(|e| e.meta.slug == "council-data-sharing");
            edited.next().unwrap().meta.body.clone()
        };
        let file_of = |c: &crate::content::Content| {
            let success = c.successes.iter();
            let mut edited = success.filter(|e| e.slug == "council-data-sharing");
            edited.next().unwrap().body.clone()
        };
        assert!(body(&site) == file_of(&now));
        assert!(body(&site).text().unwrap().ends_with("A sentence added.\n"));
        // The earlier site still has the body it was linked with.
        assert!(body(&earlier) == file_of(&before));
        assert!(body(&earlier) != file_of(&now));
        assert!(!site.successes.same_as(&earlier.successes));
        assert!(site.partners.same_as(&earlier.partners));
        assert!(site.milestones.same_as(&earlier.milestones));
        assert!(site.tags.same_as(&earlier.tags));
        assert!(site.reports.same_as(&earlier.reports));
    }
}
