//! Site search: the search page, its filters and the Pagefind index a build writes; turning it
//! off; and, in Chromium, a reader typing a query and narrowing by status at the site root and
//! under a sub-path.

mod common;
use common::{TestSite, attribute_values, search_in_chromium, visible_text};

/// The values a `<select>` of the search page offers, by its name.
fn options_of(html: &str, name: &str) -> Vec<String> {
    let start = html
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no select {name}: {html}"));
    let end = start + html[start..].find("</select>").unwrap();
    html[start..end]
        .split("<option")
        .skip(1)
        .map(|o| {
            let text = &o[o.find('>').unwrap() + 1..];
            text[..text.find("</option>").unwrap()].to_string()
        })
        .collect()
}

/// Fails unless `stderr` says each of `parts`.
fn says(stderr: &str, parts: &[&str]) {
    for part in parts {
        assert!(stderr.contains(part), "`{part}` not in:\n{stderr}");
    }
}

/// Appends `toml` to the site's alliance.toml.
fn add_to_alliance(site: &TestSite, toml: &str) {
    let alliance = std::fs::read_to_string(site.root.join("content/alliance.toml")).unwrap();
    site.write("content/alliance.toml", &format!("{alliance}\n{toml}"));
}

#[test]
fn a_built_site_has_a_search_page_its_filters_and_an_index() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let page = site.page("search/index.html");
    assert!(page.contains("<h1>Search</h1>"), "{page}");
    assert_eq!(
        options_of(&page, "section"),
        [
            "Any",
            "Milestones",
            "Objectives",
            "Partners",
            "Setbacks",
            "Successes"
        ]
    );
    assert_eq!(
        options_of(&page, "status"),
        [
            "Any",
            "Achieved",
            "Current partner",
            "Open setback",
            "Overdue",
        ]
    );
    assert_eq!(
        options_of(&page, "partner"),
        ["Any", "Acme Works", "Hill School"]
    );
    assert_eq!(options_of(&page, "tag"), ["Any", "jobs"]);
    assert_eq!(options_of(&page, "year"), ["Any", "2025", "2024"]);
    // Without JavaScript the page says so and lists the indexes.
    let text = visible_text(&page);
    assert!(text.contains("needs JavaScript"), "{text}");
    assert!(
        attribute_values(&page, "href").contains(&"/milestones/".to_string()),
        "{page}"
    );
    // Every page links it; only the search page may run WebAssembly.
    let home = site.page("index.html");
    assert!(home.contains("<a href=\"/search/\">Search</a>"), "{home}");
    assert!(!home.contains("wasm-unsafe-eval"));
    assert!(
        page.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "{page}"
    );
    // The index: Pagefind's script and an English index, none of Pagefind's own interfaces.
    let index = site.public().join("pagefind");
    assert!(index.join("pagefind.js").is_file());
    let entry = site.page("pagefind/pagefind-entry.json");
    assert!(entry.contains("\"en\""), "{entry}");
    assert!(!index.join("pagefind-ui.js").exists());
    assert!(!index.join("pagefind-component-ui.js").exists());
    // It is not a page of the sitemap.
    assert!(!site.page("sitemap.xml").contains("/search/"));
}

#[test]
fn two_builds_write_the_same_index() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let first = common::snapshot(&site.public().join("pagefind"));
    site.build("2025-06-01");
    assert_eq!(first, common::snapshot(&site.public().join("pagefind")));
    assert!(first.len() > 5);
}

#[test]
fn search_can_be_turned_off() {
    let site = TestSite::small();
    add_to_alliance(&site, "[search]\nenabled = false\n");
    site.build("2025-06-01");
    assert!(!site.public().join("search").exists());
    assert!(!site.public().join("pagefind").exists());
    assert!(!site.page("index.html").contains("/search/"));
}

#[test]
fn a_file_in_the_index_folder_is_refused() {
    let site = TestSite::small();
    site.write("static/pagefind/notes.txt", "mine");
    let run = site.build_fails("2025-06-01");
    says(
        &run.stderr,
        &[
            "would be written to pagefind/notes.txt, in the folder pagefind/ that the search index uses",
            "[search] enabled = false",
        ],
    );
}

#[test]
fn a_misspelt_search_setting_is_an_error() {
    let site = TestSite::small();
    add_to_alliance(&site, "[search]\nenable = false\n");
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("enable"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/alliance.toml"),
        "{}",
        run.stderr
    );
}

