//! Writing a finished site to disk. Everything is written into a fresh staging folder beside
//! the target; only when every file is written is the staging folder swapped into place, so a
//! failed or interrupted build leaves the previous site exactly as it was.
//!
//! The output is first resolved as the file system sees it: a symbolic link is followed (the
//! site is built beside the folder it points to and swapped in there, so the link stays a link)
//! and `..` is resolved before anything is created. Every rule below applies to that folder.
//!
//! The writer refuses to replace a folder it did not make: the output folder must be missing,
//! empty, or carry the marker file of an earlier candor build (which lists every file that
//! build wrote), and it may not be the site root, hold a `content/` folder, or lie inside one
//! of the folders a build reads (`content/`, `templates/`, `static/`, `themes/`). A few
//! entries people add to a published folder by hand ([`PRESERVED`]: `CNAME`, `.git`, ...) are
//! carried into the new site; any other file the previous build did not write stops the build,
//! named, rather than being deleted (except the litter of file browsers, `DISPOSABLE`).
//!
//! One build at a time writes an output: a build holds an advisory lock on a file beside the
//! output (`.<name>.candor.lock`) from before it makes its staging folder until the new site is
//! in place, and a second build waits for it. Staging folders left beside the output are
//! removed only while holding that lock, so they are always those of a build that died.

use super::remembered::PageMemory;
use super::{Contents, SiteFiles};
use rayon::prelude::*;
use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use xxhash_rust::xxh3::xxh3_128;

/// The file candor leaves in every output folder to recognise it next time.
pub(crate) const MARKER: &str = ".candor-build";
const MARKER_TEXT: &str =
    "This folder is written by candor (candor build) and replaced on every build.\n";

/// Entries at the top of the output folder that are kept from one build to the next although
/// candor did not write them: a custom domain for GitHub Pages (`CNAME`, `.nojekyll`), files
/// a host or certificate tool asks for (`.well-known/`), and a git checkout of the published
/// branch (`.git`, as a folder or a worktree's file, with `.gitattributes` and `.gitignore`).
/// When the site itself has a file there (a `static/CNAME`), the site's file wins.
pub const PRESERVED: &[&str] = &[
    "CNAME",
    ".nojekyll",
    ".well-known",
    ".git",
    ".gitattributes",
    ".gitignore",
];

/// Files operating systems leave in any folder someone looks at; they are neither kept nor a
/// reason to refuse the output.
const DISPOSABLE: &[&str] = &[".DS_Store", "Thumbs.db", "desktop.ini"];

/// The folders of a site that a build reads or `serve` watches: an output inside one of them
/// would be read back as part of the site.
const SITE_FOLDERS: &[&str] = &["content", "templates", "static", "themes"];

/// How many unexpected files an error names before saying "and N more".
const NAMED_FILES: usize = 10;

