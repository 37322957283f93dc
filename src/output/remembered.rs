//! What a build remembers of the pages it wrote, for the next build into the same folder: each
//! page's fingerprint (a hash of everything its HTML is made from, see
//! [`crate::render::fingerprint`]) and the internal links of its Markdown. A page whose
//! fingerprint has not changed, made by the same candor with the same options, is kept from
//! the previous output rather than rendered again; its links are checked again all the same.
//!
//! It is kept in the output's marker file, below the list of files, so that it always
//! describes the folder it is in: lines an older candor ignores.

use std::collections::HashMap;
use std::ops::Range;

/// Where a remembered link was written: in the entry's Markdown body, or elsewhere in its
/// file (a setback's updates, in its front matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WrittenIn {
    /// The body: `at` counts from the body's start.
    Body,
    /// The whole file: `at` counts from the file's start.
    File,
}

/// An internal link of a remembered page, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RememberedLink {
    pub(crate) url: String,
    pub(crate) written_in: WrittenIn,
    pub(crate) at: Range<usize>,
}

/// A page a build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RememberedPage {
    /// What it was made from.
    pub(crate) fingerprint: u128,
    /// The internal links of its Markdown.
    pub(crate) links: Vec<RememberedLink>,
}

/// The pages a build wrote, by path, and what made them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PageMemory {
    /// The candor program and the build options that made the pages (see
    /// [`crate::page_maker`]): pages made by another are never kept.
    pub(crate) maker: u128,
    pub(crate) pages: HashMap<String, RememberedPage>,
}

/// The line that starts the pages' part of a marker.
const HEADER: &str = "# pages: made by ";

impl PageMemory {
    /// The pages' part of a marker (see [`marker_text`]).
    #[cfg(test)]
    pub(crate) fn to_marker_text(&self) -> String {
        let pages = self.pages.iter().map(|(path, page)| PageRecord {
            path,
            fingerprint: page.fingerprint,
            links: page
                .links
                .iter()
                .map(|l| LinkRecord {
                    url: &l.url,
                    written_in: l.written_in,
                    at: l.at.clone(),
                })
                .collect(),
        });
        marker_text(self.maker, pages.collect())
    }

    /// The pages a marker's `text` remembers (none when it has no pages' part, from an older
    /// candor). A line that cannot be read forgets the page it belongs to.
    pub(crate) fn from_marker_text(text: &str) -> PageMemory {
        let Some(start) = text.find(&format!("\n{HEADER}")) else {
            return PageMemory::default();
        };
        let part = &text[start + 1 + HEADER.len()..];
        let (first, rest) = part.split_once('\n').unwrap_or((part, ""));
        let read = |hex: &str| u128::from_str_radix(hex, 16).ok();
        let Some((maker, sealed)) = first
            .split_once(' ')
            .and_then(|(maker, sealed)| Some((read(maker)?, read(sealed)?)))
        else {
            return PageMemory::default();
        };
        if xxhash_rust::xxh3::xxh3_128(rest.as_bytes()) != sealed {
            return PageMemory::default();
        }
        let lines = rest.lines();
        let mut pages = HashMap::new();
        let mut current: Option<(String, RememberedPage)> = None;
        let mut broken = false;
        for line in lines {
            if let Some(rest) = line.strip_prefix("p ") {
                if let Some((path, page)) = current.take().filter(|_| !broken) {
                    pages.insert(path, page);
                }
                broken = false;
                current = rest.split_once(' ').and_then(|(hash, path)| {
                    let fingerprint = u128::from_str_radix(hash, 16).ok()?;
                    let page = RememberedPage {
                        fingerprint,
                        links: Vec::new(),
                    };
                    Some((path.to_string(), page))
                });
            } else if let Some(rest) = line.strip_prefix("l ") {
                match (current.as_mut(), read_link(rest)) {
                    (Some((_, page)), Some(link)) => page.links.push(link),
                    _ => broken = true,
                }
            } else {
                break;
            }
        }
        if let Some((path, page)) = current.filter(|_| !broken) {
            pages.insert(path, page);
        }
        PageMemory { maker, pages }
    }
}

/// A page as a marker is written with it.
pub(crate) struct PageRecord<'a> {
    pub(crate) path: &'a str,
    pub(crate) fingerprint: u128,
    pub(crate) links: Vec<LinkRecord<'a>>,
}

