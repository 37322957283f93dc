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

#[test]
fn a_report_lists_every_partners_contributions_in_one_table() {
    let site = crowded_site();
    for i in 0..12 {
        site.write(
            &format!("content/partners/giver-{i:02}.md"),
            &format!(
                "+++\nname = \"Giver {i:02}\"\nkind = \"funder\"\njoined = 2024-01-01\n\n[[contributions]]\ndate = 2024-05-01\nkind = \"funds\"\namount = {}\n\n[[contributions]]\ndate = 2024-06-01\nkind = \"volunteer-hours\"\namount = 5\n+++\n",
                100 * (i + 1)
            ),
        );
    }
    site.build("2025-01-01");
    let report = site.page("reports/2024/index.html");
    let section = &report[report.find("id=\"contributions\"").unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    // The alliance's totals, then one table by partner: not one table per partner.
    assert_eq!(section.matches("<table").count(), 2, "{section}");
    assert!(section.contains("<caption>By partner</caption>"));
    // Acme's two contributions make one row (one kind); each giver gives two kinds.
    let rows = section
        .split("<caption>By partner</caption>")
        .nth(1)
        .unwrap()
        .matches("<tr><th scope=\"row\"")
        .count();
    assert_eq!(rows, 1 + 12 * 2, "{section}");
}

/// The largest HTML page under `dir`, with its size.
fn largest_page(dir: &std::path::Path) -> (u64, std::path::PathBuf) {
    walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| (std::fs::metadata(&p).unwrap().len(), p))
        .max()
        .unwrap()
}

#[test]
fn a_membership_alliance_of_700_builds_small_and_checks_quietly() {
    let site = TestSite::new();
    let today = candor::date::Date::new(2026, 6, 1).unwrap();
    candor::synth::write_membership(&site.root, 700, 3, today).unwrap();
    let check = site.run(&["check", "--date", "2026-06-01"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        !check.stderr.contains("member-"),
        "no warning is about a member: {}",
        check.stderr
    );
    assert!(
        check.stderr.matches("warning:").count() < 10,
        "{}",
        check.stderr
    );
    site.build("2026-06-01");
    let home = std::fs::metadata(site.public().join("index.html"))
        .unwrap()
        .len();
    assert!(home < 150_000, "the home page is {home} bytes");
    let (size, page) = largest_page(&site.public());
    assert!(size < 1_000_000, "{} is {size} bytes", page.display());
    // 669 named partners (35 of the 700 are anonymous) on seven pages of at most 100.
    let first = visible_text(&site.page("partners/index.html"));
    assert!(
        first.contains("Current partners (669; 100 on this page)"),
        "{first}"
    );
    assert!(first.contains("35 members of the alliance are anonymous"));
    assert!(site.public().join("partners/page/7/index.html").exists());
    assert!(!site.public().join("partners/page/8").exists());
    for n in 2..=7 {
        let page = site.public().join(format!("partners/page/{n}/index.html"));
        let bytes = std::fs::metadata(&page).unwrap().len();
        assert!(bytes < 150_000, "{} is {bytes} bytes", page.display());
    }
}

#[test]
fn a_decade_long_programme_builds_with_every_page_under_a_megabyte() {
    let site = TestSite::new();
    let today = candor::date::Date::new(2026, 6, 1).unwrap();
    candor::synth::write_programme(&site.root, 5, today).unwrap();
    let run = site.build("2026-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Forty quarterly reports, the 160 measurements and the 130 milestones on their pages.
    assert!(site.public().join("reports/2016-q1/index.html").exists());
    let objective = visible_text(&site.page("objectives/reading/index.html"));
    assert!(objective.contains("Children reading at the expected level"));
    // The timeline of 130+ milestones draws twenty and says so in a short description.
    let milestones = site.page("milestones/index.html");
    let timeline = milestones
        .split("<svg")
        .nth(1)
        .and_then(|svg| svg.split("</svg>").next())
        .unwrap();
    assert_eq!(timeline.matches("class=\"label\"").count(), 20);
    let desc = timeline
        .split("<desc")
        .nth(1)
        .unwrap()
        .split("</desc>")
        .next()
        .unwrap();
    assert!(desc.len() < 700, "{desc}");
    assert!(desc.contains("The chart shows 20 of the"), "{desc}");
    let (size, page) = largest_page(&site.public());
    assert!(size < 1_000_000, "{} is {size} bytes", page.display());
}

#[test]
fn reports_and_newsletters_of_a_large_site_show_the_first_fifty_of_each_list() {
    let site = TestSite::new();
    let today = candor::date::Date::new(2026, 12, 1).unwrap();
    candor::synth::write_site(&site.root, 4000, 1, today).unwrap();
    let run = site.build("2026-12-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = visible_text(&site.page("reports/2025/index.html"));
    assert!(report.contains("The first 50 of"), "{report}");
    assert!(report.contains("Every one is in the open data"));
    let reports = visible_text(&site.page("reports/index.html"));
    assert!(reports.contains("The first 50 of"), "{reports}");
    // No page grows with the site beyond its capped lists.
    let (size, page) = largest_page(&site.public());
    assert!(size < 250_000, "{} is {size} bytes", page.display());
}

#[test]
fn a_partner_named_by_many_entries_lists_each_once_in_order() {
    let site = TestSite::small();
    // One setback names the school three times: as a partner, an action's owner and a
    // response's partner.
    site.write(
        "content/setbacks/named-thrice.md",
        "+++\ntitle = \"Named thrice\"\ndate = 2024-09-01\nseverity = \"low\"\nstatus = \"open\"\npartners = [\"school\"]\n\n[[actions]]\ntitle = \"Fix it\"\nowner = \"school\"\n\n[[responses]]\npartner = \"school\"\ndate = 2024-09-02\ntext = \"We are on it.\"\n+++\n",
    );
    for i in 0..300 {
        site.write(
            &format!("content/successes/s{i:03}.md"),
            &format!(
                "+++\ntitle = \"Success number {i:03}\"\ndate = 2024-05-01\npartners = [\"school\", \"school\"]\n+++\n"
            ),
        );
    }
    site.build("2025-01-01");
    let text = visible_text(&site.page("partners/school/index.html"));
    assert_eq!(text.matches("Named thrice").count(), 1, "{text}");
    for i in 0..300 {
        assert_eq!(
            text.matches(&format!("Success number {i:03}")).count(),
            1,
            "success {i} on the partner's page"
        );
    }
}
