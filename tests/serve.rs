//! `candor serve` as a browser and a writer use it: pages and assets over HTTP, reloads after
//! edits, broken content shown and recovered from, and always the same files as a build.

mod common;
use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `candor serve` on a free port, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    /// What it printed after its address (stdout and stderr, as they come).
    terminal: Arc<Mutex<String>>,
}

/// `candor serve` on a free port with a fixed date, and `args`.
fn serve_command(args: &[&str]) -> Command {
    serve_command_with(Command::new(env!("CARGO_BIN_EXE_candor")), args)
}

/// `command` given the arguments of `candor serve` on a free port with a fixed date, and `args`.
fn serve_command_with(mut command: Command, args: &[&str]) -> Command {
    command
        .args(["serve", "--port", "0", "--date", "2025-06-01"])
        .args(args);
    command
}

impl Server {
    /// Serves `site`, named with an absolute `--root`.
    fn start(site: &TestSite) -> Server {
        let mut command = serve_command(&["--root"]);
        command.arg(&site.root);
        Server::launch(command)
    }

    /// Runs `command` (a `candor serve`) and waits for its address and for its first build
    /// to end (serve answers pages before that, rendering each as it is asked for).
    fn launch(command: Command) -> Server {
        Server::launch_until(command, true)
    }

    /// Runs `command` (a `candor serve`) and waits for its address, and for its first build
    /// to end when `first_build` (otherwise that is printed to [`Server::terminal`]).
    fn launch_until(mut command: Command, first_build: bool) -> Server {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let terminal = Arc::new(Mutex::new(String::new()));
        let stderr = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(collect(stderr.lines(), terminal.clone()));
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let (mut port, mut first_build_ended) = (None, !first_build);
        while port.is_none() || !first_build_ended {
            let Some(Ok(line)) = lines.next() else {
                let _ = child.kill();
                panic!(
                    "serve stopped before printing its address and its first build:\n{}",
                    terminal.lock().unwrap()
                );
            };
            if let Some(rest) = line.strip_prefix("Serving at http://127.0.0.1:") {
                port = Some(rest.split('/').next().unwrap().parse().unwrap());
            }
            first_build_ended |=
                line.starts_with("Built ") || line.starts_with("The first build failed");
        }
        let port = port.unwrap();
        std::thread::spawn(collect(lines, terminal.clone()));
        Server {
            child,
            port,
            terminal,
        }
    }

    /// `(status, content type, body)` of a request for `localhost`.
    fn request(&self, method: &str, path: &str) -> (u16, String, Vec<u8>) {
        self.request_for("localhost", method, path)
    }

    /// `(status, content type, body)` of a request with this `Host` header.
    fn request_for(&self, host: &str, method: &str, path: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let content_type = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-type: ")
                    .map(str::to_string)
            })
            .unwrap_or_default();
        (status, content_type, raw[split + 4..].to_vec())
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        let (status, ct, body) = self.request("GET", path);
        (status, ct, String::from_utf8_lossy(&body).into_owned())
    }

    fn get_for(&self, host: &str, path: &str) -> (u16, String, String) {
        let (status, ct, body) = self.request_for(host, "GET", path);
        (status, ct, String::from_utf8_lossy(&body).into_owned())
    }

    /// Subscribes to reload events.
    fn events(&self) -> BufReader<TcpStream> {
        self.events_at(EVENTS)
    }

    /// Subscribes to reload events at `path`.
    fn events_at(&self, path: &str) -> BufReader<TcpStream> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{path}: {line}");
        while reader.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
            line.clear();
        }
        reader
    }

    /// What it printed so far after its address.
    fn terminal(&self) -> String {
        self.terminal.lock().unwrap().clone()
    }

    /// Waits up to `limit` for it to exit; its exit code, or `None` if it is still running.
    fn exit_within(&mut self, limit: Duration) -> Option<i32> {
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A thread's work: adds each line to `terminal`.
fn collect(
    lines: impl Iterator<Item = std::io::Result<String>>,
    terminal: Arc<Mutex<String>>,
) -> impl FnOnce() {
    move || {
        for line in lines.map_while(Result::ok) {
            let mut text = terminal.lock().unwrap();
            text.push_str(&line);
            text.push('\n');
        }
    }
}

/// Where pages subscribe to reloads.
const EVENTS: &str = "/__candor/events";

/// Waits for the next `data:` message of an event stream.
fn next_event(events: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            events.read_line(&mut line).unwrap() > 0,
            "event stream closed"
        );
        if let Some(data) = line.trim_end().strip_prefix("data: ") {
            return data.to_string();
        }
    }
}

