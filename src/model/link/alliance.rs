//! The alliance's settings as the site uses them: `base_url` checked and split into the
//! address and the path the site is served under.

use super::*;

pub(super) fn resolve_alliance(
    content: &Content,
    options: &LinkOptions,
    diagnostics: &mut Diagnostics,
) -> Option<Alliance> {
    let file = &content.alliance;
    let (raw, location) = match &options.base_url {
        Some(url) => (url.clone(), file_location("--base-url")),
        None => (
            file.base_url.get_ref().clone(),
            content
                .alliance_source
                .location(file.base_url.span().start, file.base_url.span().end),
        ),
    };
    let Some((base_url, base_path)) = parse_base_url(&raw) else {
        diagnostics.push(
            Diagnostic::error(location, format!("`{raw}` is not a usable base URL"))
                .with_hint("write the full address the site is served from, like https://example.org/ or https://example.org/riverside/"),
        );
        return None;
    };
    let theme = file
        .theme
        .as_ref()
        .map_or("default".to_string(), |t| t.get_ref().clone());
    let brand = super::brand::brand(content, &base_url, &base_path, diagnostics);
    let mut web_address = |url: &Option<toml::Spanned<String>>, hint: &str| {
        web_address(content, url.as_ref()?, hint, diagnostics)
    };
    let source_url = web_address(
        &file.source_url,
        "write the address where the site folder's files can be read, like https://github.com/org/site/blob/main/",
    )
    .map(|url| format!("{url}/"));
    let repository = web_address(
        &file.repository,
        "write the repository's address, like https://github.com/org/site: commits are linked as <repository>/commit/<id>",
    );
    Some(Alliance {
        name: file.name.clone(),
        tagline: file.tagline.clone(),
        mission: file.mission.clone(),
        root_url: base_url.clone(),
        base_url,
        root_path: base_path.clone(),
        base_path,
        language: file.language.clone(),
        currency: file.currency.clone(),
        reporting: file.reporting,
        data_license: file.data_license.clone(),
        allow_raw_html: file.allow_raw_html,
        review_every_partner: file.review.every_partner,
        per_page: file.lists.per_page,
        search: file.search.enabled,
        brand,
        source_url: source_url.unwrap_or_default(),
        repository: repository.unwrap_or_default(),
        newsletter: file.newsletter.clone().unwrap_or_default(),
        theme,
        extra: file
            .extra
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
                )
            })
            .collect(),
    })
}

/// Splits `https://host/sub/` into the normalised URL (ending in `/`) and its path (`/sub/`).
pub(super) fn parse_base_url(raw: &str) -> Option<(String, String)> {
    let raw = raw.trim();
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    let path_ok = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~/%".contains(c))
        && !path.split('/').any(|s| s == ".." || s == ".");
    if !host_ok || !path_ok || raw.contains(['?', '#']) {
        return None;
    }
    let path = path.trim_matches('/');
    let base_path = if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    };
    let scheme = if raw.starts_with("https://") {
        "https"
    } else {
        "http"
    };
    Some((format!("{scheme}://{host}{base_path}"), base_path))
}

/// An address written in `alliance.toml`, without a trailing `/`; one that is not a web address
/// is an error at its place, with `hint`.
fn web_address(
    content: &Content,
    url: &toml::Spanned<String>,
    hint: &str,
    diagnostics: &mut Diagnostics,
) -> Option<String> {
    let written = url.get_ref().trim();
    if written.starts_with("https://") || written.starts_with("http://") {
        return Some(written.trim_end_matches('/').to_string());
    }
    diagnostics.push(
        Diagnostic::error(
            content
                .alliance_source
                .location(url.span().start, url.span().end),
            format!("`{written}` is not a web address"),
        )
        .with_hint(hint),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalised() {
        assert_eq!(
            parse_base_url("https://example.org"),
            Some(("https://example.org/".into(), "/".into()))
        );
        assert_eq!(
            parse_base_url("https://example.org/riverside"),
            Some((
                "https://example.org/riverside/".into(),
                "/riverside/".into()
            ))
        );
        assert_eq!(parse_base_url("example.org"), None);
        assert_eq!(parse_base_url("https://exa mple.org/"), None);
        assert_eq!(parse_base_url("https://example.org/a/../b"), None);
    }
}
