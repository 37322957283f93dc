//! The page bodies that matter, kept as snapshot files (`tests/snapshots/`): a change to the
//! theme or the renderer shows as a diff to review, not as a surprise. Each snapshot is the
//! `<main>` of a page of the small fixture site built on a fixed date, one tag a line.
//! `CANDOR_BLESS=1 cargo test --test snapshots` writes them anew.

mod common;
use common::*;

const PAGES: &[(&str, &str)] = &[
    ("index.html", "home.html"),
    ("milestones/launch/index.html", "milestone.html"),
    ("setbacks/late-start/index.html", "setback.html"),
    ("objectives/jobs/index.html", "objective.html"),
    ("partners/acme/index.html", "partner.html"),
    ("reports/2024/index.html", "report-2024.html"),
];

#[test]
fn the_main_pages_read_as_their_snapshots() {
    let site = TestSite::small();
    site.build("2025-06-01");
    for (page, snapshot) in PAGES {
        assert_snapshot(snapshot, &one_tag_a_line(&main_of(&site.page(page))));
    }
}

#[test]
fn a_change_to_one_file_shows_where_a_reader_looks() {
    let site = TestSite::small();
    site.build("2025-06-01");
    assert!(
        site.text("milestones/launch/index.html")
            .contains("overdue")
    );
    let launch = std::fs::read_to_string(site.root.join("content/milestones/launch.md")).unwrap();
    site.write(
        "content/milestones/launch.md",
        &launch.replace(
            "status = \"in-progress\"",
            "status = \"achieved\"\ncompleted = 2025-05-20",
        ),
    );
    site.build("2025-06-01");
    let page = site.text("milestones/launch/index.html");
    assert!(
        page.contains("Achieved 19 days after the date first agreed"),
        "{page}"
    );
    assert!(!page.contains("overdue"), "{page}");
    assert!(site.text("milestones/index.html").contains("Achieved (2)"));
}
