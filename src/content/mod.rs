//! Load: walk `content/`, split each file's `+++` front matter from its Markdown, and parse
//! the front matter into the typed structs of [`schema`]. Nothing here knows about other
//! entries: references are resolved by [`crate::model`].
//!
//! Every file is read and parsed even when others fail, so one run reports every syntax and
//! type error in the site. Files are parsed in parallel.

pub mod assets;
pub mod cms;
pub mod frontmatter;
pub mod schema;
pub mod translations;

use crate::diagnostics::{
    Diagnostic, Diagnostics, Location, SourceText, did_you_mean, file_location,
};
use rayon::prelude::*;
use schema::*;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The collections of the content format, in the order they are shown.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Collection {
    /// `partners/`
    Partners,
    /// `objectives/`
    Objectives,
    /// `milestones/`
    Milestones,
    /// `successes/`
    Successes,
    /// `setbacks/`
    Setbacks,
    /// `case-studies/`
    CaseStudies,
    /// `pages/`
    Pages,
    /// `newsletters/`
    Newsletters,
}

impl Collection {
    /// Every collection.
    pub const ALL: [Collection; 8] = [
        Collection::Partners,
        Collection::Objectives,
        Collection::Milestones,
        Collection::Successes,
        Collection::Setbacks,
        Collection::CaseStudies,
        Collection::Pages,
        Collection::Newsletters,
    ];

    /// What the collection is called: its folder, one entry in words, its heading. The one
    /// place the content stage names them.
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Collection::Partners => ("partners", "partner", "Partners"),
            Collection::Objectives => ("objectives", "objective", "Objectives"),
            Collection::Milestones => ("milestones", "milestone", "Milestones"),
            Collection::Successes => ("successes", "success", "Successes"),
            Collection::Setbacks => ("setbacks", "setback", "Setbacks"),
            Collection::CaseStudies => ("case-studies", "case study", "Case studies"),
            Collection::Pages => ("pages", "page", "Pages"),
            Collection::Newsletters => ("newsletters", "newsletter", "Newsletters"),
        }
    }

    /// The folder name under `content/`, which is also the URL segment.
    pub fn dir(self) -> &'static str {
        self.names().0
    }

    /// "partner", "case study"...: one entry, in words.
    pub(crate) fn singular(self) -> &'static str {
        self.names().1
    }

    /// "Partners", "Case studies"...: the collection's heading.
    pub fn title(self) -> &'static str {
        self.names().2
    }
}

/// An entry's folder when it is a bundle (`<slug>/index.md`) with its assets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The bundle folder on disk.
    pub dir: PathBuf,
    /// Every other regular file in it, relative to `dir`, sorted.
    pub assets: Vec<PathBuf>,
}

/// A part of a content file's text (an entry's Markdown). A body made in memory shares the
/// text it was made from (a translation's, a test's); an entry's body read from its file is
/// not held at all: its text is read again from the file when it is rendered ([`Body::text`]),
/// and checked to be what was read when the site was loaded. A large site's entries' Markdown
/// is then never all in memory at once.
#[derive(Debug, Clone, Default)]
pub struct Body {
    /// The file's text as held: all of it for a body made in memory, up to the body (its
    /// front matter) for one read from a file.
    source: Option<Arc<SourceText>>,
    range: Range<usize>,
    /// Set when the text is read again from the file.
    on_disk: Option<Arc<OnDisk>>,
}

/// What a build says of a file whose text is no longer what it read first (changed, or gone).
pub(crate) const CHANGED_WHILE_BUILDING: &str = "the file changed while the site was being built";

/// The bytes of `path` when it is still a regular file, read up to a little more than `len`
/// (its decoded text's length when it was first read; a byte-order mark is dropped): enough
/// to tell that it changed, and never a device or pipe read without end.
fn read_regular_file(path: &Path, len: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = open_without_waiting(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_a_regular_file());
    }
    let limit = len + 4;
    let mut bytes = Vec::with_capacity(limit);
    file.take(limit as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Why a body's file read again is refused: something else (a pipe, a folder) is where it was.
fn not_a_regular_file() -> std::io::Error {
    std::io::Error::other("it is no longer a regular file")
}

/// `path` opened for reading without waiting: a named pipe put where a file was opens at
/// once (and is then refused as not a regular file) instead of waiting for a writer, and
/// never becomes the controlling terminal; a regular file reads as it would otherwise. One
/// system call fewer per page than looking at the path before opening it. A file another
/// program holds a lease on (a file server's) cannot be opened without waiting: it is looked
/// at first, then opened as before.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        libc::O_NONBLOCK | libc::O_NOCTTY,
    );
    match options.open(path) {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
            if !std::fs::metadata(path)?.is_file() {
                return Err(not_a_regular_file());
            }
            std::fs::File::open(path)
        }
        opened => opened,
    }
}

/// A content file whose text is read again when asked for, as it was when the site was loaded.
#[derive(Debug)]
struct OnDisk {
    /// The file to read.
    file: PathBuf,
    /// The whole text's length in bytes, as it was read first.
    len: usize,
    /// A hash of the whole text, as it was read first.
    hash: u128,
}

impl Body {
    /// The bytes `range` of `source`, which must lie on character boundaries.
    pub fn new(source: Arc<SourceText>, range: Range<usize>) -> Body {
        Body {
            source: Some(source),
            range,
            on_disk: None,
        }
    }

    /// The bytes `range` of the text of `file`, which was read as `text` (shown in messages as
    /// `shown`); of that text only the part before `range` is held (a body reaches to the
    /// end of its file). Returns the body and the text held.
    fn not_held(
        file: &Path,
        shown: &Path,
        mut text: String,
        range: Range<usize>,
    ) -> (Body, Arc<SourceText>) {
        let on_disk = OnDisk {
            file: file.to_path_buf(),
            len: text.len(),
            hash: xxhash_rust::xxh3::xxh3_128(text.as_bytes()),
        };
        text.truncate(range.start);
        text.shrink_to_fit();
        let source = Arc::new(SourceText::new(shown, text));
        let body = Body {
            source: Some(Arc::clone(&source)),
            range,
            on_disk: Some(Arc::new(on_disk)),
        };
        (body, source)
    }

