//! Candor turns a folder of plain-text content about an alliance (partners, objectives,
//! milestones, successes, setbacks, case studies, pages, newsletters) into a static
//! transparency website.
//!
//! The library is one pipeline, each stage a module that hands plain data to the next:
//!
//! 1. [`content`] (load): walk `content/`, split front matter, parse typed entries (each
//!    entry's Markdown is not held but read again, and checked, when its page is made); and
//!    [`history`]: what git remembers of those files (every committed version), when the site
//!    is in a repository;
//! 2. [`model`] (link): resolve slugs, check the rules, compute derived facts. The model holds
//!    facts only: what the site says in words is kept as a [`words::Says`];
//! 3. [`render`]: the template values (converted once, shared), the page plan, and Markdown
//!    and Tera templates to HTML pages, rendered in parallel;
//! 4. [`output`]: feed, sitemap, open data, static files, and the writer that takes pages as
//!    they are rendered and swaps a finished site into place.
//!
//! [`prepare`] runs the first stages; one executor, `carry_out`, then carries out the page
//! plan for each destination: [`generate`] keeps the whole site in memory, [`build`] streams
//! pages to disk, and [`incremental::Session`] renders only the pages a save changed for
//! `candor serve`. Each collection is described once ([`model::LinkedEntry`]), and
//! [`model::Site::each_collection`] is the one place the stages after linking list them.
//!
//! **Layers.** Imports run one way, from the top of this list to the bottom, never back up
//! (`tests/layering.rs` checks it on every `cargo test`):
//!
//! - the subcommands (`src/commands/`, one file each, part of the `candor` binary, not of
//!   the library), then [`serve`], [`incremental`], this file's pipeline ([`build`],
//!   [`generate`], [`prepare`]), `synth` (the benchmark site generator, behind the `synth`
//!   feature that the tests, examples and benches switch on) and [`newsletter`];
//! - the four stages, each using only the ones before it: [`output`], [`render`], [`model`],
//!   then [`words`] (every sentence and label the site shows, made from the model's facts; the
//!   one place to translate), [`history`] and [`content`];
//! - small leaves that every stage may use: [`intercept`] (serialising with some values written
//!   differently: how the template values share references and write text in words), [`inert`],
//!   [`files`] (reading the site folder and the rule for links), [`diagnostics`], [`timings`],
//!   [`date`], [`slug`], [`escape`] (text into markup) and [`format`](mod@format) (numbers,
//!   counts and durations for people).
//!
//! No module keeps state between calls that changes what it makes: what the template values
//! and the open data write for a reference or a text is chosen by the hook they pass to
//! [`intercept::With`], and the caches `candor serve` keeps (the last timelines drawn, the
//! last theme's template dependencies, the parsed files) are held by its
//! [`incremental::Session`].
//!
//! ```no_run
//! let options = candor::BuildOptions::new("path/to/site");
//! match candor::generate(&options) {
//!     Ok(built) => println!("{} pages", built.files.pages),
//!     Err(failure) => eprintln!("{} errors", failure.diagnostics.error_count()),
//! }
//! ```

pub mod content;
pub mod date;
pub mod diagnostics;
pub mod escape;
pub mod files;
pub mod format;
pub mod history;
pub mod incremental;
pub mod inert;
pub mod intercept;
pub mod model;
pub mod newsletter;
pub mod output;
pub mod render;
pub mod serve;
pub mod slug;
#[cfg(feature = "synth")]
pub mod synth;
pub mod timings;
pub mod words;

use date::Date;
use diagnostics::{Diagnostic, Diagnostics, file_location};
use std::path::PathBuf;
use std::sync::PoisonError;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site root (holds `content/`).
    pub root: PathBuf,
    /// The build date; `None` means [`build_date_from_env`].
    pub date: Option<Date>,
    /// Include drafts.
    pub drafts: bool,
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// Read the git history of the content (when the site is in a repository).
    pub history: bool,
    /// Make the search index when the site has search (`check` does not need it).
    pub search_index: bool,
}

impl BuildOptions {
    /// Defaults for the site at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            date: None,
            drafts: false,
            base_url: None,
            history: true,
            search_index: true,
        }
    }
}

/// A site built in memory.
#[derive(Debug)]
pub struct Built {
    /// The linked model.
    pub site: model::Site,
    /// Every file of the site.
    pub files: output::SiteFiles,
    /// Warnings found on the way.
    pub diagnostics: Diagnostics,
}

/// A build that found errors: every problem found, warnings included.
#[derive(Debug)]
pub struct Failure {
    /// What was found.
    pub diagnostics: Diagnostics,
}

/// Today, or the date of `SOURCE_DATE_EPOCH` when that is set (reproducible builds). A value
/// that is not a Unix time between 1970 and the year 9999 is an error, never ignored.
pub fn build_date_from_env() -> Result<Date, String> {
    let text = match std::env::var("SOURCE_DATE_EPOCH") {
        Err(std::env::VarError::NotPresent) => return Ok(Date::today()),
        Err(std::env::VarError::NotUnicode(_)) => String::from("(not text)"),
        Ok(text) if text.trim().is_empty() => return Ok(Date::today()),
        Ok(text) => text,
    };
    /// 9999-12-31T23:59:59Z.
    const LAST: i64 = 253_402_300_799;
    match text.trim().parse::<i64>() {
        Ok(secs) if (0..=LAST).contains(&secs) => Ok(Date::from_unix_seconds(secs)),
        _ => Err(format!(
            "SOURCE_DATE_EPOCH is `{text}`, which is not a Unix time (whole seconds since 1970-01-01, up to the year 9999); set it to one, such as 1767225600, or unset it"
        )),
    }
}

/// A linked site with its theme's templates ready: what rendering needs.
pub struct Prepared {
    /// The linked model.
    pub site: model::Site,
    /// The resolved theme.
    pub theme: render::theme::Theme,
    /// The site as templates see it.
    pub values: render::values::TemplateValues,
    /// Tera with the theme's templates and Candor's filters.
    pub tera: render::Compiled,
    /// The git history the site was linked with.
    pub history: std::sync::Arc<history::History>,
    /// Whether carrying out the plan makes the search index (when the site has search).
    pub search_index: bool,
    /// The content with its translations, when it has any: the other languages' sites are
    /// linked from it.
    pub translated: Option<std::sync::Arc<content::Content>>,
    /// How the site was linked (the other languages' sites are linked the same way).
    pub link_options: model::LinkOptions,
    /// What the site was linked from, kept when the build reused earlier ones (`candor
    /// serve`), for the next.
    pub linked: Option<Linked>,
    /// Whether the site is the earlier build's with new bodies, as only bodies changed
    /// (see [`Reuse::linked`]), rather than linked afresh.
    pub bodies_only: bool,
    /// Warnings found on the way.
    pub diagnostics: Diagnostics,
}

