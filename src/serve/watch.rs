//! Watching a site folder: notify's events become [`Change`]s in the site's own terms, and
//! bursts of them (an editor saving by writing a temporary file and renaming it) are
//! debounced into one rebuild.

use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// What a changed path is, for the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A file under `content/` (entries, bundle assets, `alliance.toml`).
    Content,
    /// A template (the site's or the theme's).
    Template,
    /// A stylesheet in `static/` or a theme's `static/`: reloads CSS without a page reload.
    Stylesheet,
    /// Any other static file.
    Static,
    /// Something that does not affect the site (editor swap files, the output folder...).
    Ignored,
}

/// Classifies a path under the site `root`.
pub(crate) fn classify(root: &Path, path: &Path) -> Change {
    let Ok(rel) = path.strip_prefix(root) else {
        return Change::Ignored;
    };
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let editor_noise = name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.starts_with(".goutputstream");
    if editor_noise {
        return Change::Ignored;
    }
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let is_css = name.ends_with(".css");
    match parts.first().map(String::as_str) {
        Some("content") => Change::Content,
        // Messages are compiled with the templates: a change rebuilds like a template's.
        Some("templates") | Some("i18n") => Change::Template,
        Some("static") if is_css => Change::Stylesheet,
        Some("static") => Change::Static,
        Some("themes") => match parts.get(2).map(String::as_str) {
            Some("templates") | Some("theme.toml") | Some("i18n") => Change::Template,
            Some("static") if is_css => Change::Stylesheet,
            Some("static") => Change::Static,
            _ => Change::Ignored,
        },
        _ => Change::Ignored,
    }
}

/// A debounced batch of changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Batch {
    /// True when only stylesheets changed (the browser can swap CSS without reloading).
    pub css_only: bool,
    /// How many relevant events the batch held.
    pub events: usize,
    /// When the first event of the batch arrived.
    pub first_event: Instant,
    /// Every path the events named (ignored ones included), or `None` when the watcher
    /// says events were lost and everything must be looked at again.
    pub paths: Option<Vec<PathBuf>>,
}

/// The folders of a site that are watched.
pub(crate) const WATCHED: &[&str] = &["content", "templates", "static", "themes", "i18n"];

/// A running watcher and the receiving end of its events.
pub(crate) type Watching = (Box<dyn Watcher + Send>, Receiver<notify::Result<Event>>);

/// Starts watching `root`; events arrive on the returned receiver. With `poll`, a polling
/// watcher is used (network drives, WSL).
pub fn start(root: &Path, poll: bool) -> notify::Result<Watching> {
    let (tx, rx): (Sender<notify::Result<Event>>, _) = channel();
    let mut watcher: Box<dyn Watcher + Send> = if poll {
        let config = notify::Config::default().with_poll_interval(Duration::from_millis(250));
        Box::new(notify::PollWatcher::new(tx, config)?)
    } else {
        Box::new(notify::recommended_watcher(tx)?)
    };
    // The root itself (not recursively), to see watched folders being created later.
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for dir in WATCHED {
        let path = root.join(dir);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    Ok((watcher, rx))
}

/// How long to wait for more events after one that ends a save (a file written and closed,
/// or renamed into place), rather than the full quiet time.
const SETTLE: Duration = Duration::from_millis(4);

/// Whether `kind` ends a save: the file is complete once it is closed after writing, or
/// renamed into place (editors that save by rename).
fn ends_a_save(kind: &EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
    )
}

/// Waits for the next batch of relevant changes: blocks for the first one, then collects
/// until `quiet` passes with no more events (only a few milliseconds after an event that ends
/// a save). Newly created watched folders are added to the watcher. Returns `None` when the
/// watcher has gone.
pub(crate) fn next_batch(
    root: &Path,
    watcher: &mut dyn Watcher,
    rx: &Receiver<notify::Result<Event>>,
    quiet: Duration,
) -> Option<Batch> {
    let mut batch: Option<Batch> = None;
    let mut paths: Option<Vec<PathBuf>> = Some(Vec::new());
    let mut wait = quiet;
    loop {
        let event = match &batch {
            None => rx.recv().ok()?,
            Some(_) => match rx.recv_timeout(wait) {
                Ok(e) => e,
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    return batch.map(|b| Batch { paths, ..b });
                }
            },
        };
        let Ok(event) = event else {
            paths = None;
            continue;
        };
        if event.need_rescan() {
            paths = None;
        }
        // Opening or reading a file (the build itself does) changes nothing.
        let reads_only = matches!(event.kind, EventKind::Access(_)) && !ends_a_save(&event.kind);
        if let Some(paths) = paths.as_mut().filter(|_| !reads_only) {
            paths.extend(event.paths.iter().cloned());
        }
        let relevant = |p: &PathBuf| classify(root, p) != Change::Ignored;
        if ends_a_save(&event.kind) && batch.is_some() && event.paths.iter().any(relevant) {
            wait = SETTLE.min(quiet);
        } else if !matches!(event.kind, EventKind::Access(_)) && event.paths.iter().any(relevant) {
            wait = quiet;
        }
        if matches!(event.kind, EventKind::Access(_)) {
            continue;
        }
        for path in &event.paths {
            watch_new_folder(root, watcher, path);
            let change = classify(root, path);
            if change == Change::Ignored {
                continue;
            }
            let b = batch.get_or_insert(Batch {
                css_only: true,
                events: 0,
                first_event: Instant::now(),
                paths: None,
            });
            b.events += 1;
            b.css_only &= change == Change::Stylesheet;
        }
    }
}

fn watch_new_folder(root: &Path, watcher: &mut dyn Watcher, path: &Path) {
    let is_top_level = path.parent() == Some(root);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if is_top_level && WATCHED.contains(&name.as_str()) && path.is_dir() {
        let _ = watcher.watch(path, RecursiveMode::Recursive);
    }
}

/// The watched folders that exist, for the startup message.
pub(crate) fn watched_folders(root: &Path) -> Vec<PathBuf> {
    WATCHED
        .iter()
        .map(|d| root.join(d))
        .filter(|p| p.is_dir())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_changes_in_the_site_s_terms() {
        let root = Path::new("/site");
        let c = |p: &str| classify(root, &root.join(p));
        assert_eq!(c("content/partners/a.md"), Change::Content);
        assert_eq!(c("content/alliance.toml"), Change::Content);
        assert_eq!(c("content/case-studies/x/photo.jpg"), Change::Content);
        assert_eq!(c("templates/page.html"), Change::Template);
        assert_eq!(c("themes/plain/templates/base.html"), Change::Template);
        assert_eq!(c("themes/plain/theme.toml"), Change::Template);
        assert_eq!(c("static/style.css"), Change::Stylesheet);
        assert_eq!(c("themes/plain/static/site.css"), Change::Stylesheet);
        assert_eq!(c("static/logo.png"), Change::Static);
        assert_eq!(c("public/index.html"), Change::Ignored);
        assert_eq!(c("content/partners/.a.md.swp"), Change::Ignored);
        assert_eq!(c("content/partners/a.md~"), Change::Ignored);
        assert_eq!(c("content/partners/4913"), Change::Ignored);
        assert_eq!(
            classify(root, Path::new("/elsewhere/a.md")),
            Change::Ignored
        );
    }
}
