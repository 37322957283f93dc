//! Newsletter issues: what an issue includes, and an email that works in real mail clients.

mod common;
use common::*;

const NEWSLETTER_SETTINGS: &str = "\n[newsletter]\nfrom = \"Test Alliance <news@example.org>\"\nreply_to = \"hello@example.org\"\nfooter = \"You asked for this. [Unsubscribe](https://example.org/unsubscribe/) at any time.\"\n";

fn site_with_issues() -> TestSite {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}{NEWSLETTER_SETTINGS}"),
    );
    site.write(
        "content/milestones/soon.md",
        "+++\ntitle = \"Open the second site\"\ndue = 2025-02-15\nstatus = \"planned\"\n+++\n",
    );
    site.write("content/newsletters/spring.md", "+++\ntitle = \"Spring 2024\"\ndate = 2024-06-30\nsummary = \"Our first half-year.\"\n+++\nHello, and welcome. Read [our plan](/milestones/plan/).\n\n*The coordinator*\n");
    site.write(
        "content/newsletters/winter.md",
        "+++\ntitle = \"Winter 2024\"\ndate = 2024-12-31\n+++\nThe second half of the year.\n",
    );
    site
}

fn make(site: &TestSite, slug: &str, extra: &[&str]) -> Run {
    let out = site.root.join("out");
    let mut args = vec![
        "newsletter",
        slug,
        "--date",
        "2025-06-01",
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    site.run(&args)
}

fn read(site: &TestSite, slug: &str, file: &str) -> String {
    std::fs::read_to_string(site.root.join("out").join(slug).join(file)).unwrap()
}

#[test]
fn an_issue_covers_what_changed_since_the_previous_one() {
    let site = site_with_issues();
    site.build("2025-06-01");
    let winter = site.text("newsletters/winter/index.html");
    assert!(
        winter.contains("covers 30 June 2024 to 31 December 2024"),
        "{winter}"
    );
    assert!(winter.contains("Successes First hire"), "{winter}");
    assert!(winter.contains("Setbacks Late start"), "{winter}");
    assert!(
        winter.contains("Coming up in the next 90 days Open the second site"),
        "{winter}"
    );
    assert!(
        !winter.contains("Write the plan"),
        "achieved before the period: {winter}"
    );
    assert!(
        !winter.contains("People in work"),
        "measured before the period: {winter}"
    );

    let spring = site.text("newsletters/spring/index.html");
    assert!(
        spring.contains("Milestones achieved Write the plan"),
        "{spring}"
    );
    assert!(
        spring.contains("People in work : 10 → 15 (25% of the way to the target)"),
        "{spring}"
    );
    assert!(!spring.contains("First hire"), "{spring}");

    let feed = site.page("newsletters/atom.xml");
    assert!(
        feed.contains("<title>Winter 2024</title>") && feed.contains("<title>Spring 2024</title>")
    );
}

#[test]
fn an_issue_with_nothing_new_says_so() {
    let site = site_with_issues();
    site.write(
        "content/newsletters/quiet.md",
        "+++\ntitle = \"Quiet\"\ndate = 2025-01-31\nsince = 2025-01-01\n+++\nA short note.\n",
    );
    site.build("2025-06-01");
    assert!(
        site.text("newsletters/quiet/index.html")
            .contains("Nothing new was recorded between 1 January 2025 and 31 January 2025")
    );
    let run = make(&site, "quiet", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&site, "quiet", "email.txt").contains("Nothing new was recorded in this period."));
}