    /// The body's text: read again from its file when it is not held. An error when the file
    /// can no longer be read, or no longer has the text it had when the site was loaded (it
    /// was changed while the site was being built).
    pub fn text(&self) -> Result<std::borrow::Cow<'_, str>, Box<Diagnostic>> {
        let Some(source) = &self.source else {
            return Ok("".into());
        };
        let Some(on_disk) = &self.on_disk else {
            return Ok(source.text().get(self.range.clone()).unwrap_or("").into());
        };
        let mut whole = self.whole_text_of(source, on_disk)?;
        whole.truncate(self.range.end);
        whole.drain(..self.range.start);
        Ok(whole.into())
    }

    /// The whole text of the body's file, read again and checked.
    fn whole_text_of(
        &self,
        source: &SourceText,
        on_disk: &OnDisk,
    ) -> Result<String, Box<Diagnostic>> {
        let changed = || {
            Box::new(
                Diagnostic::error(file_location(source.path()), CHANGED_WHILE_BUILDING)
                    .with_hint("run the command again: a site is made from its files as they are when it starts"),
            )
        };
        let bytes = read_regular_file(&on_disk.file, on_disk.len).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                changed()
            } else {
                Box::new(Diagnostic::error(
                    file_location(source.path()),
                    format!("cannot read the file again: {e}"),
                ))
            }
        })?;
        let text = decode_text(&bytes, source.path()).map_err(|_| changed())?;
        let same = text.len() == on_disk.len
            && xxhash_rust::xxh3::xxh3_128(text.as_bytes()) == on_disk.hash;
        if !same {
            return Err(changed());
        }
        Ok(text)
    }

    /// A hash of the whole text of the body's file (its held text for a body made in memory).
    fn text_hash_of_whole(&self) -> u128 {
        match (&self.source, &self.on_disk) {
            (_, Some(on_disk)) => on_disk.hash,
            (Some(source), None) => source.text_hash(),
            (None, None) => 0,
        }
    }

    /// The whole text of the body's file, front matter included: read again when it is not
    /// held (an error when it changed since it was read), the held text otherwise.
    pub(crate) fn whole_text(&self) -> Result<std::borrow::Cow<'_, str>, Box<Diagnostic>> {
        match (&self.source, &self.on_disk) {
            (Some(source), Some(on_disk)) => Ok(self.whole_text_of(source, on_disk)?.into()),
            (Some(source), None) => Ok(source.text().into()),
            (None, _) => Ok("".into()),
        }
    }

    /// The body's length in bytes.
    pub fn len(&self) -> usize {
        self.range.len()
    }

    /// Whether the body is empty (no text at all, not even white space).
    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }

    /// A hash of the body's text and of the file it is part of: equal hashes, equal texts (the
    /// same text in two different files may hash differently). Worked out once per file read,
    /// so asking again on every rebuild costs nothing.
    pub(crate) fn text_hash(&self) -> u128 {
        if self.source.is_none() {
            return 0;
        }
        let whole = self.text_hash_of_whole();
        let range = [self.range.start as u64, self.range.end as u64];
        let mut bytes = [0u8; 32];
        bytes[..16].copy_from_slice(&whole.to_le_bytes());
        bytes[16..24].copy_from_slice(&range[0].to_le_bytes());
        bytes[24..].copy_from_slice(&range[1].to_le_bytes());
        xxhash_rust::xxh3::xxh3_128(&bytes)
    }

    /// Where the bytes `within` of the body are in its file (`None` for a body made in
    /// memory, which has no file). For a body not held, the file is read again to count its
    /// lines; when it has changed since, the place is the file's start.
    pub fn location(&self, within: Range<usize>) -> Option<crate::diagnostics::Location> {
        let source = self.source.as_ref()?;
        let (start, end) = (
            self.range.start + within.start,
            self.range.start + within.end,
        );
        match &self.on_disk {
            // A place in the body (the held text ends where it starts).
            Some(on_disk) if end >= source.text().len() => {
                Some(match self.whole_text_of(source, on_disk) {
                    Ok(whole) => SourceText::new(source.path(), whole).location(start, end),
                    Err(_) => file_location(source.path()),
                })
            }
            _ => Some(source.location(start, end)),
        }
    }

    /// The whole file the body is part of, front matter included (empty for a body made in
    /// memory).
    pub(crate) fn whole_file(&self) -> Body {
        match (&self.source, &self.on_disk) {
            (Some(source), Some(on_disk)) => Body {
                source: Some(Arc::clone(source)),
                range: 0..on_disk.len,
                on_disk: Some(Arc::clone(on_disk)),
            },
            (Some(source), None) => Body::new(Arc::clone(source), 0..source.text().len()),
            (None, _) => Body::default(),
        }
    }

    /// The start of the body's file as held, its front matter at least (the whole file for
    /// a body made in memory): where front-matter text is looked for without reading the file
    /// again. Its offsets are the whole file's.
    pub(crate) fn file_head(&self) -> &str {
        self.source.as_ref().map_or("", |s| s.text())
    }

    /// Makes the body empty (for an entry whose consent has expired).
    pub fn clear(&mut self) {
        *self = Body::default();
    }

    /// Whether the body was made empty by [`Body::clear`] (or never had a text).
    pub(crate) fn is_cleared(&self) -> bool {
        self.source.is_none()
    }
}

impl PartialEq for Body {
    /// Equal texts: the same part of the same file, held texts that are equal, or the same
    /// part of files with the same text (compared by hash, never read again).
    fn eq(&self, other: &Body) -> bool {
        let same_part = match (&self.source, &other.source) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b) && self.range == other.range,
            _ => false,
        };
        if same_part {
            return true;
        }
        match (&self.on_disk, &other.on_disk) {
            (None, None) => self.text().ok() == other.text().ok(),
            _ => self.text_hash() == other.text_hash(),
        }
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        let len = text.len();
        Body::new(Arc::new(SourceText::new("", text)), 0..len)
    }
}

/// One parsed content file.
#[derive(Debug, Clone)]
pub struct Entry<T> {
    /// The file or folder name, used in URLs and references.
    pub slug: String,
    /// The file's text up to its body (the front matter), for locating problems found later.
    /// An entry parsed from text in memory holds it all.
    pub source: Arc<SourceText>,
    /// Where the front matter's TOML starts in the file, in bytes.
    pub front_offset: usize,
    /// The parsed front matter.
    pub front: T,
    /// The Markdown after the front matter (a translation's, on a site in another language).
    pub body: Body,
    /// The whole file, as it was read (front matter and body): for its history, and for
    /// telling whether it changed. Stays the entry's own file when `body` is a translation's.
    pub(crate) file: Body,
    /// Set when the entry is a bundle.
    pub bundle: Option<Bundle>,
}

impl<T> Entry<T> {
    /// The location of a span of the front matter (as given by [`toml::Spanned`]).
    pub fn location(&self, span: Range<usize>) -> Location {
        self.source
            .location(self.front_offset + span.start, self.front_offset + span.end)
    }

    /// The location of the first `key = ...` line of the front matter.
    pub(crate) fn key_location(&self, key: &str) -> Location {
        self.source.key_location(key)
    }

    /// The file, relative to the site root.
    pub fn path(&self) -> &Path {
        self.source.path()
    }

    /// A hash of the file's whole text as it was read.
    pub(crate) fn text_hash(&self) -> u128 {
        self.file.text_hash_of_whole()
    }

    /// The entry with its body no longer held but read again from `file` when it is needed;
    /// only the text before it (the front matter) is kept, for pointing at lines.
    fn with_body_on_disk(mut self, file: &Path) -> Entry<T> {
        let range = std::mem::take(&mut self.body).range;
        self.file = Body::default();
        let source = std::mem::replace(&mut self.source, Arc::new(SourceText::new("", "")));
        let shown = source.path().to_path_buf();
        let text =
            Arc::try_unwrap(source).map_or_else(|s| s.text().to_string(), SourceText::into_text);
        (self.body, self.source) = Body::not_held(file, &shown, text, range);
        self.file = self.body.whole_file();
        self
    }
}

