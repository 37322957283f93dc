//! A membership alliance: hundreds of members who belong and fund the alliance but own no
//! entries, some without a public join date. `check` stays readable for them, and when the
//! alliance asks for every partner to be reviewed, warnings of one kind are grouped.

mod common;
use common::*;

/// The small site, with `n` members that only belong: no roles, no entries, every third
/// without a join date, each with a contribution.
fn membership_site(n: usize) -> TestSite {
    let site = TestSite::small();
    for i in 0..n {
        let joined = if i % 3 == 0 {
            String::new()
        } else {
            "joined = 2023-05-01\n".to_string()
        };
        site.write(
            &format!("content/partners/member-{i:03}.md"),
            &format!(
                "+++\nname = \"Member {i:03}\"\nkind = \"individual\"\n{joined}\n[[contributions]]\ndate = 2024-04-01\nkind = \"funds\"\namount = 10\n+++\n"
            ),
        );
    }
    site
}

#[test]
fn members_that_only_belong_raise_no_review_warnings() {
    let site = membership_site(60);
    let run = site.run(&["check", "--date", "2025-01-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains("member-"),
        "no warning names a member:\n{}",
        run.stderr
    );
    // Their money counts: 60 members x 10, with the small site's 400 received.
    site.build("2025-01-01");
    let partners = visible_text(&site.page("partners/index.html"));
    assert!(partners.contains("Member 059"), "{partners}");
    let member = visible_text(&site.page("partners/member-000/index.html"));
    assert!(!member.contains("Joined"), "no join date shown: {member}");
    let dated = visible_text(&site.page("partners/member-001/index.html"));
    assert!(dated.contains("Joined"), "{dated}");
    let json = std::fs::read_to_string(site.public().join("data/alliance.json")).unwrap();
    assert!(
        json.contains("\"joined\":null"),
        "a missing join date is null"
    );
}

#[test]
fn reviewing_every_partner_groups_warnings_of_one_kind() {
    let site = membership_site(60);
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[review]\nevery_partner = true\n"),
    );
    let run = site.run(&["check", "--date", "2025-01-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let named = |stderr: &str, what: &str| stderr.matches(what).count();
    // Three of each kind shown, the rest counted (the small site's partners have no roles
    // either, so 62 partners lack roles; the 60 members are named nowhere).
    assert_eq!(named(&run.stderr, "has no roles"), 3, "{}", run.stderr);
    assert_eq!(named(&run.stderr, "nothing refers to the partner"), 3);
    assert!(
        run.stderr
            .contains("… and 59 more warnings of the same kind (partners without roles)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("… and 57 more warnings of the same kind (partners that nothing refers to)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("show every one with --verbose"));
    assert!(
        run.stderr.contains("warnings found: 0 errors"),
        "{}",
        run.stderr
    );

    let all = site.run(&["check", "--date", "2025-01-01", "--verbose"]);
    assert_eq!(named(&all.stderr, "has no roles"), 62, "{}", all.stderr);
    assert_eq!(named(&all.stderr, "nothing refers to the partner"), 60);
    assert!(!all.stderr.contains("more warnings of the same kind"));

    let strict = site.run(&["check", "--date", "2025-01-01", "--strict"]);
    assert_eq!(strict.code, 1, "grouped warnings still count for --strict");
}

#[test]
fn anonymous_members_count_in_the_totals_and_are_named_nowhere() {
    let site = TestSite::small();
    for (slug, amount) in [("secret-donor", 5000), ("quiet-giver", 700)] {
        site.write(
            &format!("content/partners/{slug}.md"),
            &format!(
                "+++\nname = \"Zanzibar Holdings {slug}\"\nkind = \"funder\"\nanonymous = true\nwebsite = \"https://zanzibar.example/\"\nsummary = \"Zanzibar summary\"\n\n[[contributions]]\ndate = 2024-05-01\nkind = \"funds\"\namount = {amount}\nnote = \"From the Zanzibar family\"\n+++\nZanzibar body text.\n"
            ),
        );
    }
    let run = site.build("2025-01-01");
    assert!(!run.stderr.contains("secret-donor"), "{}", run.stderr);
    // Named nowhere: no page, file, link, feed, data or sitemap says who they are.
    for file in walk(&site.public()) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for secret in ["Zanzibar", "zanzibar", "secret-donor", "quiet-giver"] {
            assert!(!text.contains(secret), "{} names {secret}", file.display());
        }
    }
    // Counted: the small site's 400 received plus 5,700.
    let partners = visible_text(&site.page("partners/index.html"));
    assert!(
        partners.contains("2 members of the alliance are anonymous: named nowhere on this site"),
        "{partners}"
    );
    assert!(partners.contains("6,100"), "{partners}");
    let home = visible_text(&site.page("index.html"));
    assert!(home.contains("2 partners (2 anonymous)"), "{home}");
    let report = visible_text(&site.page("reports/2024/index.html"));
    assert!(
        report.contains("Anonymous members (pooled) Funds USD 0 5,700"),
        "{report}"
    );
    let json: serde_json::Value = serde_json::from_str(&site.page("data/alliance.json")).unwrap();
    assert_eq!(json["anonymous"]["members"], 2);
    assert_eq!(json["stats"]["contributions"][0]["received"], 6100.0);
    let csv = site.page("data/contributions.csv");
    assert!(
        csv.contains(
            "(anonymous),,Funds,5700,USD,received,pooled contributions of anonymous members,"
        ),
        "{csv}"
    );

    // No entry may name one: that would publish who it is.
    site.write(
        "content/milestones/thanks.md",
        "+++\ntitle = \"Thank the donor\"\ndue = 2025-05-01\nstatus = \"planned\"\npartners = [\"secret-donor\"]\n+++\n",
    );
    let run = site.build_fails("2025-01-01");
    assert!(
        run.stderr
            .contains("`secret-donor` is an anonymous partner, and no entry can name it"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/milestones/thanks.md:5:"),
        "{}",
        run.stderr
    );

    // A misspelt or misplaced flag fails closed: the build stops rather than name the member.
    site.remove("content/milestones/thanks.md");
    for flag in ["Anonymous = true\n", "anonymus = true\n"] {
        site.write(
            "content/partners/secret-donor.md",
            &format!("+++\nname = \"Zanzibar Holdings\"\nkind = \"funder\"\n{flag}+++\n"),
        );
        let run = site.build_fails("2025-01-01");
        assert!(
            run.stderr
                .contains("looks like `anonymous`, and ignoring it could publish"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_alliance_of_only_anonymous_members_still_shows_its_totals_and_reports() {
    let site = TestSite::new();
    for i in 0..3 {
        site.write(
            &format!("content/partners/donor-{i}.md"),
            &format!("+++\nname = \"Donor {i}\"\nkind = \"funder\"\nanonymous = true\n\n[[contributions]]\ndate = 2023-05-0{}\nkind = \"funds\"\namount = 100\n+++\n", i + 1),
        );
    }
    site.build("2025-01-01");
    let home = visible_text(&site.page("index.html"));
    assert!(home.contains("0 partners (3 anonymous)"), "{home}");
    let partners = visible_text(&site.page("partners/index.html"));
    assert!(
        partners.contains("3 members of the alliance are anonymous"),
        "{partners}"
    );
    let report = visible_text(&site.page("reports/2023/index.html"));
    assert!(
        report.contains("Anonymous members (pooled) Funds USD 0 300"),
        "{report}"
    );
    assert_eq!(broken_links(&site.public(), "/"), Vec::<String>::new());
}

#[test]
fn the_resource_map_says_who_brings_what_and_counts_anonymous_givers_unnamed() {
    let site = membership_site(3);
    site.write(
        "content/partners/quiet.md",
        "+++\nname = \"Quiet Giver\"\nkind = \"funder\"\nanonymous = true\nstrengths = [\"Secret sauce\"]\n\n[[contributions]]\ndate = 2024-04-01\nkind = \"funds\"\namount = 500\n+++\n",
    );
    site.write(
        "content/partners/school.md",
        "+++\nname = \"Hill School\"\nkind = \"school\"\njoined = 2024-01-01\nstrengths = [\"Classrooms\", \"Teachers\"]\n+++\n",
    );
    site.build("2025-01-01");
    let map = visible_text(&main_of(&site.page("resource-map/index.html")));
    // 400 from Acme, 10 from each of 3 members, 500 from the anonymous giver.
    assert!(
        map.contains(
            "Funds (USD) 930 received, 1,000 pledged, from 4 partners and 1 anonymous member."
        ),
        "{map}"
    );
    let acme = map.find("Acme Works 400 1,000").unwrap();
    assert!(
        acme < map.find("Member 000 10 0").unwrap(),
        "largest first: {map}"
    );
    assert!(map.contains("Classrooms (1) Hill School"), "{map}");
    assert!(
        !map.contains("Quiet") && !map.contains("Secret sauce"),
        "{map}"
    );
    assert!(visible_text(&site.page("partners/index.html")).contains("Who brings what"));
}
