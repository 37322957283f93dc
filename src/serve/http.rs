//! The preview's HTTP side (axum): files from the in-memory snapshot with their content types,
//! `404.html` for missing pages, a redirect from `/` to the base path, serve's own files under
//! `<base>__candor/` (the reload script, the banner's stylesheet), and the Server-Sent Events
//! stream that tells open pages to reload, which ends when the server stops. Paths are looked
//! up in a map, so nothing outside the built site can ever be served. Every route first checks
//! the request's `Host` ([`super::host`]).

use super::host::{self, Allowed};
use super::snapshot::{self, ASSETS_DIR, EVENTS_PATH, Served, Snapshot, error_page};
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::StreamExt;
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use tokio::sync::{broadcast, watch};

/// What the handlers share.
#[derive(Clone)]
pub(crate) struct AppState {
    /// The current snapshot.
    pub snapshot: Arc<RwLock<Snapshot>>,
    /// Reload messages: `reload` or `css`.
    pub reload: broadcast::Sender<&'static str>,
    /// Becomes `true` when the server starts to stop: the reload streams end then.
    pub stopping: watch::Receiver<bool>,
    /// The host names answered besides addresses and `localhost`.
    pub hosts: Arc<Allowed>,
}

/// The router.
pub(crate) fn router(state: AppState) -> Router {
    Router::new()
        .route(EVENTS_PATH, get(events))
        .fallback(get(file))
        .layer(middleware::from_fn_with_state(state.clone(), check_host))
        .with_state(state)
}

/// Refuses (403) a request whose `Host` is not an address, `localhost` or an allowed name.
async fn check_host(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    match host {
        Some(h) if state.hosts.admits(&h) => next.run(request).await,
        _ => respond(
            StatusCode::FORBIDDEN,
            "text/plain; charset=utf-8",
            Body::from(host::refusal(host.as_deref())),
        ),
    }
}

async fn events(State(state): State<AppState>) -> Response {
    let mut stopping = state.stopping.clone();
    let stopped = async move {
        let _ = stopping.wait_for(|stopping| *stopping).await;
    };
    let rx = state.reload.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(kind) => {
                    return Some((Ok::<Event, Infallible>(Event::default().data(kind)), rx));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    // A stream that never ends would keep the server from stopping.
    Sse::new(stream.take_until(stopped))
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub(crate) fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// What a request path resolves to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// This file of the site.
    File(String),
    /// Redirect here (to the base path, or to add a trailing slash).
    Redirect(String),
    /// Not part of the site.
    NotFound,
}

/// Resolves a request path against the site's files (`has` tells whether a file exists).
pub(crate) fn lookup(raw_path: &str, base_path: &str, has: impl Fn(&str) -> bool) -> Lookup {
    let Some(path) = percent_decode(raw_path) else {
        return Lookup::NotFound;
    };
    if path.contains('\\') || path.contains('\0') || path.split('/').any(|s| s == ".." || s == ".")
    {
        return Lookup::NotFound;
    }
    let Some(rest) = path.strip_prefix(base_path) else {
        if path == "/" || format!("{path}/") == base_path {
            return Lookup::Redirect(base_path.to_string());
        }
        return Lookup::NotFound;
    };
    if rest.starts_with('/') {
        return Lookup::NotFound;
    }
    let candidate = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    };
    if has(&candidate) {
        return Lookup::File(candidate);
    }
    if !rest.is_empty() && !rest.ends_with('/') && has(&format!("{rest}/index.html")) {
        return Lookup::Redirect(format!("{base_path}{rest}/"));
    }
    Lookup::NotFound
}

