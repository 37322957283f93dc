//! A build into the folder of an earlier build keeps the pages whose sources did not change
//! (not rendered again), and its output is, byte for byte, what a build into an empty folder
//! makes: after an edit to an entry, a partner's name, a template, the build date, the options,
//! or a page of the output changed by hand. Links in the pages kept are checked all the same.

mod common;

use common::TestSite;
use std::collections::BTreeMap;
use std::path::Path;

const DATE: &str = "2025-01-15";

/// Every file under `dir` by path, with its bytes.
fn files_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Builds into the site's `public/` (over the earlier build) and into an empty folder, with
/// `args`; asserts both succeed with the same files and bytes, and returns what the first
/// build printed.
fn build_matches_a_fresh_one(site: &TestSite, args: &[&str]) -> String {
    build_on_matches_a_fresh_one(site, DATE, args)
}

/// [`build_matches_a_fresh_one`], dated `date`.
fn build_on_matches_a_fresh_one(site: &TestSite, date: &str, args: &[&str]) -> String {
    let mut over = vec!["build", "--date", date];
    over.extend(args);
    let run = site.run(&over);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let fresh_dir = site.root.parent().unwrap().join("fresh");
    let _ = std::fs::remove_dir_all(&fresh_dir);
    let fresh_out = fresh_dir.to_string_lossy().into_owned();
    let mut fresh = vec!["build", "--date", date, "--output", &fresh_out];
    fresh.extend(args);
    let fresh_run = site.run(&fresh);
    assert_eq!(fresh_run.code, 0, "{}", fresh_run.stderr);
    assert!(
        !fresh_run.stdout.contains("unchanged"),
        "{}",
        fresh_run.stdout
    );
    let kept = files_of(&site.public());
    let made = files_of(&fresh_dir);
    assert_eq!(
        kept.keys().collect::<Vec<_>>(),
        made.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &made {
        assert!(kept[path] == *bytes, "{path} differs from a fresh build");
    }
    run.stdout
}

/// How many pages the build said it kept, from "Built 21 pages (19 unchanged since the last
/// build)"; all of them for "(all unchanged ...)".
fn kept(stdout: &str) -> usize {
    let pages: usize = stdout
        .strip_prefix("Built ")
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stdout}"));
    if stdout.contains("(all unchanged since the last build)") {
        return pages;
    }
    stdout
        .split_once(" pages (")
        .and_then(|(_, rest)| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn pages_in(stdout: &str) -> usize {
    stdout
        .strip_prefix("Built ")
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stdout}"))
}

#[test]
fn a_build_over_an_earlier_one_keeps_the_pages_nothing_changed_and_matches_a_fresh_build() {
    let site = TestSite::small();
    site.write(
        "content/successes/second.md",
        "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"school\"]\n+++\nRead [the plan](/milestones/plan/).\n",
    );
    let first = build_matches_a_fresh_one(&site, &[]);
    assert_eq!(kept(&first), 0, "{first}");
    let pages = pages_in(&first);

    // Nothing changed: every page is kept.
    let again = build_matches_a_fresh_one(&site, &[]);
    assert!(
        again.contains("(all unchanged since the last build)"),
        "{again}"
    );

    // A success's text: its page is made again, most others are kept.
    site.write(
        "content/successes/second.md",
        "+++\ntitle = \"Second hire\"\ndate = 2024-09-01\npartners = [\"school\"]\n+++\nRead [the plan](/milestones/plan/) again.\n",
    );
    let edited = build_matches_a_fresh_one(&site, &[]);
    assert!(kept(&edited) > pages / 2, "{edited}");
    assert!(kept(&edited) < pages, "{edited}");
    assert!(site.page("successes/second/index.html").contains("again."));

    // A partner's name, shown on the pages that mention it.
    site.write(
        "content/partners/school.md",
        "+++\nname = \"Hill Academy\"\nkind = \"school\"\njoined = 2024-01-01\n+++\n",
    );
    build_matches_a_fresh_one(&site, &[]);
    assert!(
        site.page("milestones/plan/index.html")
            .contains("Hill Academy")
    );

    // A template of the site's own.
    site.write(
        "templates/success.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Story: {{ page.title }}</h1>{{ body_html | safe }}{% endblock main %}",
    );
    build_matches_a_fresh_one(&site, &[]);
    assert!(
        site.page("successes/second/index.html")
            .contains("Story: Second hire")
    );

    // Another date (milestones fall overdue) and other options.
    build_on_matches_a_fresh_one(&site, "2025-09-01", &[]);
    build_matches_a_fresh_one(&site, &[]);
    let drafts = build_matches_a_fresh_one(&site, &["--drafts"]);
    assert_eq!(kept(&drafts), 0, "{drafts}");
    build_matches_a_fresh_one(&site, &[]);
}

#[test]
fn a_page_of_the_output_changed_by_hand_is_made_again() {
    let site = TestSite::small();
    build_matches_a_fresh_one(&site, &[]);
    let page = site.public().join("successes/first-hire/index.html");
    std::fs::write(&page, "<p>Changed on the server</p>").unwrap();
    let run = build_matches_a_fresh_one(&site, &[]);
    assert!(!run.contains("(all unchanged"), "{run}");
    assert!(
        site.page("successes/first-hire/index.html")
            .contains("A person got a job.")
    );
}

/// The small site with a success that links to a PDF of the site's own, built once.
fn a_success_linking_to_a_pdf() -> TestSite {
    let site = TestSite::small();
    site.write("static/docs/plan.pdf", "%PDF-1.4 a plan");
    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nA person got a job: see [the plan](/docs/plan.pdf).\n",
    );
    build_matches_a_fresh_one(&site, &[]);
    site
}

/// Removes the PDF and builds again: the build fails, naming the link where it is written,
/// and the folder keeps the last good site.
fn the_broken_link_stops_the_build(site: &TestSite) {
    site.remove("static/docs/plan.pdf");
    let run = site.build_fails(DATE);
    assert!(
        run.stderr.contains("content/successes/first-hire.md:7:25")
            && run.stderr.contains("/docs/plan.pdf"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(site.public().join("docs/plan.pdf").is_file());
}

#[test]
fn a_kept_page_with_a_link_that_no_longer_leads_anywhere_stops_the_build() {
    let site = a_success_linking_to_a_pdf();
    the_broken_link_stops_the_build(&site);
}

#[test]
fn a_marker_changed_by_hand_cannot_make_a_build_misplace_or_hide_a_broken_link() {
    // The link placed far outside its file, or left out.
    let changes: [fn(&str) -> Option<String>; 2] = [
        |_| Some("l b 999999999 18446744073709551615 /docs/plan.pdf".to_string()),
        |_| None,
    ];
    for change in changes {
        let site = a_success_linking_to_a_pdf();
        let marker = site.public().join(".candor-build");
        let text = std::fs::read_to_string(&marker).unwrap();
        let changed: String = text
            .lines()
            .filter_map(|line| match line.strip_prefix("l b ") {
                Some(rest) if rest.ends_with(" /docs/plan.pdf") => change(line),
                _ => Some(line.to_string()),
            })
            .map(|line| line + "\n")
            .collect();
        assert_ne!(changed, text);
        std::fs::write(&marker, changed).unwrap();
        the_broken_link_stops_the_build(&site);
    }
}
