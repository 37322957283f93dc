//! What the preview server serves: the last good build, held in memory, with an element that
//! loads the live-reload script added to its HTML pages, and the diagnostics of the latest build
//! when it failed. The script and the banner's stylesheet are files of their own under
//! `<base>__candor/` (nothing inline, so a Content-Security-Policy that forbids inline script
//! still lets them run). Files on disk for publishing never contain any of it: it is added
//! here only.

use crate::diagnostics::{Diagnostic, Diagnostics, file_location};
use crate::incremental::PageHtml;
use crate::output::{Contents, SiteFiles};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The path of the Server-Sent Events stream that tells pages to reload (it is also answered
/// under the site's base path, at `<base>__candor/events`).
pub(crate) const EVENTS_PATH: &str = "/__candor/events";

/// The folder, under the site's base path, of the files `serve` adds to the site (the reload
/// script, the error banner's stylesheet). They are answered before the site's own files, so a
/// site cannot shadow them; `build` never writes them.
pub(crate) const ASSETS_DIR: &str = "__candor/";

/// The reload script, served at `<base>__candor/reload.js` (never inline: the default theme's
/// Content-Security-Policy forbids inline script). It subscribes to the events next to it.
pub(crate) const RELOAD_JS: &str = concat!(
    "(function(){var me=document.currentScript;",
    "var s=new EventSource(new URL(\"events\",me?me.src:location.origin+\"/__candor/\"));",
    "s.onmessage=function(e){if(e.data===\"css\"){",
    "document.querySelectorAll('link[rel=\"stylesheet\"]').forEach(function(l){",
    "var u=new URL(l.href);u.searchParams.set(\"candor\",Date.now());l.href=u.href;});",
    "}else{location.reload();}};})();\n"
);

/// The error banner's stylesheet, served at `<base>__candor/banner.css`.
pub(crate) const BANNER_CSS: &str = concat!(
    ".candor-errors{position:sticky;top:0;max-height:50vh;overflow:auto;z-index:99999;",
    "margin:0;padding:1rem 1.25rem;background:#fff0f0;color:#6e0b0b;",
    "border-bottom:4px solid #b42318;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace}\n",
    ".candor-errors p{margin:0 0 .5rem;font:700 16px system-ui,sans-serif}\n",
    ".candor-errors pre{margin:0;white-space:pre-wrap}\n"
);

/// How the element that loads the reload script starts; [`crate::serve::strip_injected`]
/// finds it by this.
pub(crate) const RELOAD_TAG_START: &str = "<script id=\"candor-reload\"";

/// One of the files `serve` adds, by its path under the base path (`__candor/reload.js`).
pub fn asset(rest: &str) -> Option<Served> {
    let (body, content_type) = match rest.strip_prefix(ASSETS_DIR)? {
        "reload.js" => (RELOAD_JS, "text/javascript; charset=utf-8"),
        "banner.css" => (BANNER_CSS, "text/css; charset=utf-8"),
        _ => return None,
    };
    Some(Served::file(
        bytes::Bytes::from_static(body.as_bytes()),
        content_type,
    ))
}

/// The element added before `</body>` of every served page: loads the reload script.
pub(crate) fn reload_tag(base_path: &str) -> String {
    format!(
        "{RELOAD_TAG_START} src=\"{}{ASSETS_DIR}reload.js\" defer></script>",
        crate::escape::markup(base_path)
    )
}

/// Served files by path under the site.
pub(crate) type Files = rustc_hash::FxHashMap<Arc<str>, Served>;

/// One served file.
#[derive(Debug, Clone)]
pub struct Served {
    what: What,
    /// Its `Content-Type`.
    pub content_type: &'static str,
}

#[derive(Debug, Clone)]
enum What {
    /// Sent as it is (shared, not copied, by every response).
    File(bytes::Bytes),
    /// An HTML page as the build made it (shared with the rebuild that keeps it), sent with
    /// `element` before the end of its body: put in as it is sent, so that a large site's
    /// pages are not held twice.
    Page {
        html: Arc<PageHtml>,
        element: bytes::Bytes,
    },
}

impl Served {
    /// A file sent as it is.
    pub fn file(body: bytes::Bytes, content_type: &'static str) -> Served {
        Served {
            what: What::File(body),
            content_type,
        }
    }

    /// An HTML page of the build at `path`, sent with `element` (the element that loads the
    /// reload script) before the end of its body.
    pub fn page(html: &Arc<PageHtml>, element: bytes::Bytes, path: &str) -> Served {
        Served {
            what: What::Page {
                html: Arc::clone(html),
                element,
            },
            content_type: content_type(path),
        }
    }

    /// The bytes sent.
    pub fn bytes(&self) -> bytes::Bytes {
        match &self.what {
            What::File(body) => body.clone(),
            What::Page { html, element } => {
                let html = html.text();
                let at = last_body_end(html.as_bytes()).unwrap_or(html.len());
                let mut sent = String::with_capacity(html.len() + element.len());
                sent.push_str(&html[..at]);
                sent.push_str(&String::from_utf8_lossy(element));
                sent.push_str(&html[at..]);
                sent.into()
            }
        }
    }

    /// A page as the build made it, without what `serve` adds (`None` for other files).
    pub fn page_html(&self) -> Option<String> {
        match &self.what {
            What::Page { html, .. } => Some(html.text()),
            What::File(_) => None,
        }
    }
}

/// Where the last `</body>` of `html` starts.
fn last_body_end(html: &[u8]) -> Option<usize> {
    const END: &[u8] = b"</body>";
    html.windows(END.len()).rposition(|w| w == END)
}

/// Everything the server answers with at one moment.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Files by path under the site (`partners/a/index.html`), from the last good build.
    pub files: Arc<Files>,
    /// Files of the last good build made on first request (the open data).
    pub later: Option<Arc<Later>>,
    /// The problems of the latest build, when it failed (rendered as text).
    pub errors: Option<String>,
    /// Counts builds, good or bad.
    pub generation: u64,
    /// `/` or `/sub/`: where the site lives on the server.
    pub base_path: String,
    /// While the first build is under way: its pages, each rendered when asked for (then
    /// `files` holds the site's static files only, and whatever else is asked for waits for
    /// the build).
    pub under_way: Option<Arc<UnderWayPages>>,
}

