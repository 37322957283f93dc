//! Test harness: small fixture sites written into a temporary folder, built with the real
//! pipeline or the real binary, and read back the way a visitor would see them.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A site folder in a temporary directory.
pub(crate) struct TestSite {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
}

/// What running the `candor` binary printed.
pub(crate) struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) const ALLIANCE: &str = r#"name = "Test Alliance"
tagline = "Testing in the open"
base_url = "https://example.org/"
"#;

impl TestSite {
    /// An empty site with only alliance.toml.
    pub(crate) fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let site = TestSite { _tmp: tmp, root };
        site.write("content/alliance.toml", ALLIANCE);
        site
    }

    /// A small but complete site: two partners, an objective, milestones, a success, a setback.
    pub(crate) fn small() -> Self {
        let site = TestSite::new();
        site.write("content/partners/acme.md", "+++\nname = \"Acme Works\"\nkind = \"business\"\njoined = 2024-01-01\ntags = [\"jobs\"]\n\n[[contributions]]\ndate = 2024-02-01\nkind = \"funds\"\namount = 1000\nstatus = \"pledged\"\n\n[[contributions]]\ndate = 2024-03-01\nkind = \"funds\"\namount = 400\n+++\nAcme makes things.\n");
        site.write(
            "content/partners/school.md",
            "+++\nname = \"Hill School\"\nkind = \"school\"\njoined = 2024-01-01\n+++\n",
        );
        site.write("content/objectives/jobs.md", "+++\ntitle = \"More jobs\"\nowners = [\"acme\"]\n\n[[indicators]]\nname = \"People in work\"\nbaseline = 10\ntarget = 30\nmeasurements = [{ date = 2024-06-01, value = 15, verification = \"audited\" }]\n+++\n");
        site.write("content/milestones/launch.md", "+++\ntitle = \"Launch the scheme\"\ndue = 2025-05-01\nstatus = \"in-progress\"\nobjective = \"jobs\"\npartners = [\"acme\"]\n+++\n");
        site.write("content/milestones/plan.md", "+++\ntitle = \"Write the plan\"\ndue = 2024-03-01\nstatus = \"achieved\"\ncompleted = 2024-03-11\npartners = [\"school\"]\n+++\n");
        site.write("content/successes/first-hire.md", "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nA person got a job.\n");
        site.write("content/setbacks/late-start.md", "+++\ntitle = \"Late start\"\ndate = 2024-08-01\nseverity = \"medium\"\nstatus = \"open\"\npartners = [\"school\"]\nmilestone = \"launch\"\nlessons = [\"Start earlier\"]\n\n[[updates]]\ndate = 2024-08-02\ntext = \"Still late.\"\n+++\n");
        site
    }

    /// Writes a file under the site root, creating folders.
    pub(crate) fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    /// Writes raw bytes under the site root.
    pub(crate) fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Removes a file.
    pub(crate) fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root.join(rel)).unwrap();
    }

    /// The default output folder.
    pub(crate) fn public(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Runs `candor ARGS --root <root>`.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_candor"));
        command
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env_remove("SOURCE_DATE_EPOCH");
        run_command(&mut command)
    }

    /// Builds with `--date DATE` and asserts success.
    pub(crate) fn build(&self, date: &str) -> Run {
        let run = self.run(&["build", "--date", date]);
        assert_eq!(run.code, 0, "build failed:\n{}\n{}", run.stdout, run.stderr);
        run
    }

    /// Builds with `--date DATE` and asserts failure.
    pub(crate) fn build_fails(&self, date: &str) -> Run {
        let run = self.run(&["build", "--date", date]);
        assert_eq!(
            run.code, 1,
            "build should fail:\n{}\n{}",
            run.stdout, run.stderr
        );
        run
    }

    /// A file of the built site.
    pub(crate) fn page(&self, rel: &str) -> String {
        let path = self.public().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The `<main>` of a built page, with tags stripped and spaces collapsed: what a reader reads.
    pub(crate) fn text(&self, rel: &str) -> String {
        visible_text(&main_of(&self.page(rel)))
    }
}

/// Runs a command and collects what it printed.
pub(crate) fn run_command(command: &mut Command) -> Run {
    let out = command.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The `<main>` element of a page.
pub(crate) fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>");
    html[start..end].to_string()
}

/// Text with tags removed, entities for & < > " decoded, and white space collapsed.
pub(crate) fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every value of attribute `attr` (`href`, `src`, `id`) in `html`.
pub(crate) fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    out
}

/// Every HTML file of a built site, by path relative to `dir`.
pub(crate) fn html_files(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for entry in walk(dir) {
        if entry.extension().is_some_and(|e| e == "html") {
            let rel = entry
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(rel, std::fs::read_to_string(&entry).unwrap());
        }
    }
    files
}