/// Everything read from a site's `content/` folder.
#[derive(Debug, Clone)]
pub struct Content {
    /// The site root (holds `content/`).
    pub root: PathBuf,
    /// `alliance.toml`.
    pub alliance: AllianceFile,
    /// Its text, for locating problems.
    pub alliance_source: Arc<SourceText>,
    /// `partners/`
    pub partners: Vec<Arc<Entry<PartnerFile>>>,
    /// `objectives/`
    pub objectives: Vec<Arc<Entry<ObjectiveFile>>>,
    /// `milestones/`
    pub milestones: Vec<Arc<Entry<MilestoneFile>>>,
    /// `successes/`
    pub successes: Vec<Arc<Entry<SuccessFile>>>,
    /// `setbacks/`
    pub setbacks: Vec<Arc<Entry<SetbackFile>>>,
    /// `case-studies/`
    pub case_studies: Vec<Arc<Entry<CaseStudyFile>>>,
    /// `pages/`
    pub pages: Vec<Arc<Entry<PageFile>>>,
    /// `newsletters/`
    pub newsletters: Vec<Arc<Entry<NewsletterFile>>>,
    /// Entries found on disk that could not be parsed (their errors are already reported).
    /// Later stages treat references to them as valid, so one typo is reported once.
    pub unreadable: Vec<(Collection, String)>,
    /// Translations of entries into other languages ([`translations`]).
    pub translations: Vec<translations::Translation>,
}

/// A content file found on disk, not yet parsed.
#[derive(Debug, Clone)]
struct Found {
    slug: String,
    file: PathBuf,
    bundle: Option<Bundle>,
    /// The file's size and modification time, when they could be read.
    stamp: Option<(u64, std::time::SystemTime)>,
}

fn stamp_of(meta: &std::fs::Metadata) -> Option<(u64, std::time::SystemTime)> {
    Some((meta.len(), meta.modified().ok()?))
}

/// Reads and parses the whole `content/` folder under `root`. Returns what could be read
/// (`None` only when `alliance.toml` or `content/` itself is unusable) and every problem found,
/// warnings included. Callers must not publish content when the problems include errors.
/// With a `cache` (what `candor serve` keeps), entries whose files have not changed since
/// they were parsed are reused, and the others remembered there.
pub fn load(root: &Path, cache: Option<&LoadCache>) -> (Option<Content>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let content_dir = root.join("content");
    let content_meta = match crate::files::metadata(root, &content_dir) {
        Ok(meta) => meta,
        Err(d) => {
            diagnostics.push(*d);
            return (None, diagnostics);
        }
    };
    if !content_meta.is_some_and(|m| m.is_dir()) {
        diagnostics.push(
            Diagnostic::error(
                file_location(relative(root, &content_dir)),
                format!("no content folder at {}", content_dir.display()),
            )
            .with_hint(
                "run candor in a site folder, or pass --root DIR (the folder that holds content/)",
            ),
        );
        return (None, diagnostics);
    }
    let t = crate::timings::Timer::start();
    warn_about_unknown_folders(root, &content_dir, &mut diagnostics);

    let alliance = load_alliance(root, &mut diagnostics);
    // The collections' folders are listed in parallel; problems are reported in order.
    // Paths the watcher named outside the root (another spelling of it): trust none.
    let changed = cache
        .and_then(LoadCache::take_changes)
        .filter(|paths| paths.iter().all(|p| p.starts_with(root)));
    if let (Some(cache), Some(paths)) = (cache, &changed) {
        cache.distrust(paths);
    }
    let listed: Vec<Listing> = Collection::ALL
        .par_iter()
        .map(|c| {
            if let Some(known) = cache.and_then(|k| k.listing(root, *c, changed.as_deref())) {
                return known;
            }
            // Only a cache brings a listing up to date later, by the names it holds.
            let listing = Arc::new(find_entries(root, *c, cache.is_some()));
            if let Some(cache) = cache {
                cache.keep_listing(*c, &listing);
            }
            listing
        })
        .collect();
    let mut parsing = Parsing {
        root,
        cache,
        listed: HashMap::new(),
        diagnostics: &mut diagnostics,
        unreadable: Vec::new(),
    };
    for (c, listing) in Collection::ALL.iter().zip(&listed) {
        parsing.diagnostics.extend(listing.diagnostics.clone());
        parsing.listed.insert(*c, &listing.entries);
    }
    t.lap("  load: list");
    let partners = parsing.all(Collection::Partners);
    let objectives = parsing.all(Collection::Objectives);
    let milestones = parsing.all(Collection::Milestones);
    let successes = parsing.all(Collection::Successes);
    let setbacks = parsing.all(Collection::Setbacks);
    let case_studies = parsing.all(Collection::CaseStudies);
    let pages = parsing.all(Collection::Pages);
    let newsletters = parsing.all(Collection::Newsletters);
    let unreadable = parsing.unreadable;

    t.lap("  load: parse");
    let Some((alliance, alliance_source)) = alliance else {
        return (None, diagnostics);
    };
    let content = Content {
        root: root.to_path_buf(),
        alliance,
        alliance_source,
        partners,
        objectives,
        milestones,
        successes,
        setbacks,
        case_studies,
        pages,
        newsletters,
        unreadable,
        translations: Vec::new(),
    };
    let mut content = content;
    let translation_files = Collection::ALL
        .iter()
        .zip(&listed)
        .flat_map(|(c, listing)| listing.translations.iter().map(move |t| (*c, t)));
    content.translations = translations::load(root, &content, translation_files, &mut diagnostics);
    t.lap("  load: translations");
    (Some(content), diagnostics)
}

/// Parsed content files kept between loads (`candor serve` keeps one for its whole run). A
/// file is parsed again when its size or modification time changed, or when it was modified
/// so shortly before it was last read that an edit in the same clock tick could hide (then
/// its text is compared).
#[derive(Default)]
pub struct LoadCache {
    parsed: std::sync::RwLock<rustc_hash::FxHashMap<PathBuf, Parsed>>,
    /// Each collection folder's listing, as last made.
    listings: std::sync::Mutex<HashMap<Collection, Listing>>,
    /// The paths changed since the last load, when a watcher told (see
    /// [`LoadCache::changes_seen`]); `None`: unknown, so every folder is listed again.
    changed: std::sync::Mutex<Option<Vec<PathBuf>>>,
}

/// A collection folder's entry files and translation files, and the problems found listing
/// it.
type Listing = Arc<Listed>;

#[derive(Clone)]
struct Listed {
    entries: Vec<Found>,
    translations: Vec<translations::TranslationFile>,
    diagnostics: Diagnostics,
    /// The name of every item the folder held, hidden ones aside, in lower case (whatever
    /// it became: an entry, a translation, a problem reported, or nothing).
    names: rustc_hash::FxHashSet<String>,
}