/// What a build can take from the builds before it (`candor serve` rebuilds this way).
pub struct Reuse<'a> {
    /// The files parsed before, reused when they have not changed.
    pub cache: &'a content::LoadCache,
    /// The previous build's site and template values, reused for every entry that is equal.
    pub earlier: Option<render::values::Earlier<'a>>,
    /// The previous build's templates, reused when the theme and settings are the same.
    pub compiled: Option<render::Compiled>,
    /// The history read before, reused while `HEAD` is the same commit.
    pub history: Option<std::sync::Arc<history::History>>,
    /// What the previous build's site (`earlier`) was linked from: when only entries' bodies
    /// changed since, that site is taken with the new bodies instead of linking again.
    pub linked: Option<&'a Linked>,
}

/// What a build's site was linked from, kept for the next build (see [`Reuse::linked`]).
pub struct Linked {
    /// The content.
    pub content: std::sync::Arc<content::Content>,
    /// How it was linked.
    pub options: model::LinkOptions,
    /// The warnings linking found.
    pub warnings: Diagnostics,
}

/// Loads, links and sets up the templates; renders nothing. What `reuse` holds (from the
/// builds before, as `candor serve` rebuilds) is reused: the result is the same as without it.
pub fn prepare(options: &BuildOptions, reuse: Option<Reuse>) -> Result<Prepared, Failure> {
    let timer = timings::Timer::start();
    let (cache, earlier, compiled, history, linked) = match reuse {
        Some(r) => (Some(r.cache), r.earlier, r.compiled, r.history, r.linked),
        None => (None, None, None, None, None),
    };
    // Read before loading takes the changes: linking reads files outside `content/` too.
    let only_content_changed =
        cache.is_some_and(|c| c.changes_only_under(&options.root.join("content")));
    let (content, mut diagnostics) = content::load(&options.root, cache);
    timer.lap("load");
    let Some(content) = content else {
        return Err(Failure { diagnostics });
    };
    let build_date = match options.date.map_or_else(build_date_from_env, Ok) {
        Ok(date) => date,
        Err(problem) => {
            diagnostics.push(
                Diagnostic::error(file_location("(environment)"), problem)
                    .with_hint("or give the date with --date YYYY-MM-DD"),
            );
            return Err(Failure { diagnostics });
        }
    };
    let history = match (options.history, history) {
        (false, _) => std::sync::Arc::new(history::History::none(history::State::Off)),
        (true, Some(earlier)) if earlier.head == history::head(&options.root) => earlier,
        (true, _) => std::sync::Arc::new(history::read(&options.root)),
    };
    timer.lap("history");
    let mut link_options = model::LinkOptions {
        build_date,
        include_drafts: options.drafts,
        base_url: options.base_url.clone(),
        history: history.clone(),
        languages: Vec::new(),
        translation: None,
    };
    // Only bodies changed (the most frequent save while writing): the earlier site with
    // the new bodies is what linking afresh makes.
    let relinked = match (linked, earlier) {
        (Some(before), Some(earlier))
            if only_content_changed && before.options.links_as(&link_options) =>
        {
            model::with_new_bodies(&before.content, &content, earlier.site, &link_options)
                .map(|site| (Some(site), before.warnings.clone()))
        }
        _ => None,
    };
    let bodies_only = relinked.is_some();
    let (site, found) =
        relinked.unwrap_or_else(|| model::link(&content, &link_options, earlier.map(|e| e.site)));
    timer.lap(if bodies_only {
        "link: the earlier site, new bodies"
    } else {
        "link"
    });
    let link_warnings = cache.is_some().then(|| found.clone());
    diagnostics.extend(found);
    let Some(site) = site.filter(|_| !diagnostics.has_errors()) else {
        return Err(Failure { diagnostics });
    };
    let theme_location = content.alliance.theme.as_ref().map_or_else(
        || file_location("content/alliance.toml"),
        |t| {
            content
                .alliance_source
                .location(t.span().start, t.span().end)
        },
    );
    let Some(theme) = render::theme::resolve(
        &options.root,
        &site.alliance.theme,
        theme_location,
        &mut diagnostics,
    ) else {
        return Err(Failure { diagnostics });
    };
    let content = std::sync::Arc::new(content);
    let translated = (!content.translations.is_empty()).then(|| content.clone());
    let linked = link_warnings.map(|warnings| Linked {
        content: content.clone(),
        options: link_options.clone(),
        warnings,
    });
    // The parsed files, unless kept: freeing them is off the critical path.
    std::thread::spawn(move || drop(content));
    let mut site = site;
    if let Some(content) = &translated {
        let (languages, problems) = site_languages(&site, content, &theme);
        for problem in problems {
            diagnostics.push(problem);
        }
        link_options.languages = languages;
        site.languages = link_options.languages.clone();
        for taken in folders_taken(&site, &theme, &link_options.languages) {
            diagnostics.push(taken);
        }
        if diagnostics.has_errors() {
            return Err(Failure { diagnostics });
        }
    }
    let words = words_for(&site, &theme, earlier, &mut diagnostics)?;
    timer.lap("messages");
    let values = match earlier {
        // Templates do not see bodies: the values are the same.
        Some(e) if bodies_only && e.values.words.key() == words.key() => e.values.again(),
        _ => render::values::TemplateValues::new(&site, earlier, &words),
    };
    timer.lap("template values");
    let (tera, warnings) = or_failure(
        render::templates(&site, &values, &theme, &words, compiled),
        &mut diagnostics,
    )?;
    timer.lap("templates");
    diagnostics.extend(warnings);
    if diagnostics.has_errors() {
        return Err(Failure { diagnostics });
    }
    Ok(Prepared {
        site,
        theme,
        values,
        tera,
        history,
        search_index: options.search_index,
        translated,
        link_options,
        linked,
        bodies_only,
        diagnostics,
    })
}

