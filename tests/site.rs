//! Building fixture sites and reading what a visitor sees.

mod common;
use common::*;

#[test]
fn every_collection_gets_an_index_and_a_page_per_entry() {
    let site = TestSite::small();
    let run = site.build("2025-06-01");
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    for page in [
        "index.html",
        "partners/index.html",
        "partners/acme/index.html",
        "objectives/jobs/index.html",
        "milestones/index.html",
        "milestones/launch/index.html",
        "successes/first-hire/index.html",
        "setbacks/late-start/index.html",
        "tags/index.html",
        "tags/jobs/index.html",
        "404.html",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "style.css",
    ] {
        assert!(site.public().join(page).is_file(), "missing {page}");
    }
}

#[test]
fn overdue_is_derived_from_the_build_date() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let text = site.text("milestones/launch/index.html");
    assert!(text.contains("31 days overdue, in progress"), "{text}");
    assert!(
        site.text("index.html")
            .contains("Launch the scheme 31 days overdue")
    );

    site.build("2025-04-01");
    let text = site.text("milestones/launch/index.html");
    assert!(!text.contains("Overdue"), "{text}");
    assert!(text.contains("In progress"), "{text}");
    let home = site.text("index.html");
    assert!(home.contains("Nothing is overdue."), "{home}");
    assert!(
        home.contains("Due in the next 90 days Launch the scheme"),
        "{home}"
    );
}

#[test]
fn lateness_counts_from_the_first_agreed_date() {
    let site = TestSite::small();
    site.write("content/milestones/plan.md", "+++\ntitle = \"Write the plan\"\ndue = 2024-03-01\nstatus = \"achieved\"\ncompleted = 2024-05-11\n\n[[replans]]\ndate = 2024-02-20\ndue = 2024-05-15\nreason = \"Funding came late\"\n+++\n");
    site.build("2025-06-01");
    let text = site.text("milestones/plan/index.html");
    assert!(
        text.contains("Achieved 71 days after the date first agreed"),
        "{text}"
    );
    assert!(
        text.contains("First agreed due date 1 March 2024"),
        "{text}"
    );
    assert!(
        text.contains(
            "moved from 1 March 2024 to 15 May 2024 (75 days later). Reason: Funding came late"
        ),
        "{text}"
    );
}

#[test]
fn relations_are_shown_both_ways() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let acme = site.text("partners/acme/index.html");
    assert!(acme.contains("Objectives it owns (1) More jobs"), "{acme}");
    assert!(
        acme.contains("Milestones it delivers (1) Launch the scheme"),
        "{acme}"
    );
    assert!(acme.contains("Successes (1) First hire"), "{acme}");
    let school = site.text("partners/school/index.html");
    assert!(school.contains("Setbacks (1) Late start"), "{school}");
    let objective = site.text("objectives/jobs/index.html");
    assert!(
        objective.contains("Milestones (1) Launch the scheme"),
        "{objective}"
    );
    let milestone = site.text("milestones/launch/index.html");
    assert!(
        milestone.contains("Successes (1) First hire"),
        "{milestone}"
    );
    assert!(milestone.contains("Setbacks (1) Late start"), "{milestone}");
}

#[test]
fn pledged_and_received_are_never_added_together() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let acme = site.page("partners/acme/index.html");
    assert!(
        acme.contains("<th scope=\"row\" data-label=\"Kind\">Funds</th><td data-label=\"Unit\">USD</td><td class=\"num\" data-label=\"Pledged\">1,000</td><td class=\"num\" data-label=\"Paid against pledges\">0</td><td class=\"num\" data-label=\"Outstanding\">1,000</td><td class=\"num\" data-label=\"Received without a pledge\">400</td><td class=\"num\" data-label=\"Received in all\">400</td>"),
        "{}",
        main_of(&acme)
    );
    assert!(!acme.contains("1,400"));
    // The partner page leads with what it promised and delivered.
    let text = visible_text(&main_of(&acme));
    assert!(
        text.contains("Promised and delivered Funds (USD) 400 received; 0 of 1,000 pledged paid, 400 given without a pledge Milestones it delivers 1 0 achieved, 1 late or missed"),
        "{text}"
    );
}

