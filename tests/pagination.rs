//! Long lists split into pages: collection indexes and tag pages show at most `[lists]
//! per_page` entries a page (100 by default), link their pages with page numbers and
//! `rel="prev"`/`rel="next"`, keep the most important part first, and stay correct under a
//! sub-path and in the sitemap.

mod common;
use common::*;

/// The small site with `n` more members (tagged `member`) and `milestones` more milestones,
/// every fourth of them overdue on 2025-06-01, under `base_url`, with `lists` appended to
/// alliance.toml.
fn long_site(n: usize, milestones: usize, base_url: &str, lists: &str) -> TestSite {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!(
            "{}{lists}",
            ALLIANCE.replace("https://example.org/", base_url)
        ),
    );
    for i in 0..n {
        site.write(
            &format!("content/partners/member-{i:03}.md"),
            &format!(
                "+++\nname = \"Member {i:03}\"\nkind = \"individual\"\ntags = [\"member\"]\n+++\n"
            ),
        );
    }
    for i in 0..milestones {
        let (due, status) = if i % 4 == 0 {
            ("2025-01-01", "in-progress")
        } else {
            ("2024-01-01", "achieved\"\ncompleted = \"2024-01-01")
        };
        site.write(
            &format!("content/milestones/step-{i:03}.md"),
            &format!("+++\ntitle = \"Step {i:03}\"\ndue = {due}\nstatus = \"{status}\"\n+++\n")
                .replace("completed = \"2024-01-01\"", "completed = 2024-01-01"),
        );
    }
    site
}

/// The `rel` links of a page's head.
fn rel(html: &str, which: &str) -> Option<String> {
    let tag = format!("<link rel=\"{which}\" href=\"");
    let start = html.find(&tag)? + tag.len();
    Some(html[start..].split('"').next()?.to_string())
}

#[test]
fn a_long_index_is_split_into_linked_pages_each_member_on_exactly_one() {
    let site = long_site(230, 0, "https://example.org/", "");
    let run = site.build("2025-06-01");
    assert!(!run.stderr.contains("link"), "{}", run.stderr);
    // 232 partners at 100 a page: 3 pages.
    let pages = [
        site.page("partners/index.html"),
        site.page("partners/page/2/index.html"),
        site.page("partners/page/3/index.html"),
    ];
    assert!(!site.public().join("partners/page/4").exists());
    assert!(!site.public().join("partners/page/1").exists());
    for i in 0..230 {
        let name = format!(">Member {i:03}<");
        let on = pages.iter().filter(|p| p.contains(&name)).count();
        assert_eq!(on, 1, "{name} is on {on} pages");
    }
    assert_eq!(rel(&pages[0], "prev"), None);
    assert_eq!(rel(&pages[0], "next").as_deref(), Some("/partners/page/2/"));
    assert_eq!(rel(&pages[1], "prev").as_deref(), Some("/partners/"));
    assert_eq!(rel(&pages[1], "next").as_deref(), Some("/partners/page/3/"));
    assert_eq!(rel(&pages[2], "next"), None);
    let second = visible_text(&pages[1]);
    assert!(second.contains("Partners (page 2 of 3)"), "{second}");
    assert!(second.contains("Showing 101 to 200 of 232."), "{second}");
    assert!(
        second.contains("Current partners (232; 100 on this page)"),
        "{second}"
    );
    // The contributions are on the first page only.
    assert!(visible_text(&pages[0]).contains("What partners contributed"));
    assert!(!second.contains("What partners contributed"));
    assert!(pages[1].contains("<title>Partners (page 2 of 3) · Test Alliance</title>"));
    assert!(
        pages[1].contains("aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2<")
    );
    // The tag page of 230 members is split the same way.
    let tag = site.page("tags/member/page/3/index.html");
    assert!(visible_text(&tag).contains("Showing 201 to 230 of 230."));
    let sitemap = site.page("sitemap.xml");
    for url in [
        "https://example.org/partners/page/2/",
        "https://example.org/partners/page/3/",
        "https://example.org/tags/member/page/3/",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>{url}</loc>")),
            "{url} in sitemap"
        );
    }
    assert_eq!(broken_links(&site.public(), "/"), Vec::<String>::new());
}

#[test]
fn the_overdue_come_first_and_pages_work_under_a_sub_path() {
    let site = long_site(
        0,
        40,
        "https://example.org/alliance/",
        "\n[lists]\nper_page = 15\n",
    );
    site.build("2025-06-01");
    // 42 milestones: 11 overdue (10 steps and "Launch the scheme") listed first.
    let first = visible_text(&site.page("milestones/index.html"));
    assert!(first.contains("Overdue (11)"), "{first}");
    assert!(first.contains("Achieved (31; 4 on this page)"), "{first}");
    assert!(first.contains("Milestone timeline") || first.contains("Milestones on a date axis"));
    let third = site.page("milestones/page/3/index.html");
    let third_text = visible_text(&third);
    assert!(!third_text.contains("Overdue ("), "{third_text}");
    assert!(!third_text.contains("Nothing is overdue"), "{third_text}");
    assert!(
        !third.contains("<svg"),
        "the timeline is on the first page only"
    );
    assert_eq!(
        rel(&third, "prev").as_deref(),
        Some("/alliance/milestones/page/2/")
    );
    assert_eq!(
        broken_links(&site.public(), "/alliance/"),
        Vec::<String>::new()
    );
}

#[test]
fn per_page_zero_keeps_every_entry_on_one_page() {
    let site = long_site(150, 0, "https://example.org/", "\n[lists]\nper_page = 0\n");
    site.build("2025-06-01");
    let all = site.page("partners/index.html");
    assert!(all.contains(">Member 149<"));
    assert!(!site.public().join("partners/page").exists());
    assert!(!visible_text(&all).contains("Showing"));
}

#[test]
fn a_wrong_lists_setting_is_named_with_its_place() {
    let site = long_site(0, 0, "https://example.org/", "\n[lists]\nper_page = -5\n");
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("alliance.toml:6:"), "{}", run.stderr);
    assert!(run.stderr.contains("per_page"), "{}", run.stderr);
    let site = long_site(0, 0, "https://example.org/", "\n[lists]\nper_pages = 5\n");
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("per_pages"), "{}", run.stderr);
    assert!(run.stderr.contains("per_page"), "{}", run.stderr);
}

#[test]
fn the_home_page_never_links_a_milestone_group_that_is_not_on_the_first_page() {
    // 11 overdue milestones at 5 a page: the open and achieved ones start on later pages,
    // so the home page's figures lead to the index, not to an id its first page lacks.
    let site = long_site(0, 40, "https://example.org/", "\n[lists]\nper_page = 5\n");
    site.build("2025-06-01");
    let home = site.page("index.html");
    assert!(!home.contains("milestones/#achieved"), "{home}");
    assert!(home.contains("milestones/#overdue"));
    assert_eq!(broken_links(&site.public(), "/"), Vec::<String>::new());
}
