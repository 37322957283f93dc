//! The theme's templates compiled by Tera, with Candor's filters and the site as a global,
//! and the messages for a template that does not compile or render. Compiled templates are
//! kept between `candor serve`'s rebuilds while the theme and the filters' settings stay.

use super::markdown::MarkdownOptions;
use super::theme::Theme;
use super::values::TemplateValues;
use super::{fingerprint, markdown};
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, Location, SourceText, file_location};
use crate::format::unit_suffix;
use crate::model::Site;
use crate::words::catalogue::{Arg, Catalogue};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tera::{Kwargs, State, Tera, Value};

/// Every template the default theme provides and candor calls by name.
pub const PAGE_TEMPLATES: &[&str] = &[
    "index.html",
    "partners.html",
    "partner.html",
    "objectives.html",
    "objective.html",
    "milestones.html",
    "milestone.html",
    "successes.html",
    "success.html",
    "setbacks.html",
    "setback.html",
    "case-studies.html",
    "case-study.html",
    "page.html",
    "newsletters.html",
    "newsletter.html",
    "tags.html",
    "tag.html",
    "reports.html",
    "report.html",
    "data.html",
    "resources.html",
    "removed.html",
    "search.html",
    "404.html",
];

/// A theme's templates compiled with Candor's filters, and what they were compiled from.
pub struct Compiled {
    key: u128,
    /// The templates, with the globals of the build they were last set up for.
    pub tera: Tera,
}

impl std::ops::Deref for Compiled {
    type Target = Tera;

    fn deref(&self) -> &Tera {
        &self.tera
    }
}

/// What compiled templates depend on: the theme's templates and the settings the filters
/// read.
fn compiled_key(site: &Site, theme: &Theme) -> u128 {
    let mut h = fingerprint::Hasher::default();
    h.add_hash(fingerprint::templates_hash(theme))
        .add(site.alliance.language.as_bytes())
        .add(&[u8::from(site.alliance.allow_raw_html)])
        .add(site.alliance.base_url.as_bytes())
        .add(site.alliance.base_path.as_bytes());
    h.finish()
}

/// Sets up Tera with the theme's templates and candor's filters. Template syntax errors
/// become diagnostics pointing into the template file. The templates of `earlier` are taken
/// when they were compiled from the same theme and settings (`candor serve` rebuilds this
/// way): only the globals are set again.
pub fn templates(
    site: &Site,
    values: &TemplateValues,
    theme: &Theme,
    words: &Arc<Catalogue>,
    earlier: Option<Compiled>,
) -> Result<(Compiled, Diagnostics), Diagnostics> {
    let key = compiled_key(site, theme);
    let mut tera = match earlier.filter(|e| e.key == key) {
        Some(earlier) => earlier.tera,
        None => compile(site, theme, words)?,
    };
    let diagnostics = set_globals(&mut tera, site, values, theme);
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok((Compiled { key, tera }, diagnostics))
    }
}

/// The theme's templates with Candor's filters, or every problem found.
fn compile(site: &Site, theme: &Theme, words: &Arc<Catalogue>) -> Result<Tera, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml", ".svg"]);
    register_filters(&mut tera, site, words);
    let shown: HashMap<&str, &PathBuf> = theme
        .templates
        .iter()
        .map(|(n, s)| (n.as_str(), &s.shown))
        .collect();
    let sources: Vec<(&str, &str)> = theme
        .templates
        .iter()
        .map(|(n, s)| (n.as_str(), s.text.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(sources) {
        diagnostics.push(template_error(&e, &shown, theme));
        return Err(diagnostics);
    }
    for name in PAGE_TEMPLATES {
        if !tera.contains_template(name) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(format!("templates/{name}")),
                    format!("the theme has no template `{name}`"),
                )
                .with_hint("copy it from themes/default/templates/ in the candor repository"),
            );
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(tera)
    }
}

