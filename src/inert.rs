//! The test oracle for "nothing runs": finds every piece of markup in an HTML page that could
//! run script, by tokenising the page with a real HTML parser (html5ever) rather than by
//! looking for the payloads someone thought of. The tests and fuzz targets run every page they
//! make through [`active_content`].
//!
//! What counts as active: an element that runs or embeds code (`script`, `iframe`, `frame`,
//! `frameset`, `object`, `embed`, `applet`, `base`, a `meta` refresh), any attribute whose
//! name starts with `on` (event handlers, whatever the element), and any attribute whose value
//! is a `javascript:`, `vbscript:` or non-image `data:` URL. The tokeniser runs without a tree
//! builder, so the text of `<title>` or `<textarea>` is read as markup too: it may flag more
//! than a browser would run, never less.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

const ACTIVE_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
];

/// Every piece of `html` that could run script, described for a test failure (empty when the
/// page is inert).
pub fn active_content(html: &str) -> Vec<String> {
    scan(html, false)
}

/// [`active_content`] of the page at `path` under the output folder (`search/index.html`):
/// the search page may load the theme's own script, once, as
/// `<script type="module" src="<base path>search.js"></script>` and nothing else; every other
/// script, there or on any other page, is counted.
pub fn active_content_of_page(path: &str, html: &str) -> Vec<String> {
    scan(html, path == "search/index.html")
}

fn scan(html: &str, search_page: bool) -> Vec<String> {
    let sink = Sink {
        theme_script_allowed: std::cell::Cell::new(search_page),
        ..Sink::default()
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.found.take()
}

#[derive(Default)]
struct Sink {
    found: RefCell<Vec<String>>,
    /// Whether the theme's search script may still come (once).
    theme_script_allowed: std::cell::Cell<bool>,
}

/// Whether a tag is the theme's search script: `<script type="module" src="/…/search.js">`
/// with no other attribute.
fn is_theme_search_script(tag: &html5ever::tokenizer::Tag) -> bool {
    let attr = |name: &str| {
        tag.attrs
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| &*a.value)
    };
    tag.attrs.len() == 2
        && attr("type") == Some("module")
        && attr("src").is_some_and(|src| {
            src.starts_with('/') && !src.starts_with("//") && src.ends_with("/search.js")
        })
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        let name = tag.name.to_ascii_lowercase().to_string();
        let mut found = self.found.borrow_mut();
        if name == "script" && self.theme_script_allowed.get() && is_theme_search_script(&tag) {
            self.theme_script_allowed.set(false);
            return TokenSinkResult::Continue;
        }
        if ACTIVE_ELEMENTS.contains(&name.as_str()) {
            found.push(format!("line {line}: a <{name}> element"));
        }
        for attribute in &tag.attrs {
            let key = attribute.name.local.to_ascii_lowercase().to_string();
            let value: &str = &attribute.value;
            if key.starts_with("on") || crate::escape::runs_script(value) {
                found.push(format!("line {line}: <{name} {key}=\"{value}\">"));
            } else if name == "meta" && key == "http-equiv" && value.eq_ignore_ascii_case("refresh")
            {
                found.push(format!("line {line}: a <meta http-equiv=refresh>"));
            }
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_page_may_load_the_theme_script_once_and_nothing_else() {
        let own = "<script type=\"module\" src=\"/sub/search.js\"></script>";
        assert!(active_content_of_page("search/index.html", own).is_empty());
        assert_eq!(active_content_of_page("about/index.html", own).len(), 1);
        assert_eq!(active_content(own).len(), 1);
        let twice = format!("{own}{own}");
        assert_eq!(active_content_of_page("search/index.html", &twice).len(), 1);
        for other in [
            "<script type=\"module\" src=\"//evil.example/search.js\"></script>",
            "<script type=\"module\" src=\"/search.js\" onload=\"x()\"></script>",
            "<script src=\"/search.js\"></script>",
            "<script type=\"module\" src=\"/evil.js\"></script>",
            "<script type=\"module\">alert(1)</script>",
        ] {
            assert!(
                !active_content_of_page("search/index.html", other).is_empty(),
                "{other}"
            );
        }
    }

    #[test]
    fn finds_what_runs_and_passes_what_does_not() {
        let active = [
            "<h2 tabindex=0 autofocus onfocus=alert(1)>x</h2>",
            "<svg><text>a</text><img src=x onerror=alert(1)></svg>",
            "<a href=' jav&#x09;ascript:alert(1)'>x</a>",
            "<SCRIPT src=x.js></SCRIPT>",
            "<iframe srcdoc='x'></iframe>",
            "<a href=\"data:text/html,x\">x</a>",
            "<meta http-equiv=Refresh content=\"0;url=x\">",
            "<div/onclick=alert(1)>x</div>",
        ];
        for html in active {
            assert!(!active_content(html).is_empty(), "missed: {html}");
        }
        let inert = [
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; onfocus=alert(1)</p>",
            "<a href=\"https://x.org/?q=javascript:\">javascript: is text here</a>",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"\">",
            "<h2 id=\"hello\">Hello</h2>",
        ];
        for html in inert {
            assert!(active_content(html).is_empty(), "flagged: {html}");
        }
    }
}