/// Why the site could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The output folder is one candor must not replace.
    Refused {
        /// The folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The output folder holds files the previous build did not write (or it was never
    /// written by candor), which replacing it would delete.
    UnknownFiles {
        /// The folder.
        path: PathBuf,
        /// The files and folders, relative to it, folders ending in `/`.
        files: Vec<String>,
        /// Whether the folder has the marker of an earlier build.
        marked: bool,
    },
    /// Files of the staging folder disappeared before the swap: something else removed them,
    /// so the new site is incomplete and was not published.
    StagingDisturbed {
        /// The staging folder.
        staging: PathBuf,
        /// The files that are missing, relative to it.
        missing: Vec<String>,
    },
    /// A file to copy into the site (a static file, a bundle's image) could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The disk said no.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Refused { path, reason } => {
                write!(
                    f,
                    "refusing to write the site to {}: {reason}",
                    path.display()
                )
            }
            WriteError::UnknownFiles {
                path,
                files,
                marked: false,
            } => write!(
                f,
                "refusing to write the site to {}: it is not empty and was not written by candor \
                 (no {MARKER} file; it holds {}); empty it or choose another --output",
                path.display(),
                name_some(files),
            ),
            WriteError::UnknownFiles {
                path,
                files,
                marked: true,
            } => write!(
                f,
                "refusing to write the site to {}: it holds files the previous build did not \
                 write ({}), and replacing the folder would delete them; put files to publish \
                 in static/ (names starting with `.` are not published from there), move the \
                 others elsewhere, or choose another --output. Only {} are kept between builds",
                path.display(),
                name_some(files),
                preserved_list(),
            ),
            WriteError::StagingDisturbed { staging, missing } => write!(
                f,
                "the new site in {} lost {} while it was being written (another program \
                 removed them); it was not published and the previous site was left as it \
                 was; build again",
                staging.display(),
                name_some(missing),
            ),
            WriteError::Read { path, source } => write!(
                f,
                "could not read {}: {source}; nothing was published and the previous site was left as it was",
                path.display()
            ),
            WriteError::Io { path, source } => {
                write!(
                    f,
                    "could not write {}: {source}; the previous site was left as it was",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for WriteError {}

/// `a, b and 3 more`: the first few of `names`.
fn name_some(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(NAMED_FILES).map(String::as_str).collect();
    let rest = names.len().saturating_sub(NAMED_FILES);
    match rest {
        0 => shown.join(", "),
        n => format!("{} and {n} more", shown.join(", ")),
    }
}

/// The preserved entries as a sentence: `CNAME, ... and .gitignore`.
fn preserved_list() -> String {
    let names: Vec<String> = PRESERVED
        .iter()
        .map(|name| match *name {
            ".well-known" => ".well-known/".to_string(),
            other => other.to_string(),
        })
        .collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteSummary {
    /// HTML pages.
    pub pages: usize,
    /// All files.
    pub files: usize,
    /// Total bytes.
    pub bytes: u64,
    /// Files whose bytes had not changed since the previous build, linked rather than written.
    pub reused: usize,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn refused(path: &Path, reason: impl Into<String>) -> WriteError {
    WriteError::Refused {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// How many symbolic links are followed from the output before giving up.
const MAX_LINKS: usize = 40;

/// The output folder as the file system sees it.
#[derive(Debug, Clone)]
struct Target {
    /// As the user gave it, for messages.
    given: PathBuf,
    /// The folder itself: absolute, links followed, `..` resolved. It may not exist yet.
    real: PathBuf,
    /// Its parent folder (also real), where the staging folders and the lock file go.
    parent: PathBuf,
    /// Its file name.
    name: String,
}

impl Target {
    /// Resolves `output` without creating anything: a link (or a chain of them) is followed to
    /// the folder it points to, which need not exist yet; folders missing at the end of its
    /// parent are allowed (they are created later), but not a `..` after a missing folder.
    fn resolve(output: &Path) -> Result<Target, WriteError> {
        let mut path = std::path::absolute(output).map_err(io(output))?;
        for _ in 0..MAX_LINKS {
            let Some(name) = path.file_name().map(ToOwned::to_owned) else {
                return Err(refused(
                    output,
                    "it does not name a folder (it ends in `..` or is the file system's root); give the folder's own name",
                ));
            };
            let parent = real_folder(output, path.parent().unwrap_or(Path::new("/")))?;
            let candidate = parent.join(&name);
            match std::fs::read_link(&candidate) {
                Ok(link) => path = parent.join(link),
                Err(_) => {
                    return Ok(Target {
                        given: output.to_path_buf(),
                        real: candidate,
                        parent,
                        name: name.to_string_lossy().into_owned(),
                    });
                }
            }
        }
        Err(refused(output, "it is a chain of too many symbolic links"))
    }

    /// A file or folder beside the output, named after it: `.<name>.candor-<what>`.
    fn sibling(&self, what: &str) -> PathBuf {
        self.parent.join(format!(".{}.candor-{what}", self.name))
    }

    /// The file builds lock to write this output: `.<name>.candor.lock` (not `candor-`, the
    /// prefix of the folders a build leaves while it runs).
    fn lock_file(&self) -> PathBuf {
        self.parent.join(format!(".{}.candor.lock", self.name))
    }

    /// This build's staging folder.
    fn staging_dir(&self) -> PathBuf {
        self.sibling(&format!("new-{}", std::process::id()))
    }

    /// Where the previous site waits while the new one is moved in.
    fn old_dir(&self) -> PathBuf {
        self.sibling(&format!("old-{}", std::process::id()))
    }

    fn exists(&self) -> bool {
        std::fs::symlink_metadata(&self.real).is_ok()
    }
}

/// `dir` with links followed and `..` resolved, without creating anything. Folders that do not
/// exist yet may end it (the writer creates them), but a `..` after one cannot be followed.
fn real_folder(output: &Path, dir: &Path) -> Result<PathBuf, WriteError> {
    let parts: Vec<Component> = dir.components().collect();
    for keep in (1..=parts.len()).rev() {
        let existing: PathBuf = parts[..keep].iter().collect();
        match std::fs::canonicalize(&existing) {
            Ok(real) => return extend_missing(output, real, &existing, &parts[keep..]),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io(&existing)(e)),
        }
    }
    Err(refused(output, "its folder cannot be found"))
}

/// `real` followed by the parts of a path that do not exist yet.
fn extend_missing(
    output: &Path,
    mut real: PathBuf,
    existing: &Path,
    missing: &[Component],
) -> Result<PathBuf, WriteError> {
    for part in missing {
        match part {
            Component::Normal(name) => real.push(name),
            Component::CurDir => {}
            _ => {
                let first = missing.first().map_or(PathBuf::new(), |c| existing.join(c));
                return Err(refused(
                    output,
                    format!(
                        "{} does not exist, so the `..` after it cannot be followed; create it first or give the path without `..`",
                        first.display()
                    ),
                ));
            }
        }
    }
    Ok(real)
}

/// The folder a linked output points to (`public -> /var/www/html`), which is the one written;
/// `None` when `output` is not a symbolic link.
pub fn linked_folder(output: &Path) -> Option<PathBuf> {
    let is_link = std::fs::symlink_metadata(output).is_ok_and(|m| m.file_type().is_symlink());
    is_link.then(|| Target::resolve(output).ok().map(|t| t.real))?
}

/// Whether `output` (followed if it is a link) exists.
pub(crate) fn output_exists(output: &Path) -> bool {
    Target::resolve(output).is_ok_and(|target| target.exists())
}

/// Checks that `output` is a folder candor may replace for the site at `root`, and that
/// replacing it loses nothing. Creates nothing.
pub(crate) fn check_target(output: &Path, root: &Path) -> Result<(), WriteError> {
    let target = Target::resolve(output)?;
    check_place(&target, root)?;
    check_contents(&target, &read_manifest(&target.real.join(MARKER), false))
}

/// Where the output is: not the site root or above it, not inside a folder the build reads,
/// a folder if it exists, and not a site of its own.
fn check_place(target: &Target, root: &Path) -> Result<(), WriteError> {
    let output = &target.given;
    let real_root = std::fs::canonicalize(root)
        .or_else(|_| std::path::absolute(root))
        .map_err(io(root))?;
    if target.real == real_root || real_root.starts_with(&target.real) {
        return Err(refused(
            output,
            "it is the site root (or holds it); choose a folder such as public/",
        ));
    }
    for folder in SITE_FOLDERS {
        let read = std::fs::canonicalize(real_root.join(folder)).unwrap_or(real_root.join(folder));
        if target.real.starts_with(&read) {
            return Err(refused(
                output,
                format!(
                    "it is inside the site's {folder}/ folder, which every build reads, so the next build would read the site it wrote; choose a folder outside {}, such as public/",
                    SITE_FOLDERS
                        .iter()
                        .map(|f| format!("{f}/"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    // A link inside the site folder that leads out of it (a `public` committed as a link)
    // is followed only to an earlier candor build: a site someone else wrote must not be
    // able to make a build fill any folder it names.
    let given = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
    let given_inside = given.starts_with(std::path::absolute(root).unwrap_or_default())
        || given.starts_with(&real_root);
    if given_inside && !target.real.starts_with(&real_root) && !target.real.join(MARKER).is_file() {
        return Err(refused(
            output,
            format!(
                "it is a link inside the site folder to {}, outside it, which holds no earlier candor build; to build there, pass --output {} once (after that the link is followed)",
                target.real.display(),
                target.real.display()
            ),
        ));
    }
    match std::fs::symlink_metadata(&target.real) {
        Err(_) => return Ok(()),
        Ok(meta) if !meta.is_dir() => {
            return Err(refused(output, "it exists and is not a folder"));
        }
        Ok(_) => {}
    }
    if target.real.join("content").exists() {
        return Err(refused(
            output,
            "it holds a content/ folder, so it looks like a site, not an output folder",
        ));
    }
    Ok(())
}

/// What the output holds: nothing that replacing it would lose, apart from the [`PRESERVED`]
/// entries, which are carried into the new site.
fn check_contents(target: &Target, previous: &Previous) -> Result<(), WriteError> {
    if !target.real.is_dir() {
        return Ok(());
    }
    let files = unknown_files(&target.real, previous)?;
    if files.is_empty() {
        return Ok(());
    }
    Err(WriteError::UnknownFiles {
        path: target.given.clone(),
        files,
        marked: previous.marked,
    })
}

/// The files and folders in `dir` (folders ending in `/`) that the previous build did not
/// write and that are not preserved. Without a marker that is everything at the top; with a
/// marker from a version that did not list its files, nothing (the folder is candor's).
fn unknown_files(dir: &Path, previous: &Previous) -> Result<Vec<String>, WriteError> {
    if !previous.marked {
        return unknown_top_entries(dir);
    }
    if !previous.listed {
        return Ok(Vec::new());
    }
    // Each entry at the top is looked through on its own, side by side.
    let top = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if is_not_found(&e) => return Ok(Vec::new()),
        Err(e) => return Err(io(dir)(e)),
    };
    let top: Vec<PathBuf> = top
        .flatten()
        .filter(|e| !is_kept(&e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect();
    let found: Vec<Vec<String>> = top
        .par_iter()
        .map(|entry| unknown_under(dir, entry, previous))
        .collect::<Result<_, _>>()?;
    let mut unknown: Vec<String> = found.into_iter().flatten().collect();
    unknown.sort();
    Ok(unknown)
}

/// The files and folders at or under `entry` (in `dir`) that the previous build did not write
/// (see [`unknown_files`]).
fn unknown_under(dir: &Path, entry: &Path, previous: &Previous) -> Result<Vec<String>, WriteError> {
    let mut unknown = Vec::new();
    // A folder is empty when no entry of the walk is in it: no need to open it again.
    let mut folders: Vec<(PathBuf, String)> = Vec::new();
    let mut not_empty: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    let walk = walkdir::WalkDir::new(entry)
        .follow_links(false)
        .follow_root_links(false);
    for item in walk {
        let item = match item {
            Ok(item) => item,
            // Moved away while looking (another build swapping it in without the lock: this is
            // the early check); the check with the lock held sees the folder as it stays.
            Err(e) if e.io_error().is_some_and(is_not_found) => continue,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                return Err(WriteError::Io {
                    source: e.into(),
                    path,
                });
            }
        };
        if let Some(parent) = item.path().parent()
            && item.depth() > 0
            && !not_empty.contains(parent)
        {
            not_empty.insert(parent.to_path_buf());
        }
        let rel = slash_path(item.path().strip_prefix(dir).unwrap_or(item.path()));
        if item.file_type().is_dir() {
            folders.push((item.into_path(), rel));
        } else if !previous.files.contains_key(&rel) && !is_disposable(&item) {
            unknown.push(rel);
        }
    }
    for (folder, rel) in folders {
        // Only the leaves are empty; a folder the walk could not look into counts as not.
        if !not_empty.contains(&folder) && is_empty_dir(&folder) {
            unknown.push(format!("{rel}/"));
        }
    }
    Ok(unknown)
}

/// The entries at the top of a folder with no marker, except the preserved ones.
fn unknown_top_entries(dir: &Path) -> Result<Vec<String>, WriteError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if is_not_found(&e) => return Ok(Vec::new()),
        Err(e) => return Err(io(dir)(e)),
    };
    let mut unknown: Vec<String> = entries
        .flatten()
        .filter(|e| !is_kept(&e.file_name().to_string_lossy()))
        .filter(|e| !DISPOSABLE.contains(&e.file_name().to_string_lossy().as_ref()))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            match e.file_type().is_ok_and(|t| t.is_dir()) {
                true => format!("{name}/"),
                false => name,
            }
        })
        .collect();
    unknown.sort();
    Ok(unknown)
}

fn is_not_found(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::NotFound
}

/// The marker and the preserved entries: what a folder may hold besides candor's files.
fn is_kept(top_name: &str) -> bool {
    top_name == MARKER || PRESERVED.contains(&top_name)
}

/// A file an operating system left ([`DISPOSABLE`]).
fn is_disposable(entry: &walkdir::DirEntry) -> bool {
    DISPOSABLE.contains(&entry.file_name().to_string_lossy().as_ref())
}

fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Writes `site` to `output`, replacing what was there only once everything is written.
pub fn write(site: &SiteFiles, output: &Path, root: &Path) -> Result<WriteSummary, WriteError> {
    let staging = Staging::begin(output, root)?;
    staging.put_all(site)?;
    staging.commit(site.pages, "")
}

/// What a build wrote for one file, as its marker file records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Recorded {
    hash: u128,
    len: u64,
}

impl Recorded {
    /// The record of a file made of `parts`, one after another: the same as of the joined
    /// bytes (XXH3's streaming digest equals its one-shot one).
    fn of(parts: &[impl AsRef<[u8]>]) -> Recorded {
        // Every page comes as one part: hashed in one go, the quicker way.
        if let [whole] = parts {
            let whole = whole.as_ref();
            return Recorded {
                hash: xxh3_128(whole),
                len: whole.len() as u64,
            };
        }
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut len = 0;
        for part in parts {
            hasher.update(part.as_ref());
            len += part.as_ref().len() as u64;
        }
        Recorded {
            hash: hasher.digest128(),
            len,
        }
    }
}

/// What the marker of an earlier build says: the files it wrote, and when it finished (a file
/// modified after that was edited by hand and is not reused).
#[derive(Debug, Default)]
struct Previous {
    /// The folder has a marker.
    marked: bool,
    /// The marker lists the files (older versions did not).
    listed: bool,
    files: HashMap<String, Recorded>,
    finished: Option<std::time::SystemTime>,
    /// The pages it remembers (see [`super::remembered`]).
    pages: PageMemory,
}

impl Previous {
    /// Whether the previous build wrote the file at `path` (any file, for a marker from a
    /// version that did not list them; none without a marker).
    fn wrote(&self, path: &str) -> bool {
        self.marked && (!self.listed || self.files.contains_key(path))
    }

    /// Whether the previous build wrote `name` or anything inside it.
    fn wrote_under(&self, name: &str) -> bool {
        self.files.keys().any(|path| is_under(path, name))
    }
}

/// Whether `path` is `name` or inside it.
fn is_under(path: &str, name: &str) -> bool {
    path.strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// An advisory lock on the output folder (on `.<name>.candor.lock` beside it), released when
/// dropped or when the process ends, however it ends. The lock file stays: removing it would
/// let two builds lock two different files.
#[derive(Debug)]
struct OutputLock {
    _file: std::fs::File,
}

impl OutputLock {
    /// Takes the lock, first saying so when another build holds it and waiting for it.
    fn acquire(target: &Target) -> Result<OutputLock, WriteError> {
        OutputLock::take(target, true)?
            .ok_or_else(|| io(&target.lock_file())(std::io::Error::other("the lock was not taken")))
    }

    /// Takes the lock when no other build holds it (`None` when one does).
    fn try_acquire(target: &Target) -> Result<Option<OutputLock>, WriteError> {
        OutputLock::take(target, false)
    }

    /// Takes the lock; when another build holds it, waits for it with `wait`, and otherwise
    /// gives up (`None`).
    fn take(target: &Target, wait: bool) -> Result<Option<OutputLock>, WriteError> {
        let path = target.lock_file();
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io(&path))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) if !wait => return Ok(None),
            Err(std::fs::TryLockError::WouldBlock) => {
                eprintln!(
                    "Waiting for another build into {} to finish (it holds {})...",
                    target.given.display(),
                    path.display()
                );
                file.lock().map_err(io(&path))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(&path)(e)),
        }
        Ok(Some(OutputLock { _file: file }))
    }
}

/// A site on its way to disk. Files go into a staging folder beside the output folder; a file
/// whose bytes are exactly what the previous build wrote at the same path (same hash and size,
/// untouched since) is hard-linked from the previous output instead of being written again,
/// which costs the file system far less than a fresh file. [`Staging::commit`] swaps the
/// finished folder into place; dropping a `Staging` without committing removes the staging
/// folder and leaves the previous site as it was. A `Staging` holds the output's lock.
pub(crate) struct Staging {
    dir: PathBuf,
    target: Target,
    previous: Previous,
    written: Mutex<Vec<(String, Recorded)>>,
    bytes: AtomicU64,
    reused: AtomicUsize,
    /// The staging folder must stay: it became the output, or it holds a preserved entry
    /// that could not be moved back.
    keep: bool,
    // Dropped after the staging folder is removed (see `Drop`).
    _lock: OutputLock,
}

impl Staging {
    /// Resolves and checks `output`, waits for any other build into it, removes what dead
    /// builds left beside it, and makes a fresh staging folder there.
    pub(crate) fn begin(output: &Path, root: &Path) -> Result<Staging, WriteError> {
        let target = Target::resolve(output)?;
        check_place(&target, root)?;
        std::fs::create_dir_all(&target.parent).map_err(io(&target.parent))?;
        let lock = OutputLock::acquire(&target)?;
        Staging::locked(target, root, lock)
    }

    /// As [`Staging::begin`] when no other build is writing into `output`; `None` (having
    /// made and changed nothing) when one is.
    pub(crate) fn try_begin(output: &Path, root: &Path) -> Result<Option<Staging>, WriteError> {
        let target = Target::resolve(output)?;
        check_place(&target, root)?;
        std::fs::create_dir_all(&target.parent).map_err(io(&target.parent))?;
        match OutputLock::try_acquire(&target)? {
            Some(lock) => Staging::locked(target, root, lock).map(Some),
            None => Ok(None),
        }
    }

    /// The rest of [`Staging::begin`], with the lock held.
    fn locked(target: Target, root: &Path, lock: OutputLock) -> Result<Staging, WriteError> {
        restore_interrupted_swap(&target)?;
        remove_leftovers(&target);
        check_place(&target, root)?;
        let previous = read_manifest(&target.real.join(MARKER), true);
        check_contents(&target, &previous)?;
        let dir = target.staging_dir();
        std::fs::create_dir(&dir).map_err(io(&dir))?;
        Ok(Staging {
            dir,
            target,
            previous,
            written: Mutex::new(Vec::new()),
            bytes: AtomicU64::new(0),
            reused: AtomicUsize::new(0),
            keep: false,
            _lock: lock,
        })
    }

    /// Puts every file of `site` in the staging folder, in parallel.
    pub(crate) fn put_all(&self, site: &SiteFiles) -> Result<(), WriteError> {
        site.files
            .par_iter()
            .try_for_each(|file| match &file.contents {
                Contents::Bytes(bytes) => self.put(&file.path, bytes),
                Contents::Parts(parts) => self.put_parts(&file.path, parts),
                Contents::Builtin(bytes) => self.put(&file.path, bytes),
                Contents::Written => Ok(()),
                Contents::Copy(from) => {
                    let bytes = std::fs::read(from).map_err(|source| WriteError::Read {
                        path: from.clone(),
                        source,
                    })?;
                    self.put(&file.path, &bytes)
                }
            })
    }

    /// Puts one file at `path` (relative, `/`-separated) in the staging folder. Safe to call
    /// from many threads at once.
    pub(crate) fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        self.put_parts(path, &[bytes])
    }

    /// Puts one file made of `parts`, one after another, as [`Staging::put`] does.
    fn put_parts(&self, path: &str, parts: &[impl AsRef<[u8]>]) -> Result<(), WriteError> {
        let target = self.place(path)?;
        let recorded = Recorded::of(parts);
        if self.reuse(path, recorded, &target) {
            self.reused.fetch_add(1, Ordering::Relaxed);
        } else {
            write_file(&target, parts)?;
        }
        self.record(path, recorded);
        Ok(())
    }

    /// Puts one file at `path` that `make` hands over a part at a time, in order, writing
    /// each part as it comes: a file of hundreds of megabytes is never held whole. The parts
    /// go to a file beside it first; when they make the file the previous build wrote, that
    /// file takes its place as [`Staging::put`] would put it (the one written is removed),
    /// otherwise the one written does.
    pub(crate) fn put_in_parts(
        &self,
        path: &str,
        make: &mut crate::output::MakeInParts<'_, WriteError>,
    ) -> Result<(), WriteError> {
        let target = self.place(path)?;
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let beside = target.with_file_name(format!(".{name}.part"));
        let mut file = create_file(&beside)?;
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut len = 0;
        make(&mut |part| {
            hasher.update(&part);
            len += part.len() as u64;
            file.write_all(&part).map_err(io(&beside))
        })?;
        drop(file);
        let recorded = Recorded {
            hash: hasher.digest128(),
            len,
        };
        if self.reuse(path, recorded, &target) {
            self.reused.fetch_add(1, Ordering::Relaxed);
            std::fs::remove_file(&beside).map_err(io(&beside))?;
        } else {
            std::fs::rename(&beside, &target).map_err(io(&target))?;
        }
        self.record(path, recorded);
        Ok(())
    }

    /// Where the file at `path` (relative, `/`-separated) goes in the staging folder, its
    /// folder made; refused when the path leads outside.
    fn place(&self, path: &str) -> Result<PathBuf, WriteError> {
        let inside = Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if !inside {
            return Err(WriteError::Refused {
                path: PathBuf::from(path),
                reason: "the path leads outside the output folder".into(),
            });
        }
        let target = self.dir.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        Ok(target)
    }

    /// Records the file put at `path`, for the summary and the next build's manifest.
    fn record(&self, path: &str, recorded: Recorded) {
        self.bytes.fetch_add(recorded.len, Ordering::Relaxed);
        self.written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((path.to_string(), recorded));
    }

    /// The text of a file put in the staging folder (`path` relative, `/`-separated).
    pub(crate) fn read(&self, path: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.join(path)).ok()
    }

    /// The pages the previous build in this folder remembers (once: the staging folder
    /// forgets them).
    pub(crate) fn take_remembered(&mut self) -> PageMemory {
        std::mem::take(&mut self.previous.pages)
    }

    /// Keeps the previous build's file at `path` (relative, `/`-separated) as it is, when
    /// nobody touched it since that build: false when it must be made again.
    pub(crate) fn keep(&self, path: &str) -> Result<bool, WriteError> {
        let Some(&recorded) = self.previous.files.get(path) else {
            return Ok(false);
        };
        let target = self.dir.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        if !self.reuse(path, recorded, &target) {
            return Ok(false);
        }
        self.reused.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(recorded.len, Ordering::Relaxed);
        self.written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((path.to_string(), recorded));
        Ok(true)
    }

    /// Hard-links the previous build's file at `path` to `target` when it has these bytes
    /// and nobody touched it since; false when the file must be written.
    fn reuse(&self, path: &str, wanted: Recorded, target: &Path) -> bool {
        let (Some(old), Some(finished)) = (self.previous.files.get(path), self.previous.finished)
        else {
            return false;
        };
        if *old != wanted {
            return false;
        }
        let source = self.target.real.join(path);
        let untouched = std::fs::symlink_metadata(&source).is_ok_and(|meta| {
            meta.is_file()
                && meta.len() == wanted.len
                && meta.modified().is_ok_and(|m| m <= finished)
        });
        untouched && std::fs::hard_link(&source, target).is_ok()
    }

    /// Writes the marker (with the manifest the next build reuses files by), carries the
    /// preserved entries over, checks that every file is still there, swaps the staging
    /// folder into place and removes the previous site.
    /// `remembered` is the pages' part of the marker (see [`super::remembered`]).
    pub(crate) fn commit(
        mut self,
        pages: usize,
        remembered: &str,
    ) -> Result<WriteSummary, WriteError> {
        let mut written = std::mem::take(
            &mut *self
                .written
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        written.sort_by(|a, b| a.0.cmp(&b.0));
        let marker = self.dir.join(MARKER);
        write_file(&marker, &[manifest(&written, remembered)])?;
        let mut carried = Carried::default();
        let published = self
            .carry_preserved(&written, &mut carried)
            .and_then(|()| self.check_complete(&written))
            .and_then(|()| swap_into_place(&self.dir, &self.target, &self.previous));
        if let Err(e) = published {
            self.keep = !carried.put_back();
            return Err(e);
        }
        self.keep = true;
        Ok(WriteSummary {
            pages,
            files: written.len(),
            bytes: self.bytes.load(Ordering::Relaxed),
            reused: self.reused.load(Ordering::Relaxed),
        })
    }

    /// Moves the [`PRESERVED`] entries of the previous output into the staging folder, unless
    /// the new site has its own (then the site's wins) or the previous build wrote them.
    fn carry_preserved(
        &self,
        written: &[(String, Recorded)],
        carried: &mut Carried,
    ) -> Result<(), WriteError> {
        if !self.target.real.is_dir() {
            return Ok(());
        }
        for name in PRESERVED {
            let from = self.target.real.join(name);
            let in_new_site = written.iter().any(|(path, _)| is_under(path, name));
            if std::fs::symlink_metadata(&from).is_err()
                || in_new_site
                || self.previous.wrote_under(name)
            {
                continue;
            }
            let to = self.dir.join(name);
            std::fs::rename(&from, &to).map_err(io(&from))?;
            carried.moved.push((from, to));
        }
        Ok(())
    }

    /// Checks that every file written (and the marker) is still in the staging folder.
    fn check_complete(&self, written: &[(String, Recorded)]) -> Result<(), WriteError> {
        let gone = |path: &str| std::fs::symlink_metadata(self.dir.join(path)).is_err();
        let mut missing: Vec<String> = written
            .par_iter()
            .filter(|(path, _)| gone(path))
            .map(|(path, _)| path.clone())
            .collect();
        if gone(MARKER) {
            missing.insert(0, MARKER.to_string());
        }
        if missing.is_empty() {
            return Ok(());
        }
        Err(WriteError::StagingDisturbed {
            staging: self.dir.clone(),
            missing,
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The preserved entries moved into the staging folder, to move back if the swap fails.
#[derive(Debug, Default)]
struct Carried {
    moved: Vec<(PathBuf, PathBuf)>,
}

impl Carried {
    /// Moves every entry back where it was; says so when one cannot be, and then returns
    /// false (the staging folder holding it must be kept).
    fn put_back(&self) -> bool {
        let mut all = true;
        for (from, to) in self.moved.iter().rev() {
            if let Err(e) = std::fs::rename(to, from) {
                all = false;
                eprintln!(
                    "warning: could not move {} back to {}: {e}; move it back by hand before building again",
                    to.display(),
                    from.display()
                );
            }
        }
        all
    }
}

const MANIFEST_HEADER: &str = "# files: xxh3-128 hash, size, path\n";

fn manifest(written: &[(String, Recorded)], pages: &str) -> String {
    let mut text = String::with_capacity(MARKER_TEXT.len() + written.len() * 96);
    text.push_str(MARKER_TEXT);
    text.push_str(MANIFEST_HEADER);
    for (path, r) in written {
        text.push_str(&format!("{:032x} {} {path}\n", r.hash, r.len));
    }
    text.push_str(pages);
    text
}

/// What the marker of an earlier build says; nothing when there is no marker or it cannot be
/// read (then every file is written afresh, and the folder counts as not written by candor).
/// With `pages`, the pages it remembers too.
fn read_manifest(marker: &Path, pages: bool) -> Previous {
    let finished = std::fs::metadata(marker).and_then(|m| m.modified());
    let (Ok(text), Ok(finished)) = (std::fs::read_to_string(marker), finished) else {
        return Previous::default();
    };
    let Some((_, listing)) = text.split_once(MANIFEST_HEADER) else {
        return Previous {
            marked: true,
            ..Previous::default()
        };
    };
    let files = listing
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
            let len = parts.next()?.parse().ok()?;
            let path = parts.next()?.to_string();
            Some((path, Recorded { hash, len }))
        })
        .collect();
    Previous {
        marked: true,
        listed: true,
        files,
        finished: Some(finished),
        pages: if pages {
            PageMemory::from_marker_text(listing)
        } else {
            PageMemory::default()
        },
    }
}

/// The folders beside the output that builds leave while they run (`.<name>.candor-new-*`
/// and `.<name>.candor-old-*`).
fn leftovers(target: &Target) -> Vec<PathBuf> {
    let prefixes = [
        format!(".{}.candor-new-", target.name),
        format!(".{}.candor-old-", target.name),
    ];
    let Ok(entries) = std::fs::read_dir(&target.parent) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            prefixes.iter().any(|p| name.starts_with(p.as_str()))
        })
        .map(|e| e.path())
        .collect()
}

/// When a build died between moving the previous site aside and moving the new one in, the
/// output is missing and the previous site waits in `.<name>.candor-old-*`: puts it back.
/// Only called with the lock held.
fn restore_interrupted_swap(target: &Target) -> Result<(), WriteError> {
    if target.exists() {
        return Ok(());
    }
    let old_prefix = format!(".{}.candor-old-", target.name);
    let newest = leftovers(target)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&old_prefix))
        })
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    let Some(old) = newest else {
        return Ok(());
    };
    std::fs::rename(&old, &target.real).map_err(io(&target.real))?;
    eprintln!(
        "Put the previous site back into {} from {} (a build was stopped while replacing it).",
        target.given.display(),
        old.display()
    );
    Ok(())
}