#[test]
fn serves_pages_and_assets_like_a_static_host() {
    let site = TestSite::small();
    let server = Server::start(&site);
    let (status, ct, body) = server.get("/");
    assert_eq!((status, ct.as_str()), (200, "text/html; charset=utf-8"));
    assert!(body.contains("Test Alliance") && body.contains("/__candor/reload.js"));
    assert_eq!(server.get("/style.css").1, "text/css; charset=utf-8");
    assert_eq!(server.get("/atom.xml").1, "application/xml");
    assert_eq!(server.get("/data/alliance.json").1, "application/json");
    let (status, _, body) = server.get("/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    assert_eq!(server.get("/partners").0, 302);
    let (status, _, body) = server.request("HEAD", "/partners/acme/");
    assert_eq!((status, body.len()), (200, 0));
    for evil in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/partners/..%2f..%2f..%2fetc/passwd",
        "/%2F..%2F..%2Fetc%2Fpasswd",
    ] {
        let (status, _, body) = server.get(evil);
        assert_eq!(status, 404, "{evil}");
        assert!(!body.contains("root:"), "{evil}");
    }
    assert!(!site.public().exists(), "serve never writes public/");
}

#[test]
fn a_sub_path_site_is_served_under_it() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        "name = \"Test Alliance\"\nbase_url = \"https://example.org/riverside/\"\n",
    );
    let server = Server::start(&site);
    let (status, _, _) = server.get("/");
    assert_eq!(status, 302);
    let (status, _, body) = server.get("/riverside/partners/acme/");
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/riverside/style.css\""));
    assert_eq!(server.get("/partners/acme/").0, 404);
}

#[test]
fn an_edit_reloads_the_page_with_the_new_content() {
    let site = TestSite::small();
    site.write("static/style.css", "body { color: black; }");
    let server = Server::start(&site);
    assert_a_save_reloads(&site, &server);
    let mut events = server.events();
    assert!(
        server
            .get("/milestones/launch/")
            .2
            .contains("Acme Cooperative"),
        "pages that show it change too"
    );

    site.write("static/style.css", "body { color: navy; }");
    assert_eq!(
        next_event(&mut events),
        "css",
        "a stylesheet reloads without a full reload"
    );
    assert_eq!(server.get("/style.css").2, "body { color: navy; }");
}

#[test]
fn pages_are_served_while_the_first_build_is_under_way_exactly_as_it_makes_them() {
    let site = TestSite::small();
    // One page that takes long to make (70^4 turns of a loop, seconds) keeps the first build
    // under way.
    let seventy = format!("[{}]", ["0"; 70].join(","));
    let slow = ["a", "b", "c", "d"]
        .iter()
        .map(|v| format!("{{% for {v} in {seventy} %}}"))
        .collect::<String>();
    site.write(
        "templates/partners.html",
        &format!(
            "{{% extends \"base.html\" %}}{{% block main %}}{slow}{}<h1>Partners</h1>{{% endblock main %}}",
            "{% endfor %}".repeat(4)
        ),
    );
    let mut command = serve_command(&["--root"]);
    command.arg(&site.root);
    let server = Server::launch_until(command, false);
    // Asked for now, the feed (made from the whole site) comes once the build has ended.
    let port = server.port;
    let feed = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .unwrap();
        write!(
            stream,
            "GET /atom.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).unwrap();
        raw
    });
    let (status, content_type, early) = server.get("/successes/first-hire/");
    let (css_status, _, css) = server.get("/style.css");
    let (redirect, _, _) = server.get("/successes");
    let (missing_status, _, missing) = server.get("/no-such-page/");
    let terminal = server.terminal();
    assert!(
        !terminal.contains("Built "),
        "answered before the first build ended:\n{terminal}"
    );
    assert_eq!(
        (status, content_type.as_str()),
        (200, "text/html; charset=utf-8")
    );
    assert!(early.contains("<h1>First hire</h1>"), "{early}");
    assert!(early.contains("__candor/reload.js"), "it reloads: {early}");
    assert_eq!(css_status, 200);
    assert!(css.contains("body"), "the stylesheet is there: {css}");
    assert_eq!(redirect, 302);
    assert_eq!(missing_status, 404);
    let deadline = Instant::now() + Duration::from_secs(60);
    while !server.terminal().contains("Built ") {
        assert!(Instant::now() < deadline, "{}", server.terminal());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(server.get("/successes/first-hire/").2, early);
    assert_eq!(server.get("/style.css").2, css);
    assert_eq!(
        server.get("/no-such-page/"),
        (404, content_type.clone(), missing)
    );
    assert!(server.get("/partners/").2.contains("<h1>Partners</h1>"));
    let (status, _, now) = server.get("/atom.xml");
    assert_eq!(status, 200);
    assert!(now.contains("First hire"), "{now}");
    let waited = feed.join().unwrap();
    assert!(waited.starts_with("HTTP/1.1 200"), "{waited}");
    assert!(waited.ends_with(&now), "the feed the build makes: {waited}");
}

