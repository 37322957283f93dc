//! Links written in Markdown to other places in the site are checked against what the build
//! makes: a broken one stops `check` and `build` with the file, line and column where it was
//! written; links with a scheme are left alone.

mod common;
use common::*;

fn site_with_body(body: &str) -> TestSite {
    let site = TestSite::small();
    site.write(
        "content/successes/first-hire.md",
        &format!(
            "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\n{body}"
        ),
    );
    site
}

#[test]
fn links_to_pages_the_site_has_build() {
    let site = site_with_body(
        "See [Acme](/partners/acme/), [the plan](../../milestones/plan/#replans), [home](/),\n\
         [the feed](/atom.xml), [the data](/data/alliance.json), [all tags](/tags/),\n\
         [the school](/partners/school), [a site](https://example.org/nowhere/),\n\
         [mail](mailto:a@example.org) and [a part of this page](#top).\n",
    );
    let run = site.build("2025-01-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("link"), "{}", run.stderr);
}

#[test]
fn a_broken_link_is_an_error_where_it_was_written_and_nothing_is_published() {
    let site = site_with_body(
        "Fine so far.\n\nSee [nobody](/partners/acmee/) and\n![a chart](chart.png).\n",
    );
    let run = site.build_fails("2025-01-01");
    assert!(
        run.stderr.contains("content/successes/first-hire.md:9:5"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: the link to `/partners/acmee/` leads to no page of the site"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `/partners/acme/`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/successes/first-hire.md:10:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("the link to `chart.png` leads to no page")
    );
    assert!(!site.public().exists(), "nothing was written");

    let check = site.run(&["check", "--date", "2025-01-01"]);
    assert_eq!(check.code, 1, "check reports it too: {}", check.stderr);
    assert!(check.stderr.contains("/partners/acmee/"));
}

#[test]
fn under_a_sub_path_links_must_stay_inside_it() {
    let site = site_with_body(
        "[Acme](/riverbend/partners/acme/), [up](../../partners/acme/) and [host root](/partners/acme/).\n",
    );
    let run = site.run(&[
        "build",
        "--date",
        "2025-01-01",
        "--base-url",
        "https://example.org/riverbend/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: the link to `/partners/acme/` leads out of the site, which is served under `/riverbend/`"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("leads").count(), 1, "{}", run.stderr);
}
