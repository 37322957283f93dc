//! Any text as Markdown, with and without raw HTML allowed: rendering never panics, and
//! nothing that runs script comes out, with or without raw HTML (checked by parsing it).
#![no_main]

use candor::render::markdown::{MarkdownOptions, outline, render, render_absolute};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Text may mention anything (escaped); what must never appear is live markup, as an
    // HTML parser reads it: no script element, no on* attribute, no script-running URL.
    let safe = render(&text, MarkdownOptions { allow_raw_html: false }, "");
    let found = candor::inert::active_content(&safe);
    assert!(found.is_empty(), "live markup {found:?} in: {safe}");
    let raw = render(&text, MarkdownOptions { allow_raw_html: true }, "x-");
    let found = candor::inert::active_content(&raw);
    assert!(found.is_empty(), "sanitised raw HTML kept {found:?} in: {raw}");
    let email = render_absolute(&text, MarkdownOptions { allow_raw_html: false }, "https://e.org/s/", "https://e.org/s/a/");
    let found = candor::inert::active_content(&email);
    assert!(found.is_empty(), "live markup {found:?} in: {email}");
    let _ = outline(&text);
});
