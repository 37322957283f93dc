//! Translations of entries: `<slug>.<lang>.md` beside `<slug>.md`, or `index.<lang>.md` in a
//! bundle. A translation holds an entry's words in another language (its title or name,
//! summary, image text, location, roles, lessons and body); its facts (dates, numbers,
//! statuses, references) live in the default-language file, and a translation that writes one
//! differently is refused at the line where it does. [`Content::in_language`] is the content
//! as a reader of one language sees it.

use super::{Body, Collection, Content, Entry, frontmatter, relative};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText, file_location};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One translation file, parsed.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The collection of the entry it translates.
    pub collection: Collection,
    /// The entry's slug.
    pub slug: String,
    /// The language it is in, as written in the file name.
    pub language: String,
    /// Its front matter.
    pub front: toml::Table,
    /// Its body.
    pub body: Body,
    /// The file, for messages.
    pub source: Arc<SourceText>,
}

/// The fields a translation may give in its own words, by collection; any other field it has
/// must be the default file's.
pub fn words_of(collection: Collection) -> &'static [&'static str] {
    match collection {
        Collection::Partners => &["name", "summary", "image_alt", "location", "roles"],
        Collection::Setbacks => &["title", "summary", "image_alt", "lessons"],
        _ => &["title", "summary", "image_alt"],
    }
}

/// The slug and language of a file name that names a translation: `due.fr.md` → (`due`,
/// `fr`), `index.pt-BR.md` → (`index`, `pt-BR`).
pub fn translation_name(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".md")?;
    let (slug, language) = stem.rsplit_once('.')?;
    // A language code of two or three letters (ISO 639) first: a translation's folder never
    // takes a name the site uses (`tags`, `data`, `search`).
    let code = language.split('-').next().unwrap_or("");
    ((2..=3).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_lowercase())
        && language_problem(language).is_none()
        && super::slug_problem(slug).is_none())
    .then_some((slug, language))
}

/// Why `language` is not a language tag, if it is not: letters, digits and hyphens, a
/// language of two to eight letters first (BCP 47 in outline).
pub fn language_problem(language: &str) -> Option<&'static str> {
    let mut parts = language.split('-');
    let first = parts.next().unwrap_or("");
    if language.is_empty() {
        return Some("it is empty");
    }
    if language.len() > 35 {
        return Some("it is longer than a language tag can be");
    }
    if !(2..=8).contains(&first.len()) || !first.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some("it must start with a language code of two to eight letters");
    }
    if parts.any(|p| p.is_empty() || p.len() > 8 || !p.chars().all(|c| c.is_ascii_alphanumeric())) {
        return Some("the parts after the language are letters and digits joined by hyphens");
    }
    None
}

/// A translation file found beside the entries (see `find_entries`): `<slug>.<language>.md`,
/// or `index.<language>.md` in the bundle `<slug>/`.
#[derive(Debug, Clone)]
pub(super) struct TranslationFile {
    slug: String,
    language: String,
    file: PathBuf,
}

impl TranslationFile {
    pub(super) fn new(slug: &str, language: &str, file: PathBuf) -> TranslationFile {
        TranslationFile {
            slug: slug.to_string(),
            language: language.to_string(),
            file,
        }
    }
}

