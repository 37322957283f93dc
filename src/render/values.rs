//! Template values, built once per build and shared by every page.
//!
//! Tera sees data as its own [`Value`]s, whose lists, maps and long strings are reference
//! counted. Converting the linked site once, with every entry's reference converted once and
//! reused wherever that entry is mentioned, keeps a large site's template data small: the
//! `site` variable, each collection's index and each entry's page all point at the same
//! values instead of holding copies.

use crate::content::Collection;
use crate::date::Date;
use crate::model::{Alliance, MenuItem, Ref, Scorecard, Site, Stats};
use rayon::prelude::*;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use tera::Value;

/// Every entry's reference as a template value, by [`Ref::identity`]: the model hands out
/// clones of one reference per entry, so a lookup by identity finds it wherever it is
/// mentioned, while a reference changed for one use (its identity differs) is converted as
/// it is. The reference is kept so that its identity stays taken.
type RefValues = HashMap<usize, (Ref, Value)>;

thread_local! {
    /// The shared references while [`with_shared_refs`] runs on this thread.
    static SHARED_REFS: RefCell<Option<Arc<RefValues>>> = const { RefCell::new(None) };
}

/// The shared value for `r`, when one is being built on this thread and it is exactly `r`.
pub(crate) fn shared_ref(r: &Ref) -> Option<Value> {
    SHARED_REFS.with(|shared| {
        shared
            .borrow()
            .as_ref()
            .and_then(|refs| refs.get(&r.identity()))
            .map(|(_, value)| value.clone())
    })
}

fn with_shared_refs<T>(refs: &Arc<RefValues>, f: impl FnOnce() -> T) -> T {
    let previous = SHARED_REFS.with(|shared| shared.replace(Some(Arc::clone(refs))));
    let out = f();
    SHARED_REFS.with(|shared| *shared.borrow_mut() = previous);
    out
}

/// A list of things as templates see it: the whole list, and each item.
#[derive(Debug, Clone)]
pub struct ListValues {
    /// The list as one value (shares its items).
    pub list: Value,
    /// Each item, in the list's order.
    pub items: Vec<Value>,
}

impl ListValues {
    fn of<T: Serialize + Sync>(things: &[T], refs: &Arc<RefValues>) -> ListValues {
        let items: Vec<Value> = things
            .par_iter()
            .with_min_len(16)
            .map(|t| with_shared_refs(refs, || Value::from_serializable(t)))
            .collect();
        ListValues {
            list: Value::from(items.clone()),
            items,
        }
    }
}

/// The site as its templates see it.
#[derive(Debug, Clone)]
pub struct TemplateValues {
    /// `site`, the whole linked site.
    pub site: Value,
    refs: Arc<RefValues>,
    collections: HashMap<Collection, ListValues>,
    /// Every tag.
    pub tags: ListValues,
    /// Every period report.
    pub reports: ListValues,
}

/// The fields of [`Site`] that templates see, with the big lists already converted.
#[derive(Serialize)]
struct SiteView<'a> {
    alliance: &'a Alliance,
    build_date: Date,
    drafts: bool,
    partners: &'a Value,
    objectives: &'a Value,
    milestones: &'a Value,
    successes: &'a Value,
    setbacks: &'a Value,
    case_studies: &'a Value,
    pages: &'a Value,
    newsletters: &'a Value,
    tags: &'a Value,
    menu: &'a [MenuItem],
    footer: &'a [MenuItem],
    stats: &'a Stats,
    reports: &'a Value,
    scorecard: &'a Scorecard,
}

impl TemplateValues {
    /// Converts `site` for its templates.
    pub fn new(site: &Site) -> TemplateValues {
        let refs: Arc<RefValues> = Arc::new(
            site.refs
                .values()
                .map(|r| (r.identity(), (r.clone(), Value::from_serializable(r))))
                .collect(),
        );
        let mut collections = HashMap::new();
        collections.insert(Collection::Partners, ListValues::of(&site.partners, &refs));
        collections.insert(
            Collection::Objectives,
            ListValues::of(&site.objectives, &refs),
        );
        collections.insert(
            Collection::Milestones,
            ListValues::of(&site.milestones, &refs),
        );
        collections.insert(
            Collection::Successes,
            ListValues::of(&site.successes, &refs),
        );
        collections.insert(Collection::Setbacks, ListValues::of(&site.setbacks, &refs));
        collections.insert(
            Collection::CaseStudies,
            ListValues::of(&site.case_studies, &refs),
        );
        collections.insert(Collection::Pages, ListValues::of(&site.pages, &refs));
        collections.insert(
            Collection::Newsletters,
            ListValues::of(&site.newsletters, &refs),
        );
        let tags = ListValues::of(&site.tags, &refs);
        let reports = ListValues::of(&site.reports, &refs);
        let list = |c: Collection| &collections[&c].list;
        let view = SiteView {
            alliance: &site.alliance,
            build_date: site.build_date,
            drafts: site.drafts,
            partners: list(Collection::Partners),
            objectives: list(Collection::Objectives),
            milestones: list(Collection::Milestones),
            successes: list(Collection::Successes),
            setbacks: list(Collection::Setbacks),
            case_studies: list(Collection::CaseStudies),
            pages: list(Collection::Pages),
            newsletters: list(Collection::Newsletters),
            tags: &tags.list,
            menu: &site.menu,
            footer: &site.footer,
            stats: &site.stats,
            reports: &reports.list,
            scorecard: &site.scorecard,
        };
        let site_value = with_shared_refs(&refs, || Value::from_serializable(&view));
        TemplateValues {
            site: site_value,
            refs,
            collections,
            tags,
            reports,
        }
    }

    /// Every entry's shared reference value.
    pub fn shared_refs(&self) -> impl Iterator<Item = &Value> {
        self.refs.values().map(|(_, v)| v)
    }

    /// Every entry, tag and report value.
    pub fn all_items(&self) -> impl Iterator<Item = &Value> {
        self.collections
            .values()
            .chain([&self.tags, &self.reports])
            .flat_map(|list| &list.items)
    }

    /// One collection's entries, in the site's order.
    pub fn collection(&self, collection: Collection) -> &ListValues {
        &self.collections[&collection]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_values_are_what_plain_conversion_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root);
        let options = crate::model::LinkOptions {
            build_date: Date::new(2026, 6, 1).unwrap(),
            include_drafts: true,
            base_url: None,
        };
        let (site, _) = crate::model::link(&content.unwrap(), &options);
        let site = site.unwrap();
        let values = TemplateValues::new(&site);
        assert_eq!(values.site, Value::from_serializable(&site));
        let partner = &values.collection(Collection::Partners).items[0];
        assert_eq!(partner, &Value::from_serializable(&site.partners[0]));
    }

    #[test]
    fn a_reference_is_shared_only_when_it_is_the_same_one() {
        let r = Ref::new(crate::model::RefData {
            collection: Collection::Partners,
            kind_label: "partner",
            slug: "a".into(),
            title: "A".into(),
            url: "/partners/a/".into(),
            summary: None,
            date: None,
            status: None,
            tone: None,
        });
        let marker = Value::from("shared");
        let refs = Arc::new(RefValues::from([(
            r.identity(),
            (r.clone(), marker.clone()),
        )]));
        let mut other = r.clone();
        other.edit().title = "Another".into();
        with_shared_refs(&refs, || {
            assert_eq!(Value::from_serializable(&r), marker);
            assert_ne!(Value::from_serializable(&other), marker);
        });
        assert_ne!(Value::from_serializable(&r), marker);
    }
}
