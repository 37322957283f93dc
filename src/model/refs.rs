//! The slug index: which entries exist in each collection (and which are drafts), and the
//! resolution of a written slug to a [`Ref`], with a "did you mean" when it does not exist.

use super::Ref;
use super::reports::RefTable;
use crate::content::schema::SlugRef;
use crate::content::{Collection, Entry};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};

/// How many errors of one entry get a "did you mean" suggestion.
const SUGGESTIONS_PER_ENTRY: usize = 20;
/// How many known slugs a reference to an unknown one lists, when nothing is close.
const KNOWN_LISTED: usize = 8;
use std::collections::{BTreeSet, HashMap};

/// "a" or "an", for the word that follows.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Every published entry's [`Ref`] by collection and slug, plus the slugs of drafts left out.
#[derive(Debug, Default)]
pub(super) struct Index {
    /// Looked up by slug for every reference of every entry: hashed, not ordered.
    published: RefTable,
    drafts: HashMap<Collection, BTreeSet<String>>,
    unreadable: HashMap<Collection, BTreeSet<String>>,
    anonymous: BTreeSet<String>,
}

impl Index {
    /// Records a published entry.
    pub(super) fn add(&mut self, r: Ref) {
        self.published.insert(r);
    }

    /// Records a draft that this build leaves out.
    pub(super) fn add_draft(&mut self, collection: Collection, slug: &str) {
        self.drafts
            .entry(collection)
            .or_default()
            .insert(slug.to_string());
    }

    /// Records an anonymous partner, which no entry may name.
    pub(super) fn add_anonymous(&mut self, slug: &str) {
        self.anonymous.insert(slug.to_string());
    }

    /// Records an entry that exists but could not be read (its error is already reported).
    pub(super) fn add_unreadable(&mut self, collection: Collection, slug: &str) {
        self.unreadable
            .entry(collection)
            .or_default()
            .insert(slug.to_string());
    }

    /// The published entry `slug` of `collection`.
    pub(super) fn get(&self, collection: Collection, slug: &str) -> Option<&Ref> {
        self.published.get(collection, slug)
    }

    /// Every published entry's [`Ref`], by collection and slug.
    pub(super) fn table(&self) -> &RefTable {
        &self.published
    }

    /// Every published entry's [`Ref`], taken from the index (which resolves nothing after).
    pub(super) fn take_table(&mut self) -> RefTable {
        std::mem::take(&mut self.published)
    }

    /// Resolves a reference written in `entry`, reporting a clear error when it names
    /// nothing or a draft.
    pub(super) fn resolve<T>(
        &self,
        collection: Collection,
        written: &SlugRef,
        entry: &Entry<T>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Ref> {
        let slug = written.get_ref().as_str();
        if let Some(found) = self.get(collection, slug) {
            return Some(found.clone());
        }
        if self
            .unreadable
            .get(&collection)
            .is_some_and(|u| u.contains(slug))
        {
            return None;
        }
        let location = entry.location(written.span());
        let what = collection.singular();
        let is_draft = self
            .drafts
            .get(&collection)
            .is_some_and(|d| d.contains(slug));
        let diagnostic = if collection == Collection::Partners && self.anonymous.contains(slug) {
            Diagnostic::error(
                location,
                format!("`{slug}` is an anonymous partner, and no entry can name it: that would publish who it is"),
            )
            .with_hint(format!(
                "remove this reference, or remove `anonymous = true` from content/partners/{slug}.md if the partner may be named"
            ))
        } else if is_draft {
            Diagnostic::error(
                location,
                format!("`{slug}` is a draft {what}, and a published entry cannot refer to it"),
            )
            .with_hint(format!(
                "publish content/{}/{slug}.md (remove `draft = true`), remove this reference, or build with --drafts",
                collection.dir()
            ))
        } else {
            let mut known: Vec<&str> = self.published.slugs(collection).collect();
            let d = Diagnostic::error(
                location,
                format!("there is no {what} with the slug `{slug}`"),
            );
            // Suggestions compare the slug with every known one (in slug order, so that a tie
            // does not depend on hashing): after the first few problems of an entry (a file of
            // thousands of misspelt references) they are left out.
            let suggestion = (diagnostics.error_count() < SUGGESTIONS_PER_ENTRY)
                .then(|| {
                    known.sort_unstable();
                    did_you_mean(slug, known.iter().copied())
                })
                .flatten();
            // The first few slugs in order, found without sorting them all.
            if known.len() > KNOWN_LISTED {
                known.select_nth_unstable(KNOWN_LISTED - 1);
                known.truncate(KNOWN_LISTED);
            }
            known.sort_unstable();
            match suggestion {
                Some(close) => d.with_hint(format!("did you mean `{close}`?")),
                None if known.is_empty() => d.with_hint(format!(
                    "content/{}/ has no entries; {} {what}'s slug is its file name without .md",
                    collection.dir(),
                    article(what)
                )),
                None => d.with_hint(format!(
                    "{} {what}'s slug is its file name in content/{}/ without .md; known: {}",
                    article(what),
                    collection.dir(),
                    known.join(", ")
                )),
            }
        };
        diagnostics.push(diagnostic);
        None
    }

    /// Resolves a list of references, keeping those that exist, each once.
    pub(super) fn resolve_all<T>(
        &self,
        collection: Collection,
        written: &[SlugRef],
        entry: &Entry<T>,
        diagnostics: &mut Diagnostics,
    ) -> Vec<Ref> {
        let mut refs: Vec<Ref> = Vec::new();
        for w in written {
            if let Some(r) = self.resolve(collection, w, entry, diagnostics)
                && !refs.iter().any(|x| x.slug == r.slug)
            {
                refs.push(r);
            }
        }
        refs
    }
}
