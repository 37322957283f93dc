//! The resource map: who brings what to the alliance. For each kind of contribution (and
//! unit), the partners who gave it, largest first, with the alliance's total; and the skills
//! and resources partners say they bring (`strengths`), each with the partners who bring it.
//! Anonymous members count in the totals and are named nowhere.

use super::reports::{RefTable, entry_ref};
use super::{Ref, Site, Total};
use crate::content::schema::ContributionKind;
use crate::words::Text;
use serde::Serialize;
use std::collections::BTreeMap;

/// Who brings what.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ResourceMap {
    /// Each kind and unit of contribution, in the order of the alliance's totals.
    pub contributions: Vec<ResourceKind>,
    /// Each strength partners name, the most often named first.
    pub strengths: Vec<Strength>,
}

/// One kind (and unit) of contribution and who gave it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ResourceKind {
    /// The kind.
    pub kind: ContributionKind,
    /// In words.
    pub kind_name: Text,
    /// The unit.
    pub unit: String,
    /// The alliance's total, anonymous members included.
    pub total: Total,
    /// The named partners who gave it, the most received first (then pledged, then name).
    pub partners: Vec<Share>,
    /// How many anonymous members gave it (their amounts are in `total` only).
    pub anonymous: usize,
}

/// One partner's part of a kind of contribution.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Share {
    /// The partner.
    pub partner: Ref,
    /// What it pledged.
    pub pledged: f64,
    /// What it gave.
    pub received: f64,
}

/// A skill or resource partners say they bring.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Strength {
    /// As written (the first spelling met).
    pub name: String,
    /// The partners who name it, by name.
    pub partners: Vec<Ref>,
}

/// The resource map of `site`, with references from `refs`.
pub(crate) fn resource_map(site: &Site, refs: &RefTable) -> ResourceMap {
    let contributions = site
        .stats
        .contributions
        .iter()
        .map(|total| {
            let mut partners: Vec<Share> = site
                .partners
                .iter()
                .filter_map(|p| {
                    let t = p
                        .totals
                        .iter()
                        .find(|t| t.kind == total.kind && t.unit == total.unit)?;
                    Some(Share {
                        partner: entry_ref(refs, &p.meta),
                        pledged: t.pledged,
                        received: t.received,
                    })
                })
                .collect();
            partners.sort_by(|a, b| {
                b.received
                    .total_cmp(&a.received)
                    .then(b.pledged.total_cmp(&a.pledged))
                    .then_with(|| a.partner.title.cmp(&b.partner.title))
            });
            ResourceKind {
                kind: total.kind,
                kind_name: total.kind_name.clone(),
                unit: total.unit.clone(),
                total: total.clone(),
                partners,
                anonymous: site
                    .anonymous
                    .per_member
                    .iter()
                    .filter(|kinds| kinds.contains(&(total.kind, total.unit.clone())))
                    .count(),
            }
        })
        .collect();
    let mut named: BTreeMap<String, Strength> = BTreeMap::new();
    for p in &site.partners {
        for s in &p.strengths {
            let key = s.trim().to_lowercase();
            if key.is_empty() {
                continue;
            }
            let entry = named.entry(key).or_insert_with(|| Strength {
                name: s.trim().to_string(),
                partners: Vec::new(),
            });
            entry.partners.push(entry_ref(refs, &p.meta));
        }
    }
    let mut strengths: Vec<Strength> = named.into_values().collect();
    strengths.sort_by(|a, b| {
        b.partners
            .len()
            .cmp(&a.partners.len())
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    ResourceMap {
        contributions,
        strengths,
    }
}