/// The languages a site with translations is published in: its own first, then each that a
/// translation of a published entry is in, each named in itself (its catalogue's
/// `language-name`, with its tag when two would read the same). A translation into a language
/// without messages (`x.bak.md` is read as one into `bak`) is an error naming it.
fn site_languages(
    site: &model::Site,
    content: &content::Content,
    theme: &render::theme::Theme,
) -> (Vec<model::SiteLanguage>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    for t in &content.translations {
        if site.refs.get(t.collection, &t.slug).is_none() || codes.contains(&t.language) {
            continue;
        }
        if words::catalogue::folders_for(&t.language, &theme.messages).is_empty() {
            problems.push(
                Diagnostic::error(
                    file_location(t.source.path()),
                    format!(
                        "this is read as a translation into `{}`, a language Candor has no messages in",
                        t.language
                    ),
                )
                .with_hint(format!(
                    "if it is a copy, move it out of content/; for a translation into `{}`, add its messages in i18n/{}/ (a copy of the default theme's i18n/en/, translated)",
                    t.language, t.language
                )),
            );
            continue;
        }
        codes.push(t.language.clone());
    }
    codes.sort();
    let own = content.alliance.language.clone();
    let mut languages: Vec<model::SiteLanguage> = std::iter::once((own, String::new()))
        .chain(
            codes
                .into_iter()
                .map(|code| (code.clone(), format!("{code}/"))),
        )
        .map(|(code, prefix)| {
            let (words, _) = words::Catalogue::for_site(&code, &theme.messages);
            let name = words
                .map(|w| w.get("language-name").into_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| code.clone());
            model::SiteLanguage { code, name, prefix }
        })
        .collect();
    let names: Vec<String> = languages.iter().map(|l| l.name.clone()).collect();
    for l in &mut languages {
        if names.iter().filter(|n| **n == l.name).count() > 1 {
            l.name = format!("{} ({})", l.name, l.code);
        }
    }
    if languages.len() == 1 {
        languages.clear();
    }
    (languages, problems)
}

/// What the links of the other languages' pages are checked against: every file of the site
/// in its own language, and how to read a page (for `#fragment`s).
pub(crate) struct LinksAgainst<'a> {
    /// The paths of the site's own pages and files.
    pub(crate) known: Vec<String>,
    /// A page's HTML by its path.
    pub(crate) html: &'a (dyn Fn(&str) -> Option<String> + Sync),
}

/// The paths of a plan's pages, of `files` and of the files generated from `site`.
fn known_paths(
    site: &model::Site,
    plan: &render::PagePlan,
    files: &output::SiteFiles,
) -> Vec<String> {
    plan.pages()
        .map(|p| p.path.clone())
        .chain(files.files.iter().map(|f| f.path.clone()))
        .chain(output::generated_paths(site))
        .collect()
}

/// A site in one of its other languages, ready to render.
pub struct LanguageSite {
    /// The site linked in the language.
    pub site: model::Site,
    /// The language's messages.
    pub words: std::sync::Arc<words::Catalogue>,
    /// The site as its templates see it.
    pub values: render::values::TemplateValues,
    /// The templates with the language's filters.
    pub tera: render::Compiled,
}

/// The prepared site in `code`, one of its other languages (`None` when it is not one).
pub fn in_language(prepared: &Prepared, code: &str) -> Option<Result<LanguageSite, Failure>> {
    let content = prepared.translated.as_ref()?;
    let language = prepared
        .site
        .languages
        .iter()
        .skip(1)
        .find(|l| l.code.eq_ignore_ascii_case(code))?;
    let mut diagnostics = Diagnostics::new();
    Some(language_site(prepared, content, language, &mut diagnostics))
}

/// The site in `language`: the content with that language's translations, linked as the
/// site's own was, with the language's messages and templates.
fn language_site(
    prepared: &Prepared,
    content: &content::Content,
    language: &model::SiteLanguage,
    diagnostics: &mut Diagnostics,
) -> Result<LanguageSite, Failure> {
    let translated: rustc_hash::FxHashSet<(content::Collection, String)> = content
        .translations
        .iter()
        .filter(|t| t.language == language.code)
        .map(|t| (t.collection, t.slug.clone()))
        .collect();
    let view = content.in_language(&language.code);
    let options = model::LinkOptions {
        translation: Some(model::InLanguage {
            code: language.code.clone(),
            prefix: language.prefix.clone(),
            translated,
        }),
        ..prepared.link_options.clone()
    };
    // The site's own linking reported every problem of the facts already.
    let (site, found) = model::link(&view, &options, None);
    let Some(mut site) = site else {
        diagnostics.extend(found);
        return Err(Failure {
            diagnostics: std::mem::take(diagnostics),
        });
    };
    site.languages = prepared.site.languages.clone();
    let (words, found) = words::Catalogue::for_site(&language.code, &prepared.theme.messages);
    diagnostics.extend(found);
    let Some(words) = words else {
        return Err(Failure {
            diagnostics: std::mem::take(diagnostics),
        });
    };
    let words = std::sync::Arc::new(words);
    let values = render::values::TemplateValues::new(&site, None, &words);
    let (tera, _) = or_failure(
        render::templates(&site, &values, &prepared.theme, &words, None),
        diagnostics,
    )?;
    Ok(LanguageSite {
        site,
        words,
        values,
        tera,
    })
}

/// A language's folder that a page or a static file of the site already takes: an error each.
fn folders_taken(
    site: &model::Site,
    theme: &render::theme::Theme,
    languages: &[model::SiteLanguage],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for language in languages.iter().skip(1) {
        let folder = language.prefix.trim_end_matches('/');
        let page = site.pages.iter().find(|p| p.meta.slug == folder);
        let file = theme
            .static_files
            .keys()
            .find(|path| path.split('/').next() == Some(folder));
        let taken = match (page, file) {
            (Some(p), _) => Some(format!("the page `{}` ({})", p.meta.slug, p.meta.source)),
            (None, Some(path)) => Some(format!("the static file `{path}`")),
            (None, None) => None,
        };
        if let Some(taken) = taken {
            out.push(
                Diagnostic::error(
                    file_location("content/"),
                    format!(
                        "the translations into `{}` are published under /{folder}/, where {taken} already is",
                        language.code
                    ),
                )
                .with_hint("rename the page or move the file: a language's pages take its folder"),
            );
        }
    }
    out
}

