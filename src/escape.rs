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

#[cfg(test)]
mod tests {
    use super::markup;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(markup("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos;");
    }
}
