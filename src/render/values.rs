//! Template values, built once per build and shared by every page.
//!
//! Tera sees data as its own [`Value`]s, whose lists, maps and long strings are reference
//! counted. Converting the linked site once, with every entry's reference converted once and
//! reused wherever that entry is mentioned, keeps a large site's template data small: the
//! `site` variable, each collection's index and each entry's page all point at the same
//! values instead of holding copies.

use crate::content::Collection;
use crate::date::Date;
use crate::intercept::{Hook, With};
use crate::model::{EachCollection, LinkedEntry, MenuItem, Ref, Site, Text};
use crate::words::{Catalogue, Phrasebook};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde::Serializer;
use std::collections::HashMap;
use std::sync::Arc;
use tera::Value;

/// Every entry's reference as a template value, by [`Ref::identity`]: converting through
/// [`SharedRefs::convert`] writes each reference that is a clone of an entry's one reference
/// as that entry's one value (a clone of it shares its lists and strings), a reference
/// changed for one use (a copy, with an identity of its own) as it is, and every [`Text`] in
/// words. Each reference is
/// held beside its value, so no other can take its identity while the table lives.
#[derive(Debug)]
struct SharedRefs(FxHashMap<usize, (Ref, Value)>, Phrasebook);

/// `t` as templates see it, on its own (outside the site's shared values): every text in
/// the words of `words`, every reference as its data. For what is rendered apart from the
/// site's pages (a newsletter's email).
pub fn template_value<T: Serialize + ?Sized>(t: &T, words: &Arc<Catalogue>) -> Value {
    SharedRefs::none(words).convert(t)
}

impl SharedRefs {
    /// No shared references: every reference written out, every text in words.
    fn none(words: &Arc<Catalogue>) -> Self {
        SharedRefs(FxHashMap::default(), Phrasebook::new(words.clone()))
    }

    /// `t` as a template value, its references shared.
    fn convert<T: Serialize + ?Sized>(&self, t: &T) -> Value {
        Value::from_serializable(&With {
            value: t,
            hook: self,
        })
    }

    /// A linked entry as a template value, its references shared, its map made with room for
    /// `room` fields (see [`EntryValues`]).
    fn convert_entry<T: Serialize + ?Sized>(&self, t: &T, room: usize) -> Value {
        Value::from_serializable(&With {
            value: t,
            hook: &WithRoom { refs: self, room },
        })
    }
}

impl Hook for SharedRefs {
    fn takes(&self, name: &'static str) -> bool {
        name == Ref::SERDE_NAME || name == Text::SERDE_NAME
    }

    fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        name: &'static str,
        fields: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        if name == Text::SERDE_NAME {
            return self.1.write(fields, serializer);
        }
        match self.0.get(&Ref::identity_of_fields(fields)) {
            // Tera's serializer takes a `Value` as it is: a clone, sharing its parts.
            Some((_, shared)) => shared.serialize(serializer),
            None => With {
                value: fields,
                hook: self,
            }
            .serialize(serializer),
        }
    }

    /// Every map of unknown length a site's values hold is a linked entry (its own fields with
    /// its [`crate::model::Meta`]'s flattened in: from 14 to about 33 in all). A collection's
    /// entries are converted with room for exactly theirs ([`WithRoom`]); an entry converted
    /// on its own (for a newsletter's email) gets room for 24, made at once instead of in
    /// five steps that each move every field.
    fn room_in_unsized_map(&self) -> Option<usize> {
        Some(24)
    }
}

/// [`SharedRefs`] making each map of unknown length (a linked entry) with room for `room`
/// fields: as many as the entries of one collection have, known from its first.
struct WithRoom<'a> {
    refs: &'a SharedRefs,
    room: usize,
}

impl Hook for WithRoom<'_> {
    fn takes(&self, name: &'static str) -> bool {
        self.refs.takes(name)
    }

    fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        name: &'static str,
        fields: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        self.refs.write(name, fields, serializer)
    }

    fn room_in_unsized_map(&self) -> Option<usize> {
        Some(self.room)
    }
}

/// A previous build's site and its values, for [`TemplateValues::new`].
#[derive(Clone, Copy)]
pub struct Earlier<'a> {
    /// The site.
    pub site: &'a Site,
    /// Its values.
    pub values: &'a TemplateValues,
}