/// A page asked of the build under way: its plan position, and where its HTML goes (`None`
/// when it cannot be made).
pub(crate) type Ask = (usize, std::sync::mpsc::SyncSender<Option<String>>);

/// The pages of `serve`'s first build while it is under way, rendered by the thread the build
/// lends itself to (see [`crate::incremental::UnderWay`]) as they are asked for: the first
/// reader of a large site need not wait for every page.
#[derive(Debug)]
pub struct UnderWayPages {
    /// Plan position by page path.
    positions: rustc_hash::FxHashMap<String, usize>,
    /// Where pages are asked for (a few at a time); the build stops answering once it has
    /// finished.
    asks: std::sync::mpsc::SyncSender<Ask>,
    /// The element added to every page (loads the reload script).
    element: bytes::Bytes,
    /// The paths of the files the build makes only once it has ended, and their folders.
    later: (Vec<String>, Vec<String>),
}

impl UnderWayPages {
    /// The pages at `positions`, asked for through `asks`, served under `base_path`.
    pub(crate) fn new(
        positions: rustc_hash::FxHashMap<String, usize>,
        asks: std::sync::mpsc::SyncSender<Ask>,
        base_path: &str,
        later: (Vec<String>, Vec<String>),
    ) -> UnderWayPages {
        UnderWayPages {
            positions,
            asks,
            element: reload_tag(base_path).into(),
            later,
        }
    }

    /// Whether `path` is a page of the build.
    pub fn has(&self, path: &str) -> bool {
        self.positions.contains_key(path)
    }

    /// Whether `path` may be a file the build makes only once it has ended (see
    /// [`crate::incremental::UnderWay::made_later`]).
    pub fn made_later(&self, path: &str) -> bool {
        let (paths, folders) = &self.later;
        paths.iter().any(|p| p == path) || folders.iter().any(|f| path.starts_with(f.as_str()))
    }

    /// The page at `path`, rendered now: waits for the build's answer. `None` when it is not
    /// a page of the build, cannot be made, the build has finished meanwhile (its snapshot
    /// has the page then), or too many pages are asked for already (it waits for the build
    /// then, instead of a thread of its own).
    pub fn page(&self, path: &str) -> Option<Served> {
        let at = *self.positions.get(path)?;
        let (reply, answer) = std::sync::mpsc::sync_channel(1);
        self.asks.try_send((at, reply)).ok()?;
        let html = answer.recv().ok()??;
        Some(Served::page(
            &Arc::new(PageHtml::new(&html)),
            self.element.clone(),
            path,
        ))
    }
}

