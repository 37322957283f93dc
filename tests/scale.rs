//! Lists that stay small: the home page shows the most important few of each long list, with
//! the count and a link to the whole list.

mod common;
use common::*;

/// The small site with many more partners, overdue milestones and objectives.
fn crowded_site() -> TestSite {
    let site = TestSite::small();
    for i in 0..45 {
        site.write(
            &format!("content/partners/p{i:02}.md"),
            &format!("+++\nname = \"Partner {i:02}\"\nkind = \"nonprofit\"\n+++\n"),
        );
    }
    for i in 0..20 {
        site.write(
            &format!("content/milestones/late-{i:02}.md"),
            &format!(
                "+++\ntitle = \"Late thing {i:02}\"\ndue = 2024-01-{:02}\nstatus = \"in-progress\"\n+++\n",
                i + 1
            ),
        );
    }
    for i in 0..9 {
        site.write(
            &format!("content/objectives/goal-{i}.md"),
            &format!("+++\ntitle = \"Goal {i}\"\n+++\n"),
        );
    }
    site
}

#[test]
fn the_home_page_shows_the_first_few_of_each_long_list_and_links_to_the_rest() {
    let site = crowded_site();
    site.build("2025-01-01");
    let home = site.page("index.html");
    let text = visible_text(&home);
    // Overdue: the eight overdue longest.
    assert!(text.contains("Late thing 00"), "{text}");
    assert!(text.contains("Late thing 07"));
    assert!(!text.contains("Late thing 08"), "{text}");
    assert!(text.contains("All 20 overdue milestones"), "{text}");
    // Partners: thirty of 47, then a link.
    assert!(text.contains("All 47 partners"), "{text}");
    let partner_links = attribute_values(&home, "href")
        .into_iter()
        .filter(|h| h.starts_with("/partners/") && h.len() > "/partners/".len())
        .count();
    assert_eq!(partner_links, 30, "partner links on the home page");
    // Objectives: six of ten.
    assert!(text.contains("All 10 objectives"), "{text}");
    // Every "All ..." link goes to a page the site has.
    assert!(broken_links(&site.public(), "/").is_empty());
}