/// A destination that takes a language's pages and files into its folder of another
/// destination.
struct InFolder<'d, D> {
    to: &'d D,
    prefix: &'d str,
}

impl<D: Destination> Destination for InFolder<'_, D> {
    type Error = D::Error;

    fn page(&self, info: &render::PageInfo, html: String) -> Result<(), Self::Error> {
        let mut info = info.clone();
        info.path = format!("{}{}", self.prefix, info.path);
        self.to.page(&info, html)
    }

    fn files(&self, files: &output::SiteFiles) -> Result<(), Self::Error> {
        self.to.files(&files.in_folder(self.prefix))
    }
    const WRITES_FILES: bool = D::WRITES_FILES;

    fn file_in_parts(
        &self,
        path: &str,
        make: &mut output::MakeInParts<'_, Self::Error>,
    ) -> Result<output::Contents, Self::Error> {
        self.to
            .file_in_parts(&format!("{}{path}", self.prefix), make)
    }
}

/// Renders the site in each of its other languages into that language's folder of `to`: the
/// content with the language's translations, linked as the site is, worded in the language's
/// messages; its pages, feeds, sitemap, open data and search index. Returns the files besides
/// the pages (under their folders).
pub(crate) fn carry_out_languages<D: Destination>(
    prepared: &Prepared,
    to: &D,
    links_against: Option<LinksAgainst>,
    diagnostics: &mut Diagnostics,
) -> Result<output::SiteFiles, Stopped<D::Error>> {
    let mut all = output::SiteFiles::default();
    let Some(content) = &prepared.translated else {
        return Ok(all);
    };
    for language in prepared.site.languages.iter().skip(1) {
        let timer = timings::Timer::start();
        let LanguageSite {
            site,
            words,
            values,
            tera,
        } = language_site(prepared, content, language, diagnostics).map_err(Stopped::Content)?;
        let drawn = render::charts::Drawn::default();
        let plan = render::PagePlan::new(&site, &values, &drawn);
        let into = InFolder {
            to,
            prefix: &language.prefix,
        };
        let links = match plan.render(&tera, |_| true, |page, html| into.page(page, html)) {
            Ok(links) => links,
            Err(render::RenderFailure::Templates(found)) => {
                diagnostics.extend(found);
                return Err(Stopped::Content(Failure {
                    diagnostics: std::mem::take(diagnostics),
                }));
            }
            Err(render::RenderFailure::Delivery(e)) => return Err(Stopped::Delivery(e)),
        };
        // The open data's JSON, handed over as it is made, beside the other generated files.
        let (mut files, json) = rayon::join(
            || output::generated_files_but_json(&site, plan.pages(), &words),
            || open_data_json(&into, &site, &words),
        );
        if site.alliance.search && prepared.search_index && D::GENERATED == output::Generated::Now {
            match search_index(&site, &words) {
                Ok(index) => files.extend(index.into_iter().map(|(p, b)| (p, b.into()))),
                Err(problem) => {
                    diagnostics.push(*problem);
                    return Err(Stopped::Content(Failure {
                        diagnostics: std::mem::take(diagnostics),
                    }));
                }
            }
        }
        let mut files = output::SiteFiles::of(files);
        files.files.push(json.map_err(Stopped::Delivery)?);
        // A bundle's files beside the entry's page in this language too (a body's relative
        // image is read from there).
        for meta in site.all_meta() {
            for (disk, out) in &meta.assets {
                files.files.push(output::OutputFile {
                    path: out.clone(),
                    contents: output::Contents::Copy(disk.clone()),
                });
            }
        }
        files.files.sort_by(|a, b| a.path.cmp(&b.path));
        hand_over(&into, &mut files).map_err(Stopped::Delivery)?;
        if let Some(against) = &links_against {
            let prefix = &language.prefix;
            let pages: Vec<String> = plan
                .pages()
                .map(|p| format!("{prefix}{}", p.path))
                .collect();
            let extra: Vec<String> = files
                .files
                .iter()
                .map(|f| format!("{prefix}{}", f.path))
                .collect();
            let known: std::collections::HashSet<&str> = against
                .known
                .iter()
                .map(String::as_str)
                .chain(pages.iter().map(String::as_str))
                .chain(extra.iter().map(String::as_str))
                .collect();
            let with_links = links
                .iter()
                .map(|(i, l)| (pages[*i].as_str(), l.as_slice()));
            diagnostics.extend(output::links::check(
                &site.alliance.root_path,
                &known,
                with_links,
                against.html,
            ));
            if diagnostics.has_errors() {
                return Err(Stopped::Content(Failure {
                    diagnostics: std::mem::take(diagnostics),
                }));
            }
        }
        files.pages = plan.len();
        all.pages += files.pages;
        all.extend(files.in_folder(&language.prefix));
        timer.lap("another language");
    }
    Ok(all)
}

/// The messages of the site's language from its theme, the earlier build's when they are made
/// from the same files.
fn words_for(
    site: &model::Site,
    theme: &render::theme::Theme,
    earlier: Option<render::values::Earlier>,
    diagnostics: &mut Diagnostics,
) -> Result<std::sync::Arc<words::Catalogue>, Failure> {
    let language = &site.alliance.language;
    let key = words::catalogue::key(language, &theme.messages);
    if let Some(earlier) = earlier.filter(|e| e.values.words.key() == key) {
        return Ok(earlier.values.words.clone());
    }
    let (catalogue, found) = words::Catalogue::for_site(language, &theme.messages);
    diagnostics.extend(found);
    match catalogue {
        Some(c) if !diagnostics.has_errors() => Ok(std::sync::Arc::new(c)),
        _ => Err(Failure {
            diagnostics: std::mem::take(diagnostics),
        }),
    }
}