impl<'a> Earlier<'a> {
    /// The references newsletter issues stated in the earlier build (each entry's status as
    /// it stood on an issue's date), by the entry they name: made afresh on every build, so
    /// found again by their fields.
    fn stated_by_entry(&self) -> EarlierRefs<'a> {
        let mut by_entry = EarlierRefs::default();
        for r in stated_refs(self.site) {
            let Some((r, value)) = self.values.refs.0.get(&r.identity()) else {
                continue;
            };
            by_entry
                .entry((r.collection, r.slug.as_str()))
                .or_default()
                .push((r, value));
        }
        by_entry
    }

    /// The value of the reference equal to `r`, when the earlier build converted one: the
    /// same reference (linking shares the ones that did not change), the entry's own
    /// reference when its fields are equal, or one an issue stated with equal fields (`stated`,
    /// from [`Earlier::stated_by_entry`]).
    fn value(&self, stated: &EarlierRefs, r: &Ref) -> Option<Value> {
        // The earlier table holds its references, so no other can have the identity of one.
        let shared = |identity: usize| self.values.refs.0.get(&identity).map(|(_, v)| v.clone());
        shared(r.identity())
            .or_else(|| {
                let own = self.site.refs.get(r.collection, &r.slug)?;
                (**own == **r).then(|| shared(own.identity()))?
            })
            .or_else(|| earlier_value(stated, r))
    }
}

/// Every reference the newsletter issues of `site` state, in the issues' order (with
/// repeats).
fn stated_refs(site: &Site) -> impl Iterator<Item = &Ref> {
    site.newsletters.iter().flat_map(|n| {
        let c = &n.changes;
        [
            &c.achieved,
            &c.slipped,
            &c.setbacks_opened,
            &c.setbacks_resolved,
            &c.coming_up,
        ]
        .into_iter()
        .flatten()
    })
}

/// References of an earlier build with their values, by collection and slug.
type EarlierRefs<'a> = FxHashMap<(Collection, &'a str), Vec<(&'a Ref, &'a Value)>>;

/// The value of the reference in `earlier` equal to `r`: the same reference, or one with
/// equal fields.
fn earlier_value(earlier: &EarlierRefs, r: &Ref) -> Option<Value> {
    let converted = earlier.get(&(r.collection, r.slug.as_str()))?;
    // The earlier table holds its references, so no other can have the identity of one.
    let same = |old: &&(&Ref, &Value)| old.0.identity() == r.identity();
    let equal = |old: &&(&Ref, &Value)| **old.0 == **r;
    let (_, value) = converted
        .iter()
        .find(same)
        .or_else(|| converted.iter().find(equal))?;
    Some((*value).clone())
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
    /// Converts `things`, reusing the value of each one equal to an item of `earlier` (the
    /// same things, converted by a previous build): equal things convert to equal values.
    fn of<T: Serialize + Sync + PartialEq>(
        things: &[T],
        earlier: Option<(&[T], &ListValues)>,
        key: fn(&T) -> &str,
        convert: impl Fn(&T) -> Value + Sync,
    ) -> ListValues {
        let position: HashMap<&str, usize> = earlier
            .map(|(old, _)| old.iter().enumerate().map(|(i, t)| (key(t), i)).collect())
            .unwrap_or_default();
        // Each item's value, and whether it is the earlier value at the same place.
        let (items, in_place): (Vec<Value>, Vec<bool>) = things
            .par_iter()
            .enumerate()
            .with_min_len(16)
            .map(|(i, t)| {
                let reused = earlier.and_then(|(old, values)| {
                    let same_place = old.get(i).is_some_and(|o| key(o) == key(t));
                    let j = if same_place {
                        i
                    } else {
                        *position.get(key(t))?
                    };
                    let value = (old.get(j)? == t).then(|| values.items.get(j).cloned())??;
                    Some((value, j == i))
                });
                reused.unwrap_or_else(|| (convert(t), false))
            })
            .unzip();
        // The same items in the same places: the earlier list itself (whose hash is known).
        let list = match earlier {
            Some((old, values)) if old.len() == things.len() && in_place.iter().all(|&b| b) => {
                values.list.clone()
            }
            _ => Value::from(items.clone()),
        };
        ListValues { list, items }
    }
}

/// Converts each collection's entries (see [`Site::each_collection`]).
struct EntryValues<'a> {
    earlier: Option<Earlier<'a>>,
    refs: &'a SharedRefs,
    collections: HashMap<Collection, ListValues>,
}

