//! `candor serve`: a live preview. Builds the site into memory (never into `public/`), serves
//! it over HTTP, watches the site folder, rebuilds on every save and tells open pages to
//! reload once the new build is complete. Broken content never stops it: the terminal and the
//! browser show every problem, the last good build stays up, and the next good save recovers.
//!
//! The site folder is made absolute once at the start, so the watcher's paths can be compared
//! with it. Only requests for an IP address, `localhost` or a name given with `--allow-host`
//! are answered ([`host`]), so a web page elsewhere cannot read the preview through DNS
//! rebinding. Ctrl+C ends the reload streams and stops within [`GRACE`]; a second one at once.
//!
//! Every rebuild runs the same pipeline as `candor build`, through an
//! [`incremental::Session`](crate::incremental::Session) that renders again only the pages a
//! change affects, so what `serve` shows is what `build` writes. The address is taken before the
//! first build and announced as soon as that build has planned its pages: from then on a page
//! asked for is rendered at once by the build under way (`serve_under_way`), and anything
//! else waits for the build to end.

pub mod host;
pub mod http;
pub mod snapshot;
pub mod watch;

use crate::BuildOptions;
use crate::incremental::{Session, UnderWay};
use snapshot::Snapshot;
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// What to build.
    pub build: BuildOptions,
    /// Address to listen on.
    pub bind: String,
    /// Port (0 picks a free one).
    pub port: u16,
    /// Open a browser.
    pub open: bool,
    /// Poll for changes instead of using the system's file events.
    pub poll: bool,
    /// How long the folder must be quiet before a rebuild.
    pub debounce: Duration,
    /// Host names the preview answers to besides IP addresses and `localhost`
    /// (`--allow-host`).
    pub allowed_hosts: Vec<String>,
    /// Print every warning, not the first few of each kind (`--verbose`).
    pub verbose: bool,
}