/// Where the pages of a build go: the one thing [`carry_out`]'s callers differ in (memory for
/// [`generate`], the output folder for [`build`], the changed pages only for
/// [`incremental::Session`]).
pub(crate) trait Destination: Sync {
    /// Why a page or file could not be taken.
    type Error: Send;
    /// When the files made from the whole site (feeds, sitemap, open data) are made.
    const GENERATED: output::Generated = output::Generated::Now;
    /// Whether the page at plan position `i` is rendered: false when the destination has it
    /// from before (asked, it may keep it then, beside the other pages' rendering).
    fn renders(&self, _i: usize) -> bool {
        true
    }
    /// Takes a page as soon as it is rendered.
    fn page(&self, info: &render::PageInfo, html: String) -> Result<(), Self::Error>;
    /// Takes the site's other files, while the pages are rendered.
    fn files(&self, _files: &output::SiteFiles) -> Result<(), Self::Error> {
        Ok(())
    }
    /// Whether [`Destination::files`] writes the files where they stay, so that the build
    /// need not hold their bytes afterwards.
    const WRITES_FILES: bool = false;
    /// Takes the file at `path` that `make` hands over a part at a time, in order (the open
    /// data's JSON: hundreds of megabytes on a large site). Returns what to list it with
    /// among the site's other files, which are then handed to [`Destination::files`]: by
    /// default its parts, kept; a destination that writes each part as it comes returns
    /// [`output::Contents::Written`], so that the file is never held whole.
    fn file_in_parts(
        &self,
        _path: &str,
        make: &mut output::MakeInParts<'_, Self::Error>,
    ) -> Result<output::Contents, Self::Error> {
        let mut parts = Vec::new();
        make(&mut |part| {
            parts.push(part);
            Ok(())
        })?;
        Ok(output::Contents::Parts(parts))
    }
}

/// Makes the open data's JSON of `site` and hands it to `to` as it is made (see
/// [`Destination::file_in_parts`]): the file to list among the site's others.
fn open_data_json<D: Destination>(
    to: &D,
    site: &model::Site,
    words: &std::sync::Arc<words::Catalogue>,
) -> Result<output::OutputFile, D::Error> {
    let path = output::data::JSON;
    let contents = to.file_in_parts(path, &mut |put| {
        output::data::json_in_parts(site, words, put)
    })?;
    Ok(output::OutputFile {
        path: path.to_string(),
        contents,
    })
}

/// Hands `files` to `to` and, where `to` wrote them where they stay, lets go of their bytes.
fn hand_over<D: Destination>(to: &D, files: &mut output::SiteFiles) -> Result<(), D::Error> {
    to.files(files)?;
    if D::WRITES_FILES {
        files.forget_written();
    }
    Ok(())
}

/// Hands `to` the site's other files, with the open data's JSON when it was made beside them
/// (`json`, see [`output::Generated::Now`]).
fn hand_over_with<D: Destination>(
    to: &D,
    files: &mut output::SiteFiles,
    json: Option<Result<output::OutputFile, D::Error>>,
) -> Result<(), D::Error> {
    if let Some(json) = json {
        files.extend(output::SiteFiles {
            files: vec![json?],
            pages: 0,
        });
    }
    hand_over(to, files)
}

/// Why a plan was not carried out.
pub(crate) enum Stopped<E> {
    /// The content, theme or templates have errors (every diagnostic so far).
    Content(Failure),
    /// The destination failed.
    Delivery(E),
}

/// What carrying out a plan made besides the pages.
pub(crate) struct CarriedOut {
    /// The site's other files.
    pub(crate) files: output::SiteFiles,
    /// The internal links of each rendered page that has any, by plan position.
    pub(crate) links: Vec<(usize, render::Links)>,
}

/// Carries out a prepared build's page plan: renders the pages `to` does not have in parallel, handing
/// each to `to` as it is made, and beside them assembles the site's other files and hands
/// them over too. A problem in the other files is reported before one in the pages.
pub(crate) fn carry_out<D: Destination>(
    prepared: &Prepared,
    plan: &render::PagePlan,
    to: &D,
    diagnostics: &mut Diagnostics,
) -> Result<CarriedOut, Stopped<D::Error>> {
    let timer = timings::Timer::start();
    let Prepared {
        site, theme, tera, ..
    } = prepared;
    // The search index is made beside the pages, on a thread of its own: never on one of the
    // pool's threads waiting for it, as Pagefind needs the pool too (with one core, a pool
    // thread blocked on the index would wait for ever).
    let index_now =
        site.alliance.search && prepared.search_index && D::GENERATED == output::Generated::Now;
    // The site's other files (feeds, open data, sitemap) are assembled and handed over beside
    // the pages: assembling them is mostly one thread's work, which the pages' rendering
    // keeps the other cores busy around.
    let assemble_and_hand_over = || {
        let started = std::time::Instant::now();
        let words = &prepared.values.words;
        // The open data's JSON, the longest of them, is handed over as it is made, beside
        // the others.
        let (assembled, json) = rayon::join(
            || output::assemble(site, theme, plan.pages(), D::GENERATED, words),
            || (D::GENERATED == output::Generated::Now).then(|| open_data_json(to, site, words)),
        );
        let took = started.elapsed();
        let mut assembled = assembled;
        let handed = match &mut assembled {
            Ok(files) => hand_over_with(to, files, json),
            Err(_) => Ok(()),
        };
        (assembled, handed, took)
    };
    let (rendered, (assembled, handed, assembly_took), index) = std::thread::scope(|scope| {
        let index = index_now.then(|| scope.spawn(|| search_index(site, &prepared.values.words)));
        let (rendered, assembled) = rayon::join(
            || plan.render(tera, |i| to.renders(i), |page, html| to.page(page, html)),
            assemble_and_hand_over,
        );
        let index = index.map(|thread| {
            thread.join().unwrap_or_else(|_| {
                Err(Box::new(search_index_problem(
                    &output::search::IndexError::stopped(),
                )))
            })
        });
        (rendered, assembled, index)
    });
    timer.beside("other files: feeds, data, sitemap", assembly_took);
    timer.lap("render pages beside the other files, search index");
    let files = or_failure(assembled, diagnostics).map_err(Stopped::Content)?;
    let links = match rendered {
        Ok(links) => links,
        Err(render::RenderFailure::Templates(found)) => {
            diagnostics.extend(found);
            let diagnostics = std::mem::take(diagnostics);
            return Err(Stopped::Content(Failure { diagnostics }));
        }
        Err(render::RenderFailure::Delivery(e)) => return Err(Stopped::Delivery(e)),
    };
    handed.map_err(Stopped::Delivery)?;
    let mut files = files;
    match index {
        None => {}
        Some(Ok(index)) => {
            let mut index = output::SiteFiles::of(index);
            hand_over(to, &mut index).map_err(Stopped::Delivery)?;
            files.extend(index);
        }
        Some(Err(problem)) => {
            diagnostics.push(*problem);
            let diagnostics = std::mem::take(diagnostics);
            return Err(Stopped::Content(Failure { diagnostics }));
        }
    }
    Ok(CarriedOut { files, links })
}

