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
    site.write("content/newsletters/n.md", &format!("+++\ntitle = \"<script>alert(18)</script>\"\ndate = 2024-12-31\n+++\n<script>alert(19)</script>\n\n{HEADING}\n"));
    site.write("content/objectives/jobs.md", &format!("+++\ntitle = \"Jobs\"\nowners = [\"acme\"]\n\n[[indicators]]\nname = \"<svg onload=alert('name')>\"\nunit = '<img src=x onerror=alert(\"unit\")>'\nbaseline = 1\ntarget = 5\nbaseline_date = 2024-01-01\ntarget_date = 2025-01-01\nmeasurements = [{{ date = 2024-06-01, value = 2 }}]\n+++\n{HEADING}\n"));
    site.write("content/case-studies/story.md", &format!("+++\ntitle = \"Story\"\ndate = 2024-05-01\npartners = [\"acme\"]\n+++\n{HEADING}\n\n# Top {{onclick=alert('h1')}}\n\n## <img src=x onerror=alert('toc')>\n\n## <script>alert('toc 2')</script>\n"));
    site.write(
        "content/pages/about.md",
        &format!("+++\ntitle = \"About\"\n+++\n{HEADING}\n"),
    );
    let setback =
        std::fs::read_to_string(site.root.join("content/setbacks/late-start.md")).unwrap();
    site.write(
        "content/setbacks/late-start.md",
        &setback.replace(
            "[[updates]]\ndate = 2024-08-02\ntext = \"",
            &format!("[[updates]]\ndate = 2024-08-02\ntext = \"{HEADING}\\n\\n"),
        ),
    );
    // Every text that reaches a chart: milestone titles (the timeline), contribution units
    // and the currency (contributions by kind).
    site.write("content/milestones/hostile.md", "+++\ntitle = \"<svg onload=alert('milestone')>'&\"\ndue = 2024-05-01\nstatus = \"delayed\"\npartners = [\"acme\"]\n\n[[replans]]\ndate = 2024-04-01\ndue = 2024-09-01\nreason = \"<img src=x onerror=alert('reason')>\"\n+++\n");
    site.write("content/partners/giver.md", "+++\nname = \"Giver\"\nkind = \"funder\"\njoined = 2024-01-01\n\n[[contributions]]\ndate = 2024-02-01\nkind = \"in-kind\"\namount = 3\nunit = \"<img src=x onerror=alert('contribution unit')>\"\n+++\n");
    let alliance = std::fs::read_to_string(site.root.join("content/alliance.toml")).unwrap();
    site.write(
        "content/alliance.toml",
        &(alliance
            .replace(
                "mission = \"",
                &format!(
                    "currency = \"<svg onload=alert('currency')>\"\nmission = \"{HEADING}\\n\\n"
                ),
            )
            .replace("footer = \"", &format!("footer = \"{HEADING}\\n\\n"))
            .replace(
                "base_url = ",
                "source_url = \"https://x.example/\\\" onclick=\\\"alert('source')\"\nbase_url = ",
            )
            + "\n[brand]\nlogo = \"https://x.example/l.png\\\" onerror=\\\"alert('logo')\"\nlogo_alt = \"\\\"><script>alert('alt')</script>\"\nlogo_dark = \"https://x.example/d.png\\\" onerror=\\\"alert('dark logo')\"\nsocial_image = \"https://x.example/c.png\\\" onload=\\\"alert('card')\"\nsocial_image_alt = \"</title><script>alert('card alt')</script>\"\naccent = \"#0b5e66\"\n"),
    );
    site
}

/// Fails when `html` has markup that would run script, as an HTML parser reads it (see
/// `candor::inert`): a script-like element, an `on...` attribute, or a script-running URL.
fn assert_inert(what: &str, html: &str) {
    let found = candor::inert::active_content_of_page(what, html);
    assert!(found.is_empty(), "{what} could run script: {found:#?}");
}

/// Heading attributes (`{onfocus=...}`), which pulldown-cmark reads in every Markdown field.
const HEADING: &str = "## Hello {tabindex=0 autofocus onfocus=alert('heading') .c #h}";

#[test]
fn nothing_executes_in_any_page_or_file() {
    let site = hostile_site();
    site.build("2025-06-01");
    for (path, html) in html_files(&site.public()) {
        // The default theme's only script is its search page's own.
        assert_inert(&path, &html);
    }
    // The hostile texts did reach the charts, as text.
    let timeline = site.page("milestones/index.html");
    let svg = &timeline[timeline.find("<svg").unwrap()..];
    assert!(
        svg.contains("&lt;svg onload=alert(&apos;milestone&apos;)&gt;"),
        "{svg}"
    );
    let partners = site.page("partners/index.html");
    assert!(
        partners.contains("&lt;img src=x onerror=alert(&apos;contribution unit&apos;)&gt;"),
        "{partners}"
    );
    // Raw HTML in a case study's headings is text in its table of contents, linked to the
    // headings' ids.
    let story = site.page("case-studies/story/index.html");
    let toc = &story[story.find("<nav class=\"toc\"").unwrap()..];
    let toc = &toc[..toc.find("</nav>").unwrap()];
    assert!(
        toc.contains("&lt;img src=x onerror=alert(&#39;toc&#39;)&gt;</a>"),
        "{toc}"
    );
    assert!(
        toc.contains("&lt;script&gt;alert(&#39;toc 2&#39;)"),
        "{toc}"
    );
    for id in toc
        .split("href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        assert!(
            story.contains(&format!("<h2 id=\"{id}\">")),
            "{id} in {story}"
        );
    }
    // The brand's hostile fields reached the head and header, as attribute text.
    let home = site.page("index.html");
    assert!(
        home.contains("x.example/l.png&quot; onerror=&quot;alert"),
        "{home}"
    );
    assert!(home.contains("<meta property=\"og:image\""), "{home}");
    assert!(
        home.contains("@top-left { content: \""),
        "the running header: {home}"
    );
    let favicon = site.page("favicon.svg");
    assert!(
        favicon.contains(">I</text>"),
        "the first letter of the name: {favicon}"
    );
    assert_inert("favicon.svg", &favicon);
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
    assert!(run.stderr.contains("error: this SVG contains a <script> element, which could run script in a reader's browser\n  --> content/case-studies/story/chart.svg:3:1"), "{}", run.stderr);
    site.write(
        "content/case-studies/story/chart.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>\n",
    );
    site.build("2025-06-01");
    assert!(site.public().join("case-studies/story/chart.svg").is_file());
}