#[test]
fn indicator_progress_is_computed_with_verification_shown() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let text = site.text("objectives/jobs/index.html");
    assert!(
        text.contains("25% of the way from 10 to 30 (latest: 15 on 1 June 2024)"),
        "{text}"
    );
    assert!(text.contains("1 June 2024 15 Audited"), "{text}");
}

#[test]
fn decreasing_indicators_measure_progress_downwards() {
    let site = TestSite::small();
    site.write("content/objectives/jobs.md", "+++\ntitle = \"Less waiting\"\n\n[[indicators]]\nname = \"Days waiting\"\nunit = \"days\"\ndirection = \"decrease\"\nbaseline = 12\ntarget = 4\nmeasurements = [{ date = 2024-06-01, value = 10 }]\n+++\n");
    site.build("2025-06-01");
    let text = site.text("objectives/jobs/index.html");
    assert!(
        text.contains("25% of the way from 12 days to 4 days"),
        "{text}"
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = TestSite::small();
    site.write(
        "content/successes/secret.md",
        "+++\ntitle = \"Not ready\"\ndate = 2024-09-01\ndraft = true\n+++\n",
    );
    site.build("2025-06-01");
    assert!(!site.public().join("successes/secret").exists());
    assert!(!site.page("successes/index.html").contains("Not ready"));
    assert!(!site.page("sitemap.xml").contains("secret"));
    assert!(!site.page("atom.xml").contains("Not ready"));

    let run = site.run(&["build", "--date", "2025-06-01", "--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.text("successes/secret/index.html").contains("draft"));
}

#[test]
fn consent_expiry_withholds_quotes_and_images() {
    let site = TestSite::small();
    site.write(
        "static/img/p.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("content/successes/first-hire.md", "+++\ntitle = \"First hire\"\ndate = 2024-07-01\nconsent_until = 2025-01-31\nimage = \"/img/p.svg\"\nimage_alt = \"A portrait\"\n\n[[quotes]]\ntext = \"I love my job\"\nby = \"Sam\"\n+++\n");
    site.build("2025-01-31");
    let text = site.page("successes/first-hire/index.html");
    assert!(text.contains("I love my job") && text.contains("alt=\"A portrait\""));

    site.build("2025-02-01");
    let page = site.page("successes/first-hire/index.html");
    assert!(!page.contains("I love my job"), "quote still shown");
    assert!(!page.contains("p.svg"), "image still shown");
    assert!(visible_text(&page).contains("their consent ran until 31 January 2025"));
}

#[test]
fn case_study_bundles_copy_their_assets_beside_the_page() {
    let site = TestSite::small();
    site.write("content/case-studies/story/index.md", "+++\ntitle = \"A story\"\ndate = 2024-09-01\nimage = \"photo.svg\"\nimage_alt = \"Two people\"\n+++\nSee [the report](report.pdf).\n");
    site.write(
        "content/case-studies/story/photo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("content/case-studies/story/report.pdf", "%PDF-1.4");
    site.build("2025-06-01");
    assert!(site.public().join("case-studies/story/photo.svg").is_file());
    assert!(
        site.public()
            .join("case-studies/story/report.pdf")
            .is_file()
    );
    let page = site.page("case-studies/story/index.html");
    assert!(
        page.contains("src=\"/case-studies/story/photo.svg\" alt=\"Two people\""),
        "{}",
        main_of(&page)
    );
    assert!(broken_links(&site.public(), "/").is_empty());
}

#[test]
fn links_resolve_at_the_root_and_under_a_sub_path() {
    let site = TestSite::small();
    site.write("content/pages/about.md", "+++\ntitle = \"About us\"\nmenu = true\n+++\n## Who we are\n\nSee [the plan](#who-we-are).\n");
    site.build("2025-06-01");
    assert_eq!(broken_links(&site.public(), "/"), Vec::<String>::new());

    let run = site.run(&[
        "build",
        "--date",
        "2025-06-01",
        "--base-url",
        "https://example.org/riverside/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        broken_links(&site.public(), "/riverside/"),
        Vec::<String>::new()
    );
    let home = site.page("index.html");
    assert!(home.contains("href=\"/riverside/partners/\""));
    assert!(home.contains("<link rel=\"canonical\" href=\"https://example.org/riverside/\">"));
    assert!(
        site.page("sitemap.xml")
            .contains("<loc>https://example.org/riverside/partners/acme/</loc>")
    );
    assert!(
        site.page("robots.txt")
            .contains("Sitemap: https://example.org/riverside/sitemap.xml")
    );
    let feed = site.page("atom.xml");
    assert!(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/riverside/atom.xml\"/>"));
    assert!(feed.contains("href=\"https://example.org/riverside/successes/first-hire/\""));
}

#[test]
fn the_feed_reports_successes_setbacks_and_milestone_changes() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let feed = site.page("atom.xml");
    assert!(feed.contains("<title>Success: First hire</title>"));
    assert!(feed.contains("<title>Setback (medium severity, open): Late start</title>"));
    assert!(feed.contains(
        "<title>Milestone achieved 10 days after the date first agreed: Write the plan</title>"
    ));
    assert!(feed.contains("<title>Milestone overdue (in progress): Launch the scheme</title>"));
    assert!(feed.contains("<updated>2025-05-02T00:00:00Z</updated>"));
}

#[test]
fn builds_with_the_same_date_are_byte_identical() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let first = snapshot(&site.public());
    site.build("2025-06-01");
    let second = snapshot(&site.public());
    assert_eq!(first.len(), second.len());
    assert!(first == second, "two builds differ");
}

#[test]
fn source_date_epoch_sets_the_build_date() {
    let site = TestSite::small();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["build", "--root"])
        .arg(&site.root)
        .env("SOURCE_DATE_EPOCH", "1748736000") // 2025-06-01
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("dated 2025-06-01"));
    assert!(
        site.text("milestones/launch/index.html")
            .contains("31 days overdue")
    );
}

