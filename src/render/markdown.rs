//! Markdown to HTML with the content format's extensions (tables, footnotes, strikethrough,
//! task lists), heading ids so sections can be linked, and the site's safety rules: raw HTML
//! is shown as text unless the site opts in, and links with script-running schemes are
//! neutralised always.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// How Markdown is turned into HTML for a site.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// Keep raw HTML (`allow_raw_html = true`); otherwise it is escaped and shown as text.
    pub allow_raw_html: bool,
}

fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `text` to HTML. Headings get unique `id`s (a `{#id}` written by the author wins);
/// `id_prefix` keeps ids of several snippets on one page apart (use "" for a page's body).
pub fn render(text: &str, options: MarkdownOptions, id_prefix: &str) -> String {
    render_body(text, options, id_prefix).html
}

/// A link (or image) to somewhere in the site, as written in Markdown: not a link with a
/// scheme (`https:`, `mailto:`...) and not `//host/...`; a `#fragment` of the same page is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// Where it leads, as written.
    pub url: String,
    /// The bytes of the text the link was written in (`[text](url)`).
    pub at: std::ops::Range<usize>,
}

/// A page's body rendered once: its HTML, its internal links and its outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedBody {
    /// The body as HTML.
    pub html: String,
    /// Every [`InternalLink`] of the body, in order.
    pub links: Vec<InternalLink>,
    /// The body's sections (`##` headings) as `(id, text)`, the ids as in `html`.
    pub outline: Vec<(String, String)>,
}

/// [`render`], also returning every [`InternalLink`] of `text`, in order, and its outline
/// (from the same parse, so an outline's ids are the ids its headings have in the HTML).
pub fn render_body(text: &str, options: MarkdownOptions, id_prefix: &str) -> RenderedBody {
    let mut links = Vec::new();
    // An event for every 15 to 22 bytes of Markdown (the synthetic sites' bodies, the bundled
    // example's): room for them at once rather than grown a step at a time.
    let mut events: Vec<Event> = Vec::with_capacity(text.len() / 16 + 16);
    let parsed = Parser::new_ext(text, parser_options())
        .into_offset_iter()
        .map(|(e, at)| {
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &e
                && is_internal(dest_url)
            {
                links.push(InternalLink {
                    url: dest_url.to_string(),
                    at,
                });
            }
            neutralise(e, options)
        });
    events.extend(parsed);
    let events = add_heading_ids(events, id_prefix);
    let outline = sections(&events);
    let mut out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    RenderedBody {
        html: sanitise_if_raw(out, options),
        links,
        outline,
    }
}

/// True for a URL that leads somewhere in the site: see [`InternalLink`].
fn is_internal(url: &str) -> bool {
    let has_scheme = url.split_once(':').is_some_and(|(scheme, _)| {
        scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    !(url.is_empty() || url == "#" || has_scheme || url.starts_with("//"))
}

/// With `allow_raw_html`, the author's HTML is kept but cleaned by ammonia: no scripts, event
/// handlers, `javascript:` URLs or other active content; everything Markdown itself makes
/// (heading ids, footnotes, task-list checkboxes, tables) survives.
fn sanitise_if_raw(html: String, options: MarkdownOptions) -> String {
    if !options.allow_raw_html {
        return html;
    }
    ammonia::Builder::default()
        .add_generic_attributes(["id", "class", "title", "lang", "dir"])
        .add_tags([
            "input",
            "figure",
            "figcaption",
            "details",
            "summary",
            "mark",
            "section",
        ])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("td", ["align", "style"])
        .add_tag_attributes("th", ["align", "style"])
        .add_tag_attribute_values("input", "type", ["checkbox"])
        .link_rel(Some("noopener"))
        .clean(&html)
        .to_string()
}

/// Renders a short snippet (an update, a response, a footer), without heading ids.
pub fn render_snippet(text: &str, options: MarkdownOptions) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    let events = Parser::new_ext(text, parser_options()).map(|e| neutralise(e, options));
    html::push_html(&mut out, events);
    sanitise_if_raw(out, options)
}

/// Renders a snippet for email: like [`render_snippet`], with every link and image made
/// absolute (`/x` against `base_url`'s host, `x` against `page_url`).
pub fn render_absolute(
    text: &str,
    options: MarkdownOptions,
    base_url: &str,
    page_url: &str,
) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    let events = Parser::new_ext(text, parser_options()).map(|e| {
        map_destination(neutralise(e, options), |url| {
            CowStr::from(absolute_url(&url, base_url, page_url))
        })
    });
    html::push_html(&mut out, events);
    sanitise_if_raw(out, options)
}

