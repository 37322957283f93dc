//! `candor init DIR`: a ready-to-build site whose example entries explain themselves.

use super::deploy::{self, Host, Place};
use candor::content::cms::{self, CmsSite};
use candor::date::Date;
use std::path::{Path, PathBuf};

/// Why a site could not be created.
#[derive(Debug)]
pub(crate) enum InitError {
    /// The folder has files in it and `--force` was not given.
    NotEmpty(PathBuf),
    /// The disk said no.
    Io(PathBuf, std::io::Error),
    /// Files `--host` or `--cms` would write are there already and `--force` was not given.
    Exists(Vec<PathBuf>),
    /// alliance.toml is not TOML.
    Unreadable(PathBuf, String),
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InitError::NotEmpty(dir) => write!(
                f,
                "{} is not empty; candor init only writes into a new or empty folder (use --force to write the starter files into it anyway)",
                dir.display()
            ),
            InitError::Io(path, e) => write!(f, "could not write {}: {e}", path.display()),
            InitError::Exists(paths) => write!(
                f,
                "{} already there; nothing was written (use --force to write over {})",
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                if paths.len() == 1 { "it" } else { "them" }
            ),
            InitError::Unreadable(path, problem) => write!(
                f,
                "{} cannot be read: {problem} (run `candor check` to see where)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for InitError {}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// Every file of a new site, as (path under the site folder, text).
pub(crate) fn starter_files(name: &str, today: Date) -> Vec<(&'static str, String)> {
    let n = quoted(name);
    let d = |days: i64| today.add_days(days).to_string();
    let (ago_300, ago_200, ago_120, ago_60, ago_30, ago_10) =
        (d(-300), d(-200), d(-120), d(-60), d(-30), d(-10));
    let (in_60, in_365) = (d(60), d(365));
    vec![
        (
            ".gitignore",
            "# Built by candor; rebuild with `candor build`.\n/public/\n/newsletters-out/\n# Held by a running build so that two builds never write public/ at once.\n/.public.candor.lock\n"
                .to_string(),
        ),
        (
            "content/alliance.toml",
            format!(
                r#"# Who the alliance is, and the site's settings. Every setting is explained; the ones
# starting with # are optional and show their default.

# The alliance's name, shown on every page.
name = {n}

# One line under the name.
tagline = "What we do together, in one line."

# Shown on the home page (Markdown).
mission = """
Say here why the partners work together and what you promise the public: this site reports
what we promised, what we delivered, what went wrong and what we learned.
"""

# Where the site will be published. A sub-path works: "https://example.org/our-alliance/".
base_url = "https://example.org/"

# language = "en"             # BCP 47 language tag of the content
# theme = "default"           # a folder themes/<name>/ replaces the built-in theme
# currency = "USD"            # ISO 4217 code for money contributions
# reporting = "annual"        # or "quarterly": one report page per period
# data_license = "CC-BY-4.0"  # licence of the open data under /data/
# allow_raw_html = false      # true keeps raw HTML in Markdown (otherwise shown as text)

# [newsletter]
# from = "Our Alliance <news@example.org>"
# reply_to = "hello@example.org"
# footer = "You receive this because you asked to. [Unsubscribe](https://example.org/unsubscribe/)."
"#
            ),
        ),
        (
            "content/partners/example-school.md",
            format!(
                r#"+++
name = "Example School"
kind = "school"          # nonprofit, school, business, government, community-group, funder, individual, other
joined = {ago_300}
summary = "A partner: one file per organisation, named by its slug (example-school)."
location = "Our town"
roles = ["Leads the example objective"]
strengths = ["Teachers", "A hall for meetings"]

[[contributions]]
date = {ago_200}
kind = "volunteer-hours"  # funds, volunteer-hours, in-kind, skills or venue
amount = 120
note = "Staff time; `status` defaults to received"
+++

Rename or delete this file and write your own partners. Other entries refer to a partner by
its file name without `.md`: `partners = ["example-school"]`.
"#
            ),
        ),
        (
            "content/partners/example-funder.md",
            format!(
                r#"+++
name = "Example Foundation"
kind = "funder"
joined = {ago_300}
summary = "A funder, showing money pledged and received side by side."
roles = ["Funds the coordinator"]

[[contributions]]
date = {ago_300}
kind = "funds"
amount = 30000
status = "pledged"
note = "Three-year grant"

[[contributions]]
date = {ago_200}
kind = "funds"
amount = 10000
status = "received"
note = "First year"
+++

Pledged and received amounts are never added together on the site.
"#
            ),
        ),
        (
            "content/objectives/example-objective.md",
            format!(
                r#"+++
title = "An example objective"
summary = "What will change, by how much, by when."
owners = ["example-school"]

[[indicators]]
name = "Children reading at the expected level"
unit = "%"
baseline = 50
baseline_date = {ago_300}
target = 70
target_date = {in_365}
measurements = [
  {{ date = {ago_120}, value = 54, verification = "self-reported" }},
  {{ date = {ago_30}, value = 57, verification = "independent", note = "Checked by an outside evaluator" }},
]
+++

Progress is computed from the baseline, the target and the newest measurement. Each
measurement says how it was verified.
"#
            ),
        ),
        (
            "content/milestones/example-achieved.md",
            format!(
                r#"+++
title = "An achieved milestone"
due = {ago_120}           # the date first agreed: never edit it
status = "achieved"
completed = {ago_60}      # later than due, so the site shows how many days late
objective = "example-objective"
partners = ["example-school"]
+++

When plans change, keep `due` and add a `[[replans]]` entry with the date, the new due date
and the reason.
"#
            ),
        ),
        (
            "content/milestones/example-planned.md",
            format!(
                r#"+++
title = "A planned milestone"
due = {in_60}
status = "planned"        # planned, in-progress, achieved, delayed, missed, cancelled
objective = "example-objective"
partners = ["example-school"]
deliverables = [{{ title = "Something it delivers", done = false }}]
+++

If this date passes and the milestone is not achieved, the site shows it as overdue even if
nobody edits this file.
"#
            ),
        ),
        (
            "content/successes/example-success.md",
            format!(
                r#"+++
title = "An example success"
date = {ago_60}
summary = "What went well, in one sentence."
partners = ["example-school"]
objective = "example-objective"
milestone = "example-achieved"
metrics = [{{ label = "children taking part", value = 48 }}]
consent_until = {in_365}  # quotes and pictures are withdrawn after this date

[[quotes]]
text = "A short quote from someone involved."
by = "A parent, with their consent"
+++

Tell the story: what happened, who made it happen, what difference it made.
"#
            ),
        ),
        (
            "content/setbacks/example-setback.md",
            format!(
                r#"+++
title = "An example setback"
date = {ago_120}
severity = "medium"       # low, medium, high
status = "mitigating"     # open, mitigating, resolved
summary = "What went wrong, in one sentence."
partners = ["example-school"]
objective = "example-objective"
lessons = ["What we learned"]

[[actions]]
title = "What is being done about it"
owner = "example-school"
due = {in_60}

[[updates]]
date = {ago_10}
text = "The newest update is shown first."

[[responses]]
partner = "example-funder"
date = {ago_30}
text = "A partner's own account: every partner has a right of reply."
+++

Setbacks get the same space as successes. Say what went wrong plainly.
"#
            ),
        ),
        (
            "content/case-studies/example-case-study.md",
            format!(
                r#"+++
title = "An example case study"
date = {ago_30}
summary = "A longer story with figures from before and after."
partners = ["example-school", "example-funder"]
objectives = ["example-objective"]

[[outcomes]]
label = "Children reading every day"
before = 12
after = 31
unit = "children"
+++

## Before

Describe the situation before the work started.

## What changed

A case study can be a folder (`example-case-study/index.md`) with photos and PDFs beside it;
create one with `candor new case-study "Title" --bundle`.
"#
            ),
        ),
        (
            "content/pages/about.md",
            r#"+++
title = "About us"
menu = true
weight = 10
+++

A free page, listed in the navigation because `menu = true`. Say who the partners are, how
decisions are made, and how to contact the alliance.
"#
            .to_string(),
        ),
        (
            "content/newsletters/first-issue.md",
            format!(
                r#"+++
title = "Our first newsletter"
date = {ago_10}
+++

The editor's introduction. The issue's page lists what changed in the period it covers.
"#
            ),
        ),
    ]
}

/// Creates a site in `dir`.
pub(crate) fn create(
    dir: &Path,
    name: &str,
    force: bool,
    today: Date,
) -> Result<Vec<PathBuf>, InitError> {
    let not_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty && !force {
        return Err(InitError::NotEmpty(dir.to_path_buf()));
    }
    let mut written = Vec::new();
    for (rel, text) in starter_files(name, today) {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
        }
        std::fs::write(&path, text).map_err(|e| InitError::Io(path.clone(), e))?;
        written.push(path);
    }
    Ok(written)
}

/// Runs `candor init`; returns the exit code. With `host` or `cms` and a folder that is
/// already a site (it has content/alliance.toml), only those files are added.
pub(crate) fn run(
    dir: &Path,
    name: Option<&str>,
    force: bool,
    host: Option<Host>,
    cms: bool,
) -> i32 {
    let existing = dir.join("content/alliance.toml").is_file();
    if existing && (host.is_some() || cms) {
        return match add_extras(dir, force, host, cms) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        };
    }
    let fallback = dir
        .file_name()
        .map(|n| n.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_else(|| "Our Alliance".to_string());
    let name = name.map_or(fallback, str::to_string);
    // Files --host and --cms would write that are there already stop it before anything
    // is written.
    if !force {
        let there: Vec<PathBuf> = extra_paths(dir, host, cms)
            .into_iter()
            .filter(|p| p.exists())
            .collect();
        if !there.is_empty() {
            eprintln!("error: {}", InitError::Exists(there));
            return 1;
        }
    }
    let today = match candor::build_date_from_env() {
        Ok(today) => today,
        Err(problem) => {
            eprintln!("error: {problem}");
            return 1;
        }
    };
    match create(dir, &name, force, today) {
        Ok(files) => {
            println!(
                "Created a site for {name} in {} ({} files).",
                dir.display(),
                files.len()
            );
            if (host.is_some() || cms)
                && let Err(e) = add_extras(dir, force, host, cms)
            {
                eprintln!("error: {e}");
                return 1;
            }
            println!(
                "Next: set base_url in {}, then run:",
                dir.join("content/alliance.toml").display()
            );
            println!(
                "  candor build --root {}",
                deploy::shell_word(&dir.display().to_string())
            );
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Adds a deploy configuration and the content manager to the site in `dir`. Nothing is
/// written when a file is there already (unless `force`) or alliance.toml cannot be read.
fn add_extras(dir: &Path, force: bool, host: Option<Host>, cms: bool) -> Result<(), InitError> {
    let (top, place) = repository_place(dir);
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut cms_backend_said = None;
    if let Some(host) = host {
        for (path, text) in deploy::files(host, &place) {
            files.push((top.join(path), text));
        }
    }
    if cms {
        let settings = read_settings(dir)?;
        // The repository the CMS commits to: alliance.toml's `repository`, else the git
        // remote the site was cloned from.
        let repository = settings.repository.or_else(|| origin_url(&top));
        let site = CmsSite {
            folder: place.folder.clone(),
            repository,
            branch: place.branch.clone(),
            site_url: settings.base_url,
        };
        let comment = format!(
            "Decap CMS: the forms of /admin/, made from Candor {}'s content format.\nWritten by `candor init --cms`; `candor init . --cms --force` writes it again. See docs/editing.md.",
            env!("CARGO_PKG_VERSION")
        );
        let config = cms::decap_config(&site);
        cms_backend_said = Some(match (config["backend"]["name"].as_str(), config["backend"]["repo"].as_str()) {
            (Some(name @ ("github" | "gitlab")), Some(repo)) => format!(
                "The content manager commits to {repo} on {name} (its `{name}` backend; see docs/editing.md to set up logging in)."
            ),
            _ => "The content manager uses Netlify Identity and Git Gateway (no GitHub or GitLab repository was found in alliance.toml's `repository` or the git remote `origin`); to commit to GitHub or GitLab instead, set `repository` in alliance.toml and run `candor init . --cms --force`.".to_string(),
        });
        let gateway = config["backend"]["name"] == "git-gateway";
        let config = cms::to_yaml(&config, &comment);
        files.push((dir.join("static/admin/config.yml"), config));
        files.push((
            dir.join("static/admin/index.html"),
            cms::admin_page(&settings.name, gateway),
        ));
    }
    let there: Vec<&PathBuf> = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.exists())
        .collect();
    if !force && !there.is_empty() {
        return Err(InitError::Exists(there.into_iter().cloned().collect()));
    }
    for (path, text) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
        }
        std::fs::write(path, text).map_err(|e| InitError::Io(path.clone(), e))?;
        println!("Wrote {}.", path.display());
    }
    if let Some(host) = host {
        println!("{}", deploy::next_steps(host, &place));
    }
    if let Some(said) = cms_backend_said {
        println!("{said}");
    }
    if cms {
        println!(
            "The content manager is at <your site>/admin/ once published; to try it here, run `npx decap-server` in the repository and `candor serve`, then open http://127.0.0.1:1111/admin/. See docs/editing.md for logging in on your host."
        );
    }
    Ok(())
}

/// The files `add_extras` writes for `host` and `cms` in the site `dir`.
fn extra_paths(dir: &Path, host: Option<Host>, cms: bool) -> Vec<PathBuf> {
    let (top, place) = repository_place(dir);
    let mut paths: Vec<PathBuf> = host
        .map(|host| deploy::files(host, &place))
        .unwrap_or_default()
        .into_iter()
        .map(|(path, _)| top.join(path))
        .collect();
    if cms {
        paths.push(dir.join("static/admin/config.yml"));
        paths.push(dir.join("static/admin/index.html"));
    }
    paths
}

/// The web address of the git remote `origin` of the repository at `top`, from its
/// `.git/config` (`git@github.com:org/site.git` is read as `https://github.com/org/site`).
fn origin_url(top: &Path) -> Option<String> {
    let config = std::fs::read_to_string(top.join(".git/config")).ok()?;
    let mut in_origin = false;
    for line in config.lines().map(str::trim) {
        if line.starts_with('[') {
            in_origin = line == "[remote \"origin\"]";
        } else if in_origin && let Some(url) = line.strip_prefix("url") {
            let url = url.trim_start().strip_prefix('=')?.trim();
            let url = url.trim_end_matches('/').trim_end_matches(".git");
            return Some(match url.strip_prefix("git@") {
                Some(rest) => format!("https://{}", rest.replacen(':', "/", 1)),
                None => url.to_string(),
            });
        }
    }
    None
}

/// What the content manager needs from alliance.toml.
struct Settings {
    name: String,
    base_url: String,
    repository: Option<String>,
}

fn read_settings(dir: &Path) -> Result<Settings, InitError> {
    let path = dir.join("content/alliance.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| InitError::Unreadable(path.clone(), e.to_string()))?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| InitError::Unreadable(path.clone(), e.message().to_string()))?;
    let text_of = |key: &str| table.get(key).and_then(|v| v.as_str()).map(str::to_string);
    Ok(Settings {
        name: text_of("name").unwrap_or_else(|| "the alliance".into()),
        base_url: text_of("base_url").unwrap_or_default(),
        repository: text_of("repository"),
    })
}

/// The top of the git repository `dir` is in (or `dir` when it is in none), and where the
/// site is in it: its folder from the top, and the branch checked out (`main` when unknown).
fn repository_place(dir: &Path) -> (PathBuf, Place) {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let top = dir.ancestors().find(|a| a.join(".git").exists());
    let Some(top) = top else {
        return (
            dir.clone(),
            Place {
                folder: String::new(),
                branch: "main".into(),
            },
        );
    };
    let folder = dir
        .strip_prefix(top)
        .ok()
        .map(|rel| {
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel.is_empty() {
                rel
            } else {
                format!("{rel}/")
            }
        })
        .unwrap_or_default();
    let branch = std::fs::read_to_string(top.join(".git/HEAD"))
        .ok()
        .and_then(|head| {
            head.trim()
                .strip_prefix("ref: refs/heads/")
                .map(str::to_string)
        })
        .unwrap_or_else(|| "main".into());
    (top.to_path_buf(), Place { folder, branch })
}