#[test]
fn broken_content_shows_every_problem_then_recovers() {
    let site = TestSite::small();
    let server = Server::start(&site);
    let mut events = server.events();
    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"First hire\ndate = 2024-07-01\n+++\n",
    );
    assert_eq!(next_event(&mut events), "reload");
    let (status, _, body) = server.get("/partners/acme/");
    assert_eq!(status, 200, "the last good build is still served");
    assert!(body.contains("candor-errors"));
    assert!(
        body.contains("content/successes/first-hire.md:2:20"),
        "{body}"
    );
    assert!(body.contains("Acme Works"));

    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"First hire, fixed\"\ndate = 2024-07-01\n+++\n",
    );
    assert_eq!(next_event(&mut events), "reload");
    let body = server.get("/successes/first-hire/").2;
    assert!(!body.contains("candor-errors"));
    assert!(body.contains("First hire, fixed"));
}

#[test]
fn a_failed_first_build_still_starts_the_server() {
    let site = TestSite::small();
    site.write(
        "content/milestones/bad.md",
        "+++\ntitle = \"Bad\"\ndue = 2024-01-01\nstatus = \"achieved\"\n+++\n",
    );
    let server = Server::start(&site);
    let mut events = server.events();
    let (status, _, body) = server.get("/");
    assert_eq!(status, 503);
    assert!(
        body.contains("an achieved milestone needs a `completed` date"),
        "{body}"
    );
    site.remove("content/milestones/bad.md");
    assert_eq!(next_event(&mut events), "reload");
    assert_eq!(server.get("/").0, 200);
}

