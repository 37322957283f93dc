//! The output folder never loses or hides data: a linked output stays a link, two builds into
//! one folder both publish a complete site, files added by hand are kept or named (never
//! deleted in silence), and an output candor cannot use is refused before anything is made.

mod common;

use common::{Run, TestSite, run_command, snapshot, walk};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const DATE: &str = "2025-06-01";

/// `candor build --date DATE --root ROOT ARGS...`, not yet started.
fn build_command(site: &TestSite, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_candor"));
    command
        .args(["build", "--date", DATE, "--root"])
        .arg(&site.root)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH");
    command
}

/// Builds into `output` and returns what candor printed.
fn build_into(site: &TestSite, output: &Path) -> Run {
    run_command(&mut build_command(
        site,
        &["--output", &output.to_string_lossy()],
    ))
}

/// The files below `dir`, relative to it, with their bytes.
fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .map(|(path, bytes)| (relative(dir, &path), bytes))
        .collect()
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// The names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The staging folders (`.<name>.candor-new-*`, `.<name>.candor-old-*`) in `dir`.
fn staging_folders(dir: &Path) -> Vec<String> {
    names_in(dir)
        .into_iter()
        .filter(|n| n.contains(".candor-new-") || n.contains(".candor-old-"))
        .collect()
}

/// A site large enough that a build takes a while, so that builds overlap.
fn large_site() -> TestSite {
    let site = TestSite::new();
    std::fs::remove_dir_all(site.root.join("content")).unwrap();
    candor::synth::write_site(
        &site.root,
        300,
        7,
        candor::date::Date::new(2025, 6, 1).unwrap(),
    )
    .unwrap();
    site
}

/// The lines a child prints on stderr, as they come.
fn stderr_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stderr = child.stderr.take().unwrap();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = send.send(line);
        }
    });
    receive
}

/// Takes the output's lock, as a build running into it would.
fn hold_the_lock(site: &TestSite) -> std::fs::File {
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(site.root.join(".public.candor.lock"))
        .unwrap();
    lock.lock().unwrap();
    lock
}

/// Starts a build of `site` into `public/`, with the lines it prints on stderr as they come.
fn start_build(site: &TestSite) -> (Child, mpsc::Receiver<String>) {
    let mut child = build_command(site, &[])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = stderr_lines(&mut child);
    (child, lines)
}

/// A success whose `date` (line 3) has no value.
fn write_a_broken_entry(site: &TestSite) {
    site.write(
        "content/successes/broken.md",
        "+++\ntitle = \"Broken\"\ndate = \n+++\nBody.\n",
    );
}

