//! Page fingerprints: a hash of everything a page's HTML is made from, so that a rebuild can
//! re-render only the pages whose fingerprint changed (`candor serve` does this).
//!
//! A page is made from its template (and the templates that one can reach), the parts of the
//! global `site` and `extra` those templates mention, and its own variables. Templates are
//! read conservatively: a template that mentions `site` other than as `site.<field>` depends
//! on all of `site`, and every template that is not itself a page template (`base.html`,
//! `components.html`...) counts as reachable from every page. Values are hashed through the
//! shared lists and maps of [`super::values`], each shared one once per rebuild. What Candor
//! draws itself is hashed from exactly what it draws: an entry's Markdown by its text's hash,
//! a report's timeline by the fields of the milestones it shows ([`super::charts::timeline_key`]).

use super::PAGE_TEMPLATES;
use super::theme::Theme;
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use tera::Value;
use xxhash_rust::xxh3::{Xxh3, xxh3_128, xxh3_128_with_seed};

/// Hashes of shared values already worked out, by the address of their shared list or map.
/// An address is only meaningful while its value is alive: a memo must be used only while
/// every value it was worked out for is kept (the values of this rebuild and, through
/// [`Memo::carried`], of the previous one).
#[derive(Debug, Default)]
pub(crate) struct Memo {
    known: FxHashMap<usize, u128>,
    earlier: FxHashMap<usize, u128>,
    /// The last theme's template dependencies, by [`templates_hash`].
    template_deps: Option<(u128, Arc<HashMap<String, TemplateDeps>>)>,
}

impl Memo {
    /// A memo that also knows what `earlier` worked out. The values `earlier` was worked out
    /// for must stay alive while the new memo is used.
    pub(crate) fn carried(earlier: Memo) -> Memo {
        Memo {
            known: FxHashMap::default(),
            earlier: earlier.known,
            template_deps: earlier.template_deps,
        }
    }

    /// Forgets what came from the earlier memo (its values may now be freed).
    pub(crate) fn settle(&mut self) {
        self.earlier = FxHashMap::default();
    }

    /// Records the hash of a shared list or map worked out elsewhere.
    pub(crate) fn insert(&mut self, value: &Value, hash: u128) {
        if let Some(id) = identity(value) {
            self.known.insert(id, hash);
        }
    }

    fn get(&self, id: usize) -> Option<u128> {
        self.known
            .get(&id)
            .or_else(|| self.earlier.get(&id))
            .copied()
    }

    /// Hashes `value`, remembering it when it is a shared list or map.
    pub(crate) fn remember(&mut self, value: &Value) -> u128 {
        let hash = value_hash(value, self);
        if let Some(id) = identity(value) {
            self.known.insert(id, hash);
        }
        hash
    }
}

fn identity(value: &Value) -> Option<usize> {
    if let Some(map) = value.as_map() {
        Some(std::ptr::from_ref(map) as usize)
    } else {
        value.as_array().map(|a| a.as_ptr() as usize)
    }
}

/// The hash of a template value. Maps hash the same whatever their iteration order.
pub(crate) fn value_hash(value: &Value, memo: &Memo) -> u128 {
    if let Some(known) = identity(value).and_then(|id| memo.get(id)) {
        return known;
    }
    if let Some(map) = value.as_map() {
        let mut sum: u128 = 0;
        for (key, v) in map {
            let key_hash = match key.as_str() {
                Some(k) => xxh3_128(k.as_bytes()),
                None => xxh3_128(format!("{key:?}").as_bytes()),
            };
            sum = sum.wrapping_add(pair(key_hash, value_hash(v, memo)));
        }
        pair(MAP, sum)
    } else if let Some(items) = value.as_array() {
        items
            .iter()
            .fold(ARRAY, |h, v| pair(h, value_hash(v, memo)))
    } else if let Some(s) = value.as_str() {
        let tag = if value.is_safe() { SAFE } else { TEXT };
        xxh3_128_with_seed(s.as_bytes(), tag)
    } else if let Some(n) = value.as_number() {
        xxh3_128_with_seed(n.to_string().as_bytes(), NUMBER)
    } else {
        xxh3_128(format!("{value:?}").as_bytes())
    }
}