/// Reads and parses the translation `files` found beside the entries; a translation of an
/// entry that does not exist, in the site's own language, or that contradicts a fact is an
/// error. Files are read and checked side by side; problems are reported in file order.
pub(super) fn load<'f>(
    root: &Path,
    content: &Content,
    files: impl Iterator<Item = (Collection, &'f TranslationFile)>,
    diagnostics: &mut Diagnostics,
) -> Vec<Translation> {
    let found: Vec<(Collection, String, String, PathBuf)> = files
        .map(|(c, t)| (c, t.slug.clone(), t.language.clone(), t.file.clone()))
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    let unreadable: FxHashSet<(Collection, &str)> = content
        .unreadable
        .iter()
        .map(|(c, s)| (*c, s.as_str()))
        .collect();
    let sources = entry_sources(content);
    let read: Vec<(Option<(Translation, bool)>, Diagnostics)> = found
        .into_par_iter()
        // An entry whose own file could not be read has its problem reported already.
        .filter(|(collection, slug, _, _)| !unreadable.contains(&(*collection, slug.as_str())))
        .map(|(collection, slug, language, file)| {
            let mut problems = Diagnostics::new();
            let t = read_one(
                root,
                content,
                &sources,
                (collection, slug, language, &file),
                &mut problems,
            );
            (t, problems)
        })
        .collect();
    let mut out: Vec<Translation> = Vec::new();
    let mut first_of: FxHashMap<(Collection, String, String), PathBuf> = FxHashMap::default();
    for (t, problems) in read {
        let Some((t, agrees)) = t else {
            diagnostics.extend(problems);
            continue;
        };
        let key = (t.collection, t.slug.clone(), t.language.clone());
        if let Some(first) = first_of.get(&key) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(t.source.path()),
                    format!(
                        "the {} `{}` has two translations into `{}`: {} and this one",
                        t.collection.singular(),
                        t.slug,
                        t.language,
                        first.display()
                    ),
                )
                .with_hint("keep one of them"),
            );
            continue;
        }
        first_of.insert(key, t.source.path().to_path_buf());
        diagnostics.extend(problems);
        if agrees {
            out.push(t);
        }
    }
    out
}

/// Every entry's source by collection and slug (a translation's entry is looked up there).
fn entry_sources(content: &Content) -> FxHashMap<(Collection, &str), &Arc<SourceText>> {
    fn add<'a, T>(
        map: &mut FxHashMap<(Collection, &'a str), &'a Arc<SourceText>>,
        collection: Collection,
        entries: &'a [Arc<Entry<T>>],
    ) {
        for e in entries {
            // The first of two equal slugs, as a search through the list would find.
            map.entry((collection, e.slug.as_str()))
                .or_insert(&e.source);
        }
    }
    let mut map = FxHashMap::default();
    add(&mut map, Collection::Partners, &content.partners);
    add(&mut map, Collection::Objectives, &content.objectives);
    add(&mut map, Collection::Milestones, &content.milestones);
    add(&mut map, Collection::Successes, &content.successes);
    add(&mut map, Collection::Setbacks, &content.setbacks);
    add(&mut map, Collection::CaseStudies, &content.case_studies);
    add(&mut map, Collection::Pages, &content.pages);
    add(&mut map, Collection::Newsletters, &content.newsletters);
    map
}

/// Reads, parses and checks one translation file: the translation and whether it agrees with
/// its entry (when it does not, `problems` says where), or `None` when it cannot be read as
/// one (`problems` says why).
fn read_one(
    root: &Path,
    content: &Content,
    sources: &FxHashMap<(Collection, &str), &Arc<SourceText>>,
    (collection, slug, language, file): (Collection, String, String, &Path),
    problems: &mut Diagnostics,
) -> Option<(Translation, bool)> {
    let shown = relative(root, file);
    let text = match super::read_text(file, &shown) {
        Ok(text) => text,
        Err(d) => {
            problems.push(*d);
            return None;
        }
    };
    let t = parse(collection, slug, language, &shown, text, problems)?;
    if t.language.eq_ignore_ascii_case(&content.alliance.language) {
        problems.push(
            Diagnostic::error(
                file_location(&shown),
                format!(
                    "this translation is in `{}`, the site's own language",
                    t.language
                ),
            )
            .with_hint("the entry's own file is in the site's language: edit it instead"),
        );
        return None;
    }
    let Some(default) = default_front(sources, collection, &t.slug) else {
        problems.push(
            Diagnostic::error(
                file_location(&shown),
                format!(
                    "this translates the {} `{}`, which does not exist",
                    collection.singular(),
                    t.slug
                ),
            )
            .with_hint(format!(
                "a translation sits beside its entry: content/{}/{}.md (or a bundle's index.md)",
                collection.dir(),
                t.slug
            )),
        );
        return None;
    };
    let agrees = check(&t, &default, problems);
    Some((t, agrees))
}