/// The files of a build generated from the whole site (feeds, sitemap, open data, the search
/// index), made the first time one of them is asked for: on a large site they cost more than
/// re-rendering the pages an edit touches, and are rarely looked at while writing (a save is
/// never kept waiting for them). Exactly what `candor build` writes.
#[derive(Debug)]
pub struct Later {
    site: Arc<crate::model::Site>,
    pages: Vec<Arc<crate::render::PageInfo>>,
    words: Arc<crate::words::Catalogue>,
    paths: Vec<String>,
    made: std::sync::OnceLock<HashMap<String, Served>>,
    index: std::sync::OnceLock<HashMap<String, Served>>,
}

impl Later {
    /// The generated files of `site` with these `pages`, not made yet.
    pub fn new(
        site: Arc<crate::model::Site>,
        pages: Vec<Arc<crate::render::PageInfo>>,
        words: Arc<crate::words::Catalogue>,
    ) -> Later {
        Later {
            paths: crate::output::generated_paths(&site),
            site,
            pages,
            words,
            made: std::sync::OnceLock::new(),
            index: std::sync::OnceLock::new(),
        }
    }

    /// Whether `path` is one of these files, or in the search index's folder.
    pub fn has(&self, path: &str) -> bool {
        self.paths.iter().any(|p| p == path) || self.in_index(path)
    }

    fn in_index(&self, path: &str) -> bool {
        self.site.alliance.search && path.starts_with(crate::output::search::DIR)
    }

    /// The file at `path`, made now if it was not yet.
    pub fn get(&self, path: &str) -> Option<Served> {
        if self.in_index(path) {
            return self
                .index
                .get_or_init(|| self.make_index())
                .get(path)
                .cloned();
        }
        self.made
            .get_or_init(|| {
                crate::output::generated_files(
                    &self.site,
                    self.pages.iter().map(|p| &**p),
                    &self.words,
                )
                .into_iter()
                .filter_map(|(p, contents)| {
                    let content_type = content_type(&p);
                    let body = contents.into_made()?.into();
                    Some((p, Served::file(body, content_type)))
                })
                .collect()
            })
            .get(path)
            .cloned()
    }

    /// The search index's files (none when it cannot be made: the terminal says why).
    fn make_index(&self) -> HashMap<String, Served> {
        let records = match crate::render::search::records(&self.site, &self.words, true) {
            Ok(records) => records,
            Err(unreadable) => {
                eprintln!("{unreadable}");
                return HashMap::new();
            }
        };
        match crate::output::search::index(records, &self.site.alliance.language) {
            Ok(files) => files
                .into_iter()
                .map(|(p, bytes)| {
                    let content_type = content_type(&p);
                    (p, Served::file(bytes.into(), content_type))
                })
                .collect(),
            Err(problem) => {
                eprintln!("error: {problem}");
                HashMap::new()
            }
        }
    }
}

impl Snapshot {
    /// Whether the snapshot has a file at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.files.contains_key(path)
            || self.later.as_ref().is_some_and(|l| l.has(path))
            || self.under_way.as_ref().is_some_and(|u| u.has(path))
    }

    /// The file at `path`.
    pub fn get(&self, path: &str) -> Option<Served> {
        match self.files.get(path) {
            Some(f) => Some(f.clone()),
            None => self.later.as_ref()?.get(path),
        }
    }
}

/// The `Content-Type` for a path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        _ => "application/octet-stream",
    }
}

/// The banner listing every problem, shown on top of served pages while the content is broken.
/// It brings its own stylesheet (a `<link>` is allowed in the body), so it needs no inline
/// style or script.
pub(crate) fn error_banner(errors: &str, base_path: &str) -> String {
    format!(
        "<div id=\"candor-errors\" class=\"candor-errors\" role=\"alert\">\
         <link rel=\"stylesheet\" href=\"{}{ASSETS_DIR}banner.css\">\
         <p>The site could not be rebuilt; this page shows the last good build. Fix these and save:</p>\
         <pre>{}</pre></div>",
        crate::escape::markup(base_path),
        crate::escape::markup(errors)
    )
}

/// A whole page for when no build has succeeded yet.
pub(crate) fn error_page(errors: &str, base_path: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Build failed · candor serve</title></head><body>{}{}</body></html>",
        error_banner(errors, base_path),
        reload_tag(base_path)
    )
}