/// `url` made absolute: kept when it has a scheme, `/x` joined to the origin of `base_url`,
/// `#x` and `x` joined to `page_url`.
pub(crate) fn absolute_url(url: &str, base_url: &str, page_url: &str) -> String {
    if url.contains("://") || url.starts_with("mailto:") || url.starts_with("tel:") {
        return url.to_string();
    }
    let origin_end = base_url
        .find("://")
        .and_then(|i| base_url[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(base_url.len());
    let origin = &base_url[..origin_end];
    if let Some(rest) = url.strip_prefix("//") {
        let scheme = base_url.split("://").next().unwrap_or("https");
        return format!("{scheme}://{rest}");
    }
    if url.starts_with('/') {
        return format!("{origin}{url}");
    }
    let dir = if page_url.ends_with('/') {
        page_url.to_string()
    } else {
        page_url
            .rsplit_once('/')
            .map_or(page_url.to_string(), |(d, _)| format!("{d}/"))
    };
    let mut parts: Vec<&str> = dir[origin.len()..]
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let (path, rest) = match url.find(['#', '?']) {
        Some(i) => (&url[..i], &url[i..]),
        None => (url, ""),
    };
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let trailing = if path.ends_with('/') || path.is_empty() {
        "/"
    } else {
        ""
    };
    let joined = parts.join("/");
    if joined.is_empty() {
        format!("{origin}/{rest}")
    } else {
        format!("{origin}/{joined}{trailing}{rest}")
    }
}

/// Makes one event safe to publish: raw HTML becomes text (unless the site allows it),
/// headings keep only their id (the `{.class key=value}` of heading attributes is dropped, as
/// an attribute such as `onfocus` would run script), and script-running link schemes go.
fn neutralise(event: Event<'_>, options: MarkdownOptions) -> Event<'_> {
    match event {
        Event::Start(Tag::Heading { level, id, .. }) => Event::Start(Tag::Heading {
            level,
            id,
            classes: Vec::new(),
            attrs: Vec::new(),
        }),
        Event::Html(raw) | Event::InlineHtml(raw) if !options.allow_raw_html => Event::Text(raw),
        Event::Start(Tag::HtmlBlock) if !options.allow_raw_html => Event::Start(Tag::Paragraph),
        Event::End(TagEnd::HtmlBlock) if !options.allow_raw_html => Event::End(TagEnd::Paragraph),
        other => map_destination(other, safe_url),
    }
}

/// Applies `f` to the destination of a link or image event; other events pass unchanged.
fn map_destination<'a>(event: Event<'a>, f: impl FnOnce(CowStr<'a>) -> CowStr<'a>) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: f(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: f(dest_url),
            title,
            id,
        }),
        other => other,
    }
}

/// Replaces URLs whose scheme can run script (`javascript:`, `vbscript:`, `data:`) with `#`.
pub(crate) fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    if is_unsafe_url(&url) {
        CowStr::Borrowed("#")
    } else {
        url
    }
}

/// True for URLs whose scheme can run script in a browser.
pub(crate) fn is_unsafe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| cleaned.starts_with(s))
}