fn parse(
    collection: Collection,
    slug: String,
    language: String,
    shown: &Path,
    text: String,
    diagnostics: &mut Diagnostics,
) -> Option<Translation> {
    let source = Arc::new(SourceText::new(shown, text));
    let split = match frontmatter::split(source.text()) {
        Ok(split) => split,
        Err(problem) => {
            diagnostics.push(problem.diagnostic(&source));
            return None;
        }
    };
    let front = match toml::from_str::<toml::Table>(&source.text()[split.front.clone()]) {
        Ok(front) => front,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            diagnostics.push(Diagnostic::error(
                source.location(split.front.start + span.start, split.front.start + span.end),
                e.message().to_string(),
            ));
            return None;
        }
    };
    Some(Translation {
        collection,
        slug,
        language,
        front,
        body: Body::new(Arc::clone(&source), split.body.clone()),
        source,
    })
}

/// The front matter of the default-language entry, as written.
fn default_front(
    sources: &FxHashMap<(Collection, &str), &Arc<SourceText>>,
    collection: Collection,
    slug: &str,
) -> Option<(toml::Table, Arc<SourceText>)> {
    let source = *sources.get(&(collection, slug))?;
    let split = frontmatter::split(source.text()).ok()?;
    let table = toml::from_str(&source.text()[split.front]).ok()?;
    Some((table, Arc::clone(source)))
}

/// Whether translation `t` says no fact differently from its entry's own file; each that it
/// does is an error at the translation's line.
fn check(
    t: &Translation,
    (default, default_source): &(toml::Table, Arc<SourceText>),
    diagnostics: &mut Diagnostics,
) -> bool {
    let words = words_of(t.collection);
    let mut fine = true;
    for (key, value) in &t.front {
        let location = t.source.key_location(key);
        if words.contains(&key.as_str()) {
            let list = matches!(key.as_str(), "roles" | "lessons");
            let shaped = match value {
                toml::Value::String(s) if !list => key == "summary" || !s.trim().is_empty(),
                toml::Value::Array(items) if list => items.iter().all(toml::Value::is_str),
                _ => false,
            };
            if !shaped {
                fine = false;
                let what = if list {
                    "a list of texts"
                } else {
                    "a text that is not empty"
                };
                diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!("`{key}` in a translation is {what}, as in the entry's own file"),
                    )
                    .with_hint(if list {
                        format!("write `{key} = [\"...\", \"...\"]`")
                    } else {
                        format!("write `{key} = \"...\"`")
                    }),
                );
            }
            continue;
        }
        match default.get(key) {
            Some(theirs) if theirs == value => {}
            Some(theirs) => {
                fine = false;
                diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!(
                            "`{key}` differs from {}, where it is {}: facts (dates, numbers, statuses, references) are kept in the entry's own file",
                            default_source.path().display(),
                            short(theirs)
                        ),
                    )
                    .with_hint(format!(
                        "remove `{key}` from the translation (it takes the entry's), or change it in the entry's own file; a translation gives only {}",
                        words.join(", ")
                    )),
                );
            }
            None => {
                fine = false;
                diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!(
                            "`{key}` is not in {}: a translation adds no facts",
                            default_source.path().display()
                        ),
                    )
                    .with_hint(format!("a translation gives only {}", words.join(", "))),
                );
            }
        }
    }
    fine
}