/// An item's name as [`Listed::names`] keeps it.
fn listed_name(item: &Path) -> Option<String> {
    item.file_name().map(|n| n.to_string_lossy().to_lowercase())
}

/// Whether `path`, which a watcher saw change in the collection folder `dir` listed as
/// `listed`, would be left out of a new listing and was not in that one: a hidden file (an
/// editor's swap file), or one that is gone and was not there when the folder was listed
/// (saved under another name first and renamed over the entry, as `sed -i` and many editors
/// save). A name the listing saw may have left a problem in it, which only a new listing clears.
fn never_listed(listed: &Listed, dir: &Path, path: &Path) -> bool {
    if path.parent() != Some(dir) {
        return false;
    }
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    let gone =
        || std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
    // Compared in lower case, as a file system that ignores case may name it otherwise; a
    // short name (`LONG-E~1.MD`, which Windows may report) could be any listed file.
    let was_listed = || match listed_name(path) {
        Some(name) => name.contains('~') || listed.names.contains(&name),
        None => true,
    };
    hidden || (gone() && !was_listed())
}

/// Whether two paths are the same, as [`Path`]'s `==` tells, their last parts compared
/// first (quick when they differ, as they do for all but one of a large folder's files).
fn same_path(a: &Path, b: &Path) -> bool {
    a.file_name() == b.file_name() && a == b
}

/// One file as last parsed.
struct Parsed {
    len: u64,
    modified: std::time::SystemTime,
    read_at: std::time::SystemTime,
    /// A hash of the text read.
    text_hash: u128,
    slug: String,
    result: Arc<dyn std::any::Any + Send + Sync>,
}

/// How long after a file's modification time its size and time are trusted to tell edits.
const RACY_WINDOW: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether a file read at `read_at` and last modified at `modified` can be told unchanged by
/// its size and time alone: it was read long enough after the change that a later edit must
/// show in its time.
pub(crate) fn time_stamp_trusted(
    read_at: std::time::SystemTime,
    modified: std::time::SystemTime,
) -> bool {
    read_at
        .duration_since(modified)
        .is_ok_and(|age| age > RACY_WINDOW)
}

impl LoadCache {
    /// Tells the next load which paths changed since the previous one (a file watcher's
    /// events; `None` when events may have been lost). A collection folder with no changed
    /// path under it is not listed again, and a changed `<slug>.md` already known is only
    /// looked at again itself. Without this, the next load lists every folder.
    pub fn changes_seen(&self, paths: Option<Vec<PathBuf>>) {
        *lock(&self.changed) = paths;
    }

    /// Whether every path changed since the last load is known (a watcher told them all) and
    /// lies under `dir`.
    pub fn changes_only_under(&self, dir: &Path) -> bool {
        lock(&self.changed)
            .as_ref()
            .is_some_and(|paths| paths.iter().all(|p| p.starts_with(dir)))
    }

    fn take_changes(&self) -> Option<Vec<PathBuf>> {
        lock(&self.changed).take()
    }

    /// Makes the files a watcher saw change compared by their text on the next load, even when
    /// their size and time are the same as when they were parsed (`cp -p`, `touch -r`).
    fn distrust(&self, paths: &[PathBuf]) {
        let mut known = self
            .parsed
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for path in paths {
            if let Some(parsed) = known.get_mut(path) {
                parsed.read_at = std::time::SystemTime::UNIX_EPOCH;
            }
        }
    }

    /// The listing of `collection` as last made, brought up to date with `changed`, when
    /// that can be done without listing the folder again.
    fn listing(
        &self,
        root: &Path,
        collection: Collection,
        changed: Option<&[PathBuf]>,
    ) -> Option<Listing> {
        let dir = root.join("content").join(collection.dir());
        let here: Vec<&PathBuf> = changed?.iter().filter(|p| p.starts_with(&dir)).collect();
        let known = Arc::clone(lock(&self.listings).get(&collection)?);
        if here.is_empty() {
            return Some(known);
        }
        let mut listed = (*known).clone();
        for path in here {
            if never_listed(&listed, &dir, path) {
                continue;
            }
            // Only a known `<slug>.md` that is still a plain file is updated in place.
            let known = listed
                .entries
                .iter_mut()
                .find(|f| f.bundle.is_none() && same_path(&f.file, path))?;
            let meta = std::fs::symlink_metadata(path).ok()?;
            if !meta.is_file() {
                return None;
            }
            known.stamp = stamp_of(&meta);
        }
        let listing = Arc::new(listed);
        self.keep_listing(collection, &listing);
        Some(listing)
    }

    fn keep_listing(&self, collection: Collection, listing: &Listing) {
        lock(&self.listings).insert(collection, Arc::clone(listing));
    }

    fn parse<T>(&self, root: &Path, found: &Found) -> (Option<Arc<Entry<T>>>, Diagnostics)
    where
        T: DeserializeOwned + Clone + Send + Sync + 'static,
    {
        let stamp = found.stamp;
        if let Some(hit) = stamp.and_then(|s| self.reuse::<T>(found, s)) {
            return hit;
        }
        let read_at = std::time::SystemTime::now();
        let (entry, diagnostics) = parse_entry::<T>(root, found.clone());
        let entry = entry.map(Arc::new);
        if let (Some((len, modified)), Some(e)) = (stamp, &entry) {
            let parsed = Parsed {
                len,
                modified,
                read_at,
                text_hash: e.text_hash(),
                slug: found.slug.clone(),
                result: Arc::new((entry.clone(), diagnostics.clone())),
            };
            self.parsed
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(found.file.clone(), parsed);
        }
        (entry, diagnostics)
    }

    fn reuse<T>(
        &self,
        found: &Found,
        (len, modified): (u64, std::time::SystemTime),
    ) -> Option<(Option<Arc<Entry<T>>>, Diagnostics)>
    where
        T: Clone + Send + Sync + 'static,
    {
        let (result, text_hash, settled) = {
            let known = self
                .parsed
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let parsed = known.get(&found.file)?;
            if parsed.len != len || parsed.modified != modified || parsed.slug != found.slug {
                return None;
            }
            let settled = time_stamp_trusted(parsed.read_at, modified);
            (Arc::clone(&parsed.result), parsed.text_hash, settled)
        };
        if !settled {
            // Modified too recently to trust its size and time: compare the text itself, and
            // remember when it was found unchanged (after a while, its time can be trusted).
            let read_at = std::time::SystemTime::now();
            let now = std::fs::read(&found.file).ok()?;
            let now = decode_text(&now, &found.file).ok()?;
            if xxhash_rust::xxh3::xxh3_128(now.as_bytes()) != text_hash {
                return None;
            }
            let mut known = self
                .parsed
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(parsed) = known.get_mut(&found.file)
                && parsed.text_hash == text_hash
            {
                parsed.read_at = parsed.read_at.max(read_at);
            }
        }
        let (entry, diagnostics) = result
            .downcast_ref::<(Option<Arc<Entry<T>>>, Diagnostics)>()?
            .clone();
        // A bundle's other files can change without its index.md changing.
        let entry = entry.map(|e| {
            if e.bundle == found.bundle {
                e
            } else {
                Arc::new(Entry {
                    bundle: found.bundle.clone(),
                    ..(*e).clone()
                })
            }
        });
        Some((entry, diagnostics))
    }
}

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A path relative to the site root, for messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn warn_about_unknown_folders(root: &Path, content_dir: &Path, diagnostics: &mut Diagnostics) {
    let known: Vec<&str> = Collection::ALL.iter().map(|c| c.dir()).collect();
    let items = match crate::files::list(root, content_dir) {
        Ok(items) => items,
        Err(d) => {
            diagnostics.push(*d);
            return;
        }
    };
    for item in items {
        let name = item.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "alliance.toml" || known.contains(&name) {
            continue;
        }
        let mut d = Diagnostic::warning(
            file_location(relative(root, &item)),
            format!("`{name}` is not part of the content format and is ignored"),
        );
        d = match did_you_mean(name, known.iter().copied()) {
            Some(close) => d.with_hint(format!("did you mean `{close}`?")),
            None => d.with_hint(format!("content folders are: {}", known.join(", "))),
        };
        diagnostics.push(d);
    }
}