/// What the browser oracle (`tests/browser/oracle.mjs`) saw run in the pages of `dir`.
fn scripts_run_in_chromium(dir: &std::path::Path) -> (u64, Vec<String>) {
    scripts_run_in_pages(dir, &[])
}

/// What the browser oracle saw run in `pages` of `dir` (every page when empty).
fn scripts_run_in_pages(dir: &std::path::Path, pages: &[&str]) -> (u64, Vec<String>) {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("node")
        .arg(manifest.join("tests/browser/oracle.mjs"))
        .arg(dir)
        .args(pages)
        .output()
        .expect("node must be installed (../shared/verify/setup.sh)");
    assert!(
        out.status.success(),
        "the browser oracle could not run (Chromium and ../shared/verify/setup.sh are needed):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let executed = report["executed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{}: {}",
                e["page"].as_str().unwrap(),
                e["what"].as_str().unwrap()
            )
        })
        .collect();
    (report["checked"].as_u64().unwrap(), executed)
}

#[test]
#[ignore = "needs Chromium and ../shared/verify/setup.sh; .ci/run runs it with --ignored"]
fn nothing_runs_when_chromium_opens_every_page() {
    // First, the oracle must see script run where it does: otherwise it proves nothing.
    let control = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(control.path().join(name), text).unwrap();
    write(
        "error.html",
        "<!doctype html><title>x</title><img src=missing.png onerror=\"void 0\">",
    );
    write(
        "focus.html",
        "<!doctype html><title>x</title><h2 tabindex=0 autofocus onfocus=\"void 0\">Hi</h2>",
    );
    write(
        "link.html",
        "<!doctype html><title>x</title><p><a href=\"javascript:void 0\">go</a>",
    );
    write(
        "hover.html",
        "<!doctype html><title>x</title><h1 onmouseover=\"void 0\">Big heading to hover</h1>",
    );
    write(
        "image.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>void 0</script></svg>",
    );
    write(
        "quiet.html",
        "<!doctype html><title>x</title><h1>Nothing runs here</h1><a href=\"quiet.html\">self</a>",
    );
    let (checked, executed) = scripts_run_in_chromium(control.path());
    assert_eq!(checked, 6);
    for page in [
        "error.html",
        "focus.html",
        "link.html",
        "hover.html",
        "image.svg",
    ] {
        assert!(
            executed.iter().any(|e| e.starts_with(page)),
            "the oracle did not see {page} run script: {executed:?}"
        );
    }
    assert!(
        !executed.iter().any(|e| e.starts_with("quiet.html")),
        "{executed:?}"
    );

    // Then every page and SVG of the hostile site, and of the site with raw HTML allowed.
    let site = hostile_site();
    site.write("content/case-studies/story/index.md", "+++\ntitle = \"Story\"\ndate = 2024-01-01\nimage = \"chart.svg\"\nimage_alt = \"A chart\"\n+++\n## Hi {onfocus=alert(1) autofocus tabindex=0}\n");
    site.write("content/case-studies/story/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://example.org/\"><rect width=\"10\" height=\"10\"/></a></svg>");
    site.remove("content/case-studies/story.md");
    site.build("2025-06-01");
    let (checked, executed) = scripts_run_in_chromium(&site.public());
    assert!(checked > 20, "only {checked} pages were opened");
    assert_eq!(executed, Vec::<String>::new());
    // The search results are made from the same hostile texts, in the browser: watched with
    // the payloads' own words as queries, the results on the page while it is checked.
    let searches = [
        "search/index.html?q=alert",
        "search/index.html?q=script",
        "search/index.html?q=onerror",
        "search/index.html?q=jerry&section=Partners",
    ];
    let (checked, executed) = scripts_run_in_pages(&site.public(), &searches);
    assert_eq!(checked, 4);
    assert_eq!(executed, Vec::<String>::new());
    // They were found, and shown as text.
    let seen = common::search_in_chromium(&site.public(), "/", r#"[{"q": "jerry"}]"#);
    let result = &seen["searches"][0]["results"][0];
    assert!(
        result["title"]
            .as_str()
            .unwrap()
            .contains("<script>alert('title')</script>"),
        "{seen}"
    );
    let excerpt = result["excerpt"].as_str().unwrap();
    assert!(excerpt.contains("<b onclick=alert(6)>lead</b>"), "{seen}");
    assert!(excerpt.contains("Body <script>alert(7)</script>"), "{seen}");
    let alliance = std::fs::read_to_string(site.root.join("content/alliance.toml")).unwrap();
    site.write(
        "content/alliance.toml",
        &format!("allow_raw_html = true\n{alliance}"),
    );
    site.write("content/pages/raw.md", "+++\ntitle = \"Raw\"\n+++\n<img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">x</a> <svg><script>alert(3)</script></svg> <details open ontoggle=alert(4)><summary>s</summary></details>\n");
    site.build("2025-06-01");
    let (_, executed) = scripts_run_in_chromium(&site.public());
    assert_eq!(executed, Vec::<String>::new());
}