/// Removes the staging folders of builds that died midway. Only called with the lock held, so
/// no build that is still running owns one.
fn remove_leftovers(target: &Target) {
    for dir in leftovers(target) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Writes a new file at `path`. Something already there is removed first, never written
/// through: in the staging folder it could be a hard link to the published site's file.
fn write_file(path: &Path, parts: &[impl AsRef<[u8]>]) -> Result<(), WriteError> {
    let mut f = create_file(path)?;
    for part in parts {
        f.write_all(part.as_ref()).map_err(io(path))?;
    }
    Ok(())
}

/// Creates the file at `path`, empty, in place of any there (removed first: never written
/// through, as a hard link to the previous site's file would be).
fn create_file(path: &Path) -> Result<std::fs::File, WriteError> {
    let create = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    match create() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path).map_err(io(path))?;
            create()
        }
        created => created,
    }
    .map_err(io(path))
}

/// Moves the previous site aside, the staging folder into its place, and removes the previous
/// site (`previous` says what it holds); on failure puts the previous site back (the caller
/// removes the staging folder).
fn swap_into_place(staging: &Path, target: &Target, previous: &Previous) -> Result<(), WriteError> {
    let output = &target.real;
    if !target.exists() {
        return std::fs::rename(staging, output).map_err(io(output));
    }
    let old = target.old_dir();
    if std::fs::symlink_metadata(&old).is_ok() {
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    std::fs::rename(output, &old).map_err(io(output))?;
    if let Err(e) = std::fs::rename(staging, output) {
        let _ = std::fs::rename(&old, output);
        return Err(io(output)(e));
    }
    let added = remove_previous(&old, "", previous, false);
    if !added.is_empty() {
        keep_added(&old, target, &added);
    }
    Ok(())
}

/// Deletes what the previous build wrote in `dir` (at `rel` in the previous site, moved aside),
/// its sub-folders in parallel (the previous output of a large site has tens of thousands of
/// files), and the folders left empty. A file it did not write (with `known`, every file is
/// known) appeared while this build ran, after the folder was looked through: it is left
/// where it is, and returned.
fn remove_previous(dir: &Path, rel: &str, previous: &Previous, known: bool) -> Vec<String> {
    let entries: Vec<(PathBuf, String, bool)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
                (e.path(), name, is_dir)
            })
            .collect(),
        Err(_) => return Vec::new(),
    };
    let left: Vec<String> = entries
        .par_iter()
        .flat_map_iter(|(path, name, is_dir)| {
            let rel = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            // The marker, and a preserved entry the new site has its own of, are the
            // previous build's as a whole.
            let known = known || (rel == *name && is_kept(name));
            if *is_dir {
                remove_previous(path, &rel, previous, known)
            } else if known || previous.wrote(&rel) || DISPOSABLE.contains(&name.as_str()) {
                let _ = std::fs::remove_file(path);
                Vec::new()
            } else {
                vec![rel]
            }
        })
        .collect();
    // Fails when something is left in it.
    let _ = std::fs::remove_dir(dir);
    left
}