/// Adds the reload script (and the error banner, when there are errors) to an HTML page of a
/// site served under `base_path`.
pub(crate) fn inject(text: &str, errors: Option<&str>, base_path: &str) -> bytes::Bytes {
    let tag = reload_tag(base_path);
    let mut out = String::with_capacity(text.len() + tag.len() + 64);
    let body_end = text.rfind("</body>").unwrap_or(text.len());
    let head = &text[..body_end];
    match (errors, head.find("<body")) {
        (Some(e), Some(b)) => {
            let open_end = head[b..].find('>').map_or(b, |i| b + i + 1);
            out.push_str(&head[..open_end]);
            out.push_str(&error_banner(e, base_path));
            out.push_str(&head[open_end..]);
        }
        _ => out.push_str(head),
    }
    out.push_str(&tag);
    out.push_str(&text[body_end..]);
    out.into()
}

/// Renders diagnostics as the plain text shown in the browser.
pub(crate) fn diagnostics_text(diagnostics: &Diagnostics) -> String {
    let mut text = String::new();
    for d in diagnostics.sorted() {
        text.push_str(&d.render(false));
        text.push('\n');
    }
    text
}

/// Files copied from disk into the site (static files, bundle images), kept between builds:
/// a file is read again only when its size or time changed, or when it changed too recently
/// for its time to be trusted.
#[derive(Debug, Default)]
pub struct DiskFiles(std::sync::Mutex<rustc_hash::FxHashMap<std::path::PathBuf, DiskFile>>);

#[derive(Debug)]
struct DiskFile {
    len: u64,
    modified: std::time::SystemTime,
    read_at: std::time::SystemTime,
    bytes: bytes::Bytes,
}

impl DiskFiles {
    /// The bytes of the file at `path` as it is now.
    pub fn read(&self, path: &std::path::Path) -> std::io::Result<bytes::Bytes> {
        let meta = std::fs::metadata(path)?;
        let (len, modified) = (meta.len(), meta.modified()?);
        let mut known = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(file) = known.get(path)
            && file.len == len
            && file.modified == modified
            && crate::content::time_stamp_trusted(file.read_at, modified)
        {
            return Ok(file.bytes.clone());
        }
        let read_at = std::time::SystemTime::now();
        let bytes: bytes::Bytes = std::fs::read(path)?.into();
        let file = DiskFile {
            len,
            modified,
            read_at,
            bytes: bytes.clone(),
        };
        known.insert(path.to_path_buf(), file);
        Ok(bytes)
    }
}

