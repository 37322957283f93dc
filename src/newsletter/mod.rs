//! Newsletters: an issue's email made from the same linked model as its web page. The HTML is
//! rendered with the theme's `newsletter/email.html`, its CSS inlined for mail clients; the
//! plain text is converted from that HTML (wrapped at 72 columns, links as numbered
//! references); and both go into one `multipart/alternative` message.

use crate::diagnostics::did_you_mean;
use crate::model::{Newsletter, Site};
use crate::render::markdown::{self, MarkdownOptions};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use tera::{Context, Tera, Value};

/// The three files of an issue.
#[derive(Debug, Clone)]
pub struct Email {
    /// `email.html`: inlined styles, absolute links.
    pub html: String,
    /// `email.txt`: the same content as plain text.
    pub text: String,
    /// `message.eml`: the MIME message.
    pub eml: Vec<u8>,
}

/// Why an issue could not be made.
#[derive(Debug)]
pub enum NewsletterError {
    /// No issue has that slug.
    NoSuchIssue {
        /// What was asked for.
        slug: String,
        /// A close slug, if any.
        close: Option<String>,
        /// Every slug there is.
        known: Vec<String>,
    },
    /// `[newsletter] from` is missing or not a mailbox.
    NoSender(String),
    /// `--to` is not a mailbox.
    BadRecipient(String),
    /// A template failed.
    Template(String),
    /// CSS inlining or text conversion failed.
    Conversion(String),
    /// The footer's unsubscribe link is not a web or `mailto:` address.
    BadUnsubscribe(String),
    /// The issue's Markdown could not be read again (the diagnostic says why).
    Unreadable(Box<crate::diagnostics::Diagnostic>),
}

impl std::fmt::Display for NewsletterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewsletterError::NoSuchIssue { slug, close, known } => {
                write!(
                    f,
                    "there is no newsletter issue `{slug}` in content/newsletters/"
                )?;
                match close {
                    Some(c) => write!(f, "; did you mean `{c}`?"),
                    None if known.is_empty() => {
                        write!(f, "; create one with `candor new newsletter \"Title\"`")
                    }
                    None => write!(f, "; the issues are: {}", known.join(", ")),
                }
            }
            NewsletterError::BadUnsubscribe(url) => write!(
                f,
                "the unsubscribe link `{url}` in `[newsletter] footer` (content/alliance.toml) is not a web or mailto: address; write an https://, http:// or mailto: link"
            ),
            NewsletterError::NoSender(why) => write!(
                f,
                "{why}; set it in content/alliance.toml, for example:\n[newsletter]\nfrom = \"Our Alliance <news@example.org>\""
            ),
            NewsletterError::BadRecipient(to) => write!(
                f,
                "`{to}` is not an email address (expected name@example.org or \"Name <name@example.org>\")"
            ),
            NewsletterError::Template(e) => write!(f, "the email template failed: {e}"),
            NewsletterError::Conversion(e) => write!(f, "could not convert the email: {e}"),
            // Printed after "error: " by the command: the file, what, and the hint.
            NewsletterError::Unreadable(d) => {
                write!(f, "{}: {}", d.location.file.display(), d.message)?;
                match &d.hint {
                    Some(hint) => write!(f, "; {hint}"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for NewsletterError {}

/// Splits `"Name <addr@host>"` or `addr@host` into name and address.
pub(crate) fn parse_mailbox(text: &str) -> Option<(Option<String>, String)> {
    let text = text.trim();
    let (name, addr) = match (text.find('<'), text.rfind('>')) {
        (Some(open), Some(close)) if open < close => {
            let name = text[..open].trim().trim_matches('"').trim();
            (
                Some(name.to_string()).filter(|n| !n.is_empty()),
                text[open + 1..close].trim(),
            )
        }
        _ => (None, text),
    };
    let (local, host) = addr.split_once('@')?;
    let ok = !local.is_empty()
        && host.contains('.')
        && !addr
            .chars()
            .any(|c| c.is_whitespace() || "<>,;\"".contains(c));
    ok.then(|| (name, addr.to_string()))
}

fn address(name: Option<String>, addr: String) -> Address<'static> {
    match name {
        Some(n) => Address::new_address(Some(n), addr),
        None => Address::new_address(None::<String>, addr),
    }
}

/// Finds the issue `slug`.
pub fn find<'a>(site: &'a Site, slug: &str) -> Result<&'a Newsletter, NewsletterError> {
    site.newsletters
        .iter()
        .find(|n| n.meta.slug == slug)
        .ok_or_else(|| {
            let known: Vec<String> = site
                .newsletters
                .iter()
                .map(|n| n.meta.slug.clone())
                .collect();
            NewsletterError::NoSuchIssue {
                slug: slug.to_string(),
                close: did_you_mean(slug, known.iter().map(String::as_str)).map(str::to_string),
                known,
            }
        })
}

