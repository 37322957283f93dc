//! The one way Candor's own code writes text into markup: every text that reaches HTML, SVG or
//! XML outside the templates (which Tera escapes itself) goes through [`markup`].

/// Escapes `text` for HTML, SVG and XML, in element content and quoted attribute values alike:
/// `& < > " '` become references, and control characters that XML forbids are dropped.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// True for a URL whose scheme runs script when a browser follows or loads it:
/// `javascript:`, `vbscript:`, or a `data:` URL other than a raster image (spaces and control
/// characters, which browsers skip, are skipped).
pub(crate) fn runs_script(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(24)
        .collect::<String>()
        .to_ascii_lowercase();
    let raster = [
        "data:image/png",
        "data:image/jpeg",
        "data:image/gif",
        "data:image/webp",
    ];
    if raster.iter().any(|r| cleaned.starts_with(r)) {
        return false;
    }
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| cleaned.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::{markup, runs_script};

    #[test]
    fn script_urls_are_known_however_written() {
        assert!(runs_script(" JaVa\tScript:alert(1)"));
        assert!(runs_script("data:text/html,x"));
        assert!(runs_script("data:image/svg+xml,<svg onload=x>"));
        assert!(!runs_script("data:image/png;base64,AAAA"));
        assert!(!runs_script("https://x.org/javascript:"));
    }

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(markup("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos;");
    }
}

/// `text` as a double-quoted CSS string that is safe inside a `<style>` element: every
/// character but letters, digits and spaces is written as a CSS escape (`\3c `), so no quote,
/// backslash, line break or `</style>` can end the string or the element.
pub(crate) fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// `text` as the value of a CSS `content` property, its `{page}` and `{pages}` as the page
/// counters (in counter `style`, `decimal` unless it is another name: letters and hyphens) and
/// the rest as strings: "Page {page} of {pages}" → `"Page " counter(page) " of "
/// counter(pages)`.
pub(crate) fn css_page_numbers(text: &str, style: &str) -> String {
    let style = style.trim();
    let named = !style.is_empty()
        && style != "decimal"
        && style.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let counter = |name: &str| {
        if named {
            format!("counter({name}, {style})")
        } else {
            format!("counter({name})")
        }
    };
    let mut parts: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let found = ["{pages}", "{page}"]
            .into_iter()
            .find(|c| rest[start..].starts_with(c));
        let Some(counter_name) = found else {
            parts.push(css_string(&rest[..=start]));
            rest = &rest[start + 1..];
            continue;
        };
        if start > 0 {
            parts.push(css_string(&rest[..start]));
        }
        parts.push(counter(&counter_name[1..counter_name.len() - 1]));
        rest = &rest[start + counter_name.len()..];
    }
    if !rest.is_empty() {
        parts.push(css_string(rest));
    }
    if parts.is_empty() {
        parts.push(css_string(""));
    }
    parts.join(" ")
}

#[cfg(test)]
mod css_tests {
    use super::css_string;

    #[test]
    fn page_numbers_become_counters_between_strings() {
        assert_eq!(
            super::css_page_numbers("Page {page} of {pages}", "decimal"),
            "\"Page \" counter(page) \" of \" counter(pages)"
        );
        assert_eq!(
            super::css_page_numbers("{page}/{pages}", "arabic-indic"),
            "counter(page, arabic-indic) \"\\2f \" counter(pages, arabic-indic)"
        );
        assert_eq!(
            super::css_page_numbers("x{y}</style>", "a;b"),
            "\"x\\7b \" \"y\\7d \\3c \\2f style\\3e \""
        );
    }

    #[test]
    fn a_css_string_cannot_end_itself_or_its_style_element() {
        assert_eq!(css_string("Riverbend 2025"), "\"Riverbend 2025\"");
        let hostile = css_string("a\"; } </style><script>alert(1)</script>\\\n");
        assert!(!hostile.contains('<') && !hostile.contains('>') && !hostile.contains('\n'));
        assert_eq!(hostile.matches('"').count(), 2, "{hostile}");
        assert_eq!(css_string("Ōtautahi · Hub"), "\"Ōtautahi \\b7  Hub\"");
    }
}
