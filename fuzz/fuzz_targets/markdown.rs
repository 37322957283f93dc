//! Any text as Markdown, with and without raw HTML allowed: rendering never panics, and
//! without raw HTML nothing that runs script comes out.
#![no_main]

use candor::render::markdown::{MarkdownOptions, outline, render, render_absolute};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let safe = render(&text, MarkdownOptions { allow_raw_html: false }, "");
    let lower = safe.to_ascii_lowercase();
    // Text may mention anything (escaped); what must never appear is live markup.
    assert!(!lower.contains("<script"), "raw script survived: {safe}");
    for live in ["<a href=\"javascript:", "<img src=\"javascript:", "<a href=\"vbscript:", "<a href=\"data:", "<img src=\"data:"] {
        assert!(!lower.contains(live), "script URL survived: {safe}");
    }
    let _ = render(&text, MarkdownOptions { allow_raw_html: true }, "x-");
    let _ = render_absolute(&text, MarkdownOptions { allow_raw_html: false }, "https://e.org/s/", "https://e.org/s/a/");
    let _ = outline(&text);
});
