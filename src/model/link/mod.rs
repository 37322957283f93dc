//! Builds the [`Site`] from loaded [`Content`]: checks every rule, resolves every reference,
//! computes every derived fact and fills in the back-references. This file is the
//! orchestration; each part lives beside it: [`alliance`] (the settings), [`entries`] (what
//! every entry has), [`kinds`] (the rules of each kind), [`backrefs`] and [`site_facts`].

use super::refs::Index;
use super::reports;
use super::*;
use crate::content::schema::*;
use crate::content::{Body, Content, Entry};
use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

mod again;
mod alliance;
mod backrefs;
mod brand;
mod entries;
mod kinds;
mod site_facts;

pub use again::with_new_bodies;
use alliance::resolve_alliance;
use backrefs::fill_back_references;
use entries::entry_path;
use kinds::milestone_facts;
use site_facts::{
    build_footer, build_menu, collect_tags, compute_stats, fill_newsletter_changes,
    newsletter_changes,
};

/// An entry's file as a path from the site root, with `/` between folders (as `source`).
fn source_path<T>(e: &Entry<T>) -> String {
    e.path().to_string_lossy().replace('\\', "/")
}

/// Every entry file of the content, by path from the site root, with the whole file (read
/// again when its history is worked out: the entry's own file, on a site in another language
/// too, where its body is a translation's).
fn entry_files(c: &Content) -> Vec<(String, &Body)> {
    fn of<T>(entries: &[std::sync::Arc<Entry<T>>]) -> impl Iterator<Item = (String, &Body)> {
        entries.iter().map(|e| (source_path(e), &e.file))
    }
    of(&c.partners)
        .chain(of(&c.objectives))
        .chain(of(&c.milestones))
        .chain(of(&c.successes))
        .chain(of(&c.setbacks))
        .chain(of(&c.case_studies))
        .chain(of(&c.pages))
        .chain(of(&c.newsletters))
        .collect()
}

/// Page slugs the site's search uses (its page and its index), unless it is turned off.
pub(super) const SEARCH_PAGE_SLUGS: &[&str] = &["search", "pagefind"];

/// Page slugs that would collide with the site's own sections.
pub const RESERVED_PAGE_SLUGS: &[&str] = &[
    "partners",
    "objectives",
    "milestones",
    "successes",
    "setbacks",
    "case-studies",
    "pages",
    "newsletters",
    "tags",
    "reports",
    "data",
];

/// How many days ahead counts as "upcoming".
pub(super) const UPCOMING_DAYS: i64 = 90;

/// What a build decides beyond the content itself.
#[derive(Debug, Clone)]
pub struct LinkOptions {
    /// The date "today" means.
    pub build_date: Date,
    /// Include entries marked `draft = true`.
    pub include_drafts: bool,
    /// Use this instead of `base_url` from alliance.toml.
    pub base_url: Option<String>,
    /// What git remembers of the content (empty when there is none or it is off).
    pub history: std::sync::Arc<crate::history::History>,
    /// Every language the site is published in, the site's own first; empty when only its
    /// own (then there is no language switcher).
    pub languages: Vec<SiteLanguage>,
    /// The language this site is linked in, when it is not the site's own: its pages live
    /// under `<base path><prefix>` and its entries take their translations.
    pub translation: Option<InLanguage>,
}

impl LinkOptions {
    /// How tests link a site: on `build_date`, without drafts, at the site's own address,
    /// with no history and in its own language only.
    #[cfg(test)]
    pub(crate) fn for_tests(build_date: Date) -> LinkOptions {
        LinkOptions {
            build_date,
            include_drafts: false,
            base_url: None,
            history: Default::default(),
            languages: Vec::new(),
            translation: None,
        }
    }

    /// Whether linking with these options makes what linking with `other` makes from the
    /// same content: the same date, drafts, address, languages and history.
    pub fn links_as(&self, other: &LinkOptions) -> bool {
        let (a, b) = (&*self.history, &*other.history);
        let same_history = std::sync::Arc::ptr_eq(&self.history, &other.history)
            || (a.files.is_empty() && b.files.is_empty() && a.state == b.state && a.head == b.head);
        self.build_date == other.build_date
            && self.include_drafts == other.include_drafts
            && self.base_url == other.base_url
            && self.languages == other.languages
            && self.translation.is_none()
            && other.translation.is_none()
            && same_history
    }
}