/// Keeps the files that appeared in the output while the build ran (`added`, left in `old`,
/// the previous site moved aside): moves them beside the output, where no build removes them,
/// and says so.
fn keep_added(old: &Path, target: &Target, added: &[String]) {
    let kept = target.parent.join(format!(
        "{}.added-while-building-{}",
        target.name,
        std::process::id()
    ));
    let at = match std::fs::rename(old, &kept) {
        Ok(()) => kept,
        Err(_) => old.to_path_buf(),
    };
    eprintln!(
        "warning: {} appeared in {} while the build ran; they are not in the new site, and were moved to {}",
        added.join(", "),
        target.given.display(),
        at.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::OutputFile;

    #[test]
    fn a_file_in_parts_is_recorded_and_written_as_its_bytes_joined() {
        // Parts of many sizes, across XXH3's internal blocks, some empty.
        let bytes: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let mut parts: Vec<&[u8]> = Vec::new();
        let mut rest = &bytes[..];
        for size in [0, 1, 63, 64, 0, 255, 1024, 5000].into_iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (part, after) = rest.split_at(size.min(rest.len()));
            parts.push(part);
            rest = after;
        }
        assert!(parts.len() > 8);
        let whole = Recorded::of(&[&bytes[..]]);
        assert_eq!(whole.hash, xxh3_128(&bytes));
        assert_eq!(Recorded::of(&parts), whole);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("alliance.json");
        write_file(&path, &parts).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    /// A temporary folder holding a site folder (`root`, with `content/`) and where its
    /// output goes (`root/public`, not made).
    fn a_site_folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let out = root.join("public");
        (tmp, root, out)
    }

    fn one_file(text: &str) -> SiteFiles {
        SiteFiles {
            files: vec![OutputFile {
                path: "a/index.html".into(),
                contents: Contents::Bytes(text.as_bytes().to_vec()),
            }],
            pages: 1,
        }
    }

    #[test]
    fn replaces_its_own_output_and_refuses_other_folders() {
        let (tmp, root, out) = a_site_folder();
        write(&one_file("one"), &out, &root).unwrap();
        write(&one_file("two"), &out, &root).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "two"
        );

        let foreign = root.join("docs");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
        let e = write(&one_file("x"), &foreign, &root).unwrap_err();
        assert!(e.to_string().contains("was not written by candor"), "{e}");
        assert_eq!(
            std::fs::read_to_string(foreign.join("notes.txt")).unwrap(),
            "mine"
        );

        let e = write(&one_file("x"), &root, &root).unwrap_err();
        assert!(e.to_string().contains("site root"), "{e}");
        let e = write(&one_file("x"), tmp.path(), &root).unwrap_err();
        assert!(e.to_string().contains("site root"), "{e}");
    }

    #[test]
    fn files_that_appear_in_the_output_while_a_build_runs_are_kept_beside_it() {
        let (_tmp, root, out) = a_site_folder();
        write(&one_file("one"), &out, &root).unwrap();
        // The folder was looked through when the build began; then someone adds files.
        let staging = Staging::begin(&out, &root).unwrap();
        staging.put_all(&one_file("two")).unwrap();
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        std::fs::write(out.join("a/.DS_Store"), "litter").unwrap();
        std::fs::create_dir_all(out.join("a/drafts")).unwrap();
        std::fs::write(out.join("a/drafts/plan.md"), "plan").unwrap();
        staging.commit(1, "").unwrap();

        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "two"
        );
        assert!(!out.join("notes.txt").exists() && !out.join("a/drafts").exists());
        let kept: Vec<PathBuf> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains("public.added-while-building-"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(
            std::fs::read_to_string(kept[0].join("notes.txt")).unwrap(),
            "mine"
        );
        assert_eq!(
            std::fs::read_to_string(kept[0].join("a/drafts/plan.md")).unwrap(),
            "plan"
        );
        assert!(
            !kept[0].join("a/index.html").exists()
                && !kept[0].join(MARKER).exists()
                && !kept[0].join("a/.DS_Store").exists(),
            "what the previous build wrote, and litter, is removed"
        );
        // No build removes them.
        write(&one_file("three"), &out, &root).unwrap();
        assert!(kept[0].join("notes.txt").is_file());
    }

    #[test]
    fn a_file_is_written_new_not_through_a_link_to_the_published_one() {
        let tmp = tempfile::tempdir().unwrap();
        let published = tmp.path().join("published.html");
        std::fs::write(&published, "live").unwrap();
        let staged = tmp.path().join("staged.html");
        std::fs::hard_link(&published, &staged).unwrap();
        write_file(&staged, &[b"new"]).unwrap();
        assert_eq!(std::fs::read_to_string(&staged).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&published).unwrap(), "live");
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let (_tmp, root, out) = a_site_folder();
        write(&one_file("good"), &out, &root).unwrap();
        let broken = SiteFiles {
            files: vec![OutputFile {
                path: "x.png".into(),
                contents: Contents::Copy(root.join("missing.png")),
            }],
            pages: 0,
        };
        let error = write(&broken, &out, &root).unwrap_err().to_string();
        assert!(
            error.starts_with("could not read ") && error.contains("missing.png: No such file"),
            "{error}"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "good"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("candor-"))
            .collect();
        assert!(leftovers.is_empty());
    }

    fn two_files(a: &str, b: &str) -> SiteFiles {
        let file = |path: &str, text: &str| OutputFile {
            path: path.into(),
            contents: Contents::Bytes(text.as_bytes().to_vec()),
        };
        SiteFiles {
            files: vec![file("a/index.html", a), file("b.css", b)],
            pages: 1,
        }
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_linked_changed_and_hand_edited_ones_written() {
        use std::os::unix::fs::MetadataExt;
        let (_tmp, root, out) = a_site_folder();
        let inode = |p: &str| std::fs::metadata(out.join(p)).unwrap().ino();
        let first = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(first.reused, 0);
        let (page, css) = (inode("a/index.html"), inode("b.css"));

        let second = write(&two_files("page", "new css"), &out, &root).unwrap();
        assert_eq!(second.reused, 1);
        assert_eq!(
            inode("a/index.html"),
            page,
            "the unchanged page is the same file"
        );
        assert_ne!(inode("b.css"), css);
        assert_eq!(
            std::fs::read_to_string(out.join("b.css")).unwrap(),
            "new css"
        );

        // Someone edits the published page by hand: the next build writes it again.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(out.join("a/index.html"), "edited").unwrap();
        let third = write(&two_files("page", "new css"), &out, &root).unwrap();
        assert_eq!(third.reused, 1, "only the stylesheet is reused");
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "page"
        );
    }

    /// Puts `parts` at `data/all.json` through [`Staging::put_in_parts`], in the build of
    /// `out` that also puts `a/index.html`; publishes it.
    fn put_in_parts(parts: &[&str], out: &Path, root: &Path) -> Result<WriteSummary, WriteError> {
        let staging = Staging::begin(out, root)?;
        staging.put("a/index.html", b"page")?;
        staging.put_in_parts("data/all.json", &mut |put| {
            parts.iter().try_for_each(|p| put(p.as_bytes().to_vec()))
        })?;
        staging.commit(1, "")
    }

    #[cfg(unix)]
    #[test]
    fn a_file_handed_over_in_parts_is_written_whole_and_reused_when_unchanged() {
        use std::os::unix::fs::MetadataExt;
        let (_tmp, root, out) = a_site_folder();
        let inode = || std::fs::metadata(out.join("data/all.json")).unwrap().ino();
        let read = || std::fs::read_to_string(out.join("data/all.json")).unwrap();
        let first = put_in_parts(&["{\"a\":", "", "[1,2]", "}"], &out, &root).unwrap();
        assert_eq!((first.reused, read().as_str()), (0, "{\"a\":[1,2]}"));
        let written = inode();
        // The same bytes in other parts: the file published is kept.
        let second = put_in_parts(&["{\"a\":[1", ",2]}"], &out, &root).unwrap();
        assert_eq!((second.reused, inode()), (2, written));
        let third = put_in_parts(&["{\"a\":[1,3]}"], &out, &root).unwrap();
        assert_eq!((third.reused, read().as_str()), (1, "{\"a\":[1,3]}"));
        assert_ne!(inode(), written);
        let names: Vec<String> = std::fs::read_dir(out.join("data"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["all.json"], "nothing is left beside it");
    }

    #[test]
    fn a_file_in_parts_that_fails_half_way_keeps_the_previous_site() {
        let (_tmp, root, out) = a_site_folder();
        put_in_parts(&["old"], &out, &root).unwrap();
        let staging = Staging::begin(&out, &root).unwrap();
        let e = staging
            .put_in_parts("data/all.json", &mut |put| {
                put(b"new, half".to_vec())?;
                Err(WriteError::Refused {
                    path: "data/all.json".into(),
                    reason: "made up".into(),
                })
            })
            .unwrap_err();
        assert!(e.to_string().contains("made up"), "{e}");
        drop(staging);
        assert_eq!(
            std::fs::read_to_string(out.join("data/all.json")).unwrap(),
            "old"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "page"
        );
        let target = Target::resolve(&out).unwrap();
        assert!(!target.staging_dir().exists(), "no staging folder is left");
    }

    #[test]
    fn a_garbled_or_old_marker_never_reuses_the_wrong_file() {
        let (_tmp, root, out) = a_site_folder();
        write(&two_files("page", "css"), &out, &root).unwrap();
        let marker = out.join(MARKER);
        let text = std::fs::read_to_string(&marker).unwrap();
        // Lines that are not file records are skipped; the others still count.
        std::fs::write(&marker, format!("{text}not a hash line\nzz 1 b.css\n")).unwrap();
        let again = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(again.reused, 2);
        // A marker without a file list (as older versions wrote it): everything is written.
        std::fs::write(out.join(MARKER), MARKER_TEXT).unwrap();
        let fresh = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(fresh.reused, 0, "no file list, nothing reused");
        assert_eq!(std::fs::read_to_string(out.join("b.css")).unwrap(), "css");
    }

    #[test]
    fn a_staging_folder_disturbed_by_someone_else_is_not_published() {
        let (_tmp, root, out) = a_site_folder();
        write(&two_files("good", "css"), &out, &root).unwrap();
        let staging = Staging::begin(&out, &root).unwrap();
        staging.put("a/index.html", b"new").unwrap();
        staging.put("b.css", b"new css").unwrap();
        std::fs::remove_file(staging.dir.join("b.css")).unwrap();
        let e = staging.commit(1, "").unwrap_err();
        assert!(matches!(e, WriteError::StagingDisturbed { .. }), "{e:?}");
        assert!(
            e.to_string()
                .contains("lost b.css while it was being written"),
            "{e}"
        );
        assert_eq!(std::fs::read_to_string(out.join("b.css")).unwrap(), "css");
        let names: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".candor-new-"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn litter_of_file_browsers_neither_stops_nor_survives_a_build() {
        let (_tmp, root, out) = a_site_folder();
        write(&one_file("one"), &out, &root).unwrap();
        std::fs::write(out.join(".DS_Store"), "x").unwrap();
        std::fs::write(out.join("a/Thumbs.db"), "x").unwrap();
        write(&one_file("two"), &out, &root).unwrap();
        assert!(!out.join(".DS_Store").exists() && !out.join("a/Thumbs.db").exists());
        // Litter that appears while a build runs is not kept either.
        let staging = Staging::begin(&out, &root).unwrap();
        staging.put_all(&one_file("three")).unwrap();
        std::fs::write(out.join("a/.DS_Store"), "x").unwrap();
        staging.commit(1, "").unwrap();
        let names: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.contains("added-while-building")),
            "{names:?}"
        );
    }

    #[test]
    fn the_output_is_resolved_before_anything_is_made() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let target = Target::resolve(&root.join("content/../public")).unwrap();
        assert_eq!(target.real, root.canonicalize().unwrap().join("public"));
        assert_eq!(target.name, "public");
        let e = Target::resolve(&root.join("missing/../public")).unwrap_err();
        assert!(
            e.to_string()
                .contains("missing does not exist, so the `..` after it cannot be followed"),
            "{e}"
        );
        let e = Target::resolve(&root.join("public/..")).unwrap_err();
        assert!(e.to_string().contains("does not name a folder"), "{e}");
        assert!(!root.join("missing").exists() && !root.join("public").exists());
    }
}