/// Checks the internal links of the site's pages (`links`: each page's path with its links)
/// against every file the site has, and their `#fragment`s against the ids of the pages
/// they lead to (read with `html`); adds what it finds to `diagnostics` and fails on errors.
pub(crate) fn check_links<'a>(
    site: &model::Site,
    plan: &render::PagePlan,
    files: &output::SiteFiles,
    links: impl Iterator<Item = (&'a str, &'a [render::LinkFrom])>,
    html: &(dyn Fn(&str) -> Option<String> + Sync),
    diagnostics: &mut Diagnostics,
) -> Result<(), Failure> {
    let timer = timings::Timer::start();
    let mut links = links.filter(|(_, links)| !links.is_empty()).peekable();
    if links.peek().is_none() {
        return Ok(());
    }
    let generated = output::generated_paths(site);
    let known: std::collections::HashSet<&str> = plan
        .pages()
        .map(|p| p.path.as_str())
        .chain(files.files.iter().map(|f| f.path.as_str()))
        .chain(generated.iter().map(String::as_str))
        .collect();
    diagnostics.extend(output::links::check(
        &site.alliance.base_path,
        &known,
        links,
        html,
    ));
    timer.lap("internal links");
    if diagnostics.has_errors() {
        return Err(Failure {
            diagnostics: std::mem::take(diagnostics),
        });
    }
    Ok(())
}

/// Each page's path with its links, for [`check_links`].
fn page_links<'a>(
    plan: &'a render::PagePlan,
    links: &'a [(usize, render::Links)],
) -> impl Iterator<Item = (&'a str, &'a [render::LinkFrom])> {
    let paths: Vec<&str> = plan.pages().map(|p| p.path.as_str()).collect();
    links
        .iter()
        .map(move |(i, links)| (paths[*i], links.as_slice()))
}

/// Pages kept in memory.
struct InMemory(std::sync::Mutex<Vec<render::RenderedPage>>);

impl Destination for InMemory {
    type Error = std::convert::Infallible;

    fn page(&self, info: &render::PageInfo, html: String) -> Result<(), Self::Error> {
        let page = render::RenderedPage {
            info: info.clone(),
            html,
        };
        let mut pages = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        pages.push(page);
        Ok(())
    }
}

/// Pages and files written into the new output folder as they come, except the pages
/// (by plan position) kept from the previous output.
struct ToDisk<'s> {
    staging: &'s output::writer::Staging,
    /// The path of each page that may be kept from the previous output, by plan position
    /// (`None`: rendered).
    keepable: &'s [Option<&'s str>],
    /// Which of them were kept.
    kept: Vec<std::sync::atomic::AtomicBool>,
}

impl<'s> ToDisk<'s> {
    fn new(staging: &'s output::writer::Staging, keepable: &'s [Option<&'s str>]) -> Self {
        ToDisk {
            staging,
            keepable,
            kept: keepable.iter().map(|_| Default::default()).collect(),
        }
    }

    /// Whether each page (by plan position) was kept from the previous output.
    fn kept(self) -> Vec<bool> {
        self.kept
            .into_iter()
            .map(std::sync::atomic::AtomicBool::into_inner)
            .collect()
    }
}

impl Destination for ToDisk<'_> {
    type Error = output::writer::WriteError;

    fn renders(&self, i: usize) -> bool {
        let Some(Some(path)) = self.keepable.get(i) else {
            return true;
        };
        // A page that cannot be kept (touched since, or the disk refused the link) is
        // rendered: writing it then says what is wrong with the disk, if anything.
        let kept = self.staging.keep(path).unwrap_or(false);
        if kept {
            self.kept[i].store(true, std::sync::atomic::Ordering::Relaxed);
        }
        !kept
    }

    fn page(&self, info: &render::PageInfo, html: String) -> Result<(), Self::Error> {
        self.staging.put(&info.path, html.as_bytes())
    }

    fn files(&self, files: &output::SiteFiles) -> Result<(), Self::Error> {
        self.staging.put_all(files)
    }
    const WRITES_FILES: bool = true;

    fn file_in_parts(
        &self,
        path: &str,
        make: &mut output::MakeInParts<'_, Self::Error>,
    ) -> Result<output::Contents, Self::Error> {
        self.staging.put_in_parts(path, make)?;
        Ok(output::Contents::Written)
    }
}

/// What makes a build's pages besides what their fingerprints hash: this candor program and
/// the build's options. The program is known by its version and its file: path, size, time
/// and place on disk (a program built or installed again is another; its bytes are not read,
/// which a debug build would take seconds over). `None` when the program's file cannot be
/// found: then no page is kept from a previous build, and none is remembered for the next.
fn page_maker(options: &BuildOptions) -> Option<u128> {
    let program = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&program).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(program.as_os_str().as_encoded_bytes());
    h.update(&meta.len().to_le_bytes());
    h.update(&modified.as_nanos().to_le_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        h.update(&meta.dev().to_le_bytes());
        h.update(&meta.ino().to_le_bytes());
    }
    h.update(format!("{options:?}").as_bytes());
    Some(h.digest128())
}

/// The pages (by plan position) whose fingerprint is the one the previous build in the
/// folder remembers for them (`remembered`), made by the same `maker`: each with its internal
/// links, read again against this build's bodies. They are kept as they are when their file
/// is untouched since (see [`ToDisk`]).
fn keepable_pages(
    plan: &render::PagePlan,
    fingerprints: &[Option<u128>],
    remembered: output::remembered::PageMemory,
    maker: Option<u128>,
) -> Vec<Option<render::Links>> {
    use rayon::prelude::*;
    let output::remembered::PageMemory {
        maker: made_by,
        mut pages,
    } = remembered;
    if maker.is_none() || maker != Some(made_by) {
        return vec![None; fingerprints.len()];
    }
    let remembered: Vec<_> = plan.pages().map(|info| pages.remove(&info.path)).collect();
    drop(pages);
    remembered
        .into_par_iter()
        .enumerate()
        .map(|(i, page)| {
            let page = page.filter(|p| fingerprints[i] == Some(p.fingerprint))?;
            links_again(page.links, plan.entry_body(i))
        })
        .collect()
}