/// A link of a [`PageRecord`].
pub(crate) struct LinkRecord<'a> {
    pub(crate) url: &'a str,
    pub(crate) written_in: WrittenIn,
    pub(crate) at: Range<usize>,
}

/// The pages' part of a marker: a header naming the `maker`, then a `p <fingerprint> <path>`
/// line for each page, in path order, each followed by an `l <b|f> <start> <end> <url>` line
/// for each of its links. A page with a link that cannot be written on one line is left out
/// (it is rendered again next time).
pub(crate) fn marker_text(maker: u128, mut pages: Vec<PageRecord<'_>>) -> String {
    use std::fmt::Write;
    pages.sort_unstable_by(|a, b| a.path.cmp(b.path));
    let one_line = |s: &str| !s.contains(['\n', '\r']);
    let mut text = String::with_capacity(64 + pages.len() * 80);
    for page in pages {
        if !one_line(page.path) || !page.links.iter().all(|l| one_line(l.url)) {
            continue;
        }
        let _ = writeln!(text, "p {:032x} {}", page.fingerprint, page.path);
        for link in &page.links {
            let kind = match link.written_in {
                WrittenIn::Body => 'b',
                WrittenIn::File => 'f',
            };
            let _ = writeln!(
                text,
                "l {kind} {} {} {}",
                link.at.start, link.at.end, link.url
            );
        }
    }
    // The header holds a hash of the lines below it: a part cut short or changed by hand is
    // not believed.
    let sealed = xxhash_rust::xxh3::xxh3_128(text.as_bytes());
    format!("{HEADER}{maker:032x} {sealed:032x}\n{text}")
}

fn read_link(text: &str) -> Option<RememberedLink> {
    let mut parts = text.splitn(4, ' ');
    let written_in = match parts.next()? {
        "b" => WrittenIn::Body,
        "f" => WrittenIn::File,
        _ => return None,
    };
    let start = parts.next()?.parse().ok()?;
    let end = parts.next()?.parse().ok()?;
    let url = parts.next()?.to_string();
    Some(RememberedLink {
        url,
        written_in,
        at: start..end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory() -> PageMemory {
        let mut pages = HashMap::new();
        pages.insert(
            "successes/a b/index.html".to_string(),
            RememberedPage {
                fingerprint: 0xabc,
                links: vec![
                    RememberedLink {
                        url: "/partners/x/#who we are".into(),
                        written_in: WrittenIn::Body,
                        at: 3..40,
                    },
                    RememberedLink {
                        url: "../y/".into(),
                        written_in: WrittenIn::File,
                        at: 100..105,
                    },
                ],
            },
        );
        pages.insert(
            "index.html".to_string(),
            RememberedPage {
                fingerprint: u128::MAX,
                links: Vec::new(),
            },
        );
        PageMemory { maker: 7, pages }
    }

    #[test]
    fn a_marker_gives_back_the_pages_it_was_written_with() {
        let text = format!("files...\n{}", memory().to_marker_text());
        assert_eq!(PageMemory::from_marker_text(&text), memory());
    }

    #[test]
    fn a_part_changed_or_cut_short_is_not_believed_and_an_old_marker_remembers_nothing() {
        let text = format!("files...\n{}", memory().to_marker_text());
        let changed = text.replace("l b 3 40", "l b 3 41");
        assert_eq!(
            PageMemory::from_marker_text(&changed),
            PageMemory::default()
        );
        let without_a_link = text.replace("l f 100 105 ../y/\n", "");
        assert_ne!(without_a_link, text);
        assert_eq!(
            PageMemory::from_marker_text(&without_a_link),
            PageMemory::default()
        );
        let cut = &text[..text.len() - 3];
        assert_eq!(PageMemory::from_marker_text(cut), PageMemory::default());
        let old = "This folder is written by candor.\n# files: xxh3-128 hash, size, path\n";
        assert_eq!(PageMemory::from_marker_text(old), PageMemory::default());
    }

    #[test]
    fn a_page_with_a_link_across_lines_is_not_remembered() {
        let mut m = memory();
        m.pages
            .get_mut("index.html")
            .unwrap()
            .links
            .push(RememberedLink {
                url: "/a\n/b".into(),
                written_in: WrittenIn::Body,
                at: 0..1,
            });
        let read = PageMemory::from_marker_text(&format!("files...\n{}", m.to_marker_text()));
        assert!(!read.pages.contains_key("index.html"));
        assert_eq!(read.pages.len(), 1);
    }
}
