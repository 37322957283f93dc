//! Long lists split into pages: which items each page of a collection index or tag page shows,
//! the pages' paths (`milestones/`, then `milestones/page/2/`, `milestones/page/3/`...) and the
//! `paginator` its template sees.

use crate::model::Site;
use serde::Serialize;
use std::ops::Range;

/// The path of page `number` (counted from 1) of the list whose first page is at `first`
/// (`"milestones/"`).
pub(crate) fn page_path(first: &str, number: usize) -> String {
    if number <= 1 {
        first.to_string()
    } else {
        format!("{first}page/{number}/")
    }
}

/// `count` items split into pages of at most `per_page` (0: one page); a list with no items
/// still has its one (empty) page.
pub(crate) fn split(count: usize, per_page: usize) -> Vec<Range<usize>> {
    if per_page == 0 || count <= per_page {
        return std::iter::once(0..count).collect();
    }
    (0..count)
        .step_by(per_page)
        .map(|start| start..(start + per_page).min(count))
        .collect()
}

/// One page of a list, as templates see it (`paginator`): where it is among the list's pages
/// and the links to the others.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Paginator {
    /// This page's number, from 1.
    pub number: usize,
    /// How many pages the list has.
    pub total_pages: usize,
    /// How many items the whole list has.
    pub total_items: usize,
    /// The number of this page's first item and last item, counted from 1 (0 and 0 when the
    /// list is empty).
    pub first_item: usize,
    /// See `first_item`.
    pub last_item: usize,
    /// The previous page's URL, if there is one.
    pub previous: Option<String>,
    /// The next page's URL, if there is one.
    pub next: Option<String>,
    /// The pages to link to by number: the first, the last and those near this one; a gap
    /// (number 0) stands for the pages left out between.
    pub pages: Vec<PageLink>,
}

/// A numbered link in a [`Paginator`].
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageLink {
    /// The page's number; 0 for a gap.
    pub number: usize,
    /// Its URL (empty for a gap).
    pub url: String,
    /// Whether it is the page being shown.
    pub current: bool,
}

impl Paginator {
    /// Page `number` (from 1) of the list at `first` split as `pages`.
    pub(crate) fn new(site: &Site, first: &str, pages: &[Range<usize>], number: usize) -> Self {
        let url = |n: usize| site.url(&page_path(first, n));
        let total_pages = pages.len();
        let this = &pages[number - 1];
        let mut links: Vec<PageLink> = Vec::new();
        for n in 1..=total_pages {
            let near = n.abs_diff(number) <= 2;
            if n == 1 || n == total_pages || near {
                links.push(PageLink {
                    number: n,
                    url: url(n),
                    current: n == number,
                });
            } else if links.last().is_some_and(|l| l.number != 0) {
                links.push(PageLink {
                    number: 0,
                    url: String::new(),
                    current: false,
                });
            }
        }
        Paginator {
            number,
            total_pages,
            total_items: pages.last().map_or(0, |p| p.end),
            first_item: if this.is_empty() { 0 } else { this.start + 1 },
            last_item: this.end,
            previous: (number > 1).then(|| url(number - 1)),
            next: (number < total_pages).then(|| url(number + 1)),
            pages: links,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_into_full_pages_and_a_last_one() {
        assert_eq!(split(0, 100), std::slice::from_ref(&(0..0)));
        assert_eq!(split(100, 100), std::slice::from_ref(&(0..100)));
        assert_eq!(split(250, 100), [0..100, 100..200, 200..250]);
        assert_eq!(split(250, 0), std::slice::from_ref(&(0..250)));
        assert_eq!(page_path("tags/x/", 1), "tags/x/");
        assert_eq!(page_path("tags/x/", 3), "tags/x/page/3/");
    }
}