/// Everything a fresh build writes, served byte for byte (without the reload script).
fn assert_serves_what_build_writes(site: &TestSite, server: &Server, removed: &[&str]) {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("site");
    let run = site.run(&[
        "build",
        "--date",
        "2025-06-01",
        "--output",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in walk(&dir) {
        let rel = file
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == ".candor-build" {
            continue;
        }
        let url = format!("/{}", rel.trim_end_matches("index.html"));
        let (status, _, body) = server.request("GET", &url);
        assert_eq!(status, 200, "{url}");
        let served = candor::serve::strip_injected(&body);
        // The test's client reads bodies as text: a binary file (the search index's, gzipped)
        // is compared as the same lossy text.
        let built = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        assert!(served == built.into_bytes(), "{url} differs from the build");
    }
    for gone in removed {
        assert_eq!(server.get(gone).0, 404, "{gone} should be gone");
    }
}

#[test]
fn after_any_series_of_edits_serve_matches_a_fresh_build() {
    let site = TestSite::small();
    let server = Server::start(&site);
    let mut events = server.events();
    let mut step = |edit: &dyn Fn()| {
        edit();
        assert_eq!(next_event(&mut events), "reload");
        // Editors can touch a file more than once; let any second rebuild finish.
        std::thread::sleep(Duration::from_millis(150));
    };
    step(&|| {
        site.write("content/milestones/launch.md", "+++\ntitle = \"Launch the bigger scheme\"\ndue = 2025-05-01\nstatus = \"in-progress\"\nobjective = \"jobs\"\npartners = [\"acme\"]\n+++\n")
    });
    assert_serves_what_build_writes(&site, &server, &[]);
    step(&|| {
        site.write("content/successes/second-hire.md", "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"school\"]\ntags = [\"jobs\"]\n+++\n")
    });
    assert_serves_what_build_writes(&site, &server, &[]);
    step(&|| site.remove("content/successes/first-hire.md"));
    assert_serves_what_build_writes(&site, &server, &["/successes/first-hire/"]);
    step(&|| {
        // Rename a slug that others reference, and update the references.
        std::fs::rename(
            site.root.join("content/partners/acme.md"),
            site.root.join("content/partners/acme-works.md"),
        )
        .unwrap();
        site.write(
            "content/objectives/jobs.md",
            "+++\ntitle = \"More jobs\"\nowners = [\"acme-works\"]\n+++\n",
        );
        site.write("content/milestones/launch.md", "+++\ntitle = \"Launch the bigger scheme\"\ndue = 2025-05-01\nstatus = \"in-progress\"\nobjective = \"jobs\"\npartners = [\"acme-works\"]\n+++\n");
    });
    assert_serves_what_build_writes(&site, &server, &["/partners/acme/"]);
    step(&|| {
        site.write("templates/partner.html", "{% extends \"base.html\" %}{% block main %}<h1>Partner: {{ page.title }}</h1>{% endblock main %}")
    });
    assert_serves_what_build_writes(&site, &server, &[]);
    assert!(
        server
            .get("/partners/acme-works/")
            .2
            .contains("Partner: Acme Works")
    );
    // A message of the site's own (in a folder made while serving), then another language.
    step(&|| site.write("i18n/en/ours.ftl", "footer-tags = Topics\n"));
    assert_serves_what_build_writes(&site, &server, &[]);
    assert!(
        server
            .get("/partners/acme-works/")
            .2
            .contains(">Topics</a>")
    );
    // A translation: the site in another language, at its own addresses.
    step(&|| {
        site.write(
            "content/milestones/launch.es.md",
            "+++\ntitle = \"Lanzar el plan\"\n+++\nEl plan arranca.\n",
        )
    });
    assert_serves_what_build_writes(&site, &server, &[]);
    assert!(
        server
            .get("/es/milestones/launch/")
            .2
            .contains("<h1>Lanzar el plan</h1>")
    );
    step(&|| {
        let alliance = std::fs::read_to_string(site.root.join("content/alliance.toml")).unwrap();
        site.write(
            "content/alliance.toml",
            &format!("{alliance}language = \"fr\"\n"),
        );
    });
    assert_serves_what_build_writes(&site, &server, &[]);
    assert!(
        server
            .get("/partners/acme-works/")
            .2
            .contains("<html lang=\"fr\" dir=\"ltr\">")
    );
    let started = Instant::now();
    assert!(started.elapsed() < Duration::from_secs(60));
}

/// Saves a partner's new name and sees the reload, then the new page.
fn assert_a_save_reloads(site: &TestSite, server: &Server) {
    let mut events = server.events();
    site.write(
        "content/partners/acme.md",
        "+++\nname = \"Acme Cooperative\"\nkind = \"business\"\njoined = 2024-01-01\n+++\n",
    );
    assert_eq!(next_event(&mut events), "reload");
    assert!(
        server
            .get("/partners/acme/")
            .2
            .contains("<h1>Acme Cooperative</h1>")
    );
}

#[test]
fn a_save_reloads_when_serve_runs_in_the_site_folder_as_the_readme_says() {
    // `candor serve` with no --root, from inside the site folder.
    let site = TestSite::small();
    let mut command = serve_command(&[]);
    command.current_dir(&site.root);
    let server = Server::launch(command);
    assert_a_save_reloads(&site, &server);
}

#[test]
fn a_save_reloads_with_a_relative_root() {
    for (dir, root) in [("site", "."), ("parent", "site")] {
        let site = TestSite::small();
        let cwd = match dir {
            "site" => site.root.clone(),
            _ => site.root.parent().unwrap().to_path_buf(),
        };
        let mut command = serve_command(&["--root", root]);
        command.current_dir(cwd);
        let server = Server::launch(command);
        assert_a_save_reloads(&site, &server);
    }
}

#[test]
fn a_missing_site_folder_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = serve_command(&["--root", "no-such-site"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot use `no-such-site` as the site folder"),
        "{stderr}"
    );
}

/// Sends SIGINT, as Ctrl+C in a terminal does.
fn interrupt(server: &Server) {
    let status = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn ctrl_c_stops_serve_while_a_page_listens_for_reloads() {
    let site = TestSite::small();
    let mut server = Server::start(&site);
    // An open page: its reload stream stays connected.
    let mut events = server.events();
    assert_eq!(server.get("/").0, 200);
    interrupt(&server);
    let code = server.exit_within(Duration::from_secs(5));
    assert_eq!(
        code,
        Some(0),
        "one Ctrl+C stops serve, with success:\n{}",
        server.terminal()
    );
    // The page's stream was ended, not cut off mid-way.
    let mut rest = Vec::new();
    let _ = events.read_to_end(&mut rest);
    assert!(
        String::from_utf8_lossy(&rest).ends_with("0\r\n\r\n"),
        "{rest:?}"
    );
}

#[test]
fn requests_for_other_host_names_are_refused() {
    let site = TestSite::small();
    let server = Server::start(&site);
    for path in [
        "/",
        "/partners/acme/",
        "/style.css",
        EVENTS,
        "/__candor/reload.js",
    ] {
        let (status, ct, body) = server.get_for("evil.example", path);
        assert_eq!(status, 403, "{path}");
        assert_eq!(ct, "text/plain; charset=utf-8");
        assert!(body.contains("--allow-host evil.example"), "{body}");
        assert!(!body.contains("Acme"), "{body}");
    }
    assert_eq!(server.get_for("evil.example:80", "/").0, 403);
    assert_eq!(server.get_for("localhost.evil.example", "/").0, 403);
    let port = server.port;
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        "localhost".to_string(),
        format!("[::1]:{port}"),
    ] {
        let (status, _, body) = server.get_for(&host, "/partners/acme/");
        assert_eq!(status, 200, "{host}");
        assert!(body.contains("Acme Works"), "{host}");
    }
}

#[test]
fn allow_host_admits_a_name() {
    let site = TestSite::small();
    let mut command = serve_command(&["--allow-host", "preview.lan", "--root"]);
    command.arg(&site.root);
    let server = Server::launch(command);
    let port = server.port;
    let (status, _, body) = server.get_for(&format!("preview.lan:{port}"), "/partners/acme/");
    assert_eq!(status, 200);
    assert!(body.contains("Acme Works"));
    assert_eq!(server.get_for("PREVIEW.LAN", "/").0, 200);
    assert_eq!(server.get_for("other.lan", "/").0, 403);
}

/// The opening tags of every `<script>` element of a page.
fn script_tags(page: &str) -> Vec<String> {
    let lower = page.to_ascii_lowercase();
    lower
        .match_indices("<script")
        .map(|(at, _)| {
            let end = lower[at..].find('>').map_or(lower.len(), |e| at + e + 1);
            page[at..end].to_string()
        })
        .collect()
}

/// Asserts that a served page runs no inline script and that its scripts are served.
fn assert_no_inline_script(server: &Server, page: &str) {
    let tags = script_tags(page);
    assert!(!tags.is_empty(), "the reload script is loaded: {page}");
    for tag in tags {
        let src = tag
            .split("src=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_else(|| panic!("an inline script: {tag}"));
        let (status, ct, body) = server.get(src);
        assert_eq!(
            (status, ct.as_str()),
            (200, "text/javascript; charset=utf-8")
        );
        assert!(body.contains("EventSource"), "{body}");
    }
    assert!(!page.contains(" onload="), "no inline handler");
}

#[test]
fn served_pages_load_the_reload_script_as_a_file() {
    let site = TestSite::small();
    let server = Server::start(&site);
    assert_no_inline_script(&server, &server.get("/").2);
    assert_no_inline_script(&server, &server.get("/partners/acme/").2);

    // The banner of a broken build needs no inline script or style either.
    let mut events = server.events();
    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"Oops\n+++\n",
    );
    assert_eq!(next_event(&mut events), "reload");
    let page = server.get("/partners/acme/").2;
    assert!(page.contains("candor-errors"));
    assert_no_inline_script(&server, &page);
    assert!(!page.contains(" style="), "{page}");
    let (status, ct, css) = server.get("/__candor/banner.css");
    assert_eq!((status, ct.as_str()), (200, "text/css; charset=utf-8"));
    assert!(css.contains(".candor-errors"));
}

#[test]
fn a_sub_path_site_loads_the_reload_script_under_it() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        "name = \"Test Alliance\"\nbase_url = \"https://example.org/riverside/\"\n",
    );
    let server = Server::start(&site);
    let page = server.get("/riverside/partners/acme/").2;
    assert!(
        page.contains("src=\"/riverside/__candor/reload.js\""),
        "{page}"
    );
    assert_no_inline_script(&server, &page);
    // The script subscribes next to itself.
    let mut events = server.events_at("/riverside/__candor/events");
    site.write(
        "content/partners/acme.md",
        "+++\nname = \"Acme Cooperative\"\nkind = \"business\"\njoined = 2024-01-01\n+++\n",
    );
    assert_eq!(next_event(&mut events), "reload");
}

