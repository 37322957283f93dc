//! The alliance's identity on its site: `[brand]` (logo, accent colour checked for contrast,
//! favicon, social-card image), `og:` and Twitter card metadata on every page, and the print
//! rules of the default stylesheet.

mod common;
use common::*;

fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let tag = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(start) = html.find(&tag) {
            return html[start + tag.len()..]
                .split('"')
                .next()
                .map(str::to_string);
        }
    }
    None
}

#[test]
fn every_page_has_card_metadata_and_a_favicon_without_any_brand() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let home = site.page("index.html");
    assert_eq!(meta(&home, "og:title").as_deref(), Some("Test Alliance"));
    assert_eq!(
        meta(&home, "og:url").as_deref(),
        Some("https://example.org/")
    );
    assert_eq!(
        meta(&home, "og:description").as_deref(),
        Some("Testing in the open")
    );
    assert_eq!(meta(&home, "twitter:card").as_deref(), Some("summary"));
    let milestone = site.page("milestones/launch/index.html");
    assert_eq!(
        meta(&milestone, "og:title").as_deref(),
        Some("Launch the scheme")
    );
    assert_eq!(meta(&milestone, "og:type").as_deref(), Some("article"));
    assert_eq!(
        meta(&milestone, "og:url").as_deref(),
        Some("https://example.org/milestones/launch/")
    );
    assert!(home.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
    let favicon = site.page("favicon.svg");
    assert!(favicon.contains(">T</text>"), "{favicon}");
    assert!(
        !favicon.contains("<script") && !favicon.contains(" on"),
        "{favicon}"
    );
    // No accent given: the theme's own colours, no extra style.
    assert!(!home.contains("--accent:"));
}

#[test]
fn a_brand_shows_its_logo_card_and_an_accent_made_readable() {
    let site = TestSite::small();
    site.write_bytes(
        "static/images/logo.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write_bytes("static/images/card.png", b"\x89PNG\r\n\x1a\n");
    site.write(
        "content/alliance.toml",
        &format!(
            "{ALLIANCE}\n[brand]\nlogo = \"images/logo.svg\"\nlogo_alt = \"Test Alliance\"\naccent = \"#FFDD00\"\nsocial_image = \"/images/card.png\"\nsocial_image_alt = \"Children reading in a library\"\n"
        ),
    );
    let run = site.build("2025-06-01");
    // Yellow cannot be read on the light background: darkened there, and said so.
    assert!(
        run.stderr
            .contains("the accent `#ffdd00` has a contrast of 1.2:1 on the light background"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/alliance.toml:8:10"),
        "{}",
        run.stderr
    );
    let home = site.page("index.html");
    assert!(
        home.contains("<a class=\"brand\" href=\"/\" aria-current=\"page\"><img src=\"/images/logo.svg\" alt=\"Test Alliance\"></a>"),
        "{home}"
    );
    let light = home
        .split(":root { --accent: ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .unwrap();
    assert_ne!(light, "#ffdd00");
    assert!(home.contains("@media (prefers-color-scheme: dark) { :root { --accent: #ffdd00;"));
    assert_eq!(
        meta(&home, "og:image").as_deref(),
        Some("https://example.org/images/card.png")
    );
    assert_eq!(
        meta(&home, "og:image:alt").as_deref(),
        Some("Children reading in a library")
    );
    assert_eq!(
        meta(&home, "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    assert!(
        site.page("favicon.svg")
            .contains(&format!("fill=\"{light}\""))
    );
}

#[test]
fn a_brand_that_cannot_be_used_is_refused_with_its_place() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[brand]\naccent = \"orange\"\nlogo = \"images/nowhere.svg\"\n"),
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("`orange` is not a colour Candor can use"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/alliance.toml:6:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("the logo `images/nowhere.svg` is not in the site's static/ folder"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`logo_alt` is needed with this image"),
        "{}",
        run.stderr
    );
}

#[test]
fn printed_pages_have_numbers_a_running_header_and_no_internal_addresses() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let css = site.page("style.css");
    let print = css.split("@media print").skip(1).collect::<String>();
    assert!(print.contains("@page"), "{print}");
    // The page numbers, in the site's language, are set with the running header in each page.
    let home = site.page("index.html");
    assert!(
        home.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)"),
        "{home}"
    );
    assert!(
        print.contains("a[href^=\"http\"]::after"),
        "external addresses are printed"
    );
    assert!(
        !print.contains("a[href^=\"/\"]::after"),
        "internal ones are not"
    );
    assert!(print.contains("break-inside: avoid"));
    let milestones = site.page("milestones/index.html");
    assert!(
        milestones.contains("@top-left { content: \"Test Alliance \\b7  Milestones\""),
        "{milestones}"
    );
}

#[test]
fn each_page_links_its_file_where_the_alliance_publishes_its_files() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}source_url = \"https://git.example.org/alliance/site/blob/main\"\n"),
    );
    site.build("2025-06-01");
    let partner = site.page("partners/acme/index.html");
    assert!(
        partner.contains("Made from the file <a href=\"https://git.example.org/alliance/site/blob/main/content/partners/acme.md\"><code>content/partners/acme.md</code></a>"),
        "{partner}"
    );
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}source_url = \"git.example.org/alliance\"\n"),
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("`git.example.org/alliance` is not a web address"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_logo_can_have_its_own_dark_scheme_version() {
    let site = TestSite::small();
    site.write_bytes(
        "static/logo.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write_bytes(
        "static/logo-dark.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[brand]\nlogo = \"logo.svg\"\nlogo_dark = \"logo-dark.svg\"\nlogo_alt = \"Test Alliance\"\n"),
    );
    site.build("2025-06-01");
    let home = site.page("index.html");
    assert!(
        home.contains("<picture><source srcset=\"/logo-dark.svg\" media=\"(prefers-color-scheme: dark)\"><img src=\"/logo.svg\" alt=\"Test Alliance\"></picture>"),
        "{home}"
    );
    // A dark version of no logo is a mistake, said where it is.
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[brand]\nlogo_dark = \"logo-dark.svg\"\n"),
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("`logo_dark` is the dark-scheme version of `logo`, which is not given"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/alliance.toml:6:13"),
        "{}",
        run.stderr
    );
}