/// Gives every heading without an id one made from its text, unique on the page: a repeated
/// heading gets `-1`, `-2`, ... (each base remembers its next number, so thousands of equal
/// headings take linear time).
fn add_heading_ids<'a>(mut events: Vec<Event<'a>>, prefix: &str) -> Vec<Event<'a>> {
    let mut used: std::collections::HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i] {
            let text = heading_text(&events[i + 1..]);
            let base = format!("{prefix}{}", crate::slug::slugify(&text));
            let mut id = base.clone();
            if used.contains(&id) {
                let n = next.entry(base.clone()).or_insert(1);
                loop {
                    id = format!("{base}-{n}");
                    *n += 1;
                    if !used.contains(&id) {
                        break;
                    }
                }
            }
            used.insert(id.clone());
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                *slot = Some(CowStr::from(id));
            }
        }
        i += 1;
    }
    events
}

fn heading_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// The words of `text` as a reader sees them, without markup: for the search index. Raw
/// HTML is kept as the text the page shows it as, unless the site allows raw HTML (then its
/// tags are markup and left out); blocks and line breaks become spaces.
pub fn plain_text(text: &str, options: MarkdownOptions) -> String {
    let mut out = String::with_capacity(text.len());
    // With raw HTML allowed, the sanitiser drops what is inside <script> and <style>.
    let mut hidden = false;
    for event in Parser::new_ext(text, parser_options()) {
        match event {
            Event::Text(_) | Event::Code(_) if hidden => {}
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::InlineHtml(t) if !options.allow_raw_html => out.push_str(&t),
            // A block of raw HTML comes a line at a time.
            Event::Html(t) if !options.allow_raw_html => {
                out.push_str(t.trim_end_matches('\n'));
                out.push(' ');
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                let tag = t.trim_start().to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    hidden = true;
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    hidden = false;
                }
            }
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) | Event::Rule
                if !out.ends_with(' ') && !out.is_empty() =>
            {
                out.push(' ');
            }
            _ => {}
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// The `##` headings of a page's events (ids given) as `(id, text)`.
fn sections(events: &[Event<'_>]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if let Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id: Some(id),
            ..
        }) = e
        {
            out.push((id.to_string(), heading_text(&events[i + 1..])));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAFE: MarkdownOptions = MarkdownOptions {
        allow_raw_html: false,
    };

    #[test]
    fn plain_text_keeps_the_words_and_drops_the_markup() {
        let markdown = "# Reading *club*\n\nMet `twice`,\nthen [more](/x/).\n\n<b onclick=x>raw</b>\n\n- one\n- two\n";
        // Raw HTML is text on the page, and in the index, unless the site allows it.
        assert_eq!(
            plain_text(markdown, SAFE),
            "Reading club Met twice, then more. <b onclick=x>raw</b> one two"
        );
        let allowed = MarkdownOptions {
            allow_raw_html: true,
        };
        assert_eq!(
            plain_text(markdown, allowed),
            "Reading club Met twice, then more. raw one two"
        );
        // Lines of an HTML block stay apart; what the sanitiser drops is not indexed.
        assert_eq!(
            plain_text("<div>\nfirst line\nsecond line\n</div>\n", SAFE),
            "<div> first line second line </div>"
        );
        assert_eq!(
            plain_text("Hi <script>var secret = 1;</script> there\n", allowed),
            "Hi  there"
        );
    }

    #[test]
    fn raw_html_is_text_by_default() {
        let html = render(
            "Hi <script>alert(1)</script>\n\n<div onclick=x>block</div>\n",
            SAFE,
            "",
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        let allowed = render(
            "<b>bold</b>",
            MarkdownOptions {
                allow_raw_html: true,
            },
            "",
        );
        assert!(allowed.contains("<b>bold</b>"));
    }

    #[test]
    fn script_urls_are_neutralised() {
        let html = render(
            "[x](javascript:alert(1)) ![y](data:text/html,hi) [ok](https://a.org)",
            SAFE,
            "",
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("href=\"https://a.org\""));
        assert!(is_unsafe_url(" JaVa\tScript:alert(1)"));
    }

    #[test]
    fn email_links_are_made_absolute() {
        let base = "https://ex.org/sub/";
        let page = "https://ex.org/sub/newsletters/n1/";
        assert_eq!(
            absolute_url("/sub/reports/", base, page),
            "https://ex.org/sub/reports/"
        );
        assert_eq!(
            absolute_url("../../partners/a/", base, page),
            "https://ex.org/sub/partners/a/"
        );
        assert_eq!(
            absolute_url("#top", base, page),
            "https://ex.org/sub/newsletters/n1/#top"
        );
        assert_eq!(absolute_url("https://x.org/", base, page), "https://x.org/");
        let html = render_absolute("[a](../../reports/2026/)", SAFE, base, page);
        assert!(
            html.contains("href=\"https://ex.org/sub/reports/2026/\""),
            "{html}"
        );
    }

    #[test]
    fn headings_get_unique_ids() {
        let html = render(
            "## What we learned\n\n## What we learned\n\n## Custom {#mine}\n",
            SAFE,
            "",
        );
        assert!(html.contains("<h2 id=\"what-we-learned\">"), "{html}");
        assert!(html.contains("<h2 id=\"what-we-learned-1\">"), "{html}");
        assert!(html.contains("<h2 id=\"mine\">"), "{html}");
    }

    #[test]
    fn heading_attributes_keep_only_the_id() {
        let payload =
            "## Hello {tabindex=0 autofocus onfocus=alert(1) .x #hi}\n\n# A {onclick=alert(2)}\n";
        for html in [
            render(payload, SAFE, ""),
            render_snippet(payload, SAFE),
            render_absolute(payload, SAFE, "https://x.org/", "https://x.org/a/"),
        ] {
            assert_eq!(
                crate::inert::active_content(&html),
                Vec::<String>::new(),
                "{html}"
            );
            assert!(
                !html.contains("autofocus") && !html.contains("class"),
                "{html}"
            );
        }
        assert!(render(payload, SAFE, "").contains("<h2 id=\"hi\">Hello</h2>"));
    }

    #[test]
    fn thousands_of_equal_headings_get_unique_ids() {
        let text = "## Same\n\n".repeat(20_000);
        let html = render(&text, SAFE, "");
        assert!(html.contains("<h2 id=\"same\">"));
        assert!(html.contains("<h2 id=\"same-19999\">"), "the last heading");
        assert_eq!(html.matches("<h2 id=").count(), 20_000);
        let written = render("## Same {#same-1}\n\n## Same\n\n## Same\n", SAFE, "");
        assert!(
            written.contains("id=\"same-1\">") && written.contains("id=\"same-2\">"),
            "{written}"
        );
    }

    #[test]
    fn extensions_are_on() {
        let html = render(
            "| a |\n|---|\n| b |\n\n~~old~~ - [x] done\n\nNote[^1]\n\n[^1]: Source.\n",
            SAFE,
            "",
        );
        assert!(html.contains("<table>"));
        assert!(html.contains("<del>old</del>"));
        assert!(html.contains("footnote"));
    }

    #[test]
    fn the_outline_links_to_the_ids_the_headings_have() {
        // Raw HTML in a heading is text on the page; the outline names the same id.
        let body = render_body(
            "## Plan <b>A</b>\n\n## Plan <b>A</b>\n\n### Detail\n\n## Own {#mine}\n",
            SAFE,
            "",
        );
        assert_eq!(
            body.outline,
            [
                ("plan-b-a-b".to_string(), "Plan <b>A</b>".to_string()),
                ("plan-b-a-b-1".to_string(), "Plan <b>A</b>".to_string()),
                ("mine".to_string(), "Own".to_string()),
            ]
        );
        for (id, _) in &body.outline {
            assert!(
                body.html.contains(&format!("<h2 id=\"{id}\">")),
                "{}",
                body.html
            );
        }
    }
}