/// The first link in `markdown_text` that mentions unsubscribing, if any, when it is a web or
/// `mailto:` address fit for a `List-Unsubscribe` header; the link itself when it is not.
pub(crate) fn unsubscribe_header(markdown_text: &str) -> Result<Option<String>, NewsletterError> {
    match unsubscribe_link(markdown_text) {
        None => Ok(None),
        Some(url) if is_header_url(&url) => Ok(Some(url)),
        Some(url) => Err(NewsletterError::BadUnsubscribe(url)),
    }
}

/// True for an `http(s)://` or `mailto:` address with nothing a mail header could be broken
/// by (white space, control characters, angle brackets).
fn is_header_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let scheme = ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s) && lower.len() > s.len());
    scheme
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

/// The first link in `markdown_text` that mentions unsubscribing, if any.
pub(crate) fn unsubscribe_link(markdown_text: &str) -> Option<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut current: Option<String> = None;
    for event in Parser::new(markdown_text) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                if dest_url.to_lowercase().contains("unsubscribe") {
                    return Some(dest_url.to_string());
                }
                current = Some(dest_url.to_string());
            }
            Event::Text(t) if t.to_lowercase().contains("unsubscribe") => {
                if let Some(url) = current.take() {
                    return Some(url);
                }
            }
            Event::End(pulldown_cmark::TagEnd::Link) => current = None,
            _ => {}
        }
    }
    None
}

/// Renders issue `slug` to HTML, text and a MIME message. `now` is the Unix time of the
/// message's `Date` header.
pub fn compose(
    (site, words): (&Site, &std::sync::Arc<crate::words::Catalogue>),
    tera: &Tera,
    slug: &str,
    to: Option<&str>,
    now: i64,
) -> Result<Email, NewsletterError> {
    let issue = find(site, slug)?;
    let settings = &site.alliance.newsletter;
    let from = settings.from.as_deref().ok_or_else(|| {
        NewsletterError::NoSender(
            "the newsletter has no sender: `from` is missing under [newsletter]".into(),
        )
    })?;
    let (from_name, from_addr) = parse_mailbox(from).ok_or_else(|| {
        NewsletterError::NoSender(format!(
            "[newsletter] from = \"{from}\" is not an email address"
        ))
    })?;
    let recipient = match to {
        Some(t) => {
            Some(parse_mailbox(t).ok_or_else(|| NewsletterError::BadRecipient(t.to_string()))?)
        }
        None => None,
    };

    let options = MarkdownOptions {
        allow_raw_html: site.alliance.allow_raw_html,
    };
    let page_url = issue.meta.permalink.clone();
    let body = issue
        .meta
        .body
        .text()
        .map_err(NewsletterError::Unreadable)?;
    let intro = markdown::render_absolute(&body, options, &site.alliance.base_url, &page_url);
    let footer_md = settings.footer.clone().unwrap_or_default();
    let footer = markdown::render_absolute(&footer_md, options, &site.alliance.base_url, &page_url);
    let unsubscribe = unsubscribe_header(&footer_md)?;
    let preheader = issue
        .meta
        .summary
        .clone()
        .unwrap_or_else(|| issue.meta.title.clone());

    let mut context = Context::new();
    // Through the template-value hook, so that every text is in words (plainly serialised, a
    // status is its facts).
    context.insert_value("issue", crate::render::values::template_value(issue, words));
    context.insert_value("intro_html", Value::safe_string(&intro));
    context.insert_value("footer_html", Value::safe_string(&footer));
    context.insert("preheader", &preheader);
    context.insert("web_url", &page_url);
    let rendered = tera
        .render("newsletter/email.html", &context)
        .map_err(|e| NewsletterError::Template(crate::render::error_chain(&e)))?;
    let inliner = css_inline::CSSInliner::options()
        .keep_at_rules(true)
        .load_remote_stylesheets(false)
        .build();
    let html = inliner
        .inline(&rendered)
        .map_err(|e| NewsletterError::Conversion(e.to_string()))?;
    let text = to_text(&html)?;

    let host = site
        .alliance
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or("candor.invalid")
        .to_string();
    let mut message = MessageBuilder::new()
        .from(address(from_name, from_addr))
        .subject(issue.meta.title.clone())
        .date(now)
        .message_id(format!(
            "{}.{}.{}.{}@{host}",
            issue.meta.slug,
            issue.date,
            now,
            std::process::id()
        ))
        .header("MIME-Version", Raw::new("1.0"));
    message = match recipient {
        Some((name, addr)) => message.to(address(name, addr)),
        None => message.to(Address::new_group(
            Some("undisclosed-recipients"),
            Vec::new(),
        )),
    };
    if let Some(reply_to) = settings.reply_to.as_deref().and_then(parse_mailbox) {
        message = message.reply_to(address(reply_to.0, reply_to.1));
    }
    if let Some(url) = &unsubscribe {
        message = message.header("List-Unsubscribe", Raw::new(format!("<{url}>")));
        if url.starts_with("https://") {
            message = message.header(
                "List-Unsubscribe-Post",
                Raw::new("List-Unsubscribe=One-Click"),
            );
        }
    }
    let eml = message
        .text_body(text.clone())
        .html_body(html.clone())
        .write_to_vec()
        .map_err(|e| NewsletterError::Conversion(e.to_string()))?;
    Ok(Email { html, text, eml })
}