/// Whether this process can read a file no one may read (root, or a capability like it).
fn reads_past_permissions(dir: &std::path::Path) -> bool {
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").unwrap();
    chmod(&probe, 0o000);
    let can = std::fs::read(&probe).is_ok();
    std::fs::remove_file(&probe).unwrap();
    can
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn an_unreadable_static_file_is_a_problem_shown_in_the_terminal_and_the_banner() {
    let site = TestSite::small();
    let tmp = site.root.parent().unwrap();
    // Permissions do not stop root (CI runs the tests as root). Then the server runs as the
    // unprivileged user `nobody` (uid and gid 65534, no groups) through util-linux's
    // `setpriv`, for which a file of mode 000 really cannot be read; the site folder is made
    // readable by everyone for it. As any other user, the server runs as that user.
    let command = if reads_past_permissions(tmp) {
        chmod(tmp, 0o755);
        let mut setpriv = Command::new("setpriv");
        setpriv.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_candor"),
        ]);
        serve_command_with(setpriv, &["--root"])
    } else {
        serve_command(&["--root"])
    };
    let mut command = command;
    command.arg(&site.root);
    let server = Server::launch(command);
    assert_eq!(server.get("/").0, 200);

    let mut events = server.events();
    site.write("static/files/report.pdf", "%PDF-1.4");
    chmod(&site.root.join("static/files/report.pdf"), 0o000);
    assert_eq!(next_event(&mut events), "reload");
    let page = server.get("/partners/acme/").2;
    assert!(page.contains("candor-errors"), "a banner: {page}");
    assert!(
        page.contains("cannot read `static/files/report.pdf`: Permission denied"),
        "{page}"
    );
    // The problems go to stderr and the summary line to stdout, read by two threads: wait
    // for both rather than for whichever arrives first.
    let deadline = Instant::now() + Duration::from_secs(5);
    let wanted = [
        "Still serving the last good build",
        "cannot read `static/files/report.pdf`: Permission denied",
    ];
    while !wanted.iter().all(|w| server.terminal().contains(w)) {
        assert!(Instant::now() < deadline, "{}", server.terminal());
        std::thread::sleep(Duration::from_millis(20));
    }
    let terminal = server.terminal();
    assert!(
        !terminal.contains("Built "),
        "no success reported: {terminal}"
    );

    // Readable again: the banner goes and the file is served.
    chmod(&site.root.join("static/files/report.pdf"), 0o644);
    site.write("static/files/report.pdf", "%PDF-1.5");
    assert_eq!(next_event(&mut events), "reload");
    assert!(!server.get("/partners/acme/").2.contains("candor-errors"));
    assert_eq!(server.get("/files/report.pdf").2, "%PDF-1.5");
}

/// A request that never finishes arriving: it holds a graceful stop until its bound.
fn stuck_request(server: &Server) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(stream, "GET / HTTP/1.1\r\nHost: localhost\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    stream
}

#[test]
fn a_stop_waits_for_a_stuck_request_only_a_moment() {
    let site = TestSite::small();
    let mut server = Server::start(&site);
    let _stuck = stuck_request(&server);
    let started = Instant::now();
    interrupt(&server);
    assert_eq!(server.exit_within(Duration::from_secs(8)), Some(0));
    assert!(started.elapsed() < Duration::from_secs(6));
}

#[test]
fn a_second_ctrl_c_stops_serve_at_once() {
    let site = TestSite::small();
    let mut server = Server::start(&site);
    let _stuck = stuck_request(&server);
    interrupt(&server);
    assert_eq!(
        server.exit_within(Duration::from_millis(300)),
        None,
        "the first Ctrl+C waits for the request a moment"
    );
    interrupt(&server);
    assert_eq!(
        server.exit_within(Duration::from_secs(5)),
        Some(130),
        "{}",
        server.terminal()
    );
}