/// Sets the globals every template sees (`site`, `extra`); warns about settings in
/// `alliance.toml` the theme does not have.
fn set_globals(
    tera: &mut Tera,
    site: &Site,
    values: &TemplateValues,
    theme: &Theme,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::new();
    tera.global_context()
        .insert_value("site", values.site.clone());
    let (extra, unknown) = merge_extra(&theme.info.extra, &site.alliance.extra);
    for key in unknown {
        diagnostics.push(
            Diagnostic::warning(
                file_location("content/alliance.toml"),
                format!("the theme has no setting `extra.{key}`, so it is ignored"),
            )
            .with_hint(
                match crate::diagnostics::did_you_mean(
                    &key,
                    theme.info.extra.keys().map(String::as_str),
                ) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!(
                        "the theme's settings are: {}",
                        theme
                            .info
                            .extra
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                },
            ),
        );
    }
    tera.global_context().insert("extra", &extra);
    diagnostics
}

/// The theme's settings with the site's values over its defaults, and the site's keys the
/// theme does not declare.
pub fn merge_extra(
    defaults: &toml::Table,
    site: &serde_json::Map<String, serde_json::Value>,
) -> (serde_json::Map<String, serde_json::Value>, Vec<String>) {
    let mut merged: serde_json::Map<String, serde_json::Value> = defaults
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            )
        })
        .collect();
    let mut unknown = Vec::new();
    for (k, v) in site {
        if !defaults.contains_key(k) {
            unknown.push(k.clone());
        }
        merged.insert(k.clone(), v.clone());
    }
    (merged, unknown)
}

fn register_filters(tera: &mut Tera, site: &Site, words: &Arc<Catalogue>) {
    let options = MarkdownOptions {
        allow_raw_html: site.alliance.allow_raw_html,
    };
    tera.register_filter("markdown", move |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&markdown::render_snippet(s, options))
    });
    let w = words.clone();
    tera.register_filter("human_date", move |s: &str, _: Kwargs, _: &State| {
        s.parse::<Date>()
            .map_or_else(|_| s.to_string(), |d| w.date(d))
    });
    tera.register_filter("unit", |u: Value, _: Kwargs, _: &State| {
        unit_suffix(u.as_str().unwrap_or(""))
    });
    let (base_url, base_path) = (
        site.alliance.base_url.clone(),
        site.alliance.base_path.clone(),
    );
    tera.register_filter("absolute", move |u: &str, _: Kwargs, _: &State| {
        match u.strip_prefix(base_path.as_str()) {
            Some(rest) => format!("{base_url}{rest}"),
            None => u.to_string(),
        }
    });
    let w = words.clone();
    tera.register_filter("num", move |n: f64, _: Kwargs, _: &State| w.number(n));
    let w = words.clone();
    tera.register_filter("change", move |n: f64, kwargs: Kwargs, _: &State| {
        let unit = kwargs.get::<&str>("unit").ok().flatten().unwrap_or("");
        crate::words::change(&w, n, unit)
    });
    tera.register_filter("css_string", |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&crate::escape::css_string(s))
    });
    tera.register_filter("css_page_numbers", |s: &str, kwargs: Kwargs, _: &State| {
        let style = kwargs
            .get::<&str>("style")
            .ok()
            .flatten()
            .unwrap_or("decimal");
        Value::safe_string(&crate::escape::css_page_numbers(s, style))
    });
    tera.register_filter("plural", |n: f64, kwargs: Kwargs, _: &State| {
        let one = kwargs.get::<&str>("one").ok().flatten().unwrap_or("");
        let other = kwargs.get::<&str>("other").ok().flatten().unwrap_or("");
        crate::words::plural(n, one, other).to_string()
    });
    let w = words.clone();
    tera.register_filter("percent", move |n: f64, _: Kwargs, _: &State| {
        let value = w.number((n * 100.0).round());
        w.format("percent", &[("value", Arg::Text(&value))])
    });
    // A page asks for the same few dozen messages without arguments: each made into HTML once.
    let fixed: Arc<rustc_hash::FxHashMap<String, [Value; 2]>> = Arc::new(
        words
            .fixed()
            .map(|(id, text)| {
                let html = |markup| Value::safe_string(&as_html(text, markup));
                (id.to_string(), [html(false), html(true)])
            })
            .collect(),
    );
    let made = Arc::new(MadeMessages::default());
    let (w, known, m) = (words.clone(), fixed.clone(), made.clone());
    tera.register_filter("t", move |id: &str, kwargs: Kwargs, _: &State| match known
        .get(id)
        .filter(|_| kwargs.iter().next().is_none())
    {
        Some([text, _]) => Ok(text.clone()),
        None => m.get_or_make(Form::T, id, &kwargs, || {
            message(&w, id, &kwargs, false).map(|html| Value::safe_string(&html))
        }),
    });
    let (w, m) = (words.clone(), made.clone());
    tera.register_filter("t_text", move |id: &str, kwargs: Kwargs, _: &State| {
        m.get_or_make(Form::TText, id, &kwargs, || {
            plain_message(&w, id, &kwargs).map(Value::from)
        })
    });
    let (w, known, m) = (words.clone(), fixed, made);
    tera.register_filter(
        "t_html",
        move |id: &str, kwargs: Kwargs, _: &State| match known
            .get(id)
            .filter(|_| kwargs.iter().next().is_none())
        {
            Some([_, html]) => Ok(html.clone()),
            None => m.get_or_make(Form::THtml, id, &kwargs, || {
                message(&w, id, &kwargs, true).map(|html| Value::safe_string(&html))
            }),
        },
    );
}

