//! Hostile text in every field reaches every output as text: nothing executes, and the words
//! still read as the author typed them.

mod common;
use common::*;

const TITLE: &str = "Tom & Jerry's \\\"best\\\" <script>alert('title')</script> day";
const SHOWN: &str = "Tom & Jerry's \"best\" <script>alert('title')</script> day";

fn hostile_site() -> TestSite {
    let site = TestSite::small();
    site.write("content/alliance.toml", &String::from("name = \"<img src=x onerror=alert(1)> Alliance\"\ntagline = \"\\\"><svg onload=alert(2)>\"\nbase_url = \"https://example.org/\"\nmission = \"<script>alert(3)</script> [click](javascript:alert(4))\"\n\n[newsletter]\nfrom = \"News <news@example.org>\"\nfooter = \"<a href=javascript:alert(5)>x</a> [Unsubscribe](https://example.org/u/)\"\n"));
    site.write("content/partners/acme.md", &format!("+++\nname = \"{TITLE}\"\nkind = \"business\"\njoined = 2024-01-01\nwebsite = \"javascript:alert('site')\"\nsummary = \"\\\" onmouseover=\\\"alert('summary')\"\nroles = [\"<b onclick=alert(6)>lead</b>\"]\ntags = [\"<i>tag</i>\", \"=cmd|' /C calc'!A0\"]\n+++\nBody <script>alert(7)</script> and <iframe src=//evil></iframe>\n\n[link](javascript:alert(8)) ![img](data:text/html,<script>alert(9)</script>) [vb](VBScript:msgbox)\n\n<svg><script>alert(10)</script></svg>\n"));
    site.write("content/setbacks/late-start.md", "+++\ntitle = \"Late <b>start</b>\"\ndate = 2024-08-01\nseverity = \"medium\"\nstatus = \"open\"\npartners = [\"acme\"]\nlessons = [\"<script>alert(11)</script>\"]\n\n[[updates]]\ndate = 2024-08-02\ntext = \"<img src=x onerror=alert(12)> [x](javascript:alert(13))\"\n\n[[responses]]\npartner = \"acme\"\ndate = 2024-08-03\ntext = \"</blockquote><script>alert(14)</script>\"\n+++\n");
    site.write("content/successes/first-hire.md", "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmetrics = [{ label = \"<script>alert(15)</script>\", value = \"<b>1</b>\" }]\n\n[[quotes]]\ntext = \"</p><script>alert(16)</script>\"\nby = \"<img src=x onerror=alert(17)>\"\n+++\n");
    site.write("content/newsletters/n.md", "+++\ntitle = \"<script>alert(18)</script>\"\ndate = 2024-12-31\n+++\n<script>alert(19)</script>\n");
    site
}

/// Fails when `html` has markup that would run script: a script-like element, an `on...`
/// event attribute, or a link or source with a script-running scheme. Escaped text (`&lt;`)
/// is text and is fine.
fn assert_inert(what: &str, html: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = rest[start..end].to_ascii_lowercase();
        rest = &rest[end..];
        if tag.starts_with("<!") {
            continue;
        }
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !["script", "iframe", "object", "embed", "frame"].contains(&name.as_str()),
            "{what} has a <{name}> element: {tag}"
        );
        for (key, value) in attributes(&tag[1 + name.len()..]) {
            assert!(
                !key.starts_with("on"),
                "{what} has an event attribute: {tag}"
            );
            for scheme in ["javascript:", "vbscript:", "data:"] {
                assert!(
                    !value.trim_start().starts_with(scheme),
                    "{what} has a {scheme} URL: {tag}"
                );
            }
        }
    }
}

/// The attributes of a tag's inside (after its name), honouring quotes.
fn attributes(inside: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = inside
        .trim_end_matches('>')
        .trim_end_matches('/')
        .chars()
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' {
            i += 1;
        }
        let key: String = chars[start..i].iter().collect();
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let quote = chars[i];
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < chars.len() && !chars[i].is_whitespace() {
                    value.push(chars[i]);
                    i += 1;
                }
            }
        }
        if !key.is_empty() {
            out.push((key, value));
        }
    }
    out
}