fn load_alliance(
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<(AllianceFile, Arc<SourceText>)> {
    let path = root.join("content").join("alliance.toml");
    let shown = relative(root, &path);
    if let Err(d) = crate::files::metadata(root, &path) {
        diagnostics.push(*d);
        return None;
    }
    let text = match read_text(&path, &shown) {
        Ok(text) => text,
        Err(d) => {
            diagnostics.push(d.with_hint(
                "every site needs content/alliance.toml with at least `name` and `base_url`",
            ));
            return None;
        }
    };
    let source = Arc::new(SourceText::new(shown, text));
    parse_toml::<AllianceFile>(&source, 0, source.text(), diagnostics).map(|a| (a, source))
}

/// Finds the entries of one collection, `<slug>.md` files and `<slug>/index.md` bundles, and
/// their translations, `<slug>.<language>.md` and `<slug>/index.<language>.md` (read later,
/// with [`translations::load`]). With `keep_names`, the listing holds every name it saw
/// ([`Listed::names`]).
fn find_entries(root: &Path, collection: Collection, keep_names: bool) -> Listed {
    let mut listing = Listed {
        entries: Vec::new(),
        translations: Vec::new(),
        diagnostics: Diagnostics::new(),
        names: Default::default(),
    };
    let diagnostics = &mut listing.diagnostics;
    let dir = root.join("content").join(collection.dir());
    let mut found: Vec<Found> = Vec::new();
    let mut translated = Vec::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    let listed = match crate::files::metadata(root, &dir) {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(meta)) if !meta.is_dir() => Err(Box::new(
            Diagnostic::error(
                file_location(relative(root, &dir)),
                format!(
                    "`content/{}` should be a folder, but it is a file",
                    collection.dir()
                ),
            )
            .with_hint(format!(
                "{} are <slug>.md files in the folder content/{}/",
                collection.title().to_lowercase(),
                collection.dir()
            )),
        )),
        Ok(Some(_)) => crate::files::list(root, &dir),
        Err(d) => Err(d),
    };
    let listed = match listed {
        Ok(items) => items,
        Err(d) => {
            diagnostics.push(*d);
            listing.entries = found;
            listing.translations = translated;
            return listing;
        }
    };
    // Asking for each item's metadata is most of the work on a large folder: in parallel.
    let items: Vec<(PathBuf, std::io::Result<std::fs::Metadata>)> = listed
        .into_par_iter()
        .with_min_len(256)
        .map(|item| {
            let meta = std::fs::symlink_metadata(&item);
            (item, meta)
        })
        .collect();
    for (item, meta) in items {
        let name = item
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.starts_with('.') {
            continue;
        }
        if keep_names {
            listing.names.extend(listed_name(&item));
        }
        let shown = relative(root, &item);
        // A translation (`<slug>.<lang>.md`) is read with the translations.
        if let Some((slug, language)) = translations::translation_name(&name) {
            let leaves = meta.as_ref().is_ok_and(|m| m.file_type().is_symlink());
            if !leaves || followed_inside(root, &item, diagnostics) {
                translated.push(translations::TranslationFile::new(slug, language, item));
            }
            continue;
        }
        let meta = match meta {
            Ok(m) => m,
            Err(e) => {
                diagnostics.push(Diagnostic::error(
                    file_location(&shown),
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        // A link that stays inside the site folder is followed; one that leaves it is an
        // error (see `crate::files`).
        let meta = if meta.file_type().is_symlink() {
            match crate::files::metadata(root, &item) {
                Ok(Some(meta)) => meta,
                Ok(None) => continue,
                Err(d) => {
                    diagnostics.push(*d);
                    continue;
                }
            }
        } else {
            meta
        };
        let (slug, file, bundle, stamp) = if meta.is_dir() {
            let index = item.join("index.md");
            let index_meta = match crate::files::metadata(root, &index) {
                Ok(meta) => meta.filter(|m| m.is_file()),
                Err(d) => {
                    diagnostics.push(*d);
                    continue;
                }
            };
            let Some(index_meta) = index_meta else {
                diagnostics.push(
                    Diagnostic::error(
                        file_location(&shown),
                        format!("the folder `{name}` has no index.md"),
                    )
                    .with_hint(format!(
                        "a bundle is a folder with index.md for the entry and its images or PDFs beside it: add {}/index.md",
                        shown.display()
                    )),
                );
                continue;
            };
            let (assets, translations) = bundle_assets(&item, root, diagnostics);
            translated.extend(translations.into_iter().map(|(language, file)| {
                translations::TranslationFile::new(&name, &language, file)
            }));
            (
                name.clone(),
                index,
                Some(Bundle {
                    dir: item.clone(),
                    assets,
                }),
                stamp_of(&index_meta),
            )
        } else if let Some(stem) = name.strip_suffix(".md") {
            (stem.to_string(), item.clone(), None, stamp_of(&meta))
        } else {
            diagnostics.push(
                Diagnostic::warning(
                    file_location(&shown),
                    format!("`{name}` is not a Markdown file and is ignored"),
                )
                .with_hint("entries are <slug>.md files; put images and PDFs in a bundle folder beside index.md"),
            );
            continue;
        };
        if let Some(problem) = slug_problem(&slug) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(&shown),
                    format!("`{slug}` cannot be used as a slug: {problem}"),
                )
                .with_hint(format!("rename it to `{}`", crate::slug::slugify(&slug))),
            );
            continue;
        }
        if let Some(first) = by_slug.get(&slug).map(|&i| &found[i]) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(&shown),
                    format!(
                        "two {} entries have the slug `{slug}`: {} and {}",
                        collection.singular(),
                        relative(root, &first.file).display(),
                        relative(root, &file).display()
                    ),
                )
                .with_hint("slugs are unique within a collection: rename or remove one of them"),
            );
            continue;
        }
        by_slug.insert(slug.clone(), found.len());
        found.push(Found {
            slug,
            file,
            bundle,
            stamp,
        });
    }
    listing.entries = found;
    listing.translations = translated;
    listing
}