/// Which filter a message is made for.
#[derive(Clone, Copy)]
enum Form {
    /// `t`: the message's words as text, arguments escaped.
    T = 1,
    /// `t_html`: the message's words as the theme's markup.
    THtml = 2,
    /// `t_text`: plain text, escaped where it is printed.
    TText = 3,
}

/// How many messages made with arguments are remembered: room for those every page asks for the
/// same way (the feed's title, the footer's date), which the first pages make, and for a while
/// for those of one page (its title); once it is full, other messages are made each time.
/// (Forgetting them all when full would make the memory's work grow faster than the site.)
const REMEMBERED_MESSAGES: usize = 4096;

/// The messages made with arguments so far, by everything they are made from (see
/// [`made_key`]): most of those on a page come out the same on every page. Kept as long as the
/// templates they were made for, whose messages do not change.
#[derive(Default)]
struct MadeMessages(std::sync::Mutex<rustc_hash::FxHashMap<Box<[u8]>, Value>>);

impl MadeMessages {
    /// The message `id` in `form` with `kwargs`, as made before or by `make` now (not while
    /// the others are held: an argument may be another message).
    fn get_or_make(
        &self,
        form: Form,
        id: &str,
        kwargs: &Kwargs,
        make: impl FnOnce() -> tera::TeraResult<Value>,
    ) -> tera::TeraResult<Value> {
        let Some(key) = made_key(form, id, kwargs) else {
            return make();
        };
        let lock = || {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some(made) = lock().get(key.as_slice()) {
            return Ok(made.clone());
        }
        let made = make()?;
        let mut remembered = lock();
        if remembered.len() < REMEMBERED_MESSAGES {
            remembered.insert(key.into_boxed_slice(), made.clone());
        }
        Ok(made)
    }
}

/// Everything [`message`] makes a message from, written out unambiguously (each part tagged
/// and its length first): the filter, the message's id and each argument's name and value as
/// [`message`] reads it (a number, a string and whether it is safe, a boolean, none or
/// undefined). `None` for an argument [`message`] writes out otherwise (a list, a map, bytes,
/// an integer too large for a float's exact range) or named other than by a string, which is
/// made afresh each time.
fn made_key(form: Form, id: &str, kwargs: &Kwargs) -> Option<Vec<u8>> {
    let mut key = Vec::with_capacity(64);
    let mut part = |tag: u8, bytes: &[u8]| {
        key.push(tag);
        key.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        key.extend_from_slice(bytes);
    };
    part(form as u8, id.as_bytes());
    for (name, value) in kwargs.iter() {
        part(b'k', name.as_str()?.as_bytes());
        if let Some(n) = value.as_f64() {
            part(b'n', &n.to_bits().to_le_bytes());
        } else if let Some(s) = value.as_str() {
            part(if value.is_safe() { b'h' } else { b's' }, s.as_bytes());
        } else if let Some(b) = value.as_bool() {
            part(b'b', &[u8::from(b)]);
        } else if value.is_none() {
            part(b'0', &[]);
        } else if value.is_undefined() {
            part(b'u', &[]);
        } else {
            return None;
        }
    }
    Some(key)
}

/// An apostrophe in an argument of a `t` message while the message is made: written `&#39;`
/// as Tera writes it in a value, where the message's own apostrophes stay as typed (a
/// private-use character, taken out of the arguments first).
const APOSTROPHE: char = '\u{F8F3}';

/// Around an argument that is HTML already (a safe value: another message, a filter's markup),
/// put in as it is.
const HTML_START: char = '\u{F8F4}';
const HTML_END: char = '\u{F8F5}';

/// Message `id` of the catalogue with the filter's arguments, as HTML: a number is written in
/// the language's way and chooses plural forms (one named `year` is written without
/// grouping), anything else is put in as text, escaped as Tera escapes a value. For `t` the
/// message's own words are text (`&`, `<`, `>` and `"` escaped; apostrophes kept as typed, as
/// a template's own text is); for `t_html` they are the theme's markup. An argument that is HTML
/// already (safe: another message, a filter's markup) goes in as it is. Isolation marks
/// (right-to-left languages) are kept out of tags, where they would change a link or a date.
fn message(words: &Catalogue, id: &str, kwargs: &Kwargs, html: bool) -> tera::TeraResult<String> {
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut numbers: Vec<(String, Arg)> = Vec::new();
    for (key, value) in kwargs.iter() {
        let name = key.to_string();
        match value.as_f64() {
            Some(n) if name == "year" => numbers.push((name, Arg::Plain(n))),
            Some(n) => numbers.push((name, Arg::Number(n))),
            None => {
                let text = match value.as_str() {
                    Some(s) => s.to_string(),
                    None if value.is_none() || value.is_undefined() => String::new(),
                    None => value.to_string(),
                };
                let text = text.replace([APOSTROPHE, HTML_START, HTML_END], "");
                let text = if value.is_safe() {
                    format!("{HTML_START}{text}{HTML_END}")
                } else if html {
                    let mut escaped = Vec::with_capacity(text.len());
                    tera::escape_html(&text, &mut escaped)
                        .map_err(|e| tera::Error::message(e.to_string()))?;
                    String::from_utf8_lossy(&escaped).into_owned()
                } else {
                    text.replace('\'', &APOSTROPHE.to_string())
                };
                texts.push((name, text));
            }
        }
    }
    let args: Vec<(&str, Arg)> = texts
        .iter()
        .map(|(k, v)| (k.as_str(), Arg::Text(v)))
        .chain(numbers.iter().map(|(k, v)| (k.as_str(), *v)))
        .collect();
    let (made, errors) = words.format_checked(id, &args).ok_or_else(|| {
        tera::Error::message(format!(
            "there is no message `{id}` in the `{}` messages",
            words.language()
        ))
    })?;
    if let Some(error) = errors.first() {
        return Err(tera::Error::message(format!(
            "the message `{id}` of the `{}` messages: {error}",
            words.language()
        )));
    }
    Ok(as_html(&made, html))
}

/// Message `id` as plain text, escaped where it is printed like any value: for a message handed
/// to a component or another filter (`css_string`).
fn plain_message(words: &Catalogue, id: &str, kwargs: &Kwargs) -> tera::TeraResult<String> {
    let html = message(words, id, kwargs, false)?;
    Ok(html
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&"))
}

/// A made message as HTML (see [`message`]).
fn as_html(made: &str, markup: bool) -> String {
    let mut out = String::with_capacity(made.len() + 16);
    let (mut in_tag, mut in_html) = (false, false);
    for c in made.chars() {
        match c {
            HTML_START => in_html = true,
            HTML_END => in_html = false,
            _ if in_html => out.push(c),
            APOSTROPHE => out.push_str("&#39;"),
            '\u{2068}' | '\u{2069}' if in_tag => {}
            '<' if markup => {
                in_tag = true;
                out.push(c);
            }
            '>' if markup => {
                in_tag = false;
                out.push(c);
            }
            _ if markup => out.push(c),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn template_error(e: &tera::Error, shown: &HashMap<&str, &PathBuf>, theme: &Theme) -> Diagnostic {
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let name = report.filename();
            let path = shown
                .get(name)
                .map_or_else(|| PathBuf::from(name), |p| (*p).clone());
            let location = theme
                .templates
                .get(name)
                .map(|t| {
                    let src = SourceText::new(&path, t.text.as_str());
                    let range = &report.span().range;
                    src.location(range.start, range.end)
                })
                .unwrap_or_else(|| file_location(&path));
            Diagnostic::error(location, format!("template error: {}", report.message()))
        }
        _ => Diagnostic::error(
            file_location("templates"),
            format!("template error: {}", error_chain(e)),
        ),
    }
}

pub(super) fn render_error(e: &tera::Error, page: &str) -> Diagnostic {
    let location: Location = match e.kind() {
        tera::ErrorKind::RenderingError(report) | tera::ErrorKind::SyntaxError(report) => {
            let mut l = file_location(report.filename());
            l.line = report.span().start_line;
            l.column = report.span().start_col + 1;
            l
        }
        _ => file_location("templates"),
    };
    Diagnostic::error(location, format!("could not render {page}: {}", error_chain(e)))
        .with_hint("a template refers to something the page does not have; see docs/themes.md for each template's variables")
}

/// An error and its sources, joined by colons.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_made_with_arguments_is_given_again_only_for_the_same_arguments() {
        let english = std::sync::Arc::new(crate::words::Catalogue::english());
        let site = crate::model::example_site();
        let mut tera = Tera::default();
        register_filters(&mut tera, &site, &english);
        let line = |arg: &str| {
            format!(
                r#"{{{{ "head-title" | t(page={arg}, name="N") }}}}|{{{{ "head-title" | t_html(page={arg}, name="N") }}}}|{{{{ "head-title" | t_text(page={arg}, name="N") }}}}"#
            )
        };
        let page = ["a", "b", "safe", "a", "b", "safe", "n", "t", "plain"]
            .map(line)
            .join("\n");
        tera.add_raw_template("t.html", &page).unwrap();
        // The safe value's text, not safe (`plain`): escaped, not the safe value's message.
        let arguments = [
            ("a", Value::from("A & <b>")),
            ("b", Value::from("B")),
            ("safe", Value::safe_string("<em>A &amp; B</em>")),
            ("n", Value::from(2.5)),
            ("t", Value::from(true)),
            ("plain", Value::from("<em>A &amp; B</em>")),
        ];
        let mut context = tera::Context::new();
        for (name, value) in arguments {
            context.insert_value(name, value);
        }
        let rendered = tera.render("t.html", &context).unwrap();
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(
            lines[0],
            "A &amp; &lt;b&gt; · N|A &amp; &lt;b&gt; · N|A &amp; &lt;b&gt; · N"
        );
        assert_eq!(lines[1], "B · N|B · N|B · N");
        assert_eq!(
            lines[2],
            "<em>A &amp; B</em> · N|<em>A &amp; B</em> · N|&lt;em&gt;A &amp; B&lt;/em&gt; · N"
        );
        assert_eq!(
            lines[3..6],
            lines[0..3],
            "the same arguments, the same messages"
        );
        assert_eq!(lines[6], "2.5 · N|2.5 · N|2.5 · N");
        assert_eq!(lines[7], "true · N|true · N|true · N");
        assert_eq!(
            lines[8],
            "&lt;em&gt;A &amp;amp; B&lt;/em&gt; · N|&lt;em&gt;A &amp;amp; B&lt;/em&gt; · N|&lt;em&gt;A &amp;amp; B&lt;/em&gt; · N"
        );
        // Made again, as the memory's first build made them.
        assert_eq!(tera.render("t.html", &context).unwrap(), rendered);

        // The same values under the names swapped; `t` and `t_html` of a message with markup;
        // a number and its digits.
        let more = [
            r#"{{ "head-title" | t(page=a, name=b) }}|{{ "head-title" | t(name=a, page=b) }}"#,
            r#"{{ "source-made-from" | t(file=b) }}|{{ "source-made-from" | t_html(file=b) }}"#,
            r#"{{ "count-on-this-page" | t(total=1000, count=1) }}|{{ "count-on-this-page" | t(total="1000", count=1) }}"#,
        ];
        tera.add_raw_template("u.html", &more.join("\n")).unwrap();
        let rendered = tera.render("u.html", &context).unwrap();
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[0], "A &amp; &lt;b&gt; · B|B · A &amp; &lt;b&gt;");
        assert_eq!(
            lines[1],
            "Made from the file &lt;code&gt;B&lt;/code&gt;|Made from the file <code>B</code>"
        );
        assert_eq!(lines[2], "1,000; 1 on this page|1000; 1 on this page");
        // The same values under another name than the message's: its error, not the first.
        let misnamed =
            r#"{{ "head-title" | t(page=a, name=b) }}{{ "head-title" | t(page=a, nome=b) }}"#;
        tera.add_raw_template("v.html", misnamed).unwrap();
        assert!(tera.render("v.html", &context).is_err());
    }