/// Every file below `dir` with its bytes, in path order: compare two of these to know whether
/// a folder changed at all.
pub(crate) fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    walk(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// Every file below `dir`.
pub(crate) fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Checks that every internal link, image and stylesheet of the site at `dir` resolves to a
/// file, and every `#fragment` to an id on its page, when the site is served at `base_path`.
/// Returns the broken references.
pub(crate) fn broken_links(dir: &Path, base_path: &str) -> Vec<String> {
    let pages = html_files(dir);
    let ids: BTreeMap<&String, BTreeSet<String>> = pages
        .iter()
        .map(|(p, html)| (p, attribute_values(html, "id").into_iter().collect()))
        .collect();
    let mut broken = Vec::new();
    for (page, html) in &pages {
        let refs = attribute_values(html, "href")
            .into_iter()
            .chain(attribute_values(html, "src"));
        for r in refs {
            if r.starts_with("http://") || r.starts_with("https://") || r.starts_with("mailto:") {
                continue;
            }
            let (path, fragment) = match r.split_once('#') {
                Some((p, f)) => (p.to_string(), Some(f.to_string())),
                None => (r.clone(), None),
            };
            let target = if path.is_empty() {
                page.clone()
            } else if let Some(abs) = path.strip_prefix(base_path) {
                abs.to_string()
            } else if path.starts_with('/') {
                broken.push(format!("{page}: {r} is outside {base_path}"));
                continue;
            } else {
                let dir = Path::new(page).parent().unwrap_or(Path::new(""));
                normalise(&dir.join(&path))
            };
            let file = if target.is_empty() || target.ends_with('/') {
                format!("{target}index.html")
            } else {
                target
            };
            if !dir.join(&file).is_file() {
                broken.push(format!("{page}: {r} -> missing {file}"));
                continue;
            }
            if let Some(f) = fragment
                && !f.is_empty()
                && file.ends_with(".html")
                && !ids.get(&file).is_some_and(|set| set.contains(&f))
            {
                broken.push(format!("{page}: {r} -> no id {f} in {file}"));
            }
        }
    }
    broken
}

fn normalise(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    let mut s = parts.join("/");
    if p.to_string_lossy().ends_with('/') {
        s.push('/');
    }
    s
}

/// Compares `actual` with the snapshot `tests/snapshots/<name>`, and fails with the first lines
/// that differ. `CANDOR_BLESS=1 cargo test` writes the snapshots anew instead: review the diff
/// with git before committing it.
pub(crate) fn assert_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("CANDOR_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "no snapshot {} ({e}); write it with CANDOR_BLESS=1 cargo test",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let mut report = String::new();
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    for line in old.iter().skip(first).take(6) {
        report.push_str(&format!("- {line}\n"));
    }
    for line in new.iter().skip(first).take(6) {
        report.push_str(&format!("+ {line}\n"));
    }
    panic!(
        "{name} differs from its snapshot from line {}:\n{report}if the change is meant, run CANDOR_BLESS=1 cargo test and review the diff with git",
        first + 1
    );
}

/// Each tag of `html` on a line of its own, so that a snapshot's diff shows what changed.
pub(crate) fn one_tag_a_line(html: &str) -> String {
    html.replace("><", ">\n<").trim().to_string() + "\n"
}

/// Days from 1970-01-01 to `date` (`YYYY-MM-DD`), the civil-calendar way.
fn civil_days(date: &str) -> i64 {
    let parts: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let (y, m, d) = (parts[0] - i64::from(parts[1] <= 2), parts[1], parts[2]);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Commits every file of `root/content/` as it is now, on `date`, and returns the commit's
/// first 7 characters.
pub(crate) fn git_commit(root: &std::path::Path, date: &str, message: &str) -> String {
    let repo = gix::open(root).unwrap_or_else(|_| gix::init(root).unwrap());
    let mut tree = repo
        .edit_tree(gix::ObjectId::empty_tree(gix::hash::Kind::Sha1))
        .unwrap();
    for entry in walkdir::WalkDir::new(root.join("content")) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let blob = repo
            .write_blob(std::fs::read(entry.path()).unwrap())
            .unwrap();
        tree.upsert(rel.as_str(), gix::object::tree::EntryKind::Blob, blob)
            .unwrap();
    }
    let tree = tree.write().unwrap();
    let time = format!("{} +0000", civil_days(date) * 86_400 + 12 * 3600);
    let who = gix::actor::SignatureRef {
        name: "Editor".into(),
        email: "editor@example.org".into(),
        time: &time,
    };
    let parents: Vec<gix::ObjectId> = repo
        .head_id()
        .ok()
        .map(|id| id.detach())
        .into_iter()
        .collect();
    let id = repo
        .commit_as(who, who, "HEAD", message, tree, parents)
        .unwrap();
    id.to_string()[..7].to_string()
}

/// What `tests/browser/search.mjs` saw when it searched `dir`'s search page, served at `prefix`.
pub(crate) fn search_in_chromium(dir: &Path, prefix: &str, queries: &str) -> serde_json::Value {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("node")
        .arg(manifest.join("tests/browser/search.mjs"))
        .arg(dir)
        .arg(prefix)
        .arg(queries)
        .output()
        .expect("node must be installed (../shared/verify/setup.sh)");
    assert!(
        out.status.success(),
        "the search check could not run (Chromium and ../shared/verify/setup.sh are needed):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