/// Whether the link `file` may be followed: one that leaves the site folder is an error.
fn followed_inside(root: &Path, file: &Path, diagnostics: &mut Diagnostics) -> bool {
    match crate::files::metadata(root, file) {
        Ok(found) => found.is_some(),
        Err(d) => {
            diagnostics.push(*d);
            false
        }
    }
}

/// Why `slug` is not usable in URLs and references, if it is not.
pub(crate) fn slug_problem(slug: &str) -> Option<&'static str> {
    if slug.is_empty() {
        return Some("it is empty");
    }
    if !slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some("slugs use only lower-case letters a-z, digits and hyphens");
    }
    if slug.starts_with('-') || slug.ends_with('-') {
        return Some("a slug cannot start or end with a hyphen");
    }
    None
}

/// The files of a bundle beside its `index.md` that may be published (see [`assets`]), and
/// its translations (`index.<language>.md`: the language and the file).
fn bundle_assets(
    dir: &Path,
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> (Vec<PathBuf>, Vec<(String, PathBuf)>) {
    let (files, problems) = crate::files::files_under(root, dir, true);
    for problem in problems {
        diagnostics.push(problem);
    }
    let mut assets = Vec::new();
    let mut translations = Vec::new();
    for file in files {
        let rel = file.strip_prefix(dir).unwrap_or(&file);
        if rel == Path::new("index.md") {
            continue;
        }
        let language = rel
            .to_str()
            .and_then(translations::translation_name)
            .and_then(|(stem, language)| (stem == "index").then(|| language.to_string()));
        if let Some(language) = language {
            translations.push((language, file));
            continue;
        }
        match assets::check(&file, &relative(root, &file)) {
            None => assets.push(rel.to_path_buf()),
            Some(problem) => diagnostics.push(problem),
        }
    }
    (assets, translations)
}

fn read_text(path: &Path, shown: &Path) -> Result<String, Box<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| {
        Box::new(Diagnostic::error(
            file_location(shown),
            format!("cannot read the file: {e}"),
        ))
    })?;
    decode_text(&bytes, shown)
}

/// A content file's bytes as text: a byte-order mark dropped, lone carriage returns made
/// line feeds; an error (at the first bad byte) when they are not UTF-8.
fn decode_text(bytes: &[u8], shown: &Path) -> Result<String, Box<Diagnostic>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(lone_carriage_returns_as_newlines(text)),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let source = SourceText::new(shown, text.as_ref());
            Err(Box::new(
                Diagnostic::error(
                    source.location(valid.len(), valid.len()),
                    "the file is not valid UTF-8 text",
                )
                .with_hint("save the file as UTF-8 in your editor"),
            ))
        }
    }
}

/// `text` with every carriage return that is not followed by a line feed (old Mac line
/// endings) made a line feed, so lines are counted as an editor shows them. Byte offsets do
/// not move.
fn lone_carriage_returns_as_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// The parsing of the listed entry files, collection by collection.
struct Parsing<'a> {
    root: &'a Path,
    cache: Option<&'a LoadCache>,
    listed: HashMap<Collection, &'a [Found]>,
    diagnostics: &'a mut Diagnostics,
    /// Entries that exist but could not be read.
    unreadable: Vec<(Collection, String)>,
}

impl Parsing<'_> {
    /// Every readable entry of `collection`, parsed in parallel (or taken from the cache),
    /// with the problems found in file order.
    fn all<T>(&mut self, collection: Collection) -> Vec<Arc<Entry<T>>>
    where
        T: DeserializeOwned + Clone + Send + Sync + 'static,
    {
        type Outcome<T> = (String, Option<Arc<Entry<T>>>, Diagnostics);
        let (root, cache) = (self.root, self.cache);
        let files = self.listed.get(&collection).copied().unwrap_or_default();
        let results: Vec<Outcome<T>> = files
            .par_iter()
            .map(|found| {
                let slug = found.slug.clone();
                let (entry, problems) = match cache {
                    Some(cache) => cache.parse(root, found),
                    None => {
                        let (entry, problems) = parse_entry(root, found.clone());
                        (entry.map(Arc::new), problems)
                    }
                };
                (slug, entry, problems)
            })
            .collect();
        let mut entries = Vec::new();
        for (slug, entry, found) in results {
            self.diagnostics.extend(found);
            match entry {
                Some(entry) => entries.push(entry),
                None => self.unreadable.push((collection, slug)),
            }
        }
        entries
    }
}

fn parse_entry<T: DeserializeOwned>(root: &Path, found: Found) -> (Option<Entry<T>>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let shown = relative(root, &found.file);
    let text = match read_text(&found.file, &shown) {
        Ok(text) => text,
        Err(d) => {
            diagnostics.push(*d);
            return (None, diagnostics);
        }
    };
    let file = found.file;
    let (entry, found) = parse_text(&shown, text, found.slug, found.bundle);
    diagnostics.extend(found);
    (entry.map(|e| e.with_body_on_disk(&file)), diagnostics)
}

/// Parses the text of one content file (shown in messages as `shown`) into an entry of kind
/// `T`, with every problem found. Reads nothing from disk.
pub fn parse_text<T: DeserializeOwned>(
    shown: &Path,
    text: String,
    slug: String,
    bundle: Option<Bundle>,
) -> (Option<Entry<T>>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let source = Arc::new(SourceText::new(shown, text));
    let split = match frontmatter::split(source.text()) {
        Ok(split) => split,
        Err(problem) => {
            diagnostics.push(problem.diagnostic(&source));
            return (None, diagnostics);
        }
    };
    let front_text = &source.text()[split.front.clone()];
    let front = parse_toml::<T>(&source, split.front.start, front_text, &mut diagnostics);
    let entry = front.map(|front| Entry {
        slug,
        front_offset: split.front.start,
        body: Body::new(Arc::clone(&source), split.body.clone()),
        file: Body::new(Arc::clone(&source), 0..source.text().len()),
        source: source.clone(),
        front,
        bundle,
    });
    (entry, diagnostics)
}

/// Parses `text` (which starts at byte `offset` of `source`) as `T`, reporting TOML and type
/// errors as errors and unknown fields as warnings.
fn parse_toml<T: DeserializeOwned>(
    source: &SourceText,
    offset: usize,
    text: &str,
    diagnostics: &mut Diagnostics,
) -> Option<T> {
    let deserializer = match toml::de::Deserializer::parse(text) {
        Ok(d) => d,
        Err(e) => {
            diagnostics.push(toml_error(source, offset, &e));
            return None;
        }
    };
    let mut unknown = Vec::new();
    let result: Result<T, _> = serde_ignored::deserialize(deserializer, |path| {
        unknown.push(path.to_string());
    });
    match result {
        Ok(value) => {
            for path in unknown {
                diagnostics.push(unknown_field(source, offset, text, &path));
            }
            Some(value)
        }
        Err(e) => {
            let mut d = toml_error(source, offset, &e);
            if e.message().trim() == "wanted string or table"
                && let Some(choices) = e.span().and_then(|span| enum_choices::<T>(text, span))
            {
                d.message = format!("wrong type: expected one of {choices}, as a quoted string");
                d.hint = choices
                    .split('`')
                    .nth(1)
                    .map(|first| format!("for example `\"{first}\"`"));
            }
            diagnostics.push(d);
            None
        }
    }
}