/// The bundled example (this repository's `content/`), linked as tests link it
/// ([`LinkOptions::for_tests`]) on 2026-06-01.
#[cfg(test)]
pub(crate) fn example_site() -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = crate::content::load(root, None).0.unwrap();
    let options = LinkOptions::for_tests(Date::new(2026, 6, 1).unwrap());
    link(&content, &options, None).0.unwrap()
}

/// A language the site is published in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SiteLanguage {
    /// Its tag (`fr`).
    pub code: String,
    /// Its name in itself (`Français`), for the language switcher.
    pub name: String,
    /// Where its pages start under the site's base path (`` for the site's own, `fr/`).
    pub prefix: String,
}

/// How a site in another language than its own is linked.
#[derive(Debug, Clone)]
pub struct InLanguage {
    /// The language (`fr`).
    pub code: String,
    /// Its pages' folder under the base path (`fr/`).
    pub prefix: String,
    /// The entries that have a translation into it; the others keep the site's own words.
    pub translated: rustc_hash::FxHashSet<(Collection, String)>,
}

/// Links `content` into a [`Site`]. Returns the site when no error was found, and every
/// problem found either way. Every reference equal to one of `earlier`'s (a previous build's
/// site) is shared with it, and so is every reference its newsletter issues stated the same
/// way, so that later comparisons between the two builds are quick; the result is the same
/// without it.
pub fn link(
    content: &Content,
    options: &LinkOptions,
    earlier: Option<&Site>,
) -> (Option<Site>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let Some(mut alliance) = resolve_alliance(content, options, &mut diagnostics) else {
        return (None, diagnostics);
    };
    // Pages in another language live under its folder; static files stay at the root.
    if let Some(language) = &options.translation {
        alliance.base_path.push_str(&language.prefix);
        alliance.base_url.push_str(&language.prefix);
        alliance.language = language.code.clone();
    }
    let mut linker = Linker {
        content,
        today: options.build_date,
        drafts: options.include_drafts,
        alliance,
        index: Index::default(),
        diagnostics,
        history: &options.history,
        rewritten_due: Default::default(),
        histories: Default::default(),
        removed: Vec::new(),
        translation: options.translation.as_ref(),
        stated_before: earlier.map(|e| e.stated.clone()).unwrap_or_default(),
    };
    let t = crate::timings::Timer::start();
    if let Some(warning) = super::history::state_warning(&options.history) {
        linker.diagnostics.push(warning);
    }
    linker.read_histories();
    linker.build_index(earlier.map(|e| &*e.refs));
    t.lap("  link: index");
    let site = linker.build_site();
    let diagnostics = linker.diagnostics;
    if diagnostics.has_errors() {
        (None, diagnostics)
    } else {
        (Some(site), diagnostics)
    }
}

/// What every entry is linked against, and the problems found outside any one entry.
struct Linker<'a> {
    content: &'a Content,
    today: Date,
    drafts: bool,
    alliance: Alliance,
    index: Index,
    diagnostics: Diagnostics,
    /// What git remembers of the content.
    history: &'a crate::history::History,
    /// Milestones whose `due` was rewritten without a re-plan: the `due` first committed,
    /// and each rewrite.
    rewritten_due: std::collections::HashMap<String, (Date, Vec<super::history::DueRewrite>)>,
    /// Each entry file's history, by its path from the site root (only files with one).
    histories: rustc_hash::FxHashMap<String, super::history::FileHistory>,
    /// Entries published and later removed.
    removed: Vec<super::history::Removed>,
    /// The language linked in, when it is not the site's own.
    translation: Option<&'a InLanguage>,
    /// What the previous build's newsletter issues stated.
    stated_before: super::changes::StatedRefs,
}

/// The linking of one entry: reads the shared [`Linker`] (its index is complete by then) and
/// keeps the entry's own problems, so that entries can be linked in parallel and their
/// problems reported in file order.
struct EntryLinker<'l, 'a> {
    shared: &'l Linker<'a>,
    diagnostics: Diagnostics,
}

impl<'a> std::ops::Deref for EntryLinker<'_, 'a> {
    type Target = Linker<'a>;

    fn deref(&self) -> &Linker<'a> {
        self.shared
    }
}

fn published<T: EntryFields>(include_drafts: bool, e: &Entry<T>) -> bool {
    include_drafts || !e.front.common().draft
}

