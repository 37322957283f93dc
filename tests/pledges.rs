//! Pledges kept or overdue: a pledge may say when it is due (`due`) and carry a name (`id`);
//! a receipt names the pledge it pays (`fulfils`). Each partner and the alliance show what was
//! pledged, paid against pledges, outstanding, overdue and received without a pledge.

mod common;
use common::*;

const PARTNER: &str = "+++\nname = \"Gift Trust\"\nkind = \"funder\"\njoined = 2024-01-01\n";

fn contribution(fields: &str) -> String {
    let kind = if fields.contains("kind =") {
        ""
    } else {
        "kind = \"funds\"\n"
    };
    format!("\n[[contributions]]\n{kind}{fields}\n")
}

fn site_with(contributions: &[&str]) -> TestSite {
    let site = TestSite::small();
    let body: String = contributions.iter().map(|c| contribution(c)).collect();
    site.write(
        "content/partners/gift.md",
        &format!("{PARTNER}{body}+++\nA trust.\n"),
    );
    site
}

fn totals_row(site: &TestSite) -> String {
    let page = visible_text(&main_of(&site.page("partners/gift/index.html")));
    let at = page.find("Received in all Funds").expect(&page);
    page[at + "Received in all ".len()..]
        .split(" Every contribution")
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn a_pledge_partly_paid_and_past_its_date_is_overdue_and_other_money_is_not_counted_against_it() {
    // The issue's own example: pledged 25,000, paid 12,500 of it plus an unrelated 15,000.
    let site = site_with(&[
        "date = 2025-01-01\namount = 25000\nstatus = \"pledged\"\nid = \"grant\"\ndue = 2025-06-30",
        "date = 2025-03-01\namount = 12500\nfulfils = \"grant\"",
        "date = 2025-04-01\namount = 15000",
    ]);
    site.build("2025-05-01");
    // Before the date it is due by: outstanding, not overdue.
    assert_eq!(
        totals_row(&site),
        "Funds USD 25,000 12,500 12,500 15,000 27,500"
    );
    site.build("2025-07-01");
    assert_eq!(
        totals_row(&site),
        "Funds USD 25,000 12,500 12,500 (12,500 overdue) 15,000 27,500"
    );
    let page = visible_text(&main_of(&site.page("partners/gift/index.html")));
    assert!(
        page.contains("Pledged ( grant ), due by 30 June 2025 : 12,500 outstanding, overdue"),
        "{page}"
    );
    assert!(page.contains("Received, paying the pledge grant"), "{page}");
    assert!(
        page.contains(
            "12,500 of 25,000 pledged paid, 15,000 given without a pledge 12,500 overdue"
        ),
        "{page}"
    );
    // The scorecard counts it, on the reports index and on the report of the year it fell due.
    let reports = site.text("reports/index.html");
    assert!(reports.contains("Pledges overdue 1"), "{reports}");
    assert!(
        reports.contains("Pledges overdue (1) Gift Trust : 12,500 of 25,000 USD (funds) unpaid, due by 30 June 2025"),
        "{reports}"
    );
    // A newsletter covering the date it fell due says so, in words and as bad news.
    site.write(
        "content/newsletters/summer.md",
        "+++\ntitle = \"Summer 2025\"\ndate = 2025-07-01\nsince = 2025-05-31\n+++\nHello.\n",
    );
    site.build("2025-07-01");
    let issue = site.text("newsletters/summer/index.html");
    assert!(
        issue.contains("Pledges now overdue Gift Trust : 12,500 of 25,000 USD (funds) unpaid, due by 30 June 2025"),
        "{issue}"
    );
    // The open data says the same, for the alliance and for each contribution.
    let json: serde_json::Value = serde_json::from_str(&site.page("data/alliance.json")).unwrap();
    let funds = json["stats"]["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "funds" && t["unit"] == "USD")
        .unwrap()
        .clone();
    assert_eq!(funds["overdue"], 12500.0, "{funds}");
    let csv = site.page("data/contributions.csv");
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",pledge,due_by,fulfils,outstanding,overdue"),
        "{csv}"
    );
    assert!(csv.contains(",grant,2025-06-30,,12500,12500\r\n"), "{csv}");
    assert!(csv.contains(",,,grant,,\r\n"), "{csv}");
}

#[test]
fn a_pledge_paid_in_full_or_over_is_not_outstanding() {
    let site = site_with(&[
        "date = 2024-01-01\namount = 1000\nstatus = \"pledged\"\nid = \"a\"\ndue = 2024-06-30",
        "date = 2024-02-01\namount = 600\nfulfils = \"a\"",
        "date = 2024-03-01\namount = 600\nfulfils = \"a\"",
    ]);
    site.build("2025-01-01");
    assert_eq!(
        totals_row(&site),
        "Funds USD 1,000 1,200 (200 more than pledged) 0 0 1,200"
    );
    let page = visible_text(&main_of(&site.page("partners/gift/index.html")));
    assert!(
        page.contains("due by 30 June 2024 : paid in full"),
        "{page}"
    );
    assert!(!page.contains("overdue"), "{page}");
}

#[test]
fn pledge_mistakes_are_explained_where_they_were_written() {
    let site = site_with(&[
        "date = 2024-01-01\namount = 1000\nstatus = \"pledged\"\nid = \"grant-2024\"",
        "date = 2024-02-01\namount = 500\nfulfils = \"grant-2042\"",
        "date = 2024-02-01\namount = 5\nkind = \"volunteer-hours\"\nfulfils = \"grant-2024\"",
        "date = 2024-03-01\namount = 500\ndue = 2024-12-31",
        "date = 2024-04-01\namount = 100\nstatus = \"pledged\"\nid = \"grant-2024\"",
    ]);
    let run = site.build_fails("2025-01-01");
    let err = &run.stderr;
    assert!(
        err.contains("this partner has no pledge named `grant-2042`"),
        "{err}"
    );
    assert!(err.contains("did you mean `grant-2024`?"), "{err}");
    assert!(err.contains("content/partners/gift.md:17:11"), "{err}");
    assert!(
        err.contains(
            "the pledge `grant-2024` is of funds (USD), and this receipt of volunteer hours (hours)"
        ),
        "{err}"
    );
    assert!(
        err.contains("`due` is the date a pledge is due by, and this contribution was received"),
        "{err}"
    );
    assert!(
        err.contains("two pledges of this partner are named `grant-2024`"),
        "{err}"
    );
    assert!(err.contains("4 errors"), "{err}");
}