    #[test]
    fn a_message_is_made_once_for_its_arguments_and_each_time_once_the_memory_is_full() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let made = MadeMessages::default();
        let times = AtomicUsize::new(0);
        let get = |form: Form, page: &str| {
            let kwargs = Kwargs::from([("page", Value::from(page))]);
            let text = format!("{page}!");
            made.get_or_make(form, "head-title", &kwargs, || {
                times.fetch_add(1, Ordering::Relaxed);
                Ok(Value::from(text))
            })
            .unwrap()
        };
        assert_eq!(get(Form::T, "a").as_str(), Some("a!"));
        assert_eq!(get(Form::T, "a").as_str(), Some("a!"));
        assert_eq!(times.load(Ordering::Relaxed), 1, "the second is remembered");
        get(Form::T, "b");
        get(Form::THtml, "a");
        get(Form::TText, "a");
        assert_eq!(
            times.load(Ordering::Relaxed),
            4,
            "another argument or filter"
        );
        for i in 0..REMEMBERED_MESSAGES {
            get(Form::T, &i.to_string());
        }
        let before = times.load(Ordering::Relaxed);
        get(Form::T, "a");
        assert_eq!(
            times.load(Ordering::Relaxed),
            before,
            "still remembered when full"
        );
        get(Form::T, "new");
        get(Form::T, "new");
        assert_eq!(
            times.load(Ordering::Relaxed),
            before + 2,
            "no room for another"
        );
    }

    #[test]
    fn templates_are_compiled_again_when_the_theme_or_the_filter_settings_change() {
        use super::super::theme;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let english = std::sync::Arc::new(crate::words::Catalogue::english());
        let (content, _) = crate::content::load(root, None);
        let content = content.unwrap();
        let link = |base_url: &str| {
            let options = crate::model::LinkOptions {
                base_url: Some(base_url.to_string()),
                ..crate::model::LinkOptions::for_tests(crate::date::Date::new(2026, 6, 1).unwrap())
            };
            crate::model::link(&content, &options, None).0.unwrap()
        };
        let mut d = crate::diagnostics::Diagnostics::new();
        let location = crate::diagnostics::file_location("theme");
        let theme = theme::resolve(root, "default", location, &mut d).unwrap();
        let at_root = link("https://example.org/");
        let values = TemplateValues::new(&at_root, None, &english);
        let (first, _) = templates(&at_root, &values, &theme, &english, None).unwrap();
        let first_key = first.key;

        // Same theme and settings: the same templates, with this build's globals.
        let (again, _) = templates(&at_root, &values, &theme, &english, Some(first)).unwrap();
        assert_eq!(again.key, first_key);

        // Another base URL (the `absolute` filter reads it) or another template: compiled again.
        let moved = link("https://example.org/sub/");
        let moved_values = TemplateValues::new(&moved, None, &english);
        let (elsewhere, _) =
            templates(&moved, &moved_values, &theme, &english, Some(again)).unwrap();
        assert_ne!(elsewhere.key, first_key);
        let mut edited = theme.clone();
        edited
            .templates
            .get_mut("page.html")
            .unwrap()
            .text
            .push('\n');
        let (recompiled, _) =
            templates(&moved, &moved_values, &edited, &english, Some(elsewhere)).unwrap();
        assert_ne!(recompiled.key, first_key);
        let mut context = tera::Context::new();
        for key in ["current", "page_title", "page_url", "page_permalink"] {
            context.insert(key, "home");
        }
        let home = recompiled.render("index.html", &context).unwrap();
        assert!(home.contains("/sub/"), "the new globals are used");
    }
}