#[test]
fn nothing_executes_in_any_page_or_file() {
    let site = hostile_site();
    site.build("2025-06-01");
    for (path, html) in html_files(&site.public()) {
        // The default theme's only scripts would be its own; it has none.
        assert_inert(&path, &html);
    }
    for file in ["atom.xml", "newsletters/atom.xml", "sitemap.xml"] {
        let xml = site.page(file);
        assert!(!xml.contains("<script"), "{file}");
        assert!(!xml.contains("<img"), "{file}");
    }
}

#[test]
fn text_still_reads_as_typed() {
    let site = hostile_site();
    site.build("2025-06-01");
    let page = site.text("partners/acme/index.html");
    assert!(page.contains(SHOWN), "{page}");
    assert!(
        page.contains("Body <script>alert(7)</script> and <iframe src=//evil></iframe>"),
        "{page}"
    );
    assert!(page.contains("<b onclick=alert(6)>lead</b>"), "{page}");
    let feed = site.page("atom.xml");
    assert!(
        feed.contains(
            "<title>Setback (medium severity, open): Late &lt;b&gt;start&lt;/b&gt;</title>"
        ),
        "the feed escapes, and a reader shows the text"
    );

    let json: serde_json::Value = serde_json::from_str(&site.page("data/alliance.json")).unwrap();
    let acme = json["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "acme")
        .unwrap();
    assert_eq!(acme["title"], SHOWN);
    let csv = site.page("data/partners.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[0] == "acme")
        .unwrap();
    assert_eq!(&row[1], SHOWN);
    assert!(!site.page("data/partners.csv").contains("\n=cmd"));
}

#[test]
fn the_newsletter_email_is_inert_too() {
    let site = hostile_site();
    let out = site.root.join("out");
    let run = site.run(&[
        "newsletter",
        "n",
        "--date",
        "2025-06-01",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(out.join("n/email.html")).unwrap();
    assert_inert("email.html", &html);
    let eml = std::fs::read_to_string(out.join("n/message.eml")).unwrap();
    assert!(
        eml.contains("Subject: <script>alert(18)</script>"),
        "the subject is plain text, as typed"
    );
}

#[test]
fn raw_html_when_allowed_is_sanitised_not_trusted() {
    let site = hostile_site();
    let alliance = std::fs::read_to_string(site.root.join("content/alliance.toml")).unwrap();
    site.write(
        "content/alliance.toml",
        &alliance.replace("mission =", "allow_raw_html = true\nmission ="),
    );
    site.write("content/pages/raw.md", "+++\ntitle = \"Raw\"\n+++\n<div class=\"note\"><strong>Kept</strong> <img src=\"x.png\" alt=\"pic\" onerror=\"alert(1)\"></div>\n\n<script>alert(2)</script>\n");
    site.build("2025-06-01");
    let page = site.page("raw/index.html");
    assert!(page.contains("<strong>Kept</strong>"), "{}", main_of(&page));
    assert!(page.contains("alt=\"pic\""));
    for (path, html) in html_files(&site.public()) {
        assert_inert(&path, &html);
    }
}

#[test]
fn an_svg_that_could_run_script_is_refused() {
    let site = TestSite::small();
    site.write("content/case-studies/story/index.md", "+++\ntitle = \"Story\"\ndate = 2024-01-01\nimage = \"chart.svg\"\nimage_alt = \"A chart\"\n+++\n");
    site.write("content/case-studies/story/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"10\" height=\"10\"/>\n<script>fetch('/steal')</script>\n</svg>\n");
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("error: this SVG contains `<script`, which could run script in a reader's browser\n  --> content/case-studies/story/chart.svg:3:1"), "{}", run.stderr);
    site.write(
        "content/case-studies/story/chart.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>\n",
    );
    site.build("2025-06-01");
    assert!(site.public().join("case-studies/story/chart.svg").is_file());
}
