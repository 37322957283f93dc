//! Slugs for tags and titles: ASCII, lower case, words joined by hyphens
//! ("Ōtautahi Food Hub" becomes `otautahi-food-hub`).

/// Turns any text into a URL-safe slug. Never empty: text with no letters or digits
/// becomes `item`.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("item");
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn transliterates_and_joins_words() {
        assert_eq!(slugify("Ōtautahi Food Hub"), "otautahi-food-hub");
        assert_eq!(slugify("  Youth & Jobs: 2025!  "), "youth-jobs-2025");
        assert_eq!(slugify("Café Crème"), "cafe-creme");
        assert_eq!(slugify("***"), "item");
    }
}
