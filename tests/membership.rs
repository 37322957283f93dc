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