#[test]
fn the_email_links_only_to_absolute_urls_of_pages_the_build_wrote() {
    let site = site_with_issues();
    site.build("2025-06-01");
    let run = make(&site, "winter", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("email.html (") && run.stdout.contains("message.eml ("),
        "{}",
        run.stdout
    );
    let html = read(&site, "winter", "email.html");
    assert!(!html.contains("<link") && !html.contains("<script"));
    assert!(html.contains("width=\"600\""));
    assert!(html.contains("<!--preheader-->"));
    let links = attribute_values(&html, "href");
    assert!(links.len() >= 4, "{links:?}");
    for link in links {
        if link == "https://example.org/unsubscribe/" {
            continue;
        }
        let path = link
            .strip_prefix("https://example.org/")
            .unwrap_or_else(|| panic!("not absolute: {link}"));
        let path = path.split('#').next().unwrap();
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        assert!(
            site.public().join(&file).is_file(),
            "{link} points to no page"
        );
    }
    assert!(html.len() < 100_000);
}

#[test]
fn the_text_version_is_wrapped_with_numbered_links() {
    let site = site_with_issues();
    assert_eq!(make(&site, "spring", &[]).code, 0);
    let text = read(&site, "spring", "email.txt");
    assert!(
        text.contains("Hello, and welcome. Read our plan [2]."),
        "{text}"
    );
    // Plain-text email, not Markdown: headings underlined, no emphasis marks, blocks apart.
    assert!(!text.contains("]["), "{text}");
    assert!(!text.contains("# "), "{text}");
    assert!(text.contains("\nSpring 2024\n===========\n"), "{text}");
    assert!(
        text.contains("\nThe coordinator\n") && !text.contains('*'),
        "{text}"
    );
    assert!(
        text.contains("[2]: https://example.org/milestones/plan/"),
        "{text}"
    );
    assert!(!text.contains('<'), "no markup in the text version");
    assert!(
        !text.contains("Our first half-year."),
        "the hidden preheader is not in the text"
    );
    for line in text.lines().filter(|l| !l.starts_with('[')) {
        assert!(line.chars().count() <= 72, "line over 72 columns: {line:?}");
    }
}

#[test]
fn the_message_is_valid_mime_with_the_expected_headers() {
    let site = site_with_issues();
    assert_eq!(
        make(&site, "winter", &["--to", "Sam Reader <sam@example.net>"]).code,
        0
    );
    let raw = std::fs::read(site.root.join("out/winter/message.eml")).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&raw)
        .expect("parses");
    assert_eq!(message.subject(), Some("Winter 2024"));
    let from = message.from().and_then(|f| f.first()).unwrap();
    assert_eq!(
        (from.name(), from.address()),
        (Some("Test Alliance"), Some("news@example.org"))
    );
    let to = message.to().and_then(|t| t.first()).unwrap();
    assert_eq!(to.address(), Some("sam@example.net"));
    assert_eq!(
        message
            .reply_to()
            .and_then(|r| r.first())
            .and_then(|a| a.address()),
        Some("hello@example.org")
    );
    assert!(
        message
            .message_id()
            .is_some_and(|id| id.ends_with("@example.org"))
    );
    assert!(message.date().is_some());
    assert!(message.body_text(0).unwrap().contains("Winter 2024"));
    assert!(message.body_html(0).unwrap().contains("<h1"));

    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("Content-Type: multipart/alternative"));
    let plain = text.find("Content-Type: text/plain").unwrap();
    let html = text.find("Content-Type: text/html").unwrap();
    assert!(plain < html, "text first, then HTML");
    assert!(text.contains("List-Unsubscribe: <https://example.org/unsubscribe/>"));
    assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));

    assert_eq!(make(&site, "spring", &[]).code, 0);
    let raw = std::fs::read_to_string(site.root.join("out/spring/message.eml")).unwrap();
    assert!(
        raw.contains("To: \"undisclosed-recipients\":;")
            || raw.contains("To: undisclosed-recipients:;"),
        "{raw}"
    );
}

