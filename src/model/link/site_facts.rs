//! The site-wide facts made once every entry is linked: tags, the menu and footer, the
//! statistics and each newsletter issue's changes.

use super::*;
use crate::model::changes::StatedRefs;

/// Each newsletter issue's `since` (its own, or by default the previous issue's date) and
/// what changed in the period it covers, in the order of `site.newsletters`.
pub(super) fn newsletter_changes(
    site: &Site,
    refs: &reports::RefTable,
    stated_before: StatedRefs,
) -> (Vec<(Option<Date>, super::changes::Changes)>, StatedRefs) {
    let mut dates: Vec<Date> = site.newsletters.iter().map(|n| n.date).collect();
    dates.sort();
    // Each issue looks at every entry: the issues are worked out in parallel.
    let stated = super::changes::Stated::after(stated_before);
    let calendar = super::changes::Calendar::of(site);
    let changes = site
        .newsletters
        .par_iter()
        .map(|n| {
            let since = n
                .since
                .or_else(|| dates.iter().rev().find(|d| **d < n.date).copied());
            (
                since,
                super::changes::between(site, refs, &calendar, since, n.date, &stated),
            )
        })
        .collect();
    (changes, stated.into_refs())
}

/// Gives each newsletter issue its `since` and changes (from [`newsletter_changes`], in
/// the same order), then puts the issues newest first.
pub(super) fn fill_newsletter_changes(
    site: &mut Site,
    changes: Vec<(Option<Date>, super::changes::Changes)>,
) {
    for (n, (since, c)) in site.newsletters.iter_mut().zip(changes) {
        n.since = since;
        n.changes = c;
    }
    site.newsletters
        .sort_by(|a, b| (b.date, &a.meta.slug).cmp(&(a.date, &b.meta.slug)));
}

/// The tags of every entry, one per slug, and a problem for each tag whose page would be
/// shared with a differently written tag (`C++` and `C` both make `/tags/c/`).
pub(super) fn collect_tags(site: &Site, index: &Index) -> (Vec<Tag>, Vec<Diagnostic>) {
    let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
    let mut problems = Vec::new();
    let same = |a: &str, b: &str| {
        let words = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        words(a) == words(b)
    };
    for meta in site.all_meta() {
        for t in &meta.tags {
            let slug = crate::slug::slugify(&t.name);
            let at = || {
                meta.origin
                    .as_ref()
                    .and_then(|o| {
                        o.find(&format!("\"{}\"", t.name))
                            .or_else(|| o.find(&t.name))
                    })
                    .unwrap_or_else(|| file_location(&meta.source))
            };
            if let Some(first) = tags.get(&slug)
                && !same(&first.name, &t.name)
            {
                problems.push(
                    Diagnostic::error(
                        at(),
                        format!(
                            "the tags `{}` and `{}` would share one page, {}",
                            first.name, t.name, first.url
                        ),
                    )
                    .with_hint(format!(
                        "write them the same way if they are one tag, or make them differ in letters or digits (tag addresses keep only those; `{}` is used first elsewhere)",
                        first.name
                    )),
                );
                continue;
            }
            let tag = tags.entry(slug.clone()).or_insert_with(|| Tag {
                name: t.name.clone(),
                slug,
                url: t.url.clone(),
                entries: Vec::new(),
            });
            // An entry that gives one tag twice (`["Jobs", "jobs"]`) is listed once. Entries are
            // added one at a time, so its earlier listing can only be the tag's last one: a
            // look at that, not at every entry of the tag (which made tags of thousands of
            // entries quadratic).
            if let Some(r) = index.get(meta.collection, &meta.slug)
                && tag.entries.last().is_none_or(|e| e.url != r.url)
            {
                tag.entries.push(r.clone());
            }
        }
    }
    (tags.into_values().collect(), problems)
}

pub(super) fn build_menu(site: &Site) -> Vec<MenuItem> {
    let mut menu = Vec::new();
    let section = |c: Collection| MenuItem {
        title: c.title().to_string(),
        url: site.url(&format!("{}/", c.dir())),
        key: c.dir().to_string(),
    };
    if !site.objectives.is_empty() {
        menu.push(section(Collection::Objectives));
    }
    if !site.milestones.is_empty() {
        menu.push(section(Collection::Milestones));
    }
    if !site.successes.is_empty() {
        menu.push(section(Collection::Successes));
    }
    if !site.setbacks.is_empty() {
        menu.push(section(Collection::Setbacks));
    }
    if !site.case_studies.is_empty() {
        menu.push(section(Collection::CaseStudies));
    }
    if !site.partners.is_empty() {
        menu.push(section(Collection::Partners));
    }
    if !site.reports.is_empty() {
        menu.push(MenuItem {
            title: "Reports".to_string(),
            url: site.url("reports/"),
            key: "reports".to_string(),
        });
    }
    if !site.newsletters.is_empty() {
        menu.push(section(Collection::Newsletters));
    }
    for p in site.pages.iter().filter(|p| p.menu) {
        menu.push(MenuItem {
            title: p.meta.title.clone(),
            url: p.meta.url.clone(),
            key: format!("page:{}", p.meta.slug),
        });
    }
    if site.alliance.search {
        menu.push(MenuItem {
            title: "Search".to_string(),
            url: site.url("search/"),
            key: "search".to_string(),
        });
    }
    menu
}

/// The free pages that are not in the menu, for the footer.
pub(super) fn build_footer(site: &Site) -> Vec<MenuItem> {
    site.pages
        .iter()
        .filter(|p| !p.menu)
        .map(|p| MenuItem {
            title: p.meta.title.clone(),
            url: p.meta.url.clone(),
            key: format!("page:{}", p.meta.slug),
        })
        .collect()
}

pub(super) fn compute_stats(site: &Site) -> Stats {
    let mut s = Stats {
        partners_current: site.partners.iter().filter(|p| !p.former).count(),
        partners_former: site.partners.iter().filter(|p| p.former).count(),
        successes: site.successes.len(),
        newsletters: site.newsletters.len(),
        ..Stats::default()
    };
    for m in &site.milestones {
        match m.status {
            MilestoneStatus::Achieved => {
                s.milestones_achieved += 1;
                if m.days_late.unwrap_or(0) > 0 {
                    s.milestones_late += 1;
                } else {
                    s.milestones_on_time += 1;
                }
            }
            MilestoneStatus::Missed => s.milestones_missed += 1,
            MilestoneStatus::Cancelled => s.milestones_cancelled += 1,
            _ if m.overdue => s.milestones_overdue += 1,
            _ => s.milestones_open += 1,
        }
    }
    for b in &site.setbacks {
        match b.status {
            SetbackStatus::Open => s.setbacks_open += 1,
            SetbackStatus::Mitigating => s.setbacks_mitigating += 1,
            SetbackStatus::Resolved => s.setbacks_resolved += 1,
        }
    }
    s.contributions = super::facts::totals(
        site.partners
            .iter()
            .flat_map(|p| p.contributions.iter())
            .chain(&site.anonymous.contributions),
    );
    s.newest_update = newest_date(site);
    s
}

pub(super) fn newest_date(site: &Site) -> Option<Date> {
    super::facts::newest_date_until(site, site.build_date)
}