/// The search index's files, or what stopped it: an entry's Markdown that could not be read
/// again, or Pagefind's problem.
fn search_index(
    site: &model::Site,
    words: &words::Catalogue,
) -> Result<Vec<(String, Vec<u8>)>, Box<Diagnostic>> {
    let records = render::search::records(site, words, true)?;
    output::search::index(records, &site.alliance.language)
        .map_err(|problem| Box::new(search_index_problem(&problem)))
}

/// Pagefind's problem, as an error of the build.
fn search_index_problem(problem: &output::search::IndexError) -> Diagnostic {
    Diagnostic::error(file_location("(search index)"), problem.to_string())
}

/// A remembered page's links, placed in its entry's `body` (and the body's file) as this
/// build read it; `None` when the page has links and no body to place them in.
fn links_again(
    links: Vec<output::remembered::RememberedLink>,
    body: Option<&content::Body>,
) -> Option<render::Links> {
    use output::remembered::WrittenIn;
    links
        .into_iter()
        .map(|link| {
            let body = body?;
            let body = match link.written_in {
                WrittenIn::Body => body.clone(),
                WrittenIn::File => body.whole_file(),
            };
            // A marker is a file anyone could have changed: a place outside the text is
            // not taken.
            if link.at.start > link.at.end || link.at.end > body.len() {
                return None;
            }
            Some(render::LinkFrom {
                url: link.url,
                body,
                at: link.at,
            })
        })
        .collect()
}

/// What the next build into the folder is told of this one's pages (the pages' part of the
/// marker): each page with a fingerprint, and the internal links of its Markdown (`links`,
/// by plan position). A page whose links lie outside its entry's body and file is not
/// remembered.
fn remember_pages(
    plan: &render::PagePlan,
    fingerprints: &[Option<u128>],
    links: &[(usize, render::Links)],
    maker: Option<u128>,
) -> String {
    use output::remembered::{LinkRecord, PageRecord, WrittenIn};
    let Some(maker) = maker else {
        return String::new();
    };
    let mut by_page: Vec<&[render::LinkFrom]> = vec![&[]; fingerprints.len()];
    for (i, l) in links {
        by_page[*i] = l;
    }
    let mut pages = Vec::with_capacity(fingerprints.len());
    for (i, info) in plan.pages().enumerate() {
        let Some(fingerprint) = fingerprints[i] else {
            continue;
        };
        let body = plan.entry_body(i);
        let links: Option<Vec<LinkRecord>> = by_page[i]
            .iter()
            .map(|link| {
                let body = body?;
                let written_in = if link.body == *body {
                    WrittenIn::Body
                } else if link.body == body.whole_file() {
                    WrittenIn::File
                } else {
                    return None;
                };
                Some(LinkRecord {
                    url: &link.url,
                    written_in,
                    at: link.at.clone(),
                })
            })
            .collect();
        if let Some(links) = links {
            pages.push(PageRecord {
                path: &info.path,
                fingerprint,
                links,
            });
        }
    }
    output::remembered::marker_text(maker, pages)
}

/// Runs the whole pipeline in memory: load, link, render, assemble. Writes nothing.
pub fn generate(options: &BuildOptions) -> Result<Built, Failure> {
    let mut prepared = prepare(options, None)?;
    let mut diagnostics = std::mem::take(&mut prepared.diagnostics);
    let drawn = render::charts::Drawn::default();
    let plan = render::PagePlan::new(&prepared.site, &prepared.values, &drawn);
    let pages = InMemory(std::sync::Mutex::new(Vec::with_capacity(plan.len())));
    let CarriedOut { mut files, links } =
        match carry_out(&prepared, &plan, &pages, &mut diagnostics) {
            Ok(carried) => carried,
            Err(Stopped::Content(failure)) => return Err(failure),
            Err(Stopped::Delivery(never)) => match never {},
        };
    let rendered = |path: &str| {
        pages
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|p| p.info.path == path)
            .map(|p| p.html.clone())
    };
    let against = LinksAgainst {
        known: known_paths(&prepared.site, &plan, &files),
        html: &rendered,
    };
    let languages = match carry_out_languages(&prepared, &pages, Some(against), &mut diagnostics) {
        Ok(languages) => languages,
        Err(Stopped::Content(failure)) => return Err(failure),
        Err(Stopped::Delivery(never)) => match never {},
    };
    files.pages += languages.pages;
    files.extend(languages);
    let pages = pages.0.into_inner().unwrap_or_else(PoisonError::into_inner);
    let by_path: std::collections::HashMap<&str, &str> = pages
        .iter()
        .map(|p| (p.info.path.as_str(), p.html.as_str()))
        .collect();
    check_links(
        &prepared.site,
        &plan,
        &files,
        page_links(&plan, &links),
        &|path| by_path.get(path).map(|html| (*html).to_string()),
        &mut diagnostics,
    )?;
    drop((plan, by_path));
    files.add_pages(pages);
    Ok(Built {
        site: prepared.site,
        files,
        diagnostics,
    })
}

/// Why `candor build` did not write a site.
#[derive(Debug)]
pub enum BuildError {
    /// The content, theme or templates have errors.
    Content(Failure),
    /// The site could not be written.
    Write(output::writer::WriteError),
}

/// A site written to disk.
#[derive(Debug)]
pub struct Written {
    /// The linked model.
    pub site: model::Site,
    /// Warnings found on the way.
    pub diagnostics: Diagnostics,
    /// What was written.
    pub summary: output::writer::WriteSummary,
    /// Pages kept from the previous build into the folder (their sources had not changed),
    /// not rendered again.
    pub pages_kept: usize,
}