#[test]
fn mistakes_are_explained() {
    let site = site_with_issues();
    let run = make(&site, "wintr", &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "there is no newsletter issue `wintr` in content/newsletters/; did you mean `winter`?"
        ),
        "{}",
        run.stderr
    );
    let run = make(&site, "winter", &["--to", "not an address"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("`not an address` is not an email address"),
        "{}",
        run.stderr
    );
    site.write("content/alliance.toml", ALLIANCE);
    let run = make(&site, "winter", &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("the newsletter has no sender"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_email_says_every_status_in_words_and_bad_news_stands_out() {
    let site = site_with_issues();
    make(&site, "winter", &[]);
    let html = read(&site, "winter", "email.html");
    let text = read(&site, "winter", "email.txt");
    for (name, body) in [("html", &html), ("text", &text)] {
        assert!(!body.contains("\"says\""), "{name} shows raw facts: {body}");
        assert!(!body.contains("days_overdue"), "{name}: {body}");
    }
    // The setback's state is in words, and styled as the bad or warning news it is.
    assert!(text.contains("Open, medium severity"), "{text}");
    assert!(html.contains("Open, medium severity"), "{html}");
    let at = html.find("Open, medium severity").unwrap();
    let tag = &html[html[..at].rfind("<p").unwrap()..at];
    assert!(
        tag.contains("font-weight: 700") && (tag.contains("#6e4d08") || tag.contains("#9c2118")),
        "bad news is bold and coloured: {tag}"
    );
}

#[test]
fn an_issue_says_the_same_things_when_built_a_year_later() {
    let site = site_with_issues();
    // On the issue's date (31 December 2024) this milestone was a month overdue; it was
    // achieved in February.
    site.write(
        "content/milestones/hall.md",
        "+++\ntitle = \"Open the hall\"\ndue = 2024-11-30\nstatus = \"achieved\"\ncompleted = 2025-02-01\n+++\n",
    );
    // Coming up on the issue's date; missed since.
    site.write(
        "content/milestones/soon.md",
        "+++\ntitle = \"Open the second site\"\ndue = 2025-02-15\nstatus = \"missed\"\n+++\n",
    );
    // Open on the issue's date, resolved in March.
    site.write(
        "content/setbacks/flood.md",
        "+++\ntitle = \"The hall flooded\"\ndate = 2024-12-01\nseverity = \"high\"\nstatus = \"resolved\"\nresolved = 2025-03-01\nlessons = [\"Check the drains\"]\n+++\n",
    );
    let issue = |date: &str| {
        site.build(date);
        let page = main_of(&site.page("newsletters/winter/index.html"));
        let notice = page
            .find("<p class=\"notice as-sent\">")
            .map(|at| at..at + page[at..].find("</p>").unwrap() + 4);
        (page.clone(), notice.map(|n| page[n].to_string()))
    };
    let (sent, none) = issue("2024-12-31");
    assert_eq!(none, None, "the issue is current on its own date");
    let text = visible_text(&sent);
    assert!(
        text.contains("Open the hall 31 days overdue, in progress"),
        "{text}"
    );
    assert!(
        text.contains("Coming up in the next 90 days Open the second site In progress"),
        "{text}"
    );
    assert!(
        text.contains("The hall flooded Open, high severity"),
        "{text}"
    );

    let (later, notice) = issue("2025-12-31");
    let notice = notice.expect("a later build says the issue is kept as sent");
    assert!(
        notice.contains("every status and date below is as it stood on 31 December 2024"),
        "{notice}"
    );
    assert_eq!(
        later.replacen(&notice, "", 1),
        sent,
        "the archive rewrote the issue"
    );
    // The entries' own pages say where things stand today.
    let hall = visible_text(&main_of(&site.page("milestones/hall/index.html")));
    assert!(
        hall.contains("Achieved 63 days after the date first agreed"),
        "{hall}"
    );

    // The email made a year later makes the same claims as the one sent.
    let email = |date: &str| {
        let out = site.root.join("out");
        let run = site.run(&[
            "newsletter",
            "winter",
            "--date",
            date,
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        read(&site, "winter", "email.html")
    };
    assert_eq!(email("2024-12-31"), email("2025-12-31"));
}