/// The values a choice field (an enum) allows, in serde's words (`` `a`, `b` or `c` ``),
/// found by reading `text` again with the value at `span` replaced by a string no field
/// accepts. Only called for a file that already failed.
fn enum_choices<T: DeserializeOwned>(text: &str, span: Range<usize>) -> Option<String> {
    let patched = format!(
        "{}\"\\u0001\"{}",
        text.get(..span.start)?,
        text.get(span.end..)?
    );
    let error = toml::from_str::<T>(&patched).err()?;
    let message = error.message().trim().to_string();
    let list = message.split_once("expected one of ")?.1;
    Some(match list.rsplit_once(", ") {
        Some((head, last)) => format!("{head} or {last}"),
        None => list.to_string(),
    })
}

fn toml_error(source: &SourceText, offset: usize, error: &toml::de::Error) -> Diagnostic {
    let message = plain_serde_message(error.message().trim());
    let missing = message.starts_with("missing required field");
    let location = match error.span() {
        // A field missing from the front matter itself: the front matter's opening line.
        Some(span) if missing && span.start == 0 && offset > 0 => opening_line(source, offset),
        Some(span) => source.location(offset + span.start, offset + span.end),
        None => opening_line(source, offset),
    };
    let mut d = Diagnostic::error(location, message.clone());
    if let Some(field) = message
        .strip_prefix("missing required field `")
        .and_then(|m| m.strip_suffix('`'))
    {
        let place = match error.span() {
            Some(span) if span.start > 0 => "to this table",
            _ if offset > 0 => "to the front matter",
            _ => "to this file",
        };
        d = d.with_hint(format!("add `{field} = ...` {place} (it is required)"));
    } else if message.contains("expected a date") {
        d = d
            .with_hint("write dates as YYYY-MM-DD without quotes, for example `date = 2025-03-01`");
    }
    d
}