/// The plain-text version: the HTML without its hidden preheader, wrapped at 72 columns, links
/// as numbered references.
fn to_text(html: &str) -> Result<String, NewsletterError> {
    let without_preheader = match (
        html.find("<!--preheader-->"),
        html.find("<!--/preheader-->"),
    ) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    };
    // A blank line between the layout's rows (the header, the introduction, the footer).
    let without_preheader = without_preheader.replace("</td></tr>", "<p>&#160;</p></td></tr>");
    // Layout tables are read as one column (raw mode), so the text has no table borders; no
    // Markdown decoration (`*emphasis*`), links as numbered footnotes.
    let text = html2text::config::plain_no_decorate()
        .link_footnotes(true)
        .raw_mode(true)
        .no_link_wrapping()
        .string_from_read(without_preheader.as_bytes(), 72)
        .map_err(|e| NewsletterError::Conversion(e.to_string()))?;
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim_end).map(underlined_heading) {
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank <= 1 {
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(numbered_links(out.trim_start()))
}

/// A line of the text version with a heading written as in plain-text email: `# Title` as
/// the title over `=====`, `## Part` over `-----`, after a blank line.
fn underlined_heading(line: &str) -> String {
    let underlined = |title: &str, rule: char| {
        format!(
            "\n{title}\n{}",
            rule.to_string().repeat(title.chars().count())
        )
    };
    if let Some(title) = line.strip_prefix("# ") {
        underlined(title, '=')
    } else if let Some(title) = line.strip_prefix("## ") {
        underlined(title, '-')
    } else {
        line.to_string()
    }
}

/// Links as their text and number (`[text][1]` becomes `text [1]`, across a line break too),
/// as plain-text email writes them; the numbered addresses stay at the end.
fn numbered_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("][") else { break };
        let number_part = &after[close + 2..];
        let Some(end) = number_part.find(']') else {
            break;
        };
        let number = &number_part[..end];
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&rest[..=open]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        out.push_str(&format!(" [{number}]"));
        rest = &number_part[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_issue_whose_text_cannot_be_read_again_names_its_file_once() {
        let unreadable = crate::diagnostics::Diagnostic::error(
            crate::diagnostics::file_location("content/newsletters/june.md"),
            "the file changed while the site was being built",
        )
        .with_hint("run the command again");
        let shown = NewsletterError::Unreadable(Box::new(unreadable)).to_string();
        assert_eq!(
            shown,
            "content/newsletters/june.md: the file changed while the site was being built; run the command again"
        );
    }

    use super::*;

    #[test]
    fn mailboxes_are_parsed_and_checked() {
        assert_eq!(
            parse_mailbox("Riverbend <news@riverbend.example.org>"),
            Some((
                Some("Riverbend".into()),
                "news@riverbend.example.org".into()
            ))
        );
        assert_eq!(parse_mailbox("a@b.org"), Some((None, "a@b.org".into())));
        assert_eq!(parse_mailbox("not an address"), None);
        assert_eq!(parse_mailbox("x@localhost"), None);
    }

    #[test]
    fn the_unsubscribe_link_is_found_in_the_footer() {
        assert_eq!(
            unsubscribe_link("You asked for this. [Unsubscribe](https://x.org/u/) any time."),
            Some("https://x.org/u/".into())
        );
        assert_eq!(
            unsubscribe_link("[Leave](https://x.org/unsubscribe?id=1)"),
            Some("https://x.org/unsubscribe?id=1".into())
        );
        assert_eq!(unsubscribe_link("[Home](https://x.org/)"), None);
        assert!(matches!(
            unsubscribe_header("[Unsubscribe](javascript:alert(1))"),
            Err(NewsletterError::BadUnsubscribe(u)) if u == "javascript:alert(1)"
        ));
        assert!(matches!(
            unsubscribe_header("[Unsubscribe](https://x.org/u>x)"),
            Err(NewsletterError::BadUnsubscribe(_))
        ));
        assert_eq!(
            unsubscribe_header("[Unsubscribe](mailto:leave@x.org)").ok(),
            Some(Some("mailto:leave@x.org".into()))
        );
    }
}