fn respond(status: StatusCode, content_type: &str, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

async fn file(State(state): State<AppState>, uri: Uri) -> Response {
    let base_path = match state.snapshot.read() {
        Ok(s) => s.base_path.clone(),
        Err(poisoned) => poisoned.into_inner().base_path.clone(),
    };
    // Serve's own files come first: a site file cannot take their place.
    if let Some(rest) = uri.path().strip_prefix(base_path.as_str())
        && rest.starts_with(ASSETS_DIR)
    {
        if rest.strip_prefix(ASSETS_DIR) == Some("events") {
            return events(State(state)).await;
        }
        return match snapshot::asset(rest) {
            Some(f) => respond(StatusCode::OK, f.content_type, Body::from(f.bytes())),
            None => respond(
                StatusCode::NOT_FOUND,
                "text/plain; charset=utf-8",
                Body::from("Not found"),
            ),
        };
    }
    // The snapshot is copied (its files are shared) and the lock let go at once: a file made
    // on first request (the open data, the search index: seconds on a large site) must keep
    // neither the next save's snapshot waiting nor this runtime's threads.
    let snapshot = match answer_or_wait(&state, &uri).await {
        Ok(snapshot) => snapshot,
        Err(answered) => return answered,
    };
    // Decided on the path as it is looked up (decoded), so that no spelling of it is made on
    // a runtime thread.
    let made_later = snapshot.later.as_ref().is_some_and(|later| {
        match lookup(uri.path(), &snapshot.base_path, |p| snapshot.has(p)) {
            Lookup::File(path) => !snapshot.files.contains_key(path.as_str()) && later.has(&path),
            _ => false,
        }
    });
    if made_later {
        return tokio::task::spawn_blocking(move || site_file(&snapshot, &uri))
            .await
            .unwrap_or_else(|_| {
                respond(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "text/plain; charset=utf-8",
                    Body::from("This file could not be made."),
                )
            });
    }
    site_file(&snapshot, &uri)
}

/// While the first build is under way (see [`Snapshot::under_way`]): the answer to `uri` when
/// the build can give it now, or else the snapshot once the build has ended (the one served
/// now when it is not under way). A build that starts once more (a file changed meanwhile) is
/// asked again; a server that is stopping answers 503.
async fn answer_or_wait(state: &AppState, uri: &Uri) -> Result<Snapshot, Response> {
    let mut asked: Option<Arc<snapshot::UnderWayPages>> = None;
    loop {
        let snapshot = super::current(&state.snapshot);
        let Some(under_way) = snapshot.under_way.clone() else {
            return Ok(snapshot);
        };
        if asked.as_ref().is_none_or(|a| !Arc::ptr_eq(a, &under_way)) {
            if let Some(answered) = while_under_way(&snapshot, uri).await {
                return Err(answered);
            }
            asked = Some(under_way);
        }
        if *state.stopping.borrow() {
            return Err(respond(
                StatusCode::SERVICE_UNAVAILABLE,
                "text/plain; charset=utf-8",
                Body::from("The preview is stopping."),
            ));
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The answer while the first build is under way, when there is one yet: a page of it
/// (rendered now, off the runtime's threads), a static file, a redirect, or the site's "not
/// found" page for a path the build will not have either. `None` for a file the build makes
/// only once it has ended (feeds, sitemap, open data, search index, another language's
/// files): that waits for the build.
async fn while_under_way(snapshot: &Snapshot, uri: &Uri) -> Option<Response> {
    let under_way = snapshot.under_way.clone()?;
    let found = lookup(uri.path(), &snapshot.base_path, |p| {
        snapshot.has(p) || under_way.made_later(p)
    });
    match found {
        Lookup::File(path) if under_way.has(&path) => {
            let page = rendered(&under_way, path).await?;
            Some(respond(
                StatusCode::OK,
                page.content_type,
                Body::from(page.bytes()),
            ))
        }
        Lookup::File(path) if !snapshot.files.contains_key(path.as_str()) => None,
        found @ (Lookup::File(_) | Lookup::Redirect(_)) => Some(answer(snapshot, found)),
        Lookup::NotFound => {
            let page = match snapshot.files.get("404.html") {
                Some(page) => page.clone(),
                None => rendered(&under_way, "404.html".into()).await?,
            };
            Some(respond(
                StatusCode::NOT_FOUND,
                page.content_type,
                Body::from(page.bytes()),
            ))
        }
    }
}

/// The page at `path` rendered by the build under way, off the runtime's threads.
async fn rendered(under_way: &Arc<snapshot::UnderWayPages>, path: String) -> Option<Served> {
    let under_way = Arc::clone(under_way);
    tokio::task::spawn_blocking(move || under_way.page(&path))
        .await
        .ok()?
}

/// A file of the site (or the page saying why there is none yet).
fn site_file(snapshot: &Snapshot, uri: &Uri) -> Response {
    if snapshot.files.is_empty() {
        let page = error_page(
            snapshot
                .errors
                .as_deref()
                .unwrap_or("The site is being built."),
            &snapshot.base_path,
        );
        return respond(
            StatusCode::SERVICE_UNAVAILABLE,
            "text/html; charset=utf-8",
            Body::from(page),
        );
    }
    answer(
        snapshot,
        lookup(uri.path(), &snapshot.base_path, |p| snapshot.has(p)),
    )
}

/// The answer to a request that resolved to `found`.
fn answer(snapshot: &Snapshot, found: Lookup) -> Response {
    match found {
        Lookup::File(path) => match snapshot.get(&path) {
            Some(f) => respond(StatusCode::OK, f.content_type, Body::from(f.bytes())),
            None => respond(
                StatusCode::NOT_FOUND,
                "text/plain; charset=utf-8",
                Body::from("Not found"),
            ),
        },
        Lookup::Redirect(to) => {
            let mut r = respond(
                StatusCode::FOUND,
                "text/plain; charset=utf-8",
                Body::empty(),
            );
            if let Ok(v) = HeaderValue::from_str(&to) {
                r.headers_mut().insert(header::LOCATION, v);
            }
            r
        }
        Lookup::NotFound => match snapshot.files.get("404.html") {
            Some(f) => respond(StatusCode::NOT_FOUND, f.content_type, Body::from(f.bytes())),
            None => respond(
                StatusCode::NOT_FOUND,
                "text/plain; charset=utf-8",
                Body::from("Not found"),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(p: &str) -> bool {
        [
            "index.html",
            "partners/index.html",
            "partners/a/index.html",
            "style.css",
            "café.html",
        ]
        .contains(&p)
    }

    #[test]
    fn paths_resolve_to_files_or_redirects() {
        assert_eq!(lookup("/", "/", has), Lookup::File("index.html".into()));
        assert_eq!(
            lookup("/partners/a/", "/", has),
            Lookup::File("partners/a/index.html".into())
        );
        assert_eq!(
            lookup("/partners", "/", has),
            Lookup::Redirect("/partners/".into())
        );
        assert_eq!(
            lookup("/caf%C3%A9.html", "/", has),
            Lookup::File("café.html".into())
        );
        assert_eq!(lookup("/nope", "/", has), Lookup::NotFound);
    }

    #[test]
    fn a_sub_path_is_served_under_its_prefix() {
        assert_eq!(lookup("/", "/sub/", has), Lookup::Redirect("/sub/".into()));
        assert_eq!(
            lookup("/sub", "/sub/", has),
            Lookup::Redirect("/sub/".into())
        );
        assert_eq!(
            lookup("/sub/style.css", "/sub/", has),
            Lookup::File("style.css".into())
        );
        assert_eq!(lookup("/style.css", "/sub/", has), Lookup::NotFound);
    }

    #[test]
    fn traversal_is_refused() {
        for p in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/partners/%2E%2E/%2e%2e/x",
            "/a\\..\\b",
            "/%ZZ",
            "/%c0%ae",
            "//etc/passwd",
        ] {
            assert_eq!(lookup(p, "/", has), Lookup::NotFound, "{p}");
        }
    }
}