/// Why the server could not run.
#[derive(Debug)]
pub enum ServeError {
    /// The site folder could not be found or resolved.
    Root(PathBuf, std::io::Error),
    /// The address could not be bound.
    Bind(String, std::io::Error),
    /// The folder could not be watched.
    Watch(PathBuf, notify::Error),
    /// The async runtime could not start.
    Runtime(std::io::Error),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::Bind(addr, e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                write!(
                    f,
                    "{addr} is already in use; choose another port with --port"
                )
            }
            ServeError::Root(root, e) => {
                write!(f, "cannot use `{}` as the site folder: {e}", root.display())
            }
            ServeError::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            ServeError::Watch(root, e) => {
                write!(f, "cannot watch {}: {e}; try --poll", root.display())
            }
            ServeError::Runtime(e) => write!(f, "cannot start the server: {e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// Builds the site at `root` (the one `session` builds) into a new snapshot, keeping the
/// previous files when the build fails, and prints its warnings (every one with `verbose`).
/// The build is lent to `meanwhile` while it renders (see `serve_under_way`). Returns the
/// snapshot and a line for the terminal.
pub fn rebuild(
    session: &mut Session,
    root: &Path,
    previous: &Snapshot,
    disk: &snapshot::DiskFiles,
    verbose: bool,
    meanwhile: Option<&(dyn Fn(&UnderWay<'_>) + Sync)>,
) -> (Snapshot, Result<String, crate::Failure>) {
    let started = Instant::now();
    let rebuilt = session.rebuild_showing(meanwhile);
    let timer = crate::timings::Timer::start();
    let built = match rebuilt {
        Ok(built) => built,
        Err(failure) => return (failed(previous, &failure), Err(failure)),
    };
    crate::diagnostics::print(&built.diagnostics, verbose);
    let base_path = built.site.alliance.base_path.clone();
    let mut files = match snapshot::files_of(&built.files, root, &base_path, disk) {
        Ok(files) => files,
        Err(problems) => {
            // A file of the site that cannot be read fails the build, as it fails `build`.
            let mut diagnostics = built.diagnostics;
            diagnostics.extend(problems);
            let failure = crate::Failure { diagnostics };
            return (failed(previous, &failure), Err(failure));
        }
    };
    files.reserve(built.pages.len());
    timer.lap("served files");
    let mut fresh = 0;
    let element = bytes::Bytes::from(snapshot::reload_tag(&base_path));
    for page in &built.pages {
        let unchanged = previous.files.get(&page.path).filter(|_| {
            !page.fresh && previous.errors.is_none() && previous.base_path == base_path
        });
        let served = match unchanged {
            Some(served) => served.clone(),
            None => {
                fresh += 1;
                snapshot::Served::page(&page.html, element.clone(), &page.info.path)
            }
        };
        files.insert(Arc::clone(&page.path), served);
    }
    timer.lap("served pages");
    let page_count = built.pages.len();
    let snapshot = Snapshot {
        files: Arc::new(files),
        errors: None,
        generation: previous.generation + 1,
        base_path,
        later: Some(Arc::new(snapshot::Later::new(
            built.site,
            built.pages.into_iter().map(|p| p.info).collect(),
            built.words,
        ))),
        under_way: None,
    };
    let line = format!(
        "Built {} pages ({fresh} rendered) in {}",
        page_count,
        crate::format::human_duration(started.elapsed())
    );
    (snapshot, Ok(line))
}

/// What the thread that builds the site shares with the server.
struct Live {
    /// The site folder.
    root: PathBuf,
    /// Print every warning.
    verbose: bool,
    /// The snapshot served.
    shared: Arc<RwLock<Snapshot>>,
    /// Tells open pages to reload.
    reload: broadcast::Sender<&'static str>,
    /// Files read from disk, kept between builds.
    disk: snapshot::DiskFiles,
}

impl Live {
    /// The first build, serving its pages while it is under way (`serve_under_way`), then
    /// its snapshot; `announce` is called with the base path once pages can be served.
    fn first_build(
        &self,
        session: &mut Session,
        initial: &Snapshot,
        announce: &(dyn Fn(&str) + Sync),
    ) {
        let shown = std::sync::atomic::AtomicBool::new(false);
        let meanwhile = |under_way: &UnderWay<'_>| {
            if serve_under_way(under_way, &self.root, &self.disk, &self.shared, announce) {
                shown.store(true, std::sync::atomic::Ordering::Release);
            }
        };
        let (first, outcome) = rebuild(
            session,
            &self.root,
            initial,
            &self.disk,
            self.verbose,
            Some(&meanwhile),
        );
        let base_path = first.base_path.clone();
        set(&self.shared, first);
        let shown = shown.load(std::sync::atomic::Ordering::Acquire);
        match &outcome {
            Ok(line) => {
                announce(&base_path);
                println!("{line}.");
            }
            Err(failure) => {
                crate::diagnostics::print(&failure.diagnostics, self.verbose);
                println!(
                    "{}",
                    if shown {
                        "The first build failed; the pages show the problems until they are fixed."
                    } else {
                        "The first build failed; the server starts anyway and shows the problems until they are fixed."
                    }
                );
                announce(&base_path);
                // Pages served while it was under way show the problems now.
                if shown {
                    let _ = self.reload.send("reload");
                }
            }
        }
    }

    /// Rebuilds on every batch of changes the watcher sees, until it stops.
    fn rebuild_on_changes(
        &self,
        session: &mut Session,
        watcher: &mut dyn notify::Watcher,
        events: &std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
        debounce: Duration,
    ) {
        while let Some(batch) = watch::next_batch(&self.root, watcher, events, debounce) {
            session.changes_seen(batch.paths.clone());
            let previous = current(&self.shared);
            let (next, outcome) = rebuild(
                session,
                &self.root,
                &previous,
                &self.disk,
                self.verbose,
                None,
            );
            let failed = outcome.is_err();
            set(&self.shared, next);
            // The new output is complete and in place: now the pages may reload.
            let _ = self.reload.send(if batch.css_only && !failed {
                "css"
            } else {
                "reload"
            });
            match outcome {
                Ok(line) => println!(
                    "{line}; pages told to reload {} after the first change.",
                    crate::format::human_duration(batch.first_event.elapsed())
                ),
                Err(failure) => {
                    crate::diagnostics::print(&failure.diagnostics, self.verbose);
                    println!(
                        "Still serving the last good build; the browser shows these problems."
                    );
                }
            }
        }
    }
}

/// The snapshot served now (a copy: its files are shared).
pub(crate) fn current(shared: &RwLock<Snapshot>) -> Snapshot {
    match shared.read() {
        Ok(s) => s.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Puts `next` in place of the snapshot served.
fn set(shared: &RwLock<Snapshot>, next: Snapshot) {
    match shared.write() {
        Ok(mut s) => *s = next,
        Err(p) => *p.into_inner() = next,
    }
}

/// How many pages may wait to be rendered by the first build under way.
const UNDER_WAY_ASKS: usize = 16;

/// Serves the first build while it is under way: puts a snapshot with the site's static files
/// and its pages in place (each rendered when asked for), announces the address, then renders
/// the pages asked for until the build has finished. Returns whether the snapshot was put in
/// place (not when the site's files have problems: the build reports them).
fn serve_under_way(
    under_way: &UnderWay<'_>,
    root: &Path,
    disk: &snapshot::DiskFiles,
    shared: &RwLock<Snapshot>,
    announce: &(dyn Fn(&str) + Sync),
) -> bool {
    let base_path = under_way.base_path();
    let Ok(files) = under_way.files() else {
        return false;
    };
    let Ok(files) = snapshot::files_of(&files, root, base_path, disk) else {
        return false;
    };
    // A few pages asked for at once are answered one after the other; more wait for the build.
    let (asks, asked) = std::sync::mpsc::sync_channel::<snapshot::Ask>(UNDER_WAY_ASKS);
    let pages = snapshot::UnderWayPages::new(
        under_way.page_paths(),
        asks,
        base_path,
        under_way.made_later(),
    );
    set(
        shared,
        Snapshot {
            files: Arc::new(files),
            later: None,
            errors: None,
            generation: 0,
            base_path: base_path.to_string(),
            under_way: Some(Arc::new(pages)),
        },
    );
    announce(base_path);
    // Asked pages are answered within a few milliseconds of the build's end at the latest.
    while !under_way.finished() {
        match asked.recv_timeout(Duration::from_millis(5)) {
            Ok((at, reply)) => {
                let _ = reply.send(under_way.page(at));
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    true
}

/// The previous snapshot's files with the banner listing the problems of `failure`.
fn failed(previous: &Snapshot, failure: &crate::Failure) -> Snapshot {
    let errors = snapshot::diagnostics_text(&failure.diagnostics);
    let files = previous
        .files
        .iter()
        .map(|(path, served)| {
            let served = if served.content_type.starts_with("text/html") {
                // A page of a good build is as the build made it; one already shown with
                // a banner is cleaned of it first.
                let clean = served.page_html().unwrap_or_else(|| {
                    String::from_utf8_lossy(&strip_injected(&served.bytes())).into_owned()
                });
                let body = snapshot::inject(&clean, Some(&errors), &previous.base_path);
                snapshot::Served::file(body, served.content_type)
            } else {
                served.clone()
            };
            (path.clone(), served)
        })
        .collect();
    Snapshot {
        files: Arc::new(files),
        later: previous.later.clone(),
        errors: Some(errors),
        generation: previous.generation + 1,
        base_path: previous.base_path.clone(),
        under_way: None,
    }
}

/// A served page without the banner and script `serve` added (the page as `build` writes it).
pub fn strip_injected(body: &[u8]) -> Vec<u8> {
    let mut text = String::from_utf8_lossy(body).into_owned();
    if let Some(start) = text.rfind(snapshot::RELOAD_TAG_START)
        && let Some(len) = text[start..].find("</script>")
    {
        text.replace_range(start..start + len + "</script>".len(), "");
    }
    if let Some(start) = text.find("<div id=\"candor-errors\"")
        && let Some(len) = text[start..].find("</pre></div>")
    {
        text.replace_range(start..start + len + "</pre></div>".len(), "");
    }
    text.into_bytes()
}

/// How the server stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// On Ctrl+C, once open responses had ended (or [`GRACE`] had passed).
    Gracefully,
    /// On a second Ctrl+C, without waiting.
    Forced,
}

/// How long a stop waits for responses under way to finish. The reload streams end at once
/// when the stop begins, so this only bounds a slow download.
pub const GRACE: Duration = Duration::from_secs(2);

/// Runs the server until Ctrl+C (a second Ctrl+C stops it without waiting).
pub fn run(mut options: ServeOptions) -> Result<Stopped, ServeError> {
    // The watcher reports absolute paths: the root must be absolute (and without links) too,
    // or no change would ever be recognised as part of the site.
    let root = std::fs::canonicalize(&options.build.root)
        .map_err(|e| ServeError::Root(options.build.root.clone(), e))?;
    options.build.root = root.clone();
    let initial = Snapshot {
        base_path: "/".into(),
        ..Snapshot::default()
    };
    // Watching starts before the first build, so that every change after it is seen.
    let (mut watcher, events) =
        watch::start(&root, options.poll).map_err(|e| ServeError::Watch(root.clone(), e))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(ServeError::Runtime)?;
    // The address is taken before the first build: a browser that asks meanwhile waits for
    // the first page instead of being refused.
    let addr_text = format!("{}:{}", options.bind, options.port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(&addr_text))
        .map_err(|e| ServeError::Bind(addr_text.clone(), e))?;
    let local: SocketAddr = listener
        .local_addr()
        .map_err(|e| ServeError::Bind(addr_text.clone(), e))?;
    let snapshot = Arc::new(RwLock::new(initial.clone()));
    let (reload, _) = broadcast::channel::<&'static str>(16);
    let (ready, serving) = std::sync::mpsc::channel::<()>();
    let watched: Vec<String> = watch::watched_folders(&root)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let open = options.open;
    let announced = std::sync::Once::new();
    // Said once, when the first pages can be served: as soon as the first build has planned
    // them (it renders any page asked for from then on), or when it has failed.
    let announce = move |base_path: &str| {
        announced.call_once(|| {
            let url = format!("http://{local}{base_path}");
            println!("Serving at {url}");
            println!(
                "Watching {} for changes. Press Ctrl+C to stop.",
                watched.join(", ")
            );
            if open {
                open_browser(&url);
            }
            let _ = ready.send(());
        });
    };

    let live = Live {
        root,
        verbose: options.verbose,
        shared: snapshot.clone(),
        reload: reload.clone(),
        disk: snapshot::DiskFiles::default(),
    };
    let debounce = options.debounce;
    let build = options.build.clone();
    let builder = std::thread::spawn(move || {
        // A panic ends `serve` as it did when the first build ran on the main thread, rather
        // than leaving a server whose requests wait for a build that will never end.
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut session = Session::new(build);
            live.first_build(&mut session, &initial, &announce);
            live.rebuild_on_changes(&mut session, watcher.as_mut(), &events, debounce);
        }));
        if ran.is_err() {
            std::process::exit(101);
        }
    });
    // Requests are taken from the moment the address is announced. The first build's thread
    // ends without announcing it only if it panicked: the panic goes on here then.
    if serving.recv().is_err() {
        if let Err(panic) = builder.join() {
            std::panic::resume_unwind(panic);
        }
        return Ok(Stopped::Gracefully);
    }

    let (stop, stopping) = tokio::sync::watch::channel(false);
    let app = http::router(http::AppState {
        snapshot,
        reload,
        stopping,
        hosts: Arc::new(host::Allowed::new(&options.allowed_hosts)),
    });
    let stopped = runtime.block_on(serve_until_stopped(listener, app, stop));
    // Nothing is left to wait for: a handler still running is dropped.
    runtime.shutdown_background();
    stopped
}

/// Serves until the first Ctrl+C, then ends the reload streams and waits for the responses
/// under way, for at most [`GRACE`]; a second Ctrl+C stops at once.
async fn serve_until_stopped(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    stop: tokio::sync::watch::Sender<bool>,
) -> Result<Stopped, ServeError> {
    let mut wait_for_stop = stop.subscribe();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let _ = wait_for_stop.wait_for(|stopping| *stopping).await;
    });
    let mut server = std::pin::pin!(server.into_future());
    tokio::select! {
        served = &mut server => return served.map(|()| Stopped::Gracefully).map_err(ServeError::Runtime),
        _ = tokio::signal::ctrl_c() => {}
    }
    println!("Stopping; press Ctrl+C again to stop at once.");
    let _ = stop.send(true);
    tokio::select! {
        served = &mut server => served.map(|()| Stopped::Gracefully).map_err(ServeError::Runtime),
        _ = tokio::time::sleep(GRACE) => Ok(Stopped::Gracefully),
        _ = tokio::signal::ctrl_c() => Ok(Stopped::Forced),
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("Could not open a browser; visit {url}");
    }
}