/// Builds the site and writes it to `output`, replacing the previous site only on success.
/// Pages go to disk as they are rendered (a large site is never all in memory); with
/// `strict`, warnings stop the build before anything is written.
pub fn build(
    options: &BuildOptions,
    output: &std::path::Path,
    strict: bool,
) -> Result<Written, BuildError> {
    let timer = timings::Timer::start();
    let maker = page_maker(options);
    let (mut staging, mut prepared) = prepare_and_stage(options, output, strict, &timer)?;
    let mut diagnostics = std::mem::take(&mut prepared.diagnostics);
    let drawn = render::charts::Drawn::default();
    let plan = render::PagePlan::new(&prepared.site, &prepared.values, &drawn);
    let timer = timings::Timer::start();
    let fingerprints = match maker {
        Some(_) => plan.fingerprints(&prepared.values, &prepared.theme, &mut Default::default()),
        None => vec![None; plan.pages().count()],
    };
    timer.lap("fingerprints");
    let keepable = keepable_pages(&plan, &fingerprints, staging.take_remembered(), maker);
    let keepable_paths: Vec<Option<&str>> = plan
        .pages()
        .zip(&keepable)
        .map(|(info, links)| links.as_ref().map(|_| info.path.as_str()))
        .collect();
    timer.lap("pages unchanged since the previous output");
    let to = ToDisk::new(&staging, &keepable_paths);
    let carried = carry_out(&prepared, &plan, &to, &mut diagnostics);
    let kept = to.kept();
    let CarriedOut { mut files, links } = match carried {
        Ok(carried) => carried,
        Err(Stopped::Content(failure)) => return Err(BuildError::Content(failure)),
        Err(Stopped::Delivery(e)) => return Err(BuildError::Write(e)),
    };
    let pages_kept = kept.iter().filter(|k| **k).count();
    let mut links = links;
    links.extend(
        keepable
            .into_iter()
            .zip(kept)
            .enumerate()
            .filter_map(|(i, (links, kept))| {
                links.filter(|l| kept && !l.is_empty()).map(|l| (i, l))
            }),
    );
    links.sort_by_key(|(i, _)| *i);
    let remembered = remember_pages(&plan, &fingerprints, &links, maker);
    let read = |path: &str| staging.read(path);
    let against = LinksAgainst {
        known: known_paths(&prepared.site, &plan, &files),
        html: &read,
    };
    let languages = match carry_out_languages(
        &prepared,
        &ToDisk::new(&staging, &[]),
        Some(against),
        &mut diagnostics,
    ) {
        Ok(languages) => languages,
        Err(Stopped::Content(failure)) => return Err(BuildError::Content(failure)),
        Err(Stopped::Delivery(e)) => return Err(BuildError::Write(e)),
    };
    files.pages += languages.pages;
    let checked = check_links(
        &prepared.site,
        &plan,
        &files,
        page_links(&plan, &links),
        &|path| staging.read(path),
        &mut diagnostics,
    );
    checked.map_err(BuildError::Content)?;
    drop(plan);
    let timer = timings::Timer::start();
    let summary = staging
        .commit(files.pages, &remembered)
        .map_err(BuildError::Write)?;
    timer.lap("swap, remove the old output");
    let Prepared {
        site,
        theme,
        values,
        tera,
        translated,
        ..
    } = prepared;
    free_in_background((theme, values, tera, translated, files, links, languages));
    Ok(Written {
        site,
        diagnostics,
        summary,
        pages_kept,
    })
}

/// Reads, links and sets up the site, and checks the output folder, locks it and makes the
/// staging folder beside it. A problem with the folder is reported before one in the content;
/// with `strict`, a warning is a problem. When the folder exists (a build over an earlier
/// one), its check and the staging folder are made beside the content's reading; when it does
/// not, it is only checked first (there is nothing in it to look through) and made once the
/// content is read, so that a build that fails creates nothing. A build that would wait for
/// another one into the same folder waits only once its content is good (it reports a
/// problem at once).
fn prepare_and_stage(
    options: &BuildOptions,
    output: &std::path::Path,
    strict: bool,
    timer: &timings::Timer,
) -> Result<(output::writer::Staging, Prepared), BuildError> {
    use output::writer::{Staging, check_target};
    let prepared = || {
        let prepared = prepare(options, None)?;
        if strict && prepared.diagnostics.warning_count() > 0 {
            return Err(Failure {
                diagnostics: prepared.diagnostics,
            });
        }
        Ok(prepared)
    };
    if !output::writer::output_exists(output) {
        check_target(output, &options.root).map_err(BuildError::Write)?;
        let prepared = prepared().map_err(BuildError::Content)?;
        let staging = Staging::begin(output, &options.root).map_err(BuildError::Write)?;
        return Ok((staging, prepared));
    }
    let (staging, prepared) = std::thread::scope(|scope| {
        let staging = scope.spawn(|| {
            let started = std::time::Instant::now();
            // Another build is writing there: the folder is only looked through now.
            let begun = Staging::try_begin(output, &options.root).and_then(|begun| match begun {
                Some(staging) => Ok(Some(staging)),
                None => check_target(output, &options.root).map(|()| None),
            });
            (begun, started.elapsed())
        });
        let prepared = prepared();
        (staging.join(), prepared)
    });
    let (staging, took) = staging.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    timer.beside("check the output folder, make the staging folder", took);
    let staging = staging.map_err(BuildError::Write)?;
    let prepared = prepared.map_err(BuildError::Content)?;
    let staging = match staging {
        Some(staging) => staging,
        None => Staging::begin(output, &options.root).map_err(BuildError::Write)?,
    };
    Ok((staging, prepared))
}

/// Frees `made` on a thread of its own: a large site's values are millions of small
/// allocations, and freeing them one by one (about a second at 100,000 entries) need not
/// hold up the build's answer. A process that ends first leaves the freeing to the system.
fn free_in_background<T: Send + 'static>(made: T) {
    let kept = std::thread::Builder::new()
        .name("candor-free".into())
        .spawn(move || drop(made));
    // Without a thread (the system refused one), the value was dropped on this one.
    drop(kept);
}

/// The value of `result`, or a failure with every diagnostic so far and the ones it found.
pub(crate) fn or_failure<T>(
    result: Result<T, Diagnostics>,
    diagnostics: &mut Diagnostics,
) -> Result<T, Failure> {
    result.map_err(|found| {
        diagnostics.extend(found);
        Failure {
            diagnostics: std::mem::take(diagnostics),
        }
    })
}
