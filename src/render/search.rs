//! What the search finds: one record for each page of an entry, with the words a reader sees
//! on it and the filters a reader of a transparency site narrows by (section, status, partner,
//! year). [`crate::output::search`] indexes the records; the search page offers the filters'
//! [`choices`].
//!
//! Records are made from the linked model rather than by parsing the rendered pages: the same
//! entries the pages show (drafts only when they are built, no anonymous member, no body whose
//! consent has expired), at a fraction of the cost, with filters taken from facts rather than
//! from markup.

use crate::content::Collection;
use crate::content::schema::{MilestoneStatus, SetbackStatus};
use crate::diagnostics::Diagnostic;
use crate::model::{LinkedEntry, Meta, Ref, Site};
use crate::render::markdown::plain_text;
use crate::words::Catalogue;
use std::collections::BTreeMap;

/// The names of the filters, as the search page shows them.
pub mod filter {
    /// The collection: Partners, Milestones...
    pub const SECTION: &str = "Section";
    /// Overdue, achieved, open setback...
    pub const STATUS: &str = "Status";
    /// A partner the entry names (a partner's own page included).
    pub const PARTNER: &str = "Partner";
    /// A tag of the entry.
    pub const TAG: &str = "Tag";
    /// The year of the entry's date.
    pub const YEAR: &str = "Year";
}

/// One page as the index knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Its address under the site, without the base path (`partners/acme/`): the search
    /// page's script puts the folder it loads the index from in front.
    pub url: String,
    /// Its title.
    pub title: String,
    /// What kind of entry, its status and its year, in words: "Milestone · Overdue · 2026".
    pub kind: String,
    /// The words on it: title, summary and body.
    pub text: String,
    /// The filters it is found by, by name ([`filter`]).
    pub filters: BTreeMap<&'static str, Vec<String>>,
}

/// The record of every entry page of `site`, in collection order; without their words unless
/// `words` (the filters alone are cheap). With their words, an error when an entry's Markdown
/// cannot be read again (its file changed while the site was being built).
pub fn records(site: &Site, w: &Catalogue, words: bool) -> Result<Vec<Record>, Box<Diagnostic>> {
    let mut out = Vec::new();
    let record = |entry: &dyn Entry, year, status: Option<&str>, partners: &[Ref], extra: &str| {
        let status = status.map(|id| w.get(id));
        record_of(
            (site, w),
            words,
            entry,
            year,
            status.as_deref(),
            partners,
            extra,
        )
    };
    for p in &site.partners {
        let status = if p.former {
            "search-status-former-partner"
        } else {
            "search-status-current-partner"
        };
        let mut extra = p.location.clone().unwrap_or_default();
        for r in &p.roles {
            sentence_after(&mut extra, r);
        }
        out.push(record(
            p,
            p.joined.map(|d| d.year()),
            Some(status),
            &[],
            &extra,
        )?);
    }
    for o in &site.objectives {
        let mut extra = String::new();
        for i in &o.indicators {
            sentence_after(&mut extra, &i.name);
        }
        out.push(record(o, None, None, &o.owners, &extra)?);
    }
    for m in &site.milestones {
        let status = match m.status {
            MilestoneStatus::Achieved => "search-status-achieved",
            MilestoneStatus::Missed => "search-status-missed",
            MilestoneStatus::Cancelled => "search-status-cancelled",
            _ if m.overdue => "search-status-overdue",
            _ => "search-status-planned",
        };
        let year = Some(m.completed.unwrap_or(m.current_due).year());
        out.push(record(m, year, Some(status), &m.partners, "")?);
    }
    for s in &site.successes {
        out.push(record(s, Some(s.date.year()), None, &s.partners, "")?);
    }
    for s in &site.setbacks {
        let status = match s.status {
            SetbackStatus::Resolved => "search-status-resolved-setback",
            SetbackStatus::Open | SetbackStatus::Mitigating => "search-status-open-setback",
        };
        let mut lessons = String::new();
        for l in &s.lessons {
            sentence_after(&mut lessons, l);
        }
        out.push(record(
            s,
            Some(s.date.year()),
            Some(status),
            &s.partners,
            &lessons,
        )?);
    }
    for c in &site.case_studies {
        out.push(record(c, Some(c.date.year()), None, &c.partners, "")?);
    }
    for p in &site.pages {
        out.push(record(p, None, None, &[], "")?);
    }
    for n in &site.newsletters {
        out.push(record(n, Some(n.date.year()), None, &[], "")?);
    }
    Ok(out)
}

/// An entry of any collection, as a record needs it.
trait Entry {
    fn meta(&self) -> &Meta;
    fn collection(&self) -> Collection;
}

impl<E: LinkedEntry> Entry for E {
    fn meta(&self) -> &Meta {
        LinkedEntry::meta(self)
    }
    fn collection(&self) -> Collection {
        E::COLLECTION
    }
}