const MAP: u128 = 1;
const ARRAY: u128 = 2;
const SAFE: u64 = 3;
const TEXT: u64 = 4;
const NUMBER: u64 = 5;

/// Marks the fingerprint of an entry's page.
pub(crate) const ENTRY_PAGE: u128 = 6;

/// One hash of up to eight hashes, in order.
pub(crate) fn combine(hashes: &[u128]) -> u128 {
    let mut bytes = [0u8; 128];
    let mut len = 0;
    for h in hashes.iter().take(8) {
        bytes[len..len + 16].copy_from_slice(&h.to_le_bytes());
        len += 16;
    }
    debug_assert!(hashes.len() <= 8, "combine takes at most eight hashes");
    xxh3_128(&bytes[..len])
}

/// One hash of two.
fn pair(a: u128, b: u128) -> u128 {
    let mut bytes = [0u8; 32];
    bytes[..16].copy_from_slice(&a.to_le_bytes());
    bytes[16..].copy_from_slice(&b.to_le_bytes());
    xxh3_128(&bytes)
}

/// Hashes strings and numbers into one fingerprint.
#[derive(Default)]
pub(crate) struct Hasher(Xxh3);

impl Hasher {
    /// Adds bytes.
    pub(crate) fn add(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds a hash.
    pub(crate) fn add_hash(&mut self, hash: u128) -> &mut Self {
        self.0.update(&hash.to_le_bytes());
        self
    }

    /// The fingerprint.
    pub(crate) fn finish(&self) -> u128 {
        self.0.digest128()
    }
}

/// What a page template depends on besides its own variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TemplateDeps {
    /// The sources of every template it can reach.
    pub sources: u128,
    /// The `site` fields those templates mention; `None` when they may read all of `site`.
    pub site_fields: Option<BTreeSet<String>>,
}

/// A hash of every template of `theme`, names and texts.
pub(crate) fn templates_hash(theme: &Theme) -> u128 {
    let mut h = Hasher::default();
    for (name, source) in &theme.templates {
        h.add(name.as_bytes()).add(source.text.as_bytes());
    }
    h.add_hash(messages_hash(theme));
    h.finish()
}

/// A hash of every message file of `theme`: every page depends on the messages.
pub(crate) fn messages_hash(theme: &Theme) -> u128 {
    let mut h = Hasher::default();
    for file in &theme.messages {
        h.add(file.path.as_bytes())
            .add(&[file.layer])
            .add(file.text.as_bytes());
    }
    h.finish()
}

/// The dependencies of each page template of `theme`. `memo` remembers the last theme's:
/// `candor serve` asks again on every save, and templates rarely change.
pub(crate) fn template_deps(theme: &Theme, memo: &mut Memo) -> Arc<HashMap<String, TemplateDeps>> {
    let key = templates_hash(theme);
    if let Some((k, deps)) = &memo.template_deps
        && *k == key
    {
        return Arc::clone(deps);
    }
    let deps = Arc::new(work_out_template_deps(theme));
    memo.template_deps = Some((key, Arc::clone(&deps)));
    deps
}

fn work_out_template_deps(theme: &Theme) -> HashMap<String, TemplateDeps> {
    let partials: Vec<&str> = theme
        .templates
        .keys()
        .map(String::as_str)
        .filter(|name| !PAGE_TEMPLATES.contains(name))
        .collect();
    PAGE_TEMPLATES
        .iter()
        .filter(|name| theme.templates.contains_key(**name))
        .map(|name| {
            let reachable = reachable(theme, name, &partials);
            let mut sources = Hasher::default();
            sources.add_hash(messages_hash(theme));
            let mut fields = Some(BTreeSet::new());
            for template in &reachable {
                let text = &theme.templates[*template].text;
                sources.add(template.as_bytes()).add(text.as_bytes());
                match (site_fields(text), &mut fields) {
                    (Some(found), Some(all)) => all.extend(found),
                    _ => fields = None,
                }
            }
            (
                name.to_string(),
                TemplateDeps {
                    sources: sources.finish(),
                    site_fields: fields,
                },
            )
        })
        .collect()
}