impl<'a> Linker<'a> {
    fn published<T: EntryFields>(&self, e: &Entry<T>) -> bool {
        published(self.drafts, e)
    }

    /// The history of `e`'s file, when it has one.
    fn file_history<T>(&self, e: &Entry<T>) -> Option<&super::history::FileHistory> {
        if self.histories.is_empty() {
            return None;
        }
        self.history_at(&source_path(e))
    }

    /// The history of the entry file at `source` (its path from the site root).
    fn history_at(&self, source: &str) -> Option<&super::history::FileHistory> {
        self.histories.get(source)
    }

    /// Each entry file's history, worked out once (side by side) for the stages that read it:
    /// the change log, rewritten `due` dates, corrected measurements. Then the removed entries.
    fn read_histories(&mut self) {
        if self.history.files.is_empty() {
            return;
        }
        let files = entry_files(self.content);
        let (history, repository, today) = (self.history, &self.alliance.repository, self.today);
        let read: Vec<(String, Result<_, Box<Diagnostic>>)> = files
            .par_iter()
            .filter(|(path, _)| !history.of(path).is_empty())
            .map(|(path, body)| {
                let h = body.whole_text().map(|text| {
                    super::history::FileHistory::of(history, path, Some(&text), repository, today)
                });
                (path.clone(), h)
            })
            .collect();
        for (path, h) in read {
            match h {
                Ok(h) => {
                    self.histories.insert(path, h);
                }
                Err(unreadable) => self.diagnostics.push(*unreadable),
            }
        }
        for e in &self.content.milestones {
            let Some((Some(first), rewrites)) = self.file_history(e).map(|h| h.due_rewrites())
            else {
                continue;
            };
            if !rewrites.is_empty() {
                self.rewritten_due.insert(e.slug.clone(), (first, rewrites));
            }
        }
        let present = files.iter().map(|(path, _)| path.as_str()).collect();
        self.removed = super::history::removed(history, &present, repository);
    }

    /// The date first agreed for a milestone: its `due`, or the one first committed when a
    /// later commit rewrote it without a re-plan.
    fn first_agreed(&self, slug: &str, written: Date) -> Date {
        self.rewritten_due
            .get(slug)
            .map_or(written, |(first, _)| *first)
    }

    fn url_of(&self, collection: Collection, slug: &str) -> String {
        format!(
            "{}{}",
            self.alliance.base_path,
            entry_path(collection, slug)
        )
    }