/// The record of one entry's page.
fn record_of(
    (site, w): (&Site, &Catalogue),
    words: bool,
    entry: &dyn Entry,
    year: Option<i32>,
    status: Option<&str>,
    partners: &[Ref],
    extra: &str,
) -> Result<Record, Box<Diagnostic>> {
    let meta: &Meta = entry.meta();
    let mut text = String::new();
    if words {
        let options = crate::render::markdown::MarkdownOptions {
            allow_raw_html: site.alliance.allow_raw_html,
        };
        let body = plain_text(&meta.body.text()?, options);
        let tags: Vec<&str> = meta.tags.iter().map(|t| t.name.as_str()).collect();
        let tags = tags.join(", ");
        let parts = [
            meta.title.as_str(),
            meta.summary.as_deref().unwrap_or(""),
            extra,
            &tags,
            &body,
        ];
        for part in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
            sentence_after(&mut text, part);
        }
    }
    let mut filters = BTreeMap::new();
    let is_partner = entry.collection() == Collection::Partners;
    let section = crate::words::collection_title(w, entry.collection());
    filters.insert(filter::SECTION, vec![section]);
    if let Some(status) = status {
        filters.insert(filter::STATUS, vec![status.to_string()]);
    }
    let mut names: Vec<String> = partners.iter().map(|p| p.title.clone()).collect();
    if is_partner {
        names.push(meta.title.clone());
    }
    if !names.is_empty() {
        filters.insert(filter::PARTNER, names);
    }
    if !meta.tags.is_empty() {
        let tags = meta.tags.iter().map(|t| t.name.clone()).collect();
        filters.insert(filter::TAG, tags);
    }
    let year = year.map(|y| w.plain(i64::from(y)));
    if let Some(year) = &year {
        filters.insert(filter::YEAR, vec![year.clone()]);
    }
    let kind = meta.kind_label.in_words(w);
    let mut kind = capitalised(&kind);
    if let Some(status) = status.filter(|_| !is_partner) {
        kind.push_str(&format!(" · {status}"));
    }
    if let Some(year) = year {
        kind.push_str(&format!(" · {year}"));
    }
    let url = meta.url.strip_prefix(&site.alliance.base_path);
    Ok(Record {
        url: url.unwrap_or(&meta.url).to_string(),
        title: meta.title.clone(),
        kind,
        text,
        filters,
    })
}

/// Adds `part` to `text` as a sentence of its own: a full stop between them unless `text`
/// already ends with one (or another mark that ends a sentence).
fn sentence_after(text: &mut String, part: &str) {
    if !text.is_empty() {
        if !text.ends_with(['.', '!', '?', ':', ';', '…']) {
            text.push('.');
        }
        text.push(' ');
    }
    text.push_str(part);
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A filter as the search page offers it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Filter {
    /// Its name as the index knows it ([`filter`]).
    pub name: &'static str,
    /// Its name as the page shows it, in the site's language.
    pub label: String,
    /// Its name in the search page's address (`?status=Overdue`).
    pub param: String,
    /// The values it takes, in the order offered.
    pub values: Vec<String>,
}

/// The filters of `site`'s search page, each with the values it takes on the site.
pub fn filters(site: &Site, w: &Catalogue) -> Vec<Filter> {
    // Without their words, no file is read again: the records cannot fail.
    let choices = choices(&records(site, w, false).unwrap_or_default());
    [
        filter::SECTION,
        filter::STATUS,
        filter::PARTNER,
        filter::TAG,
        filter::YEAR,
    ]
    .into_iter()
    .filter_map(|name| {
        let values = choices.get(name)?.clone();
        let param = name.to_ascii_lowercase();
        Some(Filter {
            name,
            label: w.get(&format!("search-filter-{param}")).into_owned(),
            param,
            values,
        })
    })
    .collect()
}

/// The values each filter takes on `records`, sorted as a reader looks them up (accents and
/// case set aside; years newest first): the choices the search page offers, so they work
/// without waiting for the index.
pub fn choices(records: &[Record]) -> BTreeMap<&'static str, Vec<String>> {
    let mut out: BTreeMap<&'static str, std::collections::BTreeSet<String>> = BTreeMap::new();
    for r in records {
        for (name, values) in &r.filters {
            out.entry(name).or_default().extend(values.iter().cloned());
        }
    }
    out.into_iter()
        .map(|(name, values)| {
            let mut values: Vec<String> = values.into_iter().collect();
            if name == filter::YEAR {
                values.reverse();
            } else {
                // As a reader looks a name up: "Ōtautahi" beside "Otago", "de Wit" under D.
                values.sort_by_cached_key(|v| (deunicode::deunicode(v).to_lowercase(), v.clone()));
            }
            (name, values)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_become_sentences_without_doubled_stops() {
        let mut text = String::new();
        for part in ["Reading camp", "It did not run.", "Why?", "Lessons"] {
            sentence_after(&mut text, part);
        }
        assert_eq!(text, "Reading camp. It did not run. Why? Lessons");
    }
}

#[cfg(test)]
mod choice_tests {
    use super::*;

    #[test]
    fn choices_sort_as_a_reader_looks_names_up() {
        let record = |partners: &[&str]| Record {
            url: String::new(),
            title: String::new(),
            kind: String::new(),
            text: String::new(),
            filters: BTreeMap::from([(
                filter::PARTNER,
                partners.iter().map(|p| p.to_string()).collect(),
            )]),
        };
        let records = [
            record(&["Zeta Trust", "Ōtautahi Hub"]),
            record(&["de Wit", "Otago"]),
        ];
        assert_eq!(
            choices(&records)[filter::PARTNER],
            ["de Wit", "Otago", "Ōtautahi Hub", "Zeta Trust"]
        );
    }
}