fn short(value: &toml::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// An entry's front matter that takes a translation's words.
pub(crate) trait Translate {
    /// Puts `t`'s words in place of this entry's.
    fn translate(&mut self, t: &toml::Table);
}

fn text(t: &toml::Table, key: &str) -> Option<String> {
    t.get(key).and_then(|v| v.as_str()).map(str::to_string)
}

fn texts(t: &toml::Table, key: &str) -> Option<Vec<String>> {
    t.get(key)?.as_array().map(|items| {
        items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    })
}

/// The words every kind has: its title (a partner's name), summary and image text.
fn common_words(
    t: &toml::Table,
    (title_key, title): (&str, &mut String),
    summary: &mut Option<String>,
    image_alt: &mut Option<String>,
) {
    if let Some(words) = text(t, title_key) {
        *title = words;
    }
    if let Some(words) = text(t, "summary") {
        *summary = Some(words);
    }
    if let Some(words) = text(t, "image_alt") {
        *image_alt = Some(words);
    }
}

macro_rules! translate_title {
    ($($ty:ty),*) => {$(
        impl Translate for $ty {
            fn translate(&mut self, t: &toml::Table) {
                common_words(t, ("title", &mut self.title), &mut self.summary, &mut self.image_alt);
            }
        }
    )*};
}

use super::schema::{
    CaseStudyFile, MilestoneFile, NewsletterFile, ObjectiveFile, PageFile, PartnerFile,
    SetbackFile, SuccessFile,
};

translate_title!(
    ObjectiveFile,
    MilestoneFile,
    SuccessFile,
    CaseStudyFile,
    PageFile,
    NewsletterFile
);

impl Translate for SetbackFile {
    fn translate(&mut self, t: &toml::Table) {
        common_words(
            t,
            ("title", &mut self.title),
            &mut self.summary,
            &mut self.image_alt,
        );
        if let Some(lessons) = texts(t, "lessons") {
            self.lessons = lessons;
        }
    }
}

impl Translate for PartnerFile {
    fn translate(&mut self, t: &toml::Table) {
        common_words(
            t,
            ("name", &mut self.name),
            &mut self.summary,
            &mut self.image_alt,
        );
        if let Some(location) = text(t, "location") {
            self.location = Some(location);
        }
        if let Some(roles) = texts(t, "roles") {
            self.roles = roles;
        }
    }
}

fn translated<T: Translate + Clone>(
    entries: &[Arc<Entry<T>>],
    collection: Collection,
    language: &str,
    translations: &[Translation],
) -> Vec<Arc<Entry<T>>> {
    entries
        .iter()
        .map(|e| {
            match translations
                .iter()
                .find(|t| t.collection == collection && t.slug == e.slug && t.language == language)
            {
                Some(t) => {
                    let mut entry = (**e).clone();
                    entry.front.translate(&t.front);
                    // A translation's body is held (made from the text read), so reading
                    // it cannot fail.
                    if t.body.text().is_ok_and(|text| !text.trim().is_empty()) {
                        entry.body = t.body.clone();
                    }
                    Arc::new(entry)
                }
                None => Arc::clone(e),
            }
        })
        .collect()
}

impl Content {
    /// The languages the translations are in, sorted.
    pub fn translation_languages(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .translations
            .iter()
            .map(|t| t.language.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Whether the entry `slug` of `collection` has a translation into `language`.
    pub fn is_translated(&self, collection: Collection, slug: &str, language: &str) -> bool {
        self.translations
            .iter()
            .any(|t| t.collection == collection && t.slug == slug && t.language == language)
    }

    /// The content as a reader of `language` sees it: each translated entry with its
    /// translation's words, the others as they are.
    pub fn in_language(&self, language: &str) -> Content {
        let t = &self.translations;
        Content {
            partners: translated(&self.partners, Collection::Partners, language, t),
            objectives: translated(&self.objectives, Collection::Objectives, language, t),
            milestones: translated(&self.milestones, Collection::Milestones, language, t),
            successes: translated(&self.successes, Collection::Successes, language, t),
            setbacks: translated(&self.setbacks, Collection::Setbacks, language, t),
            case_studies: translated(&self.case_studies, Collection::CaseStudies, language, t),
            pages: translated(&self.pages, Collection::Pages, language, t),
            newsletters: translated(&self.newsletters, Collection::Newsletters, language, t),
            ..self.clone()
        }
    }
}