/// The served files of a finished build of the site at `root`, served under `base_path`:
/// pages with the reload script, everything else as is. Files copied from disk are read
/// through `disk`; a file that cannot be read is an error naming it and the system's reason
/// (every one is reported). A file deleted since the build listed it is left out: the watcher
/// has seen it go.
pub fn files_of(
    site: &SiteFiles,
    root: &Path,
    base_path: &str,
    disk: &DiskFiles,
) -> Result<Files, Diagnostics> {
    let mut files = Files::with_capacity_and_hasher(site.files.len(), Default::default());
    let mut problems = Diagnostics::new();
    let element = bytes::Bytes::from(reload_tag(base_path));
    for file in &site.files {
        let bytes: bytes::Bytes = match &file.contents {
            Contents::Bytes(b) => b.clone().into(),
            Contents::Parts(parts) => parts.concat().into(),
            Contents::Builtin(b) => bytes::Bytes::from_static(b),
            // Only a build into a folder lets go of what it wrote; serve keeps every file.
            Contents::Written => continue,
            Contents::Copy(path) => match disk.read(path) {
                Ok(b) => b,
                Err(e) if deleted(path, &e) => continue,
                Err(e) => {
                    problems.push(unreadable(root, path, &e));
                    continue;
                }
            },
        };
        let content_type = content_type(&file.path);
        let served = if content_type.starts_with("text/html") {
            let html = Arc::new(PageHtml::new(&String::from_utf8_lossy(&bytes)));
            Served::page(&html, element.clone(), &file.path)
        } else {
            Served::file(bytes, content_type)
        };
        files.insert(file.path.as_str().into(), served);
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

/// Whether reading `path` failed because nothing is there any more (not even a link).
fn deleted(path: &Path, e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::NotFound && std::fs::symlink_metadata(path).is_err()
}

/// The error for a file of the site that cannot be read.
fn unreadable(root: &Path, path: &Path, e: &std::io::Error) -> Diagnostic {
    let shown = path.strip_prefix(root).unwrap_or(path);
    let reason = if e.kind() == std::io::ErrorKind::NotFound {
        "it is a link to a file that does not exist".to_string()
    } else {
        e.to_string()
    };
    Diagnostic::error(
        file_location(shown),
        format!("cannot read `{}`: {reason}", shown.display()),
    )
    .with_hint("the site is published with every file or not at all; make it readable or remove it")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_disk_file_is_read_again_when_it_changes() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("logo.svg");
        let disk = DiskFiles::default();
        let write = |text: &str, modified: std::time::SystemTime| {
            std::fs::write(&path, text).unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(modified).unwrap();
        };
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        write("<svg>one</svg>", long_ago);
        assert_eq!(&disk.read(&path).unwrap()[..], b"<svg>one</svg>");
        // Another size or time: read again.
        write("<svg>three</svg>", long_ago);
        assert_eq!(&disk.read(&path).unwrap()[..], b"<svg>three</svg>");
        let just_now = std::time::SystemTime::now();
        write("<svg>two!!</svg>", just_now);
        assert_eq!(&disk.read(&path).unwrap()[..], b"<svg>two!!</svg>");
        // The same size and time, saved again within the moment: still noticed.
        write("<svg>four</svg>!", just_now);
        assert_eq!(&disk.read(&path).unwrap()[..], b"<svg>four</svg>!");
        std::fs::remove_file(&path).unwrap();
        assert!(disk.read(&path).is_err(), "a deleted file is gone");
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = inject("<html><body><p>Hi</p></body></html>", None, "/sub/").to_vec();
        let page = String::from_utf8(page).unwrap();
        let expected = "<html><body><p>Hi</p><script id=\"candor-reload\" src=\"/sub/__candor/reload.js\" defer></script></body></html>";
        assert_eq!(page, expected);
        // A page sent with the element added as it goes is the same page.
        let html = Arc::new(PageHtml::new("<html><body><p>Hi</p></body></html>"));
        let element = bytes::Bytes::from(reload_tag("/sub/"));
        let served = Served::page(&html, element.clone(), "a/index.html");
        assert_eq!(&served.bytes()[..], expected.as_bytes());
        assert_eq!(served.content_type, "text/html; charset=utf-8");
        assert_eq!(
            served.page_html().unwrap(),
            "<html><body><p>Hi</p></body></html>",
            "the build's page, unchanged"
        );
        // Without a `</body>`, at the end; with two, before the last.
        let bare = Served::page(&Arc::new(PageHtml::new("<p>Hi")), element.clone(), "a.html");
        assert!(bare.bytes().ends_with(&element));
        let two = PageHtml::new("<body></body>x</body>");
        let two = Served::page(&Arc::new(two), "E".into(), "a.html");
        assert_eq!(&two.bytes()[..], b"<body></body>xE</body>");
    }

    #[test]
    fn errors_are_shown_escaped_at_the_top() {
        let page = String::from_utf8(
            inject(
                "<html><body class=\"x\"><p>Hi</p></body></html>",
                Some("bad <tag>"),
                "/",
            )
            .to_vec(),
        )
        .unwrap();
        assert!(page.contains("<body class=\"x\"><div id=\"candor-errors\""));
        assert!(page.contains("bad &lt;tag&gt;"));
        assert!(page.contains("href=\"/__candor/banner.css\""));
        assert!(!page.contains(" style="), "no inline style: {page}");
    }

    #[test]
    fn serve_s_own_files_are_found_under_their_folder() {
        let js = asset("__candor/reload.js").unwrap();
        assert_eq!(js.content_type, "text/javascript; charset=utf-8");
        assert!(
            std::str::from_utf8(&js.bytes())
                .unwrap()
                .contains("EventSource")
        );
        assert_eq!(
            asset("__candor/banner.css").unwrap().content_type,
            "text/css; charset=utf-8"
        );
        assert!(asset("__candor/other.js").is_none());
        assert!(asset("reload.js").is_none());
    }

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("x.SVG"), "image/svg+xml");
        assert_eq!(content_type("font.woff2"), "font/woff2");
        assert_eq!(content_type("data/alliance.json"), "application/json");
    }
}