fn titles(search: &serde_json::Value) -> Vec<String> {
    search["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
#[ignore = "needs Chromium and ../shared/verify/setup.sh; .ci/run runs it with --ignored"]
fn a_reader_finds_entries_and_narrows_them_at_the_root_and_under_a_sub_path() {
    let site = TestSite::small();
    // Enough entries with one word for two pages of results.
    for i in 0..14 {
        site.write(
            &format!("content/successes/hire-{i}.md"),
            &format!("+++\ntitle = \"Hire number {i}\"\ndate = 2024-10-01\n+++\nAnother apprentice hired.\n"),
        );
    }
    site.write("content/successes/library.md", "+++\ntitle = \"Library opened\"\ndate = 2025-02-01\npartners = [\"school\"]\n+++\nThe **library** opened with <b>500</b> books & a reading corner.\n");
    site.build("2025-06-01");
    let sub = site.root.join("sub-out");
    site.run(&[
        "build",
        "--no-history",
        "--date",
        "2025-06-01",
        "--base-url",
        "https://example.org/riverside/",
        "--output",
        sub.to_str().unwrap(),
    ]);
    let queries = r#"[{"q": "job"}, {"q": "", "filters": {"status": "Open setback"}},
        {"q": "launch", "filters": {"section": "Milestones"}}, {"q": "library"},
        {"q": "zebra"}, {"q": "apprentice", "more": true},
        {"q": "launch", "filters": {"section": "Milestones", "status": "Overdue"}}]"#;
    for (dir, prefix) in [(site.public(), "/"), (sub, "/riverside/")] {
        let seen = search_in_chromium(&dir, prefix, queries);
        assert_eq!(seen["errors"], serde_json::json!([]), "{prefix}: {seen}");
        assert_eq!(seen["formShown"], true, "{seen}");
        let searches = seen["searches"].as_array().unwrap();
        // Words: stems match ("job" finds "jobs"), from titles and bodies.
        let job = titles(&searches[0]);
        assert!(job.contains(&"First hire".to_string()), "{prefix}: {job:?}");
        assert!(job.contains(&"More jobs".to_string()), "{prefix}: {job:?}");
        let status = searches[0]["status"].as_str().unwrap();
        assert!(status.ends_with("results for “job”."), "{status}");
        // A filter alone lists what it matches; the address keeps it.
        assert_eq!(titles(&searches[1]), ["Late start"], "{prefix}");
        assert_eq!(searches[1]["status"], "1 result in Open setback.");
        assert_eq!(searches[1]["address"], "?status=Open+setback");
        // Words and a section together.
        assert_eq!(titles(&searches[2]), ["Launch the scheme"], "{prefix}");
        assert_eq!(
            searches[2]["results"][0]["kind"],
            "Milestone · Overdue · 2025"
        );
        // Links lead to the page under the site's path; the excerpt marks the word found and
        // shows the body's text as text.
        let library = &searches[3]["results"][0];
        assert_eq!(library["title"], "Library opened");
        assert_eq!(library["href"], format!("{prefix}successes/library/"));
        assert!(
            library["excerpt"]
                .as_str()
                .unwrap()
                .contains("opened with <b>500</b> books & a reading corner"),
            "{library}"
        );
        let markup = library["excerptHtml"].as_str().unwrap();
        assert!(markup.contains("<mark>library</mark>"), "{markup}");
        let tags: Vec<&str> = markup
            .split('<')
            .skip(1)
            .map(|t| t.split(['>', ' ']).next().unwrap())
            .collect();
        assert!(
            tags.iter().all(|t| *t == "mark" || *t == "/mark"),
            "{markup}"
        );
        // "Show more results" adds the next ten, then goes: each result once.
        let mut more = titles(&searches[5]);
        assert_eq!(more.len(), 14, "{more:?}");
        assert_eq!(searches[5]["more"], false);
        more.sort();
        more.dedup();
        assert_eq!(more.len(), 14, "a result shown twice");
        assert_eq!(
            searches[6]["status"],
            "1 result for “launch” in Milestones · Overdue."
        );
        assert_eq!(titles(&searches[4]), Vec::<String>::new());
        assert!(
            searches[4]["status"]
                .as_str()
                .unwrap()
                .starts_with("No results for “zebra”"),
            "{seen}"
        );
    }
}

#[test]
fn a_page_called_search_is_refused_while_search_is_on() {
    let site = TestSite::small();
    site.write(
        "content/pages/search.md",
        "+++\ntitle = \"Search\"\n+++\nOur own.\n",
    );
    let run = site.build_fails("2025-06-01");
    says(
        &run.stderr,
        &[
            "a page cannot be called `search`: the site's search uses /search/",
            "content/pages/search.md",
            "[search] enabled = false",
        ],
    );
    add_to_alliance(&site, "[search]\nenabled = false\n");
    site.build("2025-06-01");
    assert!(site.text("search/index.html").contains("Our own."));
}