    fn make_ref<T: EntryFields>(
        &self,
        collection: Collection,
        e: &Entry<T>,
        title: &str,
        date: Option<Date>,
        status: Option<(Text, &'static str)>,
    ) -> Ref {
        let (status, tone) = match status {
            Some((s, t)) => (Some(s), Some(t)),
            None => (None, None),
        };
        Ref::new(RefData {
            collection,
            kind_label: Says::Singular { collection }.into(),
            slug: e.slug.clone(),
            title: title.to_string(),
            url: self.url_of(collection, &e.slug),
            summary: e.front.common().summary.map(str::to_string),
            date,
            status,
            tone,
        })
    }

    /// Registers every entry's [`Ref`] so that references can be resolved in any order.
    fn build_index(&mut self, earlier: Option<&reports::RefTable>) {
        let c = self.content;
        let mut refs = Vec::new();
        let mut drafts = Vec::new();
        // Each collection's references are made in parallel, then added in file order.
        macro_rules! index {
            ($list:expr, $collection:expr, |$e:ident| $title:expr, $date:expr, $status:expr) => {
                let made: Vec<Result<Ref, String>> = $list
                    .par_iter()
                    .map(|$e| {
                        if self.published($e) {
                            let made = self.make_ref($collection, $e, $title, $date, $status);
                            let same = earlier
                                .and_then(|t| t.get($collection, &$e.slug))
                                .filter(|old| **old == made);
                            Ok(same.cloned().unwrap_or(made))
                        } else {
                            Err($e.slug.clone())
                        }
                    })
                    .collect();
                for made in made {
                    match made {
                        Ok(r) => refs.push(r),
                        Err(slug) => drafts.push(($collection, slug)),
                    }
                }
            };
        }
        let today = self.today;
        let named: Vec<_> = c.partners.iter().filter(|e| !e.front.anonymous).collect();
        for e in c.partners.iter().filter(|e| e.front.anonymous) {
            if self.published(e) {
                self.index.add_anonymous(&e.slug);
            }
        }
        index!(
            named,
            Collection::Partners,
            |e| &e.front.name,
            e.front.joined,
            None
        );
        index!(
            c.objectives,
            Collection::Objectives,
            |e| &e.front.title,
            None,
            None
        );
        index!(
            c.milestones,
            Collection::Milestones,
            |e| &e.front.title,
            Some(
                milestone_facts(&e.front, self.first_agreed(&e.slug, e.front.due), today)
                    .current_due
            ),
            {
                let f = milestone_facts(&e.front, self.first_agreed(&e.slug, e.front.due), today);
                Some((f.status_text, f.tone))
            }
        );
        index!(
            c.successes,
            Collection::Successes,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        index!(
            c.setbacks,
            Collection::Setbacks,
            |e| &e.front.title,
            Some(e.front.date),
            {
                let s = *e.front.status.get_ref();
                Some((
                    facts::setback_state(s, e.front.severity),
                    facts::setback_tone(s),
                ))
            }
        );
        index!(
            c.case_studies,
            Collection::CaseStudies,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        index!(c.pages, Collection::Pages, |e| &e.front.title, None, None);
        index!(
            c.newsletters,
            Collection::Newsletters,
            |e| &e.front.title,
            Some(e.front.date),
            None
        );
        for r in refs {
            self.index.add(r);
        }
        for (collection, slug) in drafts {
            self.index.add_draft(collection, &slug);
        }
        for (collection, slug) in &self.content.unreadable {
            self.index.add_unreadable(*collection, slug);
        }
    }

    /// Links every published entry of one collection in parallel, in file order, and adds
    /// their problems in that order.
    fn link_each<F, T>(
        &mut self,
        entries: &[std::sync::Arc<Entry<F>>],
        link_one: impl Fn(&mut EntryLinker<'_, 'a>, &Entry<F>) -> T + Sync,
    ) -> Vec<T>
    where
        F: EntryFields + Sync + Send,
        T: Send,
    {
        let shared: &Linker<'a> = self;
        let linked: Vec<(T, Diagnostics)> = entries
            .par_iter()
            .filter(|e| shared.published(e))
            .map(|e| {
                let mut one = EntryLinker {
                    shared,
                    diagnostics: Diagnostics::new(),
                };
                let item = link_one(&mut one, e);
                (item, one.diagnostics)
            })
            .collect();
        let mut items = Vec::with_capacity(linked.len());
        for (item, found) in linked {
            self.diagnostics.extend(found);
            items.push(item);
        }
        items
    }

    fn build_site(&mut self) -> Site {
        let c = self.content;
        let t = crate::timings::Timer::start();
        let (mut partners, anonymous) = self.partners_and_anonymous();
        let mut objectives = self.link_each(&c.objectives, |l, e| l.objective(e));
        let mut milestones = self.link_each(&c.milestones, |l, e| l.milestone(e));
        let mut successes = self.link_each(&c.successes, |l, e| l.success(e));
        let mut setbacks = self.link_each(&c.setbacks, |l, e| l.setback(e));
        let mut case_studies = self.link_each(&c.case_studies, |l, e| l.case_study(e));
        let mut pages = self.link_each(&c.pages, |l, e| l.page(e));
        let mut newsletters = self.link_each(&c.newsletters, |l, e| l.newsletter(e));

        t.lap("  link: entries");
        // Each collection is put in order beside the others.
        rayon::scope(|s| {
            s.spawn(|_| Partner::order(&mut partners));
            s.spawn(|_| Objective::order(&mut objectives));
            s.spawn(|_| Milestone::order(&mut milestones));
            s.spawn(|_| Success::order(&mut successes));
            s.spawn(|_| Setback::order(&mut setbacks));
            s.spawn(|_| CaseStudy::order(&mut case_studies));
            s.spawn(|_| Page::order(&mut pages));
            Newsletter::order(&mut newsletters);
        });

        let mut site = Site {
            reports: Shared::default(),
            scorecard: Scorecard::default(),
            resources: Default::default(),
            history_shown: self.history.state == crate::history::State::Read,
            removed: std::mem::take(&mut self.removed).into(),
            menu: Vec::new(),
            footer: Vec::new(),
            tags: Shared::default(),
            stats: Stats::default(),
            alliance: self.alliance.clone(),
            build_date: self.today,
            drafts: self.drafts,
            partners: partners.into(),
            anonymous,
            objectives: objectives.into(),
            milestones: milestones.into(),
            successes: successes.into(),
            setbacks: setbacks.into(),
            case_studies: case_studies.into(),
            pages: pages.into(),
            newsletters: newsletters.into(),
            refs: Shared::default(),
            stated: Default::default(),
            languages: Vec::new(),
        };
        t.lap("  link: sort");
        fill_back_references(&mut site, &self.index);
        t.lap("  link: backrefs");
        // The derived parts below read the entries and not each other: made side by side.
        let index = &self.index;
        let refs = index.table();
        let stated_before = std::mem::take(&mut self.stated_before);
        let ((tags, stats), ((reports, scorecard), (newsletter_changes, stated))) = rayon::join(
            || (collect_tags(&site, index), compute_stats(&site)),
            || {
                rayon::join(
                    || {
                        (
                            reports::reports(&site, refs),
                            reports::scorecard(&site, refs, site.build_date, None),
                        )
                    },
                    || newsletter_changes(&site, refs, stated_before),
                )
            },
        );
        t.lap("  link: tags, stats, reports, newsletters");
        let (tags, tag_problems) = tags;
        for problem in tag_problems {
            self.diagnostics.push(problem);
        }
        (site.tags, site.stats, site.reports, site.scorecard) =
            (tags.into(), stats, reports.into(), scorecard);
        fill_newsletter_changes(&mut site, newsletter_changes);
        site.stated = stated;
        let refs = self.index.take_table();
        site.resources = super::resources::resource_map(&site, &refs).into();
        site.menu = build_menu(&site);
        site.footer = build_footer(&site);
        site.refs = refs.into();
        self.warn_about_silent_periods(&site);
        site
    }

    /// The named partners, and the anonymous ones pooled (their contributions without notes,
    /// which could tell who they are).
    fn partners_and_anonymous(&mut self) -> (Vec<Partner>, AnonymousMembers) {
        let c = self.content;
        let linked = self.link_each(&c.partners, |l, e| (l.partner(e), e.front.anonymous));
        let mut partners = Vec::with_capacity(linked.len());
        let mut anonymous = AnonymousMembers::default();
        for (partner, is_anonymous) in linked {
            if is_anonymous {
                anonymous.members += 1;
                anonymous.per_member.push(
                    partner
                        .totals
                        .iter()
                        .map(|t| (t.kind, t.unit.clone()))
                        .collect(),
                );
                anonymous
                    .contributions
                    .extend(partner.contributions.into_iter().map(|c| Contribution {
                        note: None,
                        id: None,
                        fulfils: None,
                        ..c
                    }));
            } else {
                partners.push(partner);
            }
        }
        anonymous.contributions.sort_by_key(|c| c.date);
        anonymous.totals = facts::totals(anonymous.contributions.iter());
        (partners, anonymous)
    }

    /// A period with successes and no setbacks is probably not the whole story.
    fn warn_about_silent_periods(&mut self, site: &Site) {
        for r in site.reports.iter().filter(|r| r.no_setbacks) {
            self.diagnostics.push(
                Diagnostic::warning(
                    file_location("content/setbacks"),
                    format!(
                        "the {} report lists {} but no setbacks",
                        period_name(&r.period.key),
                        match r.successes.len() {
                            1 => "1 success".to_string(),
                            n => format!("{n} successes"),
                        }
                    ),
                )
                .with_hint(format!(
                    "if anything went wrong in {}, add it to content/setbacks/; the report says plainly that none were reported",
                    period_name(&r.period.key)
                )),
            );
        }
    }
}

/// A list that back-references go into.
#[derive(Clone, Copy)]
enum Back {
    PartnerObjectives,
    PartnerMilestones,
    PartnerSuccesses,
    PartnerSetbacks,
    PartnerCaseStudies,
    ObjectiveMilestones,
    ObjectiveSuccesses,
    ObjectiveSetbacks,
    ObjectiveCaseStudies,
    MilestoneSuccesses,
    MilestoneSetbacks,
}

/// A period as the messages for the people who write the content name it: "2025", "2025 Q3".
fn period_name(key: &str) -> String {
    key.replace("-q", " Q")
}