#[test]
fn pages_appear_in_the_menu_by_weight() {
    let site = TestSite::small();
    site.write(
        "content/pages/contact.md",
        "+++\ntitle = \"Contact\"\nmenu = true\nweight = 20\n+++\nWrite to us.\n",
    );
    site.write(
        "content/pages/about.md",
        "+++\ntitle = \"About\"\nmenu = true\nweight = 10\n+++\nWho we are.\n",
    );
    site.write(
        "content/pages/privacy.md",
        "+++\ntitle = \"Privacy\"\n+++\nNo tracking.\n",
    );
    site.build("2025-06-01");
    let home = site.page("index.html");
    let about = home.find("href=\"/about/\">About<").unwrap();
    let contact = home.find("href=\"/contact/\">Contact<").unwrap();
    assert!(about < contact);
    assert!(!home[..home.find("</nav>").unwrap()].contains("Privacy"));
    assert!(site.text("privacy/index.html").contains("No tracking."));
}

#[test]
fn site_templates_and_static_files_override_the_theme() {
    let site = TestSite::small();
    site.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}<p>Custom: {{ page.title }}</p>{% endblock main %}");
    site.write("static/style.css", "body { color: black; }");
    site.write("content/pages/about.md", "+++\ntitle = \"About\"\n+++\n");
    site.build("2025-06-01");
    assert!(site.text("about/index.html").contains("Custom: About"));
    assert_eq!(site.page("style.css"), "body { color: black; }");
}

#[test]
fn markdown_extensions_and_heading_anchors_work() {
    let site = TestSite::small();
    site.write("content/pages/about.md", "+++\ntitle = \"About\"\n+++\n## Our work\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n\nA claim.[^1]\n\n[^1]: The source.\n");
    site.build("2025-06-01");
    let page = site.page("about/index.html");
    assert!(page.contains("<h2 id=\"our-work\">Our work</h2>"));
    assert!(page.contains("<table>") && page.contains("<del>old</del>"));
    assert!(page.contains("type=\"checkbox\""));
    assert!(page.contains("footnote-definition"));
}

#[test]
fn check_renders_everything_and_writes_nothing() {
    let site = TestSite::small();
    let run = site.run(&["check", "--date", "2025-06-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("no errors"), "{}", run.stdout);
    assert!(!site.public().exists());

    site.write(
        "templates/partner.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.no_such_field }}{% endblock main %}",
    );
    let run = site.run(&["check", "--date", "2025-06-01"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("could not render partners/acme/index.html"),
        "{}",
        run.stderr
    );
    assert!(!site.public().exists());
}