#[cfg(unix)]
#[test]
fn a_linked_output_stays_a_link_and_its_folder_gets_the_new_site() {
    let site = TestSite::small();
    let served = site.root.parent().unwrap().join("www").join("html");
    std::fs::create_dir_all(served.parent().unwrap()).unwrap();
    assert_eq!(build_into(&site, &served).code, 0);
    std::fs::write(served.join("CNAME"), "report.example.org\n").unwrap();
    std::os::unix::fs::symlink(&served, site.public()).unwrap();

    site.write(
        "content/successes/second.md",
        "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"acme\"]\n+++\n",
    );
    let run = site.build(DATE);
    assert!(
        run.stdout.contains(&format!(
            "public (a link to {})",
            served.canonicalize().unwrap().display()
        )),
        "{}",
        run.stdout
    );

    let link = std::fs::symlink_metadata(site.public()).unwrap();
    assert!(link.file_type().is_symlink(), "public/ is still a link");
    assert_eq!(std::fs::read_link(site.public()).unwrap(), served);
    assert!(
        served.join("successes/second/index.html").is_file(),
        "the folder the link points to has the new site"
    );
    assert_eq!(
        std::fs::read_to_string(served.join("CNAME")).unwrap(),
        "report.example.org\n",
        "a file added by hand is kept"
    );
    assert!(staging_folders(served.parent().unwrap()).is_empty());
    assert!(staging_folders(&site.root).is_empty());

    // A file the previous build did not write, behind the link: named, not deleted.
    std::fs::write(served.join("notes.txt"), "mine").unwrap();
    let before = snapshot(&served);
    let run = site.build_fails(DATE);
    assert!(run.stderr.contains("notes.txt"), "{}", run.stderr);
    assert_eq!(snapshot(&served), before, "the linked folder is untouched");
    assert!(
        std::fs::symlink_metadata(site.public())
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_build_waits_while_another_holds_the_output_and_clears_only_dead_builds_leftovers() {
    let site = TestSite::small();
    site.build(DATE);
    let before = snapshot(&site.public());
    // What a build killed earlier left behind.
    let dead_new = site.root.join(".public.candor-new-4000001");
    let dead_old = site.root.join(".public.candor-old-4000002");
    for dir in [&dead_new, &dead_old] {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("index.html"), "half").unwrap();
    }
    // Another build is running: it holds the output's lock.
    let lock = hold_the_lock(&site);

    site.write(
        "content/successes/second.md",
        "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"acme\"]\n+++\n",
    );
    let (mut child, lines) = start_build(&site);
    let waiting = lines.recv_timeout(Duration::from_secs(120)).unwrap();
    assert!(
        waiting.starts_with("Waiting for another build into ")
            && waiting.contains(".public.candor.lock"),
        "{waiting}"
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build waits for the lock"
    );
    assert!(
        dead_new.join("index.html").is_file() && dead_old.join("index.html").is_file(),
        "nothing beside the output is removed while another build may own it"
    );
    assert_eq!(snapshot(&site.public()), before, "the output is untouched");

    drop(lock);
    assert!(child.wait().unwrap().success());
    assert!(
        !dead_new.exists() && !dead_old.exists(),
        "leftovers of dead builds are removed once the lock is free"
    );
    assert!(site.public().join("successes/second/index.html").is_file());
    assert_eq!(staging_folders(&site.root), Vec::<String>::new());
}

/// Waits for `child` for at most `limit`; kills it and fails when it takes longer.
fn finishes_within(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_build_with_an_error_says_so_at_once_while_another_holds_the_output() {
    let site = TestSite::small();
    site.build(DATE);
    let lock = hold_the_lock(&site);
    write_a_broken_entry(&site);
    let (mut child, lines) = start_build(&site);
    let status = finishes_within(&mut child, Duration::from_secs(60));
    assert_eq!(status.code(), Some(1));
    let stderr: Vec<String> = lines.try_iter().collect();
    assert!(
        stderr.iter().any(|l| l.contains("broken.md:3"))
            && !stderr
                .iter()
                .any(|l| l.contains("Waiting for another build")),
        "{stderr:?}"
    );
    drop(lock);
}

#[cfg(unix)]
#[test]
fn a_build_that_fails_into_a_link_to_a_missing_folder_makes_nothing() {
    let site = TestSite::small();
    write_a_broken_entry(&site);
    let nowhere = site.root.parent().unwrap().join("nowhere");
    let link = site.root.parent().unwrap().join("linked-out");
    std::os::unix::fs::symlink(nowhere.join("deep").join("x"), &link).unwrap();
    let run = build_into(&site, &link);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("broken.md:3"), "{}", run.stderr);
    assert!(
        !nowhere.exists(),
        "a failed build made the folders its output leads to"
    );
}

#[test]
fn builds_into_one_output_at_once_each_publish_a_complete_site() {
    let site = large_site();
    let reference = site.root.parent().unwrap().join("reference");
    assert_eq!(build_into(&site, &reference).code, 0);
    let expected = files_of(&reference);
    assert!(expected.len() > 300, "{} files", expected.len());

    // Three builds started together.
    let children: Vec<Child> = (0..3)
        .map(|_| {
            build_command(&site, &[])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    assert!(
        files_of(&site.public()) == expected,
        "the site after three builds at once is the site built alone"
    );

    assert_eq!(staging_folders(&site.root), Vec::<String>::new());
}

/// Whether `second`, started while `first` runs, got as far as the output (it waits for the
/// lock, or it made its staging folder): false when `first` finished before that.
fn reached_the_output(
    site: &TestSite,
    first: &mut Child,
    second: &Child,
    lines: &mpsc::Receiver<String>,
) -> bool {
    let staging = format!(".public.candor-new-{}", second.id());
    for _ in 0..12_000 {
        if lines
            .try_iter()
            .any(|l| l.starts_with("Waiting for another build"))
        {
            return true;
        }
        if names_in(&site.root).contains(&staging) {
            return true;
        }
        if first.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the second build never reached the output");
}

#[test]
fn a_build_killed_while_another_runs_does_not_spoil_the_others_site() {
    let site = large_site();
    let reference = site.root.parent().unwrap().join("reference");
    assert_eq!(build_into(&site, &reference).code, 0);
    let expected = files_of(&reference);
    site.build(DATE);

    // A second build started during the first and killed once it reached the output: it used
    // to remove the first build's staging folder, which then published a site missing
    // hundreds of files, and exited 0.
    let mut conclusive = 0;
    for delay_ms in [50, 150, 300, 0] {
        let mut first = build_command(&site, &[])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let mut second = build_command(&site, &[])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = stderr_lines(&mut second);
        let reached = reached_the_output(&site, &mut first, &second, &lines);
        let _ = second.kill(); // SIGKILL: it cannot clean up
        let _ = second.wait();
        assert!(first.wait().unwrap().success());
        assert!(
            files_of(&site.public()) == expected,
            "second build killed ({delay_ms} ms): the first build's site is complete"
        );
        conclusive += usize::from(reached);
    }
    assert!(
        conclusive > 0,
        "no round had two builds at the output at once"
    );
}

/// Runs `git ARGS` in `dir`; false when git is not installed.
fn git(dir: &Path, args: &[&str]) -> Option<Run> {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org");
    let out = command.output().ok()?;
    Some(Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[test]
fn files_added_by_hand_for_the_host_are_kept_and_a_git_checkout_keeps_working() {
    let site = TestSite::small();
    site.build(DATE);
    let public = site.public();
    site.write("public/CNAME", "report.example.org\n");
    site.write("public/.nojekyll", "");
    site.write(
        "public/.well-known/security.txt",
        "Contact: mailto:x@example.org\n",
    );
    let has_git = git(&public, &["init", "-q"]).is_some_and(|r| r.code == 0);
    if has_git {
        assert_eq!(git(&public, &["add", "-A"]).unwrap().code, 0);
        assert_eq!(
            git(&public, &["commit", "-qm", "published"]).unwrap().code,
            0
        );
    } else {
        site.write("public/.git/HEAD", "ref: refs/heads/main\n");
    }
    let git_before = snapshot(&public.join(".git"));

    site.write(
        "content/successes/second.md",
        "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"acme\"]\n+++\n",
    );
    site.build(DATE);

    assert_eq!(site.page("CNAME"), "report.example.org\n");
    assert!(public.join(".nojekyll").is_file());
    assert_eq!(
        site.page(".well-known/security.txt"),
        "Contact: mailto:x@example.org\n"
    );
    assert!(
        snapshot(&public.join(".git")) == git_before,
        ".git is untouched"
    );
    assert!(public.join("successes/second/index.html").is_file());
    if has_git {
        let status = git(&public, &["status", "--porcelain"]).unwrap();
        assert_eq!(status.code, 0, "{}", status.stderr);
        assert!(
            status.stdout.contains("successes/second/"),
            "git sees the new page: {}",
            status.stdout
        );
    }
    // Kept again by the next build, which did not write them either.
    site.build(DATE);
    assert_eq!(site.page("CNAME"), "report.example.org\n");
    assert!(public.join(".git/HEAD").is_file());
    if has_git {
        let log = git(&public, &["log", "--format=%s"]).unwrap();
        assert_eq!(log.stdout, "published\n", "{}", log.stderr);
    }
}

#[test]
fn the_sites_own_cname_wins_over_one_added_by_hand() {
    let site = TestSite::small();
    site.build(DATE);
    site.write("public/CNAME", "by-hand.example.org\n");
    site.write("static/CNAME", "from-static.example.org\n");
    site.build(DATE);
    assert_eq!(site.page("CNAME"), "from-static.example.org\n");
    // The site's file is the site's: once gone from static/, it is gone from the output.
    site.remove("static/CNAME");
    site.build(DATE);
    assert!(!site.public().join("CNAME").exists());
}

#[test]
fn other_files_added_by_hand_stop_the_build_and_are_named() {
    let site = TestSite::small();
    site.build(DATE);
    site.write("public/notes.txt", "mine");
    site.write("public/old/page.html", "<p>old</p>");
    std::fs::create_dir_all(site.public().join("empty")).unwrap();
    let before = snapshot(&site.public());
    let run = site.build_fails(DATE);
    assert!(
        run.stderr.contains("refusing to write the site to")
            && run.stderr.contains(
                "it holds files the previous build did not write (empty/, notes.txt, old/page.html)"
            )
            && run.stderr.contains("put files to publish in static/"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&site.public()), before, "nothing was deleted");
    assert!(site.public().join("empty").is_dir());
    assert!(staging_folders(&site.root).is_empty());
}

#[cfg(unix)]
#[test]
fn links_added_by_hand_at_the_top_of_the_output_stop_the_build_and_are_named() {
    let site = TestSite::small();
    site.build(DATE);
    // One leading nowhere (a drive not mounted), one to a folder outside the site.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("archive.txt"), "kept elsewhere").unwrap();
    std::os::unix::fs::symlink("/nowhere/archive", site.public().join("archive")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.public().join("shared")).unwrap();
    let run = site.build_fails(DATE);
    assert!(
        run.stderr
            .contains("it holds files the previous build did not write (archive, shared)"),
        "{}",
        run.stderr
    );
    for link in ["archive", "shared"] {
        let meta = std::fs::symlink_metadata(site.public().join(link)).unwrap();
        assert!(meta.file_type().is_symlink(), "{link} was kept as it was");
    }
    assert!(outside.path().join("archive.txt").is_file());
}

#[test]
fn a_fresh_checkout_with_only_kept_files_is_accepted_and_others_are_refused() {
    let site = TestSite::small();
    site.write("public/CNAME", "report.example.org\n");
    site.write("public/.git", "gitdir: /somewhere/.git/worktrees/public\n");
    site.build(DATE);
    assert_eq!(site.page("CNAME"), "report.example.org\n");
    assert_eq!(
        site.page(".git"),
        "gitdir: /somewhere/.git/worktrees/public\n"
    );
    assert!(site.public().join("index.html").is_file());

    let other = site.root.join("elsewhere");
    std::fs::create_dir_all(other.join("blog")).unwrap();
    std::fs::write(other.join("index.html"), "mine").unwrap();
    let run = build_into(&site, &other);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("was not written by candor")
            && run.stderr.contains("blog/, index.html"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(other.join("index.html")).unwrap(),
        "mine"
    );
}

#[test]
fn an_output_inside_a_folder_the_build_reads_is_refused() {
    let site = TestSite::small();
    for folder in ["content", "templates", "static", "themes"] {
        let output = site.root.join(folder).join("site");
        let run = build_into(&site, &output);
        assert_eq!(run.code, 1, "{folder}: {}", run.stdout);
        assert!(
            run.stderr.contains(&format!(
                "is inside the site's {folder}/ folder, which every build reads"
            )),
            "{}",
            run.stderr
        );
        assert!(!output.exists(), "nothing is made in {folder}/");
    }
    // The content folder itself, too; and the next build still works.
    let run = build_into(&site, &site.root.join("content"));
    assert_eq!(run.code, 1);
    site.build(DATE);
}

#[test]
fn a_dot_dot_after_a_missing_folder_is_refused_before_anything_is_made() {
    let site = TestSite::small();
    let base = site.root.parent().unwrap().join("out");
    std::fs::create_dir_all(&base).unwrap();
    let output: PathBuf = base.join("b").join("..").join("c");
    let run = build_into(&site, &output);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains(&format!(
            "{} does not exist, so the `..` after it cannot be followed",
            base.join("b").display()
        )),
        "{}",
        run.stderr
    );
    assert_eq!(names_in(&base), Vec::<String>::new(), "nothing was made");

    // Missing folders without `..` are made, and only the site and its lock file appear.
    let deep = base.join("x").join("y");
    assert_eq!(build_into(&site, &deep).code, 0);
    assert_eq!(names_in(&base.join("x")), [".y.candor.lock", "y"]);
}

#[test]
fn a_build_that_fails_on_its_content_makes_nothing_and_an_output_problem_is_named_first() {
    let site = TestSite::small();
    write_a_broken_entry(&site);
    let base = site.root.parent().unwrap().join("fresh");
    let run = build_into(&site, &base.join("deep").join("public"));
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("broken.md:3"), "{}", run.stderr);
    assert!(!base.exists(), "a failed build made its output's folders");
    assert!(
        !site.root.join(".public.candor.lock").exists() && !site.public().exists(),
        "{:?}",
        names_in(&site.root)
    );

    // Over an earlier output holding a file added by hand, the folder is checked beside the
    // content: its problem is the one named, as before.
    std::fs::remove_file(site.root.join("content/successes/broken.md")).unwrap();
    site.build(DATE);
    site.write("public/notes.txt", "mine");
    write_a_broken_entry(&site);
    let run = site.build_fails(DATE);
    assert!(
        run.stderr
            .contains("it holds files the previous build did not write (notes.txt)")
            && !run.stderr.contains("broken.md"),
        "{}",
        run.stderr
    );
    assert!(staging_folders(&site.root).is_empty());
}

#[test]
fn no_failed_build_leaves_a_staging_folder() {
    let site = TestSite::small();
    site.build(DATE);
    let before = snapshot(&site.public());
    let root_before = names_in(&site.root);

    // Fails while the pages are rendered, after the staging folder was made.
    site.write(
        "templates/success.html",
        "{% extends \"base.html\" %}\n{% block main %}{{ no_such_value.at_all }}{% endblock main %}\n",
    );
    site.build_fails(DATE);
    assert_eq!(
        names_in(&site.root),
        [root_before.clone(), vec!["templates".into()]].concat()
    );
    assert_eq!(snapshot(&site.public()), before);

    // Fails before anything is rendered.
    site.remove("templates/success.html");
    site.write("content/milestones/broken.md", "+++\ntitle = \n+++\n");
    let run = site.build_fails(DATE);
    assert!(run.stderr.contains("is unchanged"), "{}", run.stderr);
    assert_eq!(staging_folders(&site.root), Vec::<String>::new());
    assert_eq!(snapshot(&site.public()), before);
    assert!(
        walk(&site.root)
            .iter()
            .all(|p| !p.to_string_lossy().contains("candor-new"))
    );
}