impl<'s> EachCollection<'s> for EntryValues<'_> {
    fn visit<E: LinkedEntry>(&mut self, entries: &'s [E]) {
        fn slug<E: LinkedEntry>(e: &E) -> &str {
            &e.meta().slug
        }
        let old = self
            .earlier
            .map(|e| (E::of(e.site), e.values.collection(E::COLLECTION)));
        // Every entry of a collection has the same fields but the two that
        // [`crate::model::Meta`] leaves out when empty (`history`, `untranslated`): room for
        // the first entry's and those two makes each map at once, with at most two slots to
        // spare (Tera's maps keep their fields in order in a list, which a map grown past its
        // room moves to a larger one).
        let room = entries.first().map_or(0, |first| {
            let fields = self.refs.convert(first).as_map().map_or(0, |m| m.len());
            fields + 2
        });
        let convert = |e: &E| self.refs.convert_entry(e, room);
        let values = ListValues::of(entries, old, slug::<E>, convert);
        self.collections.insert(E::COLLECTION, values);
    }
}

/// The site as its templates see it.
#[derive(Debug)]
pub struct TemplateValues {
    /// `site`, the whole linked site.
    pub site: Value,
    refs: SharedRefs,
    collections: HashMap<Collection, ListValues>,
    /// Every tag.
    pub tags: ListValues,
    /// Every period report.
    pub reports: ListValues,
    /// The messages everything was worded with.
    pub words: Arc<Catalogue>,
}

/// The menu with the sections, reports and search named in the site's language (a page keeps
/// its own title).
fn menu_in_words(menu: &[MenuItem], words: &Catalogue) -> Vec<MenuItem> {
    menu.iter()
        .map(|item| {
            let title = match item.key.as_str() {
                "reports" => words.get("menu-reports").into_owned(),
                "search" => words.get("menu-search").into_owned(),
                key => match Collection::ALL.iter().find(|c| c.dir() == key) {
                    Some(c) => crate::words::collection_title(words, *c),
                    None => item.title.clone(),
                },
            };
            MenuItem {
                title,
                ..item.clone()
            }
        })
        .collect()
}

/// The fields of [`Site`] that templates see, with the big lists already converted.
#[derive(Serialize)]
struct SiteView<'a> {
    alliance: Value,
    build_date: Date,
    drafts: bool,
    partners: &'a Value,
    anonymous: Value,
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
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    languages: &'a [crate::model::SiteLanguage],
    stats: Value,
    reports: &'a Value,
    scorecard: Value,
    resources: Value,
    history_shown: bool,
    removed: Value,
}

/// One part of the site's value (`site.<name>`), converted with the shared references.
struct Part<'e, 'r> {
    name: &'static str,
    earlier: Option<Earlier<'e>>,
    refs: &'r SharedRefs,
}

impl Part<'_, '_> {
    /// The part `field` picks of `site` as a value: the earlier build's value when its part
    /// was equal (then its hash is known too), else converted.
    fn of<T: Serialize + PartialEq + ?Sized>(&self, site: &Site, field: fn(&Site) -> &T) -> Value {
        let new = field(site);
        let reused = self.earlier.and_then(|e| {
            let value = e.values.site.get_from_path(self.name)?;
            (field(e.site) == new).then(|| value.clone())
        });
        reused.unwrap_or_else(|| self.refs.convert(new))
    }
}

