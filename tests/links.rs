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

#[test]
fn serve_checks_the_links_of_pages_it_did_not_render_again() {
    let site = site_with_body("Working with [the school](/partners/school/).\n");
    let mut options = candor::BuildOptions::new(&site.root);
    options.date = Some(candor::date::Date::new(2025, 1, 1).unwrap());
    let mut session = candor::incremental::Session::new(options);
    assert!(session.rebuild().is_ok());
    // The page that links is not touched; the page it links to goes.
    site.remove("content/partners/school.md");
    site.write(
        "content/milestones/plan.md",
        "+++\ntitle = \"Write the plan\"\ndue = 2024-03-01\nstatus = \"achieved\"\ncompleted = 2024-03-11\n+++\n",
    );
    site.write(
        "content/setbacks/late-start.md",
        "+++\ntitle = \"Late start\"\ndate = 2024-08-01\nseverity = \"medium\"\nstatus = \"open\"\nmilestone = \"launch\"\nlessons = [\"Start earlier\"]\n\n[[updates]]\ndate = 2024-08-02\ntext = \"Still late.\"\n+++\n",
    );
    session.changes_seen(None);
    let failure = session.rebuild().expect_err("the link is broken now");
    let broken: Vec<String> = failure
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.position(), d.message))
        .collect();
    assert_eq!(
        broken,
        [
            "content/successes/first-hire.md:7:14: the link to `/partners/school/` leads to no page of the site"
        ]
    );
    // Put back, it builds again.
    site.write(
        "content/partners/school.md",
        "+++\nname = \"Hill School\"\nkind = \"school\"\njoined = 2024-01-01\n+++\n",
    );
    session.changes_seen(None);
    assert!(session.rebuild().is_ok());
    // The same files, one page's link edited to lead nowhere: caught on that page.
    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nWorking with [the school](/partners/scool/).\n",
    );
    session.changes_seen(None);
    let failure = session.rebuild().expect_err("the edited link is broken");
    assert!(
        failure
            .diagnostics
            .iter()
            .any(|d| d.message.contains("`/partners/scool/` leads to no page")),
        "{:?}",
        failure.diagnostics
    );
}

#[test]
fn a_fragment_that_names_no_part_of_its_page_is_a_warning_where_it_was_written() {
    let site = site_with_body(
        "## What we learned\n\nSee [that](#what-we-learned), [the plan's dates](/milestones/plan/#replans),\n\
         [a lesson](#what-we-learnt) and [the plan](/milestones/plan/#nowhere-at-all).\n",
    );
    let run = site.build("2025-01-01");
    assert_eq!(
        run.code, 0,
        "a broken fragment still opens the page: {}",
        run.stderr
    );
    let warned = |what: &str| run.stderr.matches(what).count();
    assert_eq!(warned("leads to a page with no `#"), 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: the link to `#what-we-learnt` leads to a page with no `#what-we-learnt` on it"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `#what-we-learned`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/successes/first-hire.md:10:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`/milestones/plan/#nowhere-at-all`"),
        "{}",
        run.stderr
    );
}

#[test]
fn links_in_a_setbacks_updates_and_responses_are_checked_where_they_were_written() {
    let site = TestSite::small();
    site.write(
        "content/setbacks/late-start.md",
        "+++\ntitle = \"Late start\"\ndate = 2024-08-01\nseverity = \"medium\"\nstatus = \"open\"\npartners = [\"school\"]\nmilestone = \"launch\"\n\n[[updates]]\ndate = 2024-08-02\ntext = \"Still late: see [the plan](/milestones/plan/) and [the school](/partners/schol/).\"\n\n[[responses]]\npartner = \"school\"\ndate = 2024-08-03\ntext = \"We [agree](/partners/nobody/).\"\n+++\n",
    );
    let run = site.build_fails("2025-01-01");
    assert!(
        run.stderr.contains("content/setbacks/late-start.md:11:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`/partners/schol/`"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `/partners/school/`?"));
    assert!(
        run.stderr.contains("content/setbacks/late-start.md:16:"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("`/milestones/plan/`"),
        "{}",
        run.stderr
    );
}