/// `name`, every partial, and every page template named in a quoted string by any of those.
fn reachable<'t>(theme: &'t Theme, name: &'t str, partials: &[&'t str]) -> BTreeSet<&'t str> {
    let mut found: BTreeSet<&str> = partials.iter().copied().collect();
    found.insert(name);
    loop {
        let more: Vec<&str> = PAGE_TEMPLATES
            .iter()
            .copied()
            .filter(|page| !found.contains(page) && theme.templates.contains_key(*page))
            .filter(|page| {
                found.iter().any(|t| {
                    let text = &theme.templates[*t].text;
                    text.contains(&format!("\"{page}\"")) || text.contains(&format!("'{page}'"))
                })
            })
            .collect();
        if more.is_empty() {
            return found;
        }
        found.extend(more);
    }
}

/// The `site.<field>` (or `site.<field>.<field>`) paths a template's tags mention, or `None`
/// when it may read `site`
/// some other way (as a whole, by index, or through Tera's context dump).
fn site_fields(text: &str) -> Option<BTreeSet<String>> {
    let mut fields = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open..];
        let close = if after.starts_with("{{") {
            "}}"
        } else if after.starts_with("{%") {
            "%}"
        } else {
            rest = &rest[open + 1..];
            continue;
        };
        let end = after[2..].find(close).map_or(after.len(), |i| i + 4);
        let tag = &after[..end];
        if tag.contains("__tera") {
            return None;
        }
        fields_in_tag(tag, &mut fields)?;
        rest = &after[end..];
    }
    Some(fields)
}

fn fields_in_tag(tag: &str, fields: &mut BTreeSet<String>) -> Option<()> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(i) = tag[from..].find("site").map(|i| i + from) {
        from = i + 4;
        let before = tag[..i].chars().next_back();
        let after = tag[i + 4..].chars().next();
        if before.is_some_and(|c| is_ident(c) || c == '.') || after.is_some_and(is_ident) {
            continue;
        }
        let rest = tag[i + 4..].trim_start();
        let field = rest.strip_prefix('.')?;
        let field = field.trim_start();
        let name: String = field.chars().take_while(|c| is_ident(*c)).collect();
        if name.is_empty() {
            return None;
        }
        // One level further when it is plain: `site.stats.successes` is `stats.successes`.
        let after = field[name.len()..].trim_start();
        let inner: String = after
            .strip_prefix('.')
            .map(|a| {
                a.trim_start()
                    .chars()
                    .take_while(|c| is_ident(*c))
                    .collect()
            })
            .unwrap_or_default();
        let deeper = after
            .strip_prefix('.')
            .map(|a| a.trim_start()[inner.len()..].trim_start())
            .is_some_and(|rest| !rest.starts_with(['.', '[']));
        if inner.is_empty() || !deeper {
            fields.insert(name);
        } else {
            fields.insert(format!("{name}.{inner}"));
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_read_for_the_site_fields_they_mention() {
        let fields = site_fields(
            "<p>This site is ours</p>{{ site.alliance.name }}{% for p in site . pages %}{% endfor %}{{ mysite.x }}",
        )
        .unwrap();
        assert_eq!(
            fields.into_iter().collect::<Vec<_>>(),
            ["alliance.name", "pages"]
        );
        let nested = site_fields("{{ site.stats.successes }}{{ site.scorecard.items[0].x }}");
        assert_eq!(
            nested.unwrap().into_iter().collect::<Vec<_>>(),
            ["scorecard", "stats.successes"]
        );
        assert_eq!(site_fields("{% set s = site %}{{ s.partners }}"), None);
        assert_eq!(site_fields("{{ site[\"partners\"] }}"), None);
        assert_eq!(site_fields("{{ __tera_context }}"), None);
    }

    #[test]
    fn equal_maps_hash_equal_and_shared_values_are_remembered() {
        let a = Value::from_serializable(&serde_json::json!({"a": 1, "b": [1, 2], "c": "x"}));
        let b = Value::from_serializable(&serde_json::json!({"c": "x", "b": [1, 2], "a": 1}));
        let c = Value::from_serializable(&serde_json::json!({"c": "x", "b": [2, 1], "a": 1}));
        let mut memo = Memo::default();
        assert_eq!(value_hash(&a, &memo), value_hash(&b, &memo));
        assert_ne!(value_hash(&a, &memo), value_hash(&c, &memo));
        let first = memo.remember(&a);
        assert_eq!(value_hash(&a.clone(), &memo), first);
    }
}