impl TemplateValues {
    /// Converts `site` for its templates, reusing the values of `earlier` for every entry,
    /// reference, tag and report that is equal in both (what `candor serve` does on a save).
    pub fn new(site: &Site, earlier: Option<Earlier>, words: &Arc<Catalogue>) -> TemplateValues {
        let timer = crate::timings::Timer::start();
        // Values worded in other messages are not reused.
        let earlier = earlier.filter(|e| e.values.words.key() == words.key());
        // One phrasebook for the references' own texts, then one for everything else.
        let in_words = SharedRefs::none(words);
        // The entries' references, and the references newsletter issues state as they stood
        // on their dates (shared between issues): each converted once.
        let mut all: Vec<&Ref> = site.refs.values().collect();
        let mut stated: rustc_hash::FxHashSet<usize> = all.iter().map(|r| r.identity()).collect();
        for r in stated_refs(site) {
            if stated.insert(r.identity()) {
                all.push(r);
            }
        }
        let earlier_stated = earlier.map(|e| (e, e.stated_by_entry()));
        let refs = SharedRefs(
            all.par_iter()
                .with_min_len(64)
                .map(|r| {
                    let value = earlier_stated
                        .as_ref()
                        .and_then(|(e, stated)| e.value(stated, r))
                        .unwrap_or_else(|| in_words.convert(*r));
                    (r.identity(), ((*r).clone(), value))
                })
                .collect(),
            Phrasebook::new(words.clone()),
        );
        timer.lap("  values: refs");
        fn tag_slug(t: &crate::model::Tag) -> &str {
            &t.slug
        }
        fn period_key(r: &crate::model::reports::Report) -> &str {
            &r.period.key
        }
        // The tags' and reports' values need only the references: made beside the entries'.
        let tags_and_reports = || {
            let old_tags = earlier.map(|e| (e.site.tags.as_slice(), &e.values.tags));
            let tags = ListValues::of(&site.tags, old_tags, tag_slug, |t| refs.convert(t));
            let old_reports = earlier.map(|e| (e.site.reports.as_slice(), &e.values.reports));
            let reports =
                ListValues::of(&site.reports, old_reports, period_key, |r| refs.convert(r));
            (tags, reports)
        };
        let entry_values = || {
            let mut entries = EntryValues {
                earlier,
                refs: &refs,
                collections: HashMap::new(),
            };
            site.each_collection(&mut entries);
            entries.collections
        };
        let (collections, (tags, reports)) = rayon::join(entry_values, tags_and_reports);
        timer.lap("  values: entries, tags, reports");
        let list = |c: Collection| &collections[&c].list;
        let menu = menu_in_words(&site.menu, words);
        // The site's other parts: the earlier build's value of each one that is equal.
        let part = |name: &'static str| Part {
            name,
            earlier,
            refs: &refs,
        };
        let view = SiteView {
            alliance: part("alliance").of(site, |s| &s.alliance),
            build_date: site.build_date,
            drafts: site.drafts,
            partners: list(Collection::Partners),
            anonymous: part("anonymous").of(site, |s| &s.anonymous),
            objectives: list(Collection::Objectives),
            milestones: list(Collection::Milestones),
            successes: list(Collection::Successes),
            setbacks: list(Collection::Setbacks),
            case_studies: list(Collection::CaseStudies),
            pages: list(Collection::Pages),
            newsletters: list(Collection::Newsletters),
            tags: &tags.list,
            menu: &menu,
            footer: &site.footer,
            languages: &site.languages,
            stats: part("stats").of(site, |s| &s.stats),
            reports: &reports.list,
            scorecard: part("scorecard").of(site, |s| &s.scorecard),
            resources: part("resources").of(site, |s| &s.resources),
            history_shown: site.history_shown,
            removed: part("removed").of(site, |s| &s.removed),
        };
        let site_value = refs.convert(&view);
        timer.lap("  values: site");
        TemplateValues {
            site: site_value,
            refs,
            collections,
            tags,
            reports,
            words: words.clone(),
        }
    }

    /// These values again, for a site that differs from theirs only in what templates do not
    /// see (entries' bodies) and shares its references with it (a clone of it): the values
    /// are shared, not converted again.
    pub fn again(&self) -> TemplateValues {
        TemplateValues {
            site: self.site.clone(),
            refs: SharedRefs(self.refs.0.clone(), Phrasebook::new(self.words.clone())),
            collections: self.collections.clone(),
            tags: self.tags.clone(),
            reports: self.reports.clone(),
            words: self.words.clone(),
        }
    }

    /// Every entry's shared reference value.
    pub(crate) fn shared_refs(&self) -> impl Iterator<Item = &Value> {
        self.refs.0.values().map(|(_, v)| v)
    }

    /// Every entry, tag and report value.
    pub(crate) fn all_items(&self) -> impl Iterator<Item = &Value> {
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
    fn english() -> Arc<Catalogue> {
        Arc::new(Catalogue::english())
    }

    use super::*;

    /// How the tests link the example site: with or without drafts, on a day of June 2026.
    fn options(include_drafts: bool, day: u8) -> crate::model::LinkOptions {
        crate::model::LinkOptions {
            include_drafts,
            ..crate::model::LinkOptions::for_tests(Date::new(2026, 6, day).unwrap())
        }
    }

    #[test]
    fn shared_values_are_what_plain_conversion_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root, None);
        let options = options(true, 1);
        let (site, _) = crate::model::link(&content.unwrap(), &options, None);
        let site = site.unwrap();
        let values = TemplateValues::new(&site, None, &english());
        let in_words = SharedRefs::none(&english());
        assert_eq!(values.site, in_words.convert(&site));
        let partner = &values.collection(Collection::Partners).items[0];
        assert_eq!(partner, &in_words.convert(&site.partners[0]));
    }

    #[test]
    fn a_build_like_the_one_before_shares_its_parts_and_lists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root, None);
        let content = content.unwrap();
        let options = options(false, 1);
        let before = crate::model::link(&content, &options, None).0.unwrap();
        let after = crate::model::link(&content, &options, Some(&before))
            .0
            .unwrap();
        // Every entry names itself by the reference the site's table holds.
        for meta in after.all_meta() {
            let own = after.refs.get(meta.collection, &meta.slug).unwrap();
            assert_eq!(
                meta.reference.as_ref().map(Ref::identity),
                Some(own.identity())
            );
        }
        let earlier = TemplateValues::new(&before, None, &english());
        let again = TemplateValues::new(
            &after,
            Some(Earlier {
                site: &before,
                values: &earlier,
            }),
            &english(),
        );
        let address = |v: &Value, path: &str| {
            let part = v.get_from_path(path).unwrap();
            part.as_map()
                .map(|m| std::ptr::from_ref(m).addr())
                .or_else(|| part.as_array().map(|a| a.as_ptr().addr()))
        };
        for part in [
            "alliance",
            "stats",
            "scorecard",
            "resources",
            "partners",
            "milestones",
        ] {
            assert_eq!(
                address(&again.site, part),
                address(&earlier.site, part),
                "{part}"
            );
        }
        assert_eq!(again.site, SharedRefs::none(&english()).convert(&after));
    }

    #[test]
    fn values_reused_from_another_build_are_what_plain_conversion_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root, None);
        let content = content.unwrap();
        let link = |drafts: bool, day: u8| {
            let options = options(drafts, day);
            crate::model::link(&content, &options, None).0.unwrap()
        };
        // Other drafts and another build date: some entries differ, most do not.
        let (before, after) = (link(true, 1), link(false, 20));
        let earlier = TemplateValues::new(&before, None, &english());
        let reused = TemplateValues::new(
            &after,
            Some(Earlier {
                site: &before,
                values: &earlier,
            }),
            &english(),
        );
        assert_eq!(reused.site, SharedRefs::none(&english()).convert(&after));
        let plain = TemplateValues::new(&after, None, &english());
        for c in Collection::ALL {
            assert_eq!(reused.collection(c).items, plain.collection(c).items);
        }
        assert_eq!(reused.reports.items, plain.reports.items);
        assert_eq!(reused.tags.items, plain.tags.items);
    }

    #[test]
    fn a_reference_is_shared_only_when_it_is_exactly_the_same() {
        let r = Ref::new(crate::model::RefData {
            collection: Collection::Partners,
            kind_label: crate::model::Says::Singular {
                collection: Collection::Partners,
            }
            .into(),
            slug: "a".into(),
            title: "A".into(),
            url: "/partners/a/".into(),
            summary: None,
            date: None,
            status: None,
            tone: None,
        });
        let marker = Value::from("shared");
        let refs = SharedRefs(
            FxHashMap::from_iter([(r.identity(), (r.clone(), marker.clone()))]),
            crate::words::Phrasebook::new(english()),
        );
        let mut other = r.clone();
        other.edit().title = "Another".into();
        assert_eq!(refs.convert(&r), marker);
        assert_eq!(
            refs.convert(&vec![Some(&r)]),
            Value::from(vec![marker.clone()])
        );
        assert_eq!(
            refs.convert(&other),
            SharedRefs::none(&english()).convert(&other)
        );
        assert_eq!(
            SharedRefs::none(&english())
                .convert(&r)
                .as_map()
                .map(|m| m.len()),
            Some(9)
        );
    }

    #[test]
    fn an_earlier_value_is_taken_for_the_same_reference_or_one_with_equal_fields() {
        let milestone = |title: &str| {
            Ref::new(crate::model::RefData {
                collection: Collection::Milestones,
                kind_label: crate::model::Says::Singular {
                    collection: Collection::Milestones,
                }
                .into(),
                slug: "launch".into(),
                title: title.into(),
                url: "/milestones/launch/".into(),
                summary: None,
                date: None,
                status: None,
                tone: Some("warn"),
            })
        };
        // Two references to one entry (stated by issues with other fields).
        let (own, stated) = (milestone("Launch"), milestone("Launch, as stated"));
        let (own_value, stated_value) = (Value::from("own"), Value::from("stated"));
        let earlier: EarlierRefs = FxHashMap::from_iter([(
            (Collection::Milestones, "launch"),
            vec![(&own, &own_value), (&stated, &stated_value)],
        )]);
        // The same reference, and one made afresh with the same fields (an issue's).
        assert_eq!(
            earlier_value(&earlier, &own.clone()),
            Some(own_value.clone())
        );
        let made_again = milestone("Launch, as stated");
        assert_eq!(
            earlier_value(&earlier, &made_again),
            Some(stated_value.clone())
        );
        // Other fields, or another entry: converted afresh.
        assert_eq!(earlier_value(&earlier, &milestone("Launched")), None);
        let mut other = own.clone();
        other.edit().slug = "other".into();
        assert_eq!(earlier_value(&earlier, &other), None);
    }
}