/// The line that opens the front matter starting at byte `offset` (`+++`), or the file's
/// start when there is none.
fn opening_line(source: &SourceText, offset: usize) -> Location {
    let text = source.text();
    let line_start = text[..offset.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = offset.saturating_sub(1).max(line_start);
    source.location(line_start, line_end)
}

/// Serde's words, in the content format's words.
fn plain_serde_message(message: &str) -> String {
    let message = message
        .replace("invalid type: ", "wrong type: found ")
        .replace(
            "expected a sequence",
            "expected a list, like [\"a\", \"b\"]",
        )
        .replace("expected a map", "expected a table")
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
        .replace("expected i64", "expected a whole number");
    match message.strip_prefix("missing field `") {
        Some(rest) => format!("missing required field `{rest}"),
        None => message,
    }
}

/// Whether an unknown field's name was probably meant to be `anonymous` (in another case,
/// misspelt, or inside a table).
fn meant_anonymous(key: &str) -> bool {
    let key = key.to_lowercase();
    key.contains("anonym") || strsim::levenshtein(&key, "anonymous") <= 2
}

fn unknown_field(source: &SourceText, offset: usize, text: &str, path: &str) -> Diagnostic {
    let key = path.rsplit('.').next().unwrap_or(path);
    let local = SourceText::new(source.path(), text);
    let mut location = local.key_location(key);
    let global = source.location(0, 0);
    let line_offset = source.text()[..offset].matches('\n').count();
    location.line += line_offset;
    location.file = global.file;
    let table = path.split('.').next().unwrap_or("");
    if meant_anonymous(key) {
        // A privacy flag fails closed: ignoring a misspelt one would publish the partner.
        let d = Diagnostic::error(
            location,
            format!(
                "unknown field `{path}` looks like `anonymous`, and ignoring it could publish what it was meant to keep private"
            ),
        );
        return if path.contains('.') {
            d.with_hint(format!("write `anonymous = true` above the first `[[{table}]]` header, where TOML keeps it in the partner's own fields"))
        } else {
            d.with_hint("a partner is made anonymous with `anonymous = true`, in lower case (only partners can be)")
        };
    }
    let mut d = Diagnostic::warning(location, format!("unknown field `{path}` is ignored"));
    if path.contains('.') && schema::field_names().contains(&key) {
        d = d.with_hint(format!(
            "`{key}` is written after the `[[{table}]]` header, so TOML puts it inside that table; move it above the first `[[...]]` header"
        ));
    } else if let Some(close) = did_you_mean(key, schema::field_names()) {
        d = d.with_hint(format!("did you mean `{close}`?"));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    fn partner_name(root: &Path, cache: &LoadCache) -> String {
        let (content, diagnostics) = load(root, Some(cache));
        assert!(!diagnostics.has_errors(), "{diagnostics:?}");
        content.unwrap().partners[0].front.name.clone()
    }

    fn write_with_time(path: &Path, text: &str, modified: SystemTime) {
        std::fs::write(path, text).unwrap();
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(modified).unwrap();
    }

    /// A success read from `content/successes/a.md` under `root`, written as `text`.
    fn success_read_from(root: &Path, text: &str) -> Entry<SuccessFile> {
        let file = root.join("content/successes/a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        let found = Found {
            slug: "a".into(),
            file,
            bundle: None,
            stamp: None,
        };
        let (entry, diagnostics) = parse_entry::<SuccessFile>(root, found);
        assert!(!diagnostics.has_errors(), "{diagnostics:?}");
        entry.unwrap()
    }

    const SUCCESS: &str =
        "+++\ntitle = \"A\"\ndate = 2026-01-05\n+++\nFirst line.\n\nSecond [link](/x/).\n";

    #[cfg(unix)]
    #[test]
    fn a_pipe_put_where_the_file_was_is_refused_at_once_rather_than_waited_on() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = success_read_from(tmp.path(), SUCCESS);
        let file = tmp.path().join("content/successes/a.md");
        std::fs::remove_file(&file).unwrap();
        let name = std::ffi::CString::new(file.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `name` is a valid C string that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(entry.body.text().map(|t| t.into_owned())));
        let read = rx.recv_timeout(std::time::Duration::from_secs(10));
        let problem = read.expect("reading the pipe waited").unwrap_err();
        assert!(
            problem.message.contains("no longer a regular file"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn an_entry_read_from_a_file_holds_its_front_matter_and_reads_its_body_again() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = success_read_from(tmp.path(), SUCCESS);
        let body_start = SUCCESS.find("First").unwrap();
        assert_eq!(entry.source.text(), &SUCCESS[..body_start]);
        assert_eq!(entry.body.text().unwrap(), &SUCCESS[body_start..]);
        assert_eq!(entry.body.len(), SUCCESS.len() - body_start);
        assert_eq!(entry.body.whole_text().unwrap(), SUCCESS);
        // A place in the body is found by reading the file again: line 7, column 8.
        let at = SUCCESS[body_start..].find("[link]").unwrap();
        let location = entry.body.location(at..at + 6).unwrap();
        assert_eq!((location.line, location.column), (7, 8));
        assert_eq!(location.line_text, "Second [link](/x/).");
        // The body's very start shows its first line, not the end of the front matter.
        let location = entry.body.location(0..0).unwrap();
        assert_eq!((location.line, location.column), (5, 1));
        assert_eq!(location.line_text, "First line.");
        // The same text held in memory is the same body.
        let held = Body::new(
            Arc::new(SourceText::new("elsewhere.md", SUCCESS)),
            body_start..SUCCESS.len(),
        );
        assert!(entry.body == held);
        assert!(held == entry.body);
        assert_eq!(entry.body.text_hash(), held.text_hash());
    }

    #[test]
    fn a_body_whose_file_changed_or_went_is_an_error_naming_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = success_read_from(tmp.path(), SUCCESS);
        let file = tmp.path().join("content/successes/a.md");
        // Same length, other text.
        std::fs::write(&file, SUCCESS.replace("First", "Fixed")).unwrap();
        let problem = entry.body.text().unwrap_err().to_string();
        assert!(problem.contains("content/successes/a.md"), "{problem}");
        assert!(
            problem.contains("the file changed while the site was being built"),
            "{problem}"
        );
        assert!(problem.contains("run the command again"), "{problem}");
        assert!(entry.body.whole_text().is_err());
        // Its places fall back to the file's start rather than the wrong line.
        let location = entry.body.location(0..5).unwrap();
        assert_eq!((location.line, location.column), (1, 1));
        std::fs::remove_file(&file).unwrap();
        let problem = entry.body.text().unwrap_err().to_string();
        assert!(problem.contains(CHANGED_WHILE_BUILDING), "{problem}");
        assert!(problem.contains("content/successes/a.md"), "{problem}");
        // A folder (or a pipe, a device) in its place is not read.
        std::fs::create_dir(&file).unwrap();
        let problem = entry.body.text().unwrap_err().to_string();
        assert!(problem.contains("no longer a regular file"), "{problem}");
        std::fs::remove_dir(&file).unwrap();
        // Put back as it was, it reads again.
        std::fs::write(&file, SUCCESS).unwrap();
        assert!(entry.body.text().is_ok());
    }

    #[test]
    fn a_file_changed_within_its_time_stamp_is_read_again() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("content/partners")).unwrap();
        std::fs::write(
            root.join("content/alliance.toml"),
            "name = \"A\"\nbase_url = \"https://example.org/\"\n",
        )
        .unwrap();
        let file = root.join("content/partners/acme.md");
        let entry = |name: &str| {
            format!("+++\nname = \"{name}\"\nkind = \"business\"\njoined = 2024-01-01\n+++\n")
        };
        // Saved twice with the same size and the same time stamp, as a fast editor can.
        let stamp = SystemTime::now() - Duration::from_millis(500);
        let cache = LoadCache::default();
        write_with_time(&file, &entry("Acme"), stamp);
        assert_eq!(partner_name(root, &cache), "Acme");
        write_with_time(&file, &entry("Acne"), stamp);
        assert_eq!(partner_name(root, &cache), "Acne");
        // Found unchanged on a later look: still read from the cache, still right.
        assert_eq!(partner_name(root, &cache), "Acne");
        write_with_time(&file, &entry("Acme"), stamp);
        assert_eq!(partner_name(root, &cache), "Acme");
    }

    #[test]
    fn a_folder_is_listed_again_only_for_a_change_a_new_listing_would_show() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let dir = root.join("content/successes");
        std::fs::create_dir_all(dir.join("bundled")).unwrap();
        std::fs::write(
            root.join("content/alliance.toml"),
            "name = \"A\"\nbase_url = \"https://example.org/\"\n",
        )
        .unwrap();
        std::fs::write(dir.join("a.md"), SUCCESS).unwrap();
        std::fs::write(dir.join("b.md"), SUCCESS).unwrap();
        std::fs::write(dir.join("bundled/index.md"), SUCCESS).unwrap();
        let cache = LoadCache::default();
        let (content, _) = load(root, Some(&cache));
        assert_eq!(content.unwrap().successes.len(), 3);
        let kept = |changed: &[PathBuf]| {
            cache
                .listing(root, Collection::Successes, Some(changed))
                .is_some()
        };
        // Saved under another name, then renamed over `a.md` (`sed -i`, many editors), and
        // an editor's hidden swap file: the listing is brought up to date in place.
        std::fs::write(dir.join("a.md"), SUCCESS.replace("First", "Fresh")).unwrap();
        assert!(kept(&[dir.join("sedX1y2Z3"), dir.join("a.md")]));
        std::fs::write(dir.join(".a.md.swp"), "swap").unwrap();
        assert!(kept(&[dir.join(".a.md.swp")]));
        // A file that was listed and left a problem (a warning: not Markdown), gone: listed
        // again, whatever case the name is reported in, so that its problem goes too.
        std::fs::write(dir.join("notes.txt"), "not an entry").unwrap();
        cache.changes_seen(Some(vec![dir.join("notes.txt")]));
        let (_, problems) = load(root, Some(&cache));
        assert!(problems.iter().any(|d| d.message.contains("notes.txt")));
        std::fs::remove_file(dir.join("notes.txt")).unwrap();
        assert!(!kept(&[dir.join("notes.txt")]));
        assert!(!kept(&[dir.join("NOTES.TXT")]));
        // A short name (Windows may report one) could be any listed file.
        assert!(!kept(&[dir.join("NOTES~1.TXT")]));
        cache.changes_seen(Some(vec![dir.join("notes.txt")]));
        let (_, problems) = load(root, Some(&cache));
        assert!(!problems.iter().any(|d| d.message.contains("notes.txt")));
        // A new file, a listed file gone, a bundle gone: listed again.
        std::fs::write(dir.join("c.md"), SUCCESS).unwrap();
        assert!(!kept(&[dir.join("c.md")]));
        std::fs::remove_file(dir.join("c.md")).unwrap();
        std::fs::remove_file(dir.join("b.md")).unwrap();
        assert!(!kept(&[dir.join("b.md")]));
        std::fs::remove_dir_all(dir.join("bundled")).unwrap();
        assert!(!kept(&[dir.join("bundled")]));
        // And the next load sees exactly what is there.
        cache.changes_seen(Some(vec![dir.join("b.md"), dir.join("bundled")]));
        let (content, _) = load(root, Some(&cache));
        let slugs: Vec<String> = content
            .unwrap()
            .successes
            .iter()
            .map(|e| e.slug.clone())
            .collect();
        assert_eq!(slugs, ["a"]);
    }
}
